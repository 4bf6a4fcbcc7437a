package emulator

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	nethttpmiddleware "github.com/oapi-codegen/nethttp-middleware"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// uploadPath is the route whose multipart body is streamed and checked by
// the handler rather than buffered by the validator.
const uploadPath = "/api/v1/beta/files"

// maxJSONBody bounds a JSON request body. The largest valid create (500 file
// ids and a few dozen rules) is far smaller.
const maxJSONBody = 8 << 20

// multipartOverhead is what the form around an uploaded file may add to the
// body: boundaries, part headers, purpose and external_file_id.
const multipartOverhead = 1 << 20

// buildHandler wires the layers, outermost first: body pacing, logging, faults,
// authentication, body limits, validation against the contract, routing to
// the strict handlers.
func (s *Server) buildHandler() (http.Handler, error) {
	doc, err := docForRouting()
	if err != nil {
		return nil, err
	}
	for _, item := range doc.Paths.Map() {
		if item.Post != nil && item.Post.OperationID == "UploadFile" {
			s.uploadSchema = item.Post.RequestBody.Value.Content.Get("multipart/form-data").Schema.Value
		}
	}
	if s.uploadSchema == nil {
		return nil, errors.New("emulator: the contract has no UploadFile form")
	}
	// Built on the first 405, not at every start.
	s.routes = sync.OnceValues(func() (routers.Router, error) { return gorillamux.NewRouter(doc) })

	validatorOptions := func(excludeBody bool) *nethttpmiddleware.Options {
		return &nethttpmiddleware.Options{
			Options: openapi3filter.Options{
				MultiError:         true,
				ExcludeRequestBody: excludeBody,
				// Authentication is the layer before this one.
				AuthenticationFunc:      openapi3filter.NoopAuthenticationFunc,
				SchemaValidationOptions: openapi.SchemaOptions(),
			},
			SilenceServersWarning: true,
			ErrorHandlerWithOpts:  s.validationErrorHandler,
		}
	}
	validate := nethttpmiddleware.OapiRequestValidatorWithOptions(doc, validatorOptions(false))
	// The upload's form is streamed by the handler, which checks its size
	// before buffering and its fields against the same schema afterwards.
	validateNoBody := nethttpmiddleware.OapiRequestValidatorWithOptions(doc, validatorOptions(true))

	strict := gen.NewStrictHandlerWithOptions(s, nil, gen.StrictHTTPServerOptions{
		RequestErrorHandlerFunc:  s.bodyErrorHandler,
		ResponseErrorHandlerFunc: s.internalErrorHandler,
	})
	mux := http.NewServeMux()
	routes := gen.HandlerWithOptions(strict, gen.StdHTTPServerOptions{
		BaseRouter:       mux,
		ErrorHandlerFunc: s.paramErrorHandler,
	})

	full := validate(routes)
	// kin-openapi reads the whole body while checking security
	// requirements, before any body option applies; the upload's
	// parameters are therefore checked on a body-less copy of the request,
	// and the original, body unread, goes on to the handler.
	upload := s.limitUpload(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bodyless := *r
		bodyless.Body = http.NoBody
		validateNoBody(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			routes.ServeHTTP(w, r)
		})).ServeHTTP(w, &bodyless)
	}))
	validated := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && r.URL.Path == uploadPath {
			upload.ServeHTTP(w, r)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			r.Body = http.MaxBytesReader(w, r.Body, maxJSONBody)
		}
		full.ServeHTTP(w, r)
	})
	authenticated := s.authenticate(withBaseURL(validated))
	return s.paceBodies(s.logRequests(s.injectFaults(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.serveContent(w, r) {
			return
		}
		authenticated.ServeHTTP(w, r)
	})))), nil
}

// limitUpload answers 413 at once when the declared length is over the
// limit, and otherwise caps what can be read, so an oversized file is never
// held in memory.
func (s *Server) limitUpload(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit := s.cfg.maxUpload + multipartOverhead
		if r.ContentLength > limit {
			w.Header().Set("Connection", "close")
			writeJSON(w, http.StatusRequestEntityTooLarge, gen.HTTPError{Detail: s.tooLargeMessage()})
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		next.ServeHTTP(w, r)
	})
}

func (s *Server) tooLargeMessage() string {
	return fmt.Sprintf("File exceeds the maximum size of %d bytes", s.cfg.maxUpload)
}

