package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
)

// Table columns of v2 jobs.
var classifyJobColumns = []column{
	{"ID", "id"}, {"STATUS", "status"}, {"FILE INPUT", "file_input"}, {"TYPE", "result.type"},
	{"CONFIDENCE", "result.confidence"}, {"CREATED", "created_at"},
}

func (a *app) classifyCommand() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "classify",
		Short: "v2 classify jobs: classify one document per job",
	})
	cmd.AddCommand(
		a.classifyCreateCommand(),
		a.classifyGetCommand(),
		a.classifyListCommand(),
		a.classifyCancelCommand(),
	)
	return cmd
}

func (a *app) classifyCreateCommand() *cobra.Command {
	var (
		fileInput, configuration, configurationID, transactionID string
		fileID, parseJobID                                       string
		webhooks                                                 []string
		wait                                                     bool
	)
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Create a classify job for one uploaded file or parse job",
		Long: `Create a v2 classify job for one document (an uploaded file dfl-... or a
parse job pjb-...), classified by an inline --configuration or a saved
--configuration-id.

Object flags take JSON or YAML flow syntax, or @FILE to read the value from a
file. Repeating a --transaction-id returns the job first created with it.`,
		Example: `  llamaclassify classify create --file-input dfl-... \
    --configuration "{rules: [{type: invoice, description: 'contains invoice number, line items, and total amount'}], parsing_configuration: {target_pages: '1-3'}}" \
    --wait`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			body := gen.ClassifyV2JobCreateRequest{}
			if fileInput == "" && fileID == "" && parseJobID == "" {
				return usageErrorf("--file-input is required: the id of an uploaded file (dfl-...) or of a parse job (pjb-...)")
			}
			var given []string
			for _, in := range []struct{ flag, value string }{{"--file-input", fileInput}, {"--file-id", fileID}, {"--parse-job-id", parseJobID}} {
				if in.value != "" {
					given = append(given, in.flag)
				}
			}
			if len(given) > 1 {
				return usageErrorf("a job classifies one document: give --file-input alone, not %s", strings.Join(given, " and "))
			}
			for _, old := range []struct{ flag, value string }{{"--file-id", fileID}, {"--parse-job-id", parseJobID}} {
				if old.value != "" {
					fmt.Fprintf(a.stderr, "llamaclassify: warning: %s is deprecated, use --file-input\n", old.flag)
				}
			}
			setString(&body.FileInput, fileInput)
			setString(&body.FileId, fileID)
			setString(&body.ParseJobId, parseJobID)
			switch {
			case configuration != "" && configurationID != "":
				return usageErrorf("give --configuration or --configuration-id, not both")
			case configuration == "" && configurationID == "":
				return usageErrorf("--configuration or --configuration-id is required, e.g. --configuration %q", exampleConfiguration)
			case configuration != "":
				var conf gen.ClassifyV2Configuration
				if err := decodeObject("--configuration", configuration, exampleConfiguration, &conf); err != nil {
					return err
				}
				if err := checkDistinctTypes(conf.Rules, "--configuration: ", func(i int) string { return fmt.Sprintf("rules[%d]", i) }); err != nil {
					return err
				}
				body.Configuration = &conf
			default:
				body.ConfigurationId = &configurationID
			}
			setString(&body.TransactionId, transactionID)
			if len(webhooks) > 0 {
				var hooks []gen.WebhookConfiguration
				if err := decodeObjects("--webhook-configuration", webhooks, exampleWebhook, &hooks); err != nil {
					return err
				}
				body.WebhookConfigurations = &hooks
			}
			counts := map[string]int{"--webhook-configuration": len(webhooks)}
			if err := a.checkBody("CreateClassifyJob", body, []bodyField{
				{path: "configuration", flag: "--configuration"},
				{path: "configuration_id", flag: "--configuration-id"},
				{path: "file_input", flag: "--file-input"},
				{path: "file_id", flag: "--file-id"},
				{path: "parse_job_id", flag: "--parse-job-id"},
				{path: "transaction_id", flag: "--transaction-id"},
				{path: "webhook_configurations", flag: "--webhook-configuration", repeated: true},
			}, counts); err != nil {
				return err
			}

			c, err := a.connect()
			if err != nil {
				return err
			}
			if body.TransactionId == nil {
				// A key of our own, so that a create cut short can be
				// named, and sent again to find its job.
				txn := "txn-" + rand.Text()
				body.TransactionId = &txn
			}
			job, err := c.CreateJob(cmd.Context(), body)
			if err != nil {
				if cmd.Context().Err() != nil {
					return &leftBehindError{err: err, msg: fmt.Sprintf("%s while creating the job: it may have been made; "+
						"run the same command with --transaction-id %s to get it (a create that repeats it returns the job first made)",
						a.stoppedBy(), *body.TransactionId)}
				}
				return err
			}
			if !wait {
				return a.printer().print(job, nil)
			}
			return a.waitAndPrint(cmd.Context(), c, job)
		},
	}
	f := cmd.Flags()
	f.StringVar(&fileInput, "file-input", "", "the document: an uploaded file id (dfl-...) or a parse job id (pjb-...)")
	f.StringVar(&configuration, "configuration", "", "classify configuration {rules, mode, parsing_configuration} in JSON or YAML flow syntax, or @FILE")
	f.StringVar(&configurationID, "configuration-id", "", "id of a saved configuration (cfg-...) to use instead of --configuration")
	f.StringVar(&transactionID, "transaction-id", "", "idempotency key: repeating it returns the job first created with it")
	f.StringArrayVar(&webhooks, "webhook-configuration", nil, "webhook {webhook_url, webhook_events, webhook_headers, ...}, or @FILE (repeatable)")
	f.StringVar(&fileID, "file-id", "", "deprecated, use --file-input: the uploaded file to classify")
	f.StringVar(&parseJobID, "parse-job-id", "", "deprecated, use --file-input: the parse job whose output to classify")
	f.BoolVar(&wait, "wait", false, "wait until the job ends and print it then")
	return cmd
}

