package scorer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a document does. Many kinds of document share their words and
// their layout and differ in their purpose: who writes to whom and why.
// A resignation letter and a dismissal letter both speak of notice, a
// last working day and a position; the first says "I hereby resign",
// the second "your employment will be terminated". A reference letter
// recommends a third person ("I have no hesitation in recommending
// her"); an e-mail asking someone to be a referee asks ("would you be
// willing to act as a referee"). The acts of a kind (kinds.txt, "acts:")
// are the phrases with which its documents do what they are for, in the
// voice of their writer, in six languages.
//
// A phrase is folded words separated by spaces; "..." stands for up to
// actGap words, and a word ending in '*' for any word it starts.

// actGap is how many words "..." skips: "I would like to formally
// resign" is "i ... resign". Leave-one-rule-set-out on the dev split is
// the same for 3 to 5 and one document better for 6.
const actGap = 4

// actPattern is one phrase of a kind's acts.
type actPattern struct {
	kind  int
	words []string // "" for a gap
}

// actHit is a kind's acts found in a document.
type actHit struct {
	kind  int
	n     int    // distinct phrases found
	first string // the first found, as the folded document writes it
	// at is where each phrase was found, so that one found for two
	// kinds ("pay by", an invoice's and a card statement's) is told from
	// one of a single kind: its first word's index, shifted 20 bits, and
	// its end's (a text holds fewer than 1<<20 words: MaxTextBytes is 1
	// MiB). grievanceAt stands for the moves of a complaint, found in no
	// one place, and rollCallAt for a meeting's roll call.
	at []int
}

// grievanceAt is actHit.at of a complaint's moves, rollCallAt of a
// meeting's roll call, billsListAt of a household's list of its bills
// (see findActs).
const (
	grievanceAt = -1
	rollCallAt  = -2
	billsListAt = -3
)

// contractions are the English short forms a writer uses or not ("I'm
// writing to complain", "I am writing to complain"): acts and documents
// are both read in the long form, so a phrase matches either.
var contractions = map[string][]string{
	"i'm": {"i", "am"}, "i've": {"i", "have"}, "i'd": {"i", "would"}, "i'll": {"i", "will"},
	"you're": {"you", "are"}, "you've": {"you", "have"}, "you'd": {"you", "would"}, "you'll": {"you", "will"},
	"we're": {"we", "are"}, "we've": {"we", "have"}, "we'd": {"we", "would"}, "we'll": {"we", "will"},
	"they're": {"they", "are"}, "they've": {"they", "have"}, "they'll": {"they", "will"},
	"it's": {"it", "is"}, "that's": {"that", "is"}, "there's": {"there", "is"}, "here's": {"here", "is"},
	"he's": {"he", "is"}, "she's": {"she", "is"},
	"don't": {"do", "not"}, "doesn't": {"does", "not"}, "didn't": {"did", "not"}, "isn't": {"is", "not"},
	"aren't": {"are", "not"}, "wasn't": {"was", "not"}, "weren't": {"were", "not"}, "haven't": {"have", "not"},
	"hasn't": {"has", "not"}, "hadn't": {"had", "not"}, "won't": {"will", "not"}, "wouldn't": {"would", "not"},
	"can't": {"cannot"}, "couldn't": {"could", "not"}, "shouldn't": {"should", "not"},
}

// expandContractions writes the short forms of ws in the long form.
func expandContractions(ws []string) []string {
	var out []string
	for i, w := range ws {
		long, ok := contractions[w]
		if !ok {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)+2), ws[:i]...)
		}
		out = append(out, long...)
	}
	if out == nil {
		return ws
	}
	return out
}

// parseActs reads a kind's "acts:" line into patterns.
func parseActs(kind int, val string) []actPattern {
	var out []actPattern
	for _, p := range strings.Split(val, ",") {
		// A hyphen parts words in a document ("re-employ"), and so in a
		// phrase.
		ws := expandContractions(strings.Fields(strings.ReplaceAll(fold(strings.TrimSpace(p)), "-", " ")))
		if len(ws) == 0 || ws[0] == "..." || strings.HasSuffix(ws[0], "*") {
			continue // a phrase is found by its first word
		}
		for i, w := range ws {
			if w == "..." {
				ws[i] = ""
			}
		}
		out = append(out, actPattern{kind: kind, words: ws})
	}
	return out
}

