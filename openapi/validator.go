package openapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// Validator checks requests and responses against the contract. It is safe
// for concurrent use.
type Validator struct {
	doc    *openapi3.T
	router routers.Router
	ops    map[string]*openapi3.Operation // by operationId
}

// NewValidator returns a Validator for the embedded contract. Routes match on
// method and path whatever the host, so the same validator serves the hosted
// service, the local emulator and a recorded exchange.
func NewValidator() (*Validator, error) {
	doc, err := Load()
	if err != nil {
		return nil, err
	}
	// A shallow copy with a host-less server: the router then matches paths
	// on any host, while the shared document stays untouched.
	anyHost := *doc
	anyHost.Servers = openapi3.Servers{{URL: "/"}}
	router, err := gorillamux.NewRouter(&anyHost)
	if err != nil {
		return nil, fmt.Errorf("openapi: build router: %w", err)
	}
	ops := map[string]*openapi3.Operation{}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			ops[op.OperationID] = op
		}
	}
	return &Validator{doc: doc, router: router, ops: ops}, nil
}

// Doc returns the parsed contract the validator checks against (read-only).
func (v *Validator) Doc() *openapi3.T { return v.doc }

// SchemaOptions are the options of every schema check against the contract:
// kin-openapi leaves formats it does not know unchecked, and the contract's
// ids are uuids, so the uuid format is enforced here. Use them when checking
// values against the contract's schemas directly.
//
// The check is of the textual form only (8-4-4-4-12 hex digits), not of the
// RFC 9562 version and variant bits: the service parses ids as plain uuids and
// accepts any such text.
func SchemaOptions() []openapi3.SchemaValidationOption {
	return slices.Clone(schemaOptions())
}

// schemaOptions builds the options once: the uuid validator compiles a
// regular expression.
var schemaOptions = sync.OnceValue(func() []openapi3.SchemaValidationOption {
	return []openapi3.SchemaValidationOption{
		openapi3.WithStringFormatValidator("uuid", openapi3.NewRegexpFormatValidator(uuidText)),
	}
})

const uuidText = `^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`

// Violation is one way a value breaks the contract.
type Violation struct {
	// Path locates the value: a JSON path into the body
	// ("configuration.rules[0].description"), or "query.page_size",
	// "header.Content-Type" and the like for other parts.
	Path string
	// Message says what is wrong, and what the value is instead ("must be
	// at least 10 characters long, not 5").
	Message string
}

// String renders the violation as "path: message".
func (v Violation) String() string {
	if v.Path == "" {
		return v.Message
	}
	return v.Path + ": " + v.Message
}

// Operation returns the operationId that serves method and path, and the
// path parameters it matched, or an error when the contract has no such
// route.
func (v *Validator) Operation(req *http.Request) (string, map[string]string, error) {
	route, params, err := v.router.FindRoute(req)
	if err != nil {
		return "", nil, err
	}
	return route.Operation.OperationID, params, nil
}

// ValidateBody checks a request body about to be sent for operationID
// against its schema and returns every violation, or nil. body is any value
// that encodes to JSON (a generated request type, typically).
func (v *Validator) ValidateBody(operationID string, body any) ([]Violation, error) {
	schema, err := v.requestSchema(operationID)
	if err != nil {
		return nil, err
	}
	value, err := toJSONValue(body)
	if err != nil {
		return nil, err
	}
	return schemaViolations(schema.VisitJSON(value, append(SchemaOptions(), openapi3.MultiErrors())...), showValues), nil
}

// ValidateParams checks the query parameters of a request about to be sent
// for operationID and returns every violation, or nil. params is the
// operation's parameters as a value whose JSON names are the parameters'
// names (a generated Params type, typically); a parameter it leaves out
// counts as not sent. Violations are located at "query.<name>".
func (v *Validator) ValidateParams(operationID string, params any) ([]Violation, error) {
	op := v.ops[operationID]
	if op == nil {
		return nil, fmt.Errorf("openapi: unknown operation %q", operationID)
	}
	value, err := toJSONValue(params)
	if err != nil {
		return nil, err
	}
	sent, _ := value.(map[string]any)
	var out []Violation
	for _, ref := range op.Parameters {
		p := ref.Value
		if p == nil || p.In != openapi3.ParameterInQuery {
			continue
		}
		got, ok := sent[p.Name]
		if !ok || got == nil {
			if p.Required {
				out = append(out, Violation{Path: "query." + p.Name, Message: "is required"})
			}
			continue
		}
		if p.Schema == nil || p.Schema.Value == nil {
			continue
		}
		err := p.Schema.Value.VisitJSON(got, append(SchemaOptions(), openapi3.MultiErrors())...)
		out = append(out, prefixed("query."+p.Name, schemaViolations(err, showValues))...)
	}
	return out, nil
}

