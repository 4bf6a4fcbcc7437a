package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// The inputs of classify-files: what the user named, turned into a list of
// files, in a deterministic order.
//
//   - A FILE argument is taken as it is, and checked before anything is
//     sent: a missing or empty one stops the command.
//   - A directory needs -r (--recursive); its files are taken in lexical
//     order, depth first. Hidden files and directories (a name starting
//     with a dot) are skipped, and so are symbolic links to directories,
//     which are not followed, so that a walk cannot loop; a symbolic link
//     to a file is taken.
//   - An argument that names nothing but holds *, ? or [ is a glob,
//     expanded here for shells that do not (with ** for any depth), its
//     matches in lexical order; hidden files are skipped unless the
//     pattern names them with a dot, and directories unless -r is given
//     ("docs/**" matches docs itself).
//   - "-" or --from-file FILE (- for standard input) reads paths, one a
//     line, taken as they are (no globbing).
//
// Files found in a directory, by a glob or in a list are not checked
// before the start: one that cannot be read, or is empty, fails on its own
// row, so that one bad file does not stop a corpus.
//
// --include and --exclude filter every file: a pattern without a slash is
// matched against the file's base name, one with a slash against its path
// (relative to the directory walked, for a file found in a directory; as
// given otherwise). A file is taken when it matches some --include (or
// none is given) and no --exclude; an excluded directory is not walked.
// A file named twice is taken once.

// inputSpec is what the user gave.
type inputSpec struct {
	// ctx ends the reading of a list of paths (standard input that a
	// signal or --timeout interrupts); nil for none.
	ctx               context.Context
	args              []string
	recursive         bool
	fromFile          string
	stdin             io.Reader
	include, exclude  []string
	fromFileFlagGiven bool
}

// input is one file to classify.
type input struct {
	path string
	// named says that the user named the file itself on the command line:
	// it is checked before anything is sent.
	named bool
}

// collector gathers the inputs.
type collector struct {
	spec inputSpec
	// wd is the working directory, "" when unknown: a relative path and
	// its absolute form are one file.
	wd    string
	seen  map[string]bool
	out   []input
	stdin bool // standard input was read already
}

func hasGlobMeta(s string) bool { return strings.ContainsAny(s, "*?[") }

// collectInputs turns spec into the files to classify, or a usage error
// naming every argument that is wrong.
func collectInputs(spec inputSpec) ([]input, error) {
	for _, p := range append(append([]string{}, spec.include...), spec.exclude...) {
		if !doublestar.ValidatePattern(p) {
			return nil, usageErrorf("--include/--exclude %q: not a valid pattern", p)
		}
	}
	wd, _ := os.Getwd()
	c := &collector{spec: spec, wd: wd, seen: map[string]bool{}}
	var problems []string
	for _, arg := range spec.args {
		if err := c.arg(arg); err != nil {
			problems = append(problems, err.Error())
		}
	}
	if spec.fromFileFlagGiven {
		if err := c.list(spec.fromFile); err != nil {
			problems = append(problems, err.Error())
		}
	}
	if spec.ctx != nil && spec.ctx.Err() != nil {
		return nil, context.Cause(spec.ctx) // a signal or the timeout, not the inputs
	}
	if len(problems) > 0 {
		return nil, usageErrorf("%s", strings.Join(problems, "\n"))
	}
	if len(c.out) == 0 {
		if len(spec.include) > 0 || len(spec.exclude) > 0 {
			return nil, usageErrorf("no file to classify: the inputs given hold none (after --include and --exclude)")
		}
		return nil, usageErrorf("no file to classify: the inputs given hold none")
	}
	return c.out, nil
}

func (c *collector) arg(arg string) error {
	if arg == "-" {
		return c.list("-")
	}
	info, err := os.Stat(arg)
	switch {
	case err == nil && info.IsDir():
		return c.dir(arg)
	case err == nil:
		c.add(arg, filepath.Clean(arg), true)
		return nil
	case hasGlobMeta(arg):
		return c.glob(arg)
	}
	// Named: its check says what is wrong with it, with the others'.
	c.add(arg, filepath.Clean(arg), true)
	return nil
}

// add takes path unless a filter leaves it out or it was taken already,
// under this name or another ("inv.txt", "./inv.txt" and its absolute path
// are one file, shown as first named); rel is the path the filters with a
// slash see.
func (c *collector) add(path, rel string, named bool) {
	if c.wanted(filepath.Clean(path), rel) {
		c.take(path, named)
	}
}

// take takes path, whatever the filters, unless it was taken already.
func (c *collector) take(path string, named bool) {
	path = filepath.Clean(path)
	key := path
	if !filepath.IsAbs(path) && c.wd != "" {
		key = filepath.Join(c.wd, path)
	}
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	c.out = append(c.out, input{path: path, named: named})
}

// wanted applies --include and --exclude.
func (c *collector) wanted(path, rel string) bool {
	if matchAny(c.spec.exclude, path, rel) {
		return false
	}
	return len(c.spec.include) == 0 || matchAny(c.spec.include, path, rel)
}

