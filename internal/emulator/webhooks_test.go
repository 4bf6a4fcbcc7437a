package emulator

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// delivered is one webhook request as the receiver saw it.
type delivered struct {
	header http.Header
	body   []byte
}

// receiver records webhook deliveries; it answers with status.
func receiver(t *testing.T, status int) (string, <-chan delivered) {
	t.Helper()
	ch := make(chan delivered, 64)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		ch <- delivered{header: r.Header.Clone(), body: body}
		w.WriteHeader(status)
	}))
	t.Cleanup(ts.Close)
	return ts.URL + "/hook", ch
}

func next(t *testing.T, ch <-chan delivered) delivered {
	t.Helper()
	select {
	case d := <-ch:
		return d
	case <-time.After(patience):
		t.Fatalf("no webhook delivery within %v", patience)
		return delivered{}
	}
}

// payload decodes a delivery whose data is a JSON-encoded string.
type stringPayload struct {
	EventID   string    `json:"event_id"`
	EventType string    `json:"event_type"`
	Timestamp time.Time `json:"timestamp"`
	Data      string    `json:"data"`
}

type objectPayload struct {
	EventType string          `json:"event_type"`
	Data      json.RawMessage `json:"data"`
}

func TestWebhooksFollowTheJobSignedAndInOrder(t *testing.T) {
	url, ch := receiver(t, http.StatusOK)
	e := newEnv(t, WithProcessingDelay(300*time.Millisecond))
	f := e.upload("a.txt", "invoice")
	body := v2Body(f.Id)
	secret := "whsec-test"
	body.WebhookConfigurations = &[]gen.WebhookConfiguration{{
		WebhookUrl:           &url,
		WebhookHeaders:       &map[string]string{"X-Receiver-Token": "abc"},
		WebhookSigningSecret: &secret,
	}}
	job := e.createV2(body, nil)

	want := []struct {
		event  string
		status gen.ClassifyV2JobStatus
	}{{"classify.pending", "PENDING"}, {"classify.running", "RUNNING"}, {"classify.success", "COMPLETED"}}
	for i, w := range want {
		if i > 0 {
			// Nobody reads the job: the emulator moves it on by itself.
			e.clock.Advance(150 * time.Millisecond)
		}
		d := next(t, ch)
		mac := hmac.New(sha256.New, []byte(secret))
		mac.Write(d.body)
		if got, want := d.header.Get("LC-Signature"), "sha256="+hex.EncodeToString(mac.Sum(nil)); got != want {
			t.Fatalf("LC-Signature %q, want %q", got, want)
		}
		if d.header.Get("X-Receiver-Token") != "abc" || d.header.Get("Content-Type") != "application/json" {
			t.Errorf("headers %v", d.header)
		}
		var p stringPayload
		if err := json.Unmarshal(d.body, &p); err != nil {
			t.Fatalf("payload %s: %v (data should be a JSON string by default)", d.body, err)
		}
		var data gen.ClassifyV2JobResponse
		if err := json.Unmarshal([]byte(p.Data), &data); err != nil {
			t.Fatalf("data %q: %v", p.Data, err)
		}
		if p.EventType != w.event || data.Id != job.Id || data.Status != w.status || p.EventID == "" {
			t.Fatalf("delivery %d: %s of %s in %s, want %s in %s", i, p.EventType, data.Id, data.Status, w.event, w.status)
		}
		if w.status == gen.ClassifyV2JobStatusCOMPLETED && (data.Result == nil || deref(data.Result.Type) != "invoice") {
			t.Errorf("success payload without the result: %+v", data.Result)
		}
	}
	e.srv.Close()
	if st := e.srv.Stats(); st.WebhooksSent != 3 || st.WebhooksFailed != 0 {
		t.Fatalf("sent %d, failed %d", st.WebhooksSent, st.WebhooksFailed)
	}
}

