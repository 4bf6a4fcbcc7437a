// Command eval measures the emulator's classifier on the labelled corpus in
// testdata/corpus (see internal/corpus): for each rule set (a
// labels-NAME.tsv beside its rules-NAME.yaml) and each split (dev, test,
// and blind when a corpus has one), it prints accuracy,
// macro-F1, how many typed documents got their type, null precision and
// recall, and a reliability table of the confidence; then the same over
// all rule sets together, split by split; over the blind rounds the
// scorer's association table was fitted on and over those it was not;
// and over the blind rule sets it was not fitted on whose every rule is
// of a kind the scorer's lexicon knows (ordinary paperwork, apart from a
// trade's own kinds).
//
//	go run ./internal/scorer/cmd/eval [-corpus testdata/corpus] [-misses]
//
// -misses lists the documents of the dev split it gets wrong, with the
// reasoning; the test split is only ever summed up, so that nothing is
// tuned on it.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/llamaclassify/llamaclassify-go/internal/corpus"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
	"github.com/llamaclassify/llamaclassify-go/internal/scorer"
)

func main() {
	dir := flag.String("corpus", "testdata/corpus", "the corpus directory")
	misses := flag.Bool("misses", false, "list the dev documents classified wrongly")
	only := flag.String("split", "", "evaluate only this split (dev, test or blind)")
	flag.Parse()
	if err := run(os.Stdout, *dir, *only, *misses); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

// row is one labelled document.
type row struct {
	file, want, split string
}

// outcome is how the classifier did on one document.
type outcome struct {
	row
	got        string
	confidence float64
	reasoning  string
}

func run(w io.Writer, dir, only string, misses bool) error {
	labels, err := filepath.Glob(filepath.Join(dir, "labels-*.tsv"))
	if err != nil {
		return err
	}
	if len(labels) == 0 {
		return fmt.Errorf("no labels-*.tsv in %s", dir)
	}
	slices.Sort(labels)
	// Every set's outcomes by split, for the summary over all sets.
	all := map[string][]outcome{}
	sets := 0
	// The blind rule sets whose every rule is of a kind the scorer's
	// lexicon knows: the ordinary paperwork most people sort, apart
	// from rules for a trade's own kinds ("gig_booking", "quinquennial_report");
	// those the association table was not fitted on.
	var known []outcome
	knownSets := 0
	for _, lp := range labels {
		set, err := corpus.Load(dir, strings.TrimSuffix(strings.TrimPrefix(filepath.Base(lp), "labels-"), ".tsv"))
		if err != nil {
			return err
		}
		rules := make([]scorer.Rule, len(set.Rules))
		types := make([]string, len(set.Rules))
		for i, r := range set.Rules {
			rules[i] = scorer.Rule{Type: r.Type, Description: r.Description}
			types[i] = r.Type
		}
		bySplit := map[string][]outcome{}
		for _, ex := range set.Examples {
			if only != "" && ex.Split != only {
				continue
			}
			o, err := classify(ex.Path, rules)
			if err != nil {
				// A document the emulator cannot read fails its job: a
				// wrong answer whatever its label.
				o = outcome{got: "(error)", reasoning: err.Error()}
			}
			o.row = row{file: ex.File, want: ex.Expected, split: ex.Split}
			bySplit[ex.Split] = append(bySplit[ex.Split], o)
		}
		if outs := bySplit["blind"]; len(outs) > 0 && !slices.Contains(scorer.KnownKinds(rules), false) && !scorer.AssociationsFittedOn("blind", outs[0].file) {
			known = append(known, outs...)
			knownSets++
		}
		for _, split := range []string{"dev", "test", "blind"} {
			outs := bySplit[split]
			if len(outs) == 0 {
				continue
			}
			fmt.Fprintf(w, "== rule set %s, split %s: %d documents, %d rules\n", set.Name, split, len(outs), len(rules))
			report(w, outs, types)
			all[split] = append(all[split], outs...)
			if misses && split == "dev" {
				for _, o := range outs {
					if o.got != o.want {
						fmt.Fprintf(w, "  MISS %s: want %s, got %s (%.2f) %s\n", o.file, name(o.want), name(o.got), o.confidence, o.reasoning)
					}
				}
			}
			fmt.Fprintln(w)
		}
		sets++
	}
	if sets > 1 {
		for _, split := range []string{"dev", "test", "blind"} {
			outs := all[split]
			if len(outs) == 0 {
				continue
			}
			// Macro-F1 over all sets pools their types, null counted once.
			types := typesOf(outs)
			fmt.Fprintf(w, "== all %d rule sets, split %s: %d documents\n", sets, split, len(outs))
			report(w, outs, types)
			fmt.Fprintln(w)
		}
		// The association table learnt the blind rounds before the
		// sixty-seventh: only the later ones say how it does on documents
		// it has not seen.
		var fitted, heldOut []outcome
		for _, o := range all["blind"] {
			if scorer.AssociationsFittedOn(o.split, o.file) {
				fitted = append(fitted, o)
			} else {
				heldOut = append(heldOut, o)
			}
		}
		if len(fitted) > 0 && len(heldOut) > 0 {
			fmt.Fprintf(w, "== the blind documents the association table was fitted on (the rounds before the sixty-seventh): %d documents\n", len(fitted))
			report(w, fitted, typesOf(fitted))
			fmt.Fprintln(w)
			fmt.Fprintf(w, "== the blind documents it was not fitted on (the sixty-seventh round and later): %d documents\n", len(heldOut))
			report(w, heldOut, typesOf(heldOut))
			fmt.Fprintln(w)
		}
		if knownSets > 0 {
			fmt.Fprintf(w, "== the %d blind rule sets the association table was not fitted on whose every rule is of a kind the scorer knows: %d documents\n", knownSets, len(known))
			report(w, known, typesOf(known))
			fmt.Fprintln(w)
		}
	}
	return nil
}

// typesOf is the types outs want or got, sorted, for a macro-F1 over
// several rule sets.
func typesOf(outs []outcome) []string {
	var types []string
	for _, o := range outs {
		for _, t := range []string{o.want, o.got} {
			if t != "" && t != "(error)" && !slices.Contains(types, t) {
				types = append(types, t)
			}
		}
	}
	slices.Sort(types)
	return types
}

func name(t string) string {
	if t == "" {
		return "null"
	}
	return t
}

func classify(path string, rules []scorer.Rule) (outcome, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return outcome{}, err
	}
	text, err := scorer.Extract(filepath.Base(path), data, pages.Selection{})
	if err != nil {
		return outcome{}, err
	}
	res := scorer.Classify(text, rules)
	o := outcome{confidence: res.Confidence, reasoning: res.Reasoning}
	if res.Type != nil {
		o.got = *res.Type
	}
	return o, nil
}

