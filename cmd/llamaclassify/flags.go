package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/llamaclassify/llamaclassify-go/gen"
	yaml "go.yaml.in/yaml/v3"
)

// Object flags take the shapes the service's own CLI pages use:
//
//	--rule "{description: 'contains invoice number, line items, and total amount', type: invoice}"
//	--parsing-configuration '{"lang": "en", "max_pages": 5}'
//	--configuration @config.yaml
//
// A value is read as YAML (JSON is YAML's flow syntax), turned into the
// generic JSON form, and decoded into the generated request type with
// unknown fields refused. YAML 1.2 rules apply, so `lang: no` stays the
// string "no" rather than becoming false.

// readFlagValue returns the value of a flag, or the content of the file it
// names when it starts with '@'.
func readFlagValue(flag, value string) (string, error) {
	path, isFile := strings.CutPrefix(value, "@")
	if !isFile {
		return value, nil
	}
	if path == "" {
		return "", usageErrorf("%s: '@' must be followed by a file name", flag)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", usageErrorf("%s: cannot read %s: %v", flag, path, pathErrorReason(err))
	}
	return string(data), nil
}

// pathErrorReason drops the operation and path an *os.PathError repeats, so
// a message names the file once.
func pathErrorReason(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// parseYAMLValue reads text as YAML or JSON into maps, slices and scalars.
func parseYAMLValue(flag, text string) (any, error) {
	var v any
	if err := yaml.Unmarshal([]byte(text), &v); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if strings.Contains(msg, "unexpected end of stream") {
			// The text ended inside something opened: most often a quote.
			return nil, usageErrorf("%s: not valid JSON or YAML (%s): is a quote, bracket or brace left open?", flag, msg)
		}
		return nil, usageErrorf("%s: not valid JSON or YAML (%s); quote values that contain commas or colons, e.g. {type: invoice, description: 'total, due date'}", flag, msg)
	}
	return jsonCompatible(flag, v)
}

// jsonCompatible converts what the YAML decoder produced into what
// encoding/json can write: only string map keys are allowed.
func jsonCompatible(flag string, v any) (any, error) {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			c, err := jsonCompatible(flag, e)
			if err != nil {
				return nil, err
			}
			t[k] = c
		}
		return t, nil
	case map[any]any:
		out := make(map[string]any, len(t))
		for k, e := range t {
			ks, ok := k.(string)
			if !ok {
				return nil, usageErrorf("%s: field names must be strings, got %v", flag, k)
			}
			c, err := jsonCompatible(flag, e)
			if err != nil {
				return nil, err
			}
			out[ks] = c
		}
		return out, nil
	case []any:
		for i, e := range t {
			c, err := jsonCompatible(flag, e)
			if err != nil {
				return nil, err
			}
			t[i] = c
		}
		return t, nil
	}
	return v, nil
}

// decodeObject reads one object flag value into into, a pointer to a
// generated type. example shows the expected shape in error messages.
func decodeObject(flag, value, example string, into any) error {
	text, err := readFlagValue(flag, value)
	if err != nil {
		return err
	}
	v, err := parseYAMLValue(flag, text)
	if err != nil {
		return err
	}
	if _, ok := v.(map[string]any); !ok {
		return usageErrorf("%s: want an object like %s, got %s", flag, example, describeValue(v))
	}
	return decodeStrict(flag, v, into)
}

// decodeObjects reads a repeatable object flag: each value is one object or
// a list of objects. into points to a slice of a generated type.
func decodeObjects(flag string, values []string, example string, into any) error {
	slice := reflect.ValueOf(into).Elem()
	for _, value := range values {
		text, err := readFlagValue(flag, value)
		if err != nil {
			return err
		}
		v, err := parseYAMLValue(flag, text)
		if err != nil {
			return err
		}
		items, isList := v.([]any)
		if !isList {
			items = []any{v}
		}
		for _, item := range items {
			if _, ok := item.(map[string]any); !ok {
				return usageErrorf("%s: want an object like %s, got %s", flag, example, describeValue(item))
			}
			elem := reflect.New(slice.Type().Elem())
			if err := decodeStrict(flag, item, elem.Interface()); err != nil {
				return err
			}
			slice.Set(reflect.Append(slice, elem.Elem()))
		}
	}
	return nil
}