func TestWebhookEventsAndJSONFormat(t *testing.T) {
	url, ch := receiver(t, http.StatusNoContent)
	e := newEnv(t, WithProcessingDelay(0))
	f := e.upload("a.txt", "invoice")
	format := "json"
	body := v2Body(f.Id)
	body.WebhookConfigurations = &[]gen.WebhookConfiguration{{
		WebhookUrl:          &url,
		WebhookEvents:       &[]gen.WebhookEvent{gen.ClassifySuccess, gen.ClassifyCancelled},
		WebhookOutputFormat: &format,
	}}
	job := e.createV2(body, nil)
	e.getV2(job.Id)
	d := next(t, ch)
	var p objectPayload
	if err := json.Unmarshal(d.body, &p); err != nil {
		t.Fatal(err)
	}
	var data gen.ClassifyV2JobResponse
	if err := json.Unmarshal(p.Data, &data); err != nil {
		t.Fatalf("data is not an object: %s", p.Data)
	}
	if p.EventType != "classify.success" || data.Status != gen.ClassifyV2JobStatusCOMPLETED {
		t.Fatalf("%s %s, want only classify.success", p.EventType, data.Status)
	}
	if d.header.Get("LC-Signature") != "" {
		t.Error("signed without a secret")
	}
	e.srv.Close()
	select {
	case extra := <-ch:
		t.Fatalf("an event that was filtered out was delivered: %s", extra.body)
	default:
	}
}

func TestWebhookOnCancel(t *testing.T) {
	url, ch := receiver(t, http.StatusOK)
	e := newEnv(t, WithProcessingDelay(time.Hour))
	body := v2Body("dfl-1")
	body.WebhookConfigurations = &[]gen.WebhookConfiguration{{WebhookUrl: &url, WebhookEvents: &[]gen.WebhookEvent{gen.ClassifyCancelled}}}
	job := e.createV2(body, nil)
	if _, err := e.c.CancelClassifyJobWithResponse(ctx(t), job.Id, nil); err != nil {
		t.Fatal(err)
	}
	var p stringPayload
	if err := json.Unmarshal(next(t, ch).body, &p); err != nil || p.EventType != "classify.cancelled" {
		t.Fatalf("%+v %v", p, err)
	}
}

func TestV1WebhookEvents(t *testing.T) {
	url, ch := receiver(t, http.StatusOK)
	e := newEnv(t, WithProcessingDelay(0))
	f := e.upload("a.txt", "invoice")
	format := "json"
	job := e.createV1(gen.ClassifyJobCreate{
		FileIds: []openapi_types.UUID{bare(t, f)},
		Rules:   invoiceRules,
		WebhookConfigurations: &[]gen.LlamaParseWebhookConfiguration{{
			WebhookUrl:          &url,
			WebhookOutputFormat: &format,
			WebhookHeaders:      &map[string]any{"X-Count": 3},
		}},
	})
	for _, want := range []gen.StatusEnum{gen.StatusEnumPENDING, gen.StatusEnumSUCCESS} {
		d := next(t, ch)
		var p objectPayload
		if err := json.Unmarshal(d.body, &p); err != nil {
			t.Fatal(err)
		}
		var data gen.ClassifyJob
		if err := json.Unmarshal(p.Data, &data); err != nil {
			t.Fatal(err)
		}
		wantEvent := map[gen.StatusEnum]string{gen.StatusEnumPENDING: "parse.pending", gen.StatusEnumSUCCESS: "parse.success"}[want]
		if p.EventType != wantEvent || data.Status != want || data.Id != job.Id {
			t.Fatalf("%s %s, want %s %s", p.EventType, data.Status, wantEvent, want)
		}
		if d.header.Get("X-Count") != "3" {
			t.Errorf("header X-Count = %q, want 3", d.header.Get("X-Count"))
		}
	}
}

