package main

import (
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// inputTree makes a small tree of files and returns its root:
//
//	a.txt b.pdf .hidden.txt .git/x.txt sub/c.txt sub/drafts/d.txt
//	link-a.txt -> a.txt   link-sub -> sub   loop -> .
func inputTree(t *testing.T) string {
	t.Helper()
	root := filepath.Join(t.TempDir(), "corpus")
	for _, p := range []string{"a.txt", "b.pdf", ".hidden.txt", ".git/x.txt", "sub/c.txt", "sub/drafts/d.txt"} {
		full := filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("content of "+p), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{"link-a.txt": "a.txt", "link-sub": "sub", "loop": "."} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func paths(ins []input) []string {
	out := make([]string, len(ins))
	for i, in := range ins {
		out[i] = in.path
	}
	return out
}

func TestCollectInputs(t *testing.T) {
	root := inputTree(t)
	j := func(parts ...string) string { return filepath.Join(append([]string{root}, parts...)...) }
	for _, tc := range []struct {
		name string
		spec inputSpec
		want []string
	}{
		{"a directory with -r: lexical, no hidden files, links to directories not followed",
			inputSpec{args: []string{root}, recursive: true},
			[]string{j("a.txt"), j("b.pdf"), j("link-a.txt"), j("sub/c.txt"), j("sub/drafts/d.txt")}},
		{"--include on the base name",
			inputSpec{args: []string{root}, recursive: true, include: []string{"a*"}},
			[]string{j("a.txt")}},
		{"--exclude with a slash: a path under the directory walked, pruned",
			inputSpec{args: []string{root}, recursive: true, exclude: []string{"sub/drafts"}},
			[]string{j("a.txt"), j("b.pdf"), j("link-a.txt"), j("sub/c.txt")}},
		{"--include with a slash and **",
			inputSpec{args: []string{root}, recursive: true, include: []string{"sub/**/*.txt"}},
			[]string{j("sub/c.txt"), j("sub/drafts/d.txt")}},
		{"a glob the shell left, with **, no hidden files",
			inputSpec{args: []string{j("**", "*.txt")}},
			[]string{j("a.txt"), j("link-a.txt"), j("sub/c.txt"), j("sub/drafts/d.txt")}},
		{"a glob ending in **: the directories it matches passed over without -r",
			inputSpec{args: []string{j("**")}},
			[]string{j("a.txt"), j("b.pdf"), j("link-a.txt"), j("sub/c.txt"), j("sub/drafts/d.txt")}},
		{"a glob ending in * with -r: the directories it matches walked",
			inputSpec{args: []string{j("s*")}, recursive: true},
			[]string{j("sub/c.txt"), j("sub/drafts/d.txt")}},
		{"a hidden file named is taken; a file named twice is taken once",
			inputSpec{args: []string{j(".hidden.txt"), j("a.txt"), j("a.txt")}},
			[]string{j(".hidden.txt"), j("a.txt")}},
		{"a symbolic link to a directory, named, is walked",
			inputSpec{args: []string{j("link-sub")}, recursive: true},
			[]string{j("link-sub/c.txt"), j("link-sub/drafts/d.txt")}},
		{"a list on standard input: as given, blank lines skipped",
			inputSpec{args: []string{"-"}, stdin: strings.NewReader(j("b.pdf") + "\n\n" + j("sub/c.txt") + "\r\n" + j("gone.txt") + "\n")},
			[]string{j("b.pdf"), j("sub/c.txt"), j("gone.txt")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := collectInputs(tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(paths(got), tc.want) {
				t.Fatalf("got  %v\nwant %v", paths(got), tc.want)
			}
		})
	}

	// One file under three names, relative and absolute, is taken once,
	// as first named.
	t.Chdir(root)
	got, err := collectInputs(inputSpec{args: []string{"a.txt", "./a.txt", j("a.txt"), "sub/../a.txt"}})
	if err != nil || !slices.Equal(paths(got), []string{"a.txt"}) {
		t.Fatalf("one file under three names: %v, %v", paths(got), err)
	}

	// Only a file named on the command line is checked before the start.
	got, err = collectInputs(inputSpec{args: []string{j("a.txt"), root}, recursive: true})
	if err != nil || !got[0].named || got[1].named {
		t.Fatalf("%+v, %v", got, err)
	}
	list := filepath.Join(t.TempDir(), "list.txt")
	if err := os.WriteFile(list, []byte(j("a.txt")+"\n"+j("sub")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err = collectInputs(inputSpec{fromFile: list, fromFileFlagGiven: true, recursive: true})
	if err != nil || !slices.Equal(paths(got), []string{j("a.txt"), j("sub/c.txt"), j("sub/drafts/d.txt")}) {
		t.Fatalf("--from-file: %v, %v", paths(got), err)
	}
}

func TestCollectInputsMistakes(t *testing.T) {
	root := inputTree(t)
	for _, tc := range []struct {
		name string
		spec inputSpec
		want string
	}{
		{"a directory without -r", inputSpec{args: []string{root}}, root + ": is a directory: give -r (--recursive) to classify the files under it"},
		{"a glob that matches nothing", inputSpec{args: []string{filepath.Join(root, "*.docx")}}, "*.docx: no file matches"},
		{"a glob that matches only directories, without -r", inputSpec{args: []string{filepath.Join(root, "s*")}}, "s*: matches only directories: give -r (--recursive)"},
		{"a bad pattern", inputSpec{args: []string{root}, recursive: true, include: []string{"[a-"}}, `--include/--exclude "[a-": not a valid pattern`},
		{"everything filtered out", inputSpec{args: []string{root}, recursive: true, include: []string{"*.docx"}}, "no file to classify"},
		{"a missing list", inputSpec{fromFile: filepath.Join(root, "nope"), fromFileFlagGiven: true}, "--from-file " + filepath.Join(root, "nope") + ": no such file or directory"},
		{"standard input twice", inputSpec{args: []string{"-", "-"}, stdin: strings.NewReader("")}, "standard input is read once"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := collectInputs(tc.spec)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

// An empty list says so, and speaks of --include and --exclude only when
// they were given.
func TestCollectInputsNoneLeft(t *testing.T) {
	_, err := collectInputs(inputSpec{args: []string{"-"}, stdin: strings.NewReader("\n")})
	if err == nil || err.Error() != "no file to classify: the inputs given hold none" {
		t.Errorf("an empty list: %v", err)
	}
	_, err = collectInputs(inputSpec{args: []string{inputTree(t)}, recursive: true, exclude: []string{"*"}})
	if err == nil || !strings.HasSuffix(err.Error(), "(after --include and --exclude)") {
		t.Errorf("everything excluded: %v", err)
	}
}

// A signal while the list of paths is still being read from standard input
// (a pipe whose writer has not closed it) ends the command at once, saying
// what ended it, with the signal's exit code and nothing sent; it is not
// taken for an empty list.
func TestASignalWhileReadingTheListOfPathsSaysSo(t *testing.T) {
	ts := newTestServer(t)
	file := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(file, []byte(invoiceText), 0o600); err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	defer pw.Close()
	written := make(chan struct{})
	go func() {
		// One path, and the pipe left open: the list is not over.
		_, _ = io.WriteString(pw, file+"\n")
		close(written)
	}()
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	go func() {
		<-written
		cancel(interrupted{syscall.SIGTERM})
	}()
	var out, errb syncBuffer
	env := ts.env()
	exited := make(chan int, 1)
	go func() {
		exited <- execute(ctx, []string{"classify-files", "-", "--rule", invoiceRule, "--format", "jsonl"}, pr, &out, &errb, func(k string) string { return env[k] })
	}()
	var code int
	select {
	case code = <-exited:
	case <-time.After(runTimeout):
		t.Fatalf("the command still waits for its list %v after the signal; stderr %q", runTimeout, errb.String())
	}
	if code != 143 || !strings.Contains(errb.String(), "interrupted by SIGTERM") || strings.Contains(errb.String(), "no file to classify") {
		t.Fatalf("exit %d, stderr %q: want 143 and the signal named", code, errb.String())
	}
	if out.String() != "" || ts.requests.Load() != 0 {
		t.Fatalf("stdout %q, %d requests: want nothing sent", out.String(), ts.requests.Load())
	}
}

// --timeout ends a wait for the list of paths as it ends any other wait.
func TestATimeoutWhileReadingTheListOfPathsSaysSo(t *testing.T) {
	ts := newTestServer(t)
	pr, pw := io.Pipe()
	defer pw.Close()
	var out, errb syncBuffer
	env := ts.env()
	exited := make(chan int, 1)
	go func() {
		exited <- execute(context.Background(), []string{"classify-files", "-", "--timeout", "500ms", "--rule", invoiceRule, "--format", "jsonl"}, pr, &out, &errb, func(k string) string { return env[k] })
	}()
	var code int
	select {
	case code = <-exited:
	case <-time.After(runTimeout):
		t.Fatalf("the command still waits for its list %v after its --timeout; stderr %q", runTimeout, errb.String())
	}
	if code != exitTimeout || !strings.Contains(errb.String(), "--timeout") || strings.Contains(errb.String(), "no file to classify") {
		t.Fatalf("exit %d, stderr %q: want %d and the timeout named", code, errb.String(), exitTimeout)
	}
	if out.String() != "" || ts.requests.Load() != 0 {
		t.Fatalf("stdout %q, %d requests: want nothing sent", out.String(), ts.requests.Load())
	}
}

// The command line: -r, a list on standard input, filters; a directory
// without -r is a usage error with nothing sent.
func TestClassifyFilesInputsOnTheCommandLine(t *testing.T) {
	ts := newTestServer(t)
	root := inputTree(t)
	r := runCLI(t, ts.env(), "classify-files", root, "--rule", invoiceRule)
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "give -r (--recursive)") || ts.requests.Load() != 0 {
		t.Fatalf("stderr %q, %d requests", r.stderr, ts.requests.Load())
	}
	r = runCLI(t, ts.env(), "classify-files", "-r", root, "--exclude", "*.pdf", "--rule", invoiceRule, "--format", "json")
	wantCode(t, r, exitOK)
	rows := mustJSON[[]fileOutcome](t, r)
	var files []string
	for _, row := range rows {
		files = append(files, strings.TrimPrefix(row.File, root+"/"))
	}
	if want := []string{"a.txt", "link-a.txt", "sub/c.txt", "sub/drafts/d.txt"}; !slices.Equal(files, want) {
		t.Fatalf("rows for %v, want %v", files, want)
	}
}

// A directory under the one walked that cannot be read (a permission
// denied, seen here as the walk reports it, since tests may run as root)
// becomes a row that fails, and the walk goes on; the directory named
// itself stops the command.
func TestAnUnreadableDirectoryUnderTheOneWalkedIsARow(t *testing.T) {
	root := inputTree(t)
	walkRoot := root + string(filepath.Separator)
	c := &collector{spec: inputSpec{recursive: true}, seen: map[string]bool{}}
	visit := c.visitor(walkRoot)
	sub := filepath.Join(root, "sub")
	info, err := os.Stat(sub)
	if err != nil {
		t.Fatal(err)
	}
	denied := &os.PathError{Op: "open", Path: sub, Err: os.ErrPermission}
	if got := visit(sub, fs.FileInfoToDirEntry(info), denied); got != filepath.SkipDir {
		t.Errorf("visiting an unreadable subdirectory returned %v, want filepath.SkipDir (the walk goes on)", got)
	}
	if got := paths(c.out); !slices.Equal(got, []string{sub}) {
		t.Errorf("inputs %q, want the directory as a row of its own", got)
	}
	// --include names files: the directory's are unknown, so its row
	// stays; --exclude leaves it out, as it would not be walked.
	for _, tc := range []struct {
		spec inputSpec
		want []string
	}{
		{inputSpec{recursive: true, include: []string{"*.pdf"}}, []string{sub}},
		{inputSpec{recursive: true, exclude: []string{"sub"}}, nil},
	} {
		c := &collector{spec: tc.spec, seen: map[string]bool{}}
		if got := c.visitor(walkRoot)(sub, fs.FileInfoToDirEntry(info), denied); got != filepath.SkipDir {
			t.Errorf("%+v: returned %v, want filepath.SkipDir", tc.spec, got)
		}
		if got := paths(c.out); !slices.Equal(got, tc.want) {
			t.Errorf("%+v: inputs %q, want %q", tc.spec, got, tc.want)
		}
	}
	err = visit(walkRoot, nil, &os.PathError{Op: "lstat", Path: walkRoot, Err: os.ErrPermission})
	if err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("visiting the unreadable root returned %v, want an error naming it", err)
	}
}
