package scorer

import "testing"

// A review of the changes read from round 19 wrote these documents and
// rules; each was read right (or less confidently wrong) before the
// changes and worse by them as they first stood.

// reviewCase is a document, the rules it is classified under and the
// type it must get ("" for no rule), or, in notAbove, the type it must
// not get with confidence above one half.
type reviewCase struct {
	name  string
	rules []Rule
	doc   string
	want  string
}

// round19Review must get their types: a type's head followed by an
// unrelated participle ("a parcel I ordered", "trips cancelled") names
// no kind; an agenda's "present and apologies" is no minutes; a court
// named inside a solicitor's letter names no court document.
var round19Review = []reviewCase{
	{"pet record", []Rule{{Type: "pet_record", Description: "Record of when the dog or cat was vaccinated, wormed and treated for fleas."}}, "VACCINATION RECORD\n\nName: Amara Okafor          Date of birth: 02/03/2023\nVaccine               Dose   Date given   Batch      Given by\nMMR                   1      04/03/2024   MX4471     Nurse J. Daniels\nHib/MenC              1      04/03/2024   HC2209     Nurse J. Daniels\n\nBring this record to every appointment.", ""},
	{"medical referred", []Rule{{Type: "medical_letter", Description: "Letter from a consultant or clinic I was referred to by my GP."}, {Type: "payslip", Description: "Payslip for one pay period."}, {Type: "council_letter", Description: "Letters from the council about council tax and bins."}}, "Dear Ms Patel,\n\nReference for Daniel Morgan\n\nI am pleased to provide a reference for Daniel, who worked for us as a care assistant from March 2021 to June 2024. He was reliable, punctual and kind to residents, and I have no hesitation in recommending him for the post of senior carer.\n\nYours sincerely,\nHelen Brooks\nManager, Oakfield Care Home", ""},
	{"insurer covered", []Rule{{Type: "insurance_letter", Description: "Letter from our home insurer saying what is covered by the policy."}, {Type: "payslip", Description: "Payslip for one pay period."}, {Type: "bank_statement", Description: "Monthly statement of my current account."}}, "Dear Hiring Manager,\n\nI am writing to apply for the position of Marketing Assistant advertised on your website. I have two years' experience in social media and content writing, and I enclose my CV for your consideration.\n\nI would welcome the opportunity to discuss my application at interview.\n\nYours faithfully,\nSophie Turner", ""},
	{"delivery ordered", []Rule{{Type: "delivery_confirmation", Description: "Confirmation that a parcel I ordered has been delivered, with a photo."}, {Type: "invoice", Description: "Bill asking me to pay."}, {Type: "payslip", Description: "Payslip for one pay period."}}, "From: orders@homestore.example\nSubject: Thank you for your order #448120\n\nHi Sam, thanks for shopping with us. We've received your order and will email you when it ships.\n\nOrder #448120   placed 12 May 2025\n1 x Bamboo bath mat        £14.99\n2 x Cotton towel           £19.98\nDelivery                    £3.95\nOrder total                £38.92", ""},
	{"council rejected", []Rule{{Type: "council_letter", Description: "Letter from the council about our planning application, approved or rejected, and council tax."}, {Type: "job_offer", Description: "Letter or e-mail offering me a job."}, {Type: "payslip", Description: "Payslip for one pay period."}}, "Dear Priya,\n\nThank you for your interest in the Data Analyst role at Brightwater Ltd and for taking the time to attend an interview.\n\nAfter careful consideration, we regret to inform you that we will not be taking your application further on this occasion. We wish you every success in your job search.\n\nKind regards,\nRecruitment Team", ""},
	{"proposal requested", []Rule{{Type: "proposal", Description: "Proposal or quote that we send to a client who requested one."}, {Type: "invoice", Description: "Invoice we send to a client."}, {Type: "contract", Description: "Signed contract with a client."}}, "REQUEST FOR PROPOSAL\n\nAshby Housing Trust invites proposals for the redesign of its website.\nScope: new design, content migration, accessibility audit.\nProposals must be received by 30 June 2025 and should include fees, timeline and two references.\nQuestions to procurement@ashbyht.example", ""},
	{"school cancelled", []Rule{{Type: "school_letter", Description: "Letter from the school about trips cancelled or moved, and term dates."}, {Type: "invoice", Description: "Bill asking me to pay."}, {Type: "payslip", Description: "Payslip for one pay period."}}, "Dear Sir or Madam,\n\nMembership number: 558102\n\nI am writing to cancel my gym membership with effect from 31 May 2025. Please cancel my direct debit after the final payment and confirm the cancellation in writing.\n\nYours faithfully,\nAnna Lewis", ""},
	{"agenda present and apologies", []Rule{{Type: "minutes", Description: "Minutes of our committee meetings."}, {Type: "agenda", Description: "Agenda sent out before a committee meeting."}}, `HILLSIDE CHESS CLUB - COMMITTEE MEETING
Agenda for Tuesday 6 May 2025, 7.30pm, Church Hall

1. Welcome, present and apologies
2. Minutes of the last meeting and matters arising
3. Treasurer's report
4. League fixtures for next season
5. Any other business
6. Date of next meeting`, "agenda"},
	{"solicitor letter county court", []Rule{{Type: "solicitor_letter", Description: "Letters from our solicitor about the dispute with the builder."}, {Type: "court_order", Description: "An order made by the court in our case."}, {Type: "invoice", Description: "Bills."}}, `Dear Mr and Mrs Hale,

Your claim against Kingsley Build Ltd - in the County Court at Marlowe

I write to let you know that the defendant has filed a defence. The court will now send both parties a directions questionnaire, which we will complete for you. Please let me have any further photographs of the damage by Friday.

Yours sincerely,
R. Ahmed, Solicitor`, "solicitor_letter"},
}