// bins are the confidence ranges of the reliability table.
var bins = []struct {
	lo, hi float64
	label  string
}{
	{0, 0.5, "[0, 0.5)"},
	{0.5, 0.8, "[0.5, 0.8)"},
	{0.8, 0.9, "[0.8, 0.9)"},
	{0.9, 1.01, "[0.9, 1]"},
	{0.8, 1.01, "[0.8, 1] (all)"},
}

func report(w io.Writer, outs []outcome, types []string) {
	m := measure(outs, types)
	fmt.Fprintf(w, "accuracy           %6.1f%%  (%d/%d)\n", 100*m.accuracy, m.right, len(outs))
	fmt.Fprintf(w, "macro-F1           %6.3f   (over the %d types and null)\n", m.macroF1, len(types))
	fmt.Fprintf(w, "typed: right type  %6.1f%%  (%d/%d typed documents)\n", pct(m.typedRight, m.typed), m.typedRight, m.typed)
	fmt.Fprintf(w, "typed: wrong type  %6.1f%%  (%d/%d typed documents given another type)\n", pct(m.typedWrongType, m.typed), m.typedWrongType, m.typed)
	fmt.Fprintf(w, "null precision     %6.1f%%  (%d/%d null answers)\n", pct(m.nullRight, m.nullAnswers), m.nullRight, m.nullAnswers)
	fmt.Fprintf(w, "null recall        %6.1f%%  (%d/%d null documents)\n", pct(m.nullRight, m.nulls), m.nullRight, m.nulls)
	fmt.Fprintln(w, "confidence         answers  right   mean confidence")
	for _, b := range bins {
		n, right, sum := 0, 0, 0.0
		for _, o := range outs {
			if o.confidence >= b.lo && o.confidence < b.hi {
				n++
				sum += o.confidence
				if o.got == o.want {
					right++
				}
			}
		}
		if n == 0 {
			fmt.Fprintf(w, "  %-16s %5d      -        -\n", b.label, 0)
			continue
		}
		fmt.Fprintf(w, "  %-16s %5d  %5.1f%%   %.2f\n", b.label, n, pct(right, n), sum/float64(n))
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

type metrics struct {
	right              int
	accuracy, macroF1  float64
	typed, typedRight  int
	typedWrongType     int
	nulls, nullAnswers int
	nullRight          int
}

// measure counts the figures of report. Macro-F1 averages the F1 of every
// type and of null ("" here), each a class; a class with neither documents
// nor answers is left out.
func measure(outs []outcome, types []string) metrics {
	var m metrics
	for _, o := range outs {
		if o.got == o.want {
			m.right++
		}
		if o.want == "" {
			m.nulls++
		} else {
			m.typed++
			if o.got == o.want {
				m.typedRight++
			} else if o.got != "" {
				m.typedWrongType++
			}
		}
		if o.got == "" {
			m.nullAnswers++
			if o.want == "" {
				m.nullRight++
			}
		}
	}
	if len(outs) > 0 {
		m.accuracy = float64(m.right) / float64(len(outs))
	}
	classes := append(slices.Clone(types), "")
	var sum float64
	n := 0
	for _, c := range classes {
		tp, fp, fn := 0, 0, 0
		for _, o := range outs {
			switch {
			case o.got == c && o.want == c:
				tp++
			case o.got == c:
				fp++
			case o.want == c:
				fn++
			}
		}
		if tp+fp+fn == 0 {
			continue
		}
		n++
		sum += 2 * float64(tp) / float64(2*tp+fp+fn)
	}
	if n > 0 {
		m.macroF1 = sum / float64(n)
	}
	return m
}
