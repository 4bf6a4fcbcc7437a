package emulator

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/internal/llmclassifier"
)

// DefaultProjectID is the project the emulator acts in when a request names
// none and WithProjectID was not given.
const DefaultProjectID = "00000000-0000-4000-8000-00000000c1a5"

// DefaultProcessingDelay is how long a job takes from creation to its end
// unless WithProcessingDelay says otherwise.
const DefaultProcessingDelay = 300 * time.Millisecond

// DefaultMaxUploadSize is the largest file UploadFile accepts (100 MiB)
// unless WithMaxUploadSize says otherwise.
const DefaultMaxUploadSize int64 = 100 << 20

// DefaultWebhookTimeout bounds one webhook delivery.
const DefaultWebhookTimeout = 5 * time.Second

// Option configures a Server.
type Option func(*config)

type config struct {
	delay          time.Duration
	now            func() time.Time
	requiredKey    string
	maxUpload      int64
	logger         *slog.Logger
	faults         Faults
	webhookAnyHost bool
	webhookTimeout time.Duration
	projectID      string
	classifier     classifier

	referenceExamples bool

	dataDir  string
	limits   limits
	timeouts Timeouts
}

func defaultConfig() config {
	return config{
		delay:          DefaultProcessingDelay,
		now:            time.Now,
		maxUpload:      DefaultMaxUploadSize,
		logger:         slog.New(slog.DiscardHandler),
		webhookTimeout: DefaultWebhookTimeout,
		projectID:      DefaultProjectID,
		classifier:     defaultClassifier(),
		timeouts:       DefaultTimeouts,
	}
}

func (c *config) validate() error {
	if _, err := uuid.Parse(c.projectID); err != nil {
		return fmt.Errorf("emulator: project id %q is not a uuid", c.projectID)
	}
	if c.delay < 0 {
		return fmt.Errorf("emulator: negative processing delay %v", c.delay)
	}
	if c.maxUpload <= 0 {
		return fmt.Errorf("emulator: upload limit must be positive, got %d", c.maxUpload)
	}
	if c.limits.Files < 0 || c.limits.Bytes < 0 || c.limits.Jobs < 0 {
		return fmt.Errorf("emulator: negative limit %+v", c.limits)
	}
	return c.faults.validate()
}

// WithProcessingDelay sets how long a job takes from creation to its end
// (default 300ms). A v2 job is PENDING for the first half and RUNNING for the
// second; a v1 job is PENDING throughout. With 0, a job is created PENDING and
// has ended by the next read.
func WithProcessingDelay(d time.Duration) Option {
	return func(c *config) { c.delay = d }
}

// WithClock replaces the wall clock, so that tests move jobs along by
// advancing time instead of sleeping. now must be safe for concurrent use.
func WithClock(now func() time.Time) Option {
	return func(c *config) {
		if now != nil {
			c.now = now
		}
	}
}

// WithRequiredKey makes the emulator accept only this API key. Without it,
// any non-empty bearer token is accepted.
func WithRequiredKey(key string) Option {
	return func(c *config) { c.requiredKey = key }
}

// WithMaxUploadSize sets the largest file, in bytes, that UploadFile
// accepts (default 100 MiB); a larger one is answered 413.
func WithMaxUploadSize(n int64) Option {
	return func(c *config) { c.maxUpload = n }
}

// WithLogger logs one line per request (method, path, status, duration) and
// every failed webhook delivery. The Authorization header is never logged.
// By default nothing is logged.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) {
		if l != nil {
			c.logger = l
		}
	}
}

// WithFaults makes the emulator misbehave on purpose, deterministically for
// a given Faults.Seed; see Faults.
func WithFaults(f Faults) Option {
	return func(c *config) { c.faults = f }
}

// WithWebhookAllowAnyHost lets webhooks go to any host. By default a
// webhook_url must name a loopback host (localhost, 127.0.0.0/8 or ::1), so
// that an emulator cannot be used to send requests elsewhere.
func WithWebhookAllowAnyHost(allow bool) Option {
	return func(c *config) { c.webhookAnyHost = allow }
}

// WithWebhookTimeout bounds each webhook delivery (default 5s).
func WithWebhookTimeout(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.webhookTimeout = d
		}
	}
}

// WithProjectID sets the default project, a uuid, used when a request names
// none (default DefaultProjectID).
func WithProjectID(id string) Option {
	return func(c *config) { c.projectID = id }
}

// WithModel makes the emulator classify with a language model (see
// internal/llmclassifier) instead of its built-in scorer. The scorer still
// extracts the text, and decides when the model fails, is slower than its
// timeout or answers out of schema, saying so in the reasoning. A nil
// model leaves the built-in scorer in place.
func WithModel(m *llmclassifier.Classifier) Option {
	return func(c *config) {
		if m != nil {
			c.classifier = modelClassifier{model: m}
		}
	}
}

// WithDataDir keeps the emulator's state in dir, created if needed: an
// SQLite database (emulator.db) and the files' contents, each a file of its
// own under dir/contents. Several emulators, in one process or several,
// may share a directory; each sees what the others store, and a restarted
// emulator finds everything as it was. Without it, state lives in memory
// and goes with the Server.
func WithDataDir(dir string) Option {
	return func(c *config) { c.dataDir = dir }
}

// Limits caps what the emulator holds; a zero field means no limit (the
// default). An upload or a create that would go past a limit is answered
// 507 Insufficient Storage with a detail naming the limit; nothing is
// stored.
type Limits struct {
	// Files is the most files held at once.
	Files int
	// Bytes is the most bytes of file content held at once.
	Bytes int64
	// Jobs is the most jobs, v1 and v2 together, held at once.
	Jobs int
}

// WithLimits caps what the emulator holds.
func WithLimits(l Limits) Option {
	return func(c *config) { c.limits = limits(l) }
}

// WithTimeouts sets the HTTP server's timeouts (DefaultTimeouts for the
// fields left zero).
func WithTimeouts(t Timeouts) Option {
	return func(c *config) { c.timeouts = t.withDefaults() }
}
