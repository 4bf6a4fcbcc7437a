package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
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
}

func (a *app) classifyFilesCommand() *cobra.Command {
	var (
		ruleFlags   []string
		rulesFile   string
		concurrency int
		targetPages string
		maxPages    int32
		budget      time.Duration
	)
	cmd := &cobra.Command{
		Use:   "classify-files FILE... (--rule TYPE=DESCRIPTION... | --rules RULES.yaml)",
		Short: "Upload local files, classify each by the rules, and print one row per file",
		Long: `Upload local files, create one v2 classify job per file, wait for all of them
together and print, per file, the type, the confidence and the reasoning.

Rules come from --rule TYPE=DESCRIPTION (repeat for each type) or from a YAML
or JSON file holding a list of {type, description}. A description says, in a
sentence of at least 10 characters, what a document of that type contains.

Each file is uploaded, submitted and waited for as a pipeline that resumes
after transient failures (lost connections, 408, 409, 429, 5xx): a file is
looked up before it is uploaded again, a job is created again with the same
transaction_id, a failed poll is repeated. A file fails on a permanent answer,
or when it has spent --retry-budget in backoff without moving forward; its
error then says what it left on the service. The ids are derived from each
file's name and content and the rules, so running the same command again
re-uses the files and jobs already made.

The type is (no match) when no rule applies. The confidence, from 0 to 1, is
how sure the answer is: for a type, that the document is of that type; for
(no match), that no rule applies. The reasoning says why. A file that was
not classified shows FAILED or CANCELLED, and why.

Output: a table on a terminal (or with --format table); otherwise a JSON array
of {file, file_id, job_id, status, result, error}. Exit code 0 when every file
was classified, 3 when any was not (the others are still reported), 1 on bad
usage (an empty file, say), with nothing sent, or when the service refuses the
API key: the first 401 or 403 stops the command.`,
		Example: `  llamaclassify classify-files testdata/docs/* --rules testdata/rules.yaml
  llamaclassify classify-files a.pdf b.txt \
    --rule 'invoice=contains invoice number, line items, and total amount' \
    --rule 'receipt=purchase receipt with transaction info and merchant details' \
    --target-pages 1-3 --format json`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("classify-files needs at least one FILE\nrun '%s --help' for usage", c.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			var rules []gen.ClassifierRule
			ruleFlag := "--rule"
			switch {
			case len(ruleFlags) > 0 && rulesFile != "":
				return usageErrorf("give --rule or --rules, not both")
			case rulesFile != "":
				var err error
				if rules, err = readRulesFile(rulesFile); err != nil {
					return err
				}
				ruleFlag = "--rules " + rulesFile + ": rule"
			case len(ruleFlags) > 0:
				for _, v := range ruleFlags {
					r, err := parseRuleShorthand(v)
					if err != nil {
						return err
					}
					rules = append(rules, r)
				}
			default:
				return usageErrorf("no rules: give --rule TYPE=DESCRIPTION (repeatable) or --rules RULES.yaml")
			}
			where, name := "", numbered("--rule")
			if rulesFile != "" {
				where, name = "--rules "+rulesFile+": ", numbered("rule")
			}
			if err := checkDistinctTypes(rules, where, name); err != nil {
				return err
			}
			var missing []string
			for _, path := range args {
				if err := checkReadableFile(path); err != nil {
					missing = append(missing, err.Error())
				} else if empty(path) {
					missing = append(missing, path+": the file is empty: nothing to classify")
				}
			}
			if len(missing) > 0 {
				return usageErrorf("%s", strings.Join(missing, "\n"))
			}
			if concurrency < 1 {
				return usageErrorf("--concurrency %d: want 1 or more", concurrency)
			}
			if budget < 0 {
				return usageErrorf("--retry-budget %v: must not be negative", budget)
			}

			var opts []client.ClassifyOption
			parsing := gen.ClassifyV2ParsingConfiguration{}
			if targetPages != "" {
				if _, err := pages.Parse(targetPages); err != nil {
					return usageErrorf("--target-pages %q: %s", targetPages, strings.TrimPrefix(err.Error(), "target_pages: "))
				}
				parsing.TargetPages = &targetPages
				opts = append(opts, client.WithTargetPages(targetPages))
			}
			if cmd.Flags().Changed("max-pages") {
				parsing.MaxPages = &maxPages
				opts = append(opts, client.WithMaxPages(int(maxPages)))
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
			}, map[string]int{ruleFlag: len(rules) + boolInt(rulesFile != "")}); err != nil {
				return err
			}

			c, err := a.connect()
			if err != nil {
				return err
			}
			docs := make([]client.Document, len(args))
			for i, path := range args {
				docs[i] = client.FromPath(path)
			}
			events, finish := a.newProgress(len(docs), "classifying")
			opts = append(opts, client.WithConcurrency(concurrency), client.WithProgressEvents(events), client.WithRetryBudget(budget))
			results, err := c.ClassifyFiles(cmd.Context(), docs, rules, opts...)
			finish()
			if results == nil && err != nil {
				return err
			}
			if errors.Is(err, client.ErrUnauthorized) || errors.Is(err, client.ErrForbidden) {
				// The batch stopped at the refusal: one message says why.
				return err
			}

			rows := make([]fileOutcome, len(results))
			failed := 0
			for i, r := range results {
				rows[i] = outcomeOf(args[i], r)
				if r.Err != nil || r.Status != gen.ClassifyV2JobStatusCOMPLETED {
					failed++
				}
			}
			if perr := a.printOutcomes(rows); perr != nil {
				return perr
			}
			if err != nil {
				return err
			}
			if failed > 0 {
				return &failedError{msg: fmt.Sprintf("%d of %d files were not classified", failed, len(rows))}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&ruleFlags, "rule", nil, "a rule TYPE=DESCRIPTION, or {type, description} in JSON or YAML flow syntax (repeat for each type)")
	f.StringVar(&rulesFile, "rules", "", "YAML or JSON file holding a list of {type, description}")
	f.IntVar(&concurrency, "concurrency", client.DefaultConcurrency, "how many files to upload and submit at once")
	f.StringVar(&targetPages, "target-pages", "", "classify only these 1-based pages and ranges, e.g. 1-3 or 1,3,5-7")
	f.Int32Var(&maxPages, "max-pages", 0, "classify at most this many pages of each file")
	f.DurationVar(&budget, "retry-budget", client.DefaultRetryBudget, "how long a file may spend in backoff without moving forward before it fails (0: no retries beyond --max-retries)")
	return cmd
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
	t := table{headers: []string{"FILE", "TYPE", "CONFIDENCE", "REASONING"}, kinds: []colKind{keyCol, plainCol, plainCol, proseCol}}
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
