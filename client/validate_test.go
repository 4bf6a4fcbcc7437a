package client

import (
	"errors"
	"strings"
	"testing"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func TestInvalidV2CreateReachesNoServer(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	_, err := c.CreateJob(testContext(t), gen.ClassifyV2JobCreateRequest{
		FileInput: ptr("dfl-1"),
		Configuration: &gen.ClassifyV2Configuration{
			Rules: []gen.ClassifierRule{
				{Type: "invoice", Description: "too short"},
				{Type: "", Description: "purchase receipt with transaction info"},
			},
			ParsingConfiguration: &gen.ClassifyV2ParsingConfiguration{TargetPages: ptr("3,1"), MaxPages: ptr(0)},
		},
	})
	var inv *RequestInvalidError
	if !errors.As(err, &inv) {
		t.Fatalf("err = %v, want *RequestInvalidError", err)
	}
	if f.total() != 0 {
		t.Fatalf("%d requests sent for an invalid create", f.total())
	}
	paths := map[string]string{}
	for _, v := range inv.Violations {
		paths[v.Path] = v.Message
	}
	for path, msg := range map[string]string{
		"configuration.rules[0].description":               "shorter than 10 characters",
		"configuration.rules[1].type":                      "shorter than 1 characters",
		"configuration.parsing_configuration.max_pages":    "less than 1",
		"configuration.parsing_configuration.target_pages": "ascending order",
	} {
		if !strings.Contains(paths[path], msg) {
			t.Errorf("violation %s = %q, want %q (all: %v)", path, paths[path], msg, inv.Violations)
		}
	}
	if msg := err.Error(); inv.Operation != "CreateClassifyJob" ||
		!strings.HasPrefix(msg, "CreateClassifyJob: invalid request: configuration.") ||
		!strings.Contains(msg, "; configuration.rules[0].description: shorter than 10 characters; ") {
		t.Errorf("Error() = %q", err)
	}
}

func TestInvalidV1CreateReachesNoServer(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	_, err := c.CreateClassifierJob(testContext(t), gen.ClassifyJobCreate{
		FileIds: []openapi_types.UUID{},
		Rules:   []gen.ClassifierRule{{Type: "invoice", Description: strings.Repeat("x", 501)}},
	})
	var inv *RequestInvalidError
	if !errors.As(err, &inv) || len(inv.Violations) != 2 {
		t.Fatalf("err = %v, want 2 violations (no files, description too long)", err)
	}
	if f.total() != 0 {
		t.Fatalf("%d requests sent", f.total())
	}
}

func TestMalformedIDsAreRefusedBeforeSending(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	ctx := testContext(t)
	checks := map[string]error{}
	_, checks["GetClassifierJob"] = c.GetClassifierJob(ctx, "not-a-uuid")
	_, checks["GetClassifierJobResults"] = c.GetClassifierJobResults(ctx, "42")
	_, checks["WaitClassifierJob"] = c.WaitClassifierJob(ctx, "")
	_, checks["GetJob"] = c.GetJob(ctx, "")
	_, checks["CancelJob"] = c.CancelJob(ctx, "")
	for name, err := range checks {
		var inv *RequestInvalidError
		if !errors.As(err, &inv) {
			t.Errorf("%s: err = %v, want *RequestInvalidError", name, err)
		}
	}
	if f.total() != 0 {
		t.Fatalf("%d requests sent", f.total())
	}
}
