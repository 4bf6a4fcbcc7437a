package client

import (
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

func TestAPIErrorCarriesTheServicesAnswer(t *testing.T) {
	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		w.Header().Set("X-Request-Id", "req-123")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(422)
		w.Write([]byte(`{"detail":[
			{"loc":["body","configuration","rules",0,"description"],"msg":"String should have at least 10 characters","type":"string_too_short"},
			{"loc":["query","page_size"],"msg":"Input should be less than or equal to 100","type":"less_than_equal"}]}`))
		return true
	}
	c, _ := testClient(t, f)
	_, err := c.ListJobs(testContext(t), nil)
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %v", err)
	}
	if apiErr.StatusCode != 422 || apiErr.Method != "GET" || apiErr.Path != "/api/v2/classify" || apiErr.RequestID != "req-123" {
		t.Errorf("APIError = %+v", apiErr)
	}
	want := []ValidationDetail{
		{Loc: []any{"body", "configuration", "rules", 0, "description"}, Msg: "String should have at least 10 characters", Type: "string_too_short"},
		{Loc: []any{"query", "page_size"}, Msg: "Input should be less than or equal to 100", Type: "less_than_equal"},
	}
	if !reflect.DeepEqual(apiErr.Details, want) {
		t.Errorf("Details = %#v", apiErr.Details)
	}
	wantMsg := "llamaclassify: GET /api/v2/classify: 422 Unprocessable Entity: body.configuration.rules[0].description: String should have at least 10 characters; query.page_size: Input should be less than or equal to 100 (request id req-123)"
	if err.Error() != wantMsg {
		t.Errorf("Error() =\n%q, want\n%q", err.Error(), wantMsg)
	}
}

func TestAPIErrorSentinelsAndBodyCap(t *testing.T) {
	sentinels := []error{ErrUnauthorized, ErrForbidden, ErrNotFound, ErrConflict, ErrRateLimited, ErrServerError}
	for status, want := range map[int]error{401: ErrUnauthorized, 403: ErrForbidden, 404: ErrNotFound, 409: ErrConflict, 429: ErrRateLimited, 500: ErrServerError, 503: ErrServerError, 400: nil} {
		e := &APIError{StatusCode: status}
		for _, s := range sentinels {
			if got := errors.Is(e, s); got != (s == want) {
				t.Errorf("%d: errors.Is(%v) = %v", status, s, got)
			}
		}
	}

	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		w.WriteHeader(400)
		w.Write([]byte(strings.Repeat("<html>", 2000)))
		return true
	}
	c, _ := testClient(t, f)
	_, err := c.ListJobs(testContext(t), nil)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || len(apiErr.Body) != maxErrorBody || apiErr.Message != "Bad Request" {
		t.Fatalf("body of %d bytes, message %q", len(apiErr.Body), apiErr.Message)
	}
	if err.Error() != "llamaclassify: GET /api/v2/classify: 400 Bad Request" {
		t.Errorf("Error() = %q", err)
	}
}

func TestValidationDetailString(t *testing.T) {
	if s := (ValidationDetail{Msg: "bad"}).String(); s != "bad" {
		t.Errorf("no loc: %q", s)
	}
}
