package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
)

// iteratePerPage is the page size of the walk.
const iteratePerPage = 100

// pageServer makes up pages of v2 jobs as they are asked for: page_token
// "n" is page n, and page pages-1 has no next token. It records the size
// of the largest page it sent.
type pageServer struct {
	pages int

	mu      sync.Mutex
	largest int
}

func (p *pageServer) page(n int) gen.ClassifyV2JobQueryResponse {
	invoice := "invoice"
	rules := []gen.ClassifierRule{
		{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
		{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
	}
	created := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	page := gen.ClassifyV2JobQueryResponse{Items: make([]gen.ClassifyV2JobResponse, iteratePerPage)}
	for i := range page.Items {
		k := n*iteratePerPage + i
		txn := fmt.Sprintf("txn-%08d", k)
		page.Items[i] = gen.ClassifyV2JobResponse{
			Id:                fmt.Sprintf("cls-00000000-0000-4000-8000-%012d", k),
			FileInput:         fmt.Sprintf("dfl-00000000-0000-4000-8000-%012d", k),
			ProjectId:         "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
			UserId:            "user_2nYj8kLmQp",
			DocumentInputType: gen.DocumentInputTypeFileId,
			Status:            gen.ClassifyV2JobStatusCOMPLETED,
			Configuration:     gen.ClassifyV2Configuration{Rules: rules},
			Result:            &gen.ClassificationResult{Type: &invoice, Confidence: 0.92, Reasoning: "mentions 'invoice number', 'line items' and 'total amount'"},
			TransactionId:     &txn,
			CreatedAt:         &created,
			UpdatedAt:         &created,
		}
	}
	if n+1 < p.pages {
		next := strconv.Itoa(n + 1)
		page.NextPageToken = &next
	}
	return page
}

func (p *pageServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := 0
	if t := r.URL.Query().Get("page_token"); t != "" {
		var err error
		if n, err = strconv.Atoi(t); err != nil || n < 0 || n >= p.pages {
			w.WriteHeader(http.StatusUnprocessableEntity)
			return
		}
	}
	body, err := json.Marshal(p.page(n))
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	p.mu.Lock()
	p.largest = max(p.largest, len(body))
	p.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.Write(body)
}

// decodedPageSize is the heap one decoded page of jobs holds.
func decodedPageSize(b *testing.B) uint64 {
	raw, err := json.Marshal((&pageServer{pages: 1}).page(0))
	if err != nil {
		b.Fatal(err)
	}
	// Two collections each time: the first moves pooled buffers (those of
	// encoding/json) to the pools' victim caches, the second frees them.
	var before, after runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	page := new(gen.ClassifyV2JobQueryResponse)
	if err := json.Unmarshal(raw, page); err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(page)
	runtime.KeepAlive(raw)
	return after.HeapAlloc - before.HeapAlloc
}

// BenchmarkIterateJobs walks 10,000 v2 jobs over 100 pages of 100, made up
// by the server as they are asked for, through the client's Jobs iterator
// (keeping nothing); for contrast it walks 10 pages the same way, and
// collects all 100 pages in a slice. Each reports the peak growth of the
// process's heap (client and server) during the walk: of the heap objects,
// dead ones not yet swept included, and of the live heap as each
// collection finds it; against the JSON size of one page and of all pages,
// and the heap one decoded page holds.
// Target: the iterator's peak is of the order of one page and does not
// grow with the number of pages.
//
// The walk runs with the garbage collector's target at 5% (GOGC=5), so
// that the peak measures what is live rather than how much garbage the
// default pacing lets pile up (at least 4 MiB) between collections.
func BenchmarkIterateJobs(b *testing.B) {
	decoded := decodedPageSize(b)
	for _, bc := range []struct {
		name  string
		pages int
		keep  bool
	}{
		{"iterate-10-pages", 10, false},
		{"iterate-100-pages", 100, false},
		{"collect-100-pages", 100, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ps := &pageServer{pages: bc.pages}
			ts := httptest.NewServer(ps)
			b.Cleanup(ts.Close)
			c, err := client.New(client.WithBaseURL(ts.URL), client.WithAPIKey(apiKey), client.WithHTTPClient(newHTTPClient(b)))
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			size := int32(iteratePerPage)
			var peak, peakLive uint64
			defer debug.SetGCPercent(debug.SetGCPercent(5))
			b.ReportAllocs()
			for b.Loop() {
				var kept []gen.ClassifyV2JobResponse
				count := 0
				h := startHeapPeak(time.Millisecond)
				for job, err := range c.Jobs(ctx, &gen.ListClassifyJobsParams{PageSize: &size}) {
					if err != nil {
						b.Fatal(err)
					}
					count++
					if bc.keep {
						kept = append(kept, job)
					}
				}
				grown, live := h.stop()
				if count != bc.pages*iteratePerPage || (bc.keep && len(kept) != count) {
					b.Fatalf("walked %d jobs, kept %d", count, len(kept))
				}
				peak = max(peak, grown)
				peakLive = max(peakLive, live)
			}
			ps.mu.Lock()
			largest := ps.largest
			ps.mu.Unlock()
			b.ReportMetric(float64(peak)/1024, "peak-heap-KiB")
			b.ReportMetric(float64(peakLive)/1024, "peak-live-KiB")
			b.ReportMetric(float64(largest)/1024, "page-KiB")
			b.ReportMetric(float64(largest)*float64(bc.pages)/1024, "all-pages-KiB")
			b.ReportMetric(float64(decoded)/1024, "decoded-page-KiB")
			b.ReportMetric(float64(peakLive)/float64(decoded), "live-x-decoded-page")
		})
	}
}
