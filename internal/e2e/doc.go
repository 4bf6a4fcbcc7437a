// Package e2e holds the end-to-end evidence suites: tests that drive the
// client (and, through it, the emulator) the way a user does and check the
// promises the project makes as a whole.
//
//   - Faults: under injected 503s (before and after the server acted), 429s
//     with Retry-After, dropped connections and slow answers, nothing is
//     lost and nothing is done twice: one file and one job per document,
//     one v1 job per create the user meant. The batch suite (TestFaultSuite,
//     make faults) runs ClassifyFiles with the client's defaults over many
//     seeds.
//   - Cancellation: a cancelled upload, wait or batch returns with the
//     context's error while what it waits on (a stalled source or server,
//     a poll held back, an hour between polls) would still hold it, and
//     leaves no goroutine behind. No bound on wall time: the tests pass on a
//     loaded machine.
//   - Security: the API key appears in no log line, error or output; it is
//     not sent in clear text to another machine; the emulator refuses
//     missing and wrong keys; uploaded names cannot escape; oversized
//     uploads are refused clearly; webhook signatures are checked.
//
// The package has no non-test code: it is run with go test.
package e2e
