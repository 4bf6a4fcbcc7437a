// Package emulator is a local stand-in for the LlamaCloud classify
// service: the operations of openapi/openapi.yaml (v1
// classifier jobs, v2 classify, file upload and listing), served over HTTP,
// so that the client, the CLI and users' tests run offline.
//
// It behaves like the service, not like a stub:
//
//   - Requests are checked against the contract at the edge, and refused
//     with 422 {"detail": [{"loc": [...], "msg": ..., "type": ...}]} as the
//     service does. Every operation needs a bearer token (401 otherwise);
//     any non-empty token is accepted unless WithRequiredKey names one.
//   - State lives in a store: in memory by default, or, WithDataDir, in an
//     SQLite database with each file's content in a file beside it, shared
//     by every process that opens the directory and kept across restarts.
//   - Uploaded files get ids "dfl-<uuid>"; a v1 job names them by the bare
//     uuid. Uploads are streamed (to disk with a data directory) and
//     refused with 413 past the size limit; WithLimits caps what is held
//     (507 past a cap).
//   - Jobs move PENDING -> RUNNING (v2 only) -> an end state over the
//     processing delay, derived from the clock at each read, so a test
//     with WithClock moves them by advancing its clock. Documents are read
//     and classified against the job's rules once, by background workers,
//     from the job's creation on; the result is stored and shown from the
//     job's end on. A v2 job that cannot read its document ends FAILED
//     with an error_message saying why, a v1 job ends SUCCESS,
//     PARTIAL_SUCCESS or ERROR. v2 jobs that have not ended can be
//     cancelled (409 once they have).
//   - A v2 create that repeats a transaction_id returns the original job,
//     unless another classifier answered it (an older build's scorer, on a
//     store that outlived it): then it makes a new job; lists are newest first, paged with opaque tokens; state is scoped by
//     project_id.
//   - Status changes are POSTed to the jobs' webhooks (see Sign for the
//     signature), and Faults injects errors, rate limits, latency and
//     dropped connections, deterministically for a seed.
//
// New (or Open) builds a Server whose Handler can be mounted anywhere;
// Start runs one on a loopback port, with timeouts (WithTimeouts) that a
// stalled client cannot outlast. PutFile, PutClassifierJob and
// PutClassifyJob store fixtures directly.
package emulator
