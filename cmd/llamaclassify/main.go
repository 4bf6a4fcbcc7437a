// Command llamaclassify classifies documents with the LlamaCloud
// classification API, or with a built-in local emulator of it when no API
// key is set.
//
// It offers the service's own commands (classifier:jobs, classify, files)
// with the flags of the service's CLI reference, a one-shot classify-files
// for local documents, serve to run the emulator for other tools, and
// contract check to test any server against the OpenAPI contract.
//
//	llamaclassify classify-files testdata/docs/* --rules testdata/rules.yaml
//	llamaclassify classify get --job-id cls-...
//	llamaclassify serve --addr 127.0.0.1:8080
//	llamaclassify contract check --base-url http://127.0.0.1:8080
//
// Exit codes: 0 success; 1 bad usage or input (nothing sent) or a failed
// request; 3 the command ran but some of its work failed (a file not
// classified, a waited-for job that did not succeed, a file of several not
// deleted, a contract violation);
// 124 --timeout expired; 130 interrupted by SIGINT (Ctrl-C); 141 the
// standard output's reader went away (a pipe into head); 143 terminated
// by SIGTERM.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	// A write to a standard output nobody reads any more fails with
	// EPIPE rather than ending the program, so that classify-files
	// cancels the jobs it made before it exits (with 141, as SIGPIPE
	// would).
	signal.Ignore(syscall.SIGPIPE)
	ctx, stop := notifyContext(context.Background())
	code := execute(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// notifyContext is signal.NotifyContext that remembers the signal: the
// context is cancelled with an interrupted cause naming it, so that the
// exit code can say which. Signals that follow the first within
// signalBurst are the same interrupt and are let go: GNU timeout, a
// supervisor and a terminal's Ctrl-C can each deliver one signal twice,
// to the program and then to its process group, and the second, taken
// for a second Ctrl-C, killed the program in the middle of cancelling its
// jobs and printing what it had. After that the default behaviour comes
// back, so that a second Ctrl-C ends a command that is slow to stop.
func notifyContext(parent context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(parent)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-sigs:
			cancel(interrupted{sig})
		case <-done:
			return
		}
		burst := time.NewTimer(signalBurst)
		defer burst.Stop()
		for {
			select {
			case <-sigs:
			case <-burst.C:
				signal.Stop(sigs)
				return
			case <-done:
				return
			}
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel(nil)
	}
}

// signalBurst is how long after a first signal others are taken for its
// echo (see notifyContext): far longer than the microseconds between a
// signal to a program and the same to its group, and short enough that
// a person who presses Ctrl-C again to end a slow command is heard.
const signalBurst = 2 * time.Second
