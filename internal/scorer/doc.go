package scorer

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// lineKind is the part a line plays in a document's layout. Where a word
// appears says how much it tells: a document's title names what it is,
// running prose merely mentions things.
type lineKind uint8

const (
	// bodyLine is running text, or a line nothing else describes.
	bodyLine lineKind = iota
	// subjectLine says what a letter or message is about ("Re: invoice
	// 17"): it names a topic, not the kind of document it is in.
	subjectLine
	// fieldLine is a label with a value ("Invoice number: 17").
	fieldLine
	// headingLine is a short line set apart: Markdown '#', capitals, a
	// trailing colon, or a few capitalised words.
	headingLine
	// titleLine is a short line among the first few of the document that
	// is not a field: a letterhead, or the title itself.
	titleLine
)

// maxClosingWords bounds the words of a letter's closing for the lines
// after it to be its signature: "Com os melhores cumprimentos," is one,
// "Thanks for your order, Sue!" atop an order confirmation is not.
const maxClosingWords = 4

// signatureLines is how many non-empty lines after a letter's closing are
// its signature: the writer's name, post and organisation.
const signatureLines = 4

// leadLines is how many non-empty lines at the start of a document can be
// its title.
const leadLines = 8

// maxTitleWords and maxHeadingWords bound the words of a title or heading.
const (
	maxTitleWords   = 8
	maxHeadingWords = 8
	// maxCapsTitleWords bounds a first line in capitals, which is a title
	// even when longer: "CONTRATO DE CESIÓN DE USO DE PARCELA EN HUERTO
	// URBANO".
	maxCapsTitleWords = 12
)

// docToken is one content word of a document, or the English meaning of
// one, at its place.
type docToken struct {
	stem  string
	line  int32
	kind  lineKind // the line's kind, or bodyLine in the value of a field
	prose bool     // in a paragraph of running prose
	// pos numbers the words as written: the English meanings and family
	// words of a word have its pos.
	pos int32
	// addressee is set in the value of a field that names whom the
	// document is for ("Hartley Code Ltd" of "Customer: Hartley Code
	// Ltd"): the user's own name stands there on what others send them
	// as the name of their customers on what they send, so it says
	// nothing of which of their rules a document is.
	addressee bool
	// derived is set for the English meaning of a foreign word and for
	// the family words of a word: the document does not write it.
	derived bool
}

// mention is a name of a kind of document found in a document.
type mention struct {
	kind   int
	text   string // as the document writes it
	line   int32
	at     lineKind
	weight float64  // how strongly it says the document is of the kind
	stems  []string // text's stems, once needed
	sender bool     // a name of who sends the kind, in a letterhead
}

// Where a kind's name is found, and how much that says: a title naming
// it says what the document is; prose mentioning it says little.
const (
	nameInTitle   = 1.0
	nameInHeading = 0.75
	nameInLabel   = 0.6  // "Invoice: 17", "Payslip for May"
	nameAsField   = 0.45 // "Invoice number: 17": a field about the kind
	nameInSubject = 0.4
	nameInBody    = 0.2
	// A name beside the head of a title ("Purchase order policy") or
	// after a preposition ("Guide to insurance claims") is its topic.
	modifierShare   = 0.5
	complementShare = 0.4
)

// document is what the scorer knows of a text: its content words with
// where each sits, the kinds of document it names, and its layout.
type document struct {
	toks     []docToken
	at       map[string][]int32 // stem -> indexes into toks
	mentions []mention
	// articleTitle is set when the first line reads as an article's
	// title: a question or "How to ...".
	articleTitle bool
	cues         [numCues]float64
	words        int
	lines        int         // non-empty
	spell        *spellIndex // built on first use
	fits         []float64   // see kindFits
	fitStrengths []float64   // strength of each of fits, plus strengthFloor
	byFit        []int32     // the kinds that fit at all, best first (stable)
	kindDens     []int32     // see kindDensities
	stemBits     []uint64    // see holds
	acts         []actHit    // what it does, by kind (see acts.go)
	// unlabelled is the line of a letter's subject written without
	// "Betreff:" above its salutation (see salutationLines), or -1.
	unlabelled int32
	// denied are the kinds the document says it is not: "This letter is
	// not a bill", "Dies ist keine Rechnung".
	denied []int
	// ownCovs caches ownCoverage by kind.
	ownCovs map[int]float64
	// initials are the initials, in lower case, of the runs of
	// capitalised words ("hmrc" of "HM Revenue & Customs"), each with the
	// index into toks of its first word (see initialRun): kept as they
	// come, since few rules ask for them (see initialsOf).
	initials []initialsAt
	// sources holds, by pos, the words as written that gave derived
	// tokens, for the reasoning: "'attendees' (as 'Anwesend')".
	sources map[int32]string
}

// word is one word of the document as written, for finding names.
type word struct {
	stem       string
	folded     string
	start, end int  // byte offsets in the text
	punct      bool // follows punctuation that ends a phrase
}

var (
	refRe     = regexp.MustCompile(`\b[A-Z0-9][A-Z0-9/-]{3,}[A-Z0-9]\b|#\s?\d{3,}\b`)
	signRe    = regexp.MustCompile(`(?i)_{4,}|^\W*(?:signature|signed|sign here|/s/|witness|signatory|unterschrift|unterzeichnet|firma|firmado|firmato|signé|handtekening|getekend)\b|\bsigned by\b|\bsignature\b`)
	salutRe   = regexp.MustCompile(`(?i)^\W*(?:dear|hello|hi|hey|good (?:morning|afternoon|evening)|to whom it may concern|to the (?:owner|owners|manager|proprietor|management)\b|sehr geehrte[rn]?|liebe|lieber|hallo|guten tag|bonjour|bonsoir|madame|monsieur|chers?|chères?|estimad[oa]s?|querid[oa]s?|hola|buenos días|gentile|gentili|egregio|car[oa]|buongiorno|salve|geachte|beste|hoi|exm[oa]s?\.?|prezad[oa]s?|olá|bom dia|szanown[aiy]|dzień dobry)\b`)
	closeRe   = regexp.MustCompile(`(?i)^\W*(?:sincerely|yours (?:sincerely|truly|faithfully)|(?:best|kind|warm|warmest) (?:regards|wishes)|regards|respectfully|cheers|thanks|thank you|many thanks|cordially|mit freundlichen grüßen|mit freundlichen grüssen|viele grüße|beste grüße|liebe grüße|freundliche grüße|cordialement|bien à vous|bien cordialement|salutations|amitiés|atentamente|saludos|un saludo|cordiales saludos|cordiali saluti|distinti saluti|saluti|un caro saluto|met vriendelijke groet|vriendelijke groet|groeten|hartelijke groet|com os (?:melhores|meus) cumprimentos|melhores cumprimentos|cumprimentos|atenciosamente|z poważaniem|z wyrazami szacunku|pozdrawiam|hochachtungsvoll|un cordial saludo)\b`)
	headerRe  = regexp.MustCompile(`(?i)^(?:from|to|cc|sent|date|subject|von|an|betreff|de|à|a|objet|envoyé|para|asunto|assunto|enviado|da|oggetto|inviato|van|aan|onderwerp|verzonden)\s*:`)
	subjectRe = regexp.MustCompile(`(?i)^\W*(?:re|aw|fwd?|wg|tr|rv|subject|subj|betreff|objet|asunto|assunto|oggetto|onderwerp|temat|dotyczy)\s*:`)
	bulletRe  = regexp.MustCompile(`^(?:[-*•·–▪◦✓☐□]|\d{1,2}[.)]|[a-z][.)])\s+\S`)
	clauseRe  = regexp.MustCompile(`(?i)^(?:§\s*\d|(?:art\.?|article|artikel|articolo|artículo|clause|section|sección|sezione|paragraph)\s+\d|\d{1,2}\.\d{1,2}\.?\s+\S)`)
	numbered  = regexp.MustCompile(`^\d{1,2}[.)]\s+\S`)
)

// Cue counts at which a cue is full.
const (
	fullMoney    = 2
	fullTotal    = 1
	fullTable    = 4
	fullDates    = 2
	fullTimes    = 2
	fullFields   = 0.3 // a share of the lines
	fullQuestion = 2
	fullPerson   = 0.04 // a share of the words
	fullHeadings = 4
	fullBullets  = 4
	fullClauses  = 3
	fullMeasures = 3
	fullRefs     = 2
	fullFood     = 6
)

// totalStems are the words of a line that sums up (translations included).
var totalStems = stemSet("total", "subtotal", "sum", "balance", "due", "net", "gross", "amount", "payable", "owing", "owed")

// pronouns are the first- and second-person words of six languages, as
// folded words.
var pronouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`me my mine we us our ours you your yours ich mich mir mein meine meinen unser unsere
		wir uns du dich dir dein deine euch euer moi mon ma mes nous notre nos vous votre vos toi ton ta tes
		yo mis nosotros nosotras nuestro nuestra nuestros usted ustedes io mio mia miei noi nostro nostra nostri
		voi vostro vostra ik mij mijn wij ons onze jij jou jouw uw`) {
		m[w] = true
	}
	return m
}()

// breakWords end the head of a title: in "Guide to insurance claims",
// "Policy on purchase orders" or "Facture de téléphone" the kind of the
// document comes before them.
var breakWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`of for to on about regarding re from with in by how
		fur uber von zu zum zur vom mit bei de du des d sur pour par avec del para sobre con por di della dello
		delle dei degli per su da van voor over met bij`) {
		m[w] = true
	}
	return m
}()

// mayBeSignature is a quick test before signRe.
func mayBeSignature(l string) bool {
	return strings.Contains(l, "____") || strings.Contains(l, "/s/") || strings.Contains(l, "sign") ||
		strings.Contains(l, "witness") || strings.Contains(l, "unterschrift") || strings.Contains(l, "unterzeichnet") ||
		strings.Contains(l, "firma") || strings.Contains(l, "handtekening") || strings.Contains(l, "getekend")
}