// span is a word of a folded text, by byte offsets.
type span struct{ start, end int }

// actWords splits folded text into words: letters and digits, with an
// apostrophe inside a word ("i'm", "l'employeur") kept.
func actWords(ft string) []span {
	out := make([]span, 0, len(ft)/6)
	start := -1
	for i, r := range ft {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !word && (r == '\'' || r == '’') && start >= 0 {
			// Inside a word only when a letter follows.
			next, _ := utf8.DecodeRuneInString(ft[i+utf8.RuneLen(r):])
			word = unicode.IsLetter(next)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(ft)})
	}
	return out
}

// findActs finds the acts of every kind in text.
func findActs(lx *lexicon, text string) []actHit {
	if len(lx.acts) == 0 {
		return nil
	}
	ft := strings.ReplaceAll(fold(text), "’", "'")
	spans := actWords(ft)
	ws := make([]span, 0, len(spans))
	words := make([]string, 0, len(spans))
	for _, s := range spans {
		w := ft[s.start:s.end]
		if long, ok := contractions[w]; ok {
			// Each word of the long form stands where the short one does.
			for _, l := range long {
				ws = append(ws, s)
				words = append(words, l)
			}
			continue
		}
		ws = append(ws, s)
		words = append(words, w)
	}
	type match struct{ pattern, kind, from, to int }
	var found []match
	rows := ledgerRows(ft)
	for i, w := range words {
		// A bank's row never speaks in the first person ("05/06 I have
		// paid invoice 2231 ... 480.00 balance 0.00" is a customer's), and
		// one dated line of two sums is a till slip's as often.
		if len(rows) >= 2 && w != "i" && w != "we" && inSpans(rows, ws[i].start) {
			continue
		}
		var pair []int
		if i+1 < len(words) {
			pair = lx.actsByPair[[2]string{w, words[i+1]}]
		}
		rest := lx.actsRest[w]
		for len(pair) > 0 || len(rest) > 0 {
			// The two lists merged, so that acts are tried in their order.
			var pi int
			if len(rest) == 0 || len(pair) > 0 && pair[0] < rest[0] {
				pi, pair = pair[0], pair[1:]
			} else {
				pi, rest = rest[0], rest[1:]
			}
			p := lx.actPatterns[pi]
			if end := matchAct(p.words[1:], words, i+1); end >= 0 {
				found = append(found, match{pi, p.kind, i, end})
			}
		}
	}
	var hits []actHit
	seen := map[int]bool{} // patterns counted
	for _, m := range found {
		if seen[m.pattern] {
			continue
		}
		// "No payment is due on this document": what it does not do.
		if m.from > 0 && actNegators[words[m.from-1]] && !actNegators[words[m.from]] {
			continue
		}
		// "We will pay by BACS": a writer who will pay asks for no
		// payment. ("We will terminate your tenancy" gives notice, and
		// "we would like to offer you" offers.)
		if m.from > 1 && actModals[words[m.from-1]] && actWriters[words[m.from-2]] && payWords[words[m.from]] {
			continue
		}
		// A phrase of one kind inside a longer one of another says less
		// than it: "wypowiadam umowę" (I give notice on the contract)
		// in "wypowiadam umowę o pracę" (... on my employment) is a
		// resignation's, not a cancellation's.
		if slices.ContainsFunc(found, func(o match) bool {
			return o.kind != m.kind && o.from <= m.from && o.to >= m.to && o.to-o.from > m.to-m.from
		}) {
			continue
		}
		// "Payment due 30 days. Thank you for your order!": an order's
		// thanks in the second half of a document is a bill's or a
		// slip's courtesy; an order confirmation thanks first.
		if lx.kinds[m.kind].id == "order_confirmation" && thanksWords[words[m.from]] && 2*m.from > len(words) {
			continue
		}
		seen[m.pattern] = true
		j := 0
		for j < len(hits) && hits[j].kind != m.kind {
			j++
		}
		if j == len(hits) {
			hits = append(hits, actHit{kind: m.kind, first: strings.Join(strings.Fields(ft[ws[m.from].start:ws[m.to-1].end]), " ")})
		}
		hits[j].n++
		hits[j].at = append(hits[j].at, m.from<<20|m.to)
	}
	// A complaint in words of its own (see grievance.go).
	if k, ok := lx.byID["complaint"]; ok {
		if n, said := grievance(ft); n > 0 {
			j := slices.IndexFunc(hits, func(h actHit) bool { return h.kind == k })
			switch {
			case j < 0:
				hits = append(hits, actHit{kind: k, n: n, first: said, at: []int{grievanceAt}})
			case hits[j].n < n:
				hits[j].n = n
			}
		}
	}
	// A roll call: who was present and who sent apologies, two labels
	// however long the list between ("Present: R Okoro (chair), S
	// Marchbank, ... · Apologies: A Fenn"), in a document that does not
	// do what an agenda does (one that lists "Apologies" as its item).
	if k, ok := lx.byID["minutes"]; ok && !slices.ContainsFunc(hits, func(h actHit) bool { return h.kind == k || lx.kinds[h.kind].id == "agenda" }) {
		if p := rollCallLabel(ft); p != nil {
			if a := absentRe.FindStringSubmatch(ft[p[1]:]); a != nil {
				hits = append(hits, actHit{kind: k, n: 1, first: ft[p[2]:p[3]] + ": ... " + a[1] + ":", at: []int{rollCallAt}})
			} else if a := decidedRe.FindStringSubmatch(ft[p[1]:]); a != nil {
				// Or who was present and what they decided ("Present:
				// Ruth, Dan, Meg ... 1. AGREED to offer membership").
				hits = append(hits, actHit{kind: k, n: 1, first: ft[p[2]:p[3]] + ": ... " + a[1], at: []int{rollCallAt}})
			}
		}
	}
	// A list of the household's bills: rows for three kinds of bill or
	// more, one a bill no utility sends (council tax, rent), or four, in
	// a document that does not do what a utility bill does and is no
	// account's transactions (whose rows pay the same bills).
	if k, ok := lx.byID["budget"]; ok && !slices.ContainsFunc(hits, func(h actHit) bool { return h.kind == k || lx.kinds[h.kind].id == "utility_bill" }) {
		if len(rows) < 3 {
			if said := billsList(ft); said != "" {
				hits = append(hits, actHit{kind: k, n: 1, first: said, at: []int{billsListAt}})
			}
		}
	}
	return hits
}

