package emulator

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func TestAuthentication(t *testing.T) {
	open := newEnv(t)
	locked := newEnv(t, WithRequiredKey(testKey))

	cases := []struct {
		name   string
		e      *env
		editor gen.RequestEditorFn
		want   int
		detail string
	}{
		{"no header", open, noAuth, http.StatusUnauthorized, "Not authenticated"},
		{"not bearer", open, func(_ context.Context, r *http.Request) error {
			r.Header.Set("Authorization", "Basic dXNlcjpwYXNz")
			return nil
		}, http.StatusUnauthorized, "Not authenticated"},
		{"empty token", open, bearer(""), http.StatusUnauthorized, "Not authenticated"},
		{"any key when none is required", open, bearer("whatever"), http.StatusOK, ""},
		{"wrong key", locked, bearer("wrong-key"), http.StatusUnauthorized, "Invalid authentication credentials"},
		{"the required key", locked, bearer(testKey), http.StatusOK, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, err := c.e.c.ListClassifyJobsWithResponse(ctx(t), nil, c.editor)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode() != c.want {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode(), c.want, resp.Body)
			}
			if c.want == http.StatusUnauthorized {
				if resp.JSON401 == nil || !strings.Contains(resp.JSON401.Detail, c.detail) {
					t.Fatalf("401 body %s, want detail %q", resp.Body, c.detail)
				}
				if resp.HTTPResponse.Header.Get("WWW-Authenticate") != "Bearer" {
					t.Errorf("no WWW-Authenticate challenge")
				}
			}
		})
	}
}

func TestRequestValidationLocatesEveryProblem(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		name     string
		method   string
		target   string
		body     string
		loc, typ string
	}{
		{"v1 job id not a uuid", "GET", "/api/v1/classifier/jobs/not-a-uuid", "", "path.classify_job_id", "uuid_parsing"},
		{"page size too big", "GET", "/api/v2/classify?page_size=101", "", "query.page_size", "less_than_equal"},
		{"page size not a number", "GET", "/api/v2/classify?page_size=ten", "", "query.page_size", "int_parsing"},
		{"page size zero", "GET", "/api/v1/beta/files?page_size=0", "", "query.page_size", "greater_than_equal"},
		{"unknown status", "GET", "/api/v2/classify?status=DONE", "", "query.status", "enum"},
		{"project not a uuid", "GET", "/api/v2/classify/cls-1?project_id=abc", "", "query.project_id", "uuid_parsing"},
		{"bad date", "GET", "/api/v2/classify?created_at_on_or_after=yesterday", "", "query.created_at_on_or_after", "datetime_parsing"},
		{"v1 missing rules", "POST", "/api/v1/classifier/jobs", `{"file_ids": ["182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"]}`, "body.rules", "missing"},
		{"v1 bad mode", "POST", "/api/v1/classifier/jobs", `{"file_ids": ["182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"], "rules": [{"type": "a", "description": "long enough text"}], "mode": "SLOW"}`, "body.mode", "enum"},
		{"v1 file id not a uuid", "POST", "/api/v1/classifier/jobs", `{"file_ids": ["dfl-1"], "rules": [{"type": "a", "description": "long enough text"}]}`, "body.file_ids.[0]", "uuid_parsing"},
		{"v1 type too long", "POST", "/api/v1/classifier/jobs", `{"file_ids": ["182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"], "rules": [{"type": "` + strings.Repeat("t", 51) + `", "description": "long enough text"}]}`, "body.rules.[0].type", "string_too_long"},
		{"v1 unknown webhook field", "POST", "/api/v1/classifier/jobs", `{"file_ids": ["182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"], "rules": [{"type": "a", "description": "long enough text"}], "webhook_configurations": [{"url": "http://127.0.0.1/"}]}`, "body.webhook_configurations.[0].url", "extra_forbidden"},
		{"v2 rules not a list", "POST", "/api/v2/classify", `{"file_input": "dfl-1", "configuration": {"rules": "invoice"}}`, "body.configuration.rules", "list_type"},
		{"v2 no body", "POST", "/api/v2/classify", "", "body", "missing"},
		{"v2 file_input a number", "POST", "/api/v2/classify", `{"file_input": 5, "configuration": {"rules": [{"type": "a", "description": "long enough text"}]}}`, "body.file_input", "string_type"},
		{"v2 configuration a string", "POST", "/api/v2/classify", `{"file_input": "dfl-1", "configuration": "x"}`, "body.configuration", "dict_type"},
		{"v2 no file_input", "POST", "/api/v2/classify", `{"configuration": {"rules": [{"type": "a", "description": "long enough text"}]}}`, "body.file_input", "missing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req, err := http.NewRequest(c.method, e.ts.URL+c.target, strings.NewReader(c.body))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Authorization", "Bearer k")
			if c.body != "" {
				req.Header.Set("Content-Type", "application/json")
			}
			resp, err := e.client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			ds := details422(t, resp.StatusCode, readAll(t, resp.Body))
			if !hasDetail(ds, c.loc, c.typ) {
				t.Fatalf("details %+v, want %s at %s", ds, c.typ, c.loc)
			}
			for _, d := range ds {
				if d.Msg == "" || strings.Contains(d.Msg, "\n") {
					t.Errorf("message %q should be one readable line", d.Msg)
				}
			}
		})
	}
}

