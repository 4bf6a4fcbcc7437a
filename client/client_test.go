package client

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	openapi_types "github.com/oapi-codegen/runtime/types"
	"go.uber.org/goleak"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

func TestNewWithoutKeyNamesTheVariable(t *testing.T) {
	t.Setenv(EnvAPIKey, "")
	_, err := New()
	if !errors.Is(err, ErrNoAPIKey) {
		t.Fatalf("err = %v, want ErrNoAPIKey", err)
	}
	if !strings.Contains(err.Error(), "LLAMA_CLOUD_API_KEY") {
		t.Errorf("error %q does not name LLAMA_CLOUD_API_KEY", err)
	}
	if _, err := New(WithAPIKey("   ")); !errors.Is(err, ErrNoAPIKey) {
		t.Errorf("blank key: err = %v, want ErrNoAPIKey", err)
	}
}

func TestNewReadsTheEnvironment(t *testing.T) {
	f := newFake(t)
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	t.Setenv(EnvAPIKey, "env-key")
	t.Setenv(EnvBaseURL, srv.URL)
	c, err := New(WithHTTPClient(&http.Client{Transport: tr}))
	if err != nil {
		t.Fatal(err)
	}
	if c.BaseURL() != srv.URL {
		t.Errorf("BaseURL = %q, want %q", c.BaseURL(), srv.URL)
	}
	if _, err := c.ListJobs(testContext(t), nil); err != nil {
		t.Fatal(err)
	}
	if got := f.auth[0]; got != "Bearer env-key" {
		t.Errorf("Authorization = %q, want the key from the environment", got)
	}
}

func TestBaseURLChoice(t *testing.T) {
	t.Setenv(EnvBaseURL, "")
	for _, tc := range []struct {
		name string
		opts []Option
		want string
	}{
		{"default is US", nil, BaseURLUS},
		{"EU region", []Option{WithRegion(RegionEU)}, BaseURLEU},
		{"region is case-insensitive", []Option{WithRegion("US")}, BaseURLUS},
		{"last option wins", []Option{WithRegion(RegionEU), WithBaseURL("http://127.0.0.1:9/")}, "http://127.0.0.1:9"},
		{"localhost over http", []Option{WithBaseURL("http://localhost:8080")}, "http://localhost:8080"},
		{"IPv6 loopback over http", []Option{WithBaseURL("http://[::1]:8080")}, "http://[::1]:8080"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := New(append([]Option{WithAPIKey("k")}, tc.opts...)...)
			if err != nil {
				t.Fatal(err)
			}
			if c.BaseURL() != tc.want {
				t.Errorf("BaseURL = %q, want %q", c.BaseURL(), tc.want)
			}
		})
	}
	t.Setenv(EnvBaseURL, BaseURLEU)
	c, err := New(WithAPIKey("k"))
	if err != nil || c.BaseURL() != BaseURLEU {
		t.Errorf("from %s: %v, %v", EnvBaseURL, c, err)
	}
}

