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

// UploadFile stores an uploaded file. The form is streamed: the file goes
// to the store's staging area as it arrives (a file on disk for a store
// with a data directory), read up to the size limit and no further, so an
// oversized upload is answered 413 without being held whole. The form's
// fields are then checked against the contract's schema of the form, and
// the file is stored.
func (s *Server) UploadFile(ctx context.Context, req gen.UploadFileRequestObject) (gen.UploadFileResponseObject, error) {
	form := map[string]any{}
	var content *staged
	defer func() {
		if content != nil {
			content.discard()
		}
	}()
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
			if content != nil {
				part.Close()
				d := []gen.ValidationError{newDetail([]any{"body", "file"}, "value_error", "Expected one file, got several: send each file in an upload of its own", nil)}
				return gen.UploadFile422JSONResponse{ValidationFailedJSONResponse: gen.ValidationFailedJSONResponse{Detail: &d}}, nil
			}
			name = safeFileName(part.FileName())
			content, err = s.store.Stage(ctx, part, s.cfg.maxUpload)
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
	stored, err := s.putFile(ctx, s.projectID(req.Params.ProjectId), f, content)
	content = nil
	if err != nil {
		var limit *limitError
		if errors.As(err, &limit) {
			return gen.UploadFiledefaultJSONResponse{StatusCode: http.StatusInsufficientStorage, Body: gen.HTTPError{Detail: limit.msg}}, nil
		}
		return nil, err
	}
	return gen.UploadFile201JSONResponse(stored), nil
}

// uploadFailed answers a form that could not be read: 408 when it came too
// slowly, 413 when it is over the limit, 422 otherwise.
func (s *Server) uploadFailed(err error) gen.UploadFileResponseObject {
	if timedOut(err) {
		return gen.UploadFiledefaultJSONResponse{StatusCode: http.StatusRequestTimeout, Body: gen.HTTPError{Detail: "The upload was too slow: the body must keep arriving"}}
	}
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
		// Bidirectional controls (a right-to-left override) make a name
		// read otherwise than it is: "invoice\u202Efdp.exe".
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
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

// storeFile stages content of n bytes and stores it as a file.
func (s *Server) storeFile(ctx context.Context, proj string, f gen.FileV2, r io.Reader, n int64) (gen.FileV2, error) {
	c, err := s.store.Stage(ctx, r, n)
	if err != nil {
		return gen.FileV2{}, err
	}
	return s.putFile(ctx, proj, f, c)
}

// putFile stores a file with staged content, filling what the caller left
// out. It consumes c.
func (s *Server) putFile(ctx context.Context, proj string, f gen.FileV2, c *staged) (gen.FileV2, error) {
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
	rec, err := s.store.PutFile(ctx, fileRecord{Meta: f}, c)
	if err != nil {
		return gen.FileV2{}, err
	}
	return rec.Meta, nil
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

// compare orders files by the fields of o, then newest first;
// sqliteStore.ListFiles orders by the same columns (fileOrderColumns).
func (o fileOrder) compare(a, b *fileRecord) int {
	for _, k := range o {
		var c int
		switch k.field {
		case "name":
			c = cmp.Compare(a.Meta.Name, b.Meta.Name)
		case "last_modified_at":
			c = cmpTime(a.Meta.LastModifiedAt, b.Meta.LastModifiedAt)
		case "file_size":
			c = cmp.Compare(a.Size, b.Size)
		case "file_type":
			c = cmp.Compare(deref(a.Meta.FileType), deref(b.Meta.FileType))
		case "external_file_id":
			c = cmp.Compare(deref(a.Meta.ExternalFileId), deref(b.Meta.ExternalFileId))
		case "id":
			c = cmp.Compare(a.Meta.Id, b.Meta.Id)
		case "created_at":
			c = cmp.Compare(a.Seq, b.Seq)
		}
		if k.desc {
			c = -c
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Compare(b.Seq, a.Seq)
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
func (s *Server) ListFiles(ctx context.Context, req gen.ListFilesRequestObject) (gen.ListFilesResponseObject, error) {
	q := req.Params
	order, err := parseFileOrder(q.OrderBy)
	if err != nil {
		d := []gen.ValidationError{newDetail([]any{"query", "order_by"}, "value_error", err.Error(), nil)}
		return gen.ListFiles422JSONResponse{ValidationFailedJSONResponse: gen.ValidationFailedJSONResponse{Detail: &d}}, nil
	}
	after, err := decodeToken("files", q.PageToken)
	if err != nil {
		return gen.ListFiles422JSONResponse{ValidationFailedJSONResponse: badToken()}, nil
	}
	fq := fileQuery{
		Project:        s.projectID(q.ProjectId),
		Name:           q.FileName,
		ExternalFileID: q.ExternalFileId,
		Order:          order,
		After:          after,
		Size:           pageSize(q.PageSize),
	}
	if q.FileIds != nil {
		fq.IDs = []string{}
		for _, id := range *q.FileIds {
			fq.IDs = append(fq.IDs, "dfl-"+id.String())
		}
	}
	p, err := s.store.ListFiles(ctx, fq)
	if errors.Is(err, errBadPageToken) {
		return gen.ListFiles422JSONResponse{ValidationFailedJSONResponse: badToken()}, nil
	}
	if err != nil {
		return nil, err
	}
	items := make([]gen.FileV2, len(p.Items))
	for i, f := range p.Items {
		items[i] = f.Meta
	}
	return gen.ListFiles200JSONResponse{Items: items, NextPageToken: nextToken("files", p), TotalSize: &p.Total}, nil
}
