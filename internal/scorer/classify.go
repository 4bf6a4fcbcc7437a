package scorer

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Rule is one classification rule: the type to assign and a description of
// what such a document contains.
type Rule struct {
	Type, Description string
}

// Result is the classification of one document. Type is nil when no rule
// fits it.
type Result struct {
	// Type is the Type of the chosen rule, or nil.
	Type *string
	// Confidence is in [0, 1], rounded to two decimals. With a Type it is
	// the estimated probability that the type is right; without one, the
	// estimated probability that no rule applies. Both are calibrated on a
	// corpus of labelled documents (see the README).
	Confidence float64
	// Reasoning names the evidence for the chosen rule and what set it
	// apart from the runner-up, or why no rule fits.
	Reasoning string
}

// maxQuoted bounds the evidence a reasoning sentence lists.
const maxQuoted = 5

// Where a rule's type is found, and how much that says: a title that names
// the type says what the document is; prose that mentions it says little.
var typeWeightAt = [...]float64{
	bodyLine:    0.2,
	subjectLine: 0.2,
	fieldLine:   0.55,
	headingLine: 0.75,
	titleLine:   1,
}

// Where a rule's other words are found: anywhere counts, set-apart lines
// a little more.
var termWeightAt = [...]float64{
	bodyLine:    0.7,
	subjectLine: 0.7,
	fieldLine:   0.9,
	headingLine: 0.9,
	titleLine:   1,
}

// descHead is how many of a description's first words can name the kind
// it describes ("A bill ...", "A person's CV or resume ..."); kinds named
// later are details ("paid by cash or card").
const descHead = 3

// Credits of another name of a rule's kind, against its type: a synonym
// of the type ("agreement" for a contract), and a kind the description
// starts with ("A bill a seller sends ...").
const (
	synonymCredit = 0.8
	headCredit    = 0.6
)

// phraseBonus is the extra credit for two adjacent words of a description
// found adjacent in the document, as a share of their weight.
const phraseBonus = 0.5

// massScale sets how fast a rule's description evidence grows: the weight
// of the words found, over the L2 norm of the weights of all its words
// (so that a long description, which lists more than any one document
// holds, is not held to the share of it found), reaches 63% of the most at
// massScale.
const massScale = 1.5

// maxConfidence caps the confidence: a few dozen labelled documents
// cannot show an answer to be surer than that.
const maxConfidence = 0.99

// tieScale is the lead over the runner-up at which the confidence of the
// choice between them is at most 73% (e^1 to 1); with no lead it is 50%.
const tieScale = 0.05

// The parts of a rule's score.
const (
	typeShare  = 0.45 // the type, by where it is found
	descShare  = 0.45 // the description's words
	genreShare = 0.10 // the layout cues the description's words expect
	otherKind  = 0.25 // penalty: the title names another kind of document
)

// term is one word a rule looks for.
type term struct {
	stem    string
	display string // as written in the rule
	weight  float64
	isType  bool
}

// pair is two words of a description that stand side by side.
type pair struct {
	a, b    int // indexes into terms
	display string
}

// alt is another name of the kind a rule describes.
type alt struct {
	stem, display string
	credit        float64
}

// profile is everything a rule looks for.
type profile struct {
	typeStems []int // indexes into terms
	alts      []alt // kinds the description names besides the type, and synonyms
	terms     []term
	pairs     []pair // adjacent description words
	expects   []cue
	stems     map[string]bool
}