// analyze reads text into a document.
func analyze(text string) *document {
	text = closeLetterSpacing(blankEncoded(text))
	d := &document{at: map[string][]int32{}}
	var issueAt *mention // a masthead's "July issue" (see issueRe)
	lx := kindLexicon()
	// What the document does is read from its text alone, beside the
	// rest of the reading: on a machine with a core to spare a document
	// is read in less time, for the same work.
	acts := inParallel(func() []actHit { return findActs(lx, ownWords(text)) })
	toks := withoutAddresses(text, tokenize(text, false))
	words := make([]word, len(toks))
	folded := make([]string, len(toks))
	for i, t := range toks {
		folded[i] = t.word
		words[i] = word{stem: t.stem, folded: folded[i], start: t.start, end: t.end, punct: t.punct}
	}
	d.toks = make([]docToken, 0, len(toks)+len(toks)/4)
	// Whether the document has numbered items, worked out when a
	// numbered heading first asks.
	items := sync.OnceValue(func() bool { return numberedItems(text) })
	tr := translations()
	english := tr.translate(folded)
	d.words = len(toks)

	var (
		moneyN, totalN, tableN, datesN, timesN, fieldsN int
		questionN, personN, headingsN, bulletsN, foodN  int
		clausesN, measuresN, refsN, headerN             int
		signs, salut, closing                           bool
		nonEmpty, proseWords                            int
		para                                            paragraph
		articleTitle                                    string
		inHeaders, bodyStarted                          bool
		leadFrom, leadFields                            int
		closedAt                                        int // the non-empty line of a short closing, or 0
		// addrLines is how many more lines of a block under a label
		// alone on its line ("Bill to:", "An", a JSON "customer") name
		// whom the document is for.
		addrLines int
		// blankBefore says whether the line before was blank.
		blankBefore bool
	)
	refs := map[string]bool{}
	var genre genreCounter
	endPara := func() {
		if para.prose() {
			proseWords += para.words
			for i := para.from; i < len(d.toks); i++ {
				d.toks[i].prose = true
			}
		}
		para = paragraph{from: len(d.toks)}
	}
	salutAt, subjectAt := salutationLines(text)
	d.unlabelled = -1
	ti := 0
	start := 0
	for lineNo := 0; start <= len(text); lineNo++ {
		end := strings.IndexAny(text[start:], "\n\f")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		raw := text[start:end]
		kind := bodyLine
		line := strings.TrimSpace(raw)
		first := ti
		topic, lead := false, false
		inBlock := false
		if line == "" {
			addrLines = 0
			endPara()
			if inHeaders {
				inHeaders, leadFrom = false, nonEmpty
			}
		} else {
			nonEmpty++
			if nonEmpty == 1 && headerRe.MatchString(line) {
				inHeaders = true
			}
			// The title is among the first lines, before the body starts:
			// after a second field, a row of a table, an item of a list or
			// a sentence, a short line is a heading at most. An e-mail's
			// body starts after its headers.
			// An item of a list is not a title, though it is the first.
			aligned := alignedRow(line)
			lead = nonEmpty-leadFrom <= leadLines && !bodyStarted && !isBullet(line) && !aligned
			kind = classifyLine(line, lead, nonEmpty == 1)
			if aligned && (kind == titleLine || kind == headingLine) {
				// A results list's first row is no title.
				kind = bodyLine
			}
			if lineNo == subjectAt && kind == bodyLine && len(strings.Fields(line)) <= maxHeadingWords && !strings.ContainsAny(line[len(line)-1:], ".!?:,;") {
				// "Rentenanpassung zum 01.07.2024" above "Sehr geehrter
				// Herr Pilbeam,": a letter's subject, unlabelled.
				kind = subjectLine
				d.unlabelled = int32(lineNo)
			}
			if closedAt > 0 && kind == headingLine && nonEmpty-closedAt <= signatureLines {
				// "Rui Manuel Tavares" under "Com os melhores
				// cumprimentos": the writer's name and post, not a
				// heading.
				kind = bodyLine
			}
			if !inHeaders {
				if kind == fieldLine {
					leadFields++
				}
				n := len(strings.Fields(line))
				if leadFields >= 2 || tableRow(line) || aligned || isBullet(line) || (n > maxTitleWords && !(nonEmpty > 1 && nonEmpty <= letterheadLines && !salut && letterheadLine(line))) ||
					(n >= 6 && strings.ContainsAny(line[len(line)-1:], ".!?") && !firmSuffix(line)) {
					bodyStarted = true
				}
			}
			if (nonEmpty == 1 || (lead && (kind == titleLine || kind == headingLine))) && templateTitle(line) || kind == bodyLine && templateNote(line) {
				// "PURCHASE ORDER (template v3)": a blank to fill in.
				genre.template = true
			}
			if nonEmpty == 1 && questionTitle(line) {
				// "How to write a CV": the kinds it names are its topic.
				d.articleTitle, topic = true, true
				articleTitle = line
				// An explainer's title.
				genre.explain = true
			}
			if kind == headingLine || (kind == titleLine && nonEmpty > 1 && styledHeading(line)) {
				headingsN++
			}
			// An e-mail's header lines are its envelope, not its layout.
			envelope := inHeaders && headerRe.MatchString(line)
			if kind == fieldLine && !envelope {
				fieldsN++
			}
			if nonEmpty <= leadLines && headerRe.MatchString(line) {
				headerN++
			}
			// The regular expressions are the costly part: each runs only
			// where it can match, and only until its cue is full.
			if strings.ContainsAny(line, "0123456789") {
				numeric := ocrNumbers(line)
				ns := readNumbers(numeric)
				datesN += ns.dates
				timesN += ns.times
				measuresN += ns.measures
				moneyN += ns.money
				if refsN < fullRefs && hasUpper(line) {
					for _, r := range findRefs(line) {
						if isRef(r) && !refs[r] {
							refs[r] = true
							refsN++
						}
					}
				}
				short := len(strings.Fields(line)) <= 12
				nums := ns.numbers
				if !envelope && ((nums >= 3 && short) || (nums >= 2 && (tableRow(line) || strings.Contains(line, "  ") || strings.Contains(line, "\t"))) || (nums >= 1 && tableRow(line))) {
					tableN++
				}
				// A total is a sum of money on a line that says so.
				if ns.money >= 1 && !envelope && totalN < fullTotal {
				words:
					for j := ti; j < len(toks) && toks[j].start < end; j++ {
						if totalStems[toks[j].stem] {
							totalN++
							break
						}
						for _, e := range english[j] {
							if totalStems[e] {
								totalN++
								break words
							}
						}
					}
				}
			}
			if !signs && mayBeSignature(strings.ToLower(line)) && signRe.MatchString(line) {
				signs = true
			}
			if len(line) <= 80 {
				if lineNo == salutAt {
					salut = true
				}
				if closeWords[firstWord(line)] && closeRe.MatchString(line) {
					closing = true
					if len(strings.Fields(line)) <= maxClosingWords {
						closedAt = nonEmpty
					}
				}
			}
			if isBullet(line) {
				bulletsN++
			}
			if isClause(line) || (isNumbered(line) && len(strings.Fields(line)) >= 10) {
				clausesN++
			}
			questionN += strings.Count(line, "? ")
			if strings.HasSuffix(line, "?") {
				questionN++
			}
			genre.line(line, foldedWords(line), nonEmpty, nonEmpty <= leadLines, kind == fieldLine && !envelope)
			n, fn := 0, 0
			for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
				n++
				f := fold(w)
				if w == "I" || pronouns[f] {
					personN++
				}
				if functionWords[f] {
					fn++
				}
				if foodWords[f] {
					foodN++
				}
			}
			if kind == fieldLine || kind == titleLine || kind == headingLine || tableRow(line) {
				endPara()
			} else {
				para.add(line, n, fn, len(d.toks))
			}
		}
		// In "Invoice number: 17" the label is set apart, the value is not.
		valueAt := end
		if kind == fieldLine && !tableRow(raw) {
			if i := strings.IndexAny(raw, ":,"); i >= 0 {
				valueAt = start + i
			}
		}
		// A greeting of several words ("Guten Tag", "Good morning", "To
		// whom it may concern") greets: its "Tag" is no ear tag, its
		// "morning" no shift.
		greetEnd := start
		if lineNo == salutAt {
			if loc := salutRe.FindStringIndex(raw); loc != nil && strings.ContainsAny(strings.TrimSpace(raw[loc[0]:loc[1]]), " \t") {
				greetEnd = start + loc[1]
			}
		}
		addressee := kind == fieldLine && !inHeaders && valueAt < end && recipientLabel(raw[:valueAt-start])
		labelOnly := line != "" && !inHeaders && labelAlone(line)
		if line != "" && !inHeaders {
			switch {
			case labelOnly:
				// "Rechnungsempfänger:" alone: the lines under it, to
				// the next blank one, are whom the document is for.
				addrLines = maxAddressLines
			case addrLines > 0:
				inBlock = true
				addrLines--
				if addressEndRe.MatchString(line) {
					// "92 Alder Lane, Eugene, OR 97401": the address
					// ends with its postcode; what follows ("Line
					// Items") is the document's again.
					addrLines = 0
				}
			}
		}
		// The value ends where a wide gap starts another column: "To: Dean
		// Royle t/a Royle Electrical      Invoice 24-1183".
		valueEnd := end
		if addressee {
			v := raw[valueAt-start+1:]
			lead := len(v) - len(strings.TrimLeft(v, " \t"))
			if i := strings.Index(v[lead:], "   "); i >= 0 {
				valueEnd = valueAt + 1 + lead + i
			}
			if i := strings.Index(v[lead:], "\t"); i >= 0 && valueAt+1+lead+i < valueEnd {
				valueEnd = valueAt + 1 + lead + i
			}
		}
		var run initialRun
		for ; ti < len(toks) && toks[ti].start < end; ti++ {
			if toks[ti].start < greetEnd {
				continue
			}
			run.next(d, text, toks[ti], int32(len(d.toks)))
			k, inValue := kind, false
			if toks[ti].start > valueAt {
				k, inValue = bodyLine, toks[ti].start < valueEnd
			}
			addr := addressee && inValue || inBlock
			// A subject line says what a message is about, as its prose
			// does.
			pos := int32(ti)
			if !tr.falseFriends[folded[ti]] {
				d.add(docToken{stem: toks[ti].stem, line: int32(lineNo), kind: k, prose: k == subjectLine, pos: pos, addressee: addr})
			}
			// A foreign word counts as its English meaning too, at the
			// same place.
			for _, stem := range english[ti] {
				d.add(docToken{stem: stem, line: int32(lineNo), kind: k, prose: k == subjectLine, pos: pos, addressee: addr, derived: true})
			}
			// A word counts as the other words of its family too ("signed"
			// for "signature"), as running text.
			family := tr.family[toks[ti].stem]
			if len(english[ti]) == 0 {
				for _, stem := range family {
					d.add(docToken{stem: stem, line: int32(lineNo), kind: bodyLine, pos: pos, addressee: addr, derived: true})
				}
			}
			if len(english[ti]) > 0 || len(family) > 0 {
				if d.sources == nil {
					d.sources = map[int32]string{}
				}
				d.sources[pos] = text[toks[ti].start:toks[ti].end]
			}
		}
		run.flush(d)
		if ti > first {
			labelEnd := -1
			if nonEmpty == 1 && kind == bodyLine {
				labelEnd = openingLabel(text, start, end)
			}
			nk := kind
			if (kind == headingLine || kind == titleLine) && nonEmpty > 1 && numberedHeading(line) && items() {
				// "## 4. Spring play licence" in minutes, "2. Treasurer's
				// report": a numbered heading among others names an item
				// of the document, not the document.
				nk = bodyLine
			}
			if salut && kind == headingLine {
				// "Orden del día:" in a letter to parents: a heading after
				// the salutation names a part of the letter, not the letter.
				nk = bodyLine
			}
			if (kind == headingLine || kind == titleLine) && nonEmpty > 1 && nonEmpty <= letterheadLines && !blankBefore && len(strings.Fields(line)) <= maxTownWords && !strings.ContainsAny(line, ":0123456789") && postcodeNext(text, end) {
				// "HM Revenue & Customs / Self Assessment / BX9 1AS": a
				// line of the sender's address, between its name and
				// its postcode, is the office that sends the letter, not
				// what the letter is.
				nk = bodyLine
			}
			if closedAt == 0 || nonEmpty <= closedAt || nonEmpty-closedAt > signatureLines {
				// The signature names people and places, not the
				// document (nor a manual, "manuel" in French).
				d.findNames(lx, text, words[first:ti], int32(lineNo), nk, valueAt, labelEnd, topic, kind == bodyLine, lead)
			}
			if nl, ok := lx.byID["newsletter"]; ok && lead && (nk == titleLine || nk == headingLine) && !d.namedOn(int32(lineNo)) {
				// "The Combley Chronicle - July issue": a title that
				// names no kind but an issue of the month or season is
				// a newsletter's masthead.
				if loc := issueRe.FindStringIndex(line); loc != nil && issueAt == nil {
					issueAt = &mention{kind: nl, text: strings.TrimSpace(line[loc[0]:loc[1]]), line: int32(lineNo), at: nk, weight: issueWeight}
				}
			}
		}
		blankBefore = line == ""
		start = end + 1
	}
	endPara()
	if issueAt != nil && tableN < fullTable/2 {
		// A timetable's, a price list's "Winter edition" heads rows of
		// figures, not a newsletter's columns.
		d.mentions = append(d.mentions, *issueAt)
	}
	if strings.Count(text, "-->") >= fullCueTimings && len(cueTimingRe.FindAllStringIndex(text, fullCueTimings)) >= fullCueTimings {
		// "00:00:01,200 --> 00:00:03,900" three times over: a file of
		// timed cues names itself a subtitle file, as a title would. The
		// arrows are counted first, so that the pattern reads only the
		// rare document that has them.
		if k, ok := lx.byID["subtitle_file"]; ok {
			d.mentions = append(d.mentions, mention{kind: k, text: "-->", at: titleLine, weight: nameInTitle})
		}
	}
	if id, h := tableKind(text); h != "" {
		// "Date,Counter Party,Amount (GBP),Balance (GBP)": a table of
		// dated amounts with a running balance is an account's
		// transactions, as a title saying so would be; so is one of
		// journeys and miles a mileage log.
		if k, ok := lx.byID[id]; ok {
			// What its rows name is whom money went to or came from
			// ("HMRC SELF ASSESSMENT" paid), or where one went, as
			// running text would.
			for i := range d.mentions {
				d.mentions[i].weight = min(d.mentions[i].weight, nameInBody)
			}
			d.mentions = append(d.mentions, mention{kind: k, text: h, at: headingLine, weight: nameInHeading})
		}
	}
	if d.articleTitle {
		// An article's title: the document is a guide to what it names.
		if k, ok := lx.byID["guide"]; ok {
			d.mentions = append(d.mentions, mention{kind: k, text: articleTitle, at: titleLine, weight: nameInHeading})
		}
	}

	frac := func(n int, full float64) float64 { return min(1, float64(n)/full) }
	d.cues[cueMoney] = frac(moneyN, fullMoney)
	d.cues[cueTotal] = frac(totalN, fullTotal)
	d.cues[cueTable] = frac(tableN, fullTable)
	d.cues[cueDates] = frac(datesN, fullDates)
	d.cues[cueTimes] = frac(timesN, fullTimes)
	d.lines = nonEmpty
	if nonEmpty > 0 && fieldsN >= 2 {
		d.cues[cueFields] = min(1, float64(fieldsN)/float64(nonEmpty)/fullFields)
	}
	if signs {
		d.cues[cueSign] = 1
	}
	switch {
	case salut && closing:
		d.cues[cueLetter] = 1
	case salut || closing:
		d.cues[cueLetter] = 0.5
	}
	if headerN >= 2 {
		d.cues[cueEmail] = 1
	}
	if d.words > 0 {
		d.cues[cueProse] = min(1, float64(proseWords)/float64(d.words))
		d.cues[cuePerson] = min(1, float64(personN)/float64(d.words)/fullPerson)
	}
	d.cues[cueQuestion] = frac(questionN, fullQuestion)
	d.cues[cueHeadings] = frac(headingsN, fullHeadings)
	d.cues[cueBullets] = frac(bulletsN, fullBullets)
	d.cues[cueClauses] = frac(clausesN, fullClauses)
	d.cues[cueMeasures] = frac(measuresN, fullMeasures)
	d.cues[cueRefs] = frac(refsN, fullRefs)
	d.cues[cueFood] = frac(foodN, fullFood)
	// genre.report counts in halves (see genreCounter).
	d.cues[cueReport] = frac(genre.report, 2*fullReport)
	if (d.cues[cueLetter] >= 0.5 || (d.cues[cueEmail] == 1 && !forwardRe.MatchString(text))) && !genre.byline {
		// A letter or a message, with a salutation or a closing or an
		// e-mail's header lines, tells what others said to its writer
		// ("the receptionist said it was for children", "the listing
		// says", "your quote said"): it is not reporting news, unless it
		// forwards what others wrote ("Subject: Fwd: ...").
		d.cues[cueReport] /= 2
	}
	d.cues[cueCall] = frac(genre.call, fullCall)
	d.cues[cueLegal] = frac(genre.legal, fullLegal)
	d.cues[cueBlank] = genre.blank(nonEmpty)
	if genre.template && !genre.allFilled(nonEmpty) {
		d.cues[cueBlank] = 1
	}
	if genre.explain {
		d.cues[cueExplain] = 1
	}
	d.acts = acts()
	return d
}

