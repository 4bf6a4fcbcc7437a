package emulator

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// downloadURLTTL is how long a presigned download URL works.
const downloadURLTTL = time.Hour

// contentPathPrefix and contentPathSuffix frame the route a presigned
// download URL points at: the service's own path for a file's content.
const (
	contentPathPrefix = "/api/v1/beta/files/"
	contentPathSuffix = "/content"
)

type baseURLKey struct{}

// withBaseURL records the scheme and host a request reached the emulator
// at, so that a presigned URL points back at the same place.
func withBaseURL(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme := "http"
		if r.TLS != nil {
			scheme = "https"
		}
		ctx := context.WithValue(r.Context(), baseURLKey{}, scheme+"://"+r.Host)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func fileNotFound(id uuid.UUID) gen.HTTPError {
	return gen.HTTPError{Detail: "File dfl-" + id.String() + " not found"}
}

// GetFile returns a file's metadata and, with expand=download_url, a
// presigned URL to its content.
func (s *Server) GetFile(ctx context.Context, req gen.GetFileRequestObject) (gen.GetFileResponseObject, error) {
	f, err := s.store.GetFile(ctx, s.projectID(req.Params.ProjectId), "dfl-"+req.FileId.String())
	if errors.Is(err, errNotFound) {
		return gen.GetFile404JSONResponse{NotFoundJSONResponse: gen.NotFoundJSONResponse(fileNotFound(req.FileId))}, nil
	}
	if err != nil {
		return nil, err
	}
	meta := f.Meta
	if req.Params.Expand != nil && slices.Contains(*req.Params.Expand, "download_url") {
		base, _ := ctx.Value(baseURLKey{}).(string)
		meta.DownloadUrl = s.presign(base, meta.ProjectId.String(), req.FileId)
	}
	return gen.GetFile200JSONResponse(meta), nil
}

// DeleteFile deletes a file of the project. Jobs that already read it keep
// their results.
func (s *Server) DeleteFile(ctx context.Context, req gen.DeleteFileRequestObject) (gen.DeleteFileResponseObject, error) {
	err := s.store.DeleteFile(ctx, s.projectID(req.Params.ProjectId), "dfl-"+req.FileId.String())
	if errors.Is(err, errNotFound) {
		return gen.DeleteFile404JSONResponse{NotFoundJSONResponse: gen.NotFoundJSONResponse(fileNotFound(req.FileId))}, nil
	}
	if err != nil {
		return nil, err
	}
	return gen.DeleteFile204Response{}, nil
}

// presign makes a URL that serves the file's content without an API key
// until it expires.
func (s *Server) presign(base, project string, id uuid.UUID) *gen.PresignedUrl {
	expires := s.now().Add(downloadURLTTL).Truncate(time.Second)
	q := url.Values{}
	q.Set("expires", strconv.FormatInt(expires.Unix(), 10))
	q.Set("project_id", project)
	q.Set("signature", s.signature(project+"/"+id.String(), expires.Unix()))
	u := base + contentPathPrefix + id.String() + contentPathSuffix + "?" + q.Encode()
	return &gen.PresignedUrl{Url: u, ExpiresAt: expires}
}

func (s *Server) signature(id string, expires int64) string {
	m := hmac.New(sha256.New, s.signingKey)
	m.Write([]byte(id + "\n" + strconv.FormatInt(expires, 10)))
	return hex.EncodeToString(m.Sum(nil))
}

func newSigningKey() []byte {
	k := make([]byte, 32)
	_, _ = rand.Read(k)
	return k
}

// serveContent answers a presigned download URL, which needs no API key:
// its signature is the credential.
func (s *Server) serveContent(w http.ResponseWriter, r *http.Request) bool {
	if r.Method != http.MethodGet || !strings.HasPrefix(r.URL.Path, contentPathPrefix) || !strings.HasSuffix(r.URL.Path, contentPathSuffix) {
		return false
	}
	raw := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, contentPathPrefix), contentPathSuffix)
	id, err := uuid.Parse(raw)
	if err != nil || raw != id.String() {
		return false
	}
	expires, err := strconv.ParseInt(r.URL.Query().Get("expires"), 10, 64)
	project := r.URL.Query().Get("project_id")
	// A signature that is not hex whole is none: DecodeString returns
	// the bytes before a bad character, so trailing junk would pass.
	sig, sigErr := hex.DecodeString(r.URL.Query().Get("signature"))
	want, _ := hex.DecodeString(s.signature(project+"/"+id.String(), expires))
	if err != nil || sigErr != nil || !hmac.Equal(sig, want) || s.now().Unix() > expires {
		writeJSON(w, http.StatusForbidden, gen.HTTPError{Detail: "The download URL is invalid or has expired"})
		return true
	}
	f, err := s.store.GetFile(r.Context(), project, "dfl-"+id.String())
	var content io.ReadSeekCloser
	if err == nil {
		content, err = s.store.OpenFile(r.Context(), f)
	}
	if errors.Is(err, errNotFound) {
		writeJSON(w, http.StatusNotFound, fileNotFound(id))
		return true
	}
	if err != nil {
		s.internalErrorHandler(w, r, err)
		return true
	}
	defer content.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", "attachment; filename="+strconv.Quote(path.Base(f.Meta.Name)))
	w.Header().Set("Content-Length", strconv.FormatInt(f.Size, 10))
	// Streamed from the store: a large file is never read whole.
	_, _ = io.Copy(w, content)
	return true
}
