package emulator

import (
	"bytes"
	"context"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
)

// memoryStore keeps everything in the heap, file contents included. It is
// the store of tests and clienttest: quick, private to one Server, gone
// when the Server is.
type memoryStore struct {
	limits limits

	mu    sync.Mutex
	seq   int64
	files map[string]*fileRecord // by id, deleted files included
	// fileList and jobList hold every file and job stored, by ascending
	// Seq, for lists and page tokens (a deleted file stays, marked).
	fileList []*fileRecord
	deleted  map[int64]bool
	jobs     map[string]*jobRecord
	jobList  []*jobRecord
	txns     map[string]*jobRecord // by project + "\x00" + transaction id
	// held counts the files not deleted and their bytes.
	held counts
}

func newMemoryStore(l limits) *memoryStore {
	return &memoryStore{
		limits:  l,
		files:   map[string]*fileRecord{},
		deleted: map[int64]bool{},
		jobs:    map[string]*jobRecord{},
		txns:    map[string]*jobRecord{},
	}
}

func (m *memoryStore) Close() error { return nil }

func (m *memoryStore) countsLocked() counts {
	c := m.held
	for _, j := range m.jobList {
		if j.Kind == kindV1 {
			c.ClassifierJobs++
		} else {
			c.ClassifyJobs++
		}
	}
	return c
}

func (m *memoryStore) Counts(context.Context) (counts, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.countsLocked(), nil
}

func (m *memoryStore) Stage(_ context.Context, r io.Reader, limit int64) (*staged, error) {
	data, err := readAtMost(r, limit)
	if err != nil {
		return nil, err
	}
	return &staged{size: int64(len(data)), data: data}, nil
}

func (m *memoryStore) PutFile(_ context.Context, f fileRecord, c *staged) (fileRecord, error) {
	n := c.size
	m.mu.Lock()
	defer m.mu.Unlock()
	old := m.files[f.Meta.Id]
	if old != nil && m.deleted[old.Seq] {
		old = nil
	}
	held := m.held
	if old != nil {
		held.Files--
		held.Bytes -= old.Size
	}
	if err := m.limits.checkFile(held, n); err != nil {
		return fileRecord{}, err
	}
	m.held = held
	m.held.Files++
	m.held.Bytes += n
	if prev := m.files[f.Meta.Id]; prev != nil {
		m.fileList = slices.DeleteFunc(m.fileList, func(x *fileRecord) bool { return x == prev })
		delete(m.deleted, prev.Seq)
	}
	m.seq++
	f.Seq = m.seq
	f.Size = n
	f.content = c.data
	rec := f
	m.files[f.Meta.Id] = &rec
	m.fileList = append(m.fileList, &rec)
	f.content = nil
	return f, nil
}

func (m *memoryStore) lookupFileLocked(project, id string) *fileRecord {
	f := m.files[id]
	if f == nil && !strings.HasPrefix(id, "dfl-") {
		f = m.files["dfl-"+id]
	}
	if f == nil || m.deleted[f.Seq] || f.project() != project {
		return nil
	}
	return f
}

func (m *memoryStore) GetFile(_ context.Context, project, id string) (fileRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f := m.lookupFileLocked(project, id)
	if f == nil {
		return fileRecord{}, errNotFound
	}
	return *f, nil
}

func (m *memoryStore) OpenFile(_ context.Context, f fileRecord) (io.ReadSeekCloser, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	rec := m.files[f.Meta.Id]
	if rec == nil || rec.Seq != f.Seq || m.deleted[rec.Seq] {
		return nil, errNotFound
	}
	return nopCloser{bytes.NewReader(rec.content)}, nil
}

type nopCloser struct{ io.ReadSeeker }

func (nopCloser) Close() error { return nil }

func (m *memoryStore) DeleteFile(_ context.Context, project, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	f := m.lookupFileLocked(project, id)
	if f == nil {
		return errNotFound
	}
	m.deleted[f.Seq] = true
	m.held.Files--
	m.held.Bytes -= f.Size
	f.content = nil
	return nil
}

func (m *memoryStore) ListFiles(_ context.Context, q fileQuery) (page[fileRecord], error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var ids map[string]bool
	if q.IDs != nil {
		ids = setOf(q.IDs)
	}
	var anchor *fileRecord
	var matched []*fileRecord
	for i := len(m.fileList) - 1; i >= 0; i-- {
		f := m.fileList[i]
		if f.project() != q.Project {
			continue
		}
		if q.After != 0 && f.Seq == q.After {
			anchor = f
		}
		if m.deleted[f.Seq] ||
			ids != nil && !ids[f.Meta.Id] ||
			q.Name != nil && f.Meta.Name != *q.Name ||
			q.ExternalFileID != nil && (f.Meta.ExternalFileId == nil || *f.Meta.ExternalFileId != *q.ExternalFileID) {
			continue
		}
		matched = append(matched, f)
	}
	if q.After != 0 && anchor == nil {
		return page[fileRecord]{}, errBadPageToken
	}
	if q.Order != nil {
		slices.SortStableFunc(matched, q.Order.compare)
	}
	start := 0
	if anchor != nil {
		start = len(matched)
		for i, f := range matched {
			if q.Order.compare(anchor, f) < 0 {
				start = i
				break
			}
		}
	}
	p := page[fileRecord]{Total: int64(len(matched))}
	end := start + min(q.Size, len(matched)-start)
	for _, f := range matched[start:end] {
		rec := *f
		rec.content = nil
		p.Items = append(p.Items, rec)
	}
	p.More = end < len(matched)
	return p, nil
}

