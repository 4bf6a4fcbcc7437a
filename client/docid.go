package client

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"hash"
	"io"
	"strconv"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The identifiers ClassifyFiles derives, so that running the same
// classification again re-uses what an earlier run made instead of doing
// it twice: the file of a document is found by its external_file_id
// before it is uploaded, and a create that repeats a transaction_id
// returns the job first made with it.

// derivedPrefix starts every derived id.
const derivedPrefix = "llamaclassify-"

// derivedHexDigits is how much of a SHA-256 a derived id keeps: 128 bits.
const derivedHexDigits = 32

// ErrEmptyDocument is the error (wrapped, with the document's name) of a
// document that has no content: ClassifyFiles refuses it without sending
// anything for it.
var ErrEmptyDocument = errors.New("llamaclassify: the document is empty: nothing to classify")

// DeriveExternalFileID returns the external_file_id ClassifyFiles gives a
// document that has none of its own: "llamaclassify-" followed by the first
// 32 hex digits (128 bits) of the SHA-256 of name, a NUL byte, and the
// content, which it reads to its end.
//
// The same name and bytes always give the same id, so a run started again
// finds by ListFiles the files an earlier run stored. The name is part of
// it because the service stores the file under that name: two documents
// with the same content and different names are two files to their user.
func DeriveExternalFileID(name string, content io.Reader) (string, error) {
	h := newContentHash(name)
	if _, err := io.Copy(h, content); err != nil {
		return "", err
	}
	return derivedID(h), nil
}

// DeriveTransactionID returns the transaction_id ClassifyFiles sends to
// classify the file stored under externalFileID with cfg: "llamaclassify-"
// followed by the first 32 hex digits of the SHA-256 of externalFileID, a
// NUL byte and the JSON of cfg, which holds the rules (in order), the mode
// and the parsing options (pages, language). The same document classified
// the same way gets the same id; changing any of these gives a new job.
//
// When the job a transaction_id names was CANCELLED (the run that made it
// was stopped), ClassifyFiles makes a new one under the id followed by
// "-2", then "-3", and so on, stepping over at most ten cancelled jobs of
// one document.
func DeriveTransactionID(externalFileID string, cfg gen.ClassifyV2Configuration) string {
	h := sha256.New()
	h.Write([]byte(externalFileID))
	h.Write([]byte{0})
	// Marshalling generated structs cannot fail: no channels, no funcs,
	// and maps (if any) are written with sorted keys.
	b, _ := json.Marshal(cfg)
	h.Write(b)
	return derivedID(h)
}

// transactionGeneration is the transaction_id of the g-th job (from 1) of
// a document whose earlier jobs were found CANCELLED.
func transactionGeneration(base string, g int) string {
	if g <= 1 {
		return base
	}
	return base + "-" + strconv.Itoa(g)
}

// maxGenerations bounds how many cancelled jobs of one document
// ClassifyFiles steps over before it reports the last one.
const maxGenerations = 10

func newContentHash(name string) hash.Hash {
	h := sha256.New()
	h.Write([]byte(name))
	h.Write([]byte{0})
	return h
}

func derivedID(h hash.Hash) string {
	return derivedPrefix + hex.EncodeToString(h.Sum(nil))[:derivedHexDigits]
}

// errNoReader is the error of a Document.Open that returned neither a
// reader nor an error.
var errNoReader = errors.New("its Open returned no reader and no error")

// identity reads a document once, before anything is sent for it: it
// refuses an empty one, and derives its external_file_id unless the
// caller gave one (then it reads only the first byte). The read stops when
// ctx ends, even in the middle of a blocked Read, by closing the source.
//
// Hashing streams the content through SHA-256 in 64 KiB pieces; nothing is
// held whole. It costs one extra read of each document: the upload opens
// it again.
func identity(ctx context.Context, name string, open func() (io.ReadCloser, error), given string) (string, error) {
	src, err := open()
	if err != nil {
		return "", localError{openError(name, err)}
	}
	if src == nil {
		return "", localError{openError(name, errNoReader)}
	}
	stop := context.AfterFunc(ctx, func() { src.Close() })
	defer func() {
		if stop() {
			src.Close()
		}
	}()
	var h hash.Hash
	if given == "" {
		h = newContentHash(name)
	}
	var size int64
	buf := make([]byte, 64<<10)
	for {
		n, rerr := src.Read(buf)
		size += int64(n)
		if h != nil {
			h.Write(buf[:n])
		} else if size > 0 {
			break
		}
		if err := ctx.Err(); err != nil {
			return "", err
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return "", localError{openError(name, rerr)}
		}
	}
	if size == 0 {
		return "", localError{ErrEmptyDocument}
	}
	if given != "" {
		return given, nil
	}
	return derivedID(h), nil
}
