package client

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// RetryPolicy says how often and how patiently a failed request is sent
// again. Zero fields take the defaults.
//
// What is retried depends on the operation, so that a retry never creates
// a second job or file:
//   - reads (GET), v2 creates (which always carry a transaction_id) and
//     cancels: on connection errors, 408, 429 and 5xx;
//   - v1 creates: only when the request provably did not reach the server
//     (the connection could not be made) or on 429;
//   - uploads: as v1 creates, and after an ambiguous failure (5xx, a
//     connection lost mid-request) only once a lookup by external_file_id
//     shows that the file was not stored. An upload that gives up after
//     such a failure (its last attempt, a long Retry-After) looks the
//     file up once all the same, and returns it when it was stored.
//
// The delay before retry n is drawn uniformly from
// [0, min(MaxDelay, MinDelay·2^(n-1))] ("full jitter"), unless the answer
// carries Retry-After-Ms or Retry-After (seconds or an HTTP date), which is
// honoured instead when it asks for a pause (a "0" or a date past keeps the
// backoff's). A wait asked for beyond one minute (by either header),
// or beyond the context's deadline, is not waited for: the call fails at
// once with the service's answer.
//
// These bounds are those of one call. ClassifyFiles goes further: a step
// of a document that still fails is resumed, within the document's retry
// budget (see WithRetryBudget), which the pauses of the calls inside it
// are charged to as well.
type RetryPolicy struct {
	// MaxAttempts bounds the attempts of one call, the first included
	// (default 3; 1 disables retries).
	MaxAttempts int
	// MinDelay and MaxDelay bound the backoff (defaults 500ms and 8s).
	MinDelay, MaxDelay time.Duration
}

// The defaults of RetryPolicy.
const (
	DefaultMaxAttempts = 3
	DefaultMinDelay    = 500 * time.Millisecond
	DefaultMaxDelay    = 8 * time.Second
)

// maxRetryAfter is the longest Retry-After a call waits for on its own.
const maxRetryAfter = time.Minute

func (p RetryPolicy) withDefaults() RetryPolicy {
	if p.MaxAttempts <= 0 {
		p.MaxAttempts = DefaultMaxAttempts
	}
	if p.MinDelay <= 0 {
		p.MinDelay = DefaultMinDelay
	}
	if p.MaxDelay <= 0 {
		p.MaxDelay = DefaultMaxDelay
	}
	if p.MaxDelay < p.MinDelay {
		p.MaxDelay = p.MinDelay
	}
	return p
}

// backoffCap is min(max, min·2^(n-1)) for n >= 1, without overflow.
func backoffCap(minDelay, maxDelay time.Duration, n int) time.Duration {
	d := minDelay
	for i := 1; i < n && d < maxDelay; i++ {
		if d > maxDelay/2 {
			return maxDelay
		}
		d *= 2
	}
	return min(d, maxDelay)
}

// fullJitter draws the delay before retry n uniformly from [0, cap].
func fullJitter(minDelay, maxDelay time.Duration, n int) time.Duration {
	return uniform(backoffCap(minDelay, maxDelay, n))
}

// uniform draws a duration uniformly from [0, hi], hi >= 0, even when hi
// is the largest duration.
func uniform(hi time.Duration) time.Duration {
	return time.Duration(rand.Uint64N(uint64(hi) + 1))
}

// maxHonoured caps what retryAfter reports, so that a huge value cannot
// overflow a duration; anything beyond maxRetryAfter ends the call anyway.
const maxHonoured = 24 * time.Hour

// retryAfter reads Retry-After-Ms (milliseconds) or Retry-After (seconds or
// an HTTP date) from h.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	if v := strings.TrimSpace(h.Get("Retry-After-Ms")); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms >= 0 {
			return time.Duration(min(ms, float64(maxHonoured/time.Millisecond)) * float64(time.Millisecond)), true
		}
	}
	if v := strings.TrimSpace(h.Get("Retry-After")); v != "" {
		if s, err := strconv.Atoi(v); err == nil && s >= 0 {
			return time.Duration(min(s, int(maxHonoured/time.Second))) * time.Second, true
		}
		if t, err := http.ParseTime(v); err == nil {
			return max(t.Sub(now), 0), true
		}
	}
	return 0, false
}

// safety says whether sending a request twice could do its work twice.
type safety int

