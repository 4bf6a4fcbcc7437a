package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// canaryKey is an API key no output may contain; wrongKey is another, sent
// where a wrong key is the point.
const (
	canaryKey = "sk-llamaclassify-SECRET-canary-7f3a"
	wrongKey  = "sk-llamaclassify-WRONG-canary-0b1d"
)

// keyFragments are parts of the keys that only a leak could produce: a key
// cut short (at a size limit, say) leaks too.
var keyFragments = []string{canaryKey, wrongKey, "SECRET-canary", "WRONG-canary", "canary-7f3a", "canary-0b1d"}

// captured gathers every byte a user can see: logs, errors, results.
type captured struct {
	mu     sync.Mutex
	pieces []string
}

func (c *captured) add(what string, v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch v := v.(type) {
	case nil:
		return
	case error:
		// %+v and %#v too: a user printing the error prints its fields.
		c.pieces = append(c.pieces, what+": "+v.Error(), fmt.Sprintf("%s: %+v", what, v), fmt.Sprintf("%s: %#v", what, v))
		var apiErr *client.APIError
		if errors.As(v, &apiErr) {
			c.pieces = append(c.pieces, fmt.Sprintf("%s: %+v", what, *apiErr))
		}
	case string:
		c.pieces = append(c.pieces, what+": "+v)
	default:
		b, _ := json.Marshal(v)
		c.pieces = append(c.pieces, fmt.Sprintf("%s: %s %+v", what, b, v))
	}
}

// scan fails t for every piece holding a key or a part of one.
func (c *captured) scan(t *testing.T) {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	size := 0
	for _, p := range c.pieces {
		size += len(p)
		for _, f := range keyFragments {
			if strings.Contains(p, f) {
				t.Errorf("%q leaked in: %.2000s", f, p)
				break
			}
		}
	}
	t.Logf("scanned %d captured pieces, %d bytes, for %d key fragments", len(c.pieces), size, len(keyFragments))
}

