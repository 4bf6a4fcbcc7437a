package scorer

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// maxTokenRunes drops longer runs of letters and digits: they are hashes,
// base64 or glued-together text, never words a rule could name, and
// skipping them keeps stemming cheap on adversarial input.
const maxTokenRunes = 40

// maxStemCache bounds the stems remembered while tokenizing one text.
const maxStemCache = 1 << 16

// token is one word of a text: its stem, and where it came from, so that
// a description's phrase can be quoted exactly as it was written.
type token struct {
	stem       string
	word       string // lower case, accents and OCR slips undone
	start, end int    // byte offsets in the source text
	// gap is true when the token follows punctuation or a stop word, so
	// that it cannot continue the phrase before it.
	gap bool
	// punct is true when it follows punctuation that ends a phrase (a
	// comma, a colon, a full stop), so that no name spans it.
	punct bool
}

// extraStopWords are common English function words the stemmer's list
// leaves out.
var extraStopWords = map[string]bool{
	"also": true, "among": true, "could": true, "either": true, "else": true,
	"etc": true, "every": true, "however": true, "may": true, "might": true,
	"must": true, "neither": true, "per": true, "upon": true, "us": true,
	"via": true, "whether": true, "would": true, "yet": true,
}

// fillerWords appear in rule descriptions to introduce the evidence
// ("contains invoice number"), not as evidence themselves. They are dropped
// from descriptions only: in a document they are ordinary words.
var fillerWords = map[string]bool{
	"contain": true, "contains": true, "containing": true,
	"include": true, "includes": true, "including": true,
	"mention": true, "mentions": true, "mentioning": true,
	"show": true, "shows": true, "showing": true,
	"list": true, "lists": true, "listing": true,
	"describe": true, "describes": true, "describing": true,
	"document": true, "documents": true, "file": true, "files": true,
	"typically": true, "usually": true, "often": true, "like": true,
	"e": true, "g": true, "eg": true, "ie": true, "something": true,
}

func isStopWord(w string) bool {
	return english.IsStopWord(w) || extraStopWords[w]
}

// isWordRune says which characters make up words: Unicode letters and
// digits; everything else separates them.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// joinsWords says which separators keep two words in one phrase: spaces,
// hyphens, underscores and apostrophes ("line-items", "invoice_number").
func joinsWords(r rune) bool {
	return unicode.IsSpace(r) || r == '-' || r == '_' || r == '\'' || r == '\u2019' || unicode.Is(unicode.Hyphen, r)
}

// tokenize splits text into lowercase words without accents, drops stop
// words (and, with
// filler set, description filler words), and stems what remains. A dropped
// word, or punctuation that does not join words, between two words marks a
// gap, so that a description's phrases never span "terms, conditions" or
// "terms and conditions".
func tokenize(text string, filler bool) []token {
	return tokenizeWith(text, filler, true)
}

// tokenizeWords is tokenize for a caller that reads the words alone: the
// tokens' stems are left empty, which saves stemming every one.
func tokenizeWords(text string) []token {
	return tokenizeWith(text, false, false)
}

