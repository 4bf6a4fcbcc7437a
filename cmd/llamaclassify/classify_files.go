package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// fileOutcome is one row of classify-files: what happened to one file.
type fileOutcome struct {
	File   string                    `json:"file"`
	FileID *string                   `json:"file_id"`
	JobID  *string                   `json:"job_id"`
	Status *string                   `json:"status"`
	Result *gen.ClassificationResult `json:"result"`
	Error  *string                   `json:"error"`
	// ExternalFileID and TransactionID are the keys the file is stored
	// and its job made under, derived from the file's name and content
	// and the configuration: a run started again finds them, and --resume
	// knows a file by its path and external_file_id.
	ExternalFileID *string `json:"external_file_id"`
	TransactionID  *string `json:"transaction_id"`
}

// rowPath says whether a --transform path starts with a plain field name
// ("result.type", "file"), which addresses one row, where classify-files'
// output is the list of rows: such a path cannot match it whatever the
// rows hold. An index ("1.file"), a query ("#(status==...)") or a mapping
// ("#.file") depends on the rows, and is left to the output.
func rowPath(path string) bool {
	first, _, _ := strings.Cut(path, ".")
	return rowField.MatchString(first)
}

var rowField = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// sampleOutcomes is an output of classify-files with every field set, to
// check a --transform against before anything runs.
var sampleOutcomes = func() []byte {
	s, typ := "x", "invoice"
	b, err := json.Marshal([]fileOutcome{{File: "a.pdf", FileID: &s, JobID: &s, Status: &s,
		Result: &gen.ClassificationResult{Type: &typ, Confidence: 0.9, Reasoning: s}, Error: &s, ExternalFileID: &s, TransactionID: &s}})
	if err != nil {
		panic(err)
	}
	return b
}()

// classifyFilesFlags are the flags of classify-files.
type classifyFilesFlags struct {
	ruleFlags        []string
	rulesFile        string
	concurrency      int
	targetPages      string
	maxPages         int32
	budget           time.Duration
	recursive        bool
	fromFile         string
	include, exclude []string
	resume           string
	retryFailed      bool
	deleteUploads    bool
	summary          string
}

