package main

import (
	"encoding/json"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// With neither a key nor a base URL, a command runs against the built-in
// emulator and says so in exactly one line on stderr, naming where the
// emulator keeps its state.
func TestEmbeddedDefaultNotice(t *testing.T) {
	dir := t.TempDir()
	r := runCLI(t, map[string]string{envEmulatorDelay: "0s", envEmulatorDir: dir}, "classify", "list", "--format", "json")
	wantCode(t, r, exitOK)
	want := "no LLAMA_CLOUD_API_KEY set: using the built-in local emulator (state in " + dir + "; 'llamaclassify emulator reset' clears it)\n"
	if r.stderr != want {
		t.Fatalf("stderr = %q, want exactly %q", r.stderr, want)
	}
	page := mustJSON[map[string]any](t, r)
	if items, ok := page["items"].([]any); !ok || len(items) != 0 {
		t.Fatalf("a fresh emulator lists %v, want no items", page["items"])
	}
}

// A command that never talks to a service starts no emulator and prints no
// notice.
func TestNoNoticeWithoutRequests(t *testing.T) {
	r := runCLI(t, nil, "--version")
	wantCode(t, r, exitOK)
	if !strings.HasPrefix(r.stdout, "llamaclassify ") || r.stderr != "" {
		t.Fatalf("--version: stdout %q stderr %q", r.stdout, r.stderr)
	}
}

// A base URL on this machine needs no key; the notice is not printed.
func TestLoopbackBaseURLNeedsNoKey(t *testing.T) {
	ts := newTestServer(t)
	r := runCLI(t, ts.env(), "files", "list", "--format", "json")
	wantCode(t, r, exitOK)
	if r.stderr != "" {
		t.Fatalf("stderr = %q, want nothing", r.stderr)
	}
	if ts.requests.Load() != 1 {
		t.Fatalf("requests = %d, want 1", ts.requests.Load())
	}
}

// A remote server without a key is refused before anything is sent.
func TestRemoteBaseURLWithoutKey(t *testing.T) {
	r := runCLI(t, map[string]string{"LLAMA_CLOUD_BASE_URL": "https://classify.example.invalid"}, "classify", "list")
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "no API key for https://classify.example.invalid: set LLAMA_CLOUD_API_KEY or pass --api-key") {
		t.Fatalf("stderr = %q", r.stderr)
	}
}

// A key given by the environment picks the hosted service of the region,
// so without network the request fails; here a flag overrides the URL.
func TestAPIKeyFlagWithBaseURL(t *testing.T) {
	ts := newTestServer(t, emulator.WithRequiredKey("right-key"))
	r := runCLI(t, nil, "--base-url", ts.URL, "--api-key", "right-key", "classify", "list", "--format", "json")
	wantCode(t, r, exitOK)
	r = runCLI(t, map[string]string{"LLAMA_CLOUD_API_KEY": "right-key"}, "--base-url", ts.URL, "classify", "list", "--format", "json")
	wantCode(t, r, exitOK)
}

// A server error shows the status and the server's message, no stack
// trace, and a 401 adds a hint about the key.
func TestServerErrorMessage(t *testing.T) {
	ts := newTestServer(t, emulator.WithRequiredKey("right-key"))
	r := runCLI(t, ts.env(), "--api-key", "right-key", "classify", "get", "--job-id", "cls-missing")
	wantCode(t, r, exitError)
	if !strings.HasPrefix(r.stderr, "llamaclassify: the server answered 404 Not Found: ") || strings.Contains(r.stderr, "goroutine") {
		t.Fatalf("stderr = %q", r.stderr)
	}
	if r.stdout != "" {
		t.Fatalf("stdout = %q, want nothing", r.stdout)
	}

	r = runCLI(t, ts.env(), "--api-key", "wrong-key-0123456789", "classify", "list")
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "401 Unauthorized") || !strings.Contains(r.stderr, "check --api-key or LLAMA_CLOUD_API_KEY") {
		t.Fatalf("stderr = %q", r.stderr)
	}
	if strings.Contains(r.stderr, "wrong-key-0123456789") {
		t.Fatalf("the key leaked: %q", r.stderr)
	}

	// With no key at all, the hint says none was given rather than that
	// "this key" was refused.
	r = runCLI(t, ts.env(), "classify", "list")
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "401 Unauthorized") || !strings.Contains(r.stderr, "no API key was given") || strings.Contains(r.stderr, "this key") {
		t.Fatalf("stderr = %q", r.stderr)
	}
}

