package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/url"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// version is the program's version; release builds set it with
// -ldflags "-X main.version=v1.2.3". Otherwise the module version is used.
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}

// embeddedNotice begins the line printed once on stderr when a command runs
// against the built-in emulator because neither a key nor a base URL was
// given; the line goes on to say where the emulator keeps its state.
const embeddedNotice = "no LLAMA_CLOUD_API_KEY set: using the built-in local emulator"

// noticeFor is the whole notice for an emulator keeping its state in dir
// (in memory when dir is "").
func noticeFor(dir string) string {
	if dir == "" {
		return embeddedNotice + " (state in memory, gone at exit)"
	}
	return embeddedNotice + " (state in " + dir + "; 'llamaclassify emulator reset' clears it)"
}

// localKey is the key sent to a plain http:// server (the built-in
// emulator, one on this machine, or one --insecure-http allows) when none
// is set; the emulator accepts any non-empty key. It is the client's.
const localKey = client.LocalKey

// envEmulatorDelay sets how long the built-in emulator takes to process a
// job (a Go duration, e.g. "0s" or "1s"); the emulator's default otherwise.
const envEmulatorDelay = "LLAMACLASSIFY_EMULATOR_DELAY"

// envMaxRetries sets --max-retries when the flag is not given.
const envMaxRetries = "LLAMACLASSIFY_MAX_RETRIES"

// maxMaxRetries bounds --max-retries.
const maxMaxRetries = 100

// interrupted is the cause of a run's context when a signal stopped it.
type interrupted struct{ sig os.Signal }

func (e interrupted) Error() string { return "interrupted by " + signalName(e.sig) }

// exitCode is the conventional exit code of a process ended by the signal:
// 128 plus its number.
func (e interrupted) exitCode() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitInterrupted
}

func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// app is one run of the program: its streams, environment and global flags,
// and the client the commands share.
type app struct {
	// ctx is the run's context; its cause says which signal ended it.
	ctx            context.Context
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// stdoutTTY and stderrTTY say whether the streams are terminals:
	// tables and progress bars are for people, JSON for programs.
	stdoutTTY, stderrTTY bool

	// Global flags.
	apiKey, baseURL, region   string
	projectID, organizationID string
	format, transform         string
	debug, insecureHTTP       bool
	maxRetries                int
	timeout                   time.Duration
	timeoutCtx                context.Context
	cancelTimeout             context.CancelFunc
	validatorOnce             sync.Once
	validator                 *openapi.Validator
	validatorErr              error
	client                    *client.Client
	secret                    string
	local                     bool // the client talks to the built-in emulator
	// localDelay is the built-in emulator's processing delay when
	// LLAMACLASSIFY_EMULATOR_DELAY set one (localDelaySet).
	localDelay    time.Duration
	localDelaySet bool
	closers       []func()
}

