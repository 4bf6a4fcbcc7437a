package e2e

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// stuckBound is how long a test waits for an event (the call reaching the
// point of cancellation, the call returning) before it fails. Each call
// below waits on something that never comes on its own: a source or a
// server that stalls until the test releases it, a poll held back an hour,
// an hour's delay between polls. So returning at all proves that the
// cancellation ended the call, and the bound only turns a regression into
// a failure instead of a hang: it is far beyond the milliseconds the calls
// take, even on a loaded machine.
const stuckBound = 2 * time.Minute

// slowReader yields size bytes, chunk bytes every pause, counting them.
type slowReader struct {
	size, chunk int64
	pause       time.Duration
	read        *atomic.Int64
}

func (r *slowReader) Read(p []byte) (int, error) {
	done := r.read.Load()
	if done >= r.size {
		return 0, io.EOF
	}
	time.Sleep(r.pause)
	n := min(int64(len(p)), r.chunk, r.size-done)
	for i := range p[:n] {
		p[i] = 'a' + byte((done+int64(i))%26)
	}
	r.read.Add(n)
	return int(n), nil
}

// stalledSource yields size bytes, then blocks until it is closed, as a
// producer that stopped producing would. Close unblocks a Read in progress.
type stalledSource struct {
	size    int64
	read    atomic.Int64
	stalled atomic.Bool // a Read found nothing more to give
	closed  chan struct{}
	once    sync.Once
}

// newStalledSource returns a stalledSource of size bytes, closed when t
// ends, so that a reader the client failed to release does not outlive t.
func newStalledSource(t *testing.T, size int64) *stalledSource {
	s := &stalledSource{size: size, closed: make(chan struct{})}
	t.Cleanup(func() { s.Close() })
	return s
}

func (s *stalledSource) Read(p []byte) (int, error) {
	done := s.read.Load()
	if done >= s.size {
		s.stalled.Store(true)
		<-s.closed
		return 0, os.ErrClosed
	}
	n := min(int64(len(p)), s.size-done)
	for i := range p[:n] {
		p[i] = 'a' + byte((done+int64(i))%26)
	}
	s.read.Add(n)
	return int(n), nil
}

// Close ends the stall.
func (s *stalledSource) Close() error {
	s.once.Do(func() { close(s.closed) })
	return nil
}

// drainWatch passes the reads of a source through, and records when a Read
// begins after size bytes: all that was produced has been read and the
// reader is now blocked on the source.
type drainWatch struct {
	io.ReadCloser
	size    int64
	read    atomic.Int64
	drained atomic.Bool
}

func (d *drainWatch) Read(p []byte) (int, error) {
	if d.read.Load() >= d.size {
		d.drained.Store(true)
	}
	n, err := d.ReadCloser.Read(p)
	d.read.Add(int64(n))
	return n, err
}

// cancelWhen runs call, cancels its context once ready reports true (polled
// every millisecond, for at most stuckBound), waits for call to return (for
// at most stuckBound) and returns how long that took after the
// cancellation, for the log, and call's error.
func cancelWhen(t *testing.T, ready func() bool, call func(ctx context.Context) error) (time.Duration, error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- call(ctx) }()
	stuck := time.NewTimer(stuckBound)
	defer stuck.Stop()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for !ready() {
		select {
		case err := <-done:
			t.Fatalf("the call ended before the cancellation: %v", err)
		case <-stuck.C:
			cancel()
			select {
			case <-done:
			case <-time.After(stuckBound):
			}
			t.Fatalf("the call did not reach the point of cancellation within %v", stuckBound)
		case <-tick.C:
		}
	}
	cancelled := time.Now()
	cancel()
	stuck.Reset(stuckBound)
	select {
	case err := <-done:
		return time.Since(cancelled), err
	case <-stuck.C:
		t.Fatalf("the call has not returned %v after the cancellation", stuckBound)
		return 0, nil
	}
}

