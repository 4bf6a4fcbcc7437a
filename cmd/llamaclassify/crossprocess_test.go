package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// These tests run the built program as separate processes sharing one
// emulator state directory, as a person runs one command after another.

// processTimeout bounds each process a test runs: generous, since the
// machine may be busy.
const processTimeout = 60 * time.Second

// builtCLI builds the program into the test's temporary directory, once
// per test (the build cache makes the later ones a link), and returns its
// path.
func builtCLI(t *testing.T) string {
	t.Helper()
	if p, ok := built.Load(t.Name()); ok {
		return p.(string)
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go tool is needed to build the program: %v", err)
	}
	path := filepath.Join(t.TempDir(), "llamaclassify")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, goTool, "build", "-o", path, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	built.Store(t.Name(), path)
	t.Cleanup(func() { built.Delete(t.Name()) })
	return path
}

// built maps a test to the program built for it.
var built sync.Map

// proc is one finished run of the program.
type proc struct {
	code           int
	stdout, stderr string
}

// cliEnv is the environment of a run: nothing of the caller's but PATH and
// a home, the emulator's state in dir, jobs that take delay.
func cliEnv(dir, delay string, extra ...string) []string {
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + filepath.Join(dir, "home"),
		envEmulatorDir + "=" + dir,
		envEmulatorDelay + "=" + delay,
	}
	return append(env, extra...)
}

func runProc(t *testing.T, env []string, args ...string) proc {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), processTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, builtCLI(t), args...)
	cmd.Env = env
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	p := proc{stdout: out.String(), stderr: errb.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		p.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return p
}

func wantOK(t *testing.T, p proc, what string) {
	t.Helper()
	if p.code != 0 {
		t.Fatalf("%s: exit %d\nstdout: %s\nstderr: %s", what, p.code, p.stdout, p.stderr)
	}
}

func decode[T any](t *testing.T, p proc) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(p.stdout), &v); err != nil {
		t.Fatalf("stdout is not the JSON expected (%v):\n%s\nstderr: %s", err, p.stdout, p.stderr)
	}
	return v
}

type fileOut struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type jobOut struct {
	ID            string    `json:"id"`
	Status        string    `json:"status"`
	CreatedAt     time.Time `json:"created_at"`
	FileInput     string    `json:"file_input"`
	TransactionID string    `json:"transaction_id"`
	Result        *struct {
		Type *string `json:"type"`
	} `json:"result"`
}

type listOut[T any] struct {
	Items     []T   `json:"items"`
	TotalSize int64 `json:"total_size"`
}

const invoiceConfig = `{rules: [{type: invoice, description: "contains invoice number, line items, and total amount"}, {type: receipt, description: "purchase receipt with transaction info and merchant details"}]}`

// An upload in one command is there for the list, the create and the get
// of the next ones.
func TestStateOutlivesEachCommand(t *testing.T) {
	dir := t.TempDir()
	env := cliEnv(dir, "300ms")
	doc := writeFile(t, t.TempDir(), "invoice.txt", invoiceText)

	up := runProc(t, env, "files", "upload", doc, "--format", "json")
	wantOK(t, up, "upload")
	if !strings.Contains(up.stderr, "(state in "+dir+";") {
		t.Fatalf("the notice does not say where the state is: %q", up.stderr)
	}
	file := decode[fileOut](t, up)

	list := runProc(t, env, "files", "list", "--format", "json")
	wantOK(t, list, "list")
	files := decode[listOut[fileOut]](t, list)
	if len(files.Items) != 1 || files.Items[0].ID != file.ID {
		t.Fatalf("files list in the next command: %+v, want the file %s", files.Items, file.ID)
	}

	create := runProc(t, env, "classify", "create", "--file-input", file.ID, "--configuration", invoiceConfig, "--wait", "--format", "json")
	wantOK(t, create, "create --wait")
	job := decode[jobOut](t, create)
	if job.Status != "COMPLETED" || job.Result == nil || job.Result.Type == nil || *job.Result.Type != "invoice" {
		t.Fatalf("create --wait: %s", create.stdout)
	}

	get := runProc(t, env, "classify", "get", "--job-id", job.ID, "--format", "json")
	wantOK(t, get, "get")
	if got := decode[jobOut](t, get); got.Status != "COMPLETED" || got.Result == nil || *got.Result.Type != "invoice" {
		t.Fatalf("get in a later command: %s", get.stdout)
	}
}

