package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
)

// Table columns of v1 jobs and results.
var (
	classifierJobColumns = []column{
		{"ID", "id"}, {"STATUS", "status"}, {"MODE", "mode"}, {"RULES", "rules.#.type"}, {"CREATED", "created_at"},
	}
	classifierResultColumns = []column{
		{"FILE ID", "file_id"}, {"TYPE", "result.type"}, {"CONFIDENCE", "result.confidence"}, {"REASONING", "result.reasoning"},
	}
)

func (a *app) classifierJobsCommand() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "classifier:jobs",
		Short: "v1 classifier jobs (experimental): classify many uploaded files in one job",
	})
	cmd.AddCommand(
		a.classifierJobsCreateCommand(),
		a.classifierJobsListCommand(),
		a.classifierJobsGetCommand(),
		a.classifierJobsGetResultsCommand(),
	)
	return cmd
}

func (a *app) classifierJobsCreateCommand() *cobra.Command {
	var (
		fileIDs, rules, webhooks []string
		mode, parsing            string
		wait                     bool
	)
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Create a classifier job over uploaded files",
		Long: `Create a v1 classifier job that classifies uploaded files by rules.

Object flags take JSON or YAML flow syntax, or @FILE to read the value from a
file. --file-id takes a file's UUID or its dfl-<uuid> id.`,
		Example: `  llamaclassify classifier:jobs create \
    --file-id 182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e \
    --rule "{description: 'contains invoice number, line items, and total amount', type: invoice}" \
    --parsing-configuration "{lang: en, max_pages: 5, target_pages: [0]}" --wait`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			body := gen.ClassifyJobCreate{FileIds: []gen.ClassifyJobId{}, Rules: []gen.ClassifierRule{}}
			for _, id := range fileIDs {
				u, err := client.ClassifierFileID(id)
				if err != nil {
					return usageErrorf("--file-id %q: want a file's UUID or its dfl-<uuid> id", id)
				}
				body.FileIds = append(body.FileIds, u)
			}
			if err := decodeRules(rules, &body.Rules); err != nil {
				return err
			}
			if err := checkDistinctTypes(body.Rules, "", numbered("--rule")); err != nil {
				return err
			}
			if mode != "" {
				m := gen.ClassifyMode(strings.ToUpper(mode))
				if !m.Valid() {
					return usageErrorf("--mode %q: want FAST or MULTIMODAL", mode)
				}
				body.Mode = &m
			}
			if parsing != "" {
				var pc gen.ClassifyParsingConfiguration
				if err := decodeObject("--parsing-configuration", parsing, exampleParsingV1, &pc); err != nil {
					return err
				}
				body.ParsingConfiguration = &pc
			}
			if len(webhooks) > 0 {
				var hooks []gen.LlamaParseWebhookConfiguration
				if err := decodeObjects("--webhook-configuration", webhooks, exampleWebhook, &hooks); err != nil {
					return err
				}
				body.WebhookConfigurations = &hooks
			}
			if err := a.checkBody("CreateClassifierJob", body, []bodyField{
				{path: "rules", flag: "--rule", repeated: true},
				{path: "file_ids", flag: "--file-id", repeated: true},
				{path: "mode", flag: "--mode"},
				{path: "parsing_configuration", flag: "--parsing-configuration"},
				{path: "webhook_configurations", flag: "--webhook-configuration", repeated: true},
			}, map[string]int{"--rule": len(body.Rules), "--file-id": len(body.FileIds), "--webhook-configuration": len(webhooks)}); err != nil {
				return err
			}

			c, err := a.connect()
			if err != nil {
				return err
			}
			job, err := c.CreateClassifierJob(cmd.Context(), body)
			if err != nil {
				return err
			}
			if !wait {
				return a.printer().print(job, nil)
			}
			return a.waitAndPrintClassifierJob(cmd.Context(), c, job)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&fileIDs, "file-id", nil, "id of an uploaded file to classify (repeat for each file)")
	f.StringArrayVar(&rules, "rule", nil, "a rule TYPE=DESCRIPTION, {type, description} in JSON or YAML flow syntax, or @FILE (repeat for each rule)")
	f.StringVar(&mode, "mode", "", "classification mode: FAST or MULTIMODAL (default FAST)")
	_ = cmd.RegisterFlagCompletionFunc("mode", cobra.FixedCompletions([]string{"FAST", "MULTIMODAL"}, cobra.ShellCompDirectiveNoFileComp))
	f.StringVar(&parsing, "parsing-configuration", "", "parsing configuration {lang, max_pages, target_pages} (0-based pages), or @FILE")
	f.StringArrayVar(&webhooks, "webhook-configuration", nil, "webhook {webhook_url, webhook_events, webhook_headers, ...}, or @FILE (repeatable)")
	f.BoolVar(&wait, "wait", false, "wait until the job ends and print it then")
	_ = cmd.MarkFlagRequired("file-id")
	_ = cmd.MarkFlagRequired("rule")
	return cmd
}

