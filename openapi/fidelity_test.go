package openapi_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// The contract describes the service, no more and no less. This test holds
// every operation of openapi.yaml against the service's own served document
// (testdata/upstream, OpenAPI 3.1), fact by fact: parameters (name, place,
// required, type, format, enum, limits, pattern, default), request bodies and
// success and 422 responses, recursively through every property (type,
// format, enum, limits, pattern, default, required, nullability, additional
// properties, deprecation). Descriptions, titles and examples are prose, not
// facts.
//
// The 3.1 spellings are read as their 3.0.3 equivalents: anyOf [X, null] is
// X with nullable; const is a one-value enum; contentMediaType
// application/octet-stream is format binary; $ref with siblings, and 3.0's
// allOf of one $ref with siblings, are the target with the siblings laid
// over it; an enum that lists null is a nullable enum.

// upstreamOutOfScope lists the served document's operations the contract
// leaves out on purpose, with the reason.
var upstreamOutOfScope = map[string]string{
	"GET /api/v1/beta/files/{file_id}/content": "reading a file's content back is not part of classifying it; download_url (expand) gives the same",
}

// keptDifferences lists the differences kept on purpose, each with its
// evidence, by a part of the difference's line (a difference in a shared
// schema shows once for every operation that uses it). A difference that no
// entry matches fails the test; an entry that matches no difference fails it
// too, so the list stays true.
var keptDifferences = map[string]string{
	`POST /api/v2/classify request body application/json: not: ours {"anyOf":[{"not":{"anyOf":[{"properties":{"file_input":{"type":"string"}},"required":["file_input"]},{"properties":{"file_id":{"type":"string"}},"required":["file_id"]},{"properties":{"parse_job_id":{"type":"string"}},"required":["parse_job_id"]}]}},{"not":{"anyOf":[{"properties":{"configuration":{"type":"object"}},"required":["configuration"]},{"properties":{"configuration_id":{"type":"string"}},"required":["configuration_id"]}]}}]}, served none`: "" +
		"every field of the served schema is optional, but the service's documentation of the v2 create says it needs " +
		"a document (file_input, or the deprecated file_id or parse_job_id) and a configuration (configuration or " +
		"configuration_id); stated so that validators and mocks refuse {} as the service does",
	`.download_url.url: minLength: ours none, served 1`: "" +
		"ogen types a format: uri string as url.URL and warns that it cannot apply a length limit to it; " +
		"an absolute URL is never empty, so the limit constrains nothing that format: uri does not",
}

// numberFormats are representation hints the contract adds for generators
// (the Go type of an integer or a number); they constrain no value the
// service sends, so they are not compared.
var numberFormats = map[string]bool{"int32": true, "int64": true, "float": true, "double": true}

func TestContractMatchesTheServedDocument(t *testing.T) {
	served := loadJSONFile(t, filepath.Join("..", "testdata", "upstream", "llamacloud-classify-files.openapi.json"))
	var ours map[string]any
	if err := yaml.Unmarshal(openapi.YAML, &ours); err != nil {
		t.Fatal(err)
	}
	ours = jsonRoundTrip(t, ours)

	diffs := compareDocuments(served, ours)
	seen := map[string]bool{}
	var unexpected []string
	for _, d := range diffs {
		kept := false
		for part, reason := range keptDifferences {
			if strings.Contains(d, part) && reason != "" {
				seen[part], kept = true, true
			}
		}
		if !kept {
			unexpected = append(unexpected, d)
		}
	}
	for d := range keptDifferences {
		if !seen[d] {
			t.Errorf("kept difference no longer found (remove it from keptDifferences): %s", d)
		}
	}
	t.Logf("%d operations compared: %d differences, %d not kept on purpose", countOperations(ours), len(diffs), len(unexpected))
	for _, d := range diffs {
		t.Logf("  %s", d)
	}
	if len(unexpected) > 0 {
		t.Errorf("%d differences from the served document:\n  %s", len(unexpected), strings.Join(unexpected, "\n  "))
	}
}