// round19NotAbove must not get their types with confidence above one
// half: a software licence's "permission is hereby granted" is no
// permit, a news item's "in the High Court" no court order, a
// household's income and expenditure no club's accounts.
var round19NotAbove = []reviewCase{
	{"mit licence permission granted", []Rule{{Type: "permit", Description: "Permits and licences from the council: parking permits, street party, skip licence."}, {Type: "software_terms", Description: "Terms and licence agreements that come with software."}}, `MIT License

Copyright (c) 2024 Jane Developer

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.`, "permit"},
	{"news item high court", []Rule{{Type: "court_order", Description: "An order made by the court in our case."}, {Type: "news_article", Description: "News articles and cuttings we keep."}}, `Local landlord loses appeal

A Marlowe landlord has lost his fight in the High Court to overturn a fine for letting an unlicensed flat. The judge said the council had acted lawfully. In the High Court on Tuesday, Mr Grant's barrister argued the rules were unclear.`, "court_order"},
	{"budget income and expenditure", []Rule{{Type: "household_budget", Description: "Our monthly household budget."}, {Type: "club_accounts", Description: "The club's annual accounts for the AGM."}}, `HOUSEHOLD INCOME AND EXPENDITURE - MAY 2025

Income
Salary (Sam)          2,150
Salary (Jo)           1,420
Child benefit           102
Total income          3,672

Expenditure
Mortgage                980
Council tax             165
Food                    520
Petrol                  160
Total payments        1,825`, "club_accounts"},
}

func TestRound19ReviewCases(t *testing.T) {
	for _, c := range round19Review {
		expectType(t, c.name, c.doc, c.rules, c.want)
	}
	for _, c := range round19NotAbove {
		if r := classifyModel(c.doc, c.rules); typeName(r.Type) == c.want && r.Confidence > 0.5 {
			t.Errorf("%s: %s at %.2f (%s)", c.name, c.want, r.Confidence, r.Reasoning)
		}
	}
	noActs(t, []actCase{
		{"I/We give permission for my/our child to take part in the visit.", "license"},
		{"Your Click & Collect order is ready in the app.", "covering_message"},
		{"1. Welcome, present and apologies", "minutes"},
	})
}
