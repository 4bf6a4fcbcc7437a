package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The summary modes of --summary.
var summaryModes = []string{"auto", "text", "json", "none"}

// summary counts what a run of classify-files did; it holds counts, and
// the ids of the files it deleted (documents of the same content share
// one upload, deleted once).
type summary struct {
	start time.Time
	// byType counts the classified documents by type; noMatch those no
	// rule fits.
	byType  map[string]int
	noMatch int
	// failures counts the documents not classified, by reason.
	failures map[string]int
	failed   int
	// skipped: documents the results file had already; unfinished:
	// documents stopped by an interruption or a refused key.
	skipped, unfinished int
	// skippedFailed: of the skipped, those whose row is a failure.
	skippedFailed  int
	deleted        map[string]bool
	deleteFailures map[string]int
}

func newSummary() *summary {
	return &summary{start: time.Now(), byType: map[string]int{}, failures: map[string]int{}, deleted: map[string]bool{}, deleteFailures: map[string]int{}}
}

// add counts one result; stopped says that the run's end stopped it.
func (s *summary) add(r client.FileResult, stopped bool) {
	switch {
	case stopped:
		s.unfinished++
	case r.Err == nil && r.Status == gen.ClassifyV2JobStatusCOMPLETED && r.Result != nil:
		if t := r.Type(); t != "" {
			s.byType[t]++
		} else {
			s.noMatch++
		}
	default:
		s.failed++
		countReason(s.failures, failureReason(r))
	}
	if r.FileDeleted {
		s.deleted[r.FileID] = true
	} else if r.DeleteErr != nil {
		countReason(s.deleteFailures, shortFailure(r.DeleteErr))
	}
}

// maxReasons bounds the distinct reasons a summary keeps: a reason that
// still names something particular (a server's message with a file's id
// in it) must not make the summary grow with the documents.
const maxReasons = 20

// otherReasons counts the failures past maxReasons distinct reasons.
const otherReasons = "(other reasons)"

func countReason(m map[string]int, reason string) {
	if _, ok := m[reason]; !ok && len(m) >= maxReasons {
		reason = otherReasons
	}
	m[reason]++
}

func (s *summary) classified() int {
	n := s.noMatch
	for _, c := range s.byType {
		n += c
	}
	return n
}

// failureReason words why a document has no classification, without what
// is particular to it (names, ids), so that documents that failed alike
// are counted together.
func failureReason(r client.FileResult) string {
	err := r.Err
	if err == nil {
		return "the job ended " + string(r.Status) + " without a result"
	}
	var de *client.DocumentError
	if errors.As(err, &de) && de.Err != nil {
		reason := shortFailure(de.Err)
		if de.GaveUp {
			reason = "gave up after retries: " + reason
		}
		return "at " + de.Step + ": " + reason
	}
	var jf *client.JobFailedError
	if errors.As(err, &jf) {
		if jf.Job != nil && jf.Job.ErrorMessage != nil && *jf.Job.ErrorMessage != "" {
			return "the job FAILED: " + generalReason(oneLine(*jf.Job.ErrorMessage))
		}
		return "the job FAILED"
	}
	if errors.Is(err, client.ErrJobCancelled) {
		return "the job was CANCELLED"
	}
	return shortFailure(err)
}

// particulars are the parts of a server's message that name one file or
// give its own figures: an id (a UUID, "dfl-" or not) with the file's
// name in brackets after it, and any bracketed aside holding a digit
// ("(45% of its bytes ...)").
var (
	idParticular  = regexp.MustCompile(`(?i)\s*\b(?:dfl-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b(?:\s*\([^()]*\))?`)
	numParticular = regexp.MustCompile(`\s*\([^()]*\d[^()]*\)`)
)

// generalReason is a server's message without what is particular to one
// file, so that files that failed alike are counted together.
func generalReason(msg string) string {
	msg = idParticular.ReplaceAllString(msg, "")
	return numParticular.ReplaceAllString(msg, "")
}

