package emulator

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite", in pure Go
)

// sqliteStore keeps metadata in an SQLite database, dir/emulator.db, and
// each file's content in a file of its own under dir/contents, written as
// it is uploaded and read as it is served: contents never sit in the heap.
//
// Several processes may use one directory at once. The database is in WAL
// mode (readers never wait for the writer) with a busy timeout (a writer
// waits its turn rather than failing); every read-modify-write is one
// transaction that takes the write lock at its start (BEGIN IMMEDIATE).
// Idempotent creation rests on a UNIQUE (project, transaction_id)
// constraint, so it holds across processes too.
type sqliteStore struct {
	dir    string
	db     *sql.DB
	limits limits
	// wmu serializes this process's writers, so that they queue in Go
	// rather than in SQLite's busy handler, which polls.
	wmu sync.Mutex
}

// dbFileName is the database's name in the store's directory.
const dbFileName = "emulator.db"

// busyTimeout is how long a write waits for another process's.
const busyTimeout = 30 * time.Second

// openSQLiteStore opens the store in dir, creating it, and brings its
// schema up to date.
func openSQLiteStore(dir string, l limits) (*sqliteStore, error) {
	for _, d := range []string{dir, filepath.Join(dir, "contents"), filepath.Join(dir, "tmp")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("emulator: store %s: %w", dir, err)
		}
	}
	q := url.Values{}
	// Order matters: the busy timeout must be in force before switching
	// to WAL, which takes a lock.
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_txlock", "immediate")
	dsn := "file:" + filepath.ToSlash(filepath.Join(dir, dbFileName)) + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("emulator: store %s: %w", dir, err)
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	s := &sqliteStore{dir: dir, db: db, limits: l}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *sqliteStore) Close() error { return s.db.Close() }

// write runs f in a transaction that holds the database's write lock.
func (s *sqliteStore) write(ctx context.Context, f func(tx *sql.Tx) error) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("emulator: store: %w", err)
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("emulator: store: %w", err)
	}
	return nil
}

