package main

import (
	"bytes"
	"encoding/json"
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
	if out := render(t, "json", "no.such.path", samplePage, pageColumns, false); out != "null\n" {
		t.Fatalf("transform of a missing path = %q", out)
	}
}

func TestFormatRawCompactsObjects(t *testing.T) {
	if out := render(t, "raw", "", `{ "a" : 1 }`, nil, false); out != "{\"a\":1}\n" {
		t.Fatalf("raw = %q", out)
	}
}

func TestFormatPrettyIsIndentedJSON(t *testing.T) {
	out := render(t, "pretty", "", `{"a":1}`, nil, false)
	if !strings.Contains(out, "\x1b[") || !strings.Contains(out, "\n") {
		t.Fatalf("pretty = %q", out)
	}
}

func TestTableOfObjectAndDerivedColumns(t *testing.T) {
	out := render(t, "table", "", `{"id":"x","configuration":{"rules":[{"type":"invoice"}]},"result":null}`, nil, false)
	for _, want := range []string{"KEY", "id                          x", "configuration.rules.0.type  invoice", "result                      -"} {
		if !strings.Contains(out, want) {
			t.Fatalf("table missing %q:\n%s", want, out)
		}
	}
	out = render(t, "table", "items", samplePage, pageColumns, false)
	if !strings.HasPrefix(out, "ID  STATUS     RESULT.TYPE  RESULT.CONFIDENCE  RESULT\n") {
		t.Fatalf("derived columns:\n%s", out)
	}
	out = render(t, "table", "", samplePage, pageColumns, false)
	if !strings.Contains(out, "next page: --page-token tok") {
		t.Fatalf("page table has no next page hint:\n%s", out)
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
