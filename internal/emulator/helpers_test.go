package emulator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	openapi_types "github.com/oapi-codegen/runtime/types"
	"go.uber.org/goleak"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

const testKey = "test-key"

// clock is a settable clock for WithClock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock {
	return &clock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// fakeClassifier classifies by the first rule type found in the text, and
// records the page selections it was asked for.
type fakeClassifier struct {
	mu   sync.Mutex
	sels []pages.Selection
}

var (
	errFakeUnsupported = errors.New("unsupported file type \"bin\"")
	errFakeNoText      = errors.New("no text in the selected pages")
)

func (f *fakeClassifier) Extract(name string, data []byte, sel pages.Selection) (string, error) {
	f.mu.Lock()
	f.sels = append(f.sels, sel)
	f.mu.Unlock()
	if strings.HasSuffix(name, ".bin") {
		return "", errFakeUnsupported
	}
	all := strings.Split(string(data), "\f")
	var picked []string
	for _, i := range sel.Pick(len(all)) {
		picked = append(picked, all[i])
	}
	text := strings.Join(picked, "\n")
	if strings.TrimSpace(text) == "" {
		return "", errFakeNoText
	}
	return text, nil
}

func (f *fakeClassifier) Classify(_ context.Context, text string, rules []rule) verdict {
	for _, r := range rules {
		if strings.Contains(strings.ToLower(text), strings.ToLower(r.Type)) {
			t := r.Type
			return verdict{Type: &t, Confidence: 0.9, Reasoning: "mentions '" + r.Type + "'"}
		}
	}
	return verdict{Confidence: 0.1, Reasoning: "no rule matched"}
}

func (f *fakeClassifier) ID() string { return "fake" }

func (f *fakeClassifier) selections() []pages.Selection {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]pages.Selection(nil), f.sels...)
}

func withClassifier(c classifier) Option { return func(cfg *config) { cfg.classifier = c } }

// exchange is one request the test client sent and the status it got.
type exchange struct {
	op     string
	status int
}

// env is an emulator behind an httptest server and a generated client
// whose every response is checked against the contract.
type env struct {
	t      testing.TB
	srv    *Server
	ts     *httptest.Server
	c      *gen.ClientWithResponses
	clock  *clock
	fake   *fakeClassifier
	mu     sync.Mutex
	seen   []exchange
	valid  *openapi.Validator
	client *http.Client
}

// testStoreEnv names the store the tests' emulators use: "sqlite" for a
// data directory of their own, memory otherwise. The suite runs with both
// (make test-sqlite).
const testStoreEnv = "EMULATOR_TEST_STORE"

// storeOptions gives an emulator of a test the store testStoreEnv names.
func storeOptions(t testing.TB) []Option {
	if os.Getenv(testStoreEnv) == "sqlite" {
		return []Option{WithDataDir(t.TempDir())}
	}
	return nil
}

func newEnv(t testing.TB, opts ...Option) *env {
	t.Helper()
	e := &env{t: t, clock: newClock(), fake: &fakeClassifier{}}
	base := append([]Option{WithClock(e.clock.Now), withClassifier(e.fake)}, storeOptions(t)...)
	e.srv = New(append(base, opts...)...)
	e.ts = httptest.NewServer(e.srv.Handler())
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	e.valid = v
	checked := v.RoundTripper(e.ts.Client().Transport)
	e.client = &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		resp, err := checked.RoundTrip(r)
		if resp != nil {
			op, _, _ := v.Operation(r)
			e.mu.Lock()
			e.seen = append(e.seen, exchange{op, resp.StatusCode})
			e.mu.Unlock()
		}
		return resp, err
	})}
	e.c, err = gen.NewClientWithResponses(e.ts.URL, gen.WithHTTPClient(e.client), gen.WithRequestEditorFn(bearer(testKey)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		e.ts.Close()
		if err := e.srv.Close(); err != nil {
			t.Error(err)
		}
		e.ts.Client().CloseIdleConnections()
	})
	return e
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func bearer(key string) gen.RequestEditorFn {
	return func(_ context.Context, r *http.Request) error {
		r.Header.Set("Authorization", "Bearer "+key)
		return nil
	}
}

