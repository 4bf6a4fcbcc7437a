package emulator

import (
	"encoding/base64"
	"errors"
	"math"
	"strconv"
	"strings"
)

// defaultPageSize is the page size of every list when the request gives
// none.
const defaultPageSize = 50

// errBadPageToken is answered 422 at ["query", "page_token"].
var errBadPageToken = errors.New("invalid page token: pass back the next_page_token of the previous page unchanged")

// A page token names the last item of the previous page: its list and its
// sequence number. Items stay in the store (a deleted file keeps its
// place, without content), so the item can always be found again and the
// next page starts right after it in the list's order, even when items
// were added or changed status in between: no item is listed twice and
// none that existed when the listing started is missed.
func encodeToken(kind string, seq int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + ":" + strconv.FormatInt(seq, 10)))
}

// decodeToken returns the sequence number a token of the list names, or 0
// for no token (the first page).
func decodeToken(kind string, token *string) (int64, error) {
	if token == nil || *token == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(*token)
	if err != nil {
		return 0, errBadPageToken
	}
	k, n, ok := strings.Cut(string(raw), ":")
	if !ok || k != kind {
		return 0, errBadPageToken
	}
	seq, err := strconv.ParseInt(n, 10, 64)
	if err != nil || seq <= 0 || seq == math.MaxInt64 {
		return 0, errBadPageToken
	}
	return seq, nil
}

// nextToken is the token of the page after p, nil when p is the last.
func nextToken[T interface{ seq() int64 }](kind string, p page[T]) *string {
	if !p.More || len(p.Items) == 0 {
		return nil
	}
	t := encodeToken(kind, p.Items[len(p.Items)-1].seq())
	return &t
}

func (f fileRecord) seq() int64 { return f.Seq }
func (j jobRecord) seq() int64  { return j.Seq }

// maxPageSize bounds a page whatever the request asks: the store is asked
// for one item more than the page, which must not overflow.
const maxPageSize = 1 << 20

// pageSize is the page size a request asks for, the default when it gives
// none or a size below 1, at most maxPageSize.
func pageSize(p *int32) int {
	if p == nil || *p <= 0 {
		return defaultPageSize
	}
	return min(int(*p), maxPageSize)
}
