// Package bench holds the benchmarks that back the performance claims of
// BENCHMARKS.md: the client's per-call overhead against raw net/http and
// encoding/json (over an in-memory transport, and a loopback server),
// waiting on jobs against the polling loop a user would write with the
// generated client, ClassifyFiles against its floor (the last create
// answered plus the processing delay, and one poll interval beyond), the
// memory of a streamed 200 MiB upload, and the memory of iterating over
// 10,000 jobs.
//
// Each figure comes from a Go benchmark, compared within the same run
// against its baseline, and is reported as a custom metric where ns/op and
// allocs/op do not say it:
//
//	go test -run '^$' -bench . -benchmem -count 5 ./internal/bench/
//
// make bench runs them and prints the medians and ratios (see benchtable).
// The package has no non-test code.
package bench
