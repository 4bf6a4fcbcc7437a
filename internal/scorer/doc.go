package scorer

import (
	"regexp"
	"strings"
	"unicode"
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

// leadLines is how many non-empty lines at the start of a document can be
// its title.
const leadLines = 8

// namedLines is how many non-empty lines at the start of a document are
// read for a label or heading that names its kind ("invoice_no,...").
const namedLines = 3

// maxTitleWords and maxHeadingWords bound the words of a title or heading.
const (
	maxTitleWords   = 8
	maxHeadingWords = 8
)

// docToken is one content word of a document.
type docToken struct {
	stem string
	line int32
	kind lineKind // the line's kind, or bodyLine in the value of a field
	gap  bool     // follows punctuation or a stop word
}

// document is what the scorer knows of a text: its content words with the
// kind of line each sits on, and the layout cues of its genre.
type document struct {
	toks  []docToken
	lines []lineKind
	// titles holds the text of the title lines.
	titles []string
	// named is a kind of document named on a set-apart line (a label, a
	// heading) among the first few lines, as a stem, or "".
	named string
	// subjectKind is the kind of document a subject line starts with
	// ("Invitation: ...", "Re: Invoice 17"), as a stem, or "".
	subjectKind string
	at          map[string][]int32 // stem -> indexes into toks
	cues        cues
	grams       *gramIndex // built on first use
}

// cues are layout features that tell a document that is, say, an invoice
// from one that mentions one: each is in [0, 1].
type cues struct {
	amounts    float64 // sums of money: a mention or two half, a column all
	dates      float64 // dates
	signatures float64 // a signature block: rules, "Signature:", "/s/"
	sections   float64 // headings that divide it into sections
	letter     float64 // a salutation or a closing ("Dear", "Sincerely")
}

var (
	moneyRe   = regexp.MustCompile(`(?:[$€£¥]\s?)?\b\d{1,3}(?:[,.' ]\d{3})*[.,]\d{2}\b|[$€£¥]\s?\d+|\b(?:USD|EUR|GBP|CHF|CAD|AUD)\s?\d`)
	amountEnd = regexp.MustCompile(`\d[.,]\d{2}\s*(?:[A-Z]{3}|[€$£)])?\s*$|^\s*[$€£]\s?\d[\d,.]*\s*$|[$€£]\s?[\d,.]*\d\s*$`)
	dateRe    = regexp.MustCompile(`(?i)\b(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|present|now|today|current)\b|\b\d{1,2}[/.](?:19|20)\d{2}\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`)
	signRe    = regexp.MustCompile(`(?i)_{4,}|^\W*(?:signature|signed|sign here|/s/|witness|signatory)\b|\bsigned by\b`)
	salutRe   = regexp.MustCompile(`(?i)^\W*(?:dear|hello|hi|to whom it may concern)\b`)
	closeRe   = regexp.MustCompile(`(?i)^\W*(?:sincerely|yours (?:sincerely|truly|faithfully)|(?:best|kind|warm) regards|regards|respectfully|best wishes|cordially)\b`)
	subjectRe = regexp.MustCompile(`(?i)^\W*(?:re|fwd?|subject|subj|betreff|objet|asunto|oggetto|onderwerp)\s*:`)
	fieldRe   = regexp.MustCompile(`^[^:]{1,40}:\s*\S|^[^,\s][^,]{0,39},\S`)
)

// Counts past which a cue is full, and the longest line read for a
// salutation or a closing.
const (
	maxAmountLines = 4
	maxMoney       = 2
	maxDates       = 3
	maxLetterLine  = 80
)

// mayBeSignature is a quick test before signRe.
func mayBeSignature(line string) bool {
	if strings.Contains(line, "____") || strings.Contains(line, "/s/") {
		return true
	}
	l := strings.ToLower(line)
	return strings.Contains(l, "sign") || strings.Contains(l, "witness")
}

// analyze reads text into a document.
func analyze(text string) *document {
	d := &document{at: map[string][]int32{}}
	toks := tokenize(text, false)
	d.toks = make([]docToken, 0, len(toks))
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = fold(text[t.start:t.end])
	}
	tr := translations()
	english := tr.translate(words)

	var (
		amountLines, headings int
		money, dates          int
		signs, salut, closing bool
		nonEmpty              int
	)
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
		if line := strings.TrimSpace(raw); line != "" {
			nonEmpty++
			kind = classifyLine(line, nonEmpty <= leadLines, nonEmpty == 1)
			if kind == headingLine || (kind == titleLine && nonEmpty > 1 && styledHeading(line)) {
				headings++
			}
			if kind == titleLine {
				d.titles = append(d.titles, line)
			}
			if nonEmpty == 1 && questionTitle(line) {
				// "How to write a CV", "What do your cholesterol numbers
				// mean?": an article about the kind, not one of it.
				d.named = "articl"
			}
			if kind == subjectLine && d.subjectKind == "" {
				d.subjectKind = subjectKind(line)
			}
			// The regular expressions are the costly part: each runs only
			// where it can match, and only until its cue is full.
			if strings.ContainsAny(line, "0123456789") {
				numeric := ocrNumbers(line)
				if amountLines < maxAmountLines && amountEnd.MatchString(numeric) {
					amountLines++
				}
				if money < maxMoney {
					money += len(moneyRe.FindAllStringIndex(numeric, maxMoney))
				}
				if dates < maxDates {
					dates += len(dateRe.FindAllStringIndex(numeric, maxDates))
				}
			}
			if !signs && mayBeSignature(line) && signRe.MatchString(line) {
				signs = true
			}
			if len(line) <= maxLetterLine {
				if nonEmpty <= leadLines+4 && salutRe.MatchString(line) {
					salut = true
				}
				if closeRe.MatchString(line) {
					closing = true
				}
			}
		}
		d.lines = append(d.lines, kind)
		// In "Invoice number: 17" the label is set apart, the value is not.
		valueAt := end
		if kind == fieldLine && !tableRow(raw) {
			if i := strings.IndexAny(raw, ":,"); i >= 0 {
				valueAt = start + i
			}
		}
		for ; ti < len(toks) && toks[ti].start < end; ti++ {
			k := kind
			if toks[ti].start > valueAt {
				k = bodyLine
			}
			d.add(docToken{stem: toks[ti].stem, line: int32(lineNo), kind: k, gap: toks[ti].gap})
			// A foreign word counts as its English meaning too, at the
			// same place.
			for j, stem := range english[ti] {
				d.add(docToken{stem: stem, line: int32(lineNo), kind: k, gap: j == 0})
			}
			// A word counts as the other words of its family too ("signed"
			// for "signature"), as running text.
			if len(english[ti]) == 0 {
				for _, stem := range tr.family[toks[ti].stem] {
					d.add(docToken{stem: stem, line: int32(lineNo), kind: bodyLine, gap: true})
				}
			}
			if d.named == "" && nonEmpty <= namedLines && k >= fieldLine && titleKindNouns[toks[ti].stem] {
				d.named = toks[ti].stem
			}
		}
		start = end + 1
	}

	d.cues = cues{
		amounts:  min(1, float64(min(money, maxMoney))/4+float64(amountLines)/4),
		dates:    min(1, float64(dates)/3),
		sections: min(1, float64(headings)/5),
	}
	if signs {
		d.cues.signatures = 1
	}
	switch {
	case salut && closing:
		d.cues.letter = 1
	case salut || closing:
		d.cues.letter = 0.5
	}
	return d
}

