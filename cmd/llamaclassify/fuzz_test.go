package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// fuzzValue turns the fuzzer's input into a flag value: the text itself, or
// with fromFile an @file in dir holding it. (A fuzz target's inputs run one
// at a time in each process, so one file serves them all.) A text that
// starts with '@' is not fuzzed as is: it would name arbitrary paths
// (/dev/zero among them).
func fuzzValue(t *testing.T, dir, text string, fromFile bool) string {
	t.Helper()
	if fromFile {
		path := filepath.Join(dir, "value.yaml")
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return "@" + path
	}
	if strings.HasPrefix(text, "@") {
		t.Skip("names a file")
	}
	return text
}

// wantFlagError fails unless err is a usage error that names flag.
func wantFlagError(t *testing.T, value string, err error, flag string) {
	t.Helper()
	var ue *usageError
	if !errors.As(err, &ue) {
		t.Fatalf("%s %q: error %T %v, want a usage error", flag, value, err, err)
	}
	if !strings.Contains(err.Error(), flag) {
		t.Fatalf("%s %q: the error does not name the flag: %v", flag, value, err)
	}
}

// FuzzRuleFlag runs a classify-files --rule value through what the command
// does before sending anything: the shorthand or object parser, then the
// contract check. It must not panic; what is refused is refused with a
// usage error naming --rule; what is accepted is a rule the contract
// allows, and writing it back as an object flag or as TYPE=DESCRIPTION
// reads the same rule again.
//
//	go test -run '^$' -fuzz '^FuzzRuleFlag$' -fuzztime 60s ./cmd/llamaclassify/
func FuzzRuleFlag(f *testing.F) {
	for _, s := range []string{
		"invoice=contains invoice number, line items, and total amount",
		"{description: 'contains invoice number, line items, and total amount', type: invoice}",
		`{"type": "receipt", "description": "purchase receipt with transaction info and merchant details"}`,
		"{type: invoice, desc: 'contains invoice number'}",
		"{type: [1, 2], description: {a: b}}",
		"{type: invoice, description: 'total, due date'",
		"{type: &a x, description: *a}",
		"{? [a]: b}",
		"{type: !!binary aGVsbG8=, description: 0x1F}",
		"{type: no, description: 1e400}",
		"invoice=", "=x", "=", "", "   ", "{}", "[]", "{type: ''}",
		"a=b=c", "  t  =  ten chars long  ",
	} {
		f.Add(s, false)
	}
	f.Add("type: contract\ndescription: legal contract with terms and signatures\n", true)
	f.Add("- a\n- b\n", true)
	f.Add("", true)
	a := &app{}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, text string, fromFile bool) {
		value := fuzzValue(t, dir, text, fromFile)
		rule, err := parseRuleShorthand(value)
		if err != nil {
			wantFlagError(t, value, err, "--rule")
			return
		}
		placeholder := "dfl-00000000-0000-0000-0000-000000000000"
		body := gen.ClassifyV2JobCreateRequest{FileInput: &placeholder, Configuration: &gen.ClassifyV2Configuration{Rules: []gen.ClassifierRule{rule}}}
		err = a.checkBody("CreateClassifyJob", body, []bodyField{{path: "configuration.rules", flag: "--rule", repeated: true}}, map[string]int{"--rule": 1})
		if err != nil {
			wantFlagError(t, value, err, "--rule")
			return
		}

		// Compared as sent: JSON replaces invalid UTF-8 with U+FFFD.
		wire := wireJSON(t, rule)
		object := "{type: " + yamlQuote(rule.Type) + ", description: " + yamlQuote(rule.Description) + "}"
		again, err := parseRuleShorthand(object)
		if err != nil || !reflect.DeepEqual(normalised(t, again), normalised(t, rule)) {
			t.Fatalf("%q gave %s; written back as %s it gives %+v, %v", value, wire, object, again, err)
		}
		typ, desc := rule.Type, rule.Description
		if !strings.Contains(typ, "=") && strings.TrimSpace(typ) == typ && strings.TrimSpace(desc) == desc &&
			!strings.HasPrefix(typ, "{") && !strings.HasPrefix(typ, "@") {
			short := typ + "=" + desc
			if again, err := parseRuleShorthand(short); err != nil || !reflect.DeepEqual(normalised(t, again), normalised(t, rule)) {
				t.Fatalf("%q gave %s; written back as %q it gives %+v, %v", value, wire, short, again, err)
			}
		}
	})
}