// inParallel starts f in a goroutine of its own and returns a function
// that waits for f's answer. A panic in f is raised again in the
// goroutine that waits, as f called in line would have raised it there.
func inParallel[T any](f func() T) func() T {
	type answer struct {
		value  T
		raised any
	}
	done := make(chan answer, 1)
	go func() {
		// Everything the goroutine does is done before the answer is
		// sent: none of its code runs after the caller has it back (a
		// fuzzer's coverage of a call is then the same every time).
		var a answer
		func() {
			defer func() { a.raised = recover() }()
			a.value = f()
		}()
		done <- a
	}()
	return func() T {
		a := <-done
		if a.raised != nil {
			panic(a.raised)
		}
		return a.value
	}
}

// addressRe finds e-mail and web addresses, whose parts are not words of
// the document ("accounts.payable@example.com").
var addressRe = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?i:https?://|www\.)\S+`)

// withoutAddresses drops the tokens inside e-mail and web addresses, and
// the labels of an e-mail's header lines ("From:", "Date:").
func withoutAddresses(text string, toks []token) []token {
	var spans [][]int
	if strings.ContainsAny(text, "@/") || strings.Contains(text, "www.") {
		spans = addressRe.FindAllStringIndex(text, -1)
	}
	if len(spans) == 0 {
		return toks
	}
	out := toks[:0]
	j := 0
	for _, t := range toks {
		for j < len(spans) && spans[j][1] <= t.start {
			j++
		}
		if j < len(spans) && spans[j][0] <= t.start {
			continue
		}
		out = append(out, t)
	}
	return out
}

// hasUpper says whether s has an ASCII capital letter.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// firstWord is the first word of a line, folded.
func firstWord(line string) string {
	i := strings.IndexFunc(line, unicode.IsLetter)
	if i < 0 {
		return ""
	}
	j := strings.IndexFunc(line[i:], func(r rune) bool { return !unicode.IsLetter(r) })
	if j < 0 {
		return fold(line[i:])
	}
	return fold(line[i : i+j])
}

// salutWords and closeWords are the first words of salutRe and closeRe,
// checked before them.
var salutWords = wordSet0(`dear hello hi hey good to sehr liebe lieber hallo guten bonjour bonsoir madame monsieur cher chere chers cheres
	estimado estimada estimados estimadas querido querida queridos hola buenos gentile gentili egregio caro cara buongiorno salve geachte beste hoi
	exmo exma exmos exmas prezado prezada prezados prezadas ola bom szanowni szanowny szanowna dzien`)

var closeWords = wordSet0(`sincerely yours best kind warm warmest regards respectfully cheers thanks thank many cordially mit viele beste liebe
	freundliche cordialement bien salutations amities atentamente saludos un cordiales cordiali distinti saluti met vriendelijke groeten hartelijke
	com melhores cumprimentos atenciosamente z pozdrawiam hochachtungsvoll`)

