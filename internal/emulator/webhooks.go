package emulator

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// Webhook deliveries
//
// Each status change of a job with webhook configurations is POSTed to
// every webhook_url whose webhook_events include the event (all events when
// omitted). The body is
//
//	{"event_id": "<uuid>", "event_type": "classify.success",
//	 "timestamp": "<RFC 3339>", "data": <the job>}
//
// where data is the job as GET returns it: a JSON object with
// webhook_output_format "json", a JSON-encoded string of it otherwise (the
// default, "string"). With a webhook_signing_secret the request carries
// `LC-Signature: sha256=<hex HMAC-SHA256 of the raw body>`.
//
// v2 events: classify.pending, classify.running, classify.success
// (COMPLETED), classify.error (FAILED), classify.cancelled. v1 events:
// parse.pending, parse.success, parse.partial_success, parse.error,
// parse.cancelled.
//
// Deliveries of one job go out one at a time, in order, in the background,
// each bounded by the webhook timeout. A failure is logged and counted; it
// never changes the job.

// SignatureHeader is the header that carries a delivery's signature.
const SignatureHeader = "LC-Signature"

// hook is one webhook configuration, checked and normalised; it is stored
// with its job.
type hook struct {
	URL     string            `json:"url"`
	Headers map[string]string `json:"headers,omitempty"`
	// Events lists the events wanted; every event when AllEvents.
	Events    []string `json:"events,omitempty"`
	AllEvents bool     `json:"all_events,omitempty"`
	AsJSON    bool     `json:"as_json,omitempty"`
	Secret    string   `json:"secret,omitempty"`
}

func (h *hook) wants(event string) bool { return h.AllEvents || slices.Contains(h.Events, event) }

// encodeHooks stores hooks with their job; nil when there are none.
func encodeHooks(hooks []*hook) []byte {
	if len(hooks) == 0 {
		return nil
	}
	b, _ := json.Marshal(hooks)
	return b
}

func decodeHooks(b []byte) []*hook {
	var hooks []*hook
	_ = json.Unmarshal(b, &hooks)
	return hooks
}

// outbox queues the deliveries of one job.
type outbox struct {
	queue   []delivery
	sending bool
}

type delivery struct {
	hook  *hook
	event string
	body  []byte
}

type webhookPayload struct {
	EventID   string    `json:"event_id"`
	EventType string    `json:"event_type"`
	Timestamp time.Time `json:"timestamp"`
	Data      any       `json:"data"`
}

// emit queues event for every hook of the job that wants it, with job (the
// job as GET returns it) as data, and makes sure a sender runs. After
// Close nothing is queued: the deliveries count as failed.
func (s *Server) emit(jobID string, hooks []*hook, event string, job any, at time.Time) {
	var bodies []delivery
	var encoded []byte
	for _, h := range hooks {
		if !h.wants(event) {
			continue
		}
		p := webhookPayload{EventID: uuid.NewString(), EventType: event, Timestamp: at, Data: job}
		if !h.AsJSON {
			if encoded == nil {
				var err error
				if encoded, err = json.Marshal(job); err != nil {
					s.cfg.logger.Error("webhook payload", slog.String("error", err.Error()))
					return
				}
			}
			p.Data = string(encoded)
		}
		body, err := json.Marshal(p)
		if err != nil {
			s.cfg.logger.Error("webhook payload", slog.String("error", err.Error()))
			continue
		}
		bodies = append(bodies, delivery{hook: h, event: event, body: body})
	}
	if len(bodies) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		// The job's progress is already marked as notified, so no later
		// process sends these: they count as failed, as the queued ones
		// Close drops do, rather than vanish.
		s.stats.webhooksFailed.Add(int64(len(bodies)))
		s.cfg.logger.Warn("webhook deliveries dropped at close", slog.Int("count", len(bodies)))
		return
	}
	ob := s.outboxes[jobID]
	if ob == nil {
		ob = &outbox{}
		s.outboxes[jobID] = ob
	}
	ob.queue = append(ob.queue, bodies...)
	if !ob.sending {
		ob.sending = true
		s.deliveries.Add(1)
		go s.drain(jobID, ob)
	}
}