// execute runs the program with args (without the program name) and returns
// its exit code. Everything it touches comes in as arguments, so tests run
// commands in-process with captured streams and a fake environment.
func execute(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	a := &app{
		ctx:       ctx,
		stdin:     stdin,
		stdout:    stdout,
		stderr:    stderr,
		getenv:    getenv,
		stdoutTTY: isTerminal(stdout),
		stderrTTY: isTerminal(stderr),
	}
	defer a.close()
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if err != nil && strings.HasPrefix(err.Error(), "unknown command ") && !strings.Contains(err.Error(), "--help") {
		// cobra's own, for a command the root does not have.
		err = usageErrorf("%v\nrun '%s --help' for usage", err, cmd.CommandPath())
	}
	if err != nil && strings.HasPrefix(err.Error(), "required flag(s) ") {
		// cobra's check of MarkFlagRequired: a usage error like the others.
		err = usageErrorf("%v\nrun '%s --help' for usage", err, cmd.CommandPath())
	}
	return a.exitCode(err)
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "llamaclassify",
		Short: "Classify documents with LlamaCloud, or with a built-in local emulator of it",
		Long: `llamaclassify classifies documents with the LlamaCloud classification API.

With LLAMA_CLOUD_API_KEY (or --api-key) it talks to the hosted service; with
LLAMA_CLOUD_BASE_URL (or --base-url) to the server at that address; with
neither, to a local emulator of the service started in-process, so every
command works offline.

Exit codes: 0 success; 1 bad usage or input (nothing sent) or a failed
request; 3 the command ran but some of its work failed (a file not
classified, a waited-for job that did not succeed, a file of several not
deleted, a contract violation);
124 --timeout expired; 130 interrupted (SIGINT, Ctrl-C); 141 nobody reads
the output any more (a pipe into head); 143 terminated (SIGTERM). An
interrupted command says what it left running.`,
		Example: `  llamaclassify classify-files testdata/docs/* --rules testdata/rules.yaml
  llamaclassify classify-files invoice.pdf --rule 'invoice=contains invoice number, line items, and total amount'
  llamaclassify classify get --job-id cls-... --format yaml
  llamaclassify serve --addr 127.0.0.1:8080
  llamaclassify contract check --base-url http://127.0.0.1:8080`,
		Version:           versionString(),
		SilenceUsage:      true,
		SilenceErrors:     true,
		PersistentPreRunE: a.prepare,
	}
	root.SetVersionTemplate("llamaclassify {{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErrorf("%v\nrun '%s --help' for usage", err, c.CommandPath())
	})

	f := root.PersistentFlags()
	f.StringVar(&a.apiKey, "api-key", "", "API key (default $"+client.EnvAPIKey+")")
	f.StringVar(&a.baseURL, "base-url", "", "service URL, e.g. of an emulator (default $"+client.EnvBaseURL+", else the region's URL)")
	f.StringVar(&a.region, "region", "us", "region of the hosted service: us or eu (API keys are specific to a region)")
	f.StringVar(&a.projectID, "project-id", "", "project to act in (a UUID; default: the key's project)")
	f.StringVar(&a.organizationID, "organization-id", "", "organization to act in (a UUID)")
	f.StringVar(&a.format, "format", "auto", "output format: "+strings.Join(outputFormats, ", ")+" (auto: a table on a terminal, JSON otherwise; pretty is coloured on a terminal unless NO_COLOR is set)")
	_ = root.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(outputFormats, cobra.ShellCompDirectiveNoFileComp))
	_ = root.RegisterFlagCompletionFunc("region", cobra.FixedCompletions([]string{"us", "eu"}, cobra.ShellCompDirectiveNoFileComp))
	f.StringVar(&a.transform, "transform", "", "GJSON path applied to the output, e.g. 'items.#.id' or 'result.type'")
	f.BoolVar(&a.debug, "debug", false, "log one line per HTTP attempt on stderr (the key is never logged)")
	f.BoolVar(&a.insecureHTTP, "insecure-http", false, "allow a plain http:// --base-url on another machine, e.g. an emulator on your network (requests, the API key included, travel in clear text)")
	f.DurationVar(&a.timeout, "timeout", 0, "give up after this long, e.g. 30s or 5m (default: no limit)")
	f.IntVar(&a.maxRetries, "max-retries", client.DefaultMaxAttempts-1, "retries of a failed request, 0 for none (or $"+envMaxRetries+"); classify-files also resumes a document within --retry-budget")

	root.AddCommand(
		a.classifierJobsCommand(),
		a.classifyCommand(),
		a.filesCommand(),
		a.classifyFilesCommand(),
		a.serveCommand(),
		a.contractCommand(),
		a.emulatorCommand(),
	)
	// cobra adds its completion command only when run: added now, it is a
	// group like the others ("completion nosh" is a usage error).
	// Its scripts go to the writer set now.
	root.SetOut(a.stdout)
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			group(c)
		}
	}
	return root
}

// group makes cmd a group of subcommands. Run alone it is bad usage, as an
// unknown subcommand is: it says which subcommands there are, with its help
// on stderr, and exits 1, not 0 with the help where a script reads output.
func group(cmd *cobra.Command) *cobra.Command {
	cmd.Args = func(c *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usageErrorf("unknown command %q for %q\nrun '%s --help' for usage", args[0], c.CommandPath(), c.CommandPath())
		}
		return nil
	}
	cmd.RunE = func(c *cobra.Command, _ []string) error {
		var names []string
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() {
				names = append(names, sub.Name())
			}
		}
		return usageErrorf("%s needs a subcommand: %s\nrun '%s --help' for usage", c.CommandPath(), strings.Join(names, ", "), c.CommandPath())
	}
	return cmd
}

