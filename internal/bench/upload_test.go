package bench

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
)

const uploadSize = 200 * mib

// discardingServer reads each upload's multipart form part by part, keeps
// nothing, and answers 201 with a file. It counts the bytes of the file
// part.
func discardingServer(b *testing.B, received *atomic.Int64) *httptest.Server {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mr, err := r.MultipartReader()
		if err != nil {
			http.Error(w, `{"detail":"not a multipart form"}`, http.StatusUnprocessableEntity)
			return
		}
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				http.Error(w, `{"detail":"bad form"}`, http.StatusUnprocessableEntity)
				return
			}
			n, _ := io.Copy(io.Discard, part)
			if part.FormName() == "file" {
				received.Add(n)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(`{"id":"dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","name":"big.bin","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","purpose":"classify"}`))
	}))
	b.Cleanup(ts.Close)
	return ts
}

// BenchmarkUpload200MiB uploads a 200 MiB file, written to a temporary
// directory at run time (sparse: it reads as zeros), to a server that
// discards it, and reports the peak heap growth of the process (client and
// server) during the upload, sampled every millisecond. Target: under
// 16 MiB, as the body streams from disk.
func BenchmarkUpload200MiB(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.bin")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := f.Truncate(uploadSize); err != nil {
		b.Fatal(err)
	}
	f.Close()

	var received atomic.Int64
	ts := discardingServer(b, &received)
	c, err := client.New(client.WithBaseURL(ts.URL), client.WithAPIKey(apiKey), client.WithHTTPClient(newHTTPClient(b)))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var peak uint64
	b.SetBytes(uploadSize)
	b.ReportAllocs()
	for b.Loop() {
		received.Store(0)
		h := startHeapPeak(time.Millisecond)
		_, err := c.UploadFile(ctx, client.Upload{Path: path})
		grown, _ := h.stop()
		if err != nil {
			b.Fatal(err)
		}
		if got := received.Load(); got != uploadSize {
			b.Fatalf("the server received %d bytes, want %d", got, uploadSize)
		}
		peak = max(peak, grown)
	}
	b.ReportMetric(float64(peak)/mib, "peak-heap-MiB")
}
