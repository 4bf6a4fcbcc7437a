package scorer

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// The scorer's hottest patterns are written out as code (see fieldLabel,
// ledgerRows, rollCallLabel and nearest). These tests hold each to what
// it replaced, on crafted lines and on a sample of the corpus's texts.

// sampleTexts are every tenth plain-text document of the corpus, in name
// order: about 1,500 texts of every kind and language it holds.
func sampleTexts(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(*corpusDir, "docs", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus documents in %s: %v", *corpusDir, err)
	}
	slices.Sort(files)
	var out []string
	for i, f := range files {
		if i%10 != 0 || !(strings.HasSuffix(f, ".txt") || strings.HasSuffix(f, ".md")) {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	if len(out) < 1000 {
		t.Fatalf("only %d sample texts", len(out))
	}
	return out
}

// fieldPattern is what fieldLabel writes out.
var fieldPattern = regexp.MustCompile(`^[^:]{1,40}:\s*\S|^[^,\s][^,]{0,39},\S`)

func TestFieldLabelIsItsPattern(t *testing.T) {
	forty := strings.Repeat("é", 40)
	lines := []string{
		"Invoice no: 2231", "Invoice no:2231", ":2231", "Invoice no:", "Invoice no:   ", "Invoice no: \t x",
		"Total: £312.00", "Re: your letter", "Note - no colon here", "",
		"Pell,Graham", "Pell, Graham", " Pell,Graham", ",Graham", "Pell,", "a,b,c", "\tPell,Graham",
		forty + ":x", forty + "é:x", forty + ",x", forty + "é,x", strings.Repeat("a", 39) + ",x",
		"\xff\xfe: x", "\xff,x", "a\xff,\xfe", "Date: 01/02/2025, Ref,AB12",
		"Dear Sir, please find", "Name : Graham Pell", "::", "a:\u00a0", "a,\u00a0b",
	}
	for _, line := range lines {
		if got, want := fieldLabel(line), fieldPattern.MatchString(line); got != want {
			t.Errorf("fieldLabel(%q) = %v, the pattern says %v", line, got, want)
		}
	}
	n := 0
	for _, text := range sampleTexts(t) {
		for _, line := range strings.Split(text, "\n") {
			for _, l := range []string{line, strings.TrimSpace(line)} {
				n++
				if got, want := fieldLabel(l), fieldPattern.MatchString(l); got != want {
					t.Fatalf("fieldLabel(%q) = %v, the pattern says %v", l, got, want)
				}
			}
		}
	}
	t.Logf("%d lines agree", n)
}

// foldedActText is text as findActs reads it.
func foldedActText(text string) string {
	return strings.ReplaceAll(fold(text), "’", "'")
}

func TestLedgerRowsAreItsPattern(t *testing.T) {
	texts := append(sampleTexts(t),
		"05/06 card payment 12.50 balance 480.00\n06/06 i paid 3.00 4.00",
		"  | 2024-01-31 rent 650.00 1,200.00 |\n\n12 jan 2025 fee 1.00 2.00\nl2 feb fee 1.00 2.00",
		"no rows here.\n.. 1.00 2.00", "01/02/03 1.00 2.00\n", "x\n01/02 1.00 2.00")
	rows := 0
	for _, text := range texts {
		ft := foldedActText(text)
		var want [][2]int
		for _, m := range ledgerRowRe.FindAllStringIndex(ft, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := ledgerRows(ft); !slices.Equal(got, want) {
			t.Fatalf("ledgerRows(%.200q) = %v, the pattern over the whole text finds %v", ft, got, want)
		}
		rows += len(want)
	}
	if rows < 50 {
		t.Fatalf("only %d ledger rows in the sample: the comparison says little", rows)
	}
	t.Logf("%d ledger rows agree", rows)
}

func TestRollCallLabelIsItsPattern(t *testing.T) {
	texts := append(sampleTexts(t),
		"Present: R Okoro, S Marchbank\nApologies: A Fenn", "IN ATTENDANCE : Jo", "Anwesend: Frau K", "present 24",
		"**Attendees:** Sam", "obecni: Jan", "the present: ", "aanwezig:x")
	found := 0
	for _, text := range texts {
		ft := foldedActText(text)
		got, want := rollCallLabel(ft), presentRe.FindStringSubmatchIndex(ft)
		if !slices.Equal(got, want) {
			t.Fatalf("rollCallLabel(%.200q) = %v, the pattern finds %v", ft, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 20 {
		t.Fatalf("only %d roll calls in the sample: the comparison says little", found)
	}
	t.Logf("%d roll calls agree", found)
}

// nearestByTrigrams is nearest as the scorer first wrote it: every stem of
// the document that shares letter trigrams with stem, scored.
func nearestByTrigrams(d *document, stem string) (string, float64) {
	if !fuzzyCandidate(stem) {
		return "", 0
	}
	grams := trigrams(stem)
	start, _ := utf8.DecodeRuneInString(stem)
	best, credit := "", 0.0
	for other := range d.at {
		if other == stem || !fuzzyCandidate(other) {
			continue
		}
		og := trigrams(other)
		n := 0
		for _, g := range og {
			if slices.Contains(grams, g) {
				n++
			}
		}
		ostart, _ := utf8.DecodeRuneInString(other)
		alike := start == ostart || confusable(start) && confusable(ostart)
		if n > 0 && 2*float64(n)/float64(len(grams)+len(og)) >= fuzzyDice && alike && closeSpelling(stem, other) {
			if credit == 0 || other < best {
				best, credit = other, spellingCredit
			}
		}
	}
	return best, credit
}

func TestNearestFindsWhatTrigramsFind(t *testing.T) {
	texts := sampleTexts(t)
	var queries []string
	for _, w := range strings.Fields("invoice lnvoice inovice paymnet contrat kontract statment recieve recipt lieferschein iinvoice ilnvoice balanse summmary totaal") {
		queries = append(queries, stemOf(w))
	}
	hits := 0
	for i := 0; i < len(texts); i += 15 {
		d := analyze(texts[i])
		qs := queries
		// The document's own stems, misspelt: a letter dropped, one
		// doubled, the first made l or i.
		for s := range d.at {
			if r := []rune(s); len(r) > 5 {
				qs = append(qs, string(slices.Delete(slices.Clone(r), 2, 3)), string(slices.Insert(slices.Clone(r), 3, r[3])), "l"+string(r[1:]), "i"+string(r[1:]))
			}
		}
		for _, q := range qs {
			gs, gc := d.nearest(q)
			ws, wc := nearestByTrigrams(d, q)
			if gs != ws || gc != wc {
				t.Fatalf("nearest(%q) = %q %v, by trigrams %q %v", q, gs, gc, ws, wc)
			}
			if gc > 0 {
				hits++
			}
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d near spellings found: the comparison says little", hits)
	}
	t.Logf("%d near spellings agree", hits)
}

// stemOf is a word's stem as tokenize gives it.
func stemOf(w string) string {
	toks := tokenize(w, false)
	if len(toks) != 1 {
		return fold(w)
	}
	return toks[0].stem
}

func TestFindRefsIsItsPattern(t *testing.T) {
	lines := []string{"INV-2231", "Ref AB12/34", "#1234", "# 123", "#12", "order 12345", "ABCD", "ABCDE",
		"1,234.56 2,000.00", "Policy no. PL-0099-AB", "a-b-c-d-e", "01/02/2025", "ÄBCDE-12345", "x#\t999 y"}
	found := 0
	for _, text := range append(sampleTexts(t), strings.Join(lines, "\n")) {
		for _, line := range strings.Split(text, "\n") {
			got, want := findRefs(line), refRe.FindAllString(line, -1)
			if !slices.Equal(got, want) {
				t.Fatalf("findRefs(%q) = %q, the pattern finds %q", line, got, want)
			}
			found += len(want)
		}
	}
	if found < 500 {
		t.Fatalf("only %d references in the sample: the comparison says little", found)
	}
	t.Logf("%d references agree", found)
}

// kindFits works each kind's coverage out from the document's stems; it
// must be, to the bit, kindCoverage of each kind's words.
func TestKindFitsAreKindCoverage(t *testing.T) {
	lx := kindLexicon()
	texts := sampleTexts(t)
	fitting := 0
	for i := 0; i < len(texts); i += 15 {
		d := analyze(texts[i])
		fits := d.kindFits()
		for k := range lx.kinds {
			kd := &lx.kinds[k]
			want := 0.0
			if len(kd.set.terms) > 0 {
				want = kindCoverage(&kd.set, d, kd.discursive(), nil, 0)
			}
			if fits[k] != want {
				t.Fatalf("text %d, kind %s: kindFits %v, kindCoverage %v", i, kd.id, fits[k], want)
			}
			if want > 0 {
				fitting++
			}
		}
	}
	if fitting < 1000 {
		t.Fatalf("only %d kinds fit the sample at all: the comparison says little", fitting)
	}
	t.Logf("%d fits agree", fitting)
}

// ocrNumbersByPatterns is ocrNumbers as it was first written: its two
// patterns run on every line that may hold what they change (the run's
// reading, readRun, is shared).
func ocrNumbersByPatterns(s string) string {
	if strings.Contains(s, "0") {
		s = ocrMonthRe.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, "0", "O") })
	}
	if !strings.ContainsAny(s, "Ool") {
		return s
	}
	return ocrNumberRe.ReplaceAllStringFunc(s, readRun)
}

func TestLineTestsAreTheirPatterns(t *testing.T) {
	lines := []string{"- item", "* item", "• item", "1. item", "12) item", "123. no", "a) item", "b. item", "A) no", "-item",
		"§ 4 Kündigung", "§4", "Art. 5 Zahlung", "ARTICLE 2 Term", "Clause 14.2 applies", "Section 3 Fees", "sección 2 x",
		"paragraph 9 x", "Paragraph nine", "1.2 Scope", "1.2. Scope", "ſection 3 x", "14 0CT 2025", "N0V 2024", "n0vember",
		"29.OO", "l77.5O", "2O24", "Total: 1O.OO", "hello world", "OOl", "0l", "10l", "a-1O-b", "1O/O2/2O25",
		"14 0\u212at 2025", "0\u212aTOBER", "N0V", "n0V 2024", "0Ct 12"}
	changed := 0
	for _, text := range append(sampleTexts(t), strings.Join(lines, "\n")) {
		for _, line := range strings.Split(text, "\n") {
			for _, l := range []string{line, strings.TrimSpace(line)} {
				if got, want := isBullet(l), bulletRe.MatchString(l); got != want {
					t.Fatalf("isBullet(%q) = %v, the pattern says %v", l, got, want)
				}
				if got, want := isNumbered(l), numbered.MatchString(l); got != want {
					t.Fatalf("isNumbered(%q) = %v, the pattern says %v", l, got, want)
				}
				if got, want := isClause(l), clauseRe.MatchString(l); got != want {
					t.Fatalf("isClause(%q) = %v, the pattern says %v", l, got, want)
				}
				got, want := ocrNumbers(l), ocrNumbersByPatterns(l)
				if got != want {
					t.Fatalf("ocrNumbers(%q) = %q, by the patterns %q", l, got, want)
				}
				if want != l {
					changed++
				}
			}
		}
	}
	if changed < 20 {
		t.Fatalf("ocrNumbers changed only %d lines: the comparison says little", changed)
	}
	t.Logf("%d lines read anew agree", changed)
}

// hasStart is prefixSet.has as first written: every start length looked up.
func hasStart(ps prefixSet, w string) bool {
	if falseStarts[w] {
		return false
	}
	for n := 2; n <= min(len(w), maxPrefix); n++ {
		if ps.starts[w[:n]] {
			return true
		}
	}
	return false
}

func TestPrefixSetsFindEveryStart(t *testing.T) {
	two := newPrefixSet("ab", "abcdef", "xyz")
	for w, want := range map[string]bool{"ab": true, "abz": true, "a": false, "xy": false, "xyz": true, "xyzzy": true, "abcdefgh": true} {
		if got := two.has(w); got != want {
			t.Errorf("has(%q) = %v, want %v", w, got, want)
		}
	}
	found := 0
	for _, text := range sampleTexts(t) {
		for _, w := range strings.Fields(foldedActText(text)) {
			for _, ps := range []prefixSet{troubleWords, remedyWords, harms} {
				got, want := ps.has(w), hasStart(ps, w)
				if got != want {
					t.Fatalf("has(%q) = %v, looking up every start %v", w, got, want)
				}
				if want {
					found++
				}
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d words start so in the sample: the comparison says little", found)
	}
	t.Logf("%d words agree", found)
}

// The lexicon's and the glossary's filters must hold every start, name,
// phrase and phrase end (a word they missed would name or mean nothing),
// and turn most other words away.
func TestWordFiltersHoldEveryName(t *testing.T) {
	lx := kindLexicon()
	for w := range lx.reach {
		if !lx.maybeStart.mayHoldString(w) || !lx.maybeStart.mayHold([]byte(w)) {
			t.Fatalf("the start %q is not in the filter", w)
		}
	}
	for key := range lx.names {
		if !lx.maybeName.mayHold([]byte(key)) {
			t.Fatalf("the name %q is not in the filter", key)
		}
	}
	tr := translations()
	for key := range tr.phrases {
		if !tr.maybePhrase.mayHold([]byte(key)) {
			t.Fatalf("the glossary's phrase %q is not in the filter", key)
		}
	}
	for w := range tr.ends {
		if !tr.maybeEnd.mayHoldString(w) {
			t.Fatalf("the glossary's phrase end %q is not in the filter", w)
		}
	}
	for _, ps := range []phraseSet{reportPhrases, sourcePhrases, callPhrases, legalPhrases} {
		for w := range ps {
			if !genreStarts.mayHoldString(w) {
				t.Fatalf("the phrase start %q is not in the genre's filter", w)
			}
		}
	}
	for w := range knownWords() {
		if !knownFilter().mayHoldString(w) {
			t.Fatalf("the known word %q is not in the filter", w)
		}
	}
	others, passed := 0, 0
	for _, text := range sampleTexts(t)[:300] {
		for _, w := range strings.Fields(foldedActText(text)) {
			if _, ok := lx.names[w]; ok {
				continue
			}
			others++
			if lx.maybeName.mayHoldString(w) {
				passed++
			}
		}
	}
	if others < 10000 || passed*20 > others {
		t.Fatalf("%d of %d words that name nothing pass the names' filter", passed, others)
	}
	t.Logf("%d of %d words that name nothing pass", passed, others)
}

// sentencesBuilt is how grievance first split a text: each sentence built
// as a string, then split into words.
func sentencesBuilt(ft string) [][]string {
	var out [][]string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, strings.Fields(b.String()))
			b.Reset()
		}
	}
	newlines := 0
	for i, r := range ft {
		switch {
		case r == '\n':
			newlines++
			if newlines == 2 {
				flush()
			}
			b.WriteByte(' ')
			continue
		case r == '.' && i+1 < len(ft) && ft[i+1] != ' ' && ft[i+1] != '\n' && ft[i+1] != '\r' && ft[i+1] != '\t':
			b.WriteByte(' ')
		case r == '.' || r == '!' || r == '?' || r == ';':
			flush()
		case r == '\'' || r == '’':
			b.WriteByte('\'')
		case isWordRune(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
		if r != ' ' && r != '\t' && r != '\r' {
			newlines = 0
		}
	}
	flush()
	return out
}

func TestSentenceWordsAreTheBuiltSentences(t *testing.T) {
	texts := append(sampleTexts(t), "", "\n\n", "a\n\nb", "paid £312.00. thanks!", "i’m sorry;; really?!", "end.", ". . .",
		"x \n \n y", "tab\t\n\t\nnext", "a.b.c", "no-one's fault", "\n", "é’s ü", "trailing space ")
	sentences := 0
	for _, text := range texts {
		ft := foldedActText(text)
		got, want := sentenceWords(ft), sentencesBuilt(ft)
		if len(got) != len(want) {
			t.Fatalf("%.100q: %d sentences, built %d", ft, len(got), len(want))
		}
		for i := range want {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("%.100q: sentence %d is %q, built %q", ft, i, got[i], want[i])
			}
		}
		sentences += len(want)
	}
	t.Logf("%d sentences agree", sentences)
}

func TestUpperButLIsUpperWithoutL(t *testing.T) {
	words := []string{"lNVOICE", "REMlTTANCE", "ADVlCE", "lNVOlCE", "will", "Il", "llll", "lAB", "AlB", "A1lB", "\xc3l\x89A", "ÉlÉ", "lé", ""}
	for _, text := range sampleTexts(t)[:500] {
		words = append(words, strings.Fields(text)...)
	}
	for _, w := range words {
		if got, want := upperButL(w), isUpperWord(strings.ReplaceAll(w, "l", "")); got != want {
			t.Fatalf("upperButL(%q) = %v, without its l's %v", w, got, want)
		}
	}
}

// beatenByAll is beatenBy as it was first written: every kind is read,
// in the lexicon's order, and the first that beats the rule most is kept.
func beatenByAll(p *profile, d *document, own float64) (beaten float64, rival int) {
	lx := kindLexicon()
	ownStrength := strength(own) + strengthFloor
	rival = -1
	for k, fit := range d.kindFits() {
		if fit <= own || (p.notRival != nil && p.notRival[k]) || (p.notRival == nil && p.cannotBeat(lx, k)) {
			continue
		}
		b := 1 - ownStrength/d.fitStrengths[k]
		if slices.Contains(p.excluded, k) {
			b = min(1, excludedBeaten*b)
		}
		if b > beaten {
			beaten, rival = b, k
		}
	}
	return beaten, rival
}

// TestKindsReadBestFirst holds density's one pass for the kinds'
// profiles and beatenBy's best-first reading to what they replaced, for
// every kind's profile (and each kind's fit as its own) on the sample.
func TestKindsReadBestFirst(t *testing.T) {
	kps := kindProfiles()
	texts := sampleTexts(t)
	rivals, dense := 0, 0
	for i := 0; i < len(texts); i += 15 {
		d := analyze(texts[i])
		fits := d.kindFits()
		if j := slices.IndexFunc(fits, func(f float64) bool { return !(f >= 0) }); j >= 0 {
			t.Fatalf("text %d, kind %s fits %v: beatenBy reads only the kinds that fit above 0", i, kindLexicon().kinds[j].id, fits[j])
		}
		// The acts, read in a goroutine of their own, are what findActs
		// reads from the text analyze reads.
		if want := findActs(kindLexicon(), ownWords(closeLetterSpacing(blankEncoded(texts[i])))); !reflect.DeepEqual(d.acts, want) {
			t.Fatalf("text %d: analyze's acts %+v, findActs %+v", i, d.acts, want)
		}
		for k, p := range kps {
			q := *p
			q.kind = -1 // density reads q's words one by one
			if got, want := density(d, p), density(d, &q); got != want {
				t.Fatalf("text %d, kind %s: density %v, read word by word %v", i, kindLexicon().kinds[k].id, got, want)
			} else if want > 0 {
				dense++
			}
			for _, own := range []float64{0, fits[k], fits[k] / 2} {
				b, r := beatenBy(p, d, own)
				wb, wr := beatenByAll(p, d, own)
				if b != wb || r != wr {
					t.Fatalf("text %d, kind %s, own %v: beatenBy %v by %d, every kind read %v by %d", i, kindLexicon().kinds[k].id, own, b, r, wb, wr)
				}
				if r >= 0 {
					rivals++
				}
			}
		}
	}
	if rivals < 1000 || dense < 1000 {
		t.Fatalf("only %d rivals and %d densities above 0: the comparison says little", rivals, dense)
	}
	t.Logf("%d rivals and %d densities agree", rivals, dense)
}

// TestBeatenByNamesTheFirstOfEqualKinds has kinds beat a rule alike,
// which the sample never does: two kinds the rule says it is not, both
// beating it fully, whatever their fits. The first in the lexicon's
// order is named, as reading every kind in that order named it, though
// the later one fits better and is read first.
func TestBeatenByNamesTheFirstOfEqualKinds(t *testing.T) {
	lx := kindLexicon()
	p := *kindProfiles()[0]
	var two []int
	for k := range lx.kinds {
		if k != 0 && !p.notRival[k] && len(two) < 2 {
			two = append(two, k)
		}
	}
	if len(two) < 2 {
		t.Fatalf("only %d kinds can beat %s", len(two), lx.kinds[0].id)
	}
	p.excluded = append(slices.Clip(p.excluded), two...)
	d := analyze("A note.")
	d.kindFits()
	clear(d.fits)
	d.fits[two[0]], d.fits[two[1]] = 0.8, 0.9
	d.orderFits()
	b, r := beatenBy(&p, d, 0)
	wb, wr := beatenByAll(&p, d, 0)
	if b != 1 || r != two[0] || b != wb || r != wr {
		t.Fatalf("beatenBy %v by %d, every kind read %v by %d; want 1 by %d", b, r, wb, wr, two[0])
	}
}

// splitWordByMaps is splitWord as it was first written: the whole and
// each whole less an ending are looked up in the map, with no filter
// (whether the parts are words is asked of bothKnown, as there).
func splitWordByMaps(a, b string, stemOf func(string) string) (string, bool) {
	if len(a)+len(b) < minSplitJoin || !allLetters(a) || !allLetters(b) {
		return "", false
	}
	words := knownWords()
	joined := a + b
	makesWord := words[joined]
	for _, end := range []string{"s", "es", "ly"} {
		if !makesWord && strings.HasSuffix(joined, end) && len(joined) > len(end) {
			makesWord = words[joined[:len(joined)-len(end)]]
		}
	}
	if !makesWord {
		return "", false
	}
	if bothKnown(a, b, stemOf) {
		return "", false
	}
	return joined, true
}

// TestSplitWordIsItsMaps holds splitWord to splitWordByMaps on every pair
// of neighbouring words of the sample, and on pairs split from known
// words, which make a word far more often.
func TestSplitWordIsItsMaps(t *testing.T) {
	stemOf := func(w string) string { return english.Stem(w, true) }
	var pairs [][2]string
	for _, text := range sampleTexts(t) {
		ws := strings.Fields(foldedActText(text))
		for i := 1; i < len(ws); i++ {
			pairs = append(pairs, [2]string{ws[i-1], ws[i]})
		}
	}
	for w := range knownWords() {
		for _, v := range []string{w, w + "s", w + "es", w + "ly"} {
			for cut := 1; cut < len(v); cut += 2 {
				pairs = append(pairs, [2]string{v[:cut], v[cut:]})
			}
		}
	}
	joined := 0
	for _, p := range pairs {
		got, ok := splitWord(p[0], p[1], stemOf)
		want, wantOK := splitWordByMaps(p[0], p[1], stemOf)
		if got != want || ok != wantOK {
			t.Fatalf("splitWord(%q, %q) = %q, %v; by the maps %q, %v", p[0], p[1], got, ok, want, wantOK)
		}
		if ok {
			joined++
		}
	}
	if joined < 1000 {
		t.Fatalf("only %d of %d pairs make a word: the comparison says little", joined, len(pairs))
	}
	t.Logf("%d pairs agree, %d of them joined", len(pairs), joined)
}

// TestGenrePhrasesSkipOnlyLinesWithoutThem holds countPhrases, which asks
// a filter before its four phrase sets, to counting them on every line:
// on the sample's lines, as lines and as labels, and on crafted labels
// that call to act or draft law.
func TestGenrePhrasesSkipOnlyLinesWithoutThem(t *testing.T) {
	var lines []string
	for _, text := range sampleTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	lines = append(lines, "Book now:", "Order today:", "Hereby agreed:", "Shall pay:", "He said:", "According to:",
		"Book now and save", "The tenant shall pay, he said, according to the agent.")
	counted := 0
	for _, line := range lines {
		words := foldedWords(line)
		for _, label := range []bool{false, true} {
			var got, want genreCounter
			got.countPhrases(words, label)
			if !label {
				want.report += 2*reportPhrases.countReported(words) + sourcePhrases.countReported(words)
			}
			want.call += callPhrases.count(words)
			want.legal += legalPhrases.count(words)
			if got.report != want.report || got.call != want.call || got.legal != want.legal {
				t.Fatalf("%q (label %v): counted report %d, call %d, legal %d; every set read: %d, %d, %d",
					line, label, got.report, got.call, got.legal, want.report, want.call, want.legal)
			}
			if want.report+want.call+want.legal > 0 {
				counted++
			}
		}
	}
	if counted < 300 {
		t.Fatalf("only %d lines hold a phrase: the comparison says little", counted)
	}
	t.Logf("%d lines agree, read as lines and as labels; %d of those readings hold a phrase", len(lines), counted)
}
