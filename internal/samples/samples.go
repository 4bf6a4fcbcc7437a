// Package samples gives tests the project's sample documents and rules,
// testdata/docs and testdata/rules.yaml, and what each document must be
// classified as, so that the scorer, the emulator, the client and the CLI
// are held to one expectation.
package samples

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	yaml "go.yaml.in/yaml/v3"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// Types is the type each document of testdata/docs is classified as with
// the rules of testdata/rules.yaml; "" when no rule fits it.
var Types = map[string]string{
	"invoice.pdf":          "invoice",
	"receipt.txt":          "receipt",
	"contract.md":          "contract",
	"resume.html":          "resume",
	"bank_statement.csv":   "bank_statement",
	"meeting_minutes.json": "meeting_minutes",
	"recipe.txt":           "",
}

// Dir is the module's testdata directory, found from this source file so
// that a test of any package reaches it.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata")
}

// Doc is the path of the sample document name.
func Doc(name string) string { return filepath.Join(Dir(), "docs", name) }

// Rules reads testdata/rules.yaml, a YAML list of {type, description}.
func Rules() ([]gen.ClassifierRule, error) {
	path := filepath.Join(Dir(), "rules.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rules []gen.ClassifierRule
	if err := yaml.Unmarshal(data, &rules); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rules) == 0 {
		return nil, fmt.Errorf("%s: no rules", path)
	}
	return rules, nil
}
