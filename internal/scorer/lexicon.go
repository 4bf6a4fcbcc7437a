package scorer

import (
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// The scorer's store of general knowledge about documents: the kinds of
// documents people sort (kinds.txt), their names in six languages, the
// words they hold and the layout they have.

//go:embed kinds.txt
var kindsText string

// A cue is a feature of a document's layout or register, found by analyze
// and expected of a kind of document: an invoice has sums of money and a
// total, a letter a salutation, an article running prose.
type cue int

const (
	cueMoney cue = iota
	cueTotal
	cueTable
	cueDates
	cueTimes
	cueFields
	cueSign
	cueLetter
	cueEmail
	cueProse
	cueQuestion
	cuePerson
	cueHeadings
	cueBullets
	cueClauses
	cueMeasures
	cueRefs
	cueFood
	cueReport
	cueCall
	cueLegal
	cueBlank
	cueExplain
	numCues
)

// cueKeys are the cues' names in kinds.txt.
var cueKeys = [numCues]string{
	cueMoney: "money", cueTotal: "total", cueTable: "table", cueDates: "dates",
	cueTimes: "times", cueFields: "fields", cueSign: "sign", cueLetter: "letter",
	cueEmail: "email", cueProse: "prose", cueQuestion: "question", cuePerson: "person",
	cueHeadings: "headings", cueBullets: "bullets", cueClauses: "clauses",
	cueMeasures: "measures", cueRefs: "refs", cueFood: "food",
	cueReport: "report", cueCall: "call", cueLegal: "legal", cueBlank: "blank", cueExplain: "explain",
}

// cueNames say what a cue is, for the reasoning.
var cueNames = [numCues]string{
	cueMoney:    "sums of money",
	cueTotal:    "a total",
	cueTable:    "rows of figures",
	cueDates:    "dates",
	cueTimes:    "times of day",
	cueFields:   "labelled fields",
	cueSign:     "a signature block",
	cueLetter:   "a salutation or closing",
	cueEmail:    "e-mail headers",
	cueProse:    "running prose",
	cueQuestion: "questions",
	cuePerson:   "first- and second-person address",
	cueHeadings: "section headings",
	cueBullets:  "lists",
	cueClauses:  "numbered clauses",
	cueMeasures: "quantities with units",
	cueRefs:     "reference codes",
	cueFood:     "food and drink",
	cueReport:   "reported speech or a byline",
	cueCall:     "calls to buy or sign up",
	cueLegal:    "the language of an agreement",
	cueBlank:    "blanks to fill in",
	cueExplain:  "a title that asks or says how to",
}

// kind is one kind of document of kinds.txt.
type kind struct {
	id      string
	name    string // its first English name, to quote
	generic bool
	// classes: a name of the kind followed by a class letter ("Permis
	// B", "Klasse C1") is the class its holder has, a line of another
	// document (a CV's), not what the document is.
	classes bool
	// answered: the reader's possessive before a name of the kind ("your
	// application", "Ihre Bewerbung", "votre réclamation") makes the
	// document an answer to one, written by whoever received it, not one.
	answered bool
	// loose are the stems of its one-word names that, standing alone in
	// a rule's description ("a report, letter or certificate written by
	// a vet"), are loose as a generic kind's are: the vet's certificate,
	// not a diploma.
	loose map[string]bool
	// sent: the kind is known by who sends it (a council's letter), and
	// has names of its senders.
	sent    bool
	parents []int
	// near are the kinds a document of this one is easily taken for by
	// its words and layout alone (a rota for a timesheet): a rule for
	// this kind that fits a document best covers them where the document
	// does not say it is one (see otherKinds and rank).
	near []int
	// expects is +1 for a cue the kind shows, -1 for one it lacks.
	expects [numCues]int8
	words   []string // words and phrases its documents hold
	set     wordSet  // words, weighed
	// own are the words of set that no kind it is a kind of holds: a
	// utility bill's "meter reading", not an invoice's "amount due".
	own wordSet
}

// discursive says whether the kind is written as running text.
func (k *kind) discursive() bool { return discursive(k.expects) }

// nameRef is one name of a kind.
type nameRef struct {
	kind    int
	display string
	// sender is a name of who sends the kind ("City Council"), which
	// says what a document is only in its letterhead.
	sender bool
}

// lexicon is kinds.txt, parsed.
type lexicon struct {
	kinds []kind
	byID  map[string]int
	// names maps a name's words, folded and joined by spaces, to its
	// kinds.
	names map[string][]nameRef
	// reach maps the first key part of every name (its start) to the
	// most words of a name that starts with it: a run of words longer
	// than that (and one more, for a word inserted, see matchNames) names
	// nothing. maxLen is the most parts of a name. maybeStart and maybeName
	// say cheaply that most words start no name and most runs are none
	// (the maps are large, and every word of a text is looked up).
	reach      map[string]int
	maxLen     int
	maybeStart wordFilter
	maybeName  wordFilter
	// stems numbers the stems of the kinds' word sets (see stemNumbers).
	stems *stemNumbers
	// heads and mods find German and Dutch names inside compound words:
	// by their last four letters (the name ends the word: "Stromrechnung")
	// and their first four (it starts it: "Rechnungsnummer").
	heads, mods map[string][]compoundName
	// ancestors[k] holds the kinds k is a kind of, descendants[k] the kinds
	// that are kinds of k, transitively.
	ancestors, descendants [][]int
	// kindsWith counts the kinds whose words hold each stem.
	kindsWith map[string]int
	// actPatterns are the acts of every kind (see acts.go), acts indexes
	// them by their first word.
	actPatterns []actPattern
	acts        map[string][]int
	// actsByPair holds the acts whose second word is a plain word by
	// their first two, and actsRest the others by their first, each in
	// the order of acts: a text's word is tried only against the acts
	// its next word may continue (see findActs).
	actsByPair map[[2]string][]int
	actsRest   map[string][]int
	// typeHeads maps a folded word that names a kind only as the last
	// word of a rule's type ("booking" of "market_booking") to its kinds:
	// in a document the same word heads other names ("booking form",
	// "booking terms", "Booking no.").
	typeHeads map[string][]int
	// enWords holds the English names of one word, folded: "guide",
	// not "factura", whose adjective comes after it.
	enWords map[string]bool
	// enNames maps each English name of a kind, its words folded and
	// joined by spaces, to its kinds (see topicKinds).
	enNames map[string][]int
	// nameEnds holds the stems of the last words of the English names:
	// the nouns that say what a document is ("sheet", "slip", "record",
	// "declaration"), not who or what it is about ("hut", "teacher").
	nameEnds map[string]bool
}

// distinctive weighs the words of a set of kinds' words by how few kinds
// hold them: from their rarity for a word of one kind, down to a third of
// it for a word of very many.
func (lx *lexicon) distinctive(ws *wordSet) {
	n := float64(len(lx.kinds))
	for i, t := range ws.terms {
		df := float64(max(1, lx.kindsWith[t.stem]))
		ws.terms[i].weight = t.weight * (1 - 2*math.Log(df)/(3*math.Log(n)))
	}
}

type compoundName struct {
	part string // folded
	ref  nameRef
}

// minCompoundName is the shortest name looked for inside a compound word.
const minCompoundName = 6

// minCompoundRest is the fewest letters a word must have after a name it
// starts with for the name to count as inside it: "Rechnungsnummer" holds
// "rechnung", but "réception" and "Rezeption" do not hold the Dutch and
// German "recept" and "rezept" of a prescription.
const minCompoundRest = 4

var kindLexicon = sync.OnceValue(func() *lexicon { return parseKinds(kindsText) })

func parseKinds(text string) *lexicon {
	lx := &lexicon{byID: map[string]int{}, names: map[string][]nameRef{}, reach: map[string]int{}, typeHeads: map[string][]int{}, enWords: map[string]bool{}, enNames: map[string][]int{}, nameEnds: map[string]bool{},
		heads: map[string][]compoundName{}, mods: map[string][]compoundName{}, acts: map[string][]int{}}
	// pending is a kind and another it is a kind of or near, by id,
	// resolved once every kind is known.
	type pending struct{ kind, other string }
	var parents, nears []pending
	cur := -1
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if id, ok := strings.CutPrefix(line, "kind "); ok {
			cur = len(lx.kinds)
			lx.byID[id] = cur
			lx.kinds = append(lx.kinds, kind{id: id})
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok || cur < 0 {
			continue
		}
		k := &lx.kinds[cur]
		val = strings.TrimSpace(val)
		switch key {
		case "is":
			for _, p := range strings.Split(val, ",") {
				parents = append(parents, pending{k.id, strings.TrimSpace(p)})
			}
		case "near":
			for _, p := range strings.Split(val, ",") {
				nears = append(nears, pending{k.id, strings.TrimSpace(p)})
			}
		case "flags":
			flags := strings.Fields(strings.ReplaceAll(val, ",", " "))
			k.generic = slices.Contains(flags, "generic")
			k.classes = slices.Contains(flags, "classes")
			k.answered = slices.Contains(flags, "answered")
		case "cues":
			for _, c := range strings.Fields(val) {
				sign := int8(1)
				if name, neg := strings.CutPrefix(c, "-"); neg {
					c, sign = name, -1
				}
				for i, n := range cueKeys {
					if n == c {
						k.expects[i] = sign
					}
				}
			}
		case "acts":
			for _, a := range parseActs(cur, val) {
				if lx.namesKind(strings.Join(a.words, " "), cur) {
					// "Orden del día" names an agenda, or a part of a
					// letter that has one; names count where they stand.
					continue
				}
				if slices.ContainsFunc(lx.acts[a.words[0]], func(i int) bool {
					return lx.actPatterns[i].kind == cur && slices.Equal(lx.actPatterns[i].words, a.words)
				}) {
					continue // "I'm resigning" beside "I am resigning"
				}
				lx.acts[a.words[0]] = append(lx.acts[a.words[0]], len(lx.actPatterns))
				lx.actPatterns = append(lx.actPatterns, a)
			}
		case "types":
			for _, w := range strings.Split(val, ",") {
				if w = strings.TrimSpace(w); w != "" {
					lx.typeHeads[fold(w)] = append(lx.typeHeads[fold(w)], cur)
				}
			}
		case "loose":
			k.loose = map[string]bool{}
			for _, w := range strings.Split(val, ",") {
				for _, t := range nameToks(strings.TrimSpace(w), false) {
					k.loose[t.stem] = true
				}
			}
		case "words":
			for _, w := range strings.Split(val, ",") {
				if w = strings.TrimSpace(w); w != "" {
					k.words = append(k.words, w)
				}
			}
		case "from":
			k.sent = true
			for _, n := range strings.Split(val, ",") {
				if n = strings.TrimSpace(n); n != "" {
					lx.addName(n, nameRef{kind: cur, display: n, sender: true}, key)
				}
			}
		case "en", "de", "fr", "es", "it", "nl", "pt", "pl", "cy":
			for _, n := range strings.Split(val, ",") {
				n = strings.TrimSpace(n)
				if n == "" {
					continue
				}
				if key == "en" && k.name == "" {
					k.name = n
				}
				if key == "en" && !strings.ContainsAny(n, " -'") {
					lx.enWords[fold(n)] = true
				}
				if key == "en" {
					folded := strings.Join(foldedWords(n), " ")
					if !slices.Contains(lx.enNames[folded], cur) {
						lx.enNames[folded] = append(lx.enNames[folded], cur)
					}
					if ts := tokenize(n, false); len(ts) > 0 {
						lx.nameEnds[ts[len(ts)-1].stem] = true
					}
				}
				lx.addName(n, nameRef{kind: cur, display: n}, key)
			}
		}
	}
	// A word many kinds hold says little about which kind a document is:
	// the kinds' words weigh by how few kinds hold them, beside how rare
	// they are in ordinary language.
	lx.kindsWith = map[string]int{}
	for i := range lx.kinds {
		for _, w := range lx.kinds[i].words {
			lx.kinds[i].set.add(w, false)
		}
		for _, t := range lx.kinds[i].set.terms {
			lx.kindsWith[t.stem]++
		}
	}
	for i := range lx.kinds {
		lx.distinctive(&lx.kinds[i].set)
	}
	n := len(lx.kinds)
	direct := make([][]int, n)
	for _, p := range parents {
		if i, ok := lx.byID[p.other]; ok {
			c := lx.byID[p.kind]
			direct[c] = append(direct[c], i)
			lx.kinds[c].parents = append(lx.kinds[c].parents, i)
		}
	}
	for _, p := range nears {
		if i, ok := lx.byID[p.other]; ok {
			c := lx.byID[p.kind]
			lx.kinds[c].near = append(lx.kinds[c].near, i)
		}
	}
	lx.ancestors = make([][]int, n)
	lx.descendants = make([][]int, n)
	for k := range n {
		seen := map[int]bool{k: true}
		stack := append([]int(nil), direct[k]...)
		for len(stack) > 0 {
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[p] {
				continue
			}
			seen[p] = true
			lx.ancestors[k] = append(lx.ancestors[k], p)
			lx.descendants[p] = append(lx.descendants[p], k)
			stack = append(stack, direct[p]...)
		}
	}
	for k := range n {
		if len(lx.ancestors[k]) == 0 {
			continue
		}
		theirs := map[string]bool{}
		for _, a := range lx.ancestors[k] {
			for _, t := range lx.kinds[a].set.terms {
				theirs[t.stem] = true
			}
		}
		for _, w := range lx.kinds[k].words {
			var one wordSet
			one.add(w, false)
			if !slices.ContainsFunc(one.terms, func(t term) bool { return theirs[t.stem] }) {
				lx.kinds[k].own.add(w, false)
			}
		}
		lx.distinctive(&lx.kinds[k].own)
	}
	lx.indexActPairs()
	for key := range lx.names {
		first, _, _ := strings.Cut(key, " ")
		if r, ok := lx.reach[first]; ok {
			lx.reach[first] = max(r, strings.Count(key, " ")+1)
		}
	}
	lx.maybeStart = filterOf(lx.reach)
	lx.maybeName = filterOf(lx.names)
	lx.stems = numberStems(lx)
	return lx
}

// filterOf is a filter of the keys of m.
func filterOf[V any](m map[string]V) wordFilter {
	f := newWordFilter(len(m))
	for w := range m {
		f.add([]byte(w))
	}
	return f
}

// namesOf is lx.names[string(key)], asked of maybeName first.
func (lx *lexicon) namesOf(key []byte) ([]nameRef, bool) {
	if !lx.maybeName.mayHold(key) {
		return nil, false
	}
	refs, ok := lx.names[string(key)]
	return refs, ok
}

// wordFilter is a Bloom filter of words: mayHold is false for a word
// never added, and true, but for one word in about a hundred, only for
// one that was. A test of it reads two bits of a small table where a
// map's lookup of a missing word may read far into a large one.
type wordFilter []uint64

// newWordFilter makes a filter for n words: 16 bits a word.
func newWordFilter(n int) wordFilter {
	bits := 64
	for bits < 16*n {
		bits *= 2
	}
	return make(wordFilter, bits/64)
}

// The FNV-1a hash's offset and prime.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvHash is the FNV-1a hash of a word.
func fnvHash[S string | []byte](w S) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= fnvPrime
	}
	return h
}

