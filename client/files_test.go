package client

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// gatedReader yields first, then waits for open (or gives up after a
// while) before yielding rest: the server can only open the gate if the
// first bytes reached it while the client was still reading its source.
type gatedReader struct {
	first, rest []byte
	gate        <-chan struct{}
	stage       int
}

func (g *gatedReader) Read(p []byte) (int, error) {
	switch g.stage {
	case 0:
		n := copy(p, g.first)
		g.first = g.first[n:]
		if len(g.first) == 0 {
			g.stage = 1
		}
		return n, nil
	case 1:
		select {
		case <-g.gate:
		case <-time.After(patience):
			return 0, errors.New("the server never saw the first bytes: the upload is not streamed")
		}
		g.stage = 2
		fallthrough
	default:
		if len(g.rest) == 0 {
			return 0, io.EOF
		}
		n := copy(p, g.rest)
		g.rest = g.rest[n:]
		return n, nil
	}
}

func (g *gatedReader) Close() error { return nil }

func TestUploadStreamsTheFile(t *testing.T) {
	const half = 256 << 10
	f := newFake(t)
	gate := make(chan struct{})
	var received atomic.Int64
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method != "POST" {
			return false
		}
		mr, err := r.MultipartReader()
		if err != nil {
			t.Error(err)
			return false
		}
		for {
			part, err := mr.NextPart()
			if err != nil {
				break
			}
			if part.FormName() != "file" {
				continue
			}
			// Read the first half, open the gate, read the rest.
			n, _ := io.CopyN(io.Discard, part, half/2)
			close(gate)
			m, _ := io.Copy(io.Discard, part)
			received.Store(n + m)
		}
		writeJSON(w, 201, gen.FileV2{Id: "dfl-1", Name: "big.bin"})
		return true
	}
	c, _ := testClient(t, f)
	opened := 0
	_, err := c.UploadFile(testContext(t), Upload{Name: "big.bin", Open: func() (io.ReadCloser, error) {
		opened++
		return &gatedReader{first: make([]byte, half), rest: make([]byte, half), gate: gate}, nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if received.Load() != 2*half || opened != 1 {
		t.Errorf("server received %d bytes from %d opens, want %d from 1", received.Load(), opened, 2*half)
	}
}

func TestUploadSendsTheForm(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	path := filepath.Join(t.TempDir(), "invoice-42.txt")
	os.WriteFile(path, []byte("Invoice number 42, total 10 EUR"), 0o600)

	file, err := c.UploadFile(testContext(t), Upload{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if file.Name != "invoice-42.txt" || *file.Purpose != "classify" || string(f.contents[file.Id]) != "Invoice number 42, total 10 EUR" {
		t.Errorf("stored %+v with content %q", file, f.contents[file.Id])
	}
	if file.ExternalFileId == nil || !strings.HasPrefix(*file.ExternalFileId, "llamaclassify-") {
		t.Errorf("external_file_id = %v, want a generated one", file.ExternalFileId)
	}

	file, err = c.UploadFile(testContext(t), Upload{Path: path, Name: "renamed.txt", Purpose: PurposeExtract, ExternalFileID: "sha-abc"})
	if err != nil {
		t.Fatal(err)
	}
	if file.Name != "renamed.txt" || *file.Purpose != "extract" || *file.ExternalFileId != "sha-abc" {
		t.Errorf("stored %+v", file)
	}
}

// storeThen stores the first upload, then answers like fail instead.
func storeThen(f *fakeService, fail func(w http.ResponseWriter)) {
	var done atomic.Bool
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == "POST" && done.CompareAndSwap(false, true) {
			f.upload(httptest.NewRecorder(), r)
			fail(w)
			return true
		}
		return false
	}
}

func TestUploadThatActedIsFoundNotSentTwice(t *testing.T) {
	for name, fail := range map[string]func(http.ResponseWriter){
		"503":             func(w http.ResponseWriter) { writeDetail(w, 503, "try later") },
		"connection lost": dropConnection,
	} {
		t.Run(name, func(t *testing.T) {
			f := newFake(t)
			storeThen(f, fail)
			c, _ := testClient(t, f)
			file, err := c.UploadFile(testContext(t), FromBytes("a.txt", []byte("hello")).upload())
			if err != nil {
				t.Fatal(err)
			}
			if n := f.count("POST /api/v1/beta/files"); n != 1 || len(f.files) != 1 {
				t.Errorf("%d uploads sent, %d stored; want 1 and 1", n, len(f.files))
			}
			if f.count("GET /api/v1/beta/files?external_file_id=llamaclassify-") != 1 {
				t.Errorf("no lookup by external_file_id: %v", f.requests)
			}
			if file.Id != f.files[0].Id {
				t.Errorf("returned %s, want the stored %s", file.Id, f.files[0].Id)
			}
		})
	}
}

func TestUploadThatDidNotActIsSentAgainFromTheSource(t *testing.T) {
	f := newFake(t)
	failFirst(f, "POST /api/v1/beta/files", 1, 500, nil)
	c, _ := testClient(t, f)
	opened := 0
	file, err := c.UploadFile(testContext(t), Upload{Name: "a.txt", ExternalFileID: "mine", Open: func() (io.ReadCloser, error) {
		opened++
		return io.NopCloser(strings.NewReader("hello")), nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if opened != 2 || len(f.files) != 1 || string(f.contents[file.Id]) != "hello" {
		t.Errorf("opened %d times, %d stored, content %q", opened, len(f.files), f.contents[file.Id])
	}
	if f.count("GET /api/v1/beta/files?external_file_id=mine") != 1 {
		t.Errorf("requests %v, want a lookup before resending", f.requests)
	}
}

func TestUploadRetriedOn429WithoutLookup(t *testing.T) {
	f := newFake(t)
	failFirst(f, "POST /api/v1/beta/files", 1, 429, nil)
	c, _ := testClient(t, f)
	if _, err := c.UploadFile(testContext(t), FromBytes("a.txt", []byte("x")).upload()); err != nil {
		t.Fatal(err)
	}
	if f.total() != 2 || f.count("GET") != 0 {
		t.Errorf("requests %v, want two uploads and no lookup", f.requests)
	}
}

func TestUploadFailsWhenTheLookupFails(t *testing.T) {
	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		writeDetail(w, 503, "down")
		return true
	}
	c, _ := testClient(t, f)
	_, err := c.UploadFile(testContext(t), FromBytes("a.txt", []byte("x")).upload())
	if err == nil || !strings.Contains(err.Error(), "cannot tell whether a failed attempt took effect") {
		t.Fatalf("err = %v", err)
	}
	if n := f.count("POST"); n != 1 {
		t.Errorf("%d uploads; with the outcome unknown it must not be sent again", n)
	}
}

func TestUploadBadInputSendsNothing(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	ctx := testContext(t)
	var inv *RequestInvalidError
	if _, err := c.UploadFile(ctx, Upload{}); !errors.As(err, &inv) {
		t.Errorf("no source: err = %v", err)
	}
	open := func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader("x")), nil }
	if _, err := c.UploadFile(ctx, Upload{Open: open}); !errors.As(err, &inv) || !strings.Contains(err.Error(), "Name") {
		t.Errorf("no name: err = %v", err)
	}
	missing := filepath.Join(t.TempDir(), "missing.pdf")
	if _, err := c.UploadFile(ctx, Upload{Path: missing}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v", err)
	}
	if f.total() != 0 {
		t.Fatalf("%d requests sent", f.total())
	}
}

type failingReader struct{ n int }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.n > 0 {
		r.n--
		return copy(p, bytes.Repeat([]byte("a"), len(p))), nil
	}
	return 0, errors.New("disk on fire")
}

func TestUploadSourceReadErrorIsNotRetried(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	opened := 0
	_, err := c.UploadFile(testContext(t), Upload{Name: "a.bin", Open: func() (io.ReadCloser, error) {
		opened++
		return io.NopCloser(&failingReader{n: 4}), nil
	}})
	if err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("err = %v, want the read error", err)
	}
	if opened != 1 || len(f.files) != 0 {
		t.Errorf("opened %d times, %d stored", opened, len(f.files))
	}
}

func TestFilesIteration(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	for _, name := range []string{"a", "b", "c", "d", "e"} {
		if _, err := c.UploadFile(testContext(t), FromBytes(name, []byte(name)).upload()); err != nil {
			t.Fatal(err)
		}
	}
	var names []string
	for file, err := range c.Files(testContext(t), &gen.ListFilesParams{PageSize: ptr[int32](2)}) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, file.Name)
	}
	if strings.Join(names, "") != "abcde" || f.count("GET /api/v1/beta/files") != 3 {
		t.Errorf("iterated %v in %d pages", names, f.count("GET /api/v1/beta/files"))
	}
}