// debugLogger logs at Debug level to w, as a user debugging would.
func debugLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// TestKeyNeverLeaksFromTheClient runs the main flows of the client with a
// recognisable key and debug logging on, against an emulator that requires
// the key and logs every request, and against servers that echo the
// Authorization header back: the key (or a part of it) appears in no log
// line, error, or result.
func TestKeyNeverLeaksFromTheClient(t *testing.T) {
	var emuLog, clientLog syncBuffer
	run, err := emulator.Start(emulator.WithRequiredKey(canaryKey), emulator.WithLogger(debugLogger(&emuLog)),
		emulator.WithProcessingDelay(20*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer run.Close()
	out := &captured{}
	c := newClient(t, run.URL, client.WithAPIKey(canaryKey), client.WithLogger(debugLogger(&clientLog)),
		client.WithContractValidation(true), client.WithRetryPolicy(faultRetries))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	rs := rules(t)
	docs := generate(8, 4)
	must := func(what string, v any, err error) {
		t.Helper()
		out.add(what, v)
		out.add(what, err)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	fails := func(what string, v any, err error, want error) {
		t.Helper()
		out.add(what, v)
		out.add(what, err)
		if !errors.Is(err, want) {
			t.Errorf("%s: err = %v, want %v", what, err, want)
		}
	}

	// Files.
	path := filepath.Join(t.TempDir(), docs[0].name)
	if err := os.WriteFile(path, []byte(docs[0].text), 0o600); err != nil {
		t.Fatal(err)
	}
	file, err := c.UploadFile(ctx, client.Upload{Path: path})
	must("UploadFile", file, err)
	page, err := c.ListFiles(ctx, nil)
	must("ListFiles", page, err)
	for f, err := range c.Files(ctx, nil) {
		must("Files", f, err)
	}

	// v2: create, wait, get, list, cancel an ended job (409).
	job, err := c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{FileInput: &file.Id, Configuration: &gen.ClassifyV2Configuration{Rules: rs}})
	must("CreateJob", job, err)
	job, err = c.WaitJob(ctx, job.Id, fastWait...)
	must("WaitJob", job, err)
	got, err := c.GetJob(ctx, job.Id)
	must("GetJob", got, err)
	jobs, err := c.ListJobs(ctx, nil)
	must("ListJobs", jobs, err)
	for j, err := range c.Jobs(ctx, nil) {
		must("Jobs", j, err)
	}
	cancelled, err := c.CancelJob(ctx, job.Id)
	fails("CancelJob of an ended job", cancelled, err, client.ErrConflict)

	// One call, one and many documents.
	res, err := c.ClassifyFile(ctx, docs[1].document(), rs, client.WithWait(fastWait...))
	must("ClassifyFile", res, err)
	var many []client.Document
	for _, d := range docs[2:] {
		many = append(many, d.document())
	}
	results, err := c.ClassifyFiles(ctx, many, rs, client.WithWait(fastWait...))
	must("ClassifyFiles", results, err)

	// v1: create, wait, results, list.
	id, err := client.ClassifierFileID(file.Id)
	must("ClassifierFileID", id, err)
	v1, err := c.CreateClassifierJob(ctx, gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{id}, Rules: rs})
	must("CreateClassifierJob", v1, err)
	v1, err = c.WaitClassifierJob(ctx, v1.Id.String(), fastWait...)
	must("WaitClassifierJob", v1, err)
	v1res, err := c.GetClassifierJobResults(ctx, v1.Id.String())
	must("GetClassifierJobResults", v1res, err)
	v1list, err := c.ListClassifierJobs(ctx, nil)
	must("ListClassifierJobs", v1list, err)
	for j, err := range c.ClassifierJobs(ctx, nil) {
		must("ClassifierJobs", j, err)
	}

	// Errors: 404, 422 from the service, a request refused before sending,
	// a wait that ends on a failed job, a cancelled context.
	missing, err := c.GetJob(ctx, "cls-missing")
	fails("GetJob of an unknown job", missing, err, client.ErrNotFound)
	badToken := "not-a-token"
	badPage, err := c.ListJobs(ctx, &gen.ListClassifyJobsParams{PageToken: &badToken})
	out.add("ListJobs with a bad token", badPage)
	out.add("ListJobs with a bad token", err)
	var apiErr *client.APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("ListJobs with a bad page token: %v, want a 422", err)
	}
	invalid, err := c.ClassifyFiles(ctx, many, []gen.ClassifierRule{{Type: "x", Description: "short"}})
	out.add("ClassifyFiles with a bad rule", invalid)
	out.add("ClassifyFiles with a bad rule", err)
	var inv *client.RequestInvalidError
	if !errors.As(err, &inv) {
		t.Errorf("bad rule: %v, want a RequestInvalidError", err)
	}
	unreadable := run.Server.PutFile(gen.FileV2{Name: "photo.bin"}, []byte{0, 1, 2, 0xff})
	failed, err := c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{FileInput: &unreadable.Id, Configuration: &gen.ClassifyV2Configuration{Rules: rs}})
	must("CreateJob of an unreadable file", failed, err)
	failed, err = c.WaitJob(ctx, failed.Id, fastWait...)
	out.add("WaitJob of a failing job", failed)
	out.add("WaitJob of a failing job", err)
	var jobErr *client.JobFailedError
	if !errors.As(err, &jobErr) {
		t.Errorf("WaitJob of an unreadable file: %v, want a JobFailedError", err)
	}
	done, stop := context.WithCancel(ctx)
	stop()
	_, err = c.ListFiles(done, nil)
	fails("ListFiles with a cancelled context", nil, err, context.Canceled)

	// 401: the same flows with a wrong key fail, naming neither key.
	wrong := newClient(t, run.URL, client.WithAPIKey(wrongKey), client.WithLogger(debugLogger(&clientLog)))
	_, err = wrong.UploadFile(ctx, client.Upload{Path: path})
	fails("UploadFile with a wrong key", nil, err, client.ErrUnauthorized)
	_, err = wrong.ClassifyFiles(ctx, many[:1], rs)
	out.add("ClassifyFiles with a wrong key", err)
	_, err = wrong.GetClassifierJob(ctx, v1.Id.String())
	fails("GetClassifierJob with a wrong key", nil, err, client.ErrUnauthorized)
	// And no key at all (the client cannot be made to send none).
	resp, err := http.Get(run.URL + "/api/v2/classify")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized || resp.Header.Get("WWW-Authenticate") != "Bearer" {
		t.Errorf("a request without a key: %s, want 401 with a Bearer challenge", resp.Status)
	}

	// Under faults too: retries, dropped connections and their errors
	// are logged.
	faulty := newFaultHarness(t, standardFaults(2), emulator.WithRequiredKey(canaryKey), emulator.WithLogger(debugLogger(&emuLog)),
		emulator.WithProcessingDelay(10*time.Millisecond))
	fc := newClient(t, faulty.URL, client.WithAPIKey(canaryKey), client.WithLogger(debugLogger(&clientLog)), client.WithRetryPolicy(faultRetries))
	var batch []client.Document
	for _, d := range generate(30, 5) {
		batch = append(batch, d.document())
	}
	results, err = fc.ClassifyFiles(ctx, batch, rs, client.WithWait(fastWait...))
	must("ClassifyFiles under faults", results, err)

	const failedV1 = "00000000-0000-4000-8000-0000000000e1"
	// Servers that echo the key: in an error's detail, across the 2 KiB
	// an APIError keeps of a body, in a header, and in a field that breaks
	// the contract.
	echo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		w.Header().Set("X-Request-Id", auth)
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/api/v2/classify/detail":
			w.WriteHeader(http.StatusUnauthorized)
			json.NewEncoder(w).Encode(map[string]string{"detail": "invalid key: " + auth})
		case "/api/v2/classify/cut":
			w.WriteHeader(http.StatusInternalServerError)
			io.WriteString(w, strings.Repeat("x", 2048-30)+auth)
		case "/api/v2/classify/failed":
			json.NewEncoder(w).Encode(gen.ClassifyV2JobResponse{Id: "failed", Status: gen.ClassifyV2JobStatusFAILED, ErrorMessage: &auth,
				FileInput: "dfl-1", ProjectId: "p", UserId: "u", DocumentInputType: gen.DocumentInputTypeFileId, Configuration: gen.ClassifyV2Configuration{Rules: rules(t)}})
		case "/api/v1/classifier/jobs/" + failedV1:
			json.NewEncoder(w).Encode(map[string]any{"id": failedV1, "project_id": failedV1, "user_id": "u", "rules": rules(t), "status": "ERROR", "error_message": auth})
		case "/api/v2/classify/validation":
			w.WriteHeader(http.StatusUnprocessableEntity)
			json.NewEncoder(w).Encode(map[string]any{"detail": []map[string]any{{"loc": []any{"header", auth}, "msg": auth, "type": "value_error", "input": auth}}})
		default:
			json.NewEncoder(w).Encode(map[string]any{"id": auth, "status": auth, "created_at": auth, "file_input": auth,
				"project_id": auth, "user_id": auth, "document_input_type": auth, "configuration": map[string]any{"rules": auth}})
		}
	}))
	defer echo.Close()
	for _, validate := range []bool{true, false} {
		ec := newClient(t, echo.URL, client.WithAPIKey(canaryKey), client.WithLogger(debugLogger(&clientLog)),
			client.WithContractValidation(validate), client.WithRetryPolicy(client.RetryPolicy{MaxAttempts: 2, MinDelay: time.Millisecond}))
		for _, id := range []string{"detail", "cut", "validation", "echo"} {
			j, err := ec.GetJob(ctx, id)
			out.add("GetJob from an echoing server: "+id, j)
			out.add("GetJob from an echoing server: "+id, err)
			if err == nil {
				t.Errorf("an echoing server's answer %s was accepted", id)
			}
		}
		// A job whose error message is the key: the waiters' errors quote
		// it. (The job itself is the server's data, returned as sent.)
		_, err := ec.WaitJob(ctx, "failed")
		out.add("WaitJob of a job failed with the key", err)
		for _, err := range ec.WaitJobs(ctx, []string{"failed"}) {
			out.add("WaitJobs of a job failed with the key", err)
		}
		_, err = ec.WaitClassifierJob(ctx, failedV1)
		out.add("WaitClassifierJob of a job failed with the key", err)
	}

	out.add("client log", clientLog.String())
	out.add("emulator log", emuLog.String())
	if !strings.Contains(clientLog.String(), "attempt=2") || !strings.Contains(emuLog.String(), "status=401") {
		t.Errorf("the logs lack the retries and the 401s they should hold:\n%s", clientLog.String())
	}
	out.scan(t)
}