// noArgs refuses positional arguments, saying that they are arguments
// (cobra's own check calls one an unknown command).
func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErrorf("%s takes no arguments, but was given %q\nrun '%s --help' for usage", c.CommandPath(), args[0], c.CommandPath())
	}
	return nil
}

// prepare checks the global flags before any command runs.
func (a *app) prepare(cmd *cobra.Command, _ []string) error {
	if err := checkFormat(a.format); err != nil {
		return err
	}
	if err := checkTransform(a.transform); err != nil {
		return err
	}
	switch client.Region(strings.ToLower(a.region)) {
	case client.RegionUS, client.RegionEU:
	default:
		return usageErrorf("--region %q: want us or eu", a.region)
	}
	for _, id := range []struct{ flag, value string }{{"--project-id", a.projectID}, {"--organization-id", a.organizationID}} {
		if id.value != "" && !isUUID(id.value) {
			return usageErrorf("%s %q: not a UUID", id.flag, id.value)
		}
	}
	if a.timeout < 0 {
		return usageErrorf("--timeout %v: must not be negative", a.timeout)
	}
	if !cmd.Flags().Changed("max-retries") {
		if v := strings.TrimSpace(a.getenv(envMaxRetries)); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return usageErrorf("%s=%q: want a number of retries, e.g. 2", envMaxRetries, v)
			}
			a.maxRetries = n
		}
	}
	if a.maxRetries < 0 || a.maxRetries > maxMaxRetries {
		return usageErrorf("--max-retries %d: want 0 to %d", a.maxRetries, maxMaxRetries)
	}
	if a.timeout > 0 {
		ctx, cancel := context.WithTimeoutCause(cmd.Context(), a.timeout, fmt.Errorf("--timeout %v expired", a.timeout))
		a.timeoutCtx, a.cancelTimeout = ctx, cancel
		cmd.SetContext(ctx)
	}
	return nil
}

// printer returns the printer of the global --format and --transform.
func (a *app) printer() *printer {
	return &printer{
		w: a.stdout, format: a.format, transform: a.transform, terminal: a.stdoutTTY,
		color: a.stdoutTTY && a.getenv("NO_COLOR") == "",
		width: a.tableWidth(),
		hints: a.stderr,
	}
}

// contract returns the validator of the embedded contract, used to check
// request bodies before anything is sent.
func (a *app) contract() (*openapi.Validator, error) {
	a.validatorOnce.Do(func() { a.validator, a.validatorErr = openapi.NewValidator() })
	return a.validator, a.validatorErr
}

// target is where requests go and with which key.
type target struct {
	baseURL, key string
	// local is set when the target is the built-in emulator.
	local bool
}

// resolveTarget applies the rules for choosing a server: a key or a base
// URL given by flag or environment picks that server (the region's URL
// when only a key is given); neither picks the built-in emulator. A base
// URL is checked first, so that a typo is named as such. A plain http://
// server needs no key (it is sent localKey), and one on another machine
// needs --insecure-http.
func (a *app) resolveTarget() (target, error) {
	key := strings.TrimSpace(a.apiKey)
	if key == "" {
		key = strings.TrimSpace(a.getenv(client.EnvAPIKey))
	}
	base, source := strings.TrimSpace(a.baseURL), "--base-url"
	if base == "" {
		base, source = strings.TrimSpace(a.getenv(client.EnvBaseURL)), client.EnvBaseURL
	}
	switch {
	case key == "" && base == "":
		return target{local: true, key: localKey}, nil
	case base == "" && strings.EqualFold(a.region, string(client.RegionEU)):
		base = client.BaseURLEU
	case base == "":
		base = client.BaseURLUS
	default:
		u, err := url.Parse(base)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Hostname() == "" {
			return target{}, usageErrorf("%s %q: not a URL; want one like https://api.cloud.llamaindex.ai or http://127.0.0.1:8080", source, base)
		}
		if u.Scheme == "http" && !isLoopbackURL(base) {
			if !a.insecureHTTP {
				return target{}, usageErrorf("%s %s: plain http to another machine sends your documents and API key in clear text; use https, or pass --insecure-http if this is a server you trust on your network (an emulator, say)", source, u.Redacted())
			}
			fmt.Fprintf(a.stderr, "llamaclassify: warning: --insecure-http: requests to %s, documents and API key included, travel in clear text\n", u.Host)
		}
	}
	if key == "" {
		if !strings.HasPrefix(strings.ToLower(base), "http:") {
			return target{}, usageErrorf("no API key for %s: set %s or pass --api-key", base, client.EnvAPIKey)
		}
		key = localKey
	}
	return target{baseURL: base, key: key}, nil
}

