package scorer

import "testing"

// Review 38c of 60fd3e9c (verbatim transcripts and subtitle files as
// kinds; a type's name that two unrelated kinds share narrowed to the
// kind its description says; tax return and job sheet names; a number
// before a column gap). The first test's cases were right on 9d14d694
// and are wrong on 60fd3e9c; the second's are right on 60fd3e9c and
// should stay right. Narrowed after it: "certified transcript" and the
// words "certified" and "examination" are no verbatim transcript's
// ("examination" is a school transcript's word), a bare "engineer's
// report" no job sheet's (a structural engineer's report is a
// surveyor's), and a grant application is a kind of proposal, so that
// "grant proposal" names a kind and its genus, not two senses.

var (
	review38cAdmissions = []Rule{
		{Type: "transcript", Description: "Official or certified transcripts from the applicant's previous school or university: courses, grades, credits, GPA."},
		{Type: "recommendation_letter", Description: "Letters of recommendation written by a teacher, professor or employer about the applicant."},
		{Type: "application_form", Description: "The completed application form."},
		{Type: "language_test", Description: "English test score reports: IELTS, TOEFL, Duolingo, Cambridge."},
		{Type: "id_document", Description: "Passport or national ID card copy."},
		{Type: "financial_evidence", Description: "Bank statements or sponsor letters showing funds for tuition and living costs."},
	}
	review38cParent = []Rule{
		{Type: "transcript", Description: "transcripts"},
		{Type: "school_letter", Description: "letters from school"},
		{Type: "invoice", Description: "bills"},
		{Type: "medical", Description: "doctor / dentist stuff"},
		{Type: "certificate", Description: "certificates"},
	}
	review38cExams = []Rule{
		{Type: "transcript", Description: "University examination results and academic records (certified copies)."},
		{Type: "payslip", Description: "Monthly payslips"},
		{Type: "tenancy", Description: "Tenancy agreement and letters from the landlord"},
		{Type: "bank_statement", Description: "Bank statements"},
		{Type: "certificate", Description: "Degree certificates and diplomas"},
	}
	review38cReporter = []Rule{
		{Type: "transcript", Description: "A verbatim record of a hearing, deposition or meeting that I reported - rough draft or certified."},
		{Type: "invoice", Description: "My invoices to law firms and courts for reporting and transcript fees."},
		{Type: "job_booking", Description: "Booking confirmations from agencies or firms for a reporting job (date, venue, case)."},
		{Type: "court_document", Description: "Orders, notices of hearing and other papers issued by a court or tribunal."},
		{Type: "cpd", Description: "Certificates of completion for training courses and CPD."},
	}
	review38cResearcher = []Rule{
		{Type: "transcript", Description: "Interview transcripts for my thesis (word for word, with speaker labels)."},
		{Type: "field_notes", Description: "My own notes written after an interview or site visit - summaries and reflections, not word for word."},
		{Type: "consent_form", Description: "Signed participant consent forms."},
		{Type: "ethics_approval", Description: "Letters from the university ethics committee"},
		{Type: "invoice", Description: "Invoices from the transcription service"},
	}
	review38cClerk = []Rule{
		{Type: "minutes", Description: "Minutes of full council and committee meetings"},
		{Type: "agenda", Description: "Agendas and summons to meetings"},
		{Type: "transcript", Description: "Transcripts of meetings typed up from the recording, word for word"},
		{Type: "planning", Description: "Planning applications and decisions from the district council"},
		{Type: "invoice", Description: "Invoices to the council from contractors"},
		{Type: "correspondence", Description: "Letters and e-mails from residents"},
	}
	review38cPodcast = []Rule{
		{Type: "transcript", Description: "episode transcripts"},
		{Type: "show_notes", Description: "Show notes for an episode: summary, guest bio, links, timestamps"},
		{Type: "sponsor_contract", Description: "Sponsorship agreements and insertion orders from advertisers"},
		{Type: "invoice", Description: "invoices"},
		{Type: "guest_release", Description: "Guest release / consent forms"},
	}
	review38cHR = []Rule{
		{Type: "interview_notes", Description: "Panel notes and scores from job interviews"},
		{Type: "transcript", Description: "Transcripts of recorded disciplinary and grievance hearings"},
		{Type: "job_description", Description: "Job descriptions and person specifications"},
		{Type: "offer_letter", Description: "Offer letters"},
		{Type: "fit_note", Description: "Fit notes from a GP"},
	}
	review38cFamily = []Rule{
		{Type: "chat_export", Description: "Exported WhatsApp or text message conversations"},
		{Type: "transcript", Description: "Transcripts from the family court hearings"},
		{Type: "court_order", Description: "Court orders"},
		{Type: "letter", Description: "Letters from solicitors or Cafcass"},
		{Type: "school_report", Description: "The children's school reports"},
	}
	review38cVideo = []Rule{
		{Type: "quote", Description: "Quotes I send to clients for shoots and edits"},
		{Type: "invoice", Description: "Invoices (mine and freelancers')"},
		{Type: "subtitle_file", Description: "Subtitle / caption files (SRT, VTT) for delivered films"},
		{Type: "transcript", Description: "Interview transcripts used for the edit"},
		{Type: "client_feedback", Description: "Clients' notes and change requests on a cut"},
		{Type: "release_form", Description: "Signed release forms from people filmed"},
		{Type: "edl", Description: "Edit decision lists and timeline exports from Premiere/Resolve"},
	}
	review38cClub = []Rule{
		{Type: "rota", Description: "Volunteer rotas"},
		{Type: "timetable", Description: "Bus and train timetables"},
		{Type: "race_results", Description: "Results from parkrun and club races"},
		{Type: "call_log", Description: "Call logs exported from the office phone system"},
		{Type: "subtitle_file", Description: "caption files for our club videos"},
	}
	review38cTax2 = []Rule{
		{Type: "tax_return", Description: "tax return"},
		{Type: "payment_reminder", Description: "reminders to pay something overdue"},
		{Type: "tax_calculation", Description: "SA302 / tax calculation"},
		{Type: "bank_statement", Description: "bank statements"},
	}
	review38cRepairs = []Rule{
		{Type: "job_sheet", Description: "Job sheets / work orders filled in by the engineer at a repair visit"},
		{Type: "quote", Description: "Quotes and estimates for work"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "manual", Description: "Instruction manuals and installation guides"},
		{Type: "survey_report", Description: "Surveys and structural reports on the house"},
		{Type: "insurance", Description: "Letters from the insurer about claims"},
		{Type: "letter", Description: "Other letters"},
	}
	review38cWerkstatt = []Rule{
		{Type: "auftrag", Description: "Werkstattaufträge und Reparaturberichte der Werkstatt"},
		{Type: "rechnung", Description: "Rechnungen"},
		{Type: "kostenvoranschlag", Description: "Kostenvoranschläge"},
		{Type: "tuev", Description: "TÜV-Berichte / Hauptuntersuchung"},
	}
	review38cTreasurer = []Rule{
		{Type: "invoice", Description: "Invoices from suppliers"},
		{Type: "order_confirmation", Description: "Order confirmations from online shops"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "bank_statement", Description: "Bank statements"},
		{Type: "cash_book", Description: "Our cash book / ledger pages (monthly)"},
		{Type: "price_list", Description: "Suppliers' price lists"},
	}
	review38cPrint = []Rule{
		{Type: "quote", Description: "Quotes for print jobs"},
		{Type: "invoice", Description: "Invoices to customers"},
		{Type: "price_list", Description: "Our price list and trade price lists from suppliers"},
		{Type: "artwork_proof", Description: "Proofs sent to customers for sign-off"},
		{Type: "complaint", Description: "Customer complaints"},
	}
	review38cSite = []Rule{
		{Type: "work_permit", Description: "Permits to work issued on site: hot work, confined space, working at height"},
		{Type: "risk_assessment", Description: "Risk assessments and method statements (RAMS)"},
		{Type: "toolbox_talk", Description: "Toolbox talk records"},
		{Type: "incident", Description: "Accident and near miss reports"},
	}
	review38cLab = []Rule{
		{Type: "paper", Description: "Research papers and preprints"},
		{Type: "grant", Description: "Grant applications and award letters"},
		{Type: "invoice", Description: "Invoices from suppliers"},
		{Type: "transcript", Description: "Transcripts of the lab's recorded seminars and talks"},
	}
)