// bits are the two bits of the filter that stand for a word whose FNV-1a
// hash is h: from the hash's halves.
func (f wordFilter) bits(h uint64) (uint64, uint64) {
	n := uint64(len(f) * 64)
	return h % n, (h>>32 | h<<32) % n
}

func (f wordFilter) add(w []byte) {
	a, b := f.bits(fnvHash(w))
	f[a/64] |= 1 << (a % 64)
	f[b/64] |= 1 << (b % 64)
}

// mayHoldHash is mayHold of the word whose FNV-1a hash is h.
func (f wordFilter) mayHoldHash(h uint64) bool {
	a, b := f.bits(h)
	return f[a/64]&(1<<(a%64)) != 0 && f[b/64]&(1<<(b%64)) != 0
}

func (f wordFilter) mayHold(w []byte) bool { return f.mayHoldHash(fnvHash(w)) }

// mayHoldString is mayHold of a string, without a copy.
func (f wordFilter) mayHoldString(w string) bool { return f.mayHoldHash(fnvHash(w)) }

// indexActPairs fills actsByPair and actsRest from acts.
func (lx *lexicon) indexActPairs() {
	lx.actsByPair = map[[2]string][]int{}
	lx.actsRest = map[string][]int{}
	for first, ps := range lx.acts {
		for _, pi := range ps {
			if ws := lx.actPatterns[pi].words; len(ws) > 1 && ws[1] != "" && !strings.HasSuffix(ws[1], "*") {
				lx.actsByPair[[2]string{first, ws[1]}] = append(lx.actsByPair[[2]string{first, ws[1]}], pi)
			} else {
				lx.actsRest[first] = append(lx.actsRest[first], pi)
			}
		}
	}
}

