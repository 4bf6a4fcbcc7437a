package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	yaml "go.yaml.in/yaml/v3"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The API's limits on a rule, in characters.
const (
	minType        = 1
	maxType        = 50
	minDescription = 10
	maxDescription = 2000
)

// The values of a label file's split column.
var splits = map[string]bool{"dev": true, "test": true, "blind": true}

const header = "file\texpected\tsplit"

// Example is one labelled document of a rule set.
type Example struct {
	// File is the document's name inside the corpus's docs directory.
	File string
	// Path is File joined to the docs directory given to Load.
	Path string
	// Expected is the rule type the document should be classified as, or
	// "" when no rule of the set fits it.
	Expected string
	// Split is "dev", "test" or "blind".
	Split string
}

// Set is one rule set of a corpus with the documents labelled under it.
type Set struct {
	// Name is the set's name, as given to Load.
	Name string
	// Rules are the set's rules in file order.
	Rules []gen.ClassifierRule
	// Examples are the rows of the set's label file in file order.
	Examples []Example
}

// Load reads the rule set named set of the corpus in dir: the rules from
// dir/rules-SET.yaml and the labelled documents from dir/labels-SET.tsv.
// It fails, naming the file and line, unless every rule is within the
// API's length limits (type 1..50 characters, description 10..2000) and
// its type is unique, and every row of the label file names, once, a
// document that exists in dir/docs, with an expected type that is one of
// the set's rules or empty and a known split.
func Load(dir, set string) (*Set, error) {
	if set == "" || strings.ContainsAny(set, `/\`) {
		return nil, fmt.Errorf("corpus: bad set name %q", set)
	}
	rules, err := loadRules(filepath.Join(dir, "rules-"+set+".yaml"))
	if err != nil {
		return nil, err
	}
	types := make(map[string]bool, len(rules))
	for _, r := range rules {
		types[r.Type] = true
	}
	examples, err := loadLabels(filepath.Join(dir, "labels-"+set+".tsv"), filepath.Join(dir, "docs"), types)
	if err != nil {
		return nil, err
	}
	return &Set{Name: set, Rules: rules, Examples: examples}, nil
}

func loadRules(path string) ([]gen.ClassifierRule, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var rules []gen.ClassifierRule
	if err := dec.Decode(&rules); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("corpus: %s: %w", path, err)
	}
	if len(rules) == 0 {
		return nil, fmt.Errorf("corpus: %s: no rules", path)
	}
	seen := map[string]bool{}
	for i, r := range rules {
		if n := utf8.RuneCountInString(r.Type); n < minType || n > maxType {
			return nil, fmt.Errorf("corpus: %s: rule %d: type %q is %d characters, want %d..%d", path, i+1, r.Type, n, minType, maxType)
		}
		if n := utf8.RuneCountInString(r.Description); n < minDescription || n > maxDescription {
			return nil, fmt.Errorf("corpus: %s: rule %d (%s): description is %d characters, want %d..%d", path, i+1, r.Type, n, minDescription, maxDescription)
		}
		if seen[r.Type] {
			return nil, fmt.Errorf("corpus: %s: rule %d: type %q appears twice", path, i+1, r.Type)
		}
		seen[r.Type] = true
	}
	return rules, nil
}

func loadLabels(path, docs string, types map[string]bool) ([]Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var examples []Example
	seen := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			if text != header {
				return nil, fmt.Errorf("corpus: %s:1: header is %q, want %q", path, text, header)
			}
			continue
		}
		if text == "" {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != 3 {
			return nil, fmt.Errorf("corpus: %s:%d: %d fields, want 3 (file, expected, split)", path, line, len(fields))
		}
		ex := Example{File: fields[0], Expected: fields[1], Split: fields[2]}
		if ex.File == "" || ex.File != filepath.Base(ex.File) || ex.File == "." || ex.File == ".." {
			return nil, fmt.Errorf("corpus: %s:%d: %q is not a file name inside docs", path, line, ex.File)
		}
		if prev, ok := seen[ex.File]; ok {
			return nil, fmt.Errorf("corpus: %s:%d: %s is already listed on line %d", path, line, ex.File, prev)
		}
		seen[ex.File] = line
		if ex.Expected != "" && !types[ex.Expected] {
			return nil, fmt.Errorf("corpus: %s:%d: %s: expected type %q is not a rule of this set", path, line, ex.File, ex.Expected)
		}
		if !splits[ex.Split] {
			return nil, fmt.Errorf("corpus: %s:%d: %s: split %q, want dev, test or blind", path, line, ex.File, ex.Split)
		}
		ex.Path = filepath.Join(docs, ex.File)
		st, err := os.Stat(ex.Path)
		if err != nil {
			return nil, fmt.Errorf("corpus: %s:%d: %w", path, line, err)
		}
		if !st.Mode().IsRegular() {
			return nil, fmt.Errorf("corpus: %s:%d: %s is not a regular file", path, line, ex.Path)
		}
		examples = append(examples, ex)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", path, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("corpus: %s: empty, want the header %q", path, header)
	}
	if len(examples) == 0 {
		return nil, fmt.Errorf("corpus: %s: no documents", path)
	}
	return examples, nil
}