// billRows are the household bills a list of them has rows for: the
// plain substrings a text must hold to name one, looked for before any
// pattern runs, and the pattern that finds it in a line of folded text.
// The first four are what utilities send.
var billRows = []struct {
	words []string
	re    *regexp.Regexp
}{
	{[]string{"elec"}, regexp.MustCompile(`\b(?:electric|electricity|elec)\b`)},
	{[]string{"gas"}, regexp.MustCompile(`\bgas\b`)},
	{[]string{"water"}, regexp.MustCompile(`\bwater\b`)},
	{[]string{"broadband", "phone", "landline", "internet"}, regexp.MustCompile(`\b(?:broadband|phone|landline|internet)\b`)},
	{[]string{"council tax"}, regexp.MustCompile(`\bcouncil tax\b`)},
	{[]string{"tv licen"}, regexp.MustCompile(`\btv licen[cs]e\b`)},
	{[]string{"rent", "mortgage"}, regexp.MustCompile(`\b(?:rent|mortgage)\b`)},
	{[]string{" insurance"}, regexp.MustCompile(`\b(?:home|house|contents) insurance\b`)},
}

// signedSumRe finds a sum with its sign against it ("-£85.00"): a
// transaction's, which an account's list of payments shows, not a
// budget's line ("Electric - £65").
var signedSumRe = regexp.MustCompile(`(?:^|\s)[-+−][£$€]?\d`)

// minBillLines is the fewest lines that hold the bills of a list of
// them: one line ("rent £189 a week, including electricity, gas, water")
// is a contract's.
const minBillLines = 3

// utilityBills is how many of billRows are bills a utility sends.
const utilityBills = 4

