// Package pages parses the page selections of the classify APIs: the v2
// `target_pages` string ("1,3,5-7", 1-based) and the v1 list of 0-based
// page indexes, into one form the scorer and the client share.
package pages

import (
	"fmt"
	"strconv"
	"strings"
)

// Range is an inclusive range of 1-based page numbers.
type Range struct {
	First, Last int
}

// MaxPage bounds a page number, so that a selection like "1-999999999"
// cannot make a caller iterate forever.
const MaxPage = 100000

// Parse reads a v2 target_pages string: comma-separated page numbers and
// ranges, 1-based, each range ascending, the whole list in ascending order
// without overlaps ("1,3,5-7"). Spaces (not other white space, as in the
// contract's pattern) are allowed around numbers.
func Parse(s string) ([]Range, error) {
	if trimSpaces(s) == "" {
		return nil, fmt.Errorf("target_pages: empty; omit it to select every page")
	}
	var out []Range
	for _, part := range strings.Split(s, ",") {
		part = trimSpaces(part)
		first, last, isRange := strings.Cut(part, "-")
		a, err := pageNumber(first)
		if err != nil && !isRange {
			return nil, fmt.Errorf("target_pages: %w", err) // the error names the part
		}
		if err != nil {
			return nil, fmt.Errorf("target_pages: %q: %w", part, err)
		}
		b := a
		if isRange {
			if b, err = pageNumber(last); err != nil {
				return nil, fmt.Errorf("target_pages: %q: %w", part, err)
			}
			if b < a {
				return nil, fmt.Errorf("target_pages: %q: range runs backwards", part)
			}
		}
		if n := len(out); n > 0 && a <= out[n-1].Last {
			return nil, fmt.Errorf("target_pages: %q: pages must be listed in ascending order without overlaps", part)
		}
		out = append(out, Range{First: a, Last: b})
	}
	return out, nil
}

func trimSpaces(s string) string { return strings.Trim(s, " ") }

func pageNumber(s string) (int, error) {
	s = trimSpaces(s)
	if s == "" {
		return 0, fmt.Errorf("missing page number")
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, fmt.Errorf("%q is not a page number", s)
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || n > MaxPage {
		return 0, fmt.Errorf("page %s is beyond the last page allowed (%d)", s, MaxPage)
	}
	if n < 1 {
		return 0, fmt.Errorf("page %s: pages are numbered from 1", s)
	}
	return n, nil
}

// Format writes ranges back in the syntax Parse reads.
func Format(ranges []Range) string {
	parts := make([]string, len(ranges))
	for i, r := range ranges {
		if r.First == r.Last {
			parts[i] = strconv.Itoa(r.First)
		} else {
			parts[i] = strconv.Itoa(r.First) + "-" + strconv.Itoa(r.Last)
		}
	}
	return strings.Join(parts, ",")
}

// Selection says which pages of a document to read. The zero value selects
// every page.
type Selection struct {
	// Indexes, when not nil, lists the 0-based pages to read.
	Indexes []int
	// MaxPages, when positive, reads at most this many pages (of those
	// Indexes selects, in order).
	MaxPages int
}

// FromRanges turns 1-based ranges into a Selection of 0-based indexes.
func FromRanges(ranges []Range, maxPages int) Selection {
	sel := Selection{MaxPages: maxPages}
	if ranges != nil {
		sel.Indexes = []int{}
		for _, r := range ranges {
			for p := r.First; p <= r.Last; p++ {
				sel.Indexes = append(sel.Indexes, p-1)
			}
		}
	}
	return sel
}

// Pick returns the 0-based indexes of the pages to read from a document of
// total pages, in order.
func (s Selection) Pick(total int) []int {
	var out []int
	if s.Indexes == nil {
		for i := 0; i < total; i++ {
			out = append(out, i)
		}
	} else {
		for _, i := range s.Indexes {
			if i >= 0 && i < total {
				out = append(out, i)
			}
		}
	}
	if s.MaxPages > 0 && len(out) > s.MaxPages {
		out = out[:s.MaxPages]
	}
	return out
}
