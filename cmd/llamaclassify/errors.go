package main

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// Exit codes. Scripts rely on them, so they never change meaning.
const (
	// exitOK: the command did what was asked.
	exitOK = 0
	// exitError: bad usage or input (nothing was sent), or a request failed.
	exitError = 1
	// exitFailed: the command ran to the end but some of its work failed:
	// a file that was not classified, a waited-for job that did not
	// succeed, a file of several not deleted, a contract violation.
	exitFailed = 3
	// exitTimeout: --timeout expired (as timeout(1) says it).
	exitTimeout = 124
	// exitInterrupted: interrupted by SIGINT (Ctrl-C), 128 plus the
	// signal's number as shells report it; SIGTERM gives 143.
	exitInterrupted = 130
	// exitBrokenPipe: the reader of the standard output went away (a
	// pipe into head(1) that has read its lines): 128 plus SIGPIPE's
	// number, as a program the signal ends reports it.
	exitBrokenPipe = 141
)

// usageError is bad input found before anything was sent.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// failedError ends a command that ran but whose outcome was a failure; its
// output has already been written, so it carries only a short summary.
type failedError struct{ msg string }

func (e *failedError) Error() string { return e.msg }

// bodyField ties a part of a request body to the flag it came from, so a
// contract violation found before sending names what the user typed.
type bodyField struct {
	// path is a JSON path prefix in the body ("rules", "configuration.rules").
	path string
	// flag is the flag that set it ("--rule").
	flag string
	// repeated flags are numbered by the index that follows path.
	repeated bool
}

// violationsError turns violations of a request body into one usage error
// whose lines each name a flag.
func violationsError(vs []openapi.Violation, fields []bodyField, counts map[string]int) error {
	lines := make([]string, 0, len(vs))
	for _, v := range vs {
		lines = append(lines, "  "+describeViolation(v, fields, counts))
	}
	return &usageError{msg: "invalid input, nothing was sent:\n" + strings.Join(lines, "\n")}
}

func describeViolation(v openapi.Violation, fields []bodyField, counts map[string]int) string {
	for _, f := range fields {
		rest, ok := strings.CutPrefix(v.Path, f.path)
		if !ok || (rest != "" && rest[0] != '.' && rest[0] != '[') {
			continue
		}
		name := f.flag
		if f.repeated && strings.HasPrefix(rest, "[") {
			idx, after, _ := strings.Cut(rest[1:], "]")
			if counts[f.flag] > 1 {
				name = fmt.Sprintf("%s #%s", f.flag, oneBased(idx))
			}
			rest = after
		}
		rest = strings.TrimPrefix(rest, ".")
		if rest == "" {
			return fmt.Sprintf("%s: %s", name, v.Message)
		}
		return fmt.Sprintf("%s: %s: %s", name, rest, v.Message)
	}
	return v.String()
}

func oneBased(idx string) string {
	var n int
	if _, err := fmt.Sscanf(idx, "%d", &n); err != nil {
		return idx
	}
	return fmt.Sprint(n + 1)
}

// statusText is the reason phrase of an HTTP status, e.g. "Not Found".
func statusText(code int) string { return http.StatusText(code) }

// isUUID says whether s is a UUID in its usual text form.
func isUUID(s string) bool {
	_, err := uuid.Parse(s)
	return err == nil && len(s) == 36
}

// leftBehindError ends a command stopped (by a signal or --timeout) while
// work it started goes on on the service: it says what, and how to find
// it again.
type leftBehindError struct {
	msg string
	err error
}

func (e *leftBehindError) Error() string { return e.msg }
func (e *leftBehindError) Unwrap() error { return e.err }

// plural is "1 file" or "n files"; with a second form, that form for n
// other than one ("1 file was", "2 files were").
func plural(n int, one string, many ...string) string {
	if n == 1 {
		return "1 " + one
	}
	if len(many) > 0 {
		return fmt.Sprintf("%d %s", n, many[0])
	}
	return fmt.Sprintf("%d %ss", n, one)
}