// decodeStrict decodes a generic value into a generated type through JSON,
// refusing fields the type does not have.
func decodeStrict(flag string, v any, into any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return usageErrorf("%s: %v", flag, err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err = dec.Decode(into)
	if err == nil {
		return nil
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		return usageErrorf("%s: %s: want %s, got %s", flag, typeErr.Field, jsonKind(typeErr.Type), typeErr.Value)
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		// The object that holds the field, when it is nested:
		// "rules[0]: unknown field "descripton" (known: description, type)".
		if path, t, found := unknownFieldAt(v, reflect.TypeOf(into), ""); found && path != "" {
			return usageErrorf("%s: %s: unknown field %s (known: %s)", flag, path, name, strings.Join(jsonFields(reflect.New(t).Interface()), ", "))
		}
		return usageErrorf("%s: unknown field %s (known: %s)", flag, name, strings.Join(jsonFields(into), ", "))
	}
	return usageErrorf("%s: %v", flag, err)
}

// unknownFieldAt finds the first object in v, a generic value decoded
// into t, that has a key t's struct there does not: its path from the
// top ("rules[1]", "parsing_configuration"; "" for the top) and its
// struct type. Keys are tried in sorted order, as encoding/json meets
// them in the marshalled value.
func unknownFieldAt(v any, t reflect.Type, path string) (string, reflect.Type, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch val := v.(type) {
	case map[string]any:
		if t.Kind() != reflect.Struct {
			return "", nil, false
		}
		keys := make([]string, 0, len(val))
		for k := range val {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			f, ok := fieldByJSONName(t, k)
			if !ok {
				return path, t, true
			}
			sub := k
			if path != "" {
				sub = path + "." + k
			}
			if p, ft, found := unknownFieldAt(val[k], f.Type, sub); found {
				return p, ft, true
			}
		}
	case []any:
		if t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
			return "", nil, false
		}
		for i, item := range val {
			if p, ft, found := unknownFieldAt(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); found {
				return p, ft, true
			}
		}
	}
	return "", nil, false
}

// fieldByJSONName is the field of struct type t that JSON names name.
func fieldByJSONName(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		tag, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if tag == name {
			return t.Field(i), true
		}
	}
	return reflect.StructField{}, false
}

// jsonKind names a Go type the way a JSON or YAML author thinks of it.
func jsonKind(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int32, reflect.Int64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "an object"
	}
	return t.String()
}

// describeValue names the kind of a generic value for error messages.
func describeValue(v any) string {
	switch t := v.(type) {
	case nil:
		return "nothing"
	case string:
		return fmt.Sprintf("the string %q", t)
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	case bool:
		return fmt.Sprintf("%v", t)
	}
	return fmt.Sprintf("the number %v", v)
}

// jsonFields lists the JSON field names of the struct into points to.
func jsonFields(into any) []string {
	t := reflect.TypeOf(into)
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var names []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// Examples shown when an object flag has the wrong shape.
const (
	exampleRule          = "{type: invoice, description: 'contains invoice number, line items, and total amount'}"
	exampleParsingV1     = "{lang: en, max_pages: 5, target_pages: [0]}"
	exampleWebhook       = "{webhook_url: 'https://example.com/hook', webhook_events: [classify.success]}"
	exampleConfiguration = "{rules: [{type: invoice, description: 'contains invoice number, line items, and total amount'}]}"
)

// decodeRules reads the repeatable --rule of classifier:jobs create in
// either form classify-files takes: TYPE=DESCRIPTION, or objects (one, a
// list, or @FILE).
func decodeRules(values []string, into *[]gen.ClassifierRule) error {
	for _, v := range values {
		t := strings.TrimSpace(v)
		if strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") || strings.HasPrefix(t, "@") {
			if err := decodeObjects("--rule", []string{v}, exampleRule, into); err != nil {
				return err
			}
			continue
		}
		rule, err := parseRuleShorthand(v)
		if err != nil {
			return err
		}
		*into = append(*into, rule)
	}
	return nil
}

