package scorer

// Review of 3446c732 (round 30's kinds: a type's last word "result(s)"
// names contest results, match cards and score cards, annuity payment
// advice and state pension uprating, benefit names, "please have ready"
// and "for friday ... please", "prod mtg"/"team mtg", the incident
// report's register "report", complaints' "if this carries on").
// TestReview31bRegressions holds documents its parent 30ba2b5d classified
// right and 3446c732 got wrong that are right again; TestReview31bGuards
// documents 3446c732 gets right (two for the first time: an annuity
// payment advice and notes of a "Prod mtg") that should stay right.
//
// Fixed since: no "score card"/"scorecard" for competition results (a
// supplier's KPI scorecard). Left out, and said so in kinds.txt: a
// newspaper's story about a fall at a pool, which the incident report's
// register "report" now lets it take beside a rule for press cuttings
// (that register won three corpus documents back); a Dutch club's
// "Uitslagen clubkampioenschappen" under race_results, lost to the
// refit's calibration at 0.41, not to a name; and a job rejection letter
// under application_result, which "result" as a type's last word gives a
// contest's results (dropping that cost the corpus more than it gained).

import "testing"

// rv31bMOT is the head of an MOT certificate two cases share.
const rv31bMOT = `MOT test certificate (VT20)
Vehicle registration: AB12 CDE   Make: FORD   Model: FOCUS
Test date: 12/04/2025   Expiry date: 11/04/2026
Odometer reading: 78,412 miles
MOT test number: 4412 7781 3390
Test result: PASS

Advisories:
- Nearside front tyre worn close to legal limit (5.2.3 (e))
`

type rv31bTCase struct {
	name  string
	rules []Rule
	want  string
	text  string
}

func rv31bTRun(t *testing.T, cases []rv31bTCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { classifyAs(t, c.name, c.text, c.rules, c.want) })
	}
}