func (v *Validator) requestSchema(operationID string) (*openapi3.Schema, error) {
	op := v.ops[operationID]
	if op == nil {
		return nil, fmt.Errorf("openapi: unknown operation %q", operationID)
	}
	if op.RequestBody == nil || op.RequestBody.Value == nil {
		return nil, fmt.Errorf("openapi: operation %s takes no request body", operationID)
	}
	for _, mt := range op.RequestBody.Value.Content {
		if mt.Schema != nil && mt.Schema.Value != nil {
			return mt.Schema.Value, nil
		}
	}
	return nil, fmt.Errorf("openapi: operation %s has no request body schema", operationID)
}

// ValidateRequest checks a whole HTTP request (path, query, headers, body)
// against the contract. The body is read and put back, so the request can
// still be sent or served. Authentication is not checked here.
func (v *Validator) ValidateRequest(ctx context.Context, req *http.Request) ([]Violation, error) {
	route, params, err := v.router.FindRoute(req)
	if err != nil {
		return nil, err
	}
	if req.Body != nil && req.Body != http.NoBody {
		body, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, fmt.Errorf("openapi: read request body: %w", err)
		}
		req.Body = io.NopCloser(bytes.NewReader(body))
		defer func() { req.Body = io.NopCloser(bytes.NewReader(body)) }()
	}
	input := &openapi3filter.RequestValidationInput{
		Request:    req,
		PathParams: params,
		Route:      route,
		Options: &openapi3filter.Options{
			MultiError:              true,
			AuthenticationFunc:      openapi3filter.NoopAuthenticationFunc,
			SchemaValidationOptions: SchemaOptions(),
		},
	}
	return filterViolations(openapi3filter.ValidateRequest(ctx, input)), nil
}

// ValidateResponse checks a response to req against the contract: that its
// status is one the operation declares, and that its headers and body match
// that response's schema.
func (v *Validator) ValidateResponse(ctx context.Context, req *http.Request, status int, header http.Header, body []byte) ([]Violation, error) {
	route, params, err := v.router.FindRoute(req)
	if err != nil {
		return nil, err
	}
	// kin-openapi decodes the first JSON value and ignores what follows it
	// ("{}0" would pass), which no client could decode.
	if len(bytes.TrimSpace(body)) > 0 && isJSON(header.Get("Content-Type")) && !json.Valid(body) {
		return []Violation{{Path: "body", Message: "not a single well-formed JSON value"}}, nil
	}
	input := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{
			Request:    req,
			PathParams: params,
			Route:      route,
		},
		Status: status,
		Header: header,
		Body:   io.NopCloser(bytes.NewReader(body)),
		Options: &openapi3filter.Options{
			MultiError:              true,
			IncludeResponseStatus:   true,
			SchemaValidationOptions: SchemaOptions(),
		},
	}
	return filterViolations(openapi3filter.ValidateResponse(ctx, input)), nil
}

// ContractError reports a response that breaks the contract.
type ContractError struct {
	// Operation is the operationId of the request, e.g. "GetClassifyJob".
	Operation string
	// Method and Path are those of the request.
	Method, Path string
	// Status is the response's HTTP status.
	Status int
	// Violations lists every way the response breaks the contract.
	Violations []Violation
}

// Error names the operation, the status and every violation.
func (e *ContractError) Error() string {
	parts := make([]string, len(e.Violations))
	for i, v := range e.Violations {
		parts[i] = v.String()
	}
	return fmt.Sprintf("contract violation: %s (%s %s) answered %d: %s",
		e.Operation, e.Method, e.Path, e.Status, strings.Join(parts, "; "))
}

// MaxCheckedBody is the largest response body the RoundTripper buffers to
// check; a larger body is passed through unchecked.
const MaxCheckedBody = 8 << 20