// recorder is a transport that answers every request itself and records
// them, so that nothing leaves the machine.
type recorder struct {
	mu      sync.Mutex
	reqs    []*http.Request
	respond func(*http.Request) *http.Response
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.reqs = append(r.reqs, req)
	r.mu.Unlock()
	if req.Body != nil {
		req.Body.Close()
	}
	return r.respond(req), nil
}

// cleartext returns the requests that carried the key over plain HTTP to
// a host other than this machine.
func (r *recorder) cleartext() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, req := range r.reqs {
		if req.URL.Scheme == "http" && !strings.HasPrefix(req.URL.Host, "127.0.0.1") && strings.Contains(req.Header.Get("Authorization"), canaryKey) {
			out = append(out, req.URL.String())
		}
	}
	return out
}

// redirectTo answers the first request with a 307 to location, then 200
// with an empty page of jobs.
func redirectTo(location string) func(*http.Request) *http.Response {
	return func(req *http.Request) *http.Response {
		h := http.Header{"Content-Type": {"application/json"}}
		if !strings.HasPrefix(req.URL.String(), location) {
			h.Set("Location", location)
			return &http.Response{StatusCode: http.StatusTemporaryRedirect, Header: h, Body: http.NoBody, Request: req}
		}
		return &http.Response{StatusCode: http.StatusOK, Header: h, Body: io.NopCloser(strings.NewReader(`{"items": []}`)), Request: req}
	}
}

