package scorer

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/corpus"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

var (
	corpusDir = flag.String("corpus", "../../testdata/corpus", "the labelled corpus")
	diagnose  = flag.Bool("diagnose", false, "print the features of every dev document of the corpus")
	calibrate = flag.Bool("calibrate", false, "fit the model on the dev split of the corpus and print it")
	loso      = flag.String("loso", "", "leave-one-set-out: fit on the dev split of the other sets and evaluate on this split (dev, or all) of each set")
	drop      = flag.String("drop", "", "with -loso: kinds (comma-separated ids) to take out of the lexicon, to see how rules of unknown kinds fare")
	terse     = flag.Bool("terse", false, "with -loso: cut every rule's description to its first five words, to see how terse rules fare")
	ridge     = flag.Float64("ridge", modelRidge, "with -loso: the L2 penalty of the fit")
	margins   = flag.Bool("margins", false, "with -loso: list the dev documents whose right answer gets less than 0.7")
	untitled  = flag.Bool("untitled", false, "with -loso: drop the first three lines of every document, to see how documents that do not name their kind fare")
	nullFit   = flag.String("calibratenull", "", "fit the confidence of null answers on the blind rounds but the documents whose names start with these prefixes (comma-separated), and print the map with how reliable null answers are before and after on the documents held out and on the test split")
	blindFit  = flag.String("blindfit", "", "fit the model on the dev split and the blind rounds but these rule sets (comma-separated), each dev document weighed so that the two weigh the same, and compare it with the committed model on the sets left out and the test split")
)

// example is one labelled document of the corpus, read.
type example struct {
	set, file, want, split string
	rules                  []Rule
	text                   string
}

