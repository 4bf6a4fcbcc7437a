package bench

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

const (
	// waitSpread: the jobs of a wait benchmark end evenly over it.
	waitSpread = 2 * time.Second
	// waitProcessing is the emulator's processing delay: each job is
	// PENDING for half of it, then RUNNING.
	waitProcessing = time.Second
	// loopInterval is the baselines' fixed polling interval.
	loopInterval = 500 * time.Millisecond
)

// shiftClock is the emulator's clock: the wall clock moved by an offset,
// which the benchmark sets so that jobs created one after another end when
// it wants them to.
type shiftClock struct{ offset atomic.Int64 }

func (k *shiftClock) now() time.Time { return time.Now().Add(time.Duration(k.offset.Load())) }

// setNow makes the clock read t now.
func (k *shiftClock) setNow(t time.Time) { k.offset.Store(int64(time.Until(t))) }

// waitRun is an emulator holding n v2 jobs created through its API, which
// end evenly over waitSpread from the moment start returns, and counts the
// requests it receives from then on.
type waitRun struct {
	ts       *httptest.Server
	ids      []string
	ends     map[string]time.Time
	counting atomic.Bool
	requests atomic.Int64
}

func newWaitRun(b *testing.B, n int) *waitRun {
	clock := &shiftClock{}
	em := emulator.New(emulator.WithProcessingDelay(waitProcessing), emulator.WithClock(clock.now))
	b.Cleanup(func() { em.Close() })
	r := &waitRun{ends: make(map[string]time.Time, n)}
	h := em.Handler()
	r.ts = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if r.counting.Load() {
			r.requests.Add(1)
		}
		h.ServeHTTP(w, req)
	}))
	b.Cleanup(r.ts.Close)

	ctx := context.Background()
	c := newWaitClient(b, r.ts.URL)
	file, err := c.UploadFile(ctx, client.Upload{Name: "invoice.txt", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(strings.NewReader("INVOICE\nInvoice number: INV-0001\nLine items: 3 x consulting day\nTotal amount due: 2,064.00\n")), nil
	}})
	if err != nil {
		b.Fatal(err)
	}
	// On the emulator's clock the wait starts at origin, an hour from
	// now; job i is created so that it ends at origin + i·spread/(n-1).
	origin := time.Now().Add(time.Hour)
	endsAt := make(map[string]time.Time, n)
	for i := range n {
		clock.setNow(origin.Add(waitSpread*time.Duration(i)/time.Duration(max(n-1, 1)) - waitProcessing))
		job, err := c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{
			FileInput:     &file.Id,
			Configuration: &gen.ClassifyV2Configuration{Rules: classifyRules},
		})
		if err != nil {
			b.Fatal(err)
		}
		r.ids = append(r.ids, job.Id)
		endsAt[job.Id] = job.CreatedAt.Add(waitProcessing)
	}
	clock.setNow(origin)
	start := time.Now()
	for id, end := range endsAt {
		r.ends[id] = start.Add(end.Sub(origin))
	}
	r.counting.Store(true)
	return r
}