// billsList says, in folded text, which household bills a list of them
// has rows for ("electricity, gas, water, council tax"), or "" for a
// document that is no such list: a row is a line with a figure and no
// signed sum, a line counts for every bill it names ("Gas+electric"),
// and the bills take minBillLines lines at least.
func billsList(ft string) string {
	// Most documents name fewer than three kinds of bill anywhere: no
	// need to read them line by line.
	kinds := 0
	for _, b := range billRows {
		if slices.ContainsFunc(b.words, func(w string) bool { return strings.Contains(ft, w) }) {
			kinds++
		}
	}
	if kinds < 3 {
		return ""
	}
	found := make([]bool, len(billRows))
	var names []string
	lines := 0
	for _, line := range strings.Split(ft, "\n") {
		if !strings.ContainsAny(line, "0123456789") || signedSumRe.MatchString(line) {
			continue
		}
		hit := false
		for i, b := range billRows {
			if m := b.re.FindString(line); m != "" {
				hit = true
				if !found[i] {
					found[i] = true
					names = append(names, m)
				}
			}
		}
		if hit {
			lines++
		}
	}
	if lines < minBillLines {
		return ""
	}
	household := slices.Contains(found[utilityBills:], true)
	if len(names) >= 4 || len(names) >= 3 && household {
		return strings.Join(names, ", ")
	}
	return ""
}

// ledgerRowRe is a line of an account's transactions: a date, then at
// least two sums of money ("07/05/2024,PAID IN CASH/CHQ,,354.85,11989.33",
// "03Jun  FP OUT M PRYCE EXPS  94.13  11,028.69"; OCR may read the
// day's first digit as "l" or "o").
var ledgerRowRe = regexp.MustCompile(`(?m)^[ \t|"']*(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d{2}-\d{2}|[\dlio]?\d ?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: ?\d{2,4})?)\b[^\n]*?\d[\d,]*\.\d\d\b[^\n]*?\d[\d,]*\.\d\d\b[^\n]*$`)

// ledgerRows are the byte spans of the lines of ft, folded text, that are
// rows of an account's transactions: what such a row says ("PAID IN CASH",
// "PAYMENT RECEIVED") labels a transaction; it is not the writer doing it.
func ledgerRows(ft string) [][2]int {
	var out [][2]int
	// A row is one line, so the pattern runs on each line that may be
	// one: one that starts with a digit, or an OCR's l, i or o for one,
	// and has two decimal points. Over the whole text at once it tried
	// every position of every line.
	start := 0 // where line starts in ft
	for raw := range strings.Lines(ft) {
		line := strings.TrimSuffix(raw, "\n")
		if lead := strings.TrimLeft(line, " \t|\"'"); lead != "" && strings.IndexByte("0123456789lio", lead[0]) >= 0 && strings.Count(line, ".") >= 2 {
			if m := ledgerRowRe.FindStringIndex(line); m != nil {
				out = append(out, [2]int{start + m[0], start + m[1]})
			}
		}
		start += len(raw)
	}
	return out
}

// inSpans says whether byte offset at falls in one of spans.
func inSpans(spans [][2]int, at int) bool {
	for _, s := range spans {
		if at >= s[0] && at < s[1] {
			return true
		}
	}
	return false
}

// presentRe and absentRe find, in folded text, the labels of a roll
// call: who was present, leading its line and followed by a word (not a
// register's count, "Present: 24"), and, after it, who sent apologies
// (not who was absent, which a register says too); decidedRe, after it,
// a decision taken ("agreed", "beschlossen").
var (
	presentRe = regexp.MustCompile(`(?m)^[\s*_#>-]*(present|in attendance|attendees|attending|anwesend|presents|presentes|presenti|aanwezig|obecni)[*_ ]*:[*_ ]*\pL`)
	decidedRe = regexp.MustCompile(`(?:^|[^\pL])(agreed|decided|resolved|beschlossen|vereinbart|decide|acordado|acordo|deciso|besloten|uzgodniono|postanowiono)(?:$|[^\pL])`)
	absentRe  = regexp.MustCompile(`(?:^|[^\pL])(apologies|apologies for absence|apols|entschuldigt|excuses|excusados|giustificati|afgemeld|usprawiedliwieni)[*_ ]*:[*_ ]*\pL`)
)

// presentWords are substrings one of which a text must hold for presentRe
// to match it, looked for before the pattern runs.
var presentWords = []string{"present", "attend", "anwesend", "aanwezig", "obecni"}

