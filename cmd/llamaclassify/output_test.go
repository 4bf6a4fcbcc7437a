package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v3"
)

const samplePage = `{"items":[{"id":"a","status":"COMPLETED","result":{"type":"invoice","confidence":0.9}},{"id":"b","status":"PENDING","result":null}],"next_page_token":"tok"}`

func render(t *testing.T, format, transform string, raw string, cols []column, terminal bool) string {
	t.Helper()
	var buf bytes.Buffer
	p := &printer{w: &buf, format: format, transform: transform, terminal: terminal}
	if err := p.printJSON([]byte(raw), cols); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

var pageColumns = []column{{"ID", "id"}, {"STATUS", "status"}, {"TYPE", "result.type"}}

func TestFormatJSONKeepsValue(t *testing.T) {
	out := render(t, "json", "", samplePage, pageColumns, false)
	var got, want any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("json output does not parse: %v\n%s", err, out)
	}
	_ = json.Unmarshal([]byte(samplePage), &want)
	if !jsonEqual(got, want) {
		t.Fatalf("json output = %s", out)
	}
	if !strings.Contains(out, "\n  \"items\"") {
		t.Fatalf("json output is not indented:\n%s", out)
	}
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

func TestFormatAutoIsJSONOffTerminalTableOnTerminal(t *testing.T) {
	if out := render(t, "auto", "", samplePage, pageColumns, false); !json.Valid([]byte(out)) {
		t.Fatalf("auto off a terminal is not JSON:\n%s", out)
	}
	out := render(t, "auto", "", samplePage, pageColumns, true)
	if !strings.HasPrefix(out, "ID  STATUS     TYPE\n") || !strings.Contains(out, "b   PENDING    -") {
		t.Fatalf("auto on a terminal is not the table:\n%s", out)
	}
}

func TestFormatJSONLOneItemPerLine(t *testing.T) {
	out := render(t, "jsonl", "", samplePage, pageColumns, false)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("jsonl lines = %d:\n%s", len(lines), out)
	}
	for _, l := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil || v["id"] == nil {
			t.Fatalf("line %q is not an item: %v", l, err)
		}
	}
	// A single object is one line.
	out = render(t, "jsonl", "", `{"id": "x", "n": [1, 2]}`, nil, false)
	if out != "{\"id\":\"x\",\"n\":[1,2]}\n" {
		t.Fatalf("jsonl object = %q", out)
	}
}

func TestFormatYAMLParsesBack(t *testing.T) {
	out := render(t, "yaml", "", `{"lang":"no","target_pages":"1,3","max_pages":5,"items":[{"id":"a"}]}`, nil, false)
	var got map[string]any
	if err := yaml.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("yaml does not parse: %v\n%s", err, out)
	}
	if got["lang"] != "no" || got["target_pages"] != "1,3" || got["max_pages"] != 5 {
		t.Fatalf("yaml round trip = %#v\n%s", got, out)
	}
	if !strings.Contains(out, `lang: "no"`) {
		t.Fatalf("a YAML 1.1 boolean word is not quoted:\n%s", out)
	}
	if strings.Contains(out, "{") {
		t.Fatalf("yaml is not block style:\n%s", out)
	}
}

func TestTransform(t *testing.T) {
	if out := render(t, "json", "items.0.result.type", samplePage, pageColumns, false); out != "\"invoice\"\n" {
		t.Fatalf("transform json = %q", out)
	}
	if out := render(t, "raw", "items.0.result.type", samplePage, pageColumns, false); out != "invoice\n" {
		t.Fatalf("transform raw = %q", out)
	}
	if out := render(t, "jsonl", "items.#.id", samplePage, pageColumns, false); out != "\"a\"\n\"b\"\n" {
		t.Fatalf("transform jsonl = %q", out)
	}
	// A path that exists with a null value prints null.
	if out := render(t, "json", "items.1.result", samplePage, pageColumns, false); out != "null\n" {
		t.Fatalf("transform to a null = %q", out)
	}
}

