package client

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The purposes the service names for an upload. The contract types the
// purpose as a plain string, so a purpose the service adds later can be
// sent as it is.
const (
	PurposeUserData = "user_data"
	PurposeParse    = "parse"
	PurposeExtract  = "extract"
	PurposeClassify = "classify"
	PurposeSplit    = "split"
	PurposeSheet    = "sheet"
	PurposeAgentApp = "agent_app"
)

// Upload describes a file to upload. Set Path, or Open (with Name).
type Upload struct {
	// Path is a file on disk; it is reopened for every attempt.
	Path string
	// Name is the file's name on the service; default: the base of Path.
	Name string
	// Open, when set, is called for the content of every attempt (so it
	// must return the same content each time) and Path is only used for
	// the default Name. When an attempt ends before its content is read
	// whole (cancelled, or answered early), the content is closed, perhaps
	// during a Read, so that a read blocked on a pipe or a connection
	// returns.
	Open func() (io.ReadCloser, error)
	// Purpose says what the file is for (PurposeClassify, PurposeParse,
	// ...); default PurposeClassify.
	Purpose string
	// ExternalFileID is a key of your own to find the file by later (a hash
	// of the content, say). When empty a random one is set, so that an
	// upload whose outcome is unknown can be looked up before it is sent
	// again.
	ExternalFileID string
}

// unescaped says whether r is a control character a multipart header
// cannot carry.
func unescaped(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}

// openRegular opens the file at path for reading, unless it is a named
// pipe, a socket or a device: opening a pipe waits, uninterruptibly, for
// a writer that may never come, and none holds a document's content.
func openRegular(path string) (*os.File, error) {
	if info, err := os.Stat(path); err == nil && !info.IsDir() && !info.Mode().IsRegular() {
		return nil, &os.PathError{Op: "open", Path: path, Err: errNotRegular(info.Mode())}
	}
	return os.Open(path)
}