// RoundTripper returns an http.RoundTripper that sends through next
// (http.DefaultTransport when nil) and checks every response of a route the
// contract knows. A response that breaks the contract is returned as a
// *ContractError, with the response body closed. Requests to routes the
// contract does not describe pass through unchecked.
//
// Answers a client retries (408, 429 and 5xx) also pass through unchecked:
// they say that the service (or a proxy in front of it) failed, and turning
// them into contract errors would stop the retry. ValidateResponse still
// reports such an answer when the contract does not allow it.
func (v *Validator) RoundTripper(next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	return roundTripFunc(func(req *http.Request) (*http.Response, error) {
		resp, err := next.RoundTrip(req)
		if err != nil {
			return resp, err
		}
		opID, _, routeErr := v.Operation(req)
		if routeErr != nil || resp.ContentLength > MaxCheckedBody || retryable(resp.StatusCode) {
			return resp, nil
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, MaxCheckedBody+1))
		resp.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("openapi: read response body: %w", err)
		}
		resp.Body = io.NopCloser(bytes.NewReader(body))
		if len(body) > MaxCheckedBody {
			return resp, nil
		}
		violations, err := v.ValidateResponse(req.Context(), req, resp.StatusCode, resp.Header, body)
		if err != nil {
			return nil, err
		}
		if len(violations) > 0 {
			return nil, &ContractError{
				Operation:  opID,
				Method:     req.Method,
				Path:       req.URL.Path,
				Status:     resp.StatusCode,
				Violations: violations,
			}
		}
		return resp, nil
	})
}

func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json"))
}

