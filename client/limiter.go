package client

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync"
	"time"
)

// requestGate bounds the requests a classification has in flight, and
// moves the bound with what the service says, in the manner of TCP's
// congestion control (additive increase, multiplicative decrease):
//
//   - a 429, or a 503 that carries Retry-After, halves the limit (never
//     below 1), once per round: an answer to a request sent before the last
//     decrease says nothing new and is ignored;
//   - a fast success counts towards growth, and every limit of them (one
//     round of answers) adds one, up to the maximum (WithConcurrency). A
//     success is fast when it took no more than twice the smoothed time of
//     its operation's successes so far, so that a service slowing down
//     stops the growth before it starts refusing.
//
// A slot is held from the moment a request is sent until its answer's
// body is read to its end or closed, so that the service never holds more
// than the limit of this classification's requests at once, a long list
// that is still streaming included.
//
// The gate also stops the classification at the first 401 or 403, before
// the slot of the refused request is given to another, so that nothing is
// sent after the refusal.
//
// It travels in the context of the requests (see withGate); the doer
// consults it for each one.
type requestGate struct {
	adaptive bool
	max      int
	// secret is kept out of the refusal it builds.
	secret string
	now    func() time.Time
	// refused is called with the first 401 or 403.
	refused func(error)

	mu       sync.Mutex
	limit    int
	inFlight int
	peak     int
	// epoch counts the decreases; a request remembers the epoch it was
	// sent in.
	epoch int
	// fast counts the fast successes since the limit last moved.
	fast int
	// smoothed is, per operation, the moving average of the time its
	// successes took.
	smoothed map[string]time.Duration
	// wake is closed, and replaced, whenever a slot may have come free.
	wake chan struct{}
}

func newRequestGate(maxInFlight int, adaptive bool, secret string, now func() time.Time) *requestGate {
	maxInFlight = max(maxInFlight, 1)
	return &requestGate{
		adaptive: adaptive, max: maxInFlight, limit: maxInFlight, secret: secret, now: now,
		smoothed: map[string]time.Duration{}, wake: make(chan struct{}),
	}
}

// ticket is one request's slot.
type ticket struct {
	epoch int
	start time.Time
	op    string
}

// acquire waits for a free slot, or for ctx to end.
func (g *requestGate) acquire(ctx context.Context, op string) (ticket, error) {
	g.mu.Lock()
	for g.inFlight >= g.limit {
		wake := g.wake
		g.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return ticket{}, ctx.Err()
		}
		g.mu.Lock()
	}
	if err := ctx.Err(); err != nil {
		g.mu.Unlock()
		return ticket{}, err
	}
	g.inFlight++
	g.peak = max(g.peak, g.inFlight)
	t := ticket{epoch: g.epoch, start: g.now(), op: op}
	g.mu.Unlock()
	return t, nil
}

// release frees t's slot.
func (g *requestGate) release() {
	g.mu.Lock()
	g.inFlight--
	g.signalLocked()
	g.mu.Unlock()
}

func (g *requestGate) signalLocked() {
	close(g.wake)
	g.wake = make(chan struct{})
}

// observe adjusts the limit to the answer to t's request (resp nil: no
// answer).
func (g *requestGate) observe(t ticket, resp *http.Response) {
	if !g.adaptive || resp == nil {
		return
	}
	took := g.now().Sub(t.start)
	overloaded := resp.StatusCode == http.StatusTooManyRequests ||
		(resp.StatusCode == http.StatusServiceUnavailable && hasRetryAfter(resp.Header))
	success := resp.StatusCode >= 200 && resp.StatusCode < 300
	g.mu.Lock()
	switch {
	case overloaded && t.epoch == g.epoch:
		g.epoch++
		g.fast = 0
		g.limit = max(g.limit/2, 1)
	case success:
		avg, seen := g.smoothed[t.op]
		if !seen || took <= 2*avg {
			g.fast++
		}
		if !seen {
			avg = took
		}
		g.smoothed[t.op] = avg + (took-avg)/8
		if g.fast >= g.limit && g.limit < g.max {
			g.limit++
			g.fast = 0
			g.signalLocked()
		}
	}
	g.mu.Unlock()
}

// current returns the limit now.
func (g *requestGate) current() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.limit
}

func hasRetryAfter(h http.Header) bool {
	return h.Get("Retry-After") != "" || h.Get("Retry-After-Ms") != ""
}

// refuse reports a 401 or 403 to the classification, with the error the
// call will return, built from a copy of the body so that the call still
// reads it whole.
func (g *requestGate) refuse(resp *http.Response) {
	if g.refused == nil {
		return
	}
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	rest := resp.Body
	resp.Body = readCloser{io.MultiReader(bytes.NewReader(raw), rest), rest}
	copied := *resp
	copied.Body = io.NopCloser(bytes.NewReader(raw))
	g.refused(newAPIError(&copied, g.now(), g.secret))
}

type readCloser struct {
	io.Reader
	io.Closer
}

type gateKey struct{}

// withGate makes the requests sent with ctx pass through g.
func withGate(ctx context.Context, g *requestGate) context.Context {
	return context.WithValue(ctx, gateKey{}, g)
}

func gateOf(ctx context.Context) *requestGate {
	g, _ := ctx.Value(gateKey{}).(*requestGate)
	return g
}

// through sends req with send, holding a slot of g from the moment it is
// sent until its answer's body is read to its end or closed.
func (g *requestGate) through(req *http.Request, send func(*http.Request) (*http.Response, error)) (*http.Response, error) {
	t, err := g.acquire(req.Context(), attemptOf(req.Context()).op)
	if err != nil {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, err
	}
	resp, err := send(req)
	if err != nil || resp == nil {
		g.release()
		return resp, err
	}
	g.observe(t, resp)
	// A refused key stops the batch. A delete is the exception: a key may
	// classify but not delete, and a delete that fails changes nothing
	// else (its document's result records it).
	if (resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden) &&
		attemptOf(req.Context()).op != "DeleteFile" {
		g.refuse(resp)
	}
	resp.Body = &releasingBody{ReadCloser: resp.Body, release: g.release}
	return resp, nil
}

// releasingBody frees a gate's slot once it is read to its end or closed.
type releasingBody struct {
	io.ReadCloser
	once    sync.Once
	release func()
}

func (b *releasingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil {
		b.once.Do(b.release)
	}
	return n, err
}

func (b *releasingBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.release)
	return err
}
