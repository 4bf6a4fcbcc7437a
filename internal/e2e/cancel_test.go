package e2e

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// cancelBound is how soon after its context is cancelled a call must
// return.
const cancelBound = 100 * time.Millisecond

// stuckBound is how long a test waits for a call that should have returned
// before declaring it stuck.
const stuckBound = 5 * time.Second

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

// cancelWhen runs call, cancels its context once ready reports true (polled
// every millisecond, for at most stuckBound), and returns how long call
// took to return after the cancellation, and its error.
func cancelWhen(t *testing.T, ready func() bool, call func(ctx context.Context) error) (time.Duration, error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- call(ctx) }()
	deadline := time.Now().Add(stuckBound)
	for !ready() {
		select {
		case err := <-done:
			t.Fatalf("the call ended before the cancellation: %v", err)
		case <-time.After(time.Millisecond):
		}
		if time.Now().After(deadline) {
			cancel()
			<-done
			t.Fatalf("the call never reached the point of cancellation")
		}
	}
	cancelled := time.Now()
	cancel()
	select {
	case err := <-done:
		return time.Since(cancelled), err
	case <-time.After(stuckBound):
		t.Fatalf("the call has not returned %v after the cancellation", stuckBound)
		return 0, nil
	}
}

// TestCancelUpload cancels uploads in flight: from a slow source, from a
// source that stops producing (a pipe whose writer stalls, as a slow
// producer on stdin would), and of a large file to a server that reads
// slowly. Each returns within 100 ms with the context's error, stores
// nothing, and leaves no goroutine behind.
func TestCancelUpload(t *testing.T) {
	t.Run("slow source", func(t *testing.T) {
		checkNoLeaks(t)
		h := newHarness(t)
		c := newClient(t, h.URL)
		var read atomic.Int64
		src := &slowReader{size: 32 << 20, chunk: 1 << 10, pause: 2 * time.Millisecond, read: &read}
		lag, err := cancelWhen(t, func() bool { return read.Load() >= 32<<10 }, func(ctx context.Context) error {
			_, err := c.UploadFile(ctx, client.Upload{Name: "slow.txt", Open: func() (io.ReadCloser, error) { return io.NopCloser(src), nil }})
			return err
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		within(t, "UploadFile", lag, cancelBound)
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
		stall := make(chan struct{})
		produced := make(chan struct{})
		go func() {
			defer pw.Close()
			if _, err := pw.Write(make([]byte, 64<<10)); err != nil {
				return
			}
			close(produced)
			<-stall
		}()
		t.Cleanup(func() { close(stall); pr.Close() })
		var opened atomic.Bool
		lag, err := cancelWhen(t, func() bool {
			select {
			case <-produced:
				// Let the client read what there is and block on the rest.
				time.Sleep(20 * time.Millisecond)
				return opened.Load()
			default:
				return false
			}
		}, func(ctx context.Context) error {
			_, err := c.UploadFile(ctx, client.Upload{Name: "stdin.txt", Open: func() (io.ReadCloser, error) {
				opened.Store(true)
				return pr, nil
			}})
			return err
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		within(t, "UploadFile", lag, cancelBound)
		if n := h.emu.Stats().Files; n != 0 {
			t.Errorf("the emulator stored %d files of a cancelled upload", n)
		}
		t.Logf("returned %v after the cancellation", lag)
	})

	t.Run("large file, slow server", func(t *testing.T) {
		checkNoLeaks(t)
		var received atomic.Int64
		var measured atomic.Bool
		slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			buf := make([]byte, 8<<10)
			// Read 8 KiB every 10 ms until the body ends, or until the
			// test has measured (what the socket buffers hold would
			// otherwise take seconds to drain).
			for !measured.Load() {
				n, err := r.Body.Read(buf)
				received.Add(int64(n))
				if err != nil {
					return
				}
				time.Sleep(10 * time.Millisecond)
			}
		}))
		defer slow.Close()
		defer measured.Store(true)
		c := newClient(t, slow.URL)
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
		within(t, "UploadFile", lag, cancelBound)
		t.Logf("returned %v after the cancellation, %d KiB of 64 MiB received", lag, received.Load()>>10)
	})
}

// TestCancelWaitDuringAPoll cancels WaitJob while a poll is in flight at a
// slow emulator (every answer held back a second): it returns within
// 100 ms, with the context's error, and leaves no goroutine behind. (A
// cancellation between polls is covered by the client's own tests.)
func TestCancelWaitDuringAPoll(t *testing.T) {
	checkNoLeaks(t)
	h := newHarness(t, emulator.WithFaults(emulator.Faults{Latency: time.Second, LatencyRate: 1}))
	job := h.emu.PutClassifyJob(gen.ClassifyV2JobResponse{
		FileInput:         "dfl-00000000-0000-4000-8000-000000000001",
		Status:            gen.ClassifyV2JobStatusRUNNING,
		DocumentInputType: gen.DocumentInputTypeFileId,
		Configuration:     gen.ClassifyV2Configuration{Rules: rules(t)},
	})
	c := newClient(t, h.URL)
	start := time.Now()
	lag, err := cancelWhen(t, func() bool { return time.Since(start) > 200*time.Millisecond }, func(ctx context.Context) error {
		_, err := c.WaitJob(ctx, job.Id)
		return err
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	within(t, "WaitJob", lag, cancelBound)
	t.Logf("returned %v after the cancellation", lag)
}

// TestCancelBatch cancels ClassifyFiles while it uploads and while it
// waits. Each time the call returns within 100 ms with the context's error
// for the batch and for every unfinished document, and leaves no goroutine
// behind; a job created before the cancellation is cancelled on the
// service.
func TestCancelBatch(t *testing.T) {
	const n = 24
	t.Run("while uploading", func(t *testing.T) {
		checkNoLeaks(t)
		h := newHarness(t)
		c := newClient(t, h.URL)
		docs := make([]client.Document, n)
		for i := range docs {
			docs[i] = client.Document{Name: "slow.txt", Open: func() (io.ReadCloser, error) {
				return io.NopCloser(&slowReader{size: 1 << 20, chunk: 1 << 10, pause: 2 * time.Millisecond, read: new(atomic.Int64)}), nil
			}}
		}
		start := time.Now()
		var results []client.FileResult
		lag, err := cancelWhen(t, func() bool { return time.Since(start) > 100*time.Millisecond }, func(ctx context.Context) error {
			var err error
			results, err = c.ClassifyFiles(ctx, docs, rules(t))
			return err
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		within(t, "ClassifyFiles", lag, cancelBound)
		for i, r := range results {
			if !errors.Is(r.Err, context.Canceled) {
				t.Errorf("document %d: err = %v, want context.Canceled", i, r.Err)
			}
		}
		// Each upload takes a second or more: none finished.
		if st := h.emu.Stats(); st.Files != 0 || st.ClassifyJobs != 0 {
			t.Errorf("the emulator holds %d files and %d jobs from uploads cancelled midway", st.Files, st.ClassifyJobs)
		}
		t.Logf("returned %v after the cancellation", lag)
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
		lag, err := cancelWhen(t, polled.Load, func(ctx context.Context) error {
			var err error
			results, err = c.ClassifyFiles(ctx, docs, rules(t), client.WithWait(client.WithMinDelay(time.Hour),
				client.OnStatus(func(string, string) { polled.Store(true) })))
			return err
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		within(t, "ClassifyFiles", lag, cancelBound)
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
