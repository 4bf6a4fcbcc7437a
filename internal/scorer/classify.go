package scorer

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// Rule is one classification rule: the type to assign and a description of
// what such a document contains.
type Rule struct {
	Type, Description string
}

// Result is the classification of one document. Type is nil when no rule
// matched well enough.
type Result struct {
	// Type is the Type of the winning rule, or nil.
	Type *string
	// Confidence is in [0, 1], rounded to two decimals. With a Type it
	// grows with how much of the rule's evidence the document holds and
	// with the winner's lead over the next best rule. Without one it says
	// how far the closest rule fell short of MatchThreshold: 1 when the
	// document mentions nothing any rule describes.
	Confidence float64
	// Reasoning is one sentence naming the evidence found.
	Reasoning string
}

// MatchThreshold is the share of a rule's weighted evidence a document must
// hold for the rule to match. Below it for every rule, the type is nil. A
// quarter means a document that only shares a word or two with a rule (a
// recipe's "minutes" against a meeting_minutes rule) matches nothing, while
// a document that says what it is and shows one or two of the described
// features does.
const MatchThreshold = 0.25

// typeWeight multiplies the weight of a rule's type: a document that calls
// itself an invoice is strong evidence for the invoice rule.
const typeWeight = 3

// maxQuoted bounds the evidence a reasoning sentence lists.
const maxQuoted = 5

// unit is one piece of evidence a rule looks for: a stemmed word or a run
// of stemmed words that must appear consecutively in the document.
type unit struct {
	stems   []string
	key     string // stems joined by spaces
	display string // as written in the rule
	isType  bool
	weight  float64
}

// ruleEvidence is everything a rule looks for.
type ruleEvidence struct {
	units []*unit
	total float64
}

// evidenceOf lists the units of a rule, type first, then the description's
// words and adjacent word pairs in the order written. Units are unique by
// key; weights are set later, once every rule is known.
func evidenceOf(r Rule) *ruleEvidence {
	ev := &ruleEvidence{}
	byKey := map[string]*unit{}
	add := func(toks []token, src string, isType bool) *unit {
		stems := make([]string, len(toks))
		for i, t := range toks {
			stems[i] = t.stem
		}
		key := strings.Join(stems, " ")
		display := src[toks[0].start:toks[len(toks)-1].end]
		if u, ok := byKey[key]; ok {
			if !isType && u.isType {
				// Quote the type as the description writes it.
				u.display = display
			}
			return u
		}
		u := &unit{stems: stems, key: key, display: display, isType: isType}
		byKey[key] = u
		ev.units = append(ev.units, u)
		return u
	}

	// A split type ("bank_statement") is looked for, and quoted, as the
	// phrase its words make ("bank statement"), and each word on its own.
	var words []string
	for _, t := range tokenize(r.Type, false) {
		words = append(words, r.Type[t.start:t.end])
	}
	joined := strings.Join(words, " ")
	if toks := tokenize(joined, false); len(toks) > 0 {
		add(toks, joined, true)
		if len(toks) > 1 {
			for i := range toks {
				add(toks[i:i+1], joined, false)
			}
		}
	}

	desc := tokenize(r.Description, true)
	for i := range desc {
		add(desc[i:i+1], r.Description, false)
		if i > 0 && !desc[i].gap {
			add(desc[i-1:i+1], r.Description, false)
		}
	}
	return ev
}

// weigh sets every unit's weight from its specificity across rules: a word
// every rule mentions tells rules apart less than a word only one mentions.
// A phrase weighs as much as its words together, so finding it counts twice
// for them; a type weighs typeWeight times that.
func weigh(evs []*ruleEvidence) {
	df := map[string]int{}
	for _, ev := range evs {
		for _, u := range ev.units {
			df[u.key]++
		}
	}
	n := float64(len(evs))
	for _, ev := range evs {
		ev.total = 0
		for _, u := range ev.units {
			w := 0.0
			for _, s := range u.stems {
				d := max(df[s], 1) // every word of a phrase is also a unit; this is a guard
				w += math.Log(1 + n/float64(d))
			}
			if u.isType {
				w *= typeWeight
			}
			u.weight = w
			ev.total += w
		}
	}
}

// docIndex finds words and phrases in a document's content words. Stop
// words and punctuation are skipped, so "terms and conditions" holds the
// phrase "terms conditions".
type docIndex struct {
	stems []string
	at    map[string][]int
}