// tokenizeWith is tokenize, with each token's stem when stem is set.
func tokenizeWith(text string, filler, stem bool) []token {
	var out []token
	// Stemming is most of the cost, and a document repeats its words.
	stems := map[string]string{}
	common := commonStems()
	stemOf := func(word string) string {
		if stem, ok := common[word]; ok {
			return stem
		}
		stem, ok := stems[word]
		if !ok {
			stem = english.Stem(word, true)
			if len(stems) < maxStemCache {
				stems[word] = stem
			}
		}
		return stem
	}
	gap, punct := true, false
	// The word before, kept or dropped, for joining a word that text
	// recognition split in two (see splitWord).
	var last struct {
		word       string
		start, end int
		out        int // its index in out, or -1 if it was dropped
		gap, punct bool
	}
	last.out = -1
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			if !joinsWords(r) {
				gap = true
				if r != '/' && r != '&' && r != '+' && r != '(' && r != ')' && r != '"' && r != '*' && r != '#' {
					punct = true
				}
			}
			i += size
			continue
		}
		start := i
		n := 0
		prev, pprev := rune(0), rune(0)
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			// camelCase joins words too: "shipFrom", "invoiceNumber"; but
			// "ADVlCE" is a scanned "ADVICE".
			if n > 1 && unicode.IsUpper(r) && unicode.IsLower(prev) && !(prev == 'l' && unicode.IsUpper(pprev)) {
				break
			}
			pprev, prev = prev, r
			i += size
			n++
		}
		if n > maxTokenRunes {
			gap = true
			for i < len(text) {
				r, size := utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r) {
					break
				}
				i += size
			}
			continue
		}
		// "P.O.", "N.B.": letters with full stops are one word.
		if n == 1 && i+2 < len(text) && text[i] == '.' && isASCIILetter(text[i+1]) && (i+2 == len(text) || text[i+2] == '.' || !isWordRune(rune(text[i+2]))) {
			j := i
			for j+1 < len(text) && text[j] == '.' && isASCIILetter(text[j+1]) && (j+2 == len(text) || !isWordRune(rune(text[j+2])) || text[j+2] == '.') {
				j += 2
			}
			if j > i {
				abbr := strings.ReplaceAll(text[start:j], ".", "")
				out = append(out, token{stem: strings.ToLower(abbr), word: strings.ToLower(abbr), start: start, end: j, gap: gap, punct: punct})
				gap, punct = false, false
				i = j
				continue
			}
		}
		word := fold(ocrFix(text[start:i]))
		if last.word != "" && last.end+1 == start && text[last.end] == ' ' {
			if joined, ok := splitWord(last.word, word, stemOf); ok {
				// "DEL IVERY", "Rateab le": one word, split.
				t := token{word: joined, start: last.start, end: i, gap: last.gap, punct: last.punct}
				if stem {
					t.stem = stemOf(joined)
				}
				if last.out >= 0 {
					out[last.out] = t
				} else {
					out = append(out, t)
				}
				gap, punct = false, false
				last.word = ""
				continue
			}
		}
		last.word, last.start, last.end, last.gap, last.punct, last.out = word, start, i, gap, punct, -1
		if (n == 1 && word[0] < utf8.RuneSelf && !unicode.IsDigit(rune(word[0])) && !tillRead(word, text[i:])) ||
			isStopWord(word) || (filler && fillerWords[word]) {
			gap = true
			continue
		}
		last.out = len(out)
		t := token{word: word, start: start, end: i, gap: gap, punct: punct}
		if stem {
			t.stem = stemOf(word)
		}
		out = append(out, t)
		gap, punct = false, false
	}
	return out
}

// splitWord says whether two words a single space apart are one word that
// text recognition split ("del ivery", "hospita lity"): together they make
// a known word, at least one of them alone does not, and both are
// letters. Known words are those of the background language and of the
// lexicon's kinds.
func splitWord(a, b string, stemOf func(string) string) (string, bool) {
	if len(a)+len(b) < minSplitJoin || !allLetters(a) || !allLetters(b) {
		return "", false
	}
	// Most pairs make no word: that is looked up first, on the stack,
	// and whether the parts are words (which may take stemming) only for
	// a pair that does. A word is looked up as written, and the whole
	// only as written, and without a plural's or an adverb's ending.
	// The whole and the whole less one or two letters are hashed in one
	// pass, for a filter that turns away nearly all of them.
	var buf [64]byte
	joined := append(append(buf[:0], a...), b...)
	n := len(joined)
	var h, less1, less2 uint64 = fnvOffset, 0, 0
	for i, c := range joined {
		if i == n-2 {
			less2 = h
		}
		if i == n-1 {
			less1 = h
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	maybe := knownFilter()
	words := knownWords()
	makesWord := maybe.mayHoldHash(h) && words[string(joined)]
	for _, end := range []string{"s", "es", "ly"} {
		if !makesWord && n > len(end) && string(joined[n-len(end):]) == end {
			lh := less1
			if len(end) == 2 {
				lh = less2
			}
			makesWord = maybe.mayHoldHash(lh) && words[string(joined[:n-len(end)])]
		}
	}
	if !makesWord {
		return "", false
	}
	if bothKnown(a, b, stemOf) {
		return "", false
	}
	return string(joined), true
}

// bothKnown says whether a and b are both words in their own right (a
// known word, a stop word, or a word whose stem the background holds):
// then splitWord leaves them apart.
func bothKnown(a, b string, stemOf func(string) string) bool {
	words, bg := knownWords(), background()
	known := func(w string) bool {
		if words[w] || isStopWord(w) {
			return true
		}
		_, ok := bg[stemOf(w)]
		return ok
	}
	return known(a) && known(b)
}

// minSplitJoin is the fewest letters of a word joined from two: shorter
// ones are as often two short words.
const minSplitJoin = 6

// allLetters says whether a folded word is all letters a to z.
func allLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// knownWords are the background's words and every word in kinds.txt,
// folded, worked out once.
var knownWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, text := range []string{kindsText, backgroundText} {
		for _, line := range strings.Split(text, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			if _, rest, ok := strings.Cut(line, ":"); ok {
				line = rest
			}
			for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !isWordRune(r) }) {
				if w = fold(w); allLetters(w) && len(w) > 2 {
					out[w] = true
				}
			}
		}
	}
	return out
})