// jobEnded says whether a waiter's error only reports how the job ended
// (failed, cancelled, partly succeeded), the job itself being known.
func jobEnded(err error) bool {
	var v1 *client.ClassifierJobFailedError
	var v2 *client.JobFailedError
	return errors.As(err, &v1) || errors.As(err, &v2) ||
		errors.Is(err, client.ErrJobCancelled) || errors.Is(err, client.ErrPartialSuccess)
}

func (a *app) classifierJobsListCommand() *cobra.Command {
	var (
		pageSize  int32
		pageToken string
		all       bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List classifier jobs, newest first",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			params := &gen.ListClassifierJobsParams{}
			if cmd.Flags().Changed("page-size") {
				if pageSize < 1 {
					return usageErrorf("--page-size %d: want 1 or more", pageSize)
				}
				params.PageSize = &pageSize
			}
			if pageToken != "" {
				params.PageToken = &pageToken
			}
			c, err := a.connect()
			if err != nil {
				return err
			}
			if all {
				items, err := collectAll(c.ClassifierJobs(cmd.Context(), params))
				if err != nil {
					return err
				}
				total := int64(len(items))
				return a.printer().print(gen.ClassifyJobList{Items: items, TotalSize: &total}, classifierJobColumns)
			}
			page, err := c.ListClassifierJobs(cmd.Context(), params)
			if err != nil {
				return err
			}
			return a.printer().print(page, classifierJobColumns)
		},
	}
	f := cmd.Flags()
	f.Int32Var(&pageSize, "page-size", 0, "largest number of jobs in one page (1 or more)")
	f.StringVar(&pageToken, "page-token", "", "next_page_token of the previous page")
	f.BoolVar(&all, "all", false, "follow every page and print all jobs")
	return cmd
}

// waitAndPrintClassifierJob waits for a v1 job to end, as waitAndPrint
// does for a v2 job, and prints it.
func (a *app) waitAndPrintClassifierJob(ctx context.Context, c *client.Client, job *gen.ClassifyJob) error {
	return waitAndPrintJob(ctx, a, "classifier:jobs", "classifier job", job.Id.String(), job,
		func(j *gen.ClassifyJob) string { return string(j.Status) }, v1End, c.WaitClassifierJob)
}

func (a *app) classifierJobsGetCommand() *cobra.Command {
	var id string
	var wait bool
	cmd := &cobra.Command{
		Use:   "get",
		Short: "Get a classifier job; --wait waits for it to end",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkUUIDFlag("--classify-job-id", id); err != nil {
				return err
			}
			c, err := a.connect()
			if err != nil {
				return err
			}
			job, err := c.GetClassifierJob(cmd.Context(), id)
			if err != nil {
				return err
			}
			if !wait {
				return a.printer().print(job, nil)
			}
			return a.waitAndPrintClassifierJob(cmd.Context(), c, job)
		},
	}
	cmd.Flags().StringVar(&id, "classify-job-id", "", "id of the classifier job (a UUID)")
	cmd.Flags().BoolVar(&wait, "wait", false, "wait for the job to end (exit code 3 when it does not succeed)")
	_ = cmd.MarkFlagRequired("classify-job-id")
	return cmd
}