func retryable(status int) bool {
	return status == http.StatusRequestTimeout || status == http.StatusTooManyRequests || status >= 500
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// filterViolations turns the errors of openapi3filter into violations.
func filterViolations(err error) []Violation {
	if err == nil {
		return nil
	}
	switch e := err.(type) {
	case openapi3.MultiError:
		var out []Violation
		for _, inner := range e {
			out = append(out, filterViolations(inner)...)
		}
		return out
	case *openapi3filter.RequestError:
		prefix := "body"
		if e.Parameter != nil {
			prefix = e.Parameter.In + "." + e.Parameter.Name
		}
		if inner := schemaViolations(e.Err, hideValues); len(inner) > 0 {
			return prefixed(prefix, inner)
		}
		msg := e.Reason
		if msg == "" && e.Err != nil {
			msg = e.Err.Error()
		}
		return []Violation{{Path: prefix, Message: msg}}
	case *openapi3filter.ResponseError:
		if inner := schemaViolations(e.Err, hideValues); len(inner) > 0 {
			return prefixed("body", inner)
		}
		msg := e.Reason
		if e.Err != nil {
			if msg != "" {
				msg += ": "
			}
			msg += e.Err.Error()
		}
		return []Violation{{Message: msg}}
	}
	if inner := schemaViolations(err, hideValues); len(inner) > 0 {
		return inner
	}
	return []Violation{{Message: err.Error()}}
}

func prefixed(prefix string, vs []Violation) []Violation {
	for i := range vs {
		switch {
		case vs[i].Path == "":
			vs[i].Path = prefix
		case strings.HasPrefix(vs[i].Path, "["): // an item: "query.file_ids[0]"
			vs[i].Path = prefix + vs[i].Path
		default:
			vs[i].Path = prefix + "." + vs[i].Path
		}
	}
	return vs
}

// Whether a violation's message may quote the value. A request body about
// to be sent is the caller's own, and quoting what they typed helps; a
// message about what a server sent (or a request it received) names only
// the kind of value, since a server may echo a secret in any field (an API
// key, a token), and a value cut to fit a message would escape redaction.
const (
	showValues = true
	hideValues = false
)

// schemaViolations flattens kin-openapi schema errors into violations with
// JSON paths, sorted by path for a stable order.
func schemaViolations(err error, show bool) []Violation {
	if err == nil {
		return nil
	}
	var out []Violation
	var multi openapi3.MultiError
	if errors.As(err, &multi) {
		for _, e := range multi {
			out = append(out, schemaViolations(e, show)...)
		}
	} else {
		var se *openapi3.SchemaError
		if !errors.As(err, &se) {
			return nil
		}
		if se.Origin != nil {
			if inner := schemaViolations(se.Origin, show); len(inner) > 0 {
				return inner
			}
		}
		if se.SchemaField == "not" {
			if matches := NotMatches(se); len(matches) > 0 {
				base := jsonPath(se.JSONPointer())
				out = schemaViolations(RestOfNot(se), show)
				for i := range out {
					out[i].Path = joinPath(base, out[i].Path)
				}
				for _, m := range matches {
					path := jsonPath(m.Pointer)
					if !slices.ContainsFunc(out, func(v Violation) bool { return v.Path == path }) {
						out = append(out, Violation{Path: path, Message: m.Description})
					}
				}
				sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
				return out
			}
		}
		pointer, msg := describe(se, show)
		out = append(out, Violation{Path: jsonPath(pointer), Message: msg})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// NotMatch is one reason a value was refused by a `not` of an `anyOf`, the
// contract's way to say "refused when any of these holds".
type NotMatch struct {
	// Pointer locates the problem: the first property the alternative's own
	// `not` requires (the v2 create's missing document is at file_input).
	Pointer []string
	// Description is the alternative's description, which words the
	// problem for a person.
	Description string
}

// NotMatches explains a schema error of the `not` keyword: one NotMatch for
// each described alternative of the `not`'s `anyOf` that the value matches.
// It returns nil for any other error.
func NotMatches(se *openapi3.SchemaError) []NotMatch {
	if se == nil || se.SchemaField != "not" || se.Schema == nil || se.Schema.Not == nil || se.Schema.Not.Value == nil {
		return nil
	}
	var out []NotMatch
	for _, alt := range se.Schema.Not.Value.AnyOf {
		a := alt.Value
		if a == nil || a.Description == "" || a.VisitJSON(se.Value, SchemaOptions()...) != nil {
			continue
		}
		pointer := se.JSONPointer()
		if a.Not != nil && a.Not.Value != nil {
			for _, req := range a.Not.Value.AnyOf {
				if req.Value != nil && len(req.Value.Required) > 0 {
					pointer = append(slices.Clone(pointer), req.Value.Required[0])
					break
				}
			}
		}
		out = append(out, NotMatch{Pointer: pointer, Description: strings.TrimSuffix(a.Description, ".")})
	}
	return out
}

// RestOfNot validates the value of a failed `not` against the rest of its
// schema, and returns the errors, if any, with pointers relative to that
// value. kin-openapi checks `not` before the properties and stops there,
// so a property of the wrong type (a file_input of 5) would otherwise be
// reported only as missing. It returns nil for any other error.
func RestOfNot(se *openapi3.SchemaError) error {
	if se == nil || se.SchemaField != "not" || se.Schema == nil {
		return nil
	}
	rest := *se.Schema
	rest.Not = nil
	return rest.VisitJSON(se.Value, append(SchemaOptions(), openapi3.MultiErrors())...)
}

// joinPath appends a path found inside a value to the value's own path.
func joinPath(base, inner string) string {
	switch {
	case base == "":
		return inner
	case inner == "" || strings.HasPrefix(inner, "["):
		return base + inner
	}
	return base + "." + inner
}

// describe words a schema error for a person: what the value must be, and
// what it is instead, without the validator's vocabulary. It returns the
// pointer of the value it speaks of: the schema error's own, or for an
// unknown property, that property's.
func describe(se *openapi3.SchemaError, show bool) ([]string, string) {
	s, pointer := se.Schema, se.JSONPointer()
	// not words what the value is instead: itself, or its kind when show
	// is off.
	not := func(v any) string {
		if !show {
			if kind := kindOfValue(v); kind != kindOf(s) {
				return ", not " + kind
			}
			return ""
		}
		return ", not " + describeValue(v)
	}
	switch se.SchemaField {
	case "nullable":
		return pointer, "must be " + kindOf(s) + ", not null"
	case "type":
		return pointer, "must be " + kindOf(s) + not(se.Value)
	case "minLength":
		if s.MinLength == 1 {
			return pointer, "must not be empty"
		}
		return pointer, fmt.Sprintf("must be at least %d characters long, not %d", s.MinLength, textLength(se.Value))
	case "maxLength":
		if s.MaxLength != nil {
			return pointer, fmt.Sprintf("must be at most %d characters long, not %d", *s.MaxLength, textLength(se.Value))
		}
	case "minItems":
		if s.MinItems == 1 {
			return pointer, "must not be empty: give at least one"
		}
		return pointer, fmt.Sprintf("must have at least %d items, not %d", s.MinItems, listLength(se.Value))
	case "maxItems":
		if s.MaxItems != nil {
			return pointer, fmt.Sprintf("must have at most %d items, not %d", *s.MaxItems, listLength(se.Value))
		}
	case "minimum", "exclusiveMinimum":
		if s.Min != nil {
			bound := "at least "
			if se.SchemaField == "exclusiveMinimum" || s.ExclusiveMin.Bool != nil && *s.ExclusiveMin.Bool {
				bound = "more than "
			}
			return pointer, "must be " + bound + formatNumber(*s.Min) + ", not " + describeValue(se.Value)
		}
	case "maximum", "exclusiveMaximum":
		if s.Max != nil {
			bound := "at most "
			if se.SchemaField == "exclusiveMaximum" || s.ExclusiveMax.Bool != nil && *s.ExclusiveMax.Bool {
				bound = "less than "
			}
			return pointer, "must be " + bound + formatNumber(*s.Max) + ", not " + describeValue(se.Value)
		}
	case "enum":
		return pointer, "must be " + oneOf(s.Enum) + not(se.Value)
	case "required":
		return pointer, "is required"
	case "pattern":
		return pointer, "must match the pattern " + s.Pattern + not(se.Value)
	case "format":
		if s.Format == "uuid" {
			return pointer, "must be a UUID like 182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e" + not(se.Value)
		}
		return pointer, "must be " + article(s.Format) + " " + s.Format + not(se.Value)
	case "properties":
		if m := unsupported.FindStringSubmatch(se.Reason); m != nil {
			known := make([]string, 0, len(s.Properties))
			for k := range s.Properties {
				known = append(known, k)
			}
			sort.Strings(known)
			msg := "is not a known field"
			if len(known) > 0 {
				msg += " (known: " + strings.Join(known, ", ") + ")"
			}
			return append(slices.Clone(pointer), m[1]), msg
		}
	}
	return pointer, se.Reason
}

// unsupported is how kin-openapi names a property the schema does not
// allow.
var unsupported = regexp.MustCompile(`^property "(.*)" is unsupported$`)

// kindOf names the type a schema wants, as a person says it.
func kindOf(s *openapi3.Schema) string {
	switch {
	case s.Type == nil:
		return "a value"
	case s.Type.Is("string"):
		return "a string"
	case s.Type.Is("integer"):
		return "a whole number"
	case s.Type.Is("number"):
		return "a number"
	case s.Type.Is("boolean"):
		return "true or false"
	case s.Type.Is("array"):
		return "a list"
	case s.Type.Is("object"):
		return "an object"
	}
	return strings.Join(s.Type.Slice(), " or ")
}

// maxQuoted is the longest value quoted in a message; a longer one is cut.
const maxQuoted = 40

// kindOfValue names the kind of a JSON value without showing it.
func kindOfValue(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case bool:
		return "true or false"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return "a number"
}

// describeValue shows a JSON value in a message: short scalars as they
// are, the rest by kind.
func describeValue(v any) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case string:
		if utf8.RuneCountInString(t) > maxQuoted {
			return strconv.Quote(string([]rune(t)[:maxQuoted]) + "…")
		}
		return strconv.Quote(t)
	case bool:
		return strconv.FormatBool(t)
	case float64:
		return formatNumber(t)
	case json.Number:
		return t.String()
	case int, int32, int64:
		return fmt.Sprint(t)
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%v", v)
}

func formatNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func textLength(v any) int {
	s, _ := v.(string)
	return utf8.RuneCountInString(s)
}

func listLength(v any) int {
	l, _ := v.([]any)
	return len(l)
}

// maxListed is how many allowed values a message lists before "…".
const maxListed = 8

// oneOf words the allowed values of an enum: "FAST or MULTIMODAL", "one
// of A, B or C", or for a long list its first values.
func oneOf(values []any) string {
	words := make([]string, 0, len(values))
	for _, v := range values {
		if v == nil {
			continue
		}
		words = append(words, fmt.Sprint(v))
	}
	switch {
	case len(words) == 0:
		return "one of the allowed values"
	case len(words) == 1:
		return words[0]
	case len(words) > maxListed:
		return fmt.Sprintf("one of the %d allowed values (%s, …)", len(words), strings.Join(words[:maxListed], ", "))
	case len(words) == 2:
		return words[0] + " or " + words[1]
	}
	return "one of " + strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// jsonPath renders a JSON pointer as a dotted path with [i] indexes:
// ["configuration","rules","0","description"] -> configuration.rules[0].description.
func jsonPath(pointer []string) string {
	var b strings.Builder
	for _, p := range pointer {
		if _, err := strconv.Atoi(p); err == nil {
			b.WriteString("[" + p + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}
