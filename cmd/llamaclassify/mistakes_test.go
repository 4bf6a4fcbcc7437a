package main

import (
	"bytes"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

// Mistakes stop before anything is sent, with one message that says what
// is wrong in the words of the flag the user typed.
func TestMistakesStopEarly(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	doc := writeFile(t, dir, "invoice.txt", invoiceText)
	twice := writeFile(t, dir, "rules.yaml", "- type: invoice\n  description: contains invoice number, line items, and total amount\n- type: receipt\n  description: purchase receipt with transaction info and merchant details\n- type: invoice\n  description: a bill that asks to be paid by a date\n")
	noDescription := writeFile(t, dir, "nodesc.yaml", "- type: invoice\n- type: receipt\n  description: purchase receipt with transaction info and merchant details\n")
	const uuid = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
	invoiceObject := "{type: invoice, description: 'contains invoice number, line items, and total amount'}"

	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"base URL not a URL", nil, []string{"--base-url", "not a url", "classify", "list"},
			`--base-url "not a url": not a URL; want one like https://api.cloud.llamaindex.ai or http://127.0.0.1:8080`},
		{"base URL without a scheme", nil, []string{"--base-url", "127.0.0.1:8080", "classify", "list"}, `--base-url "127.0.0.1:8080": not a URL`},
		{"base URL of the environment", map[string]string{"LLAMA_CLOUD_BASE_URL": "ftp://x"}, []string{"classify", "list"}, `LLAMA_CLOUD_BASE_URL "ftp://x": not a URL`},
		{"a key does not excuse a bad URL", nil, []string{"--api-key", "k", "--base-url", "not a url", "classify", "list"}, `--base-url "not a url": not a URL`},
		{"plain http to another machine", nil, []string{"--api-key", "k", "--base-url", "http://192.0.2.10:8080", "classify", "list"},
			"--base-url http://192.0.2.10:8080: plain http to another machine sends your documents and API key in clear text; use https, or pass --insecure-http"},
		{"plain http to another machine, no key", nil, []string{"--base-url", "http://192.0.2.10:8080", "classify", "list"}, "--base-url http://192.0.2.10:8080: plain http to another machine"},
		{"rule type twice", ts.env(), []string{"classify-files", doc, "--rule", invoiceRule, "--rule", receiptRule, "--rule", "invoice=a bill that asks to be paid by a date"},
			`--rule #1 and --rule #3 both have type "invoice": give each type once, with one description of all that a document of that type contains`},
		{"rule type twice in a rules file", ts.env(), []string{"classify-files", doc, "--rules", twice},
			`--rules ` + twice + `: rule #1 and rule #3 both have type "invoice"`},
		{"a rule with no description in a rules file", ts.env(), []string{"classify-files", doc, "--rules", noDescription},
			`--rules ` + noDescription + `: rule #1: has no description; want an object like {type: invoice, description: `},
		{"rule type twice in a configuration", ts.env(), []string{"classify", "create", "--file-input", "dfl-1", "--configuration", "{rules: [" + invoiceObject + ", " + invoiceObject + "]}"},
			`--configuration: rules[0] and rules[1] both have type "invoice"`},
		{"rule type twice in a v1 job", ts.env(), []string{"classifier:jobs", "create", "--file-id", uuid, "--rule", invoiceObject, "--rule", invoiceObject},
			`--rule #1 and --rule #2 both have type "invoice"`},
		{"transform with an empty part", ts.env(), []string{"classify-files", doc, "--rule", invoiceRule, "--transform", "a..b"},
			`--transform "a..b": not a GJSON path: empty part at character 3`},
		{"transform not closed", ts.env(), []string{"classify", "list", "--transform", "items.#(status==\"FAILED\""},
			`--transform "items.#(status==\"FAILED\"": not a GJSON path: '(' is not closed: a ')' is missing`},
		{"transform with an unknown modifier", ts.env(), []string{"classify", "list", "--transform", "items.@sort"}, `--transform "items.@sort": not a GJSON path: unknown modifier @sort`},
		{"v1 page size 0", ts.env(), []string{"classifier:jobs", "list", "--page-size", "0"}, "--page-size 0: want 1 or more"},
		{"files page size 0", ts.env(), []string{"files", "list", "--page-size", "0"}, "--page-size 0: want 1 to 1000"},
		{"v2 page size 0", ts.env(), []string{"classify", "list", "--page-size", "0"}, "--page-size 0: want 1 to 100"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := ts.requests.Load()
			r := runCLI(t, tc.env, tc.args...)
			wantCode(t, r, exitError)
			if !strings.HasPrefix(r.stderr, "llamaclassify: "+tc.want) {
				t.Errorf("stderr = %q\nwant it to start with %q", r.stderr, "llamaclassify: "+tc.want)
			}
			if strings.Count(r.stderr, "llamaclassify:") != 1 {
				t.Errorf("stderr holds more than one message: %q", r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
			if n := ts.requests.Load() - before; n != 0 {
				t.Errorf("%d requests reached the server, want none", n)
			}
		})
	}
}

