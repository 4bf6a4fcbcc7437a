package main

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	shellquote "github.com/kballard/go-shellquote"

	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

const seedsDir = "../../testdata/seeds"

// seedCommand is one example command of the service's CLI pages.
type seedCommand struct {
	line string
	args []string
	// operation names the operation, and so the example response file.
	operation string
	// method and path are the request the command makes, for validating
	// its output against the contract.
	method, path string
	// fixtureBacked commands print a stored fixture made from the example
	// response, so their output has exactly the example's keys.
	fixtureBacked bool
}

// seedOperations maps a command to its operation and request.
func seedOperation(args []string) (op, method, path string, fixture bool) {
	flag := func(name string) string {
		for i, a := range args {
			if a == name && i+1 < len(args) {
				return args[i+1]
			}
		}
		return ""
	}
	switch strings.Join(args[:2], " ") {
	case "classifier:jobs create":
		return "CreateClassifierJob", http.MethodPost, "/api/v1/classifier/jobs", false
	case "classifier:jobs list":
		return "ListClassifierJobs", http.MethodGet, "/api/v1/classifier/jobs", false
	case "classifier:jobs get":
		return "GetClassifierJob", http.MethodGet, "/api/v1/classifier/jobs/" + flag("--classify-job-id"), true
	case "classifier:jobs get-results":
		return "GetClassifierJobResults", http.MethodGet, "/api/v1/classifier/jobs/" + flag("--classify-job-id") + "/results", true
	case "classify get":
		return "GetClassifyJob", http.MethodGet, "/api/v2/classify/" + flag("--job-id"), true
	}
	return "", "", "", false
}

func readSeedCommands(t *testing.T) []seedCommand {
	t.Helper()
	f, err := os.Open(filepath.Join(seedsDir, "commands.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cmds []seedCommand
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words, err := shellquote.Split(line)
		if err != nil {
			t.Fatalf("split %q: %v", line, err)
		}
		// The program name is the only change.
		args := words[1:]
		op, method, path, fixture := seedOperation(args)
		if op == "" {
			t.Fatalf("no operation known for the seed command %q", line)
		}
		cmds = append(cmds, seedCommand{line: line, args: args, operation: op, method: method, path: path, fixtureBacked: fixture})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cmds
}

func readSeedResponse[T any](t *testing.T, operation string) T {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(seedsDir, operation+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s.json: %v", operation, err)
	}
	return v
}

// keys lists the keys of a JSON object, and of the first item of its
// "items" list, as "items[].key".
func keys(v map[string]any) []string {
	var out []string
	for k, e := range v {
		out = append(out, k)
		if list, ok := e.([]any); ok && k == "items" && len(list) > 0 {
			if item, ok := list[0].(map[string]any); ok {
				for ik := range item {
					out = append(out, "items[]."+ik)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// Every example command of the service's CLI pages runs unchanged but for
// the program name, and prints JSON shaped like the page's example
// response: no key the example lacks, the exact keys where the answer is
// the example itself, and a body the contract accepts.
func TestSeedExamples(t *testing.T) {
	validator, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	cmds := readSeedCommands(t)
	if len(cmds) != 5 {
		t.Fatalf("read %d seed commands, want 5", len(cmds))
	}
	// What `serve --examples` holds: the objects the examples name.
	ts := newTestServer(t, emulator.WithReferenceExamples())
	for _, sc := range cmds {
		t.Run(sc.operation, func(t *testing.T) {
			r := runCLI(t, ts.env(), sc.args...)
			wantCode(t, r, exitOK)
			got := mustJSON[map[string]any](t, r)
			example := readSeedResponse[map[string]any](t, sc.operation)
			gotKeys, exampleKeys := keys(got), keys(example)
			for _, k := range gotKeys {
				if !slices.Contains(exampleKeys, k) {
					t.Errorf("output key %q is not in the example response %v", k, exampleKeys)
				}
			}
			// next_page_token is absent on the last page, as the
			// contract says; the example shows a page with a next one.
			lastPage := func(k string) bool { return k == "next_page_token" }
			if sc.fixtureBacked && !slices.Equal(slices.DeleteFunc(slices.Clone(gotKeys), lastPage), slices.DeleteFunc(slices.Clone(exampleKeys), lastPage)) {
				t.Errorf("output keys %v, want the example's %v", gotKeys, exampleKeys)
			}
			req, err := http.NewRequestWithContext(context.Background(), sc.method, ts.URL+sc.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			header := http.Header{"Content-Type": []string{"application/json"}}
			vs, err := validator.ValidateResponse(context.Background(), req, http.StatusOK, header, []byte(r.stdout))
			if err != nil || len(vs) > 0 {
				t.Errorf("the output breaks the contract of %s: %v %v", sc.operation, vs, err)
			}
		})
	}
}
