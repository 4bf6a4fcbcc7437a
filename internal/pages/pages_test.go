package pages

import (
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	good := map[string][]Range{
		"1":           {{1, 1}},
		"1,3,5-7":     {{1, 1}, {3, 3}, {5, 7}},
		" 2 - 4 , 9 ": {{2, 4}, {9, 9}},
		"1-1,2":       {{1, 1}, {2, 2}},
		"100000":      {{100000, 100000}},
	}
	for in, want := range good {
		got, err := Parse(in)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	bad := map[string]string{
		"":                     "empty",
		"0":                    "numbered from 1",
		"3-1":                  "backwards",
		"3,1":                  "ascending",
		"1-5,4":                "ascending",
		"a":                    "not a page number",
		"1,,2":                 "missing",
		"-3":                   "missing",
		"1-":                   "missing",
		"+1":                   "not a page number",
		"1.5":                  "not a page number",
		"100001":               "beyond",
		"10-20,21-30,":         "missing",
		"99999999999999999999": "beyond",
	}
	for in, want := range bad {
		_, err := Parse(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) error = %v; want it to mention %q", in, err, want)
		}
	}
	// The error names the part once.
	for in, want := range map[string]string{
		"abc":   `target_pages: "abc" is not a page number`,
		"1,0":   `target_pages: page 0: pages are numbered from 1`,
		"1-x":   `target_pages: "1-x": "x" is not a page number`,
		"2,5-3": `target_pages: "5-3": range runs backwards`,
	} {
		if _, err := Parse(in); err == nil || err.Error() != want {
			t.Errorf("Parse(%q) error = %v; want %s", in, err, want)
		}
	}
}

func TestFormatRoundTrip(t *testing.T) {
	for _, in := range []string{"1", "1,3,5-7", "2-4,9,11-12"} {
		r, err := Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := Format(r); got != in {
			t.Errorf("Format(Parse(%q)) = %q", in, got)
		}
	}
}

func TestSelectionPick(t *testing.T) {
	r, _ := Parse("2,4-6")
	cases := []struct {
		sel   Selection
		total int
		want  []int
	}{
		{Selection{}, 3, []int{0, 1, 2}},
		{Selection{MaxPages: 2}, 5, []int{0, 1}},
		{FromRanges(r, 0), 10, []int{1, 3, 4, 5}},
		{FromRanges(r, 0), 4, []int{1, 3}},
		{FromRanges(r, 2), 10, []int{1, 3}},
		{Selection{Indexes: []int{0, 7}}, 3, []int{0}},
		{Selection{Indexes: []int{}}, 3, nil},
	}
	for i, c := range cases {
		if got := c.sel.Pick(c.total); !reflect.DeepEqual(got, c.want) {
			t.Errorf("case %d: Pick(%d) = %v, want %v", i, c.total, got, c.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1", "1,3,5-7", "3-1", "", " 2 - 4 ", "0", "1,,2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Parse(s)
		if err != nil {
			return
		}
		// Whatever parses is ascending, 1-based, and formats to something
		// that parses to the same ranges.
		for i, x := range r {
			if x.First < 1 || x.Last < x.First || x.Last > MaxPage || (i > 0 && x.First <= r[i-1].Last) {
				t.Fatalf("Parse(%q) accepted %v", s, r)
			}
		}
		again, err := Parse(Format(r))
		if err != nil || !reflect.DeepEqual(again, r) {
			t.Fatalf("Format(Parse(%q)) does not round trip: %v %v", s, again, err)
		}
	})
}