var (
	rv31bLeisureT = []Rule{
		{Type: "incident_report", Description: "accident / incident report forms filled in by staff"},
		{Type: "press_cuttings", Description: "newspaper and online articles about the centre"},
		{Type: "complaint", Description: "customer complaints"},
		{Type: "compliments", Description: "thank-you cards and compliments from customers"},
		{Type: "staff_rota", Description: "staff rotas and shift changes"},
		{Type: "invoice", Description: "supplier invoices"},
	}
	rv31bProcurementT = []Rule{
		{Type: "purchase_order", Description: "purchase orders"},
		{Type: "supplier_invoice", Description: "supplier invoices"},
		{Type: "supplier_performance", Description: "supplier performance reviews and KPI reports"},
		{Type: "contract", Description: "supply contracts"},
	}
	rv31bSchoolT = []Rule{
		{Type: "school_report", Description: "School reports (end of term / end of year)"},
		{Type: "gcse_results", Description: "GCSE and A-level results slips"},
		{Type: "school_letters", Description: "letters and emails from school: trips, term dates, events"},
		{Type: "sports_club", Description: "swimming club and football: fixtures, gala results, match reports"},
		{Type: "invoice", Description: "bills"},
	}
	rv31bMedicalT = []Rule{
		{Type: "blood_results", Description: "blood test results from the GP surgery or hospital"},
		{Type: "hospital_letters", Description: "letters from hospital consultants and clinics"},
		{Type: "appointments", Description: "appointment letters and reminders"},
		{Type: "prescriptions", Description: "repeat prescriptions"},
		{Type: "fit_notes", Description: "fit notes / sick notes"},
	}
	rv31bTennisT = []Rule{
		{Type: "match_result", Description: "Match result cards sent to the league secretary"},
		{Type: "fixtures", Description: "fixture lists for the season"},
		{Type: "newsletter", Description: "club newsletter"},
		{Type: "minutes", Description: "committee meeting minutes"},
		{Type: "agenda", Description: "agendas for committee meetings"},
		{Type: "membership", Description: "membership renewals and applications"},
	}
	rv31bNewsroomT = []Rule{
		{Type: "news_story", Description: "News stories for the paper"},
		{Type: "match_report", Description: "match reports sent in by local clubs"},
		{Type: "results", Description: "league tables and results round-ups"},
		{Type: "letters_to_editor", Description: "readers' letters for the letters page"},
		{Type: "press_release", Description: "press releases"},
	}
	rv31bPensionerT = []Rule{
		{Type: "pension", Description: "pension statements and letters about my pension (DWP, Aviva)"},
		{Type: "bank_statements", Description: "bank statements"},
		{Type: "benefits", Description: "benefit letters (pension credit, attendance allowance, council tax reduction)"},
		{Type: "council_tax", Description: "council tax bills"},
		{Type: "tax", Description: "P60s, tax code notices and letters from HMRC"},
		{Type: "newspaper_cuttings", Description: "articles cut out of the paper"},
	}
	rv31bAdviserT = []Rule{
		{Type: "pension_statement", Description: "annual statements from pension providers"},
		{Type: "annuity_quote", Description: "annuity quotations from insurers"},
		{Type: "suitability_report", Description: "Our suitability reports and advice letters to clients. Not provider paperwork."},
		{Type: "fact_find", Description: "client fact-find questionnaires"},
		{Type: "fee_invoice", Description: "our fee invoices"},
	}
	rv31bCarerT = []Rule{
		{Type: "benefit_letters", Description: "DWP letters about Mum's and my benefits"},
		{Type: "care_invoices", Description: "care agency invoices"},
		{Type: "gp_letters", Description: "letters from the GP"},
		{Type: "carers_centre", Description: "newsletters and leaflets from the carers' centre"},
		{Type: "employer", Description: "letters from my employer"},
	}
	rv31bKitchenT = []Rule{
		{Type: "supplier_order", Description: "orders we send to suppliers (veg, meat, fish, dry goods)"},
		{Type: "invoice", Description: "supplier invoices"},
		{Type: "rota", Description: "staff rotas"},
		{Type: "staff_notice", Description: "notices and messages to kitchen and floor staff"},
		{Type: "complaint", Description: "complaints we receive from diners"},
		{Type: "letters_to_suppliers", Description: "letters and emails we send to suppliers about problems, prices, accounts (not orders)"},
		{Type: "reviews", Description: "online reviews (TripAdvisor, Google) printed out"},
	}
	rv31bHomeT = []Rule{
		{Type: "complaint", Description: "complaints I've made to the council, landlord or companies"},
		{Type: "neighbour_notes", Description: "notes and cards from neighbours"},
		{Type: "council", Description: "letters from the council"},
		{Type: "landlord", Description: "letters from the landlord or letting agent"},
		{Type: "thank_you", Description: "thank-you cards"},
	}
	rv31bTheatreT = []Rule{
		{Type: "minutes", Description: "notes / minutes of production meetings"},
		{Type: "agenda", Description: "meeting agendas"},
		{Type: "schedule", Description: "rehearsal and get-in schedules"},
		{Type: "budget", Description: "production budget"},
		{Type: "contract", Description: "actors' and crew contracts"},
	}
	rv31bOfficeT = []Rule{
		{Type: "meeting_notes", Description: "notes and minutes of meetings"},
		{Type: "meeting_invite", Description: "meeting invitations, calendar notices and room changes"},
		{Type: "memo", Description: "internal memos"},
		{Type: "expense_claim", Description: "expense claims"},
	}
	rv31bFrenchT = []Rule{
		{Type: "school_results", Description: "bulletins scolaires et relevés de notes des enfants"},
		{Type: "judo", Description: "judo : convocations, résultats des compétitions"},
		{Type: "cantine", Description: "factures de cantine"},
		{Type: "assurance", Description: "attestations d'assurance scolaire"},
	}
	rv31bSpanishT = []Rule{
		{Type: "analysis_results", Description: "resultados de análisis de sangre y orina"},
		{Type: "citas", Description: "citas médicas"},
		{Type: "informes", Description: "informes del especialista"},
		{Type: "facturas", Description: "facturas"},
	}
	rv31bGermanT = []Rule{
		{Type: "blood_results", Description: "Blutwerte und Laborbefunde vom Hausarzt"},
		{Type: "arztbriefe", Description: "Arztbriefe vom Facharzt oder Krankenhaus"},
		{Type: "termine", Description: "Terminbestätigungen"},
		{Type: "rechnungen", Description: "Arztrechnungen"},
	}
	rv31bItalianT = []Rule{
		{Type: "incident_report", Description: "rapporti di incidente compilati dal personale"},
		{Type: "rassegna_stampa", Description: "articoli di giornale"},
		{Type: "fatture", Description: "fatture fornitori"},
		{Type: "turni", Description: "turni del personale"},
	}
	rv31bMoneyT = []Rule{
		{Type: "payslips", Description: "payslips"},
		{Type: "budget", Description: "household budget sheets"},
		{Type: "bank_statements", Description: "bank statements"},
		{Type: "job_offer", Description: "job offer letters"},
	}
	rv31bFarmT = []Rule{
		{Type: "milk_test_result", Description: "milk recording and lab results for the herd"},
		{Type: "show_results", Description: "agricultural show results"},
		{Type: "vet", Description: "vet invoices and letters"},
		{Type: "feed_orders", Description: "feed orders"},
	}
	rv31bCarT = []Rule{
		{Type: "mot_results", Description: "MOT test results / certificates"},
		{Type: "service_history", Description: "service invoices and history"},
		{Type: "insurance", Description: "insurance documents"},
		{Type: "fuel", Description: "fuel receipts"},
	}
	rv31bFoodT = []Rule{
		{Type: "inspection_report", Description: "food hygiene inspection reports and revisit reports"},
		{Type: "temperature_log", Description: "fridge and freezer temperature records"},
		{Type: "supplier_invoice", Description: "supplier invoices"},
		{Type: "training_certificate", Description: "staff food hygiene certificates"},
	}
	rv31bLearnerT = []Rule{
		{Type: "driving_test_result", Description: "driving test pass certificate / result"},
		{Type: "lessons", Description: "driving lesson receipts"},
		{Type: "licence", Description: "provisional and full licence"},
		{Type: "insurance", Description: "learner insurance"},
	}
	rv31bGarageT = []Rule{
		{Type: "mot_test_result", Description: "MOT certificates and refusals"},
		{Type: "service_invoice", Description: "service and repair invoices"},
		{Type: "v5c", Description: "logbook"},
		{Type: "insurance", Description: "insurance"},
	}
	rv31bHRT = []Rule{
		{Type: "survey_results", Description: "staff survey results and summaries"},
		{Type: "policy", Description: "HR policies"},
		{Type: "minutes", Description: "minutes"},
		{Type: "training", Description: "training records"},
	}
	rv31bMaternityT = []Rule{
		{Type: "scan_results", Description: "scan reports"},
		{Type: "hospital_letters", Description: "letters from the hospital"},
		{Type: "appointments", Description: "appointments"},
		{Type: "birth_plan", Description: "birth plan"},
	}
	rv31bPTAT = []Rule{
		{Type: "orders", Description: "orders to suppliers (uniform, raffle prizes, printing)"},
		{Type: "parent_emails", Description: "emails and letters to parents"},
		{Type: "minutes", Description: "PTA minutes"},
		{Type: "invoices", Description: "invoices"},
	}
	rv31bGolfT = []Rule{
		{Type: "competition_results", Description: "competition results and prize lists"},
		{Type: "handicap_records", Description: "members' returned scorecards and handicap records"},
		{Type: "subscriptions", Description: "subscription invoices"},
		{Type: "newsletter", Description: "club newsletter"},
	}
	rv31bSchemeT = []Rule{
		{Type: "pension", Description: "letters and statements from my pension scheme"},
		{Type: "payslips", Description: "payslips"},
		{Type: "p60", Description: "P60s"},
		{Type: "bank", Description: "bank statements"},
	}
	rv31bNewsIncidentT = []Rule{
		{Type: "incident_report", Description: "incident reports"},
		{Type: "news", Description: "local news stories"},
		{Type: "press_release", Description: "press releases"},
		{Type: "letter", Description: "letters"},
	}
	rv31bBusinessT = []Rule{
		{Type: "purchase_order", Description: "purchase orders we send to suppliers"},
		{Type: "hmrc", Description: "letters from HMRC"},
		{Type: "bank", Description: "letters from the bank"},
		{Type: "invoice", Description: "invoices"},
	}
	rv31bVenueT = []Rule{
		{Type: "purchase_order", Description: "purchase orders to suppliers"},
		{Type: "member_notices", Description: "notices and emails to members about events"},
		{Type: "invoice", Description: "invoices"},
		{Type: "minutes", Description: "committee minutes"},
	}
	rv31bHighwaysT = []Rule{
		{Type: "incident_report", Description: "incident reports from our road crews"},
		{Type: "press_cuttings", Description: "press coverage"},
		{Type: "complaint", Description: "complaints from the public"},
		{Type: "invoice", Description: "invoices"},
	}
	rv31bPubT = []Rule{
		{Type: "darts_results", Description: "darts and pool league result sheets"},
		{Type: "quiz_results", Description: "quiz night scores"},
		{Type: "invoice", Description: "brewery and supplier invoices"},
		{Type: "rota", Description: "bar staff rota"},
	}
	rv31bPrimaryT = []Rule{
		{Type: "sports_day_results", Description: "sports day results"},
		{Type: "school_report", Description: "school reports"},
		{Type: "letters_home", Description: "letters home from school"},
		{Type: "dinner_money", Description: "dinner money and trip payment receipts"},
	}
	rv31bDutchMedT = []Rule{
		{Type: "bloeduitslagen", Description: "uitslagen van bloedonderzoek"},
		{Type: "ziekenhuisbrieven", Description: "brieven van het ziekenhuis"},
		{Type: "afspraken", Description: "afspraakbevestigingen"},
		{Type: "zwemclub", Description: "zwemclub: uitslagen, wedstrijden, nieuwsbrief"},
	}
)

