package emulator

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The fuzz targets below send arbitrary bodies to every create endpoint
// through the emulator's whole handler (auth, limits, validation against the
// contract, the strict handlers) and require an answer the contract allows
// for a request the client got wrong: 4xx, or the success status when the
// bytes happen to form a valid request. A 5xx or a panic is a bug.
//
//	go test -run '^$' -fuzz '^FuzzCreateClassifyJob$' -fuzztime 60s ./internal/emulator/

// fuzzFileID is the file the fuzzed creates can name, stored up front so
// that valid bodies reach the success path.
const fuzzFileID = "dfl-00000000-0000-4000-8000-0000000000f1"

// fuzzRecycleAfter bounds the state one emulator accumulates while fuzzing:
// after this many stored jobs and files it is replaced by a fresh one.
const fuzzRecycleAfter = 2000

// fuzzEmulator is an emulator whose clock never moves, so that no job runs,
// classifies or notifies anything while it is fuzzed.
type fuzzEmulator struct {
	mu sync.Mutex
	s  *Server
}

func newFuzzEmulator(f *testing.F) *fuzzEmulator {
	e := &fuzzEmulator{}
	e.s = e.fresh()
	f.Cleanup(func() {
		e.mu.Lock()
		defer e.mu.Unlock()
		e.s.Close()
	})
	return e
}

func (e *fuzzEmulator) fresh() *Server {
	frozen := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	s := New(WithClock(func() time.Time { return frozen }), WithProcessingDelay(time.Hour), WithMaxUploadSize(1<<20))
	s.PutFile(gen.FileV2{Id: fuzzFileID, Name: "invoice.txt"}, []byte("Invoice number 7, line items, total amount due"))
	return s
}

// serve sends req through the handler of the current emulator and replaces
// the emulator once it holds too much.
func (e *fuzzEmulator) serve(req *http.Request) *httptest.ResponseRecorder {
	e.mu.Lock()
	s := e.s
	if st := s.Stats(); st.ClassifyJobs+st.ClassifierJobs+st.Files > fuzzRecycleAfter {
		s.Close()
		s = e.fresh()
		e.s = s
	}
	e.mu.Unlock()
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	return rec
}

// checkAnswer fails on a 5xx or an unexpected 2xx, and on an answer whose
// body does not decode into the type the contract gives it.
func checkAnswer(t *testing.T, rec *httptest.ResponseRecorder, success int, into any) {
	t.Helper()
	body := rec.Body.Bytes()
	switch {
	case rec.Code == success:
		if err := json.Unmarshal(body, into); err != nil {
			t.Fatalf("%d answer does not decode: %v\n%s", rec.Code, err, body)
		}
	case rec.Code >= 400 && rec.Code < 500:
		var e struct {
			Detail json.RawMessage `json:"detail"`
		}
		if err := json.Unmarshal(body, &e); err != nil || len(e.Detail) == 0 {
			t.Fatalf("%d answer has no detail: %v\n%s", rec.Code, err, body)
		}
	default:
		t.Fatalf("answered %d, want %d or 4xx\n%s", rec.Code, success, body)
	}
}

// namesWebhooks reports whether body, read the way the handler reads it,
// could configure webhooks. Those inputs are skipped: a fuzzed webhook_url
// on a loopback port would make the emulator POST to whatever listens
// there. Keys match case-insensitively, as encoding/json matches fields.
func namesWebhooks(body []byte) bool {
	var top map[string]json.RawMessage
	if json.NewDecoder(bytes.NewReader(body)).Decode(&top) != nil {
		return false
	}
	for k := range top {
		if strings.Contains(strings.ToLower(k), "webhook") || strings.EqualFold(k, "webhook_configurations") {
			return true
		}
	}
	return false
}

func fuzzJSONRequest(path string, body []byte) *http.Request {
	req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer fuzz-key")
	req.Header.Set("Content-Type", "application/json")
	return req
}

// fuzzValidV2 and fuzzValidV1 are valid creates, the first seeds.
var (
	fuzzValidV2 = `{"file_input": "` + fuzzFileID + `", "configuration": {"rules": [{"type": "invoice", "description": "contains invoice number, line items, and total amount"}]}}`
	fuzzValidV1 = `{"file_ids": ["` + strings.TrimPrefix(fuzzFileID, "dfl-") + `"], "rules": [{"type": "invoice", "description": "contains invoice number, line items, and total amount"}]}`
)

func FuzzCreateClassifyJob(f *testing.F) {
	for _, s := range []string{
		fuzzValidV2,
		`{"file_input": "` + fuzzFileID + `", "transaction_id": "t-1", "configuration": {"mode": "FAST", "parsing_configuration": {"lang": "en", "max_pages": 2, "target_pages": "1,3,5-7"}, "rules": [{"type": "invoice", "description": "contains invoice number, line items, and total amount"}]}}`,
		`{"file_input": "pjb-1", "configuration_id": "cfg-1"}`,
		`{"file_id": "` + fuzzFileID + `", "configuration": {"rules": []}}`,
		`{"configuration": {"rules": [{"type": "", "description": "short"}]}, "file_input": 7}`,
		`{"file_input": "dfl-x", "configuration": {"rules": [{"type": "a", "description": "0123456789"}], "parsing_configuration": {"target_pages": "3-1"}}}`,
		`{}`, `[]`, `null`, `{"file_input": "`, "\xff\xfe", `{"a":1} trailing`,
	} {
		f.Add([]byte(s))
	}
	e := newFuzzEmulator(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		if namesWebhooks(body) {
			t.Skip("webhooks would be delivered")
		}
		rec := e.serve(fuzzJSONRequest("/api/v2/classify", body))
		checkAnswer(t, rec, http.StatusOK, &gen.ClassifyV2JobResponse{})
	})
}