// A path that matches nothing is an error that names the fields there are,
// not a null that looks like an answer.
func TestTransformThatMatchesNothing(t *testing.T) {
	for _, tc := range []struct{ path, raw, want string }{
		{"no.such.path", samplePage, `--transform "no.such.path" matched nothing in the output; the output's fields: items, next_page_token`},
		{"items.#.reslt", samplePage, `--transform "items.#.reslt" matched nothing in the output; the output's fields: items, next_page_token`},
		{"#.result.typ", `[{"file":"a","result":{"type":"x"}}]`, `--transform "#.result.typ" matched nothing in the output; the fields of each element (#): file, result`},
		{"{nope,nada}", `{"a":1}`, `--transform "{nope,nada}" matched nothing in the output; the output's fields: a`},
		// A path of one element's fields, given for a list, is told how
		// to reach them in each element.
		{"result.type", `[{"file":"a","result":{"type":"x"}}]`, `--transform "result.type" matched nothing in the output; the output is a list: "#.result.type" reaches that in each element; the fields of each element (#): file, result`},
	} {
		var buf bytes.Buffer
		p := &printer{w: &buf, format: "json", transform: tc.path}
		err := p.printJSON([]byte(tc.raw), nil)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want+"\n") {
			t.Errorf("%s: err = %v, want %q", tc.path, err, tc.want)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: printed %q", tc.path, buf.String())
		}
	}
	// Mapping over an empty list, or a query that selects no element, is
	// an empty answer, not a mistake.
	for _, tc := range []struct{ path, raw string }{
		{"items.#.id", `{"items":[]}`},
		{`#(status=="FAILED")#.file`, `[{"file":"a","status":"COMPLETED"}]`},
	} {
		if out := render(t, "json", tc.path, tc.raw, nil, false); out != "[]\n" {
			t.Errorf("%s = %q, want []", tc.path, out)
		}
	}
}

