package emulator

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// Faults makes the emulator misbehave the way a real service sometimes
// does, so that retries, backoff and timeouts can be tested. Each fraction
// is of all requests, in [0, 1]. Drop, DropAfter, RateLimit429,
// Fail503Before and Fail503After exclude one another and together must not
// exceed 1; Latency applies on top of any of them.
//
// Faults are deterministic: the n-th request the emulator receives (counting
// from 1) meets the same fault for the same Seed, whatever the timing.
type Faults struct {
	// Seed selects the sequence of faults.
	Seed uint64
	// Fail503Before is the fraction of requests answered 503 without
	// acting.
	Fail503Before float64
	// Fail503After is the fraction of requests that act (a create creates
	// its job, an upload stores its file) but are answered 503, as when a
	// response is lost on its way back.
	Fail503After float64
	// RateLimit429 is the fraction of requests answered 429 without acting.
	RateLimit429 float64
	// RetryAfter is sent with 429 and 503 as Retry-After (whole seconds,
	// rounded up) and Retry-After-Ms.
	RetryAfter time.Duration
	// Latency is added before answering a LatencyRate fraction of requests.
	Latency time.Duration
	// LatencyRate is the fraction of requests delayed by Latency.
	LatencyRate float64
	// Drop is the fraction of requests whose connection is closed without
	// an answer, before acting.
	Drop float64
	// DropAfter is the fraction of requests that act, and whose connection
	// is then closed without an answer. Stats count them with Dropped.
	DropAfter float64
}

func (f Faults) validate() error {
	for name, v := range map[string]float64{
		"Fail503Before": f.Fail503Before, "Fail503After": f.Fail503After,
		"RateLimit429": f.RateLimit429, "LatencyRate": f.LatencyRate, "Drop": f.Drop, "DropAfter": f.DropAfter,
	} {
		if v < 0 || v > 1 {
			return fmt.Errorf("emulator: Faults.%s = %v is not a fraction in [0, 1]", name, v)
		}
	}
	if sum := f.Drop + f.RateLimit429 + f.Fail503Before + f.Fail503After + f.DropAfter; sum > 1+1e-9 {
		return fmt.Errorf("emulator: Faults.Drop+RateLimit429+Fail503Before+Fail503After+DropAfter = %v exceeds 1", sum)
	}
	if f.RetryAfter < 0 || f.Latency < 0 {
		return fmt.Errorf("emulator: negative Faults duration")
	}
	return nil
}

func (f Faults) enabled() bool {
	return f.Drop > 0 || f.RateLimit429 > 0 || f.Fail503Before > 0 || f.Fail503After > 0 || f.DropAfter > 0 ||
		(f.Latency > 0 && f.LatencyRate > 0)
}

// fault is what happens to one request.
type fault int

const (
	faultNone fault = iota
	faultDrop
	fault429
	fault503Before
	fault503After
	faultDropAfter
)

// decide returns the fault of the n-th request and whether it is delayed.
// Each request draws from its own generator seeded with (Seed, n), so the
// answer depends on nothing but the seed and the request's number.
func (f Faults) decide(n uint64) (fault, bool) {
	rng := rand.New(rand.NewPCG(f.Seed, n))
	u, l := rng.Float64(), rng.Float64()
	delayed := f.Latency > 0 && l < f.LatencyRate
	for _, c := range []struct {
		p float64
		f fault
	}{{f.Drop, faultDrop}, {f.RateLimit429, fault429}, {f.Fail503Before, fault503Before}, {f.Fail503After, fault503After}, {f.DropAfter, faultDropAfter}} {
		if u < c.p {
			return c.f, delayed
		}
		u -= c.p
	}
	return faultNone, delayed
}

// injectFaults applies Faults to every request.
func (s *Server) injectFaults(next http.Handler) http.Handler {
	f := s.cfg.faults
	if !f.enabled() {
		return next
	}
	var count atomic.Uint64
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		kind, delayed := f.decide(count.Add(1))
		if delayed {
			s.stats.delayed.Add(1)
			s.sleep(r.Context(), f.Latency)
		}
		switch kind {
		case faultDrop:
			s.stats.dropped.Add(1)
			// net/http closes the connection without writing anything.
			panic(http.ErrAbortHandler)
		case fault429:
			s.stats.rateLimited.Add(1)
			w.Header().Set("Retry-After", retryAfterSeconds(f.RetryAfter))
			w.Header().Set("Retry-After-Ms", strconv.FormatInt(f.RetryAfter.Milliseconds(), 10))
			writeJSON(w, http.StatusTooManyRequests, gen.HTTPError{Detail: "Rate limit exceeded; retry after the Retry-After delay"})
		case fault503Before:
			s.stats.fail503Before.Add(1)
			s.unavailable(w)
		case fault503After:
			s.stats.fail503After.Add(1)
			next.ServeHTTP(discardResponse{header: http.Header{}}, r)
			s.unavailable(w)
		case faultDropAfter:
			s.stats.dropped.Add(1)
			next.ServeHTTP(discardResponse{header: http.Header{}}, r)
			panic(http.ErrAbortHandler)
		default:
			next.ServeHTTP(w, r)
		}
	})
}

func (s *Server) unavailable(w http.ResponseWriter) {
	w.Header().Set("Retry-After", retryAfterSeconds(s.cfg.faults.RetryAfter))
	w.Header().Set("Retry-After-Ms", strconv.FormatInt(s.cfg.faults.RetryAfter.Milliseconds(), 10))
	writeJSON(w, http.StatusServiceUnavailable, gen.HTTPError{Detail: "Service temporarily unavailable; retry later"})
}

// retryAfterSeconds renders d as whole seconds, rounded up.
func retryAfterSeconds(d time.Duration) string {
	return strconv.FormatInt(int64((d+time.Second-1)/time.Second), 10)
}

// discardResponse lets a request act while its answer is thrown away.
type discardResponse struct{ header http.Header }

func (d discardResponse) Header() http.Header         { return d.header }
func (d discardResponse) Write(b []byte) (int, error) { return len(b), nil }
func (d discardResponse) WriteHeader(int)             {}
