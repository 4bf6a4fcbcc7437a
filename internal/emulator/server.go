package emulator

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/routers"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// Server is the emulated classify service: it implements
// gen.StrictServerInterface over a store, in memory unless WithDataDir
// names a directory. Create it with New or Open, serve Handler, and Close it
// when done. It is safe for concurrent use.
type Server struct {
	cfg     config
	handler http.Handler
	// uploadSchema is the contract's schema of the multipart upload form,
	// checked once the form has been streamed.
	uploadSchema *openapi3.Schema
	// routes finds the contract's operation of a method and path, to say
	// which methods a path allows.
	routes func() (routers.Router, error)

	store store

	// work is the context of the background classifications; Close
	// cancels it, so that a call to a language model does not hold Close
	// up, and a classification cut short is not stored.
	workCtx    context.Context
	cancelWork context.CancelFunc

	stats counters

	// mu guards what follows. closed stops new work; the loop sends the
	// webhook events of watched jobs while there are any (loopStop is nil
	// when it is not running; watchAgain asks it for another round);
	// deliveries counts webhook senders in flight, outboxes queues their
	// deliveries by job.
	mu         sync.Mutex
	closed     bool
	loopStop   chan struct{}
	watchAgain bool
	loop       sync.WaitGroup
	deliveries sync.WaitGroup
	outboxes   map[string]*outbox
	webhooks   *http.Client
	transport  *http.Transport

	// The classifications to compute: queue in order, pending by job id
	// (queued or being computed), workers running.
	queue    []*queued
	pending  map[string]*queued
	workers  int
	workerWG sync.WaitGroup

	// signingKey signs presigned download URLs.
	signingKey []byte

	// sleep waits for injected latency; tests replace it.
	sleep func(ctx context.Context, d time.Duration)

	// classifierID is cfg.classifier's ID, recorded with each outcome.
	classifierID string
}

type counters struct {
	requests, fail503Before, fail503After, rateLimited, delayed, dropped atomic.Int64
	webhooksSent, webhooksFailed                                         atomic.Int64
}

var _ gen.StrictServerInterface = (*Server)(nil)

// New returns an emulator configured by opts. It panics if an option is
// invalid (a project id that is not a uuid, a negative delay, a fault
// fraction outside [0, 1]) or its data directory cannot be opened; Open
// and Start report the same problems as an error.
func New(opts ...Option) *Server {
	s, err := Open(opts...)
	if err != nil {
		panic(err)
	}
	return s
}

// Open returns an emulator configured by opts, or why it cannot make one:
// an invalid option, or a data directory (WithDataDir) that cannot be
// opened, such as one written by a newer version (*NewerStoreError).
func Open(opts ...Option) (*Server, error) {
	cfg := defaultConfig()
	for _, o := range opts {
		o(&cfg)
	}
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	transport := &http.Transport{
		Proxy:               nil,
		DialContext:         (&net.Dialer{Timeout: cfg.webhookTimeout}).DialContext,
		MaxIdleConnsPerHost: 4,
		IdleConnTimeout:     30 * time.Second,
	}
	s := &Server{
		cfg:        cfg,
		outboxes:   map[string]*outbox{},
		pending:    map[string]*queued{},
		transport:  transport,
		signingKey: newSigningKey(),
		webhooks: &http.Client{
			Transport: transport,
			Timeout:   cfg.webhookTimeout,
			// A webhook receiver answers; it does not send the emulator on.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		sleep:        sleepContext,
		classifierID: cfg.classifier.ID(),
	}
	s.workCtx, s.cancelWork = context.WithCancel(context.Background())
	if cfg.dataDir == "" {
		s.store = newMemoryStore(cfg.limits)
	} else {
		st, err := openSQLiteStore(cfg.dataDir, cfg.limits)
		if err != nil {
			return nil, err
		}
		s.store = st
		if key, err := st.signingKey(); err == nil {
			// Download URLs stay valid across restarts.
			s.signingKey = key
		}
	}
	h, err := s.buildHandler()
	if err != nil {
		s.store.Close()
		return nil, err
	}
	s.handler = h
	if cfg.referenceExamples {
		if err := s.putReferenceExamples(); err != nil {
			s.store.Close()
			return nil, err
		}
	}
	// Jobs of an earlier run whose webhook events are not all sent.
	if watched, err := s.store.Watched(context.Background(), 1); err == nil && len(watched) > 0 {
		s.watch()
	}
	return s, nil
}

// Handler returns the emulator's HTTP handler: every route of the contract,
// behind request logging, fault injection, bearer authentication and request
// validation against the contract.
func (s *Server) Handler() http.Handler { return s.handler }

// Close stops the background loop that sends webhook events, waits for
// webhook deliveries in flight (each bounded by the webhook timeout) and
// drops those not yet started, waits for the classifications being
// computed and drops those queued (the next process to read their jobs
// computes them), and closes the store. The state of a memory store stays
// readable. Close is idempotent.
func (s *Server) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	stop := s.loopStop
	s.loopStop = nil
	s.mu.Unlock()
	if stop != nil {
		close(stop)
	}
	s.loop.Wait()
	s.cancelWork()
	s.stopWorkers()
	s.deliveries.Wait()
	s.transport.CloseIdleConnections()
	return s.store.Close()
}

