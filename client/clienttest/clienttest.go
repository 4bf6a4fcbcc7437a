// Package clienttest runs a local classify service for tests, in the spirit
// of net/http/httptest: NewServer starts the emulated service on a loopback
// port and hands back its URL and a client ready to call it.
//
// The service is the same emulator the llamaclassify CLI runs when no API key
// is set: it validates requests against the contract, keeps files and jobs in
// memory, classifies documents with a deterministic scorer, and can inject
// faults. By default jobs finish at the first read after they are created,
// and the ready client retries up to 8 times with delays of a few
// milliseconds, so that injected faults do not slow a test down. The
// client's waiters still poll first after client.DefaultWaitMinDelay
// (400 ms); a test that should not wait that long gives ClassifyFile and
// its kin client.WithWait(client.WithMinDelay(time.Millisecond)), and
// WaitJob client.WithMinDelay(time.Millisecond).
package clienttest

import (
	"log/slog"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// APIKey is the key the ready client sends. The server accepts any
// non-empty key unless WithRequiredKey names one.
const APIKey = "clienttest-key"

// Faults makes the service misbehave, deterministically for a seed: a
// fraction of requests answered 503 before or after acting, 429 with
// Retry-After, delayed, or dropped without an answer before or after
// acting. Its fields (each fraction of all requests, in [0, 1]):
//
//	Seed          uint64        // selects the sequence of faults
//	Fail503Before float64       // answered 503 without acting
//	Fail503After  float64       // act (a create creates its job), then 503
//	RateLimit429  float64       // answered 429 without acting
//	RetryAfter    time.Duration // sent with 429 and 503 (Retry-After, Retry-After-Ms)
//	Latency       time.Duration // added before answering LatencyRate of requests
//	LatencyRate   float64
//	Drop          float64       // connection closed without an answer, before acting
//	DropAfter     float64       // acts, then the connection is closed
//
// Drop, DropAfter, RateLimit429, Fail503Before and Fail503After exclude one
// another and together must not exceed 1.
type Faults = emulator.Faults

// Stats counts what the service holds and what it has done:
//
//	Files, ClassifierJobs, ClassifyJobs int // stored files, v1 and v2 jobs
//	Requests                            int // HTTP requests received
//	Faults                              emulator.FaultStats
//	WebhooksSent, WebhooksFailed        int
//
// Faults counts the faults injected by kind: Unavailable503Before,
// Unavailable503After, RateLimited429, Delayed and Dropped.
type Stats = emulator.Stats

// Option configures NewServer.
type Option func(*settings)

type settings struct {
	emulator []emulator.Option
	client   []client.Option
}

// WithProcessingDelay sets how long a job takes from creation to its end
// (default 0: a job ends at the first read after its creation).
func WithProcessingDelay(d time.Duration) Option {
	return func(s *settings) { s.emulator = append(s.emulator, emulator.WithProcessingDelay(d)) }
}

// WithClock makes the service read time from now, so that a test moves jobs
// along by advancing its own clock.
func WithClock(now func() time.Time) Option {
	return func(s *settings) { s.emulator = append(s.emulator, emulator.WithClock(now)) }
}

// WithFaults injects faults into the service's answers.
func WithFaults(f Faults) Option {
	return func(s *settings) { s.emulator = append(s.emulator, emulator.WithFaults(f)) }
}

// WithRequiredKey makes the service accept only this API key. The ready
// client then sends it.
func WithRequiredKey(key string) Option {
	return func(s *settings) {
		s.emulator = append(s.emulator, emulator.WithRequiredKey(key))
		s.client = append(s.client, client.WithAPIKey(key))
	}
}

// WithMaxUploadSize sets the largest upload the service accepts (default
// 100 MiB); larger ones are refused with 413.
func WithMaxUploadSize(n int64) Option {
	return func(s *settings) { s.emulator = append(s.emulator, emulator.WithMaxUploadSize(n)) }
}

// WithServerLogger makes the service log one line per request to l.
func WithServerLogger(l *slog.Logger) Option {
	return func(s *settings) { s.emulator = append(s.emulator, emulator.WithLogger(l)) }
}

// WithClientOptions adds options to the ready client, after the ones that
// point it at the server.
func WithClientOptions(opts ...client.Option) Option {
	return func(s *settings) { s.client = append(s.client, opts...) }
}

// Server is a running local classify service.
type Server struct {
	// URL is the service's base URL, http://127.0.0.1:port.
	URL string
	// Client is a client of the service, ready to use.
	Client *client.Client

	emu  *emulator.Server
	http *httptest.Server
}

// NewServer starts a local classify service and stops it when the test ends.
// It fails the test if the service or its client cannot be set up.
func NewServer(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s, err := Start(opts...)
	if err != nil {
		t.Fatalf("clienttest: %v", err)
	}
	t.Cleanup(s.Close)
	return s
}

// Start starts a local classify service outside a test (in an example or a
// demonstration); Close stops it.
func Start(opts ...Option) (*Server, error) {
	s := settings{
		emulator: []emulator.Option{emulator.WithProcessingDelay(0)},
		client: []client.Option{
			client.WithAPIKey(APIKey),
			// Quick, persistent retries: faults injected by a test should
			// neither slow it nor, at the rates tests use, exhaust a call.
			client.WithRetryPolicy(client.RetryPolicy{MaxAttempts: 8, MinDelay: time.Millisecond, MaxDelay: 20 * time.Millisecond}),
		},
	}
	for _, o := range opts {
		o(&s)
	}
	emu := emulator.New(s.emulator...)
	hs := httptest.NewServer(emu.Handler())
	c, err := client.New(append([]client.Option{client.WithBaseURL(hs.URL)}, s.client...)...)
	if err != nil {
		hs.Close()
		_ = emu.Close()
		return nil, err
	}
	return &Server{URL: hs.URL, Client: c, emu: emu, http: hs}, nil
}

// Close stops the service and waits for its requests and webhook deliveries
// to end.
func (s *Server) Close() {
	s.http.Close()
	_ = s.emu.Close()
}

// Stats reports what the service holds (files, jobs) and what it has done
// (requests, faults injected, webhooks sent).
func (s *Server) Stats() Stats { return s.emu.Stats() }

// PutFile stores a file with the given content as if it had been uploaded,
// keeping f's id when it has one, and returns the stored file.
func (s *Server) PutFile(f gen.FileV2, content []byte) gen.FileV2 { return s.emu.PutFile(f, content) }

// PutClassifyJob stores a v2 job as given (id and status included) and
// returns it as stored.
func (s *Server) PutClassifyJob(job gen.ClassifyV2JobResponse) gen.ClassifyV2JobResponse {
	return s.emu.PutClassifyJob(job)
}

// PutClassifierJob stores a v1 job and its per-file results as given and
// returns the job as stored.
func (s *Server) PutClassifierJob(job gen.ClassifyJob, results []gen.FileClassification) gen.ClassifyJob {
	return s.emu.PutClassifierJob(job, results)
}
