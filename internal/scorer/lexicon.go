package scorer

import "github.com/kljensen/snowball/english"

// The scorer's small store of general knowledge about documents: which
// nouns name a kind of document, and which words of a rule say that the
// document has a certain layout. Words are written plainly and stemmed on
// first use.

// kindNouns name kinds of documents. A document whose title names a kind
// that a rule does not is unlikely to be what that rule describes, and a
// rule whose description names a kind besides its type ("resume or CV")
// accepts a title that names it.
var kindNouns = stemSet(
	"agenda", "agreement", "announcement", "application", "article", "assessment",
	"audit", "bill", "brochure", "budget", "catalog", "catalogue", "certificate",
	"changelog", "checklist", "claim", "complaint", "contract", "cv", "datasheet",
	"deed", "declaration", "essay", "estimate", "evaluation", "faq", "form",
	"guide", "handbook", "inventory", "invoice", "itinerary", "lease", "letter",
	"licence", "license", "log", "manual", "memo", "memorandum", "menu", "minutes",
	"newsletter", "notice", "offer", "order", "paycheck", "payslip", "paystub",
	"permit", "petition", "plan", "policy", "poem", "prescription", "proposal",
	"quotation", "quote", "receipt", "recipe", "report", "resume", "review",
	"runbook", "schedule", "specification", "statement", "summary", "survey",
	"syllabus", "ticket", "timesheet", "transcript", "tutorial", "warranty", "will",
	"waiver", "questionnaire", "postmortem", "proposal", "release", "bulletin",
	"certification", "card", "voucher", "slip", "note", "notes", "diary", "journal",
	"brief", "contract", "charter", "protocol", "procedure", "instructions",
)

// titleKindNouns name kinds of documents unambiguously enough that a
// title naming one says what the document is: "Recipe", "User guide",
// "Purchase order". Words that also head ordinary sections ("Summary",
// "Budget", "Notes") are left out.
var titleKindNouns = stemSet(titleKindWords...)

var titleKindWords = []string{
	"agreement", "announcement", "article", "brochure", "catalog", "catalogue",
	"certificate", "changelog", "checklist", "contract", "cv", "datasheet", "deed",
	"essay", "faq", "guide", "handbook", "invitation", "invoice", "itinerary",
	"lease", "letter", "manual", "memo", "memorandum", "menu", "minutes",
	"newsletter", "order", "payslip", "paystub", "permit", "petition", "poem",
	"policy", "prescription", "proposal", "questionnaire", "quotation", "receipt",
	"recipe", "resume", "runbook", "survey", "syllabus", "timesheet", "transcript",
	"tutorial", "warranty", "waiver", "newsletter", "advertisement", "vacancy",
	"blog", "story", "news", "press", "flyer", "ticket", "voucher", "report",
	"leaflet", "booklet", "handout", "notice",
}

// kindSynonyms are names of one kind of document: a rule for one accepts a
// title that names another.
var kindSynonyms = synonymSets(
	[]string{"contract", "agreement"},
	[]string{"resume", "cv", "curriculum"},
	[]string{"invoice", "bill"},
	[]string{"memo", "memorandum"},
	[]string{"quote", "quotation", "estimate"},
	[]string{"lease", "tenancy"},
	[]string{"payslip", "paystub"},
	[]string{"manual", "handbook"},
	[]string{"letter", "correspondence"},
	[]string{"certificate", "certification"},
	[]string{"licence", "license"},
	[]string{"catalog", "catalogue"},
)

// synonymSets maps each stem of each set to the stems of the others.
func synonymSets(sets ...[]string) map[string][]string {
	out := map[string][]string{}
	for _, set := range sets {
		stems := make([]string, len(set))
		for i, w := range set {
			stems[i] = english.Stem(w, true)
		}
		for _, a := range stems {
			for _, b := range stems {
				if a != b {
					out[a] = append(out[a], b)
				}
			}
		}
	}
	return out
}

// A cue is a layout feature of a genre, found in the document by analyze
// and expected of it by the words of a rule.
type cue int

const (
	cueAmounts cue = iota
	cueDates
	cueSignatures
	cueSections
	cueLetter
	numCues
)

var cueNames = [numCues]string{
	cueAmounts:    "sums of money",
	cueDates:      "dates",
	cueSignatures: "a signature block",
	cueSections:   "section headings",
	cueLetter:     "a salutation or closing",
}

func (c cues) get(k cue) float64 {
	switch k {
	case cueAmounts:
		return c.amounts
	case cueDates:
		return c.dates
	case cueSignatures:
		return c.signatures
	case cueSections:
		return c.sections
	default:
		return c.letter
	}
}

// cueWords are the words of a rule that expect each cue.
var cueWords = [numCues]map[string]bool{
	cueAmounts: stemSet("amount", "amounts", "total", "totals", "subtotal", "price", "prices",
		"cost", "costs", "fee", "fees", "payment", "payments", "paid", "balance", "balances",
		"charge", "charges", "tax", "vat", "invoice", "receipt", "bill", "salary", "wage",
		"wages", "rent", "deposit", "deposits", "withdrawal", "withdrawals", "transaction",
		"transactions", "expense", "expenses", "budget", "refund", "premium", "currency",
		"dollar", "dollars", "euro", "euros", "earnings", "deductions", "sum", "sums"),
	cueDates: stemSet("date", "dates", "dated", "period", "schedule", "deadline", "deadlines",
		"timeline", "history", "transactions", "daily", "monthly", "weekly", "timestamp",
		"timestamps", "itinerary", "departure", "arrival"),
	cueSignatures: stemSet("signature", "signatures", "signed", "signatory", "signatories",
		"executed", "witness", "witnesses", "notarized", "parties"),
	cueSections: stemSet("experience", "education", "skills", "sections", "section",
		"headings", "chapters", "qualifications", "employment"),
	cueLetter: stemSet("letter", "correspondence", "salutation", "dear", "sincerely",
		"addressee", "recipient", "sender"),
}

// kindWord gives the plain word of a stem of titleKindNouns, to quote.
func kindWord(stem string) string {
	for _, w := range titleKindWords {
		if english.Stem(w, true) == stem {
			return w
		}
	}
	return stem
}

func stemSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[english.Stem(w, true)] = true
	}
	return m
}
