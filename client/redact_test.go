package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestRedactShortKeyOnlyWhereItStandsAlone(t *testing.T) {
	for _, tc := range []struct{ in, key, want string }{
		// Inside words: noise, not a leak.
		{"invalid page_token", "k", "invalid page_token"},
		{"page_token k unknown", "k", "page_token [REDACTED] unknown"},
		{"Bearer k", "k", "Bearer [REDACTED]"},
		{`{"api_key":"k"}`, "k", `{"api_key":"[REDACTED]"}`},
		{"/api/v2/classify/k", "k", "/api/v2/classify/[REDACTED]"},
		{"kk k k_ k", "k", "kk [REDACTED] k_ [REDACTED]"},
		{"k", "k", "[REDACTED]"},
		{"abc-ab", "ab", "abc-[REDACTED]"},
		{"7 items, 77 more", "7", "[REDACTED] items, 77 more"},
		// Letters outside ASCII are word characters too.
		{"éké", "k", "éké"},
		{"", "k", ""},
		{"no key here", "", "no key here"},
	} {
		if got := Redact(tc.in, tc.key); got != tc.want {
			t.Errorf("Redact(%q, %q) = %q, want %q", tc.in, tc.key, got, tc.want)
		}
	}
}

func TestRedactLongKeyEverywhere(t *testing.T) {
	const key = "sk-abcdefgh"
	for _, tc := range []struct{ in, want string }{
		{"xsk-abcdefghy", "x[REDACTED]y"},
		{"Bearer sk-abcdefgh and sk-abcdefgh", "Bearer [REDACTED] and [REDACTED]"},
		{"/api/v2/classify/sk-abcdefgh/cancel", "/api/v2/classify/[REDACTED]/cancel"},
	} {
		if got := Redact(tc.in, key); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A one-character key must not garble the service's messages, and is still
// hidden where the service echoes it as itself.
func TestOneCharacterKeyDoesNotGarbleMessages(t *testing.T) {
	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		writeDetail(w, 400, "invalid page_token for key k")
		return true
	}
	c, _ := testClient(t, f, WithAPIKey("k"))
	_, err := c.GetJob(context.Background(), "cls-1")
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %v, want an APIError", err)
	}
	if want := "invalid page_token for key [REDACTED]"; apiErr.Message != want {
		t.Errorf("Message = %q, want %q", apiErr.Message, want)
	}
	if !strings.Contains(err.Error(), "page_token") {
		t.Errorf("error %q garbles page_token", err)
	}
}

// A real key is redacted wherever it shows: the error body, the message,
// the path of the error and of every debug line, and a transport error's
// URL.
func TestKeyInThePathIsRedactedInErrorsAndLogs(t *testing.T) {
	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		writeDetail(w, 404, "no job "+strings.TrimPrefix(r.URL.Path, "/api/v2/classify/"))
		return true
	}
	var logs logCapture
	c, srv := testClient(t, f, WithLogger(logs.logger()))
	_, err := c.GetJob(context.Background(), testKey)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want a 404 APIError", err)
	}
	if apiErr.Path != "/api/v2/classify/[REDACTED]" {
		t.Errorf("Path = %q, want the key redacted", apiErr.Path)
	}
	if !strings.Contains(logs.String(), "path=/api/v2/classify/[REDACTED]") {
		t.Errorf("debug line does not show the redacted path:\n%s", logs.String())
	}
	for _, s := range []string{err.Error(), apiErr.Body, apiErr.Message, apiErr.Path, logs.String()} {
		if strings.Contains(s, testKey) {
			t.Errorf("the key leaked: %q", s)
		}
	}

	// The server gone: the transport's error quotes the URL.
	srv.Close()
	_, err = c.GetJob(context.Background(), testKey)
	if err == nil {
		t.Fatal("GetJob of a closed server succeeded")
	}
	if strings.Contains(err.Error(), testKey) || !strings.Contains(err.Error(), "[REDACTED]") {
		t.Errorf("transport error %q: want the key redacted", err)
	}
	var ue *url.Error
	if !errors.As(err, &ue) {
		t.Errorf("transport error %T is no longer a *url.Error", err)
	}
}