const (
	// repeatable requests (reads, v2 creates with a transaction_id,
	// cancels) are retried on any transient failure.
	repeatable safety = iota
	// onceOnly requests (v1 creates, uploads) are retried only when they
	// provably did not take effect.
	onceOnly
)

// verdict classifies one failed attempt.
type verdict int

const (
	permanent    verdict = iota // retrying cannot help
	notDone                     // the server did not act: connection refused, 429
	mayHaveActed                // the server may have acted: 408, 5xx, connection lost
)

// errTookEffect ends a call whose lookup found that an earlier, ambiguous
// attempt took effect after all.
var errTookEffect = errors.New("llamaclassify: the earlier attempt took effect")

// call is one operation for do to send.
type call struct {
	op     string
	safety safety
	send   func(ctx context.Context) (*http.Response, error)
	// lookup, for a onceOnly call, reports whether an attempt that failed
	// ambiguously took effect; without it such failures are not retried.
	lookup func(ctx context.Context) (bool, error)
	// attempts, when set, receives the number of attempts made.
	attempts *int
}

// maxResponseBody bounds the successful answer of a repeatable call, which
// is read whole inside the retry loop; the service's pages of JSON are far
// smaller.
const maxResponseBody = 32 << 20

var errResponseTooLarge = fmt.Errorf("response body larger than %d MiB", maxResponseBody>>20)

// bufferedBody is a response body read whole. The retry loop reads the
// answer of a repeatable call so, to ask again for one cut short; decode
// then takes its bytes rather than reading them a second time, and hands
// the buffer back to bodyPool once the value is decoded (a decoded value
// shares no memory with the bytes it came from).
type bufferedBody struct {
	bytes.Reader
	b []byte
}

func (*bufferedBody) Close() error { return nil }

// bodyPool recycles the buffers of bufferedBody; one larger than
// maxPooledBody is left to the garbage collector.
var bodyPool = sync.Pool{New: func() any { return new(bufferedBody) }}

const maxPooledBody = 1 << 20

// readBuffered reads r, a body of length n (-1: unknown), whole into a
// pooled buffer.
func readBuffered(r io.Reader, n int64) (*bufferedBody, error) {
	bb := bodyPool.Get().(*bufferedBody)
	b, err := readBody(bb.b[:0], r, n)
	if err != nil {
		bb.release()
		return nil, err
	}
	bb.b = b
	bb.Reset(b)
	return bb, nil
}

// release hands the buffer back to the pool; nothing may use it after.
func (bb *bufferedBody) release() {
	if cap(bb.b) > maxPooledBody {
		return
	}
	bb.b = bb.b[:0]
	bb.Reset(nil)
	bodyPool.Put(bb)
}

// bufferBody reads the body of resp whole, closes it and puts a
// *bufferedBody in its place.
func bufferBody(resp *http.Response) error {
	defer resp.Body.Close()
	bb, err := readBuffered(resp.Body, resp.ContentLength)
	if err != nil {
		return err
	}
	resp.Body = bb
	return nil
}