// yamlQuote writes s as a YAML double-quoted string, every character
// outside printable ASCII escaped. (Raw JSON is not enough: YAML refuses
// DEL and the C1 controls in a stream, and JSON leaves them unescaped.)
func yamlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s { // invalid bytes come out as U+FFFD, as in JSON
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "\\U%08X", r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// objectFlag is one object flag of the CLI and the generated type it fills.
type objectFlag struct {
	name, example string
	repeated      bool
	new           func() any
}

var objectFlags = []objectFlag{
	{"--rule", exampleRule, true, func() any { return new([]gen.ClassifierRule) }},
	{"--parsing-configuration", exampleParsingV1, false, func() any { return new(gen.ClassifyParsingConfiguration) }},
	{"--webhook-configuration", exampleWebhook, true, func() any { return new([]gen.LlamaParseWebhookConfiguration) }},
	{"--webhook-configuration", exampleWebhook, true, func() any { return new([]gen.WebhookConfiguration) }},
	{"--configuration", exampleConfiguration, false, func() any { return new(gen.ClassifyV2Configuration) }},
}

// FuzzObjectFlags feeds arbitrary values to every object flag (classifier
// jobs' --rule, --parsing-configuration, --webhook-configuration; classify's
// --configuration). Nothing may panic; a refusal is a usage error naming the
// flag; an accepted value, written back as JSON, reads the same again.
//
//	go test -run '^$' -fuzz '^FuzzObjectFlags$' -fuzztime 60s ./cmd/llamaclassify/
func FuzzObjectFlags(f *testing.F) {
	for i, s := range []string{
		exampleRule, exampleParsingV1, exampleWebhook, exampleWebhook, exampleConfiguration,
		"[" + exampleRule + ", " + exampleRule + "]",
		"{lang: no, max_pages: null, target_pages: []}",
		`{"webhook_url": "https://example.com/h", "webhook_headers": {"X-A": 1, "b": [true]}, "webhook_output_format": "json"}`,
		"{rules: [{type: invoice, description: x}], mode: FAST, parsing_configuration: {target_pages: '1-3', max_pages: 2.5}}",
		"{a: 1}", "[1]", "x", "{max_pages: 99999999999999999999}", "{lang: {a: b}}", "{1: 2}", "{[a]: b}",
	} {
		f.Add(uint8(i), s, false)
	}
	f.Add(uint8(4), "rules:\n  - type: a\n    description: b\n", true)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, which uint8, text string, fromFile bool) {
		fl := objectFlags[int(which)%len(objectFlags)]
		value := fuzzValue(t, dir, text, fromFile)
		into := fl.new()
		var err error
		if fl.repeated {
			err = decodeObjects(fl.name, []string{value}, fl.example, into)
		} else {
			err = decodeObject(fl.name, value, fl.example, into)
		}
		if err != nil {
			wantFlagError(t, value, err, fl.name)
			return
		}
		asJSON := wireJSON(t, into)
		if fl.repeated && reflect.ValueOf(into).Elem().Len() == 0 {
			// An empty list, which the contract check then refuses.
			asJSON = []byte("[]")
		}
		again := fl.new()
		if fl.repeated {
			err = decodeObjects(fl.name, []string{string(asJSON)}, fl.example, again)
		} else {
			err = decodeObject(fl.name, string(asJSON), fl.example, again)
		}
		if err != nil || !reflect.DeepEqual(normalised(t, into), normalised(t, again)) {
			t.Fatalf("%s %q gave %s; read back it gives %+v, %v", fl.name, value, asJSON, again, err)
		}
	})
}

// wireJSON is v as the request carries it.
func wireJSON(t *testing.T, v any) []byte {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%+v does not encode: %v", v, err)
	}
	return raw
}

// normalised is v as generic JSON, so that values which encode alike
// compare alike (a nil and an empty list of items, for one).
func normalised(t *testing.T, v any) any {
	t.Helper()
	var out any
	if err := json.Unmarshal(wireJSON(t, v), &out); err != nil {
		t.Fatal(err)
	}
	return out
}
