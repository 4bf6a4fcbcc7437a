package scorer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The register of a document: whether it reports on something (news, a
// blog post), sells something (an advert, a sales page), is a blank to be
// filled in (a template, an empty form) or binds parties (an agreement).
// A document in one of the first three registers that names a kind of
// document is usually about that kind, not one of it: a news story on
// rents is not a lease, a page selling insurance is not a policy, a CV
// template is not a CV. The phrases are written from general knowledge
// of such texts in six languages, folded (lower case, no accents).

// phraseSet finds phrases of folded words on a line.
type phraseSet map[string][][]string // first word -> the phrases it starts

func newPhraseSet(text string) phraseSet {
	ps := phraseSet{}
	for _, p := range strings.Split(text, ",") {
		ws := strings.Fields(fold(strings.TrimSpace(p)))
		if len(ws) > 0 {
			ps[ws[0]] = append(ps[ws[0]], ws)
		}
	}
	return ps
}

// startsOf is a filter of the first words of the phrases of sets.
func startsOf(sets ...phraseSet) wordFilter {
	n := 0
	for _, ps := range sets {
		n += len(ps)
	}
	f := newWordFilter(n)
	for _, ps := range sets {
		for w := range ps {
			f.add([]byte(w))
		}
	}
	return f
}

// genreStarts holds the first words of the phrases a genreCounter counts
// on every line.
var genreStarts = startsOf(reportPhrases, sourcePhrases, callPhrases, legalPhrases)

// count counts the phrases of the set in a line's folded words.
func (ps phraseSet) count(words []string) int {
	n := 0
	for i, w := range words {
		for _, p := range ps[w] {
			if i+len(p) <= len(words) && equalWords(words[i:i+len(p)], p) {
				n++
				break
			}
		}
	}
	return n
}

// firstPerson are the words before "said" or "told" with which a
// writer tells of themselves or their reader ("I've said yes"), not
// reports what someone else said.
var firstPerson = map[string]bool{"i": true, "ive": true, "i've": true, "we": true, "weve": true, "we've": true,
	"you": true, "ich": true, "wir": true, "je": true, "nous": true, "ik": true, "wij": true, "io": true, "yo": true}

// toWriter are the words after "told" or "said" with which a writer
// tells what was said to them ("he told me", "sagte mir").
var toWriter = map[string]bool{"me": true, "us": true, "mir": true, "uns": true, "moi": true, "nous": true,
	"mij": true, "ons": true, "mi": true, "ci": true}

// countReported counts the phrases of the set in a line's folded words,
// leaving out those a first- or second-person pronoun comes just before
// (or one word before: "I have said") and those said to the writer.
func (ps phraseSet) countReported(words []string) int {
	n := 0
	for i, w := range words {
		for _, p := range ps[w] {
			if i+len(p) > len(words) || !equalWords(words[i:i+len(p)], p) {
				continue
			}
			if (i > 0 && firstPerson[words[i-1]]) || (i > 1 && firstPerson[words[i-2]]) {
				break
			}
			if j := i + len(p); j < len(words) && toWriter[words[j]] {
				// "He told me": the writer was there.
				break
			}
			n++
			break
		}
	}
	return n
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// reportPhrases are the words of reported speech and of a web article's
// furniture.
var reportPhrases = newPhraseSet(`said, says, told, has argued, have argued, has insisted, have insisted, has warned, have warned, reportedly, spokesperson, spokesman, spokeswoman,
	analysts say, experts say, in a bid to, vowed to, hit out at, lost his fight, lost her fight, lost their fight, won his fight, won her fight, won their fight, min read, minute read, read more, related articles, share this, sign up for our newsletter,
	sagte, sagt, erklarte, berichtet, teilte mit,
	a declare, a dit, a explique, a indique, affirme, a-t-il, a-t-elle, lire aussi,
	dijo, dice, afirmo, explico, declaro, senalo, indico,
	ha detto, ha dichiarato, ha spiegato, ha affermato, leggi anche,
	zei, zegt, aldus, verklaarde, lees ook`)

// sourcePhrases give a statement's source: a news source ("according to
// the ministry"), or in a contract or a bill the document or rule a thing
// follows ("laut Beschluss", "according to the meter"), so each counts
// half of reported speech.
var sourcePhrases = newPhraseSet(`according to, laut, zufolge, selon, segun, secondo, volgens`)

// callPhrases are an advert's calls to act.
var callPhrases = newPhraseSet(`buy now, shop now, order now, order today, book now, book today, book your, sign up, get started,
	learn more, find out more, call now, call us today, contact us today, free trial, try it free, free shipping, limited time,
	limited offer, special offer, don't miss, dont miss, while stocks last, save up to, starting at, from only, get a quote,
	get your free, request a quote, apply now, register now, reserve your, join now, click here, download now, subscribe now,
	best price, best prices,
	pre-approved, you're pre-approved, you are pre-approved, see your personalised offer, see your personalized offer,
	check your eligibility, apply today, apply in minutes, representative example, subject to status, terms apply, t&cs apply,
	book both together, ring us, book online, call us to book,
	book a viewing, arrange a viewing, request a viewing, contact the agent,
	jetzt kaufen, jetzt bestellen, jetzt buchen, jetzt anmelden, nur fur kurze zeit, sonderangebot, mehr erfahren,
	achetez, commandez, reservez, offre speciale, profitez, en savoir plus, inscrivez-vous,
	compra ahora, reserva ya, reserve ahora, oferta especial, aprovecha, mas informacion,
	acquista ora, prenota ora, offerta speciale, approfitta, scopri di piu,
	koop nu, bestel nu, boek nu, aanbieding, meer informatie, schrijf je in`)

// legalPhrases are the register of agreements, statutes and terms.
var legalPhrases = newPhraseSet(`shall, hereby, herein, hereto, hereunder, hereinafter, thereof, whereas, pursuant to,
	notwithstanding, in witness whereof, the parties, both parties, each party, the party, agrees to, agree to, undertakes,
	indemnify, governing law, jurisdiction, terminate, termination, breach, binding,
	verpflichtet sich, vertragsparteien, gemass, vereinbaren, vereinbart, nachfolgend,
	s'engage, les parties, conformement, ci-apres, le present contrat, resiliation,
	se compromete, las partes, conforme a, en adelante, el presente contrato, rescision,
	si impegna, le parti, ai sensi, di seguito, il presente contratto, recesso,
	verplicht zich, partijen, overeenkomstig, hierna, deze overeenkomst, ontbinding`)

// postedRe finds a blog post's byline among the first lines: "Posted 9
// Dec 2024 by Costa Ken", "Published on 3 May by the editor".
var postedRe = regexp.MustCompile(`^[*_]*(?:[Pp]osted|[Pp]ublished|[Ww]ritten)\b[^.!?]{0,40}?\b(?:by|von|par|por|door|da)\s+\S`)

// bylineLine says whether a line is a byline: "By Alex Moreno", "By Jo
// Hale, Political Editor", not a surveyor's or a clerk's initials ("by
// DH", "by J.K.") nor a line a name leads in running words ("by Priya
// N., review after the party" under a risk assessment's title).
func bylineLine(line string) bool {
	m := bylineRe.FindString(line)
	_, name, _ := strings.Cut(m, " ")
	rest := strings.TrimLeft(line[len(m):], " \t")
	r, _ := utf8.DecodeRuneInString(rest)
	return m != "" && strings.IndexFunc(name, unicode.IsLower) >= 0 && !unicode.IsLower(r)
}

// bylineRe finds a byline among the first lines: "By Alex Moreno".
var bylineRe = regexp.MustCompile(`^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\s*(?:$|[,·|•—–-])`)

// placeholderRe finds the blanks of a template: "[Company Name]",
// "<Your name>", "{{name}}", "(insert date)", "[e.g. 0001]", "[0.00]".
var placeholderRe = regexp.MustCompile(`\[[^\]\d]{2,40}\]|\[(?i:e\.?g\.?|i\.?e\.?)[ ,][^\]]{1,40}\]|\[[0\W]*0[0\W]*\]|<[A-Z][a-z]+(?: [a-z]+){0,4}>|\{\{?\s*\w+\s*\}\}?|(?i:\((?:insert|enter|add) [^)]{2,30}\))|(?i:\byour (?:name|address|company) here\b)`)

// genreCounter gathers the register cues line by line.
type genreCounter struct {
	// report counts reported speech in halves: a source ("according
	// to") is one, a verb of saying two, a byline four.
	report      int
	call, legal int
	byline      bool // a byline among the first lines
	template    bool // a title that calls the document a template
	// blanks holds, for each blank left to fill in outside a line to
	// sign and date, the number of its line (0 for a placeholder, which
	// is a template's wherever it is); filled counts the fields that
	// have a value.
	blanks  []int
	filled  int
	explain bool // the title is a question or "How to ..."
	// labels holds the numbers of the lines just before this one that
	// are labels with nothing after them ("Surname:").
	labels []int
	// emptyRows holds the numbers of the rows of empty cells since the
	// last line with words: a blank's rows when a line follows them, an
	// export's padding when they end the document.
	emptyRows []int
}

// minLabelRun is how many labels with nothing after them, one a line,
// make the blanks of a form: one or two are headings ("Ingredients:").
// Leave-one-rule-set-out on the dev split is the same for 2 to 4.
const minLabelRun = 3

// maxLabelWords bounds the words of a label.
const maxLabelWords = 6

// blankRunRe finds a line to write on: underscores, or a row of dots
// that ends the line (dots before a price lead the eye to it).
var blankRunRe = regexp.MustCompile(`_{3,}|(?:\.{6,}|…{2,})\s*$`)

// writtenOnDotsRe finds a value written on a row of dots: dots, then
// words (with no two dots together: "aisha.r@post.example", "A. Rahman"),
// then the dots that end the line.
var writtenOnDotsRe = regexp.MustCompile(`\.{3,}\s*[^.\s](?:[^.]|\.[^.])*[^.\s]\.{3,}\s*$`)

// checkedRe finds a ticked box or a mark beside an option: "[x]",
// "[ X ]", "[✓]", "☒", "☑", "✓".
var checkedRe = regexp.MustCompile(`\[\s*[xX✓✔✗✘*]\s*\]|[☒☑✓✔✗✘]`)

// signWords are the labels of the lines of a signature block, folded.
var signWords = wordSet0(`sign signed signature signatures by date dated witness witnessed initials name print place
	unterschrift unterzeichnet datum ort firma signe signee fait le a firmado fecha lugar firmato data luogo handtekening getekend plaats naam`)

// line counts the cues of one non-empty line, the n-th: words are its
// folded words (letters and apostrophes), lead says whether it is among
// the first few, field whether it is a label with a value.
func (g *genreCounter) line(line string, words []string, n int, lead, field bool) {
	if len(words) == 0 && !strings.Contains(line, "__") {
		if emptyRow(line) || dottedRow(line) {
			// ",,,,,,,,", "........  ..........  .....": a row of a
			// table left to fill in, if a line follows it.
			g.emptyRows = append(g.emptyRows, n)
		}
		return
	}
	g.blanks = append(g.blanks, g.emptyRows...)
	g.emptyRows = g.emptyRows[:0]
	label := strings.HasSuffix(line, ":") && len(words) <= maxLabelWords && !strings.HasPrefix(line, "#")
	if label {
		g.labels = append(g.labels, n)
	} else {
		g.endLabels()
	}
	if lead && (bylineLine(line) || postedRe.MatchString(line)) {
		g.report += 4
		g.byline = true
	}
	g.countPhrases(words, label)
	holes := 0
	if strings.ContainsAny(line, "[<{") || strings.Contains(line, " here") ||
		(strings.Contains(line, "(") && (strings.Contains(line, "nsert") || strings.Contains(line, "nter") || strings.Contains(line, "dd "))) {
		holes = len(placeholderRe.FindAllStringIndex(line, -1))
	}
	runs := 0
	if strings.Contains(line, "___") || strings.Contains(line, "......") || strings.Contains(line, "……") {
		runs = len(blankRunRe.FindAllStringIndex(line, -1))
		if runs > 0 && writtenOnDotsRe.MatchString(line) {
			// "Name ........Aisha Rahman........": the row of dots was
			// written on.
			runs--
		}
	}
	boxes := 0
	if strings.Count(line, "[ ]")+strings.Count(line, "☐") >= 2 && !checkedRe.MatchString(line) {
		// "[ ] Yes [ ] No": options none of which is ticked, a blank
		// however short their words. One box a line is a list's task,
		// ticked or not.
		boxes = 1
	}
	row := emptyRow(line)
	if row {
		// "Monday,,,,,,,,,", "  2  |      |      |": a row of a table
		// left to fill in.
		runs++
	}
	switch {
	case holes > 0:
		// A placeholder is a template's wherever it is.
		for range holes + runs + boxes {
			g.blanks = append(g.blanks, 0)
		}
	case runs > 0 && !row && allSignWords(words):
		// A line to sign and date is left blank in a signed document
		// too.
		for range boxes {
			g.blanks = append(g.blanks, n)
		}
	case runs+boxes > 0:
		for range runs + boxes {
			g.blanks = append(g.blanks, n)
		}
	case field:
		g.filled++
	}
	if strings.Contains(line, "%") && strings.Contains(strings.ToLower(line), "% off") {
		g.call++
	}
}

// countPhrases counts the phrases of reported speech, sources, calls to
// act and legal drafting on a line's folded words; a label ("Customer
// says:") reports nothing, but its calls and legal words count. Most
// lines start none of those phrases: one look at a filter for each word
// says so.
func (g *genreCounter) countPhrases(words []string, label bool) {
	if !slices.ContainsFunc(words, genreStarts.mayHoldString) {
		return
	}
	if !label {
		g.report += 2*reportPhrases.countReported(words) + sourcePhrases.countReported(words)
	}
	g.call += callPhrases.count(words)
	g.legal += legalPhrases.count(words)
}

// endLabels ends a run of labels with nothing after them: a run long
// enough is a form's blanks.
func (g *genreCounter) endLabels() {
	if len(g.labels) >= minLabelRun {
		g.blanks = append(g.blanks, g.labels...)
	}
	g.labels = g.labels[:0]
}

// allSignWords says whether every word of a line is a word of a signature
// block, or a short one (initials, "of", "the").
func allSignWords(words []string) bool {
	for _, w := range words {
		if len(w) > 3 && !signWords[w] {
			return false
		}
	}
	return true
}

// signingShare is the end of a document, as a share of its lines, that
// can be where it is signed: blanks there are the parties' signatures
// ("Landlord: ______"), which a signed document leaves blank too.
// Leave-one-rule-set-out on the dev split is the same for 0.15 to 0.35.
const signingShare = 0.25

// allFilled says whether the document of lines non-empty lines leaves
// nothing blank before its signing part and fills in fields enough to be
// one filled in: "Template: NRLA AST (England) v4" atop a signed tenancy,
// every field given, names the wording it was made from, not a blank;
// so does "(SSU template v6)" atop a society's risk assessment whose one
// blank is for its approver's signature. It is read after blank, which
// counts a run of labels with nothing after them among the blanks.
func (g *genreCounter) allFilled(lines int) bool {
	return g.blanksBefore(lines) == 0 && g.filled >= fullBlanks
}

// blanksBefore is how many of the document's blanks stand before its
// signing part (see signingShare).
func (g *genreCounter) blanksBefore(lines int) int {
	n := 0
	for _, at := range g.blanks {
		if float64(at) <= float64(lines)*(1-signingShare) {
			n++
		}
	}
	return n
}

// blank is how much a document of lines non-empty lines is a blank to
// fill in: as many blanks before its signing part as fullBlanks make it
// one, as a share of its fields that are blanks.
func (g *genreCounter) blank(lines int) float64 {
	g.endLabels()
	n := g.blanksBefore(lines)
	if n == 0 {
		return 0
	}
	return min(1, float64(n)/fullBlanks) * float64(n) / float64(n+g.filled)
}

// Counts at which a register cue is full: a byline counts two, so that a
// byline and one "said" make an article. Leave-one-rule-set-out accuracy
// on the dev split moves by at most two documents in 167 for fullReport
// from 2 to 5.
const (
	fullReport = 3
	fullCall   = 3
	fullLegal  = 4
	fullBlanks = 3
)

// foldedWords splits a line into folded words, keeping apostrophes and
// hyphens inside words and a '/' or '$', '€', '£' before one.
func foldedWords(line string) []string {
	f := strings.FieldsFunc(fold(line), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r == '-' || r == '/' || r == '$' || r == '€' || r == '£' || r == '%' || r >= 0x80)
	})
	for i, w := range f {
		f[i] = strings.Trim(w, "'-")
	}
	return f
}