// addName indexes one name of a kind, by its words as written (case and
// accents aside) and their plural forms: not by their stems, which would
// take "estimated" for an estimate and "present" for a presentation.
func (lx *lexicon) addName(name string, ref nameRef, lang string) {
	toks := tokenizeWords(name)
	if len(toks) == 0 {
		return
	}
	words := make([]string, len(toks))
	numbers := 0
	for i, t := range toks {
		words[i] = t.word
		if isNumber(t.word) {
			numbers++
		}
	}
	if numbers == len(words) {
		// "W-2" reads as "2": a number names nothing.
		return
	}
	lx.index(words, ref)
	if a, b, ok := strings.Cut(name, " of "); ok && lang == "en" && !strings.Contains(b, " of ") {
		// "Confirmation of enrolment" is an "enrolment confirmation" too
		// (the stop word "of" is not among the words).
		var inv []string
		for _, t := range tokenizeWords(b + " " + a) {
			inv = append(inv, t.word)
		}
		if len(inv) == len(words) {
			lx.index(inv, ref)
		}
	}
	last := len(words) - 1
	for _, pos := range []int{0, last} {
		for _, v := range plurals(words[pos], lang) {
			ws := append([]string(nil), words...)
			ws[pos] = v
			lx.index(ws, ref)
		}
		if last == 0 {
			break
		}
	}
	if (lang == "de" || lang == "nl") && len(words) == 1 && utf8.RuneCountInString(words[0]) >= minCompoundName {
		c := compoundName{part: words[0], ref: ref}
		lx.heads[words[0][len(words[0])-4:]] = append(lx.heads[words[0][len(words[0])-4:]], c)
		lx.mods[words[0][:4]] = append(lx.mods[words[0][:4]], c)
	}
}

