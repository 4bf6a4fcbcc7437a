// Package client is the Go client of the LlamaCloud document-classification
// API: v1 classifier jobs, v2 classify jobs and file uploads.
//
// It wraps the client generated from the OpenAPI contract (package gen) with
// what generation cannot give: bearer auth from the environment, retries that
// never duplicate a job, request validation against the contract before
// anything is sent, typed errors, iterators over every list, waiters for
// jobs, streamed uploads, and one-call classification of local files.
//
// A Client is safe for concurrent use.
//
//	c, err := client.New() // LLAMA_CLOUD_API_KEY, LLAMA_CLOUD_BASE_URL
//	res, err := c.ClassifyFile(ctx, client.FromPath("invoice.pdf"), rules)
//	fmt.Println(res.Type(), res.Result.Confidence)
package client

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The environment variables New reads when no option says otherwise.
const (
	// EnvAPIKey names the variable holding the API key.
	EnvAPIKey = "LLAMA_CLOUD_API_KEY"
	// EnvBaseURL names the variable overriding the service's base URL.
	EnvBaseURL = "LLAMA_CLOUD_BASE_URL"
)

// The base URLs of the hosted service. API keys are specific to a region.
const (
	// BaseURLUS is the United States region, the default.
	BaseURLUS = "https://api.cloud.llamaindex.ai"
	// BaseURLEU is the European Union region.
	BaseURLEU = "https://api.cloud.eu.llamaindex.ai"
)

// Region selects the hosted service of one region; see WithRegion.
type Region string

// The regions of the hosted service.
const (
	RegionUS Region = "us"
	RegionEU Region = "eu"
)

// LocalKey is the key sent to a plain http:// server when no key is given
// (see New). It is no secret: a local emulator accepts any non-empty key,
// and one started to require a particular key answers 401 to it.
const LocalKey = "local-emulator-key"

// DefaultUserAgent is the User-Agent header sent unless WithUserAgent sets
// another.
const DefaultUserAgent = "llamaclassify-go"

// Client calls the classify API. Create one with New and share it.
type Client struct {
	gen     *gen.ClientWithResponses
	baseURL string
	project *openapi_types.UUID
	org     *openapi_types.UUID
	retry   RetryPolicy
	secret  string
	log     *slog.Logger // nil: no logging

	// sleep waits d or until ctx ends, and now reads the clock; tests
	// replace them to observe delays without waiting.
	sleep func(ctx context.Context, d time.Duration) error
	now   func() time.Time
}

