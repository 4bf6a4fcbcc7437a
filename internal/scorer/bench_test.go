package scorer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/corpus"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// warmUp classifies a line once, so that the tables the scorer builds on
// first use (the lexicon, the kinds' profiles, the glossary: about 0.4 s
// once a process, see BENCHMARKS.md) are not timed as a document's work,
// whichever benchmarks run and in whatever order.
func warmUp(rules []Rule) {
	Classify("Invoice no. 1: total due £12.00", rules)
}

// BenchmarkSamples extracts and classifies each sample document, as the
// emulator does for one job.
func BenchmarkSamples(b *testing.B) {
	rules := loadRules(b)
	warmUp(rules)
	for name := range sampleTypes {
		data, err := os.ReadFile(filepath.Join(docsDir, name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				text, err := Extract(name, data, pages.Selection{})
				if err != nil {
					b.Fatal(err)
				}
				Classify(text, rules)
			}
		})
	}
}

// BenchmarkClassifyLargest classifies a text of MaxTextBytes, the most
// Classify ever reads.
func BenchmarkClassifyLargest(b *testing.B) {
	rules := loadRules(b)
	data, err := os.ReadFile(filepath.Join(docsDir, "contract.md"))
	if err != nil {
		b.Fatal(err)
	}
	text := truncate(strings.Repeat(string(data), MaxTextBytes/len(data)+1), MaxTextBytes)
	warmUp(rules)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Classify(text, rules)
	}
}

// BenchmarkClassifyTwoPages classifies a two-page document (the sample
// contract twice, about 7 KB, a page break between) against the six long
// rules of the corpus's business set: the figure to hold under 5 ms.
func BenchmarkClassifyTwoPages(b *testing.B) {
	set, err := corpus.Load("../../testdata/corpus", "business")
	if err != nil {
		b.Fatal(err)
	}
	rules := make([]Rule, len(set.Rules))
	for i, r := range set.Rules {
		rules[i] = Rule{Type: r.Type, Description: r.Description}
	}
	data, err := os.ReadFile(filepath.Join(docsDir, "contract.md"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data) + pageBreak + string(data)
	warmUp(rules)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Classify(text, rules)
	}
}
