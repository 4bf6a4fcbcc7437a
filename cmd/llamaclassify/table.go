package main

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// Tables are for people: columns two spaces apart, measured in the cells a
// terminal gives each character (a CJK character takes two, a combining
// accent none), and fitted to the terminal's width. Columns give way in
// this order, the widest first each time:
//   - sentences (reasoning, messages) wrap at word boundaries, down to
//     proseMin cells;
//   - plain values (statuses, counts) are cut, with an ellipsis;
//   - values that are of no use cut (ids, file names, keys, types) wrap,
//     whole, down to keyMin: after a "/" where they can, else after
//     a "_", "-" or ".";
//   - sentences wrap narrower, down to proseLeast.
// Times are shown to the second, in UTC, and never narrowed.
// Control characters in a value (a newline in a file's name) are shown
// escaped ("\n"), so that each row keeps its lines and a value cannot
// steer the terminal. The complete values are always in --format json.
//
// The width is the terminal's when stdout is one; when it is not (a table
// piped into a file or another program), $COLUMNS when set, else no limit,
// so that each row stays on one line for grep and the like.

// columnGap is the space between two columns.
const columnGap = "  "

// ellipsis ends a cut value.
const ellipsis = "…"

// colKind says how a column gives way when a table is too wide.
type colKind int

const (
	plainCol colKind = iota // cut, with an ellipsis
	proseCol                // wrapped at word boundaries, first
	keyCol                  // wrapped, last
	fixedCol                // never narrowed (a time, shown to the second)
)

// Narrowest widths a column is narrowed to (or its header's, if wider)
// before the next kind gives way: sentences read badly narrower than
// proseMin, and a value cut shorter than plainMin says little.
const (
	proseMin   = 24
	plainMin   = 10
	proseLeast = 12
	keyMin     = 12
)

// table is rows of cells under headers; kinds says how each column gives
// way (plainCol when not given).
type table struct {
	headers []string
	rows    [][]string
	kinds   []colKind
}

func (t table) kind(i int) colKind {
	if i < len(t.kinds) {
		return t.kinds[i]
	}
	return plainCol
}

// tableWidth is the width tables are fitted to, or 0 for no limit.
func (a *app) tableWidth() int {
	if a.stdoutTTY {
		if w := terminalWidth(a.stdout, 0); w > 0 {
			return w
		}
	}
	if n, err := strconv.Atoi(strings.TrimSpace(a.getenv("COLUMNS"))); err == nil && n > 0 {
		return n
	}
	return 0
}

