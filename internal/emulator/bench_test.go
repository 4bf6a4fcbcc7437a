package emulator

import (
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// benchClients is the number of concurrent clients of the benchmark.
const benchClients = 32

// BenchmarkGetClassifyJobParallel measures GET /api/v2/classify/{job_id}
// through the whole stack (loopback TCP, logging, auth, validation against
// the contract, the strict handler, JSON) with 32 concurrent clients, each
// on its own keep-alive connection. Allocations counted per request include
// the client's.
//
//	go test -run '^$' -bench GetClassifyJobParallel -benchmem ./internal/emulator
func BenchmarkGetClassifyJobParallel(b *testing.B) {
	s := New(WithProcessingDelay(0))
	defer s.Close()
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	f := s.PutFile(gen.FileV2{Name: "invoice.txt"}, []byte("Invoice number 7, line items, total amount"))
	job := s.PutClassifyJob(gen.ClassifyV2JobResponse{
		FileInput:     f.Id,
		Status:        gen.ClassifyV2JobStatusCOMPLETED,
		Configuration: gen.ClassifyV2Configuration{Rules: invoiceRules},
		Result:        &gen.ClassificationResult{Type: strPtr("invoice"), Confidence: 0.9, Reasoning: "mentions 'invoice number'"},
		CreatedAt:     timePtr(time.Now()),
	})
	tr := &http.Transport{MaxIdleConns: benchClients, MaxIdleConnsPerHost: benchClients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	url := ts.URL + "/api/v2/classify/" + job.Id

	procs := runtime.GOMAXPROCS(0)
	b.SetParallelism((benchClients + procs - 1) / procs)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		req, err := http.NewRequest(http.MethodGet, url, nil)
		if err != nil {
			b.Error(err)
			return
		}
		req.Header.Set("Authorization", "Bearer bench-key")
		for pb.Next() {
			resp, err := client.Do(req)
			if err != nil {
				b.Error(err)
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				b.Errorf("status %d", resp.StatusCode)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	b.ReportMetric(float64(((benchClients+procs-1)/procs)*procs), "clients")
}