func wordSet0(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// isRef says whether a run of capitals, digits and dashes is a reference
// code ("INV-2024-0815", "PO77120", "#10442"), not a year or a word.
func isRef(r string) bool {
	if r[0] == '#' {
		return true
	}
	letters, digits := 0, 0
	for i := 0; i < len(r); i++ {
		switch c := r[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		}
	}
	return letters >= 1 && digits >= 2
}

// paragraph gathers consecutive lines of text, to tell running prose
// from lists, forms and tables.
type paragraph struct {
	lines, words, function, sentences int
	from                              int // its first token
}

func (p *paragraph) add(line string, words, function int, from int) {
	if p.lines == 0 {
		p.from = from
	}
	p.lines++
	p.words += words
	p.function += function
	p.sentences += strings.Count(line+" ", ". ") + strings.Count(line+" ", "! ") + strings.Count(line+" ", "? ")
}

// prose says whether the paragraph is running text: sentences of some
// length, not a column of short lines, with the function words that
// join a sentence's words ("the", "of", "und", "que"), which notes, forms
// and lists leave out.
func (p paragraph) prose() bool {
	return p.sentences > 0 && p.words >= 12 && p.words >= 6*p.lines && p.words >= 4*p.sentences &&
		5*p.function >= p.words
}

// functionWords are the commonest function words of six languages.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an of to and in is are was were be been for on with that this it as at by from or
		but not have has had will would can our we you your they he she his her their its there which who
		der die das und ist zu den von mit sich des auf fur im dem nicht ein eine einen als auch es an werden aus er hat dass sie nach bei
		le la les de des et est un une du en que qui dans pour pas au sur se ce il elle ne par plus avec son sa ses sont nous vous
		el los las y es por con para del se lo como su al mas pero sus le ya o este esta
		il lo gli di e che un una per con del della non si sono al alla le da nel ha anche come piu questo
		het een en van is dat op te met voor niet zijn er aan ook als bij om dan nog wel naar uit`) {
		m[w] = true
	}
	return m
}()

// derivedFrom says, for a stem the document holds only as the meaning
// or the family word of other words, the first of those words as
// written; "" where the document writes the stem itself.
func (d *document) derivedFrom(stem string) string {
	from := ""
	for _, i := range d.at[stem] {
		t := d.toks[i]
		if !t.derived {
			return ""
		}
		if from == "" {
			from = d.sources[t.pos]
		}
	}
	return from
}

func (d *document) add(t docToken) {
	d.at[t.stem] = append(d.at[t.stem], int32(len(d.toks)))
	d.toks = append(d.toks, t)
}

// findNames records the names of kinds of documents on one line, longest
// first, and how strongly each says what the document is.
// topic is set for an article's title, whose names are its topic; before
// labelEnd, a long first line names what the document is ("Rx: ...");
// body is set for a line that reads as running text, not for a heading
// read so because of where it stands, lead for one among the document's
// first lines, before its body.
func (d *document) findNames(lx *lexicon, text string, words []word, line int32, kind lineKind, valueAt, labelEnd int, topic, body, lead bool) {
	type found struct {
		refs       []nameRef
		start, end int // byte offsets
		next       string
		field      bool // a field noun comes just before: "Totale ordine"
		compound   int8 // 0 a word, 1 the end of a compound, -1 its start
		// adjunct: a one-word English name that a capitalised noun
		// follows, which it qualifies ("Waymark Guide Dogs"); in the
		// Romance languages the adjective comes after ("Consulta
		// Externa")
		adjunct bool
	}
	// fieldBefore says whether a field noun comes before word i, past
	// "de", "di", "del": "Numero fattura", "Fecha de pedido".
	fieldBefore := func(i int) bool {
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if fieldNouns[words[j].stem] {
				return true
			}
			if !linkWords[words[j].folded] {
				return false
			}
		}
		return false
	}
	toks := make([]nameTok, len(words))
	for i, w := range words {
		toks[i] = nameTok{stem: w.stem, folded: w.folded, punct: w.punct, caps: twoCapitals(text[w.start:w.end])}
		if i > 0 && columnGap(text[words[i-1].end:w.start]) {
			// "K. Ahmed Plumbing & Heating          Bill no: 31": a
			// name does not run across columns.
			toks[i].punct = true
		}
		if i > 0 && isNumber(words[i-1].folded) {
			toks[i-1].apart = columnGap(text[words[i-1].end:w.start]) || !toks[i].punct && numberApart(text, words[i-1].start, words[i-1].end, w.start)
		}
	}
	if len(words) > 0 {
		// Whether the line's first word starts it: a year there heads a
		// row ("2019   Certificate in ..."), it does not date a name.
		ls := strings.LastIndexAny(text[:words[0].start], "\n\f") + 1
		toks[0].lineStart = !strings.ContainsFunc(text[ls:words[0].start], unicode.IsLetter)
	}
	var fs []found
	matched := make([]bool, len(words))
	for _, m := range lx.matchNames(toks) {
		if m.to-m.from == 1 && postName(text, words[m.from].start) {
			matched[m.from] = true
			continue
		}
		f := found{refs: m.refs, start: words[m.from].start, end: words[m.to-1].end, field: fieldBefore(m.from)}
		if m.to < len(words) {
			f.next = words[m.to].stem
			f.adjunct = m.to-m.from == 1 && lx.enWords[words[m.from].folded] && titleCase(text[words[m.from].start:words[m.from].end]) && nounAfter(text, words[m.to-1].end, words[m.to].start, words[m.to].end) && !lx.startsName(words[m.to].folded) && !fieldNouns[words[m.to].stem]
		}
		fs = append(fs, f)
		for i := m.from; i < m.to; i++ {
			matched[i] = true
		}
	}
	for i, w := range words {
		if matched[i] || len(w.folded) < minCompoundName+2 {
			continue
		}
		if c, ok := longestPart(lx.heads[w.folded[len(w.folded)-4:]], w.folded, strings.HasSuffix); ok {
			fs = append(fs, found{refs: []nameRef{c.ref}, start: w.start, end: w.end, compound: 1})
		} else if c, ok := longestPart(lx.mods[w.folded[:4]], w.folded, strings.HasPrefix); ok && len(w.folded)-len(c.part) >= minCompoundRest {
			fs = append(fs, found{refs: []nameRef{c.ref}, start: w.start, end: w.end, compound: -1})
		}
	}
	slices.SortStableFunc(fs, func(a, b found) int { return a.start - b.start })
	if len(fs) == 0 {
		return
	}
	// The head of a title or heading is its last name before a
	// preposition; the names before it are its modifiers, those after it
	// its topic.
	head, breakAt, gapAt := -1, len(text), len(text)
	if kind == titleLine || kind == headingLine {
		// A wide gap ends the title: in "AUFTRAGSBESTÄTIGUNG      Auftrag-Nr.:
		// AB-24-00214" the field beside it does not make the title's name
		// a modifier.
		if len(words) > 0 {
			first := words[0].start
			end := strings.IndexAny(text[first:], "\n\f")
			if end < 0 {
				end = len(text) - first
			}
			if g := strings.Index(text[first:first+end], "   "); g > 0 {
				gapAt = first + g
			}
		}
		for i, f := range fs {
			if f.start >= breakAt || (head >= 0 && f.start >= gapAt) {
				break
			}
			if !slices.ContainsFunc(f.refs, func(r nameRef) bool { return !r.sender }) {
				// Who sent it ("... – Ashford Borough Council") is not
				// what the title calls the document.
				continue
			}
			head = i
			if b := breakAfter(text, f.end); b >= 0 && breakAt == len(text) {
				breakAt = b
			}
		}
	}
	for i, f := range fs {
		if inCode(text, f.start, f.end) {
			// "BV-PO-24-077": a part of a reference code.
			continue
		}
		if before := text[max(0, f.start-denialWindow):f.start]; negated(before[max(0, len(before)-negationWindow):]) {
			// "This is not a bill": what the document is not.
			if selfDenial(before) {
				for _, r := range f.refs {
					d.denied = append(d.denied, r.kind)
				}
			}
			continue
		}
		if slices.ContainsFunc(f.refs, func(r nameRef) bool { return strings.HasPrefix(r.display, "in the ") }) &&
			!courtHeadingLeads(text[strings.LastIndexAny(text[:f.start], "\n\f")+1:f.start]) {
			// "The case was heard in the High Court", "Your claim - in
			// the County Court at Marlowe": a court's heading names a
			// court document only where it leads its line.
			continue
		}
		w, at := nameInBody, kind
		switch {
		case topic || f.start > valueAt:
			w = nameInBody
		case body && i == 0 && f.compound == 0 && capsLead(text, f.start, f.end):
			// "OFFERTE repatriëring wijlen mevr. Visser": a line led by
			// a name in capitals is headed by it.
			w, at = nameInHeading, headingLine
		case body && lead && i == 0 && f.compound == 0 && strings.Contains(text[f.start:f.end], " ") && titleLead(text, f.start, f.end):
			// "Compte rendu de la réunion commune avec la Larkfield
			// Gardens Residents' Association": a long title, led by its
			// name, that what follows qualifies. A name of one word
			// leads a headline as often ("Licence for ... refused").
			w, at = nameInHeading, headingLine
		case (kind == titleLine || kind == headingLine) && line > 0 && slices.ContainsFunc(f.refs, func(r nameRef) bool { return lx.kinds[r.kind].classes }) && classAfter(text[f.end:]):
			// "Permis B" among a CV's first lines: the class its
			// holder has is a line of the document, not what it is.
			// On its first line it may be the title of the permit.
			w, at = nameInBody, bodyLine
		case f.start < labelEnd:
			w, at = nameInTitle, titleLine
		case kind == subjectLine:
			w = nameInSubject
			if aside(text, f.start) || replyOrQuestion(text[f.start:min(len(text), f.start+strings.IndexAny(text[f.start:]+"\n", "\n\f"))], text[max(0, f.start-80):f.start]) {
				w = nameInBody
			}
		case kind == fieldLine && addressLabel(text[f.end:]):
			// "Invoice to:", "Rechnung an:": whom a bill goes to, on an
			// order as much as on the bill.
			w = nameInBody
		case kind == fieldLine && refersTo(text[max(0, f.start-24):f.start]):
			// "Against invoice: NSL-24-0881": the document this one
			// answers or corrects.
			w = nameInBody
		case kind == fieldLine:
			w = nameInLabel
			if fieldNouns[f.next] || f.field || f.compound < 0 {
				w = nameAsField
			}
		case kind == titleLine || kind == headingLine:
			w = nameInTitle
			if kind == headingLine {
				w = nameInHeading
			}
			switch {
			case f.start >= gapAt && fieldNouns[f.next]:
				// "Auftrag-Nr.:" beside a title: a field, not a name.
				w = nameAsField
			case f.compound < 0 || f.adjunct:
				w *= modifierShare
			case f.start >= breakAt:
				w *= complementShare
			case i < head && !allGeneric(lx, fs[head].refs) && !genusOf(lx, fs[head].refs, f.refs) &&
				!strings.ContainsAny(text[f.end:fs[i+1].start], "/&"):
				// "Tenancy agreement": a name before one of a kind it is
				// a kind of says which kind of it; "Booking confirmation
				// / Invoice" names two.
				w *= modifierShare
			}
		}
		// A title or a heading, as its line reads or as its name leads it.
		heading := kind == titleLine || kind == headingLine || at == headingLine
		for _, r := range f.refs {
			rw := w
			if r.sender {
				// "Ashcombe City Council" atop a letter says who sent
				// it, which says less than naming what it is; in the
				// body it says nothing.
				if at != titleLine && kind != titleLine {
					continue
				}
				d.mentions = append(d.mentions, mention{kind: r.kind, text: text[f.start:f.end], line: line, at: at, weight: rw * senderShare, sender: true})
				continue
			}
			if lx.kinds[r.kind].answered && readersBefore(text[:f.start]) && !labelAfter(text[f.end:]) {
				// "Ihre Bewerbung - Zusage": the reader's application,
				// which this document answers. "Your enquiry:" on a
				// form is a label of the one who fills it in.
				rw = min(rw, nameInBody)
			}
			if heading && pluralOf(text[f.start:f.end], r.display) {
				// "Licenses", "Receipts": a section listing several,
				// not what the document is.
				rw *= modifierShare
			}
			k := r.kind
			if nl, ok := lx.byID["newsletter"]; ok && heading && newsWords[fold(text[f.start:f.end])] && editionOnLine(text, f.start) {
				// "Larkfield News - Spring 2024", "NOTICIAS DE LARKFIELD
				// - Otoño 2024": news that come out in editions are a
				// newsletter's name, not a news story's.
				k = nl
			}
			d.mentions = append(d.mentions, mention{kind: k, text: text[f.start:f.end], line: line, at: at, weight: rw})
		}
	}
}

// postWords are names of a kind that also name putting a person in a
// post: "Appointment of a director", "Terms of appointment", "her
// appointment as treasurer" are no visit booked at a clinic.
var postWords = map[string]bool{"appointment": true, "appointments": true}

// postAfterRe and postBeforeRe find what makes a post word a post's.
var (
	postAfterRe  = regexp.MustCompile(`(?i)^[ \t]+(?:of|as)\b`)
	postBeforeRe = regexp.MustCompile(`(?i)\bof[ \t]+$`)
)

// postName says whether the word at start of text is a post word used of
// a post: followed by "of" or "as", or right after "of".
func postName(text string, start int) bool {
	end := start
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return postWords[strings.ToLower(text[start:end])] &&
		(postAfterRe.MatchString(text[end:]) || postBeforeRe.MatchString(text[:start]))
}

// forwardRe finds an e-mail's subject that forwards what others wrote.
var forwardRe = regexp.MustCompile(`(?im)^(?:subject|betreff|objet|asunto|assunto|oggetto|onderwerp)\s*:\s*(?:fwd?|wg|tr|rv|i)\s*:`)

// dayDateRe finds a day's date, "4 March 2025": a daily paper's, not a
// periodical's edition.
var dayDateRe = regexp.MustCompile(`(?i)\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}`)

// editionRe finds what names an edition of a periodical: a season, an
// issue or edition with its number, or a month with its year.
var editionRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:spring|summer|autumn|winter|frühling|frühjahr|sommer|herbst|printemps|été|automne|hiver|primavera|verano|otoño|invierno|autunno|inverno|voorjaar|zomer|herfst|wiosna|jesień|zima|(?:issue|edition|ausgabe|numéro|número|edición|edizione|editie|wydanie)\s*(?:no\.?\s*|nr\.?\s*)?\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4})(?:$|[^\pL])`)

// issueRe finds an issue of a month or a season, which a periodical
// names in its masthead ("July issue", "Winter edition", "Ausgabe
// Frühjahr", or a season and its year alone on a heading's line, "Summer
// 2024"); an issue's number alone may be a document's revision ("Issue
// 3").
var issueRe = regexp.MustCompile(`(?i)^\W*(?:spring|summer|autumn|winter)\s+\d{4}(?:/\d{2,4})?\W*$|(?:^|[^\pL])(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|christmas|easter)\s+(?:issue|edition)|(?:ausgabe|numéro|edición|edizione|editie|wydanie)\s+(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|frühling|sommer|herbst|winter|printemps|été|automne|hiver|primavera|verano|otoño|invierno|autunno|inverno|voorjaar|zomer|herfst|wiosna|jesień|zima))(?:$|[^\pL])`)

// issueWeight is how strongly a masthead's issue names a newsletter:
// as a label does, below a title's name, so that a magazine's "Summer
// issue" is no newsletter beside a rule for magazines.
const issueWeight = nameInLabel

// namedOn says whether a kind is named on the line.
func (d *document) namedOn(line int32) bool {
	return slices.ContainsFunc(d.mentions, func(m mention) bool { return m.line == line })
}

// editionOnLine says whether the line at pos names an edition (see
// editionRe).
func editionOnLine(text string, pos int) bool {
	ls, le := lineBounds(text, pos, pos)
	return editionRe.MatchString(dayDateRe.ReplaceAllString(text[ls:le], " "))
}

// readersPossessives, folded, are the possessives of eight languages
// that say a thing is the reader's: "your", "Ihre", "votre", "la tua".
// The Dutch "je" is left out: in French it is "I".
var readersPossessives = map[string]bool{
	"your": true, "ihr": true, "ihre": true, "ihren": true, "ihrem": true, "ihrer": true, "dein": true, "deine": true, "deinen": true,
	"votre": true, "vos": true, "ta": true, "ton": true, "su": true, "tu": true, "vuestra": true, "vuestro": true,
	"tua": true, "tuo": true, "sua": true, "suo": true, "vostra": true, "vostro": true, "uw": true, "jouw": true,
	"seu": true, "vossa": true, "vosso": true, "twoja": true, "twoj": true, "twoje": true, "panstwa": true, "pani": true, "pana": true,
}

