package scorer

import (
	"regexp"
	"slices"
	"strings"
)

// A description may say how the rule's documents are numbered: "our
// numbers PHM-xxxx", "QC-0xxx numbers", "Threadline invoice no.
// TW-....", "my RE- numbers", "numbered PE-xxxx", "TC-invoice numbers".
// Where another rule of the set takes the same kind (the user's own
// invoices beside their suppliers'), that is what tells the two apart:
// a document numbered so is the rule's, and one numbered otherwise is
// not.
//
// numberingRe finds such a prefix: capitals (a letter first) and a
// hyphen, then placeholders ("xxxx", "0xxx", "....", "###", "year" of
// "FM-year-number"), or a word that says it is a number ("numbers",
// "no.", "invoice numbers"), or after "numbered" or "numbers start",
// "begin with", "are" ("my numbers start RT-").
var numberingRe = regexp.MustCompile(`\b([A-Z][A-Z0-9]{0,5})-(?:\d*[xX#?]{2,}\b|\.{2,}|…|(?:year|yyyy|yy|nnn+|number)\b|\s*(?:invoice\s+)?(?:numbers?|nos?)\b)|\b(?:numbered|numbers?\s+(?:start|starts|begin|begins|are|is)(?:\s+with)?)\s+([A-Z][A-Z0-9]{0,5})-`)

// numberingOf returns the prefixes a description says its documents are
// numbered with.
func numberingOf(desc string) []string {
	var out []string
	for _, m := range numberingRe.FindAllStringSubmatch(desc, -1) {
		p := m[1]
		if p == "" {
			p = m[2]
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// numberedRe finds a reference that is a prefix of capitals, a hyphen
// and a digit: the "QC" of "QC-0412", the "HT" of "HT-558120".
var numberedRe = regexp.MustCompile(`\b([A-Z][A-Z0-9]{0,5})-\d`)

// numberPrefixes returns the prefixes of the document's references, in
// the order first found.
func numberPrefixes(text string) []string {
	if !strings.Contains(text, "-") {
		return nil
	}
	var out []string
	for _, m := range numberedRe.FindAllStringSubmatch(text, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

// numbering applies what the rules say of their documents' numbers (see
// numberingRe) to the evidence: of two rules that take the same kind,
// where one says how its documents are numbered, the one the document's
// numbering does not fit has its kind's distinguishing words missing
// (features.unmod), and the evidence says which number decided.
func numbering(text string, ps []*profile, evs []evidence) {
	var prefixes []string
	got := false
	for i, p := range ps {
		if len(p.numbering) == 0 {
			continue
		}
		for j, q := range ps {
			if j == i || !sharesKind(p, q) {
				continue
			}
			if !got {
				prefixes, got = numberPrefixes(text), true
			}
			if len(prefixes) == 0 {
				// A document without such numbers says nothing either way.
				return
			}
			at := slices.IndexFunc(prefixes, func(s string) bool { return slices.Contains(p.numbering, s) })
			if at >= 0 {
				evs[j].f.unmod = 1
				evs[i].numberedAs = prefixes[at]
			} else {
				evs[i].f.unmod = 1
				evs[i].numberedNot = prefixes[0]
			}
		}
	}
}

// sharesKind says whether two rules take a kind in common.
func sharesKind(p, q *profile) bool {
	return slices.ContainsFunc(p.primary, func(k int) bool { return slices.Contains(q.primary, k) })
}