// shortFailure words a failure without the file or job it is about.
func shortFailure(err error) string {
	var apiErr *client.APIError
	var pe *fs.PathError
	switch {
	case errors.As(err, &apiErr):
		return fmt.Sprintf("the server answered %d %s", apiErr.StatusCode, statusText(apiErr.StatusCode))
	case errors.Is(err, client.ErrEmptyDocument):
		return "the file is empty"
	case errors.As(err, &pe):
		return "cannot read the file: " + pe.Err.Error()
	}
	return strings.TrimPrefix(err.Error(), "llamaclassify: ")
}

// counted is one line of a table of counts.
type counted struct {
	Name  string `json:"reason"`
	Count int    `json:"count"`
}

// sortedCounts orders counts from the largest, then by name.
func sortedCounts(m map[string]int) []counted {
	out := make([]counted, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, counted{k, m[k]})
	}
	slices.SortStableFunc(out, func(a, b counted) int { return cmp.Compare(b.Count, a.Count) })
	return out
}

// writeText writes the summary for people:
//
//	classify-files: 9,998 classified, 2 failed in 1m23s (120.4 documents/s)
//	  invoice       4,000
//	  receipt       3,998
//	  (no match)    2,000
//	  failed            2  at upload: the server answered 413 Request Entity Too Large
//	  skipped       5,000  already in results.jsonl
//	  uploads deleted 9,998
func (s *summary) writeText(w io.Writer, resume string) {
	elapsed := time.Since(s.start)
	done := s.classified() + s.failed
	fmt.Fprintf(w, "classify-files: %d classified, %d failed in %v (%.1f documents/s)\n",
		s.classified(), s.failed, elapsed.Round(time.Millisecond), perSecond(done, elapsed))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	// A row without a note ends at its count: a padded empty cell would
	// leave spaces at the end of the line.
	row := func(name string, n int, note string) {
		if note == "" {
			fmt.Fprintf(tw, "  %s\t%d\n", name, n)
			return
		}
		fmt.Fprintf(tw, "  %s\t%d\t  %s\n", name, n, note)
	}
	for _, c := range sortedCounts(s.byType) {
		row(c.Name, c.Count, "")
	}
	if s.noMatch > 0 {
		row(labelNoMatch, s.noMatch, "")
	}
	for _, c := range sortedCounts(s.failures) {
		row("failed", c.Count, c.Name)
	}
	if s.skipped > 0 {
		note := "already in " + resume
		if s.skippedFailed > 0 {
			note += fmt.Sprintf(" (%d of them failures: --retry-failed classifies them again)", s.skippedFailed)
		}
		row("skipped", s.skipped, note)
	}
	if s.unfinished > 0 {
		row("unfinished", s.unfinished, "stopped before their jobs ended")
	}
	if len(s.deleted) > 0 {
		row("uploads deleted", len(s.deleted), "")
	}
	for _, c := range sortedCounts(s.deleteFailures) {
		row("uploads kept", c.Count, "the delete failed: "+c.Name)
	}
	_ = tw.Flush()
}

// summaryJSON is the summary as data (--summary json), one line on stderr.
type summaryJSON struct {
	Classified     int            `json:"classified"`
	ByType         map[string]int `json:"by_type"`
	NoMatch        int            `json:"no_match"`
	Failed         int            `json:"failed"`
	Failures       []counted      `json:"failures"`
	Skipped        int            `json:"skipped"`
	SkippedFailed  int            `json:"skipped_failed"`
	Unfinished     int            `json:"unfinished"`
	FilesDeleted   int            `json:"files_deleted"`
	DeleteFailures []counted      `json:"delete_failures"`
	ElapsedSeconds float64        `json:"elapsed_seconds"`
	PerSecond      float64        `json:"documents_per_second"`
}

func (s *summary) writeJSON(w io.Writer) {
	elapsed := time.Since(s.start)
	out := summaryJSON{
		Classified: s.classified(), ByType: s.byType, NoMatch: s.noMatch,
		Failed: s.failed, Failures: sortedCounts(s.failures),
		Skipped: s.skipped, SkippedFailed: s.skippedFailed, Unfinished: s.unfinished,
		FilesDeleted: len(s.deleted), DeleteFailures: sortedCounts(s.deleteFailures),
		ElapsedSeconds: elapsed.Seconds(), PerSecond: perSecond(s.classified()+s.failed, elapsed),
	}
	b, _ := json.Marshal(out)
	fmt.Fprintf(w, "%s\n", b)
}

func perSecond(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}
