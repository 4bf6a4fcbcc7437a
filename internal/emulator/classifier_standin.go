package emulator

import (
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// defaultClassifier is the classifier a Server uses unless a test gives
// another.
func defaultClassifier() classifier { return keywordClassifier{} }

// keywordClassifier reads plain-text documents (pages separated by form
// feeds) and picks the rule whose words the document mentions most.
type keywordClassifier struct{}

var (
	errUnsupportedType = errors.New("unsupported file type")
	errNoText          = errors.New("no text found in the selected pages")
)

var textTypes = map[string]bool{"txt": true, "md": true, "csv": true, "json": true, "html": true, "htm": true}

func (keywordClassifier) Extract(name string, data []byte, sel pages.Selection) (string, error) {
	ext := strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))
	if !textTypes[ext] {
		return "", fmt.Errorf("%w %q", errUnsupportedType, ext)
	}
	all := strings.Split(string(data), "\f")
	var b strings.Builder
	for _, i := range sel.Pick(len(all)) {
		b.WriteString(all[i])
		b.WriteByte('\n')
	}
	if strings.TrimSpace(b.String()) == "" {
		return "", errNoText
	}
	return b.String(), nil
}

func (keywordClassifier) Classify(text string, rules []rule) verdict {
	words := map[string]bool{}
	for _, w := range wordsOf(text) {
		words[w] = true
	}
	bestI, best, second := -1, 0, 0
	var bestHits []string
	for i, r := range rules {
		var hits []string
		seen := map[string]bool{}
		for _, w := range wordsOf(r.Type + " " + r.Description) {
			if words[w] && !seen[w] {
				seen[w] = true
				hits = append(hits, w)
			}
		}
		switch n := len(hits); {
		case n > best:
			second, best, bestI, bestHits = best, n, i, hits
		case n > second:
			second = n
		}
	}
	if bestI < 0 {
		return verdict{Reasoning: "the document mentions none of the words of any rule"}
	}
	t := rules[bestI].Type
	return verdict{
		Type:       &t,
		Confidence: float64(best) / float64(best+second),
		Reasoning:  fmt.Sprintf("mentions %s", strings.Join(quoteAll(bestHits), ", ")),
	}
}

var stopWords = map[string]bool{"and": true, "the": true, "with": true, "for": true, "contains": true, "that": true, "this": true}

func wordsOf(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(f) >= 3 && !stopWords[f] {
			out = append(out, f)
		}
	}
	return out
}

func quoteAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = "'" + w + "'"
	}
	return out
}
