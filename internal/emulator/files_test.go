package emulator

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"
	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func TestUploadFile(t *testing.T) {
	e := newEnv(t)
	ct, body := multipartForm(t, "Invoice.PDF", []byte("%PDF-1.4 ..."), map[string]string{"purpose": "classify", "external_file_id": "sha-123"})
	resp, err := e.c.UploadFileWithBodyWithResponse(ctx(t), nil, ct, body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != http.StatusCreated || resp.JSON201 == nil {
		t.Fatalf("%d %s", resp.StatusCode(), resp.Body)
	}
	f := resp.JSON201
	if !strings.HasPrefix(f.Id, "dfl-") || f.Name != "Invoice.PDF" || deref(f.FileType) != "pdf" ||
		deref(f.Purpose) != "classify" || deref(f.ExternalFileId) != "sha-123" ||
		f.ProjectId.String() != DefaultProjectID || f.LastModifiedAt == nil {
		t.Fatalf("stored %+v", f)
	}
	if got := e.srv.Stats().Files; got != 1 {
		t.Fatalf("Stats().Files = %d", got)
	}
}

func TestUploadRefusesAnInvalidForm(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		name     string
		content  []byte
		fields   map[string]string
		loc, typ string
	}{
		{"no purpose", []byte("x"), nil, "body.purpose", "missing"},
		{"no file", nil, map[string]string{"purpose": "classify"}, "body.file", "missing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct, body := multipartForm(t, "a.txt", c.content, c.fields)
			resp, err := e.c.UploadFileWithBodyWithResponse(ctx(t), nil, ct, body)
			if err != nil {
				t.Fatal(err)
			}
			if ds := details422(t, resp.StatusCode(), resp.Body); !hasDetail(ds, c.loc, c.typ) {
				t.Fatalf("details %+v, want %s at %s", ds, c.typ, c.loc)
			}
		})
	}
	t.Run("not multipart", func(t *testing.T) {
		resp, err := e.c.UploadFileWithBodyWithResponse(ctx(t), nil, "application/json", strings.NewReader(`{}`))
		if err != nil {
			t.Fatal(err)
		}
		details422(t, resp.StatusCode(), resp.Body)
	})
	if n := e.srv.Stats().Files; n != 0 {
		t.Fatalf("%d files stored from invalid forms", n)
	}
}

