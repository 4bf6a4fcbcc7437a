package scorer

import (
	"slices"
	"unicode/utf8"
)

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

// spellIndex holds a document's stems that nearest may return, by
// their first letter: a near spelling starts alike (see confusable).
type spellIndex struct {
	byStart map[rune][]string
}

// trigrams lists the letter trigrams of a stem padded with '#' at both
// ends, each once.
func trigrams(s string) []string {
	p := "#" + s + "#"
	if !utf8.ValidString(p) {
		return trigramsOfRunes([]rune(p))
	}
	// The trigrams are substrings of p, cut at the starts of its runes:
	// no copies, and a stem has too few to need a set to find repeats.
	var startsBuf [32]int
	starts := startsBuf[:0]
	for i := range p {
		starts = append(starts, i)
	}
	starts = append(starts, len(p))
	out := make([]string, 0, len(starts))
	for i := 0; i+3 < len(starts); i++ {
		if g := p[starts[i]:starts[i+3]]; !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// trigramsOfRunes is trigrams of a padded stem that is not valid UTF-8,
// whose bad bytes count as U+FFFD.
func trigramsOfRunes(r []rune) []string {
	out := make([]string, 0, len(r))
	for i := 0; i+3 <= len(r); i++ {
		if g := string(r[i : i+3]); !slices.Contains(out, g) {
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

func (d *document) spellIndex() *spellIndex {
	if d.spell != nil {
		return d.spell
	}
	g := &spellIndex{byStart: map[rune][]string{}}
	for stem := range d.at {
		if fuzzyCandidate(stem) {
			r, _ := utf8.DecodeRuneInString(stem)
			g.byStart[r] = append(g.byStart[r], stem)
		}
	}
	d.spell = g
	return g
}

// nearest returns the document stem most like stem, other than stem
// itself, and the credit it earns (0 when none is near enough): one that
// starts alike, is an edit or two away and has letter trigrams enough in
// common. Ties go to the stem that sorts first, so that the result does
// not depend on map order.
func (d *document) nearest(stem string) (string, float64) {
	if !fuzzyCandidate(stem) {
		return "", 0
	}
	g := d.spellIndex()
	start, _ := utf8.DecodeRuneInString(stem)
	groups := [][]string{g.byStart[start]}
	if confusable(start) {
		// The other of l and i.
		groups = append(groups, g.byStart['l'+'i'-start])
	}
	var grams []string // stem's trigrams, once a stem is close enough
	best, credit := "", 0.0
	for _, group := range groups {
		for _, other := range group {
			if other == stem || credit > 0 && other >= best || !closeSpelling(stem, other) {
				continue
			}
			if grams == nil {
				grams = trigrams(stem)
			}
			og := trigrams(other)
			n := 0
			for _, t := range og {
				if slices.Contains(grams, t) {
					n++
				}
			}
			if dice := 2 * float64(n) / float64(len(grams)+len(og)); dice >= fuzzyDice {
				best, credit = other, spellingCredit
			}
		}
	}
	return best, credit
}

// closeSpelling says whether two stems differ by at most one edit
// (insertion, deletion or substitution of a letter), or two when both are
// long: "lnvoic" and "invoic", "contrat" and "contract", but not "posit"
// and "deposit".
func closeSpelling(a, b string) bool {
	// Most stems fit the buffers; the edit distance needs no more.
	var abuf, bbuf [24]rune
	ra, rb := appendRunes(abuf[:0], a), appendRunes(bbuf[:0], b)
	limit := 1
	if min(len(ra), len(rb)) >= 7 {
		limit = 2
	}
	if len(ra)-len(rb) > limit || len(rb)-len(ra) > limit {
		return false
	}
	var pbuf, cbuf [25]int
	prev, cur := pbuf[:0], cbuf[:0]
	if len(rb)+1 > len(pbuf) {
		prev, cur = make([]int, 0, len(rb)+1), make([]int, 0, len(rb)+1)
	}
	prev, cur = prev[:len(rb)+1], cur[:len(rb)+1]
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

// confusable says whether a first letter is one text recognition
// confuses with another (l, i). Two stems start alike when their first
// letters are the same or both confusable: a word misread in its first
// letter is rare; a different word one letter away is not ("rack",
// "track").
func confusable(r rune) bool { return r == 'l' || r == 'i' }

// appendRunes appends the runes of s to dst, as []rune(s) would list them.
func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}
