package scorer

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// A user who sorts both the invoices they send and those their suppliers
// send them writes two rules for one kind: "Our own sales invoices to
// hire customers" beside "Invoices we get from suppliers". Both fit an
// invoice equally well by its words; what tells them apart is whose
// name stands where. The user's business is named in the words of
// their rules ("hire" of a plant hire firm, "yard" of a salvage yard),
// and it stands as the customer ("Customer: Kerr Plant Hire Ltd") on
// what suppliers send, and in the letterhead on what the user sends.

// The directions a rule's documents go in.
const (
	dirNone     = 0
	dirOutgoing = 1 // the user's own, to their customers
	dirIncoming = 2 // to the user, from their suppliers
)

// outgoingRe and incomingRe find, in a sentence of a description that
// says nothing the rule is not, whom its documents go from and to.
var (
	outgoingRe = regexp.MustCompile(`(?i)\b(?:(?:our|my) own\b|(?:we|i) (?:send|issue|raise|give|bill)\b|ours to\b|from us\b|(?:our|my) (?:sales )?(?:invoices?|bills?) to\b|to (?:our |my |a |the )?(?:hire )?(?:customers?|clients?|owners?)\b)`)
	incomingRe = regexp.MustCompile(`(?i)\b(?:from (?:a |an |our |my |the )?(?:suppliers?|contractors?|subcontractors?|trades(?:people|men)?|vendors?|wholesalers?|merchants?)\b|(?:we|i) (?:get|receive)\b|to (?:me|us)\b|bill(?:ing|ed)? us\b|sold (?:goods |it |them )?to us\b)`)
)

// Words of a type that say which way its documents go.
var (
	outgoingTypeWords = map[string]bool{"customer": true, "cust": true, "client": true, "sales": true, "owner": true, "our": true, "own": true, "out": true}
	incomingTypeWords = map[string]bool{"supplier": true, "suppliers": true, "vendor": true, "purchase": true, "incoming": true, "inbound": true, "payable": true, "in": true}
)

// ruleDirection says which way a rule's documents go: by a word of its
// type ("supplier_invoice", "cust_invoice"), else by what its
// description says outside the sentences that say what it is not.
func ruleDirection(typ, desc string) int8 {
	out, in := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(typ), func(r rune) bool { return r == '_' || r == '-' || r == ' ' }) {
		out = out || outgoingTypeWords[w]
		in = in || incomingTypeWords[w]
	}
	if out != in {
		if out {
			return dirOutgoing
		}
		return dirIncoming
	}
	if out {
		return dirNone
	}
	for _, s := range sentenceRe.Split(desc, -1) {
		if negationRe.MatchString(s) {
			continue
		}
		out = out || outgoingRe.MatchString(s)
		in = in || incomingRe.MatchString(s)
	}
	switch {
	case out && !in:
		return dirOutgoing
	case in && !out:
		return dirIncoming
	}
	return dirNone
}