// parseRuleShorthand reads one classify-files --rule: TYPE=DESCRIPTION, or
// an object in the flow syntax of the service's commands.
func parseRuleShorthand(value string) (gen.ClassifierRule, error) {
	const flag = "--rule"
	var rule gen.ClassifierRule
	trimmed := strings.TrimSpace(value)
	if strings.HasPrefix(trimmed, "{") || strings.HasPrefix(trimmed, "@") {
		err := decodeObject(flag, value, exampleRule, &rule)
		return rule, err
	}
	typ, desc, ok := strings.Cut(value, "=")
	typ, desc = strings.TrimSpace(typ), strings.TrimSpace(desc)
	if !ok || typ == "" || desc == "" {
		return rule, usageErrorf("%s %q: want TYPE=DESCRIPTION, e.g. --rule 'invoice=contains invoice number, line items, and total amount'", flag, value)
	}
	// The object form refuses these through its YAML parser; the shorthand
	// must not let them through to be mangled on the wire (JSON turns
	// invalid UTF-8 into U+FFFD).
	if !utf8.ValidString(value) {
		return rule, usageErrorf("%s %q: not valid UTF-8 text", flag, value)
	}
	if i := strings.IndexFunc(value, func(r rune) bool { return unicode.IsControl(r) && r != '\t' }); i >= 0 {
		return rule, usageErrorf("%s %q: control character %U at byte %d", flag, value, []rune(value[i:])[0], i)
	}
	return gen.ClassifierRule{Type: typ, Description: desc}, nil
}

// readRulesFile reads a classify-files --rules file: a YAML or JSON list of
// {type, description}, or an object holding that list under "rules".
func readRulesFile(path string) ([]gen.ClassifierRule, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageErrorf("--rules: cannot read %s: %v", path, pathErrorReason(err))
	}
	flag := "--rules " + path
	v, err := parseYAMLValue(flag, string(data))
	if err != nil {
		return nil, err
	}
	if m, ok := v.(map[string]any); ok {
		if inner, has := m["rules"]; has && len(m) == 1 {
			v = inner
		}
	}
	list, ok := v.([]any)
	if !ok {
		return nil, usageErrorf("%s: want a list of rules like\n  - type: invoice\n    description: contains invoice number, line items, and total amount\ngot %s", flag, describeValue(v))
	}
	if len(list) == 0 {
		return nil, usageErrorf("%s: the list of rules is empty", flag)
	}
	rules := make([]gen.ClassifierRule, 0, len(list))
	for i, item := range list {
		itemFlag := fmt.Sprintf("%s: rule #%d", flag, i+1)
		m, ok := item.(map[string]any)
		if !ok {
			return nil, usageErrorf("%s: want an object like %s, got %s", itemFlag, exampleRule, describeValue(item))
		}
		var r gen.ClassifierRule
		if err := decodeStrict(itemFlag, item, &r); err != nil {
			return nil, err
		}
		for _, key := range []string{"type", "description"} {
			if _, has := m[key]; !has {
				return nil, usageErrorf("%s: has no %s; want an object like %s", itemFlag, key, exampleRule)
			}
		}
		rules = append(rules, r)
	}
	return rules, nil
}

// checkDistinctTypes refuses a rule type given twice: its two descriptions
// would compete with each other. where prefixes the message (the flag of a
// list, or ""), and name(i) names rule i the way the user gave it.
func checkDistinctTypes(rules []gen.ClassifierRule, where string, name func(i int) string) error {
	first := map[string]int{}
	for i, r := range rules {
		j, seen := first[r.Type]
		if !seen {
			first[r.Type] = i
			continue
		}
		if r.Type != "" {
			return usageErrorf("%s%s and %s both have type %q: give each type once, with one description of all that a document of that type contains", where, name(j), name(i), r.Type)
		}
	}
	return nil
}

// numbered names the i-th of a repeated flag: "--rule #2".
func numbered(flag string) func(int) string {
	return func(i int) string { return fmt.Sprintf("%s #%d", flag, i+1) }
}