func (d *document) add(t docToken) {
	d.at[t.stem] = append(d.at[t.stem], int32(len(d.toks)))
	d.toks = append(d.toks, t)
}

// classifyLine says what part a non-empty, trimmed line plays; lead is
// true for the first few non-empty lines of the document, first for the
// first of them.
func classifyLine(line string, lead, first bool) lineKind {
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
	field := !markdown && (hasColon || strings.IndexByte(line, ',') >= 0) && fieldRe.MatchString(line) && !strings.HasSuffix(line, ":")
	allCaps := upper >= 3 && lower == 0
	sentence := strings.HasSuffix(line, ".") || strings.HasSuffix(line, "?") || strings.HasSuffix(line, "!")
	switch {
	case words == 0:
		return bodyLine
	// A title is short and set apart: the first line, a Markdown title,
	// capitals, capitalised words, or a handful of words on their own;
	// not a sentence ("Please send the invoice to ...") nor a field.
	case lead && words <= maxTitleWords && !field && !sentence &&
		(first || markdown || allCaps || 2*capWords >= words || words <= 5):
		return titleLine
	case field && words <= 2*maxHeadingWords:
		return fieldLine
	case words > maxHeadingWords || strings.HasSuffix(line, "."):
		return bodyLine
	case markdown || strings.HasSuffix(line, ":") || allCaps || capWords == words:
		return headingLine
	}
	return bodyLine
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

// ocrNumbers reads O, o and l as 0 and 1 inside runs that are mostly
// digits, so that the layout cues see the sums and dates of a badly
// recognised document.
func ocrNumbers(s string) string {
	if !strings.ContainsAny(s, "Ool") {
		return s
	}
	return ocrNumberRe.ReplaceAllStringFunc(s, func(run string) string {
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
		return strings.NewReplacer("O", "0", "o", "0", "l", "1").Replace(run)
	})
}

// subjectKind is the kind of document the subject line of a message starts
// with, after its "Subject:" and "Re:" prefixes: "Invitation: board
// meeting" names an invitation, "Dispatched today - your order" none.
func subjectKind(line string) string {
	for {
		loc := subjectRe.FindStringIndex(line)
		if loc == nil {
			break
		}
		line = line[loc[1]:]
	}
	words := strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return ""
	}
	if s := stemOf(words[0]); titleKindNouns[s] {
		return s
	}
	return ""
}

// tableRow says whether a line is a row of a table: cells between pipes or
// tabs, or comma-separated values without spaces after the commas.
func tableRow(line string) bool {
	return strings.Count(line, "|") >= 2 || strings.Count(line, "\t") >= 2 ||
		(strings.Count(line, ",") >= 2 && !strings.Contains(line, ", "))
}

// questionWords start the titles of articles that explain something.
var questionWords = map[string]bool{
	"how": true, "what": true, "why": true, "when": true, "where": true, "which": true,
	"who": true, "should": true, "can": true, "do": true, "does": true, "is": true, "are": true,
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
	return len(words) >= 3 && !strings.HasSuffix(words[0], ":") && questionWords[strings.Trim(words[0], ".,;!\"'")]
}
