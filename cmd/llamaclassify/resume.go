package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
)

// A results file of --resume is JSON Lines: one row of classify-files a
// line (see fileOutcome), appended as each document ends. A document is
// known by its path and its external_file_id, which is derived from its
// name and content: a file changed since its line was written is
// classified again. Each line's transaction_id, derived from the
// external_file_id and the job's configuration, tells whether the line was
// written with the same rules and options.
//
// A line cut short (the command was killed while writing it) is dropped,
// and its document classified again; any other line that is not a row is
// an error, so that a file that is not a results file is never written to.

// resumeKey is how a document is known in a results file: by its path as
// its row holds it (see rowFilePath) and its external_file_id.
func resumeKey(path, externalFileID string) string {
	return rowFilePath(path) + "\x00" + externalFileID
}

// rowFilePath is a path as a row of a results file holds it: JSON writes each
// byte that is not UTF-8 as U+FFFD. Two paths that differ only in such
// bytes are written alike (see ambiguousRowPaths).
func rowFilePath(path string) string {
	if utf8.ValidString(path) {
		return path
	}
	b, err := json.Marshal(path)
	if err != nil {
		return path
	}
	var s string
	if json.Unmarshal(b, &s) != nil {
		return path
	}
	return s
}

// ambiguousRowPaths returns the rows' paths that two or more of paths
// share: a row with one of them cannot say which file it is of, so none
// of those files is skipped.
func ambiguousRowPaths(paths []string) map[string]bool {
	var seen, out map[string]bool
	for _, p := range paths {
		if utf8.ValidString(p) {
			continue
		}
		if seen == nil {
			seen, out = map[string]bool{}, map[string]bool{}
		}
		rp := rowFilePath(p)
		if seen[rp] {
			out[rp] = true
		}
		seen[rp] = true
	}
	return out
}

// resumeState is what a results file holds.
type resumeState struct {
	path string
	// done maps the key of each document with a line to whether that line
	// is a classification (true) or a failure.
	done map[string]bool
	// lines counts the rows read; dropped is the length of a line cut
	// short at the end, if any, and validEnd the size of the file without
	// it; needsNewline says that the last row lacks its newline.
	lines        int
	dropped      int64
	validEnd     int64
	needsNewline bool
	// existed says that the file was there before this run: the run
	// continues an earlier one, whose clean-up it may finish.
	existed bool
}

// loadResume reads the results file at path (a missing one is empty) and
// checks that its rows were written with cfg.
func loadResume(path string, cfg gen.ClassifyV2Configuration) (*resumeState, error) {
	st := &resumeState{path: path, done: map[string]bool{}}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return nil, usageErrorf("--resume %s: %v", path, pathErrorReason(err))
	}
	defer f.Close()
	st.existed = true
	r := bufio.NewReaderSize(f, 256<<10)
	var offset int64
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(line) == 0 && err == io.EOF {
			break
		}
		if err != nil && err != io.EOF {
			return nil, usageErrorf("--resume %s: %v", path, err)
		}
		complete := err == nil
		body := bytes.TrimSpace(line)
		if len(body) == 0 {
			offset += int64(len(line))
			continue
		}
		var row fileOutcome
		if jerr := json.Unmarshal(body, &row); jerr != nil || row.File == "" {
			if !complete {
				// Cut short by a kill: dropped, and done again.
				st.dropped = int64(len(line))
				break
			}
			return nil, usageErrorf("--resume %s: line %d is not a result row of classify-files; give a results file it wrote, or a new file", path, n)
		}
		if err := checkRowConfiguration(row, cfg); err != nil {
			return nil, usageErrorf("--resume %s: line %d: %v", path, n, err)
		}
		ext := ""
		if row.ExternalFileID != nil {
			ext = *row.ExternalFileID
		}
		key := resumeKey(row.File, ext)
		st.done[key] = st.done[key] || classified(row)
		st.lines++
		offset += int64(len(line))
		if !complete {
			st.needsNewline = true
		}
	}
	st.validEnd = offset
	return st, nil
}

// checkRowConfiguration refuses a row written with another configuration:
// its transaction_id is not the one cfg gives its file.
func checkRowConfiguration(row fileOutcome, cfg gen.ClassifyV2Configuration) error {
	if row.ExternalFileID == nil || row.TransactionID == nil {
		return nil
	}
	want := client.DeriveTransactionID(*row.ExternalFileID, cfg)
	if got := *row.TransactionID; got != want && !strings.HasPrefix(got, want+"-") {
		return fmt.Errorf("%s was classified with other rules or options (pages, language); resume with those of the run that wrote the file, or give a new file", row.File)
	}
	return nil
}

// classified says that a row holds a classification.
func classified(row fileOutcome) bool {
	return row.Error == nil && row.Result != nil && row.Status != nil && *row.Status == string(gen.ClassifyV2JobStatusCOMPLETED)
}

// skip says whether the document at path, whose external_file_id is ext
// ("" when it cannot be read), has its line already; with retryFailed a
// failure's line does not count.
func (st *resumeState) skip(path, ext string, retryFailed bool) (skip, failedRow bool) {
	ok, seen := st.done[resumeKey(path, ext)]
	return seen && (ok || !retryFailed), seen && !ok
}

// openForAppend opens the results file to append rows to, dropping a line
// cut short and ending a last row that lacks its newline.
func (st *resumeState) openForAppend() (*os.File, error) {
	f, err := os.OpenFile(st.path, os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return nil, usageErrorf("--resume %s: %v", st.path, pathErrorReason(err))
	}
	if st.dropped > 0 {
		if err := f.Truncate(st.validEnd); err != nil {
			f.Close()
			return nil, fmt.Errorf("--resume %s: drop the line cut short: %w", st.path, err)
		}
	}
	if _, err := f.Seek(0, io.SeekEnd); err != nil {
		f.Close()
		return nil, fmt.Errorf("--resume %s: %w", st.path, err)
	}
	if st.needsNewline {
		if _, err := f.Write([]byte("\n")); err != nil {
			f.Close()
			return nil, fmt.Errorf("--resume %s: %w", st.path, err)
		}
	}
	return f, nil
}

// documentID derives the external_file_id of the file at path as the
// client does, reading it once; "" when it cannot be read.
func documentID(path string) string {
	doc := client.FromPath(path)
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	cr := &countingReader{r: f}
	id, err := client.DeriveExternalFileID(doc.Name, cr)
	if err != nil || cr.n == 0 {
		// The client derives no id for an empty file either.
		return ""
	}
	return id
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