func newWaitClient(b *testing.B, url string) *client.Client {
	c, err := client.New(client.WithBaseURL(url), client.WithAPIKey(apiKey), client.WithHTTPClient(newHTTPClient(b)))
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// newGenClient is the generated client as a user would set it up.
func newGenClient(b *testing.B, url string) *gen.ClientWithResponses {
	g, err := gen.NewClientWithResponses(url, gen.WithHTTPClient(newHTTPClient(b)),
		gen.WithRequestEditorFn(func(_ context.Context, req *http.Request) error {
			req.Header.Set("Authorization", "Bearer "+apiKey)
			return nil
		}))
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// clockSlack is how far the emulator's clock (the wall clock, moved) and
// the benchmark's (monotonic) may disagree on when a job ends.
const clockSlack = 5 * time.Millisecond

// detections collects how long after its end each job was seen ended.
type detections struct {
	mu   sync.Mutex
	lags []time.Duration
	seen map[string]bool
	err  error
}

func (d *detections) saw(r *waitRun, job *gen.ClassifyV2JobResponse, at time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen == nil {
		d.seen = map[string]bool{}
	}
	end, ok := r.ends[job.Id]
	switch {
	case !ok:
		d.err = fmt.Errorf("job %q is not one of the run's", job.Id)
	case job.Status != gen.ClassifyV2JobStatusCOMPLETED:
		d.err = fmt.Errorf("job %s ended %s", job.Id, job.Status)
	case d.seen[job.Id]:
		d.err = fmt.Errorf("job %s seen ended twice", job.Id)
	case at.Before(end.Add(-clockSlack)):
		d.err = fmt.Errorf("job %s seen ended %v before its end", job.Id, end.Sub(at))
	}
	d.seen[job.Id] = true
	d.lags = append(d.lags, at.Sub(end))
}

// check fails b unless every job of r was seen ended, once.
func (d *detections) check(b *testing.B, r *waitRun) {
	if d.err != nil {
		b.Fatal(d.err)
	}
	if len(d.seen) != len(r.ids) {
		b.Fatalf("%d of %d jobs seen ended", len(d.seen), len(r.ids))
	}
}

// waitFigures accumulates the figures of the iterations of a benchmark.
type waitFigures struct {
	requests int64
	lags     []time.Duration
	n        int
}

func (f *waitFigures) add(r *waitRun, d *detections) {
	f.requests += r.requests.Load()
	f.lags = append(f.lags, d.lags...)
	f.n++
}

func (f *waitFigures) report(b *testing.B) {
	var sum time.Duration
	for _, l := range f.lags {
		sum += l
	}
	s := slices.Clone(f.lags)
	slices.Sort(s)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(float64(f.requests)/float64(f.n), "requests/op")
	b.ReportMetric(ms(sum/time.Duration(len(s))), "mean-detect-ms")
	b.ReportMetric(ms(s[len(s)*95/100]), "p95-detect-ms")
	b.ReportMetric(ms(s[len(s)-1]), "max-detect-ms")
}

func terminal(s gen.ClassifyV2JobStatus) bool {
	return s == gen.ClassifyV2JobStatusCOMPLETED || s == gen.ClassifyV2JobStatusFAILED || s == gen.ClassifyV2JobStatusCANCELLED
}

// batchedLoop is the loop a user would write with the generated client to
// wait for many jobs: every 500 ms, list the ids still outstanding, 100 a
// request, one request after another, and take the jobs that ended.
func batchedLoop(ctx context.Context, g *gen.ClientWithResponses, ids []string, ended func(*gen.ClassifyV2JobResponse)) error {
	outstanding := slices.Clone(ids)
	size := int32(100)
	tick := time.NewTicker(loopInterval)
	defer tick.Stop()
	for {
		var still []string
		for chunk := range slices.Chunk(outstanding, 100) {
			q := slices.Clone(chunk)
			resp, err := g.ListClassifyJobsWithResponse(ctx, &gen.ListClassifyJobsParams{JobIds: &q, PageSize: &size})
			if err != nil {
				return err
			}
			if resp.JSON200 == nil {
				return fmt.Errorf("list: status %d", resp.StatusCode())
			}
			done := map[string]bool{}
			for i := range resp.JSON200.Items {
				if job := &resp.JSON200.Items[i]; terminal(job.Status) {
					ended(job)
					done[job.Id] = true
				}
			}
			for _, id := range chunk {
				if !done[id] {
					still = append(still, id)
				}
			}
		}
		if outstanding = still; len(outstanding) == 0 {
			return nil
		}
		<-tick.C
	}
}

// singleLoop is the loop a user would write with the generated client to
// wait for one job: get it every 500 ms until it ends.
func singleLoop(ctx context.Context, g *gen.ClientWithResponses, id string) (*gen.ClassifyV2JobResponse, error) {
	tick := time.NewTicker(loopInterval)
	defer tick.Stop()
	for {
		resp, err := g.GetClassifyJobWithResponse(ctx, id, nil)
		if err != nil {
			return nil, err
		}
		if resp.JSON200 == nil {
			return nil, fmt.Errorf("get: status %d", resp.StatusCode())
		}
		if terminal(resp.JSON200.Status) {
			return resp.JSON200, nil
		}
		<-tick.C
	}
}

// BenchmarkWaitJobs waits for 1,000 v2 jobs of the emulator that end
// evenly over 2 s (created through its API, on a clock set so that they
// do), with the client's WaitJobs and, in the same run, with the loop a
// user would write with the generated client (batchedLoop: every 500 ms,
// the outstanding ids, 100 a request). It reports the requests the
// emulator received while waiting, and the time from each job's end to
// the moment the waiter hands it over: mean, 95th percentile, max.
// Target: WaitJobs makes no more requests than the loop, with a lower
// mean and a lower max.
func BenchmarkWaitJobs(b *testing.B) {
	const jobs = 1000
	ctx := context.Background()
	b.Run("loop-500ms", func(b *testing.B) {
		var f waitFigures
		for b.Loop() {
			r := newWaitRun(b, jobs)
			g := newGenClient(b, r.ts.URL)
			var d detections
			err := batchedLoop(ctx, g, r.ids, func(job *gen.ClassifyV2JobResponse) { d.saw(r, job, time.Now()) })
			if err != nil {
				b.Fatal(err)
			}
			d.check(b, r)
			f.add(r, &d)
		}
		f.report(b)
	})
	b.Run("client", func(b *testing.B) {
		var f waitFigures
		for b.Loop() {
			r := newWaitRun(b, jobs)
			c := newWaitClient(b, r.ts.URL)
			var d detections
			for job, err := range c.WaitJobs(ctx, r.ids) {
				if err != nil {
					b.Fatal(err)
				}
				d.saw(r, job, time.Now())
			}
			d.check(b, r)
			f.add(r, &d)
		}
		f.report(b)
	})
}

// BenchmarkWaitJob waits for 100 v2 jobs of the emulator that end evenly
// over 2 s, each on its own (a goroutine per job), with the client's
// WaitJob and, in the same run, with the loop a user would write with the
// generated client (singleLoop: get the job every 500 ms). It reports what
// BenchmarkWaitJobs does. Target: WaitJob makes no more requests than the
// loop, with a lower mean and a lower max.
func BenchmarkWaitJob(b *testing.B) {
	const jobs = 100
	ctx := context.Background()
	run := func(b *testing.B, wait func(r *waitRun, id string) (*gen.ClassifyV2JobResponse, error), setup func(r *waitRun)) {
		var f waitFigures
		for b.Loop() {
			r := newWaitRun(b, jobs)
			setup(r)
			var d detections
			var wg sync.WaitGroup
			errs := make(chan error, len(r.ids))
			for _, id := range r.ids {
				wg.Go(func() {
					job, err := wait(r, id)
					at := time.Now()
					if err != nil {
						errs <- err
						return
					}
					d.saw(r, job, at)
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				b.Fatal(err)
			}
			d.check(b, r)
			f.add(r, &d)
		}
		f.report(b)
	}
	b.Run("loop-500ms", func(b *testing.B) {
		var g *gen.ClientWithResponses
		run(b, func(r *waitRun, id string) (*gen.ClassifyV2JobResponse, error) { return singleLoop(ctx, g, id) },
			func(r *waitRun) { g = newGenClient(b, r.ts.URL) })
	})
	b.Run("client", func(b *testing.B) {
		var c *client.Client
		run(b, func(r *waitRun, id string) (*gen.ClassifyV2JobResponse, error) { return c.WaitJob(ctx, id) },
			func(r *waitRun) { c = newWaitClient(b, r.ts.URL) })
	})
}