func TestUploadWhoseLastAttemptActedIsFound(t *testing.T) {
	for name, tc := range map[string]struct {
		fail   func(w http.ResponseWriter)
		policy RetryPolicy
	}{
		"503 on the only attempt":  {func(w http.ResponseWriter) { writeDetail(w, 503, "try later") }, RetryPolicy{MaxAttempts: 1}},
		"connection lost":          {dropConnection, RetryPolicy{MaxAttempts: 1}},
		"503 asking for two hours": {func(w http.ResponseWriter) { w.Header().Set("Retry-After", "7200"); writeDetail(w, 503, "down") }, RetryPolicy{}},
	} {
		t.Run(name, func(t *testing.T) {
			f := newFake(t)
			storeThen(f, tc.fail)
			c, _ := testClient(t, f, WithRetryPolicy(tc.policy))
			file, err := c.UploadFile(testContext(t), FromBytes("a.txt", []byte("hello")).upload())
			if err != nil {
				t.Fatalf("err = %v, want the stored file", err)
			}
			if len(f.files) != 1 || file.Id != f.files[0].Id {
				t.Errorf("returned %s, stored %d", file.Id, len(f.files))
			}
			if f.count("POST") != 1 || f.count("GET /api/v1/beta/files?external_file_id=llamaclassify-") != 1 {
				t.Errorf("requests %v, want one upload and one lookup", f.requests)
			}
		})
	}

	// Not stored: the attempt's error, after the lookup.
	f := newFake(t)
	failFirst(f, "POST /api/v1/beta/files", 1, 503, nil)
	c, _ := testClient(t, f, WithRetryPolicy(RetryPolicy{MaxAttempts: 1}))
	_, err := c.UploadFile(testContext(t), FromBytes("a.txt", []byte("hello")).upload())
	if !errors.Is(err, ErrServerError) || len(f.files) != 0 || f.count("GET") != 1 {
		t.Errorf("err = %v after requests %v", err, f.requests)
	}
}

