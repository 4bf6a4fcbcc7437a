package emulator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// bothStores returns an empty store of each kind, to hold side by side.
func bothStores(t *testing.T) (*memoryStore, *sqliteStore) {
	t.Helper()
	disk, err := openSQLiteStore(t.TempDir(), limits{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { disk.Close() })
	return newMemoryStore(limits{}), disk
}

// The two stores list the same files in the same order, page by page, for
// every order and filter, deleted files included.
func TestStoresListFilesAlike(t *testing.T) {
	ctx := context.Background()
	mem, disk := bothStores(t)
	rng := rand.New(rand.NewPCG(1, 2))
	project := DefaultProjectID
	base := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	var ids []string
	for i := range 60 {
		f := gen.FileV2{
			Id:             "dfl-" + uuid.NewString(),
			ProjectId:      uuid.MustParse(project),
			Name:           fmt.Sprintf("doc-%d.%s", rng.IntN(7), []string{"pdf", "txt", "csv"}[rng.IntN(3)]),
			LastModifiedAt: timePtr(base.Add(time.Duration(rng.IntN(5)) * time.Minute)),
		}
		if rng.IntN(3) > 0 {
			f.FileType = strPtr(strings.TrimPrefix(f.Name[strings.LastIndex(f.Name, "."):], "."))
		}
		if rng.IntN(2) == 0 {
			f.ExternalFileId = strPtr(fmt.Sprint("ext-", rng.IntN(4)))
		}
		content := bytes.Repeat([]byte("x"), rng.IntN(5))
		for _, st := range []store{mem, disk} {
			c, err := st.Stage(ctx, bytes.NewReader(content), 100)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := st.PutFile(ctx, fileRecord{Meta: f}, c); err != nil {
				t.Fatal(err)
			}
		}
		ids = append(ids, f.Id)
		if i%7 == 3 {
			gone := ids[rng.IntN(len(ids))]
			for _, st := range []store{mem, disk} {
				if err := st.DeleteFile(ctx, project, gone); err != nil && !errors.Is(err, errNotFound) {
					t.Fatal(err)
				}
			}
		}
	}
	orders := []string{"", "name", "name desc", "file_size,name", "file_type desc,last_modified_at", "external_file_id,created_at desc", "id desc", "last_modified_at desc,file_size"}
	for _, o := range orders {
		order, err := parseFileOrder(&o)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []fileQuery{
			{Order: order},
			{Order: order, Name: strPtr("doc-3.pdf")},
			{Order: order, ExternalFileID: strPtr("ext-1")},
			{Order: order, IDs: ids[10:30]},
			{Order: order, IDs: []string{}},
		} {
			q.Project = project
			size := 1 + rng.IntN(9)
			var lists [2][]string
			for i, st := range []store{mem, disk} {
				q := q
				q.Size = size
				for range 100 {
					p, err := st.ListFiles(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					for _, f := range p.Items {
						lists[i] = append(lists[i], f.Meta.Id)
					}
					if !p.More {
						break
					}
					q.After = p.Items[len(p.Items)-1].Seq
				}
			}
			if !slices.Equal(lists[0], lists[1]) {
				t.Fatalf("order %q, query %+v, pages of %d:\nmemory %v\nsqlite %v", o, q, size, lists[0], lists[1])
			}
		}
	}
}

// The two stores list the same jobs for every status at every moment of
// their lives, page by page, with the same totals: the SQL condition on a
// status derives it as jobRecord.statusAt does.
func TestStoresListJobsAlike(t *testing.T) {
	ctx := context.Background()
	mem, disk := bothStores(t)
	rng := rand.New(rand.NewPCG(3, 4))
	project := DefaultProjectID
	base := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	at := func(s int) time.Time { return base.Add(time.Duration(s) * time.Second) }
	statuses := []string{statusPending, statusRunning, statusCancelled, "COMPLETED", "FAILED", "PARTIAL_SUCCESS"}
	for i := range 120 {
		kind := []jobKind{kindV1, kindV2}[i%2]
		run := rng.IntN(6)
		j := jobRecord{
			ID: fmt.Sprintf("job-%d", i), Kind: kind, Project: project,
			CreatedAt: at(0), RunAt: at(run), FinishAt: at(run + rng.IntN(6)),
			Body: []byte(`{}`),
		}
		if rng.IntN(6) == 0 {
			// A fixture: answered with the status it was stored with.
			j.Fixture, j.FixedStatus, j.FixedAt = true, statuses[rng.IntN(len(statuses))], at(1)
		}
		for _, st := range []store{mem, disk} {
			var err error
			if j.Fixture {
				_, err = st.PutJob(ctx, j)
			} else {
				_, _, err = st.CreateJob(ctx, j)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if j.Fixture {
			continue
		}
		switch rng.IntN(4) {
		case 0, 1: // its outcome is computed; with case 2 it never is
			o := outcome{Status: []string{"COMPLETED", "FAILED"}[rng.IntN(2)]}
			for _, st := range []store{mem, disk} {
				if err := st.SetOutcome(ctx, j.ID, o); err != nil {
					t.Fatal(err)
				}
			}
		case 3: // cancelled at some moment (a no-op once it has ended)
			now := at(rng.IntN(12))
			for _, st := range []store{mem, disk} {
				if _, _, _, err := st.Cancel(ctx, kind, project, j.ID, now); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	seen := map[string]int{}
	for sec := -1; sec <= 12; sec++ {
		for _, kind := range []jobKind{kindV1, kindV2} {
			for _, status := range statuses {
				q := jobQuery{Project: project, Kind: kind, Now: at(sec), Status: &status, Size: 1 + rng.IntN(7)}
				var lists [2][]string
				var totals [2]int64
				for i, st := range []store{mem, disk} {
					q := q
					for range 200 {
						p, err := st.ListJobs(ctx, q)
						if err != nil {
							t.Fatal(err)
						}
						totals[i] = p.Total
						for _, j := range p.Items {
							lists[i] = append(lists[i], j.ID)
						}
						if !p.More {
							break
						}
						q.After = p.Items[len(p.Items)-1].Seq
					}
				}
				if !slices.Equal(lists[0], lists[1]) || totals[0] != totals[1] || int(totals[0]) != len(lists[0]) {
					t.Fatalf("%s jobs %s at %ds:\nmemory %d %v\nsqlite %d %v", kind, status, sec, totals[0], lists[0], totals[1], lists[1])
				}
				seen[status] += len(lists[0])
			}
		}
	}
	// Every status was met, so no branch of the condition went untested.
	for _, status := range statuses {
		if seen[status] == 0 {
			t.Errorf("no job was ever %s", status)
		}
	}
}

// A store written by a newer version is refused with an error that says
// what to do; the one this version writes opens again as it is.
func TestNewerStoreIsRefused(t *testing.T) {
	dir := t.TempDir()
	st, err := openSQLiteStore(dir, limits{})
	if err != nil {
		t.Fatal(err)
	}
	var v int
	if err := st.db.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil || v != schemaVersion {
		t.Fatalf("user_version %d (%v), want %d", v, err, schemaVersion)
	}
	if _, err := st.db.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	st.Close()
	_, err = Open(WithDataDir(dir))
	var newer *NewerStoreError
	if !errors.As(err, &newer) || newer.Version != schemaVersion+1 ||
		!strings.Contains(err.Error(), "newer llamaclassify") || !strings.Contains(err.Error(), "llamaclassify emulator reset") {
		t.Fatalf("opening a newer store: %v", err)
	}
	if _, err := Start(WithDataDir(dir)); !errors.As(err, &newer) {
		t.Fatalf("Start on a newer store: %v", err)
	}

	// Not a database at all: an error, not a crash.
	junk := t.TempDir()
	if err := os.WriteFile(filepath.Join(junk, dbFileName), []byte("this is not SQLite, but long enough to look at"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(WithDataDir(junk)); err == nil {
		t.Fatal("a store that is not a database opened")
	}
}

// A store of an older schema is brought up to date when opened, and keeps
// what it held.
func TestOlderStoreIsMigrated(t *testing.T) {
	dir := t.TempDir()
	st, err := openSQLiteStore(dir, limits{})
	if err != nil {
		t.Fatal(err)
	}
	// Back to schema 1: the lookup indexes gone, the files kept.
	if _, err := st.db.Exec(`DROP INDEX files_by_external_id; DROP INDEX files_by_name; PRAGMA user_version = 1`); err != nil {
		t.Fatal(err)
	}
	st.Close()
	s, err := Open(WithDataDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	f := s.PutFile(gen.FileV2{Name: "kept.txt", ExternalFileId: strPtr("ext-1")}, []byte("invoice"))
	s.Close()

	st, err = openSQLiteStore(dir, limits{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var v, indexes int
	if err := st.db.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil || v != schemaVersion {
		t.Fatalf("user_version %d (%v), want %d", v, err, schemaVersion)
	}
	if err := st.db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN ('files_by_external_id', 'files_by_name')`).Scan(&indexes); err != nil || indexes != 2 {
		t.Fatalf("%d lookup indexes (%v), want 2", indexes, err)
	}
	var plan string
	rows, err := st.db.Query(`EXPLAIN QUERY PLAN SELECT seq FROM files WHERE project = ? AND deleted = 0 AND external_file_id = ?`, "p", "ext-1")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan += detail + "; "
	}
	rows.Close()
	if !strings.Contains(plan, "files_by_external_id") {
		t.Fatalf("the lookup by external_file_id does not use its index: %s", plan)
	}
	got, err := st.ListFiles(context.Background(), fileQuery{Project: DefaultProjectID, ExternalFileID: strPtr("ext-1"), Size: 10})
	if err != nil || len(got.Items) != 1 || got.Items[0].Meta.Id != f.Id {
		t.Fatalf("lookup after migration: %+v, %v", got.Items, err)
	}
}

// Two stores on one directory, as two processes, create one job for one
// transaction id however their creates interleave.
func TestIdempotentCreateAcrossStores(t *testing.T) {
	dir := t.TempDir()
	var stores []*sqliteStore
	for range 2 {
		st, err := openSQLiteStore(dir, limits{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		stores = append(stores, st)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	ids := map[string]int{}
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			now := time.Now()
			j := jobRecord{ID: "cls-" + uuid.NewString(), Kind: kindV2, Project: DefaultProjectID, TransactionID: "same-key",
				CreatedAt: now, RunAt: now, FinishAt: now, Body: []byte("{}"), Input: []byte("{}")}
			got, _, err := stores[i%2].CreateJob(context.Background(), j)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			ids[got.ID]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if len(ids) != 1 {
		t.Fatalf("16 creates with one key made %d jobs: %v", len(ids), ids)
	}
	c, err := stores[0].Counts(context.Background())
	if err != nil || c.ClassifyJobs != 1 {
		t.Fatalf("counts %+v, %v", c, err)
	}
}

// A job whose process stopped before computing its classification is
// computed by the next server that reads it, and a list waits for it.
func TestAnOrphanedJobIsComputedByTheNextServer(t *testing.T) {
	dir := t.TempDir()
	clock := newClock()
	first := New(WithDataDir(dir), WithClock(clock.Now), withClassifier(&fakeClassifier{}))
	f := first.PutFile(gen.FileV2{Name: "a.txt"}, []byte("an invoice"))
	cfg := gen.ClassifyV2Configuration{Rules: invoiceRules}
	body, _ := json.Marshal(gen.ClassifyV2JobResponse{Id: "cls-orphan", ProjectId: DefaultProjectID, UserId: userID,
		Status: gen.ClassifyV2JobStatusPENDING, FileInput: f.Id, DocumentInputType: gen.DocumentInputTypeFileId, Configuration: cfg})
	now := clock.Now()
	// Stored as a create stores it, never queued: its process is gone.
	if _, _, err := first.store.CreateJob(context.Background(), jobRecord{ID: "cls-orphan", Kind: kindV2, Project: DefaultProjectID,
		CreatedAt: now, RunAt: now.Add(time.Second), FinishAt: now.Add(2 * time.Second), Body: body, Input: []byte("{}")}); err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Hour)

	e := newEnv(t, WithDataDir(dir))
	e.clock.Advance(clock.Now().Sub(e.clock.Now()))
	list := e.listV2(gen.ListClassifyJobsParams{Status: statusPtr(gen.ClassifyV2JobStatusCOMPLETED)})
	if len(list.Items) != 1 || list.Items[0].Id != "cls-orphan" || list.Items[0].Result == nil || deref(list.Items[0].Result.Type) != "invoice" {
		t.Fatalf("list of completed jobs: %+v", list.Items)
	}
	if got := e.getV2("cls-orphan"); got.Status != gen.ClassifyV2JobStatusCOMPLETED || deref(got.Result.Type) != "invoice" {
		t.Fatalf("get: %+v", got)
	}
}

func statusPtr(s gen.ClassifyV2JobStatus) *gen.ClassifyV2JobStatus { return &s }

// Past a limit, an upload or a create is refused with 507 and a message
// naming the limit; nothing is stored.
func TestLimitsAreEnforced(t *testing.T) {
	for _, store := range []string{"memory", "sqlite"} {
		t.Run(store, func(t *testing.T) {
			opts := []Option{WithLimits(Limits{Files: 2, Bytes: 10, Jobs: 2}), WithProcessingDelay(0)}
			if store == "sqlite" {
				opts = append(opts, WithDataDir(t.TempDir()))
			}
			e := newEnv(t, opts...)
			upload := func(content string) (int, string) {
				ct, body := multipartForm(t, "a.txt", []byte(content), map[string]string{"purpose": "classify"})
				resp, err := e.c.UploadFileWithBodyWithResponse(ctx(t), nil, ct, body)
				if err != nil {
					t.Fatal(err)
				}
				return resp.StatusCode(), string(resp.Body)
			}
			if code, body := upload("1234"); code != http.StatusCreated {
				t.Fatalf("first upload: %d %s", code, body)
			}
			if code, body := upload("1234567"); code != http.StatusInsufficientStorage || !strings.Contains(body, "storage limit of 10 bytes") {
				t.Fatalf("an upload past the byte limit: %d %s", code, body)
			}
			if code, body := upload("12345"); code != http.StatusCreated {
				t.Fatalf("second upload: %d %s", code, body)
			}
			if code, body := upload("1"); code != http.StatusInsufficientStorage || !strings.Contains(body, "limit of 2 files") {
				t.Fatalf("an upload past the file limit: %d %s", code, body)
			}
			if st := e.srv.Stats(); st.Files != 2 {
				t.Fatalf("%d files stored, want 2", st.Files)
			}
			for i := range 3 {
				resp, err := e.c.CreateClassifyJobWithResponse(ctx(t), nil, v2Body("dfl-1"))
				if err != nil {
					t.Fatal(err)
				}
				if i < 2 && resp.StatusCode() != http.StatusOK || i == 2 && (resp.StatusCode() != http.StatusInsufficientStorage || !strings.Contains(string(resp.Body), "limit of 2 jobs")) {
					t.Fatalf("create %d: %d %s", i, resp.StatusCode(), resp.Body)
				}
			}
		})
	}
}

// Two file parts in one upload are refused: which one was meant is not
// for the server to guess.
func TestUploadWithTwoFilesIsRefused(t *testing.T) {
	e := newEnv(t)
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("purpose", "classify")
	for _, name := range []string{"a.txt", "b.txt"} {
		fw, _ := w.CreateFormFile("file", name)
		fmt.Fprint(fw, "content of "+name)
	}
	w.Close()
	resp, err := e.c.UploadFileWithBodyWithResponse(ctx(t), nil, w.FormDataContentType(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	if ds := details422(t, resp.StatusCode(), resp.Body); !hasDetail(ds, "body.file", "value_error") {
		t.Fatalf("details %+v", ds)
	}
	if st := e.srv.Stats(); st.Files != 0 {
		t.Fatalf("%d files stored", st.Files)
	}
}

// An upload of 100 MiB and one byte, of undeclared length, is refused 413
// without being held in the heap: a data directory streams it to disk and
// stops at the limit.
func TestOversizedUploadStaysOutOfTheHeap(t *testing.T) {
	srv := New(WithDataDir(t.TempDir()))
	defer srv.Close()
	var head bytes.Buffer
	w := multipart.NewWriter(&head)
	_ = w.WriteField("purpose", "classify")
	if _, err := w.CreateFormFile("file", "huge.bin"); err != nil {
		t.Fatal(err)
	}
	body := &countingReader{limit: int64(head.Len()) + DefaultMaxUploadSize + 1, head: head.Bytes()}
	req := httptest.NewRequest(http.MethodPost, "/api/v1/beta/files", body)
	req.ContentLength = -1
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Authorization", "Bearer k")
	rec := httptest.NewRecorder()

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	srv.Handler().ServeHTTP(rec, req)
	runtime.ReadMemStats(&after)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if read := body.n.Load(); read > DefaultMaxUploadSize+multipartOverhead {
		t.Fatalf("read %d bytes of an oversized upload", read)
	}
	// Buffers of the multipart reader and the copy, not the file.
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 16<<20 {
		t.Fatalf("the heap took %d MiB for a 100 MiB upload; the content must go to disk", grew>>20)
	}
	if st := srv.Stats(); st.Files != 0 {
		t.Fatalf("%d files stored", st.Files)
	}
}

// A file's content is served from disk as it was uploaded, and a download
// URL outlives the server that made it.
func TestContentIsServedFromDisk(t *testing.T) {
	dir := t.TempDir()
	content := bytes.Repeat([]byte("0123456789"), 100_000)
	e := newEnv(t, WithDataDir(dir))
	f := e.upload("big.txt", string(content))
	resp, err := e.c.GetFileWithResponse(ctx(t), mustUUID(t, strings.TrimPrefix(f.Id, "dfl-")), &gen.GetFileParams{Expand: &[]string{"download_url"}})
	if err != nil || resp.JSON200 == nil || resp.JSON200.DownloadUrl == nil {
		t.Fatalf("get: %v %s", err, resp.Body)
	}
	url := resp.JSON200.DownloadUrl.Url
	e.ts.Close()
	e.srv.Close()

	again := New(WithDataDir(dir), WithClock(e.clock.Now))
	defer again.Close()
	ts := httptest.NewServer(again.Handler())
	defer ts.Close()
	got, err := http.Get(ts.URL + url[strings.Index(url, "/api/"):])
	if err != nil {
		t.Fatal(err)
	}
	defer got.Body.Close()
	data, _ := io.ReadAll(got.Body)
	if got.StatusCode != http.StatusOK || !bytes.Equal(data, content) {
		t.Fatalf("download after a restart: %d, %d bytes", got.StatusCode, len(data))
	}
}

// gatedClassifier holds the extraction of "slow" documents until a token
// comes through gate; other documents go through at once.
type gatedClassifier struct {
	fakeClassifier
	gate chan struct{}
}

func (g *gatedClassifier) Extract(name string, data []byte, sel pages.Selection) (string, error) {
	if strings.HasPrefix(name, "slow") {
		<-g.gate
	}
	return g.fakeClassifier.Extract(name, data, sel)
}

// A read waits for its own job's classification and those under way, not
// for every job queued before it.
func TestAReadDoesNotWaitForTheQueue(t *testing.T) {
	g := &gatedClassifier{gate: make(chan struct{})}
	e := newEnv(t, WithProcessingDelay(0), withClassifier(g))
	released := false
	release := func() {
		if !released {
			released = true
			close(g.gate)
		}
	}
	defer release()
	slow := e.upload("slow.txt", "invoice")
	fast := e.upload("fast.txt", "invoice")
	workers := computeWorkers()
	for range workers + 10 {
		e.createV2(v2Body(slow.Id), nil)
	}
	job := e.createV2(v2Body(fast.Id), nil)
	got := make(chan gen.ClassifyV2JobResponse, 1)
	go func() {
		var j gen.ClassifyV2JobResponse
		if resp, err := e.c.GetClassifyJobWithResponse(ctx(t), job.Id, nil); err == nil && resp.JSON200 != nil {
			j = *resp.JSON200
		}
		got <- j
	}()
	// The read has moved its job to the front of the queue.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		e.srv.mu.Lock()
		front := len(e.srv.queue) > 0 && e.srv.queue[0].id == job.Id
		e.srv.mu.Unlock()
		if front {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the read did not move its job to the front of the queue")
		}
	}
	// The computations under way finish; the ten queued behind stay held.
	for range workers {
		g.gate <- struct{}{}
	}
	if j := <-got; j.Status != gen.ClassifyV2JobStatusCOMPLETED {
		t.Fatalf("job %s, want COMPLETED", j.Status)
	}
	release()
}

// taggedClassifier is the fake under another ID, which says so in its
// reasoning.
type taggedClassifier struct {
	*fakeClassifier
	id string
}

func (c taggedClassifier) ID() string { return c.id }

func (c taggedClassifier) Classify(ctx context.Context, text string, rules []rule) verdict {
	v := c.fakeClassifier.Classify(ctx, text, rules)
	v.Reasoning = c.id + ": " + v.Reasoning
	return v
}

// A store outlives the build that wrote it. A create that repeats the
// transaction id of a job another classifier answered (an older scorer's)
// makes a new job, answered by this emulator's classifier, and later
// creates return that one; the old job stays under its id. A job no
// classifier has answered yet is returned as it is, to be answered by
// this emulator's.
func TestAJobAnotherClassifierAnsweredIsAnsweredAgain(t *testing.T) {
	dir := t.TempDir()
	old := newEnv(t, WithDataDir(dir), withClassifier(taggedClassifier{&fakeClassifier{}, "old scorer"}))
	f := old.upload("a.txt", "an invoice")
	body := v2Body(f.Id)
	body.TransactionId = strPtr("txn-answered")
	first := old.createV2(body, nil)
	old.clock.Advance(time.Hour)
	if got := old.getV2(first.Id); got.Result == nil || got.Result.Reasoning != "old scorer: mentions 'invoice'" {
		t.Fatalf("the old classifier's job: %+v", got)
	}
	// A job whose process stopped before classifying it.
	pending := body
	pending.TransactionId = strPtr("txn-pending")
	jb, _ := json.Marshal(gen.ClassifyV2JobResponse{Id: "cls-unanswered", ProjectId: DefaultProjectID, UserId: userID,
		Status: gen.ClassifyV2JobStatusPENDING, FileInput: f.Id, DocumentInputType: gen.DocumentInputTypeFileId,
		Configuration: *body.Configuration, TransactionId: pending.TransactionId})
	now := old.clock.Now()
	if _, _, err := old.srv.store.CreateJob(context.Background(), jobRecord{ID: "cls-unanswered", Kind: kindV2, Project: DefaultProjectID,
		TransactionID: "txn-pending", CreatedAt: now, RunAt: now.Add(time.Second), FinishAt: now.Add(2 * time.Second), Body: jb, Input: []byte("{}")}); err != nil {
		t.Fatal(err)
	}

	cur := newEnv(t, WithDataDir(dir))
	cur.clock.Advance(old.clock.Now().Sub(cur.clock.Now()))
	if again := cur.createV2(pending, nil); again.Id != "cls-unanswered" {
		t.Errorf("a create repeating an unanswered job's transaction id made %s, want cls-unanswered", again.Id)
	}
	second := cur.createV2(body, nil)
	if second.Id == first.Id {
		t.Fatalf("the create returned the job the old classifier answered, %s", first.Id)
	}
	cur.clock.Advance(time.Hour)
	if got := cur.getV2(second.Id); got.Result == nil || got.Result.Reasoning != "mentions 'invoice'" {
		t.Errorf("the new job: %+v, want this emulator's answer", got)
	}
	if got := cur.getV2("cls-unanswered"); got.Result == nil || got.Result.Reasoning != "mentions 'invoice'" {
		t.Errorf("the unanswered job: %+v, want this emulator's answer", got)
	}
	if third := cur.createV2(body, nil); third.Id != second.Id {
		t.Errorf("a third create made %s, want the second's job %s", third.Id, second.Id)
	}
	if got := cur.getV2(first.Id); got.Result == nil || got.Result.Reasoning != "old scorer: mentions 'invoice'" {
		t.Errorf("the old job, read again: %+v", got)
	}
	n, err := cur.srv.store.Counts(context.Background())
	if err != nil || n.ClassifyJobs != 3 {
		t.Errorf("the store holds %+v (%v), want 3 jobs: the old, the unanswered and the new", n, err)
	}
}

// Both stores give a transaction id up only from the job that holds it,
// and keep the job.
func TestStoresReleaseTransactionsAlike(t *testing.T) {
	ctx := context.Background()
	mem, disk := bothStores(t)
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, st := range []store{mem, disk} {
		for _, id := range []string{"cls-a", "cls-b"} {
			if _, _, err := st.CreateJob(ctx, jobRecord{ID: id, Kind: kindV2, Project: DefaultProjectID, TransactionID: "txn-" + id,
				CreatedAt: now, RunAt: now, FinishAt: now, Body: []byte("{}"), Input: []byte("{}")}); err != nil {
				t.Fatal(err)
			}
		}
		// Not the job that holds it: nothing changes.
		if err := st.ReleaseTransaction(ctx, DefaultProjectID, "txn-cls-a", "cls-b"); err != nil {
			t.Fatal(err)
		}
		if j, err := st.JobByTransaction(ctx, DefaultProjectID, "txn-cls-a"); err != nil || j.ID != "cls-a" {
			t.Fatalf("%T: after releasing from another job: %v, %v", st, j.ID, err)
		}
		if err := st.ReleaseTransaction(ctx, DefaultProjectID, "txn-cls-a", "cls-a"); err != nil {
			t.Fatal(err)
		}
		if _, err := st.JobByTransaction(ctx, DefaultProjectID, "txn-cls-a"); !errors.Is(err, errNotFound) {
			t.Fatalf("%T: the released id still finds a job: %v", st, err)
		}
		if _, err := st.GetJob(ctx, kindV2, DefaultProjectID, "cls-a"); err != nil {
			t.Fatalf("%T: the job that gave its id up: %v", st, err)
		}
		j, created, err := st.CreateJob(ctx, jobRecord{ID: "cls-c", Kind: kindV2, Project: DefaultProjectID, TransactionID: "txn-cls-a",
			CreatedAt: now, RunAt: now, FinishAt: now, Body: []byte("{}"), Input: []byte("{}")})
		if err != nil || !created || j.ID != "cls-c" {
			t.Fatalf("%T: a create with the released id: %v, created %v, %v", st, j.ID, created, err)
		}
	}
}