func TestUploadOverTheLimitIs413(t *testing.T) {
	e := newEnv(t, WithMaxUploadSize(1024))
	ct, body := multipartForm(t, "big.txt", bytes.Repeat([]byte("a"), 1025), map[string]string{"purpose": "classify"})
	resp, err := e.c.UploadFileWithBodyWithResponse(ctx(t), nil, ct, body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != http.StatusRequestEntityTooLarge || resp.JSONDefault == nil || !strings.Contains(resp.JSONDefault.Detail, "1024") {
		t.Fatalf("%d %s, want 413 naming the limit", resp.StatusCode(), resp.Body)
	}
	ct, body = multipartForm(t, "exact.txt", bytes.Repeat([]byte("a"), 1024), map[string]string{"purpose": "classify"})
	if ok, _ := e.c.UploadFileWithBodyWithResponse(ctx(t), nil, ct, body); ok.StatusCode() != http.StatusCreated {
		t.Fatalf("a file of exactly the limit: %d %s", ok.StatusCode(), ok.Body)
	}
	if n := e.srv.Stats().Files; n != 1 {
		t.Fatalf("%d files stored, want 1", n)
	}
}

// countingReader counts what the server reads of an endless body.
type countingReader struct {
	n     atomic.Int64
	limit int64
	head  []byte
}

func (r *countingReader) Read(p []byte) (int, error) {
	done := r.n.Load()
	if done >= r.limit {
		return 0, io.EOF
	}
	n := int64(len(p))
	if n > r.limit-done {
		n = r.limit - done
	}
	for i := range p[:n] {
		if off := done + int64(i); off < int64(len(r.head)) {
			p[i] = r.head[off]
		} else {
			p[i] = 'a'
		}
	}
	r.n.Add(n)
	return int(n), nil
}

func TestOversizedUploadIsNotReadWhole(t *testing.T) {
	srv := New(WithMaxUploadSize(64 << 10))
	defer srv.Close()
	var head bytes.Buffer
	w := multipart.NewWriter(&head)
	_ = w.WriteField("purpose", "classify")
	if _, err := w.CreateFormFile("file", "huge.txt"); err != nil {
		t.Fatal(err)
	}
	// A 64 MiB body of unknown length (chunked), a thousand times the limit.
	body := &countingReader{limit: 64 << 20, head: head.Bytes()}
	req := httptest.NewRequest(http.MethodPost, "/api/v1/beta/files", body)
	req.ContentLength = -1
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Authorization", "Bearer k")
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if read := body.n.Load(); read > 64<<10+multipartOverhead+64<<10 {
		t.Fatalf("read %d bytes of an oversized upload; it should stop near the limit", read)
	}

	// A declared length over the limit is refused before reading.
	body = &countingReader{limit: 64 << 20, head: head.Bytes()}
	req = httptest.NewRequest(http.MethodPost, "/api/v1/beta/files", body)
	req.ContentLength = 64 << 20
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Authorization", "Bearer k")
	rec = httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge || body.n.Load() != 0 {
		t.Fatalf("status %d after reading %d bytes, want 413 before reading", rec.Code, body.n.Load())
	}
}

func TestUploadedNamesAreSafeBaseNames(t *testing.T) {
	cases := map[string]string{
		"../../etc/passwd":         "passwd",
		`..\..\windows\win.ini`:    "win.ini",
		"dir/sub/report.pdf":       "report.pdf",
		"..":                       "upload",
		"../":                      "upload",
		"...hidden":                "hidden",
		"":                         "upload",
		"na\x00me\n.txt":           "name.txt",
		"C:\\Users\\me\\notes.txt": "notes.txt",
		"ok name.txt":              "ok name.txt",
		// A right-to-left override would show "invoiceexe.pdf".
		"invoice\u202Efdp.exe":         "invoicefdp.exe",
		"\u2067report\u2069\u200F.txt": "report.txt",
	}
	for in, want := range cases {
		if got := safeFileName(in); got != want {
			t.Errorf("safeFileName(%q) = %q, want %q", in, got, want)
		}
	}
	if got := safeFileName(strings.Repeat("é", 2000)); len(got) > maxFileName || !strings.HasPrefix(got, "é") {
		t.Errorf("a long name is kept at %d bytes, want at most %d of whole characters", len(got), maxFileName)
	}

	// Through HTTP, with a raw Content-Disposition that keeps the path.
	e := newEnv(t)
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("purpose", "classify")
	h := make(map[string][]string)
	h["Content-Disposition"] = []string{`form-data; name="file"; filename="..\\..\\secret\\evil.txt"`}
	part, err := w.CreatePart(h)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(part, "text")
	w.Close()
	resp, err := e.c.UploadFileWithBodyWithResponse(ctx(t), nil, w.FormDataContentType(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	if resp.JSON201 == nil || resp.JSON201.Name != "evil.txt" {
		t.Fatalf("%d %s, want the name evil.txt", resp.StatusCode(), resp.Body)
	}
}

func TestListFilesFiltersAndPages(t *testing.T) {
	e := newEnv(t)
	var ids []string
	for i := range 7 {
		ct, body := multipartForm(t, fmt.Sprintf("f%d.txt", i), []byte("x"), map[string]string{"purpose": "classify", "external_file_id": fmt.Sprintf("ext-%d", i%2)})
		resp, err := e.c.UploadFileWithBodyWithResponse(ctx(t), nil, ct, body)
		if err != nil || resp.JSON201 == nil {
			t.Fatal(err)
		}
		ids = append(ids, resp.JSON201.Id)
	}

	list := func(p gen.ListFilesParams) *gen.FileQueryResponse {
		t.Helper()
		resp, err := e.c.ListFilesWithResponse(ctx(t), &p)
		if err != nil || resp.JSON200 == nil {
			t.Fatalf("%v %s", err, resp.Body)
		}
		return resp.JSON200
	}
	names := func(fs []gen.FileV2) string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Name)
		}
		return strings.Join(out, ",")
	}

	if got := names(list(gen.ListFilesParams{}).Items); got != "f6.txt,f5.txt,f4.txt,f3.txt,f2.txt,f1.txt,f0.txt" {
		t.Errorf("default order %s, want newest first", got)
	}
	if got := names(list(gen.ListFilesParams{FileName: strPtr("f3.txt")}).Items); got != "f3.txt" {
		t.Errorf("file_name: %s", got)
	}
	if got := names(list(gen.ListFilesParams{ExternalFileId: strPtr("ext-1")}).Items); got != "f5.txt,f3.txt,f1.txt" {
		t.Errorf("external_file_id: %s", got)
	}
	if got := names(list(gen.ListFilesParams{FileIds: &[]openapi_types.UUID{fileUUID(t, ids[0]), fileUUID(t, ids[2]), uuid.New()}}).Items); got != "f2.txt,f0.txt" {
		t.Errorf("file_ids: %s", got)
	}
	if got := names(list(gen.ListFilesParams{OrderBy: strPtr("name")}).Items); got != "f0.txt,f1.txt,f2.txt,f3.txt,f4.txt,f5.txt,f6.txt" {
		t.Errorf("order_by name: %s", got)
	}
	if got := names(list(gen.ListFilesParams{OrderBy: strPtr("external_file_id desc, name")}).Items); got != "f1.txt,f3.txt,f5.txt,f0.txt,f2.txt,f4.txt,f6.txt" {
		t.Errorf("order_by external_file_id desc, name: %s", got)
	}

	// Pages of 3 in name order cover every file once.
	var seen []string
	p := gen.ListFilesParams{PageSize: intPtr(3), OrderBy: strPtr("name desc")}
	for range 10 {
		page := list(p)
		if deref(page.TotalSize) != 7 {
			t.Fatalf("total_size %v, want 7", page.TotalSize)
		}
		seen = append(seen, names(page.Items))
		if page.NextPageToken == nil {
			break
		}
		p.PageToken = page.NextPageToken
	}
	if got := strings.Join(seen, "|"); got != "f6.txt,f5.txt,f4.txt|f3.txt,f2.txt,f1.txt|f0.txt" {
		t.Fatalf("pages %s", got)
	}

	resp, err := e.c.ListFilesWithResponse(ctx(t), &gen.ListFilesParams{OrderBy: strPtr("size")})
	if err != nil {
		t.Fatal(err)
	}
	if ds := details422(t, resp.StatusCode(), resp.Body); !hasDetail(ds, "query.order_by", "value_error") {
		t.Fatalf("unknown order_by field: %+v", ds)
	}
	resp, err = e.c.ListFilesWithResponse(ctx(t), &gen.ListFilesParams{PageSize: intPtr(1001)})
	if err != nil {
		t.Fatal(err)
	}
	if ds := details422(t, resp.StatusCode(), resp.Body); !hasDetail(ds, "query.page_size", "less_than_equal") {
		t.Fatalf("page_size over 1000: %+v", ds)
	}
}

