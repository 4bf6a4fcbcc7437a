package emulator

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// maxFormField bounds a text field of the upload form.
const maxFormField = 64 << 10

// maxFileName is the longest file name the contract allows.
const maxFileName = 3000

// errTooLarge reports an upload over the limit.
var errTooLarge = errors.New("upload too large")

// UploadFile stores an uploaded file. The form is streamed: the file is read
// up to the size limit and no further, so an oversized upload is answered
// 413 without being held in memory. The form's fields are then checked
// against the contract's schema of the form.
func (s *Server) UploadFile(_ context.Context, req gen.UploadFileRequestObject) (gen.UploadFileResponseObject, error) {
	form := map[string]any{}
	var content []byte
	var name string
	for {
		part, err := req.Body.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return s.uploadFailed(err), nil
		}
		switch part.FormName() {
		case "file":
			name = safeFileName(part.FileName())
			content, err = readAtMost(part, s.cfg.maxUpload)
			if err != nil {
				part.Close()
				return s.uploadFailed(err), nil
			}
			// The schema checks presence and type; the bytes are not text.
			form["file"] = ""
		case "purpose", "external_file_id":
			v, err := readAtMost(part, maxFormField)
			if err != nil {
				part.Close()
				if errors.Is(err, errTooLarge) {
					d := []gen.ValidationError{newDetail([]any{"body", part.FormName()}, "string_too_long",
						fmt.Sprintf("String should have at most %d characters", maxFormField), nil)}
					return gen.UploadFile422JSONResponse{ValidationFailedJSONResponse: gen.ValidationFailedJSONResponse{Detail: &d}}, nil
				}
				return s.uploadFailed(err), nil
			}
			form[part.FormName()] = string(v)
		default:
			// Unknown fields are ignored, as the service does; drain them.
			if _, err := io.Copy(io.Discard, part); err != nil {
				part.Close()
				return s.uploadFailed(err), nil
			}
		}
		part.Close()
	}
	if bad := schemaDetails(s.uploadSchema.VisitJSON(form, append(openapi.SchemaOptions(), openapi3.MultiErrors())...), []any{"body"}); len(bad) > 0 {
		return gen.UploadFile422JSONResponse{ValidationFailedJSONResponse: gen.ValidationFailedJSONResponse{Detail: &bad}}, nil
	}

	f := gen.FileV2{
		Name:    name,
		Purpose: strPtr(form["purpose"].(string)),
	}
	if ext, ok := form["external_file_id"].(string); ok {
		f.ExternalFileId = &ext
	}
	stored := s.storeFile(s.projectID(req.Params.ProjectId), f, content)
	return gen.UploadFile201JSONResponse(stored), nil
}

// uploadFailed answers a form that could not be read: 413 when it is over
// the limit, 422 otherwise.
func (s *Server) uploadFailed(err error) gen.UploadFileResponseObject {
	if errors.Is(err, errTooLarge) || tooLarge(err) {
		return gen.UploadFiledefaultJSONResponse{StatusCode: http.StatusRequestEntityTooLarge, Body: gen.HTTPError{Detail: s.tooLargeMessage()}}
	}
	d := []gen.ValidationError{newDetail([]any{"body"}, "value_error", "cannot read the multipart form: "+err.Error(), nil)}
	return gen.UploadFile422JSONResponse{ValidationFailedJSONResponse: gen.ValidationFailedJSONResponse{Detail: &d}}
}

// readAtMost reads r whole if it holds at most limit bytes, and reports
// errTooLarge, having read limit+1 bytes, if it holds more.
func readAtMost(r io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, errTooLarge
	}
	return buf.Bytes(), nil
}

// safeFileName reduces a client's file name to a plain base name: no
// directories (of either slash), no "..", no control characters, valid
// UTF-8, at most maxFileName bytes. The emulator never writes files, but the
// name is echoed to clients that might.
func safeFileName(raw string) string {
	name := strings.ToValidUTF8(raw, "")
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, name)
	name = strings.TrimSpace(name)
	for strings.HasPrefix(name, "..") {
		name = strings.TrimLeft(name[2:], ".")
	}
	if name == "" || name == "." {
		name = "upload"
	}
	for len(name) > maxFileName {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	return name
}

// storeFile stores a file, filling what the caller left out.
func (s *Server) storeFile(proj string, f gen.FileV2, content []byte) gen.FileV2 {
	now := s.now()
	if f.Id == "" {
		f.Id = "dfl-" + uuid.NewString()
	}
	if f.ProjectId == uuid.Nil {
		f.ProjectId = uuid.MustParse(proj)
	}
	if f.Name == "" {
		f.Name = "upload"
	}
	if f.FileType == nil {
		if ext := strings.ToLower(strings.TrimPrefix(path.Ext(f.Name), ".")); ext != "" {
			f.FileType = &ext
		}
	}
	if f.LastModifiedAt == nil {
		f.LastModifiedAt = timePtr(now)
	}
	proj = f.ProjectId.String()
	s.mu.Lock()
	defer s.mu.Unlock()
	rec := &fileRec{seq: s.nextSeq(), project: proj, meta: f, content: content}
	if old := s.files[f.Id]; old != nil {
		// A fixture that reuses an id replaces the file in both indexes.
		op := s.projects[old.project]
		for i, x := range op.files {
			if x == old {
				op.files = append(op.files[:i:i], op.files[i+1:]...)
				break
			}
		}
	}
	s.files[f.Id] = rec
	p := s.projectLocked(proj)
	p.files = append(p.files, rec)
	return f
}

