package scorer

import (
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"testing"
)

var fitAssoc = flag.Bool("fitassociations", false, "fit the association table on the blind rounds before heldOutFrom, write associations.bin and print how the splits fare")

// The fit's settings: plain stochastic gradient descent on the log loss
// of the right answer among the rules and none, a fixed number of passes
// over the documents in a fixed order, and a small L2 penalty.
const (
	assocPasses = 8
	assocRate   = 3
	assocRidge  = 1e-5
	// assocStride visits the documents in a fixed order that mixes the
	// rule sets (a prime, so that it visits each once).
	assocStride = 7919
)

// assocCase is one labelled document as the fit sees it: the model's
// log probabilities and the stems the table is read for.
type assocCase struct {
	file, split string
	want        int // the right rule, or -1 for none
	logp        []float64
	logNull     float64
	// allRules and allDoc are the stems the table may be read for,
	// rules and doc those it is read for.
	allRules, rules [][]uint64
	allDoc, doc     []uint64
}

// fittedOn says whether the association table is fitted on a document.
func fittedOn(c *assocCase) bool { return AssociationsFittedOn(c.split, c.file) }

// associationCases reads the model's view of each example.
func associationCases(exs []example) []assocCase {
	out := make([]assocCase, len(exs))
	forEachInParallel(len(exs), func(i int) {
		ex := exs[i]
		c := modelRank(truncate(ex.text, MaxTextBytes), ex.rules)
		ac := assocCase{file: ex.file, split: ex.split, want: -1, logNull: math.Log(max(c.pNull, 1e-12)), allDoc: docStemHashes(c.doc)}
		for j, r := range ex.rules {
			if r.Type == ex.want {
				ac.want = j
			}
			ac.logp = append(ac.logp, math.Log(max(c.evs[j].prob, 1e-12)))
			ac.allRules = append(ac.allRules, c.profiles[j].assoc)
		}
		out[i] = ac
	})
	return out
}

// readFor sets the stems of each case the table is read for.
func readFor(t *associationTable, cases []assocCase) {
	for i := range cases {
		c := &cases[i]
		c.doc = t.read(c.allDoc, maxDocAssociationStems)
		c.rules = c.rules[:0]
		for _, r := range c.allRules {
			c.rules = append(c.rules, t.read(r, maxRuleAssociationStems))
		}
	}
}

// knownStems are the top halves of the hashes of the stems that at least
// minAssociationDocs of the documents the table is fitted on hold,
// sorted.
func knownStems(cases []assocCase) []uint32 {
	docs := map[uint32]int{}
	for i := range cases {
		if fittedOn(&cases[i]) {
			for _, h := range cases[i].allDoc {
				docs[uint32(h>>32)]++
			}
		}
	}
	var out []uint32
	for h, n := range docs {
		if n >= minAssociationDocs {
			out = append(out, h)
		}
	}
	slices.Sort(out)
	return out
}

// fitAssociations fits the table on the cases fittedOn says.
func fitAssociations(cases []assocCase) *associationTable {
	known := knownStems(cases)
	readFor(&associationTable{known: known}, cases)
	w := make([]float32, 1<<associationBits)
	bias := 0.0
	// Only the documents it is fitted on decide the order, so that a
	// round added to those it is not fitted on leaves the fit as it was.
	var fitted []int
	for i := range cases {
		if fittedOn(&cases[i]) {
			fitted = append(fitted, i)
		}
	}
	n := len(fitted)
	scores := make([]float64, 0, 16)
	for range assocPasses {
		for i := range n {
			k := i
			if n%assocStride != 0 {
				k = i * assocStride % n
			}
			c := &cases[fitted[k]]
			scores = scores[:0]
			docDiv := math.Sqrt(float64(len(c.doc)) + 1)
			for j := range c.logp {
				sum := 0.0
				for _, r := range c.rules[j] {
					for _, d := range c.doc {
						sum += float64(w[cell(r, d)])
					}
				}
				scores = append(scores, c.logp[j]+sum/(docDiv*math.Sqrt(float64(len(c.rules[j]))+1)))
			}
			scores = append(scores, c.logNull+bias)
			top := scores[0]
			for _, s := range scores {
				top = max(top, s)
			}
			z := 0.0
			for j, s := range scores {
				scores[j] = math.Exp(s - top)
				z += scores[j]
			}
			for j := range c.logp {
				g := scores[j] / z
				if j == c.want {
					g--
				}
				g *= assocRate / (docDiv * math.Sqrt(float64(len(c.rules[j]))+1))
				for _, r := range c.rules[j] {
					for _, d := range c.doc {
						x := cell(r, d)
						w[x] -= float32(g + assocRidge*float64(w[x]))
					}
				}
			}
			g := scores[len(c.logp)] / z
			if c.want < 0 {
				g--
			}
			bias -= assocRate * g / 10
		}
	}
	top := float32(0)
	for _, v := range w {
		top = max(top, v, -v)
	}
	t := &associationTable{scale: float64(top) / 127, nullBias: bias, cells: make([]int8, len(w)), known: known}
	if top == 0 {
		t.scale = 1
	}
	for i, v := range w {
		t.cells[i] = int8(math.Round(float64(v) / t.scale))
	}
	return t
}