// nanos stores a time as Unix nanoseconds; the zero time as 0.
func nanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromNanos(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

func (s *sqliteStore) Counts(ctx context.Context) (counts, error) {
	var c counts
	err := s.db.QueryRowContext(ctx, `SELECT files, bytes, v1, v2 FROM counters WHERE id = 1`).
		Scan(&c.Files, &c.Bytes, &c.ClassifierJobs, &c.ClassifyJobs)
	return c, err
}

// --- files

func (s *sqliteStore) contentPath(name string) string {
	return filepath.Join(s.dir, "contents", name)
}

func (s *sqliteStore) Stage(_ context.Context, r io.Reader, limit int64) (*staged, error) {
	tmp, err := os.CreateTemp(filepath.Join(s.dir, "tmp"), "upload-*")
	if err != nil {
		return nil, fmt.Errorf("emulator: store: %w", err)
	}
	c := &staged{path: tmp.Name()}
	n, err := io.Copy(tmp, io.LimitReader(r, limit+1))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil && n > limit {
		err = errTooLarge
	}
	if err != nil {
		c.discard()
		return nil, err
	}
	c.size = n
	return c, nil
}

func (s *sqliteStore) PutFile(ctx context.Context, f fileRecord, c *staged) (fileRecord, error) {
	defer c.discard() // a no-op once renamed
	n := c.size
	tmpName := c.path
	f.Size = n
	content := uuid.NewString()
	meta, err := json.Marshal(f.Meta)
	if err != nil {
		return fileRecord{}, err
	}
	// The content is in place before the row that names it is committed;
	// a crash in between leaves an unnamed file, never a row without one.
	if err := os.Rename(tmpName, s.contentPath(content)); err != nil {
		return fileRecord{}, fmt.Errorf("emulator: store: %w", err)
	}
	var replaced string
	err = s.write(ctx, func(tx *sql.Tx) error {
		var c counts
		if err := tx.QueryRowContext(ctx, `SELECT files, bytes FROM counters WHERE id = 1`).Scan(&c.Files, &c.Bytes); err != nil {
			return err
		}
		var oldSize int64
		err := tx.QueryRowContext(ctx, `SELECT content, size FROM files WHERE id = ? AND deleted = 0`, f.Meta.Id).Scan(&replaced, &oldSize)
		switch {
		case err == nil:
			c.Files--
			c.Bytes -= oldSize
			if _, err := tx.ExecContext(ctx, `DELETE FROM files WHERE id = ? AND deleted = 0`, f.Meta.Id); err != nil {
				return err
			}
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		if err := s.limits.checkFile(c, n); err != nil {
			replaced = ""
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO files (id, project, name, file_type, external_file_id, last_modified_at, size, meta, content)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			f.Meta.Id, f.project(), f.Meta.Name, deref(f.Meta.FileType), f.Meta.ExternalFileId,
			nanos(deref(f.Meta.LastModifiedAt)), n, meta, content)
		if err != nil {
			return err
		}
		f.Seq, err = res.LastInsertId()
		return err
	})
	if err != nil {
		os.Remove(s.contentPath(content))
		return fileRecord{}, err
	}
	if replaced != "" {
		os.Remove(s.contentPath(replaced))
	}
	return f, nil
}

const fileColumns = `seq, meta, size`

func scanFile(row interface{ Scan(...any) error }) (fileRecord, error) {
	var f fileRecord
	var meta []byte
	if err := row.Scan(&f.Seq, &meta, &f.Size); err != nil {
		return fileRecord{}, err
	}
	if err := json.Unmarshal(meta, &f.Meta); err != nil {
		return fileRecord{}, fmt.Errorf("emulator: store: file %d: %w", f.Seq, err)
	}
	return f, nil
}

func (s *sqliteStore) GetFile(ctx context.Context, project, id string) (fileRecord, error) {
	alt := id
	if !strings.HasPrefix(id, "dfl-") {
		alt = "dfl-" + id
	}
	f, err := scanFile(s.db.QueryRowContext(ctx, `SELECT `+fileColumns+` FROM files
		WHERE id IN (?, ?) AND project = ? AND deleted = 0 ORDER BY id = ? DESC LIMIT 1`, id, alt, project, id))
	if errors.Is(err, sql.ErrNoRows) {
		return fileRecord{}, errNotFound
	}
	return f, err
}

func (s *sqliteStore) OpenFile(ctx context.Context, f fileRecord) (io.ReadSeekCloser, error) {
	var content string
	err := s.db.QueryRowContext(ctx, `SELECT content FROM files WHERE seq = ? AND deleted = 0`, f.Seq).Scan(&content)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errNotFound
	}
	if err != nil {
		return nil, err
	}
	file, err := os.Open(s.contentPath(content))
	if errors.Is(err, os.ErrNotExist) {
		// Deleted between the two reads.
		return nil, errNotFound
	}
	return file, err
}

func (s *sqliteStore) DeleteFile(ctx context.Context, project, id string) error {
	var content string
	err := s.write(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `UPDATE files SET deleted = 1 WHERE id = ? AND project = ? AND deleted = 0 RETURNING content`, id, project).Scan(&content)
		if errors.Is(err, sql.ErrNoRows) {
			return errNotFound
		}
		return err
	})
	if err != nil {
		return err
	}
	// The row stays, without content, so that a page token naming it
	// still finds its place in the list.
	os.Remove(s.contentPath(content))
	return nil
}

// fileOrderColumns maps order_by fields to columns; fileOrder.compare is
// the same order in Go.
var fileOrderColumns = map[string]string{
	"name":             "name",
	"last_modified_at": "last_modified_at",
	"file_size":        "size",
	"file_type":        "file_type",
	"external_file_id": "COALESCE(external_file_id, '')",
	"id":               "id",
	"created_at":       "seq",
}