// authenticate requires a bearer token: any non-empty one, or exactly the
// key given to WithRequiredKey.
func (s *Server) authenticate(next http.Handler) http.Handler {
	want := []byte(s.cfg.requiredKey)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		token = strings.TrimSpace(token)
		if !strings.EqualFold(scheme, "Bearer") || token == "" {
			w.Header().Set("WWW-Authenticate", "Bearer")
			writeJSON(w, http.StatusUnauthorized, gen.HTTPError{Detail: "Not authenticated: send the API key as 'Authorization: Bearer <key>'"})
			return
		}
		if len(want) > 0 && subtle.ConstantTimeCompare([]byte(token), want) != 1 {
			w.Header().Set("WWW-Authenticate", "Bearer")
			writeJSON(w, http.StatusUnauthorized, gen.HTTPError{Detail: "Invalid authentication credentials"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// logRequests counts every request and logs one line for it.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.stats.requests.Add(1)
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			// A dropped connection panics through here on purpose; it is
			// logged as status 0.
			s.cfg.logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.Int("status", rec.status),
				slog.Duration("duration", time.Since(start)),
			)
		}()
		next.ServeHTTP(rec, r)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// allowed lists the methods the contract has for r's path.
func (s *Server) allowed(r *http.Request) []string {
	routes, err := s.routes()
	if err != nil {
		return nil
	}
	var out []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, _, err := routes.FindRoute(probe); err == nil {
			out = append(out, m)
		}
	}
	return out
}

// validationErrorHandler answers what the contract validator refused: 422
// with every problem, or 404/405 for a route the contract does not have.
func (s *Server) validationErrorHandler(_ context.Context, err error, w http.ResponseWriter, r *http.Request, opts nethttpmiddleware.ErrorHandlerOpts) {
	if opts.MatchedRoute == nil {
		status, detail := http.StatusNotFound, "Not Found"
		if errors.Is(err, routers.ErrMethodNotAllowed) {
			status, detail = http.StatusMethodNotAllowed, "Method Not Allowed"
			w.Header().Set("Allow", strings.Join(s.allowed(r), ", "))
		}
		writeJSON(w, status, gen.HTTPError{Detail: detail})
		return
	}
	if timedOut(err) {
		bodyTooSlow(w)
		return
	}
	details := requestErrorDetails(err)
	if len(details) == 0 {
		details = []gen.ValidationError{newDetail([]any{"body"}, "value_error", firstLine(err.Error()), nil)}
	}
	if tooLarge(err) {
		details = []gen.ValidationError{newDetail([]any{"body"}, "too_long",
			fmt.Sprintf("Request body is larger than %d bytes", maxJSONBody), map[string]any{"max_length": maxJSONBody})}
	}
	s.writeValidation(w, details)
}

func tooLarge(err error) bool {
	var mbe *http.MaxBytesError
	return errors.As(err, &mbe)
}

// bodyErrorHandler answers a body the strict handler could not decode; the
// validator normally refuses such a body first.
func (s *Server) bodyErrorHandler(w http.ResponseWriter, _ *http.Request, err error) {
	if timedOut(err) {
		bodyTooSlow(w)
		return
	}
	if tooLarge(err) {
		writeJSON(w, http.StatusRequestEntityTooLarge, gen.HTTPError{Detail: s.tooLargeMessage()})
		return
	}
	s.writeValidation(w, []gen.ValidationError{newDetail([]any{"body"}, "value_error", firstLine(err.Error()), nil)})
}

// bodyTooSlow answers a request whose body stopped arriving before the
// deadline Timeouts sets: 408, and the connection closed, since what is
// left of the body can no longer be told from the next request.
func bodyTooSlow(w http.ResponseWriter) {
	w.Header().Set("Connection", "close")
	writeJSON(w, http.StatusRequestTimeout, gen.HTTPError{Detail: "The request body was too slow: it must keep arriving"})
}

// firstLine keeps the first line of kin-openapi's multi-line messages.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// paramErrorHandler answers a parameter the generated binder could not
// read; the validator normally refuses it first.
func (s *Server) paramErrorHandler(w http.ResponseWriter, _ *http.Request, err error) {
	loc := []any{"query"}
	var invalid *gen.InvalidParamFormatError
	if errors.As(err, &invalid) {
		loc = append(loc, invalid.ParamName)
	}
	s.writeValidation(w, []gen.ValidationError{newDetail(loc, "value_error", err.Error(), nil)})
}

// internalErrorHandler should never run: every handler answers with a
// documented response. If one fails anyway, the client sees a retryable 503.
func (s *Server) internalErrorHandler(w http.ResponseWriter, r *http.Request, err error) {
	s.cfg.logger.Error("handler failed", slog.String("path", r.URL.Path), slog.String("error", err.Error()))
	writeJSON(w, http.StatusServiceUnavailable, gen.HTTPError{Detail: "Internal error; retry later"})
}

func (s *Server) writeValidation(w http.ResponseWriter, details []gen.ValidationError) {
	writeJSON(w, http.StatusUnprocessableEntity, gen.HTTPValidationError{Detail: &details})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}
