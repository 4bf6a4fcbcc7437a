package scorer

// Review of 2b14e11d (round 25's kinds: Italian fines, HMRC's page codes,
// measure sheets, phone orders, members' updates and residents'
// magazines, a covering message's "statement is now available" and
// "sign in and open", a complaint's "I won't pay for" and "I'm fed up
// with"; and, in otherKinds, a kind one rule refuses is no longer
// covered by a loose kind another rule names).
//
// Six subtests are regressions of that commit and fail on it:
//   - it-invalidita-verbale: INPS's "Verbale di accertamento" of civil
//     invalidity taken for a fine (the bare name "verbale di accertamento");
//   - security-2fa-reminder: a bank's two-step verification reminder taken
//     for a covering message (the act "sign in and open");
//   - app-notice-statement-available: a school app's ready notification,
//     under a rule for the app's notifications, turned to none (the act
//     "statement is now available" names a kind no rule covers);
//   - merch-update-chaser and restaurant-table-short: "Can we get an
//     update please", "can we get a table please" taken for an order (the
//     act "can we get ... please"), so no rule;
//   - landlord-reply-wont-pay: a landlord's "I will not pay for the carpet
//     cleaning" taken for a complaint (the act "i will not pay for").
// The rest are documents the commit gets right (eight of them newly) that
// should stay right.

import "testing"

type rv28bCase struct {
	name  string
	rules []Rule
	want  string
	text  string
}