// drain sends the queued deliveries of one job in order.
func (s *Server) drain(jobID string, ob *outbox) {
	defer s.deliveries.Done()
	for {
		s.mu.Lock()
		if s.closed && len(ob.queue) > 0 {
			// Close waits only for the delivery in flight: the rest are
			// dropped, as failures, so that a hanging receiver costs one
			// webhook timeout, not one per queued event.
			dropped := len(ob.queue)
			ob.queue = nil
			s.stats.webhooksFailed.Add(int64(dropped))
			s.cfg.logger.Warn("webhook deliveries dropped at close", slog.Int("count", dropped))
		}
		if len(ob.queue) == 0 {
			ob.sending = false
			delete(s.outboxes, jobID)
			s.mu.Unlock()
			return
		}
		d := ob.queue[0]
		ob.queue = ob.queue[1:]
		s.mu.Unlock()
		s.deliver(d)
	}
}

// notify emits the events of a job's status changes from one status to
// another; the caller has won the change (store.MarkNotified).
func (s *Server) notify(j jobRecord, from, to string, now time.Time) {
	hooks := decodeHooks(j.Hooks)
	if j.Kind == kindV1 {
		if from == "" {
			s.emit(j.ID, hooks, "parse.pending", s.v1View(j, statusPending, j.CreatedAt), j.CreatedAt)
		}
		if terminal(to) {
			event := map[string]string{
				string(gen.StatusEnumSUCCESS):        "parse.success",
				string(gen.StatusEnumPARTIALSUCCESS): "parse.partial_success",
				string(gen.StatusEnumERROR):          "parse.error",
				statusCancelled:                      "parse.cancelled",
			}[to]
			job, _ := s.v1At(j, now)
			s.emit(j.ID, hooks, event, job, deref(job.UpdatedAt))
		}
		return
	}
	if from == "" {
		s.emit(j.ID, hooks, "classify.pending", s.v2View(j, statusPending, j.CreatedAt), j.CreatedAt)
	}
	if (from == "" || from == statusPending) && to != statusPending && !(to == statusCancelled && now.Before(j.RunAt)) {
		s.emit(j.ID, hooks, "classify.running", s.v2View(j, statusRunning, j.RunAt), j.RunAt)
	}
	if terminal(to) {
		event := map[string]string{
			string(gen.ClassifyV2JobStatusCOMPLETED): "classify.success",
			string(gen.ClassifyV2JobStatusFAILED):    "classify.error",
			statusCancelled:                          "classify.cancelled",
		}[to]
		job := s.v2At(j, now)
		s.emit(j.ID, hooks, event, job, deref(job.UpdatedAt))
	}
}

// watch makes the background loop follow the store's jobs with webhooks,
// so that their events are sent without anyone reading the jobs; it starts
// the loop if needed.
func (s *Server) watch() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.watchAgain = true
	if s.loopStop == nil {
		s.loopStop = make(chan struct{})
		s.loop.Add(1)
		go s.advanceLoop(s.loopStop, s.loopInterval())
	}
}

// loopInterval is how often the loop looks at the clock: often enough
// that webhooks follow the status changes closely.
func (s *Server) loopInterval() time.Duration {
	return min(max(s.cfg.delay/10, 2*time.Millisecond), 25*time.Millisecond)
}

// advanceLoop sends the events of watched jobs until stop is closed or
// none is left.
func (s *Server) advanceLoop(stop <-chan struct{}, every time.Duration) {
	defer s.loop.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			if !s.advanceWatched(stop) {
				return
			}
		}
	}
}

// watchBatch is how many watched jobs the loop looks at per tick.
const watchBatch = 500

// advanceWatched emits the due events of watched jobs, and reports whether
// the loop should go on: it stops once no job is watched.
func (s *Server) advanceWatched(stop <-chan struct{}) bool {
	s.mu.Lock()
	s.watchAgain = false
	s.mu.Unlock()
	ctx := context.Background()
	now := s.now()
	jobs, err := s.store.Watched(ctx, watchBatch)
	if err != nil {
		s.cfg.logger.Error("webhooks: read the store", slog.String("error", err.Error()))
	}
	for _, j := range jobs {
		if j.due(now) {
			// Its outcome is being computed; the next tick sends it.
			s.enqueue(j.Kind, j.Project, j.ID, false)
			continue
		}
		s.observe(ctx, j, now)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(jobs) > 0 || err != nil || s.watchAgain {
		return true
	}
	if s.loopStop == stop {
		// Close has not claimed the loop: hand it back for the next job.
		s.loopStop = nil
	}
	return false
}

func (s *Server) deliver(d delivery) {
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.webhookTimeout)
	defer cancel()
	err := s.post(ctx, d)
	if err != nil {
		s.stats.webhooksFailed.Add(1)
		s.cfg.logger.Warn("webhook delivery failed",
			slog.String("event", d.event), slog.String("url", redactURL(d.hook.URL)), slog.String("error", err.Error()))
		return
	}
	s.stats.webhooksSent.Add(1)
}