// New returns a Client configured by opts. The base URL comes from
// WithBaseURL or WithRegion, else from LLAMA_CLOUD_BASE_URL, else
// BaseURLUS. The API key comes from WithAPIKey, else from
// LLAMA_CLOUD_API_KEY. Without a key, New fails with ErrNoAPIKey for an
// https:// server; a server reached over plain http:// (one on this
// machine, such as the local emulator, or another host allowed by
// WithInsecureHTTP) is sent LocalKey instead, as the llamaclassify command
// does, so that
//
//	client.New(client.WithBaseURL("http://127.0.0.1:8080"))
//
// talks to a local emulator with no key to set.
//
// New refuses a plain http:// base URL whose host is not loopback, so that
// the key never crosses a network in clear text, unless WithInsecureHTTP is
// given. Every request, and every redirect followed, is held to the same
// rule.
func New(opts ...Option) (*Client, error) {
	s := settings{}
	for _, o := range opts {
		if o != nil {
			o(&s)
		}
	}
	if s.err != nil {
		return nil, s.err
	}
	base := s.baseURL
	if base == "" {
		base = strings.TrimSpace(os.Getenv(EnvBaseURL))
	}
	if base == "" {
		base = BaseURLUS
	}
	key := strings.TrimSpace(s.apiKey)
	if key == "" {
		key = strings.TrimSpace(os.Getenv(EnvAPIKey))
	}
	u, err := parseBaseURL(base, s.insecure)
	if err != nil {
		if key == "" && errors.Is(err, ErrInsecureURL) {
			// No key was given, yet one would be sent: LocalKey, which
			// plain HTTP is allowed to carry only to this machine.
			return nil, fmt.Errorf("%w (no key was given, so the local emulator's key would be sent; set %s for a real service)", err, EnvAPIKey)
		}
		return nil, err
	}
	if key == "" {
		if u.Scheme != "http" {
			return nil, ErrNoAPIKey
		}
		key = LocalKey
	}
	if strings.ContainsFunc(key, unicode.IsControl) {
		// net/http would refuse every request for it, later, in words of
		// its own.
		return nil, errors.New("llamaclassify: the API key holds a control character (a newline?); check how it was read")
	}
	c := &Client{
		baseURL: strings.TrimSuffix(u.String(), "/"),
		retry:   s.retry.withDefaults(),
		secret:  key,
		log:     s.logger,
		sleep:   sleepContext,
		now:     time.Now,
	}
	if c.project, err = parseID("project id", s.project); err != nil {
		return nil, err
	}
	if c.org, err = parseID("organization id", s.org); err != nil {
		return nil, err
	}

	hc := s.httpClient
	switch {
	case hc == nil && s.responseTimeoutSet && http.DefaultTransport != stdTransport:
		return nil, errors.New("llamaclassify: WithResponseTimeout applies to the client's own transport, and this program replaced http.DefaultTransport, which the client then uses as it is: set that transport's ResponseHeaderTimeout, or give an http.Client with WithHTTPClient")
	case hc == nil:
		hc = &http.Client{Transport: ownTransport(s)}
	case s.responseTimeoutSet:
		return nil, errors.New("llamaclassify: WithResponseTimeout applies to the client's own transport, not to one given with WithHTTPClient: set that transport's ResponseHeaderTimeout")
	}
	// doer checks each request the client makes, but redirects are
	// followed inside hc, and net/http keeps the Authorization header on a
	// redirect to the same host, even from https to http: check them too.
	guarded := *hc
	next := hc.CheckRedirect
	guarded.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		// The caller's policy first: a redirect it does not follow
		// (http.ErrUseLastResponse, an error) sends nothing anywhere.
		if next != nil {
			if err := next(req, via); err != nil {
				return err
			}
		} else if len(via) >= 10 {
			return errors.New("llamaclassify: stopped after 10 redirects")
		}
		if insecureHop(req.URL, s.insecure) {
			return fmt.Errorf("%w: redirected to %s", ErrInsecureURL, req.URL.Redacted())
		}
		return nil
	}
	hc = &guarded
	if s.contract {
		v, err := sharedValidator()
		if err != nil {
			return nil, err
		}
		checked := *hc
		checked.Transport = v.RoundTripper(hc.Transport)
		hc = &checked
	}
	ua := s.userAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	d := &doer{next: hc, log: s.logger, insecure: s.insecure, secret: key}
	c.gen, err = gen.NewClientWithResponses(c.baseURL,
		gen.WithHTTPClient(d),
		gen.WithRequestEditorFn(headerEditor(key, ua)),
	)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// defaultTransport is the standard http.DefaultTransport keeping more idle
// connections to one host: ClassifyFiles sends up to WithConcurrency
// requests at once to the service (8 by default, more in bulk runs), and
// the default of two would close and reopen most connections over
// HTTP/1.1. A program that replaced http.DefaultTransport keeps its own.
//
// It also waits at most DefaultResponseTimeout for an answer's headers.
// Clients with another WithResponseTimeout share a clone of it for that
// timeout (see ownTransport).
var (
	stdTransport     = http.DefaultTransport
	defaultTransport = withResponseTimeout(stdTransport, DefaultResponseTimeout)
)

// ownTransport is the transport of a client that was given no http.Client:
// defaultTransport, or, when the program replaced http.DefaultTransport,
// that one, as it is.
func ownTransport(s settings) http.RoundTripper {
	if http.DefaultTransport != stdTransport {
		return nil
	}
	if !s.responseTimeoutSet || s.responseTimeout == DefaultResponseTimeout {
		return defaultTransport
	}
	// One transport, and so one pool of connections, for each timeout,
	// however many clients ask for it.
	d := max(s.responseTimeout, 0)
	timedTransports.Lock()
	defer timedTransports.Unlock()
	if t, ok := timedTransports.by[d]; ok {
		return t
	}
	t := withResponseTimeout(stdTransport, d)
	timedTransports.by[d] = t
	return t
}

// timedTransports are the transports of clients given WithResponseTimeout,
// by its duration.
var timedTransports = struct {
	sync.Mutex
	by map[time.Duration]http.RoundTripper
}{by: map[time.Duration]http.RoundTripper{}}

// withResponseTimeout is a clone of rt (the standard transport) keeping
// more idle connections a host and waiting at most d for an answer's
// headers (zero or less: no bound).
func withResponseTimeout(rt http.RoundTripper, d time.Duration) http.RoundTripper {
	t, ok := rt.(*http.Transport)
	if !ok {
		return rt
	}
	t = t.Clone()
	t.MaxIdleConnsPerHost = 64
	t.ResponseHeaderTimeout = max(d, 0)
	return t
}