func noAuth(_ context.Context, r *http.Request) error {
	r.Header.Del("Authorization")
	return nil
}

// patience is how long a test waits for what takes milliseconds here
// before it fails: generous for a loaded machine (one that stalls a test
// for half a minute has been seen), far below go test's own timeout.
const patience = 2 * time.Minute

// returns runs f and fails t unless it returns within patience (leaving it
// running). It is for calls that only what the test checks can end (a
// timeout, a cancellation): that they return at all is the proof, with no
// bound on wall time for a loaded machine to break.
func returns(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(patience):
		t.Fatalf("%s has not returned after %v", what, patience)
	}
}

func ctx(t testing.TB) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return c
}

// multipartForm builds an upload form. A nil content leaves the file out.
func multipartForm(t testing.TB, name string, content []byte, fields map[string]string) (string, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		if err := w.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if content != nil {
		fw, err := w.CreateFormFile("file", name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := fw.Write(content); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return w.FormDataContentType(), &buf
}

// upload stores a file through the API and returns it.
func (e *env) upload(name, content string) gen.FileV2 {
	e.t.Helper()
	ct, body := multipartForm(e.t, name, []byte(content), map[string]string{"purpose": "classify"})
	resp, err := e.c.UploadFileWithBodyWithResponse(ctx(e.t), nil, ct, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if resp.JSON201 == nil {
		e.t.Fatalf("upload %s: %d %s", name, resp.StatusCode(), resp.Body)
	}
	return *resp.JSON201
}

var invoiceRules = []gen.ClassifierRule{
	{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
	{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
}

func v2Body(fileInput string) gen.ClassifyV2JobCreateRequest {
	return gen.ClassifyV2JobCreateRequest{
		FileInput:     &fileInput,
		Configuration: &gen.ClassifyV2Configuration{Rules: invoiceRules},
	}
}

// createV2 creates a v2 job and returns it.
func (e *env) createV2(body gen.ClassifyV2JobCreateRequest, params *gen.CreateClassifyJobParams) gen.ClassifyV2JobResponse {
	e.t.Helper()
	resp, err := e.c.CreateClassifyJobWithResponse(ctx(e.t), params, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if resp.JSON200 == nil {
		e.t.Fatalf("create: %d %s", resp.StatusCode(), resp.Body)
	}
	return *resp.JSON200
}

func (e *env) getV2(id string) gen.ClassifyV2JobResponse {
	e.t.Helper()
	resp, err := e.c.GetClassifyJobWithResponse(ctx(e.t), id, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	if resp.JSON200 == nil {
		e.t.Fatalf("get %s: %d %s", id, resp.StatusCode(), resp.Body)
	}
	return *resp.JSON200
}

// detail is a 422 detail decoded loosely, for assertions.
type detail struct {
	Loc  []any          `json:"loc"`
	Msg  string         `json:"msg"`
	Type string         `json:"type"`
	Ctx  map[string]any `json:"ctx"`
}

func details422(t testing.TB, status int, body []byte) []detail {
	t.Helper()
	if status != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422: %s", status, body)
	}
	var v struct {
		Detail []detail `json:"detail"`
	}
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("422 body %s: %v", body, err)
	}
	return v.Detail
}

// locString renders a loc as body.rules.0.description for comparisons; it
// also checks that array indexes arrived as JSON numbers.
func locString(loc []any) string {
	parts := make([]string, len(loc))
	for i, l := range loc {
		switch v := l.(type) {
		case float64:
			parts[i] = fmt.Sprintf("[%d]", int(v))
		default:
			parts[i] = fmt.Sprint(v)
		}
	}
	return strings.Join(parts, ".")
}

func hasDetail(ds []detail, loc, typ string) bool {
	for _, d := range ds {
		if locString(d.Loc) == loc && d.Type == typ {
			return true
		}
	}
	return false
}

func readAll(t testing.TB, r io.Reader) []byte {
	t.Helper()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustUUID(t testing.TB, s string) openapi_types.UUID {
	t.Helper()
	u, err := uuid.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// clientFor returns a client of its own whose responses are checked
// against the contract.
func clientFor(t testing.TB, v *openapi.Validator) *http.Client {
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: v.RoundTripper(tr)}
}
