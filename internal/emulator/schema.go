package emulator

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations bring a store's database from one schema version to the next:
// migrations[i] goes from version i to i+1. The version is the database's
// user_version. Steps are only ever appended; a released step never
// changes.
var migrations = []string{
	// 0 -> 1: files, jobs, and counters kept by triggers so that limits
	// are checked without counting rows.
	`CREATE TABLE files (
		seq              INTEGER PRIMARY KEY AUTOINCREMENT,
		id               TEXT    NOT NULL,
		project          TEXT    NOT NULL,
		name             TEXT    NOT NULL,
		file_type        TEXT    NOT NULL,
		external_file_id TEXT,
		last_modified_at INTEGER NOT NULL,
		size             INTEGER NOT NULL,
		meta             BLOB    NOT NULL,
		content          TEXT    NOT NULL,
		deleted          INTEGER NOT NULL DEFAULT 0
	);
	CREATE UNIQUE INDEX files_live_id ON files (id) WHERE deleted = 0;
	CREATE INDEX files_by_project ON files (project, seq);

	CREATE TABLE jobs (
		seq              INTEGER PRIMARY KEY AUTOINCREMENT,
		id               TEXT    NOT NULL UNIQUE,
		kind             TEXT    NOT NULL,
		project          TEXT    NOT NULL,
		transaction_id   TEXT,
		configuration_id TEXT,
		created_at       INTEGER NOT NULL,
		run_at           INTEGER NOT NULL,
		finish_at        INTEGER NOT NULL,
		fixture          INTEGER NOT NULL DEFAULT 0,
		fixed_status     TEXT,
		fixed_at         INTEGER,
		body             BLOB    NOT NULL,
		input            BLOB,
		outcome_status   TEXT,
		outcome          BLOB,
		hooks            BLOB,
		notified         TEXT    NOT NULL DEFAULT '',
		watch            INTEGER NOT NULL DEFAULT 0,
		UNIQUE (project, transaction_id)
	);
	CREATE INDEX jobs_by_project ON jobs (project, kind, seq);
	-- Covers what a job's status is derived from, so that a count or a
	-- status filter over many jobs reads the index, not the jobs.
	CREATE INDEX jobs_by_status ON jobs (project, kind, fixed_status, outcome_status, run_at, finish_at, seq);
	CREATE INDEX jobs_unresolved ON jobs (project, kind, finish_at) WHERE outcome_status IS NULL AND fixed_status IS NULL;
	CREATE INDEX jobs_watched ON jobs (seq) WHERE watch = 1;

	CREATE TABLE counters (
		id    INTEGER PRIMARY KEY CHECK (id = 1),
		files INTEGER NOT NULL,
		bytes INTEGER NOT NULL,
		v1    INTEGER NOT NULL,
		v2    INTEGER NOT NULL
	);
	INSERT INTO counters VALUES (1, 0, 0, 0, 0);
	CREATE TRIGGER files_added AFTER INSERT ON files WHEN NEW.deleted = 0 BEGIN
		UPDATE counters SET files = files + 1, bytes = bytes + NEW.size WHERE id = 1;
	END;
	CREATE TRIGGER files_deleted AFTER UPDATE OF deleted ON files WHEN OLD.deleted = 0 AND NEW.deleted = 1 BEGIN
		UPDATE counters SET files = files - 1, bytes = bytes - OLD.size WHERE id = 1;
	END;
	CREATE TRIGGER files_removed AFTER DELETE ON files WHEN OLD.deleted = 0 BEGIN
		UPDATE counters SET files = files - 1, bytes = bytes - OLD.size WHERE id = 1;
	END;
	CREATE TRIGGER jobs_added AFTER INSERT ON jobs BEGIN
		UPDATE counters SET v1 = v1 + (NEW.kind = 'v1'), v2 = v2 + (NEW.kind = 'v2') WHERE id = 1;
	END;
	CREATE TRIGGER jobs_removed AFTER DELETE ON jobs BEGIN
		UPDATE counters SET v1 = v1 - (OLD.kind = 'v1'), v2 = v2 - (OLD.kind = 'v2') WHERE id = 1;
	END;`,

	// 1 -> 2: a client looks an upload up by its external_file_id before
	// sending it, once a document; without an index that lookup read every
	// file of the project, so a bulk run slowed as the store grew.
	`CREATE INDEX files_by_external_id ON files (project, external_file_id) WHERE deleted = 0;
	CREATE INDEX files_by_name ON files (project, name) WHERE deleted = 0;`,
}

// schemaVersion is the version this build writes.
var schemaVersion = len(migrations)

// NewerStoreError reports a store written by a newer build, whose schema
// this one does not know.
type NewerStoreError struct {
	// Dir is the store's directory.
	Dir string
	// Version is the store's schema version; Known the newest this build
	// knows.
	Version, Known int
}

func (e *NewerStoreError) Error() string {
	return fmt.Sprintf("the emulator's state in %s was written by a newer llamaclassify (schema %d; this one knows up to %d): upgrade llamaclassify, or run `llamaclassify emulator reset` to start afresh",
		e.Dir, e.Version, e.Known)
}

// migrate brings the database to schemaVersion in one transaction, which
// holds the write lock: two processes opening a new store at once apply
// each step once.
func (s *sqliteStore) migrate(ctx context.Context) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var v int
		if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v); err != nil {
			return fmt.Errorf("emulator: store %s: %w", s.dir, err)
		}
		if v > schemaVersion {
			return &NewerStoreError{Dir: s.dir, Version: v, Known: schemaVersion}
		}
		for ; v < schemaVersion; v++ {
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return fmt.Errorf("emulator: store %s: migrate to schema %d: %w", s.dir, v+1, err)
			}
		}
		// PRAGMA takes no parameters; v is an int.
		_, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion))
		return err
	})
}