// A server that echoes the key in its error never gets it printed.
func TestKeyNeverPrinted(t *testing.T) {
	const key = "llx-secret-key-5f3a9c"
	ts := newTestServer(t)
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		_ = json.NewEncoder(w).Encode(map[string]string{"detail": "no job for " + r.Header.Get("Authorization")})
		return true
	})
	r := runCLI(t, nil, "--base-url", ts.URL, "--api-key", key, "--debug", "classify", "get", "--job-id", "cls-1")
	wantCode(t, r, exitError)
	if strings.Contains(r.stderr+r.stdout, key) {
		t.Fatalf("the key was printed:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "404 Not Found") {
		t.Fatalf("stderr = %q", r.stderr)
	}
}

// --debug logs one line per HTTP attempt on stderr.
func TestDebugLogsEachAttempt(t *testing.T) {
	ts := newTestServer(t)
	r := runCLI(t, ts.env(), "--debug", "classify", "list", "--format", "json")
	wantCode(t, r, exitOK)
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) != 1 {
		t.Fatalf("debug lines = %d, want 1:\n%s", len(lines), r.stderr)
	}
	for _, want := range []string{"method=GET", "path=/api/v2/classify", "status=200", "attempt=1"} {
		if !strings.Contains(lines[0], want) {
			t.Fatalf("debug line %q lacks %q", lines[0], want)
		}
	}
	if strings.Contains(r.stderr, localKey) {
		t.Fatalf("the key was logged: %s", r.stderr)
	}
}

// --timeout bounds the whole command, waits included, and the job left
// running is named.
func TestTimeout(t *testing.T) {
	ts := newTestServer(t, emulator.WithProcessingDelay(time.Hour))
	file := ts.emu.PutFile(gen.FileV2{Name: "a.txt"}, []byte(invoiceText))
	r := runCLI(t, ts.env(), "--timeout", "200ms", "classify", "create", "--file-input", file.Id,
		"--configuration", "{rules: [{type: invoice, description: 'contains invoice number, line items, and total amount'}]}", "--wait")
	wantCode(t, r, exitTimeout)
	if !strings.Contains(r.stderr, "gave up after --timeout 200ms while waiting for classify job cls-") ||
		!strings.Contains(r.stderr, "llamaclassify classify cancel --job-id cls-") {
		t.Fatalf("stderr = %q", r.stderr)
	}
}

func TestCompletion(t *testing.T) {
	for shell, want := range map[string]string{"bash": "bash completion", "zsh": "#compdef llamaclassify", "fish": "fish completion"} {
		r := runCLI(t, nil, "completion", shell)
		wantCode(t, r, exitOK)
		if !strings.Contains(r.stdout, want) {
			t.Errorf("completion %s lacks %q", shell, want)
		}
	}
}

// Flags that take one of a few values complete to them.
func TestFlagValuesComplete(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"classify-files", "--format", ""}, "jsonl\n"},
		{[]string{"classify", "list", "--status", ""}, "CANCELLED\n"},
		{[]string{"classifier:jobs", "create", "--mode", ""}, "MULTIMODAL\n"},
		{[]string{"classify-files", "--summary", ""}, "none\n"},
		{[]string{"files", "list", "--region", ""}, "eu\n"},
	} {
		r := runCLI(t, nil, append([]string{"__complete"}, c.args...)...)
		if !strings.Contains(r.stdout, c.want) {
			t.Errorf("completing %v: %q, want %q in it", c.args, r.stdout, c.want)
		}
	}
}

func TestHelpListsCommands(t *testing.T) {
	r := runCLI(t, nil, "--help")
	wantCode(t, r, exitOK)
	for _, cmd := range []string{"classifier:jobs", "classify ", "classify-files", "files", "serve", "contract", "completion"} {
		if !strings.Contains(r.stdout, cmd) {
			t.Errorf("help lacks %q", cmd)
		}
	}
}

