package client

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"path/filepath"
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
		!strings.HasPrefix(msg, "llamaclassify: CreateClassifyJob: invalid request: configuration.") ||
		!strings.Contains(msg, "; configuration.rules[0].description: must be at least 10 characters long, not 9; ") {
		t.Errorf("Error() = %q", err)
	}
}

// An empty document id is refused before sending, naming the field.
func TestEmptyDocumentIDReachesNoServer(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	for _, req := range []gen.ClassifyV2JobCreateRequest{
		{FileInput: ptr(""), ConfigurationId: ptr("cfg-1")},
		{FileId: ptr(" "), ConfigurationId: ptr("cfg-1")},
	} {
		_, err := c.CreateJob(testContext(t), req)
		var inv *RequestInvalidError
		if !errors.As(err, &inv) || !strings.Contains(err.Error(), "must not be empty: give the id of an uploaded file") {
			t.Errorf("err = %v, want the empty id refused", err)
		}
	}
	if f.total() != 0 {
		t.Fatalf("%d requests sent for an empty document id", f.total())
	}
}

func TestInvalidV1CreateReachesNoServer(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	_, err := c.CreateClassifierJob(testContext(t), gen.ClassifyJobCreate{
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

// A type given twice is refused before anything is sent, in both APIs, and
// the message names both rules.
func TestRepeatedRuleTypeIsRefused(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	rules := []Rule{
		{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
		{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
		{Type: "invoice", Description: "a bill that asks to be paid by a date"},
	}
	_, err := c.CreateJob(context.Background(), CreateJobRequest{FileInput: Ptr("dfl-1"), Configuration: &Configuration{Rules: rules}})
	var inv *RequestInvalidError
	if !errors.As(err, &inv) || len(inv.Violations) != 1 {
		t.Fatalf("v2: err = %v, want one violation", err)
	}
	if v := inv.Violations[0]; v.Path != "configuration.rules[2].type" || v.Message != `"invoice" is the type of configuration.rules[0] already: give each type once, with one description` {
		t.Errorf("v2: violation = %+v", v)
	}
	_, err = c.ClassifyFile(context.Background(), FromBytes("a.txt", []byte("x")), rules)
	if !errors.As(err, &inv) {
		t.Errorf("ClassifyFile: err = %v, want *RequestInvalidError", err)
	}
	_, err = c.CreateClassifierJob(context.Background(), gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{{1}}, Rules: rules})
	if !errors.As(err, &inv) || len(inv.Violations) != 1 || inv.Violations[0].Path != "rules[2].type" {
		t.Errorf("v1: err = %v, want one violation at rules[2].type", err)
	}
	if n := f.total(); n != 0 {
		t.Errorf("%d requests sent, want none", n)
	}
}

// A document that cannot be read is named once, by its path, with the
// reason; errors.Is still finds the cause.
func TestUnreadableDocumentIsNamedOnce(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	missing := filepath.Join(t.TempDir(), "nonexistent.pdf")
	res, err := c.ClassifyFile(context.Background(), FromPath(missing), testRules)
	if err == nil {
		t.Fatal("classified a missing file")
	}
	if want := "llamaclassify: cannot read " + missing + ": no such file or directory; nothing was sent for it"; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("err = %v does not match fs.ErrNotExist", err)
	}
	if res == nil || res.Document.Name != "nonexistent.pdf" {
		t.Errorf("result's document = %+v, want its name set", res)
	}
	if n := f.total(); n != 0 {
		t.Errorf("%d requests sent for a file that cannot be read", n)
	}

	// An Open that returns neither a reader nor an error: an error of the
	// document, not a panic of the program.
	_, err = c.ClassifyFile(context.Background(), Document{Name: "x", Open: func() (io.ReadCloser, error) { return nil, nil }}, testRules)
	if want := "llamaclassify: cannot read x: its Open returned no reader and no error; nothing was sent for it"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}

	_, err = c.UploadFile(context.Background(), Upload{Name: "x", Open: func() (io.ReadCloser, error) { return nil, nil }, Purpose: PurposeClassify})
	if err == nil || !strings.Contains(err.Error(), "cannot read x: its Open returned no reader and no error") {
		t.Errorf("upload: err = %v", err)
	}

	// A name a multipart header cannot carry: refused before sending.
	_, err = c.UploadFile(context.Background(), Upload{Name: "a\x00b.txt", Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader("x")), nil }, Purpose: PurposeClassify})
	var inv *RequestInvalidError
	if !errors.As(err, &inv) || !strings.Contains(err.Error(), "holds a control character") {
		t.Errorf("a NUL in the name: err = %v", err)
	}

	// A directory given as a document: said once, the same way.
	dir := t.TempDir()
	_, err = c.ClassifyFile(context.Background(), FromPath(dir), testRules)
	if want := "llamaclassify: cannot read " + dir + ": is a directory; nothing was sent for it"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}
	if n := f.total(); n != 0 {
		t.Errorf("%d requests sent for a directory", n)
	}
}

// A list parameter the service would refuse with a 422 (a page_size over
// its maximum, a status it does not know) is refused before it is sent,
// naming the parameter and the bound; one inside the bounds is sent.
func TestListParametersOutOfBoundsReachNoServer(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	ctx := testContext(t)
	bad := map[string]error{}
	_, bad["ListJobs"] = c.ListJobs(ctx, &gen.ListClassifyJobsParams{PageSize: ptr[int32](500), Status: ptr(gen.ClassifyV2JobStatus("DONE"))})
	_, bad["ListFiles"] = c.ListFiles(ctx, &gen.ListFilesParams{PageSize: ptr[int32](0)})
	for _, err := range c.Jobs(ctx, &gen.ListClassifyJobsParams{PageSize: ptr[int32](101)}) {
		bad["Jobs"] = err
	}
	want := map[string][]string{
		"ListJobs":  {"query.page_size: must be at most 100, not 500", "query.status: must be one of"},
		"ListFiles": {"query.page_size: must be at least 1, not 0"},
		"Jobs":      {"query.page_size: must be at most 100, not 101"},
	}
	for name, err := range bad {
		var inv *RequestInvalidError
		if !errors.As(err, &inv) {
			t.Errorf("%s: err = %v, want *RequestInvalidError", name, err)
			continue
		}
		for _, w := range want[name] {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q, want it to say %q", name, err, w)
			}
		}
	}
	if len(bad) != len(want) {
		t.Errorf("errors of %v, want one for each of %v", bad, want)
	}
	if f.total() != 0 {
		t.Fatalf("%d requests sent for out-of-bounds parameters", f.total())
	}
	if _, err := c.ListJobs(ctx, &gen.ListClassifyJobsParams{PageSize: ptr[int32](100), Status: ptr(gen.ClassifyV2JobStatusCOMPLETED)}); err != nil {
		t.Fatalf("ListJobs with page_size 100: %v", err)
	}
	if _, err := c.ListFiles(ctx, &gen.ListFilesParams{PageSize: ptr[int32](1000)}); err != nil {
		t.Fatalf("ListFiles with page_size 1000: %v", err)
	}
	if f.total() != 2 {
		t.Fatalf("%d requests sent for two valid lists, want 2", f.total())
	}
}