func txnKey(project, txn string) string { return project + "\x00" + txn }

func (m *memoryStore) CreateJob(_ context.Context, j jobRecord) (jobRecord, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if j.TransactionID != "" {
		if old := m.txns[txnKey(j.Project, j.TransactionID)]; old != nil {
			return *old, false, nil
		}
	}
	if m.limits.Jobs > 0 && len(m.jobList) >= m.limits.Jobs {
		return jobRecord{}, false, m.limits.jobsError()
	}
	m.insertJobLocked(j)
	return *m.jobs[j.ID], true, nil
}

func (m *memoryStore) insertJobLocked(j jobRecord) {
	m.seq++
	j.Seq = m.seq
	rec := &j
	m.jobs[j.ID] = rec
	m.jobList = append(m.jobList, rec)
	if j.TransactionID != "" {
		m.txns[txnKey(j.Project, j.TransactionID)] = rec
	}
}

func (m *memoryStore) PutJob(_ context.Context, j jobRecord) (jobRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if old := m.jobs[j.ID]; old != nil {
		m.jobList = slices.DeleteFunc(m.jobList, func(x *jobRecord) bool { return x == old })
		if old.TransactionID != "" && m.txns[txnKey(old.Project, old.TransactionID)] == old {
			delete(m.txns, txnKey(old.Project, old.TransactionID))
		}
	}
	m.insertJobLocked(j)
	return *m.jobs[j.ID], nil
}

func (m *memoryStore) GetJob(_ context.Context, kind jobKind, project, id string) (jobRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	j := m.jobs[id]
	if j == nil || j.Kind != kind || j.Project != project {
		return jobRecord{}, errNotFound
	}
	return *j, nil
}

func (m *memoryStore) ListJobs(_ context.Context, q jobQuery) (page[jobRecord], error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var ids map[string]bool
	if q.IDs != nil {
		ids = setOf(q.IDs)
	}
	found := q.After == 0
	var p page[jobRecord]
	for i := len(m.jobList) - 1; i >= 0; i-- {
		j := m.jobList[i]
		if j.Kind != q.Kind || j.Project != q.Project {
			continue
		}
		if j.Seq == q.After {
			found = true
		}
		if !q.matches(j) {
			continue
		}
		if ids != nil && !ids[j.ID] {
			continue
		}
		p.Total++
		if q.After != 0 && j.Seq >= q.After {
			continue
		}
		if len(p.Items) == q.Size {
			p.More = true
			continue
		}
		p.Items = append(p.Items, *j)
	}
	if !found {
		return page[jobRecord]{}, errBadPageToken
	}
	return p, nil
}

// matches applies the filters of q other than IDs to j.
func (q *jobQuery) matches(j *jobRecord) bool {
	if q.Status != nil {
		if st, _ := j.statusAt(q.Now); st != *q.Status {
			return false
		}
	}
	created := j.CreatedAt
	return (q.ConfigurationID == nil || j.ConfigurationID != "" && j.ConfigurationID == *q.ConfigurationID) &&
		(q.CreatedFrom == nil || !created.Before(*q.CreatedFrom)) &&
		(q.CreatedTo == nil || !created.After(*q.CreatedTo))
}

func (m *memoryStore) Unresolved(_ context.Context, project string, kind jobKind, now time.Time, limit int) ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for _, j := range m.jobList {
		if len(out) == limit {
			break
		}
		if j.Project == project && j.Kind == kind && j.due(now) {
			out = append(out, j.ID)
		}
	}
	return out, nil
}

func (m *memoryStore) SetOutcome(_ context.Context, id string, o outcome) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if j := m.jobs[id]; j != nil && j.Outcome == nil {
		j.Outcome = &o
	}
	return nil
}

func (m *memoryStore) JobByTransaction(_ context.Context, project, txn string) (jobRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if j := m.txns[txnKey(project, txn)]; j != nil {
		return *j, nil
	}
	return jobRecord{}, errNotFound
}

func (m *memoryStore) ReleaseTransaction(_ context.Context, project, txn, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if j := m.txns[txnKey(project, txn)]; j != nil && j.ID == id {
		delete(m.txns, txnKey(project, txn))
		j.TransactionID = ""
	}
	return nil
}

func (m *memoryStore) Cancel(_ context.Context, kind jobKind, project, id string, now time.Time) (jobRecord, string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	j := m.jobs[id]
	if j == nil || j.Kind != kind || j.Project != project {
		return jobRecord{}, "", false, errNotFound
	}
	if j.ended(now) {
		return *j, "", false, nil
	}
	notified := j.Notified
	j.FixedStatus, j.FixedAt = statusCancelled, now
	if j.Hooks != nil {
		j.Notified = statusCancelled
	}
	return *j, notified, true, nil
}

func (m *memoryStore) Watched(_ context.Context, limit int) ([]jobRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []jobRecord
	for _, j := range m.jobList {
		if len(out) == limit {
			break
		}
		if j.Hooks != nil && !terminal(j.Notified) {
			out = append(out, *j)
		}
	}
	return out, nil
}

func (m *memoryStore) MarkNotified(_ context.Context, id, from, to string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	j := m.jobs[id]
	if j == nil || j.Notified != from {
		return false, nil
	}
	j.Notified = to
	return true, nil
}