// --insecure-http lets a plain http server on another machine be used,
// with a warning; without a key such a server is sent the local key. The
// unit is the choice of target and the client built for it: no request
// leaves this machine in a test.
func TestInsecureHTTPAllowsAnotherMachineWithAWarning(t *testing.T) {
	var stderr bytes.Buffer
	a := &app{baseURL: "http://192.0.2.10:8080", region: "us", insecureHTTP: true, stderr: &stderr, getenv: func(string) string { return "" }}
	got, err := a.resolveTarget()
	if err != nil || got != (target{baseURL: "http://192.0.2.10:8080", key: localKey}) {
		t.Fatalf("target = %+v, %v", got, err)
	}
	if want := "llamaclassify: warning: --insecure-http: requests to 192.0.2.10:8080, documents and API key included, travel in clear text\n"; stderr.String() != want {
		t.Errorf("stderr = %q, want %q", stderr.String(), want)
	}
	if _, err := a.newClient(got); err != nil {
		t.Errorf("newClient with --insecure-http: %v", err)
	}

	// https and loopback need no flag and get no warning.
	for _, base := range []string{"https://192.0.2.10", "http://127.0.0.1:9", "http://[::1]:9", "http://localhost:9"} {
		stderr.Reset()
		a := &app{baseURL: base, apiKey: "k", region: "us", stderr: &stderr, getenv: func(string) string { return "" }}
		if _, err := a.resolveTarget(); err != nil || stderr.Len() != 0 {
			t.Errorf("%s: err = %v, stderr = %q", base, err, stderr.String())
		}
	}
}

// A 422's details are printed once each, under the status.
func TestValidationErrorPrintedOnce(t *testing.T) {
	ts := newTestServer(t)
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnprocessableEntity)
		_, _ = w.Write([]byte(`{"detail":[{"loc":["query","page_size"],"msg":"Input should be greater than or equal to 1","type":"greater_than_equal"}]}`))
		return true
	})
	r := runCLI(t, ts.env(), "classify", "list")
	wantCode(t, r, exitError)
	want := "llamaclassify: the server answered 422 Unprocessable Entity\n  query.page_size: Input should be greater than or equal to 1\n"
	if r.stderr != want {
		t.Errorf("stderr = %q, want %q", r.stderr, want)
	}
}

// A path that matches nothing says so after the work, instead of printing
// null or [] with success.
func TestTransformThatMatchesNothingIsAnError(t *testing.T) {
	ts := newTestServer(t)
	doc := writeFile(t, t.TempDir(), "invoice.txt", invoiceText)
	r := runCLI(t, ts.env(), "classify-files", doc, "--rule", invoiceRule, "--transform", "#.result.typ")
	wantCode(t, r, exitError)
	if r.stdout != "" || !strings.HasPrefix(r.stderr, `llamaclassify: --transform "#.result.typ" matched nothing in the output; the fields of each element (#): file, file_id, job_id, status, result, error`) {
		t.Errorf("stdout = %q, stderr = %q", r.stdout, r.stderr)
	}
	r = runCLI(t, ts.env(), "classify-files", doc, "--rule", invoiceRule, "--transform", "#.result.type")
	wantCode(t, r, exitOK)
	if r.stdout != "[\n  \"invoice\"\n]\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
}