func TestWebhookFailuresDoNotBreakTheJob(t *testing.T) {
	failing, failCh := receiver(t, http.StatusInternalServerError)
	// A port nobody listens on.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String() + "/hook"
	l.Close()
	// A receiver that never answers.
	release := make(chan struct{})
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(hang.Close)

	e := newEnv(t, WithProcessingDelay(0), WithWebhookTimeout(200*time.Millisecond))
	// After the emulator's cleanup is registered, so that it runs first:
	// should deliveries not time out, closing the emulator waits for it.
	t.Cleanup(func() { close(release) })
	f := e.upload("a.txt", "invoice")
	body := v2Body(f.Id)
	success := []gen.WebhookEvent{gen.ClassifySuccess}
	hangURL := hang.URL + "/hook"
	// A job's deliveries go out one after another, in this order: the
	// failing receiver is reached only once the delivery to the one that
	// never answers has timed out.
	body.WebhookConfigurations = &[]gen.WebhookConfiguration{
		{WebhookUrl: &hangURL, WebhookEvents: &success},
		{WebhookUrl: &closed, WebhookEvents: &success},
		{WebhookUrl: &failing, WebhookEvents: &success},
	}
	job := e.createV2(body, nil)
	if got := e.getV2(job.Id); got.Status != gen.ClassifyV2JobStatusCOMPLETED {
		t.Fatalf("job %s despite failing webhooks, want COMPLETED", got.Status)
	}
	next(t, failCh)
	returns(t, "Close", func() { e.srv.Close() })
	if st := e.srv.Stats(); st.WebhooksFailed != 3 || st.WebhooksSent != 0 {
		t.Fatalf("failed %d, sent %d; want 3 failures", st.WebhooksFailed, st.WebhooksSent)
	}
	// A memory store stays readable after Close; a data directory does
	// not (it is closed).
	if os.Getenv(testStoreEnv) != "sqlite" {
		if got := e.getV2(job.Id); got.Status != gen.ClassifyV2JobStatusCOMPLETED {
			t.Fatalf("job %s after the failures", got.Status)
		}
	}
}

func TestWebhookHostsAreLoopbackUnlessAllowed(t *testing.T) {
	strict := New()
	defer strict.Close()
	open := New(WithWebhookAllowAnyHost(true))
	defer open.Close()
	for _, u := range []string{"http://127.0.0.1:8080/x", "http://localhost/x", "https://[::1]:9/x", "http://127.8.9.10/"} {
		if err := strict.checkWebhookURL(u); err != nil {
			t.Errorf("%s refused: %v", u, err)
		}
	}
	for _, u := range []string{"https://example.com/x", "http://10.0.0.1/", "http://169.254.169.254/latest", "ftp://localhost/", "http:///nohost"} {
		if err := strict.checkWebhookURL(u); err == nil {
			t.Errorf("%s accepted", u)
		}
	}
	if err := open.checkWebhookURL("https://example.com/x"); err != nil {
		t.Errorf("any host allowed, yet: %v", err)
	}
	if err := open.checkWebhookURL("ftp://example.com/x"); err == nil {
		t.Error("a non-http scheme accepted")
	}
}

func TestSign(t *testing.T) {
	// HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), a
	// published test vector.
	got := Sign("key", []byte("The quick brown fox jumps over the lazy dog"))
	if want := "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"; got != want {
		t.Fatalf("%s, want %s", got, want)
	}
}

func TestBackgroundLoopStopsWhenNoJobIsLeftAndRestarts(t *testing.T) {
	url, ch := receiver(t, http.StatusOK)
	e := newEnv(t, WithProcessingDelay(0))
	body := v2Body("dfl-1")
	body.WebhookConfigurations = &[]gen.WebhookConfiguration{{WebhookUrl: &url, WebhookEvents: &[]gen.WebhookEvent{gen.ClassifyError}}}
	for round := range 2 {
		e.createV2(body, nil)
		// Nobody reads the job: the loop ends it, then has nothing left to
		// watch and stops.
		next(t, ch)
		stopped := make(chan struct{})
		go func() { e.srv.loop.Wait(); close(stopped) }()
		select {
		case <-stopped:
		case <-time.After(patience):
			t.Fatalf("round %d: the loop still runs with no job to watch", round)
		}
		e.srv.mu.Lock()
		running := e.srv.loopStop != nil
		e.srv.mu.Unlock()
		if running {
			t.Fatalf("round %d: loop marked running after it stopped", round)
		}
	}
}