// plurals are the usual plural forms of a word in its language.
func plurals(w, lang string) []string {
	switch lang {
	case "en":
		if strings.HasSuffix(w, "y") {
			return []string{w + "s", w[:len(w)-1] + "ies"}
		}
		return []string{w + "s", w + "es"}
	case "de":
		return []string{w + "e", w + "en", w + "n", w + "s"}
	case "nl":
		return []string{w + "en", w + "n", w + "s"}
	case "fr", "es", "pt":
		return []string{w + "s", w + "es", w + "x"}
	case "it":
		if strings.HasSuffix(w, "a") {
			return []string{w[:len(w)-1] + "e"}
		}
		if strings.HasSuffix(w, "o") || strings.HasSuffix(w, "e") {
			return []string{w[:len(w)-1] + "i"}
		}
	}
	return nil
}

// namesKind reports whether the folded words key are a name of kind k.
func (lx *lexicon) namesKind(key string, k int) bool {
	for _, r := range lx.names[key] {
		if r.kind == k {
			return true
		}
	}
	return false
}

func (lx *lexicon) index(parts []string, ref nameRef) {
	key := strings.Join(parts, " ")
	for _, r := range lx.names[key] {
		if r.kind == ref.kind {
			return
		}
	}
	lx.names[key] = append(lx.names[key], ref)
	if _, ok := lx.reach[parts[0]]; !ok {
		lx.reach[parts[0]] = 0 // a start; how far it reaches, once every name is known
	}
	lx.maxLen = max(lx.maxLen, len(parts))
}