func intPtr(n int32) *int32 { return &n }

func TestFilesAreScopedToTheirProject(t *testing.T) {
	e := newEnv(t)
	other := mustUUID(t, "11111111-2222-4333-8444-555555555555")
	ct, body := multipartForm(t, "a.txt", []byte("invoice"), map[string]string{"purpose": "classify"})
	up, err := e.c.UploadFileWithBodyWithResponse(ctx(t), &gen.UploadFileParams{ProjectId: &other}, ct, body)
	if err != nil || up.JSON201 == nil {
		t.Fatalf("%v %v", up, err)
	}
	if up.JSON201.ProjectId != other {
		t.Fatalf("stored in %s, want %s", up.JSON201.ProjectId, other)
	}
	mine, err := e.c.ListFilesWithResponse(ctx(t), nil)
	if err != nil || len(mine.JSON200.Items) != 0 {
		t.Fatalf("the default project lists another's file: %v %v", mine, err)
	}
	theirs, err := e.c.ListFilesWithResponse(ctx(t), &gen.ListFilesParams{ProjectId: &other})
	if err != nil || len(theirs.JSON200.Items) != 1 {
		t.Fatalf("%v %v", theirs, err)
	}
	// A job of the default project cannot read it.
	job := e.createV2(v2Body(up.JSON201.Id), nil)
	e.clock.Advance(time.Second)
	if got := e.getV2(job.Id); got.Status != gen.ClassifyV2JobStatusFAILED {
		t.Fatalf("a job read another project's file: %s", got.Status)
	}
}

// fileUUID is the uuid of a dfl- file id, as the file paths and filters take it.
func fileUUID(t *testing.T, id string) openapi_types.UUID {
	t.Helper()
	u, err := uuid.Parse(strings.TrimPrefix(id, "dfl-"))
	if err != nil {
		t.Fatalf("file id %q: %v", id, err)
	}
	return u
}

// A download URL's signature is its credential: one changed, cut short or
// with anything after it is refused 403, and nothing is served.
func TestADownloadURLMustBeSignedExactly(t *testing.T) {
	e := newEnv(t)
	f := e.upload("a.txt", "the content")
	resp, err := e.c.GetFileWithResponse(ctx(t), mustUUID(t, strings.TrimPrefix(f.Id, "dfl-")), &gen.GetFileParams{Expand: &[]string{"download_url"}})
	if err != nil || resp.JSON200 == nil || resp.JSON200.DownloadUrl == nil {
		t.Fatalf("get: %v %s", err, resp.Body)
	}
	good := resp.JSON200.DownloadUrl.Url
	get := func(u string) (int, string) {
		r, err := http.Get(e.ts.URL + u[strings.Index(u, "/api/"):])
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(b)
	}
	if code, body := get(good); code != http.StatusOK || body != "the content" {
		t.Fatalf("the URL as given: %d %q", code, body)
	}
	i := strings.Index(good, "signature=") + len("signature=")
	flip := "0"
	if good[i] == '0' {
		flip = "1"
	}
	for name, u := range map[string]string{
		"trailing junk":    good[:i] + good[i:] + "x",
		"a digit more":     good[:i] + good[i:] + "0",
		"one changed":      good[:i] + flip + good[i+1:],
		"cut short by one": good[:len(good)-1],
		"no signature":     good[:i],
	} {
		if strings.Contains(good[i:], "&") {
			t.Fatalf("the signature is not the URL's last parameter: %s", good)
		}
		if code, body := get(u); code != http.StatusForbidden || strings.Contains(body, "the content") {
			t.Errorf("%s: %d %q, want 403", name, code, body)
		}
	}
}
