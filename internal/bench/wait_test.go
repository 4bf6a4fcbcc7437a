package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
)

const (
	// waitJobs jobs end at evenly spread times over waitSpread.
	waitJobs   = 1000
	waitSpread = 2 * time.Second
)

// scheduleServer serves v2 jobs "job-0" .. "job-<n-1>"; job i is RUNNING
// until start + i*spread/(n-1), then COMPLETED. It answers GET of one job
// and the list filtered by job_ids, and counts every request.
type scheduleServer struct {
	start    time.Time
	ends     []time.Time
	requests atomic.Int64
}

func newScheduleServer(n int, spread time.Duration) *scheduleServer {
	s := &scheduleServer{start: time.Now(), ends: make([]time.Time, n)}
	for i := range s.ends {
		s.ends[i] = s.start.Add(spread * time.Duration(i) / time.Duration(n-1))
	}
	return s
}

func (s *scheduleServer) job(id string, now time.Time) (gen.ClassifyV2JobResponse, bool) {
	var i int
	if _, err := fmt.Sscanf(id, "job-%d", &i); err != nil || i < 0 || i >= len(s.ends) {
		return gen.ClassifyV2JobResponse{}, false
	}
	job := gen.ClassifyV2JobResponse{
		Id:                id,
		FileInput:         "dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
		ProjectId:         "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
		UserId:            "user_2nYj8kLmQp",
		DocumentInputType: gen.DocumentInputTypeFileId,
		Status:            gen.ClassifyV2JobStatusRUNNING,
		Configuration:     gen.ClassifyV2Configuration{Rules: []gen.ClassifierRule{{Type: "invoice", Description: "contains invoice number, line items, and total amount"}}},
	}
	if !now.Before(s.ends[i]) {
		job.Status = gen.ClassifyV2JobStatusCOMPLETED
		invoice := "invoice"
		job.Result = &gen.ClassificationResult{Type: &invoice, Confidence: 0.9, Reasoning: "mentions 'invoice number'"}
	}
	return job, true
}

func (s *scheduleServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.requests.Add(1)
	now := time.Now()
	w.Header().Set("Content-Type", "application/json")
	if id, ok := strings.CutPrefix(r.URL.Path, "/api/v2/classify/"); ok {
		job, found := s.job(id, now)
		if !found {
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte(`{"detail":"Not Found"}`))
			return
		}
		json.NewEncoder(w).Encode(job)
		return
	}
	page := gen.ClassifyV2JobQueryResponse{Items: []gen.ClassifyV2JobResponse{}}
	for _, id := range r.URL.Query()["job_ids"] {
		if job, ok := s.job(id, now); ok {
			page.Items = append(page.Items, job)
		}
	}
	json.NewEncoder(w).Encode(page)
}

// detections collects, for each job, how long after its end it was seen
// ended.
type detections struct {
	mu   sync.Mutex
	lags []time.Duration
}

func (d *detections) seen(s *scheduleServer, job *gen.ClassifyV2JobResponse, at time.Time) error {
	var i int
	if _, err := fmt.Sscanf(job.Id, "job-%d", &i); err != nil {
		return err
	}
	if job.Status != gen.ClassifyV2JobStatusCOMPLETED {
		return fmt.Errorf("job %s ended %s", job.Id, job.Status)
	}
	d.mu.Lock()
	d.lags = append(d.lags, at.Sub(s.ends[i]))
	d.mu.Unlock()
	return nil
}

func (d *detections) report(b *testing.B, s *scheduleServer, iterations int) {
	var sum, worst time.Duration
	for _, l := range d.lags {
		sum += l
		worst = max(worst, l)
	}
	b.ReportMetric(float64(s.requests.Load())/float64(iterations), "requests/op")
	b.ReportMetric(float64(sum.Milliseconds())/float64(len(d.lags)), "mean-detect-ms")
	b.ReportMetric(float64(worst.Milliseconds()), "max-detect-ms")
}

// BenchmarkWait1000 waits on 1,000 v2 jobs that end evenly over 2 s, with
// WaitJobs (one list request per 100 jobs a round) and with WaitJob in one
// goroutine per job, both under the default delay schedule (500 ms min,
// 5 s max, jittered), and reports the requests the server received and the
// time from each job's end to its detection. Target: WaitJobs makes at
// least 50x fewer requests, with the same or lower detection time. Run it
// with -benchtime=1x: an iteration takes over 2 s.
func BenchmarkWait1000(b *testing.B) {
	ids := make([]string, waitJobs)
	for i := range ids {
		ids[i] = fmt.Sprintf("job-%d", i)
	}
	setup := func(b *testing.B) (*client.Client, *httptest.Server, *scheduleServer) {
		s := newScheduleServer(waitJobs, waitSpread)
		ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.ServeHTTP(w, r) }))
		b.Cleanup(ts.Close)
		tr := &http.Transport{MaxIdleConnsPerHost: waitJobs}
		b.Cleanup(tr.CloseIdleConnections)
		c, err := client.New(client.WithBaseURL(ts.URL), client.WithAPIKey(apiKey), client.WithHTTPClient(&http.Client{Transport: tr}))
		if err != nil {
			b.Fatal(err)
		}
		return c, ts, s
	}
	ctx := context.Background()

	b.Run("WaitJobs", func(b *testing.B) {
		var d detections
		var s *scheduleServer
		var requests int64
		n := 0
		for b.Loop() {
			c, ts, srv := setup(b)
			s = srv
			for job, err := range c.WaitJobs(ctx, ids) {
				at := time.Now()
				if err != nil {
					b.Fatal(err)
				}
				if err := d.seen(s, job, at); err != nil {
					b.Fatal(err)
				}
			}
			requests += s.requests.Load()
			ts.Close()
			n++
		}
		s.requests.Store(requests)
		d.report(b, s, n)
	})

	b.Run("WaitJob", func(b *testing.B) {
		var d detections
		var s *scheduleServer
		var requests int64
		n := 0
		for b.Loop() {
			c, ts, srv := setup(b)
			s = srv
			var wg sync.WaitGroup
			errs := make(chan error, len(ids))
			for _, id := range ids {
				wg.Go(func() {
					job, err := c.WaitJob(ctx, id)
					at := time.Now()
					if err == nil {
						err = d.seen(s, job, at)
					}
					if err != nil {
						errs <- err
					}
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				b.Fatal(err)
			}
			requests += s.requests.Load()
			ts.Close()
			n++
		}
		s.requests.Store(requests)
		d.report(b, s, n)
	})
}