// startsName says whether a folded word is the first of a name.
func (lx *lexicon) startsName(w string) bool {
	_, ok := lx.reach[w]
	return ok
}

// nameTok is one word of a text, for finding names in it.
type nameTok struct {
	stem, folded string
	punct        bool // follows punctuation that ends a phrase
	start        int  // byte offset in the text nameToks read, when it did
	lineStart    bool // nothing but marks stands before it on its line
	caps         bool // written with two capitals or more ("POs", not "Pos")
	// apart: a number that counts or dates nothing after it, being the
	// end of a reference code ("MCB-0423  Policy wording") or set apart
	// from the next word by a dash ("Ref 0423 - Invoice") or a column's
	// gap ("5 April 2024            SA103S")
	apart bool
}

// nameMatch is a name of a kind found in a run of words.
type nameMatch struct {
	refs     []nameRef
	from, to int
}

// matchNames finds the names of kinds in toks, longest first. A name
// after a number is a quantity ("20 minutes"), not a name; after a year
// that dates it, it is one (see datedBy).
func (lx *lexicon) matchNames(toks []nameTok) []nameMatch {
	var out []nameMatch
	var key []byte // the words tried, joined by spaces; looked up without a copy
	for i := 0; i < len(toks); i++ {
		if !lx.maybeStart.mayHoldString(toks[i].folded) {
			continue
		}
		reach, start := lx.reach[toks[i].folded]
		if !start || (i > 0 && isNumber(toks[i-1].folded) && !toks[i-1].apart && !datedBy(toks, i)) {
			continue
		}
		longest := min(lx.maxLen, len(toks)-i)
		if !strings.Contains(toks[i].folded, " ") {
			longest = min(longest, reach+1)
		}
		for n := longest; n >= 1; n-- {
			if n > 1 && spansPunct(toks[i+1:i+n]) {
				continue
			}
			key = key[:0]
			for j := range n {
				if j > 0 {
					key = append(key, ' ')
				}
				key = append(key, toks[i+j].folded...)
			}
			if string(key) == "po" && i+1 < len(toks) && toks[i+1].folded == "box" {
				break // a "PO Box" is an address
			}
			if n == 1 && i > 0 && newsWords[string(key)] && goodNews[toks[i-1].folded] {
				break // "Good news!" announces, it is no news story
			}
			if n == 1 && len(key) == 3 && key[2] == 's' && !toks[i].caps && lx.names[string(key[:2])] != nil {
				break // "POs" and "CVs" are plurals, a results table's "Pos" is no PO
			}
			if refs, ok := lx.namesOf(key); ok {
				out = append(out, nameMatch{refs, i, i + n})
				i += n - 1
				break
			}
			if n < 3 {
				continue
			}
			// "Relevé de votre carte", "extracto mensual de tarjeta": a
			// name with a possessive or a word of period inside it.
			found := false
			parts := make([]string, n)
			for j := range n {
				parts[j] = toks[i+j].folded
			}
			for s := 1; s < n-1; s++ {
				if !nameInserts[parts[s]] {
					continue
				}
				key := strings.Join(slices.Concat(parts[:s], parts[s+1:]), " ")
				if refs, ok := lx.names[key]; ok {
					out = append(out, nameMatch{refs, i, i + n})
					i += n - 1
					found = true
					break
				}
			}
			if found {
				break
			}
		}
	}
	return out
}