// A transaction id names one job across processes.
func TestTransactionIDHoldsAcrossProcesses(t *testing.T) {
	dir := t.TempDir()
	env := cliEnv(dir, "0s")
	file := decode[fileOut](t, runProc(t, env, "files", "upload", writeFile(t, t.TempDir(), "a.txt", invoiceText), "--format", "json"))
	args := []string{"classify", "create", "--file-input", file.ID, "--configuration", invoiceConfig, "--transaction-id", "txn-cross-process", "--format", "json"}

	// Two processes at once, then a third after them.
	var wg sync.WaitGroup
	results := make([]proc, 2)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = runProc(t, env, args...)
		}()
	}
	wg.Wait()
	results = append(results, runProc(t, env, args...))
	var ids []string
	for i, p := range results {
		wantOK(t, p, fmt.Sprint("create ", i))
		ids = append(ids, decode[jobOut](t, p).ID)
	}
	if ids[0] != ids[1] || ids[1] != ids[2] {
		t.Fatalf("one transaction id made jobs %v, want one job", ids)
	}
	list := decode[listOut[jobOut]](t, runProc(t, env, "classify", "list", "--format", "json"))
	if list.TotalSize != 1 {
		t.Fatalf("%d jobs listed, want 1", list.TotalSize)
	}
}