var (
	rv28bBank = []Rule{
		{Type: "bank_statement", Description: "Monthly statements for my current account"},
		{Type: "bank_letter", Description: "Letters and notices from the bank about my account: changes to terms, fees, overdraft, going paperless"},
		{Type: "card_statement", Description: "Credit card statements"},
		{Type: "security_alert", Description: "Security alerts: new device sign-ins, password resets, two-step verification"},
	}
	rv28bBank2 = []Rule{
		{Type: "bank_statement", Description: "Monthly statements for my current account"},
		{Type: "notification", Description: "Ready notifications: e-mails that tell me a statement or letter is available online"},
		{Type: "card_statement", Description: "Credit card statements"},
		{Type: "security_alert", Description: "Security alerts: new device sign-ins, password resets, two-step verification"},
	}
	rv28bBlinds = []Rule{
		{Type: "purchase_order", Description: "Orders we send to our suppliers (fabric, tracks, motors)."},
		{Type: "sales_invoice", Description: "Our invoices to customers"},
		{Type: "measure", Description: "Measure sheets from customer visits: window sizes, recess or exact, fixing, controls. No prices."},
		{Type: "delivery_note", Description: "Delivery notes from suppliers"},
		{Type: "customer_quote", Description: "Quotes we give customers"},
	}
	rv28bCar = []Rule{
		{Type: "mot", Description: "MOT test certificates. The insurance certificate is not an MOT."},
		{Type: "insurance_policy", Description: "Car insurance: policy schedule, certificate, renewal"},
		{Type: "service", Description: "Garage invoices"},
		{Type: "fine", Description: "Parking and speeding fines"},
	}
	rv28bChurch = []Rule{
		{Type: "invoice", Description: "Invoices to and from the parish"},
		{Type: "newsletter", Description: "Newsletters and magazines"},
		{Type: "receipt", Description: "Receipts for cash and card payments"},
		{Type: "rota", Description: "Flower, coffee and reading rotas"},
		{Type: "minutes", Description: "PCC minutes"},
	}
	rv28bClub = []Rule{
		{Type: "renewal", Description: "Membership renewal reminders and subscription notices"},
		{Type: "newsletter", Description: "Club newsletters and members' e-mails with news"},
		{Type: "receipt", Description: "Receipts for subs and match fees"},
		{Type: "fixtures", Description: "Fixture lists and team selections"},
	}
	rv28bClub2 = []Rule{
		{Type: "minutes", Description: "Committee meeting minutes"},
		{Type: "newsletter", Description: "Newsletters to members"},
		{Type: "accounts", Description: "Treasurer's accounts and budgets"},
		{Type: "fixtures", Description: "Fixtures and results"},
	}
	rv28bCondominio = []Rule{
		{Type: "verbale_assemblea", Description: "Verbali delle assemblee di condominio"},
		{Type: "bollette", Description: "Bollette di luce, gas e acqua"},
		{Type: "multe", Description: "Multe e contravvenzioni (ZTL, autovelox, divieto di sosta)"},
		{Type: "rate_condominio", Description: "Rate e rendiconti condominiali dell'amministratore"},
		{Type: "assicurazione", Description: "Polizza casa e pratiche di sinistro con l'assicurazione"},
	}
	rv28bCouncil = []Rule{
		{Type: "council_letter", Description: "Letters from the council (bins, parking, planning, housing)."},
		{Type: "council_tax", Description: "Council tax bills and reminders."},
		{Type: "newsletter", Description: "Newsletters and magazines that come through the door."},
		{Type: "complaint", Description: "Complaints I have made to the council or anyone else."},
		{Type: "utility", Description: "Gas, electricity and water bills."},
	}
	rv28bCouncilTax = []Rule{
		{Type: "council_tax", Description: "Council tax bills only, not letters"},
		{Type: "school", Description: "Anything the school sends home"},
		{Type: "bank", Description: "Bank statements"},
		{Type: "medical", Description: "Hospital appointments"},
	}
	rv28bDE = []Rule{
		{Type: "stadt", Description: "Schreiben der Stadt (Anwohnerparken, Müll, Meldeamt)"},
		{Type: "bussgeld", Description: "Bußgeldbescheide und Verwarnungen"},
		{Type: "versicherung", Description: "Versicherungen"},
		{Type: "steuer", Description: "Steuerbescheide und Steuererklärungen"},
	}
	rv28bDriving = []Rule{
		{Type: "receipt", Description: "Receipts for parking, fuel and car washes (for expenses)"},
		{Type: "fine", Description: "Parking charge notices, PCNs, speeding tickets"},
		{Type: "insurance", Description: "Car insurance: policy, certificate, renewal"},
		{Type: "claim", Description: "Insurance claims I have made, forms and correspondence"},
		{Type: "service", Description: "Garage invoices for servicing and repairs"},
	}
	rv28bExpenses = []Rule{
		{Type: "expense_claim", Description: "Staff expense claims: date, item, amount, receipts attached, approved by."},
		{Type: "invoice", Description: "Supplier invoices"},
		{Type: "fine", Description: "Parking or speeding fines for pool cars"},
		{Type: "timesheet", Description: "Timesheets"},
	}
	rv28bFR = []Rule{
		{Type: "syndic", Description: "Courriers et avis du syndic de copropriété"},
		{Type: "amende", Description: "Amendes et avis de contravention"},
		{Type: "charges", Description: "Appels de charges de copropriété"},
		{Type: "pv_ag", Description: "Procès-verbaux d'assemblée générale"},
	}
	rv28bFamigliaIT = []Rule{
		{Type: "invalidita", Description: "Pratiche INPS per l'invalidità civile e la legge 104 della nonna: domanda, esito della visita medica, pagamenti dell'indennità."},
		{Type: "multe", Description: "Multe stradali (ZTL, autovelox, sosta)"},
		{Type: "referti", Description: "Referti medici, analisi, esami"},
		{Type: "tasse", Description: "730, F24, IMU"},
	}
	rv28bFamily = []Rule{
		{Type: "school", Description: "Letters and e-mails from the kids' school (trips, absences, events)"},
		{Type: "fines", Description: "Parking tickets, speeding fines and other penalty notices"},
		{Type: "medical", Description: "GP and hospital letters"},
		{Type: "bills", Description: "Household bills: energy, water, broadband, council tax"},
		{Type: "car", Description: "Car stuff: insurance, MOT, V5C, road tax, parking permits"},
	}
	rv28bFlat = []Rule{
		{Type: "management_notice", Description: "Notices and letters from the managing agent to residents (works, access, rules for the car park and bins)."},
		{Type: "service_charge", Description: "Service charge demands and year-end accounts."},
		{Type: "parking_charge", Description: "Parking charge notices or fines issued to my car, by a private operator or the council."},
		{Type: "ra_minutes", Description: "Minutes of the residents' association meetings."},
		{Type: "insurance", Description: "Buildings and contents insurance."},
	}
	rv28bHA = []Rule{
		{Type: "tenancy", Description: "Tenancy agreement and changes to it"},
		{Type: "rent", Description: "Rent statements and rent increase letters"},
		{Type: "newsletter", Description: "Newsletters and magazines from the housing association"},
		{Type: "repairs", Description: "Repair requests and appointments"},
	}
	rv28bHR2 = []Rule{
		{Type: "medical", Description: "Occupational health reports. A sick note is not an occupational health report."},
		{Type: "leave_request", Description: "Requests for annual leave or sick leave: dates, days, reason, manager approval. Attach the certificate for sick leave."},
		{Type: "payslip", Description: "Payslips"},
		{Type: "timesheet", Description: "Timesheets"},
	}
	rv28bHaulier = []Rule{
		{Type: "rechnung", Description: "Eingangsrechnungen von Lieferanten und Speditionen"},
		{Type: "lieferschein", Description: "Lieferscheine"},
		{Type: "bestellung", Description: "Unsere Bestellungen"},
		{Type: "bussgeld", Description: "Bußgeldbescheide für Firmenfahrzeuge"},
	}
	rv28bHome = []Rule{
		{Type: "receipt", Description: "Receipts"},
		{Type: "order_confirmation", Description: "Order confirmations from shops"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "bank_statement", Description: "Bank and credit card statements"},
		{Type: "warranty", Description: "Warranties and guarantees"},
	}
	rv28bInsure = []Rule{
		{Type: "insurance", Description: "Home insurance: policy documents, renewals, changes"},
		{Type: "claim", Description: "Insurance claims"},
		{Type: "bank_statement", Description: "Bank statements"},
		{Type: "notification", Description: "E-mails saying a document is ready to view online"},
	}
	rv28bJob = []Rule{
		{Type: "cv", Description: "My CV"},
		{Type: "cover_letter", Description: "Cover letters and application e-mails I sent"},
		{Type: "complaint", Description: "Complaints I've made"},
		{Type: "job_offer", Description: "Job offers"},
	}
	rv28bKids = []Rule{
		{Type: "id", Description: "Passports and ID cards for the family. Birth certificates are not ID: they go with the certificates."},
		{Type: "certificates", Description: "All the family's certificates of any kind"},
		{Type: "school", Description: "School letters and reports"},
		{Type: "medical", Description: "Red book, vaccinations, hospital letters"},
	}
	rv28bKids2 = []Rule{
		{Type: "id", Description: "Passports, ID cards and birth certificates for the family"},
		{Type: "home_insurance", Description: "Home insurance: policy schedule, certificate, renewal."},
		{Type: "school", Description: "School letters and reports"},
		{Type: "medical", Description: "Red book, vaccinations, hospital letters"},
	}
	rv28bKids3 = []Rule{
		{Type: "id", Description: "Passports and ID cards. A birth certificate is not an ID document."},
		{Type: "home_insurance", Description: "Home insurance: policy schedule, certificate, renewal."},
		{Type: "school", Description: "School letters and reports"},
		{Type: "medical", Description: "Red book, vaccinations, hospital letters"},
	}
	rv28bKitchen = []Rule{
		{Type: "quote", Description: "Quotes and estimates for the new kitchen"},
		{Type: "invoice", Description: "Invoices and deposits paid for the kitchen"},
		{Type: "survey", Description: "Surveys and reports on the house (damp survey, structural engineer, electrician's report)"},
		{Type: "appointment", Description: "Appointment confirmations (fitters, surveyors, deliveries)"},
		{Type: "planning", Description: "Planning and building control paperwork"},
	}
	rv28bKlub = []Rule{
		{Type: "protokol", Description: "Protokoły z zebrań zarządu klubu"},
		{Type: "faktura", Description: "Faktury"},
		{Type: "terminarz", Description: "Terminarz meczów i wyniki"},
		{Type: "skladki", Description: "Składki członkowskie"},
	}
	rv28bLetting = []Rule{
		{Type: "tenancy", Description: "Tenancy agreement for the flat. The deposit protection certificate is not part of it."},
		{Type: "certificates", Description: "Certificates for the flat: gas safety, EPC, electrical, deposit protection, etc."},
		{Type: "rent", Description: "Rent receipts and statements"},
		{Type: "repairs", Description: "Repair requests and contractors' invoices"},
	}
	rv28bMerch = []Rule{
		{Type: "quote_request", Description: "Enquiries asking us for prices or samples before they order."},
		{Type: "order", Description: "Customer orders: what, how many, print, delivery address and date."},
		{Type: "invoice", Description: "Invoices"},
		{Type: "complaint", Description: "Customers unhappy with an order (misprints, late, damaged)."},
		{Type: "enquiry", Description: "Other customer questions: accounts, invoice copies, delivery times."},
	}
	rv28bNL = []Rule{
		{Type: "gemeente", Description: "Brieven van de gemeente (vergunningen, afval, parkeren)"},
		{Type: "boete", Description: "Boetes en bekeuringen (CJIB, parkeerboetes)"},
		{Type: "belasting", Description: "Aanslagen gemeentelijke belastingen en waterschap"},
		{Type: "energie", Description: "Energierekeningen"},
	}
	rv28bParents = []Rule{
		{Type: "school", Description: "School letters, newsletters and trip forms"},
		{Type: "app_notice", Description: "Notifications from the school app or ParentPay"},
		{Type: "medical", Description: "GP and dentist letters"},
		{Type: "clubs", Description: "After-school clubs"},
	}
	rv28bPension = []Rule{
		{Type: "pension_statement", Description: "Annual pension statements (value, contributions, projection)."},
		{Type: "bank_statement", Description: "Bank statements."},
		{Type: "notification", Description: "E-mails that only tell me a new document is ready online."},
		{Type: "p60", Description: "P60s."},
	}
	rv28bPlanning = []Rule{
		{Type: "planning", Description: "Planning applications, objections and decisions about our street"},
		{Type: "fines", Description: "Parking and traffic fines"},
		{Type: "council_tax", Description: "Council tax"},
		{Type: "car", Description: "Car documents: V5C logbook, MOT, insurance"},
	}
	rv28bPlumber = []Rule{
		{Type: "complaint", Description: "Complaints I have sent to companies"},
		{Type: "complaint_response", Description: "Companies' replies to my complaints"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "quote", Description: "Quotes"},
	}
	rv28bPupil = []Rule{
		{Type: "letters", Description: "Letters from school, not reports"},
		{Type: "transcript", Description: "The kids' school reports and report cards"},
		{Type: "medical", Description: "Hospital and GP letters"},
		{Type: "clubs", Description: "After-school clubs: timetables, payments"},
	}
	rv28bRestaurant = []Rule{
		{Type: "booking", Description: "Table bookings and booking requests from customers"},
		{Type: "supplier_order", Description: "Our orders to suppliers (veg, meat, wine)"},
		{Type: "complaint", Description: "Complaints from customers"},
		{Type: "invoice", Description: "Supplier invoices"},
		{Type: "job_application", Description: "People applying for jobs"},
	}
	rv28bSchool = []Rule{
		{Type: "school_letter", Description: "Letters home from school: trips, absence, term dates, events"},
		{Type: "report", Description: "School reports"},
		{Type: "fine", Description: "Penalty notices"},
		{Type: "medical", Description: "Medical letters"},
	}
	rv28bShop = []Rule{
		{Type: "price_list", Description: "Suppliers' price lists and catalogues"},
		{Type: "purchase_order", Description: "Our orders to suppliers"},
		{Type: "invoice", Description: "Supplier invoices"},
		{Type: "delivery_note", Description: "Delivery notes"},
	}
	rv28bShopper = []Rule{
		{Type: "complaint", Description: "Complaints I have sent to shops, landlords or companies"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "order_confirmation", Description: "Order confirmations"},
		{Type: "returns", Description: "Returns labels and refund confirmations"},
	}
	rv28bSick = []Rule{
		{Type: "medical", Description: "Letters, test results and reports from the GP or the hospital. A fit note is not a medical letter: I keep those with my work papers."},
		{Type: "work", Description: "Work papers: my contract, payslips, and any certificate or form I have to give HR."},
		{Type: "bills", Description: "Bills"},
		{Type: "insurance", Description: "Insurance policies"},
	}
	rv28bSmall = []Rule{
		{Type: "policy", Description: "Our internal policies: privacy notice, data retention, health and safety, staff handbook."},
		{Type: "contract", Description: "Contracts with clients and suppliers"},
		{Type: "invoice", Description: "Invoices we receive"},
		{Type: "penalty", Description: "Penalties and fines from HMRC, Companies House or regulators for late filing or breaches"},
		{Type: "insurance", Description: "Business insurance policies and certificates"},
	}
	rv28bStationery = []Rule{
		{Type: "purchase_order", Description: "Orders from customers: items, quantities, delivery address."},
		{Type: "complaint", Description: "Complaints from customers"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "quote_request", Description: "Requests for a quote"},
	}
	rv28bSupplier = []Rule{
		{Type: "invoice", Description: "Supplier invoices. Statements are not invoices."},
		{Type: "bank_statement", Description: "Bank statements for the business account"},
		{Type: "payslip", Description: "Payslips"},
		{Type: "receipt", Description: "Card receipts"},
	}
	rv28bTax = []Rule{
		{Type: "tax_return", Description: "My self assessment tax returns and supplementary pages (the completed forms or the online submission)."},
		{Type: "hmrc_letter", Description: "Letters from HMRC: notices to file, statements of account, penalty letters, tax code notices"},
		{Type: "accountant", Description: "Correspondence with my accountant, and her invoices"},
		{Type: "rental", Description: "Rental income statements from the letting agent"},
		{Type: "bank", Description: "Bank statements"},
	}
	rv28bTenant = []Rule{
		{Type: "complaint", Description: "Complaints I sent to the landlord or agent"},
		{Type: "landlord_letter", Description: "Letters and e-mails from my landlord"},
		{Type: "tenancy", Description: "Tenancy agreement"},
		{Type: "repairs", Description: "Repair requests I sent"},
	}
	rv28bVet = []Rule{
		{Type: "pet_insurance", Description: "Pet insurance policy and claims. The pet passport and health certificates are not insurance."},
		{Type: "vet_record", Description: "Vet records, vaccination cards, and any certificate from the vet"},
		{Type: "invoice", Description: "Invoices (groomer, vet, kennels)"},
		{Type: "certificate", Description: "Training class certificates and awards"},
	}
	rv28bWholesale = []Rule{
		{Type: "invoice", Description: "sales invoices"},
		{Type: "purchase_order", Description: "Orders from our customers (florists, garden centres) by phone, e-mail or form"},
		{Type: "delivery_note", Description: "delivery notes"},
		{Type: "credit_note", Description: "credit notes"},
	}
)