// splitType turns a type into words: "bank_statement", "bank-statement",
// "BankStatement" and "Bank Statement" are all "bank statement".
func splitType(t string) string {
	var b strings.Builder
	var prev rune
	for _, r := range t {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// profiles remembers the profiles of recent rules: a client sends the
// same rules with every document. It is bounded, and emptied when full.
var profiles = struct {
	sync.Mutex
	m map[Rule]*profile
}{m: map[Rule]*profile{}}

const maxCachedProfiles = 256

// cachedProfile returns profileOf(r), computed once while remembered. A
// profile is never changed once built.
func cachedProfile(r Rule) *profile {
	profiles.Lock()
	p, ok := profiles.m[r]
	profiles.Unlock()
	if ok {
		return p
	}
	p = profileOf(r)
	profiles.Lock()
	if len(profiles.m) >= maxCachedProfiles {
		clear(profiles.m)
	}
	profiles.m[r] = p
	profiles.Unlock()
	return p
}

func profileOf(r Rule) *profile {
	p := &profile{stems: map[string]bool{}}
	index := map[string]int{}
	add := func(stem, display string, isType bool) int {
		if i, ok := index[stem]; ok {
			if p.terms[i].isType && !isType {
				p.terms[i].display = display // quote it as the description writes it
			}
			return i
		}
		i := len(p.terms)
		index[stem] = i
		p.stems[stem] = true
		p.terms = append(p.terms, term{stem: stem, display: display, weight: rarity(stem), isType: isType})
		return i
	}
	typeText := splitType(r.Type)
	for _, t := range tokenize(typeText, false) {
		p.typeStems = append(p.typeStems, add(t.stem, typeText[t.start:t.end], true))
	}
	desc := tokenize(r.Description, true)
	prev := -1
	for j, t := range desc {
		i := add(t.stem, r.Description[t.start:t.end], false)
		if prev >= 0 && !t.gap && prev != i {
			p.pairs = append(p.pairs, pair{a: prev, b: i, display: r.Description[desc[j-1].start:t.end]})
		}
		prev = i
		if j < descHead && kindNouns[t.stem] && !slices.Contains(p.typeStems, i) {
			p.addAlt(t.stem, p.terms[i].display, headCredit)
		}
	}
	for _, i := range p.typeStems {
		for _, syn := range kindSynonyms[p.terms[i].stem] {
			p.addAlt(syn, syn, synonymCredit)
		}
	}
	for _, a := range slices.Clone(p.alts) {
		for _, syn := range kindSynonyms[a.stem] {
			p.addAlt(syn, syn, a.credit)
		}
	}
	// A rule expects a layout when it says two of the words of it ("total",
	// "tax"), not one in passing ("bill of lading"); a signature block is
	// expected as soon as signatures are.
	for c := range numCues {
		n := 0
		for _, t := range p.terms {
			if cueWords[c][t.stem] {
				n++
			}
		}
		if n >= 2 || (n == 1 && c == cueSignatures) {
			p.expects = append(p.expects, c)
		}
	}
	return p
}

func (p *profile) addAlt(stem, display string, credit float64) {
	for _, i := range p.typeStems {
		if p.terms[i].stem == stem {
			return
		}
	}
	for _, a := range p.alts {
		if a.stem == stem {
			return
		}
	}
	p.alts = append(p.alts, alt{stem, display, credit})
	p.stems[stem] = true
}

// hit is a rule's word found in the document.
type hit struct {
	term   int
	credit float64  // in (0, 1]: how well and where it was found
	kind   lineKind // the best line it was found on
	as     string   // the document's stem when it is a near match
}

// evidence is how one rule fares against a document.
type evidence struct {
	typeScore float64 // in [0, 1]
	typeKind  lineKind
	typeAlt   int   // the alternative kind that gave typeScore, or -1
	typeFound []int // the type's words found on the line that gave typeScore
	hits      []hit
	pairs     []int   // indexes into the profile's pairs
	desc      float64 // in [0, 1]
	genre     float64 // in [-1, 1]
	present   []cue   // expected cues the document shows
	missing   []cue   // expected cues it lacks
	other     string  // a kind the title names that the rule does not
	score     float64
}

// find looks for one stem: exactly, else approximately. It returns the
// credit of the match and the document's token indexes.
func (d *document) find(stem string) (float64, []int32, string) {
	if at := d.at[stem]; len(at) > 0 {
		return 1, at, ""
	}
	near, c := d.nearest(stem)
	if c == 0 {
		return 0, nil, ""
	}
	return c, d.at[near], near
}

func (d *document) bestKind(at []int32) lineKind {
	k := bodyLine
	for _, i := range at {
		k = max(k, d.toks[i].kind)
		if k == titleLine {
			break
		}
	}
	return k
}

func (d *document) hasPair(a, b string) bool {
	for _, i := range d.at[a] {
		if int(i)+1 < len(d.toks) && d.toks[i+1].stem == b {
			return true
		}
	}
	return false
}

// specificity scales the weight of a word used by n of nRules rules: 1
// when one rule uses it, down to a half when all do.
func specificity(n, nRules int) float64 {
	if n <= 1 || nRules <= 1 {
		return 1
	}
	return 1 - 0.5*float64(n-1)/float64(nRules-1)
}

// score weighs one rule's evidence in the document; shared counts the
// rules that use each stem.
func score(p *profile, d *document, kind string, shared map[string]int, nRules int) evidence {
	ev := evidence{typeAlt: -1}

	// A word several rules use tells them apart less: its weight is
	// scaled down by how many of the rules use it.
	weight := make([]float64, len(p.terms))
	var norm float64
	for i, t := range p.terms {
		weight[i] = t.weight * specificity(shared[t.stem], nRules)
		norm += weight[i] * weight[i]
	}
	norm = math.Sqrt(norm)

	found := make([]float64, len(p.terms))
	where := make([][]int32, len(p.terms))
	var got float64
	for i, t := range p.terms {
		c, at, near := d.find(t.stem)
		if c == 0 {
			continue
		}
		k := d.bestKind(at)
		credit := c * termWeightAt[k]
		if k == bodyLine && len(at) >= 3 {
			credit = min(c, credit+0.1)
		}
		found[i], where[i] = c, at
		ev.hits = append(ev.hits, hit{term: i, credit: credit, kind: k, as: near})
		got += weight[i] * credit
	}
	for j, pr := range p.pairs {
		a, b := p.terms[pr.a], p.terms[pr.b]
		if d.hasPair(a.stem, b.stem) {
			ev.pairs = append(ev.pairs, j)
			got += phraseBonus * (weight[pr.a] + weight[pr.b]) / 2
		}
	}
	if norm > 0 {
		ev.desc = 1 - math.Exp(-got/norm/massScale)
	}

	// The type: the share of its words found together on one line, by the
	// kind of that line.
	if len(p.typeStems) > 0 {
		var typeTotal float64
		perLine := map[int32]float64{}
		onLine := map[int32][]int{}
		kindOf := map[int32]lineKind{}
		for _, i := range p.typeStems {
			typeTotal += p.terms[i].weight
			for _, at := range where[i] {
				line := d.toks[at].line
				kindOf[line] = max(kindOf[line], d.toks[at].kind)
				if !slices.Contains(onLine[line], i) {
					onLine[line] = append(onLine[line], i)
					perLine[line] += p.terms[i].weight * found[i]
				}
			}
		}
		bestLine := int32(-1)
		for line, w := range perLine {
			share := w / typeTotal
			k := kindOf[line]
			if k == titleLine && kind != "" && !p.stems[kind] {
				// "Purchase order policy": the title names the type
				// only to say what the policy is about.
				k = bodyLine
			}
			s := typeWeightAt[k] * math.Pow(share, 1.5)
			if s > ev.typeScore || (s == ev.typeScore && s > 0 && line < bestLine) {
				ev.typeScore, ev.typeKind, bestLine = s, k, line
			}
		}
		if bestLine >= 0 {
			ev.typeFound = onLine[bestLine]
		}
	}
	for i, a := range p.alts {
		c, at, _ := d.find(a.stem)
		if c == 0 {
			continue
		}
		k := d.bestKind(at)
		if s := a.credit * c * typeWeightAt[k]; s > ev.typeScore {
			ev.typeScore, ev.typeKind, ev.typeAlt = s, k, i
		}
	}

	for _, c := range p.expects {
		v := d.cues.get(c)
		ev.genre += 2*v - 1
		if v >= 0.5 {
			ev.present = append(ev.present, c)
		} else {
			ev.missing = append(ev.missing, c)
		}
	}
	if n := len(p.expects); n > 0 {
		ev.genre /= float64(n)
	}

	if kind != "" && !p.stems[kind] {
		ev.other = kind
	}

	ev.score = typeShare*ev.typeScore + descShare*ev.desc + genreShare*ev.genre
	if ev.other != "" {
		ev.score -= otherKind
	}
	return ev
}

// headWordBreaks end the head of a title: in "Guide to insurance claims"
// or "Policy on purchase orders" the kind of the document comes before
// them.
var headWordBreaks = map[string]bool{
	"of": true, "for": true, "to": true, "on": true, "about": true, "regarding": true,
	"with": true, "from": true, "in": true, "re": true, "and": true, "how": true,
}

// titleKind is the kind of document the document's title names, as a
// stem, or "": the last kind noun of the first title line that names one,
// before any "of", "to", "on" ... ("Purchase order policy" is a policy,
// "Guide to claims" a guide).
func titleKind(titles []string) string {
	for _, line := range titles {
		head := ""
		for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if headWordBreaks[w] {
				if head != "" {
					break
				}
				continue
			}
			if s := stemOf(w); titleKindNouns[s] {
				head = s
			}
		}
		if head != "" {
			return head
		}
	}
	return ""
}

func stemOf(w string) string {
	if toks := tokenize(w, false); len(toks) == 1 {
		return toks[0].stem
	}
	return ""
}

// Classify scores every rule against text and picks the one that fits
// best, or none when no rule fits well enough. Only the first MaxTextBytes
// of text are read. The result depends only on text and the rules (ties
// going to the earlier rule), never on timing or map order.
func Classify(text string, rules []Rule) Result {
	text = truncate(text, MaxTextBytes)
	if len(rules) == 0 {
		return Result{Confidence: 1, Reasoning: "No rule matched: no rules were given."}
	}
	c := rank(text, rules)
	f := c.features()
	if pRight := probability(calRight, f); pRight >= 0.5 {
		t := rules[c.best].Type
		// However strong the evidence, a rule barely ahead of another is
		// no surer than a coin toss between them.
		if c.second >= 0 {
			pRight = min(pRight, 1/(1+math.Exp(-f.margin/tieScale)))
		}
		return Result{Type: &t, Confidence: round2(min(pRight, maxConfidence)), Reasoning: matchReason(rules, c.profiles, c.evs, c.best, c.second)}
	}
	return Result{Confidence: round2(min(probability(calNull, f), maxConfidence)), Reasoning: noMatchReason(rules, c.profiles, c.evs, c.best)}
}

// ranking is every rule's evidence, best first.
type ranking struct {
	profiles     []*profile
	evs          []evidence
	best, second int // second is -1 with one rule
}

func rank(text string, rules []Rule) ranking {
	d := analyze(text)
	kind := titleKind(d.titles)
	if d.named == "articl" {
		kind = d.named
	}
	for _, k := range []string{d.subjectKind, d.named} {
		if kind == "" {
			kind = k
		}
	}
	c := ranking{profiles: make([]*profile, len(rules)), evs: make([]evidence, len(rules)), second: -1}
	shared := map[string]int{}
	for i, r := range rules {
		c.profiles[i] = cachedProfile(r)
		for _, t := range c.profiles[i].terms {
			shared[t.stem]++
		}
	}
	for i := range rules {
		c.evs[i] = score(c.profiles[i], d, kind, shared, len(rules))
		switch {
		case i == 0:
		case c.evs[i].score > c.evs[c.best].score:
			c.best, c.second = i, c.best
		case c.second < 0 || c.evs[i].score > c.evs[c.second].score:
			c.second = i
		}
	}
	return c
}

func (c ranking) features() features {
	b := c.evs[c.best]
	f := features{typeScore: b.typeScore, desc: b.desc, genre: b.genre, margin: b.score}
	if b.other != "" {
		f.other = 1
	}
	if c.second >= 0 {
		f.margin -= c.evs[c.second].score
	}
	return f
}

// decide returns the index of the best rule and the features of the
// calibration, for TestCalibrate.
func decide(text string, rules []Rule) (int, features) {
	c := rank(truncate(text, MaxTextBytes), rules)
	return c.best, c.features()
}

// whereName says where a type was found, for the reasoning.
var whereName = [...]string{
	bodyLine:    "in running text",
	subjectLine: "in a subject line",
	fieldLine:   "in a field label",
	headingLine: "in a heading",
	titleLine:   "in the title",
}

func typeClause(p *profile, ev evidence, typ string) string {
	if ev.typeScore == 0 {
		return fmt.Sprintf("nothing names it %s", typ)
	}
	if ev.typeAlt >= 0 {
		return fmt.Sprintf("it is named '%s' %s", p.alts[ev.typeAlt].display, whereName[ev.typeKind])
	}
	words := make([]string, len(ev.typeFound))
	for i, t := range ev.typeFound {
		words[i] = p.terms[t].display
	}
	if len(ev.typeFound) < len(p.typeStems) {
		return fmt.Sprintf("only '%s' of its type is named %s", strings.Join(words, " "), whereName[ev.typeKind])
	}
	return fmt.Sprintf("it is named '%s' %s", strings.Join(words, " "), whereName[ev.typeKind])
}

func matchReason(rules []Rule, profiles []*profile, evs []evidence, best, second int) string {
	p, ev := profiles[best], evs[best]
	var b strings.Builder
	fmt.Fprintf(&b, "Classified as %s: %s", rules[best].Type, typeClause(p, ev, rules[best].Type))
	if q := quoteEvidence(p, ev); q != "" {
		fmt.Fprintf(&b, "; mentions %s", q)
	}
	if len(ev.present) > 0 {
		fmt.Fprintf(&b, "; has %s", cueList(ev.present))
	}
	if second >= 0 {
		s := evs[second]
		fmt.Fprintf(&b, ". Runner-up %s (score %.2f against %.2f)", rules[second].Type, s.score, ev.score)
		switch {
		case s.score == ev.score:
			b.WriteString(" ties and loses by coming later")
		case s.typeScore < ev.typeScore:
			fmt.Fprintf(&b, ": %s", typeClause(profiles[second], s, rules[second].Type))
			if q := quoteEvidence(profiles[second], s); q != "" {
				fmt.Fprintf(&b, ", and it matched %s", q)
			}
		case len(s.hits) == 0:
			b.WriteString(": matched none of its words")
		default:
			fmt.Fprintf(&b, ": matched only %s", quoteEvidence(profiles[second], s))
		}
	}
	b.WriteString(".")
	return b.String()
}

func noMatchReason(rules []Rule, profiles []*profile, evs []evidence, best int) string {
	p, ev := profiles[best], evs[best]
	if len(ev.hits) == 0 && ev.typeScore == 0 {
		return fmt.Sprintf("No rule matched: the document mentions nothing the rules describe, so the closest rule is simply the first, %s.", rules[best].Type)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "No rule matched: the closest is %s (score %.2f), but %s", rules[best].Type, ev.score,
		typeClause(p, ev, rules[best].Type))
	if q := quoteEvidence(p, ev); q != "" {
		fmt.Fprintf(&b, " and it matched only %s", q)
	}
	if len(ev.missing) > 0 {
		fmt.Fprintf(&b, "; the document lacks %s", cueList(ev.missing))
	}
	if ev.other != "" {
		fmt.Fprintf(&b, "; its title names another kind of document ('%s')", kindWord(ev.other))
	}
	b.WriteString(".")
	return b.String()
}

func cueList(cs []cue) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = cueNames[c]
	}
	return joinAnd(names)
}

