package emulator

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// statuses sends n sequential GETs and returns what each got: a status, or
// "drop" for a connection closed without an answer.
func statuses(t *testing.T, e *env, n int) []string {
	t.Helper()
	// A fresh connection per request: on a reused one, net/http would
	// silently resend a GET whose connection was dropped.
	tr := &http.Transport{DisableKeepAlives: true}
	defer tr.CloseIdleConnections()
	c, err := gen.NewClientWithResponses(e.ts.URL, gen.WithHTTPClient(&http.Client{Transport: e.valid.RoundTripper(tr)}), gen.WithRequestEditorFn(bearer(testKey)))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for range n {
		resp, err := c.GetClassifyJobWithResponse(ctx(t), "cls-none", nil)
		switch {
		case err != nil:
			var ce *openapi.ContractError
			if errors.As(err, &ce) {
				t.Fatalf("a fault broke the contract: %v", err)
			}
			out = append(out, "drop")
		default:
			out = append(out, fmt.Sprint(resp.StatusCode()))
		}
	}
	return out
}

func TestFaultsAreDeterministicForASeed(t *testing.T) {
	faults := Faults{Seed: 42, Fail503Before: 0.2, RateLimit429: 0.2, Drop: 0.1, RetryAfter: 1500 * time.Millisecond}
	a := statuses(t, newEnv(t, WithFaults(faults)), 60)
	b := statuses(t, newEnv(t, WithFaults(faults)), 60)
	if strings.Join(a, ",") != strings.Join(b, ",") {
		t.Fatalf("the same seed gave\n%v\n%v", a, b)
	}
	faults.Seed = 7
	c := statuses(t, newEnv(t, WithFaults(faults)), 60)
	if strings.Join(a, ",") == strings.Join(c, ",") {
		t.Fatalf("seeds 42 and 7 gave the same sequence %v", a)
	}
	count := map[string]int{}
	for _, s := range a {
		count[s]++
	}
	for _, s := range []string{"404", "429", "503", "drop"} {
		if count[s] == 0 {
			t.Errorf("no %s in %v", s, a)
		}
	}
	// The fractions hold roughly: 12 of 60 expected for 503 and 429.
	if count["503"] < 4 || count["503"] > 24 || count["429"] < 4 || count["429"] > 24 {
		t.Errorf("counts %v far from the fractions", count)
	}
}

func TestFaultDecisionsFollowTheFractions(t *testing.T) {
	f := Faults{Seed: 1, Drop: 0.1, RateLimit429: 0.2, Fail503Before: 0.3, Fail503After: 0.1, DropAfter: 0.05, Latency: time.Second, LatencyRate: 0.5}
	count := map[fault]int{}
	delayed := 0
	const n = 20000
	for i := uint64(1); i <= n; i++ {
		k, d := f.decide(i)
		count[k]++
		if d {
			delayed++
		}
	}
	for k, want := range map[fault]float64{faultDrop: 0.1, fault429: 0.2, fault503Before: 0.3, fault503After: 0.1, faultDropAfter: 0.05, faultNone: 0.25} {
		if got := float64(count[k]) / n; got < want-0.02 || got > want+0.02 {
			t.Errorf("fault %d: %.3f of requests, want %.2f", k, got, want)
		}
	}
	if got := float64(delayed) / n; got < 0.48 || got > 0.52 {
		t.Errorf("delayed %.3f, want 0.5", got)
	}
}