func TestNewRejectsBadSettings(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Option
		want string
	}{
		{"unknown region", WithRegion("mars"), "unknown region"},
		{"relative URL", WithBaseURL("api.example.com"), "invalid base URL"},
		{"ftp URL", WithBaseURL("ftp://example.com"), "invalid base URL"},
		{"project not a UUID", WithProjectID("my-project"), "invalid project id"},
		{"organization not a UUID", WithOrganizationID("org"), "invalid organization id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(WithAPIKey("k"), tc.opt)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// recordingTransport answers every request itself, so nothing leaves the
// machine, and remembers what it was asked.
type recordingTransport struct {
	mu   sync.Mutex
	reqs []*http.Request
}

func (r *recordingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.reqs = append(r.reqs, req)
	r.mu.Unlock()
	return &http.Response{
		StatusCode: 200,
		Header:     http.Header{"Content-Type": {"application/json"}},
		Body:       http.NoBody,
		Request:    req,
	}, nil
}

func TestPlainHTTPToAnotherHostIsRefused(t *testing.T) {
	rt := &recordingTransport{}
	hc := &http.Client{Transport: rt}
	_, err := New(WithAPIKey(testKey), WithBaseURL("http://api.example.com"), WithHTTPClient(hc))
	if !errors.Is(err, ErrInsecureURL) {
		t.Fatalf("err = %v, want ErrInsecureURL", err)
	}
	if strings.Contains(err.Error(), testKey) {
		t.Errorf("error %q contains the key", err)
	}

	// With no key given, the error says which key it is about: the local
	// emulator's, which a client without one sends.
	t.Setenv(EnvAPIKey, "")
	_, err = New(WithBaseURL("http://10.1.2.3:8080"), WithHTTPClient(hc))
	if !errors.Is(err, ErrInsecureURL) || !strings.Contains(err.Error(), "no key was given, so the local emulator's key would be sent") {
		t.Errorf("no key: err = %v, want ErrInsecureURL saying no key was given", err)
	}
	if len(rt.reqs) != 0 {
		t.Errorf("%d requests sent", len(rt.reqs))
	}

	// Opting in sends it, with the key.
	c, err := New(WithAPIKey(testKey), WithBaseURL("http://api.example.com"), WithHTTPClient(hc), WithInsecureHTTP())
	if err != nil {
		t.Fatal(err)
	}
	c.ListJobs(testContext(t), nil)
	if len(rt.reqs) != 1 || rt.reqs[0].Header.Get("Authorization") != "Bearer "+testKey {
		t.Fatalf("with WithInsecureHTTP: %d requests", len(rt.reqs))
	}
}

func TestDoerRefusesPlainHTTPToAnotherHost(t *testing.T) {
	// Every request passes the check, not only those to the base URL: one
	// for another host over http is refused before it reaches the transport.
	rt := &recordingTransport{}
	c, err := New(WithAPIKey(testKey), WithBaseURL("https://api.example.com"), WithHTTPClient(&http.Client{Transport: rt}))
	if err != nil {
		t.Fatal(err)
	}
	d := c.gen.ClientInterface.(*gen.Client).Client
	req, _ := http.NewRequest("GET", "http://elsewhere.example.com/api/v2/classify", strings.NewReader("x"))
	if _, err := d.Do(req); !errors.Is(err, ErrInsecureURL) {
		t.Fatalf("err = %v, want ErrInsecureURL", err)
	}
	if len(rt.reqs) != 0 {
		t.Fatalf("%d requests reached the transport", len(rt.reqs))
	}
}

func TestEveryRequestCarriesAuthAndUserAgent(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f, WithUserAgent("my-app/1.0"))
	ctx := testContext(t)
	c.ListJobs(ctx, nil)
	c.ListFiles(ctx, nil)
	c.ListClassifierJobs(ctx, nil)
	for i := range f.requests {
		if f.auth[i] != "Bearer "+testKey {
			t.Errorf("%s: Authorization = %q", f.requests[i], f.auth[i])
		}
		if f.agents[i] != "my-app/1.0" {
			t.Errorf("%s: User-Agent = %q", f.requests[i], f.agents[i])
		}
	}
	if len(f.requests) != 3 {
		t.Fatalf("%d requests, want 3", len(f.requests))
	}
}

func TestProjectAndOrganizationDefaultsAndOverrides(t *testing.T) {
	const proj2 = "00000000-0000-0000-0000-000000000002"
	const org = "00000000-0000-0000-0000-0000000000aa"
	f := newFake(t)
	c, _ := testClient(t, f, WithProjectID(testProject), WithOrganizationID(org))
	ctx := testContext(t)

	c.ListJobs(ctx, nil)
	c.ListJobs(ctx, nil, InProject(proj2))
	explicit := ptr(mustUUID(t, proj2))
	c.ListFiles(ctx, &gen.ListFilesParams{ProjectId: explicit})

	want := []string{
		"project_id=" + testProject,
		"project_id=" + proj2,
		"project_id=" + proj2,
	}
	for i, w := range want {
		if !strings.Contains(f.requests[i], w) || !strings.Contains(f.requests[i], "organization_id="+org) {
			t.Errorf("request %d = %q, want %s and the organization", i, f.requests[i], w)
		}
	}

	_, err := c.GetJob(ctx, "cls-1", InProject("nope"), InOrganization("nada"))
	var inv *RequestInvalidError
	if !errors.As(err, &inv) || len(inv.Violations) != 2 {
		t.Fatalf("err = %v, want a RequestInvalidError with 2 violations", err)
	}
	if f.total() != 3 {
		t.Errorf("a call with a malformed project id was sent")
	}
}

func mustUUID(t *testing.T, s string) openapi_types.UUID {
	t.Helper()
	id, err := ClassifierFileID(s)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestLoggingOneLinePerAttemptWithoutTheKey(t *testing.T) {
	f := newFake(t)
	failures := 1
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if failures > 0 {
			failures--
			// A server that echoes the key must not leak it either.
			writeDetail(w, 503, "overloaded; your key "+testKey+" is fine")
			return true
		}
		return false
	}
	var logs logCapture
	c, _ := testClient(t, f, WithLogger(logs.logger()))
	if _, err := c.ListJobs(testContext(t), nil); err != nil {
		t.Fatal(err)
	}
	_, err := c.GetJob(testContext(t), "cls-404")
	if err == nil {
		t.Fatal("want an error for a missing job")
	}

	out := logs.String()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d log lines, want 3 (two attempts, one more call):\n%s", len(lines), out)
	}
	for i, want := range []string{"status=503", "status=200", "status=404"} {
		for _, field := range []string{"method=GET", "path=/api/v2/classify", "duration=", "attempt=", want} {
			if !strings.Contains(lines[i], field) {
				t.Errorf("line %d lacks %q: %s", i, field, lines[i])
			}
		}
	}
	if !strings.Contains(lines[1], "attempt=2") {
		t.Errorf("second line is not attempt 2: %s", lines[1])
	}
	for _, s := range []string{out, err.Error()} {
		if strings.Contains(s, testKey) || strings.Contains(s, "Authorization") {
			t.Errorf("the key leaked: %s", s)
		}
	}
}

