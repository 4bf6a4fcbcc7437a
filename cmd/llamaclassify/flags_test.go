package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func TestDecodeObjectSeedRule(t *testing.T) {
	var rule gen.ClassifierRule
	err := decodeObject("--rule", "{description: 'contains invoice number, line items, and total amount', type: invoice}", exampleRule, &rule)
	if err != nil {
		t.Fatal(err)
	}
	want := gen.ClassifierRule{Type: "invoice", Description: "contains invoice number, line items, and total amount"}
	if rule != want {
		t.Fatalf("rule = %+v, want %+v", rule, want)
	}
}

func TestDecodeObjectJSON(t *testing.T) {
	var rule gen.ClassifierRule
	if err := decodeObject("--rule", `{"type": "receipt", "description": "purchase receipt with merchant"}`, exampleRule, &rule); err != nil {
		t.Fatal(err)
	}
	if rule.Type != "receipt" || rule.Description != "purchase receipt with merchant" {
		t.Fatalf("rule = %+v", rule)
	}
}

func TestDecodeObjectParsingConfiguration(t *testing.T) {
	var pc gen.ClassifyParsingConfiguration
	if err := decodeObject("--parsing-configuration", "{lang: en, max_pages: 5, target_pages: [0]}", exampleParsingV1, &pc); err != nil {
		t.Fatal(err)
	}
	if pc.Lang == nil || *pc.Lang != gen.En || pc.MaxPages == nil || *pc.MaxPages != 5 || pc.TargetPages == nil || len(*pc.TargetPages) != 1 || (*pc.TargetPages)[0] != 0 {
		t.Fatalf("parsing configuration = %+v", pc)
	}
}

// A YAML 1.1 reader turns a bare no into false; Norwegian must stay "no".
func TestDecodeObjectNorwegianStaysString(t *testing.T) {
	var pc gen.ClassifyParsingConfiguration
	if err := decodeObject("--parsing-configuration", "{lang: no}", exampleParsingV1, &pc); err != nil {
		t.Fatal(err)
	}
	if pc.Lang == nil || *pc.Lang != gen.No {
		t.Fatalf("lang = %v, want no", pc.Lang)
	}
}

func TestDecodeObjectFromFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "rule.yaml")
	if err := os.WriteFile(path, []byte("type: contract\ndescription: legal contract with terms and signatures\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var rule gen.ClassifierRule
	if err := decodeObject("--rule", "@"+path, exampleRule, &rule); err != nil {
		t.Fatal(err)
	}
	if rule.Type != "contract" {
		t.Fatalf("rule = %+v", rule)
	}
}

func TestDecodeObjectErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.yaml")
	tests := []struct {
		name, value string
		want        []string
	}{
		{"unknown field", "{type: invoice, desc: 'contains invoice number'}", []string{"--rule", `unknown field "desc"`, "description, type"}},
		{"unclosed", "{type: invoice, description: 'contains invoice number'", []string{"--rule", "not valid JSON or YAML"}},
		{"quote unclosed", "{type: invoice, description: 'contains invoice number}", []string{"--rule", "not valid JSON or YAML", "is a quote, bracket or brace left open?"}},
		{"colon unquoted", "{type: invoice, description: total: due date}", []string{"--rule", "not valid JSON or YAML", "quote values that contain commas or colons"}},
		{"scalar", "invoice", []string{"--rule", "want an object", `the string "invoice"`}},
		{"list", "[1, 2]", []string{"--rule", "want an object", "a list"}},
		{"wrong type", "{type: [a], description: 'contains invoice number'}", []string{"--rule", "type: want a string"}},
		{"missing file", "@" + missing, []string{"--rule", "cannot read " + missing, "no such file"}},
		{"bare at", "@", []string{"--rule", "'@' must be followed by a file name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rule gen.ClassifierRule
			err := decodeObject("--rule", tt.value, exampleRule, &rule)
			var ue *usageError
			if !errors.As(err, &ue) {
				t.Fatalf("err = %v (%T), want a usage error", err, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestDecodeObjectIntegerField(t *testing.T) {
	var pc gen.ClassifyParsingConfiguration
	err := decodeObject("--parsing-configuration", "{max_pages: five}", exampleParsingV1, &pc)
	if err == nil || !strings.Contains(err.Error(), "--parsing-configuration: max_pages: want an integer, got string") {
		t.Fatalf("err = %v", err)
	}
}

func TestDecodeObjectsAcceptsObjectsAndLists(t *testing.T) {
	var hooks []gen.WebhookConfiguration
	err := decodeObjects("--webhook-configuration", []string{
		"{webhook_url: 'https://example.com/a'}",
		"[{webhook_url: 'https://example.com/b'}, {webhook_url: 'https://example.com/c', webhook_events: [classify.success]}]",
	}, exampleWebhook, &hooks)
	if err != nil {
		t.Fatal(err)
	}
	if len(hooks) != 3 || *hooks[2].WebhookUrl != "https://example.com/c" || (*hooks[2].WebhookEvents)[0] != "classify.success" {
		t.Fatalf("hooks = %+v", hooks)
	}
}

func TestParseRuleShorthand(t *testing.T) {
	rule, err := parseRuleShorthand("invoice=contains invoice number, line items = total")
	if err != nil {
		t.Fatal(err)
	}
	if rule.Type != "invoice" || rule.Description != "contains invoice number, line items = total" {
		t.Fatalf("rule = %+v", rule)
	}
	rule, err = parseRuleShorthand("{type: receipt, description: 'purchase receipt with merchant details'}")
	if err != nil || rule.Type != "receipt" {
		t.Fatalf("object rule = %+v, %v", rule, err)
	}
	for _, bad := range []string{"invoice", "=contains invoice number", "invoice=", ""} {
		if _, err := parseRuleShorthand(bad); err == nil || !strings.Contains(err.Error(), "want TYPE=DESCRIPTION") {
			t.Errorf("parseRuleShorthand(%q) err = %v", bad, err)
		}
	}
	for bad, want := range map[string]string{
		"invoice=contains \xff invoice number":  "not valid UTF-8",
		"invoice=contains\na newline":           "control character U+000A",
		"invoice=contains a DEL \x7f character": "control character U+007F",
	} {
		if _, err := parseRuleShorthand(bad); err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "--rule") {
			t.Errorf("parseRuleShorthand(%q) err = %v, want it to name --rule and say %q", bad, err, want)
		}
	}
}

func TestReadRulesFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	list := write("list.yaml", "- type: invoice\n  description: contains invoice number, line items, and total amount\n- type: receipt\n  description: purchase receipt with transaction info\n")
	rules, err := readRulesFile(list)
	if err != nil || len(rules) != 2 || rules[1].Type != "receipt" {
		t.Fatalf("rules = %+v, %v", rules, err)
	}
	wrapped := write("wrapped.json", `{"rules": [{"type": "invoice", "description": "contains invoice number"}]}`)
	if rules, err := readRulesFile(wrapped); err != nil || len(rules) != 1 {
		t.Fatalf("wrapped rules = %+v, %v", rules, err)
	}

	bad := []struct {
		name, path string
		want       string
	}{
		{"missing", filepath.Join(dir, "nope.yaml"), "--rules: cannot read " + filepath.Join(dir, "nope.yaml")},
		{"not a list", write("scalar.yaml", "invoice\n"), "want a list of rules"},
		{"empty", write("empty.yaml", "[]\n"), "the list of rules is empty"},
		{"unknown field", write("unknown.yaml", "- type: invoice\n  text: contains invoice number\n"), `rule #1: unknown field "text"`},
		{"broken", write("broken.yaml", "- type: invoice\n description: [\n"), "not valid JSON or YAML"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readRulesFile(tt.path)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// A misspelled field inside a nested object is named with its path and the
// fields of that object, not of the top one.
func TestDecodeObjectUnknownNestedField(t *testing.T) {
	for _, tc := range []struct{ value, want string }{
		{"{rules: [{type: invoice, description: 'contains invoice number'}, {type: receipt, descripton: 'a till receipt'}]}",
			`--configuration: rules[1]: unknown field "descripton" (known: description, type)`},
		{"{rules: [{type: a, description: 'contains invoice number'}], parsing_configuration: {max_pagez: 3}}",
			`--configuration: parsing_configuration: unknown field "max_pagez" (known: lang, max_pages, target_pages)`},
		{"{rules: [{type: a, description: 'contains invoice number'}], rulez: []}",
			`--configuration: unknown field "rulez" (known: mode, parsing_configuration, rules)`},
	} {
		var cfg gen.ClassifyV2Configuration
		err := decodeObject("--configuration", tc.value, exampleConfiguration, &cfg)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s:\n got %v\nwant %s", tc.value, err, tc.want)
		}
	}
}