// rollCallLabel is presentRe's submatch indexes in ft, or nil.
func rollCallLabel(ft string) []int {
	if !strings.Contains(ft, ":") || !slices.ContainsFunc(presentWords, func(w string) bool { return strings.Contains(ft, w) }) {
		return nil
	}
	return presentRe.FindStringSubmatchIndex(ft)
}

// actNegators, folded, deny the act that follows them: "no payment is
// due", "keine Zahlung ist fällig".
var actNegators = map[string]bool{
	"no": true, "not": true, "never": true, "nicht": true, "kein": true, "keine": true, "keinen": true,
	"pas": true, "aucun": true, "aucune": true, "ningun": true, "ninguna": true, "nessun": true, "nessuna": true,
	"geen": true, "niet": true, "nenhum": true, "nenhuma": true, "nie": true, "zadna": true, "zadnej": true,
}

// thanksWords, folded, start a phrase of thanks.
var thanksWords = map[string]bool{
	"thank": true, "thanks": true, "vielen": true, "merci": true, "gracias": true, "grazie": true,
	"bedankt": true, "dziekujemy": true, "obrigado": true,
}

// actWriters and actModals, folded, say what the writer will do ("we
// will", "wir werden"): before payWords, the first words of acts that
// ask the reader to pay, they make the act no request.
var (
	actWriters = map[string]bool{"i": true, "we": true, "ich": true, "wir": true, "je": true, "nous": true, "ik": true, "wij": true}
	actModals  = map[string]bool{"will": true, "shall": true, "werde": true, "werden": true, "zullen": true, "zal": true}
	payWords   = map[string]bool{"pay": true, "remit": true, "settle": true, "zahlen": true, "uberweisen": true, "payer": true, "regler": true, "betalen": true}
)

// matchAct matches pattern words ps against words from i, and returns
// the index after the last word matched, or -1.
func matchAct(ps []string, words []string, i int) int {
	if len(ps) == 0 {
		return i
	}
	if ps[0] == "" {
		for skip := 0; skip <= actGap && i+skip <= len(words); skip++ {
			if skip == 1 && (words[i] == "and" || words[i] == "or") {
				// "Present and apologies": two headings of an agenda,
				// not what the gap stands for between them.
				continue
			}
			if end := matchAct(ps[1:], words, i+skip); end >= 0 {
				return end
			}
		}
		return -1
	}
	if i >= len(words) || !actWordMatches(ps[0], words[i]) {
		return -1
	}
	return matchAct(ps[1:], words, i+1)
}

func actWordMatches(p, w string) bool {
	if n := len(p); n > 0 && p[n-1] == '*' {
		return strings.HasPrefix(w, p[:n-1])
	}
	return p == w
}

// ownWords is text without the earlier message a reply quotes: lines
// that start with '>' and everything from an "-----Original Message-----"
// or "On <date>, <someone> wrote:" line on. What a reply does is in its
// writer's words; the message it answers does something else (a referee
// answering "Could you act as a referee?" writes a reference, not a
// request for one). Text that is all quotation is kept whole.
func ownWords(text string) string {
	lines := strings.Split(text, "\n")
	kept := make([]string, 0, len(lines))
	own := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if quoteHeader(t) {
			break
		}
		if strings.HasPrefix(t, ">") {
			continue
		}
		kept = append(kept, l)
		own += len(t)
	}
	if own < 40 {
		return text
	}
	return strings.Join(kept, "\n")
}

// quoteHeader reports whether line t starts the quoted earlier message
// of a reply.
func quoteHeader(t string) bool {
	if len(t) > 200 {
		return false
	}
	lt := strings.ToLower(strings.Trim(t, "-_ "))
	switch {
	case lt == "original message", lt == "ursprüngliche nachricht", lt == "message d'origine",
		lt == "mensaje original", lt == "messaggio originale", lt == "oorspronkelijk bericht":
		return true
	case strings.HasPrefix(t, ">"):
		return false
	}
	if !strings.HasSuffix(lt, ":") {
		return false
	}
	opens := false
	for _, p := range []string{"on ", "am ", "le ", "el ", "il ", "op "} {
		opens = opens || strings.HasPrefix(lt, p)
	}
	for _, verb := range []string{" wrote", " schrieb", " a écrit", " escribió", " ha scritto", " schreef"} {
		if opens && strings.Contains(lt, verb) {
			return true
		}
	}
	return false
}