// quoteEvidence quotes the words and phrases of a rule found in the
// document, strongest first. A word is left out when a phrase holding it
// is quoted, and so are the type's own words when the type was found (the
// type clause names them).
func quoteEvidence(p *profile, ev evidence) string {
	type unit struct {
		text   string
		weight float64
	}
	var units []unit
	covered := map[int]bool{}
	for _, j := range ev.pairs {
		pr := p.pairs[j]
		if ev.typeScore > 0 && ev.typeAlt < 0 && p.terms[pr.a].isType && p.terms[pr.b].isType {
			continue
		}
		units = append(units, unit{"'" + pr.display + "'", p.terms[pr.a].weight + p.terms[pr.b].weight})
		covered[pr.a], covered[pr.b] = true, true
	}
	for _, h := range ev.hits {
		if covered[h.term] || (ev.typeScore > 0 && ev.typeAlt < 0 && p.terms[h.term].isType) || (ev.typeAlt >= 0 && p.terms[h.term].stem == p.alts[ev.typeAlt].stem) {
			continue
		}
		q := "'" + p.terms[h.term].display + "'"
		if h.as != "" {
			q += fmt.Sprintf(" (as '%s')", h.as)
		}
		units = append(units, unit{q, p.terms[h.term].weight * h.credit})
	}
	slices.SortStableFunc(units, func(a, b unit) int {
		switch {
		case a.weight > b.weight:
			return -1
		case a.weight < b.weight:
			return 1
		}
		return 0
	})
	quoted := make([]string, len(units))
	for i, u := range units {
		quoted[i] = u.text
	}
	if len(quoted) > maxQuoted {
		more := len(quoted) - maxQuoted
		return strings.Join(quoted[:maxQuoted], ", ") + fmt.Sprintf(" and %d more", more)
	}
	return joinAnd(quoted)
}

func joinAnd(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

func round2(x float64) float64 {
	return math.Round(min(max(x, 0), 1)*100) / 100
}

// truncate cuts s to at most n bytes without splitting a character.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