// New needs no key for a plain http server: the CLI's rule, for a local
// emulator. It sends LocalKey.
func TestNewWithoutKeyForPlainHTTP(t *testing.T) {
	t.Setenv(EnvAPIKey, "")
	t.Setenv(EnvBaseURL, "")
	f := newFake(t)
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)

	c, err := New(WithBaseURL(srv.URL), WithHTTPClient(&http.Client{Transport: tr}))
	if err != nil {
		t.Fatalf("New with a loopback URL and no key: %v", err)
	}
	if _, err := c.ListJobs(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if got := f.auth[0]; got != "Bearer "+LocalKey {
		t.Errorf("Authorization = %q, want the local key", got)
	}

	// A host that is not loopback, allowed over http: the same.
	rt := &recordingTransport{}
	c, err = New(WithBaseURL("http://emulator.example.com:8080"), WithInsecureHTTP(), WithHTTPClient(&http.Client{Transport: rt}))
	if err != nil {
		t.Fatalf("New with an allowed http URL and no key: %v", err)
	}
	c.ListJobs(context.Background(), nil)
	if len(rt.reqs) != 1 || rt.reqs[0].Header.Get("Authorization") != "Bearer "+LocalKey {
		t.Errorf("over allowed http: %d requests, want one with the local key", len(rt.reqs))
	}

	// https still needs a key, and so does http to another host without
	// the opt-in (which is refused for being http first).
	for _, base := range []string{"https://api.example.com", BaseURLEU} {
		if _, err := New(WithBaseURL(base)); !errors.Is(err, ErrNoAPIKey) {
			t.Errorf("New(%s) without a key: err = %v, want ErrNoAPIKey", base, err)
		}
	}
	if _, err := New(WithBaseURL("http://api.example.com")); !errors.Is(err, ErrInsecureURL) {
		t.Errorf("plain http to another host without the opt-in: err = %v, want ErrInsecureURL", err)
	}
}

// A transport that quotes the request's Authorization header in its error
// (a proxy, a tracing wrapper) does not carry the key into the errors the
// client returns, whatever the call.
func TestTransportErrorQuotingTheHeaderIsRedacted(t *testing.T) {
	const key = "llx-transport-echo-3f9a2c"
	rt := roundTrip(func(r *http.Request) (*http.Response, error) {
		return nil, fmt.Errorf("proxy refused %s with %s", r.URL.Path, r.Header.Get("Authorization"))
	})
	c, err := New(WithAPIKey(key), WithBaseURL("https://example.invalid"),
		WithHTTPClient(&http.Client{Transport: rt}), WithRetryPolicy(RetryPolicy{MaxAttempts: 1}))
	if err != nil {
		t.Fatal(err)
	}
	ctx := testContext(t)
	rules := []Rule{{Type: "invoice", Description: "an invoice document"}}
	var errs []error
	_, err = c.GetJob(ctx, "cls-1")
	errs = append(errs, err)
	_, err = c.UploadFile(ctx, Upload{Name: "a.txt", Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader("x")), nil }})
	errs = append(errs, err)
	_, err = c.CreateJob(ctx, CreateJobRequest{FileInput: Ptr("dfl-1"), Configuration: &Configuration{Rules: rules}})
	errs = append(errs, err)
	results, err := c.ClassifyFiles(ctx, []Document{FromBytes("a.txt", []byte("invoice"))}, rules, WithRetryBudget(0))
	errs = append(errs, err)
	for _, r := range results {
		errs = append(errs, r.Err)
	}
	failed := 0
	for _, e := range errs {
		if e == nil {
			continue
		}
		failed++
		if strings.Contains(e.Error(), key) || !strings.Contains(e.Error(), "Bearer [REDACTED]") {
			t.Errorf("error %q: want the key redacted in place", e)
		}
	}
	if failed < 4 {
		t.Fatalf("%d calls failed, want every one: %v", failed, errs)
	}
}

type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