func (s *Server) post(ctx context.Context, d delivery) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.hook.URL, bytes.NewReader(d.body))
	if err != nil {
		return err
	}
	for k, v := range d.hook.Headers {
		req.Header.Set(k, v)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "llamaclassify-emulator")
	if d.hook.Secret != "" {
		req.Header.Set(SignatureHeader, Sign(d.hook.Secret, d.body))
	}
	resp, err := s.webhooks.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("receiver answered %s", resp.Status)
	}
	return nil
}

// Sign returns the LC-Signature value of a webhook body: "sha256=" and the
// hex HMAC-SHA256 of body under secret.
func Sign(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// redactURL keeps a webhook URL's user info and query out of logs.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable url)"
	}
	u.User = nil
	u.RawQuery = ""
	return u.String()
}

// checkWebhookURL refuses a URL the emulator will not deliver to.
func (s *Server) checkWebhookURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("webhook_url must be an absolute http or https URL")
	}
	if s.cfg.webhookAnyHost {
		return nil
	}
	host := u.Hostname()
	if strings.EqualFold(host, "localhost") {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("webhook_url host %q is not a loopback address; the emulator only delivers to localhost, 127.0.0.0/8 or ::1", host)
}

// v2Hooks checks and normalises v2 webhook configurations; a bad URL is a
// 422 at its index.
func (s *Server) v2Hooks(cfgs *[]gen.WebhookConfiguration) ([]*hook, []gen.ValidationError) {
	if cfgs == nil {
		return nil, nil
	}
	var hooks []*hook
	var bad []gen.ValidationError
	for i, c := range *cfgs {
		if c.WebhookUrl == nil || *c.WebhookUrl == "" {
			continue
		}
		if err := s.checkWebhookURL(*c.WebhookUrl); err != nil {
			bad = append(bad, newDetail([]any{"body", "webhook_configurations", i, "webhook_url"}, "value_error", err.Error(), nil))
			continue
		}
		h := &hook{URL: *c.WebhookUrl, AllEvents: c.WebhookEvents == nil}
		if c.WebhookHeaders != nil {
			h.Headers = *c.WebhookHeaders
		}
		if c.WebhookEvents != nil {
			h.Events = []string{}
			for _, e := range *c.WebhookEvents {
				h.Events = append(h.Events, string(e))
			}
		}
		h.AsJSON = c.WebhookOutputFormat != nil && *c.WebhookOutputFormat == "json"
		if c.WebhookSigningSecret != nil {
			h.Secret = *c.WebhookSigningSecret
		}
		hooks = append(hooks, h)
	}
	return hooks, bad
}

// v1Hooks is v2Hooks for the v1 configuration, whose header values may be
// of any JSON type (they are sent as text).
func (s *Server) v1Hooks(cfgs *[]gen.LlamaParseWebhookConfiguration) ([]*hook, []gen.ValidationError) {
	if cfgs == nil {
		return nil, nil
	}
	var hooks []*hook
	var bad []gen.ValidationError
	for i, c := range *cfgs {
		if c.WebhookUrl == nil || *c.WebhookUrl == "" {
			continue
		}
		if err := s.checkWebhookURL(*c.WebhookUrl); err != nil {
			bad = append(bad, newDetail([]any{"body", "webhook_configurations", i, "webhook_url"}, "value_error", err.Error(), nil))
			continue
		}
		h := &hook{URL: *c.WebhookUrl, AllEvents: c.WebhookEvents == nil}
		if c.WebhookHeaders != nil {
			h.Headers = map[string]string{}
			for k, v := range *c.WebhookHeaders {
				if str, ok := v.(string); ok {
					h.Headers[k] = str
				} else {
					b, _ := json.Marshal(v)
					h.Headers[k] = string(b)
				}
			}
		}
		if c.WebhookEvents != nil {
			h.Events = append([]string{}, *c.WebhookEvents...)
		}
		h.AsJSON = c.WebhookOutputFormat != nil && *c.WebhookOutputFormat == "json"
		if c.WebhookSigningSecret != nil {
			h.Secret = *c.WebhookSigningSecret
		}
		hooks = append(hooks, h)
	}
	return hooks, bad
}

func setOf(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}
