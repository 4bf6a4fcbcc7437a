// Review of d92210b1 (medication_list a kind near prescription; "pitch
// allocation", "pitch confirmation", "stall confirmation", "trade stand
// confirmation", "stand confirmation" and "your pitch is confirmed",
// "happy to offer you space" a booking confirmation's; "who's on when" a
// rota's act; "amount to pay" an invoice's act): each "regression:" case
// was right on bb191034 and is wrong on d92210b1; each "fixed:" case the
// change got right, and each "kept:" case was right before and after, and
// should stay right. A want of "" is no rule. After the review, "who's
// on when" was dropped as a rota's act (a festival's line-up and a TV
// guide say it too), "your pitch is confirmed" as a booking's (a start-up's
// pitch night), "medication review due" as a medication list's (a repeat
// slip), and "medicine form" became a medication list's name (a nursery's
// form that a rule names so); a house share's cleaning rota headed "who's
// on when", which the act had fixed, is lost again and not tested.
package scorer

import "testing"

type review29aCase struct {
	name  string
	rules []Rule
	want  string
	text  string
}

func TestReview29a(t *testing.T) {
	for _, c := range review29aCases {
		t.Run(c.name, func(t *testing.T) {
			classifyAs(t, c.name, c.text, c.rules, c.want)
		})
	}
}

var review29aMedNoList = []Rule{
	{Type: "prescription", Description: "Prescriptions, including repeat prescription slips"},
	{Type: "medical_letter", Description: "Letters from the GP surgery or the hospital"},
	{Type: "appointment", Description: "appointment letters and reminders"},
	{Type: "invoice", Description: "bills and invoices"},
	{Type: "insurance", Description: "insurance documents"},
}

var review29aMedList = []Rule{
	{Type: "medication_list", Description: "A list of the medicines someone currently takes, with doses and times (e.g. MAR chart, blister pack sheet, Medikationsplan). Not a prescription to be dispensed."},
	{Type: "prescription", Description: "A prescription written by a doctor for the pharmacy to dispense"},
	{Type: "discharge_summary", Description: "Hospital discharge summaries"},
	{Type: "gp_letter", Description: "Letters from the GP practice"},
	{Type: "leaflet", Description: "Patient information leaflets that come in medicine boxes"},
	{Type: "care_plan", Description: "Care plan: the care home's plan of the resident's needs and the support given"},
}

var review29aMedTerse = []Rule{
	{Type: "meds", Description: "drug name, dose, frequency, start date"},
	{Type: "rx", Description: "Rx: prescriber, patient, drug, qty, signature"},
	{Type: "lab", Description: "blood test results"},
	{Type: "medical_bill", Description: "medical bills"},
}

var review29aCareHome = []Rule{
	{Type: "care_plan", Description: "Care plans and reviews of residents' needs"},
	{Type: "incident_report", Description: "Incident / accident reports (falls, medication errors)"},
	{Type: "staff_rota", Description: "staff rota"},
	{Type: "supplier_invoice", Description: "invoices from suppliers incl. the pharmacy"},
	{Type: "family_letter", Description: "Letters and e-mails from residents' families"},
}

var review29aDe = []Rule{
	{Type: "medikationsplan", Description: "Medikationsplan / Übersicht der Medikamente"},
	{Type: "rezept", Description: "Rezepte"},
	{Type: "arztbrief", Description: "Arztbriefe und Befunde"},
	{Type: "rechnung", Description: "Rechnungen"},
	{Type: "krankenkasse", Description: "Schreiben der Krankenkasse"},
}

var review29aTrader = []Rule{
	{Type: "pitch_booking", Description: "Confirmation of a pitch or stall at a market or fair"},
	{Type: "application", Description: "applications we've sent to markets and fairs (not yet confirmed)"},
	{Type: "invoice", Description: "invoices from market organisers, e.g. for pitch fees"},
	{Type: "newsletter", Description: "newsletters from market organisers"},
	{Type: "receipt", Description: "receipts"},
}

var review29aFootball = []Rule{
	{Type: "fixtures", Description: "Fixture lists from the league: who plays whom, where and when"},
	{Type: "pitch_hire", Description: "Confirmation of a pitch hire booking from the council or a school"},
	{Type: "match_report", Description: "match reports"},
	{Type: "league_fine", Description: "fines from the league or FA"},
	{Type: "invoice", Description: "invoices"},
}

var review29aSales = []Rule{
	{Type: "sales_pitch", Description: "Cold sales e-mails and marketing offers from vendors we never asked"},
	{Type: "booking", Description: "Confirmations of bookings we made (venues, hotels, stands at trade shows)"},
	{Type: "invoice", Description: "Invoices"},
	{Type: "quote", Description: "Quotes we requested"},
	{Type: "newsletter", Description: "newsletters"},
}

var review29aCamping = []Rule{
	{Type: "booking_confirmation", Description: "Booking confirmations we send to guests"},
	{Type: "booking_request", Description: "Guests asking to book a pitch"},
	{Type: "cancellation", Description: "Guests cancelling their booking"},
	{Type: "invoice", Description: "Supplier invoices"},
	{Type: "review", Description: "Reviews left by guests"},
}

var review29aRota = []Rule{
	{Type: "staff_rota", Description: "Rota of who works which shift"},
	{Type: "timesheet", Description: "Timesheets: hours actually worked, for pay"},
	{Type: "programme", Description: "Event programmes and line-ups"},
	{Type: "newsletter", Description: "newsletters"},
	{Type: "invoice", Description: "invoices"},
}

var review29aBills = []Rule{
	{Type: "invoice", Description: "Invoices from tradespeople and shops"},
	{Type: "utility_bill", Description: "Gas, electric, water, broadband bills"},
	{Type: "tax", Description: "Council tax and HMRC letters"},
	{Type: "reminder", Description: "Payment reminders and final demands"},
	{Type: "statement", Description: "Bank and credit card statements"},
	{Type: "receipt", Description: "Receipts"},
	{Type: "fine", Description: "parking fines and penalty notices"},
}

var review29aCafe = []Rule{
	{Type: "staff_rota", Description: "the weekly staff rota"},
	{Type: "timesheet", Description: "timesheets / hours worked"},
	{Type: "supplier_invoice", Description: "invoices from suppliers (milk, coffee, bakery)"},
	{Type: "food_safety", Description: "food hygiene inspection reports and temperature logs"},
}

