package scorer

import (
	"slices"
	"testing"
)

// A rule whose type names a topic rather than a kind ("council_tax",
// "training"), and whose description names no kind either ("Council tax
// from the district council"), is a folder for that topic: it holds the
// documents whose kinds' names start with it (a council tax bill, a
// training record), which are not kinds no rule covers.
func TestTopicRules(t *testing.T) {
	rules := []Rule{
		{Type: "pension", Description: "Pension. The works pension payslips and P60, and the yearly letters saying what my state pension will be from April."},
		{Type: "bank", Description: "Bank statements. Halifax current account and the Nationwide savings."},
		{Type: "bills", Description: "Gas, electric, water and the phone. The actual bills only, not the letters about prices going up."},
		{Type: "council_tax", Description: "Council tax from Wyre Forest"},
		{Type: "doctors", Description: "Letters about my health - hospital appointments, results from the surgery, the dentist."},
		{Type: "home_insurance", Description: "House insurance - buildings and contents, the renewal each March, any claims."},
	}
	classifyAs(t, "a council's Direct Debit letter for council tax", `Wyre Forest District Council
Town Hall, Vicar Street, Kidderminster DY10 1DB

Mrs J Hollis
7 Larch Close
Kidderminster DY10 2PL                        2 April 2025

Council tax account: 61055204

Direct Debit arrangement

Dear Mrs Hollis,

Thank you for paying your council tax by Direct Debit.

  First payment:  15 April 2025    £141.60
  Then:           15 May 2025 to 15 January 2026 - £141.55 a month

Your 2025/26 bill was sent on 10 March 2025. Your single person
discount of 25% continues.

Please tell us if you change your bank account.

Revenues Section`, rules, "council_tax")

	lx := kindLexicon()
	kindsOf := func(typ string) []string {
		var names []string
		for _, k := range topicKinds(lx, typ) {
			names = append(names, lx.kinds[k].name)
		}
		return names
	}
	for typ, want := range map[string]string{"council_tax": "council tax bill", "insurance": "insurance policy", "training": "training record"} {
		if !slices.Contains(kindsOf(typ), want) {
			t.Errorf("topicKinds(%q) = %q, want it to hold %q", typ, kindsOf(typ), want)
		}
	}
	// Only English names start a topic: "mot" starts French names too
	// ("mot de remerciement").
	if got := kindsOf("mot"); slices.Contains(got, "thank you note") {
		t.Errorf("topicKinds(%q) = %q, holds a kind named so only in French", "mot", got)
	}
	// A type that is a whole name starts no longer one by itself.
	if got := kindsOf(""); got != nil {
		t.Errorf("topicKinds of an empty type = %q, want none", got)
	}
}

// A rule whose one-word type names no kind ("van") holds what its
// description lists, where an item starts names of a few kinds: the
// MOT test certificate of "MOT, servicing, road tax".
func TestFolderRulesHoldWhatTheyList(t *testing.T) {
	rules := []Rule{
		{Type: "invoices", Description: "Invoices I send to customers for gutter and fascia jobs."},
		{Type: "receipts", Description: "Receipts for materials from the builders' merchant."},
		{Type: "van", Description: "Everything for the Transit - MOT, servicing, repairs, road tax, the van insurance too."},
		{Type: "bank", Description: "Business bank statements."},
		{Type: "hmrc", Description: "Anything from HMRC: self assessment, payments on account, CIS."},
	}
	classifyAs(t, "the van's MOT certificate", `MOT test certificate
Vehicle registration: KN19 XTR
Make: FORD   Model: TRANSIT CUSTOM 300
Colour: WHITE
Odometer reading: 118,402 miles

Date of test: 14 March 2025
Expiry date: 13 March 2026
Test result: PASS
Test number: 5531 2290 8817

Advisories:
  Nearside front tyre worn close to legal limit (2.1 mm)
  Slight corrosion to rear brake pipes

Testing station: Abertridwr Motors, V2281
Tester: G. Hughes`, rules, "van")

	lx := kindLexicon()
	names := func(ks []int) []string {
		var out []string
		for _, k := range ks {
			out = append(out, lx.kinds[k].name)
		}
		return out
	}
	got := names(descTopicKinds(lx, "Everything for the Transit - MOT, servicing, repairs, road tax. Not parking tickets."))
	if !slices.Contains(got, "vehicle registration") {
		t.Errorf("the kinds listed for the van = %q, want the MOT's among them", got)
	}
	// What a sentence says the rule is not is not listed.
	if got := names(descTopicKinds(lx, "Not insurance or the MOT.")); len(got) > 0 {
		t.Errorf("a sentence of what the rule is not lists %q", got)
	}
	// What letters are about is not what they are: the rent of "letters
	// about the flat, the rent or repairs" is no rent receipt.
	if got := names(descTopicKinds(lx, "Letters from our housing association about the flat, the rent or repairs")); len(got) > 0 {
		t.Errorf("what letters are about lists %q", got)
	}
	// An item that starts names of many kinds ("service": service
	// contracts, service invoices, work orders) lists none.
	if got := names(descTopicKinds(lx, "service")); len(got) > 0 {
		t.Errorf("\"service\" lists %q", got)
	}
}