// errNotRegular says what a file that is not a regular file is.
func errNotRegular(m os.FileMode) error {
	kind := "a special file"
	switch {
	case m&os.ModeNamedPipe != 0:
		kind = "a named pipe"
	case m&os.ModeSocket != 0:
		kind = "a socket"
	case m&os.ModeCharDevice != 0:
		kind = "a character device"
	case m&os.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("is %s, not a regular file", kind)
}

// source returns the name and the opener of an upload's content.
func (u Upload) source() (string, func() (io.ReadCloser, error), error) {
	name := u.Name
	if name == "" && u.Path != "" {
		name = filepath.Base(u.Path)
	}
	open := u.Open
	if open == nil && u.Path != "" {
		path := u.Path
		open = func() (io.ReadCloser, error) { return openRegular(path) }
	}
	var bad []violation
	if open == nil {
		bad = append(bad, violation{Path: "file", Message: "required: set Upload.Path or Upload.Open"})
	} else if name == "" {
		bad = append(bad, violation{Path: "file", Message: "no file name: set Upload.Name"})
	} else if strings.ContainsFunc(name, unescaped) {
		// A multipart header cannot carry it (mime/multipart escapes
		// only tabs and line breaks): the service would refuse the form.
		bad = append(bad, violation{Path: "file", Message: fmt.Sprintf("the file name %q holds a control character", name)})
	}
	if len(bad) > 0 {
		return "", nil, &RequestInvalidError{Operation: "UploadFile", Violations: bad}
	}
	return name, open, nil
}

// UploadFile uploads one file and returns it, with the id ("dfl-...") to
// classify it by.
//
// The content is streamed from its source, never held whole in memory.
// An upload is retried when it provably did not reach the service or was
// rate limited; after an ambiguous failure (5xx, a connection lost
// mid-request) the file is first looked up by its external_file_id, and
// the file found is returned instead of uploading it twice. The lookup is
// also made when the last attempt fails that way.
//
// API: POST /api/v1/beta/files
func (c *Client) UploadFile(ctx context.Context, u Upload, opts ...CallOption) (*gen.FileV2, error) {
	const op = "UploadFile"
	t, err := c.tenancy(op, tenancy{}, opts)
	if err != nil {
		return nil, err
	}
	name, open, err := u.source()
	if err != nil {
		return nil, err
	}
	purpose := u.Purpose
	if purpose == "" {
		purpose = PurposeClassify
	}
	external := u.ExternalFileID
	if external == "" {
		external = "llamaclassify-" + rand.Text()
	}
	params := &gen.UploadFileParams{ProjectId: t.project, OrganizationId: t.org}
	var found *gen.FileV2
	resp, err := c.do(ctx, call{
		op:     op,
		safety: onceOnly,
		send: func(ctx context.Context) (*http.Response, error) {
			return c.sendUpload(ctx, params, name, open, purpose, external)
		},
		lookup: func(ctx context.Context) (bool, error) {
			var err error
			found, err = c.findByExternalID(ctx, external, gen.ListFilesParams{ProjectId: t.project, OrganizationId: t.org})
			return found != nil, err
		},
	})
	if errors.Is(err, errTookEffect) {
		return found, nil
	}
	if err != nil {
		return nil, err
	}
	return decode(op, resp, http.StatusCreated, (*gen.UploadFileResponse).GetJSON201)
}

// sendUpload sends one attempt of an upload, streaming the multipart body
// through a pipe from a freshly opened source.
func (c *Client) sendUpload(ctx context.Context, params *gen.UploadFileParams, name string, open func() (io.ReadCloser, error), purpose string, external string) (*http.Response, error) {
	src, err := open()
	if err != nil {
		return nil, localError{openError(name, err)}
	}
	if src == nil {
		return nil, localError{openError(name, errNoReader)}
	}
	var closeOnce sync.Once
	closeSrc := func() { closeOnce.Do(func() { src.Close() }) }
	pr, pw := io.Pipe()
	form := multipart.NewWriter(pw)
	written := make(chan error, 1)
	go func() {
		err := writeUploadForm(form, name, src, purpose, external)
		// Report before ending the body, so that the outcome is known by
		// the time the request sees the end.
		written <- err
		closeSrc()
		pw.CloseWithError(err)
	}()
	// When ctx ends, end the body at once: the transport returns a
	// cancelled request only once it is done reading the body, and the
	// writer may be blocked reading a source that has nothing to give yet
	// (a pipe, a network stream), which closing the source unblocks.
	stop := context.AfterFunc(ctx, func() {
		pw.CloseWithError(ctx.Err())
		closeSrc()
	})
	defer stop()
	resp, err := c.gen.UploadFileWithBody(ctx, params, form.FormDataContentType(), pr)
	// Unblock the writer if the request ended before reading it all.
	pr.CloseWithError(errUploadEnded)
	var werr error
	select {
	case werr = <-written:
	default:
		// The writer is still reading the source (the request ended before
		// the body did): its error will be the closing, not worth
		// reporting, and a source that ignores Close is not waited for
		// past the context's end.
		closeSrc()
		select {
		case <-written:
		case <-ctx.Done():
		}
	}
	if err != nil && ctx.Err() == nil && werr != nil && !errors.Is(werr, errUploadEnded) && !errors.Is(werr, io.ErrClosedPipe) {
		return nil, localError{fmt.Errorf("llamaclassify: read %s: %w", name, werr)}
	}
	if err != nil && ctx.Err() != nil && !errors.Is(err, ctx.Err()) {
		// The body's end may have been seen before the cancellation.
		err = fmt.Errorf("%w: %w", ctx.Err(), err)
	}
	return resp, err
}

var errUploadEnded = errors.New("upload request ended")

func writeUploadForm(form *multipart.Writer, name string, src io.Reader, purpose string, external string) error {
	if err := form.WriteField("purpose", string(purpose)); err != nil {
		return err
	}
	if err := form.WriteField("external_file_id", external); err != nil {
		return err
	}
	part, err := form.CreateFormFile("file", name)
	if err != nil {
		return err
	}
	if _, err := io.Copy(part, src); err != nil {
		return err
	}
	return form.Close()
}

// ListFiles returns one page of the project's files.
//
// API: GET /api/v1/beta/files
func (c *Client) ListFiles(ctx context.Context, params *gen.ListFilesParams, opts ...CallOption) (*gen.FileQueryResponse, error) {
	const op = "ListFiles"
	var p gen.ListFilesParams
	if params != nil {
		p = *params
	}
	t, err := c.tenancy(op, tenancy{p.ProjectId, p.OrganizationId}, opts)
	if err != nil {
		return nil, err
	}
	p.ProjectId, p.OrganizationId = t.project, t.org
	if err := checkParams(op, p); err != nil {
		return nil, err
	}
	resp, err := c.do(ctx, call{op: op, safety: repeatable, send: func(ctx context.Context) (*http.Response, error) {
		return c.gen.ListFiles(ctx, &p)
	}})
	if err != nil {
		return nil, err
	}
	return decode(op, resp, http.StatusOK, (*gen.ListFilesResponse).GetJSON200)
}

// Files iterates over the files params selects, following next_page_token
// from page to page. A failed request is yielded once as the error and ends
// the iteration; breaking out of the loop sends no further request.
func (c *Client) Files(ctx context.Context, params *gen.ListFilesParams, opts ...CallOption) iter.Seq2[gen.FileV2, error] {
	var p gen.ListFilesParams
	if params != nil {
		p = *params
	}
	return paginate(p.PageToken, func(token *string) ([]gen.FileV2, *string, error) {
		q := p
		q.PageToken = token
		page, err := c.ListFiles(ctx, &q, opts...)
		if err != nil {
			return nil, nil, err
		}
		return page.Items, page.NextPageToken, nil
	})
}

// findByExternalID returns the file stored under the external_file_id ext
// in the project params and opts name, or nil when there is none.
func (c *Client) findByExternalID(ctx context.Context, ext string, params gen.ListFilesParams, opts ...CallOption) (*gen.FileV2, error) {
	params.ExternalFileId = &ext
	page, err := c.ListFiles(ctx, &params, opts...)
	if err != nil {
		return nil, err
	}
	for i, f := range page.Items {
		if f.ExternalFileId != nil && *f.ExternalFileId == ext {
			return &page.Items[i], nil
		}
	}
	return nil, nil
}

// GetFile returns an uploaded file. fileID is the file's id as UploadFile
// returns it ("dfl-<uuid>") or its bare uuid, which is what the service's
// path takes. Set params.Expand to []string{"download_url"} for a presigned
// URL to the file's content.
//
// API: GET /api/v1/beta/files/{file_id}
func (c *Client) GetFile(ctx context.Context, fileID string, params *gen.GetFileParams, opts ...CallOption) (*gen.FileV2, error) {
	const op = "GetFile"
	var p gen.GetFileParams
	if params != nil {
		p = *params
	}
	t, err := c.tenancy(op, tenancy{p.ProjectId, p.OrganizationId}, opts)
	if err != nil {
		return nil, err
	}
	p.ProjectId, p.OrganizationId = t.project, t.org
	if err := checkParams(op, p); err != nil {
		return nil, err
	}
	id, err := fileUUID(op, fileID)
	if err != nil {
		return nil, err
	}
	resp, err := c.do(ctx, call{op: op, safety: repeatable, send: func(ctx context.Context) (*http.Response, error) {
		return c.gen.GetFile(ctx, id, &p)
	}})
	if err != nil {
		return nil, err
	}
	return decode(op, resp, http.StatusOK, (*gen.GetFileResponse).GetJSON200)
}

// DeleteFile deletes an uploaded file (by "dfl-<uuid>" or its bare uuid).
// A delete is safe to retry: when an earlier attempt of this same call
// deleted the file and a later one finds it gone, the call succeeds.
//
// API: DELETE /api/v1/beta/files/{file_id}
func (c *Client) DeleteFile(ctx context.Context, fileID string, opts ...CallOption) error {
	const op = "DeleteFile"
	t, err := c.tenancy(op, tenancy{}, opts)
	if err != nil {
		return err
	}
	id, err := fileUUID(op, fileID)
	if err != nil {
		return err
	}
	params := &gen.DeleteFileParams{ProjectId: t.project, OrganizationId: t.org}
	attempts := 0
	resp, err := c.do(ctx, call{op: op, safety: repeatable, attempts: &attempts, send: func(ctx context.Context) (*http.Response, error) {
		return c.gen.DeleteFile(ctx, id, params)
	}})
	if err != nil {
		if attempts > 1 && errors.Is(err, ErrNotFound) {
			return nil
		}
		return err
	}
	resp.Body.Close()
	return nil
}

// fileUUID is the uuid the file paths take, from a file id.
func fileUUID(op, id string) (openapi_types.UUID, error) {
	u, err := ClassifierFileID(id)
	if err != nil {
		return u, &RequestInvalidError{Operation: op, Violations: []violation{{
			Path: "path.file_id", Message: fmt.Sprintf("%q is not a file id (dfl-<uuid>) or a uuid", id),
		}}}
	}
	return u, nil
}

// openError words a failure to open an upload's content: "cannot read
// /data/a.pdf: no such file or directory", naming the file once (an
// *os.PathError names it again) and wrapping the cause for errors.Is.
func openError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("llamaclassify: cannot read %s: %w", pe.Path, pe.Err)
	}
	return fmt.Errorf("llamaclassify: cannot read %s: %w", name, err)
}
