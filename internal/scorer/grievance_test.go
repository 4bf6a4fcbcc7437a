package scorer

import (
	"strings"
	"testing"
)

// Complaints written in words no act of kinds.txt lists are still found
// by what they do, and the letters that share their words but not their
// moves are not taken for them.
func TestGrievanceFindsComplaintsByTheirMoves(t *testing.T) {
	cases := []struct {
		name  string
		moves int // 0: not a complaint
		text  string
	}{
		{"a bill disputed, non-native English", 2, `Hello,

I have received your bill for the radiator change and I am not agree with the amount.
On the visit Mr Kessler told me price will be 280 pounds all together, now the bill
say 392 pounds because of "additional labour 2h". Nobody has asked me before about this.

Please send me a corrected bill for 280 pounds and collect the old radiator this week.

Best regards
Tereza Novak`},
		{"a neighbour, remedy listed after a colon", 3, `Dear Dan and Rachel,

For the last three weeks the pressing has gone on well past 10pm and the noise comes
right through our bedroom wall. The pile by the lower gate has started to smell.

I ask that you:

1. stop the machinery by 9pm;
2. move the pile away from our boundary.

If things don't change I will have to speak to environmental health at the council.

Kind regards,
Margaret`},
		{"a deposit not returned", 3, `Dear Mrs Hollis,

I gave back the keys on 31 August. Until now I did not receive my deposit of 975 pounds
and nobody is answering my emails.

Please return the full deposit to my account within 7 days. If not, I will open a dispute
with the deposit scheme.

Danilo Ferreira`},
		{"French, the remedy asked in the writer's voice", 2, `Madame, Monsieur,

La porte-fenêtre posée le 3 mars présente un vitrage rayé. De plus, elle ferme mal
et laisse passer l'air : c'est un défaut de réglage.
Nous vous demandons donc de remplacer le vitrage et de régler la porte sans frais
dans un délai de quinze jours.

Veuillez agréer nos salutations distinguées.`},

		{"a creditor's reminder", 0, `Dear Mr Olsen,

Our records show that invoice 4471 for £312.00 is now 30 days overdue and we have not
received your payment.

Please pay the outstanding balance by 15 March. If payment is not received, we will
pass the account to our collection agency.

Accounts Department`},
		{"a council's notice", 0, `Dear Occupier,

We have received reports that household waste is being left beside the communal bins.
Please remove your bags and use the bins provided. Collections take place on Tuesdays.

Waste Services, Northfield Borough Council`},
		{"an enquiry", 0, `Hi,

We are planning a new kitchen in the spring. Could you send us a quote for supplying
and fitting oak worktops, about 4.2 metres in all? Our address is below.

Thanks, Priya`},
		{"a job offer", 0, `Dear Sam,

We are delighted to offer you the position of Junior Designer, starting on 2 June.
Your salary will be £27,000 a year. Please sign and return a copy of this letter
to confirm your acceptance.

Best wishes,
Helen Marsh, Studio Manager`},
		{"a reply to a complaint, offering a refund", 0, `Dear Mrs Orme,

Thank you for writing, and I'm sorry: you're right, and you should not have been told
it was the nature of suede. The uneven colour after the refresh means the cleaning went
wrong, and that is our responsibility.

I would like to offer a full refund of the cleaning charge. If the restorer cannot get
them back to an even colour, we will pay £120 towards a replacement pair.

Kind regards,
Jo Hartley, Shop Manager`},
		{"a GP's referral", 0, `Dear Dr Marsh,

Re: Mr Peter Lowe, 14.02.1986

Thank you for seeing this 39-year-old man with pain in the right wrist after a fall
abroad. The first X-rays were equivocal for a scaphoid fracture and the pain persists.

I would be grateful for your assessment and an MRI if you feel it is needed. He works at
a keyboard all day and asks about his return to work.

Yours sincerely,
Dr A Khan`},
		{"a solicitor's client care letter", 0, `Dear Ms Reid,

We ask for £350 on account of searches. If the transaction becomes more complex, for
example if there are title defects, we will tell you before any further charges are
incurred.

Complaints: if you are unhappy, please tell me. If we cannot resolve your complaint,
you may be able to refer it to the Legal Ombudsman.

Yours sincerely,
Paul Ingram`},
		{"an escalation the writer will make, no 'if'", 3, `Dear Sir,

My washing machine, bought from you in March, has broken down for the second time.
I need you to repair it or replace it within fourteen days.

I have already told my bank, and I will take this to the small claims court.

Ruth Adeyemi`},
		{"asking in the writer's voice, 'I would like to request'", 2, `Hello,

The coat I collected on Saturday has a torn lining and the buttons are the wrong colour.
The zip is also broken, which I only noticed at home.

I would like to request a full refund of the alteration charge.

Regards, Ines`},
		{"a firm's reply, with the customer's rights", 0, `Dear Mr Olsen,

Thank you for your letter about the delay to your kitchen. I am sorry the fitting
was late and that the worktop was damaged.

Please return the signed form to us so that we can book the new worktop.

If you remain unhappy you may refer your complaint to the Ombudsman, and we will send
you our final response within eight weeks.

Yours sincerely,
Customer Relations`},
		{"a grievance with nothing asked", 0, `Dear Ms Park,

I have decided to resign from my post. The problems with the rota over the last year
have made it impossible for me to continue, and I am disappointed that nothing changed.

My last day will be 30 June.

Yours sincerely,
Ellis`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n, said := grievance(strings.ReplaceAll(fold(c.text), "’", "'"))
			if n != c.moves {
				t.Fatalf("grievance = %d moves (%q), want %d", n, said, c.moves)
			}
			if n > 0 && said == "" {
				t.Fatal("no words quoted for the remedy asked")
			}
		})
	}
}

