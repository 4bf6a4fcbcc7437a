package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/tidwall/gjson"
	"github.com/tidwall/pretty"
	yaml "go.yaml.in/yaml/v3"
)

// The output formats of --format.
var outputFormats = []string{"auto", "json", "jsonl", "yaml", "pretty", "table", "raw"}

// column is one column of a table: a header and the GJSON path of its value
// in each row.
type column struct {
	header, path string
}

// proseFields are the fields that hold sentences, wrapped first when a
// table is too wide; keyFields (and ids, *_id) are of no use cut: ids,
// files, the type a document was given; they wrap, whole, last. Times
// (*_at) are shown to the second and never narrowed. Other fields are cut
// with an ellipsis.
var (
	proseFields = map[string]bool{"reasoning": true, "error_message": true, "description": true}
	keyFields   = map[string]bool{"id": true, "file_input": true, "file_id": true, "name": true, "file": true, "type": true}
)

// fieldKind says how the column of a field gives way in a narrow table.
func fieldKind(path string) colKind {
	last := path[strings.LastIndexAny(path, ".#")+1:]
	switch {
	case proseFields[last]:
		return proseCol
	case strings.HasSuffix(last, "_at"):
		return fixedCol
	case keyFields[last] || strings.HasSuffix(last, "_id") || strings.HasSuffix(last, "_ids"):
		return keyCol
	}
	return plainCol
}

// printer writes command results in the chosen format.
type printer struct {
	w io.Writer
	// format is one of outputFormats.
	format string
	// transform is a GJSON path applied to the result first ("" for none).
	transform string
	// terminal says whether w is a terminal, for auto.
	terminal bool
	// color allows colour (pretty): w is a terminal and NO_COLOR is unset.
	color bool
	// width is what tables are fitted to, 0 for no limit.
	width int
	// hints gets what is not the result but helps with it (the next
	// page's token of a list printed as JSON Lines, or transformed), when
	// not nil.
	hints io.Writer
}

// The words every table uses for what is not a plain value.
const (
	// labelNone is a value that does not exist: no confidence for a file
	// that was not classified, no type for a job still running.
	labelNone = "-"
	// labelNoMatch is the type of a classified document that no rule
	// applies to (the service's null type).
	labelNoMatch = "(no match)"
)

// checkFormat refuses an unknown --format before anything is sent.
func checkFormat(format string) error {
	for _, f := range outputFormats {
		if f == format {
			return nil
		}
	}
	return usageErrorf("--format %q: want one of %s", format, strings.Join(outputFormats, ", "))
}

// print writes v (anything encoding/json can write). columns, when given,
// are the table columns for a list: v is then either an array or a page
// object whose "items" are the rows.
func (p *printer) print(v any, columns []column) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode output: %w", err)
	}
	return p.printJSON(raw, columns)
}

// printJSON is print for a value already encoded as JSON.
func (p *printer) printJSON(raw []byte, columns []column) error {
	isPage := false
	if columns != nil && gjson.GetBytes(raw, "items").IsArray() {
		// A page whose token the output would leave out (a --transform,
		// JSON Lines of its items, a table of them) has it said on the
		// side, so that what goes down a pipe is the items alone.
		if next := gjson.GetBytes(raw, "next_page_token"); p.hints != nil && next.Type == gjson.String && next.String() != "" &&
			(p.transform != "" || p.effectiveFormat() == "jsonl" || p.effectiveFormat() == "table") {
			defer fmt.Fprintf(p.hints, "next page: --page-token %s\n", next.String())
		}
	}
	if p.transform != "" {
		var err error
		if raw, err = applyTransform(raw, p.transform); err != nil {
			return err
		}
		columns = nil
	} else if columns != nil {
		isPage = gjson.GetBytes(raw, "items").IsArray()
	}

	format := p.effectiveFormat()
	switch format {
	case "json":
		return p.writeIndented(raw)
	case "pretty":
		out := pretty.Pretty(raw)
		if p.color {
			out = pretty.Color(out, nil)
		}
		_, err := p.w.Write(out)
		return err
	case "jsonl":
		return p.writeLines(raw, isPage)
	case "yaml":
		return p.writeYAML(raw)
	case "raw":
		res := gjson.ParseBytes(raw)
		if !res.IsArray() {
			return p.writeRaw(res)
		}
		// A list, one value a line, for a shell loop.
		for _, v := range res.Array() {
			if err := p.writeRaw(v); err != nil {
				return err
			}
		}
		return nil
	case "table":
		return p.writeTable(raw, columns, isPage)
	}
	return checkFormat(format)
}