// dottedRow says whether a line is nothing but two or more runs of
// dots (or ellipses) set apart by spaces: the cells of a table's row to
// write on.
func dottedRow(line string) bool {
	if !strings.Contains(line, "...") && !strings.Contains(line, "…") {
		return false
	}
	runs := 0
	for f := range strings.FieldsSeq(line) {
		if strings.Trim(f, ".…") != "" || len(f) < 3 {
			return false
		}
		runs++
	}
	return runs >= 2
}

// emptyRow says whether line is a row of comma-, semicolon-, tab- or
// bar-separated cells of which most are empty: at least four cells, three
// of them or more, and three in five, empty.
func emptyRow(line string) bool {
	sep := ""
	for _, c := range []string{",", ";", "\t", "|"} {
		if strings.Count(line, c) >= 3 {
			sep = c
			break
		}
	}
	if sep == "" {
		return false
	}
	cells := strings.Split(line, sep)
	empty := 0
	for _, c := range cells {
		if strings.TrimSpace(c) == "" {
			empty++
		}
	}
	return empty >= 3 && 5*empty >= 3*len(cells)
}

// templateWords, folded, call a document a template in its title, in
// English, Spanish, Dutch and Polish (the German "Vorlage" is also "for
// submission", the French, Italian and Portuguese words also name forms
// and models).
var templateWords = wordSet0(strings.Join(templateWordList[:], " "))

