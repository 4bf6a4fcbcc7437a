package scorer

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/corpus"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

var (
	corpusDir = flag.String("corpus", "../../testdata/corpus", "the labelled corpus")
	diagnose  = flag.Bool("diagnose", false, "print the features of every dev document of the corpus")
)

// devExample is one dev document of the corpus with its features.
type devExample struct {
	set, file, want string
	rules           []Rule
	text            string
}

// devExamples reads the dev split of every rule set of the corpus. Only
// the dev split: nothing of the scorer is fitted to the test split.
func devExamples(t *testing.T) []devExample {
	t.Helper()
	labels, _ := filepath.Glob(filepath.Join(*corpusDir, "labels-*.tsv"))
	if len(labels) == 0 {
		t.Fatalf("no corpus in %s", *corpusDir)
	}
	var out []devExample
	for _, lp := range labels {
		set, err := corpus.Load(*corpusDir, strings.TrimSuffix(strings.TrimPrefix(filepath.Base(lp), "labels-"), ".tsv"))
		if err != nil {
			t.Fatal(err)
		}
		rules := make([]Rule, len(set.Rules))
		for i, r := range set.Rules {
			rules[i] = Rule{Type: r.Type, Description: r.Description}
		}
		for _, ex := range set.Examples {
			if ex.Split != "dev" {
				continue
			}
			raw, err := os.ReadFile(ex.Path)
			if err != nil {
				t.Fatal(err)
			}
			text, err := Extract(ex.File, raw, pages.Selection{})
			if err != nil {
				t.Fatalf("%s: %v", ex.File, err)
			}
			out = append(out, devExample{set: set.Name, file: ex.File, want: ex.Expected, rules: rules, text: text})
		}
	}
	return out
}

func TestDiagnose(t *testing.T) {
	if !*diagnose {
		t.Skip("run with -diagnose")
	}
	for _, ex := range devExamples(t) {
		c := rank(ex.text, ex.rules)
		type scored struct {
			typ string
			ev  evidence
		}
		var all []scored
		for i, r := range ex.rules {
			all = append(all, scored{r.Type, c.evs[i]})
		}
		// rank by score
		rank := 1
		var wantEv evidence
		for _, s := range all {
			if s.typ == ex.want {
				wantEv = s.ev
			}
		}
		best := all[0]
		for _, s := range all[1:] {
			if s.ev.score > best.ev.score {
				best = s
			}
		}
		for _, s := range all {
			if ex.want != "" && s.ev.score > wantEv.score {
				rank++
			}
		}
		want := ex.want
		if want == "" {
			want = "null"
			rank = 0
		}
		fmt.Printf("%-10s %-9s want=%-16s rank=%d best=%-16s S=%5.2f T=%4.2f D=%4.2f G=%5.2f other=%-8s | want S=%5.2f T=%4.2f D=%4.2f\n",
			ex.set[:4], ex.file, want, rank, best.typ, best.ev.score, best.ev.typeScore, best.ev.desc, best.ev.genre, best.ev.other, wantEv.score, wantEv.typeScore, wantEv.desc)
	}
}

var calibrate = flag.Bool("calibrate", false, "fit the calibration on the dev split of the corpus and print it")

// TestCalibrate fits the two logistic models of calibration.go on the dev
// split of the corpus and prints their coefficients, to be pasted there.
//
//	go test ./internal/scorer -run TestCalibrate -calibrate -v
func TestCalibrate(t *testing.T) {
	if !*calibrate {
		t.Skip("run with -calibrate")
	}
	var xs [][]float64
	var right, null []float64
	for _, ex := range devExamples(t) {
		best, f := decide(ex.text, ex.rules)
		xs = append(xs, f.vector())
		r, n := 0.0, 0.0
		if ex.want != "" && ex.rules[best].Type == ex.want {
			r = 1
		}
		if ex.want == "" {
			n = 1
		}
		right = append(right, r)
		null = append(null, n)
	}
	// Leave-one-out accuracy of the decision for a few penalties, to
	// choose calRidge on the dev split alone.
	for _, ridge := range []float64{0.01, 0.03, 0.1, 0.3, 1, 3} {
		hits := 0
		for i := range xs {
			train := append(slices.Clone(xs[:i]), xs[i+1:]...)
			ys := append(slices.Clone(right[:i]), right[i+1:]...)
			w := fitLogistic(train, ys, ridge)
			p := 1 / (1 + math.Exp(-dot(w, xs[i])))
			typed := p >= 0.5
			wantTyped := null[i] == 0
			if (typed && right[i] == 1) || (!typed && wantTyped == false) {
				hits++
			}
		}
		fmt.Printf("// ridge %-5v leave-one-out accuracy %d/%d\n", ridge, hits, len(xs))
	}
	fmt.Printf("// fitted on %d dev documents\n", len(xs))
	fmt.Printf("calRight = %#v\n", fitLogistic(xs, right, calRidge))
	fmt.Printf("calNull  = %#v\n", fitLogistic(xs, null, calRidge))
}

func dot(w, x []float64) float64 {
	z := w[0]
	for i, v := range x {
		z += w[i+1] * v
	}
	return z
}