// readersBefore says whether the word that ends before (the text before a
// name, on its line) is a possessive of the reader's, quotes aside
// ("your \"application\"").
func readersBefore(before string) bool {
	before = before[strings.LastIndexAny(before, "\n\f")+1:]
	before = strings.TrimRight(before, " \t\"'«»“”„‘’(")
	ws := strings.Fields(before)
	return len(ws) > 0 && readersPossessives[fold(strings.Trim(ws[len(ws)-1], ":-\"'«»“”„‘’("))]
}

// labelAfter says whether the text after a name makes it a label: a
// colon next ("Your enquiry:").
func labelAfter(after string) bool {
	return strings.HasPrefix(strings.TrimLeft(after, " \t"), ":")
}

// addressLabel says whether the text after a name makes it a label of
// whom something goes to: "Invoice to:", "Bill to :", "Facturer à:".
// recipientLabels are the labels of a field that names whom a bill or an
// order is for, folded.
var recipientLabels = map[string]bool{
	"to": true, "customer": true, "customer name": true, "bill to": true, "billed to": true, "invoice to": true,
	"invoiced to": true, "sold to": true, "ship to": true, "deliver to": true, "delivery address": true,
	"invoice address": true, "billing address": true, "client": true, "client name": true,
	"kunde": true, "kundin": true, "rechnungsempfanger": true, "rechnungsadresse": true, "lieferanschrift": true,
	"facture a": true, "facturé a": true, "adresse de facturation": true, "cliente": true, "facturar a": true,
	"destinatario": true, "klant": true, "factuuradres": true, "klient": true, "nabywca": true, "odbiorca": true,
	// "For: Dunmore Build Ltd" under a subcontractor's invoice; "An"
	// above a German letter's address.
	"for": true, "an": true, "attn": true, "attention": true, "issued to": true, "prepared for": true,
	"delivered to": true, "account name": true, "customer details": true, "client details": true,
	// A Dutch "Aan:" and an Italian "Spett.le" over the address.
	"aan": true, "spettabile": true, "spett.le": true, "spett le": true,
	// An auction's or a dealer's "Buyer:", a wholesaler's "For customer:".
	"buyer": true, "purchaser": true, "for customer": true,
}

// maxLabelBytes is the longest a line that is only a recipient's label
// can be ("Adresse de facturation :"): longer lines are not looked up.
const maxLabelBytes = 32

// addressEndRe finds the last line of an address: words, then a postcode
// (a US or German five digits, a British "KB4 1AA") at its end, or a
// four- or five-digit postcode before a town at its start ("42103
// Wuppertal").
var addressEndRe = regexp.MustCompile(`\pL.*\s(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\W*$|^\d{4,5}\s+\pL`)

// initialRun gathers the initials of a run of capitalised words on one
// line, joined by nothing but spaces, "&" and "and", "of", "for" or
// "the": "Department for Work and Pensions", "HM Revenue & Customs". A
// rule that writes a body by its initials ("letters from HMRC") finds
// them there (see coverageOver).
type initialRun struct {
	letters  [maxInitials + 1]byte
	n, words int
	end      int   // where the run's last word ends
	first    int32 // the index into the document's toks of its first word
}

// maxInitials bounds the letters of initials looked for; minInitials is
// the fewest, with two words at least.
const (
	minInitials = 3
	maxInitials = 6
)

// next extends the run by token t, added to the document at index at, or
// ends it and starts another.
func (r *initialRun) next(d *document, text string, t token, at int32) {
	c := text[t.start]
	if c < 'A' || c > 'Z' {
		r.flush(d)
		return
	}
	if r.words > 0 && !initialsJoin(text[r.end:t.start]) {
		r.flush(d)
	}
	if r.words == 0 {
		r.first = at
	}
	w := text[t.start:t.end]
	if len(w) <= 3 && isUpperWord(w) {
		// "HM" of "HM Revenue & Customs" gives both its letters.
		for i := 0; i < len(w) && r.n <= maxInitials; i++ {
			r.letters[r.n] = w[i] | 0x20
			r.n++
		}
	} else if r.n <= maxInitials {
		r.letters[r.n] = c | 0x20
		r.n++
	}
	r.words++
	r.end = t.end
}

// flush records the run's initials, if it makes any, and empties it.
func (r *initialRun) flush(d *document) {
	if r.words >= 2 && r.n >= minInitials && r.n <= maxInitials {
		d.initials = append(d.initials, initialsAt{letters: r.letters, n: uint8(r.n), first: r.first})
	}
	*r = initialRun{}
}

// initialsAt is the initials of a run of capitalised words, and the
// index into the document's toks of its first word.
type initialsAt struct {
	letters [maxInitials + 1]byte
	n       uint8
	first   int32
}

// initialsOf returns the indexes into toks of the first words of the
// runs whose initials are w (in lower case).
func (d *document) initialsOf(w string) []int32 {
	var at []int32
	for _, r := range d.initials {
		if int(r.n) == len(w) && string(r.letters[:r.n]) == w {
			at = append(at, r.first)
		}
	}
	return at
}

// initialsJoin says whether the text between two words of a run of
// initials keeps them in one run: spaces, "&", "and", "of", "for", "the".
func initialsJoin(between string) bool {
	for f := range strings.FieldsSeq(between) {
		switch f {
		case "&", "and", "of", "for", "the":
		default:
			return false
		}
	}
	return !strings.ContainsAny(between, "\n\f")
}

// maxTownWords bounds the words of an address's last line that is a
// town and its postcode ("Wolverhampton WV98 1LU").
const maxTownWords = 4

// postcodeLineRe matches a line that is a British postcode alone
// ("BX9 1AS").
var postcodeLineRe = regexp.MustCompile(`^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$`)

// postcodeNext says whether the line after the one ending at end is the
// last line of an address: a postcode alone, or words ending with one.
func postcodeNext(text string, end int) bool {
	if end >= len(text) {
		return false
	}
	next := text[end+1:]
	if i := strings.IndexAny(next, "\n\f"); i >= 0 {
		next = next[:i]
	}
	next = strings.TrimSpace(next)
	return postcodeLineRe.MatchString(next) || len(strings.Fields(next)) <= maxTownWords && !strings.Contains(next, ":") && addressEndRe.MatchString(next)
}

// maxAddressLines is how many lines under a recipient's label alone on
// its line are the recipient's name and address, at most.
const maxAddressLines = 5

// labelAlone says whether a line is only a recipient's label, with or
// without its colon ("Invoice to:", "An"). It runs on every line, so an
// ASCII line is lowered into a small buffer and looked up without a copy.
func labelAlone(line string) bool {
	line = strings.TrimSpace(strings.TrimSuffix(strings.Trim(line, markdownMarks), ":"))
	if line == "" || len(line) > maxLabelBytes {
		return false
	}
	var buf [maxLabelBytes]byte
	n, space := 0, false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c >= utf8.RuneSelf:
			return recipientLabel(line)
		case c == ' ' || c == '\t':
			space = n > 0
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			buf[n], n, space = ' ', n+1, false
		}
		buf[n], n = c, n+1
	}
	return recipientLabels[string(buf[:n])]
}

// recipientLabel says whether a field's label, the text before its colon,
// names whom the document is for.
func recipientLabel(label string) bool {
	return recipientLabels[strings.Join(strings.Fields(fold(strings.Trim(label, markdownMarks))), " ")]
}

// markdownMarks are the marks of emphasis that may stand around a label
// ("**Bill to:**").
const markdownMarks = "*_ \t"

func addressLabel(after string) bool {
	after = strings.TrimLeft(after, " \t")
	for _, w := range []string{"to", "an", "à", "a", "aan", "para", "do"} {
		if rest, ok := strings.CutPrefix(after, w); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t"), ":") {
			return true
		}
	}
	return false
}

// aside says whether the name at byte i of text is in brackets after
// other words of its line: "What we agreed on Tuesday (winter rota
// etc.)" is about a rota, not one.
func aside(text string, i int) bool {
	line := text[strings.LastIndexAny(text[:i], "\n\f")+1 : i]
	open := strings.LastIndexByte(line, '(')
	if open < 0 || strings.IndexByte(line[open:], ')') >= 0 {
		return false
	}
	before := line[:open]
	if c := strings.LastIndexByte(before, ':'); c >= 0 {
		before = before[c+1:]
	}
	return strings.IndexFunc(before, unicode.IsLetter) >= 0
}

// inCode says whether the name from byte i to j of text is inside a
// reference code: after a letter or digit and a hyphen and before a
// hyphen and a digit (the "PO" of "BV-PO-24-077", not the "Pachtvertrag"
// of "Kleingarten-Pachtvertrag"), or before a hyphen and an inner part
// of letters and digits (the "CV" of "CV-SP3-E").
func inCode(text string, i, j int) bool {
	if j+1 < len(text) && text[j] == '-' && mixedPart(text[j+1:]) {
		// "CV-SP3-E", a course's code: an inner part of letters and
		// digits after the name.
		return true
	}
	if i < 2 || text[i-1] != '-' || j+1 >= len(text) || text[j] != '-' || !isDigit(text[j+1]) {
		return false
	}
	c := text[i-2]
	return isDigit(c) || isASCIILetter(c)
}

// nounAfter says whether the word from i to j, one space after a name
// that ends at end, is a noun written with a capital and then small
// letters that the name qualifies: "Dogs" of "Guide Dogs". Only an
// English word (German capitalises every noun: "Agenda
// Mitgliederversammlung"), and not a word in capitals, a number, a
// month, a stop word or one of partNouns.
func nounAfter(text string, end, i, j int) bool {
	if text[end:i] != " " {
		return false
	}
	w := text[i:j]
	f := fold(w)
	return titleCase(w) && !isStopWord(f) && !monthWords[f] && !partNouns[f] && knownWord(f)
}

// partNouns are the nouns after a name that say which part, copy, time or
// edition of it a document is, not what the name qualifies: "Invoice
// Copy", "Newsletter Winter 2024", "Timesheet Week Ending".
var partNouns = map[string]bool{
	"copy": true, "duplicate": true, "original": true, "summary": true, "details": true, "detail": true, "draft": true,
	"extract": true, "update": true, "edition": true, "issue": true, "version": true, "page": true, "part": true,
	"week": true, "weekly": true, "month": true, "monthly": true, "term": true, "year": true, "annual": true, "quarter": true,
	"spring": true, "summer": true, "autumn": true, "winter": true, "fall": true, "easter": true, "christmas": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"request": true, "reminder": true, "no": true, "number": true, "ref": true, "reference": true, "date": true, "period": true,
}

// titleCase says whether a word is a capital and then small letters.
func titleCase(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && size < len(w) && !strings.ContainsFunc(w[size:], func(r rune) bool { return !unicode.IsLower(r) })
}

// cueTimingRe is a subtitle cue's time range, SRT's or WebVTT's, alone on
// its line but for WebVTT's cue settings: "00:00:01,200 --> 00:00:03,900",
// "01:02.500 --> 01:04.000 align:start". A call log's "14:02:11.123 -->
// 14:05:40.870   outbound ..." is a row of a table.
var cueTimingRe = regexp.MustCompile(`(?m)^[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}(?:[ \t]+(?:align|line|position|size|vertical|region):\S+)*[ \t]*\r?$`)

// fullCueTimings is how many cue timings make a document a file of
// timed cues.
const fullCueTimings = 3

// codeEnd says whether the word at i ends a reference code: it follows a
// hyphen, slash or dot, in a run of letters, digits and those marks that
// holds a letter ("MCB-0423", "MOM/GRP/0092"), so that it counts
// nothing. A range ("2-5") or a date ("12/03/2024") is no code.
func codeEnd(text string, i int) bool {
	if i < 2 || !strings.ContainsRune("-/.", rune(text[i-1])) {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		c := text[k]
		switch {
		case isASCIILetter(c):
			return true
		case isDigit(c) || c == '-' || c == '/' || c == '.':
		default:
			return false
		}
	}
	return false
}