func rv28bCases() []rv28bCase {
	return []rv28bCase{
		// Regressions of 2b14e11d: right on its parent, wrong on it.
		{"it-invalidita-verbale", rv28bFamigliaIT, "invalidita", `INPS - Istituto Nazionale Previdenza Sociale
Commissione medica per l'accertamento dell'invalidità civile

VERBALE DI ACCERTAMENTO
Invalidità civile, cecità civile, sordità, handicap e disabilità

Sig.ra ROSSI MARIA, nata il 04/05/1938
Visita del 18/02/2025

Giudizio: invalida con totale e permanente inabilità lavorativa al 100% con necessità di
assistenza continua (L. 18/1980). Persona con handicap in situazione di gravità (art. 3
comma 3, L. 104/1992).
Revisione: non prevista.`},
		{"security-2fa-reminder", rv28bBank, "security_alert", `Subject: Turn on two-step verification

Protect your account with two-step verification.

Two-step verification adds a one-time passcode to every new sign-in, so even if someone knows
your password they can't get into your account.

To turn it on, sign in and open Settings > Security > Two-step verification. It takes two
minutes.

Hexbank Security Team`},
		{"merch-update-chaser", rv28bMerch, "enquiry", `Hi,

Can we get an update please on order 44120? The website still says "in production" and we
need the mugs for our event on the 20th. Just want to know the delivery date.

Thanks,
Amy`},
		{"restaurant-table-short", rv28bRestaurant, "booking", `Hi, can we get a table please for 4 this Friday at 8? Name is Bell, 07700 900112. Thanks!`},
		{"landlord-reply-wont-pay", rv28bTenant, "landlord_letter", `Dear Sofia,

Thanks for your e-mail about the carpet in the bedroom. I've looked at the photos. The stain is
from a spill during your tenancy, and under clause 11 of the tenancy agreement cleaning and
damage are the tenant's responsibility, so I will not pay for the carpet cleaning.

The boiler engineer is booked for Thursday between 8 and 12.

Regards,
Mark Daniels (landlord)`},
		{"app-notice-statement-available", rv28bParents, "app_notice", `ParentPay

Your statement is now available.

Sign in and open Payment history to view the statement for Ava Bell (Hexley Primary School)
for the spring term.`},
		// Right on 2b14e11d; should stay right.
		{"cctv-notice-flats", rv28bFlat, "management_notice", `Harbour View Apartments
Notice to all residents

CCTV in the car park and bin store

Following several incidents of fly-tipping, six new cameras have been installed in the
car park, the bin store and the visitor zone. Images are recorded 24 hours a day and kept
for 30 days, in line with our data protection policy.

Please remember that the visitor zone is for visitors only and that bulky items must not be
left in the bin store. Residents who need a bulky collection should contact the office.

Thank you for your cooperation.
Seaview Property Management`},
		{"parking-permit-email", rv28bFamily, "car", `From: Parking Services <parking@westborough.gov.example>
Subject: Your resident parking permit - Zone C

Dear Mr Patel,

Your resident parking permit is now active.

Permit number: RP-448213
Zone: C (Elm Park)
Vehicle registration: LK19 XZT
Valid from: 01/04/2025   Valid until: 31/03/2026
Amount paid: £95.00

This is a virtual permit: there is nothing to display. Civil enforcement officers check
permits by vehicle registration. Park only in bays marked Zone C.

Parking Services
Westborough Council`},
		{"school-absence-letter-fpn", rv28bSchool, "school_letter", `St Anne's Primary School
Church Lane, Hexley

14 January 2025

Dear Mr and Mrs Doyle,

Request for leave of absence - Maisie Doyle, Year 4

Thank you for your request for Maisie to be absent from 3 to 10 February to attend a family
holiday. I am sorry but I am unable to authorise this absence, as it does not meet the
exceptional circumstances set out in our attendance policy.

If Maisie is absent on these dates the absence will be recorded as unauthorised. Please be
aware that the local authority may issue a Fixed Penalty Notice of £80 per parent for
unauthorised leave in term time.

Yours sincerely,
Mrs H. Carter
Headteacher`},
		{"privacy-notice-admin-fine", rv28bSmall, "policy", `Brightwell Design Ltd - Privacy Notice (staff and clients)
Version 3, March 2025

1. Who we are. Brightwell Design Ltd is the controller of the personal data described below.
2. What we collect. Names, contact details, bank details for payroll and invoicing.
3. Why. To perform our contracts, meet our legal obligations and for our legitimate interests.
4. How long. Payroll records 6 years; client files 6 years after the project ends.
5. Your rights. Access, rectification, erasure, restriction, objection and portability.
6. Breaches. We report breaches to the ICO within 72 hours where required. We take this
seriously: the ICO can impose an administrative fine of up to £17.5 million or 4% of turnover.
7. Contact. dataprotection@brightwell.example`},
		{"anpr-parking-receipt", rv28bDriving, "receipt", `From: ParkEasy <receipts@parkeasy.example>
Subject: Your parking receipt - Station Road car park

Thanks for parking with ParkEasy.

Our cameras recorded your vehicle LK19 XZT entering at 08:12 and leaving at 17:41.

Duration: 9 h 29 min
Tariff: All day
Amount paid: £7.50 (Visa ****4410)
Date: 12/03/2025
Receipt no: PE-2203-9981

VAT reg no GB 123 4567 89. Keep this e-mail for your expenses.`},
		{"motor-claim-dashcam", rv28bDriving, "claim", `MOTOR CLAIM FORM
Policy number: MX-4418820
Policyholder: Sam Reid

Date of incident: 02/03/2025   Time: 08:40
Location: junction of Mill Lane and the A41, Hexley
Your vehicle: Ford Focus LK19 XZT
Third party vehicle: white van, registration AB21 CDE

What happened: I was stationary at the lights when the van reversed into my front bumper.
Were there witnesses? No. Is there camera footage? Yes, my dashcam recorded the collision;
I can send the file.
Damage: front bumper, number plate, left headlight.

Declaration: I confirm the information above is true.
Signed: S Reid   Date: 03/03/2025`},
		{"council-magazine-fpn-article", rv28bCouncil, "newsletter", `WESTBOROUGH LIFE - your residents' magazine - Spring 2025

Inside this issue
- New food waste bins arrive in April
- Libraries: longer opening hours on Saturdays
- Crackdown on fly-tipping: our enforcement officers issued 142 fixed penalty notices last
  year, and cameras now cover the worst hotspots
- Summer events in the parks
- Your councillors and how to contact them

Food waste: from 7 April every household will get a small kitchen caddy and a larger outdoor bin.`},
		{"fpn-littering", rv28bFamily, "fines", `WESTBOROUGH COUNCIL
FIXED PENALTY NOTICE - Environmental Protection Act 1990, section 88

Notice number: FPN 0044817
Date and time of offence: 08/03/2025 at 14:22
Location: High Street, outside no. 41
Offence: dropping litter (cigarette end)
Issued by: Officer 227

Amount: £150, reduced to £100 if paid within 10 days.
If you pay the penalty you will not be prosecuted for the offence.
Pay online at westborough.gov.example/fpn quoting the notice number.`},
		{"lez-pcn", rv28bFamily, "fines", `Transport for the City
Low Emission Zone - Penalty Charge Notice

PCN number: LZ81144209
Vehicle registration: KM09 PLT
Date of contravention: 22/02/2025 at 11:04
Location: Cromwell Road (camera 18)

Our cameras recorded the vehicle above driving in the Low Emission Zone without paying the
daily charge. As the registered keeper you must pay a penalty charge of £180, reduced to £90
if paid within 14 days.

You may make representations if you believe the penalty charge should not be paid.`},
		{"lease-nip-transfer", rv28bDriving, "fine", `Fleetline Leasing Ltd
Driver Services

Vehicle: LK19 XZT     Agreement: FL-22810

Dear Mr Reid,

Notice of Intended Prosecution - transfer of liability

We have received a Notice of Intended Prosecution from Thames Valley Police for the vehicle
above, which was detected travelling at 38 mph in a 30 mph limit on 14/02/2025 at 07:51.
As you are the lessee we have named you as the driver. The police will write to you directly.

Our administration fee of £30 for processing this notice will be added to your next invoice.

Fleetline Leasing Driver Services`},
		{"it-verbale-assemblea-telecamere", rv28bCondominio, "verbale_assemblea", `CONDOMINIO VIA MANZONI 14 - MILANO

VERBALE DI ASSEMBLEA ORDINARIA

Il giorno 12 marzo 2025 alle ore 18:30, presso la sala comune, si è riunita in seconda
convocazione l'assemblea dei condomini. Presenti 14 condomini per 712 millesimi.
Presiede il sig. Rossi, segretario l'amministratore.

Ordine del giorno:
1. Approvazione del rendiconto 2024 - approvato all'unanimità.
2. Installazione di telecamere di videosorveglianza nel cortile e nel garage: approvata con
   612 millesimi; spesa prevista 4.800 euro. Le immagini saranno conservate 7 giorni.
3. Regolamento posti auto nella zona cortile: rinviato.

Letto, approvato e sottoscritto. L'assemblea si chiude alle 20:15.`},
		{"it-ztl-avviso-violazione", rv28bFamigliaIT, "multe", `COMUNE DI FIRENZE - Polizia Municipale

Avviso di violazione n. 2025/ZTL/44120

Il veicolo targato FX 123 AB è stato rilevato dall'impianto telematico il 02/02/2025 alle
ore 09:41 in transito nella Zona a Traffico Limitato Settore A senza autorizzazione.

Importo da pagare: € 83,00 più € 14,20 di spese di notifica.
Pagamento ridotto del 30% entro 5 giorni dalla notifica.
È possibile presentare ricorso al Prefetto entro 60 giorni o al Giudice di Pace entro 30 giorni.`},
		{"nl-parkeervergunning-zone", rv28bNL, "gemeente", `Gemeente Zandvoort aan Zee
Afdeling Parkeren

Betreft: uw parkeervergunning

Geachte heer De Vries,

Uw aanvraag voor een bewonersparkeervergunning is goedgekeurd.

Vergunningnummer: BV-2025-11820
Kenteken: 12-ABC-3
Zone: B (Centrum-Oost)
Geldig van 1 april 2025 tot en met 31 maart 2026
Kosten: € 72,00 per jaar, af te schrijven in maart.

De vergunning is digitaal gekoppeld aan uw kenteken. Handhavers controleren met een scanauto
met camera's. U hoeft niets achter de voorruit te leggen.

Met vriendelijke groet,
Team Parkeren`},
		{"de-bewohnerparkausweis", rv28bDE, "stadt", `Stadt Lindenau
Straßenverkehrsbehörde - Bewohnerparken

Bewohnerparkausweis Zone 3 (Altstadt)

Sehr geehrte Frau Becker,

Ihr Bewohnerparkausweis wurde erteilt.
Kennzeichen: LI-AB 482
Zone: 3
Gültig bis: 31.03.2026
Gebühr: 30,00 EUR (bereits bezahlt)

Bitte legen Sie den Ausweis gut sichtbar hinter die Windschutzscheibe. Der Ausweis berechtigt
nicht zum Parken in anderen Zonen.

Mit freundlichen Grüßen
Ihre Straßenverkehrsbehörde`},
		{"fr-syndic-cameras-zone", rv28bFR, "syndic", `Cabinet Lemaire - Syndic de copropriété
Résidence Les Tilleuls, 8 rue des Lilas, 69003 Lyon

Avis aux copropriétaires et résidents

Installation de caméras de vidéosurveillance

Conformément à la décision de l'assemblée générale du 14 novembre 2024, quatre caméras seront
installées dans le parking souterrain et la zone des boîtes aux lettres à partir du 10 mars.
Les images sont enregistrées et conservées 15 jours, puis effacées.

Le stationnement dans la zone de livraison reste interdit aux résidents.

Le syndic`},
		{"accountant-invoice-sa-pages", rv28bTax, "accountant", `Morrow & Co Chartered Accountants
12 Bridge Street, Hexley

INVOICE 2025-0418
Date: 14/01/2026
To: Mr J Okoro

Preparation and online filing of your 2024-25 self assessment:
  SA100 main return                          £220.00
  SA105 UK property pages (2 properties)     £120.00
  SA103S self-employment (short)              £90.00
Subtotal                                     £430.00
VAT 20%                                       £86.00
Total due                                    £516.00

Payment within 14 days to Morrow & Co, sort code 20-11-44, account 55120987.`},
		{"sa103s-completed", rv28bTax, "tax_return", `SA103S 2025
Self-employment (short)
Tax year 6 April 2024 to 5 April 2025

Your name: JAMES OKORO          Unique Taxpayer Reference (UTR): 1234567890
Business details
1 Description of business: Wedding photography
2 Postcode of your business address: HX1 4PL
Business income
9 Your turnover: £38,420.00
Allowable business expenses
11 Car, van and travel expenses: £2,180.00
17 Other allowable business expenses: £3,940.00
Net profit or loss
20 Net profit: £32,300.00`},
		{"sa105-completed", rv28bTax, "tax_return", `UK property
Tax year 6 April 2024 to 5 April 2025 (2024-25)
SA105 2025   Page UKP 1

Your name: JAMES OKORO          UTR: 1234567890
Property income
17 Number of properties rented out: 2
20 Total rents and other income from property: £18,600.00
Property expenses
24 Rent, rates, insurance, ground rents etc: £1,240.00
25 Property repairs and maintenance: £2,310.00
27 Legal, management and other professional fees: £1,860.00
Calculating your taxable profit or loss
38 Adjusted profit for the year: £13,190.00`},
		{"kitchen-quote-site-measure", rv28bKitchen, "quote", `HEXLEY KITCHENS
Quotation Q-2291
Date: 02/04/2025    Valid for 30 days

Customer: Mr and Mrs Lowe, 22 Orchard Way

Shaker kitchen in sage green, 14 units, quartz worktops       £9,840.00
Appliances (oven, hob, extractor, dishwasher)                 £2,150.00
Fitting, plumbing and electrics                               £2,600.00
Free site measure before ordering                                 £0.00
Total inc VAT                                                £14,590.00

A 25% deposit secures your fitting date. Final measurements are taken at the site measure.`},
		{"kitchen-invoice-site-measure-fee", rv28bKitchen, "invoice", `HEXLEY KITCHENS
INVOICE INV-7712
Date: 05/04/2025

Bill to: Mr and Mrs Lowe, 22 Orchard Way

Site measure visit (refundable against order)       £75.00
VAT 20%                                              £15.00
Total due                                            £90.00

Please pay within 7 days. Bank: Hexley Kitchens Ltd, 40-11-22, 81726354.`},
		{"site-measure-appointment", rv28bKitchen, "appointment", `From: Hexley Kitchens <bookings@hexleykitchens.example>
Subject: Your site measure appointment is confirmed

Hi Mrs Lowe,

Your site measure is booked:

Date: Tuesday 8 April 2025
Time: 10:00 - 12:00
Surveyor: Dan

Please make sure Dan can get to the kitchen and the meter cupboard. If you need to change the
time, reply to this e-mail or call 01632 960 441.

See you then!
Hexley Kitchens`},
		{"blinds-po-measure-sheet", rv28bBlinds, "purchase_order", `PURCHASE ORDER PO-3381
To: Fabricraft Supplies Ltd
From: Shade & Co Blinds, Unit 4 Mill Yard
Date: 10/04/2025

Please supply:
3 x roller blind, Oslo Linen, made to exact size per attached measure sheet
  1) 1210 x 1500  2) 1210 x 1500  3) 640 x 1500
1 x motorised track 2.4 m, white

Deliver to Unit 4 by 18/04. Please quote PO-3381 on your invoice.`},
		{"measure-up-sheet", rv28bBlinds, "measure", `MEASURE-UP SHEET
Customer: Mrs Ahmed, 7 Linden Close      Date: 09/04/2025   Fitter: RB

Window 1 - lounge bay (3 pane): recess, 1210w x 1500d, 1210w x 1500d, 640w x 1500d
Window 2 - kitchen: exact, 900w x 1100d, face fix
Controls: chain left on all. Fabric chosen: Oslo Linen
Notes: plaster soft on bay, use long plugs`},
		{"merch-invoice-copy-request", rv28bMerch, "enquiry", `Hello,

Can we get a copy of invoice 44120 please? Our accounts team never received it and they
can't pay without it. The PO number on our side was GL-2231.

Many thanks,
Ben Tate
Greenleaf Marketing - Finance`},
		{"takeaway-phone-order-receipt", rv28bHome, "receipt", `GOLDEN DRAGON
14 High St, Hexley   01632 960 555

PHONE ORDER #441  - COLLECTION
12/04/2025 19:02

1 Crispy duck (half)        £14.50
1 Chicken chow mein          £8.20
2 Egg fried rice             £6.40
TOTAL                       £29.10
PAID - CARD  **** 4410

Thank you! See you again`},
		{"retailer-telephone-order-confirmation", rv28bHome, "order_confirmation", `From: Comfort Beds <orders@comfortbeds.example>
Subject: Thank you for your telephone order

Order confirmation - order number CB-118420
Placed by telephone on 11/04/2025 with Karen

1 x Oakley divan base, king size, 2 drawers     £449.00
1 x Harmony pocket 1500 mattress, king size      £599.00
Delivery: Thursday 24/04/2025, AM slot           £0.00
Total paid:                                   £1,048.00

You can track your order at comfortbeds.example/track.`},
		{"wholesale-invoice-phone-order", rv28bWholesale, "invoice", `GREENHOUSE WHOLESALE FLOWERS LTD
INVOICE 91-2207
Date: 11/04/2025   Order type: Phone order (taken by Jo)

Customer: Petal & Stem, 3 Market Row

20 x Rose Avalanche 60cm       £1.10     £22.00
10 x Eucalyptus cinerea        £0.85      £8.50
Delivery                                  £6.00
Net                                      £36.50
VAT                                       £7.30
Total due                                £43.80
Terms: 30 days`},
		{"florist-telephone-order-form", rv28bWholesale, "purchase_order", `TELEPHONE ORDER
Customer: Petal & Stem (acc PS01)       Taken by: Jo   Date: 14/04

For Wed delivery:
  25 x Rose Avalanche 60cm
  10 x Eucalyptus cinerea
  5 x Gypsophila
Deliver before 8am, back door.`},
		{"bakery-can-we-get-order", rv28bWholesale, "purchase_order", `Morning Jo,

Can we get the following for Friday please:
- 3 buckets of white tulips
- 2 bunches of eucalyptus
- 1 box of ruscus

Usual delivery time. Thanks!
Sasha - Petal & Stem`},
		{"parish-magazine-advert-invoice", rv28bChurch, "invoice", `ST MARY'S PARISH MAGAZINE
Advertising invoice no. 2025/014

To: Hexley Plumbing & Heating, 9 Yard Lane

Quarter-page advert in the Parish Magazine, April to June issues (3 x £25.00)   £75.00
Total due                                                                          £75.00

Please pay by bank transfer to St Mary's PCC, 30-91-22, 11872230, quoting ADV014, or by
cheque payable to St Mary's PCC. Thank you for supporting the magazine.`},
		{"council-letter-see-magazine", rv28bCouncil, "council_letter", `Westborough Council
Waste and Recycling

Dear Resident,

Changes to your bin collection day from 7 April 2025

From Monday 7 April your general waste and recycling will be collected on a Tuesday instead of
a Friday. Your garden waste day does not change. A new calendar is enclosed.

Please put your bins out by 7am on the day of collection. You can find more about the changes
in the spring issue of Westborough Life, your residents' magazine, or at
westborough.gov.example/bins.

Yours faithfully,
Head of Waste Services`},
		{"club-renewal-members-update", rv28bClub, "renewal", `Hexley Tennis Club

Dear Priya,

Your membership is due for renewal on 1 April 2025.

Adult membership for 2025-26 is £180 (or £16 a month by direct debit). Please renew online
by 31 March to keep your court booking access. Prices were agreed at the AGM, as reported in
February's members' update.

Thanks for being a member,
Membership Secretary`},
		{"members-update-newsletter", rv28bClub, "newsletter", `MEMBERS' UPDATE - April 2025

Courts 3 and 4 are resurfaced and open again - thank you for your patience.
Coaching: junior summer camp dates are 28 July to 1 August; booking opens on 1 May.
Social: quiz night on Friday 25 April in the clubhouse, teams of six.
Congratulations to the men's second team on winning Division 2!
Volunteers wanted for the open day on 10 May.`},
		{"ha-residents-magazine", rv28bHA, "newsletter", `HOMESTEAD HOUSING - RESIDENTS' MAGAZINE - Summer 2025

Welcome from our Chief Executive
Repairs: we completed 94% of repairs on time this quarter.
Your rent: how the new rent for 2025 was worked out.
Garden competition: send us your photos by 30 June.
Meet your neighbourhood officer for Elm Park: Jade.
Money advice: free sessions every Tuesday at the community hub.`},
		{"pension-statement-now-available-line", rv28bPension, "pension_statement", `Northstar Pensions
Annual Benefit Statement as at 5 April 2025

Member: Helen Price     Plan number: NP-2288410

Value of your pot on 5 April 2025             £48,215.60
Contributions paid in the year                  £4,320.00
Investment growth in the year                   £2,911.22
Projected pot at age 67 (in today's money)    £142,000

This statement is now available online as well. From next year we won't post a paper copy
unless you ask us to: sign in and open Documents to see all your statements.`},
		{"paperless-switch-notice", rv28bBank, "bank_letter", `Hexbank
Important changes to how you receive your statements

Dear Mr Okoro,

From 1 June 2025 we're moving your current account to paperless statements. This means we
won't post a paper copy of your statement any more. Each month we'll e-mail you when your
statement is ready, and you can sign in and open it in the app or online banking.

If you'd prefer to keep paper statements, call us on 0345 600 1234 or change your
preferences in the app by 31 May. There is no charge for paper statements.

Hexbank Customer Services`},
		{"ready-email-statement-now-available", rv28bBank2, "notification", `From: Hexbank <noreply@hexbank.example>
Subject: Your statement is ready

Hello James,

Your April statement is now available. For your security we don't attach it to this e-mail:
sign in and open the Documents tab to view or download it.

Hexbank`},
		{"school-meals-topup", rv28bSchool, "", `From: ParentPay <noreply@parentpay.example>
Subject: Payment confirmation

Thank you for your payment.

£25.00 has been added to your online account for Maisie Doyle (St Anne's Primary School -
school meals).

Payment reference: PP-99122014
Card: Visa ****4410
Date: 14/04/2025 18:22`},
		{"complaint-response-quotes-customer", rv28bPlumber, "complaint_response", `Hexley Boilers Ltd
Customer Relations

Dear Mr Grant,

Thank you for your e-mail of 3 April. You said you won't pay for the call-out on 28 March
because our engineer arrived three hours late and could not fix the boiler on that visit.

I have looked into this. The engineer was held up at an emergency job and we should have
called you. I am sorry. We have cancelled the call-out charge of £85, and the repair on
1 April is covered by our workmanship guarantee.

Yours sincerely,
Emma Shaw, Customer Relations Manager`},
		{"complaint-fed-up-bins", rv28bCouncil, "complaint", `To: waste@westborough.gov.example
Subject: Missed collections again - 18 Garth Road

Hello,

I'm fed up with our recycling being missed. This is the fourth time since January (13 Jan,
10 Feb, 24 Feb and now 7 April). Each time I report it online and it's collected a few days
later, but by then the bin is overflowing and the foxes have been at it.

Please can someone explain why our road keeps being missed and what you will do about it.

Regards,
Paul Davies`},
		{"complaint-replaced-no-charge", rv28bShopper, "complaint", `To: customer.care@homeplus.example
Subject: Order HP-77120 - damaged dining chairs

Hello,

Our six dining chairs were delivered on 9 April. When we unpacked them, two had split seats
and one had a wobbly leg; photos attached. The driver left before we could check them.

We expect the three damaged chairs to be replaced at no charge and collected from us. Please
let me know when that can happen.

Thanks,
Lena Hoffmann`},
		{"complaint-wont-pay-for", rv28bShopper, "complaint", `Dear Sir or Madam,

Gym membership 40021 - cancelled in January

I cancelled my membership in writing on 12 January, giving one month's notice as the contract
requires, and you confirmed it. You have still taken £39.99 in March and April. I won't pay
for months after my contract ended, and I want both payments refunded within 14 days.

Yours faithfully,
Dev Sharma`},
		{"fit-note-refused-medical-work-certificate", rv28bSick, "work", `Statement of Fitness for Work
Patient: Claire Bell     Date of birth: 12/09/1986

I assessed your case on: 14/04/2025
and, because of the following condition(s): lower back pain
I advise you that: you are not fit for work.
This will be the case for: 2 weeks, from 14/04/2025 to 27/04/2025.
I will not need to assess your fitness for work again at the end of this period.

Doctor's signature: Dr A Mensah     Hexley Health Centre`},
		{"birth-cert-refused-id-certificates", rv28bKids, "certificates", rv28bDoc1},
		{"birth-cert-id-names-it", rv28bKids2, "id", rv28bDoc1},
		{"birth-cert-refused-id-insurance-cert", rv28bKids3, "", rv28bDoc1},
		{"deposit-cert-refused-tenancy-certificates", rv28bLetting, "certificates", `mydeposits
Deposit Protection Certificate

Deposit ID: MD-00412-88
Date protected: 14 March 2025
Amount protected: £1,150.00

Property: Flat 3, 22 Quay Street, Hexley HX2 1QT
Landlord: Daniel Bell      Tenant(s): Sofia Marin

This certificate confirms that the deposit is protected by mydeposits in line with the
Housing Act 2004. The tenant should keep it with the tenancy agreement.`},
		{"school-letter-under-council-tax-not-letters", rv28bCouncilTax, "school", `Hexley Primary School

Letter to parents - Year 6 residential trip

Dear Parents and Carers,

Year 6 will go to Beacon Outdoor Centre from 2 to 4 June. The cost is £185, which can be paid
in instalments through ParentPay by 16 May. Please return the consent and medical form by
Friday 25 April.

A meeting for parents will be held on 29 April at 3.30pm in the hall.

Yours sincerely,
Mr T. Hughes, Year 6 Lead`},
		{"bank-statement-titled-statement", rv28bSupplier, "bank_statement", `Statement
Hexbank Business Account   Sort code 40-11-22   Account 81726354
1 March 2025 to 31 March 2025

Date    Description                 Paid out    Paid in    Balance
01/03   Opening balance                                    4,210.55
03/03   CARD PAYMENT SCREWFIX         118.40               4,092.15
07/03   TRANSFER FROM LOWE J                    2,400.00   6,492.15
14/03   DD HMRC VAT                   912.00               5,580.15
31/03   Closing balance                                    5,580.15`},
		{"pupil-report-titled-report", rv28bPupil, "transcript", `REPORT - Summer Term 2025
Pupil: Ava Bell     Class: 3B     Teacher: Mrs Khan

English: Ava reads with fluency and expression. Target: use paragraphs in longer writing.
Maths: secure in times tables to 10; working at the expected standard.
Science: enthusiastic and asks good questions.
Attendance: 97.2%
Effort: 1  Behaviour: 1

Headteacher's comment: A lovely year, Ava - well done!`},
		{"pet-health-certificate", rv28bVet, "vet_record", `ANIMAL HEALTH CERTIFICATE
for the non-commercial movement into the EU of dogs, cats or ferrets

Certificate reference: GB-AHC-2025-0448812
Animal: dog, Cocker Spaniel, female, "Bella", born 02/03/2021
Transponder: 826098100445120, implanted 20/04/2021
Rabies vaccination: 11/03/2025, Nobivac Rabies, valid from 01/04/2025
Tapeworm treatment: not required for France

Official veterinarian: J. Moss MRCVS, Hexley Vets      Date: 14/04/2025`},
		{"insurance-cert-car", rv28bCar, "insurance_policy", `CERTIFICATE OF MOTOR INSURANCE
Certificate number: 4418820/2025

1. Registration mark of vehicle: LK19 XZT
2. Name of policyholder: Samuel Reid
3. Effective date of the commencement of insurance: 12 April 2025
4. Date of expiry of insurance: 11 April 2026
5. Persons or classes of persons entitled to drive: the policyholder and Hannah Reid
6. Limitations as to use: social, domestic and pleasure, commuting

I hereby certify that the policy to which this certificate relates satisfies the
requirements of the relevant law applicable in Great Britain.
Authorised insurer: Hexley Insurance plc`},
		{"security-email-strong", rv28bBank, "security_alert", `From: Hexbank Security <security@hexbank.example>
Subject: Security alert: new device signed in

Security alert

A new device signed in to your Hexbank account:
Device: iPhone 15, Safari
Date: 14 April 2025, 21:14
Location: near Leeds, UK

If this was you, you don't need to do anything.
If you don't recognise this sign-in, sign in and open Settings > Security now to remove the
device and reset your password. Never share your one-time passcode with anyone.`},
		{"order-please-supply-wont-pay", rv28bStationery, "purchase_order", `Purchase order HD-0412
Hexley Dental, 5 Station Road

Please supply:
10 x A4 copier paper 80gsm (box)
4 x Post-it notes 76x76 yellow (12 pack)
2 x HP 59A black toner

Standard delivery please - we won't pay for next-day delivery on this order.
Please quote HD-0412 on your invoice.`},
		{"de-spedition-rechnung-maut", rv28bHaulier, "rechnung", `Spedition Krause GmbH
Industriestraße 12, 34123 Kassel

RECHNUNG Nr. 2025-0418
Datum: 14.04.2025
Kunde: Holzbau Meier GmbH, Kundennr. 10442

Transport Kassel - Nürnberg, 2 Paletten, 840 kg        210,00 EUR
Mautzuschlag (Lkw-Maut, 312 km)                          38,50 EUR
Dieselzuschlag 8 %                                        19,88 EUR
Netto                                                    268,38 EUR
USt. 19 %                                                 50,99 EUR
Gesamtbetrag                                             319,37 EUR

Zahlbar innerhalb 14 Tagen ohne Abzug.`},
		{"expense-claim-dartford-toll", rv28bExpenses, "expense_claim", `EXPENSE CLAIM - April 2025
Name: Sam Reid        Department: Field Sales       Cost centre: 4410

Date     Item                                         Amount
02/04    Mileage Hexley - Dartford - Hexley, 128 mi   £57.60
02/04    Dartford Crossing toll (Dart Charge)           £2.50
02/04    Lunch with client (receipt attached)          £18.40
09/04    Train Hexley - London return                  £46.20
Total                                                 £124.70

Receipts attached: 3.   Claimant signature: S Reid   Approved by: ............`},
		{"pl-protokol-bramka", rv28bKlub, "protokol", `PROTOKÓŁ z zebrania Zarządu KS Orzeł Lipno
z dnia 14 kwietnia 2025 r.

Obecni: prezes J. Nowak, wiceprezes A. Wiśniewski, skarbnik M. Kowalska, sekretarz P. Lis.

1. Zarząd przyjął sprawozdanie skarbnika za I kwartał.
2. Postanowiono zakupić nową bramkę treningową dla drużyny juniorów (koszt ok. 2 400 zł).
3. Ustalono termin walnego zebrania członków na 24 maja 2025 r.
4. Sprawy różne: naprawa ogrodzenia przy boisku bocznym.

Protokołował: P. Lis`},
		{"club-minutes-members-update-item", rv28bClub2, "minutes", `HEXLEY CRICKET CLUB
Minutes of the committee meeting held on 14 April 2025 at the pavilion

Present: R Shah (chair), T Bell, K Moss, P Adeyemi, L Grant. Apologies: J Webb.

1. Minutes of the March meeting were approved.
2. Treasurer's report: bank balance £8,412; subs 72% collected.
3. Members' update: the secretary will send the next members' update on 1 May with the
   fixtures and the nets rota.
4. Ground: the square has been scarified; roller repair quote £640 accepted.
5. AOB: none. Next meeting 12 May.`},
		{"price-list-telephone-orders", rv28bShop, "price_list", `HEXLEY CASH & CARRY - TRADE PRICE LIST - April 2025
All prices exclude VAT. Prices valid until 30 April 2025.

Code     Product                               Pack     Price
1001     Walkers crisps, assorted 32.5g        32       £9.49
1002     Coca-Cola 330ml can                   24       £10.99
1010     Mars bar 51g                          48       £24.99
1022     Buxton still water 500ml              24        £5.49

Telephone orders: 01632 960 700 (Mon-Fri 7am-4pm). Online orders at hexleycc.example.
Minimum order for free delivery: £150.`},
		{"planning-objection-representations", rv28bPlanning, "planning", `Planning Department, Westborough Council

Re: Planning application 25/00412/FUL - 3 Mill Lane, Hexley
Erection of a two-storey rear extension

Dear Sir or Madam,

I live at 5 Mill Lane and I wish to make representations objecting to this application.

1. The extension would be 6 metres deep on the shared boundary and would take the light from
   our kitchen and garden, contrary to policy H7.
2. The parking for the new bedrooms would be on the street, where there is no space.

I would ask the planning committee to refuse the application.

Yours faithfully,
Anne Moss`},
		{"insurance-renewal-no-paper", rv28bInsure, "insurance", `Hexley Home Insurance
Your renewal - policy HH-2288410

Dear Ms Price,

Your home insurance renews on 1 May 2025. Your new premium is £312.40 a year (last year
£298.10), paid monthly by direct debit. Your cover and excess stay the same.

As you chose paperless, we won't post a paper copy of your renewal documents: your new
policy schedule and certificate are in your online account.

You don't need to do anything to renew. To make changes, call us on 0345 600 9000.`},
		{"cover-letter-fed-up", rv28bJob, "cover_letter", `Dear Ms Khan,

I'd like to apply for the Warehouse Supervisor job advertised on your website. I've worked at
Parcelco's Hexley depot for six years, the last two as a team leader on nights with 14 staff.

To be honest I'm fed up with the commute to Hexley and your site is ten minutes from home, so
this would be ideal. I have my forklift licence and first aid at work.

My CV is attached. I can do an interview any weekday morning.

Thanks,
Lee Grant`},
		{"topup-added-to-online-account", rv28bHome, "receipt", `From: Hexley Leisure <noreply@hexleyleisure.example>
Subject: Receipt for your top-up

Thank you. £40.00 has been added to your online account.

Member: Helen Price (HL-22814)
Payment: Visa ****4410   14/04/2025 09:12
Transaction reference: TOP-441208
New balance: £52.50`},
		{"school-consent-sign-in-and-open", rv28bParents, "school", `Hexley Primary School

Dear Parents and Carers,

Year 4 will visit the Roman Museum on Thursday 15 May. The coach leaves at 9am and returns by
3pm. Children need a packed lunch and a waterproof coat.

To give consent and pay the £12 contribution, sign in and open the Trips section of the
ParentPay app by Friday 9 May.

Thank you,
Mrs Khan, Year 4 Lead`},
		{"sick-leave-request-with-certificate", rv28bHR2, "leave_request", `SICK LEAVE REQUEST
Employee: Mo Khan     Department: Warehouse     Manager: J. Webb

Dates of absence: 03/04/2025 to 12/04/2025 (8 working days)
Reason: viral gastroenteritis
Medical certificate attached: yes (Dr P Shah, Mill Lane Surgery, dated 03/04/2025)

Employee signature: M Khan      Date: 13/04/2025
Manager approval: approved - J Webb`},
		{"sick-leave-certificate-alone", rv28bHR2, "leave_request", `Sick Leave Certificate

This is to certify that Mo Khan has been unfit for work and requires sick leave from
03/04/2025 to 12/04/2025 (8 working days).

Dr P Shah, Mill Lane Surgery, 03/04/2025`},
	}
}

func TestReview28b(t *testing.T) {
	for _, c := range rv28bCases() {
		t.Run(c.name, func(t *testing.T) {
			classifyAs(t, c.name, c.text, c.rules, c.want)
		})
	}
}

// Documents more than one case classifies, under different rules.
const (
	rv28bDoc1 = `CERTIFIED COPY OF AN ENTRY OF BIRTH
Birth in the Sub-district of Hexley in the County of Westshire

1. Date and place of birth: Fourteenth March 2019, Hexley General Hospital
2. Name and surname: Oliver James BELL
3. Sex: Male
4. Name and surname of father: Daniel BELL
6. Name and surname of mother: Claire BELL
14. Signature of registrar: A. Patel
Date of registration: 2 April 2019`
)
