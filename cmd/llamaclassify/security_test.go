package main

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// The keys of the leak scan: canaryKey is the right one, canaryWrongKey a
// wrong one. Neither, nor a recognisable part of either, may be printed.
const (
	canaryKey      = "sk-llamaclassify-SECRET-canary-7f3a"
	canaryWrongKey = "sk-llamaclassify-WRONG-canary-0b1d"
)

var canaryFragments = []string{canaryKey, canaryWrongKey, "SECRET-canary", "WRONG-canary", "canary-7f3a", "canary-0b1d"}

// TestKeyNeverPrintedAcrossCommands runs the main commands with --debug and
// a recognisable key against an emulator that requires it and logs every
// request, then a wrong key, then a server that echoes the key back, and
// scans everything printed (stdout, stderr, the server's log) for the key.
func TestKeyNeverPrintedAcrossCommands(t *testing.T) {
	var serverLog syncBuffer
	ts := newTestServer(t, emulator.WithRequiredKey(canaryKey),
		emulator.WithLogger(slog.New(slog.NewTextHandler(&serverLog, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	dir := t.TempDir()
	inv := writeFile(t, dir, "invoice.txt", invoiceText)
	rec := writeFile(t, dir, "receipt.txt", receiptText)

	// seen holds what each run printed, after a label naming the command
	// (not its flags, which hold the key).
	var seen []string
	run := func(code int, env map[string]string, args ...string) runResult {
		t.Helper()
		r := runCLI(t, env, args...)
		seen = append(seen, label(args)+"\n"+r.stdout+r.stderr)
		wantCode(t, r, code)
		return r
	}
	flags := []string{"--base-url", ts.URL, "--api-key", canaryKey, "--debug"}
	with := func(args ...string) []string { return append(append([]string{}, flags...), args...) }

	r := run(exitOK, nil, with("files", "upload", inv, "--format", "json")...)
	fileID := mustJSON[gen.FileV2](t, r).Id
	run(exitOK, nil, with("files", "list", "--format", "table")...)
	r = run(exitOK, nil, with("classify", "create", "--file-input", fileID, "--configuration", invoiceConfiguration, "--wait", "--format", "json")...)
	jobID := mustJSON[gen.ClassifyV2JobResponse](t, r).Id
	run(exitOK, nil, with("classify", "get", "--job-id", jobID, "--format", "yaml")...)
	run(exitOK, nil, with("classify", "list", "--format", "jsonl")...)
	run(exitError, nil, with("classify", "cancel", "--job-id", jobID)...)
	run(exitError, nil, with("classify", "get", "--job-id", "cls-missing")...)
	r = run(exitOK, nil, with("classifier:jobs", "create", "--file-id", fileID,
		"--rule", "{type: invoice, description: 'contains invoice number, line items, and total amount'}", "--wait", "--format", "json")...)
	v1 := mustJSON[gen.ClassifyJob](t, r).Id.String()
	run(exitOK, nil, with("classifier:jobs", "get", "--classify-job-id", v1)...)
	run(exitOK, nil, with("classifier:jobs", "get-results", "--classify-job-id", v1, "--format", "table")...)
	run(exitOK, nil, with("classifier:jobs", "list", "--all")...)
	run(exitOK, nil, with("classify-files", inv, rec, "--rule", invoiceRule, "--rule", receiptRule, "--format", "table")...)
	run(exitOK, nil, with("contract", "check", "--format", "json")...)
	// The key from the environment instead of the flag.
	run(exitOK, map[string]string{"LLAMA_CLOUD_API_KEY": canaryKey, "LLAMA_CLOUD_BASE_URL": ts.URL}, "--debug", "classify-files", inv, "--rule", invoiceRule)

	// A wrong key: 401 on every command, with the key named nowhere.
	wrong := []string{"--base-url", ts.URL, "--api-key", canaryWrongKey, "--debug"}
	for _, args := range [][]string{{"classify", "list"}, {"files", "upload", inv}, {"classify-files", inv, "--rule", invoiceRule}} {
		r := runCLI(t, nil, append(append([]string{}, wrong...), args...)...)
		seen = append(seen, label(args)+" (wrong key)\n"+r.stdout+r.stderr)
		if r.code == exitOK || !strings.Contains(r.stderr+r.stdout, "401") {
			t.Errorf("%v with a wrong key: exit %d, want a 401 failure:\n%s%s", args, r.code, r.stdout, r.stderr)
		}
	}

	// A server that echoes the Authorization header everywhere it can: in
	// errors, in a request id, and in fields that break the contract.
	echo := newTestServer(t)
	echo.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		auth := r.Header.Get("Authorization")
		w.Header().Set("X-Request-Id", auth)
		w.Header().Set("Content-Type", "application/json")
		if r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/api/v2/classify/") {
			_ = json.NewEncoder(w).Encode(map[string]any{"id": auth, "status": auth, "created_at": auth, "file_input": auth,
				"project_id": auth, "user_id": auth, "document_input_type": auth, "configuration": map[string]any{"rules": auth}})
			return true
		}
		w.WriteHeader(http.StatusUnprocessableEntity)
		_ = json.NewEncoder(w).Encode(map[string]any{"detail": []map[string]any{{"loc": []any{"header", auth}, "msg": "bad key " + auth, "type": auth}}})
		return true
	})
	for _, args := range [][]string{
		{"classify", "get", "--job-id", "cls-1"},
		{"classify", "list"},
		{"files", "upload", inv},
		{"contract", "check", "--format", "json"},
		{"contract", "check", "--format", "table"},
	} {
		r := runCLI(t, nil, append([]string{"--base-url", echo.URL, "--api-key", canaryKey, "--debug"}, args...)...)
		seen = append(seen, label(args)+" (echoing server)\n"+r.stdout+r.stderr)
		if r.code == exitOK {
			t.Errorf("%v against an echoing server succeeded:\n%s", args, r.stdout)
		}
	}

	seen = append(seen, "server log\n"+serverLog.String())
	if !strings.Contains(serverLog.String(), "status=401") {
		t.Errorf("the server log holds no 401:\n%s", serverLog.String())
	}
	size := 0
	for _, s := range seen {
		size += len(s)
		for _, f := range canaryFragments {
			if strings.Contains(s, f) {
				t.Errorf("%q was printed:\n%.3000s", f, s)
				break
			}
		}
	}
	t.Logf("scanned %d runs and the server log, %d bytes", len(seen)-1, size)
}

// label names a run by its arguments, without the flags' values.
func label(args []string) string {
	var out []string
	for i := 0; i < len(args); i++ {
		if args[i] == "--api-key" || args[i] == "--base-url" {
			i++
			continue
		}
		out = append(out, args[i])
	}
	return strings.Join(out, " ")
}