// Close waits for the delivery in flight only: the deliveries still queued
// behind a hanging receiver are dropped, not sent one after another.
func TestCloseDropsQueuedDeliveries(t *testing.T) {
	release := make(chan struct{})
	var releaseOnce sync.Once
	answer := func() { releaseOnce.Do(func() { close(release) }) }
	hits := make(chan struct{}, 16)
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits <- struct{}{}
		select {
		case <-release:
			w.WriteHeader(http.StatusServiceUnavailable)
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(hang.Close)

	// The delivery in flight ends when the test lets the receiver answer,
	// not by a timeout: nothing here depends on how fast the machine is.
	e := newEnv(t, WithProcessingDelay(0), WithWebhookTimeout(patience))
	t.Cleanup(answer) // before the emulator's cleanup, which waits for it
	f := e.upload("a.txt", "invoice")
	body := v2Body(f.Id)
	hangURL := hang.URL + "/hook"
	body.WebhookConfigurations = &[]gen.WebhookConfiguration{{WebhookUrl: &hangURL}} // every event
	job := e.createV2(body, nil)
	if got := e.getV2(job.Id); got.Status != gen.ClassifyV2JobStatusCOMPLETED {
		t.Fatalf("job %s, want COMPLETED", got.Status)
	}
	<-hits // the first delivery is in flight; the others wait behind it

	closed := make(chan struct{})
	go func() {
		defer close(closed)
		e.srv.Close()
	}()
	// Once Close has begun, let the receiver fail the delivery in flight.
	stuck := time.After(patience)
	for begun := false; !begun; {
		e.srv.mu.Lock()
		begun = e.srv.closed
		e.srv.mu.Unlock()
		if !begun {
			select {
			case <-closed:
				t.Fatal("Close returned while a delivery was in flight")
			case <-stuck:
				t.Fatalf("Close has not begun after %v", patience)
			case <-time.After(time.Millisecond):
			}
		}
	}
	answer()
	select {
	case <-closed:
	case <-time.After(patience):
		t.Fatalf("Close has not returned %v after the delivery in flight ended", patience)
	}
	st := e.srv.Stats()
	if st.WebhooksSent != 0 || st.WebhooksFailed < 2 {
		t.Fatalf("sent %d, failed %d; want every event counted as failed (the one in flight and those dropped)", st.WebhooksSent, st.WebhooksFailed)
	}
	if len(hits) != 0 {
		t.Fatalf("%d more deliveries reached the receiver after Close began", len(hits))
	}
}

// Events a job's progress produces while Close runs (the background loop
// had already marked them notified) are counted as failed, not lost
// without a trace: no later process would send them.
func TestEventsAfterCloseCountAsFailed(t *testing.T) {
	e := newEnv(t)
	e.srv.Close()
	hooks := []*hook{{URL: "http://127.0.0.1:1/hook", AllEvents: true}, {URL: "http://127.0.0.1:1/other", Events: []string{"classify.error"}}}
	e.srv.emit("job-1", hooks, "classify.success", map[string]string{"id": "job-1"}, e.clock.Now())
	st := e.srv.Stats()
	if st.WebhooksSent != 0 || st.WebhooksFailed != 1 {
		t.Fatalf("sent %d, failed %d; want the one wanted delivery counted as failed", st.WebhooksSent, st.WebhooksFailed)
	}
	e.srv.mu.Lock()
	defer e.srv.mu.Unlock()
	if len(e.srv.outboxes) != 0 {
		t.Fatalf("%d outboxes after Close, want none", len(e.srv.outboxes))
	}
}