// The comparison itself must see a difference at every depth, or a green
// run would mean nothing.
func TestFidelityComparisonSeesDifferences(t *testing.T) {
	served := loadJSONFile(t, filepath.Join("..", "testdata", "upstream", "llamacloud-classify-files.openapi.json"))
	base := compareDocuments(served, served)
	if len(base) != 0 {
		t.Fatalf("a document differs from itself: %v", base)
	}
	mutations := map[string]func(doc map[string]any){
		"rule description limit": func(doc map[string]any) {
			dig(doc, "components", "schemas", "ClassifierRule", "properties", "description")["maxLength"] = 500.0
		},
		"nullable property": func(doc map[string]any) {
			p := dig(doc, "components", "schemas", "ClassificationResult", "properties")
			p["type"] = map[string]any{"type": "string"}
		},
		"parameter pattern": func(doc map[string]any) {
			params := dig(doc, "paths", "/api/v2/classify")["get"].(map[string]any)["parameters"].([]any)
			params[0].(map[string]any)["schema"] = map[string]any{"type": "integer", "pattern": "^x$"}
		},
		"required property": func(doc map[string]any) {
			dig(doc, "components", "schemas", "FileV2")["required"] = []any{"id"}
		},
		"missing operation": func(doc map[string]any) {
			delete(dig(doc, "paths", "/api/v1/beta/files/{file_id}"), "delete")
		},
		"extra property": func(doc map[string]any) {
			dig(doc, "components", "schemas", "FileV2", "properties")["file_size"] = map[string]any{"type": "integer"}
		},
		"default": func(doc map[string]any) {
			dig(doc, "components", "schemas", "ClassifyJobCreate", "properties", "parsing_configuration")["default"] = map[string]any{"lang": "en"}
		},
	}
	for name, mutate := range mutations {
		changed := jsonRoundTrip(t, served)
		mutate(changed)
		if got := compareDocuments(served, changed); len(got) == 0 {
			t.Errorf("%s: changed document compares equal", name)
		}
	}
}