// Right on 9d14d694, wrong on 60fd3e9c: "certified transcripts" names
// only the verbatim kind, so a registrar's transcript rule loses the
// school kind; "examination" and "certified" are the verbatim kind's
// words, so "University examination results ... (certified copies)"
// means a hearing's record; "engineer's report" names a job sheet, so a
// structural engineer's report is one; "grant proposal" names a
// proposal and a grant application, and "Proposals we send to funders"
// keeps only the proposal.
func TestReview38cRegressions(t *testing.T) {
	runClassifyCases(t, []ownCase{
		{"adm-univ-transcript", review38cAdmissions, "transcript", `UNIVERSITAS GADJAH MADA
Faculty of Economics and Business
ACADEMIC TRANSCRIPT

Name: Putri Ayu Lestari            Student No.: 18/426613/EK/21877
Programme: Bachelor of Accounting  Date of Admission: 01 August 2018

Semester 1 (2018/2019)
Code      Course                              Credits   Grade
EKA101    Introduction to Accounting I          3         A
EKM102    Microeconomics                        3         A-
UNU105    English for Academic Purposes         2         B+

Semester 2 (2018/2019)
EKA103    Introduction to Accounting II         3         A
EKM104    Macroeconomics                        3         B+

Total credits earned: 146        Cumulative GPA: 3.71 / 4.00
Date of graduation: 24 August 2022

Vice Dean for Academic Affairs
(signature and seal)`},
		{"adm-report-card", review38cAdmissions, "transcript", `Colegio San Ignacio de Loyola - Asunción
INFORME DE CALIFICACIONES / REPORT OF GRADES
Alumno: Mateo Benítez Ruiz        Curso: 3.º de la Media (Year 12)
Año lectivo 2023

Asignatura                1.ª etapa   2.ª etapa   Final
Matemática                    4           5          5
Lengua Castellana             4           4          4
Física                        3           4          4
Inglés                        5           5          5
Escala: 1 (insuficiente) a 5 (excelente)

Asistencia: 96 %
Observaciones: Alumno responsable y participativo.
Promovido al curso siguiente.`},
		{"exams-statement-of-results", review38cExams, "transcript", `UNIWERSYTET WROCŁAWSKI
Wydział Prawa, Administracji i Ekonomii

Student: Anna Kowalczyk          Nr albumu: 301442
Kierunek: Prawo, studia jednolite magisterskie, rok 3

Wykaz ocen - semestr zimowy 2023/2024

Przedmiot                              ECTS   Ocena
Prawo cywilne - część ogólna             8     4,5
Prawo karne materialne                   7     4,0
Postępowanie administracyjne             5     5,0
Język angielski prawniczy                3     4,5

Średnia ważona: 4,43
Wrocław, 12.03.2024           Dziekanat`},
		{"rep-structural-engineer", review38cRepairs, "survey_report", `ALDRIDGE STRUCTURAL CONSULTANTS
Structural Engineer's Report
Property: 27 Beech Road, Kettering NN15 7AB        Client: Mr & Mrs Dean
Date of inspection: 6 March 2025                   Ref: ASC/25/114

1. Introduction: We were asked to inspect cracking to the rear elevation noted in the
   buyer's survey.
2. Observations: Stepped cracking up to 3mm through the brickwork above the kitchen
   window; no distortion of the frame; floors level.
3. Conclusions: The cracking is consistent with historic settlement and is not
   progressive. Category 2 (BRE Digest 251).
4. Recommendations: Rake out and repoint; monitor for 12 months. No underpinning needed.

D. Aldridge CEng MIStructE`},
		{"grant-application-form", []Rule{
			{Type: "grant_proposal", Description: "Proposals we send to funders"},
			{Type: "budget", Description: "Project budgets and cash flow forecasts"},
			{Type: "monitoring_report", Description: "End of grant and monitoring reports to funders"},
			{Type: "minutes", Description: "Trustee meeting minutes"},
			{Type: "invoice", Description: "Invoices"},
		}, "grant_proposal", `Northfield Community Fund Small Grants - Application form

Organisation: Ashby Community Larder (CIO 1187766)
Project title: Cook and Eat Together
Amount requested: £9,850        Project start: 01/09/2025      Length: 12 months

1. What would you like to do?
We will run weekly cooking sessions for 20 families who use the larder, teaching cheap,
healthy meals, and send every family home with the ingredients.
2. How does your project meet the funding priorities?
It brings people together and supports people facing the cost of living crisis.
3. Budget: sessional chef £4,200; ingredients £3,900; hall hire £1,250; equipment £500.`},
	})
}