func TestRateLimitAnswerCarriesRetryAfter(t *testing.T) {
	e := newEnv(t, WithFaults(Faults{RateLimit429: 1, RetryAfter: 1500 * time.Millisecond}))
	resp, err := e.c.ListFilesWithResponse(ctx(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	h := resp.HTTPResponse.Header
	if resp.StatusCode() != http.StatusTooManyRequests || resp.JSON429 == nil || resp.JSON429.Detail == "" {
		t.Fatalf("%d %s", resp.StatusCode(), resp.Body)
	}
	if h.Get("Retry-After") != "2" || h.Get("Retry-After-Ms") != "1500" {
		t.Fatalf("Retry-After %q, Retry-After-Ms %q; want 2 (rounded up) and 1500", h.Get("Retry-After"), h.Get("Retry-After-Ms"))
	}
	if st := e.srv.Stats(); st.Faults.RateLimited429 != 1 || st.Requests != 1 {
		t.Fatalf("stats %+v", st)
	}
}

func TestUnavailableAfterActingKeepsTheEffect(t *testing.T) {
	e := newEnv(t, WithFaults(Faults{Fail503After: 1, RetryAfter: time.Second}))
	resp, err := e.c.CreateClassifyJobWithResponse(ctx(t), nil, v2Body("dfl-1"))
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != http.StatusServiceUnavailable || resp.HTTPResponse.Header.Get("Retry-After") != "1" || resp.HTTPResponse.Header.Get("Retry-After-Ms") != "1000" {
		t.Fatalf("%d %v", resp.StatusCode(), resp.HTTPResponse.Header)
	}
	if st := e.srv.Stats(); st.ClassifyJobs != 1 || st.Faults.Unavailable503After != 1 {
		t.Fatalf("the job should exist although the client saw 503: %+v", st)
	}
}

func TestUnavailableBeforeActingHasNoEffect(t *testing.T) {
	e := newEnv(t, WithFaults(Faults{Fail503Before: 1}))
	resp, err := e.c.CreateClassifyJobWithResponse(ctx(t), nil, v2Body("dfl-1"))
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != http.StatusServiceUnavailable || resp.JSONDefault == nil {
		t.Fatalf("%d %s", resp.StatusCode(), resp.Body)
	}
	if st := e.srv.Stats(); st.ClassifyJobs != 0 || st.Faults.Unavailable503Before != 1 {
		t.Fatalf("stats %+v", st)
	}
}

func TestDroppedConnectionsGetNoAnswer(t *testing.T) {
	e := newEnv(t, WithFaults(Faults{Drop: 1}))
	_, err := e.c.CreateClassifyJobWithResponse(ctx(t), nil, v2Body("dfl-1"))
	if err == nil {
		t.Fatal("a dropped request got an answer")
	}
	if st := e.srv.Stats(); st.ClassifyJobs != 0 || st.Faults.Dropped == 0 {
		t.Fatalf("stats %+v", st)
	}
}

func TestDroppedAfterActingKeepsTheEffect(t *testing.T) {
	e := newEnv(t, WithFaults(Faults{DropAfter: 1}))
	_, err := e.c.CreateClassifyJobWithResponse(ctx(t), nil, v2Body("dfl-1"))
	if err == nil {
		t.Fatal("a dropped request got an answer")
	}
	if st := e.srv.Stats(); st.ClassifyJobs != 1 || st.Faults.Dropped != 1 {
		t.Fatalf("the job should exist although the connection was dropped: %+v", st)
	}
}

func TestLatencyIsInjected(t *testing.T) {
	e := newEnv(t, WithFaults(Faults{Seed: 3, Latency: 250 * time.Millisecond, LatencyRate: 1}))
	var mu sync.Mutex
	var slept []time.Duration
	e.srv.sleep = func(_ context.Context, d time.Duration) {
		mu.Lock()
		slept = append(slept, d)
		mu.Unlock()
	}
	for range 3 {
		if _, err := e.c.ListFilesWithResponse(ctx(t), nil); err != nil {
			t.Fatal(err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(slept) != 3 || slept[0] != 250*time.Millisecond {
		t.Fatalf("slept %v, want 250ms three times", slept)
	}
	if e.srv.Stats().Faults.Delayed != 3 {
		t.Fatalf("stats %+v", e.srv.Stats().Faults)
	}
}

func TestSleepHonoursCancellation(t *testing.T) {
	c, cancel := context.WithCancel(context.Background())
	cancel()
	// An hour's sleep: returning at all proves the cancellation ended it.
	returns(t, "a sleep of an hour with a cancelled context", func() { sleepContext(c, time.Hour) })
}

func TestInvalidOptionsAreRefused(t *testing.T) {
	for name, opt := range map[string]Option{
		"fraction over 1":     WithFaults(Faults{Drop: 1.5}),
		"negative fraction":   WithFaults(Faults{RateLimit429: -0.1}),
		"fractions over 1":    WithFaults(Faults{Fail503Before: 0.6, Fail503After: 0.6}),
		"drops over 1":        WithFaults(Faults{Drop: 0.6, DropAfter: 0.6}),
		"negative latency":    WithFaults(Faults{Latency: -time.Second}),
		"project not a uuid":  WithProjectID("project-1"),
		"negative delay":      WithProcessingDelay(-time.Second),
		"zero upload limit":   WithMaxUploadSize(0),
		"negative retryafter": WithFaults(Faults{RetryAfter: -1}),
	} {
		t.Run(name, func(t *testing.T) {
			if r, err := Start(opt); err == nil {
				r.Close()
				t.Fatal("Start accepted it")
			}
			defer func() {
				if recover() == nil {
					t.Fatal("New accepted it")
				}
			}()
			New(opt)
		})
	}
}