// TestKeyNotSentInClearText: the key never goes over plain http:// to
// another machine without the opt-in, whether the base URL or a redirect
// points there. (New's refusal of such a base URL, and the check of every
// request, have their own tests in the client package.)
func TestKeyNotSentInClearText(t *testing.T) {
	for _, tc := range []struct {
		name, base, location string
		insecure, refused    bool
	}{
		{"https redirected to http on the same host", "https://api.example.com", "http://api.example.com/api/v2/classify", false, true},
		{"loopback redirected to another host", "http://127.0.0.1:9", "http://api.example.com/api/v2/classify", false, true},
		{"http base URL, no opt-in", "http://api.example.com", "", false, true},
		{"https redirected to https", "https://api.example.com", "https://eu.example.com/api/v2/classify", false, false},
		{"https redirected to http with the opt-in", "https://api.example.com", "http://api.example.com/api/v2/classify", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{respond: redirectTo(tc.location)}
			opts := []client.Option{client.WithAPIKey(canaryKey), client.WithBaseURL(tc.base), client.WithHTTPClient(&http.Client{Transport: rec})}
			if tc.insecure {
				opts = append(opts, client.WithInsecureHTTP())
			}
			c, err := client.New(opts...)
			if err == nil {
				_, err = c.ListJobs(context.Background(), nil)
			}
			if tc.refused {
				if !errors.Is(err, client.ErrInsecureURL) {
					t.Fatalf("err = %v, want ErrInsecureURL", err)
				}
				if strings.Contains(err.Error(), canaryKey) {
					t.Errorf("the error names the key: %v", err)
				}
				if sent := rec.cleartext(); len(sent) > 0 {
					t.Fatalf("the key went in clear text to %v", sent)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
		})
	}
}

// TestUploadedNamesCannotEscape uploads files whose names are paths: each is
// stored under a harmless base name, found under it, and nothing on disk
// changes.
func TestUploadedNamesCannotEscape(t *testing.T) {
	root := t.TempDir()
	work := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(work, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "sentinel.txt"), []byte("unchanged"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Chdir(work)
	before := tree(t, root)

	run, err := emulator.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer run.Close()
	c := newClient(t, run.URL)
	// Each name and the name it must be stored under; "" when the upload
	// must be refused (a NUL cannot be sent in a form's file name: the
	// client refuses it before sending, and the emulator answers such a
	// form 422, which the upload's fuzzing covers).
	cases := map[string]string{
		"../../etc/passwd":             "passwd",
		"../../sentinel.txt":           "sentinel.txt",
		`a/b\c.txt`:                    "c.txt",
		`..\..\windows\win.ini`:        "win.ini",
		"/etc/shadow":                  "shadow",
		"..":                           "upload",
		"./../.profile":                ".profile",
		"dir/evil\n\r.txt":             "evil%0A%0D.txt", // as the form escapes them
		"dir/\x00evil.txt":             "",
		"C:\\Users\\me\\notes.txt":     "notes.txt",
		"%2e%2e%2f%2e%2e%2fescape.txt": "%2e%2e%2f%2e%2e%2fescape.txt",
	}
	for name, want := range cases {
		f, err := c.UploadFile(context.Background(), client.Upload{Name: name, Open: func() (io.ReadCloser, error) {
			return io.NopCloser(strings.NewReader("overwritten?")), nil
		}})
		if want == "" {
			var invalid *client.RequestInvalidError
			if !errors.As(err, &invalid) {
				t.Errorf("upload %q: %v, want it refused before sending", name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("upload %q: %v", name, err)
			continue
		}
		if f.Name != want {
			t.Errorf("upload %q stored as %q, want %q", name, f.Name, want)
		}
		page, err := c.ListFiles(context.Background(), &gen.ListFilesParams{FileName: &want})
		if err != nil || !slices.ContainsFunc(page.Items, func(g gen.FileV2) bool { return g.Id == f.Id }) {
			t.Errorf("listing by the stored name %q does not find %q: %v", want, name, err)
		}
	}
	if n, want := run.Server.Stats().Files, len(cases)-1; n != want {
		t.Errorf("the emulator holds %d files, want %d", n, want)
	}
	if after := tree(t, root); !slices.Equal(before, after) {
		t.Errorf("the disk changed:\nbefore %v\nafter  %v", before, after)
	}
	if _, err := os.Stat(filepath.Join(root, "etc")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("an upload created %s/etc: %v", root, err)
	}
}

// tree lists every path under root with its size and content digest.
func tree(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		entry := p
		if !d.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			entry += " " + string(b)
		}
		out = append(out, entry)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestOversizedUploadIsAClearError: a file over the emulator's limit gets a
// 413, which the client returns as an *APIError with the service's
// message, without retrying or storing anything, whether the file is a
// little or much larger than the limit. A file of exactly the limit passes.
func TestOversizedUploadIsAClearError(t *testing.T) {
	const limit = 64 << 10
	h := newHarness(t, emulator.WithMaxUploadSize(limit))
	c := newClient(t, h.URL)
	dir := t.TempDir()
	for _, size := range []int64{limit + 1, 1 << 20, 32 << 20} {
		path := filepath.Join(dir, fmt.Sprintf("big-%d.txt", size))
		if err := os.WriteFile(path, bytes.Repeat([]byte("a"), int(size)), 0o600); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_, err := c.UploadFile(ctx, client.Upload{Path: path})
		cancel()
		var apiErr *client.APIError
		if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("%d bytes: err = %v, want an APIError 413", size, err)
			continue
		}
		if !strings.Contains(apiErr.Message, fmt.Sprint(limit)) || !strings.Contains(err.Error(), "413 Request Entity Too Large") {
			t.Errorf("%d bytes: %q does not say what the limit is", size, err)
		}
	}
	if uploads := h.statuses("POST /api/v1/beta/files"); len(uploads) != 3 {
		t.Errorf("%d upload requests for 3 oversized files: %v; a 413 must not be retried", len(uploads), uploads)
	}
	path := filepath.Join(dir, "exact.txt")
	if err := os.WriteFile(path, bytes.Repeat([]byte("a"), limit), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := c.UploadFile(context.Background(), client.Upload{Path: path}); err != nil {
		t.Errorf("a file of exactly the limit: %v", err)
	}
	if n := h.emu.Stats().Files; n != 1 {
		t.Errorf("the emulator holds %d files, want only the one within the limit", n)
	}
}

// TestWebhookSignaturesEndToEnd has the emulator deliver a v2 job's
// webhooks to a receiver, which checks each delivery with
// client.VerifyWebhookSignature: the right secret verifies; a wrong
// secret, a tampered body and a missing signature are rejected. (Malformed
// headers are covered by the client's own tests.)
func TestWebhookSignaturesEndToEnd(t *testing.T) {
	const secret = "whsec-e2e-7c1d"
	type delivery struct {
		body      []byte
		signature string
	}
	got := make(chan delivery, 16)
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		got <- delivery{body: body, signature: r.Header.Get(client.SignatureHeader)}
	}))
	defer receiver.Close()

	run, err := emulator.Start(emulator.WithProcessingDelay(20 * time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer run.Close()
	c := newClient(t, run.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	d := generate(1, 9)[0]
	f, err := c.UploadFile(ctx, client.Upload{Name: d.name, Open: d.document().Open})
	if err != nil {
		t.Fatal(err)
	}
	hookURL := receiver.URL + "/hook"
	signed := secret
	events := []gen.WebhookEvent{gen.ClassifySuccess}
	job, err := c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{FileInput: &f.Id, Configuration: &gen.ClassifyV2Configuration{Rules: rules(t)},
		WebhookConfigurations: &[]gen.WebhookConfiguration{
			{WebhookUrl: &hookURL, WebhookSigningSecret: &signed, WebhookEvents: &events},
			{WebhookUrl: &hookURL, WebhookEvents: &events},
		}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitJob(ctx, job.Id, fastWait...); err != nil {
		t.Fatal(err)
	}
	var withSig, without []delivery
	for len(withSig)+len(without) < 2 {
		select {
		case dl := <-got:
			if dl.signature != "" {
				withSig = append(withSig, dl)
			} else {
				without = append(without, dl)
			}
		case <-ctx.Done():
			t.Fatalf("deliveries: %d signed, %d unsigned, want one of each", len(withSig), len(without))
		}
	}
	dl := withSig[0]
	if !bytes.Contains(dl.body, []byte(job.Id)) {
		t.Errorf("the delivery does not name the job: %s", dl.body)
	}
	if err := client.VerifyWebhookSignature(secret, dl.body, dl.signature); err != nil {
		t.Errorf("the right secret: %v", err)
	}
	if err := client.VerifyWebhookSignature("whsec-wrong", dl.body, dl.signature); !errors.Is(err, client.ErrSignatureMismatch) {
		t.Errorf("a wrong secret: %v, want ErrSignatureMismatch", err)
	}
	tampered := bytes.Replace(dl.body, []byte("COMPLETED"), []byte("FAILED"), 1)
	if bytes.Equal(tampered, dl.body) {
		t.Fatalf("the delivery has no status to tamper with: %s", dl.body)
	}
	if err := client.VerifyWebhookSignature(secret, tampered, dl.signature); !errors.Is(err, client.ErrSignatureMismatch) {
		t.Errorf("a tampered body: %v, want ErrSignatureMismatch", err)
	}
	if err := client.VerifyWebhookSignature(secret, without[0].body, without[0].signature); !errors.Is(err, client.ErrSignatureMissing) {
		t.Errorf("a delivery without a signing secret: %v, want ErrSignatureMissing", err)
	}
	if err := client.VerifyWebhookSignature(secret, dl.body, "sha256="+strings.Repeat("z", 64)); !errors.Is(err, client.ErrSignatureMalformed) {
		t.Errorf("a malformed signature: %v, want ErrSignatureMalformed", err)
	}
}