// Documents 30ba2b5d got right and 3446c732 gets wrong.
func TestReview31bRegressions(t *testing.T) {
	rv31bTRun(t, []rv31bTCase{
		// 30ba2b5d: supplier_performance; 3446c732: no rule
		{"supplier scorecard", rv31bProcurementT, "supplier_performance", `SUPPLIER SCORECARD - Q1 2025
Supplier: Brightline Packaging Ltd   Category: corrugated cartons
Account manager: J. Barker

KPI                          Target   Actual   Score
On-time delivery             98%      94.1%    3/5
Order accuracy               99%      99.4%    5/5
Quality (PPM defects)        <500     310      4/5
Invoice accuracy             98%      96.0%    3/5
Responsiveness               -        -        4/5

Overall score: 19/25 (Amber)
Actions: improve OTIF - supplier to present plan at Q2 review.`},
	})
}

// Documents 3446c732 gets right that should stay right.
func TestReview31bGuards(t *testing.T) {
	rv31bTRun(t, []rv31bTCase{
		{"gcse results slip", rv31bSchoolT, "gcse_results", `Northfield Academy
GCSE RESULTS - SUMMER 2025
Candidate: Ella Matthews   Candidate no: 4127   Centre: 56213

Subject                       Board   Grade
English Language              AQA     7
English Literature            AQA     8
Mathematics                   Edexcel 6
Combined Science (Trilogy)    AQA     6-6
History                       AQA     7
Spanish                       AQA     5
Art and Design                AQA     8

These results are provisional until certificates are issued in November.
Congratulations from all of us at Northfield!`},
		{"gala results under sports club", rv31bSchoolT, "sports_club", `Marlow Dolphins ASC - Club Gala 14 June 2025 - RESULTS

Event 3  Girls 11/12 yrs 50m Freestyle
1st  Ella Matthews      34.21  PB
2nd  Grace Holt         35.02
3rd  Amira Shah         35.88
DQ   Lily Ford

Event 4  Boys 11/12 yrs 50m Freestyle
1st  Tom Reid           33.10
2nd  Jacob Moss         34.47
3rd  Leo Grant          35.90

Trophies will be presented at the awards evening.`},
		{"results day letter from school", rv31bSchoolT, "school_letters", `Dear Parents and Carers,

Year 11 Results Day - Thursday 21 August

Results Day will take place on Thursday 21 August. Students can collect
their results envelope from the Main Hall between 8.30am and 11am.
Heads of Year and the careers adviser will be available for anyone who
wants to talk about next steps or sixth form places.

If your child cannot attend in person, they may nominate someone to
collect on their behalf. Please send a signed letter of authority with
that person, who will need photo ID.

We wish all our Year 11s the very best.

Mrs K. Patel
Head of Year 11`},
		{"end of year school report", rv31bSchoolT, "school_report", `Northfield Academy - End of Year Report 2024/25
Student: Ella Matthews   Tutor group: 10B

Subject        Attainment  Effort  Comment
English        7           1       Ella writes with real flair and reads widely.
Maths          6           2       Good progress; must show her working.
Science        6           1       Careful and thorough in practicals.
History        7           1       Excellent source analysis.

Attendance: 97.2%   Late marks: 1

Tutor's comment: Ella has had a superb year and is a kind member of the form.
Head of Year: A very pleasing report.`},
		{"blood test results under blood_results", rv31bMedicalT, "blood_results", `Riverside Medical Practice
Patient: Mr David Owen  DOB 03/02/1958  NHS no 485 777 3456

Test results - sample taken 12/05/2025

Full blood count
Haemoglobin        142 g/L      (130 - 180)
White cell count   6.1 10*9/L   (4.0 - 11.0)
Platelets          231 10*9/L   (150 - 400)
Renal profile
Sodium             139 mmol/L   (133 - 146)
Potassium          4.6 mmol/L   (3.5 - 5.3)
eGFR               78 mL/min

Dr's comment: Normal - no action.`},
		{"consultant letter if this continues", rv31bMedicalT, "hospital_letters", `Department of Dermatology
Northgate Hospital

Dr P. Carter
Riverside Medical Practice

Dear Dr Carter,

Re: Mr David Owen, DOB 03/02/1958

I saw Mr Owen in clinic today. He has had a pruritic rash on both
forearms for about six months. On examination there is a patchy eczema
with no signs of infection.

I have started him on a moderate potency steroid cream twice daily for
two weeks and regular emollients. If this continues despite treatment,
I would be happy to see him again and arrange patch testing.

Yours sincerely,
Dr A. Hughes, Consultant Dermatologist
cc: patient`},
		{"fixture list home away captain", rv31bTennisT, "fixtures", `Oakfield LTC - Summer League Fixtures 2025

Men's 1st Team (captain: Rob Dale 07700 900321)
Sat 3 May    Dorking A          home
Sat 10 May   Reigate B          away
Sat 17 May   Epsom A            home
Sat 31 May   Leatherhead A      away

Ladies' 1st Team (captain: Sue Okoro 07700 900456)
Wed 7 May    Cobham A           away
Wed 14 May   Dorking A          home
Wed 21 May   Walton B           home

Home matches start 2pm (Sat) and 7pm (Wed). Captains, please confirm
teams by the Thursday before.`},
		{"club newsletter with results paragraph", rv31bTennisT, "newsletter", `OAKFIELD LTC NEWSLETTER - June 2025

Hello everyone,

What a start to the season! The courts are looking great after the
spring clean and the new floodlights go in next month.

League round-up: the Men's 1sts won 6-3 away at Dorking and drew at
home with Reigate; the Ladies lost narrowly to Cobham but beat Walton
7-2. Well done to all, and thanks to the captains.

Social: the summer BBQ is on Saturday 12 July from 6pm, tickets £10
from the bar. Junior camp runs 28 July - 1 August.

Membership: renewals are now overdue - please pay via the website.

See you on court,
Jo Hale, Club Secretary`},
		{"tennis match card", rv31bTennisT, "match_result", `SURREY SUMMER LEAGUE - MATCH CARD
Division 3   Date: 10/05/2025
Home: Reigate B    Away: Oakfield A

Pair                       v  Pair                    Score
Dale / Ames                v  Hunt / Pryce            6-4 6-3
Dale / Ames                v  Lee / Marsh             4-6 6-7
Grant / Moss               v  Hunt / Pryce            6-2 6-1
Grant / Moss               v  Lee / Marsh             6-3 3-6 10-7

Rubbers: Home 1  Away 3
Signed (home captain): P. Hunt    Signed (away captain): R. Dale`},
		{"committee mtg agenda", rv31bTennisT, "agenda", `Oakfield LTC - Committee mtg
Tuesday 8 July, 7.30pm, clubhouse

AGENDA
1. Apologies
2. Minutes of last meeting and matters arising
3. Treasurer's report
4. Floodlights - contractor's quote
5. Junior coaching programme
6. Summer BBQ arrangements
7. AOB
8. Date of next meeting

Jo Hale, Secretary`},
		{"committee minutes", rv31bTennisT, "minutes", `Oakfield LTC - Minutes of Committee Meeting, 8 July 2025

Present: J. Hale (Sec), R. Dale, S. Okoro, M. Grant (Treasurer)
Apologies: P. Ames

1. Minutes of the last meeting were agreed.
2. Treasurer reported a balance of £8,412.
3. Floodlights: committee agreed to accept the quote from Brightline
   (£14,200). Action: MG to pay deposit.
4. Juniors: SO to book coach for the summer camp.
5. BBQ: 45 tickets sold so far.

Next meeting: Tuesday 9 September.`},
		{"match report as news", rv31bNewsroomT, "match_report", `Oakfield Rovers 3 Hartley Town 1

Oakfield Rovers moved up to third in the Surrey Intermediate League with
a deserved home win over Hartley on Saturday.

Captain Danny Webb opened the scoring after 12 minutes, heading in
Sam Ford's corner. Hartley drew level just before half-time when
Lewis Carr finished off a quick break, but Rovers took control after
the interval. Ford added a second from the edge of the box and
substitute Kai Brennan wrapped it up with ten minutes left.

Manager Phil Grey said: "The lads were brilliant second half. We've
lost only once at home all season."

Rovers are away at Fetcham next Saturday.`},
		{"league results round-up", rv31bNewsroomT, "results", `SURREY INTERMEDIATE LEAGUE - RESULTS, Saturday 15 March

Premier Division
Oakfield Rovers 3  Hartley Town 1
Fetcham 0  Ashtead Utd 2
Merrow 2  Byfleet 2

Division One
Ripley 4  Send Village 1
Cranleigh Res 1  Shere 3

Table (top four): Ashtead 41, Merrow 38, Oakfield 36, Byfleet 33`},
		{"press release about pool reopening", rv31bNewsroomT, "press_release", `PRESS RELEASE - FOR IMMEDIATE RELEASE
12 March 2025

Oakfield Leisure Centre pool to reopen after £1.2m refit

Oakfield Leisure Centre's main pool will reopen to the public on
Saturday 5 April after a six-month refurbishment. The work included a
new roof, changing village and accessible hoist.

Centre manager Lisa Grant said: "We can't wait to welcome swimmers back."

Notes to editors: For more information contact press@oakfieldleisure.example`},
		{"staff incident report", rv31bLeisureT, "incident_report", `OAKFIELD LEISURE CENTRE - ACCIDENT / INCIDENT REPORT FORM

Date: 18/03/2025   Time: 07:32   Location: Main pool, shallow end poolside
Person involved: Mr K. Adams (member)   Age: 64
Reported by: Sam Lee, lifeguard

Description: Customer slipped on the poolside while walking to the steps
and struck the back of his head. He said he felt dizzy.
First aid given: yes - cold compress, head injury checks. Ambulance
called 07:36, arrived 07:51.
Witnesses: J. Price (aqua instructor)
Action taken: area coned off, floor checked. Duty manager informed.
Signed: S. Lee   Duty manager: A. Khan`},
		{"rota e-mail for saturday please", rv31bLeisureT, "staff_rota", `Subject: Rota w/c 24 March - changes

Hi all,

Updated rota attached. Two changes:

Mon   Sam L earlies (was lates), Amy lates
Sat   Kieran moves to 6am open, Jo covers 2-10

For Saturday please can whoever is on open check the plant room log and
the pool test kit is restocked.

Any swaps must go through me, not just between yourselves.

Thanks, Ade (duty manager)`},
		{"customer complaint changing room", rv31bLeisureT, "complaint", `To the Centre Manager,

I am writing to complain about the state of the men's changing rooms.
On at least three occasions this month there has been no hot water in
the showers, the floor has been filthy and there was a strong smell
from the drains. I raised this with reception on 4 March and nothing
has been done.

I pay £42 a month for my membership and expect better. If this
continues I will cancel and ask for a refund of March's fee.

K. Adams, member no. 20331`},
		{"DWP state pension going up letter", rv31bPensionerT, "pension", `Department for Work and Pensions
The Pension Service

Mrs J. Wilson
14 Orchard Close
Hartley

Your State Pension is going up

From 7 April 2025 your State Pension will be £230.25 a week.

                         Now        From 7 April 2025
New State Pension        £221.20    £230.25
Total each week          £221.20    £230.25

We will pay you £921.00 every 4 weeks into your account ending 4412.
You do not need to do anything.`},
		{"bank statement with pension credits", rv31bPensionerT, "bank_statements", `Hartley Building Society - Current Account Statement
Mrs J Wilson   Account 40-12-77 31004412
Statement period 01/04/2025 - 30/04/2025

Date    Description                    Paid out   Paid in   Balance
01 Apr  Balance brought forward                             1,204.17
03 Apr  DD HARTLEY COUNCIL TAX          98.00                1,106.17
08 Apr  DWP SP 4412                               921.00    2,027.17
10 Apr  AVIVA ANNUITY PAYMENT                     312.40    2,339.57
14 Apr  DWP PENSION CREDIT                        96.40     2,435.97
22 Apr  TESCO STORES                    64.18               2,371.79
30 Apr  Balance carried forward                             2,371.79`},
		{"P60 from annuity provider", rv31bPensionerT, "tax", `P60 End of Year Certificate
Tax year to 5 April 2025

Employee's details: Mrs Joan Wilson   National Insurance number: AB 12 34 56 C
Pension payer: Aviva Annuity UK Ltd   PAYE reference: 120/A1234

Pay and Income Tax details
                                   Pay          Tax deducted
In previous employment(s)          £0.00        £0.00
In this employment                 £3,748.80    £749.76
Total for year                     £3,748.80    £749.76

Final tax code: 142L
This is a printed copy of your P60. Keep it in a safe place.`},
		{"council tax bill with reduction line", rv31bPensionerT, "council_tax", `HARTLEY DISTRICT COUNCIL
COUNCIL TAX BILL 2025/26

Mrs J Wilson, 14 Orchard Close, Hartley
Account reference: 60412231   Band: C

Charge for the year 01/04/2025 - 31/03/2026        £1,912.44
Less: Single person discount (25%)                 -£478.11
Less: Council Tax Reduction                        -£312.40
Amount payable                                     £1,121.93

Instalments: 10 monthly payments of £112.20 (first £112.13) by direct
debit on the 1st of each month from April.`},
		{"hmrc tax code notice pensioner", rv31bPensionerT, "tax", `HM Revenue & Customs
PAYE Coding Notice - tax code for 6 April 2025 to 5 April 2026

Mrs J Wilson   National Insurance number AB 12 34 56 C
Employer/pension payer: Aviva Annuity UK Ltd   Reference: 120/A1234

Your tax code is 142L.

Personal Allowance                          £12,570
less State Pension                          £11,973
Amount of income you can have tax free     £597
Tax code 142L

We have used your State Pension from the DWP to reduce your allowance
so that tax on it is collected through your annuity.`},
		// 30ba2b5d: no rule (wrong); right since 3446c732
		{"annuity payment advice", rv31bPensionerT, "pension", `AVIVA
Annuity payment advice

Mrs Joan Wilson   Policy number: AN7743120

Payment date: 10 April 2025
Gross annuity payment      £312.40
Tax deducted (142L)        £62.40
Net payment                £250.00
Paid to: Hartley BS, account ending 4412

Your annuity increases by 3% each April. Your next payment will be on
10 May 2025.`},
		{"annuity quotation", rv31bAdviserT, "annuity_quote", `Legal & General - Lifetime Annuity Quotation
Prepared for: Mr Brian Cole (age 66)   Adviser: Hale Financial Planning
Quote reference: Q-2291837   Guaranteed until: 30 June 2025

Purchase price                          £100,000.00
Income option                           Single life, 3% escalation
Guarantee period                        10 years
Payment frequency                       monthly in arrears
Starting annual income (gross)          £5,412.36

Your annuity increases by 3% each year on the anniversary of the start
date. This quote is based on the health and lifestyle details provided.
To proceed, return the application form before the guarantee date.`},
		{"suitability report annuity advice", rv31bAdviserT, "suitability_report", `Hale Financial Planning
Annuity advice - Suitability Report for Mr Brian Cole
Date: 12 June 2025

1. Your objectives
You told us you want a secure income for life from your Scottish Widows
pension (£132,000) that rises with inflation.

2. Our recommendation
We recommend you take 25% tax-free cash (£33,000) and use the remaining
£99,000 to buy an escalating annuity from Legal & General.

3. Why this is suitable
An annuity gives you a guaranteed income ... We considered drawdown but
you told us you are not comfortable with investment risk.

4. Risks
Once bought, an annuity cannot be changed or cashed in.

Signed: Karen Hale, Chartered Financial Planner`},
		{"annual pension statement", rv31bAdviserT, "pension_statement", `Scottish Widows - Your Annual Pension Statement
Retirement Account   Member: Mr Brian Cole   Plan no: RA4471302
Statement date: 5 April 2025

Value of your plan at 5 April 2024      £124,811.40
Contributions paid                      £3,600.00
Investment growth                       £4,102.55
Charges                                 -£512.05
Value of your plan at 5 April 2025      £132,001.90

Selected retirement age: 66
Transfer value: £132,001.90`},
		{"carers centre newsletter", rv31bCarerT, "carers_centre", `Hartley Carers' Centre - Spring Newsletter

Welcome to our spring newsletter!

Are you missing out?
Many carers don't realise they could get Carer's Allowance - £83.30 a
week if you care for someone 35 hours or more. The person you look
after might be entitled to Attendance Allowance or Personal
Independence Payment, and if you're over pension age, Pension Credit.
Book a free benefits check with Sue on 01632 960 771.

Coffee mornings: every Tuesday 10-12 at the Centre.
Carers' week: 9-15 June - pamper day and afternoon tea.

Hartley Carers' Centre, 4 High Street. Registered charity 1099123.`},
		{"care agency invoice mentions AA", rv31bCarerT, "care_invoices", `BrightCare Homecare Ltd
INVOICE  No. BC-20419   Date: 30/04/2025

Client: Mrs Edna Price   Account: 7781
Bill to: Mr Neil Price

Period 01/04/2025 - 30/04/2025
Morning calls (45 min) x 30 @ £21.50        £645.00
Evening calls (30 min) x 30 @ £15.00        £450.00
Total due                                   £1,095.00

Payment due within 14 days. Bank: 20-44-19 43100877.
Did you know? Attendance Allowance is not means tested and many of
our clients use it towards the cost of care.`},
		{"carers allowance award letter", rv31bCarerT, "benefit_letters", `Department for Work and Pensions
Carer's Allowance Unit

Mr N Price

Carer's Allowance - decision

We have decided you are entitled to Carer's Allowance from 14 April
2025 because you care for Mrs Edna Price for at least 35 hours a week.

You will get £83.30 a week. We will pay you every 4 weeks into your
account ending 0877.

You must tell us if your earnings go above £196 a week after
deductions or if you stop caring.`},
		{"staff notice for friday please", rv31bKitchenT, "staff_notice", `STAFF NOTICE

Big weekend coming up - wedding party of 80 on Friday night.

For Friday please everyone in by 4pm for a briefing with Marco. Black
shirts, clean aprons, no phones on the floor.

The walk-in will be deep cleaned on Monday morning, so no deliveries
until 11.

Thanks all - Sarah (GM)`},
		{"kitchen rota with saturday please", rv31bKitchenT, "rota", `KITCHEN ROTA  w/c 9 June

         Mon    Tue    Wed    Thu    Fri    Sat    Sun
Marco    off    10-10  10-10  10-10  10-11  10-11  off
Jas      8-4    8-4    off    8-4    12-11  12-11  10-6
Tom      off    4-10   4-10   off    4-11   4-11   10-6
Kirsty   8-4    off    8-4    8-4    off    8-4    10-6

For Saturday please note Tom is on pastry all day.`},
		{"diner complaint", rv31bKitchenT, "complaint", `Dear Sir/Madam,

We had dinner at The Bell on Saturday 7 June (table for four, 8pm). I
am sorry to say it was a very poor evening. We waited over an hour for
our mains, two of the steaks were cold and the waiter was rude when we
asked about it.

I would like a partial refund of the £148 we paid, or at least an
apology.

Regards,
Hannah Cole`},
		{"my complaint to council about bonfires", rv31bHomeT, "complaint", `To: Environmental Health, Hartley District Council

Dear Sir or Madam,

I wish to complain about bonfires at 25 Orchard Close. On at least
three occasions in the last month (2, 9 and 16 May) my neighbour has
burned garden and household rubbish in the afternoon. The smoke comes
straight into our house and we have had to close every window. My
husband has COPD.

I have spoken to them politely but this is the third time and nothing
has changed. Please investigate.

Joan Wilson, 14 Orchard Close`},
		{"council nuisance investigation letter", rv31bHomeT, "council", `Hartley District Council - Environmental Health

Occupier
25 Orchard Close

Our ref: EH/NS/25/0412

Dear Occupier,

Complaint of smoke nuisance - garden bonfires

We have received a complaint about smoke from bonfires at your
property. We have not yet decided whether a statutory nuisance exists,
and this letter is to make you aware of the complaint.

Please consider composting or taking waste to the recycling centre.
If this continues, we may monitor the smoke and, if a nuisance is
found, serve an abatement notice under the Environmental Protection
Act 1990.

Yours faithfully,
R. Singh, Environmental Health Officer`},
		{"thank you card to neighbour", rv31bHomeT, "thank_you", `Dear Pat and Geoff,

Thank you so much for keeping an eye on the house while we were away,
and for watering the tomatoes - they're doing better than when we left!
Geoff, thanks too for sorting out the smell from the drain, you're a
star.

Hope you enjoy the wine.

Love, Joan x`},
		{"production meeting agenda", rv31bTheatreT, "agenda", `THE CRUCIBLE - Production meeting
Thursday 6 March, 6.30pm, Green Room

Agenda
1. Set build progress (Dan)
2. Costume fittings - outstanding
3. Lighting plan and hire
4. Get-in and tech schedule
5. Marketing / programme copy deadline
6. Budget update
7. AOB

Please send any additional items to Rachel by Wednesday.`},
		{"rehearsal schedule mentioning prod mtg", rv31bTheatreT, "schedule", `THE CRUCIBLE - Rehearsal schedule, weeks 5-6

Mon 10 Mar   7-10pm   Act 1 run           full company
Tue 11 Mar   7-10pm   Act 2 sc 1-2        Proctors, Abigail, girls
Wed 12 Mar   7-10pm   Act 3 court scene   full company
Thu 13 Mar   6.30pm   Prod mtg (crew only)
             7.30-10  Act 4               principals
Sun 16 Mar   2-6pm    Full run, costumes

Mon 17 Mar   get-in from 6pm
Tue 18 Mar   tech from 7pm`},
		// 30ba2b5d: no rule (wrong); right since 3446c732
		{"prod mtg notes", rv31bTheatreT, "minutes", `Prod mtg 6/3 - notes

Present: Rachel (dir), Dan (set), Priya (costume), Ollie (LX), Sue (SM)

- Set: flats built, painting this weekend. Dan needs 2 more helpers Sat.
- Costume: Abigail + Proctor fittings still to do. Priya to chase.
- LX: hire confirmed from Stage Electrics, collect 17th. Ollie.
- Tech schedule agreed: get-in Mon 17, tech Tue 18, dress Wed 19.
- Programme copy to Sue by 10/3.
- Budget: £240 over on set, Rachel to speak to treasurer.

Next prod mtg Thu 13/3.`},
		{"team mtg notes", rv31bOfficeT, "meeting_notes", `Team mtg notes - 12/6

Attendees: Helen, Priya, Mark, Tom, Aisha

1. Expenses system: Priya demoed; go-live 1 July. All claims from June
   on the new system. Action: Priya to send guide.
2. Q3 targets agreed - see slide deck.
3. Office move: packing crates arrive 20/6. Action: all to clear desks.

Actions
- Priya: user guide by 20/6
- Mark: book removals`},
		{"french bulletin under school_results", rv31bFrenchT, "school_results", `Collège Jean Moulin - Bulletin du 2e trimestre 2024-2025
Élève : Léa Martin   Classe : 4e B

Discipline         Moyenne élève   Moyenne classe   Appréciation
Français           14,5            12,1             Bon trimestre, travail sérieux.
Mathématiques      12,0            11,4             Des progrès, persévérer.
Histoire-Géo       15,0            12,8             Très bien.
Anglais            16,5            13,0             Excellent.
SVT                13,0            12,2             Ensemble satisfaisant.

Moyenne générale : 14,2
Appréciation du conseil de classe : Félicitations.`},
		{"french judo results", rv31bFrenchT, "judo", `Judo Club de Villeneuve - Résultats du tournoi départemental
Dimanche 16 mars 2025 - Gymnase Pierre de Coubertin

Benjamines -40 kg
1re  Léa Martin (JC Villeneuve)
2e   Inès Dubois (Dojo Nord)
3e   Clara Petit (JC Sud)

Benjamins -46 kg
1er  Hugo Bernard (Dojo Nord)
2e   Lucas Martin (JC Villeneuve)

Bravo à tous nos judokas !`},
		{"spanish lab under analysis_results", rv31bSpanishT, "analysis_results", `LABORATORIO CLÍNICO SAN RAFAEL
Paciente: María López García   Fecha de extracción: 14/05/2025
Médico solicitante: Dr. J. Ruiz

Prueba                  Resultado    Valores de referencia
Glucosa                 94 mg/dL     70 - 110
Colesterol total        212 mg/dL    < 200
HDL                     58 mg/dL     > 40
Triglicéridos           130 mg/dL    < 150
Hemoglobina             13,8 g/dL    12 - 16

Orina: sin alteraciones.
Validado por: Dra. P. Gómez`},
		{"german laborbefund under blood_results", rv31bGermanT, "blood_results", `Gemeinschaftspraxis Dr. Weber & Dr. Klein
Laborbefund

Patient: Hans Müller, geb. 12.03.1955
Abnahme: 06.05.2025

Parameter         Ergebnis   Einheit   Referenz
Hämoglobin        14,1       g/dl      13,5 - 17,5
Leukozyten        6,8        /nl       3,9 - 10,2
Kreatinin         1,1        mg/dl     0,7 - 1,3
HbA1c             6,2        %         < 5,7   H
TSH               2,1        mU/l      0,4 - 4,0

Beurteilung: HbA1c leicht erhöht, Kontrolle in 3 Monaten.`},
		{"italian news of incident", rv31bItalianT, "rassegna_stampa", `Bagnante soccorso in piscina, trasportato in ospedale

Un uomo di 58 anni è stato soccorso ieri mattina nella piscina comunale
di via Roma dopo un malore in acqua. Secondo quanto riferito dal
gestore, i bagnini sono intervenuti in pochi secondi e hanno praticato
le prime manovre di rianimazione.

L'uomo è stato trasportato in ospedale dal 118 ed è ora in condizioni
stabili. «Il personale ha agito in modo esemplare», ha detto il
direttore dell'impianto.`},
		{"budget sheet take home", rv31bMoneyT, "budget", `Monthly budget - from June

IN
Take home (Tom)         £2,140
Take home (Kate)        £1,380
Child benefit           £176
Total in                £3,696

OUT
Mortgage                £1,120
Council tax             £168
Energy                  £190
Food                    £600
Car + petrol            £310
Childcare               £640
Savings                 £300
Total out               £3,328

Left over               £368`},
		{"payslip", rv31bMoneyT, "payslips", `Hartley Engineering Ltd - PAYSLIP
Employee: Tom Carr   Employee no: 1042   Tax code: 1257L   NI: QQ123456C
Pay date: 28/05/2025   Period: May

Basic pay            £2,916.67     Income tax      £370.20
Overtime             £112.50       National Ins.   £140.40
                                   Pension         £151.46
Gross pay            £3,029.17     Total deductions £662.06

Net pay              £2,367.11
Paid by BACS`},
		{"show results under show_results", rv31bFarmT, "show_results", `Hartley Agricultural Show 2025 - Cattle Results

Class 12  Holstein cow in milk
1st  Manor Farm Rosie 42      (J. Bell)
2nd  Hill Top Daisy 7         (R. Hart)
3rd  Brook Farm Lily          (S. Cole)

Class 14  Dairy heifer
1st  Hill Top Bella           (R. Hart)
2nd  Manor Farm Poppy         (J. Bell)

Supreme dairy champion: Manor Farm Rosie 42`},
		{"milk recording results", rv31bFarmT, "milk_test_result", `NMR Milk Recording - Herd report
Herd: Manor Farm (J. Bell)   Recording date: 14/05/2025

Cow       Yield kg   Fat %   Protein %   SCC ('000)
42 Rosie  38.4       4.12    3.31        88
17 Poppy  31.0       3.95    3.28        410  H
23 Mabel  27.6       4.40    3.45        120

Herd average SCC: 164 ('000 cells/ml)
Bactoscan: 22`},
		{"MOT certificate under mot_results", rv31bCarT, "mot_results", rv31bMOT + `- Brake disc worn, pitted or scored, but not seriously weakened (1.1.14 (a) (ii))

Testing station: Hartley Motors, V12345   Tester: P. Singh`},
		{"food hygiene revisit report", rv31bFoodT, "inspection_report", `Hartley District Council - Food Safety
Revisit report (requested re-rating)

Premises: The Bell, 1 High Street   FBO: Marco Rossi
Date of visit: 20/05/2025   Officer: R. Singh

Previous rating: 2 (12/02/2025)
Findings: cleaning schedule now in place; hand wash basin in kitchen
provided with hot water; temperature records kept daily; probe
thermometer calibrated.
Outstanding: seal on walk-in chiller door to be replaced.

New food hygiene rating: 4 (Good)`},
		{"fridge temperature log", rv31bFoodT, "temperature_log", `FRIDGE / FREEZER TEMPERATURE RECORD - May 2025

Date   Walk-in (AM)  Walk-in (PM)  Freezer 1  Bar fridge  Initials
01/05  3°C           4°C           -19°C      5°C         MR
02/05  3°C           3°C           -20°C      4°C         JS
03/05  4°C           5°C           -18°C      5°C         MR
04/05  3°C           4°C           -19°C      4°C         TK

If a reading is above 8°C, move food and tell the manager.`},
		{"driving test pass certificate", rv31bLearnerT, "driving_test_result", `DRIVER AND VEHICLE STANDARDS AGENCY
Driving test pass certificate (D10)

Candidate: Ella Matthews   Driver number: MATTH 856129 E99XY
Test centre: Hartley   Date: 14/05/2025   Category: B (manual)

This is to certify that the candidate named above has passed the test
of competence to drive prescribed for the category above.

Driving faults: 4   Serious: 0   Dangerous: 0
Examiner: J. Lane (No. 4412)`},
		{"MOT certificate under mot_test_result", rv31bGarageT, "mot_test_result", rv31bMOT + `
Testing station: Hartley Motors, V12345   Tester: P. Singh`},
		{"staff survey summary", rv31bHRT, "survey_results", `Staff Survey 2025 - Summary of results
Responses: 142 of 188 (76%)

Question                                   Agree   Neutral   Disagree
I feel valued at work                      61%     22%       17%
I have the tools to do my job              74%     15%       11%
My manager gives me useful feedback        58%     25%       17%
I would recommend us as an employer        66%     20%       14%

Main themes from comments: workload in the warehouse, car parking,
more training for new supervisors. Next steps to be agreed at SMT.`},
		{"ultrasound scan report", rv31bMaternityT, "scan_results", `Hartley Hospital - Maternity Ultrasound
Dating scan report

Patient: Sophie Reid   DOB 02/09/1994   Hospital no: H7741230
Date of scan: 03/03/2025   Sonographer: K. Lowe

Single live intrauterine pregnancy.
CRL 62 mm  -> gestation 12 weeks 4 days
EDD by scan: 11/09/2025
Nuchal translucency 1.6 mm
Placenta: posterior, not low

Combined screening result to follow by letter.`},
		{"PTA email for friday please", rv31bPTAT, "parent_emails", `Dear Parents,

Our Summer Fair is this Saturday 21 June, 12-3pm on the school field.

For Friday please could every child bring in a donation for the
tombola (bottles, chocolates, toiletries - anything unopened) and
cakes for the cake stall can come in Saturday morning from 10.

We still need helpers for the BBQ and the welly wanging - sign up sheet
in the office.

Thank you! Hartley Primary PTA`},
		{"returned golf scorecard", rv31bGolfT, "handicap_records", `HARTLEY GOLF CLUB - SCORECARD
Player: B. Cole   Handicap: 14   Date: 17/05/2025   Tees: Yellow
Marker: R. Hart

Hole  1  2  3  4  5  6  7  8  9  Out
Par   4  4  3  5  4  4  3  4  5  36
Score 5  4  4  6  5  4  3  5  6  42

Hole 10 11 12 13 14 15 16 17 18  In
Par   4  3  5  4  4  3  4  5  4  36
Score 5  4  5  5  4  4  5  6  5  43

Gross 85   Net 71
Player's signature: B Cole   Marker's signature: R Hart`},
		{"golf competition results", rv31bGolfT, "competition_results", `HARTLEY GOLF CLUB
Spring Medal - Saturday 17 May - Results

Division 1 (0-12)
1st  R. Hart      (8)   69 net
2nd  P. Lowe      (11)  70 net c/b
Division 2 (13-28)
1st  B. Cole      (14)  71 net
2nd  A. Singh     (22)  72 net

Nearest the pin 7th: J. Bell
Twos: P. Lowe (7th), S. Reid (12th)
CSS 71`},
		{"pension scheme increase letter", rv31bSchemeT, "pension", `Hartley Engineering Pension Scheme
c/o Scheme Administrators

Mr T Carr   Member no: 10428

Pension increase from 1 April 2025

Each year your pension in payment is increased in line with the rules
of the Scheme. From 1 April 2025 your pension will increase by 2.7%.

Annual pension before increase     £8,412.00
Annual pension from 1 April 2025   £8,639.12
Monthly gross payment              £719.93

Tax will continue to be deducted under PAYE.`},
		{"job offer with take home", rv31bMoneyT, "job_offer", `Dear Kate,

Offer of employment - Practice Administrator

Following your interview, I am delighted to offer you the position of
Practice Administrator at Riverside Medical Practice, starting on
1 September 2025.

Salary: £24,500 a year pro rata for 30 hours a week (£19,600 actual),
paid monthly. As a rough guide your take home pay would be about
£1,380 a month after tax and NI.

Please sign and return the enclosed copy to accept this offer.

Yours sincerely,
Dr P. Carter, Partner`},
		{"warehouse incident report", rv31bNewsIncidentT, "incident_report", `INCIDENT REPORT
Site: Hartley DC, Bay 4   Date: 19/05/2025   Time: 14:20
Reported by: Lee Marsh, shift supervisor

What happened: a pallet of flat-pack boxes fell from the second level
of racking while being put away by FLT driver D. Cole. No one was
hurt. The driver said the pallet had been overhanging the beam.
Immediate action: aisle closed, area cleared, racking checked.
Root cause: damaged pallet, not spotted at goods in.
Actions: toolbox talk on pallet checks (LM, 21/05).`},
		{"bank letter please have ready", rv31bBusinessT, "bank", `Hartley Bank plc
Business Banking

Mr R Shah, Shah Landscapes
Sort code 40-12-77   Account 31004412

Important changes to your business account

From 1 August 2025 the monthly fee for your Business Current Account
will change from £6.50 to £8.50, and cash paid in at the Post Office
will cost 0.7% of the amount.

If you would like to talk about which account suits you best, call us
on 0345 600 1234. When you call, please have ready your sort code and
account number.

Hartley Bank plc`},
		{"members event notice have ready", rv31bVenueT, "member_notices", `HARTLEY SOCIAL CLUB - MEMBERS' NOTICE

Quiz night and curry - Friday 27 June, 7.30pm

Tickets £12 (members) / £15 (guests) from the bar. For Friday please
make sure you bring your ticket - we are expecting a full house and
the door will be busy. Please have ready your membership card to show
on the door.

Teams of up to 6. Prizes for the top three teams!

The Committee`},
		{"road crew incident report", rv31bHighwaysT, "incident_report", `INCIDENT REPORT - Highways Maintenance
Crew: Gang 3 (supervisor M. Lowe)   Date: 18/05/2025   Time: 15:40
Location: A31 westbound, j/w Mill Lane

Called by police to attend RTC. Carriageway closed 15:45-19:30.
Debris and glass cleared, 40m of kerb damaged, one lamp column hit
and made safe. Diesel spill treated with absorbent.
Crew said traffic management was set up before police left.
Follow-up: lamp column replacement ordered (WO 55120).`},
		{"darts league result sheet", rv31bPubT, "darts_results", `HARTLEY & DISTRICT DARTS LEAGUE - RESULT SHEET
Date: 15/05/2025   Home: The Bell A   Away: Red Lion B

Singles (501)
1  J. Cole     2-1  P. Hart
2  M. Reid     0-2  S. Lowe
3  D. Bell     2-0  K. Singh
4  T. Grant    2-1  A. Moss
Pairs
5  Cole/Reid   1-2  Hart/Lowe
6  Bell/Grant  2-0  Singh/Moss

Legs: Home 9  Away 6   Result: The Bell A 4 - 2 Red Lion B
180s: S. Lowe (1)   High finish: D. Bell 121
Home captain: J. Cole   Away captain: P. Hart`},
		{"quiz night scores", rv31bPubT, "quiz_results", `The Bell Quiz Night - Thursday 12 June - SCORES

Team                        R1  R2  R3  R4  Pic  Total
Quizteama Aguilera          8   9   7   9   10   43
The Bell Ends               9   7   8   8   9    41
Universally Challenged      7   8   9   6   8    38
Les Quizerables             6   7   7   8   7    35

Winners: Quizteama Aguilera (£40 bar tab)
Jackpot question not won - rolls over to £120 next week.`},
		{"sports day results", rv31bPrimaryT, "sports_day_results", `Hartley Primary School - Sports Day 2025 - Results

House points
1st  Oak      214
2nd  Ash      198
3rd  Beech    187
4th  Willow   176

Year 6 sprint: 1st Oliver Grant, 2nd Maya Reid, 3rd Sam Lowe
Year 5 sack race: 1st Evie Bell, 2nd Jack Hart
Parents' race: 1st Mr Singh

Thank you to the PTA for the refreshments!`},
		{"dutch lab results letter", rv31bDutchMedT, "bloeduitslagen", `Huisartsenpraktijk De Linde
Uitslagen laboratoriumonderzoek

Patiënt: J. de Vries, geb. 14-03-1961
Afname: 06-05-2025

Bepaling          Uitslag    Eenheid   Referentie
Hemoglobine       8,9        mmol/l    8,5 - 11,0
Glucose nuchter   6,4        mmol/l    4,0 - 6,0   H
Cholesterol       5,8        mmol/l    < 6,5
Kreatinine        84         umol/l    60 - 110

Toelichting huisarts: glucose licht verhoogd, controle over 3 maanden.`},
	})
}