func (a *app) classifyFilesCommand() *cobra.Command {
	var fl classifyFilesFlags
	cmd := &cobra.Command{
		Use:   "classify-files (FILE | DIR -r | GLOB | -)... (--rule TYPE=DESCRIPTION... | --rules RULES.yaml)",
		Short: "Upload local files, classify each by the rules, and print one row per file",
		Long: `Upload local files, create one v2 classify job per file, wait for the jobs
together and print, per file, the type, the confidence and the reasoning.

Rules come from --rule TYPE=DESCRIPTION (repeat for each type) or from a YAML
or JSON file holding a list of {type, description}. A description says, in a
sentence of at least 10 characters, what a document of that type contains.

Inputs: files; directories with -r (--recursive), walked in lexical order,
skipping hidden files and directories and not following symbolic links to
directories; globs, expanded here too for shells that do not (** for any
depth); and "-" or --from-file FILE for a list of paths, one a line ("-" is
standard input). --include and --exclude (repeatable) filter them: a pattern
without a slash matches the file's base name, one with a slash its path
(relative to the directory walked). A file named on the command line is
checked first: a missing or empty one stops the command with nothing sent.
One found in a directory, by a glob or in a list that cannot be read or is
empty fails on its own row instead, as does a directory under the one walked
that cannot be read.

Each file is uploaded, submitted and waited for as a pipeline that resumes
after transient failures (lost connections, 408, 409, 429, 5xx): a file is
looked up before it is uploaded again, a job is created again with the same
transaction_id, a failed poll is repeated. A file fails on a permanent answer,
or when it has spent --retry-budget in backoff without moving forward; its
error then says what it left on the service. The ids are derived from each
file's name and content and the rules, so running the same command again
re-uses the files and jobs already made. At most --concurrency requests are
in flight; fewer after the service answers 429, growing again when answers
are fast.

Large runs: --format jsonl writes each row as soon as its file is done (in
the order files end), holding nothing per file done; the other formats print
all rows, in the order of the inputs, at the end. --resume RESULTS.jsonl
appends the rows to RESULTS.jsonl (created if missing), printing none on
stdout (--summary still reports on stderr), and skips the files it
has a row for already (the same path and content, the same rules), so that a
run stopped in any way, kill -9 included, is finished by running the same
command again: nothing is uploaded or submitted twice. Jobs of an interrupted
run with --resume are left running for the next run to collect; without it,
they are cancelled. --delete-uploads deletes each uploaded file once its row
is in. --summary prints counts by type, failures by reason, the time taken
and the documents per second on stderr (by default when stderr is a
terminal).

The type is (no match) when no rule applies. The confidence, from 0 to 1, is
how sure the answer is: for a type, that the document is of that type; for
(no match), that no rule applies. The reasoning says why. A file that was
not classified shows FAILED or CANCELLED, and why.

Output: a table on a terminal (or with --format table); otherwise a JSON array
of {file, file_id, job_id, status, result, error, external_file_id,
transaction_id}, or one such object a line with --format jsonl. Exit code 0
when every file was classified, 3 when any was not (the others are still
reported), 1 on bad usage (an empty file named, say), with nothing sent, or
when the service refuses the API key: the first 401 or 403 stops the command.`,
		Example: `  llamaclassify classify-files testdata/docs/* --rules testdata/rules.yaml
  llamaclassify classify-files a.pdf b.txt \
    --rule 'invoice=contains invoice number, line items, and total amount' \
    --rule 'receipt=purchase receipt with transaction info and merchant details' \
    --target-pages 1-3 --format json
  llamaclassify classify-files -r corpus/ --include '*.pdf' --exclude 'drafts/**' \
    --rules rules.yaml --resume results.jsonl --delete-uploads
  find corpus -name '*.txt' | llamaclassify classify-files - --rules rules.yaml --format jsonl`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 && !c.Flags().Changed("from-file") {
				return usageErrorf("classify-files needs at least one FILE (or DIR with -r, a GLOB, - or --from-file)\nrun '%s --help' for usage", c.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runClassifyFiles(cmd, args, fl)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&fl.ruleFlags, "rule", nil, "a rule TYPE=DESCRIPTION, or {type, description} (or a list of them, or @FILE) in JSON or YAML flow syntax (repeat for each type)")
	f.StringVar(&fl.rulesFile, "rules", "", "YAML or JSON file holding a list of {type, description}")
	f.IntVar(&fl.concurrency, "concurrency", client.DefaultConcurrency, "how many files to upload and submit at once, and requests in flight at most")
	f.StringVar(&fl.targetPages, "target-pages", "", "classify only these 1-based pages and ranges, e.g. 1-3 or 1,3,5-7")
	f.Int32Var(&fl.maxPages, "max-pages", 0, "classify at most this many pages of each file")
	f.DurationVar(&fl.budget, "retry-budget", client.DefaultRetryBudget, "how long a file may spend in backoff without moving forward before it fails (0: no pauses at all, so a file fails at its first transient failure, --max-retries notwithstanding)")
	f.BoolVarP(&fl.recursive, "recursive", "r", false, "classify the files under each directory given")
	f.StringVar(&fl.fromFile, "from-file", "", "read paths to classify from FILE, one a line (- for standard input)")
	f.StringArrayVar(&fl.include, "include", nil, "classify only files matching this glob (base name; path if it holds a slash); repeatable")
	f.StringArrayVar(&fl.exclude, "exclude", nil, "skip files (and directories) matching this glob (base name; path if it holds a slash); repeatable")
	f.StringVar(&fl.resume, "resume", "", "append JSON Lines rows to FILE, not to stdout, and skip the files it has rows for (created if missing)")
	f.BoolVar(&fl.retryFailed, "retry-failed", false, "with --resume, classify again the files whose row is a failure")
	f.BoolVar(&fl.deleteUploads, "delete-uploads", false, "delete each uploaded file once its file is done")
	f.StringVar(&fl.summary, "summary", "auto", "summary on stderr at the end: auto (on a terminal), text, json (one line) or none")
	_ = cmd.RegisterFlagCompletionFunc("summary", cobra.FixedCompletions([]string{"auto", "text", "json", "none"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// rules reads the rules of classify-files and the flag they came from.
func (fl classifyFilesFlags) rules() ([]gen.ClassifierRule, string, error) {
	var rules []gen.ClassifierRule
	ruleFlag := "--rule"
	switch {
	case len(fl.ruleFlags) > 0 && fl.rulesFile != "":
		return nil, "", usageErrorf("give --rule or --rules, not both")
	case fl.rulesFile != "":
		var err error
		if rules, err = readRulesFile(fl.rulesFile); err != nil {
			return nil, "", err
		}
		ruleFlag = "--rules " + fl.rulesFile + ": rule"
	case len(fl.ruleFlags) > 0:
		// As classifier:jobs create: TYPE=DESCRIPTION, an object, a list
		// of them, or @FILE holding either.
		if err := decodeRules(fl.ruleFlags, &rules); err != nil {
			return nil, "", err
		}
	default:
		return nil, "", usageErrorf("no rules: give --rule TYPE=DESCRIPTION (repeatable) or --rules RULES.yaml")
	}
	where, name := "", numbered("--rule")
	if fl.rulesFile != "" {
		where, name = "--rules "+fl.rulesFile+": ", numbered("rule")
	}
	if err := checkDistinctTypes(rules, where, name); err != nil {
		return nil, "", err
	}
	return rules, ruleFlag, nil
}

func (a *app) runClassifyFiles(cmd *cobra.Command, args []string, fl classifyFilesFlags) error {
	rules, ruleFlag, err := fl.rules()
	if err != nil {
		return err
	}
	if fl.concurrency < 1 {
		return usageErrorf("--concurrency %d: want 1 or more", fl.concurrency)
	}
	if fl.budget < 0 {
		return usageErrorf("--retry-budget %v: must not be negative", fl.budget)
	}
	if !slices.Contains(summaryModes, fl.summary) {
		return usageErrorf("--summary %q: want one of %s", fl.summary, strings.Join(summaryModes, ", "))
	}
	format := a.printer().effectiveFormat()
	if fl.resume != "" {
		if a.format != "auto" && a.format != "jsonl" {
			return usageErrorf("--resume writes JSON Lines: drop --format %s, or give --format jsonl", a.format)
		}
		if a.transform != "" {
			return usageErrorf("--resume writes whole rows: drop --transform")
		}
		format = "jsonl"
	} else if fl.retryFailed {
		return usageErrorf("--retry-failed goes with --resume FILE")
	}
	stream := format == "jsonl" && a.transform == ""
	if rowPath(a.transform) {
		// A path on a row's field, given for the list of rows: refused
		// now, not after every file is classified, naming the fields.
		if _, err := applyTransform(sampleOutcomes, a.transform); err != nil {
			return err
		}
	}

	inputs, err := collectInputs(inputSpec{
		ctx: cmd.Context(), args: args, recursive: fl.recursive, fromFile: fl.fromFile, fromFileFlagGiven: cmd.Flags().Changed("from-file"),
		stdin: a.stdin, include: fl.include, exclude: fl.exclude,
	})
	if err != nil {
		return err
	}
	if fl.resume != "" {
		if inputs, err = withoutResults(inputs, fl.resume); err != nil {
			return err
		}
	}
	var bad []string
	for _, in := range inputs {
		if !in.named {
			continue
		}
		if err := checkReadableFile(in.path); err != nil {
			bad = append(bad, err.Error())
		} else if empty(in.path) {
			bad = append(bad, in.path+": the file is empty: nothing to classify")
		}
	}
	if len(bad) > 0 {
		return usageErrorf("%s", strings.Join(bad, "\n"))
	}

	var opts []client.ClassifyOption
	parsing := gen.ClassifyV2ParsingConfiguration{}
	if fl.targetPages != "" {
		if _, err := pages.Parse(fl.targetPages); err != nil {
			return usageErrorf("--target-pages: %s", strings.TrimPrefix(err.Error(), "target_pages: "))
		}
		parsing.TargetPages = &fl.targetPages
		opts = append(opts, client.WithTargetPages(fl.targetPages))
	}
	if cmd.Flags().Changed("max-pages") {
		parsing.MaxPages = &fl.maxPages
		opts = append(opts, client.WithMaxPages(int(fl.maxPages)))
	}
	placeholder := "dfl-00000000-0000-0000-0000-000000000000"
	body := gen.ClassifyV2JobCreateRequest{FileInput: &placeholder, Configuration: &gen.ClassifyV2Configuration{Rules: rules}}
	if parsing != (gen.ClassifyV2ParsingConfiguration{}) {
		body.Configuration.ParsingConfiguration = &parsing
	}
	if err := a.checkBody("CreateClassifyJob", body, []bodyField{
		{path: "configuration.rules", flag: ruleFlag, repeated: true},
		{path: "configuration.parsing_configuration.target_pages", flag: "--target-pages"},
		{path: "configuration.parsing_configuration.max_pages", flag: "--max-pages"},
	}, map[string]int{ruleFlag: len(rules) + boolInt(fl.rulesFile != "")}); err != nil {
		return err
	}
	cfg, err := client.JobConfiguration(rules, opts...)
	if err != nil {
		return err
	}
	var resume *resumeState
	if fl.resume != "" {
		if resume, err = loadResume(fl.resume, cfg); err != nil {
			return err
		}
	}

	c, err := a.connect()
	if err != nil {
		return err
	}
	out := a.stdout
	if resume != nil {
		f, err := resume.openForAppend()
		if err != nil {
			return err
		}
		defer f.Close()
		out = f
	}

	sum := newSummary()
	var skipped, skippedFailed atomic.Int64
	var ambiguous map[string]bool
	if resume != nil {
		paths := make([]string, len(inputs))
		for i, in := range inputs {
			paths[i] = in.path
		}
		ambiguous = ambiguousRowPaths(paths)
	}
	docs := func(yield func(client.Document) bool) {
		for _, in := range inputs {
			doc := client.FromPath(in.path)
			if resume != nil {
				ext := documentID(in.path)
				if skip, failedRow := resume.skip(in.path, ext, fl.retryFailed); skip && !ambiguous[rowFilePath(in.path)] {
					skipped.Add(1)
					if failedRow {
						skippedFailed.Add(1)
					}
					continue
				}
				// Derived already: the client need not read the file
				// again for it.
				doc.ExternalFileID = ext
			}
			if !yield(doc) {
				return
			}
		}
	}
	progress := a.newProgressLine(len(inputs), "classifying", func() int { return int(skipped.Load()) })
	opts = append(opts, client.WithConcurrency(fl.concurrency), client.WithProgressEvents(progress.event),
		client.WithRetryBudget(fl.budget), client.WithDeleteUploads(fl.deleteUploads), client.WithKeepFoundUploads(resume == nil || !resume.existed), client.WithRetryFailed(fl.retryFailed), client.WithWait(a.waitOptions()...))
	if resume != nil {
		// An interrupted run's jobs go on, for the next run to collect.
		opts = append(opts, client.WithCancelOnStop(false))
	}

	// The run stops when its output can no longer be written (a pipe
	// into head(1)): its jobs are cancelled, as on an interrupt.
	ctx, stopRun := context.WithCancelCause(cmd.Context())
	defer stopRun(nil)
	var rows []indexedRow
	var runErr error
	failed, writeErr := 0, error(nil)
	for r, err := range c.ClassifyEach(ctx, docs, rules, opts...) {
		if r == nil {
			runErr = err
			break
		}
		stopped := stoppedByRun(ctx, r.Err)
		sum.add(*r, stopped)
		if !stopped && (r.Err != nil || r.Status != gen.ClassifyV2JobStatusCOMPLETED) {
			failed++
		}
		row := outcomeOf(r.Document.Path, *r)
		if !stream {
			rows = append(rows, indexedRow{r.Index, row})
			continue
		}
		// A row of a file a stopped run did not finish goes to the
		// standard output, as in the other formats; not to a --resume
		// file, whose rows say which files are done.
		if (stopped && resume != nil) || writeErr != nil {
			continue
		}
		line, err := json.Marshal(row)
		if err != nil {
			writeErr = err
			continue
		}
		progress.around(func() { _, writeErr = out.Write(append(line, '\n')) })
		if writeErr != nil {
			stopRun(writeErr)
		}
	}
	progress.finish()
	sum.skipped, sum.skippedFailed = int(skipped.Load()), int(skippedFailed.Load())
	if writeErr != nil {
		return fmt.Errorf("write the results: %w", writeErr)
	}
	if errors.Is(runErr, client.ErrUnauthorized) || errors.Is(runErr, client.ErrForbidden) {
		// The batch stopped at the refusal: one message says why.
		return runErr
	}
	var requestInvalid *client.RequestInvalidError
	if errors.As(runErr, &requestInvalid) {
		return runErr
	}
	if !stream {
		slices.SortFunc(rows, func(x, y indexedRow) int { return x.i - y.i })
		outcomes := make([]fileOutcome, len(rows))
		for i, r := range rows {
			outcomes[i] = r.row
		}
		if perr := a.printOutcomes(outcomes); perr != nil {
			return perr
		}
	}
	a.printSummary(fl, sum)
	if runErr != nil {
		if resume != nil && sum.unfinished > 0 {
			return &leftBehindError{msg: fmt.Sprintf("%s: %s not finished; run the same command again to finish them", a.describeError(runErr), plural(sum.unfinished, "file was", "files were")), err: runErr}
		}
		return runErr
	}
	if failed > 0 {
		return &failedError{msg: fmt.Sprintf("%d of %s not classified", failed, plural(sum.classified()+failed, "file was", "files were"))}
	}
	if sum.skippedFailed > 0 {
		// Not classified on an earlier run, and skipped on this one: the
		// results file is not yet whole.
		them := "them"
		if sum.skippedFailed == 1 {
			them = "it"
		}
		return &failedError{msg: fmt.Sprintf("%s not classified on an earlier run, and skipped (a failure in %s); --retry-failed classifies %s again",
			plural(sum.skippedFailed, "file was", "files were"), fl.resume, them)}
	}
	return nil
}

// indexedRow is a row and its document's place among the inputs.
type indexedRow struct {
	i   int
	row fileOutcome
}

// stoppedByRun says that err is the run's end (an interruption, --timeout,
// a refused key) rather than the document's own outcome.
func stoppedByRun(ctx context.Context, err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, client.ErrUnauthorized) || errors.Is(err, client.ErrForbidden) {
		return true
	}
	return ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded))
}

// printSummary writes the summary on stderr, as --summary says.
func (a *app) printSummary(fl classifyFilesFlags, s *summary) {
	switch fl.summary {
	case "none":
	case "json":
		s.writeJSON(a.stderr)
	case "text":
		s.writeText(a.stderr, fl.resume)
	default:
		if a.stderrTTY {
			s.writeText(a.stderr, fl.resume)
		}
	}
}

// empty reports whether path is a regular file with nothing in it; a pipe
// or a device reports no size, and is left to the upload.
func empty(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular() && info.Size() == 0
}

// boolInt is 1 for true: a rules file numbers its rules even when it holds
// only one, since the number is how the user finds it in the file.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func outcomeOf(path string, r client.FileResult) fileOutcome {
	o := fileOutcome{File: path, Result: r.Result}
	if r.ExternalFileID != "" {
		o.ExternalFileID = &r.ExternalFileID
	}
	if r.TransactionID != "" {
		o.TransactionID = &r.TransactionID
	}
	if r.FileID != "" {
		o.FileID = &r.FileID
	}
	if r.JobID != "" {
		o.JobID = &r.JobID
	}
	if r.Status != "" {
		s := string(r.Status)
		o.Status = &s
	}
	if r.Err != nil {
		msg := errorMessage(r.Err)
		o.Error = &msg
	}
	return o
}

// errorMessage words a per-file error for the output: what failed, and
// what the file left on the service.
func errorMessage(err error) string {
	var de *client.DocumentError
	if errors.As(err, &de) && de.Err != nil {
		msg := failureMessage(de.Err) + "; " + de.Known()
		if de.GaveUp {
			msg = fmt.Sprintf("gave up after %v of retries: %s", de.RetryBudget, msg)
		}
		return msg
	}
	return failureMessage(err)
}

// failureMessage words a failure: the server's answer, or the error.
func failureMessage(err error) string {
	var apiErr *client.APIError
	if errors.As(err, &apiErr) {
		msg := fmt.Sprintf("the server answered %d %s", apiErr.StatusCode, statusText(apiErr.StatusCode))
		if apiErr.Message != "" && apiErr.Message != statusText(apiErr.StatusCode) {
			msg += ": " + apiErr.Message
		}
		return msg
	}
	return strings.TrimPrefix(err.Error(), "llamaclassify: ")
}

// printOutcomes writes the rows: a table of file, type, confidence and
// reasoning, or the rows as data in the other formats. A file that was not
// classified has FAILED or CANCELLED for its type and the reason for its
// reasoning.
func (a *app) printOutcomes(rows []fileOutcome) error {
	p := a.printer()
	if p.effectiveFormat() != "table" || p.transform != "" {
		return p.print(rows, nil)
	}
	t := table{headers: []string{"FILE", "TYPE", "CONFIDENCE", "REASONING"}, kinds: []colKind{keyCol, keyCol, plainCol, proseCol}}
	for _, r := range rows {
		typ, conf, reasoning := outcomeCells(r)
		t.rows = append(t.rows, []string{r.File, typ, conf, reasoning})
	}
	return t.render(a.stdout, p.width)
}

// outcomeCells words one file's outcome for the table, in the words every
// table uses: the type or (no match) with the confidence and reasoning of
// a classified file; FAILED or CANCELLED, no confidence (-) and the reason
// for one that was not.
func outcomeCells(r fileOutcome) (typ, conf, reasoning string) {
	if r.Result != nil {
		typ = labelNoMatch
		if r.Result.Type != nil {
			typ = *r.Result.Type
		}
		return typ, strconv.FormatFloat(r.Result.Confidence, 'f', 2, 64), oneLine(r.Result.Reasoning)
	}
	typ = string(gen.ClassifyV2JobStatusFAILED)
	if r.Status != nil && *r.Status == string(gen.ClassifyV2JobStatusCANCELLED) {
		typ = *r.Status
	}
	switch {
	case r.Error != nil:
		reasoning = oneLine(*r.Error)
	case r.Status != nil:
		reasoning = "the job ended " + *r.Status + " without a result"
	default:
		reasoning = labelNone
	}
	return typ, labelNone, reasoning
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// withoutResults leaves the --resume file out of the inputs: "-r .
// --resume results.jsonl" finds the file of an earlier run in the tree,
// and classifying it would add a row, and so change it, on every run. The
// file named as an input itself is refused.
func withoutResults(inputs []input, results string) ([]input, error) {
	rinfo, err := os.Stat(results)
	if err != nil {
		return inputs, nil // not written yet: no input can be it
	}
	out := inputs[:0]
	for _, in := range inputs {
		if filepath.Base(in.path) == filepath.Base(results) {
			if info, err := os.Stat(in.path); err == nil && os.SameFile(info, rinfo) {
				if in.named {
					return nil, usageErrorf("%s: is the --resume file, where the results go, not a document", in.path)
				}
				continue
			}
		}
		out = append(out, in)
	}
	if len(out) == 0 {
		return nil, usageErrorf("no file to classify: the inputs given hold only the --resume file")
	}
	return out, nil
}