func setString(dst **string, v string) {
	if v != "" {
		*dst = &v
	}
}

// waitAndPrint waits for a v2 job to end, showing its status on a
// terminal, and prints it: exit code 3 when it did not complete, and the
// job's id with how to find it when the wait was cut short.
func (a *app) waitAndPrint(ctx context.Context, c *client.Client, job *gen.ClassifyV2JobResponse) error {
	return waitAndPrintJob(ctx, a, "classify", "classify job", job.Id, job,
		func(j *gen.ClassifyV2JobResponse) string { return string(j.Status) }, v2End, c.WaitJob)
}

// jobEnd is what a job's status says of its end: whether it has ended,
// whether it succeeded, and the service's reason when it did not.
type jobEnd struct {
	ended, ok bool
	reason    string
}

func v2End(j *gen.ClassifyV2JobResponse) jobEnd {
	switch j.Status {
	case gen.ClassifyV2JobStatusCOMPLETED:
		return jobEnd{ended: true, ok: true}
	case gen.ClassifyV2JobStatusFAILED, gen.ClassifyV2JobStatusCANCELLED:
		return jobEnd{ended: true, reason: deref(j.ErrorMessage)}
	}
	return jobEnd{}
}

func v1End(j *gen.ClassifyJob) jobEnd {
	switch j.Status {
	case gen.StatusEnumSUCCESS:
		return jobEnd{ended: true, ok: true}
	case gen.StatusEnumERROR, gen.StatusEnumPARTIALSUCCESS, gen.StatusEnumCANCELLED:
		return jobEnd{ended: true, reason: deref(j.ErrorMessage)}
	}
	return jobEnd{}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// waitAndPrintJob is waitAndPrint for either API: group is the command
// group ("classify", "classifier:jobs"), what names the job in messages,
// status and end read a job, and wait is the client's waiter. A job that
// has ended already is printed without a wait.
func waitAndPrintJob[J any](ctx context.Context, a *app, group, what, id string, job *J, status func(*J) string, end func(*J) jobEnd,
	wait func(context.Context, string, ...client.WaitOption) (*J, error)) error {
	final := job
	if !end(job).ended {
		sp := a.newSpinner(what + " " + id)
		last := status(job)
		got, waitErr := wait(ctx, id, append(a.waitOptions(), client.OnStatus(func(id, s string) {
			last = s
			sp.status(id, s)
		}))...)
		sp.stop()
		if got != nil {
			final = got
		}
		if waitErr != nil && ctx.Err() != nil {
			return a.jobLeftRunning(group, id, last, waitErr)
		}
		if waitErr != nil && !jobEnded(waitErr) {
			return waitErr
		}
	}
	if err := a.printer().print(final, nil); err != nil {
		return err
	}
	if e := end(final); !e.ok {
		msg := fmt.Sprintf("%s %s ended %s", what, id, status(final))
		if e.reason != "" {
			msg += ": " + e.reason
		}
		return &failedError{msg: msg}
	}
	return nil
}

func (a *app) classifyGetCommand() *cobra.Command {
	var id string
	var wait bool
	cmd := &cobra.Command{
		Use:   "get",
		Short: "Get a classify job, with its result once COMPLETED; --wait waits for it to end",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if strings.TrimSpace(id) == "" {
				return usageErrorf("--job-id must not be empty")
			}
			c, err := a.connect()
			if err != nil {
				return err
			}
			job, err := c.GetJob(cmd.Context(), id)
			if err != nil {
				return err
			}
			if !wait {
				return a.printer().print(job, nil)
			}
			return a.waitAndPrint(cmd.Context(), c, job)
		},
	}
	cmd.Flags().StringVar(&id, "job-id", "", "id of the classify job")
	cmd.Flags().BoolVar(&wait, "wait", false, "wait for the job to end (exit code 3 when it does not complete)")
	_ = cmd.MarkFlagRequired("job-id")
	return cmd
}

