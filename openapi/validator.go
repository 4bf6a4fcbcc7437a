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
	"slices"
	"sort"
	"strconv"
	"strings"

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
	return &Validator{doc: doc, router: router}, nil
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
	return []openapi3.SchemaValidationOption{
		openapi3.WithStringFormatValidator("uuid", openapi3.NewRegexpFormatValidator(uuidText)),
	}
}

const uuidText = `^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`

// Violation is one way a value breaks the contract.
type Violation struct {
	// Path locates the value: a JSON path into the body
	// ("configuration.rules[0].description"), or "query.page_size",
	// "header.Content-Type" and the like for other parts.
	Path string
	// Message says what is wrong ("shorter than 10 characters").
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
	return schemaViolations(schema.VisitJSON(value, append(SchemaOptions(), openapi3.MultiErrors())...)), nil
}

func (v *Validator) requestSchema(operationID string) (*openapi3.Schema, error) {
	for _, item := range v.doc.Paths.Map() {
		for _, op := range item.Operations() {
			if op.OperationID != operationID {
				continue
			}
			if op.RequestBody == nil || op.RequestBody.Value == nil {
				return nil, fmt.Errorf("openapi: operation %s takes no request body", operationID)
			}
			for _, mt := range op.RequestBody.Value.Content {
				if mt.Schema != nil && mt.Schema.Value != nil {
					return mt.Schema.Value, nil
				}
			}
		}
	}
	return nil, fmt.Errorf("openapi: unknown operation %q", operationID)
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
		if inner := schemaViolations(e.Err); len(inner) > 0 {
			return prefixed(prefix, inner)
		}
		msg := e.Reason
		if msg == "" && e.Err != nil {
			msg = e.Err.Error()
		}
		return []Violation{{Path: prefix, Message: msg}}
	case *openapi3filter.ResponseError:
		if inner := schemaViolations(e.Err); len(inner) > 0 {
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
	if inner := schemaViolations(err); len(inner) > 0 {
		return inner
	}
	return []Violation{{Message: err.Error()}}
}

func prefixed(prefix string, vs []Violation) []Violation {
	for i := range vs {
		if vs[i].Path == "" {
			vs[i].Path = prefix
		} else {
			vs[i].Path = prefix + "." + vs[i].Path
		}
	}
	return vs
}

// schemaViolations flattens kin-openapi schema errors into violations with
// JSON paths, sorted by path for a stable order.
func schemaViolations(err error) []Violation {
	if err == nil {
		return nil
	}
	var out []Violation
	var multi openapi3.MultiError
	if errors.As(err, &multi) {
		for _, e := range multi {
			out = append(out, schemaViolations(e)...)
		}
	} else {
		var se *openapi3.SchemaError
		if !errors.As(err, &se) {
			return nil
		}
		if se.Origin != nil {
			if inner := schemaViolations(se.Origin); len(inner) > 0 {
				return inner
			}
		}
		if se.SchemaField == "not" {
			if matches := NotMatches(se); len(matches) > 0 {
				for _, m := range matches {
					out = append(out, Violation{Path: jsonPath(m.Pointer), Message: m.Description})
				}
				return out
			}
		}
		out = append(out, Violation{Path: jsonPath(se.JSONPointer()), Message: describe(se)})
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

// describe words a schema error the way a person reads a limit.
func describe(se *openapi3.SchemaError) string {
	s := se.Schema
	switch se.SchemaField {
	case "minLength":
		return fmt.Sprintf("shorter than %d characters", s.MinLength)
	case "maxLength":
		if s.MaxLength != nil {
			return fmt.Sprintf("longer than %d characters", *s.MaxLength)
		}
	case "minItems":
		return fmt.Sprintf("fewer than %d items", s.MinItems)
	case "maxItems":
		if s.MaxItems != nil {
			return fmt.Sprintf("more than %d items", *s.MaxItems)
		}
	case "minimum":
		if s.Min != nil {
			return "less than " + strconv.FormatFloat(*s.Min, 'f', -1, 64)
		}
	case "maximum":
		if s.Max != nil {
			return "greater than " + strconv.FormatFloat(*s.Max, 'f', -1, 64)
		}
	case "enum":
		return "not one of the allowed values"
	case "required":
		return "required"
	case "pattern":
		return "does not match the pattern " + s.Pattern
	case "additionalProperties":
		return "unknown property"
	}
	return se.Reason
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