// datedBy says whether the number before toks[i] is a year that dates
// the name at i: "Spring 2024 newsletter", "your 2023 tax return". Not
// the end of a date ("12/03/2024 Invoice", "5 May 2024 invoice"), nor a
// year set apart by punctuation ("anno 2024. Avviso di pagamento") or
// heading a row ("2019   Certificate in Food Hygiene" in a CV), nor a
// round 1900 or 2000, more often a count ("2000 minutes").
func datedBy(toks []nameTok, i int) bool {
	y := toks[i-1]
	if !isYear(y.folded) || strings.HasSuffix(y.folded, "00") || toks[i].punct || y.lineStart {
		return false
	}
	day := func(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
	if i >= 2 && (day(toks[i-2].folded) || i >= 3 && monthWords[toks[i-2].folded] && day(toks[i-3].folded)) {
		return false
	}
	return true
}

// newsWords are "news" in the languages of kinds.txt, and goodNews the
// words before it that make it an announcement of something good or bad
// rather than a news story ("Good news about your application").
var newsWords = map[string]bool{
	"news": true, "nachrichten": true, "nouvelles": true, "noticias": true, "notizie": true, "nieuws": true, "noticia": true,
}

var goodNews = map[string]bool{
	"good": true, "great": true, "exciting": true, "bad": true, "sad": true, "some": true, "happy": true,
	"fantastic": true, "wonderful": true, "brilliant": true, "amazing": true, "excellent": true, "welcome": true,
	"gute": true, "bonne": true, "bonnes": true, "buenas": true, "buone": true, "goed": true, "boas": true,
}

// nameInserts are the words a name may hold once beyond its own: the
// writer's possessive ("relevé de votre carte") or how often the
// document comes ("extracto mensual de tarjeta"). English possessives
// are stop words, which names are read without already.
var nameInserts = map[string]bool{
	"votre": true, "vos": true, "mon": true, "ma": true, "notre": true,
	"ihre": true, "ihr": true, "ihrer": true, "ihres": true, "su": true, "sus": true, "tu": true, "vostro": true, "vostra": true,
	"uw": true, "je": true, "seu": true, "sua": true, "pana": true, "pani": true,
	"monthly": true, "annual": true, "yearly": true, "quarterly": true, "mensuel": true, "mensuelle": true, "annuel": true,
	"annuelle": true, "trimestriel": true, "monatliche": true, "monatlicher": true, "jahrliche": true, "mensual": true,
	"anual": true, "trimestral": true, "mensile": true, "annuale": true, "trimestrale": true, "maandelijks": true,
	"maandelijkse": true, "jaarlijks": true, "jaarlijkse": true, "mensal": true, "miesieczny": true, "miesieczne": true,
	"roczny": true, "roczne": true,
}

// spansPunct says whether punctuation that ends a phrase comes before
// one of toks.
func spansPunct(toks []nameTok) bool {
	for _, t := range toks {
		if t.punct {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// nameToks reads text into the words matchNames looks at.
func nameToks(text string, filler bool) []nameTok {
	toks := tokenize(text, filler)
	out := make([]nameTok, len(toks))
	for i, t := range toks {
		out[i] = nameTok{stem: t.stem, folded: t.word, punct: t.punct, start: t.start, caps: twoCapitals(text[t.start:t.end])}
	}
	return out
}

// twoCapitals says whether s holds two capital letters or more.
func twoCapitals(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// related says whether a document of kind b is, for a rule of kind a,
// of its own kind: the same, one of its kinds ("lease" for a rule on
// contracts), or one its kind is a kind of.
func (lx *lexicon) related(a, b int) bool {
	if a == b {
		return true
	}
	for _, x := range lx.ancestors[a] {
		if x == b {
			return true
		}
	}
	for _, x := range lx.descendants[a] {
		if x == b {
			return true
		}
	}
	return false
}

// cueWords are the words of a rule's description that expect each cue of
// a document: a rule whose kind the lexicon does not know still says what
// its documents look like.
var cueWords = [numCues]map[string]bool{
	cueMoney: stemSet("amount", "amounts", "price", "prices", "cost", "costs", "fee", "fees",
		"payment", "paid", "pay", "charge", "charges", "tax", "vat", "salary", "wage",
		"rent", "deposit", "refund", "premium", "currency", "dollars", "euros", "money", "priced"),
	cueTotal: stemSet("total", "totals", "subtotal", "balance", "balances", "sum", "net", "gross", "due"),
	cueTable: stemSet("table", "tables", "columns", "rows", "transactions", "itemised", "itemized",
		"line", "lines", "ledger", "list"),
	cueDates:    stemSet("date", "dates", "dated", "period", "deadline", "schedule", "daily", "monthly", "weekly", "year", "years"),
	cueTimes:    stemSet("time", "times", "hour", "hours", "departure", "arrival", "schedule", "timetable"),
	cueFields:   stemSet("number", "reference", "name", "address", "details", "field", "fields", "form", "code"),
	cueSign:     stemSet("signature", "signatures", "signed", "signatory", "witness", "executed"),
	cueLetter:   stemSet("letter", "correspondence", "dear", "sincerely", "addressed", "message"),
	cueEmail:    stemSet("email", "e-mail", "inbox", "sender"),
	cueProse:    stemSet("article", "story", "essay", "narrative", "text", "prose", "explains", "describes"),
	cueQuestion: stemSet("question", "questions", "asks", "asking", "faq", "enquiry", "inquiry"),
	cueHeadings: stemSet("sections", "section", "headings", "chapters", "experience", "education", "skills"),
	cueBullets:  stemSet("list", "items", "steps", "bullet", "bullets", "checklist"),
	cueClauses:  stemSet("clause", "clauses", "terms", "conditions", "article", "articles", "obligations", "provisions"),
	cueMeasures: stemSet("quantity", "quantities", "weight", "weights", "kg", "units", "dose", "dosage",
		"strength", "measurements", "volume", "kwh", "grams", "litres", "liters", "metres", "meters"),
	cueRefs: stemSet("reference", "code", "barcode", "booking", "tracking", "identifier", "id", "serial"),
	cueFood: stemSet("food", "dish", "dishes", "meal", "meals", "drink", "drinks", "ingredients", "cooking", "baking",
		"restaurant", "cafe", "menu", "recipe", "courses", "kitchen", "groceries"),
	cueReport:  stemSet("news", "article", "journalist", "reporter", "blog"),
	cueCall:    stemSet("advert", "advertisement", "advertising", "promotion", "promotional", "marketing", "flyer"),
	cueLegal:   stemSet("agreement", "contract", "parties", "binding", "legally", "obligations", "clauses"),
	cueBlank:   stemSet("template", "blank", "placeholder", "placeholders", "unfilled"),
	cueExplain: stemSet("guide", "tutorial", "explainer", "how-to", "instructions", "tips"),
}

// registers are the cues that make a document about a kind rather than
// one, unless the kind is written so (see genre.go). When a document
// lacks one, that says nothing of its kind.
var registers = [numCues]bool{cueReport: true, cueCall: true, cueBlank: true, cueExplain: true}

// foodWords are the names of common foods and drinks, and the words of
// cooking, in six languages, folded: a menu, a recipe or a shopping list
// is full of them.
var foodWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		apple apples banana bananas lemon lemons lime orange oranges berries strawberries raspberries grapes pear peach cherry cherries
		tomato tomatoes potato potatoes onion onions garlic carrot carrots pepper peppers mushroom mushrooms spinach lettuce cabbage
		beans peas lentils chickpeas rice pasta noodles bread flour sugar salt butter cream cheese milk yogurt yoghurt egg eggs
		oil olive vinegar honey chocolate vanilla cinnamon herbs parsley basil thyme rosemary ginger chili chilli curry sauce soup
		salad stew risotto pizza burger sandwich steak chicken beef pork lamb duck bacon ham sausage fish salmon tuna cod prawns
		shrimp mussels oysters crab lobster tofu vegan vegetarian gluten dessert desserts cake tart pie pudding biscuits
		coffee espresso cappuccino latte juice wine beer cider cocktail lemonade prosecco champagne
		roasted grilled fried baked braised smoked steamed starters mains
		tbsp tsp teaspoon tablespoon chopped diced sliced grated minced whisk stir simmer boil bake roast
		fry saute preheat oven skillet
		apfel zitrone tomate tomaten kartoffel kartoffeln zwiebel knoblauch karotte pilze reis nudeln brot mehl zucker salz butter sahne
		kase milch eier essig honig schokolade suppe salat fleisch huhn hahnchen rind schwein fisch lachs kuchen kaffee tee saft
		wein bier gemuse obst nachtisch vorspeise hauptgericht gebraten gegrillt frisch
		pomme citron tomate pommes oignon ail carotte champignons riz pates farine sucre sel beurre creme fromage lait oeuf oeufs
		huile vinaigre miel chocolat soupe salade viande poulet boeuf porc poisson saumon gateau cafe jus biere legumes
		fruits entree plat dessert grille roti frais maison
		manzana limon tomate patata patatas cebolla ajo zanahoria setas arroz harina azucar sal mantequilla nata queso leche huevo
		huevos aceite vinagre miel chocolate sopa ensalada carne pollo ternera cerdo pescado salmon tarta cafe zumo vino cerveza
		verduras postre entrantes plato asado frito fresco
		mela limone pomodoro pomodori patata patate cipolla aglio carota funghi riso pasta farina zucchero burro panna
		formaggio latte uovo uova olio aceto miele cioccolato zuppa insalata carne pollo manzo maiale pesce salmone torta caffe vino
		birra verdure dolce antipasti primi secondi contorni arrosto fritto
		appel citroen tomaat tomaten aardappel aardappelen ui knoflook wortel champignons rijst brood bloem suiker zout boter kaas
		melk eieren olie azijn honing chocolade soep salade vlees kip rundvlees varkensvlees vis zalm taart koffie thee wijn
		groenten nagerecht voorgerecht hoofdgerecht gebakken`) {
		m[w] = true
	}
	return m
}()

// fieldNouns follow a kind's name in a field label that is about the
// kind, not one of it: "invoice number", "policy date", "order ref".
var fieldNouns = stemSet("number", "no", "nr", "num", "date", "ref", "reference", "id", "period",
	"holder", "amount", "total", "address", "details", "type", "code", "status", "value", "line",
	"lines", "item", "items", "terms", "conditions", "nummer", "datum", "numero", "fecha", "data", "totale", "importe", "montant")

// linkWords join a field noun to the name it is about: "Fecha de
// pedido", "Data dell'ordine".
var linkWords = map[string]bool{"de": true, "di": true, "del": true, "della": true, "dell": true, "du": true, "des": true,
	"da": true, "van": true, "der": true}

func stemSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		for _, t := range tokenize(w, false) {
			m[t.stem] = true
		}
		m[english.Stem(w, true)] = true
	}
	return m
}