func FuzzCreateClassifierJob(f *testing.F) {
	bare := strings.TrimPrefix(fuzzFileID, "dfl-")
	for _, s := range []string{
		fuzzValidV1,
		`{"file_ids": ["` + bare + `"], "mode": "MULTIMODAL", "parsing_configuration": {"lang": "no", "max_pages": 5, "target_pages": [0, 2]}, "rules": [{"type": "invoice", "description": "contains invoice number, line items, and total amount"}]}`,
		`{"file_ids": ["00000000-0000-4000-8000-000000000000"], "rules": [{"type": "invoice", "description": "contains invoice number"}]}`,
		`{"file_ids": ["not-a-uuid"], "rules": []}`,
		`{"file_ids": [], "rules": [{"type": 1, "description": null}], "extra": true}`,
		`{}`, `[]`, `"x"`, `{"file_ids": [`, "\x00",
	} {
		f.Add([]byte(s))
	}
	e := newFuzzEmulator(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		if namesWebhooks(body) {
			t.Skip("webhooks would be delivered")
		}
		rec := e.serve(fuzzJSONRequest("/api/v1/classifier/jobs", body))
		checkAnswer(t, rec, http.StatusOK, &gen.ClassifyJob{})
	})
}

// fuzzUploadForm writes a multipart upload form under boundary.
func fuzzUploadForm(tb testing.TB, boundary string, fields map[string]string, name, content string) []byte {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	if err := w.SetBoundary(boundary); err != nil {
		tb.Fatal(err)
	}
	for _, k := range []string{"purpose", "external_file_id"} {
		if v, ok := fields[k]; ok {
			if err := w.WriteField(k, v); err != nil {
				tb.Fatal(err)
			}
		}
	}
	if name != "" {
		part, err := w.CreateFormFile("file", name)
		if err != nil {
			tb.Fatal(err)
		}
		io.WriteString(part, content)
	}
	w.Close()
	return b.Bytes()
}

// FuzzUploadFile sends arbitrary bytes as the multipart body, under a
// fuzzed boundary, or under a content type taken whole from the input.
func FuzzUploadFile(f *testing.F) {
	form := func(boundary string, fields map[string]string, name, content string) []byte {
		return fuzzUploadForm(f, boundary, fields, name, content)
	}
	f.Add("b0undary", false, form("b0undary", map[string]string{"purpose": "classify", "external_file_id": "ext-1"}, "invoice.txt", "Invoice number 7"))
	f.Add("b0undary", false, form("b0undary", map[string]string{"purpose": "classify"}, "../../etc/passwd", "x"))
	f.Add("b0undary", false, form("b0undary", map[string]string{"purpose": "nonsense"}, "a.txt", "x"))
	f.Add("b0undary", false, form("b0undary", map[string]string{"purpose": "classify"}, "", ""))
	f.Add("other", false, form("b0undary", map[string]string{"purpose": "classify"}, "a.txt", "x"))
	f.Add("b0undary", false, []byte("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nunterminated"))
	f.Add("multipart/form-data; boundary=\"q\"", true, []byte("--q--\r\n"))
	f.Add("application/json", true, []byte(`{"purpose": "classify"}`))
	f.Add("multipart/mixed; boundary=", true, []byte(""))
	f.Add("", false, []byte("--\r\n"))
	e := newFuzzEmulator(f)
	f.Fuzz(func(t *testing.T, boundary string, wholeType bool, body []byte) {
		contentType := "multipart/form-data; boundary=" + boundary
		if wholeType {
			contentType = boundary
		}
		req := httptest.NewRequest(http.MethodPost, "/api/v1/beta/files", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer fuzz-key")
		req.Header.Set("Content-Type", contentType)
		rec := e.serve(req)
		checkAnswer(t, rec, http.StatusCreated, &gen.FileV2{})
	})
}

// The fuzz targets are only worth running if valid input gets through.
func TestFuzzSeedsReachSuccess(t *testing.T) {
	s := New(WithProcessingDelay(time.Hour))
	defer s.Close()
	s.PutFile(gen.FileV2{Id: fuzzFileID, Name: "invoice.txt"}, []byte("Invoice number 7"))
	for _, c := range []struct {
		req  *http.Request
		want int
	}{
		{fuzzJSONRequest("/api/v2/classify", []byte(fuzzValidV2)), http.StatusOK},
		{fuzzJSONRequest("/api/v1/classifier/jobs", []byte(fuzzValidV1)), http.StatusOK},
	} {
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, c.req)
		if rec.Code != c.want {
			t.Errorf("%s: %d, want %d: %s", c.req.URL.Path, rec.Code, c.want, rec.Body)
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/api/v1/beta/files", bytes.NewReader(fuzzUploadForm(t, "b0undary", map[string]string{"purpose": "classify"}, "a.txt", "x")))
	req.Header.Set("Authorization", "Bearer fuzz-key")
	req.Header.Set("Content-Type", "multipart/form-data; boundary=b0undary")
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusCreated {
		t.Errorf("upload: %d, want 201: %s", rec.Code, rec.Body)
	}
}