// isLoopbackURL says whether u names a server on this machine.
func isLoopbackURL(u string) bool {
	parsed, err := url.Parse(u)
	if err != nil {
		return false
	}
	host := parsed.Hostname()
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// startLocal starts the built-in emulator on a loopback port and says so.
// With persist, it keeps its state in the emulator directory, where the
// next command finds it; otherwise in memory, for this command alone.
func (a *app) startLocal(persist bool, opts ...emulator.Option) (*emulator.Running, error) {
	if d := strings.TrimSpace(a.getenv(envEmulatorDelay)); d != "" {
		delay, err := time.ParseDuration(d)
		if err != nil || delay < 0 {
			return nil, usageErrorf("%s=%q: want a duration like 0s or 500ms", envEmulatorDelay, d)
		}
		opts = append(opts, emulator.WithProcessingDelay(delay))
		a.localDelay, a.localDelaySet = delay, true
	}
	model, err := a.modelOptions()
	if err != nil {
		return nil, err
	}
	opts = append(opts, model...)
	dir := ""
	if persist {
		var err error
		if dir, err = a.emulatorDir(); err != nil {
			return nil, err
		}
		opts = append(opts, emulator.WithDataDir(dir), emulator.WithLimits(defaultLimits))
	}
	run, err := emulator.Start(opts...)
	if err != nil {
		return nil, fmt.Errorf("start the built-in emulator: %w", err)
	}
	a.closers = append(a.closers, func() { _ = run.Close() })
	fmt.Fprintln(a.stderr, noticeFor(dir))
	return run, nil
}

// newClient builds a client for t with the global flags.
func (a *app) newClient(t target, extra ...client.Option) (*client.Client, error) {
	opts := []client.Option{
		client.WithAPIKey(t.key),
		client.WithBaseURL(t.baseURL),
		client.WithUserAgent("llamaclassify/" + versionString()),
		client.WithProjectID(a.projectID),
		client.WithOrganizationID(a.organizationID),
		client.WithRetryPolicy(client.RetryPolicy{MaxAttempts: a.maxRetries + 1}),
	}
	if a.insecureHTTP {
		opts = append(opts, client.WithInsecureHTTP())
	}
	if a.debug {
		opts = append(opts, client.WithLogger(slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	}
	c, err := client.New(append(opts, extra...)...)
	if err != nil {
		return nil, usageErrorf("%s", strings.TrimPrefix(err.Error(), "llamaclassify: "))
	}
	return c, nil
}

// connect returns the client every API command uses, starting the
// built-in emulator first when no server was named.
func (a *app) connect() (*client.Client, error) {
	if a.client != nil {
		return a.client, nil
	}
	t, err := a.resolveTarget()
	if err != nil {
		return nil, err
	}
	if t.local {
		run, err := a.startLocal(true)
		if err != nil {
			return nil, err
		}
		t.baseURL = run.URL
	}
	a.secret, a.local = t.key, t.local
	c, err := a.newClient(t)
	if err != nil {
		return nil, err
	}
	a.client = c
	return c, nil
}

// waitOptions are the waiters' options: against the built-in emulator
// with a processing delay shorter than the default first pause, the first
// poll comes soon after that delay (with room for the quarter a spread
// schedule takes off), so that LLAMACLASSIFY_EMULATOR_DELAY=0s makes a
// command as quick as its jobs.
func (a *app) waitOptions() []client.WaitOption {
	if !a.local || !a.localDelaySet {
		return nil
	}
	d := a.localDelay*4/3 + 10*time.Millisecond
	if d >= client.DefaultWaitMinDelay {
		return nil
	}
	return []client.WaitOption{client.WithMinDelay(d)}
}

func (a *app) close() {
	if a.cancelTimeout != nil {
		a.cancelTimeout()
	}
	for i := len(a.closers) - 1; i >= 0; i-- {
		a.closers[i]()
	}
}

// exitCode reports err on stderr and returns the exit code it means.
func (a *app) exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	if brokenOutput(err) {
		// Nobody reads the output any more: nothing to say, to anyone.
		return exitBrokenPipe
	}
	msg := a.describeError(err)
	if a.secret != localKey {
		msg = client.Redact(msg, a.secret)
	}
	fmt.Fprintln(a.stderr, "llamaclassify: "+msg)
	if sig, ok := a.signalled(); ok {
		return sig.exitCode()
	}
	if a.timedOut() {
		return exitTimeout
	}
	var failed *failedError
	if errors.As(err, &failed) {
		return exitFailed
	}
	return exitError
}

// brokenOutput says whether err is a write to a file, the standard
// output among them, whose reader went away (EPIPE); a connection the
// server closed fails with EPIPE too, but as a network error, which is
// said as any other.
func brokenOutput(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && errors.Is(pe.Err, syscall.EPIPE)
}

// signalled reports the signal that ended the run, if one did.
func (a *app) signalled() (interrupted, bool) {
	if a.ctx == nil || a.ctx.Err() == nil {
		return interrupted{}, false
	}
	sig, ok := context.Cause(a.ctx).(interrupted)
	return sig, ok
}

// timedOut reports whether --timeout expired.
func (a *app) timedOut() bool {
	return a.timeoutCtx != nil && errors.Is(a.timeoutCtx.Err(), context.DeadlineExceeded)
}

// describeError words an error for a person: the server's status and
// message, the fields of an invalid request, never a stack trace.
func (a *app) describeError(err error) string {
	var apiErr *client.APIError
	var invalid *client.RequestInvalidError
	unreachable := reachable(err)
	switch {
	case errors.As(err, &apiErr):
		msg := fmt.Sprintf("the server answered %d %s", apiErr.StatusCode, statusText(apiErr.StatusCode))
		// A 422's message joins its details, listed one a line below.
		if apiErr.Message != "" && apiErr.Message != statusText(apiErr.StatusCode) && len(apiErr.Details) == 0 {
			msg += ": " + apiErr.Message
		}
		for _, d := range apiErr.Details {
			msg += "\n  " + d.String()
		}
		switch apiErr.StatusCode {
		case 401:
			noKey := strings.TrimSpace(a.apiKey) == "" && strings.TrimSpace(a.getenv(client.EnvAPIKey)) == ""
			switch {
			case strings.TrimSpace(a.baseURL) == "" && strings.TrimSpace(a.getenv(client.EnvBaseURL)) == "":
				msg += "\ncheck --api-key or " + client.EnvAPIKey + ", and --region (keys are specific to a region)"
			case noKey:
				// A plain http:// server was sent the placeholder key.
				msg += "\nno API key was given, and the server at --base-url (or " + client.EnvBaseURL + ") wants one: pass --api-key or set " + client.EnvAPIKey
			default:
				msg += "\ncheck --api-key or " + client.EnvAPIKey + ": the server at --base-url (or " + client.EnvBaseURL + ") refused this key"
			}
		case 403:
			msg += "\nthe key may not act here: check --project-id and --organization-id, and the key's permissions"
		}
		return msg
	case errors.As(err, &invalid):
		lines := make([]string, 0, len(invalid.Violations))
		for _, v := range invalid.Violations {
			lines = append(lines, "  "+v.String())
		}
		return "invalid request, nothing was sent:\n" + strings.Join(lines, "\n")
	case errors.As(err, new(*leftBehindError)):
		return err.Error()
	case a.timedOut() && errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("gave up after --timeout %v", a.timeout)
	case unreachable != "":
		return unreachable
	case errors.Is(err, context.Canceled):
		if sig, ok := a.signalled(); ok {
			return sig.Error()
		}
		return "interrupted"
	}
	return strings.TrimPrefix(err.Error(), "llamaclassify: ")
}

// reachable words an error of a request that could not connect as
// classify-files does ("cannot reach the service at http://host: dial tcp
// ...: connection refused"), without the request's path and query, which
// say nothing of why; "" for any other error.
func reachable(err error) string {
	var op *net.OpError
	var ue *url.Error
	if !errors.As(err, &op) || !errors.As(err, &ue) || op.Op != "dial" {
		return ""
	}
	u, perr := url.Parse(ue.URL)
	if perr != nil {
		return ""
	}
	return fmt.Sprintf("cannot reach the service at %s://%s: %v", u.Scheme, u.Host, op)
}