// knownFilter is a filter of knownWords (see splitWord).
var knownFilter = sync.OnceValue(func() wordFilter { return filterOf(knownWords()) })

// ocrFix lowercases a word and undoes the digit-for-letter mistakes of
// text recognition: "T0TAL", "CLA1M" and "Subtota1" are "total", "claim"
// and "subtotal". A word is fixed only when it has at least three letters
// and one or two digits, all of them 0, 1 or 5; codes like "a4", "b2b" or
// "covid19" are left alone. A 1 is an I in a word of capitals, else an l.
func ocrFix(w string) string {
	// "lNVOICE", "REMlTTANCE ADVlCE", "lNVOlCE": capitals with an l
	// among them or before them had an I there.
	if len(w) >= 4 && strings.IndexByte(w, 'l') >= 0 && upperButL(w) &&
		len(w)-strings.Count(w, "l") >= 3 {
		w = strings.ReplaceAll(w, "l", "I")
	}
	letters, upper, digits := 0, 0, 0
	for _, r := range w {
		switch {
		case r == '0' || r == '1' || r == '5':
			digits++
		case r >= '0' && r <= '9':
			return strings.ToLower(w)
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if len(w) == 2 && letters == 1 && digits == 1 {
		// "0f", "t0", "1n": a short word with a zero or a one, when it
		// reads as one.
		lw := strings.ToLower(w)
		for _, r := range []*strings.Replacer{shortO, shortI, shortL} {
			if fixed := r.Replace(lw); isStopWord(fixed) || knownWord(fixed) {
				return fixed
			}
		}
		return lw
	}
	if digits == 0 || digits > 2 || letters < 3 {
		return strings.ToLower(w)
	}
	one, other := "l", "i"
	if 2*upper > letters {
		one, other = "i", "l"
	}
	w = strings.ToLower(w)
	fixed := strings.NewReplacer("0", "o", "1", one, "5", "s").Replace(w)
	if strings.Contains(w, "1") && !knownWord(fixed) {
		// "B1ll" is "bill", not "blll": the other reading, when it is a
		// word.
		if alt := strings.NewReplacer("0", "o", "1", other, "5", "s").Replace(w); knownWord(alt) {
			return alt
		}
	}
	return fixed
}

// The readings of a short word's digit (see ocrFix).
var (
	shortO = strings.NewReplacer("0", "o", "5", "s")
	shortI = strings.NewReplacer("1", "i")
	shortL = strings.NewReplacer("1", "l")
)

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isUpperWord says whether w is capital letters and digits, with at least
// two letters.
func isUpperWord(w string) bool {
	return upperWord(w, false)
}

// upperButL is isUpperWord of w with its l's taken out (without a copy,
// but for a word that is not valid UTF-8, whose bytes either side of an
// l may make a letter once it is out).
func upperButL(w string) bool {
	if !utf8.ValidString(w) {
		return isUpperWord(strings.ReplaceAll(w, "l", ""))
	}
	return upperWord(w, true)
}

// upperWord is isUpperWord, skipping l's when skipL is set.
func upperWord(w string, skipL bool) bool {
	letters := 0
	for _, r := range w {
		switch {
		case skipL && r == 'l':
		case unicode.IsUpper(r):
			letters++
		case r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}

// knownWord says whether the background lists a word's stem.
func knownWord(w string) bool {
	_, ok := background()[english.Stem(w, true)]
	return ok
}

// minSpacedLetters is how many letters or digits set apart by single
// spaces make a letter-spaced word ("I N V O I C E"); three could be
// initials.
const minSpacedLetters = 4

// closeLetterSpacing writes letter-spaced words as words: a designed
// title "I N V O I C E", or "T A X   I N V O I C E" with wider gaps
// between its words, as PDF text of tracked capitals often comes out.
// Only capitals and digits are joined inside a line, so that running text
// with one-letter words ("a", "i", "w") is left alone; a line made of
// nothing but spaced letters is joined whatever its case. The length of
// the text changes, so it runs before anything records offsets.
func closeLetterSpacing(text string) string {
	var b strings.Builder
	done := 0 // text[:done] is in b
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if spacedChars(text[start:end]) >= minSpacedLetters {
			if joined, ok := joinSpacedLine(text[start:end]); ok {
				b.WriteString(text[done:start])
				b.WriteString(joined)
				done = end
			}
		}
		start = end + 1
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// spacedChars counts the letters and digits of a line that stand alone
// between spaces, without allocating: most lines have none.
func spacedChars(line string) int {
	n := 0
	prevWord := false
	for i, r := range line {
		word := isWordRune(r)
		if word && !prevWord {
			next, _ := utf8.DecodeRuneInString(line[i+utf8.RuneLen(r):])
			if i+utf8.RuneLen(r) == len(line) || !isWordRune(next) {
				n++
			}
		}
		prevWord = word
	}
	return n
}

// joinSpacedLine joins the letter-spaced runs of one line, saying whether
// it found any.
func joinSpacedLine(line string) (string, bool) {
	rs := []rune(line)
	// single reports whether rs[i] stands alone: a letter or digit with
	// no letter or digit either side.
	single := func(i int) bool {
		return isWordRune(rs[i]) && (i == 0 || !isWordRune(rs[i-1])) && (i+1 == len(rs) || !isWordRune(rs[i+1]))
	}
	whole := strings.TrimSpace(line) != ""
	for i, r := range rs {
		if r != ' ' && r != '\t' && r != '\r' && !single(i) {
			whole = false
			break
		}
	}
	var out []rune
	found := false
	joinedEnd := -1 // len(out) after the last run joined
	for i := 0; i < len(rs); {
		// A run: single characters one space apart.
		j, n, chars := i, 0, 0
		for j < len(rs) && single(j) && (whole || unicode.IsUpper(rs[j]) || unicode.IsDigit(rs[j])) {
			chars++
			if unicode.IsLetter(rs[j]) {
				n++
			}
			if j+2 < len(rs) && rs[j+1] == ' ' && single(j+2) {
				j += 2
				continue
			}
			j++
			break
		}
		// "N 0 T E" with a scanner's zero is a word too: letters and
		// digits count, but two letters at least.
		if (chars >= minSpacedLetters && n >= 2) || (whole && n > 0 && j > i+1) {
			// "C R E D I T   N 0 T E": the wide gap between two words
			// set apart is a space, not a gap between a table's cells.
			if joinedEnd >= 0 && len(out)-joinedEnd >= 2 && strings.TrimSpace(string(out[joinedEnd:])) == "" {
				out = append(out[:joinedEnd], ' ')
			}
			for k := i; k < j; k += 2 {
				out = append(out, rs[k])
			}
			found = true
			joinedEnd = len(out)
			i = j
			continue
		}
		if j == i {
			j = i + 1
		}
		out = append(out, rs[i:j]...)
		i = j
	}
	if !found {
		return line, false
	}
	return string(out), true
}

// minEncodedRun is the length from which a run of base64 characters with
// no space in it is taken for encoded data rather than text: longer than
// any word, reference or account number a document spells out.
const minEncodedRun = 40

// minEncodedSegment is the longest stretch of letters and digits, between
// the run's "+/=_-", that a run of encoded data has at least, unless it is
// a line of a block of them: base64 of random bytes has one in most lines,
// a file name, a URL's path or a reference made of words
// ("Payslip_March_2024_J_Smith_00123.pdf") none.
const minEncodedSegment = 20

// encodedRun is a run of base64 characters ("+/=_-" beside letters and
// digits) with no space in it, and whether blankEncoded takes it for
// encoded data.
type encodedRun struct {
	start, end int
	encoded    bool
}

// blankEncoded blanks out runs of encoded data (base64 or the like): a run
// of at least minEncodedRun letters, digits and "+/=_-" with no space,
// holding a digit, a capital and a small letter and a stretch of
// minEncodedSegment letters and digits, not joined to a letter of another
// alphabet ("Müller-Lüdenscheidt-..."); and the lines of the same block
// next to one (a line of base64 without such a stretch, the short last
// line). A document's words are not written so; its attachments pasted in
// as base64, or random bytes so encoded, are, and their chance fragments
// ("CVx", "RX", "1234") would otherwise read as names and sums. The text
// keeps its length, so the offsets taken after are the text's.
func blankEncoded(text string) string {
	// The runs that may be lines of a block: those with a digit, a
	// capital and a small letter, or ending in base64's padding.
	var runs []encodedRun
	start, found := -1, false
	var digit, upper, lower bool
	segment, longest := 0, 0
	flush := func(end int) {
		ascii := start >= 0 && (start == 0 || text[start-1] < utf8.RuneSelf) && (end == len(text) || text[end] < utf8.RuneSelf)
		mixed := digit && upper && lower
		if ascii && (mixed || strings.HasSuffix(text[start:end], "=")) {
			encoded := mixed && end-start >= minEncodedRun && longest >= minEncodedSegment
			runs = append(runs, encodedRun{start, end, encoded})
			found = found || encoded
		}
		start, digit, upper, lower, segment, longest = -1, false, false, false, 0, 0
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		alnum := true
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c == '+' || c == '/' || c == '=' || c == '_' || c == '-':
			alnum = false
		default:
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
		if alnum {
			segment++
			longest = max(longest, segment)
		} else {
			segment = 0
		}
	}
	flush(len(text))
	if !found {
		return text
	}
	// A block's other lines, forward then back: runs with only a line
	// break between them.
	adjacent := func(a, b encodedRun) bool {
		gap := text[a.end:b.start]
		return gap == "\n" || gap == "\r\n"
	}
	for i := 1; i < len(runs); i++ {
		if !runs[i].encoded && runs[i-1].encoded && adjacent(runs[i-1], runs[i]) {
			runs[i].encoded = true
		}
	}
	for i := len(runs) - 2; i >= 0; i-- {
		if !runs[i].encoded && runs[i+1].encoded && adjacent(runs[i], runs[i+1]) {
			runs[i].encoded = true
		}
	}
	b := []byte(text)
	for _, r := range runs {
		if r.encoded {
			for i := r.start; i < r.end; i++ {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// tillReadRe finds, after a lone "z", the word that makes it a till's
// end-of-day reading: "Z report", "Z-read", "Z reading", a type's
// "z_report".
var tillReadRe = regexp.MustCompile(`^[ \t_]?-?[ \t_]?(?i:report|read|reading|total)`)

// tillRead says whether a one-letter word, followed by rest, is the "Z"
// of a till's Z report, which is kept where other lone letters are not:
// without it a Z report is only a "report".
func tillRead(word, rest string) bool {
	return word == "z" && tillReadRe.MatchString(rest)
}