// numberApart says whether the number from i to j counts or dates
// nothing in the word at k: it ends a reference code with only spaces
// after it ("MCB-0423  Policy wording"), or a dash set apart by spaces
// stands between them ("Ref 0423 - Invoice"). Not a number with other
// words between ("SO-55190 (your PO").
func numberApart(text string, i, j, k int) bool {
	switch strings.Trim(text[j:k], " \t") {
	case "":
		return codeEnd(text, i)
	case "-", "–", "—":
		return true
	}
	return false
}

// mixedPart says whether text starts with a run of ASCII letters and
// digits that holds both and ends at a hyphen ("SP3-" of "CV-SP3-E"), as
// a code's inner part does and a word, a number or a week's "Wk14" at
// the end of a title ("Rota-Wk14") does not.
func mixedPart(text string) bool {
	letter, digit := false, false
	for k := 0; k < len(text); k++ {
		c := text[k]
		switch {
		case isDigit(c):
			digit = true
		case isASCIILetter(c):
			letter = true
		default:
			return c == '-' && letter && digit
		}
	}
	return false
}

// classRe is a class after the name of a kind that has classes (see
// kind.classes): one space, then a letter with a letter or digits
// ("B", "BE", "C1"), or several joined by commas, slashes or "and", with
// a word for class before them or not ("Klasse C1", "category B"); then
// the end of the line or clause, a dash, or a word in lower case
// ("Permis B véhiculée"). Not a code ("B-1234") nor a number.
var classRe = regexp.MustCompile(`^[ \t](?:(?i:class|cat\.|category|categories|klasse|klassen|catégorie|catégories|categorie|categoría|categoria|kategorie|kategoria|kategorii)\b[ \t]*:?[ \t]*|:[ \t]*)?[A-Z][A-Z0-9]?[0-9]?(?:(?:[ \t]*[,/+&][ \t]*|[ \t]+(?:and|et|und|y|e|i|en|oraz)[ \t]+)[A-Z][A-Z0-9]?[0-9]?)*(?:[ \t]*(?:\r|\n|\f|$|[,;(.])|[ \t]+[-–—|•·]|[ \t]+\p{Ll})`)

// classAfter says whether the text after a name begins with a class.
func classAfter(after string) bool { return classRe.MatchString(after) }

// senderShare is how much a sender's name in a letterhead says of what a
// document is, against its kind's own name there.
const senderShare = 0.5

// negationWindow is how many bytes before a name are looked at for a
// negation: "not a", "kein", "pas une".
const negationWindow = 16

// nameNegationRe finds a negation that ends just before a name.
var nameNegationRe = regexp.MustCompile(`(?i)(?:\bnot(?: an?| the| a valid)?|\bno|\bkeine?n?|\bpas (?:une?|de)|\bn'est pas|\bno es (?:una?)?|\bnon (?:è|e) (?:una?)?|\bgeen|\bniet (?:een)?)\s*[\p{L}-]*\s*$`)

// denialWindow is how many bytes before a name are looked at for the
// document saying it is not one: "this letter is not a".
const denialWindow = 40

// selfDenialRe finds a document saying what it is not, just before the
// name: "This letter is not a", "Dies ist keine", "Ceci n'est pas une".
var selfDenialRe = regexp.MustCompile(`(?i)(?:\b(?:this|it)(?: [\p{L}-]+)? (?:is|was) not(?: an?| the| a valid)?|\b(?:dies|das|es)(?: [\p{L}-]+)? ist keine?n?|\b(?:ceci|ce [\p{L}-]+|il|elle) n'est pas (?:une?|de)|\b(?:esto|este|esta)(?: [\p{L}-]+)? no es(?: una?)?|\b(?:questo|questa)(?: [\p{L}-]+)? non (?:è|e)(?: una?)?|\b(?:dit|deze|het)(?: [\p{L}-]+)? is geen)\s*[\p{L}-]*\s*$`)

// selfDenial says whether the text before a name, on its line, says the
// document is not one.
func selfDenial(before string) bool {
	if i := strings.LastIndexAny(before, "\n\f"); i >= 0 {
		before = before[i+1:]
	}
	return selfDenialRe.MatchString(before)
}

// negated says whether the text before a name ends with a negation.
func negated(before string) bool {
	if i := strings.LastIndexAny(before, "\n\f"); i >= 0 {
		before = before[i+1:]
	}
	return mayNegate(before) && nameNegationRe.MatchString(before)
}

// mayNegate is a quick test before nameNegationRe: every negation it
// finds holds "no", "ke", "pa", "ge" or "ni", in any case.
func mayNegate(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		a, b := s[i]|0x20, s[i+1]|0x20
		if (a == 'n' && (b == 'o' || b == 'i')) || (b == 'e' && (a == 'k' || a == 'g')) || (a == 'p' && b == 'a') {
			return true
		}
	}
	return false
}

// replyRe finds the marks of a reply or a forward in a subject line.
var replyRe = regexp.MustCompile(`(?i)\b(?:re|aw|fwd?|wg|tr|rv|sv)\s*:`)

// replyOrQuestion says whether a subject line, from a name to its end
// (rest) and before it (before, on the same line), is a reply, a forward
// or a question: the message is about what it names, not one of it.
func replyOrQuestion(rest, before string) bool {
	if i := strings.LastIndexAny(before, "\n\f"); i >= 0 {
		before = before[i+1:]
	}
	return strings.HasSuffix(strings.TrimSpace(rest), "?") || replyRe.MatchString(before)
}