func (a *app) classifierJobsGetResultsCommand() *cobra.Command {
	var id string
	cmd := &cobra.Command{
		Use:   "get-results",
		Short: "Get the per-file results of a classifier job",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkUUIDFlag("--classify-job-id", id); err != nil {
				return err
			}
			c, err := a.connect()
			if err != nil {
				return err
			}
			results, err := c.GetClassifierJobResults(cmd.Context(), id)
			if err != nil {
				return err
			}
			// A job that has not ended has no results yet: an empty list
			// is not a finished job's.
			if len(results.Items) == 0 {
				if job, err := c.GetClassifierJob(cmd.Context(), id); err == nil && job.Status == gen.StatusEnumPENDING {
					if err := a.printer().print(results, classifierResultColumns); err != nil {
						return err
					}
					return &failedError{msg: fmt.Sprintf("job %s is %s: it has no results until it ends\n  wait for it: llamaclassify%s classifier:jobs get --classify-job-id %s --wait",
						id, job.Status, a.connectionFlags(), id)}
				}
			}
			failed := 0
			for _, it := range results.Items {
				if it.Result == nil {
					failed++
				}
			}
			if failed == 0 {
				return a.printer().print(results, classifierResultColumns)
			}
			// A file without a result was not classified: the job's
			// error message says why, file by file.
			var why string
			if job, err := c.GetClassifierJob(cmd.Context(), id); err == nil && job.ErrorMessage != nil {
				why = *job.ErrorMessage
			}
			p := a.printer()
			view := any(results)
			if p.effectiveFormat() == "table" {
				view = failedResultsView(results, why)
			}
			if err := p.print(view, classifierResultColumns); err != nil {
				return err
			}
			return &failedError{msg: fmt.Sprintf("%d of %d files were not classified", failed, len(results.Items))}
		},
	}
	cmd.Flags().StringVar(&id, "classify-job-id", "", "id of the classifier job (a UUID)")
	_ = cmd.MarkFlagRequired("classify-job-id")
	return cmd
}

// checkUUIDFlag refuses a flag value that is not a UUID, before sending.
func checkUUIDFlag(flag, value string) error {
	if !isUUID(strings.TrimSpace(value)) {
		return usageErrorf("%s %q: not a UUID", flag, value)
	}
	return nil
}

// checkBody validates a request body against the contract before anything
// is sent, naming the flag behind each violation.
func (a *app) checkBody(operationID string, body any, fields []bodyField, counts map[string]int) error {
	v, err := a.contract()
	if err != nil {
		return err
	}
	vs, err := v.ValidateBody(operationID, body)
	if err != nil {
		return err
	}
	if len(vs) > 0 {
		return violationsError(vs, fields, counts)
	}
	return nil
}

// failedResultsView is results as a table shows them: a file that was not
// classified has FAILED for its type, no confidence and, for its
// reasoning, what the job's error message says of it (from where it names
// the file), or that message whole.
func failedResultsView(results *gen.ClassifyJobResults, jobError string) any {
	items := make([]any, len(results.Items))
	for i, it := range results.Items {
		if it.Result != nil {
			items[i] = it
			continue
		}
		reason := "not classified"
		if jobError != "" {
			reason = "not classified: " + jobError
		}
		if it.FileId != nil {
			for _, clause := range strings.Split(jobError, ";") {
				if at := strings.Index(clause, it.FileId.String()); at >= 0 {
					start := strings.LastIndex(clause[:at], "file ")
					if start < 0 {
						start = at
					}
					reason = strings.TrimSpace(clause[start:])
					break
				}
			}
		}
		items[i] = map[string]any{
			"id": it.Id, "file_id": it.FileId, "classify_job_id": it.ClassifyJobId,
			"result": map[string]any{"type": string(gen.ClassifyV2JobStatusFAILED), "reasoning": reason},
		}
	}
	return map[string]any{"items": items}
}