// headerEditor sets what every request carries: the bearer key and the
// user agent, as values built once and shared (a slice of length and
// capacity one, so that a header added later gets an array of its own),
// and forbids replays of bodies that must not be sent twice. It does the
// work of oapi-codegen's securityprovider bearer editor and two others in
// one call, without formatting the header for every request: a request
// costs fewer allocations than raw net/http's plus a few.
func headerEditor(key, userAgent string) gen.RequestEditorFn {
	auth := []string{"Bearer " + key}
	ua := []string{userAgent}
	return func(ctx context.Context, req *http.Request) error {
		req.Header["Authorization"] = auth[:1:1]
		req.Header["User-Agent"] = ua[:1:1]
		return forbidReplay(ctx, req)
	}
}

// Generated returns the generated client this Client is built on, sharing
// its auth, user agent, logging, transport checks and contract validation.
// It is an escape hatch: its calls are not retried, not validated before
// sending, and do not get the default project or organization.
func (c *Client) Generated() *gen.ClientWithResponses { return c.gen }

// BaseURL returns the service URL the client talks to.
func (c *Client) BaseURL() string { return c.baseURL }

// String describes the client by its base URL and default project and
// organization, leaving the API key out, so that printing a client (%v,
// %+v, %s) never shows the key.
func (c *Client) String() string {
	if c == nil {
		return "client.Client(nil)"
	}
	var b strings.Builder
	b.WriteString("client.Client{base: ")
	b.WriteString(c.redactedBase())
	if c.project != nil {
		b.WriteString(", project: " + c.project.String())
	}
	if c.org != nil {
		b.WriteString(", organization: " + c.org.String())
	}
	b.WriteString("}")
	return b.String()
}

var (
	_ fmt.Stringer   = (*Client)(nil)
	_ fmt.GoStringer = (*Client)(nil)
	_ slog.LogValuer = (*Client)(nil)
)

// GoString is String, for %#v.
func (c *Client) GoString() string { return c.String() }

// LogValue describes the client to log/slog as String does: without the
// API key.
func (c *Client) LogValue() slog.Value {
	if c == nil {
		return slog.StringValue("<nil>")
	}
	attrs := []slog.Attr{slog.String("base_url", c.redactedBase())}
	if c.project != nil {
		attrs = append(attrs, slog.String("project", c.project.String()))
	}
	if c.org != nil {
		attrs = append(attrs, slog.String("organization", c.org.String()))
	}
	return slog.GroupValue(attrs...)
}

// redactedBase is the base URL with any password in it masked.
func (c *Client) redactedBase() string {
	if u, err := url.Parse(c.baseURL); err == nil {
		return u.Redacted()
	}
	return "(invalid URL)"
}

func parseBaseURL(base string, insecure bool) (*url.URL, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, fmt.Errorf("llamaclassify: invalid base URL: %w", err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("llamaclassify: invalid base URL %q: want http:// or https:// and a host", u.Redacted())
	}
	if u.Scheme == "http" && !insecure && !isLoopback(u.Hostname()) {
		return nil, fmt.Errorf("%w: %s; use https, or WithInsecureHTTP to allow it", ErrInsecureURL, u.Redacted())
	}
	return u, nil
}

// isLoopback reports whether host names this machine without a lookup.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func parseID(what, s string) (*openapi_types.UUID, error) {
	if s == "" {
		return nil, nil
	}
	var id openapi_types.UUID
	if err := id.UnmarshalText([]byte(s)); err != nil {
		return nil, fmt.Errorf("llamaclassify: invalid %s %q: not a UUID", what, s)
	}
	return &id, nil
}

// doer sends every request of the generated client: it refuses to send the
// key in clear text to another machine and logs each attempt.
type doer struct {
	next     gen.HttpRequestDoer
	log      *slog.Logger
	insecure bool
	secret   string
}

// insecureHop reports whether a request to u would carry the key in clear
// text to another machine without the caller's consent.
func insecureHop(u *url.URL, insecure bool) bool {
	return u.Scheme == "http" && !insecure && !isLoopback(u.Hostname())
}