func loadJSONFile(t *testing.T, path string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// jsonRoundTrip gives v as encoding/json would decode it (float64 numbers,
// map[string]any objects), whatever decoded it first.
func jsonRoundTrip[T any](t *testing.T, v T) T {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out T
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func dig(doc map[string]any, keys ...string) map[string]any {
	cur := doc
	for _, k := range keys {
		cur = cur[k].(map[string]any)
	}
	return cur
}

var methods = []string{"get", "put", "post", "delete", "patch", "head", "options"}

func countOperations(doc map[string]any) int {
	n := 0
	for _, item := range asMap(doc["paths"]) {
		for _, m := range methods {
			if asMap(item)[m] != nil {
				n++
			}
		}
	}
	return n
}

// compareDocuments lists every fact in which ours differs from served, one
// line each, sorted.
func compareDocuments(served, ours map[string]any) []string {
	c := &comparer{served: served, ours: ours}
	sp, op := asMap(served["paths"]), asMap(ours["paths"])
	for _, path := range sortedKeys(sp) {
		for _, m := range methods {
			so := asMap(asMap(sp[path])[m])
			if so == nil {
				continue
			}
			name := strings.ToUpper(m) + " " + path
			oo := asMap(asMap(op[path])[m])
			if oo == nil {
				if _, ok := upstreamOutOfScope[name]; !ok {
					c.add(name, "operation missing")
				}
				continue
			}
			c.operation(name, so, oo)
		}
	}
	for _, path := range sortedKeys(op) {
		for _, m := range methods {
			if asMap(asMap(op[path])[m]) != nil && asMap(asMap(sp[path])[m]) == nil {
				c.add(strings.ToUpper(m)+" "+path, "operation the service does not have")
			}
		}
	}
	sort.Strings(c.diffs)
	return slices.Compact(c.diffs)
}

type comparer struct {
	served, ours map[string]any
	diffs        []string
}

func (c *comparer) add(where, format string, args ...any) {
	c.diffs = append(c.diffs, where+": "+fmt.Sprintf(format, args...))
}

func (c *comparer) operation(name string, so, oo map[string]any) {
	sParams := c.parameters(c.served, so)
	oParams := c.parameters(c.ours, oo)
	for _, key := range sortedKeys(sParams) {
		if key == "cookie session" {
			continue // the web app's session cookie, not part of the API
		}
		sp := asMap(sParams[key])
		opar := asMap(oParams[key])
		where := name + " parameter " + key
		if opar == nil {
			c.add(where, "missing")
			continue
		}
		if req(sp) != req(opar) {
			c.add(where, "required: ours %v, served %v", req(opar), req(sp))
		}
		c.schema(where, c.normal(c.served, sp["schema"]), c.normal(c.ours, opar["schema"]), true)
	}
	for _, key := range sortedKeys(oParams) {
		if sParams[key] == nil {
			c.add(name+" parameter "+key, "a parameter the service does not have")
		}
	}

	sb, ob := c.resolve(c.served, so["requestBody"]), c.resolve(c.ours, oo["requestBody"])
	switch {
	case sb == nil && ob != nil:
		c.add(name+" request body", "the service takes none")
	case sb != nil && ob == nil:
		c.add(name+" request body", "missing")
	case sb != nil:
		if req(sb) != req(ob) {
			c.add(name+" request body", "required: ours %v, served %v", req(ob), req(sb))
		}
		c.content(name+" request body", asMap(sb["content"]), asMap(ob["content"]))
	}

	sr, or := asMap(so["responses"]), asMap(oo["responses"])
	for _, status := range sortedKeys(sr) {
		where := name + " response " + status
		orr := c.resolve(c.ours, or[status])
		if orr == nil {
			c.add(where, "missing")
			continue
		}
		c.content(where, asMap(c.resolve(c.served, sr[status])["content"]), asMap(orr["content"]))
	}
	for _, status := range sortedKeys(or) {
		if sr[status] != nil {
			continue
		}
		if status[0] == '2' {
			c.add(name+" response "+status, "a success status the service does not send")
		}
	}
}

func (c *comparer) content(where string, sc, oc map[string]any) {
	for _, mt := range sortedKeys(sc) {
		om := asMap(oc[mt])
		if om == nil {
			c.add(where, "no %s content", mt)
			continue
		}
		c.schema(where+" "+mt, c.normal(c.served, asMap(sc[mt])["schema"]), c.normal(c.ours, om["schema"]), false)
	}
	for _, mt := range sortedKeys(oc) {
		if sc[mt] == nil {
			c.add(where, "%s content the service does not send", mt)
		}
	}
}

// parameters indexes an operation's parameters, and its path's, by "in name".
func (c *comparer) parameters(doc, op map[string]any) map[string]any {
	out := map[string]any{}
	for _, p := range asSlice(op["parameters"]) {
		pm := c.resolve(doc, p)
		out[fmt.Sprint(pm["in"], " ", pm["name"])] = pm
	}
	return out
}

func req(m map[string]any) bool { b, _ := m["required"].(bool); return b }

// resolve follows a $ref to the object it names.
func (c *comparer) resolve(doc map[string]any, v any) map[string]any {
	m := asMap(v)
	for i := 0; m != nil && i < 20; i++ {
		ref, ok := m["$ref"].(string)
		if !ok {
			return m
		}
		m = lookup(doc, ref)
	}
	return m
}

func lookup(doc map[string]any, ref string) map[string]any {
	cur := doc
	for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
		cur = asMap(cur[strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")])
	}
	return cur
}

// factKeys are the schema keywords that constrain values.
var factKeys = []string{
	"type", "format", "enum", "default", "nullable", "pattern",
	"minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
	"minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "deprecated",
}

// normal turns a schema of either document into one canonical form: refs
// resolved, 3.1 spellings read as 3.0.3, prose dropped.
func (c *comparer) normal(doc map[string]any, v any) map[string]any {
	return c.normalDepth(doc, v, 0)
}

func (c *comparer) normalDepth(doc map[string]any, v any, depth int) map[string]any {
	s := asMap(v)
	if s == nil || depth > 30 {
		return map[string]any{}
	}
	if isAnyJSONValue(c.resolve(doc, s)) {
		// anyOf every JSON type (the contract's JSONValue) is any value,
		// as an empty schema is.
		return map[string]any{}
	}
	out := map[string]any{}
	if ref, ok := s["$ref"].(string); ok {
		for k, val := range c.normalDepth(doc, lookup(doc, ref), depth+1) {
			out[k] = val
		}
	}
	// allOf: [{$ref}] with siblings is 3.0's way to annotate a reference;
	// a longer allOf is a conjunction, compared part by part.
	switch parts := asSlice(s["allOf"]); len(parts) {
	case 0:
	case 1:
		for k, val := range c.normalDepth(doc, parts[0], depth+1) {
			out[k] = val
		}
	default:
		list := make([]any, len(parts))
		for i, part := range parts {
			list[i] = c.normalDepth(doc, part, depth+1)
		}
		out["allOf"] = list
	}
	for _, k := range factKeys {
		if val, ok := s[k]; ok {
			out[k] = val
		}
	}
	if val, ok := s["const"]; ok {
		out["enum"] = []any{val}
	}
	if s["contentMediaType"] == "application/octet-stream" {
		out["format"] = "binary"
	}
	if ts, ok := s["type"].([]any); ok {
		var rest []any
		for _, x := range ts {
			if x == "null" {
				out["nullable"] = true
			} else {
				rest = append(rest, x)
			}
		}
		if len(rest) == 1 {
			out["type"] = rest[0]
		} else {
			out["type"] = rest
		}
	}
	if req, ok := s["required"].([]any); ok {
		names := make([]string, 0, len(req))
		for _, r := range req {
			names = append(names, fmt.Sprint(r))
		}
		sort.Strings(names)
		out["required"] = names
	}
	if props := asMap(s["properties"]); props != nil {
		np := map[string]any{}
		for name, p := range props {
			np[name] = c.normalDepth(doc, p, depth+1)
		}
		out["properties"] = np
	}
	if items, ok := s["items"]; ok {
		out["items"] = c.normalDepth(doc, items, depth+1)
	}
	if not, ok := s["not"]; ok {
		out["not"] = c.normalDepth(doc, not, depth+1)
	}
	switch ap := s["additionalProperties"].(type) {
	case bool:
		out["additionalProperties"] = ap
	case map[string]any:
		out["additionalProperties"] = c.normalDepth(doc, ap, depth+1)
	}
	for _, key := range []string{"anyOf", "oneOf"} {
		alts := asSlice(s[key])
		if alts == nil {
			continue
		}
		var rest []map[string]any
		for _, a := range alts {
			na := c.normalDepth(doc, a, depth+1)
			if na["type"] == "null" {
				out["nullable"] = true
				continue
			}
			rest = append(rest, na)
		}
		switch {
		case len(rest) == 1:
			for k, val := range rest[0] {
				if _, set := out[k]; !set || k != "nullable" {
					out[k] = val
				}
			}
		case sameTypeAlternatives(rest):
			// anyOf [string, string uuid]: any string.
			out["type"] = rest[0]["type"]
		default:
			list := make([]any, len(rest))
			for i, r := range rest {
				list[i] = r
			}
			out[key] = list
		}
	}
	if enum, ok := out["enum"].([]any); ok && slices.Contains(enum, nil) {
		out["enum"] = slices.DeleteFunc(slices.Clone(enum), func(x any) bool { return x == nil })
		out["nullable"] = true
	}
	if n, ok := out["nullable"].(bool); ok && !n {
		delete(out, "nullable")
	}
	if d, ok := out["deprecated"].(bool); ok && !d {
		delete(out, "deprecated")
	}
	if (out["type"] == "integer" || out["type"] == "number") && numberFormats[fmt.Sprint(out["format"])] {
		delete(out, "format")
	}
	return out
}

// isAnyJSONValue reports whether s is an anyOf of every JSON type: string,
// number, boolean, array and object (null through nullable or a null
// alternative).
func isAnyJSONValue(s map[string]any) bool {
	alts := asSlice(s["anyOf"])
	if alts == nil || len(asMap(s["properties"])) > 0 {
		return false
	}
	types := map[string]bool{}
	for _, a := range alts {
		t, _ := asMap(a)["type"].(string)
		types[t] = true
	}
	for _, t := range []string{"string", "number", "boolean", "array", "object"} {
		if !types[t] {
			return false
		}
	}
	return true
}

func sameTypeAlternatives(alts []map[string]any) bool {
	if len(alts) < 2 {
		return false
	}
	for _, a := range alts {
		if a["type"] == nil || a["type"] != alts[0]["type"] || a["required"] != nil || a["enum"] != nil || a["properties"] != nil || a["items"] != nil {
			return false
		}
	}
	return true
}

// schema compares two canonical schemas. For a parameter, nullability is
// not compared: a query string cannot carry null, and FastAPI's
// anyOf [X, null] on an optional parameter says only what required: false
// says.
func (c *comparer) schema(where string, s, o map[string]any, param bool) {
	for _, k := range factKeys {
		if param && k == "nullable" {
			continue
		}
		if !reflect.DeepEqual(s[k], o[k]) {
			c.add(where, "%s: ours %s, served %s", k, show(o[k]), show(s[k]))
		}
	}
	if !reflect.DeepEqual(s["required"], o["required"]) {
		c.add(where, "required properties: ours %s, served %s", show(o["required"]), show(s["required"]))
	}
	sp, op := asMap(s["properties"]), asMap(o["properties"])
	for _, name := range sortedKeys(sp) {
		if op[name] == nil {
			c.add(where+"."+name, "property missing")
			continue
		}
		c.schema(where+"."+name, asMap(sp[name]), asMap(op[name]), false)
	}
	for _, name := range sortedKeys(op) {
		if sp[name] == nil {
			c.add(where+"."+name, "a property the service does not have")
		}
	}
	if s["items"] != nil || o["items"] != nil {
		c.schema(where+"[]", asMap(s["items"]), asMap(o["items"]), false)
	}
	sa, oa := s["additionalProperties"], o["additionalProperties"]
	sm, sIsMap := sa.(map[string]any)
	om, oIsMap := oa.(map[string]any)
	switch {
	case sIsMap && oIsMap:
		c.schema(where+"{}", sm, om, false)
	case !reflect.DeepEqual(additional(sa), additional(oa)):
		c.add(where, "additionalProperties: ours %s, served %s", show(oa), show(sa))
	}
	for _, key := range []string{"anyOf", "oneOf", "allOf", "not"} {
		if !reflect.DeepEqual(s[key], o[key]) {
			c.add(where, "%s: ours %s, served %s", key, show(o[key]), show(s[key]))
		}
	}
}

// additional reads additionalProperties: absent and true both allow any
// property; a schema is compared on its own.
func additional(v any) any {
	switch x := v.(type) {
	case nil:
		return true
	case map[string]any:
		if len(x) == 0 {
			return true
		}
		return x
	}
	return v
}

func show(v any) string {
	if v == nil {
		return "none"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func asMap(v any) map[string]any { m, _ := v.(map[string]any); return m }
func asSlice(v any) []any        { s, _ := v.([]any); return s }

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