func (s *sqliteStore) ListFiles(ctx context.Context, q fileQuery) (page[fileRecord], error) {
	where := []string{"project = ?", "deleted = 0"}
	args := []any{q.Project}
	if q.IDs != nil {
		ids, _ := json.Marshal(q.IDs)
		where = append(where, "id IN (SELECT value FROM json_each(?))")
		args = append(args, string(ids))
	}
	if q.Name != nil {
		where = append(where, "name = ?")
		args = append(args, *q.Name)
	}
	if q.ExternalFileID != nil {
		where = append(where, "external_file_id = ?")
		args = append(args, *q.ExternalFileID)
	}
	var p page[fileRecord]
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM files WHERE `+strings.Join(where, " AND "), args...).Scan(&p.Total); err != nil {
		return p, err
	}

	keys := make([]string, 0, len(q.Order)+1)
	desc := make([]bool, 0, len(q.Order)+1)
	for _, k := range q.Order {
		keys = append(keys, fileOrderColumns[k.field])
		desc = append(desc, k.desc)
	}
	keys, desc = append(keys, "seq"), append(desc, true)
	if q.After != 0 {
		// The anchor is looked up whatever its state, deleted included.
		anchor := make([]any, len(keys))
		ptrs := make([]any, len(keys))
		for i := range anchor {
			ptrs[i] = &anchor[i]
		}
		err := s.db.QueryRowContext(ctx, `SELECT `+strings.Join(keys, ", ")+` FROM files WHERE project = ? AND seq = ?`, q.Project, q.After).Scan(ptrs...)
		if errors.Is(err, sql.ErrNoRows) {
			return p, errBadPageToken
		}
		if err != nil {
			return p, err
		}
		// After the anchor in the list's order: greater on the first key
		// that differs (smaller for a descending key).
		var or []string
		for i := range keys {
			var and []string
			for j := range i {
				and = append(and, keys[j]+" = ?")
				args = append(args, anchor[j])
			}
			op := " > ?"
			if desc[i] {
				op = " < ?"
			}
			and = append(and, keys[i]+op)
			args = append(args, anchor[i])
			or = append(or, "("+strings.Join(and, " AND ")+")")
		}
		where = append(where, "("+strings.Join(or, " OR ")+")")
	}
	order := make([]string, len(keys))
	for i, k := range keys {
		order[i] = k
		if desc[i] {
			order[i] += " DESC"
		}
	}
	args = append(args, int64(q.Size)+1)
	rows, err := s.db.QueryContext(ctx, `SELECT `+fileColumns+` FROM files WHERE `+strings.Join(where, " AND ")+
		` ORDER BY `+strings.Join(order, ", ")+` LIMIT ?`, args...)
	if err != nil {
		return p, err
	}
	defer rows.Close()
	for rows.Next() {
		f, err := scanFile(rows)
		if err != nil {
			return p, err
		}
		if len(p.Items) == q.Size {
			p.More = true
			break
		}
		p.Items = append(p.Items, f)
	}
	return p, rows.Err()
}

// --- jobs

const jobColumns = `seq, id, kind, project, transaction_id, configuration_id, created_at, run_at, finish_at,
	fixture, fixed_status, fixed_at, body, input, outcome, hooks, notified`

func scanJob(row interface{ Scan(...any) error }) (jobRecord, error) {
	var j jobRecord
	var txn, cfg, fixed sql.NullString
	var fixedAt sql.NullInt64
	var created, run, finish int64
	var out []byte
	if err := row.Scan(&j.Seq, &j.ID, &j.Kind, &j.Project, &txn, &cfg, &created, &run, &finish,
		&j.Fixture, &fixed, &fixedAt, &j.Body, &j.Input, &out, &j.Hooks, &j.Notified); err != nil {
		return jobRecord{}, err
	}
	j.TransactionID, j.ConfigurationID, j.FixedStatus = txn.String, cfg.String, fixed.String
	j.CreatedAt, j.RunAt, j.FinishAt, j.FixedAt = fromNanos(created), fromNanos(run), fromNanos(finish), fromNanos(fixedAt.Int64)
	if out != nil {
		j.Outcome = new(outcome)
		if err := json.Unmarshal(out, j.Outcome); err != nil {
			return jobRecord{}, fmt.Errorf("emulator: store: job %s: %w", j.ID, err)
		}
	}
	return j, nil
}

func (s *sqliteStore) insertJob(ctx context.Context, tx *sql.Tx, j *jobRecord) error {
	var out []byte
	var outStatus sql.NullString
	if j.Outcome != nil {
		var err error
		if out, err = json.Marshal(j.Outcome); err != nil {
			return err
		}
		outStatus = nullString(j.Outcome.Status)
	}
	watch := j.Hooks != nil && !terminal(j.Notified)
	var fixedAt sql.NullInt64
	if j.FixedStatus != "" {
		fixedAt = sql.NullInt64{Int64: nanos(j.FixedAt), Valid: true}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO jobs (id, kind, project, transaction_id, configuration_id, created_at, run_at, finish_at,
		fixture, fixed_status, fixed_at, body, input, outcome_status, outcome, hooks, notified, watch)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		j.ID, j.Kind, j.Project, nullString(j.TransactionID), nullString(j.ConfigurationID),
		nanos(j.CreatedAt), nanos(j.RunAt), nanos(j.FinishAt), j.Fixture, nullString(j.FixedStatus), fixedAt,
		j.Body, j.Input, outStatus, out, j.Hooks, j.Notified, watch)
	if err != nil {
		return err
	}
	j.Seq, err = res.LastInsertId()
	return err
}

func (s *sqliteStore) CreateJob(ctx context.Context, j jobRecord) (jobRecord, bool, error) {
	var existing *jobRecord
	err := s.write(ctx, func(tx *sql.Tx) error {
		if j.TransactionID != "" {
			old, err := scanJob(tx.QueryRowContext(ctx, `SELECT `+jobColumns+` FROM jobs WHERE project = ? AND transaction_id = ?`, j.Project, j.TransactionID))
			if err == nil {
				existing = &old
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		if s.limits.Jobs > 0 {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT v1 + v2 FROM counters WHERE id = 1`).Scan(&n); err != nil {
				return err
			}
			if n >= s.limits.Jobs {
				return s.limits.jobsError()
			}
		}
		return s.insertJob(ctx, tx, &j)
	})
	if err != nil {
		return jobRecord{}, false, err
	}
	if existing != nil {
		return *existing, false, nil
	}
	return j, true, nil
}

