package main

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/internal/samples"
)

// readmeBlockTimeout bounds one block of README commands; they take
// seconds.
const readmeBlockTimeout = 5 * time.Minute

var shBlock = regexp.MustCompile("(?s)```sh\n(.*?)```\n")

// Every shell command of the README runs as shown, in order, in separate
// processes, on a machine with no key set, nothing running and no state:
// a fresh home directory, so a fresh emulator state. The first block runs
// at the root of the repository as a newcomer would (but for `make test`,
// which is what runs this test); the install block puts the program on the
// PATH the later blocks use; they run in a directory of their own holding a
// copy of testdata, since they write files (results.jsonl, the state of
// serve --data).
func TestREADMECommands(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the README's commands are for a POSIX shell")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash on this machine")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	for _, m := range shBlock.FindAllStringSubmatch(string(readme), -1) {
		blocks = append(blocks, m[1])
	}
	if len(blocks) < 4 {
		t.Fatalf("the README has %d shell blocks, want the main job, the install, the CLI tour and the reference examples", len(blocks))
	}

	tmp := t.TempDir()
	bin, home, work := filepath.Join(tmp, "bin"), filepath.Join(tmp, "home"), filepath.Join(tmp, "work")
	for _, d := range []string{bin, home, work} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.CopyFS(filepath.Join(work, "testdata"), os.DirFS(filepath.Join(root, "testdata"))); err != nil {
		t.Fatal(err)
	}
	env := readmeEnv(t, bin, home)
	// The README's serve example names a fixed port; the test gives it one
	// that is free now, so that a server the user runs on that port
	// neither fails the test nor answers its contract check.
	addr := freeLoopbackAddr(t)

	for i, block := range blocks {
		dir := work
		switch {
		case i == 0:
			// The first lines of the README: the main job, and the tests.
			if !strings.Contains(block, "make test") || !strings.Contains(block, "go run ./cmd/llamaclassify classify-files") {
				t.Fatalf("the README no longer opens with the main job and make test:\n%s", block)
			}
			block = strings.ReplaceAll(block, "make test\n", "")
			dir = root
		case strings.Contains(block, "go install ./cmd/llamaclassify"):
			dir = root
		}
		block = strings.ReplaceAll(block, readmeServeAddr, addr)
		stdout, stderr := runREADMEBlock(t, bash, dir, env, block)
		switch {
		case i == 0:
			// Piped, the main job prints its rows as JSON: every sample
			// document classified as the samples say.
			var rows []struct {
				File   string `json:"file"`
				Status string `json:"status"`
				Result *struct {
					Type *string `json:"type"`
				} `json:"result"`
			}
			if err := json.Unmarshal([]byte(stdout), &rows); err != nil {
				t.Fatalf("the main job's output is not its rows (%v):\n%s", err, stdout)
			}
			got := map[string]string{}
			for _, r := range rows {
				if r.Status != "COMPLETED" || r.Result == nil {
					t.Errorf("%s: %s, not classified", r.File, r.Status)
					continue
				}
				got[filepath.Base(r.File)] = deref(r.Result.Type)
			}
			if !maps.Equal(got, samples.Types) {
				t.Errorf("the main job classified %v, want %v", got, samples.Types)
			}
		case strings.Contains(block, "contract check"):
			if !strings.Contains(stderr, "no violations") || !strings.Contains(stderr, "deleted dfl-") {
				t.Errorf("the CLI tour: stderr lacks the contract check's verdict or the deletion:\n%s", tail(stderr, 2000))
			}
		case strings.Contains(block, "serve --examples"):
			if !strings.Contains(stdout, "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e") {
				t.Errorf("the reference examples did not print their job:\n%s", stdout)
			}
		}
	}
}

// readmeServeAddr is the address the README's serve example listens on.
const readmeServeAddr = "127.0.0.1:8321"

// freeLoopbackAddr is a loopback address with a port no one listens on
// at the time of the call.
func freeLoopbackAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// readmeEnv is a newcomer's environment: no key, no base URL, an empty
// home; the machine's Go caches are kept so that `go run` does not rebuild
// the world.
func readmeEnv(t *testing.T, bin, home string) []string {
	t.Helper()
	goEnv := func(name string) string {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		return strings.TrimSpace(string(out))
	}
	goBin := filepath.Dir(mustLookPath(t, "go"))
	return []string{
		"PATH=" + bin + string(os.PathListSeparator) + goBin + string(os.PathListSeparator) + "/usr/local/bin:/usr/bin:/bin",
		"HOME=" + home,
		"GOBIN=" + bin,
		"GOCACHE=" + goEnv("GOCACHE"),
		"GOMODCACHE=" + goEnv("GOMODCACHE"),
		"GOPATH=" + goEnv("GOPATH"),
		"GOTOOLCHAIN=" + goEnv("GOTOOLCHAIN"),
		"GOFLAGS=" + goEnv("GOFLAGS"),
		"TMPDIR=" + os.TempDir(),
	}
}

func mustLookPath(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return p
}

// runREADMEBlock runs one block with bash -euo pipefail in its own process
// group, which it kills when the block ends, so that a server started in the
// background cannot outlive the test.
func runREADMEBlock(t *testing.T, bash, dir string, env []string, block string) (string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), readmeBlockTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bash, "-euo", "pipefail", "-c", block)
	cmd.Dir, cmd.Env = dir, env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if cmd.Process != nil {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	if err != nil {
		t.Fatalf("README block failed (%v):\n%s\nstdout:\n%s\nstderr:\n%s", err, block, tail(stdout.String(), 3000), tail(stderr.String(), 3000))
	}
	return stdout.String(), stderr.String()
}

// tail is the end of s, at most n bytes.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}