// readBody reads into buf (from its start) the body r of announced length
// n (-1: unknown) and returns it. It fails with errResponseTooLarge beyond
// maxResponseBody bytes, and with io.ErrUnexpectedEOF when the body is
// shorter than n.
//
// A known length is read into a buffer of n+1 bytes, so that the end of
// the body shows without growing it. A longer body is read all the same:
// net/http never delivers one, but a response made by hand (in a
// RoundTripper) may leave ContentLength at 0.
func readBody(buf []byte, r io.Reader, n int64) ([]byte, error) {
	if n > maxResponseBody {
		return nil, errResponseTooLarge
	}
	size := 4 << 10
	if n > 0 {
		size = int(n) + 1
	}
	b := slices.Grow(buf[:0], size)
	for {
		if len(b) == cap(b) {
			b = slices.Grow(b, 1)
		}
		m, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+m]
		if len(b) > maxResponseBody {
			return nil, errResponseTooLarge
		}
		if err == io.EOF {
			if int64(len(b)) < n {
				return nil, io.ErrUnexpectedEOF
			}
			return b, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// do sends k, retrying under the client's policy, and returns a response
// with a 2xx status, or an error: an *APIError for an unsuccessful answer,
// errTookEffect, or the transport's error. For a repeatable call the body
// has been read already, so that an answer cut short is asked for again;
// a onceOnly call's body is left unread.
func (c *Client) do(ctx context.Context, k call) (*http.Response, error) {
	resp, err := c.attempts(ctx, k)
	if err != nil && !strings.HasPrefix(err.Error(), "llamaclassify: ") {
		// A transport's error ("Post ...: dial tcp ...: connection
		// refused"), or the context's: say whose call it ended, as every
		// other error of the client does, keeping it for errors.Is and As.
		err = fmt.Errorf("llamaclassify: %s: %w", k.op, err)
	}
	return resp, err
}

// attempts is do without the prefix on a transport's error.
func (c *Client) attempts(ctx context.Context, k call) (*http.Response, error) {
	for n := 1; ; n++ {
		if k.attempts != nil {
			*k.attempts = n
		}
		resp, err := k.send(withAttempt(ctx, k, n))
		cut := false
		if err == nil && resp.StatusCode >= 200 && resp.StatusCode < 300 {
			if k.safety == onceOnly {
				budgetOf(ctx).succeeded()
				return resp, nil
			}
			err = bufferBody(resp)
			if err == nil {
				budgetOf(ctx).succeeded()
				return resp, nil
			}
			if errors.Is(err, errResponseTooLarge) {
				return nil, fmt.Errorf("llamaclassify: %s: %w", k.op, err)
			}
			err = fmt.Errorf("llamaclassify: %s: read response: %w", k.op, err)
			cut = true
		}
		var v verdict
		var wait time.Duration
		if err != nil {
			if ctx.Err() != nil {
				return nil, err
			}
			v = classifyError(err)
			if cut {
				// Whatever broke the answer, asking again is safe.
				v = mayHaveActed
			}
			wait = fullJitter(c.retry.MinDelay, c.retry.MaxDelay, n)
		} else {
			apiErr := newAPIError(resp, c.now(), c.secret)
			err, v = apiErr, classifyStatus(resp.StatusCode)
			wait = fullJitter(c.retry.MinDelay, c.retry.MaxDelay, n)
			// A hint of no wait at all ("0", a date past) keeps the
			// backoff: attempts in a row with no pause would only spend
			// them against a server that is struggling.
			if ra, ok := retryAfter(resp.Header, c.now()); ok && ra > 0 {
				if ra > maxRetryAfter {
					return nil, giveUp(ctx, k, v, err)
				}
				wait = ra
			}
		}
		retry := v == notDone || (v == mayHaveActed && (k.safety == repeatable || k.lookup != nil))
		if !retry {
			return nil, err
		}
		if n >= c.retry.MaxAttempts {
			return nil, giveUp(ctx, k, v, err)
		}
		if deadline, ok := ctx.Deadline(); ok && deadline.Sub(c.now()) < wait {
			return nil, giveUp(ctx, k, v, err)
		}
		if !budgetOf(ctx).spend(wait) {
			return nil, giveUp(ctx, k, v, err)
		}
		if serr := c.sleep(ctx, wait); serr != nil {
			return nil, fmt.Errorf("llamaclassify: %s: %w; last attempt: %w", k.op, serr, unprefixed{err, k.op})
		}
		if v == mayHaveActed && k.safety == onceOnly {
			if err := lookUp(ctx, k, err); err != nil {
				return nil, err
			}
		}
	}
}

// unprefixed is an error read without the client's "llamaclassify: "
// prefix, and without the name of the operation after it, for an error
// quoted inside another that already says both: "llamaclassify:
// GetClassifyJob: context canceled; last attempt: GET ...: 503", or
// "...; last attempt: read response: unexpected EOF". It unwraps to the
// error itself.
type unprefixed struct {
	err error
	op  string
}

func (u unprefixed) Error() string {
	msg := strings.TrimPrefix(u.err.Error(), "llamaclassify: ")
	return strings.TrimPrefix(msg, u.op+": ")
}

func (u unprefixed) Unwrap() error { return u.err }

// lookUp runs the lookup of a call whose attempt failed with err in a way
// that leaves its effect unknown. It returns errTookEffect when the attempt
// took effect, nil when it did not, and an error wrapping both its own
// failure and err when it cannot tell.
func lookUp(ctx context.Context, k call, err error) error {
	done, lerr := k.lookup(ctx)
	if lerr != nil {
		return fmt.Errorf("llamaclassify: %s: cannot tell whether a failed attempt took effect: %w (the attempt: %w)", k.op, lerr, err)
	}
	if done {
		return errTookEffect
	}
	return nil
}

// giveUp returns the error ending a call whose last attempt failed with
// err (of verdict v). When that attempt may have acted and the call can
// look its effect up, it looks once before giving up, so that what was
// done (a stored file) is returned rather than left for the caller to do
// a second time.
func giveUp(ctx context.Context, k call, v verdict, err error) error {
	if v != mayHaveActed || k.lookup == nil {
		return err
	}
	if lerr := lookUp(ctx, k, err); lerr != nil {
		return lerr
	}
	return err
}

func classifyStatus(code int) verdict {
	switch {
	case code == http.StatusTooManyRequests:
		return notDone
	case finalServerError(code):
		return permanent
	case code == http.StatusRequestTimeout, code >= 500:
		return mayHaveActed
	}
	return permanent
}

// finalServerError reports the 5xx answers that say the request cannot
// succeed as it is, however often it is sent: 501 Not Implemented, 505 HTTP
// Version Not Supported, and 507 Insufficient Storage (a server that holds
// as much as it may, such as an emulator at one of its limits).
func finalServerError(code int) bool {
	return code == http.StatusNotImplemented || code == http.StatusHTTPVersionNotSupported || code == http.StatusInsufficientStorage
}

// localError is a failure on this side, e.g. reading the file to upload;
// it is never retried.
type localError struct{ err error }

func (e localError) Error() string { return e.err.Error() }
func (e localError) Unwrap() error { return e.err }

func classifyError(err error) verdict {
	if _, ok := errorsAs[*openapi.ContractError](err); ok {
		return permanent
	}
	if _, ok := errorsAs[localError](err); ok {
		return permanent
	}
	if errors.Is(err, ErrInsecureURL) {
		return permanent
	}
	if notDelivered(err) {
		return notDone
	}
	inner := err
	if ue, ok := err.(*url.Error); ok {
		inner = ue.Err
	}
	if _, ok := errorsAs[net.Error](inner); ok {
		return mayHaveActed
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) {
		return mayHaveActed
	}
	return permanent
}

// notDelivered reports an error that proves the request never reached the
// server: the connection could not be made.
func notDelivered(err error) bool {
	if op, ok := errorsAs[*net.OpError](err); ok && op.Op == "dial" {
		return true
	}
	return errors.Is(err, syscall.ECONNREFUSED)
}

// retryBudget bounds the backoff a document of ClassifyFiles may spend
// without moving forward. It travels in the context, so that the retries
// inside each call (see do) are charged to it as well as the pipeline's
// own; outside ClassifyFiles there is none and only MaxAttempts bounds a
// call.
type retryBudget struct {
	mu    sync.Mutex
	limit time.Duration
	spent time.Duration
	// renewable budgets (the polling's) start again at every successful
	// request; the others only when the pipeline calls reset.
	renewable bool
	renewals  int
}

func newRetryBudget(limit time.Duration, renewable bool) *retryBudget {
	return &retryBudget{limit: limit, renewable: renewable}
}

type budgetKey struct{}

func withBudget(ctx context.Context, b *retryBudget) context.Context {
	return context.WithValue(ctx, budgetKey{}, b)
}

// budgetOf returns the budget ctx carries, or nil; a nil budget allows
// everything.
func budgetOf(ctx context.Context) *retryBudget {
	b, _ := ctx.Value(budgetKey{}).(*retryBudget)
	return b
}

// spend charges a pause of d, reporting false (and charging nothing) when
// it would exceed the budget.
func (b *retryBudget) spend(d time.Duration) bool {
	if b == nil {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.limit <= 0 || b.spent+d > b.limit {
		return false
	}
	b.spent += d
	return true
}

// reset starts the budget again: the document moved forward.
func (b *retryBudget) reset() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.spent = 0
	b.renewals++
}

// succeeded records a successful request, which renews a renewable budget.
func (b *retryBudget) succeeded() {
	if b != nil && b.renewable {
		b.reset()
	}
}

// state returns what has been spent and how often the budget was renewed.
func (b *retryBudget) state() (spent time.Duration, renewals int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.spent, b.renewals
}