// A v2 create's document and configuration may each be given in more than
// one field, so the contract requires them with a `not`; a field given with
// the wrong type is reported as that, once, not as missing, beside what is
// missing indeed.
func TestAFieldOfTheWrongTypeIsNotMissing(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{`{"file_input": 5}`, []string{"body.file_input string_type", "body.configuration missing"}},
		{`{"file_input": 5, "configuration": "x"}`, []string{"body.configuration dict_type", "body.file_input string_type"}},
		{`{"file_input": 5, "configuration": {"rules": [{"type": 7, "description": "long enough text"}]}}`, []string{"body.configuration.rules.[0].type string_type", "body.file_input string_type"}},
	} {
		resp, err := e.c.CreateClassifyJobWithBodyWithResponse(ctx(t), nil, "application/json", strings.NewReader(c.body))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range details422(t, resp.StatusCode(), resp.Body) {
			got = append(got, locString(d.Loc)+" "+d.Type)
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(c.want))
		if !slices.Equal(got, want) {
			t.Errorf("%s: details %q, want %q", c.body, got, want)
		}
	}
	if jobs := e.listV2(gen.ListClassifyJobsParams{}); len(jobs.Items) != 0 {
		t.Errorf("%d jobs were made from refused creates", len(jobs.Items))
	}
}

func TestValidationReportsAllProblemsAtOnce(t *testing.T) {
	e := newEnv(t)
	body := `{"file_ids": [], "rules": [{"type": "", "description": "short"}]}`
	resp, err := e.c.CreateClassifierJobWithBodyWithResponse(ctx(t), nil, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	ds := details422(t, resp.StatusCode(), resp.Body)
	for _, want := range []struct{ loc, typ string }{
		{"body.file_ids", "too_short"},
		{"body.rules.[0].type", "string_too_short"},
		{"body.rules.[0].description", "string_too_short"},
	} {
		if !hasDetail(ds, want.loc, want.typ) {
			t.Errorf("missing %s at %s in %+v", want.typ, want.loc, ds)
		}
	}
	var raw struct {
		Detail []struct {
			Loc []json.RawMessage `json:"loc"`
			Ctx map[string]any    `json:"ctx"`
		} `json:"detail"`
	}
	if err := json.Unmarshal(resp.Body, &raw); err != nil {
		t.Fatal(err)
	}
	for _, d := range raw.Detail {
		if string(d.Loc[0]) != `"body"` {
			t.Errorf("loc %s does not start with \"body\"", d.Loc)
		}
	}
}

func TestUnknownRoutes(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		method, path string
		want         int
		allow        string
	}{
		{"GET", "/api/v3/nothing", http.StatusNotFound, ""},
		{"DELETE", "/api/v2/classify", http.StatusMethodNotAllowed, "GET, POST"},
		{"PUT", "/api/v1/beta/files/00000000-0000-4000-8000-000000000000", http.StatusMethodNotAllowed, "GET, DELETE"},
	} {
		req, _ := http.NewRequest(c.method, e.ts.URL+c.path, nil)
		req.Header.Set("Authorization", "Bearer k")
		resp, err := e.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body := readAll(t, resp.Body)
		resp.Body.Close()
		var v gen.HTTPError
		if resp.StatusCode != c.want || json.Unmarshal(body, &v) != nil || v.Detail == "" {
			t.Errorf("%s %s: %d %s, want %d with a detail", c.method, c.path, resp.StatusCode, body, c.want)
		}
		// A 405 says which methods the path takes (RFC 9110).
		if got := resp.Header.Get("Allow"); got != c.allow {
			t.Errorf("%s %s: Allow %q, want %q", c.method, c.path, got, c.allow)
		}
	}
}

func TestLogsOneLinePerRequestWithoutTheKey(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&syncWriter{w: &buf}, nil))
	e := newEnv(t, WithLogger(logger), WithRequiredKey("secret-key-123"))
	e.c.ListClassifyJobsWithResponse(ctx(t), nil, bearer("secret-key-123"))
	e.c.GetClassifyJobWithResponse(ctx(t), "cls-x", nil, bearer("secret-key-123"))
	e.c.ListFilesWithResponse(ctx(t), nil, bearer("wrong"))

	out := buf.String()
	if strings.Contains(out, "secret-key-123") || strings.Contains(out, "wrong") {
		t.Fatalf("the key was logged: %s", out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3: %s", len(lines), out)
	}
	want := []struct {
		method, path string
		status       float64
	}{{"GET", "/api/v2/classify", 200}, {"GET", "/api/v2/classify/cls-x", 404}, {"GET", "/api/v1/beta/files", 401}}
	for i, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec["method"] != want[i].method || rec["path"] != want[i].path || rec["status"] != want[i].status || rec["duration"] == nil {
			t.Errorf("line %d: %s, want %+v and a duration", i, line, want[i])
		}
	}
}

// syncWriter serialises writes from concurrent handlers.
type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