func indexDoc(text string) *docIndex {
	toks := tokenize(text, false)
	d := &docIndex{stems: make([]string, len(toks)), at: map[string][]int{}}
	for i, t := range toks {
		d.stems[i] = t.stem
		d.at[t.stem] = append(d.at[t.stem], i)
	}
	return d
}

func (d *docIndex) has(u *unit) bool {
	for _, p := range d.at[u.stems[0]] {
		if p+len(u.stems) > len(d.stems) {
			break
		}
		match := true
		for j := 1; j < len(u.stems); j++ {
			if d.stems[p+j] != u.stems[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// ruleScore is how one rule fared against the document.
type ruleScore struct {
	found    []*unit
	coverage float64 // found weight over total weight, in [0, 1]
}

// Classify scores every rule against text and picks the best: the rule
// whose weighted evidence the document covers most, ties going to the
// earlier rule. Only the first MaxTextBytes of text are read. The result
// depends only on text and rules, never on timing or map order.
func Classify(text string, rules []Rule) Result {
	text = truncate(text, MaxTextBytes)
	if len(rules) == 0 {
		return Result{Confidence: 1, Reasoning: "No rule matched: no rules were given."}
	}
	evs := make([]*ruleEvidence, len(rules))
	for i, r := range rules {
		evs[i] = evidenceOf(r)
	}
	weigh(evs)
	doc := indexDoc(text)

	scores := make([]ruleScore, len(rules))
	best, second := 0, -1
	for i, ev := range evs {
		var got float64
		for _, u := range ev.units {
			if doc.has(u) {
				scores[i].found = append(scores[i].found, u)
				got += u.weight
			}
		}
		if ev.total > 0 {
			scores[i].coverage = min(got/ev.total, 1)
		}
		switch {
		case i == 0:
		case scores[i].coverage > scores[best].coverage:
			best, second = i, best
		case second < 0 || scores[i].coverage > scores[second].coverage:
			second = i
		}
	}

	b := scores[best]
	if b.coverage < MatchThreshold {
		conf := 1 - b.coverage/MatchThreshold
		var why string
		if len(b.found) == 0 {
			why = fmt.Sprintf("No rule matched: the document mentions nothing the rules describe, so the closest rule is simply the first, %s.", rules[best].Type)
		} else {
			why = fmt.Sprintf("No rule matched well enough: the closest, %s, matched only %s (%.0f%% of its evidence, below the %.0f%% needed).",
				rules[best].Type, quoteList(b.found), 100*b.coverage, 100*MatchThreshold)
		}
		return Result{Confidence: round2(conf), Reasoning: why}
	}

	lead := 1.0
	var why strings.Builder
	fmt.Fprintf(&why, "Mentions %s", quoteList(b.found))
	if second >= 0 {
		s := scores[second]
		lead = 1 - s.coverage/b.coverage
		switch {
		case len(s.found) == 0:
			why.WriteString("; no other rule matched anything")
		case s.coverage == b.coverage:
			fmt.Fprintf(&why, "; %s matched as well (%s) and loses the tie by coming later", rules[second].Type, quoteList(s.found))
		default:
			fmt.Fprintf(&why, "; the next best rule, %s, matched only %s", rules[second].Type, quoteList(s.found))
		}
	}
	why.WriteString(".")
	t := rules[best].Type
	return Result{
		Type:       &t,
		Confidence: round2(math.Sqrt(b.coverage) * (0.5 + 0.5*lead)),
		Reasoning:  why.String(),
	}
}

// quoteList quotes the evidence found, in the rule's order, leaving out a
// word when a phrase holding it is already quoted: "'invoice number',
// 'line items' and 'total amount'".
func quoteList(found []*unit) string {
	inPhrase := map[string]bool{}
	for _, u := range found {
		if len(u.stems) > 1 {
			for _, s := range u.stems {
				inPhrase[s] = true
			}
		}
	}
	var quoted []string
	for _, u := range found {
		if len(u.stems) == 1 && inPhrase[u.key] {
			continue
		}
		quoted = append(quoted, "'"+u.display+"'")
	}
	more := 0
	if len(quoted) > maxQuoted {
		more = len(quoted) - maxQuoted
		quoted = quoted[:maxQuoted]
	}
	switch {
	case more > 0:
		return strings.Join(quoted, ", ") + fmt.Sprintf(" and %d more", more)
	case len(quoted) == 1:
		return quoted[0]
	default:
		return strings.Join(quoted[:len(quoted)-1], ", ") + " and " + quoted[len(quoted)-1]
	}
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
