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
those commands run as they are against it.`,
		Example: `  llamaclassify serve --addr 127.0.0.1:8080 --processing-delay 1s
  LLAMA_CLOUD_BASE_URL=http://127.0.0.1:8080 llamaclassify classify list
  llamaclassify serve --examples &
  LLAMA_CLOUD_BASE_URL=http://127.0.0.1:8080 llamaclassify classify get --api-key 'My API Key' --job-id job_id`,
		Args: cobra.NoArgs,
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
			l, err := net.Listen("tcp", addr)
			if err != nil {
				return usageErrorf("--addr %s: %v", addr, err)
			}
			srv := emulator.New(opts...)
			defer srv.Close()
			fmt.Fprintf(a.stderr, "serving the classify API emulator on http://%s (Ctrl-C to stop)\n", l.Addr())

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
	return cmd
}