// direction applies the rules' directions to the evidence: of two rules
// that take one kind, one of the user's own documents and one of their
// suppliers', the one whose direction the document goes against lacks
// what sets its kind apart (features.unmod) and is beaten
// (features.beaten, wrongWayBeaten), and the other lacks nothing.
func direction(text string, d *document, ps []*profile, evs []evidence) {
	var pairs [][2]int
	for i, p := range ps {
		if p.dir != dirOutgoing {
			continue
		}
		for j, q := range ps {
			if q.dir == dirIncoming && sharesKind(p, q) {
				pairs = append(pairs, [2]int{i, j})
			}
		}
	}
	if len(pairs) == 0 {
		return
	}
	// A first line that starts with a name of a kind ("Invoice
	// KPH-11348", an HTML page's title) says what the document is, and
	// the letterhead follows it.
	toHeader, fromText := envelope(text, d.titledBy)
	toToks, fromToks := tokenize(toHeader, false), tokenize(fromText, false)
	for _, pr := range pairs {
		outWords := sideWords(ps[pr[0]], ps[pr[1]])
		// The words that list the user's customers ("pubs, restaurants
		// and festivals") say the opposite of the user's trade: named
		// where the document says whom it is for, that it went out.
		custWords := ps[pr[0]].customers
		for w := range custWords {
			delete(outWords, w)
		}
		// The user's words where the document names whom it is for
		// say it came in; in its letterhead, that it went out, unless
		// the letterhead is a supplier's ("GroomPro Supplies Ltd" under
		// rules for a groomer). A supplier's words say less either way:
		// the user's trade may be named by them too ("Bathrooms &
		// Tiling" under rules that buy from "tile shops").
		var votes [3]string
		var byCustomer [3]bool
		vote := func(way int8, word string) {
			if votes[way] == "" {
				votes[way] = word
			}
		}
		voteCustomer := func(word string) {
			if votes[dirOutgoing] == "" {
				votes[dirOutgoing], byCustomer[dirOutgoing] = word, true
			}
		}
		for _, t := range d.toks {
			if t.addressee && outWords[t.stem] {
				vote(dirIncoming, t.stem)
			}
			if w, ok := custWords[t.stem]; ok && t.addressee {
				voteCustomer(w)
			}
		}
		for _, t := range toToks {
			if outWords[t.stem] {
				vote(dirIncoming, t.word)
			}
			if w, ok := custWords[t.stem]; ok {
				voteCustomer(w)
			}
		}
		if !slices.ContainsFunc(fromToks, func(t token) bool { return supplierStems()[t.stem] }) {
			for _, t := range fromToks {
				if outWords[t.stem] {
					vote(dirOutgoing, t.word)
				}
			}
		}
		if (votes[dirIncoming] == "") == (votes[dirOutgoing] == "") {
			// Which way it goes is not known: two rules whose types
			// both name the kind the document names fit it alike as
			// that kind, and their words decide. The lexicon names
			// "sales invoice" and not "supplier invoice" (which gives
			// the one rule the invoice alone, the other its bills
			// too), and says nothing of the user's own.
			a, b := &evs[pr[0]], &evs[pr[1]]
			if sameTypeKind(ps[pr[0]], ps[pr[1]]) && a.named != nil && b.named != nil && a.named.line == b.named.line {
				a.f.name = max(a.f.name, b.f.name)
				a.f.layout = max(a.f.layout, b.f.layout)
				a.f.unlike = min(a.f.unlike, b.f.unlike)
				b.f.name, b.f.layout, b.f.unlike = a.f.name, a.f.layout, a.f.unlike
			}
			continue
		}
		way := int8(dirIncoming)
		if votes[dirIncoming] == "" {
			way = dirOutgoing
		}
		for _, i := range pr {
			evs[i].f.unmod = 0
			if ps[i].dir != way {
				evs[i].f.unmod = 1
				evs[i].f.beaten = max(evs[i].f.beaten, wrongWayBeaten)
			}
			evs[i].way, evs[i].wayWord, evs[i].wayCustomer = way, votes[way], byCustomer[way]
		}
	}
}

// sameTypeKind says whether the types of rules p and q both name a
// kind, and the same one first: supplier_invoice and sales_invoice, not
// supplier_receipts and invoices_sent.
func sameTypeKind(p, q *profile) bool {
	return p.typeKnown && q.typeKnown && len(p.kinds) > 0 && len(q.kinds) > 0 && p.kinds[0].kind == q.kinds[0].kind
}

// titledBy says whether line starts with a name of a kind the document
// has in its title ("Invoice KPH-11348", an HTML page's title): the
// letterhead follows such a line.
func (d *document) titledBy(line string) bool {
	return slices.ContainsFunc(d.mentions, func(m mention) bool {
		return m.at == titleLine && len(m.text) <= len(line) && strings.EqualFold(line[:len(m.text)], m.text)
	})
}

// maxTopLabel is the longest last label of a domain that names no one
// ("uk", "com", "test"), dropped from a bare address's domain.
const maxTopLabel = 4

// supplierStems are the stems of the words that call a business a
// supplier in its name: "Supplies", "Wholesale", "Merchants".
var supplierStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range tokenize("supplier supplies wholesale merchants distributor", false) {
		m[t.stem] = true
	}
	return m
})

// wrongWayBeaten is how much a rule is beaten by the rule of its kind
// whose way the document goes (see features.beaten).
const wrongWayBeaten = 1

// sideWords are the words of rule p's description that rule q's lacks,
// other than the words of the kinds p takes and those that say whom a
// document goes to or from ("customer", "supplier"): what p, the rule
// for the user's own documents, says of the user's trade ("hire" of
// "Our own sales invoices to hire customers" beside "Invoices we get
// from suppliers - fuel, parts, tyres").
func sideWords(p, q *profile) map[string]bool {
	lx := kindLexicon()
	out := map[string]bool{}
	for _, t := range p.desc.terms {
		if _, ok := q.desc.index[t.stem]; ok || t.weight < minSideWordWeight || partyStems()[t.stem] || outgoingTypeWords[t.stem] || functionWords[t.stem] {
			continue
		}
		if slices.ContainsFunc(p.primary, func(k int) bool { _, ok := lx.kinds[k].set.index[t.stem]; return ok }) {
			continue
		}
		out[t.stem] = true
	}
	return out
}

// minSideWordWeight is the least weight of a rule's word, by how rare
// ordinary documents have it, for it to say whose trade a name is.
const minSideWordWeight = 0.4

