package client

import (
	"context"
	"errors"
	"strings"
	"testing"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func TestInvalidV2CreateReachesNoServer(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	_, err := c.CreateJob(context.Background(), gen.ClassifyV2JobCreateRequest{
		FileInput: ptr("dfl-1"),
		Configuration: &gen.ClassifyV2Configuration{
			Rules: []gen.ClassifierRule{
				{Type: "invoice", Description: "too short"},
				{Type: "", Description: "purchase receipt with transaction info"},
			},
			ParsingConfiguration: &gen.ClassifyV2ParsingConfiguration{TargetPages: ptr("3,1"), MaxPages: ptr[int32](0)},
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
		"configuration.rules[0].description":               "must be at least 10 characters long, not 9",
		"configuration.rules[1].type":                      "must not be empty",
		"configuration.parsing_configuration.max_pages":    "must be at least 1, not 0",
		"configuration.parsing_configuration.target_pages": "ascending order",
	} {
		if !strings.Contains(paths[path], msg) {
			t.Errorf("violation %s = %q, want %q (all: %v)", path, paths[path], msg, inv.Violations)
		}
	}
	if msg := err.Error(); inv.Operation != "CreateClassifyJob" ||
		!strings.HasPrefix(msg, "CreateClassifyJob: invalid request: configuration.") ||
		!strings.Contains(msg, "; configuration.rules[0].description: must be at least 10 characters long, not 9; ") {
		t.Errorf("Error() = %q", err)
	}
}

func TestInvalidV1CreateReachesNoServer(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	_, err := c.CreateClassifierJob(context.Background(), gen.ClassifyJobCreate{
		FileIds: []openapi_types.UUID{},
		Rules:   []gen.ClassifierRule{{Type: "invoice", Description: strings.Repeat("x", 2001)}},
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
	ctx := context.Background()
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

// The service takes rule descriptions of up to 2000 characters and
// transaction ids of up to 255: the client sends those and refuses one
// character more, before anything is sent.
func TestV2CreateLimitsAreTheServices(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	ctx := context.Background()
	create := func(desc, txn string) error {
		_, err := c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{
			FileInput:     ptr("dfl-00000000-0000-0000-0000-000000000001"),
			Configuration: &gen.ClassifyV2Configuration{Rules: []gen.ClassifierRule{{Type: "invoice", Description: desc}}},
			TransactionId: &txn,
		})
		return err
	}
	if err := create(strings.Repeat("d", 2000), strings.Repeat("t", 255)); err != nil {
		t.Fatalf("2000-character description, 255-character transaction id: %v", err)
	}
	if n := f.count("POST /api/v2/classify"); n != 1 {
		t.Fatalf("the valid create was sent %d times", n)
	}
	var inv *RequestInvalidError
	err := create(strings.Repeat("d", 2001), "ok")
	if !errors.As(err, &inv) || len(inv.Violations) != 1 || inv.Violations[0].Path != "configuration.rules[0].description" ||
		!strings.Contains(err.Error(), "must be at most 2000 characters long, not 2001") {
		t.Errorf("2001-character description: err = %v", err)
	}
	err = create("a perfectly fine description", strings.Repeat("t", 256))
	if !errors.As(err, &inv) || len(inv.Violations) != 1 || inv.Violations[0].Path != "transaction_id" ||
		!strings.Contains(err.Error(), "must be at most 255 characters long, not 256") {
		t.Errorf("256-character transaction id: err = %v", err)
	}
	if n := f.count("POST /api/v2/classify"); n != 1 {
		t.Fatalf("%d creates sent, want only the valid one", n)
	}
}

// The v1 create takes rule descriptions of up to 2000 characters.
func TestV1CreateTakesA2000CharacterDescription(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	_, err := c.CreateClassifierJob(context.Background(), gen.ClassifyJobCreate{
		FileIds: []openapi_types.UUID{{1}},
		Rules:   []gen.ClassifierRule{{Type: "invoice", Description: strings.Repeat("x", 2000)}},
	})
	var inv *RequestInvalidError
	if errors.As(err, &inv) {
		t.Fatalf("refused before sending: %v", err)
	}
	if n := f.count("POST /api/v1/classifier/jobs"); n != 1 {
		t.Fatalf("%d creates sent", n)
	}
}