// keyEchoingTransport fails every request with an error that quotes its
// Authorization header, as a proxy or a custom RoundTripper might.
type keyEchoingTransport struct{}

func (keyEchoingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		r.Body.Close()
	}
	return nil, errors.New("proxy refused credentials " + r.Header.Get("Authorization"))
}

func TestTransportErrorIsLoggedWithoutTheKey(t *testing.T) {
	var logs logCapture
	c, _ := testClient(t, http.NotFoundHandler(), WithLogger(logs.logger()),
		WithHTTPClient(&http.Client{Transport: keyEchoingTransport{}}), WithRetryPolicy(RetryPolicy{MaxAttempts: 1}))
	if _, err := c.ListJobs(testContext(t), nil); err == nil {
		t.Fatal("want the transport's error")
	}
	out := strings.TrimSpace(logs.String())
	if strings.Contains(out, testKey) {
		t.Errorf("the debug log repeats the key: %s", out)
	}
	if lines := strings.Split(out, "\n"); len(lines) != 1 || !strings.Contains(out, "status=0") ||
		!strings.Contains(out, "error=") || !strings.Contains(out, "proxy refused credentials Bearer [REDACTED]") {
		t.Errorf("want one line for the attempt, with its error and the key redacted: %s", out)
	}
}

func TestKeyNeverInErrorsEvenWhenEchoed(t *testing.T) {
	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		writeDetail(w, 401, "invalid key "+testKey)
		return true
	}
	var logs logCapture
	c, _ := testClient(t, f, WithLogger(logs.logger()))
	_, err := c.GetJob(testContext(t), "cls-1")
	var apiErr *APIError
	if !errors.As(err, &apiErr) || !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("err = %v, want an unauthorized APIError", err)
	}
	for _, s := range []string{err.Error(), apiErr.Body, apiErr.Message, logs.String()} {
		if strings.Contains(s, testKey) {
			t.Errorf("the key leaked: %q", s)
		}
	}
	if !strings.Contains(apiErr.Message, "[REDACTED]") {
		t.Errorf("Message = %q, want the key redacted", apiErr.Message)
	}
}