var review29aCases = []review29aCase{
	{"regression: repeat slip titled repeat medication list", review29aMedNoList, "prescription", `RIVERSIDE MEDICAL PRACTICE        REPEAT MEDICATION LIST
Patient: Mr Daniel Okafor   DOB 14/07/1956   NHS No 943 476 5919

Tick the items you need and hand this slip to reception or your pharmacy.
Allow 2 working days.

[ ] Amlodipine 10mg tablets       28   one daily          Issue 6 of 12
[ ] Atorvastatin 40mg tablets     28   one at night       Issue 6 of 12
[ ] Metformin 500mg tablets       56   one twice daily    Issue 3 of 6

Medication review due: 01/08/2025`},
	{"regression: TV listings, no guide rule", []Rule{
		{Type: "rota", Description: "work rotas"},
		{Type: "ticket", Description: "tickets"},
		{Type: "receipt", Description: "receipts"},
		{Type: "invoice", Description: "invoices"},
	}, "", `Bank Holiday TV - who's on when

Monday 26 May
BBC One   19:00  The Great Garden Challenge
BBC One   20:00  Call the Midwife (repeat)
ITV1      20:00  The Sunday League Final - live
Channel 4 21:00  Grand Designs: Cornwall

Radio 2   10:00  Ken Bruce's Bank Holiday Jukebox`},
	{"regression: festival line-up in a cafe's inbox", review29aCafe, "", `From: Dunford Folk Weekend <hello@dunfordfolk.example>
Subject: The line-up is out!

DUNFORD FOLK WEEKEND 2025 - WHO'S ON WHEN

Saturday 9 August - Main Stage
12:00  The Quay Street Ceilidh Band
13:30  Rosie Marlow
15:00  Fiddlesticks & Co
19:30  HEADLINER: Kathryn Vale & band

Sunday 10 August - Main Stage
12:30  Dunford Community Choir
14:00  The Long Lane Ramblers

Weekend tickets £45 at dunfordfolk.example.`},
	{"regression: demo day pitch confirmed", []Rule{
		{Type: "event_invite", Description: "Invitations to events, meetups and pitch nights"},
		{Type: "investor_update", Description: "investor updates we send"},
		{Type: "invoice", Description: "invoices"},
		{Type: "contract", Description: "contracts and term sheets"},
	}, "event_invite", `Subject: You're in! Dunford Angels pitch night - 12 March

Hi Rosa,

Congratulations - the panel loved your application and your pitch is
confirmed for the Dunford Angels pitch night on Wednesday 12 March.

Where: The Exchange, 2 Quay Street
When: doors 18:00, pitches from 18:45
Format: 5 minutes + 5 minutes Q&A, no more than 10 slides

Please send your deck by 10 March. Drinks and networking afterwards.

Sam, Dunford Angels`},
	{"regression: nursery medicine administration record", []Rule{
		{Type: "nursery_forms", Description: "forms from nursery: accident forms, medicine forms, permission slips"},
		{Type: "invoice", Description: "nursery invoices"},
		{Type: "newsletter", Description: "nursery newsletters"},
		{Type: "report", Description: "progress reports / learning journey"},
	}, "nursery_forms", `LITTLE ACORNS DAY NURSERY
Medication administration record

Child: Isla Quinn      Room: Pre-School
Medicine: Calpol (paracetamol 120mg/5ml)    Prescribed: no
Reason: teething / temperature
Dose: 5ml    Last dose given at home: 07:30

Date       Time    Dose   Given by      Witness     Parent signature
04/03/25   12:15   5ml    G. Holt       P. Nowak    ______________

Parent consent: I give permission for staff to administer the above.`},
	{"regression: athletics meeting timetable who's on when", []Rule{
		{Type: "entry", Description: "entry confirmations for races and meets"},
		{Type: "results", Description: "results"},
		{Type: "club_rota", Description: "club volunteer / officials rota"},
		{Type: "newsletter", Description: "club newsletters"},
	}, "", `DUNFORD HARRIERS OPEN MEETING - Saturday 17 May
Timetable: who's on when

Track
10:00  U13 girls 75m
10:15  U13 boys 75m
10:30  U15 girls 100m
11:00  Senior women 1500m
11:20  Senior men 1500m

Field
10:00  U15 boys long jump (pit A)
10:30  Senior women shot
11:00  U13 girls high jump`},
	{"fixed: MAR chart", review29aMedList, "medication_list", `Maple Court Care Home - MEDICINES ADMINISTRATION RECORD
Resident: Edith Barnes    Room 14    DOB 02/11/1938
Allergies: penicillin
Start date: 03/03/2025 (28 days)

Medicine           Dose      Route  Time    1   2   3   4   5
Donepezil 10mg     1 tab     oral   21:00   JK  JK  MP  MP  JK
Furosemide 40mg    1 tab     oral   08:00   AL  AL  R   AL  AL
Paracetamol 500mg  2 tabs    oral   PRN     -   2   -   -   -

Codes: R = refused  H = hospital  L = on leave`},
	{"fixed: Dutch medicatieoverzicht", []Rule{
		{Type: "medicatie", Description: "medicatieoverzicht van de apotheek"},
		{Type: "recept", Description: "recepten van de huisarts"},
		{Type: "zorgverzekering", Description: "post van de zorgverzekeraar"},
		{Type: "factuur", Description: "facturen"},
	}, "medicatie", `Apotheek De Linde - Medicatieoverzicht
Naam: mevr. J. de Vries   Geb.datum: 19-03-1941
Datum: 12-02-2025

Geneesmiddel                 Gebruik                       Startdatum
Metoprolol 50mg tablet       1x per dag 1 tablet           03-2021
Omeprazol 20mg capsule       1x per dag 1 capsule voor ontbijt  06-2022
Paracetamol 500mg tablet     zo nodig max 6 per dag         01-2025

Allergieën / contra-indicaties: geen bekend`},
	{"fixed: football league pitch allocations", review29aFootball, "fixtures", `DUNFORD & DISTRICT SUNDAY LEAGUE
Pitch allocations - Sunday 12 October 2025 (KO 10:30)

Division One
Dunford Rovers v Hillside Athletic        Memorial Park, Pitch 1
Queens Arms v Lime Road FC                Memorial Park, Pitch 2
Quayside United v Riverside Wanderers     Kings Field (3G)

Division Two
Oakby Reserves v Dunford Rovers B         Oakby Rec
Harbour Lights v Fox & Hounds             Memorial Park, Pitch 3

Referees as appointed on Whole Game. Home clubs put nets and flags out.`},
	{"fixed: school fair stall confirmation email", []Rule{
		{Type: "school_letter", Description: "letters and emails from school"},
		{Type: "pta", Description: "PTA emails: fairs, discos, fundraising, helpers needed"},
		{Type: "invoice", Description: "bills"},
		{Type: "booking", Description: "booking confirmations (holidays, classes, parties)"},
	}, "pta", `From: Oakfield PTA <pta@oakfield.example>
Subject: Summer Fair - stall confirmation & helpers

Hi all,

Thanks so much to everyone who has volunteered to run a stall at the
Summer Fair on Saturday 28 June (12-3pm). Stall confirmation for the
class stalls:

Reception - lucky dip       Year 1 - guess the teddy's name
Year 2 - tombola            Year 3 - cake stall
Year 4 - face painting      Year 5/6 - sponge the teacher

We still need helpers for setting up (10am) and clearing away. Please
reply if you can spare an hour! Cake donations to the hall on Friday.

Oakfield PTA`},
	{"fixed: Polish wykaz lekow from pharmacy (should be list)", []Rule{
		{Type: "leki", Description: "lista leków, które przyjmuje tata"},
		{Type: "recepta", Description: "recepty"},
		{Type: "wypis", Description: "karta informacyjna / wypis ze szpitala"},
		{Type: "faktura", Description: "faktury i rachunki"},
	}, "leki", `Wykaz leków - Jan Nowak (ur. 15.03.1948)
aktualny na dzień 12.02.2025

Lek                    Dawka       Rano  Południe  Wieczór
Berodual N aerozol     2 wdechy    x     x         x
Bisocard 5 mg          1 tabl.     x
Polpril 5 mg           1 tabl.                     x
Encorton 20 mg         1 tabl.     x   (do 15.02)`},
	{"fixed: blister pack sheet, rule set without list rule", review29aMedNoList, "", `Dunford Pharmacy - Blister pack list
Patient: Mr D Okafor      Pack starts Mon 24/02/2025

Morning (08:00):  Amlodipine 10mg x1, Metformin 500mg x1
Tea (17:00):      Metformin 500mg x1
Bedtime (22:00):  Atorvastatin 40mg x1

Not in pack: GTN spray - when required for chest pain`},
	{"kept: discharge summary with meds on discharge", review29aMedList, "discharge_summary", `St Aldric's Hospital NHS Trust
DISCHARGE SUMMARY

Patient: Edith Barnes   DOB 02/11/1938   Hospital No. K4471230
Ward: Elm (Care of the Elderly)
Date of admission: 12/02/2025    Date of discharge: 19/02/2025

Diagnosis: Community acquired pneumonia; acute kidney injury (resolved)

Course in hospital: Treated with IV then oral antibiotics. Kidney function
returned to baseline after fluids.

Medication on discharge:
  Donepezil 10mg at night - unchanged
  Furosemide 40mg mane - RESTARTED at reduced dose
  Amoxicillin 500mg tds - 2 more days then stop

Follow-up: GP to repeat U&Es in one week.`},
	{"kept: patient leaflet", review29aMedList, "leaflet", `Package leaflet: Information for the user

Furosemide 40 mg Tablets

Read all of this leaflet carefully before you start taking this medicine
because it contains important information for you.
- Keep this leaflet. You may need to read it again.

What is in this leaflet
1. What Furosemide is and what it is used for
2. What you need to know before you take Furosemide
3. How to take Furosemide

Other medicines and Furosemide
Tell your doctor or pharmacist if you are taking, have recently taken or
might take any other medicines. Bring your list of medicines with you
when you see your doctor.

Possible side effects: feeling dizzy, thirst, muscle cramps.`},
	{"kept: care plan mentions MAR chart", review29aMedList, "care_plan", `MAPLE COURT - PERSON-CENTRED CARE PLAN
Resident: Edith Barnes     Room 14     Review date: 01/04/2025
Key worker: Precious M.

Need: Medication
Edith is prescribed several medicines and needs staff to give them.
Support: Staff will give medicines as on the MAR chart and record each
dose. Edith prefers her tablets with yoghurt. Report any refusals to the
nurse in charge.

Need: Mobility
Walks with a frame; one member of staff to supervise.

Need: Nutrition
Soft diet, fortified drinks twice a day. Weigh monthly.

Signed (resident/representative): ....................`},
	{"kept: FP10 prescription vs medication list rule", review29aMedList, "prescription", `NHS PRESCRIPTION FP10SS
Pharmacy stamp                     Age 86   D.o.B 02/11/1938
Title, Forename, Surname & Address
Mrs Edith Barnes, Maple Court, 1 Lime Road, Dunford DF3 1AA
NHS Number: 485 777 3456

Furosemide 40mg tablets
Take ONE each morning
Supply 28 (twenty-eight) tablets

Signature of Prescriber  H Castellanos     Date 20/02/2025
Dr H Castellanos, Riverside Medical Practice  GMC 7033991`},
	{"kept: pharmacy dispensing label", review29aMedTerse, "rx", `DUNFORD PHARMACY  12 Market Sq  01632 960 222
28 Sertraline 50mg tablets
Take ONE tablet each morning.
Do not stop taking unless your doctor tells you.
Mr D Okafor                                  21/02/25
Keep out of the reach and sight of children.
Prescriber: Dr H Castellanos   Qty 28   Rx 00219384`},
	{"kept: GP text: medication review due", review29aMedNoList, "appointment", `Riverside Medical Practice: Dear Daniel, your annual medication review
is due. Please book an appointment with the practice pharmacist online or
call 01632 960 411. Your repeat prescriptions can only be issued once the
review is done.`},
	{"kept: German Medikationsplan", review29aDe, "medikationsplan", `Medikationsplan
für: Ingrid Hoffmann   geb. am: 04.09.1947
ausgedruckt von: Hausarztpraxis Dr. med. K. Brandt, Lindenstr. 3, 34117 Kassel
ausgedruckt am: 10.02.2025

Wirkstoff        Handelsname      Stärke  Form    mo mi ab zur  Hinweise
Metoprolol       Beloc-Zok mite   47,5 mg Tabl    1  0  0  0    
Apixaban         Eliquis          5 mg    Tabl    1  0  1  0    
Pantoprazol      Pantozol         20 mg   Tabl    1  0  0  0    vor dem Frühstück`},
	{"kept: German Arztbrief mentions Medikationsplan", review29aDe, "arztbrief", `Klinikum Kassel - Klinik für Kardiologie
Prof. Dr. med. S. Wendt

Herrn Dr. med. K. Brandt
Lindenstr. 3, 34117 Kassel

Kassel, 14.02.2025

Sehr geehrter Herr Kollege Brandt,

wir berichten über Ihre Patientin Frau Ingrid Hoffmann, geb. 04.09.1947,
die sich vom 07.02. bis 13.02.2025 in unserer stationären Behandlung
befand.

Diagnosen: Vorhofflimmern, tachykard; arterielle Hypertonie

Wir haben die Antikoagulation mit Apixaban begonnen. Bitte passen Sie den
Medikationsplan entsprechend an.

Mit freundlichen kollegialen Grüßen
Prof. Dr. S. Wendt`},
	{"kept: Italian piano terapeutico AIFA as prescription", []Rule{
		{Type: "ricetta", Description: "Ricette e prescrizioni del medico (anche piani terapeutici)"},
		{Type: "referto", Description: "Referti di esami e visite"},
		{Type: "fattura", Description: "Fatture e ricevute di pagamento"},
		{Type: "esenzione", Description: "Esenzioni ticket"},
	}, "ricetta", `AZIENDA OSPEDALIERA DI PADOVA - U.O. Diabetologia
PIANO TERAPEUTICO AIFA per la prescrizione di farmaci incretinici
(nota 100)

Paziente: Rossi Giovanni   nato il 12/05/1958   C.F. RSSGNN58E12G224X
ASL di residenza: ULSS 6 Euganea

Farmaco prescritto: semaglutide 1 mg sol. iniettabile, 1 somministrazione
settimanale
Durata del piano: 12 mesi

Data 18/02/2025
Timbro e firma del medico specialista: Dr.ssa L. Ferraro`},
	{"kept: incident report: drug chart", review29aCareHome, "incident_report", `MAPLE COURT CARE HOME - INCIDENT REPORT FORM
Date/time of incident: 04/03/2025 08:40
Location: Room 14
Person affected: Edith Barnes (resident)
Type: Medication error

What happened: At the morning round the carer found that the 21:00 dose
of donepezil had not been signed for on the drug chart. It was unclear
whether it had been given. Nurse in charge informed, GP rang for advice:
no harm expected, observe.

Action taken: staff member spoken to, MAR chart audit arranged.
Reported by: M. Pereira (Senior Carer)   Manager informed: yes`},
	{"kept: pharmacy invoice to care home listing medicines", review29aCareHome, "supplier_invoice", `DUNFORD PHARMACY LTD
INVOICE No. 55120                    Date: 31/03/2025
To: Maple Court Care Home, 1 Lime Road, Dunford DF3 1AA

Description                                   Qty    Amount
MAR charts printed (March cycle)              22     £0.00
Non-NHS items: Gaviscon 500ml                  4     £27.60
Non-NHS items: Dermol cream 500g               2     £19.90
Delivery                                              £0.00
                                     Total due        £47.50

Payment within 30 days. Bank: 20-11-44  41128833`},
	{"kept: travel insurance medical declaration", review29aMedNoList, "insurance", `Wanderwise Travel Insurance - Medical Screening Declaration
Policy number: WW-2025-118273
Insured person: Daniel Okafor

Please list all pre-existing conditions and your current medication list.
Condition: Type 2 diabetes (diagnosed 2019) - controlled by tablets
Condition: High blood pressure - stable
Medicines: Metformin, Amlodipine, Atorvastatin

Additional premium for declared conditions: £38.50
Your cover for these conditions is confirmed.

I declare the information above is true and complete.`},
	{"kept: Spanish hoja de medicación", []Rule{
		{Type: "medicacion", Description: "Hoja de medicación activa (lo que toma mi madre y cuándo)"},
		{Type: "receta", Description: "Recetas médicas"},
		{Type: "informe", Description: "Informes médicos y de alta"},
		{Type: "factura", Description: "Facturas"},
	}, "medicacion", `SERVICIO MADRILEÑO DE SALUD - Centro de Salud Las Cortes
HOJA DE MEDICACIÓN ACTIVA
Paciente: Carmen López Ruiz    CIPA 1234567890   Fecha: 11/02/2025

Medicamento                       Posología              Inicio     Fin
OMEPRAZOL 20 MG CÁPSULAS          1 cada 24 h (desayuno) 03/2023    -
ENALAPRIL 10 MG COMPRIMIDOS       1 cada 12 h            05/2020    -
PARACETAMOL 1 G COMPRIMIDOS       1 cada 8 h si dolor    01/2025    04/2025`},
	{"kept: Polish karta podawania lekow in hospital", []Rule{
		{Type: "leki", Description: "lista leków, które przyjmuje tata"},
		{Type: "recepta", Description: "recepty"},
		{Type: "wypis", Description: "karta informacyjna / wypis ze szpitala"},
		{Type: "faktura", Description: "faktury i rachunki"},
	}, "wypis", `SZPITAL WOJEWÓDZKI W KIELCACH - Oddział Chorób Wewnętrznych
KARTA INFORMACYJNA LECZENIA SZPITALNEGO

Pacjent: Jan Nowak   PESEL 48031512345
Przyjęty: 03.02.2025   Wypisany: 10.02.2025

Rozpoznanie: Zaostrzenie POChP.
Przebieg hospitalizacji: leczony antybiotykiem i sterydem, stan poprawił
się. Zapisy w karcie podawania leków bez uwag.

Zalecenia: kontynuować inhalacje; kontrola u lekarza POZ za 7 dni.
Leki zalecane przy wypisie: Berodual 2 wdechy 3x dziennie, Encorton 20 mg
przez 5 dni.`},
	{"kept: market newsletter mentions pitch allocation", review29aTrader, "newsletter", `Castle Green Makers' Market - Traders' News, Spring edition

Hello everyone!

Footfall in February was up 12% on last year thanks to the half-term
craft trail. Well done all.

Christmas market: applications open 1 May. Pitch allocation for December
will be sent out in September - please keep your insurance details up to
date so we can process you quickly.

Parking: from April traders must unload by 8.15 and move vans to the
Long Lane car park.

New this year: card readers for hire from the office, £5 a day.

See you on the Green!
Sally & the market team`},
	{"kept: invoice for pitch fees with pitch allocation", review29aTrader, "invoice", `CASTLE GREEN MAKERS' MARKET CIC
INVOICE  CGM-2025-0412                   Date: 02/04/2025
To: Bramble & Thread (K. Oduya)

Pitch allocation: Row B, pitch 12 (3m x 3m)

Description                                Qty   Unit     Amount
Saturday market pitch fee - April          4     £28.00   £112.00
Gazebo weight hire                         4     £3.00    £12.00
                                           Total          £124.00

Amount to pay by 15/04/2025. Bank transfer: Castle Green Makers' Market
CIC, sort code 30-94-12, account 11223344, ref CGM-2025-0412.`},
	{"kept: market pitch allocation confirmation", review29aTrader, "pitch_booking", `From: Castle Green Makers' Market <office@castlegreenmarket.example>
Subject: Pitch allocation - Christmas market 2025

Hi Kemi,

Good news - your pitch is now reserved for the Christmas market.

Pitch: C7 (under the arches, next to the mulled wine)
Dates: Sat 6, Sun 7, Sat 13, Sun 14 December, 10:00-16:00
Fee: £180 for all four days, invoice to follow in October

Setup from 08:30. Please bring your own lighting.

Sally, Market Manager`},
	{"kept: rejection: no pitch offered", review29aTrader, "", `Dear Ms Oduya,

Thank you for applying to trade at the Castle Green Christmas Market.

We had over 200 applications for 60 pitches this year, and I am sorry to
say we are not able to offer you space on this occasion. We have kept
your details and will contact you if a pitch becomes free.

With best wishes,
Sally Brandon, Market Manager`},
	{"kept: pitch inspection: pitch confirmation playable", review29aFootball, "", `Subject: Pitch confirmation for Sunday

Hi all,

Groundsman has walked Memorial Park this morning and the pitch is
confirmed playable for Sunday's game v Hillside. Kick-off 10:30, meet
at 9:45. Bring both kits as theirs clash.

Marc`},
	{"kept: advertising space offer (sales pitch)", review29aSales, "sales_pitch", `Subject: Feature your business in the Dunford Business Directory 2026

Hi there,

I'm getting in touch because we're putting together the 2026 edition of
the Dunford Business Directory, delivered to 28,000 homes in October.

As a local firm we'd be happy to offer you space at our early-bird rate:
quarter page £195 + VAT, half page £340 + VAT (normally £450).

Just reply to this e-mail to secure your spot before 30 June. Happy to
jump on a call if it helps!

Best,
Jordan Pike
Sales Executive, Pike Media`},
	{"kept: storage quote happy to offer you space", review29aSales, "quote", `Subject: Your storage quote - Dunford Self Store

Hi Mr Lindqvist,

Thanks for your enquiry. We'd be happy to offer you space in a 100 sq ft
ground-floor unit with drive-up access, as requested:

Unit size: 100 sq ft (10ft x 10ft)
Weekly price: £32.50 incl. VAT, minimum 4 weeks
Insurance: £2.50 per week
Padlock: £12 one-off

This quote is valid for 14 days. Reply to book.

Kind regards
Anna, Dunford Self Store`},
	{"kept: campsite pitch confirmation (should stay booking)", review29aCamping, "booking_confirmation", `Subject: Pitch confirmation - Hollow Farm Campsite

Dear Mr and Mrs Jansen,

Thank you for booking with us. Here are your details:

Pitch: 23 (hardstanding, electric hook-up)
Arrive: Friday 18 July 2025 from 14:00
Depart: Monday 21 July 2025 by 11:00
Guests: 2 adults, 2 children, 1 dog, 1 caravan

Total £126.00 - deposit £40 paid, balance £86 on arrival.

We look forward to welcoming you!
Hollow Farm Campsite`},
	{"kept: guest asks to book pitch mentions confirmation", review29aCamping, "booking_request", `Hello,

We would like to book a pitch for our campervan from 8 to 11 August
(3 nights), 2 adults and a dog, electric hook-up if possible. Could you
let me know if you have space and send a pitch confirmation with the
price? We'd arrive about 4pm.

Many thanks,
Pieter Jansen`},
	{"kept: festival stall fee invoice amount to pay", review29aTrader, "invoice", `DUNFORD FOOD FESTIVAL LTD
Tax invoice 2025/0877                       Date 10/06/2025
Bramble Crepes, 3 Fern Way, Dunford

Stall confirmation ref: DFF-S-114 (Street Food Lane, pitch 9)

Festival stall fee (3 days)                  £360.00
Electric 16A                                   £60.00
VAT 20%                                        £84.00
Amount to pay                                 £504.00

Payment due within 14 days. Cheques payable to Dunford Food Festival Ltd.`},
	{"kept: car boot pitch booking", review29aTrader, "pitch_booking", `Subject: Your booking - Dunford Sunday Car Boot, 20 July

Hi Kemi, thanks for booking a car pitch at our Sunday car boot.

Booking ref: CB-20713    Pitch type: car + 1 table
Date: Sunday 20 July 2025, sellers in from 6:30am
Paid: £12.00 by card

Please bring this email on your phone. No selling of food or live
animals. See you there!`},
	{"kept: volunteer rota email who's on when", review29aRota, "staff_rota", `Subject: Bar volunteers - who's on when this weekend

Hi team,

Here's who's on when at the folk weekend bar:

Fri 18:00-21:00   Dave, Priya
Fri 21:00-00:00   Tom, Alex
Sat 12:00-16:00   Jo, Sam
Sat 16:00-20:00   Dave, Kit
Sat 20:00-00:00   Priya, Tom, Alex

If you can't make your shift please swap with someone and tell me.
Cheers, Helen`},
	{"kept: timesheet for folk weekend hours", review29aRota, "timesheet", `Casual staff timesheet - Dunford Folk Weekend
Name: Alex Turner     Pay rate: £12.21/hr

Date        Start   Finish  Break   Hours
Fri 08/08   21:00   00:30   -       3.5
Sat 09/08   20:00   00:45   0:30    4.25
Sun 10/08   12:00   17:00   0:30    4.5
                            Total   12.25

Employee signature: A. Turner    Approved by: H. Price (bar manager)`},
	{"kept: cafe rota (should be rota)", review29aRota, "staff_rota", `Lime Tree Café - staff rota w/c 3 March

          Mon     Tue     Wed     Thu     Fri     Sat
Ana       8-4     8-4     OFF     8-4     8-4     OFF
Ben       OFF     10-6    10-6    10-6    OFF     8-4
Chloe     12-6    OFF     8-4     OFF     12-6    10-6
Dev       8-2     8-2     12-6    12-6    8-4     OFF

Shifts may change - check the board daily.`},
	{"kept: council tax bill amount to pay", review29aBills, "tax", `DUNFORD DISTRICT COUNCIL
COUNCIL TAX BILL 2025/26                 Account ref: 70112233
Mr D Okafor, 12 Fern Way, Dunford DF2 4AB        Band C

Dunford District Council           £1,701.22
Hampshire County Council (incl. adult social care)  £1,552.10
Police & Crime Commissioner        £268.50
Fire & Rescue                      £93.40
Less single person discount (25%)  -£903.81
Amount to pay for 2025/26          £2,711.41

Instalments: 10 monthly payments of £271.14 on the 1st of each month by
Direct Debit, starting 1 April 2025.`},
	{"kept: HMRC tax calculation amount to pay", review29aBills, "tax", `HM Revenue & Customs
SA302 Tax calculation - tax year 6 April 2023 to 5 April 2024
Mr Daniel Okafor   UTR 12345 67890

Income from self-employment          £24,310.00
Personal allowance                  -£12,570.00
Taxable income                       £11,740.00
Income Tax: basic rate 20%            £2,348.00
Class 4 NIC                             £704.40
Less payments on account            -£1,500.00
Amount to pay by 31 January 2025      £1,552.40`},
	{"kept: payment reminder amount to pay", review29aBills, "reminder", `PETERS PLUMBING & HEATING
Reminder - invoice 2207

Dear Mr Okafor,

Our records show that invoice 2207 dated 12/01/2025 for the boiler
service (£96.00) has not been paid and is now 30 days overdue.

Amount to pay: £96.00

If you have already paid, please ignore this letter. Otherwise please pay
within 7 days to avoid a late payment charge.

Regards, Tom Peters`},
	{"kept: credit card statement minimum amount to pay", review29aBills, "statement", `DUNFORD BANK Visa Credit Card - Monthly Statement
Mr D Okafor     Card ending 4417    Statement date 05/03/2025

Previous balance                £412.80
Payments received              -£412.80
New purchases                   £236.45
New balance                     £236.45

Minimum amount to pay           £25.00
Pay by                          30/03/2025
Credit limit                    £3,500.00   Available £3,263.55

Transactions: 07/02 TESCO STORES £48.10; 12/02 SHELL £62.00;
19/02 AMAZON £34.99; 27/02 WAITROSE £91.36`},
	{"kept: parking PCN amount to pay", review29aBills, "fine", `PENALTY CHARGE NOTICE   PCN No. DN40218834
Dunford District Council - Civil Enforcement

Vehicle reg: AB12 CDE   Make: Ford
Location: Market Square car park     Date: 14/02/2025  Time: 11:42
Contravention code 83: parked in a car park without clearly displaying
a valid pay & display ticket

Amount to pay: £70.00
Reduced to £35.00 if paid within 14 days of the date of this notice.

Pay online at dunford.gov.example/pcn or call 0300 123 4567.`},
	{"kept: card receipt amount to pay 0", review29aBills, "receipt", `HOMEWISE DIY - DUNFORD
12 Retail Park Rd   VAT No 123 4567 89

2x Wood screws 4x40 (200)      £7.98
1x Filler 1kg                  £4.49
1x Masking tape                £2.25
TOTAL                         £14.72
Card (Visa contactless)       £14.72
Amount to pay                  £0.00

Thank you for shopping at Homewise!
14/02/2025 15:31  Till 3  Trans 8812`},
	{"kept: hotel booking with amount to pay at property", []Rule{
		{Type: "booking", Description: "Hotel and travel booking confirmations"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "receipt", Description: "Receipts for things already paid"},
		{Type: "ticket", Description: "Train and plane tickets"},
	}, "booking", `Your booking is confirmed!

Hotel Villa Serena, Sorrento
Booking number: 4418.227.913    PIN: 7731

Check-in:  Mon 16 June 2025 (from 14:00)
Check-out: Fri 20 June 2025 (until 11:00)
1 x Double Room with Sea View, breakfast included, 2 adults

Total price: € 712.00
Amount to pay at the property: € 712.00 (you won't be charged before)
Free cancellation until 13 June 2025 23:59

We look forward to welcoming you.`},
	{"kept: quote amount to pay on acceptance", []Rule{
		{Type: "quote", Description: "Quotes and estimates for work"},
		{Type: "invoice", Description: "Invoices for work done"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "contract", Description: "Contracts"},
	}, "quote", `OKORO KITCHENS LTD
QUOTATION Q-1184                     Date: 03/03/2025
For: Mrs A. Quinn, 8 Birch Close

Supply and fit kitchen as per drawing KQ-1184-2:
  Units, worktops and sink                £6,850.00
  Fitting (5 days)                        £2,100.00
  Electrics & plumbing                      £950.00
  Total (incl. VAT)                       £9,900.00

Deposit (30%) - amount to pay on acceptance: £2,970.00
Balance on completion.
This quotation is valid for 30 days.`},
	{"kept: expense claim amount to pay employee", []Rule{
		{Type: "expense_claim", Description: "Staff expense claims"},
		{Type: "invoice", Description: "Supplier invoices to pay"},
		{Type: "payslip", Description: "Payslips"},
		{Type: "timesheet", Description: "Timesheets"},
	}, "expense_claim", `LINDQVIST PACKAGING LTD - EXPENSE CLAIM FORM
Employee: Rosa Lindqvist     Dept: Sales     Month: February 2025

Date      Description                         Receipt   Amount
04/02     Train Manchester - Leeds return      yes       £38.60
04/02     Lunch with client (2)                yes       £41.20
18/02     Mileage 112 miles @ 45p              -         £50.40
          Total claimed                                  £130.20

Approved by: P. Hale (Sales Director)   Date: 03/03/2025
Amount to pay employee: £130.20 (with March salary)`},
	{"kept: EOB not a bill amount to pay", []Rule{
		{Type: "eob", Description: "Explanation of benefits from the insurer (not a bill)"},
		{Type: "medical_bill", Description: "bills from doctors and hospitals"},
		{Type: "insurance_card", Description: "insurance cards"},
		{Type: "prescription", Description: "prescriptions"},
	}, "eob", `BLUEPEAK HEALTH - EXPLANATION OF BENEFITS
THIS IS NOT A BILL

Member: Maria Gonzalez   Member ID: BPH448812
Claim #: 25-0219-4471    Provider: Lakeside Family Medicine
Date of service: 02/03/2025

Service            Billed    Plan discount   Plan paid   Amount to pay provider
Office visit       $210.00   $88.00          $92.00      $30.00
Lab - A1C          $64.00    $30.00          $34.00      $0.00

Your total amount to pay the provider: $30.00 (copay). The provider may
bill you for this amount.`},
	{"kept: utility bill vs invoice rule", review29aBills, "utility_bill", `AQUAFLOW WATER
Your water bill                                 Account: 3398 1120 44
Mrs A. Quinn, 8 Birch Close                     Bill date: 01/03/2025

Charges for 01/10/2024 - 31/03/2025
Water supply: 43 m3 @ £1.8423         £79.22
Sewerage: 41 m3 @ £2.0911             £85.74
Standing charges                      £32.10
Amount to pay                        £197.06

Previous reading 1120 (actual)  Current reading 1163 (estimated)
Pay by Direct Debit - we'll collect £197.06 on 20/03/2025.`},
	{"kept: landlord rent statement amount to pay", []Rule{
		{Type: "rent_statement", Description: "Rent statements from the housing association showing what we've paid and what we owe"},
		{Type: "invoice", Description: "invoices"},
		{Type: "tenancy", Description: "tenancy agreement and changes to it"},
		{Type: "repairs", Description: "repair appointments and reports"},
	}, "rent_statement", `DUNFORD HOMES - RENT ACCOUNT STATEMENT
Tenant: Ms J. Baptiste    Property: 4 Quay Court    Rent ref: 40071

Date        Description              Debit     Credit    Balance
03/02/2025  Rent week 1              £132.40             £132.40
05/02/2025  Housing Benefit                    £110.00   £22.40
10/02/2025  Rent week 2              £132.40             £154.80
12/02/2025  Payment - thank you                £154.80   £0.00
17/02/2025  Rent week 3              £132.40             £132.40

Amount to pay now: £132.40`},
	{"kept: school trip letter amount to pay", []Rule{
		{Type: "school_letter", Description: "Letters from school about trips, events, term dates"},
		{Type: "invoice", Description: "invoices and bills"},
		{Type: "report", Description: "school reports"},
		{Type: "club", Description: "clubs and activities outside school"},
	}, "school_letter", `Oakfield Primary School

Dear Parents and Carers,

Year 4 trip to Dunford Castle - Thursday 15 May 2025

As part of our history topic, Year 4 will visit Dunford Castle. We will
leave school at 9.15am and return by 3.00pm. Children need a packed
lunch (or order a school packed lunch by 8 May), a waterproof coat and
comfortable shoes.

Amount to pay: £14.50 per child, via ParentPay by Friday 2 May.

Please complete the consent form on ParentPay. If cost is a difficulty,
please speak to the office in confidence.

Mrs R. Khan, Year 4 Teacher`},
	{"kept: Dutch gemeente aanslag (te betalen bedrag)", []Rule{
		{Type: "belasting", Description: "aanslagen gemeentelijke belastingen en Belastingdienst"},
		{Type: "factuur", Description: "facturen"},
		{Type: "energie", Description: "energierekeningen"},
		{Type: "bank", Description: "bankafschriften"},
	}, "belasting", `Gemeente Utrecht
Aanslagbiljet gemeentelijke belastingen 2025
Aanslagnummer: 2025.0188.7712

Omschrijving                          Bedrag
Onroerendezaakbelasting eigenaar      € 412,88
Afvalstoffenheffing meerpersoons      € 386,40
Rioolheffing                          € 221,16
Totaal te betalen bedrag              € 1.020,44

U kunt in 10 termijnen betalen via automatische incasso.`},
	{"kept: order confirmation cash on delivery amount to pay", []Rule{
		{Type: "order_confirmation", Description: "Order confirmations from online shops"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "delivery", Description: "Delivery and dispatch notices"},
		{Type: "return", Description: "Returns and refunds"},
	}, "order_confirmation", `Thank you for your order!

Order no. 558-2291734
Placed on 04/03/2025

1 x Bosch cordless drill 18V        £89.99
2 x Drill bit set (HSS, 19 pc)      £25.98
Delivery (standard)                   £0.00

Payment method: Cash on delivery
Amount to pay on delivery: £115.97

We'll email you when your order is on its way.`},
	{"kept: conference programme who's on when", []Rule{
		{Type: "programme", Description: "conference programmes and agendas"},
		{Type: "staff_rota", Description: "staff rotas for the stand"},
		{Type: "invoice", Description: "invoices"},
		{Type: "booking", Description: "hotel and travel bookings"},
	}, "programme", `HOUSING FUTURES CONFERENCE 2025 - Programme
Thursday 20 March, Dunford Guildhall

Who's on when
09:30  Registration and coffee
10:00  Welcome - Cllr Meera Shah, Leader, Dunford District Council
10:15  Keynote: "Building for the next 50 years" - Prof. Alan Reyes
11:15  Panel: Community land trusts in practice
12:30  Lunch and exhibition
13:30  Workshops A-D (see overleaf)
15:30  Closing plenary`},
	{"kept: parish newsletter with flower rota", []Rule{
		{Type: "newsletter", Description: "parish newsletters and magazines"},
		{Type: "rota", Description: "rotas (readers, flowers, coffee)"},
		{Type: "minutes", Description: "PCC minutes"},
		{Type: "invoice", Description: "invoices"},
	}, "newsletter", `St Mary's Oakby - Parish Newsletter
March 2025

From the Vicar
Lent begins on 5 March with Ash Wednesday services at 10am and 7.30pm.
The Lent course "Hope in Hard Places" meets on Thursdays in the hall; all
welcome, no need to book.

Church roof appeal
We have now raised £18,400 of our £25,000 target. Thank you to everyone
who came to the quiz night and the plant sale.

Who's on when at the coffee morning: Mrs Ellis (2nd), Joan & Pat (9th),
Mr & Mrs Okoro (16th). Offers of cake gratefully received.

Dates for your diary: Spring fair 26 April; APCM 27 April.`},
	{"kept: supplier statement of account amount to pay", []Rule{
		{Type: "invoice", Description: "supplier invoices"},
		{Type: "statement", Description: "monthly statements of account from suppliers"},
		{Type: "credit_note", Description: "credit notes"},
		{Type: "remittance", Description: "remittance advices from customers"},
	}, "statement", `DUNFORD BUILDERS MERCHANTS LTD
STATEMENT OF ACCOUNT          Account: OKO001   Date: 28/02/2025
Okoro Kitchens Ltd, Unit 4 Mill Lane

Date      Ref         Details            Debit      Credit     Balance
01/02                 Balance b/f                              1,210.40
03/02     INV 88120   Goods              412.60                1,623.00
10/02     PAY                            1,210.40              412.60
17/02     INV 88544   Goods              298.15                710.75
24/02     CN 2211     Returned goods                 48.00     662.75

Amount to pay: £662.75     Terms: 30 days end of month`},
	{"kept: reminder email short", []Rule{
		{Type: "invoice", Description: "invoices we've received"},
		{Type: "reminder", Description: "reminders about unpaid invoices"},
		{Type: "receipt", Description: "receipts"},
		{Type: "quote", Description: "quotes"},
	}, "reminder", `Subject: Reminder: invoice INV-2207 is overdue

Hi Daniel,

Just a reminder that invoice INV-2207 (boiler service, 12 January) is
now overdue.

Amount to pay: £96.00
Due date: 11 February 2025

If you've already paid, thank you and please ignore this email.

Tom, Peters Plumbing`},
	{"kept: hospital bill amount to pay vs invoice", []Rule{
		{Type: "medical_bill", Description: "bills from hospitals and doctors"},
		{Type: "invoice", Description: "other invoices"},
		{Type: "insurance", Description: "insurance letters and claims"},
		{Type: "lab", Description: "lab results"},
	}, "medical_bill", `Dunford Private Hospital
Patient account statement              Account: P-448120
Patient: Daniel Okafor                 DOB: 14/07/1956

Date of service    Description                            Charge
12/02/2025         Consultation - orthopaedics            £220.00
12/02/2025         X-ray left knee (2 views)              £145.00
                   Paid by insurer (WPA)                 -£265.00
                   Amount to pay                          £100.00

Please pay within 28 days. Pay online or call our billing team.`},
	{"kept: PCN with invoice rule", []Rule{
		{Type: "invoice", Description: "invoices to pay"},
		{Type: "fine", Description: "penalty charge notices"},
		{Type: "insurance", Description: "car insurance"},
		{Type: "mot", Description: "MOT and service records"},
	}, "fine", `PENALTY CHARGE NOTICE
Dunford District Council      PCN: DN40218834

Vehicle: AB12 CDE (Ford Focus)
Contravention: 01 - Parked in a restricted street during prescribed hours
Observed: 14/02/2025 11:36-11:42, Market Street

Amount to pay: £70.00 (reduced to £35.00 if paid within 14 days)

You may make representations at dunford.gov.example/pcn.`},
	{"kept: mobile phone bill short", []Rule{
		{Type: "phone_bill", Description: "mobile phone bills"},
		{Type: "invoice", Description: "invoices from tradesmen"},
		{Type: "contract", Description: "contracts"},
		{Type: "bank", Description: "bank statements"},
	}, "phone_bill", `Your Tesco Mobile bill
Account 9912 4471     Bill date 08/03/2025

Monthly plan (unlimited calls, 20GB)     £14.00
Extras: roaming in France (3 days)        £6.00
Amount to pay                            £20.00

We'll take this by Direct Debit on 15/03/2025.`},
	{"kept: discharge letter with medication list heading, no discharge rule", review29aMedNoList, "medical_letter", `Dunford General Hospital - Ward 7 (Cardiology)

Dear Dr Castellanos,

Re: Mr Daniel Okafor, DOB 14/07/1956

Mr Okafor was admitted on 2 March with chest pain and was discharged
home on 5 March. Troponin was negative and the exercise test normal.
The pain is thought to be musculoskeletal.

Medication list on discharge:
  Aspirin 75mg od - NEW
  Amlodipine 10mg od
  Atorvastatin 40mg on

Please review his blood pressure in 2 weeks.

Dr S. Wendt, Cardiology SpR`},
	{"kept: HMRC PA302, careful tax rule", []Rule{
		{Type: "tax_notice", Description: "Tax calculations, tax demands and coding notices sent by HMRC or the council. Not my own tax return."},
		{Type: "invoice", Description: "invoices from tradespeople"},
		{Type: "pension", Description: "pension statements"},
		{Type: "bank", Description: "bank statements"},
	}, "tax_notice", `HM Revenue & Customs
PA302 Simple Assessment

Mrs A. Quinn, 8 Birch Close, Dunford DF2 5XY
Date of issue: 14 July 2025        NI number: QQ 12 34 56 C

We have worked out that you have not paid enough tax for the year
6 April 2024 to 5 April 2025.

State Pension                 £11,502.40
Occupational pension           £6,840.00
Total income                  £18,342.40
Tax due                        £1,154.48
Tax already paid                 £812.00
Amount to pay                    £342.48

You must pay by 31 January 2026.`},
	{"kept: repeat slip without 'list', review due line", review29aMedNoList, "prescription", `RIVERSIDE MEDICAL PRACTICE - YOUR REPEAT MEDICATION
Patient: Mrs Edith Barnes   DOB 02/11/1938

Please tick the items you need and return this slip to the surgery.

[ ] Donepezil 10mg tablets      28   one at night      Issue 4 of 6
[ ] Furosemide 40mg tablets     28   one each morning  Issue 1 of 6

Medication review due: 01/06/2025`},
	{"kept: trade stand invoice", review29aSales, "invoice", `LOWMOOR AGRICULTURAL SOCIETY
TAX INVOICE  No. 2025-0311              Date: 12/03/2025
To: Lindqvist Packaging Ltd

Re: Trade stand confirmation TS-441 (Lowmoor County Show, 9 August)

Trade stand space 6m x 6m, Avenue C         £480.00
Electric hook-up                              £60.00
VAT @ 20%                                    £108.00
Total                                        £648.00

Payment due within 30 days of invoice date. BACS: 40-11-22 51123344.`},
	{"kept: exhibitor manual mentions stand confirmation", []Rule{
		{Type: "booking", Description: "booking confirmations for shows and hotels"},
		{Type: "exhibitor_info", Description: "Exhibitor manuals, guidance and rules from show organisers"},
		{Type: "invoice", Description: "invoices"},
		{Type: "quote", Description: "quotes from stand builders"},
	}, "exhibitor_info", `PACKEX NORTH 2025 - EXHIBITOR MANUAL

1. Key dates
   Stand confirmation and badge links: sent by 11 April
   Build-up: Tuesday 13 May, 12:00-20:00
   Breakdown: Thursday 15 May from 16:30

2. Stand rules
   Maximum stand height 4m. All materials must be flame-retardant.
   No nails or screws into the venue walls.

3. Health and safety
   Every exhibitor must submit a risk assessment by 25 April.

4. Deliveries
   Label all parcels with your stand number and company name.`},
	{"kept: waiting list letter, stall", review29aTrader, "", `Dear Ms Oduya,

Thank you for applying for a regular stall at Dunford Indoor Market.

All our stalls are currently let. We have added you to the waiting list
(position 4) for a food stall. We would be happy to offer you space as
soon as a unit becomes free, and we will write to you then with the
rent and terms.

Yours sincerely
Market Office, Dunford District Council`},
	{"kept: halls accommodation offer, pleased to offer you space", []Rule{
		{Type: "accommodation_offer", Description: "Offers of a room in halls from the university accommodation office"},
		{Type: "course_offer", Description: "offers of a place on a course (UCAS etc.)"},
		{Type: "student_finance", Description: "student finance letters"},
		{Type: "invoice", Description: "invoices"},
	}, "accommodation_offer", `Dunford University - Accommodation Office

Dear Isla,

Room offer 2025/26

We are pleased to offer you space in Quayside Halls for the 2025/26
academic year:

Room: en-suite single, Block C, flat 4
Contract: 41 weeks from 20 September 2025
Rent: £168.00 per week (utilities and wifi included)

To accept, log in to the accommodation portal within 7 days and pay the
£250 advance rent. If you do not accept, the offer will lapse.

Accommodation Office`},
	{"kept: magazine ad space offer, quote rule only", []Rule{
		{Type: "quote", Description: "quotes for printing and signage we asked for"},
		{Type: "invoice", Description: "invoices"},
		{Type: "booking", Description: "venue bookings"},
		{Type: "receipt", Description: "receipts"},
	}, "", `Subject: Spring issue - advertising

Hi Rosa,

Hope you're well! We're finalising the spring issue of Dunford Living
and would be happy to offer you space on page 5, opposite the food
feature, at a special rate of £150 for a half page (usually £240).

Deadline for artwork is 14 March. Let me know!

Jordan, Dunford Living magazine`},
}
