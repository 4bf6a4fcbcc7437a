package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// allOperations are the operations of the contract; contract check must
// drive each of them.
var allOperations = []string{
	"CancelClassifyJob", "CreateClassifierJob", "CreateClassifyJob", "DeleteFile", "GetClassifierJob", "GetClassifierJobResults",
	"GetClassifyJob", "GetFile", "ListClassifierJobs", "ListClassifyJobs", "ListFiles", "UploadFile",
}

func checkReport(t *testing.T, r runResult) []checkResult {
	t.Helper()
	results := mustJSON[[]checkResult](t, r)
	var ops []string
	statuses := map[int]bool{}
	for _, c := range results {
		if !slices.Contains(ops, c.Operation) {
			ops = append(ops, c.Operation)
		}
		statuses[c.Status] = true
	}
	slices.Sort(ops)
	if !slices.Equal(ops, allOperations) {
		t.Fatalf("operations checked %v, want %v", ops, allOperations)
	}
	for _, s := range []int{200, 201, 204, 401, 404, 422} {
		if !statuses[s] {
			t.Errorf("no check saw status %d", s)
		}
	}
	return results
}

// Against the built-in emulator, every check passes.
func TestContractCheckEmbedded(t *testing.T) {
	r := runCLI(t, map[string]string{envEmulatorDelay: "0s"}, "contract", "check", "--format", "json")
	wantCode(t, r, exitOK)
	for _, c := range checkReport(t, r) {
		if len(c.Violations) > 0 {
			t.Errorf("%s: %v", c.Check, c.Violations)
		}
	}
	if !strings.HasPrefix(r.stderr, noticeFor("")+"\ncontract check: 20 checks, no violations against http://127.0.0.1:") {
		t.Fatalf("stderr = %q", r.stderr)
	}
}

// A server whose answers break the contract fails the check with exit
// code 3, and the report says where.
func TestContractCheckFindsViolations(t *testing.T) {
	ts := newTestServer(t)
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method != http.MethodGet || !strings.HasPrefix(r.URL.Path, "/api/v2/classify/") {
			return false
		}
		// Answer as the emulator would, without the required "status".
		rec := &bufferedWriter{header: http.Header{}}
		ts.emu.Handler().ServeHTTP(rec, r)
		var body map[string]any
		if rec.status == http.StatusOK && json.Unmarshal(rec.body.Bytes(), &body) == nil {
			delete(body, "status")
			b, _ := json.Marshal(body)
			rec.body = *bytes.NewBuffer(b)
		}
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Length", strconv.Itoa(rec.body.Len()))
		w.WriteHeader(rec.status)
		_, _ = io.Copy(w, &rec.body)
		return true
	})
	r := runCLI(t, ts.env(), "contract", "check", "--format", "json")
	wantCode(t, r, exitFailed)
	results := checkReport(t, r)
	found := false
	for _, c := range results {
		if c.Check == "get the v2 job" {
			found = slices.ContainsFunc(c.Violations, func(v string) bool { return strings.Contains(v, "status") && strings.Contains(v, "required") })
		}
	}
	if !found {
		t.Fatalf("the missing status was not reported:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "checks found violations against "+ts.URL) {
		t.Fatalf("stderr = %q", r.stderr)
	}

	r = runCLI(t, ts.env(), "contract", "check", "--format", "table")
	wantCode(t, r, exitFailed)
	if !strings.Contains(r.stdout, "get the v2 job") || !strings.Contains(r.stdout, "VIOLATION: ") {
		t.Fatalf("table report:\n%s", r.stdout)
	}
}

// An answer of a status the check did not expect is reported with the
// server's own words (a full server's limit), not its status alone.
func TestContractCheckSaysWhatTheServerSaid(t *testing.T) {
	ts := newTestServer(t)
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method != http.MethodPost || r.URL.Path != "/api/v1/beta/files" {
			return false
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusInsufficientStorage)
		_, _ = io.WriteString(w, `{"detail": "the emulator holds its limit of 20 files"}`)
		return true
	})
	r := runCLI(t, ts.env(), "contract", "check", "--format", "table")
	wantCode(t, r, exitFailed)
	if !strings.Contains(r.stdout, "expected status 201, got 507: the emulator holds its limit of 20 files") {
		t.Fatalf("report lacks the server's message:\n%s", r.stdout)
	}
}

