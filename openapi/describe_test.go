package openapi

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Each way a request body can break the contract is worded for a person:
// what the value must be and what it is, in words a user of the product
// knows, not the validator's ("Value is not nullable", "shorter than 1
// characters").
func TestViolationsReadLikeTheProduct(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	const rule = `{"type":"invoice","description":"contains invoice number"}`
	for _, tc := range []struct {
		op, body, path, want string
	}{
		{"CreateClassifyJob", `{"file_input":"dfl-1","configuration":{"rules":null}}`, "configuration.rules", "must be a list, not null"},
		{"CreateClassifyJob", `{"file_input":"dfl-1","configuration":{"rules":[]}}`, "configuration.rules", "must not be empty: give at least one"},
		{"CreateClassifyJob", `{"file_input":"dfl-1","configuration":{"rules":[{"type":"","description":"short"}]}}`, "configuration.rules[0].type", "must not be empty"},
		{"CreateClassifyJob", `{"file_input":"dfl-1","configuration":{"rules":[{"type":"","description":"short"}]}}`, "configuration.rules[0].description", "must be at least 10 characters long, not 5"},
		{"CreateClassifyJob", `{"file_input":"dfl-1","configuration":{"rules":[{"type":"invoice","description":"` + strings.Repeat("é", 2001) + `"}]}}`, "configuration.rules[0].description", "must be at most 2000 characters long, not 2001"},
		{"CreateClassifyJob", `{"file_input":"dfl-1","configuration":{"rules":[{"type":5,"description":"contains invoice number"}]}}`, "configuration.rules[0].type", "must be a string, not 5"},
		{"CreateClassifyJob", `{"file_input":"dfl-1","configuration":{"rules":[{"description":"contains invoice number"}]}}`, "configuration.rules[0].type", "is required"},
		{"CreateClassifyJob", `{"file_input":"dfl-1","configuration":{"rules":[` + rule + `],"parsing_configuration":{"max_pages":0}}}`, "configuration.parsing_configuration.max_pages", "must be at least 1, not 0"},
		{"CreateClassifyJob", `{"file_input":"dfl-1","configuration":{"rules":[` + rule + `],"mode":"SLOW"}}`, "configuration.mode", `must be FAST, not "SLOW"`},
		{"CreateClassifierJob", `{"file_ids":["nope"],"rules":[` + rule + `]}`, "file_ids[0]", `must be a UUID like 182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e, not "nope"`},
		{"CreateClassifierJob", `{"file_ids":[],"rules":[` + rule + `],"mode":"SLOW"}`, "mode", `must be FAST or MULTIMODAL, not "SLOW"`},
		{"CreateClassifyJob", `{"file_input":5,"configuration":{"rules":[` + rule + `]}}`, "file_input", "must be a string, not 5"},
		{"CreateClassifyJob", `{"file_input":"dfl-1","configuration":"x"}`, "configuration", `must be an object, not "x"`},
		{"CreateClassifyJob", `{"file_input":5}`, "configuration", "required: a configuration"},
		{"CreateClassifierJob", `{"file_ids":[],"rules":[` + rule + `],"parsing_configuration":{"lang":"english"}}`, "parsing_configuration.lang", `must be one of the 8`},
		{"CreateClassifierJob", `{"file_ids":[],"rules":[` + rule + `],"webhook_configurations":[{"webhook_urll":"https://example.com"}]}`, "webhook_configurations[0].webhook_urll", "is not a known field (known: webhook_events, webhook_headers, webhook_output_format, webhook_signing_secret, webhook_url)"},
		{"CreateClassifierJob", `{"file_ids":[],"rules":[` + rule + `],"webhook_configurations":[{"webhook_url":"ftp://example.com"}]}`, "webhook_configurations[0].webhook_url", `must match the pattern ^https?:, not "ftp://example.com"`},
	} {
		var body any
		if err := json.Unmarshal([]byte(tc.body), &body); err != nil {
			t.Fatal(err)
		}
		vs, err := v.ValidateBody(tc.op, body)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, x := range vs {
			if x.Path == tc.path {
				found = true
				if !strings.HasPrefix(x.Message, tc.want) {
					t.Errorf("%s %s: %q, want %q", tc.op, tc.path, x.Message, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%s %s: no violation there; got %v", tc.op, tc.body[:min(len(tc.body), 80)], vs)
		}
		for _, x := range vs {
			if strings.HasPrefix(x.Message, "required") && strings.Contains(tc.body, `"`+x.Path+`":`) {
				t.Errorf("%s: %s, which the body gives, is said to be missing: %v", tc.body, x.Path, vs)
			}
		}
	}
}

func TestOneOfWordsTheAllowedValues(t *testing.T) {
	for _, tc := range []struct {
		in   []any
		want string
	}{
		{[]any{"FAST"}, "FAST"},
		{[]any{"FAST", "MULTIMODAL"}, "FAST or MULTIMODAL"},
		{[]any{"PENDING", "RUNNING", "COMPLETED"}, "one of PENDING, RUNNING or COMPLETED"},
		{[]any{"a", "b", "c", "d", "e", "f", "g", "h", "i"}, "one of the 9 allowed values (a, b, c, d, e, f, g, h, …)"},
		{[]any{"string", nil}, "string"},
	} {
		if got := oneOf(tc.in); got != tc.want {
			t.Errorf("oneOf(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A response's violations never quote what the server sent: a server may
// echo a secret into any field, and a value cut to fit a message would
// escape redaction.
func TestResponseViolationsDoNotQuoteValues(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	const secret = "Bearer sk-0123456789-secret-echoed-back-by-the-server"
	body, _ := json.Marshal(map[string]any{
		"id": "cls-1", "status": secret, "created_at": secret, "file_input": "dfl-1",
		"project_id": secret, "user_id": "u", "document_input_type": secret,
		"configuration": map[string]any{"rules": secret},
	})
	req := httptest.NewRequest(http.MethodGet, "/api/v2/classify/cls-1", nil)
	vs, err := v.ValidateResponse(context.Background(), req, 200, http.Header{"Content-Type": {"application/json"}}, body)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) == 0 {
		t.Fatal("no violations in a body full of wrong values")
	}
	want := map[string]string{
		"body.configuration.rules": "must be a list, not a string",
		"body.status":              "must be one of PENDING, RUNNING, COMPLETED, FAILED or CANCELLED",
	}
	for _, x := range vs {
		if strings.Contains(x.Message, "sk-0123") || strings.Contains(x.Message, "Bearer") {
			t.Errorf("%s: %q quotes the value", x.Path, x.Message)
		}
		if w, ok := want[x.Path]; ok && x.Message != w {
			t.Errorf("%s: %q, want %q", x.Path, x.Message, w)
		}
	}
}
