package client

import (
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"
)

// Option configures a Client; pass options to New.
type Option func(*settings)

type settings struct {
	apiKey     string
	baseURL    string
	httpClient *http.Client
	retry      RetryPolicy
	logger     *slog.Logger
	project    string
	org        string
	userAgent  string
	contract   bool
	insecure   bool
	// responseTimeout: see WithResponseTimeout; set says it was given.
	responseTimeout    time.Duration
	responseTimeoutSet bool
	err                error
}

// WithAPIKey sets the API key, instead of LLAMA_CLOUD_API_KEY.
func WithAPIKey(key string) Option {
	return func(s *settings) { s.apiKey = key }
}

// WithBaseURL sets the service URL, instead of LLAMA_CLOUD_BASE_URL, e.g.
// the address of a local emulator. The last of WithBaseURL and WithRegion
// wins.
func WithBaseURL(u string) Option {
	return func(s *settings) { s.baseURL = strings.TrimSpace(u) }
}

// WithRegion selects the hosted service of a region (RegionUS, RegionEU).
// The last of WithBaseURL and WithRegion wins.
func WithRegion(r Region) Option {
	return func(s *settings) {
		switch Region(strings.ToLower(string(r))) {
		case RegionUS:
			s.baseURL = BaseURLUS
		case RegionEU:
			s.baseURL = BaseURLEU
		default:
			s.err = fmt.Errorf("llamaclassify: unknown region %q: want %q or %q", r, RegionUS, RegionEU)
		}
	}
}

// WithHTTPClient sends requests through hc instead of a new http.Client.
// Timeouts are better set through the context of each call, and the wait
// for an answer's headers by hc's transport (see WithResponseTimeout).
func WithHTTPClient(hc *http.Client) Option {
	return func(s *settings) { s.httpClient = hc }
}

// DefaultResponseTimeout is how long an attempt waits for the headers of
// its answer, once its request is sent, on the client's own transport.
const DefaultResponseTimeout = time.Minute

// WithResponseTimeout bounds how long an attempt waits for the headers of
// its answer once its request has been sent (default
// DefaultResponseTimeout; zero or less: no bound), so that a server that
// takes a request and never answers does not hold a call until its
// context ends. An attempt that times out counts as one whose answer was
// lost: a read is sent again, and a create is retried only once it has
// looked up that the lost attempt made nothing (see RetryPolicy). Sending
// the request (an upload's body) and reading the answer's body are not
// bounded by it: the context of a call bounds those.
//
// It applies to the transport the client makes for itself, which clients
// with the same timeout share. With WithHTTPClient the given client's
// transport governs (http.Transport.ResponseHeaderTimeout), and so does
// http.DefaultTransport when the program replaced it: WithResponseTimeout
// is then an error from New.
func WithResponseTimeout(d time.Duration) Option {
	return func(s *settings) { s.responseTimeout, s.responseTimeoutSet = d, true }
}

// WithRetryPolicy replaces the default retry policy; see RetryPolicy.
func WithRetryPolicy(p RetryPolicy) Option {
	return func(s *settings) { s.retry = p }
}

// WithLogger logs one Debug line per HTTP attempt (method, path, status,
// duration, attempt number). Headers, and so the API key, are never logged.
func WithLogger(l *slog.Logger) Option {
	return func(s *settings) { s.logger = l }
}

// WithProjectID sets the project (a UUID) every call acts in unless the
// call says otherwise (InProject). Without it the key's default project is
// used.
func WithProjectID(id string) Option {
	return func(s *settings) { s.project = strings.TrimSpace(id) }
}

// WithOrganizationID sets the organization (a UUID) every call acts in
// unless the call says otherwise (InOrganization).
func WithOrganizationID(id string) Option {
	return func(s *settings) { s.org = strings.TrimSpace(id) }
}

// WithUserAgent replaces DefaultUserAgent in the User-Agent header.
func WithUserAgent(ua string) Option {
	return func(s *settings) { s.userAgent = ua }
}

// WithContractValidation, when on, checks every response against the
// OpenAPI contract; a response that breaks it fails the call with an
// *openapi.ContractError naming the operation, status and violations.
func WithContractValidation(on bool) Option {
	return func(s *settings) { s.contract = on }
}

// WithInsecureHTTP allows a plain http:// base URL on a host that is not
// loopback, which sends the API key in clear text. Loopback hosts
// (localhost, 127.0.0.1, ::1) are always allowed.
func WithInsecureHTTP() Option {
	return func(s *settings) { s.insecure = true }
}

// CallOption adjusts one call, overriding the client's defaults.
type CallOption func(*callSettings)

type callSettings struct {
	project, org       string
	hasProject, hasOrg bool
}

// InProject makes the call act in project id (a UUID), whatever the
// client's default. A malformed id fails the call before anything is sent.
func InProject(id string) CallOption {
	return func(s *callSettings) { s.project, s.hasProject = strings.TrimSpace(id), true }
}

// InOrganization makes the call act in organization id (a UUID), whatever
// the client's default. A malformed id fails the call before anything is
// sent.
func InOrganization(id string) CallOption {
	return func(s *callSettings) { s.org, s.hasOrg = strings.TrimSpace(id), true }
}

// tenancy is the project and organization a call acts in.
type tenancy struct {
	project, org *openapi_types.UUID
}

// tenancy resolves the call options of operation op against the client's
// defaults. current holds what the caller's params already set: a call
// option beats it, and it beats the client's default.
func (c *Client) tenancy(op string, current tenancy, opts []CallOption) (tenancy, error) {
	var cs callSettings
	for _, o := range opts {
		if o != nil {
			o(&cs)
		}
	}
	t := current
	if t.project == nil {
		t.project = c.project
	}
	if t.org == nil {
		t.org = c.org
	}
	var bad []violation
	if cs.hasProject {
		id, err := parseID("project id", cs.project)
		if err != nil || id == nil {
			bad = append(bad, violation{Path: "query.project_id", Message: fmt.Sprintf("%q is not a UUID", cs.project)})
		}
		t.project = id
	}
	if cs.hasOrg {
		id, err := parseID("organization id", cs.org)
		if err != nil || id == nil {
			bad = append(bad, violation{Path: "query.organization_id", Message: fmt.Sprintf("%q is not a UUID", cs.org)})
		}
		t.org = id
	}
	if len(bad) > 0 {
		return tenancy{}, &RequestInvalidError{Operation: op, Violations: bad}
	}
	return t, nil
}