// bufferedWriter is a ResponseWriter that keeps the answer, so a test can
// change it before passing it on.
type bufferedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

// Header returns the answer's headers.
func (b *bufferedWriter) Header() http.Header { return b.header }

// Write keeps body bytes.
func (b *bufferedWriter) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.body.Write(p)
}

// WriteHeader keeps the status.
func (b *bufferedWriter) WriteHeader(s int) { b.status = s }

var servingLine = regexp.MustCompile(`serving the classify API emulator on (http://127\.0\.0\.1:\d+)`)

// serve runs the emulator as a server that answers the contract check,
// logs each request and stops cleanly when asked.
func TestServeAnswersContractCheck(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- execute(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--processing-delay", "0s", "--require-key", "serve-key"},
			strings.NewReader(""), &out, &errb, func(string) string { return "" })
	}()

	var base string
	deadline := time.Now().Add(10 * time.Second)
	for base == "" {
		if m := servingLine.FindStringSubmatch(errb.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d early: %s", code, errb.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %s", errb.String())
		}
		time.Sleep(10 * time.Millisecond)
	}

	r := runCLI(t, nil, "contract", "check", "--base-url", base, "--api-key", "serve-key", "--format", "json")
	wantCode(t, r, exitOK)
	for _, c := range checkReport(t, r) {
		if len(c.Violations) > 0 || c.Note != "" {
			t.Errorf("%s: %v %s", c.Check, c.Violations, c.Note)
		}
	}
	if strings.Contains(r.stderr, embeddedNotice) {
		t.Fatalf("the check used the built-in emulator, not the server: %s", r.stderr)
	}

	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Fatalf("serve exited %d: %s", code, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	log := errb.String()
	if !strings.Contains(log, "msg=request") || !strings.Contains(log, "path=/api/v2/classify") || !strings.HasSuffix(log, "stopped\n") {
		t.Fatalf("serve log lacks requests or the stop:\n%s", log)
	}
	if strings.Contains(log, "serve-key") {
		t.Fatal("serve logged the key")
	}
	if out.String() != "" {
		t.Fatalf("serve wrote on stdout: %q", out.String())
	}
}

// Against a server that accepts any key, the wrong-key check is a note,
// not a violation.
func TestContractCheckServerAcceptingAnyKey(t *testing.T) {
	ts := newTestServer(t)
	r := runCLI(t, ts.env(), "contract", "check", "--format", "json")
	wantCode(t, r, exitOK)
	for _, c := range checkReport(t, r) {
		if c.Check == "list v2 jobs with a wrong key" && (c.Status != http.StatusOK || c.Note == "") {
			t.Fatalf("wrong key check = %+v", c)
		}
	}
}

func TestServeBadAddress(t *testing.T) {
	r := runCLI(t, nil, "serve", "--addr", "127.0.0.1:99999")
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "--addr 127.0.0.1:99999") {
		t.Fatalf("stderr = %q", r.stderr)
	}
}

// A status the contract lists only as its default answer passes when its
// body is the service's {"detail": ...}, and is reported when it is not.
func TestContractCheckHoldsDefaultAnswersToTheirSchema(t *testing.T) {
	for _, c := range []struct {
		name, body string
		violation  bool
	}{
		{"detail", `{"detail":"Job has already ended and cannot be cancelled"}`, false},
		{"no detail", `{"error":"conflict"}`, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts := newTestServer(t)
			ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
				if r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/cancel") {
					return false
				}
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusConflict)
				_, _ = io.WriteString(w, c.body)
				return true
			})
			r := runCLI(t, ts.env(), "contract", "check", "--format", "json")
			var cancel *checkResult
			results := checkReport(t, r)
			for i := range results {
				if results[i].Check == "cancel a v2 job" {
					cancel = &results[i]
				}
			}
			if cancel == nil || cancel.Status != http.StatusConflict {
				t.Fatalf("cancel check: %+v", cancel)
			}
			reported := slices.ContainsFunc(cancel.Violations, func(v string) bool { return strings.Contains(v, "409 answer") && strings.Contains(v, "detail") })
			if reported != c.violation {
				t.Fatalf("violations %q, want a violation on the body: %v", cancel.Violations, c.violation)
			}
			if c.violation {
				wantCode(t, r, exitFailed)
			} else {
				wantCode(t, r, exitOK)
			}
		})
	}
}