// envelope returns the display name of an e-mail's "To:" header, and
// the text that says whom the document is from: an e-mail's "From:"
// display name and the first line of its body, or a letter's first line
// (its letterhead), the line after it where the first is titled (see
// direction).
func envelope(text string, titled func(line string) bool) (to, from string) {
	var b strings.Builder
	// The lines are cut one by one: only the first few are read.
	rest := text
	next := func() (string, bool) {
		if rest == "" {
			return "", false
		}
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		return strings.TrimSpace(line), true
	}
	l, ok := next()
	if ok && headerRe.MatchString(l) {
		for ; ok && l != ""; l, ok = next() {
			if name, isTo := headerValue(l, "to"); isTo {
				to = name
			}
			if name, isFrom := headerValue(l, "from"); isFrom {
				b.WriteString(name)
				b.WriteByte('\n')
			}
		}
	}
	n, skipped := 0, false
	for ; ok && n < issuerLines; l, ok = next() {
		if l == "" {
			continue
		}
		if n == 0 && !skipped && titled(l) {
			skipped = true
			continue
		}
		n++
		if c := strings.IndexByte(l, ':'); c >= 0 && recipientLabel(l[:c]) {
			continue
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return to, b.String()
}

// issuerLines is how many of a document's first lines name whom it
// is from.
const issuerLines = 1

// headerValue returns the display name of an e-mail header line named
// name ("To: Kerr Plant Hire <a@b.c>" gives "Kerr Plant Hire", a bare
// address its domain without its last short labels).
func headerValue(line, name string) (string, bool) {
	c := strings.IndexByte(line, ':')
	if c < 0 || !strings.EqualFold(strings.TrimSpace(line[:c]), name) {
		return "", false
	}
	v := line[c+1:]
	if a := strings.IndexByte(v, '<'); a >= 0 {
		v = v[:a]
	} else if at := strings.LastIndexByte(v, '@'); at >= 0 {
		// A bare address names its domain's owner, not its mailbox:
		// "accounts@inkwellprint.co.uk" is Inkwell Print's, and its
		// "co" and "uk" are no words of a name.
		labels := strings.Split(strings.TrimSpace(v[at+1:]), ".")
		for len(labels) > 1 && len(labels[len(labels)-1]) <= maxTopLabel {
			labels = labels[:len(labels)-1]
		}
		v = strings.Join(labels, " ")
	}
	return v, true
}

// customerSpanRe finds, in a sentence of a description of the user's own
// documents, where it says whom they go to: "send out to", "invoices to".
var customerSpanRe = regexp.MustCompile(`(?i)\b(?:(?:send|sends|sent|issue|issues|issued|raise|raises|raised|give|gives|bill|bills)(?: out)?|invoices?|bills?) to\b`)

// customerEndRe ends what a description says of whom the user's documents
// go to: the purpose or time that follows ("for beer we've supplied",
// "once the job is done"), or a dash.
var customerEndRe = regexp.MustCompile(`(?i)\b(?:for|once|when|after|with|by|about|from)\b|\s[-–—]\s|:`)

// customerListRe finds a list in brackets after the word for a user's
// customers: "customers (schools, hotels, the care home, solicitors)".
var customerListRe = regexp.MustCompile(`(?i)\b(?:customers?|clients?)\s*\(([^)]*)\)`)

// customerWords are the words, by stem, with which description desc,
// of the user's own documents, lists their customers: all of "to pubs,
// bottle shops, restaurants and festivals", and what follows the word for
// them in "to our account customers (schools, hotels, solicitors)".
// What stands before that word ("hire" of "to hire customers") is the
// user's trade (see sideWords).
func customerWords(desc string) map[string]string {
	out := map[string]string{}
	for _, s := range sentenceRe.Split(desc, -1) {
		if negationRe.MatchString(s) {
			continue
		}
		loc := customerSpanRe.FindStringIndex(s)
		if loc == nil {
			continue
		}
		span := s[loc[1]:]
		if end := customerEndRe.FindStringIndex(span); end != nil {
			span = span[:end[0]]
		}
		toks := tokenize(span, false)
		if i := slices.IndexFunc(toks, func(t token) bool { return customerStems()[t.stem] }); i >= 0 {
			// Only a list in brackets after the word for them lists
			// them: "(Threadline invoice no. TW-...)" names the user.
			toks = nil
			if list := customerListRe.FindStringSubmatch(span); list != nil && strings.Contains(list[1], ",") {
				toks = tokenize(list[1], false)
			}
		}
		for _, t := range toks {
			if !functionWords[t.stem] && !customerStems()[t.stem] && !outgoingTypeWords[t.stem] {
				out[t.stem] = t.word
			}
		}
	}
	return out
}

// customerStems are the stems of the words for a user's customers.
var customerStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range tokenize("customer customers client clients", false) {
		m[t.stem] = true
	}
	return m
})

// wayClause says, for the reasoning, which way the document goes.
func wayClause(ev *evidence) string {
	if ev.wayCustomer {
		return "it is addressed to a customer the rules speak of ('" + ev.wayWord + "')"
	}
	if ev.way == dirIncoming {
		return "it is addressed to the trade the rules speak of ('" + ev.wayWord + "')"
	}
	return "it is from the trade the rules speak of ('" + ev.wayWord + "')"
}
