package emulator

import (
	"encoding/base64"
	"errors"
	"sort"
	"strconv"
	"strings"
)

// defaultPageSize is the page size of every list when the request gives
// none.
const defaultPageSize = 50

// errBadPageToken is answered 422 at ["query", "page_token"].
var errBadPageToken = errors.New("invalid page token: pass back the next_page_token of the previous page unchanged")

// A page token names the last item of the previous page: its list and its
// sequence number. Items are never deleted, so the item can always be found
// again and the next page starts right after it in the list's order, even
// when items were added or changed status in between: no item is listed
// twice and none that existed when the listing started is missed.
func encodeToken(kind string, seq uint64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + ":" + strconv.FormatUint(seq, 10)))
}

func decodeToken(kind, token string) (uint64, error) {
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil {
		return 0, errBadPageToken
	}
	k, n, ok := strings.Cut(string(raw), ":")
	if !ok || k != kind {
		return 0, errBadPageToken
	}
	seq, err := strconv.ParseUint(n, 10, 64)
	if err != nil || seq == 0 {
		return 0, errBadPageToken
	}
	return seq, nil
}

// paginate returns one page of sorted (the filtered items, in list order as
// defined by less) after the item named by token, and the token of the next
// page. all is the whole list the token may name, in ascending seq order.
func paginate[T any](all, sorted []T, seqOf func(T) uint64, less func(a, b T) bool, kind string, size int, token *string) ([]T, *string, error) {
	start := 0
	if token != nil && *token != "" {
		seq, err := decodeToken(kind, *token)
		if err != nil {
			return nil, nil, err
		}
		i := sort.Search(len(all), func(i int) bool { return seqOf(all[i]) >= seq })
		if i == len(all) || seqOf(all[i]) != seq {
			return nil, nil, errBadPageToken
		}
		anchor := all[i]
		start = sort.Search(len(sorted), func(i int) bool { return less(anchor, sorted[i]) })
	}
	if size <= 0 {
		size = defaultPageSize
	}
	end := min(start+size, len(sorted))
	page := sorted[start:end]
	if end == len(sorted) || len(page) == 0 {
		return page, nil, nil
	}
	next := encodeToken(kind, seqOf(page[len(page)-1]))
	return page, &next, nil
}

// newestFirst orders by descending sequence number: the newest item first.
func newestFirst[T any](seqOf func(T) uint64) func(a, b T) bool {
	return func(a, b T) bool { return seqOf(a) > seqOf(b) }
}