// A one-character key does not garble what the server says; a real key is
// removed from the message and from the --debug lines, path included.
func TestRedactionOfShortAndRealKeys(t *testing.T) {
	ts := newTestServer(t)
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte(`{"detail":"invalid page_token for ` + strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ") + `"}`))
		return true
	})
	r := runCLI(t, nil, "--base-url", ts.URL, "--api-key", "k", "classify", "list")
	wantCode(t, r, exitError)
	if want := "llamaclassify: the server answered 400 Bad Request: invalid page_token for [REDACTED]\n"; r.stderr != want {
		t.Errorf("one-character key: stderr = %q, want %q", r.stderr, want)
	}

	const key = "llx-a-real-looking-key-0123456789"
	r = runCLI(t, nil, "--base-url", ts.URL, "--api-key", key, "--debug", "classify", "get", "--job-id", key)
	wantCode(t, r, exitError)
	if strings.Contains(r.stderr, key) || !strings.Contains(r.stderr, "path=/api/v2/classify/[REDACTED]") ||
		!strings.Contains(r.stderr, "invalid page_token for [REDACTED]") {
		t.Errorf("real key: stderr = %q", r.stderr)
	}
}

// The table words every outcome the same way, and with COLUMNS set (stdout
// not a terminal) fits that width, CJK names measured in cells.
func TestClassifyFilesTableFitsAndSpeaksOneVocabulary(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	inv := writeFile(t, dir, "請求書_二〇二四年.txt", invoiceText)
	poem := writeFile(t, dir, "poem.txt", "The sea at dusk, the gulls, the slow grey swell and the long wind over the dunes.\n")
	missing := writeFile(t, dir, "gone.txt", receiptText)
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == http.MethodPost && r.URL.Path == "/api/v1/beta/files" {
			body, _ := io.ReadAll(r.Body)
			if bytes.Contains(body, []byte("Corner Shop")) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusRequestEntityTooLarge)
				_, _ = w.Write([]byte(`{"detail":"file too large"}`))
				return true
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		return false
	})
	t.Chdir(dir) // short, relative names, so that the rows show them whole
	inv, poem, missing = filepath.Base(inv), filepath.Base(poem), filepath.Base(missing)
	env := ts.env()
	env["COLUMNS"] = "80"
	r := runCLI(t, env, "classify-files", inv, poem, missing, "--rule", invoiceRule, "--rule", receiptRule, "--format", "table", "--concurrency", "1")
	wantCode(t, r, exitFailed)
	t.Logf("the table at 80 columns:\n%s", r.stdout)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	typeAt, rows := -1, 0
	for i, l := range lines {
		if w := runewidth.StringWidth(l); w > 80 {
			t.Errorf("line %d is %d cells wide, over 80: %q", i, w, l)
		}
		if strings.HasSuffix(l, " ") {
			t.Errorf("line %d ends with spaces: %q", i, l)
		}
		// Where a row starts, its second column starts at the header's.
		if i == 0 {
			typeAt = runewidth.StringWidth(l[:strings.Index(l, "TYPE")])
			continue
		}
		for _, name := range []string{inv, poem, missing} {
			if !strings.HasPrefix(l, name+" ") {
				continue
			}
			rows++
			after := strings.TrimLeft(l[len(name):], " ")
			if at := runewidth.StringWidth(l) - runewidth.StringWidth(after); at != typeAt {
				t.Errorf("row %q: type at cell %d, header at %d", l, at, typeAt)
			}
		}
	}
	if rows != 3 {
		t.Errorf("%d rows start with their file's name, want 3:\n%s", rows, r.stdout)
	}
	out := r.stdout
	for _, want := range []string{"invoice", "(no match)", "FAILED", "the server answered 413"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "error:") {
		t.Errorf("table still says error: in the reasoning:\n%s", out)
	}

	// Without COLUMNS and off a terminal, nothing is wrapped.
	delete(env, "COLUMNS")
	r = runCLI(t, env, "classify-files", inv, poem, "--rule", invoiceRule, "--rule", receiptRule, "--format", "table")
	wantCode(t, r, exitOK)
	if n := strings.Count(r.stdout, "\n"); n != 3 {
		t.Errorf("unlimited table has %d lines, want 3 (one a row):\n%s", n, r.stdout)
	}
}