// corpusExamples reads the documents of the given splits of every rule
// set of the corpus.
func corpusExamples(t *testing.T, splits ...string) []example {
	t.Helper()
	labels, _ := filepath.Glob(filepath.Join(*corpusDir, "labels-*.tsv"))
	if len(labels) == 0 {
		t.Fatalf("no corpus in %s", *corpusDir)
	}
	slices.Sort(labels)
	var out []example
	for _, lp := range labels {
		set, err := corpus.Load(*corpusDir, strings.TrimSuffix(strings.TrimPrefix(filepath.Base(lp), "labels-"), ".tsv"))
		if err != nil {
			t.Fatal(err)
		}
		rules := make([]Rule, len(set.Rules))
		for i, r := range set.Rules {
			rules[i] = Rule{Type: r.Type, Description: r.Description}
			if *terse {
				if f := strings.Fields(r.Description); len(f) > 5 {
					rules[i].Description = strings.Join(f[:5], " ")
				}
			}
		}
		for _, ex := range set.Examples {
			if !slices.Contains(splits, ex.Split) {
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
			if *untitled {
				lines := strings.Split(strings.TrimSpace(text), "\n")
				text = strings.Join(lines[min(3, len(lines)-1):], "\n")
			}
			out = append(out, example{set: set.Name, file: ex.File, want: ex.Expected, split: ex.Split, rules: rules, text: text})
		}
	}
	return out
}

// devExamples reads the dev split of every rule set of the corpus. Only
// the dev split: nothing of the scorer is fitted to the test split.
func devExamples(t *testing.T) []example { return corpusExamples(t, "dev") }

// choiceCases turns examples into the model's fitting cases.
func choiceCases(exs []example) []choiceCase {
	out := make([]choiceCase, len(exs))
	for i, ex := range exs {
		fs, others := ruleFeatures(ex.text, ex.rules)
		c := choiceCase{want: -1}
		for _, f := range others {
			c.kinds = append(c.kinds, f.vector())
		}
		for j, f := range fs {
			c.rules = append(c.rules, f.vector())
			if ex.rules[j].Type == ex.want {
				c.want = j
			}
		}
		out[i] = c
	}
	return out
}

// predict answers a case under weights w: the index of the rule, or -1.
func predict(w []float64, c choiceCase) (int, float64) {
	us := make([]float64, len(c.rules))
	for j, x := range c.rules {
		us[j] = utility(w, x)
	}
	uk := make([]float64, len(c.kinds))
	for k, x := range c.kinds {
		uk[k] = utility(w, x)
	}
	ps, p0 := choice(w, us, uk)
	best, bp := -1, p0
	for j, p := range ps {
		if p > bp {
			best, bp = j, p
		}
	}
	return best, bp
}

// probOf is the probability weights w give answer j (-1 for none).
func probOf(w []float64, c choiceCase, j int) float64 {
	us := make([]float64, len(c.rules))
	for k, x := range c.rules {
		us[k] = utility(w, x)
	}
	uk := make([]float64, len(c.kinds))
	for k, x := range c.kinds {
		uk[k] = utility(w, x)
	}
	ps, p0 := choice(w, us, uk)
	if j < 0 {
		return p0
	}
	return ps[j]
}

func TestDiagnose(t *testing.T) {
	if !*diagnose {
		t.Skip("run with -diagnose")
	}
	for _, ex := range devExamples(t) {
		c := rank(ex.text, ex.rules)
		want := ex.want
		if want == "" {
			want = "null"
		}
		got := "null"
		if c.best >= 0 {
			got = ex.rules[c.best].Type
		}
		mark := " "
		if got != want {
			mark = "X"
		}
		fmt.Printf("%s %-9s %-9s want=%-15s got=%-15s pnull=%.2f\n", mark, ex.set[:4], ex.file, want, got, c.pNull)
		for i, r := range ex.rules {
			f := c.evs[i].f
			m := ""
			if r.Type == ex.want {
				m = "*"
			}
			fmt.Printf("      %1s%-15s p=%.2f name=%.2f other=%.2f desc=%.2f lex=%.2f layout=%+.2f unlike=%.2f talk=%.2f beaten=%.2f(%s) aside=%.2f dens=%.2f purpose=%+.2f\n",
				m, r.Type, c.evs[i].prob, f.name, f.other, f.desc, f.lex, f.layout, f.unlike, f.talk, f.beaten, kindID(c.evs[i].rival), f.aside, f.dens, f.purpose)
		}
		d := c.doc
		var cs []string
		for k := range numCues {
			if d.cues[k] > 0 {
				cs = append(cs, fmt.Sprintf("%s=%.1f", cueKeys[k], d.cues[k]))
			}
		}
		fmt.Printf("      cues: %s\n", strings.Join(cs, " "))
		var ms []string
		for _, m := range d.mentions {
			if m.weight >= nameInSubject {
				ms = append(ms, fmt.Sprintf("%s(%s,%.2f)", kindLexicon().kinds[m.kind].id, m.text, m.weight))
			}
		}
		fmt.Printf("      named: %s\n", strings.Join(ms, " "))
		var as []string
		for _, h := range d.acts {
			as = append(as, fmt.Sprintf("%s(%d,'%s')", kindLexicon().kinds[h.kind].id, h.n, h.first))
		}
		if len(as) > 0 {
			fmt.Printf("      acts: %s\n", strings.Join(as, " "))
		}
	}
}

// TestCalibrate fits the model of calibration.go on the dev split of the
// corpus and prints its weights, to be pasted there.
//
//	go test ./internal/scorer -run TestCalibrate -calibrate -v
func TestCalibrate(t *testing.T) {
	if !*calibrate {
		t.Skip("run with -calibrate")
	}
	cases := choiceCases(devExamples(t))
	for _, ridge := range []float64{0.1, 0.3, 1, 3} {
		fmt.Printf("// ridge %-4v: %v\n", ridge, fitChoice(cases, ridge))
	}
	fmt.Printf("// fitted on %d dev documents\n", len(cases))
	fmt.Printf("var model = %#v\n", fitChoice(cases, modelRidge))
}

// TestCalibrateNull fits nullCalibration: the map from the model's
// probability that no rule applies to the confidence of a null answer,
// fitted on the null answers of the blind rounds but the documents held
// out, and prints it to be pasted there, with how reliable null answers
// are under the model's probability and under the map on the documents
// held out and on the test split. It takes about a minute on two cores.
// It reads the model's probabilities without the association table: the
// blind rounds it fits on are those the table learnt, where the table's
// answers are right by rote and say nothing of how sure a null answer
// should be.
//
//	go test ./internal/scorer -run TestCalibrateNull -calibratenull ot,ou,... -v -timeout 30m
func TestCalibrateNull(t *testing.T) {
	if *nullFit == "" {
		t.Skip("run with -calibratenull PREFIX,PREFIX,...")
	}
	held := func(file string) bool {
		return slices.ContainsFunc(strings.Split(*nullFit, ","), func(p string) bool { return p != "" && strings.HasPrefix(file, p) })
	}
	exs := corpusExamples(t, "test", "blind")
	// Each document's null answer: the model's probability that no rule
	// applies, and whether none does; p is -1 for a typed answer, whose
	// probability is in typed (-1 for a null answer), right or not.
	ps := make([]float64, len(exs))
	typed := make([]float64, len(exs))
	typedRight := make([]bool, len(exs))
	forEachInParallel(len(exs), func(i int) {
		c := modelRank(truncate(exs[i].text, MaxTextBytes), exs[i].rules)
		ps[i], typed[i] = -1, -1
		if c.best < 0 {
			ps[i] = c.pNull
		} else {
			typed[i] = c.evs[c.best].prob
			typedRight[i] = exs[i].rules[c.best].Type == exs[i].want
		}
	})
	var xs []float64
	var ys []bool
	for i, ex := range exs {
		if ex.split == "blind" && !held(ex.file) && ps[i] >= 0 {
			xs = append(xs, logit(ps[i]))
			ys = append(ys, ex.want == "")
		}
	}
	a, b := fitPlatt(xs, ys)
	fmt.Printf("// fitted on the null answers of %d blind documents\nvar nullCalibration = [2]float64{%.2f, %.2f}\n", len(xs), a, b)
	// The same map for typed answers, which the scorer does not apply:
	// it shows how far from the identity they are.
	var txs []float64
	var tys []bool
	for i, ex := range exs {
		if ex.split == "blind" && !held(ex.file) && typed[i] >= 0 {
			txs = append(txs, logit(typed[i]))
			tys = append(tys, typedRight[i])
		}
	}
	ta, tb := fitPlatt(txs, tys)
	var heldConfs, heldMapped []float64
	var heldRight []bool
	for i, ex := range exs {
		if ex.split == "blind" && held(ex.file) && typed[i] >= 0 {
			heldConfs = append(heldConfs, round2(min(typed[i], maxConfidence)))
			heldMapped = append(heldMapped, round2(min(sigmoid(ta*logit(typed[i])+tb), maxConfidence)))
			heldRight = append(heldRight, typedRight[i])
		}
	}
	fmt.Printf("typed answers of %d blind documents would map by {%.2f, %.2f}; held out, model: %s\nheld out, that map: %s\n",
		len(txs), ta, tb, reliabilityLine(heldConfs, heldRight), reliabilityLine(heldMapped, heldRight))
	for _, group := range []struct {
		name string
		in   func(example) bool
	}{
		{"held out", func(ex example) bool { return ex.split == "blind" && held(ex.file) }},
		{"test split", func(ex example) bool { return ex.split == "test" }},
	} {
		for _, m := range []struct {
			name string
			conf func(float64) float64
		}{
			{"model", func(p float64) float64 { return p }},
			{"map", func(p float64) float64 { return sigmoid(a*logit(p) + b) }},
		} {
			var confs []float64
			var right []bool
			for i, ex := range exs {
				if group.in(ex) && ps[i] >= 0 {
					confs = append(confs, round2(min(m.conf(ps[i]), maxConfidence)))
					right = append(right, ex.want == "")
				}
			}
			fmt.Printf("%s, %s: %s\n", group.name, m.name, reliabilityLine(confs, right))
		}
	}
}

// forEachInParallel calls f for 0 to n-1, on as many goroutines as there are
// processors, and returns when every call has.
func forEachInParallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// logit is the log-odds of p, kept finite.
func logit(p float64) float64 {
	p = min(max(p, 1e-9), 1-1e-9)
	return math.Log(p / (1 - p))
}

// fitPlatt fits y ~ sigmoid(a·x + b) by maximum likelihood: Newton's
// method from the identity (a = 1, b = 0), each step halved until the
// likelihood rises (the problem is convex and two-dimensional). Data that
// fix no slope (every x alike) leave the identity as it is.
func fitPlatt(xs []float64, ys []bool) (a, b float64) {
	target := func(i int) float64 {
		if ys[i] {
			return 1
		}
		return 0
	}
	loss := func(a, b float64) float64 {
		l := 0.0
		for i, x := range xs {
			z := a*x + b
			// log(1+e^z) - y·z, the negative log-likelihood.
			l += softplus(z) - target(i)*z
		}
		return l
	}
	a = 1
	cur := loss(a, b)
	for range 100 {
		var ga, gb, haa, hab, hbb float64
		for i, x := range xs {
			p := sigmoid(a*x + b)
			w := max(p*(1-p), 1e-12)
			ga += (p - target(i)) * x
			gb += p - target(i)
			haa += w * x * x
			hab += w * x
			hbb += w
		}
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		step := 1.0
		for ; step > 1e-6; step /= 2 {
			if l := loss(a-step*da, b-step*db); l < cur {
				a, b, cur = a-step*da, b-step*db, l
				break
			}
		}
		if step <= 1e-6 || math.Abs(step*da)+math.Abs(step*db) < 1e-9 {
			break
		}
	}
	return a, b
}

// reliabilityLine says, for answers given with confs of which right are
// right, how many fall in each band of confidence and how many of those
// are right, and the mean log loss.
func reliabilityLine(confs []float64, right []bool) string {
	var s strings.Builder
	loss := 0.0
	for i, c := range confs {
		if right[i] {
			loss -= math.Log(c)
		} else {
			loss -= math.Log(1 - c)
		}
	}
	fmt.Fprintf(&s, "%d answers, log loss %.3f;", len(confs), loss/float64(max(len(confs), 1)))
	bands := []float64{0, 0.5, 0.8, 0.9, 0.95, 1.01}
	for j := 1; j < len(bands); j++ {
		n, ok, sum := 0, 0, 0.0
		for i, c := range confs {
			if c >= bands[j-1] && c < bands[j] {
				n++
				sum += c
				if right[i] {
					ok++
				}
			}
		}
		if n > 0 {
			fmt.Fprintf(&s, " [%.2f, %.2f) %d, %.0f%% right, mean %.2f;", bands[j-1], min(bands[j], 1), n, 100*float64(ok)/float64(n), sum/float64(n))
		}
	}
	return strings.TrimSuffix(s.String(), ";")
}

// TestBlindFit weighs fitting the model on the blind rounds too, not only
// on the dev split: it fits on the dev split and every blind rule set
// but those given (the rounds to hold out), and prints how that fit and
// the committed model do on the sets held out and on the test split. It
// takes about a minute and a half on two cores.
//
//	go test ./internal/scorer -run TestBlindFit -blindfit mortgagebroker,cattery,... -v -timeout 30m
func TestBlindFit(t *testing.T) {
	if *blindFit == "" {
		t.Skip("run with -blindfit SET,SET,...")
	}
	held := map[string]bool{}
	for _, s := range strings.Split(*blindFit, ",") {
		held[s] = true
	}
	exs := corpusExamples(t, "dev", "test", "blind")
	cases := make([]choiceCase, len(exs))
	forEachInParallel(len(exs), func(i int) { cases[i] = choiceCases(exs[i : i+1])[0] })
	dev, blind := 0, 0
	for _, ex := range exs {
		switch {
		case ex.split == "dev":
			dev++
		case ex.split == "blind" && !held[ex.set]:
			blind++
		}
	}
	devWeight := max(1, float64(blind)/float64(max(dev, 1)))
	var train []choiceCase
	for i, ex := range exs {
		switch {
		case ex.split == "dev":
			c := cases[i]
			c.weight = devWeight
			train = append(train, c)
		case ex.split == "blind" && !held[ex.set]:
			train = append(train, cases[i])
		}
	}
	w := fitChoice(train, modelRidge)
	fmt.Printf("fitted on %d dev documents (each counted %.2f times) and %d blind ones: %#v\n", dev, devWeight, blind, w)
	for _, m := range []struct {
		name string
		w    []float64
	}{{"committed model", model}, {"dev and blind fit", w}} {
		var heldN, heldRight, testN, testRight int
		for i, ex := range exs {
			got, _ := predict(m.w, cases[i])
			switch {
			case held[ex.set]:
				heldN++
				if got == cases[i].want {
					heldRight++
				}
			case ex.split == "test":
				testN++
				if got == cases[i].want {
					testRight++
				}
			}
		}
		fmt.Printf("%s: held out %d of %d, test %d of %d\n", m.name, heldRight, heldN, testRight, testN)
	}
}

// TestLeaveOneSetOut estimates how the scorer does on rules it was not
// fitted to: for each rule set, the model is fitted on the dev split of
// the others and measured on this set.
//
//	go test ./internal/scorer -run TestLeaveOneSetOut -loso dev -v
func TestLeaveOneSetOut(t *testing.T) {
	if *loso == "" {
		t.Skip("run with -loso dev or -loso all")
	}
	if *drop != "" {
		dropKinds(t, strings.Split(*drop, ","))
	}
	splits := []string{"dev"}
	if *loso == "all" {
		splits = []string{"dev", "test"}
	}
	exs := corpusExamples(t, splits...)
	cases := choiceCases(exs)
	sets := map[string]bool{}
	for _, ex := range exs {
		sets[ex.set] = true
	}
	names := make([]string, 0, len(sets))
	for s := range sets {
		names = append(names, s)
	}
	slices.Sort(names)
	var sum struct{ right, n, typed, typedRight, nullAns, nullRight, nulls int }
	var sumLoss float64
	// The same by split: the lexicon was written partly from dev
	// documents, so the held-out sets' test rows are the fairer measure.
	bySplit := map[string]*tally{}
	defer func() {
		fmt.Printf("all held-out sets: accuracy %5.1f%% (%d/%d), typed right %5.1f%%, null precision %5.1f%% recall %5.1f%%, log loss %.3f\n",
			pct(sum.right, sum.n), sum.right, sum.n, pct(sum.typedRight, sum.typed), pct(sum.nullRight, sum.nullAns), pct(sum.nullRight, sum.nulls), sumLoss/float64(sum.n))
		for _, sp := range splits {
			if t := bySplit[sp]; t != nil {
				fmt.Printf("  %s rows only: %s\n", sp, t)
			}
		}
	}()
	for _, held := range names {
		var train []choiceCase
		for i, ex := range exs {
			if ex.set != held && ex.split == "dev" {
				train = append(train, cases[i])
			}
		}
		w := fitChoice(train, *ridge)
		right, n, typed, typedRight, nullAns, nullRight, nulls := 0, 0, 0, 0, 0, 0, 0
		hi, hiRight, mid, midRight, loss := 0, 0, 0, 0, 0.0
		var misses []string
		for i, ex := range exs {
			if ex.set != held {
				continue
			}
			n++
			got, p := predict(w, cases[i])
			loss -= math.Log(max(1e-6, probOf(w, cases[i], cases[i].want)))
			switch {
			case p >= 0.8:
				hi++
				if got == cases[i].want {
					hiRight++
				}
			case p >= 0.5:
				mid++
				if got == cases[i].want {
					midRight++
				}
			}
			if pw := probOf(w, cases[i], cases[i].want); *margins && ex.split == "dev" && pw < 0.7 {
				fmt.Printf("    weak: %s %s want=%s p=%.2f got=%d\n", held, ex.file, ex.want, pw, got)
			}
			if bySplit[ex.split] == nil {
				bySplit[ex.split] = &tally{}
			}
			bySplit[ex.split].add(got, cases[i].want, p)
			if got == cases[i].want {
				right++
			} else if ex.split == "dev" {
				name := "null"
				if got >= 0 {
					name = ex.rules[got].Type
				}
				misses = append(misses, fmt.Sprintf("%s(%s->%s %.2f)", ex.file, ex.want, name, p))
			}
			if cases[i].want >= 0 {
				typed++
				if got == cases[i].want {
					typedRight++
				}
			} else {
				nulls++
			}
			if got < 0 {
				nullAns++
				if cases[i].want < 0 {
					nullRight++
				}
			}
		}
		sumLoss += loss
		sum.right += right
		sum.n += n
		sum.typed += typed
		sum.typedRight += typedRight
		sum.nullAns += nullAns
		sum.nullRight += nullRight
		sum.nulls += nulls
		fmt.Printf("held out %-10s: accuracy %5.1f%% (%d/%d), typed right %5.1f%%, null precision %5.1f%% recall %5.1f%%  weights %v\n",
			held, pct(right, n), right, n, pct(typedRight, typed), pct(nullRight, nullAns), pct(nullRight, nulls), w)
		fmt.Printf("    log loss %.3f; confidence >= 0.8: %d answers, %.1f%% right; [0.5, 0.8): %d, %.1f%%\n", loss/float64(n), hi, pct(hiRight, hi), mid, pct(midRight, mid))
		fmt.Printf("    dev misses: %s\n", strings.Join(misses, " "))
	}
}

// tally counts the answers to some cases: right, typed and null.
type tally struct {
	right, n, typed, typedRight, nullAns, nullRight, nulls, hi, hiRight int
}

// add counts one answer got (-1 for none) to a case whose right answer
// is want, given with confidence p.
func (t *tally) add(got, want int, p float64) {
	t.n++
	if got == want {
		t.right++
	}
	if p >= 0.8 {
		t.hi++
		if got == want {
			t.hiRight++
		}
	}
	if want >= 0 {
		t.typed++
		if got == want {
			t.typedRight++
		}
	} else {
		t.nulls++
	}
	if got < 0 {
		t.nullAns++
		if want < 0 {
			t.nullRight++
		}
	}
}

func (t *tally) String() string {
	return fmt.Sprintf("accuracy %5.1f%% (%d/%d), typed right %5.1f%%, null precision %5.1f%% recall %5.1f%%; confidence >= 0.8: %d, %.1f%% right",
		pct(t.right, t.n), t.right, t.n, pct(t.typedRight, t.typed), pct(t.nullRight, t.nullAns), pct(t.nullRight, t.nulls), t.hi, pct(t.hiRight, t.hi))
}

func pct(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return 100 * float64(a) / float64(b)
}

// The committed model is the fit on the dev split of the corpus. The
// fit is arithmetic over 2,884 documents' features, in eight parts at
// once: about 20 s alone on two cores, minutes under the race detector,
// which has nothing to find in it. `make test` runs it once without
// -race.
func TestModelIsTheDevFit(t *testing.T) {
	if raceDetector {
		t.Skip("slow under -race, which has nothing to find in plain arithmetic: make test runs it without the race detector")
	}
	fit := fitChoice(choiceCases(devExamples(t)), modelRidge)
	for i := range model {
		if math.Abs(model[i]-fit[i]) > 0.011 {
			t.Fatalf("model = %v, but the dev split fits %v: run TestCalibrate -calibrate and paste its output", model, fit)
		}
	}
}

func kindID(k int) string {
	if k < 0 {
		return ""
	}
	return kindLexicon().kinds[k].id
}

// dropKinds takes kinds out of the lexicon for the rest of the test
// binary's life.
func dropKinds(t *testing.T, ids []string) {
	t.Helper()
	var b strings.Builder
	skip := false
	for _, line := range strings.Split(kindsText, "\n") {
		if id, ok := strings.CutPrefix(line, "kind "); ok {
			skip = slices.Contains(ids, strings.TrimSpace(id))
		}
		if !skip {
			b.WriteString(line + "\n")
		}
	}
	lx := parseKinds(b.String())
	kindLexicon = func() *lexicon { return lx }
	profiles.Lock()
	clear(profiles.m)
	profiles.Unlock()
}