// A complaint found by its moves counts for a rule on complaints against
// the kinds whose words it shares: the one about a bill is not a
// payment reminder, and one with no listed phrase is still a complaint.
func TestComplaintInOwnWordsIsAComplaint(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "A bill for work or goods, with the amount due."},
		{Type: "quote", Description: "A price for work before it is done."},
		{Type: "complaint_letter", Description: "A letter or email complaining about work, goods, a delay or a charge, and asking for something to be put right."},
		{Type: "timesheet", Description: "Hours worked per day."},
	}
	text := `Hello,

I have received your bill for the radiator change and I am not agree with the amount.
On the visit Mr Kessler told me price will be 280 pounds all together, now the bill
say 392 pounds because of "additional labour 2h" and "sundries". Nobody has asked me
before about this extra hours, and the job was finished before lunch.

Also the old radiator is still in my garden, it was said you will take it away.

Please send me a corrected bill for 280 pounds and collect the radiator this week.
I will not pay the 392 before this is fixed.

Best regards
Tereza Novak`
	res := classifyModel(text, rules)
	if res.Type == nil || *res.Type != "complaint_letter" {
		t.Fatalf("got %v (%s), want complaint_letter", res.Type, res.Reasoning)
	}
	if !strings.Contains(res.Reasoning, "does what a complaint does") {
		t.Errorf("reasoning does not say what the letter does: %s", res.Reasoning)
	}
}

// An employer's "we'd like you to start on Monday" is no complaint's
// demand, and a subject line's "Good news" is no news story: an offer by
// e-mail that says both is a job offer.
func TestGoodNewsOfAJobIsAnOffer(t *testing.T) {
	rules := []Rule{
		{Type: "cv", Description: "CV / résumé"},
		{Type: "news_article", Description: "A news article or a press report."},
		{Type: "job_offer", Description: "An offer of a job from an employer: role, pay, start date."},
		{Type: "complaint_letter", Description: "A letter or email complaining about something and asking for it to be put right."},
		{Type: "resignation_letter", Description: "A letter or email from an employee saying they are leaving."},
		{Type: "payslip", Description: "payslip / pay advice"},
	}
	text := `From: Dana Whitlow <dana@hollybank-nursery.example>
To: Sam Patel <sam.patel@mailbox.example>
Subject: Good news!

Hi Sam,

Thanks for coming in on Thursday. We'd like you to join the team as assistant
grower. We'd like you to start on Monday 3 March, 8am at the main gate.
It's 37.5 hours a week at £12.60 an hour, paid monthly, with 28 days' holiday.

Let me know by Friday if you're happy to go ahead and I'll send the paperwork.

Dana`
	res := classifyModel(text, rules)
	if res.Type == nil || *res.Type != "job_offer" {
		t.Fatalf("got %v (%s), want job_offer", res.Type, res.Reasoning)
	}
	if strings.Contains(res.Reasoning, "what a complaint does") {
		t.Errorf("reasoning says the offer does what a complaint does: %s", res.Reasoning)
	}
	lx := kindLexicon()
	for _, m := range analyze(text).mentions {
		if m.kind == lx.byID["news"] {
			t.Errorf("'Good news!' names a news story (weight %.2f)", m.weight)
		}
	}
}

// A complaint's moves are read in its first pages only: what a long
// document says after them costs nothing and finds nothing.
func TestGrievanceReadsTheFirstPages(t *testing.T) {
	complaint := "I have received your bill and the amount is wrong. Nobody has answered my emails.\n\n" +
		"Please send me a corrected bill. If not, I will open a dispute.\n\n"
	filler := strings.Repeat("The committee noted the report of the treasurer. ", grievanceText/40)
	if n, _ := grievance(fold(complaint + filler)); n == 0 {
		t.Error("a complaint followed by a long appendix: no moves found")
	}
	if n, said := grievance(fold(filler + complaint)); n != 0 {
		t.Errorf("moves found after the first %d bytes: %q", grievanceText, said)
	}
}