// Serve answers requests on l until ctx is done, then shuts down: it
// closes the connections that carry no request at once and gives requests
// in flight up to five seconds. It does not Close the Server. It returns
// nil after a shutdown that ctx asked for.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	hs := s.newHTTPServer()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(l) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	err := hs.shutdown(5 * time.Second)
	if serveErr := <-errc; serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) && err == nil {
		err = serveErr
	}
	return err
}

// Stats counts what the emulator holds and what it has done.
type Stats struct {
	// Files, ClassifierJobs and ClassifyJobs count the stored files, v1 jobs
	// and v2 jobs of every project.
	Files, ClassifierJobs, ClassifyJobs int
	// Requests counts every HTTP request received.
	Requests int
	// Faults counts the faults injected, by kind.
	Faults FaultStats
	// WebhooksSent and WebhooksFailed count webhook deliveries that got a
	// 2xx answer and those that did not, including those Close dropped
	// unsent.
	WebhooksSent, WebhooksFailed int
}

// FaultStats counts injected faults by kind.
type FaultStats struct {
	// Unavailable503Before counts requests answered 503 without acting.
	Unavailable503Before int
	// Unavailable503After counts requests that acted but were answered 503.
	Unavailable503After int
	// RateLimited429 counts requests answered 429.
	RateLimited429 int
	// Delayed counts requests held back by Faults.Latency.
	Delayed int
	// Dropped counts connections closed without an answer.
	Dropped int
}

// Stats returns a snapshot of the counters.
func (s *Server) Stats() Stats {
	var st Stats
	if c, err := s.store.Counts(context.Background()); err == nil {
		st.Files, st.ClassifierJobs, st.ClassifyJobs = c.Files, c.ClassifierJobs, c.ClassifyJobs
	}
	st.Requests = int(s.stats.requests.Load())
	st.Faults = FaultStats{
		Unavailable503Before: int(s.stats.fail503Before.Load()),
		Unavailable503After:  int(s.stats.fail503After.Load()),
		RateLimited429:       int(s.stats.rateLimited.Load()),
		Delayed:              int(s.stats.delayed.Load()),
		Dropped:              int(s.stats.dropped.Load()),
	}
	st.WebhooksSent = int(s.stats.webhooksSent.Load())
	st.WebhooksFailed = int(s.stats.webhooksFailed.Load())
	return st
}

// Running is an emulator serving on a loopback port.
type Running struct {
	// URL is the base URL to send requests to, e.g. http://127.0.0.1:40123.
	URL string
	// Server is the emulator behind URL, for fixtures and Stats.
	Server *Server

	srv  *httpServer
	done chan error
	once sync.Once
	err  error
	// grace is how long Close gives requests in flight.
	grace time.Duration
}

// Start runs an emulator configured by opts on 127.0.0.1 at a free port.
// Close it when done.
func Start(opts ...Option) (*Running, error) {
	s, err := Open(opts...)
	if err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("emulator: listen: %w", err)
	}
	r := &Running{
		URL:    "http://" + l.Addr().String(),
		Server: s,
		srv:    s.newHTTPServer(),
		done:   make(chan error, 1),
		grace:  5 * time.Second,
	}
	go func() { r.done <- r.srv.Serve(l) }()
	return r, nil
}

// Close shuts the listener down (connections that carry no request are
// closed at once, requests in flight get up to five seconds), then closes
// the Server. It is idempotent.
func (r *Running) Close() error {
	r.once.Do(func() {
		err := r.srv.shutdown(r.grace)
		if serveErr := <-r.done; !errors.Is(serveErr, http.ErrServerClosed) && err == nil {
			err = serveErr
		}
		if cerr := r.Server.Close(); err == nil {
			err = cerr
		}
		r.err = err
	})
	return r.err
}

func sleepContext(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// docForRouting returns a shallow copy of the shared contract whose only
// server is "/", so routes match whatever host the emulator listens on.
func docForRouting() (*openapi3.T, error) {
	doc, err := openapi.Load()
	if err != nil {
		return nil, err
	}
	c := *doc
	c.Servers = openapi3.Servers{{URL: "/"}}
	return &c, nil
}