// answersRight counts, by group, the cases the table answers right.
func answersRight(t *associationTable, cases []assocCase) map[string]int {
	out := map[string]int{}
	for i := range cases {
		c := &cases[i]
		best, bestScore := -1, c.logNull+t.nullBias
		for j := range c.logp {
			if s := c.logp[j] + t.association(c.rules[j], c.doc); s > bestScore {
				best, bestScore = j, s
			}
		}
		if best == c.want {
			out[assocGroup(c)]++
		}
	}
	return out
}

func assocGroup(c *assocCase) string {
	switch {
	case c.split != "blind":
		return c.split
	case heldOut(c.file):
		return "held out"
	}
	return "fitted on"
}

// TestFitAssociations, with -fitassociations, fits the table and writes
// it to associations.bin.
func TestFitAssociations(t *testing.T) {
	if !*fitAssoc {
		t.Skip("run with -fitassociations to fit the association table")
	}
	cases := associationCases(corpusExamples(t, "dev", "test", "blind"))
	fit := fitAssociations(cases)
	if err := os.WriteFile("associations.bin", fit.encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	none := &associationTable{scale: 1, cells: make([]int8, 1<<associationBits), known: fit.known}
	before, after := answersRight(none, cases), answersRight(fit, cases)
	for _, g := range []string{"dev", "test", "fitted on", "held out"} {
		fmt.Printf("%-10s %6d right without the table, %6d with it\n", g, before[g], after[g])
	}
	fmt.Printf("scale %.6f, null bias %.4f, %d stems known\n", fit.scale, fit.nullBias, len(fit.known))
}

// The committed table is the fit of the corpus and the scorer as they
// are: a change to either that moves the model's probabilities moves the
// fit, and the table must be fitted again (run TestFitAssociations
// -fitassociations).
func TestAssociationsAreTheFit(t *testing.T) {
	if raceDetector {
		t.Skip("slow under -race, which has nothing to find in plain arithmetic: make test runs it without the race detector")
	}
	cases := associationCases(corpusExamples(t, "dev", "test", "blind"))
	fit := fitAssociations(cases)
	got := associations()
	// On what it was not fitted on, the table answers better than the
	// model alone: the later rounds by three points or more, and the test
	// split no worse.
	none := &associationTable{scale: 1, cells: make([]int8, 1<<associationBits), known: got.known}
	before, after := answersRight(none, cases), answersRight(got, cases)
	held := 0
	for i := range cases {
		if assocGroup(&cases[i]) == "held out" {
			held++
		}
	}
	if after["held out"] < before["held out"]+held*3/100 || after["test"] < before["test"] {
		t.Errorf("with the table, %d of the later rounds' %d documents are right and %d of the test split's, against %d and %d without it: want %d more (3 points) and no fewer", after["held out"], held, after["test"], before["held out"], before["test"], held*3/100)
	}
	if math.Abs(got.scale-fit.scale) > 0.01*fit.scale || math.Abs(got.nullBias-fit.nullBias) > 0.01 {
		t.Fatalf("the table's scale and null bias are %.6f and %.4f, the fit's %.6f and %.4f: run TestFitAssociations -fitassociations", got.scale, got.nullBias, fit.scale, fit.nullBias)
	}
	if !slices.Equal(got.known, fit.known) {
		t.Fatalf("the table knows %d stems, the fit %d others: run TestFitAssociations -fitassociations", len(got.known), len(fit.known))
	}
	off := 0
	for i := range fit.cells {
		if d := int(got.cells[i]) - int(fit.cells[i]); d > 1 || d < -1 {
			off++
		}
	}
	if off > len(fit.cells)/1000 {
		t.Fatalf("%d of the table's %d cells differ from the fit's by more than one: run TestFitAssociations -fitassociations", off, len(fit.cells))
	}
}