// GetFile and DeleteFile take a file's id as UploadFile returns it and send
// its uuid, as the service's paths want.
func TestGetAndDeleteFileSendTheUUID(t *testing.T) {
	const id = "dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
	var paths []string
	var mu sync.Mutex
	c, _ := testClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.Method+" "+r.URL.RequestURI())
		mu.Unlock()
		if r.Method == http.MethodDelete {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		writeJSON(w, http.StatusOK, gen.FileV2{Id: id, Name: "a.pdf", ProjectId: openapi_types.UUID{1}})
	}))
	ctx := context.Background()
	f, err := c.GetFile(ctx, id, &gen.GetFileParams{Expand: &[]string{"download_url"}})
	if err != nil || f.Id != id {
		t.Fatalf("GetFile = %+v, %v", f, err)
	}
	if err := c.DeleteFile(ctx, "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"GET /api/v1/beta/files/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e?expand=download_url",
		"DELETE /api/v1/beta/files/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
	}
	if !slices.Equal(paths, want) {
		t.Fatalf("requests %q, want %q", paths, want)
	}

	var inv *RequestInvalidError
	if _, err := c.GetFile(ctx, "dfl-nope", nil); !errors.As(err, &inv) {
		t.Errorf("GetFile of a bad id: %v", err)
	}
	if err := c.DeleteFile(ctx, "nope"); !errors.As(err, &inv) {
		t.Errorf("DeleteFile of a bad id: %v", err)
	}
	if len(paths) != 2 {
		t.Errorf("bad ids were sent: %q", paths)
	}
}

// A delete whose first attempt deleted the file but was answered 503
// succeeds when the retry finds the file gone; a delete of a file that was
// never there fails with ErrNotFound.
func TestDeleteFileRetriedAfterItActed(t *testing.T) {
	var deletes atomic.Int32
	c, _ := testClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, "/00000000-0000-0000-0000-000000000404"):
			writeDetail(w, http.StatusNotFound, "File not found")
		case deletes.Add(1) == 1:
			writeDetail(w, http.StatusServiceUnavailable, "deleted, but the answer was lost")
		default:
			writeDetail(w, http.StatusNotFound, "File not found")
		}
	}))
	ctx := context.Background()
	if err := c.DeleteFile(ctx, "dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"); err != nil {
		t.Fatalf("delete that acted, then 404 on retry: %v", err)
	}
	if n := deletes.Load(); n != 2 {
		t.Fatalf("%d attempts, want 2", n)
	}
	if err := c.DeleteFile(ctx, "00000000-0000-0000-0000-000000000404"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("delete of a missing file: %v, want ErrNotFound", err)
	}
}