// matchAny reports whether a pattern matches: one without a slash the base
// name, one with a slash the relative path.
func matchAny(patterns []string, path, rel string) bool {
	for _, p := range patterns {
		subject := filepath.Base(path)
		if strings.Contains(p, "/") {
			subject = filepath.ToSlash(rel)
		}
		if ok, _ := doublestar.Match(p, subject); ok {
			return true
		}
	}
	return false
}

func (c *collector) dir(root string) error {
	if !c.spec.recursive {
		return fmt.Errorf("%s: is a directory: give -r (--recursive) to classify the files under it", root)
	}
	// A trailing separator makes the walk follow root when it is itself a
	// symbolic link to a directory: the user named it.
	walkRoot := filepath.Clean(root) + string(filepath.Separator)
	return filepath.WalkDir(walkRoot, c.visitor(walkRoot))
}

// visitor is the walk of a directory named walkRoot.
func (c *collector) visitor(walkRoot string) fs.WalkDirFunc {
	return func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == walkRoot {
				return fmt.Errorf("%s: %v", path, pathErrorReason(err))
			}
			// A directory under it that cannot be read is one more row
			// that fails, as a file that cannot be read does, not the end
			// of the run; --include, which names files, does not drop it
			// (its files are unknown), --exclude does.
			rel, _ := filepath.Rel(walkRoot, path)
			if !matchAny(c.spec.exclude, path, rel) {
				c.take(path, false)
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(walkRoot, path)
		if path == walkRoot {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if matchAny(c.spec.exclude, path, rel) {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Not followed into a directory; a link to a file is a file,
			// and a broken one fails on its row.
			if info, err := os.Stat(path); err == nil && info.IsDir() {
				return nil
			}
		}
		// A named pipe, a socket or a device is not read: it fails on its
		// own row, as a file that cannot be read does.
		c.add(path, rel, false)
		return nil
	}
}

func (c *collector) glob(pattern string) error {
	if !doublestar.ValidatePattern(filepath.ToSlash(pattern)) {
		return fmt.Errorf("%s: not a valid pattern", pattern)
	}
	matches, err := doublestar.FilepathGlob(pattern, doublestar.WithNoFollow())
	if err != nil {
		return fmt.Errorf("%s: %v", pattern, err)
	}
	taken, dirs := 0, 0
	for _, m := range matches {
		if hiddenNotNamed(pattern, m) {
			continue
		}
		info, err := os.Stat(m)
		if err != nil {
			continue
		}
		if info.IsDir() {
			// "docs/**" and "docs/*" match directories beside the files
			// the user wants: without -r they are passed over.
			dirs++
			if c.spec.recursive {
				taken++
				if err := c.dir(m); err != nil {
					return err
				}
			}
			continue
		}
		taken++
		c.add(m, m, false)
	}
	if taken == 0 && dirs > 0 {
		return fmt.Errorf("%s: matches only directories: give -r (--recursive) to classify the files under them", pattern)
	}
	if taken == 0 {
		return fmt.Errorf("%s: no file matches", pattern)
	}
	return nil
}

// hiddenNotNamed reports whether a glob's match has a hidden part that the
// pattern's own part does not start with a dot, as a shell would skip it.
func hiddenNotNamed(pattern, match string) bool {
	mp := strings.Split(filepath.ToSlash(filepath.Clean(match)), "/")
	pp := strings.Split(filepath.ToSlash(filepath.Clean(pattern)), "/")
	for i, part := range mp {
		if !strings.HasPrefix(part, ".") || part == "." || part == ".." {
			continue
		}
		if i >= len(pp) || !strings.HasPrefix(pp[i], ".") {
			return true
		}
	}
	return false
}

// list reads paths, one a line, from name ("-": standard input).
func (c *collector) list(name string) error {
	var r io.Reader
	label := name
	if name == "-" {
		if c.stdin {
			return errors.New("-: standard input is read once; give it once")
		}
		c.stdin = true
		r, label = c.spec.stdin, "standard input"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("--from-file %s: %v", name, pathErrorReason(err))
		}
		defer f.Close()
		r = f
	}
	// The lines are read apart, so that a signal or --timeout ends a
	// wait for the next one (a pipe whose writer is slow or never closes
	// it); the reader is left blocked until its input ends.
	ctx := c.spec.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	lines, done := make(chan string), make(chan struct{})
	var readErr error
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-done:
				return
			}
		}
		readErr = sc.Err()
	}()
	defer close(done)
	var problems []string
	for n := 1; ; n++ {
		var line string
		var ok bool
		select {
		case line, ok = <-lines:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		if !ok {
			break
		}
		path := strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(path) == "" {
			continue
		}
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			if err := c.dir(path); err != nil {
				problems = append(problems, fmt.Sprintf("%s:%d: %v", label, n, err))
			}
			continue
		}
		c.add(path, path, false)
	}
	if readErr != nil {
		problems = append(problems, fmt.Sprintf("%s: %v", label, readErr))
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "\n"))
	}
	return nil
}