// Two commands writing to one store at the same time neither fail nor
// corrupt it.
func TestConcurrentCommandsShareTheStore(t *testing.T) {
	dir := t.TempDir()
	env := cliEnv(dir, "0s")
	docs := t.TempDir()
	const perProcess = 20
	var paths [2][]string
	for p := range paths {
		for i := range perProcess {
			paths[p] = append(paths[p], writeFile(t, docs, fmt.Sprintf("doc-%d-%d.txt", p, i), fmt.Sprintf("%s\nnumber %d-%d", invoiceText, p, i)))
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 2*perProcess)
	for p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, path := range paths[p] {
				if r := runProc(t, env, "files", "upload", path, "--format", "json"); r.code != 0 {
					errs <- fmt.Sprintf("upload %s: exit %d: %s", path, r.code, r.stderr)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	list := decode[listOut[fileOut]](t, runProc(t, env, "files", "list", "--page-size", "100", "--format", "json"))
	if list.TotalSize != 2*perProcess || len(list.Items) != 2*perProcess {
		t.Fatalf("%d files listed (total_size %d), want %d", len(list.Items), list.TotalSize, 2*perProcess)
	}
	db, err := sql.Open("sqlite", filepath.Join(dir, "emulator.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q, %v", check, err)
	}
	entries, err := os.ReadDir(filepath.Join(dir, "contents"))
	if err != nil || len(entries) != 2*perProcess {
		t.Fatalf("%d content files (%v), want %d", len(entries), err, 2*perProcess)
	}
}

// A job moves on while no process runs: created by one command, it has
// completed with its result when a later command reads it.
func TestJobsMoveOnBetweenCommands(t *testing.T) {
	dir := t.TempDir()
	const delay = 2 * time.Second
	env := cliEnv(dir, delay.String())
	file := decode[fileOut](t, runProc(t, env, "files", "upload", writeFile(t, t.TempDir(), "a.txt", invoiceText), "--format", "json"))
	create := runProc(t, env, "classify", "create", "--file-input", file.ID, "--configuration", invoiceConfig, "--format", "json")
	wantOK(t, create, "create")
	job := decode[jobOut](t, create)
	if job.Status != "PENDING" {
		t.Fatalf("a new job is %s, want PENDING", job.Status)
	}
	if job.CreatedAt.IsZero() {
		t.Fatalf("the created job has no created_at: %s", create.stdout)
	}
	// The job ends delay after it was made, by the emulator's clock, which
	// is this machine's: wait for that moment, not for delay after this
	// test started the create's process, which on a busy machine can take
	// a second or more to make the job.
	time.Sleep(time.Until(job.CreatedAt.Add(delay + 100*time.Millisecond)))
	get := runProc(t, env, "classify", "get", "--job-id", job.ID, "--format", "json")
	wantOK(t, get, "get")
	got := decode[jobOut](t, get)
	if got.Status != "COMPLETED" || got.Result == nil || got.Result.Type == nil || *got.Result.Type != "invoice" {
		t.Fatalf("after the delay, with no process running meanwhile: %s", get.stdout)
	}
	list := decode[listOut[jobOut]](t, runProc(t, env, "classify", "list", "--status", "COMPLETED", "--format", "json"))
	if len(list.Items) != 1 || list.Items[0].ID != job.ID {
		t.Fatalf("list --status COMPLETED: %+v", list.Items)
	}
}

var servingAt = regexp.MustCompile(`on (http://127\.0\.0\.1:\d+) `)

// startServe runs serve --data dir and returns its URL and a function that
// stops it with SIGINT and waits for it to end cleanly.
func startServe(t *testing.T, dir string) (string, func()) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*processTimeout)
	cmd := exec.CommandContext(ctx, builtCLI(t), "serve", "--addr", "127.0.0.1:0", "--data", dir, "--processing-delay", "200ms")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stderr)
	var url string
	for lines.Scan() {
		if m := servingAt.FindStringSubmatch(lines.Text()); m != nil {
			url = m[1]
			break
		}
	}
	if url == "" {
		cancel()
		_ = cmd.Wait()
		t.Fatal("serve did not say where it listens")
	}
	go func() { _, _ = io.Copy(io.Discard, stderr) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		defer cancel()
		_ = cmd.Process.Signal(syscall.SIGINT)
		if err := cmd.Wait(); err != nil {
			t.Errorf("serve did not stop cleanly: %v", err)
		}
	}
	t.Cleanup(stop)
	return url, stop
}

// serve --data stopped and started again keeps files, jobs and results.
func TestServeDataSurvivesARestart(t *testing.T) {
	data := t.TempDir()
	url, stop := startServe(t, data)
	env := []string{"PATH=" + os.Getenv("PATH"), "LLAMA_CLOUD_BASE_URL=" + url}
	file := decode[fileOut](t, runProc(t, env, "files", "upload", writeFile(t, t.TempDir(), "inv.txt", invoiceText), "--format", "json"))
	job := decode[jobOut](t, runProc(t, env, "classify", "create", "--file-input", file.ID, "--configuration", invoiceConfig, "--wait", "--format", "json"))
	if job.Status != "COMPLETED" {
		t.Fatalf("job %+v", job)
	}
	stop()

	url, _ = startServe(t, data)
	env = []string{"PATH=" + os.Getenv("PATH"), "LLAMA_CLOUD_BASE_URL=" + url}
	files := decode[listOut[fileOut]](t, runProc(t, env, "files", "list", "--format", "json"))
	if len(files.Items) != 1 || files.Items[0].ID != file.ID {
		t.Fatalf("files after a restart: %+v", files.Items)
	}
	got := decode[jobOut](t, runProc(t, env, "classify", "get", "--job-id", job.ID, "--format", "json"))
	if got.Status != "COMPLETED" || got.Result == nil || *got.Result.Type != "invoice" {
		t.Fatalf("job after a restart: %+v", got)
	}
}