// A folder rule holds documents of many kinds: that a document names
// another kind ("policy") is no evidence against it, where no other rule
// of the set takes that kind.
func TestFolderRulesHoldDocumentsOfOtherKinds(t *testing.T) {
	rules := []Rule{
		{Type: "results", Description: "Race results sheets and the averages."},
		{Type: "entries", Description: "Entry forms and pool sheets for each race."},
		{Type: "membership", Description: "Membership forms and the members list."},
		{Type: "insurance", Description: "insurance papers"},
		{Type: "invoices", Description: "Invoices from the transporter and the clock people."},
		{Type: "minutes", Description: "Minutes of committee meetings and the AGM."},
	}
	classifyAs(t, "the club's insurance renewal", `From: Castle Mutual <renewals@castlemutual.example.co.uk>
To: secretary@valleyflyers.example.org
Subject: Your renewal documents - policy CM/CL/204411
Date: Tue, 02 Dec 2025 07:10:00 +0000

Dear Secretary,

Your Club Contents & Trailer policy renews on 01/01/2026.

Renewal premium: GBP 118.40 including Insurance Premium Tax
(2025: GBP 109.90). Sums insured unchanged. Your schedule and
certificate of insurance are attached.

To renew, pay online using your policy number, or send a cheque to
our Cardiff office by 31/12/2025.

Castle Mutual Insurance plc`, rules, "insurance")
}

// A folder's bare word that its type qualifies into a kind names that
// kind only: under "insurance", the "certificates" of "schedules,
// certificates and policy changes" are insurance certificates, so a
// course's certificate of achievement is not the folder's, while the
// van's certificate of motor insurance still is.
func TestFolderWordsNameTheFoldersKindOnly(t *testing.T) {
	rules := []Rule{
		{Type: "insurance", Description: "Insurance schedules, certificates and policy changes for the shop and the van."},
		{Type: "invoices", Description: "Invoices from our wholesalers for flowers and sundries."},
		{Type: "bank", Description: "Business bank statements from Lloyds."},
		{Type: "rates", Description: "Business rates bills from the council."},
		{Type: "staff_rota", Description: "The weekly rota of who works in the shop when."},
	}
	classifyAs(t, "a course's certificate of achievement", `CERTIFICATE OF ACHIEVEMENT

This is to certify that

                 MEGAN TRAVERS

has successfully completed

        Level 2 Award in Floristry (Wedding Design)

Awarded on 14 March 2025 by Westbridge College of Further Education.

Certificate number: WB-FL2-20417
Grade: Distinction

Signed: D. Okonkwo, Head of Creative Industries`, rules, "")
	classifyAs(t, "a certificate of motor insurance", `CERTIFICATE OF MOTOR INSURANCE

Certificate number: CMI-7730145
Policy number: CV/55102/88

1. Registration mark of vehicle: KY19 ZTB (Citroen Berlingo van)
2. Name of policyholder: Petal & Stem Ltd
3. Effective date of the commencement of insurance: 00:01 on 1 April 2025
4. Date of expiry of insurance: 23:59 on 31 March 2026
5. Persons or classes of persons entitled to drive: the policyholder's
   employees named on the schedule, holding a full UK licence.
6. Limitations as to use: social, domestic and pleasure purposes and
   use for the business of the policyholder.

I hereby certify that the policy to which this certificate relates
satisfies the requirements of the relevant law applicable in Great
Britain.

Harbourline Insurance plc, authorised insurers`, rules, "insurance")
}