func (a *app) classifyCancelCommand() *cobra.Command {
	var id string
	cmd := &cobra.Command{
		Use:   "cancel",
		Short: "Cancel a classify job that has not ended",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if strings.TrimSpace(id) == "" {
				return usageErrorf("--job-id must not be empty")
			}
			c, err := a.connect()
			if err != nil {
				return err
			}
			job, err := c.CancelJob(cmd.Context(), id)
			if err != nil {
				return err
			}
			return a.printer().print(job, nil)
		},
	}
	cmd.Flags().StringVar(&id, "job-id", "", "id of the classify job")
	_ = cmd.MarkFlagRequired("job-id")
	return cmd
}

func (a *app) classifyListCommand() *cobra.Command {
	var (
		pageSize                  int32
		pageToken, status, confID string
		jobIDs                    []string
		all                       bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List classify jobs, newest first",
		Example: `  llamaclassify classify list --status COMPLETED --all
  llamaclassify classify list --job-id cls-1 --job-id cls-2 --format jsonl`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			params := &gen.ListClassifyJobsParams{}
			if cmd.Flags().Changed("page-size") {
				if pageSize < 1 || pageSize > 100 {
					return usageErrorf("--page-size %d: want 1 to 100", pageSize)
				}
				params.PageSize = &pageSize
			}
			setString(&params.PageToken, pageToken)
			setString(&params.ConfigurationId, confID)
			if status != "" {
				s := gen.ClassifyV2JobStatus(strings.ToUpper(status))
				if !s.Valid() {
					return usageErrorf("--status %q: want PENDING, RUNNING, COMPLETED, FAILED or CANCELLED", status)
				}
				params.Status = &s
			}
			if len(jobIDs) > 0 {
				params.JobIds = &jobIDs
			}
			c, err := a.connect()
			if err != nil {
				return err
			}
			if all {
				items, err := collectAll(c.Jobs(cmd.Context(), params))
				if err != nil {
					return err
				}
				total := int64(len(items))
				return a.printer().print(gen.ClassifyV2JobQueryResponse{Items: items, TotalSize: &total}, classifyJobColumns)
			}
			page, err := c.ListJobs(cmd.Context(), params)
			if err != nil {
				return err
			}
			return a.printer().print(page, classifyJobColumns)
		},
	}
	f := cmd.Flags()
	f.StringVar(&status, "status", "", "list only jobs in this status: PENDING, RUNNING, COMPLETED, FAILED or CANCELLED")
	_ = cmd.RegisterFlagCompletionFunc("status", cobra.FixedCompletions([]string{"PENDING", "RUNNING", "COMPLETED", "FAILED", "CANCELLED"}, cobra.ShellCompDirectiveNoFileComp))
	f.StringSliceVar(&jobIDs, "job-id", nil, "list only these jobs (repeat, or separate with commas)")
	f.StringVar(&confID, "configuration-id", "", "list only jobs created with this saved configuration")
	f.Int32Var(&pageSize, "page-size", 0, "largest number of jobs in one page (1 to 100)")
	f.StringVar(&pageToken, "page-token", "", "next_page_token of the previous page")
	f.BoolVar(&all, "all", false, "follow every page and print all jobs")
	return cmd
}