// The syntax of a GJSON path is checked before anything runs.
func TestCheckTransform(t *testing.T) {
	for _, ok := range []string{
		"", "id", "items.#.id", "items.0.result.type", `fav\.movie`, "child*.2", "c?ildren.0",
		`#(status=="FAILED")#.file`, `items.#(result.type=="invoice").id`, `friends.#(nets.#(=="fb"))#.first`,
		"items|#", "items.@reverse", `@pretty:{"sortKeys":true}`, "{id,status}", `{id,"t":result.type}`, "[id,status]",
		`!true`, `{"a":!"x"}`, "items.#",
	} {
		if err := checkTransform(ok); err != nil {
			t.Errorf("checkTransform(%q) = %v, want it accepted", ok, err)
		}
	}
	for _, tc := range []struct{ path, want string }{
		{"a..b", "empty part at character 3"},
		{"a.", "empty part at character 3"},
		{".a", "empty part at character 1"},
		{"a|", "empty part"},
		{"a..[", `'[' is not closed`},
		{"{", `'{' is not closed`},
		{"a)", `unexpected ')' at character 2`},
		{`#(status=="x)`, "a quoted string is not closed"},
		{`x\`, "ends with an escape character"},
		{"@nope", "unknown modifier @nope"},
		{"#()", "empty query"},
		{"#x", "after '#' comes"},
		{"!tru", "is not a literal"},
		{"{a,}", "in {a,}: it is empty"},
		{"..0", "JSON Lines"},
		{" ", "it is empty"},
	} {
		err := checkTransform(tc.path)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "not a GJSON path") {
			t.Errorf("checkTransform(%q) = %v, want %q", tc.path, err, tc.want)
		}
	}
}

func TestFormatRawCompactsObjects(t *testing.T) {
	if out := render(t, "raw", "", `{ "a" : 1 }`, nil, false); out != "{\"a\":1}\n" {
		t.Fatalf("raw = %q", out)
	}
}

// pretty is coloured only where colour is allowed (a terminal without
// NO_COLOR, which the app decides); otherwise it is plain indented JSON.
func TestFormatPrettyColoursOnlyWhenAllowed(t *testing.T) {
	var buf bytes.Buffer
	p := &printer{w: &buf, format: "pretty", color: true}
	if err := p.printJSON([]byte(`{"a":1}`), nil); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, "\x1b[") || !strings.Contains(out, "\n") {
		t.Fatalf("pretty with colour = %q", out)
	}
	out := render(t, "pretty", "", `{"a":1}`, nil, false)
	if out != "{\n  \"a\": 1\n}\n" {
		t.Fatalf("pretty without colour = %q", out)
	}
}

func TestTableOfObjectAndDerivedColumns(t *testing.T) {
	out := render(t, "table", "", `{"id":"x","configuration":{"rules":[{"type":"invoice"}]},"result":null,"created_at":"2026-12-01T08:22:25.056297597+01:00"}`, nil, false)
	for _, want := range []string{"KEY", "id                          x", "configuration.rules.0.type  invoice", "result                      -\n", "created_at                  2026-12-01 07:22:25Z\n"} {
		if !strings.Contains(out, want) {
			t.Fatalf("table missing %q:\n%s", want, out)
		}
	}
	out = render(t, "table", "items", samplePage, pageColumns, false)
	if !strings.HasPrefix(out, "ID  STATUS     RESULT.TYPE  RESULT.CONFIDENCE  RESULT\n") {
		t.Fatalf("derived columns:\n%s", out)
	}
	var table, hints bytes.Buffer
	p := &printer{w: &table, hints: &hints, format: "table"}
	if err := p.printJSON([]byte(samplePage), pageColumns); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(table.String(), "next page") || hints.String() != "next page: --page-token tok\n" {
		t.Fatalf("page table:\n%s\nhints: %q, want the hint on the side", table.String(), hints.String())
	}
}

func TestCheckFormat(t *testing.T) {
	for _, f := range outputFormats {
		if err := checkFormat(f); err != nil {
			t.Errorf("checkFormat(%q) = %v", f, err)
		}
	}
	if err := checkFormat("xml"); err == nil || !strings.Contains(err.Error(), `--format "xml"`) {
		t.Fatalf("checkFormat(xml) = %v", err)
	}
}

// In a table fitted to a narrow terminal the answer stays whole: the
// reasoning wraps first, a file's path wraps after a "/", the type is
// never cut, a time is shown whole to the second, and a newline in a
// file's name is shown escaped instead of breaking the row.
func TestNarrowTableKeepsTheAnswerWhole(t *testing.T) {
	reasoning := strings.Repeat("Classified as bank_statement: it is named 'Bank Statement' in a field label. ", 3)
	tab := table{
		headers: []string{"FILE", "TYPE", "CONFIDENCE", "REASONING"},
		kinds:   []colKind{keyCol, keyCol, plainCol, proseCol},
		rows: [][]string{
			{"testdata/docs/bank_statement.csv", "bank_statement", "0.97", reasoning},
			{"nl\nname.txt", "meeting_minutes", "0.99", "short"},
		},
	}
	var b strings.Builder
	if err := tab.render(&b, 80); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	t.Logf("at 80 columns:\n%s", b.String())
	for i, l := range lines {
		if len(l) > 80 {
			t.Errorf("line %d is %d wide: %q", i, len(l), l)
		}
	}
	if !strings.HasPrefix(lines[1], "testdata/docs/ ") || !strings.Contains(lines[1], " bank_statement ") || !strings.HasPrefix(lines[2], "bank_statement.csv ") {
		t.Errorf("the first row's path or type is cut or broken mid-word:\n%s", b.String())
	}
	var named []string
	for _, l := range lines {
		if strings.HasPrefix(l, `nl\nname.txt `) {
			named = append(named, l)
		}
	}
	if len(named) != 1 || !strings.Contains(named[0], " meeting_minutes ") || strings.Contains(b.String(), "\nname.txt") {
		t.Errorf("the row of a name with a newline is not one line with its name escaped:\n%s", b.String())
	}

	out := render(t, "table", "", `{"items":[{"id":"cls-1","created_at":"2026-11-29T05:22:37.087033632Z"}]}`, []column{{"ID", "id"}, {"CREATED", "created_at"}}, false)
	if !strings.Contains(out, "cls-1  2026-11-29 05:22:37Z\n") {
		t.Errorf("time not shown to the second:\n%s", out)
	}
}

// A path wraps after its last "/" when the name after it then fits on one
// line, however early the "/" falls; else after a "/" in the line's second
// half, else after a "_", "-" or "."; a value without any is cut where the
// line ends, and nothing is lost.
func TestWrapKeyBreaksAfterASlashWhereTheRestFits(t *testing.T) {
	for _, tc := range []struct {
		s     string
		width int
		want  []string
	}{
		{"docs/payslip.txt", 12, []string{"docs/", "payslip.txt"}},
		{"docs/recipe.txt", 12, []string{"docs/", "recipe.txt"}},
		{"docs/bank_statement.csv", 12, []string{"docs/bank_", "statement.", "csv"}},
		{"testdata/docs/bank_statement.csv", 20, []string{"testdata/docs/", "bank_statement.csv"}},
		{"abcdefghijklmnop", 6, []string{"abcdef", "ghijkl", "mnop"}},
		{"a/b", 12, []string{"a/b"}},
	} {
		got := wrapKey(tc.s, tc.width)
		if !slices.Equal(got, tc.want) {
			t.Errorf("wrapKey(%q, %d) = %q, want %q", tc.s, tc.width, got, tc.want)
		}
		if strings.Join(got, "") != tc.s {
			t.Errorf("wrapKey(%q, %d) lost characters: %q", tc.s, tc.width, got)
		}
	}
}

// raw prints a list one value a line, strings unquoted, for a shell loop;
// jsonl prints a page's items and says the next page's token beside them.
func TestRawListsOneValueALineAndJSONLSaysTheNextPage(t *testing.T) {
	if out := render(t, "raw", "items.#.id", samplePage, pageColumns, false); out != "a\nb\n" {
		t.Errorf("raw list = %q, want one id a line", out)
	}
	if out := render(t, "raw", "items", samplePage, pageColumns, false); !strings.HasPrefix(out, `{"id":"a",`) || strings.Count(out, "\n") != 2 {
		t.Errorf("raw list of objects = %q, want one compact object a line", out)
	}
	var out, hints bytes.Buffer
	p := &printer{w: &out, format: "jsonl", hints: &hints}
	if err := p.printJSON([]byte(samplePage), pageColumns); err != nil {
		t.Fatal(err)
	}
	if strings.Count(out.String(), "\n") != 2 || strings.Contains(out.String(), "tok") {
		t.Errorf("jsonl = %q, want the two items alone", out.String())
	}
	if hints.String() != "next page: --page-token tok\n" {
		t.Errorf("hints = %q, want the next page's token", hints.String())
	}
	// A transform leaves the token out of the output: it is said beside.
	out.Reset()
	hints.Reset()
	p = &printer{w: &out, format: "raw", transform: "items.#.id", hints: &hints}
	if err := p.printJSON([]byte(samplePage), pageColumns); err != nil {
		t.Fatal(err)
	}
	if out.String() != "a\nb\n" || hints.String() != "next page: --page-token tok\n" {
		t.Errorf("raw with a transform: out %q, hints %q", out.String(), hints.String())
	}
	// Plain JSON holds the token itself: nothing beside.
	out.Reset()
	hints.Reset()
	p = &printer{w: &out, format: "json", hints: &hints}
	if err := p.printJSON([]byte(samplePage), pageColumns); err != nil || hints.Len() != 0 {
		t.Errorf("json: %v, hints %q", err, hints.String())
	}
}

func TestPluralAgreesWithItsCount(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{plural(1, "file"), "1 file"},
		{plural(2, "file"), "2 files"},
		{plural(0, "classify job"), "0 classify jobs"},
		{plural(1, "file was", "files were"), "1 file was"},
		{plural(3, "file was", "files were"), "3 files were"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}
