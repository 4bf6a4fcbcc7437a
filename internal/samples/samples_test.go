package samples

import (
	"os"
	"testing"
)

// Every sample document has an expectation and every expectation a
// document, and every expected type is one of the rules.
func TestSamplesAndExpectationsAgree(t *testing.T) {
	rules, err := Rules()
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	for i, r := range rules {
		// The API's limits, so that every sample rule is one it accepts.
		if len(r.Type) < 1 || len(r.Type) > 50 || len(r.Description) < 10 || len(r.Description) > 500 {
			t.Errorf("rule %d (%q) breaks the API's length limits", i, r.Type)
		}
		types[r.Type] = true
	}
	entries, err := os.ReadDir(Dir() + "/docs")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range entries {
		want, ok := Types[e.Name()]
		if !ok {
			t.Errorf("testdata/docs/%s has no expected type", e.Name())
		}
		if want != "" && !types[want] {
			t.Errorf("%s: expected type %q is not a rule", e.Name(), want)
		}
		seen[e.Name()] = true
	}
	for name := range Types {
		if !seen[name] {
			t.Errorf("expected %s, but testdata/docs has no such document", name)
		}
	}
}
