package main

import (
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

func (a *app) serveCommand() *cobra.Command {
	var (
		addr       string
		delay      time.Duration
		requireKey string
		examples   bool
		dataDir    string
		limits     = defaultLimits
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the emulator of the classify API as a standalone server",
		Long: `Run the local emulator of the classify API as an HTTP server, for other tools
and for clients in other languages. It serves every route of the contract,
logs each request on stderr, and stops cleanly on Ctrl-C (SIGINT) or SIGTERM.

Point a client at it with LLAMA_CLOUD_BASE_URL=http://ADDR; any non-empty
API key is accepted unless --require-key is given. With --examples it holds
what the example commands of the service's reference pages name (the file
and v1 job 182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e, the v2 job "job_id"), so
those commands run as they are against it.

With --data DIR it keeps its state in DIR (an SQLite database and the
files' contents), so a restarted serve finds every file, job and result;
other serve processes and commands may share DIR. Without it, the state
lives in a temporary directory deleted when serve stops. File contents are
kept on disk, never in memory.

What it holds is capped by --max-files, --max-bytes (of file content) and
--max-jobs; an upload or a create past a cap is answered 507 Insufficient
Storage with a message naming it (0: no cap). A single file is capped at
100 MiB (413). A client that stalls is cut off: headers must arrive within
10s, a body at 64 KiB/s after its first 30s, and an idle connection is
closed after 60s.`,
		Example: `  llamaclassify serve --addr 127.0.0.1:8080 --processing-delay 1s
  LLAMA_CLOUD_BASE_URL=http://127.0.0.1:8080 llamaclassify classify list
  llamaclassify serve --examples &
  LLAMA_CLOUD_BASE_URL=http://127.0.0.1:8080 llamaclassify classify get --api-key 'My API Key' --job-id job_id`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if delay < 0 {
				return usageErrorf("--processing-delay %v: must not be negative", delay)
			}
			logger := slog.New(slog.NewTextHandler(a.stderr, nil))
			opts := []emulator.Option{emulator.WithProcessingDelay(delay), emulator.WithLogger(logger)}
			if requireKey != "" {
				opts = append(opts, emulator.WithRequiredKey(requireKey))
			}
			if examples {
				opts = append(opts, emulator.WithReferenceExamples())
			}
			model, err := a.modelOptions()
			if err != nil {
				return err
			}
			opts = append(opts, model...)
			if limits.Files < 0 || limits.Bytes < 0 || limits.Jobs < 0 {
				return usageErrorf("--max-files, --max-bytes and --max-jobs must not be negative")
			}
			opts = append(opts, emulator.WithLimits(limits))
			where := dataDir
			if dataDir == "" {
				tmp, err := os.MkdirTemp("", "llamaclassify-serve-*")
				if err != nil {
					return fmt.Errorf("serve: %w", err)
				}
				defer os.RemoveAll(tmp)
				dataDir, where = tmp, tmp+" (deleted when serve stops; --data DIR keeps it)"
			}
			opts = append(opts, emulator.WithDataDir(dataDir))
			l, err := net.Listen("tcp", addr)
			if err != nil {
				return usageErrorf("--addr %s: %v", addr, err)
			}
			srv, err := emulator.Open(opts...)
			if err != nil {
				l.Close()
				return err
			}
			defer srv.Close()
			fmt.Fprintf(a.stderr, "serving the classify API emulator on http://%s (Ctrl-C to stop); state in %s\n", l.Addr(), where)
			if w := exposedWarning(l.Addr(), requireKey); w != "" {
				fmt.Fprintln(a.stderr, w)
			}

			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if err := srv.Serve(ctx, l); err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			fmt.Fprintln(a.stderr, "stopped")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (port 0: any free port)")
	f.DurationVar(&delay, "processing-delay", emulator.DefaultProcessingDelay, "how long each job takes from creation to its end")
	f.StringVar(&requireKey, "require-key", "", "accept only this API key (default: any non-empty key)")
	f.BoolVar(&examples, "examples", false, "hold what the reference pages' example commands name, so they run as they are")
	f.StringVar(&dataDir, "data", "", "keep the state in this directory, across restarts (default: a temporary directory deleted at exit)")
	f.IntVar(&limits.Files, "max-files", limits.Files, "most files held at once (0: no cap)")
	f.Int64Var(&limits.Bytes, "max-bytes", limits.Bytes, "most bytes of file content held at once (0: no cap)")
	f.IntVar(&limits.Jobs, "max-jobs", limits.Jobs, "most jobs held at once, v1 and v2 together (0: no cap)")
	return cmd
}

// exposedWarning warns of an emulator other machines can reach that takes
// any key, or is "".
func exposedWarning(addr net.Addr, requireKey string) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || tcp.IP.IsLoopback() || requireKey != "" {
		return ""
	}
	return fmt.Sprintf("llamaclassify: warning: %s is reachable from other machines, and any API key is accepted: give --require-key, or listen on 127.0.0.1", addr)
}