// effectiveFormat resolves auto: a table on a terminal, JSON otherwise.
func (p *printer) effectiveFormat() string {
	if p.format != "auto" && p.format != "" {
		return p.format
	}
	if p.terminal {
		return "table"
	}
	return "json"
}

// writeRaw writes a string unquoted, anything else as compact JSON, and a
// newline.
func (p *printer) writeRaw(v gjson.Result) error {
	if v.Type == gjson.String {
		_, err := fmt.Fprintln(p.w, v.String())
		return err
	}
	return p.writeCompact([]byte(v.Raw))
}

func (p *printer) writeIndented(raw []byte) error {
	var buf bytes.Buffer
	if err := json.Indent(&buf, raw, "", "  "); err != nil {
		return fmt.Errorf("encode output: %w", err)
	}
	buf.WriteByte('\n')
	_, err := p.w.Write(buf.Bytes())
	return err
}

func (p *printer) writeCompact(raw []byte) error {
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return fmt.Errorf("encode output: %w", err)
	}
	buf.WriteByte('\n')
	_, err := p.w.Write(buf.Bytes())
	return err
}

// writeLines writes JSON Lines: one line per element of an array, one per
// item of a page, or the whole value on one line.
func (p *printer) writeLines(raw []byte, isPage bool) error {
	res := gjson.ParseBytes(raw)
	if isPage {
		res = res.Get("items")
	}
	if !res.IsArray() {
		return p.writeCompact(raw)
	}
	for _, item := range res.Array() {
		if err := p.writeCompact([]byte(item.Raw)); err != nil {
			return err
		}
	}
	return nil
}

// writeYAML writes the JSON value as block-style YAML, keeping key order.
func (p *printer) writeYAML(raw []byte) error {
	var node yaml.Node
	if err := yaml.Unmarshal(raw, &node); err != nil {
		return fmt.Errorf("encode output: %w", err)
	}
	blockStyle(&node)
	enc := yaml.NewEncoder(p.w)
	enc.SetIndent(2)
	if err := enc.Encode(&node); err != nil {
		return fmt.Errorf("encode output: %w", err)
	}
	return enc.Close()
}

// yaml11Words are strings a YAML 1.1 reader would take for booleans or
// null; they are quoted in the output so that every reader gets strings.
var yaml11Words = map[string]bool{
	"y": true, "yes": true, "n": true, "no": true, "on": true, "off": true,
	"true": true, "false": true, "null": true, "~": true,
}

// blockStyle drops the flow style a JSON document parses with, so the YAML
// encoder writes blocks, and quotes strings that look like other types.
func blockStyle(n *yaml.Node) {
	n.Style = 0
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" && yaml11Words[strings.ToLower(n.Value)] {
		n.Style = yaml.DoubleQuotedStyle
	}
	for _, c := range n.Content {
		blockStyle(c)
	}
}

// writeTable writes rows of a list under columns, or the leaves of an object
// as KEY VALUE lines, or a scalar as is.
func (p *printer) writeTable(raw []byte, columns []column, isPage bool) error {
	res := gjson.ParseBytes(raw)
	rows := res
	if isPage {
		rows = res.Get("items")
	}
	var t table
	switch {
	case rows.IsArray():
		items := rows.Array()
		if len(columns) == 0 {
			columns = deriveColumns(items)
		}
		if len(columns) == 0 {
			for _, item := range items {
				if _, err := fmt.Fprintln(p.w, cell(item)); err != nil {
					return err
				}
			}
			return nil
		}
		for _, c := range columns {
			t.headers = append(t.headers, c.header)
			t.kinds = append(t.kinds, fieldKind(c.path))
		}
		for _, item := range items {
			cells := make([]string, len(columns))
			for i, c := range columns {
				cells[i] = cellAtPath(item, c.path)
			}
			t.rows = append(t.rows, cells)
		}
		return t.render(p.w, p.width)
	case res.IsObject():
		t.headers, t.kinds = []string{"KEY", "VALUE"}, []colKind{keyCol, proseCol}
		for _, l := range leaves("", res) {
			t.rows = append(t.rows, []string{l.path, l.value})
		}
		return t.render(p.w, p.width)
	}
	_, err := fmt.Fprintln(p.w, cell(res))
	return err
}