// Right on 60fd3e9c (the first seven wrong on 9d14d694): keep them so.
func TestReview38cKeeps(t *testing.T) {
	runClassifyCases(t, []ownCase{
		{"rep-deposition", review38cReporter, "transcript", `                UNITED STATES DISTRICT COURT
                NORTHERN DISTRICT OF ILLINOIS

MARIA ESPINOZA,                    )
          Plaintiff,               )
     vs.                           )   No. 1:23-cv-04417
LAKESHORE LOGISTICS, INC.,         )
          Defendant.               )

     The videotaped deposition of DANIEL R. HOLT, taken before Karen A. Lutz, CSR,
on March 4, 2025, at 10:02 a.m.

BY MS. ALVAREZ:
     Q.  Mr. Holt, where were you employed in June of 2022?
     A.  Lakeshore Logistics, at the Joliet warehouse.
     Q.  What was your job title?
     A.  Shift supervisor, second shift.
     Q.  Did you see Ms. Espinoza on the night of June 9th?
          MR. BRANDT:  Objection, form.
     A.  I saw her at the start of the shift, yes.`},
		{"res-interview-transcript", review38cResearcher, "transcript", `Participant P07 - Interview 2 - 14 February 2025 - 52 minutes
Interviewer: SB

SB: Thanks for coming back. Last time you talked about moving to the night shift.
P07: Yeah. So I did move in the end. It was the money really, the enhancement.
SB: And how has that been?
P07: Honestly? Harder than I thought. [pause] You don't see your kids. You sleep in
the day, you're up at three, you get them from school half asleep.
SB: Mm. Does anyone help with that?
P07: My mum, some days. [laughs] When she's talking to me.`},
		{"clerk-verbatim", review38cClerk, "transcript", `Little Hadham PC - Full Council 4 March 2025 - public participation (from the recording,
typed word for word, 7:34pm - 7:41pm)

CHAIR (Cllr Hughes): Right, public participation. Three minutes each please. Yes, sir.
RESIDENT 1 (Mr Osei): Thank you. I live on Station Road. Last week a van did, what,
fifty past the school? In a thirty. Somebody's going to get killed.
CHAIR: I hear you. We've asked the county for a SID.
MR OSEI: A what?
CHAIR: Sorry - a speed indicator device. The flashing sign.
RESIDENT 2 (Ms Lane): Can I just add to that - [inaudible] - the crossing too.
CHAIR: Thank you. We'll take that under item nine.`},
		{"hr-hearing-transcript", review38cHR, "transcript", `Grievance hearing - Mr D. Carr - 18 February 2025 - transcript of audio recording
Present: Alison Kerr (Chair, HR Manager), Rob Mills (note taker), Darren Carr (employee),
Sue Blake (companion, Unison)

AK: This hearing is being recorded, Darren, as we agreed. Is that still okay?
DC: Yes, that's fine.
AK: Thank you. So you raised a grievance on the fifth about your rota. Do you want to
start by telling us in your own words what happened?
DC: Basically, I've been put on every weekend since Christmas. Every single one.
SB: And he's asked twice for that to be looked at, in writing.
AK: Okay. I've seen the emails. Darren, did anyone explain why?`},
		{"video-srt", review38cVideo, "subtitle_file", `1
00:00:02,100 --> 00:00:05,400
I didn't think I'd ever come back here.

2
00:00:06,000 --> 00:00:08,750
My grandfather ran this mill for forty years.

3
00:00:09,200 --> 00:00:12,900
[MACHINERY RUMBLING]

4
00:00:13,500 --> 00:00:16,100
You can still smell the wool.`},
		{"club-srt", review38cClub, "subtitle_file", `1
00:00:00,800 --> 00:00:03,000
Welcome to Riverside Runners!

2
00:00:03,400 --> 00:00:06,200
We meet every Saturday at 8:30 by the boathouse.

3
00:00:06,600 --> 00:00:09,000
All paces welcome - nobody gets left behind.`},
		{"reporter-careful-school-doc", []Rule{
			{Type: "transcript", Description: "Verbatim transcripts of hearings and depositions, speaker by speaker. Not school transcripts or grade reports."},
			{Type: "invoice", Description: "Invoices"},
			{Type: "school", Description: "Anything from my son's school: letters, reports, transcripts of grades"},
			{Type: "letter", Description: "Letters"},
		}, "school", `Patrick Henry High School - Unofficial Transcript
Student: Diego Lutz       Grade: 11       Counselor: Ms. Ortega

Course                        Sem 1   Sem 2   Credits
English 11 Honors               A       A-      10
AP US History                   B+      A       10
Algebra II / Trig               B       B+      10
Chemistry                       A-      A       10

Cumulative GPA (weighted): 4.12      Credits earned: 170`},
		{"reporter-careful-verbatim", []Rule{
			{Type: "transcript", Description: "Verbatim transcripts of hearings and depositions, speaker by speaker. Not school transcripts or grade reports."},
			{Type: "invoice", Description: "Invoices"},
			{Type: "school", Description: "Anything from my son's school: letters, reports, transcripts of grades"},
			{Type: "letter", Description: "Letters"},
		}, "transcript", `SUPERIOR COURT OF CALIFORNIA, COUNTY OF SAN DIEGO
People v. Reyes, No. SCD298812 - Reporter's Transcript, Vol. 2, pp. 201-203

THE COURT: Be seated. We're back on the record in People versus Reyes. All jurors present.
MR. KHAN: Thank you, Your Honor. The People call Officer Linda Tran.
THE CLERK: Raise your right hand. Do you solemnly state the testimony you give...
THE WITNESS: I do.
DIRECT EXAMINATION BY MR. KHAN:
Q. Officer Tran, where were you at about 11 p.m. on January 3rd?
A. On patrol, on El Cajon Boulevard.`},
		{"rep-tribunal-transcript", review38cReporter, "transcript", `EMPLOYMENT TRIBUNALS
Case No: 2301456/2024
Mr J Barker v Coastal Care Homes Ltd

Transcript of proceedings - Day 2, Tuesday 8 October 2024
Before: Employment Judge Harding, sitting alone

EMPLOYMENT JUDGE: Good morning. Mr Lowe, I think you were about to call your next witness.
MR LOWE: Yes, sir. I call Mrs Sandra Pike.
(The witness was sworn)
MR LOWE: Mrs Pike, is this your witness statement, and are its contents true?
MRS PIKE: Yes, it is.
EMPLOYMENT JUDGE: Thank you. Ms Adeyemi, do you have questions?
MS ADEYEMI: I do, sir. Mrs Pike, you were the claimant's line manager from March 2022?
MRS PIKE: From April, I think.`},
		{"pod-transcript", review38cPodcast, "transcript", `Episode 84 - The Allotment Economy - full transcript

JO: Welcome back to Muddy Boots. I'm Jo, and today I've got an actual economist in the
shed with me. Fern, hello.
FERN: Hello! It's quite a small shed.
JO: It is a small shed. [laughter] So, first question. What is an allotment worth?
FERN: Well, it depends who you ask. If you ask the council, it's a cost. If you ask
the people on it, it's - I mean, it's priceless, isn't it?
JO: But you've actually tried to put a number on it.
FERN: I have. About eleven hundred pounds a year, for a full plot, in food alone.`},
		{"video-interview-timecodes", review38cVideo, "transcript", `Teifi Mill - Interview with Gareth Price - Card A001 - transcribed for edit

[00:00:14] OWEN: Whenever you're ready. Just tell me who you are.
[00:00:18] GARETH: Gareth Price. I'm, er, the third Price to run the mill.
[00:00:31] OWEN: What's your first memory of the place?
[00:00:35] GARETH: The noise. You couldn't hear yourself think. My father used to
talk with his hands, because nobody could hear anybody.
[00:01:02] OWEN: And now?
[00:01:04] GARETH: Now it's quiet. Too quiet some days. [laughs]`},
		{"video-vtt", review38cVideo, "subtitle_file", `WEBVTT
Kind: captions
Language: cy

00:00.500 --> 00:03.200
Croeso i Felin Teifi.

00:03.800 --> 00:07.100
Mae'r felin wedi bod yma ers 1890.

00:07.600 --> 00:10.000
Dewch i mewn.`},
		{"clerk-minutes", review38cClerk, "minutes", `LITTLE HADHAM PARISH COUNCIL
Minutes of the meeting of the Full Council held on Tuesday 4 March 2025 at 7.30pm
in the Village Hall

Present: Cllr P Hughes (Chair), Cllr R Shah, Cllr M Allen, Cllr T Dobson
In attendance: Mrs K Reid (Clerk), 6 members of the public

25/031 Apologies: Cllr L Grant (work).
25/032 Declarations of interest: none.
25/033 Public participation: a resident raised speeding on Station Road. Cllr Hughes said
the council would ask for the speed indicator device to be moved.
25/034 Finance: payments of £1,242.60 were approved (proposed Cllr Shah, seconded Cllr Allen,
all in favour).
The meeting closed at 9.05pm.                          Signed ........ Chair`},
		{"pod-show-notes", review38cPodcast, "show_notes", `Episode 84 - "The Allotment Economy" with Dr Fern Aldous

This week Jo talks to economist and lifelong grower Fern Aldous about what allotments
are really worth, why waiting lists are ten years long, and how one Sheffield site
feeds forty families.

Timestamps
(00:00) Intro and listener mail
(03:12) Fern's first plot, 1994
(17:45) What is a courgette glut worth?
(32:30) Waiting lists and what councils could do
(48:10) Quickfire: favourite tool, worst pest

Links: Fern's book "Plot Value" (Greenleaf Press) - National Allotment Society - our Patreon
Thanks to our sponsor, Rootstock Seeds: 15% off with code PLOT15.`},
		{"res-field-notes", review38cResearcher, "field_notes", `Field notes - Site visit, Riverside distribution centre, 19 Feb 2025

Arrived 21:40 for shift change. Break room busy, about 30 people; most on phones.
Spoke briefly with two team leaders (not participants). Both said turnover on nights is
"constant" - one estimated half the agency staff leave within a month.

Reflections: the rota board is the centre of the room; people check it before they sit
down. Follow up with P07 about swapping shifts informally - she hinted at this in
interview 2. Possible theme: informal care networks vs. formal rota.`},
		{"res-transcription-invoice", review38cResearcher, "invoice", `Way With Words Transcription Ltd
Invoice INV-88412          Date: 03/03/2025

To: Sarah Bennett, School of Sociology, University of Bristol

Transcription of interview recordings (intelligent verbatim, 2 speakers)
  P05 - 47 min, P06 - 61 min, P07 - 52 min   160 min @ £1.10/min     £176.00
Turnaround: standard (5 working days)                                  £0.00
Subtotal £176.00    VAT 20% £35.20    Total due £211.20

Payment within 30 days to Sort code 20-00-00 Account 12345678.`},
		{"rep-invoice", review38cReporter, "invoice", `Karen A. Lutz, CSR, RPR
Certified Shorthand Reporter - 118 W. Jackson Blvd, Chicago IL 60604

INVOICE No. 2025-0311                       Date: March 11, 2025
Bill to: Alvarez & Stone LLP, 200 S. Wacker Dr, Chicago IL 60606
Re: Espinoza v. Lakeshore Logistics - Deposition of Daniel R. Holt, 3/4/2025

Appearance fee (half day)                              $150.00
Original certified transcript, 142 pages @ $4.25       $603.50
Rough draft, 142 pages @ $1.50                          $213.00
Exhibits, scanned and linked                            $  35.00
                                              TOTAL     $1,001.50

Payment due within 30 days. Tax ID 36-XXXXXXX. Thank you!`},
		{"lab-paper-transcription", review38cLab, "paper", `Abstract
The transcription factor FOXO3 regulates stress resistance in many tissues, but its role
in adult neural stem cells remains unclear. Here we show, using single-cell RNA-seq of
the mouse subventricular zone, that FOXO3 loss shifts quiescent stem cells towards
activation and depletes the pool with age. Chromatin accessibility profiling identifies
1,214 FOXO3-bound enhancers, enriched near genes of lipid metabolism. Transcription of
these genes falls by 40% in FOXO3-null cells.

Keywords: FOXO3; neural stem cells; quiescence; transcription; ageing

1. Introduction
Adult neurogenesis persists in two niches of the rodent brain...`},
		{"video-quote-subtitles", review38cVideo, "quote", `RED KITE FILMS - QUOTE Q-2025-019
For: Teifi Mill Ltd, Dre-fach Felindre          Date: 10 February 2025

Half-day interview shoot (2 cameras, lav + boom)                    £650.00
Drone footage (licensed operator, 2 flights)                         £280.00
Edit: 4-minute brand film, two rounds of changes                     £900.00
Subtitles: English and Welsh, burned-in + separate SRT files         £180.00
Music licence (Artlist)                                              £0.00
                                                           Total   £2,010.00

Valid for 30 days. 50% deposit to book the shoot date.`},
		{"club-call-log", review38cClub, "call_log", `Horizon PBX - call detail export - ext 201 (Office) - 03/03/2025

14:02:11.123 --> 14:05:40.870   outbound   07700 900123   answered   3m29s
14:20:03.560 --> 14:20:31.004   inbound    01632 960555   answered   0m27s
15:11:47.902 --> 15:11:59.300   inbound    withheld       missed     -
16:45:00.010 --> 16:52:18.650   outbound   01632 960811   answered   7m18s

Total calls: 4   Answered: 3   Talk time: 11m14s`},
		{"club-rota", review38cClub, "rota", `Riverside Runners - Saturday volunteer rota - March 2025

Sat 1 Mar   08:15 -> 09:45   Run director: Mike   Timekeeper: Jan    Tail walker: Ruth
Sat 8 Mar   08:15 -> 09:45   Run director: Sue    Timekeeper: Dave   Tail walker: Priya
Sat 15 Mar  08:15 -> 09:45   Run director: Mike   Timekeeper: Ellie  Tail walker: Tom
Sat 22 Mar  08:15 -> 09:45   Run director: Sue    Timekeeper: Jan    Tail walker: needed!

Swaps: message Sue on the WhatsApp group.`},
		{"rep-appliance-engineer-report", review38cRepairs, "job_sheet", `HOMESERVE APPLIANCE REPAIRS
ENGINEER'S REPORT                         Visit ref: HS-5521873     Date: 18/03/2025
Customer: Mrs R Dean, 27 Beech Road, Kettering
Appliance: Bosch WAN28281GB washing machine, 6 yrs

Fault reported: not draining, error E18
Diagnosis: drain pump blocked with coins and a hair grip; pump impeller damaged
Work done: pump replaced, filter cleaned, test wash run - OK
Parts: drain pump 00145787 x1          Labour: 45 min
Engineer: S. Kaur                       Customer signature: R. Dean`},
		{"rep-vehicle-engineer-report", review38cRepairs, "insurance", `Motor Claims Assessors Ltd - on behalf of Aviva Insurance
ENGINEER'S REPORT                              Claim ref: MC-7781204
Vehicle: Ford Fiesta 1.0 Titanium, KX19 LMO     Mileage: 48,212
Inspected at: Dean Motors, Kettering, 10/03/2025

Damage: front offside impact; bumper, headlamp, wing, bonnet, radiator pack, offside
suspension arm and subframe.
Estimated repair cost: £7,180.40 (parts £4,310.00, labour 38 hrs, paint £690.00)
Pre-accident value: £6,450.00
Recommendation: uneconomical to repair - Category S structural total loss.
Assessor: J. Whitlock, IMI accredited`},
		{"rep-job-sheet", review38cRepairs, "job_sheet", `KETTERING HEATING & PLUMBING - JOB SHEET 22014
Date: 07/03/2025    Engineer: Lee M.    Customer: Mr Dean, 27 Beech Road

Reported fault: no hot water, boiler locking out (EA 227)
Work carried out: checked gas pressure 20mbar OK; ignition electrode worn and fouled,
replaced; cleaned condensate trap. Boiler fired, ran 20 mins. Flue analysis 8.9% CO2.
Parts used: ignition electrode 87161066870 x1
Time on site: 1.5 hrs
Advice: boiler 14 yrs old, heat exchanger corroded - quote to follow for replacement.
Customer signature: R. Dean`},
		{"de-werkstattauftrag", review38cWerkstatt, "auftrag", `Autohaus Brenner GmbH - Werkstattauftrag Nr. 2025-0816
Kunde: Frau Inge Weber, Lindenstr. 12, 72764 Reutlingen
Fahrzeug: VW Golf VII, RT-IW 412, km-Stand 128.440
Annahme: 17.03.2025, 07:45     Fertig: 17.03.2025, 16:00

Auftrag: Bremsen vorne quietschen, Inspektion nach Herstellervorgabe
Ausgeführte Arbeiten: Inspektion durchgeführt; Bremsbeläge und -scheiben VA erneuert;
Wischerblätter ersetzt.
Mechaniker: T. Koch      AW: 32
Unterschrift Kunde: I. Weber`},
		{"rep-insurer-letter", review38cRepairs, "insurance", `Aviva Insurance Ltd - Motor Claims
Claim number: MC-7781204                          12 March 2025

Dear Mrs Dean,

Your claim for the damage to your vehicle (KX19 LMO)

Following the engineer's report on your vehicle, we have decided that the cost of repair
is more than its market value. Your car is therefore a total loss (Category S). We will
offer you £6,450, less your £250 excess. We enclose a copy of the engineer's report for
your records. If you accept, please return the signed form and your V5C.

Yours sincerely, Claims Team`},
		{"tax-reminder-sa303", review38cTax2, "payment_reminder", `HM Revenue & Customs
Self Assessment: payment reminder                          Date: 14 February 2025
UTR: 12345 67890

Dear Mr Okoro,

Our records show that £3,380.40 due on 31 January 2025 is still unpaid. Please pay now
to stop further interest building up. If you do not pay within 30 days of the due date
we will charge a late payment penalty of 5%.

If your income has fallen, you may be able to reduce your payments on account - see
SA303 'Claim to reduce payments on account' at www.gov.uk.

Yours sincerely, HMRC`},
		{"tax-sa302", review38cTax2, "tax_calculation", `SA302  Tax calculation                              Tax year 6 April 2023 to 5 April 2024
Mr P Okoro   UTR 12345 67890

Income
Profit from self-employment                                     16,596.00
Pay from employments                                            12,300.00
Total income received                                           28,896.00
minus Personal Allowance                                       -12,570.00
Total income on which tax has been charged                      16,326.00

Income Tax: 16,326.00 @ 20%                                      3,265.20
Class 4 National Insurance: 4,026.00 @ 9%                          362.34
Total tax, Class 4 and Class 2 NI due                            3,627.54`},
		{"treas-order-confirmation", review38cTreasurer, "order_confirmation", `Thank you for your order!
Order #WS-448120 - placed 04/03/2025 - Office Supplies Direct

Qty      Item                                           Price
12       Invoice books, duplicate A5                    £38.40
6        Receipt books, carbonless                      £14.70
2        Petty cash voucher pads                         £5.10
1        Box files (pack of 10)                         £17.99
                                          Subtotal      £76.19
                                          Delivery       £0.00
Estimated delivery: Thursday 6 March. We'll email you when it ships.`},
		{"treas-cash-book", review38cTreasurer, "cash_book", `ST MARY'S PCC - CASH BOOK - MARCH 2025                      Page 3

Date       Chq/Ref   Details                                   Receipts    Payments
03/03/25   100231    Invoice 447 Parish Magazine Printers                    212.00
05/03/25   PIB 19    Brownies - hall hire (Feb)                    45.00
10/03/25   100232    Invoice 2291 A. Cole Electrical                          96.00
14/03/25   GA 03     Gift Aid reclaim HMRC                        418.75
21/03/25   100233    Receipt R88 - flowers for Mothering Sunday               38.50
           Balance c/f                                           3,214.11`},
		{"treas-price-list", review38cTreasurer, "price_list", `CHURCH SUPPLIES LTD - PRICE LIST 2025 (prices exc. VAT)

Code      Description                                      Unit        Price
1042      Receipt books, numbered, 50 sets                 each         £3.20
1043      Invoice books, duplicate, A5                     each         £3.45
2210      Gift Aid envelopes, weekly, boxed (52)            box          £6.80
3105      Certificates of baptism, illuminated              pack 25     £11.50
3106      Certificates of confirmation                      pack 25     £11.50
Orders over £75 delivered free. Prices valid to 31 December 2025.`},
		{"print-trade-price-list", review38cPrint, "price_list", `SPEEDYPRINT TRADE PRICE LIST - SPRING 2025 (ex VAT, artwork supplied)

Qty       Product                                       Price
250       Flyers A5, 150gsm gloss, single sided         £32.00
500       Leaflets DL, tri-fold, 130gsm silk            £58.00
50        Posters A3, 170gsm silk                       £45.00
100       Gift vouchers, numbered, 350gsm               £29.00
100       Menus A4, laminated                           £89.00
Turnaround 3 working days. Next-day +25%.`},
		{"supplier-statement-explicit", []Rule{
			{Type: "invoice", Description: "Invoices from suppliers"},
			{Type: "supplier_statement", Description: "Suppliers' monthly statements of account listing our invoices and payments"},
			{Type: "receipt", Description: "Receipts"},
			{Type: "remittance", Description: "Remittance advices we send when we pay"},
		}, "supplier_statement", `PARISH MAGAZINE PRINTERS LTD
Statement - St Mary's PCC                         as at 28/02/2025

Date         Doc no     Type             Debit       Credit      Balance
03/01/2025   4471       Invoice         212.00                   212.00
17/01/2025   4489       Invoice          96.00                   308.00
31/01/2025   0012       Payment                     212.00        96.00
14/02/2025   4502       Invoice         212.00                   308.00
                                                   Amount due    £308.00
Please pay within 30 days. Bank: 20-45-77 / 01234567.`},
		{"parent-report-card", review38cParent, "transcript", `Oakfield Primary School
End of Year Report 2023-24

Pupil: Isla Morgan        Class: Hedgehogs (Year 3)        Teacher: Mrs Kaur

Reading: Working at the expected standard
Writing: Working towards the expected standard
Maths: Working at greater depth

Attendance: 97.2%     Punctuality: excellent

Teacher's comments: Isla has made excellent progress this year, especially in maths.
She is a kind friend and a pleasure to have in class. Next year she should practise
her handwriting and use full stops consistently.

Headteacher: Mr D. Fraser`},
		{"exams-univ-results", review38cExams, "transcript", `University of Leeds
School of Mathematics - Provisional examination results

Student: Harry Okonkwo   Student ID: 201654321   Programme: BSc Mathematics (Year 2)

Module                                   Credits   Mark   Result
MATH2365 Vector Calculus                    10       68     Pass
MATH2715 Statistical Methods                20       72     Pass
MATH2022 Groups and Vector Spaces           20       55     Pass
MATH2600 Numerical Analysis                 10       38     Fail (resit August)

Year average: 61.4  (2:1 boundary 60)
These results are provisional until confirmed by the Board of Examiners.`},
		{"family-school-report", review38cFamily, "school_report", `St Anne's C of E Primary - Annual Report to Parents 2023/24
Name: Maisie Cole     Year 2     Class teacher: Miss Ahmed

English: Maisie reads fluently and with expression. She is working at the expected
standard in writing and has made good progress with her spelling.
Maths: Expected standard. Maisie is confident with number bonds to 20.
Science: She enjoyed our plants topic and kept a careful bean diary.

Attendance: 94.8%
Maisie is a pleasure to teach and a caring member of our class.`},
		{"site-hot-work-permit", review38cSite, "work_permit", `HOT WORK PERMIT                                   Permit No. HW-0412
Site: Unit 4, Riverside Business Park            Date: 11/03/2025

Description of work: cutting and welding steel brackets, first floor plant room
Valid from 08:00 to 16:00 (one shift only)
Precautions: combustibles removed 10m [x]  fire extinguisher at hand [x]
             fire watch for 60 min after work ends [x]  smoke detectors isolated [x]

Issued by: M. Grant (Site Manager)      Accepted by: P. Novak (Welder)
Fire watch completed at: ______        Permit closed by: ______`},
		{"de-zeugnis-arbeit", []Rule{
			{Type: "zeugnis", Description: "Zeugnisse"},
			{Type: "lebenslauf", Description: "Lebensläufe"},
			{Type: "anschreiben", Description: "Anschreiben und Motivationsschreiben von Bewerbern"},
			{Type: "vertrag", Description: "Arbeitsverträge"},
		}, "zeugnis", `Arbeitszeugnis

Frau Sabine Hartmann, geboren am 12.05.1988, war vom 01.04.2019 bis zum 31.12.2024 in
unserem Unternehmen als Sachbearbeiterin in der Buchhaltung tätig.

Zu ihren Aufgaben gehörten die Kreditorenbuchhaltung, der Zahlungsverkehr und die
Vorbereitung der Monatsabschlüsse. Frau Hartmann erledigte ihre Aufgaben stets zu
unserer vollsten Zufriedenheit. Ihr Verhalten gegenüber Vorgesetzten und Kollegen war
stets einwandfrei.

Wir bedauern ihr Ausscheiden und wünschen ihr für die Zukunft alles Gute.
Stuttgart, 31.12.2024                 Müller & Söhne GmbH, i.A. K. Berger`},
	})
}