func (s *sqliteStore) PutJob(ctx context.Context, j jobRecord) (jobRecord, error) {
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM jobs WHERE id = ?`, j.ID); err != nil {
			return err
		}
		if j.TransactionID != "" {
			if _, err := tx.ExecContext(ctx, `UPDATE jobs SET transaction_id = NULL WHERE project = ? AND transaction_id = ?`, j.Project, j.TransactionID); err != nil {
				return err
			}
		}
		return s.insertJob(ctx, tx, &j)
	})
	return j, err
}

func (s *sqliteStore) GetJob(ctx context.Context, kind jobKind, project, id string) (jobRecord, error) {
	j, err := scanJob(s.db.QueryRowContext(ctx, `SELECT `+jobColumns+` FROM jobs WHERE id = ? AND kind = ? AND project = ?`, id, kind, project))
	if errors.Is(err, sql.ErrNoRows) {
		return jobRecord{}, errNotFound
	}
	return j, err
}

// statusBranches are conditions on a job's row, one of which holds when
// its status at :now is :status, as jobRecord.statusAt derives it: a fixed
// status (a fixture's, or CANCELLED) wins; otherwise a job is PENDING until
// run_at, then RUNNING (a v1 job: PENDING) until finish_at and until its
// outcome is computed, then its outcome. No job meets two of them. Each is
// a conjunction of comparisons on the columns of jobs_by_status, so that
// SQLite answers it from that index, without statistics; one condition with
// OR, or the status computed for every job, reads every job of the project
// instead.
func statusBranches(kind jobKind, status string) []string {
	const derived = "fixed_status IS NULL AND "
	b := []string{
		"fixed_status = :status",
		derived + "outcome_status = :status AND run_at <= :now AND finish_at <= :now",
	}
	notYet := []string{
		derived + "run_at > :now",
		derived + "run_at <= :now AND finish_at > :now",
		derived + "run_at <= :now AND finish_at <= :now AND outcome_status IS NULL",
	}
	switch {
	case status == statusPending && kind == kindV1:
		b = append(b, notYet...)
	case status == statusPending:
		b = append(b, notYet[0])
	case status == statusRunning && kind != kindV1:
		b = append(b, notYet[1:]...)
	}
	return b
}

func (s *sqliteStore) ListJobs(ctx context.Context, q jobQuery) (page[jobRecord], error) {
	where := []string{"project = :project", "kind = :kind"}
	args := []any{sql.Named("project", q.Project), sql.Named("kind", string(q.Kind)), sql.Named("now", nanos(q.Now))}
	var branches []string
	if q.Status != nil {
		branches = statusBranches(q.Kind, *q.Status)
		args = append(args, sql.Named("status", *q.Status))
	}
	if q.IDs != nil {
		ids, _ := json.Marshal(q.IDs)
		where = append(where, "id IN (SELECT value FROM json_each(:ids))")
		args = append(args, sql.Named("ids", string(ids)))
	}
	if q.ConfigurationID != nil {
		where = append(where, "configuration_id = :cfg")
		args = append(args, sql.Named("cfg", *q.ConfigurationID))
	}
	if q.CreatedFrom != nil {
		where = append(where, "created_at >= :from")
		args = append(args, sql.Named("from", q.CreatedFrom.UnixNano()))
	}
	if q.CreatedTo != nil {
		where = append(where, "created_at <= :to")
		args = append(args, sql.Named("to", q.CreatedTo.UnixNano()))
	}
	// seqs selects the seq of the jobs that meet the filters (and extra),
	// one SELECT a branch of the status: each reads jobs_by_status alone.
	seqs := func(extra string) string {
		parts := make([]string, len(branches))
		for i, b := range branches {
			parts[i] = "SELECT seq FROM jobs WHERE " + strings.Join(where, " AND ") + " AND " + b + extra
		}
		return strings.Join(parts, " UNION ALL ")
	}
	var p page[jobRecord]
	countSQL := `SELECT COUNT(*) FROM jobs WHERE ` + strings.Join(where, " AND ")
	if q.Status != nil {
		countSQL = `SELECT COUNT(*) FROM (` + seqs("") + `)`
	}
	if err := s.db.QueryRowContext(ctx, countSQL, args...).Scan(&p.Total); err != nil {
		return p, err
	}
	var after string
	if q.After != 0 {
		var one int
		err := s.db.QueryRowContext(ctx, `SELECT 1 FROM jobs WHERE project = ? AND kind = ? AND seq = ?`, q.Project, q.Kind, q.After).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return p, errBadPageToken
		}
		if err != nil {
			return p, err
		}
		after = " AND seq < :after"
		args = append(args, sql.Named("after", q.After))
	}
	args = append(args, sql.Named("limit", int64(q.Size)+1))
	// The newest jobs come first from jobs_by_project, skipping those
	// without the status: cheap without a status, or when at least half of
	// the jobs (of every project, an upper bound) have it. When fewer do,
	// that can read every job of the project for a page, so the page's
	// seqs come from jobs_by_status instead, sorted, then only their rows
	// ("+seq" keeps SQLite from reading each branch in the order of
	// jobs_by_project).
	cond := strings.Join(where, " AND ")
	if q.Status != nil {
		cond += " AND ((" + strings.Join(branches, ") OR (") + "))"
	}
	pageSQL := `SELECT ` + jobColumns + ` FROM jobs WHERE ` + cond + after + ` ORDER BY seq DESC LIMIT :limit`
	if q.Status != nil {
		c, err := s.Counts(ctx)
		if err != nil {
			return p, err
		}
		all := c.ClassifyJobs
		if q.Kind == kindV1 {
			all = c.ClassifierJobs
		}
		if 2*p.Total < int64(all) {
			pageSQL = `SELECT ` + jobColumns + ` FROM jobs WHERE seq IN (
				SELECT seq FROM (` + seqs(after) + `) ORDER BY +seq DESC LIMIT :limit) ORDER BY seq DESC`
		}
	}
	rows, err := s.db.QueryContext(ctx, pageSQL, args...)
	if err != nil {
		return p, err
	}
	defer rows.Close()
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return p, err
		}
		if len(p.Items) == q.Size {
			p.More = true
			break
		}
		p.Items = append(p.Items, j)
	}
	return p, rows.Err()
}

func (s *sqliteStore) Unresolved(ctx context.Context, project string, kind jobKind, now time.Time, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM jobs WHERE project = ? AND kind = ? AND outcome_status IS NULL AND fixed_status IS NULL
		AND finish_at <= ? ORDER BY finish_at LIMIT ?`, project, kind, nanos(now), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func (s *sqliteStore) SetOutcome(ctx context.Context, id string, o outcome) error {
	out, err := json.Marshal(o)
	if err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE jobs SET outcome_status = ?, outcome = ? WHERE id = ? AND outcome_status IS NULL`, o.Status, out, id)
		return err
	})
}

func (s *sqliteStore) JobByTransaction(ctx context.Context, project, txn string) (jobRecord, error) {
	j, err := scanJob(s.db.QueryRowContext(ctx, `SELECT `+jobColumns+` FROM jobs WHERE project = ? AND transaction_id = ?`, project, txn))
	if errors.Is(err, sql.ErrNoRows) {
		return jobRecord{}, errNotFound
	}
	return j, err
}

func (s *sqliteStore) ReleaseTransaction(ctx context.Context, project, txn, id string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE jobs SET transaction_id = NULL WHERE project = ? AND transaction_id = ? AND id = ?`, project, txn, id)
		return err
	})
}