// fileOrder is the order of a files listing, from order_by.
type fileOrder []struct {
	field string
	desc  bool
}

func parseFileOrder(s *string) (fileOrder, error) {
	if s == nil || strings.TrimSpace(*s) == "" {
		return nil, nil
	}
	var o fileOrder
	for _, part := range strings.Split(*s, ",") {
		fields := strings.Fields(part)
		if len(fields) == 0 || len(fields) > 2 || len(fields) == 2 && !strings.EqualFold(fields[1], "desc") && !strings.EqualFold(fields[1], "asc") {
			return nil, fmt.Errorf("order_by: %q is not '<field>' or '<field> desc'", strings.TrimSpace(part))
		}
		switch fields[0] {
		case "name", "last_modified_at", "file_size", "file_type", "external_file_id", "id", "created_at":
		default:
			return nil, fmt.Errorf("order_by: unknown field %q; use name, last_modified_at, created_at, file_size, file_type, external_file_id or id", fields[0])
		}
		o = append(o, struct {
			field string
			desc  bool
		}{fields[0], len(fields) == 2 && strings.EqualFold(fields[1], "desc")})
	}
	return o, nil
}

// less orders files by the fields of o, then newest first.
func (o fileOrder) less(a, b *fileRec) bool {
	for _, k := range o {
		var c int
		switch k.field {
		case "name":
			c = cmp.Compare(a.meta.Name, b.meta.Name)
		case "last_modified_at":
			c = cmpTime(a.meta.LastModifiedAt, b.meta.LastModifiedAt)
		case "file_size":
			c = cmp.Compare(len(a.content), len(b.content))
		case "file_type":
			c = cmp.Compare(deref(a.meta.FileType), deref(b.meta.FileType))
		case "external_file_id":
			c = cmp.Compare(deref(a.meta.ExternalFileId), deref(b.meta.ExternalFileId))
		case "id":
			c = cmp.Compare(a.meta.Id, b.meta.Id)
		case "created_at":
			c = cmp.Compare(a.seq, b.seq)
		}
		if k.desc {
			c = -c
		}
		if c != 0 {
			return c < 0
		}
	}
	return a.seq > b.seq
}

func cmpTime(a, b *time.Time) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return a.Compare(*b)
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// ListFiles lists the project's files, newest first unless order_by says
// otherwise, filtered.
func (s *Server) ListFiles(_ context.Context, req gen.ListFilesRequestObject) (gen.ListFilesResponseObject, error) {
	q := req.Params
	order, err := parseFileOrder(q.OrderBy)
	if err != nil {
		d := []gen.ValidationError{newDetail([]any{"query", "order_by"}, "value_error", err.Error(), nil)}
		return gen.ListFiles422JSONResponse{ValidationFailedJSONResponse: gen.ValidationFailedJSONResponse{Detail: &d}}, nil
	}
	var ids map[string]bool
	if q.FileIds != nil {
		ids = map[string]bool{}
		for _, id := range *q.FileIds {
			ids["dfl-"+id.String()] = true
		}
	}
	proj := s.projectID(q.ProjectId)
	s.mu.RLock()
	defer s.mu.RUnlock()
	var all []*fileRec
	if p := s.projects[proj]; p != nil {
		all = p.files
	}
	var matched []*fileRec
	for i := len(all) - 1; i >= 0; i-- {
		f := all[i]
		if ids != nil && !ids[f.meta.Id] ||
			q.FileName != nil && f.meta.Name != *q.FileName ||
			q.ExternalFileId != nil && (f.meta.ExternalFileId == nil || *f.meta.ExternalFileId != *q.ExternalFileId) {
			continue
		}
		matched = append(matched, f)
	}
	less := order.less
	if order != nil {
		slices.SortFunc(matched, func(a, b *fileRec) int {
			switch {
			case less(a, b):
				return -1
			case less(b, a):
				return 1
			}
			return 0
		})
	}
	seqOf := func(f *fileRec) uint64 { return f.seq }
	page, next, err := paginate(all, matched, seqOf, less, "files", intOr(q.PageSize, defaultPageSize), q.PageToken)
	if err != nil {
		return gen.ListFiles422JSONResponse{ValidationFailedJSONResponse: badToken()}, nil
	}
	items := make([]gen.FileV2, len(page))
	for i, f := range page {
		items[i] = f.meta
	}
	total := int64(len(matched))
	return gen.ListFiles200JSONResponse{Items: items, NextPageToken: next, TotalSize: &total}, nil
}