// openingLabel returns the end of the label a long first line opens with
// ("Rx: ...", "Receipt - ..."), a few words before a colon or a dash, or
// -1.
func openingLabel(text string, start, end int) int {
	line := text[start:end]
	i := strings.IndexAny(line, ":|")
	for _, dash := range []string{" - ", " – ", " — "} {
		if j := strings.Index(line, dash); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i <= 0 || len(strings.Fields(line[:i])) > 5 {
		return -1
	}
	return start + i
}

// genusOf says whether every kind of head is one a kind of mod is a kind
// of: "agreement" after "tenancy", "contract" after "employment".
func genusOf(lx *lexicon, head, mod []nameRef) bool {
	for _, h := range head {
		found := false
		for _, m := range mod {
			if slices.Contains(lx.ancestors[m.kind], h.kind) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func allGeneric(lx *lexicon, refs []nameRef) bool {
	for _, r := range refs {
		if !lx.kinds[r.kind].generic {
			return false
		}
	}
	return true
}

// longestPart finds the longest of parts inside w by has.
func longestPart(parts []compoundName, w string, has func(string, string) bool) (compoundName, bool) {
	var best compoundName
	ok := false
	for _, c := range parts {
		if len(c.part) < len(w) && has(w, c.part) && len(c.part) > len(best.part) {
			best, ok = c, true
		}
	}
	return best, ok
}

// breakAfter returns the offset of the first preposition after offset at
// on the same line, or -1.
func breakAfter(text string, at int) int {
	end := strings.IndexAny(text[at:], "\n\f")
	if end < 0 {
		end = len(text)
	} else {
		end += at
	}
	i := at
	for i < end {
		for i < end && !isLetterByte(text, i) {
			i++
		}
		j := i
		for j < end && isLetterByte(text, j) {
			j++
		}
		if j > i && breakWords[fold(text[i:j])] {
			return i
		}
		i = j
	}
	return -1
}

// findRefs is refRe's matches in line. A match is a run of five or more
// capitals, digits, slashes and hyphens, or follows a '#': a line with
// neither is not searched.
func findRefs(line string) []string {
	if strings.IndexByte(line, '#') < 0 {
		run, longest := 0, 0
		for i := 0; i < len(line); i++ {
			if c := line[i]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '-' {
				run++
				longest = max(longest, run)
			} else {
				run = 0
			}
		}
		if longest < 5 {
			return nil
		}
	}
	return refRe.FindAllString(line, -1)
}

// isBullet is bulletRe.MatchString, which runs only on a line that may be
// an item: one that starts with a digit, a bullet (non-ASCII) or a dash
// or star, or a letter then a point or a bracket.
func isBullet(line string) bool {
	if line == "" {
		return false
	}
	c := line[0]
	maybe := c >= '0' && c <= '9' || c >= utf8.RuneSelf || c == '-' || c == '*' ||
		c >= 'a' && c <= 'z' && len(line) > 1 && (line[1] == '.' || line[1] == ')')
	return maybe && bulletRe.MatchString(line)
}

// isNumbered is numbered.MatchString, which runs only on a line that
// starts with a digit.
func isNumbered(line string) bool {
	return line != "" && line[0] >= '0' && line[0] <= '9' && numbered.MatchString(line)
}

// isClause is clauseRe.MatchString, which runs only on a line that starts
// with a digit, the first letter of a word for a clause (a, c, s or p, in
// either case) or a character outside ASCII (a section sign, or a letter
// that folds to one of those).
func isClause(line string) bool {
	if line == "" {
		return false
	}
	c := line[0] | 0x20 // a letter in lower case
	maybe := line[0] >= '0' && line[0] <= '9' || line[0] >= utf8.RuneSelf || c == 'a' || c == 'c' || c == 's' || c == 'p'
	return maybe && clauseRe.MatchString(line)
}

// fieldLabel says whether a line opens with a field's label: up to 40
// characters before its first colon, with a value after it ("Invoice
// no: 2231"), or up to 40 before its first comma, the first no space
// and the value straight after it ("Pell,Graham"). It is the pattern
// `^[^:]{1,40}:\s*\S|^[^,\s][^,]{0,39},\S`, written out: it runs on
// every line of every document.
func fieldLabel(line string) bool {
	if i := strings.IndexByte(line, ':'); i > 0 && utf8.RuneCountInString(line[:i]) <= 40 &&
		strings.TrimLeft(line[i+1:], patternSpace) != "" {
		return true
	}
	i := strings.IndexByte(line, ',')
	return i > 0 && strings.IndexByte(patternSpace, line[0]) < 0 && utf8.RuneCountInString(line[:i]) <= 40 &&
		i+1 < len(line) && strings.IndexByte(patternSpace, line[i+1]) < 0
}

// patternSpace is what \s matches in a regular expression: ASCII space,
// tab, newline, form feed and carriage return.
const patternSpace = " \t\n\f\r"

func isLetterByte(s string, i int) bool {
	c := s[i]
	return c >= 0x80 || isASCIILetter(c) || c == '\''
}

// classifyLine says what part a non-empty, trimmed line plays; lead is
// true for the first few non-empty lines of the document, first for the
// first of them.
func classifyLine(line string, lead, first bool) lineKind {
	if head := titleHead(line); lead && head != line && !strings.HasSuffix(head, ":") && !longSentence(line) && !proseAfter(line, head) && !endsInMoney(line) && classifyLine(head, lead, first) == titleLine {
		// "Polizza di assicurazione R.C. Auto - Contratto n. 7731/2025":
		// a title, then its reference; but "Tamsin - the invoice is in
		// Ruth's tray, needs her OK first." is a note, and "Name:
		// Graham Pell" a field.
		return titleLine
	}
	hasColon := strings.IndexByte(line, ':') >= 0
	if hasColon && subjectRe.MatchString(line) {
		return subjectLine
	}
	words, upper, lower, capWords := 0, 0, 0, 0
	inWord := false
	for _, r := range line {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !inWord {
				words++
				if unicode.IsUpper(r) || unicode.IsDigit(r) {
					capWords++
				}
			}
			inWord = true
		} else {
			inWord = false
		}
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	if tableRow(line) {
		// Its cells are labels or values.
		return fieldLine
	}
	markdown := strings.HasPrefix(line, "#")
	field := !markdown && fieldLabel(line) && !strings.HasSuffix(line, ":")
	// Capitals but for an abbreviation's letter or two: "FAKTURA - DAŇOVÝ
	// DOKLAD č. 12", "INVOICE No. 7".
	allCaps := upper >= 3 && lower*6 <= upper
	// A sentence ends with a full stop and has some words: "Acme Supply
	// Co." is a name.
	sentence := strings.HasSuffix(line, "?") || ((strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!")) && words >= 6)
	switch {
	case words == 0:
		return bodyLine
	// A title is short and set apart: the first line, a Markdown title,
	// capitals, capitalised words, or a handful of words on their own;
	// not a sentence ("Please send the invoice to ...") nor a field.
	case lead && (words <= maxTitleWords || (first && allCaps && words <= maxCapsTitleWords)) && !field && !sentence && !endsInMoney(line) &&
		(first || markdown || allCaps || 2*capWords >= words || words <= 5):
		return titleLine
	case field && words <= 2*maxHeadingWords:
		return fieldLine
	case words > maxHeadingWords || sentence:
		return bodyLine
	case (markdown || strings.HasSuffix(line, ":") || allCaps || capWords == words) && !endsInMoney(line):
		// "24 Feb  PAYMENT RECEIVED - THANK YOU  -612.40" is a row of
		// figures.
		return headingLine
	}
	return bodyLine
}

// letterheadLines is how many non-empty lines at the start of a document
// can be its sender's or addressee's letterhead.
const letterheadLines = 3

// letterheadLine says whether a line is an address or contacts set out in
// short parts, as a letterhead is: "Via dei Mulini 22 - 42124 Reggio
// Emilia (RE) - P.IVA IT00011122233", "Herrn Dennis Harrow, 27 Larkfield
// Road, Kettleby KB4 7NW, GROSSBRITANNIEN". Above a salutation it does
// not start the body, so the title under it is still a title; under
// "Hi Sam," a line is the message's. Two of its parts at least have
// numbers (a street's, a postcode, a telephone's); a sentence, a line
// with a label ("Period: April 2024"), a date, a time of day or a sum of
// money is not one.
func letterheadLine(line string) bool {
	if strings.ContainsAny(line[len(line)-1:], ".!?:") || strings.Contains(line, ": ") || strings.Contains(line, ":*") {
		// "**Employee:** Kwame Asante, 19 Lantern Street": a label in
		// Markdown's bold is a label too.
		return false
	}
	if ns := readNumbers(line); ns.dates+ns.times+ns.money > 0 || measured(line) {
		// "Samedi 5 avril 2025, 16 h – Salle St Aldhelm", "29/11/2024
		// Greystone Ltd – dinner, ~£70": when and how much, not where;
		// nor "Serves 4 · Prep 15 min · Bake 45 min", how long or how
		// big.
		return false
	}
	parts := strings.Split(letterheadSeps.Replace(line), "\x00")
	numbered, named := 0, 0
	for _, part := range parts {
		if len(strings.Fields(part)) > maxPartWords {
			return false
		}
		if strings.ContainsAny(part, "0123456789") {
			numbered++
		}
		if letterheadPart(part) {
			named++
		}
	}
	// Most of its parts are names, numbers or contacts; "Room 12, 3
	// nights, 2 adults, late checkout, ref 4471" lists what a message
	// is about.
	return len(parts) >= 2 && numbered >= 2 && 2*named > len(parts)
}

// letterheadSeps marks where a letterhead's line parts: a dash, a middle
// dot, a bar, a bullet or a comma.
var letterheadSeps = strings.NewReplacer(" - ", "\x00", " – ", "\x00", " · ", "\x00", " | ", "\x00", ", ", "\x00", " • ", "\x00")

// measured says whether a number of the line is followed, a space apart,
// by a unit in lower case ("Prep 15 min", "4 x 3 m"): a measure, not a
// postcode's letters ("FB2 5DL").
func measured(line string) bool {
	for _, r := range numberRuns(line) {
		if r.end+1 < len(line) && line[r.end] == ' ' && unicode.IsLower(rune(line[r.end+1])) && unitWords[wordAfter(line, r.end)] {
			return true
		}
	}
	return false
}

// letterheadPart says whether a part of a letterhead's line reads as one:
// a name in capitals ("27 Larkfield Road", "P.IVA IT00011122233"), a
// number more than words ("tel. +39 0185 000 772") or an address to
// write to ("accounts@inkwell.co.uk"); not "3 nights" nor "late
// checkout".
func letterheadPart(part string) bool {
	letters, digits := 0, 0
	for _, r := range part {
		switch {
		case unicode.IsUpper(r) || r == '@':
			return true
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	return digits > letters || domainRe.MatchString(part)
}

// domainRe finds a web address's or e-mail's domain: "lumen-energy.co.uk".
var domainRe = regexp.MustCompile(`[\p{Ll}\d-]\.\p{Ll}{2,}`)

// maxPartWords bounds the words of one part of a letterhead's line.
const maxPartWords = 5

// longSentence says whether a line ends as a sentence does and has more
// words than a title: a note, not a heading.
func longSentence(line string) bool {
	end := strings.TrimRight(line, " ")
	return (strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?")) &&
		len(strings.Fields(line)) > maxTitleWords
}

// sentenceBreakRe finds where one sentence ends and the next starts:
// "accounts have it. One thing", not "R.C. Auto" nor "n. 7731".
var sentenceBreakRe = regexp.MustCompile(`\p{Ll}{2}[.!?] +\p{Lu}`)

// proseAfter says whether what follows a line's head (see titleHead) runs
// on as prose, one sentence ending and another starting or a clause
// after a comma, in a line too long for a title: "Thanks for the invoice
// - accounts have it. One thing: they can't process", wrapped in a
// message's body.
func proseAfter(line, head string) bool {
	if len(strings.Fields(line)) <= maxTitleWords {
		return false
	}
	rest := line[len(head):]
	return sentenceBreakRe.MatchString(rest) || runOnRe.MatchString(rest)
}

// runOnRe finds a clause that runs on after a comma, in lower case: "...
// an agreement in principle of £285,000, which is", wrapped in a
// message's body, is a sentence, not a title and its reference.
var runOnRe = regexp.MustCompile(`[\p{Ll}\d], +(?:which|who|and|but|so|because|although|though|while|as|if|when)\b`)

// titleHead is the first part of a line that sets parts apart with a
// dash, a bar or a run of spaces ("SUPPLY AGREEMENT        pg 1/1"), or
// the line.
func titleHead(line string) string {
	cut := len(line)
	for _, sep := range []string{" - ", " – ", " — ", " | ", "   ", "\t"} {
		if i := strings.Index(line, sep); i > 0 && i < cut {
			cut = i
		}
	}
	if cut == len(line) {
		return line
	}
	return strings.TrimSpace(line[:cut])
}

// endsInMoney says whether a line ends with a sum of money: a row of
// figures ("Payments received - thank you   -£198.35"), not a title.
func endsInMoney(line string) bool {
	runs := numberRuns(line)
	if len(runs) == 0 {
		return false
	}
	r := runs[len(runs)-1]
	return len(strings.TrimSpace(line[r.end:])) <= 3 && isMoney(r, line, "", "")
}

// styledHeading says whether a short line is styled as a heading: Markdown
// '#', capitals, or a trailing colon. A title line can be one too, in a
// short document whose sections start near the top.
func styledHeading(line string) bool {
	if strings.HasPrefix(line, "#") || strings.HasSuffix(line, ":") {
		return true
	}
	upper, lower := 0, 0
	for _, r := range line {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	return upper >= 3 && lower == 0
}

// ocrNumberRe finds runs that text recognition may have made of a number:
// digits mixed with O, o or l ("29.OO", "l77.5O", "2O24").
var ocrNumberRe = regexp.MustCompile(`[0-9Ool][0-9Ool.,:/-]*[0-9Ool]`)

// ocrMonthRe finds the names of months with an O that text recognition
// read as a zero.
var ocrMonthRe = regexp.MustCompile(`\b(?:0(?i:ct|kt)(?i:ober|obre)?|(?i:n)0(?i:v)(?i:ember)?)\b`)

// zeroForO says whether s may hold what ocrMonthRe finds: a 0 before c,
// C, k, K or the Kelvin sign (which the pattern's (?i) takes for a k), or
// between an n or N and a v or V.
func zeroForO(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '0' {
			continue
		}
		if strings.HasPrefix(s[i+1:], "\u212a") {
			return true
		}
		switch s[i+1] {
		case 'c', 'C', 'k', 'K':
			return true
		case 'v', 'V':
			if i > 0 && (s[i-1] == 'n' || s[i-1] == 'N') {
				return true
			}
		}
	}
	return false
}

// misreadRun says whether s has a run that ocrNumbers changes: in a run
// of the characters of ocrNumberRe, which the pattern matches from its
// first digit or letter to its last, an O, o or l and more digits than
// such letters.
func misreadRun(s string) bool {
	digits, letters := 0, 0
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == 'O' || c == 'o' || c == 'l':
			letters++
		case c == '.' || c == ',' || c == ':' || c == '/' || c == '-':
		default:
			if letters > 0 && digits > letters {
				return true
			}
			digits, letters = 0, 0
		}
	}
	return false
}

// ocrNumbers reads O, o and l as 0 and 1 inside runs that are mostly
// digits, so that the layout cues see the sums and dates of a badly
// recognised document.
func ocrNumbers(s string) string {
	if strings.Contains(s, "0") && zeroForO(s) {
		// "14 0CT 2025", "N0V": a month's O read as a zero.
		s = ocrMonthRe.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, "0", "O") })
	}
	if !misreadRun(s) {
		return s
	}
	return ocrNumberRe.ReplaceAllStringFunc(s, readRun)
}

// readRun reads a run ocrNumberRe found as the number it mostly is: its
// O, o and l as 0, 0 and 1 when it has more digits than such letters.
func readRun(run string) string {
	digits, letters := 0, 0
	for i := 0; i < len(run); i++ {
		switch c := run[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == 'O' || c == 'o' || c == 'l':
			letters++
		}
	}
	if letters == 0 || digits <= letters {
		return run
	}
	return ocrDigits.Replace(run)
}

// ocrDigits reads O, o and l as the digits text recognition took them for.
var ocrDigits = strings.NewReplacer("O", "0", "o", "0", "l", "1")

// columnGap says whether the text between two words sets them in
// different columns: a tab, or six spaces or more (a scan's spread
// letters leave two or three).
func columnGap(between string) bool {
	return strings.Contains(between, "\t") || strings.Contains(between, "      ")
}

// alignedRow says whether a line is a row of columns set out with
// spaces that a figure leads ("3rd  Bill Kell   Sweep   81", "09/12/24
// 612 litres @ 58.9p   £360.47"): the body of a results list or a
// ledger, not its title.
func alignedRow(line string) bool {
	return alignedRowRe.MatchString(line)
}

var alignedRowRe = regexp.MustCompile(`^\d[\d./-]*(?:st|nd|rd|th)?\.? {2,}\S.*\S {2,}\S`)

// tableRow says whether a line is a row of a table: cells between pipes or
// tabs, or comma-separated values without spaces after the commas.
func tableRow(line string) bool {
	return strings.Count(line, "|") >= 2 || strings.Count(line, "\t") >= 2 ||
		(strings.Count(line, ",") >= 2 && !strings.Contains(line, ", "))
}

// capsLead says whether the name at text[start:end] starts its line, is
// in capitals of four letters or more, and heads a short line that is no
// sentence, no row of figures and no label, or a line of any length
// where a preposition in lower case follows it (see capsHeadRe):
// "QUOTATION for the new gates", not "PLEASE NOTE ...", "- INVOICE
// attached for the March work." nor "INVOICE 4502 12/03/2025 £318.50
// overdue".
func capsLead(text string, start, end int) bool {
	ls, le := lineBounds(text, start, end)
	if strings.TrimSpace(text[ls:start]) != "" {
		return false
	}
	line := strings.TrimSpace(text[start:le])
	// capsEnd is where the name's capitals end: its end, or the space
	// before its first word in lower case ("MINUTES of the meeting").
	letters, capsEnd := 0, end
	for i, r := range text[start:end] {
		if unicode.IsLower(r) {
			capsEnd = strings.LastIndexByte(text[:start+i], ' ')
			break
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 || capsEnd < start {
		return false
	}
	if capsHeadRe.MatchString(text[capsEnd:le]) && headsLine(line) {
		// "MINUTES of the meeting held on Tuesday 26 March 2024 at
		// 6.30pm": a name in capitals that what follows qualifies in
		// lower case heads its line, however long; a sentence it starts
		// it does not ("INVOICE for the March work is attached, please
		// pay by Friday.").
		return true
	}
	if capsEnd < end {
		// A name in capitals and lower case ("INVOICE number").
		return false
	}
	fields := strings.Fields(line)
	numbers := 0
	for _, f := range fields {
		if strings.ContainsAny(f, "0123456789") {
			numbers++
		}
	}
	return len(fields) <= maxTitleWords && numbers < 2 && !strings.ContainsAny(line[len(line)-1:], ".!?:") &&
		!endsInMoney(line) && !tableRow(line) && !strings.Contains(line, "   ")
}

// capsHeadRe finds what qualifies a name in capitals at the start of a
// line: a preposition in lower case, then a word ("MINUTES of the
// meeting", "ATTESTATION de travail", "RECHNUNG für").
var capsHeadRe = regexp.MustCompile(`^ (?:` + headPreps + `) \p{Ll}`)

// titleHeadRe finds what qualifies the name that leads a long title (see
// titleLead): a preposition, or "held" of minutes ("Minutes of the
// meeting held on ..."), then a word.
var titleHeadRe = regexp.MustCompile(`^ (?:` + headPreps + `|held) \pL`)

// headPreps are the prepositions that qualify a name heading its line.
const headPreps = `of|for|du|de|des|der|von|für|fur|del|della|dello|di|van|voor|do|da|dos|das`

// titleLead says whether a name leads its line, its first letter a
// capital, and a preposition or "held" follows it (see titleHeadRe), in
// a line that is no sentence:
// "Minutes of the meeting of Brookfield Parish Council held on 3 May
// 2024 at the Village Hall".
func titleLead(text string, start, end int) bool {
	ls, le := lineBounds(text, start, end)
	if strings.ContainsFunc(text[ls:start], unicode.IsLetter) || !startsUpper(text[start:end]) {
		return false
	}
	return titleHeadRe.MatchString(text[end:le]) && headsLine(strings.TrimSpace(text[start:le]))
}

// headsLine says whether a line a name leads can be a heading however
// long: no sum of money at its end, no row of a table, no sentence.
func headsLine(line string) bool {
	return !endsInMoney(line) && !tableRow(line) && !strings.ContainsAny(line[len(line)-1:], ".!?")
}

// lineBounds returns the offsets of the start and the end of the line
// that holds text[start:end].
func lineBounds(text string, start, end int) (int, int) {
	le := strings.IndexAny(text[end:], "\n\f")
	if le < 0 {
		return strings.LastIndexAny(text[:start], "\n\f") + 1, len(text)
	}
	return strings.LastIndexAny(text[:start], "\n\f") + 1, end + le
}

// startsUpper says whether s starts with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// numberedHeading says whether a line is numbered as an item of an
// agenda or of minutes is ("4. Spring play licence", "## 2. Treasurer's
// report"), Markdown's marks aside.
func numberedHeading(line string) bool {
	return isNumbered(strings.TrimLeft(line, "# "))
}

// numberedItems says whether text has two or more short numbered lines
// (see numberedHeading): items of a list of business, whose names are
// what an item is about. One alone ("3. Abschlagsrechnung") may be the
// title, and "Section 21 Notice" is one.
func numberedItems(text string) bool {
	n := 0
	for line := range strings.Lines(text) {
		if line = strings.TrimSpace(line); numberedHeading(line) && len(strings.Fields(line)) <= maxHeadingWords+1 {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// questionWords start the titles of articles that explain something.
var questionWords = map[string]bool{
	"how": true, "what": true, "why": true, "when": true, "where": true, "which": true,
	"who": true, "should": true, "can": true, "do": true, "does": true, "is": true, "are": true,
	"wie": true, "warum": true, "was": true, "comment": true, "pourquoi": true, "como": true,
	"cómo": true, "por": true, "qué": true, "come": true, "perché": true, "hoe": true, "waarom": true,
}

// howWords start the titles of explainers whatever follows: "How ...",
// "Why ...", in six languages.
var howWords = map[string]bool{
	"how": true, "why": true, "wie": true, "warum": true, "comment": true, "pourquoi": true, "como": true,
	"cómo": true, "come": true, "perché": true, "hoe": true, "waarom": true,
}

// askWords are the words after "what", "who", "when", ... that make a
// question of a title ("What is ...", "When to ..."): "What we offer"
// and "Who I am" are headings.
var askWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "do": true, "does": true, "did": true, "to": true,
	"can": true, "should": true, "will": true, "you": true, "your": true, "happens": true, "it's": true,
	"makes": true, "counts": true, "exactly": true,
}

// explainerStarts and explainerEnds are the words with which an
// explainer's title starts or ends: "Understanding your bill", "A guide
// to ...", "Payslips explained", "5 tips for ...".
var (
	explainerStarts = map[string]bool{"understanding": true, "guide": true, "tips": true, "everything": true,
		"verstehen": true, "comprendre": true, "entender": true, "capire": true, "begrijpen": true}
	explainerEnds = map[string]bool{"explained": true, "guide": true, "tips": true, "demystified": true,
		"erklärt": true, "expliqué": true, "explicado": true, "spiegato": true, "uitgelegd": true}
	listicleNouns = map[string]bool{"tips": true, "ways": true, "things": true, "mistakes": true, "steps": true, "reasons": true,
		"fixes": true, "rules": true, "lessons": true, "questions": true, "ideas": true, "tricks": true, "signs": true}
)

// explainerTitle says whether a title's folded words read as an
// explainer's.
func explainerTitle(words []string) bool {
	trim := func(w string) string { return strings.Trim(w, ".,;:!\"'()[]") }
	first, last := trim(words[0]), trim(words[len(words)-1])
	if explainerStarts[first] || explainerEnds[last] {
		return true
	}
	if first == "a" || first == "the" || first == "your" {
		if second := trim(words[1]); second == "guide" || explainerStarts[second] {
			return true
		}
	}
	// "Making a lasting power of attorney: a step-by-step guide".
	for i, w := range words {
		last := i == len(words)-1 || words[i+1] == "-" || words[i+1] == "–" || words[i+1] == "|"
		if w == "step-by-step" || (i > 0 && last && explainerEnds[trim(w)] && strings.Contains(strings.Join(words[:i], " "), ":")) {
			return true
		}
	}
	// "5 things to check", "10 tips for", and after a colon ("Your CV
	// is not an application: 9 fixes").
	for i := 0; i+1 < len(words); i++ {
		if (i == 0 || strings.HasSuffix(words[i-1], ":")) && isNumber(trim(words[i])) && listicleNouns[trim(words[i+1])] {
			return true
		}
	}
	return false
}

// questionTitle says whether a first line reads as an article's title: a
// question, or "How to ...".
func questionTitle(line string) bool {
	line = strings.TrimLeft(line, "# *_")
	if strings.HasSuffix(strings.TrimRight(line, " *_"), "?") {
		return true
	}
	words := strings.Fields(strings.ToLower(line))
	// "When: 12 May" is a field, not a question.
	if len(words) < 2 || strings.HasSuffix(words[0], ":") {
		return false
	}
	if explainerTitle(words) {
		return true
	}
	first := strings.Trim(words[0], ".,;!\"'")
	if len(words) < 3 {
		return false
	}
	if howWords[first] {
		return true
	}
	return questionWords[first] && askWords[strings.Trim(words[1], ".,;!\"'")]
}

// pluralOf says whether a name as written is the plural of the name as
// the lexicon has it: "Licenses" of "license", "Invoices" of "invoice".
func pluralOf(written, name string) bool {
	w, n := fold(written), fold(name)
	return w != n && (w == n+"s" || w == n+"es" || (strings.HasSuffix(n, "y") && w == n[:len(n)-1]+"ies"))
}

// courtHeadingLeads says whether what stands before a court's name on
// its line is its heading's "In the" alone.
func courtHeadingLeads(before string) bool {
	return strings.Join(strings.Fields(fold(strings.Trim(before, " \t#*>"))), " ") == "in the"
}

// salutationLines finds a letter's salutation among the document's
// first salutLines non-empty lines: the number of its line and of the
// line right above it when a blank line or nothing stands between them,
// each -1 for none. A letter without "Re:" or "Betreff:" states its
// subject on that line above.
func salutationLines(text string) (at, above int) {
	prev, nonEmpty := -1, 0
	for lineNo, start := 0, 0; start <= len(text); lineNo++ {
		end := strings.IndexAny(text[start:], "\n\f")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimSpace(text[start:end])
		start = end + 1
		if line == "" {
			continue
		}
		nonEmpty++
		if nonEmpty > salutLines {
			break
		}
		if len(line) <= 80 && salutWords[firstWord(line)] && salutRe.MatchString(line) {
			return lineNo, prev
		}
		prev = lineNo
	}
	return -1, -1
}

// salutLines is how many non-empty lines at the start of a document may
// come before its salutation: a letterhead, an address and a subject.
const salutLines = leadLines + 6

// firmSuffix says whether a line ends with the abbreviation of a firm's
// legal form, "Van der Hoeven & Zn.", "Hollis Bros.": a letterhead's name,
// not a sentence that starts the body.
func firmSuffix(line string) bool {
	f := strings.Fields(line)
	if len(f) < 2 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "ltd.", "co.", "inc.", "zn.", "bros.", "corp.", "plc.", "llc.", "b.v.", "n.v.", "s.a.", "s.l.", "s.r.l.", "s.p.a.", "gmbh.", "e.k.", "sp.", "s.c.", "lda.", "sarl.", "cie.", "srl.", "bv.":
		return true
	}
	return false
}

// tableKind returns the kind, by its id, and the heading of the column
// that says so, where the text's first line heads a table (cells parted
// by commas, semicolons or tabs) that is a kind's by its columns, with
// one for the date (or the day, the week):
//   - an account's transactions (a bank statement): an amount (or money
//     in and out, debit and credit) and a running balance;
//   - a mileage log: the miles.
//
// Otherwise it returns "", "".
func tableKind(text string) (string, string) {
	line, _, _ := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n")
	cells := strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ';' || r == '\t' })
	if len(cells) < 4 {
		return "", ""
	}
	date, amount := false, false
	var balance, miles string
	for _, c := range cells {
		c = strings.Trim(strings.TrimSpace(c), `"'`)
		l := strings.ToLower(c)
		switch {
		case strings.Contains(l, "balance"):
			balance = c
		case strings.Contains(l, "date") || l == "day" || strings.HasPrefix(l, "week"):
			date = true
		case strings.Contains(l, "amount") || strings.Contains(l, "debit") || strings.Contains(l, "credit") ||
			strings.Contains(l, "money") || strings.HasPrefix(l, "paid "):
			amount = true
		case strings.Contains(l, "mile") || strings.Contains(l, "(mi)"):
			miles = c
		}
	}
	switch {
	case date && amount && balance != "":
		return "bank_statement", balance
	case date && miles != "":
		return "mileage_log", miles
	}
	return "", ""
}