// stoppedBy says what stopped the command: a signal or --timeout.
func (a *app) stoppedBy() string {
	if sig, ok := a.signalled(); ok {
		return sig.Error()
	}
	if a.timedOut() {
		return fmt.Sprintf("gave up after --timeout %v", a.timeout)
	}
	return "interrupted"
}

// jobLeftRunning is the error of a command stopped while it waited for
// a job of the command group group ("classify" or "classifier:jobs"): the
// job's id and last status, and the commands that get it, and cancel it
// where the API can (with the global flags that name the same server and
// project, never the key). The job goes on: on the service, or in the
// built-in emulator's state, where the next command finds it.
func (a *app) jobLeftRunning(group, jobID, status string, cause error) error {
	what := "classify job"
	if group == "classifier:jobs" {
		what = "classifier job"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s while waiting for %s %s (last status %s)", a.stoppedBy(), what, jobID, status)
	flags := a.connectionFlags()
	if a.local {
		b.WriteString("; the job goes on in the built-in emulator's state, where the next command finds it\n")
	} else {
		b.WriteString("; the job goes on on the service\n")
	}
	if group == "classifier:jobs" {
		fmt.Fprintf(&b, "  wait for it: llamaclassify%s classifier:jobs get --classify-job-id %s --wait\n", flags, jobID)
		fmt.Fprintf(&b, "  its results: llamaclassify%s classifier:jobs get-results --classify-job-id %s", flags, jobID)
	} else {
		fmt.Fprintf(&b, "  wait for it: llamaclassify%s classify get --job-id %s --wait\n", flags, jobID)
		fmt.Fprintf(&b, "  cancel it:   llamaclassify%s classify cancel --job-id %s", flags, jobID)
	}
	return &leftBehindError{msg: b.String(), err: cause}
}

// connectionFlags are the flags that reach the server this command used,
// each with a leading space, for a follow-up command to print.
func (a *app) connectionFlags() string {
	var flags string
	for _, f := range []struct{ name, value string }{
		{"--base-url", a.baseURL}, {"--project-id", a.projectID}, {"--organization-id", a.organizationID},
	} {
		if f.value != "" {
			flags += " " + f.name + " " + f.value
		}
	}
	if strings.EqualFold(a.region, string(client.RegionEU)) {
		flags += " --region eu"
	}
	return flags
}