// Bad input gets one clear message naming the flag or file, exit code 1,
// and no request reaches the server.
func TestBadInputSendsNothing(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	doc := writeFile(t, dir, "invoice.txt", invoiceText)
	missing := filepath.Join(dir, "missing.txt")
	badRules := writeFile(t, dir, "bad-rules.yaml", "- type: invoice\n  description: too short\n")
	const uuid = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
	const goodRule = "{description: 'contains invoice number, line items, and total amount', type: invoice}"

	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"unknown flag", []string{"classify", "get", "--job-idd", "x"}, []string{"unknown flag: --job-idd"}},
		{"unknown command", []string{"frobnicate"}, []string{`unknown command "frobnicate"`}},
		{"unknown subcommand", []string{"classify", "frobnicate"}, []string{`unknown command "frobnicate" for "llamaclassify classify"`}},
		{"missing required flag", []string{"classify", "get"}, []string{`required flag(s) "job-id" not set`, "run 'llamaclassify classify get --help' for usage"}},
		{"malformed rule", []string{"classifier:jobs", "create", "--file-id", uuid, "--rule", "{description: 'contains invoice number', type: invoice"}, []string{"--rule: not valid JSON or YAML"}},
		{"rule unknown field", []string{"classifier:jobs", "create", "--file-id", uuid, "--rule", "{desc: 'contains invoice number', type: invoice}"}, []string{`--rule: unknown field "desc"`}},
		{"short description", []string{"classifier:jobs", "create", "--file-id", uuid, "--rule", "{description: short, type: invoice}"}, []string{"--rule: description: must be at least 10 characters long, not 5"}},
		{"second rule short", []string{"classifier:jobs", "create", "--file-id", uuid, "--rule", goodRule, "--rule", "{description: short, type: receipt}"}, []string{"--rule #2: description: must be at least 10 characters long, not 5"}},
		{"invalid language v1", []string{"classifier:jobs", "create", "--file-id", uuid, "--rule", goodRule, "--parsing-configuration", "{lang: english}"}, []string{`--parsing-configuration: lang: must be one of the 86 allowed values (af, az, bs, cs, cy, da, de, en, …), not "english"`}},
		{"invalid mode", []string{"classifier:jobs", "create", "--file-id", uuid, "--rule", goodRule, "--mode", "SLOW"}, []string{`--mode "SLOW": want FAST or MULTIMODAL`}},
		{"file id not uuid", []string{"classifier:jobs", "create", "--file-id", "nope", "--rule", goodRule}, []string{`--file-id "nope"`}},
		{"job id not uuid", []string{"classifier:jobs", "get", "--classify-job-id", "nope"}, []string{`--classify-job-id "nope": not a UUID`}},
		{"no configuration", []string{"classify", "create", "--file-input", "dfl-1"}, []string{"--configuration or --configuration-id is required"}},
		{"no file input", []string{"classify", "create", "--configuration-id", "cfg-1"}, []string{"--file-input is required"}},
		{"two documents", []string{"classify", "create", "--file-input", "dfl-1", "--file-id", "dfl-2", "--configuration-id", "cfg-1"}, []string{"a job classifies one document: give --file-input alone, not --file-input and --file-id"}},
		{"two deprecated documents", []string{"classify", "create", "--file-id", "dfl-1", "--parse-job-id", "pjb-1", "--configuration-id", "cfg-1"}, []string{"not --file-id and --parse-job-id"}},
		{"bad status", []string{"classify", "list", "--status", "DONE"}, []string{`--status "DONE"`}},
		{"bad page size", []string{"classify", "list", "--page-size", "500"}, []string{"--page-size 500: want 1 to 100"}},
		{"upload missing file", []string{"files", "upload", missing}, []string{missing + ": no such file or directory"}},
		{"upload empty purpose", []string{"files", "upload", doc, "--purpose", " "}, []string{`--purpose is empty`}},
		{"rule description over 2000 characters", []string{"classify", "create", "--file-input", "dfl-1", "--configuration", "{rules: [{type: invoice, description: " + strings.Repeat("d", 2001) + "}]}"}, []string{"--configuration: rules[0].description: must be at most 2000 characters long, not 2001"}},
		{"transaction id over 255 characters", []string{"classify", "create", "--file-input", "dfl-1", "--configuration", "{rules: [" + goodRule + "]}", "--transaction-id", strings.Repeat("t", 256)}, []string{"--transaction-id: must be at most 255 characters long, not 256"}},
		{"classify-files missing file", []string{"classify-files", doc, missing, "--rule", invoiceRule}, []string{missing + ": no such file or directory"}},
		{"classify-files malformed rule", []string{"classify-files", doc, "--rule", "invoice"}, []string{`--rule "invoice": want TYPE=DESCRIPTION`}},
		{"classify-files short description", []string{"classify-files", doc, "--rule", "invoice=short"}, []string{"--rule: description: must be at least 10 characters long, not 5"}},
		{"classify-files unreadable rules file", []string{"classify-files", doc, "--rules", missing}, []string{"--rules: cannot read " + missing}},
		{"classify-files bad rules file", []string{"classify-files", doc, "--rules", badRules}, []string{"--rules " + badRules + ": rule #1: description: must be at least 10 characters long, not 9"}},
		{"classify-files no rules", []string{"classify-files", doc}, []string{"no rules: give --rule"}},
		{"classify-files no files", []string{"classify-files", "--rule", invoiceRule}, []string{"classify-files needs at least one FILE"}},
		{"classify-files bad pages", []string{"classify-files", doc, "--rule", invoiceRule, "--target-pages", "3-1"}, []string{`--target-pages: "3-1": range runs backwards`}},
		{"classify-files bad max pages", []string{"classify-files", doc, "--rule", invoiceRule, "--max-pages", "0"}, []string{"--max-pages: must be at least 1, not 0"}},
		{"bad format", []string{"--format", "xml", "classify", "list"}, []string{`--format "xml": want one of`}},
		{"bad region", []string{"--region", "mars", "classify", "list"}, []string{`--region "mars": want us or eu`}},
		{"bad project id", []string{"--project-id", "p1", "classify", "list"}, []string{`--project-id "p1": not a UUID`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := ts.requests.Load()
			r := runCLI(t, ts.env(), tt.args...)
			wantCode(t, r, exitError)
			for _, w := range tt.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr %q lacks %q", r.stderr, w)
				}
			}
			if !strings.HasPrefix(r.stderr, "llamaclassify: ") {
				t.Errorf("stderr %q does not start with the program name", r.stderr)
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

// The target follows the flags and the environment: a key alone means the
// hosted service of the region, nothing at all means the built-in emulator.
func TestResolveTarget(t *testing.T) {
	tests := []struct {
		name      string
		apiKey    string
		baseURL   string
		region    string
		env       map[string]string
		want      target
		wantError string
	}{
		{"nothing", "", "", "us", nil, target{local: true, key: localKey}, ""},
		{"key in env", "", "", "us", map[string]string{"LLAMA_CLOUD_API_KEY": "k"}, target{baseURL: "https://api.cloud.llamaindex.ai", key: "k"}, ""},
		{"key flag, eu", "k", "", "eu", nil, target{baseURL: "https://api.cloud.eu.llamaindex.ai", key: "k"}, ""},
		{"flag beats env", "", "http://127.0.0.1:9", "us", map[string]string{"LLAMA_CLOUD_BASE_URL": "https://x.example"}, target{baseURL: "http://127.0.0.1:9", key: localKey}, ""},
		{"localhost without key", "", "", "us", map[string]string{"LLAMA_CLOUD_BASE_URL": "http://localhost:8080"}, target{baseURL: "http://localhost:8080", key: localKey}, ""},
		{"remote without key", "", "", "us", map[string]string{"LLAMA_CLOUD_BASE_URL": "https://x.example"}, target{}, "no API key for https://x.example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &app{apiKey: tt.apiKey, baseURL: tt.baseURL, region: tt.region, getenv: func(k string) string { return tt.env[k] }}
			got, err := a.resolveTarget()
			if tt.wantError != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantError) {
					t.Fatalf("err = %v, want %q", err, tt.wantError)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("target = %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

// A server that is not there reads the same from every command: the
// address it could not reach and why, not the request's URL.
func TestNoServerReadsAlike(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + l.Addr().String()
	l.Close()
	for _, args := range [][]string{
		{"classify", "list"},
		{"classify", "get", "--job-id", "cls-00000000-0000-0000-0000-000000000000"},
		{"files", "list"},
	} {
		r := runCLI(t, map[string]string{"LLAMA_CLOUD_BASE_URL": base}, args...)
		wantCode(t, r, exitError)
		want := "llamaclassify: cannot reach the service at " + base + ": dial tcp "
		if !strings.HasPrefix(r.stderr, want) || !strings.Contains(r.stderr, "connection refused") || strings.Contains(r.stderr, "/api/") {
			t.Errorf("%v: stderr = %q, want it to start %q", args, r.stderr, want)
		}
	}
}

// Against the built-in emulator with a short processing delay, the
// waiters' first pause follows that delay rather than the default 400 ms;
// with the default delay, or against a server, they keep their defaults.
func TestWaitOptionsFollowTheEmulatorsDelay(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    *app
		want int
	}{
		{"emulator, delay 0s", &app{local: true, localDelaySet: true}, 1},
		{"emulator, delay 100ms", &app{local: true, localDelay: 100 * time.Millisecond, localDelaySet: true}, 1},
		{"emulator, delay 300ms", &app{local: true, localDelay: 300 * time.Millisecond, localDelaySet: true}, 0},
		{"emulator, default delay", &app{local: true}, 0},
		{"a server", &app{localDelaySet: true}, 0},
	} {
		if got := len(tc.a.waitOptions()); got != tc.want {
			t.Errorf("%s: %d wait options, want %d", tc.name, got, tc.want)
		}
	}
}
