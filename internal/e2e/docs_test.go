package e2e

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
	"github.com/llamaclassify/llamaclassify-go/internal/samples"
	"github.com/llamaclassify/llamaclassify-go/internal/scorer"
)

// rules are the project's sample rules, testdata/rules.yaml.
func rules(t testing.TB) []gen.ClassifierRule {
	t.Helper()
	rs, err := samples.Rules()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// generated is one generated document and the type it must be given ("":
// no rule fits it).
type generated struct {
	name string
	text string
	want string
}

// document returns g as a document held in memory.
func (g generated) document() client.Document { return client.FromBytes(g.name, []byte(g.text)) }

// kinds write one document of a kind from a few random details, so that no
// two documents of a batch are the same file.
var kinds = []struct {
	want  string
	ext   string
	write func(r *rand.Rand, n int) string
}{
	{"invoice", "txt", func(r *rand.Rand, n int) string {
		qty, price := 1+r.IntN(9), 10+r.IntN(90)
		return fmt.Sprintf("INVOICE\nInvoice number: INV-%05d\nBill to: %s\n\nLine items:\n  %d x consulting hours @ %d.00 = %d.00\n  1 x travel = 45.00\n\nTotal amount due: %d.00\nPayment terms: net 30\n",
			n, pick(r, companies), qty, price, qty*price, qty*price+45)
	}},
	{"receipt", "txt", func(r *rand.Rand, n int) string {
		return fmt.Sprintf("%s\nMerchant ID: M-%04d\n\n*** PURCHASE RECEIPT ***\nTransaction ID: TXN-%06d\nCoffee            3.%02d\nSandwich          8.50\nTOTAL            11.%02d\nCard transaction APPROVED\nThank you for your purchase! Keep this receipt for returns.\n",
			strings.ToUpper(pick(r, shops)), r.IntN(10000), n, r.IntN(100), r.IntN(100))
	}},
	{"contract", "md", func(r *rand.Rand, n int) string {
		return fmt.Sprintf("# Services Contract %d\n\nThis legal contract is made between %s (the \"Client\") and %s (the \"Provider\").\n\n## Terms and conditions\n\n1. The Provider shall deliver the services within %d days.\n2. Either party may terminate this contract with thirty days' written notice.\n3. This contract is governed by the laws of the State of Delaware.\n\nSignatures:\n\n_________________ for the Client\n\n_________________ for the Provider\n",
			n, pick(r, companies), pick(r, companies), 10+r.IntN(80))
	}},
	{"resume", "md", func(r *rand.Rand, n int) string {
		name := pick(r, people)
		return fmt.Sprintf("# %s: Resume / CV\n\n## Work experience\n\n- %d-%d: Software engineer at %s\n- %d-%d: Analyst at %s\n\n## Education\n\nBSc in Computer Science, State University, %d\n\n## Skills\n\nGo, SQL, distributed systems, technical writing (ref %d)\n",
			name, 2015+r.IntN(5), 2021+r.IntN(3), pick(r, companies), 2010+r.IntN(3), 2014+r.IntN(2), pick(r, companies), 2008+r.IntN(3), n)
	}},
	{"bank_statement", "csv", func(r *rand.Rand, n int) string {
		opening := 1000 + r.IntN(5000)
		return fmt.Sprintf("%s,Monthly Bank Statement\nAccount Number,XXXX-%04d\nStatement Period,2024-%02d-01 to 2024-%02d-28\nOpening Balance,%d.00\nDate,Description,Withdrawals,Deposits,Balance\n2024-01-03,Payroll deposit,,2300.00,%d.00\n2024-01-05,ATM withdrawal,100.00,,%d.00\nTotal Withdrawals,100.00\nTotal Deposits,2300.00\nClosing Balance,%d.00\n",
			pick(r, banks), n, 1+n%12, 1+n%12, opening, opening+2300, opening+2200, opening+2200)
	}},
	{"meeting_minutes", "json", func(r *rand.Rand, n int) string {
		return fmt.Sprintf(`{"title": "Minutes of the meeting of the %s committee, meeting no. %d", "attendees": [%q, %q, %q], "agenda_items": ["Budget review", "Volunteer schedule"], "decisions": ["The budget was approved"], "action_items": [{"owner": %q, "task": "Send the schedule"}]}`,
			pick(r, committees), n, pick(r, people), pick(r, people), pick(r, people), pick(r, people))
	}},
	{"", "txt", func(r *rand.Rand, n int) string {
		return fmt.Sprintf("Tomato soup for %d\n\nChop two onions and four tomatoes. Simmer with stock for twenty minutes, add basil, blend until smooth and season with salt and pepper. Serve hot with bread. (card %d)\n",
			2+r.IntN(6), n)
	}},
}

var (
	companies  = []string{"Acme Corp", "Brightwater Analytics", "Northwind Traders", "Globex Ltd", "Initech", "Umbrella Logistics"}
	shops      = []string{"Greenleaf Market", "Corner Shop", "Harbor Fuel", "Copperpot Bistro"}
	people     = []string{"Ada Moreno", "Tomás Villanueva", "Grace Liu", "Kwame Mensah", "Olivia Brandt"}
	banks      = []string{"Harborview Credit Union", "First Lakes Bank", "Pinecrest Savings"}
	committees = []string{"garden", "finance", "events", "safety"}
)

func pick(r *rand.Rand, from []string) string { return from[r.IntN(len(from))] }

// generate writes n documents, cycling through the kinds, the same for the
// same seed.
func generate(n int, seed uint64) []generated {
	r := rand.New(rand.NewPCG(seed, 0x6e2e))
	out := make([]generated, n)
	for i := range out {
		k := kinds[i%len(kinds)]
		kind := k.want
		if kind == "" {
			kind = "recipe"
		}
		out[i] = generated{name: fmt.Sprintf("%03d-%s.%s", i, kind, k.ext), text: k.write(r, i), want: k.want}
	}
	return out
}

// TestGeneratedDocumentsAreWhatTheySay checks the generator against the
// scorer alone, so that a wrong type in a suite below is the service's or
// the client's doing, never a badly written document.
func TestGeneratedDocumentsAreWhatTheySay(t *testing.T) {
	var rs []scorer.Rule
	for _, r := range rules(t) {
		rs = append(rs, scorer.Rule{Type: r.Type, Description: r.Description})
	}
	for _, g := range generate(3*len(kinds), 1) {
		text, err := scorer.Extract(g.name, []byte(g.text), pages.Selection{})
		if err != nil {
			t.Fatalf("%s: %v", g.name, err)
		}
		got := ""
		if res := scorer.Classify(text, rs); res.Type != nil {
			got = *res.Type
		}
		if got != g.want {
			t.Errorf("%s scores as %q, want %q:\n%s", g.name, got, g.want, g.text)
		}
	}
}