func (s *sqliteStore) Cancel(ctx context.Context, kind jobKind, project, id string, now time.Time) (jobRecord, string, bool, error) {
	var j jobRecord
	var notified string
	var cancelled bool
	err := s.write(ctx, func(tx *sql.Tx) error {
		var err error
		j, err = scanJob(tx.QueryRowContext(ctx, `SELECT `+jobColumns+` FROM jobs WHERE id = ? AND kind = ? AND project = ?`, id, kind, project))
		if errors.Is(err, sql.ErrNoRows) {
			return errNotFound
		}
		if err != nil || j.ended(now) {
			return err
		}
		notified = j.Notified
		j.FixedStatus, j.FixedAt = statusCancelled, now
		if j.Hooks != nil {
			j.Notified = statusCancelled
		}
		cancelled = true
		_, err = tx.ExecContext(ctx, `UPDATE jobs SET fixed_status = ?, fixed_at = ?, notified = ?, watch = 0 WHERE seq = ?`,
			j.FixedStatus, nanos(now), j.Notified, j.Seq)
		return err
	})
	return j, notified, cancelled, err
}

func (s *sqliteStore) Watched(ctx context.Context, limit int) ([]jobRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+jobColumns+` FROM jobs WHERE watch = 1 ORDER BY seq LIMIT ?`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []jobRecord
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

func (s *sqliteStore) MarkNotified(ctx context.Context, id, from, to string) (bool, error) {
	var won bool
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE jobs SET notified = ?, watch = ? WHERE id = ? AND notified = ?`, to, !terminal(to), id, from)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		won = n == 1
		return err
	})
	return won, err
}

// signingKey returns the store's key for presigned URLs, made on first use,
// so that URLs outlive the process that made them.
func (s *sqliteStore) signingKey() ([]byte, error) {
	path := filepath.Join(s.dir, "signing.key")
	if key, err := os.ReadFile(path); err == nil && len(key) == 32 {
		return key, nil
	}
	key := newSigningKey()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		// Another process made it first.
		if key, err := os.ReadFile(path); err == nil && len(key) == 32 {
			return key, nil
		}
		return nil, err
	}
	_, err = f.Write(key)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return key, err
}

// Reset says what ResetDataDir removed.
type Reset struct {
	// Found is false when dir held no emulator state.
	Found bool
	// Counted is false when the store could not be read (one written by a
	// newer version): what it held is unknown.
	Counted bool
	// What the store held.
	Files, ClassifierJobs, ClassifyJobs int
	Bytes                               int64
}

// ResetDataDir deletes the state an emulator keeps in dir (WithDataDir):
// its database and the files' contents, nothing else; dir itself goes if
// nothing else is left in it. No emulator should be using dir meanwhile.
func ResetDataDir(dir string) (Reset, error) {
	var r Reset
	db := filepath.Join(dir, dbFileName)
	if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
		return r, nil
	} else if err != nil {
		return r, fmt.Errorf("emulator: reset %s: %w", dir, err)
	}
	r.Found = true
	if st, err := openSQLiteStore(dir, limits{}); err == nil {
		if c, err := st.Counts(context.Background()); err == nil {
			r.Counted = true
			r.Files, r.ClassifierJobs, r.ClassifyJobs, r.Bytes = c.Files, c.ClassifierJobs, c.ClassifyJobs, c.Bytes
		}
		st.Close()
	}
	for _, name := range []string{dbFileName, dbFileName + "-wal", dbFileName + "-shm", dbFileName + "-journal", "signing.key", "contents", "tmp"} {
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return r, fmt.Errorf("emulator: reset %s: %w", dir, err)
		}
	}
	_ = os.Remove(dir) // only when empty
	return r, nil
}