// emulator path names the state; emulator reset removes it and says what
// it held; a store from a newer version is refused with a way out.
func TestEmulatorPathResetAndNewerStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	env := cliEnv(dir, "0s")
	path := runProc(t, env, "emulator", "path")
	wantOK(t, path, "emulator path")
	if strings.TrimSpace(path.stdout) != dir {
		t.Fatalf("emulator path printed %q, want %q", path.stdout, dir)
	}
	wantOK(t, runProc(t, env, "files", "upload", writeFile(t, t.TempDir(), "a.txt", invoiceText)), "upload")

	// A newer version's store: refused, clearly, with no crash.
	db, err := sql.Open("sqlite", filepath.Join(dir, "emulator.db"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	newer := runProc(t, env, "files", "list")
	if newer.code != exitError || !strings.Contains(newer.stderr, "written by a newer llamaclassify (schema 99") ||
		!strings.Contains(newer.stderr, "llamaclassify emulator reset") || strings.Contains(newer.stderr, "panic") {
		t.Fatalf("a newer store: exit %d, stderr %q", newer.code, newer.stderr)
	}

	reset := runProc(t, env, "emulator", "reset")
	wantOK(t, reset, "emulator reset")
	if !strings.Contains(reset.stdout, "removed the emulator's state in "+dir) {
		t.Fatalf("reset said %q", reset.stdout)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("the state directory is still there after reset: %v", err)
	}
	list := decode[listOut[fileOut]](t, runProc(t, env, "files", "list", "--format", "json"))
	if len(list.Items) != 0 {
		t.Fatalf("files after reset: %+v", list.Items)
	}
	again := runProc(t, cliEnv(filepath.Join(t.TempDir(), "none"), "0s"), "emulator", "reset")
	wantOK(t, again, "reset of nothing")
	if !strings.Contains(again.stdout, "nothing to reset") {
		t.Fatalf("reset of nothing said %q", again.stdout)
	}

	// Reset removes only what the emulator wrote.
	mine := filepath.Join(dir, "mine.txt")
	if err := os.WriteFile(mine, []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	wantOK(t, runProc(t, env, "emulator", "reset"), "reset beside a file of the user's")
	if _, err := os.Stat(mine); err != nil {
		t.Fatalf("reset removed a file it did not write: %v", err)
	}
}

// With no state directory named and no home to find a cache in, the state
// goes to the system's temporary directory, and the notice says so.
func TestStateDirectoryWithoutAHome(t *testing.T) {
	tmp := t.TempDir()
	env := []string{"PATH=" + os.Getenv("PATH"), "TMPDIR=" + tmp}
	p := runProc(t, env, "emulator", "path")
	wantOK(t, p, "emulator path")
	want := filepath.Join(tmp, fmt.Sprintf("llamaclassify-%d", os.Getuid()), "emulator")
	if strings.TrimSpace(p.stdout) != want {
		t.Fatalf("emulator path without a home: %q, want %q", p.stdout, want)
	}
	list := runProc(t, append(env, envEmulatorDelay+"=0s"), "classify", "list", "--format", "json")
	wantOK(t, list, "list")
	if !strings.Contains(list.stderr, "(state in "+want+";") {
		t.Fatalf("notice %q does not name %s", list.stderr, want)
	}
}

// A wait cut short by --timeout on the built-in emulator names the job and
// how to get it, and the job is there for the next command, still going:
// the built-in emulator's state outlives the command. Both APIs.
func TestTimedOutWaitLeavesTheJobInTheLocalState(t *testing.T) {
	// Long enough for the command to start the emulator and make the job
	// before it gives up, on a busy machine too.
	const waitTimeout = "3s"
	dir := t.TempDir()
	env := cliEnv(dir, "1h")
	file := decode[fileOut](t, runProc(t, env, "files", "upload", writeFile(t, t.TempDir(), "a.txt", invoiceText), "--format", "json"))

	p := runProc(t, env, "--timeout", waitTimeout, "classify", "create", "--file-input", file.ID, "--configuration", invoiceConfig, "--wait")
	if p.code != 124 {
		t.Fatalf("classify create --wait --timeout %s: exit %d, want 124\nstderr: %s", waitTimeout, p.code, p.stderr)
	}
	m := regexp.MustCompile(`gave up after --timeout ` + waitTimeout + ` while waiting for classify job (cls-[0-9a-f-]+) \(last status (PENDING|RUNNING)\); ` +
		`the job goes on in the built-in emulator's state, where the next command finds it\n` +
		`  wait for it: llamaclassify classify get --job-id (cls-[0-9a-f-]+) --wait\n` +
		`  cancel it:   llamaclassify classify cancel --job-id (cls-[0-9a-f-]+)`).FindStringSubmatch(p.stderr)
	if m == nil || m[3] != m[1] || m[4] != m[1] {
		t.Fatalf("stderr does not name the job and how to get and cancel it:\n%s", p.stderr)
	}
	get := runProc(t, env, "classify", "get", "--job-id", m[1], "--format", "json")
	wantOK(t, get, "get")
	if job := decode[jobOut](t, get); job.ID != m[1] || (job.Status != "PENDING" && job.Status != "RUNNING") {
		t.Fatalf("the next command finds %s %s, want the job still going", job.ID, job.Status)
	}
	wantOK(t, runProc(t, env, "classify", "cancel", "--job-id", m[1]), "cancel")
	// get --wait picks the wait up again; here the job has ended.
	p = runProc(t, env, "classify", "get", "--job-id", m[1], "--wait", "--format", "json")
	if job := decode[jobOut](t, p); p.code != 3 || job.Status != "CANCELLED" || !strings.Contains(p.stderr, "classify job "+m[1]+" ended CANCELLED") {
		t.Fatalf("classify get --wait of a cancelled job: exit %d, %s %s, stderr %s", p.code, job.ID, job.Status, p.stderr)
	}

	// v1: a classifier job, which has no cancel, and its results.
	fileID := strings.TrimPrefix(file.ID, "dfl-")
	p = runProc(t, env, "--timeout", waitTimeout, "classifier:jobs", "create", "--file-id", fileID,
		"--rule", "{type: invoice, description: 'contains invoice number, line items, and total amount'}", "--wait")
	if p.code != 124 {
		t.Fatalf("classifier:jobs create --wait --timeout %s: exit %d, want 124\nstderr: %s", waitTimeout, p.code, p.stderr)
	}
	m = regexp.MustCompile(`gave up after --timeout ` + waitTimeout + ` while waiting for classifier job ([0-9a-f-]{36}) \(last status PENDING\); ` +
		`the job goes on in the built-in emulator's state, where the next command finds it\n` +
		`  wait for it: llamaclassify classifier:jobs get --classify-job-id ([0-9a-f-]{36}) --wait\n` +
		`  its results: llamaclassify classifier:jobs get-results --classify-job-id ([0-9a-f-]{36})`).FindStringSubmatch(p.stderr)
	if m == nil || m[2] != m[1] || m[3] != m[1] {
		t.Fatalf("stderr does not name the classifier job and how to get it:\n%s", p.stderr)
	}
	get = runProc(t, env, "classifier:jobs", "get", "--classify-job-id", m[1], "--format", "json")
	wantOK(t, get, "classifier:jobs get")
	if job := decode[jobOut](t, get); job.ID != m[1] || job.Status != "PENDING" {
		t.Fatalf("the next command finds %s %s, want the classifier job still pending", job.ID, job.Status)
	}
	// get --wait waits again, and gives up again at --timeout.
	p = runProc(t, env, "--timeout", waitTimeout, "classifier:jobs", "get", "--classify-job-id", m[1], "--wait")
	if p.code != 124 || !strings.Contains(p.stderr, "while waiting for classifier job "+m[1]) {
		t.Fatalf("classifier:jobs get --wait --timeout %s: exit %d, want 124\nstderr: %s", waitTimeout, p.code, p.stderr)
	}
}