// render writes the table fitted to width (0: no limit). Lines carry no
// trailing spaces.
func (t table) render(w io.Writer, width int) error {
	n := len(t.headers)
	natural := make([]int, n)
	for i, h := range t.headers {
		natural[i] = runewidth.StringWidth(h)
	}
	t.rows = slices.Clone(t.rows)
	for r, row := range t.rows {
		if slices.ContainsFunc(row, hasControl) {
			t.rows[r] = make([]string, len(row))
			for i, c := range row {
				t.rows[r][i] = escapeControl(c)
			}
		}
	}
	for _, row := range t.rows {
		for i := range n {
			natural[i] = max(natural[i], runewidth.StringWidth(cellAt(row, i)))
		}
	}
	widths := t.fit(natural, width)

	var b strings.Builder
	writeRow := func(cells []string) {
		wrapped := make([][]string, n)
		height := 1
		for i := range n {
			wrapped[i] = t.fitCell(i, cellAt(cells, i), widths[i])
			height = max(height, len(wrapped[i]))
		}
		for line := range height {
			var l strings.Builder
			for i := range n {
				part := ""
				if line < len(wrapped[i]) {
					part = wrapped[i][line]
				}
				if i > 0 {
					l.WriteString(columnGap)
				}
				if i < n-1 {
					part = runewidth.FillRight(part, widths[i])
				}
				l.WriteString(part)
			}
			b.WriteString(strings.TrimRight(l.String(), " "))
			b.WriteByte('\n')
		}
	}
	writeRow(t.headers)
	for _, row := range t.rows {
		writeRow(row)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func cellAt(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// fit narrows columns until the table fits width: the prose columns
// first, then the plain ones, then the identifiers, the widest first each
// time, none below its floor. A table that cannot fit even so is left
// wider.
func (t table) fit(natural []int, width int) []int {
	widths := append([]int(nil), natural...)
	if width <= 0 {
		return widths
	}
	total := len(columnGap) * (len(widths) - 1)
	for _, w := range widths {
		total += w
	}
	floor := func(i, least int) int {
		return min(natural[i], max(least, runewidth.StringWidth(t.headers[i])))
	}
	for _, step := range []struct {
		kind  colKind
		least int
	}{{proseCol, proseMin}, {plainCol, plainMin}, {keyCol, keyMin}, {proseCol, proseLeast}} {
		for total > width {
			widest := -1
			for i := range widths {
				if t.kind(i) != step.kind || widths[i] <= floor(i, step.least) {
					continue
				}
				if widest < 0 || widths[i] > widths[widest] {
					widest = i
				}
			}
			if widest < 0 {
				break
			}
			widths[widest]--
			total--
		}
	}
	return widths
}

// fitCell lays a cell out in width cells: lines of wrapped text, or one
// line cut with an ellipsis for a plain column.
func (t table) fitCell(i int, s string, width int) []string {
	switch k := t.kind(i); {
	case runewidth.StringWidth(s) <= width:
		return []string{s}
	case k == plainCol:
		return []string{runewidth.Truncate(s, width, ellipsis)}
	case k == keyCol:
		return wrapKey(s, width)
	}
	return wrapText(s, width)
}

// wrapKey breaks a value that must stay whole (a path, an id) into lines of
// at most width cells, each ending after a "/" where what follows it fits
// on one line or where it falls in the line's second half, else after a
// "_", "-" or "." there, else where the line ends: "docs/" and
// "payslip.txt", not "docs/payslip" and ".txt".
func wrapKey(s string, width int) []string {
	var lines []string
	for runewidth.StringWidth(s) > width {
		head := runewidth.Truncate(s, width, "")
		if head == "" { // a character wider than the column
			_, size := utf8.DecodeRuneInString(s)
			head = s[:size]
		}
		if cut := strings.LastIndex(head, "/"); cut >= 0 && runewidth.StringWidth(s[cut+1:]) <= width {
			lines = append(lines, head[:cut+1])
			s = s[cut+1:]
			continue
		}
		for _, seps := range []string{"/", "_-."} {
			if cut := strings.LastIndexAny(head, seps); cut >= 0 && runewidth.StringWidth(head[:cut+1]) > width/2 {
				head = head[:cut+1]
				break
			}
		}
		lines = append(lines, head)
		s = s[len(head):]
	}
	return append(lines, s)
}

// hasControl says whether s holds a control character.
func hasControl(s string) bool {
	return strings.ContainsFunc(s, unicode.IsControl)
}

// escapeControl shows the control characters of s as Go escapes ("\n",
// "\x1b") and leaves the rest as it is.
func escapeControl(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// wrapText breaks s into lines of at most width cells, at spaces where it
// can; a word longer than a line is broken where the line ends.
func wrapText(s string, width int) []string {
	if width <= 0 || runewidth.StringWidth(s) <= width {
		return []string{s}
	}
	var lines []string
	line, lineWidth := "", 0
	flush := func() {
		lines = append(lines, line)
		line, lineWidth = "", 0
	}
	for _, word := range strings.Fields(s) {
		ww := runewidth.StringWidth(word)
		if lineWidth > 0 && lineWidth+1+ww <= width {
			line += " " + word
			lineWidth += 1 + ww
			continue
		}
		if lineWidth > 0 {
			flush()
		}
		for ww > width {
			head := runewidth.Truncate(word, width, "")
			if head == "" { // a character wider than the column
				_, size := utf8.DecodeRuneInString(word)
				head = word[:size]
			}
			line = head
			flush()
			word = word[len(head):]
			ww = runewidth.StringWidth(word)
		}
		line, lineWidth = word, ww
	}
	if line != "" || len(lines) == 0 {
		flush()
	}
	return lines
}