// templateWordList is templateWords in order, for templateStart.
var templateWordList = [...]string{"template", "plantilla", "sjabloon", "szablon"}

// templateNote says whether a short line anywhere starts by calling the
// document a template and tells its reader how to use it: "_Template -
// copy before use, don't edit this one._". A line that only says where
// a filled-in letter's wording came from ("Template adapted from
// Citizens Advice", "Template Classic Blue - made with InvoiceQuick")
// does not.
func templateNote(line string) bool {
	// Most lines start with no template word: they are passed over
	// before their words are read.
	if !templateStart(strings.TrimLeft(line, "_*#> \t")) {
		return false
	}
	w := foldedWords(line)
	if len(w) == 0 || len(w) > maxTemplateNoteWords || !templateWords[w[0]] {
		return false
	}
	return slices.ContainsFunc(w[1:], func(x string) bool { return templateUses[x] })
}

// templateStart says whether text starts with one of templateWords, in
// any case; a word's first letter is compared before the word.
func templateStart(text string) bool {
	for _, w := range templateWordList {
		if len(text) >= len(w) && text[0]|0x20 == w[0] && strings.EqualFold(text[:len(w)], w) {
			return true
		}
	}
	return false
}

// templateUses are the words with which a template's note says how to
// use it: copy it, fill it in, replace or delete its brackets.
var templateUses = wordSet0(`copy copies fill filling replace delete save overwrite edit editing bracket brackets blank blanks`)

// maxTemplateNoteWords bounds the words of a template's note.
const maxTemplateNoteWords = 12

// templateTitle says whether a title or first line calls the document a
// template.
func templateTitle(line string) bool {
	for _, w := range foldedWords(line) {
		if templateWords[w] {
			return true
		}
	}
	return false
}