// cellAtPath renders the value at path in item, saying (no match) for the
// null type of a result that exists.
func cellAtPath(item gjson.Result, path string) string {
	v := item.Get(path)
	if at, ok := timeCell(path, v); ok {
		return at
	}
	if v.Type == gjson.Null && isResultType(path) {
		parent := item.Get(strings.TrimSuffix(path, ".type"))
		if parent.IsObject() {
			return labelNoMatch
		}
	}
	return cell(v)
}

// timeCell renders a time (a field named ..._at) to the second, in UTC:
// the full value is in --format json.
func timeCell(path string, v gjson.Result) (string, bool) {
	if !strings.HasSuffix(path, "_at") || v.Type != gjson.String {
		return "", false
	}
	at, err := time.Parse(time.RFC3339Nano, v.String())
	if err != nil {
		return "", false
	}
	return at.UTC().Format("2006-01-02 15:04:05Z"), true
}

// isResultType says whether a path names a classification's type, whose
// null means that no rule applies.
func isResultType(path string) bool {
	return path == "result.type" || strings.HasSuffix(path, ".result.type")
}

// deriveColumns picks columns for rows nobody chose columns for: every leaf
// path of the rows, in order of first appearance.
func deriveColumns(items []gjson.Result) []column {
	seen := map[string]bool{}
	var cols []column
	for _, item := range items {
		if !item.IsObject() {
			return nil
		}
		for _, l := range leaves("", item) {
			if !seen[l.path] {
				seen[l.path] = true
				cols = append(cols, column{header: strings.ToUpper(l.path), path: gjsonPath(l.path)})
			}
		}
	}
	return cols
}

// gjsonPath escapes a dotted leaf path for gjson (dots inside keys stay).
func gjsonPath(dotted string) string {
	return strings.NewReplacer("*", `\*`, "?", `\?`).Replace(dotted)
}

// leaf is one scalar of a flattened object: its dotted path and its value
// rendered for a cell.
type leaf struct{ path, value string }

// leaves flattens an object into leaves. Arrays of scalars stay one value;
// arrays of objects are indexed.
func leaves(prefix string, v gjson.Result) []leaf {
	var out []leaf
	join := func(k string) string {
		if prefix == "" {
			return k
		}
		return prefix + "." + k
	}
	switch {
	case v.IsObject():
		v.ForEach(func(k, e gjson.Result) bool {
			out = append(out, leaves(join(k.String()), e)...)
			return true
		})
	case v.IsArray() && hasObjects(v):
		for i, e := range v.Array() {
			out = append(out, leaves(join(strconv.Itoa(i)), e)...)
		}
	case v.Type == gjson.Null && isResultType(prefix):
		out = append(out, leaf{path: prefix, value: labelNoMatch})
	default:
		if at, ok := timeCell(prefix, v); ok {
			out = append(out, leaf{path: prefix, value: at})
			break
		}
		out = append(out, leaf{path: prefix, value: cell(v)})
	}
	return out
}

func hasObjects(v gjson.Result) bool {
	for _, e := range v.Array() {
		if e.IsObject() || e.IsArray() {
			return true
		}
	}
	return false
}

// cell renders one value for a table cell, on one line.
func cell(v gjson.Result) string {
	switch v.Type {
	case gjson.Null:
		return labelNone
	case gjson.String:
		s := strings.Join(strings.Fields(v.String()), " ")
		if s == "" {
			return labelNone
		}
		return s
	case gjson.Number:
		return v.Raw
	case gjson.JSON:
		if v.IsArray() {
			parts := make([]string, 0, len(v.Array()))
			for _, e := range v.Array() {
				parts = append(parts, cell(e))
			}
			return strings.Join(parts, ",")
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, []byte(v.Raw)); err == nil {
			return buf.String()
		}
		return v.Raw
	}
	if !v.Exists() {
		return labelNone
	}
	return v.String()
}

// collectAll follows every page of a list for --all and returns all its
// items (an empty slice, not nil, so that JSON shows []), or the first error.
func collectAll[T any](seq iter.Seq2[T, error]) ([]T, error) {
	items := []T{}
	for item, err := range seq {
		if err != nil {
			return nil, err
		}
		items = append(items, item)
	}
	return items, nil
}