// TestCancelUpload cancels uploads in flight: from a slow source, from a
// source that stops producing (a pipe whose writer stalls, as a slow
// producer on stdin would), and of a large file to a server that stops
// reading. Each returns with the context's error before the source or the
// server would let it finish, stores nothing, and leaves no goroutine
// behind.
func TestCancelUpload(t *testing.T) {
	t.Run("slow source", func(t *testing.T) {
		checkNoLeaks(t)
		h := newHarness(t)
		c := newClient(t, h.URL)
		// 128 MiB at 1 KiB every 2 ms: four minutes or more to read whole,
		// twice stuckBound.
		const size = 128 << 20
		var read atomic.Int64
		src := &slowReader{size: size, chunk: 1 << 10, pause: 2 * time.Millisecond, read: &read}
		lag, err := cancelWhen(t, func() bool { return read.Load() >= 32<<10 }, func(ctx context.Context) error {
			_, err := c.UploadFile(ctx, client.Upload{Name: "slow.txt", Open: func() (io.ReadCloser, error) { return io.NopCloser(src), nil }})
			return err
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		if n := read.Load(); n >= size {
			t.Errorf("UploadFile returned only once it had read the whole source")
		}
		if n := h.emu.Stats().Files; n != 0 {
			t.Errorf("the emulator stored %d files of a cancelled upload", n)
		}
		t.Logf("returned %v after the cancellation, %d KiB sent", lag, read.Load()>>10)
	})

	t.Run("stalled pipe", func(t *testing.T) {
		checkNoLeaks(t)
		h := newHarness(t)
		c := newClient(t, h.URL)
		pr, pw, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		// The producer writes 64 KiB, then stalls until the test ends.
		const produced = 64 << 10
		stall := make(chan struct{})
		go func() {
			defer pw.Close()
			if _, err := pw.Write(make([]byte, produced)); err != nil {
				return
			}
			<-stall
		}()
		t.Cleanup(func() { close(stall); pr.Close() })
		src := &drainWatch{ReadCloser: pr, size: produced}
		// Cancel once the client has read what there is and waits for
		// more.
		lag, err := cancelWhen(t, src.drained.Load, func(ctx context.Context) error {
			_, err := c.UploadFile(ctx, client.Upload{Name: "stdin.txt", Open: func() (io.ReadCloser, error) {
				return src, nil
			}})
			return err
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		if n := h.emu.Stats().Files; n != 0 {
			t.Errorf("the emulator stored %d files of a cancelled upload", n)
		}
		t.Logf("returned %v after the cancellation", lag)
	})

	t.Run("large file, stalled server", func(t *testing.T) {
		checkNoLeaks(t)
		var received atomic.Int64
		release := make(chan struct{})
		stalled := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			// Read 64 KiB, then nothing more until the test has measured:
			// the upload can only end by its cancellation.
			n, _ := io.CopyN(io.Discard, r.Body, 64<<10)
			received.Add(n)
			<-release
		}))
		defer stalled.Close()
		defer close(release)
		c := newClient(t, stalled.URL)
		path := filepath.Join(t.TempDir(), "large.bin")
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(path, 64<<20); err != nil {
			t.Fatal(err)
		}
		lag, err := cancelWhen(t, func() bool { return received.Load() >= 64<<10 }, func(ctx context.Context) error {
			_, err := c.UploadFile(ctx, client.Upload{Path: path})
			return err
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		t.Logf("returned %v after the cancellation, %d KiB of 64 MiB received", lag, received.Load()>>10)
	})
}

// TestCancelWaitDuringAPoll cancels WaitJob while a poll is in flight at an
// emulator that holds every answer back an hour: it returns with the
// context's error without the answer, and leaves no goroutine behind. (A
// cancellation between polls is covered by the client's own tests.)
func TestCancelWaitDuringAPoll(t *testing.T) {
	checkNoLeaks(t)
	h := newHarness(t, emulator.WithFaults(emulator.Faults{Latency: time.Hour, LatencyRate: 1}))
	job := h.emu.PutClassifyJob(gen.ClassifyV2JobResponse{
		FileInput:         "dfl-00000000-0000-4000-8000-000000000001",
		Status:            gen.ClassifyV2JobStatusRUNNING,
		DocumentInputType: gen.DocumentInputTypeFileId,
		Configuration:     gen.ClassifyV2Configuration{Rules: rules(t)},
	})
	c := newClient(t, h.URL)
	const poll = "GET /api/v2/classify/{id}"
	lag, err := cancelWhen(t, func() bool { return h.arrivals(poll) > 0 }, func(ctx context.Context) error {
		_, err := c.WaitJob(ctx, job.Id)
		return err
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if n := h.arrivals(poll); n != 1 {
		t.Errorf("%d polls reached the emulator, want the one cancelled", n)
	}
	t.Logf("returned %v after the cancellation", lag)
}

// TestCancelBatch cancels ClassifyFiles while it uploads and while it
// waits. Each time the call returns with the context's error for the batch
// and for every unfinished document, before any upload or job could end on
// its own, and leaves no goroutine behind; a job created before the
// cancellation is cancelled on the service.
func TestCancelBatch(t *testing.T) {
	const n = 24
	t.Run("while uploading", func(t *testing.T) {
		checkNoLeaks(t)
		h := newHarness(t)
		c := newClient(t, h.URL)
		// Every source stalls after 64 KiB: no upload can end on its own.
		var mu sync.Mutex
		var sources []*stalledSource
		docs := make([]client.Document, n)
		for i := range docs {
			docs[i] = client.Document{Name: "stalled.txt", Open: func() (io.ReadCloser, error) {
				src := newStalledSource(t, 64<<10)
				mu.Lock()
				sources = append(sources, src)
				mu.Unlock()
				return src, nil
			}}
		}
		anyStalled := func() bool {
			mu.Lock()
			defer mu.Unlock()
			for _, s := range sources {
				if s.stalled.Load() {
					return true
				}
			}
			return false
		}
		var results []client.FileResult
		lag, err := cancelWhen(t, anyStalled, func(ctx context.Context) error {
			var err error
			results, err = c.ClassifyFiles(ctx, docs, rules(t))
			return err
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		if len(results) != n {
			t.Errorf("%d results for %d documents", len(results), n)
		}
		for i, r := range results {
			if !errors.Is(r.Err, context.Canceled) {
				t.Errorf("document %d: err = %v, want context.Canceled", i, r.Err)
			}
		}
		if st := h.emu.Stats(); st.Files != 0 || st.ClassifyJobs != 0 {
			t.Errorf("the emulator holds %d files and %d jobs from uploads cancelled midway", st.Files, st.ClassifyJobs)
		}
		mu.Lock()
		t.Logf("returned %v after the cancellation, with %d uploads begun", lag, len(sources))
		mu.Unlock()
	})

	t.Run("while waiting", func(t *testing.T) {
		checkNoLeaks(t)
		h := newHarness(t, emulator.WithProcessingDelay(time.Hour))
		c := newClient(t, h.URL)
		gens := generate(n, 3)
		docs := make([]client.Document, n)
		for i, g := range gens {
			docs[i] = g.document()
		}
		var polled atomic.Bool
		var results []client.FileResult
		// The jobs take an hour and the polls are an hour apart: only the
		// cancellation can end the call.
		lag, err := cancelWhen(t, polled.Load, func(ctx context.Context) error {
			var err error
			results, err = c.ClassifyFiles(ctx, docs, rules(t), client.WithWait(client.WithMinDelay(time.Hour),
				client.OnStatus(func(string, string) { polled.Store(true) })))
			return err
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		cancelled := 0
		for i, r := range results {
			if !errors.Is(r.Err, context.Canceled) {
				t.Errorf("document %d: err = %v, want context.Canceled", i, r.Err)
			}
			if r.Status == gen.ClassifyV2JobStatusCANCELLED {
				cancelled++
			}
		}
		st := h.emu.Stats()
		if st.ClassifyJobs != n || cancelled != n {
			t.Errorf("%d jobs created, %d cancelled on the service; want %d of each", st.ClassifyJobs, cancelled, n)
		}
		t.Logf("returned %v after the cancellation, with its %d jobs cancelled on the service", lag, cancelled)
	})
}