func TestContractValidationTurnsABadAnswerIntoContractError(t *testing.T) {
	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		// A job without its required fields.
		writeJSON(w, 200, map[string]any{"id": "cls-1", "status": "DONE"})
		return true
	}
	c, _ := testClient(t, f, WithContractValidation(true))
	_, err := c.GetJob(testContext(t), "cls-1")
	var ce *openapi.ContractError
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v, want *openapi.ContractError", err)
	}
	if ce.Operation != "GetClassifyJob" || ce.Status != 200 || len(ce.Violations) == 0 {
		t.Errorf("ContractError = %+v", ce)
	}
	if f.total() != 1 {
		t.Errorf("%d requests; a contract violation must not be retried", f.total())
	}

	// Without the option the same answer decodes.
	c2, _ := testClient(t, f)
	if _, err := c2.GetJob(testContext(t), "cls-1"); err != nil {
		t.Errorf("without validation: %v", err)
	}
}

func TestGeneratedEscapeHatchIsAuthenticated(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	resp, err := c.Generated().ListClassifyJobsWithResponse(testContext(t), nil)
	if err != nil || resp.JSON200 == nil {
		t.Fatalf("Generated(): %v", err)
	}
	if f.auth[0] != "Bearer "+testKey {
		t.Errorf("Authorization = %q", f.auth[0])
	}
}

func TestPrintingAClientNeverShowsTheKey(t *testing.T) {
	c, err := New(WithAPIKey(testKey), WithBaseURL("https://api.example.com"), WithProjectID(testProject))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
		out = append(out, fmt.Sprintf(verb, c))
	}
	out = append(out, fmt.Sprint(c), fmt.Sprintf("%+v", struct{ C *Client }{c}))
	var logs strings.Builder
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("client", "client", c)
	slog.New(slog.NewTextHandler(&logs, nil)).Info("client", slog.Any("client", c))
	out = append(out, logs.String())
	for _, s := range out {
		if strings.Contains(s, testKey) {
			t.Errorf("printed the key: %s", s)
		}
	}
	if want := "client.Client{base: https://api.example.com, project: " + testProject + "}"; out[0] != want {
		t.Errorf("%%v = %s, want %s", out[0], want)
	}
	if !strings.Contains(logs.String(), `"base_url":"https://api.example.com"`) || !strings.Contains(logs.String(), "client.project="+testProject) {
		t.Errorf("logs do not describe the client: %s", logs.String())
	}
	var nilClient *Client
	if s := fmt.Sprint(nilClient); s != "client.Client(nil)" {
		t.Errorf("nil client prints as %q", s)
	}
	if v := nilClient.LogValue(); v.String() != "<nil>" {
		t.Errorf("nil client logs as %q", v)
	}
}

// A redirect to plain HTTP on another host is not followed: the key would
// travel in clear text. The caller's own CheckRedirect is asked first, and
// a redirect it declines (http.ErrUseLastResponse) is not followed either.
func TestRedirects(t *testing.T) {
	var hits atomic.Int64
	redirect := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "http://classify.example.invalid"+r.URL.Path, http.StatusFound)
	})
	c, _ := testClient(t, redirect)
	_, err := c.GetJob(testContext(t), "cls-1")
	if !errors.Is(err, ErrInsecureURL) || !strings.Contains(err.Error(), "redirected to http://classify.example.invalid/") {
		t.Fatalf("err = %v, want ErrInsecureURL naming the redirect", err)
	}

	var asked atomic.Int64
	hc := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
		asked.Add(1)
		return http.ErrUseLastResponse
	}}
	srv := httptest.NewServer(redirect)
	t.Cleanup(srv.Close)
	c, err = New(WithAPIKey(testKey), WithBaseURL(srv.URL), WithHTTPClient(hc), WithRetryPolicy(RetryPolicy{MaxAttempts: 1}))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetJob(testContext(t), "cls-1")
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusFound || asked.Load() != 1 {
		t.Fatalf("err = %v, CheckRedirect asked %d times; want the 302 itself, the caller's policy asked once", err, asked.Load())
	}
}

// A key with a control character (a newline read from a file) is refused
// by New, in words of the client's own, rather than by net/http at every
// call.
func TestAKeyWithANewlineIsRefusedByNew(t *testing.T) {
	_, err := New(WithAPIKey("llx-abc\n"+"def"), WithBaseURL("https://api.cloud.llamaindex.ai"))
	if err == nil || !strings.Contains(err.Error(), "the API key holds a control character") || strings.Contains(err.Error(), "abc") {
		t.Fatalf("err = %v, want the control character refused, the key not quoted", err)
	}
}
