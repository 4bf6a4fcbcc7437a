package emulator

import (
	"context"
	"errors"
	"io"
	"os"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The emulator keeps its files and jobs in a store. Two implement the same
// interface: memoryStore, for tests and clienttest, holds everything in the
// heap and lives as long as the Server; sqliteStore (WithDataDir) keeps
// metadata in an SQLite database and file contents as files beside it, so
// that several processes share one state and a restarted server loses
// nothing.
//
// A job's status is not stored as it changes: it is derived at each read
// from the clock and what the store holds (statusAt), so that every process
// reading the same store sees the same status. The only writes after a
// job's creation are its outcome (once, when its classification is
// computed), a cancellation, and the progress of its webhook events.

// store keeps the emulator's state. Implementations are safe for concurrent
// use; sqliteStore is also safe for use by several processes at once.
type store interface {
	// Stage reads a file's content from r, which may hold at most limit
	// bytes (errTooLarge beyond), ahead of PutFile.
	Stage(ctx context.Context, r io.Reader, limit int64) (*staged, error)
	// PutFile stores f with staged content, which it consumes. A file
	// whose id is taken replaces the earlier one. It fails with a
	// *limitError when a limit of the store would be exceeded.
	PutFile(ctx context.Context, f fileRecord, c *staged) (fileRecord, error)
	// GetFile returns a file of the project by its id, "dfl-<uuid>" or the
	// bare uuid; errNotFound when there is none.
	GetFile(ctx context.Context, project, id string) (fileRecord, error)
	// OpenFile opens the content of a file returned by GetFile.
	OpenFile(ctx context.Context, f fileRecord) (io.ReadSeekCloser, error)
	// DeleteFile deletes a file of the project; errNotFound when there is
	// none. Jobs keep what they computed from it.
	DeleteFile(ctx context.Context, project, id string) error
	// ListFiles returns one page of the project's files.
	ListFiles(ctx context.Context, q fileQuery) (page[fileRecord], error)

	// CreateJob stores a new job. When another job of the project holds
	// its transaction id, nothing is stored and that job is returned with
	// created false; this holds across processes sharing the store. It
	// fails with a *limitError when the store holds its limit of jobs.
	CreateJob(ctx context.Context, j jobRecord) (stored jobRecord, created bool, err error)
	// PutJob stores a fixture job, replacing any job with its id; a job
	// holding its transaction id gives the id up.
	PutJob(ctx context.Context, j jobRecord) (jobRecord, error)
	// GetJob returns a job of the project; errNotFound when there is none.
	GetJob(ctx context.Context, kind jobKind, project, id string) (jobRecord, error)
	// ListJobs returns one page of the project's jobs of one kind, newest
	// first.
	ListJobs(ctx context.Context, q jobQuery) (page[jobRecord], error)
	// Unresolved returns the ids of up to limit jobs of the project and
	// kind that have ended by now but whose outcome is not computed yet.
	Unresolved(ctx context.Context, project string, kind jobKind, now time.Time, limit int) ([]string, error)
	// SetOutcome records a job's outcome unless it already has one.
	SetOutcome(ctx context.Context, id string, o outcome) error
	// JobByTransaction returns the v2 job of the project created with the
	// transaction id; errNotFound when there is none.
	JobByTransaction(ctx context.Context, project, txn string) (jobRecord, error)
	// ReleaseTransaction takes the transaction id from the job of the
	// project with that id, if it still holds it, so that a create with
	// it makes a new job. The job stays, under its id.
	ReleaseTransaction(ctx context.Context, project, txn, id string) error
	// Cancel cancels a job of the project that has not ended at now, and
	// returns it with cancelled true and the status its webhook events had
	// reached, which becomes CANCELLED. A job that has ended is returned
	// as it is, with cancelled false.
	Cancel(ctx context.Context, kind jobKind, project, id string, now time.Time) (j jobRecord, notified string, cancelled bool, err error)

	// Watched returns the jobs with webhooks whose events have not all
	// been emitted, up to limit.
	Watched(ctx context.Context, limit int) ([]jobRecord, error)
	// MarkNotified moves a job's webhook progress from one status to
	// another, and reports whether it did: of several processes, one wins.
	MarkNotified(ctx context.Context, id, from, to string) (bool, error)

	// Counts returns how many files and jobs the store holds and the bytes
	// of the files.
	Counts(ctx context.Context) (counts, error)
	// Close releases the store. For memoryStore it is a no-op.
	Close() error
}

// Errors of the store.
var (
	errNotFound = errors.New("not found")
	errTooLarge = errors.New("upload too large")
)

// staged is a file's content read ahead of storing it: in the heap for
// memoryStore, in a temporary file for sqliteStore.
type staged struct {
	size int64
	data []byte
	path string
}

// discard drops content that will not be stored.
func (c *staged) discard() {
	if c.path != "" {
		os.Remove(c.path)
	}
}

// limitError reports a limit of the store that a request would exceed.
type limitError struct{ msg string }

func (e *limitError) Error() string { return e.msg }

// counts is what a store holds.
type counts struct {
	Files, ClassifierJobs, ClassifyJobs int
	Bytes                               int64
}

// limits caps what a store holds; zero means no limit.
type limits struct {
	Files int
	Bytes int64
	Jobs  int
}

// fileRecord is a stored file: its metadata as the API returns it, its
// size and where it lives.
type fileRecord struct {
	Seq  int64
	Meta gen.FileV2
	Size int64
	// content holds the bytes in a memoryStore; sqliteStore reads them
	// from disk.
	content []byte
}

func (f fileRecord) project() string { return f.Meta.ProjectId.String() }

// page is one page of a list: the items, whether more follow the last one,
// and how many items match the list's filters in all.
type page[T any] struct {
	Items []T
	More  bool
	Total int64
}

// fileQuery selects files of a project: filters, order, and the page after
// the file whose Seq is After (0: the first page).
type fileQuery struct {
	Project        string
	IDs            []string // nil: any
	Name           *string
	ExternalFileID *string
	Order          fileOrder
	After          int64
	Size           int
}

// jobKind tells v1 classifier jobs from v2 classify jobs.
type jobKind string

const (
	kindV1 jobKind = "v1"
	kindV2 jobKind = "v2"
)

// jobQuery selects jobs of a project, newest first, after the job whose
// Seq is After (0: the first page). The filters other than Project and Kind
// apply to v2 jobs.
type jobQuery struct {
	Project         string
	Kind            jobKind
	Now             time.Time
	Status          *string
	IDs             []string // nil: any
	ConfigurationID *string
	CreatedFrom     *time.Time
	CreatedTo       *time.Time
	After           int64
	Size            int
}

// jobRecord is a stored job. Body is what the job was created as: a
// gen.ClassifyV2JobResponse or a gen.ClassifyJob in JSON, with status
// PENDING; what it is at a given time is derived from the rest.
type jobRecord struct {
	Seq     int64
	ID      string
	Kind    jobKind
	Project string
	// TransactionID and ConfigurationID are a v2 job's, for idempotency
	// and filtering.
	TransactionID, ConfigurationID string
	CreatedAt, RunAt, FinishAt     time.Time
	// Fixture is a job stored by PutClassifyJob or PutClassifierJob: Body
	// is answered as it is, and Outcome holds a v1 fixture's results.
	Fixture bool
	// FixedStatus is set for a fixture (the status it was stored with) and
	// for a cancelled job (CANCELLED, at FixedAt).
	FixedStatus string
	FixedAt     time.Time
	Body        []byte
	// Input is what the classification reads (jobInput in JSON).
	Input []byte
	// Outcome is the computed classification, nil until then.
	Outcome *outcome
	// Hooks are the job's webhooks (hookConfig in JSON); Notified is the
	// last status whose events were emitted ("" for none).
	Hooks    []byte
	Notified string
}

// outcome is what a job ends with.
type outcome struct {
	Status       string                    `json:"status"`
	Result       *gen.ClassificationResult `json:"result,omitempty"`
	Results      []gen.FileClassification  `json:"results,omitempty"`
	ErrorMessage *string                   `json:"error_message,omitempty"`
	// Classifier is the ID of the classifier that computed it; empty for
	// a fixture's and for what a build older than the field computed.
	Classifier string `json:"classifier,omitempty"`
}

// jobInput is what computing a job's outcome needs beyond its body.
type jobInput struct {
	// FileIDs are a v1 job's files, as bare uuids.
	FileIDs []string `json:"file_ids,omitempty"`
}

// Statuses a derived status takes before a job ends.
const (
	statusPending   = "PENDING"
	statusRunning   = "RUNNING"
	statusCancelled = "CANCELLED"
)

// statusAt is the job's status at now, and when it last changed. A v2 job
// is PENDING until RunAt, RUNNING until FinishAt and until its outcome is
// computed, then ends with the outcome; a v1 job is PENDING until then.
// The SQL of sqliteStore.ListJobs derives the same status (statusBranches).
func (j *jobRecord) statusAt(now time.Time) (string, time.Time) {
	switch {
	case j.FixedStatus != "":
		return j.FixedStatus, j.FixedAt
	case now.Before(j.RunAt):
		return statusPending, j.CreatedAt
	case now.Before(j.FinishAt) || j.Outcome == nil:
		if j.Kind == kindV1 {
			return statusPending, j.CreatedAt
		}
		return statusRunning, j.RunAt
	}
	return j.Outcome.Status, j.FinishAt
}

// ended reports whether the job has reached an end state at now.
func (j *jobRecord) ended(now time.Time) bool {
	st, _ := j.statusAt(now)
	return terminal(st)
}

// terminal says whether a status is an end state.
func terminal(status string) bool {
	switch status {
	case "", statusPending, statusRunning:
		return false
	}
	return true
}

// due reports whether the job has ended by the clock but has no outcome
// yet: its classification is to be computed.
func (j *jobRecord) due(now time.Time) bool {
	return j.FixedStatus == "" && j.Outcome == nil && !now.Before(j.FinishAt)
}