func (d *doer) Do(req *http.Request) (*http.Response, error) {
	if insecureHop(req.URL, d.insecure) {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, fmt.Errorf("%w: %s %s", ErrInsecureURL, req.Method, req.URL.Redacted())
	}
	start := time.Now()
	var resp *http.Response
	var err error
	if g := gateOf(req.Context()); g != nil {
		resp, err = g.through(req, d.next.Do)
	} else {
		resp, err = d.next.Do(req)
	}
	if d.log != nil {
		a := attemptOf(req.Context())
		attrs := []slog.Attr{
			slog.String("method", req.Method),
			slog.String("path", redact(req.URL.Path, d.secret)),
			slog.Int("status", 0),
			slog.Duration("duration", time.Since(start)),
			slog.Int("attempt", a.n),
		}
		if a.op != "" {
			attrs = append(attrs, slog.String("operation", a.op))
		}
		if resp != nil {
			attrs[2] = slog.Int("status", resp.StatusCode)
		}
		if err != nil {
			attrs = append(attrs, slog.String("error", redact(err.Error(), d.secret)))
		}
		d.log.LogAttrs(req.Context(), slog.LevelDebug, "llamaclassify: http request", attrs...)
	}
	if err != nil {
		err = redactError(err, d.secret)
	}
	return resp, err
}

// redactError returns err, or when its text holds the key, an error that
// reads without it. A transport error quotes the URL, whose path may hold
// the key (a job id the caller mistook for it, say): a *url.Error stays
// one, with its URL redacted, so that the retry loop judges it as before.
func redactError(err error, secret string) error {
	msg := err.Error()
	if redact(msg, secret) == msg {
		return err
	}
	if ue, ok := err.(*url.Error); ok {
		copied := *ue
		copied.URL = redact(ue.URL, secret)
		if redact(copied.Error(), secret) == copied.Error() {
			return &copied
		}
	}
	return redactedError{msg: redact(msg, secret), err: err}
}

// redactedError is an error whose text held the key: it reads without it,
// and still unwraps to the original for errors.Is and errors.As.
type redactedError struct {
	msg string
	err error
}

func (e redactedError) Error() string { return e.msg }
func (e redactedError) Unwrap() error { return e.err }

// attempt is what the retry loop tells the transport about a request.
type attempt struct {
	op     string
	safety safety
	n      int
}

type attemptKey struct{}

func withAttempt(ctx context.Context, k call, n int) context.Context {
	return context.WithValue(ctx, attemptKey{}, attempt{op: k.op, safety: k.safety, n: n})
}

// forbidReplay keeps net/http from sending a onceOnly request twice on its
// own: given a GetBody, its HTTP/2 transport resends a request whose
// stream was reset (RST_STREAM with PROTOCOL_ERROR, say), which does not
// prove that the server did nothing. Without GetBody it returns the error
// instead, and the retry loop decides.
func forbidReplay(ctx context.Context, req *http.Request) error {
	if attemptOf(ctx).safety == onceOnly {
		req.GetBody = nil
	}
	return nil
}

func attemptOf(ctx context.Context) attempt {
	if a, ok := ctx.Value(attemptKey{}).(attempt); ok {
		return a
	}
	return attempt{n: 1}
}

// redact removes secret from s, in case a server echoes it back; see Redact.
func redact(s, secret string) string { return Redact(s, secret) }

// redactedMark is what Redact puts in place of the key.
const redactedMark = "[REDACTED]"

// minSubstringKey is the length from which a key is redacted wherever it
// appears in a text, even inside a word.
const minSubstringKey = 8

// Redact returns s with the API key replaced by "[REDACTED]", as the client
// does in every error it returns and every line it logs, in case a server
// echoes the key back.
//
// A key of 8 characters or more is replaced wherever it appears. A shorter
// key is replaced only where it stands alone, not inside a word (between
// letters, digits or underscores): a one-character key "k" must not turn
// "page_token" into "page_to[REDACTED]en", which hides nothing and garbles
// the message. A short key echoed as itself, as in "Bearer k" or
// {"key":"k"} or a path segment /k, is still replaced.
func Redact(s, key string) string {
	if key == "" || !strings.Contains(s, key) {
		return s
	}
	if len(key) >= minSubstringKey {
		return strings.ReplaceAll(s, key, redactedMark)
	}
	var b strings.Builder
	last := 0 // s[:last] is written
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], key)
		if i < 0 {
			break
		}
		i += from
		j := i + len(key)
		if wordRuneBefore(s, i) || wordRuneAfter(s, j) {
			from = i + 1
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(redactedMark)
		last, from = j, j
	}
	b.WriteString(s[last:])
	return b.String()
}

// isWordRune says whether r continues a word: a letter, a digit or '_'.
func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func wordRuneBefore(s string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(s[:i])
	return size > 0 && isWordRune(r)
}

func wordRuneAfter(s string, j int) bool {
	r, size := utf8.DecodeRuneInString(s[j:])
	return size > 0 && isWordRune(r)
}

func sleepContext(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// errorsAs is errors.As with a type parameter.
func errorsAs[T error](err error) (T, bool) {
	var target T
	ok := errors.As(err, &target)
	return target, ok
}