// A server that refuses the key, or that cannot be reached, cannot be
// checked: the command says so and exits 1 after the first request,
// instead of reporting a conformant 401 (or silence) as a violation of
// every check.
func TestContractCheckStopsWhenItCannotCheck(t *testing.T) {
	ts := newTestServer(t, emulator.WithRequiredKey("the-right-key"))
	r := runCLI(t, nil, "contract", "check", "--base-url", ts.URL, "--api-key", "a-wrong-key", "--format", "json")
	wantCode(t, r, exitError)
	if want := "contract check: the server at " + ts.URL + " refused the key (401); give the key it accepts"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr = %q, want it to say %q", r.stderr, want)
	}
	if strings.Contains(r.stderr, "violation") || r.stdout != "" {
		t.Errorf("a refused key reported as violations: stdout %q, stderr %q", r.stdout, r.stderr)
	}
	if n := ts.requests.Load(); n != 1 {
		t.Errorf("%d requests sent after the key was refused, want only the first", n)
	}

	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	r = runCLI(t, nil, "contract", "check", "--base-url", dead.URL, "--api-key", "k", "--max-retries", "0", "--format", "json")
	wantCode(t, r, exitError)
	if want := "contract check: cannot reach the server at " + dead.URL + ": "; !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "nothing was checked") {
		t.Errorf("stderr = %q, want it to say %q", r.stderr, want)
	}
	if strings.Contains(r.stderr, "violation") || r.stdout != "" {
		t.Errorf("an unreachable server reported as violations: stdout %q, stderr %q", r.stdout, r.stderr)
	}
}

// serve warns when other machines can reach an emulator that takes any key.
func TestServeWarnsWhenExposedWithoutAKey(t *testing.T) {
	all := &net.TCPAddr{IP: net.IPv6unspecified, Port: 8080}
	loop := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}
	if w := exposedWarning(all, ""); !strings.Contains(w, "reachable from other machines, and any API key is accepted") {
		t.Errorf("all interfaces, no key: %q", w)
	}
	if w := exposedWarning(all, "k"); w != "" {
		t.Errorf("all interfaces, a required key: %q", w)
	}
	if w := exposedWarning(loop, ""); w != "" {
		t.Errorf("loopback: %q", w)
	}
}

// A server that cannot store the sample (full) fails that check; the
// checks that need the sample are said not run, and are not counted as
// violations of their own.
func TestContractCheckCountsChecksNotRunApart(t *testing.T) {
	ts := newTestServer(t, emulator.WithLimits(emulator.Limits{Files: 1}))
	ts.emu.PutFile(gen.FileV2{Name: "full.txt"}, []byte(invoiceText))
	r := runCLI(t, ts.env(), "contract", "check", "--format", "json")
	wantCode(t, r, exitFailed)
	var bad, notRun int
	for _, c := range mustJSON[[]checkResult](t, r) {
		switch {
		case c.NotRun && len(c.Violations) == 0:
			notRun++
		case c.NotRun:
			t.Errorf("%s: not run, yet violations %v", c.Check, c.Violations)
		case len(c.Violations) > 0:
			bad++
		}
	}
	if bad != 1 || notRun == 0 {
		t.Errorf("%d violations and %d not run, want the upload's alone and some not run", bad, notRun)
	}
	if want := fmt.Sprintf("contract check: 1 of 20 checks found violations against %s; %d not run, as a check they depend on failed", ts.URL, notRun); !strings.Contains(r.stderr, want) {
		t.Errorf("stderr = %q, want %q", r.stderr, want)
	}
}
