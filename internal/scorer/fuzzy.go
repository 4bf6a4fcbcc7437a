package scorer

import "unicode/utf8"

// Near matches: a rule's word is found in a document that spells it a
// little differently, by letter trigrams. This catches misspellings and
// OCR noise ("lnvoice", "Paymnet") and cognates ("contrat", "kontract"),
// which exact stems miss.

// minFuzzyRunes is the shortest stem matched approximately: short stems
// are one letter away from many others.
const minFuzzyRunes = 5

// fuzzyDice is the least trigram similarity (Dice's coefficient) at which
// two stems are taken for spellings of one word.
const fuzzyDice = 0.65

// spellingCredit is the credit of a near match, against 1 for the same
// stem: two spellings of one word, with letter trigrams alike, the same
// first letter and at most an edit or two apart.
const spellingCredit = 0.8

// gramIndex finds a document's stems by their letter trigrams.
type gramIndex struct {
	stems  []string
	ngrams []int
	by     map[string][]int32
}

// trigrams lists the letter trigrams of a stem padded with '#' at both
// ends, each once.
func trigrams(s string) []string {
	r := []rune("#" + s + "#")
	seen := make(map[string]bool, len(r))
	out := make([]string, 0, len(r))
	for i := 0; i+3 <= len(r); i++ {
		g := string(r[i : i+3])
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

func fuzzyCandidate(s string) bool {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			return false
		}
		n++
	}
	return n >= minFuzzyRunes
}

func (d *document) gramIndex() *gramIndex {
	if d.grams != nil {
		return d.grams
	}
	g := &gramIndex{by: map[string][]int32{}}
	for stem := range d.at {
		if !fuzzyCandidate(stem) {
			continue
		}
		i := int32(len(g.stems))
		g.stems = append(g.stems, stem)
		grams := trigrams(stem)
		g.ngrams = append(g.ngrams, len(grams))
		for _, t := range grams {
			g.by[t] = append(g.by[t], i)
		}
	}
	d.grams = g
	return g
}

// nearest returns the document stem most like stem, other than stem
// itself, and the credit it earns (0 when none is near enough). Ties go to
// the stem that sorts first, so that the result does not depend on map
// order.
func (d *document) nearest(stem string) (string, float64) {
	if !fuzzyCandidate(stem) {
		return "", 0
	}
	g := d.gramIndex()
	grams := trigrams(stem)
	shared := map[int32]int{}
	for _, t := range grams {
		for _, i := range g.by[t] {
			shared[i]++
		}
	}
	best, credit := "", 0.0
	for i, n := range shared {
		other := g.stems[i]
		if other == stem {
			continue
		}
		c := 0.0
		if dice := 2 * float64(n) / float64(len(grams)+g.ngrams[i]); dice >= fuzzyDice && sameStart(stem, other) && closeSpelling(stem, other) {
			c = spellingCredit
		}
		if c > credit || (c == credit && c > 0 && other < best) {
			best, credit = other, c
		}
	}
	return best, credit
}

// closeSpelling says whether two stems differ by at most one edit
// (insertion, deletion or substitution of a letter), or two when both are
// long: "lnvoic" and "invoic", "contrat" and "contract", but not "posit"
// and "deposit".
func closeSpelling(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	limit := 1
	if min(len(ra), len(rb)) >= 7 {
		limit = 2
	}
	if len(ra)-len(rb) > limit || len(rb)-len(ra) > limit {
		return false
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= limit
}

// sameStart says whether two stems start alike: with the same letter, or
// with letters text recognition confuses (l, i). A word misread in its
// first letter is rare; a different word one letter away is not ("rack",
// "track").
func sameStart(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	confusable := func(r rune) bool { return r == 'l' || r == 'i' }
	return ra == rb || (confusable(ra) && confusable(rb))
}
