package scorer

// Review 39b of 2859a873..7b350c7e: a ledger row's words do not act
// (ledgerRows), a household's list of its bills does what a budget does
// (billsList, billsAside), a sender after "by" and a named kind writes
// that kind (buildProfile's writer), and "vehicle registration
// certificate/document" name a vehicle document. The regressions were
// right on 2859a873 and are wrong on 7b350c7e; the keeps are right on
// 7b350c7e (some fixed by it, the rest controls) and should stay right.

import "testing"

var (
	review39bHousehold = []Rule{
		{Type: "utility_bill", Description: "Gas, electricity, water and broadband bills"},
		{Type: "bank_statement", Description: "bank statements"},
		{Type: "budget", Description: "our monthly budget spreadsheet"},
		{Type: "council_tax", Description: "council tax bills"},
		{Type: "receipt", Description: "receipts"},
		{Type: "tenancy", Description: "tenancy agreement and letters from the letting agent"},
		{Type: "insurance", Description: "home and car insurance documents"},
	}
	review39bBooks = []Rule{
		{Type: "sales_invoice", Description: "Sales invoices we issue to customers"},
		{Type: "purchase_invoice", Description: "Invoices issued by suppliers to the shop"},
		{Type: "receipt", Description: "Till receipts and card slips for small purchases"},
		{Type: "bank_statement", Description: "Business bank statements (monthly, PDF or CSV export)"},
		{Type: "remittance", Description: "Remittance advices from customers telling us what they paid"},
		{Type: "supplier_statement", Description: "Monthly statements of account from suppliers listing invoices and payments"},
		{Type: "payslip", Description: "Payslips for staff"},
	}
	review39bLandlord = []Rule{
		{Type: "tenancy_agreement", Description: "Assured shorthold tenancy agreements signed with tenants"},
		{Type: "rent_statement", Description: "Rent statements / rent ledger showing rent due and paid for a tenant"},
		{Type: "utility_bill", Description: "Utility bills for the properties (gas, electric, water)"},
		{Type: "listing", Description: "Property adverts and listings for letting"},
		{Type: "gas_safety", Description: "Gas safety certificates (CP12)"},
		{Type: "expenses", Description: "Spreadsheets of property income and expenses for tax"},
		{Type: "inventory", Description: "Check-in and check-out inventory reports"},
	}
	review39bCar = []Rule{
		{Type: "vehicle_doc", Description: "V5C logbook / vehicle registration document"},
		{Type: "mot", Description: "MOT certificates and advisories"},
		{Type: "insurance", Description: "Car insurance certificate and policy schedule"},
		{Type: "service", Description: "Garage invoices for servicing and repairs"},
		{Type: "parking", Description: "Parking fines and PCNs"},
		{Type: "finance", Description: "Car finance agreement and statements"},
	}
	review39bSchool = []Rule{
		{Type: "school_letter", Description: "Letters sent by the school"},
		{Type: "school_invoice", Description: "Invoices sent by the school for trips, clubs and lunches"},
		{Type: "school_report", Description: "Reports written by the school about my child's progress"},
		{Type: "medical", Description: "Letters from the GP or hospital"},
		{Type: "timetable", Description: "Timetables issued by the school"},
	}
	review39bCouncil = []Rule{
		{Type: "council_notice", Description: "Notices sent by the council about bins, roadworks and parking"},
		{Type: "council_tax", Description: "Council tax bills"},
		{Type: "planning", Description: "Planning applications and decisions"},
		{Type: "pcn", Description: "Parking fines issued by the council"},
		{Type: "benefits", Description: "Benefit letters from the DWP or jobcentre"},
	}
	review39bNurse = []Rule{
		{Type: "registration", Description: "Certificates issued by the NMC (registration, revalidation)"},
		{Type: "cpd", Description: "CPD certificates from training courses"},
		{Type: "payslip", Description: "NHS payslips"},
		{Type: "rota", Description: "Shift rotas"},
		{Type: "reference", Description: "Reference letters"},
	}
	review39bMove = []Rule{
		{Type: "checklist", Description: "Moving house checklists and to-do lists"},
		{Type: "budget", Description: "Budget for the move"},
		{Type: "final_bill", Description: "Final bills from energy and water suppliers"},
		{Type: "tenancy", Description: "Tenancy agreement for the new flat"},
		{Type: "removal_quote", Description: "Quotes from removal companies"},
	}
	review39bMortgage = []Rule{
		{Type: "mortgage_application", Description: "Mortgage application form, including income and monthly outgoings"},
		{Type: "payslip", Description: "Payslips (last 3 months)"},
		{Type: "bank_statement", Description: "Bank statements (last 3 months)"},
		{Type: "id", Description: "Passport or driving licence"},
		{Type: "p60", Description: "P60 end of year certificate"},
	}
	review39bParish = []Rule{
		{Type: "minutes", Description: "Minutes of meetings held by the parish council"},
		{Type: "agenda", Description: "Agendas for parish council meetings"},
		{Type: "correspondence", Description: "Letters sent by the parish council to residents"},
		{Type: "planning", Description: "Planning applications notified to us by the district council for comment"},
		{Type: "invoice", Description: "Invoices from contractors"},
	}
	review39bBoat = []Rule{
		{Type: "registration", Description: "Boat registration certificate (Small Ships Register)"},
		{Type: "licence", Description: "Canal & River Trust boat licence"},
		{Type: "insurance", Description: "Boat insurance"},
		{Type: "mooring", Description: "Mooring agreement and mooring invoices"},
		{Type: "bss", Description: "Boat Safety Scheme examination certificate"},
	}
	review39bPermit = []Rule{
		{Type: "permit_application", Description: "Residents' parking permit applications"},
		{Type: "vehicle_doc", Description: "Vehicle registration documents"},
		{Type: "proof_of_address", Description: "Proof of address: utility bill or council tax bill"},
		{Type: "pcn", Description: "Penalty charge notices"},
	}
)

var ownCases = []ownCase{
	// ---------------- part 1: ledger rows
	{"window-cleaner-receipt-row", review39bHousehold, "receipt", `CLEARVIEW WINDOW CLEANING
Dave Pritchard - 07700 900418

RECEIPT No. 0318

Date        Customer / job                         Price     Paid
03/06/2024  14 Larch Close - front, back, conservatory  £25.00   £25.00 PAID IN CASH

Thanks, see you in 4 weeks.`},
	{"rent-receipt-dated-line", review39bHousehold, "receipt", `RENT RECEIPT                                   No. 147

01/03/2024  Received from Ms K Nowak the sum of £650.00   Balance owing £0.00
For: rent of Flat 2, 9 Chapel Street, for March 2024

Signed: J. Hughes (landlord)`},
	{"donation-receipts-annual", review39bHousehold, "receipt", `St Anne's Hospice - Gift Aid donation receipt
Donor: Mr R Atkins, 22 Moor Lane, Bolton BL1 4RT     Donor ref: 003817

Date         Details                         Donation   Gift Aid
05/01/2024   Received with thanks            20.00      5.00
05/02/2024   Received with thanks            20.00      5.00
05/03/2024   Received with thanks            20.00      5.00

Thank you for your generous support. Please keep this receipt for your tax records.`},
	{"fuel-receipt-control", review39bBooks, "receipt", `SHELL HARROGATE RD
VAT No 235 7632 55
14/03/2024 08:12   PUMP 04
UNLEADED 45.32L @ 1.509   68.39
TOTAL                     68.39
VISA CONTACTLESS          68.39
AUTH CODE 448210
THANK YOU FOR SHOPPING WITH US
PLEASE RETAIN THIS RECEIPT`},
	{"market-stall-oneline", review39bBooks, "receipt", `Riverside Farmers Market - Stall 12 Hartley's Cheese
12/05/2024 10:41  Sale 14.60  Cash 20.00  Change 5.40
Thank you - see you next Sunday!`},
	{"photographer-invoice-schedule", review39bBooks, "sales_invoice", `Lumen & Lace Photography
INVOICE 2024-031
To: Ms Chloe Barrett, 7 Orchard Way, Leamington Spa CV31 2AB

Wedding photography - full day, 14 September 2024      £1,450.00
Second shooter                                          £250.00
Total                                                   £1,700.00

Payment schedule
01/06/2024  Booking fee - please pay on signing          350.00    350.00
01/08/2024  Balance - please pay by this date          1,350.00  1,700.00

Bank: Lumen & Lace Ltd, sort code 40-11-62, acc 71234567, ref 2024-031`},
	{"remittance-control", review39bBooks, "remittance", `REMITTANCE ADVICE
From: Harbour View Hotel Ltd     To: The Corner Deli
We have made a payment to your account by BACS on 28/05/2024.

Date        Invoice    Amount      Paid
02/05/2024  INV-0881   312.40      312.40
09/05/2024  INV-0894   287.15      287.15
Total paid                          599.55`},
	{"remittance-email-row", review39bBooks, "remittance", `Hi Sam,

Just to let you know where we are with your invoices:

05/06/2024  INV-2231  I have paid invoice 2231 today   480.00   balance 0.00
12/06/2024  INV-2240  will go in next week's run       215.00   balance 215.00

Thanks, Priya (accounts, Harbour View Hotel)`},
	{"credit-card-ocr-days", review39bHousehold, "bank_statement", `Barclaycard Platinum   Statement date 20 Oct 2024
Card ending 4471

Date   Description                              Amount    Balance
l4Oct  PAYMENT RECEIVED - THANK YOU             -350.00   1,204.18
o5Oct  HARLOW STORES 2231 LEEDS                    54.20   1,258.38
l6Oct  MARKETHUB.EXAMPLE*RT4K2                         23.99   1,282.37
l8Oct  PAID IN CASH AT BRANCH                   -100.00   1,182.37

Minimum payment 25.00 by 15 Nov 2024`},
	{"rent-ledger", review39bLandlord, "rent_statement", `Tenant: Mr D Okafor   Property: 41 Beech Grove, Flat B

Date        Details                              Charge    Paid      Balance
01/04/2024  Rent April                           650.00              650.00
03/04/2024  Payment received - thank you                   650.00      0.00
01/05/2024  Rent May                             650.00              650.00
08/05/2024  Paid in cash - thank you                       650.00      0.00`},
	{"builders-merchant-statement", review39bBooks, "supplier_statement", `JEWSON - Harrogate branch
STATEMENT OF ACCOUNT      Account: CORN001  The Corner Deli      Period to 31/05/2024

Date        Ref          Details                    Debit      Credit     Balance
12/04/2024  INV 55812    Timber, fixings            234.50                1,234.50
30/04/2024  PAY          Payment received - thank you           1,000.00    234.50
15/05/2024  INV 56210    Plasterboard                88.20                  322.70

Please pay the balance of £322.70 by 30/06/2024.`},
	{"payslip-control", review39bNurse, "payslip", `NHS Leeds Teaching Hospitals    PAYSLIP
Employee: A. Mensah     Band 5     Pay date 28/03/2024     Tax code 1257L

Basic pay            2,450.00     YTD 24,500.00
Unsocial hours         312.40     YTD  2,980.10
Income tax             -341.20
National Insurance     -188.04
NHS Pension            -260.44
Net pay              1,972.72    paid to your account ending 4471`},
	{"de-kontoauszug-control", []Rule{
		{Type: "kontoauszug", Description: "Kontoauszüge"},
		{Type: "quittung", Description: "Quittungen und Kassenbons"},
		{Type: "rechnung", Description: "Rechnungen"},
		{Type: "haushaltsbuch", Description: "Haushaltsbuch / Budget"},
	}, "kontoauszug", `Sparkasse KölnBonn   Kontoauszug 5/2024   Girokonto DE12 3705 0198 0012 3456 78
Buchungstag  Vorgang                                  Betrag EUR
02.05.2024   Lastschrift RheinEnergie Strom/Gas       -112,00
03.05.2024   Bareinzahlung                             500,00
06.05.2024   Kartenzahlung REWE                        -63,41
Alter Kontostand 1.204,55   Neuer Kontostand 1.529,14`},
	{"fr-ticket-caisse-control", []Rule{
		{Type: "recu", Description: "Tickets de caisse et reçus"},
		{Type: "releve", Description: "Relevés bancaires"},
		{Type: "facture", Description: "Factures"},
	}, "recu", `BOULANGERIE DU MARCHÉ
12 rue Victor Hugo, 69002 Lyon
14/03/2024 08:12
2 baguette tradition        2.60
1 pain aux raisins          1.45
TOTAL                       4.05
ESPECES                     5.00
RENDU                       0.95
Merci de votre visite !`},
	{"corner-shop-mars", review39bBooks, "receipt", `COSTCUTTER - Bridge St
2 Mars Bar          0.85    1.70
1 Decaf Latte       2.80    2.80
3 May Bell Eggs     0.40    1.20
TOTAL                       5.70
CASH 10.00   CHANGE 4.30
Thank you for your purchase`},
}

func init() {
	ownCases = append(ownCases, []ownCase{
		// ---------------- part 2: household bills lists
		{"monthly-outgoings-sheet", review39bHousehold, "budget", `Monthly outgoings - 24 Elm Road (from June)

Item            Amount    Paid from     Day
Rent            850.00    joint         1st
Council tax     142.00    joint         1st
Electric         65.00    joint         15th
Gas              48.00    joint         15th
Water            32.40    joint         20th
Broadband        30.00    Sam           22nd
TV licence       13.25    Alex          1st
Total         1,180.65`},
		{"dual-fuel-bill-acts", review39bHousehold, "utility_bill", `Brightwell Energy
Here's your latest bill - 01 May to 31 May 2024
Account A-4F2C19   Supply address: 24 Elm Road, Leeds LS6 2AB

Electricity  245 kWh @ 24.50p     £60.03   Standing charge 31 days @ 60.10p   £18.63
Gas          610 kWh @ 6.04p      £36.84   Standing charge 31 days @ 31.43p    £9.74
VAT at 5%                                                                       £6.26
Total for this period                                                         £131.50
We'll collect £131.50 by Direct Debit on 15 June. Meter readings used for this bill: E 04512 (actual), G 01234 (estimated).`},
		{"multiservice-bill", review39bHousehold, "utility_bill", `Utility Warehouse - Bill date 12/06/2024   Account 8847-2231
Mr & Mrs S Hollis, 24 Elm Road, Leeds LS6 2AB

Summary of charges
Electricity   1 May - 31 May   238 kWh   standing charge 31 days   £67.10
Gas           1 May - 31 May   590 kWh   standing charge 31 days   £44.20
Broadband & Home Phone         Full fibre 150 + line rental        £38.00
Home Insurance                 buildings & contents, monthly       £21.45
Cashback card savings                                              -£4.12
Total to pay by Direct Debit on 26/06/2024                         £166.63`},
		{"scottish-council-tax", review39bHousehold, "council_tax", `Glasgow City Council
Council Tax and Water Charges Bill 2024/25
Account ref 3017 2245 9     Band C     Property: 2/1 14 Kelvin Drive, Glasgow G20 8QP

Council Tax                     1,456.20
Water Charge                      456.12
Waste Water Charge                510.36
Single person discount (25%)     -605.67
Amount payable                  1,817.01
10 monthly instalments of £181.71 from 1 April 2024 by Direct Debit.`},
		{"bank-statement-dd-undated", review39bHousehold, "bank_statement", `Fenwick Bank UK PLC   Statement 1 May - 31 May 2024
Mr S Hollis   Sort code 20-32-06   Account 40778812

Date     Description                               Money out   Money in   Balance
         Start balance                                                    2,310.44
01 May   Direct Debit to Northgas                  85.00              2,225.44
         Direct Debit to Dale Water              34.00              2,191.44
         Direct Debit to Leeds CC Council Tax        142.00              2,049.44
         Direct Debit to TV Licence MBP               13.25              2,036.19
28 May   Bank Giro Credit ACME LTD SALARY                      2,640.00   4,676.19
         End balance                                                      4,676.19`},
		{"tenancy-clause-bills", review39bHousehold, "tenancy", `ASSURED SHORTHOLD TENANCY AGREEMENT
Landlord: Mr P Grant   Tenant: Ms L Adeyemi   Property: 3 Willow Mews, Sheffield S10 5DT
Term: 12 months from 01/07/2024   Rent: £795.00 per calendar month, payable in advance on the 1st

4. Tenant's obligations
4.1 To pay the rent on the days and in the manner set out above.
4.2 To keep the interior of the Property in good and clean condition.
4.3 To pay the council tax, water rates, gas, electricity, telephone and broadband charges for the Property during the Term.
4.4 Not to sublet or part with possession of the Property.
5. Deposit
5.1 A deposit of £915.00 is protected with the DPS within 30 days.`},
		{"checkout-inventory", review39bLandlord, "inventory", `CHECK-OUT INVENTORY REPORT
Property: 41 Beech Grove, Flat B     Tenant: Mr D Okafor     Date: 30/06/2024
Clerk: Sarah Dunn (Inventory Hub)

Meter readings
Electricity meter no. S95K04213   reading 045121
Gas meter no. G4A00871            reading 01234.5
Water meter no. 11K0045           reading 00345
Council tax: Band B, account 300123456 - tenant to notify Leeds CC

Living room
Walls: magnolia, 2 small scuffs by door (not at check-in)
Carpet: grey, light soiling by window - professional clean recommended`},
		{"mortgage-app-outgoings", review39bMortgage, "mortgage_application", `MORTGAGE APPLICATION - Section 6: Monthly expenditure
Applicant 1: Sam Hollis     Applicant 2: Alex Hollis

Council tax                  142.00
Gas and electricity          113.00
Water                         32.40
Phone / broadband / TV        58.00
Buildings & contents insurance 21.45
Childcare                    410.00
Car finance                  189.00
Total monthly commitments    965.85

Declaration: we confirm the information given in this application is true and complete.
Signed ______________  Date ___________`},
		{"landlord-expenses", review39bLandlord, "expenses", `41 Beech Grove - income & expenses 2023/24 (for SA105)

Income
Rent received                         7,800.00
Expenses
Mortgage interest                     3,210.40
Buildings insurance                     342.00
Gas safety certificate (CP12)            75.00
Council tax - void period Aug            98.50
Water - void period Aug                  31.20
Letting agent fees (12%)                936.00
Repairs - boiler part                   184.00
Net profit                            2,922.90`},
		{"final-electric-bill", review39bMove, "final_bill", `Trident Power
Your final bill
Account 671 229 4410    Supply address: Flat 2, 9 Chapel Street, Leeds
Period 01/06/2024 - 28/06/2024 (moving out)
Opening reading 04391   Closing reading 04512   121 kWh @ 24.86p   £30.08
Standing charge 28 days @ 53.35p                                 £14.94
VAT 5%                                                           £2.25
Amount due £47.27 - we'll take this by Direct Debit on 12/07/2024`},
		{"water-sewerage-bill", review39bLandlord, "utility_bill", `Dale Water
Water and sewerage bill 2024/25    Customer no. 7712 0045 3
Property: 41 Beech Grove, Leeds LS6 3AB

Water supply (unmetered, rateable value 212)      £212.40
Sewerage - foul                                   £198.10
Sewerage - surface water drainage                  £41.30
Total for the year                                £451.80
Pay by 10 monthly instalments of £45.18 from 1 April 2024.`},
		{"cable-bundle", review39bHousehold, "utility_bill", `Cablewave   Your bill   Bill date 03/06/2024   Account 23041887
Bigger Bundle - 3 Jun to 2 Jul
Broadband M250                                   £35.00
Home phone - line rental + Anytime calls         £18.50
TV - Bigger + Netflix                            £22.00
Calls to mobiles (itemised below)                 £3.12
Total                                            £78.62
Collected by Direct Debit on or after 17/06/2024.`},
		{"de-haushaltsplan", []Rule{
			{Type: "kontoauszug", Description: "Kontoauszüge"},
			{Type: "rechnung", Description: "Strom-, Gas- und Wasserrechnungen"},
			{Type: "haushaltsbuch", Description: "Haushaltsbuch / Budget"},
			{Type: "mietvertrag", Description: "Mietvertrag"},
		}, "haushaltsbuch", `Haushaltsplan Juni 2024
Miete (warm)        980,00
Strom                65,00
Gas                  48,00
Internet/Telefon     35,00
Rundfunkbeitrag      18,36
Versicherungen       42,10
Lebensmittel        450,00
Summe             1.638,46`},
		{"nl-vaste-lasten", []Rule{
			{Type: "begroting", Description: "Begroting / overzicht vaste lasten"},
			{Type: "rekening", Description: "Energie- en waterrekeningen"},
			{Type: "bankafschrift", Description: "Bankafschriften"},
			{Type: "huurcontract", Description: "Huurcontract"},
		}, "begroting", `Vaste lasten per maand (2024)
Huur                      1.050,00
Energie (Vattenfall)        145,00
Water (Waternet)             24,50
Internet + tv (Ziggo)        52,00
Gemeentelijke belastingen    38,00
Zorgverzekering (2x)        296,00
Totaal                    1.605,50`},
		{"service-charge-estimate", []Rule{
			{Type: "service_charge", Description: "Service charge demands and year-end accounts from the managing agent"},
			{Type: "ground_rent", Description: "Ground rent demands"},
			{Type: "utility_bill", Description: "My own gas, electricity and water bills"},
			{Type: "lease", Description: "The lease"},
			{Type: "minutes", Description: "Residents' association meeting minutes"},
		}, "service_charge", `Harbour Court Management Ltd
Service charge demand - half year 1 July to 31 December 2024
Flat 12, Harbour Court    Your share: 4.35%

Budget heading                    Block total    Your share
Communal electricity                2,400.00       104.40
Water (communal taps, sprinklers)     600.00        26.10
Buildings insurance                 9,800.00       426.30
Cleaning & gardening                3,100.00       134.85
Total due by 1 July 2024                           691.65`},
	}...)
}

func init() {
	ownCases = append(ownCases, []ownCase{
		// ---------------- part 3: a sender after "by"
		{"school-trip-invoice", review39bSchool, "school_invoice", `Oakfield Primary School
INVOICE 2024/118        Date: 02/05/2024
To: Parent/carer of Lily Turner, Year 4 Hazel

Year 4 residential trip - Whitby, 12-14 June 2024       £185.00
Less deposit paid 15/03/2024                            -£50.00
Balance due                                             £135.00

Please pay via ParentPay by 24 May 2024. If you are having difficulty paying, please speak to Mrs Khan in the school office in confidence.`},
		{"school-letter-sports-day", review39bSchool, "school_letter", `Oakfield Primary School
14 June 2024

Dear Parents and Carers,

Sports Day will take place on Wednesday 3 July on the school field, starting at 1.30pm. Children should come to school in their PE kit and bring a named water bottle and sun hat. Parents are very welcome to watch from the marked area.

If the weather is poor we will move it to Friday 5 July and let you know by text.

Mrs A Patel, Headteacher`},
		{"school-report", review39bSchool, "school_report", `Oakfield Primary School - End of Year Report 2023/24
Pupil: Lily Turner    Class: Year 4 Hazel    Attendance: 96.4%

English: Lily reads fluently and with expression; she is working at the expected standard.
Maths: Lily has secure recall of her times tables and is working at the expected standard.
Science: Lily asks thoughtful questions and records her findings carefully.
Class teacher's comment: Lily is a kind and hard-working member of the class.`},
		{"council-bin-notice", review39bCouncil, "council_notice", `Leeds City Council
Dear Resident,

Changes to your bin collection days from Monday 1 July 2024

From 1 July your black bin will be collected on Tuesdays and your green recycling bin on alternate Fridays. Please put your bins out by 7am on collection day and bring them back in the same evening.

You can check your new collection calendar at leeds.gov.uk/bins.

Waste Management Services`},
		{"council-roadworks-notice", review39bCouncil, "council_notice", `Sheffield City Council - Highways
To the occupier

Notice of temporary road closure: Ecclesall Road (junction with Hunter's Bar) 
The road will be closed to through traffic from 8 July to 19 July 2024, 7pm to 6am, for resurfacing. A signed diversion will be in place. Access for residents will be maintained at all times.

We apologise for any inconvenience.`},
		{"council-pcn", review39bCouncil, "pcn", `PENALTY CHARGE NOTICE   PCN No. LS40187723
Issued by Leeds City Council under the Traffic Management Act 2004
Vehicle registration mark: YD19 KTV    Location: Great George Street
Contravention: 01 - parked in a restricted street during prescribed hours
Date: 12/06/2024  Time: 10:42
Penalty charge £70.00 - reduced to £35.00 if paid within 14 days`},
		{"nmc-revalidation", review39bNurse, "registration", `Nursing and Midwifery Council
Dear Ama Mensah,

Your revalidation application has been approved

We are pleased to confirm that your revalidation has been approved and your registration has been renewed until 31 March 2027. Your NMC PIN is 12A3456E.

Please remember to pay your annual fee each year to keep your registration active.

Registrations team`},
		{"nmc-certificate", review39bNurse, "registration", `NURSING AND MIDWIFERY COUNCIL
CONFIRMATION OF REGISTRATION

This is to confirm that Ama Mensah, PIN 12A3456E, is registered on the NMC register as:
Registered Nurse - Adult (Sub part 1)
Date of registration: 01/09/2015    Registration expires: 31/03/2027`},
		{"cpd-certificate", review39bNurse, "cpd", `Certificate of Completion

This certifies that AMA MENSAH
has completed the course
Safeguarding Adults - Level 3 (6 CPD hours)
on 14 May 2024

Skills for Health e-Learning`},
		{"parish-minutes", review39bParish, "minutes", `Little Marston Parish Council
Minutes of the meeting held on Tuesday 14 May 2024 at 7.30pm in the Village Hall
Present: Cllrs Hale (Chair), Brooks, Dutta, Sumner. Clerk: Mrs J Ward. 3 members of the public.
24/31 Apologies: Cllr Fenwick.
24/32 Minutes of the meeting of 9 April were approved and signed.
24/33 Planning: 24/00871/FUL Rose Cottage - no objection. Proposed Cllr Brooks, seconded Cllr Sumner, all in favour.
24/34 Playground: the clerk to obtain three quotes for new swings.`},
		{"district-planning-consultation", review39bParish, "planning", `North Kesteven District Council
Development Management

Dear Clerk,

Town and Country Planning Act 1990 - consultation on planning application
Application no: 24/00871/FUL
Proposal: single storey rear extension and detached garage
Site: Rose Cottage, Church Lane, Little Marston

The District Council has received the above application and would welcome the Parish Council's comments by 7 June 2024. Plans can be viewed on our website.

Yours faithfully, Planning Support Officer`},
		{"parish-letter-residents", review39bParish, "correspondence", `Little Marston Parish Council
Dear Resident,

The Parish Council is pleased to let you know that the new defibrillator has been installed on the wall of the Village Hall. Training sessions will be held on 22 June and 6 July - please contact the clerk to book a place.

Mrs J Ward, Clerk to the Council`},
		{"benefit-uc-statement", review39bCouncil, "benefits", `Universal Credit statement
Assessment period 15 May 2024 to 14 June 2024
Standard allowance                 £393.45
Housing element                    £475.00
Child element                      £287.92
Earnings deduction                -£210.40
You will be paid £946.00 on 21 June 2024.
Department for Work and Pensions`},
		// ---------------- part 4: vehicle registration certificate / document
		{"v5c-logbook", review39bCar, "vehicle_doc", `V5C   VEHICLE REGISTRATION CERTIFICATE
Document reference number 1234 5678 901
Registration number  YD19 KTV        Date of first registration 14 03 2019
Registered keeper    MR SAMUEL HOLLIS, 24 ELM ROAD, LEEDS LS6 2AB
Make FORD   Model FIESTA ZETEC   Body type 5 DOOR HATCHBACK   Colour BLUE
VIN WF0DXXGAKDKR12345   Cylinder capacity 998 cc   Type of fuel PETROL
This document is not proof of ownership.   DVLA Swansea SA99 1BA`},
		{"irish-vrd", review39bCar, "vehicle_doc", `Vehicle Registration Certificate
Department of Transport - Vehicle Registration Unit, Shannon
Registration No. 191-D-12345     Date of first registration in Ireland 14/03/2019
Owner: Siobhan Keane, 4 Harbour Rd, Howth, Co. Dublin
Make: Toyota  Model: Yaris  Colour: Silver  Engine cc: 1490  Fuel: Petrol Hybrid
Chassis no. VNKKH3D3X0A123456     No. of previous owners: 1`},
		{"mot-certificate", review39bCar, "mot", `MOT test certificate (VT20)
Vehicle registration mark YD19 KTV   Make FORD   Model FIESTA
Date of test 02/03/2024   Expiry date 01/03/2025   Odometer 41,233 miles
Test result: PASS
Advisories: Nearside front tyre worn close to legal limit (5.2.3 (e))
Test station: Kirkstall Motors, V12345`},
		{"insurance-certificate", review39bCar, "insurance", `CERTIFICATE OF MOTOR INSURANCE    Certificate no. ADM-44817723
1. Registration mark of vehicle: YD19 KTV
2. Name of policyholder: Samuel Hollis
3. Effective date of the commencement of insurance: 00:01 on 14/03/2024
4. Date of expiry of insurance: 23:59 on 13/03/2025
5. Persons or classes of persons entitled to drive: the policyholder; Alex Hollis
6. Limitations as to use: social, domestic and pleasure purposes and commuting
I hereby certify that the policy to which this certificate relates satisfies the requirements of the relevant law. Admiral Insurance (Gibraltar) Ltd`},
		{"permit-application", review39bPermit, "permit_application", `Residents' parking permit - application
Zone: H (Hyde Park)     Permit type: resident, 12 months (£50.00)
Name: Samuel Hollis    Address: 24 Elm Road, Leeds LS6 2AB
Vehicle registration number: YD19 KTV   Make/model: Ford Fiesta

Please enclose:
- a copy of your vehicle registration certificate (V5C) showing this address
- one proof of address dated in the last 3 months
Signed: S Hollis     Date: 04/06/2024`},
		{"car-sale-receipt", review39bHousehold, "receipt", `Receipt for sale of vehicle
Received from Mr T Walsh the sum of £3,250.00 (three thousand two hundred and fifty pounds) in cash
for Ford Fiesta, registration YD19 KTV, sold as seen.
V5C vehicle registration document new keeper slip (V5C/2) handed to buyer.
Seller: S Hollis     Date: 22/06/2024`},
		{"boat-licence", review39bBoat, "licence", `Canal & River Trust
Boat licence - 12 months from 01/05/2024
Boat name: Kingfisher II    Index no. 51234    Length 57 ft
Licence holder: Mr D Pryce    Home mooring: Stone Marina
Display this licence on both sides of your boat. This licence does not cover registration of the vessel.`},
		{"nl-kentekenbewijs", []Rule{
			{Type: "kenteken", Description: "Kentekenbewijs / kentekencard"},
			{Type: "apk", Description: "APK-keuringsrapporten"},
			{Type: "verzekering", Description: "Autoverzekering polis"},
			{Type: "boete", Description: "Verkeersboetes (CJIB)"},
		}, "kenteken", `RDW   Kentekenbewijs (kentekencard)
Kenteken: 12-ABC-3    Merk: VOLKSWAGEN   Handelsbenaming: GOLF
Datum eerste toelating: 14-03-2019    Datum tenaamstelling: 02-05-2022
Naam: J. de Vries   Postcode: 3511 AB
Voertuigcategorie: M1   Brandstof: benzine
Tenaamstellingscode bewaren bij deel II.`},
		{"pl-dowod-rejestracyjny", []Rule{
			{Type: "dowod_rejestracyjny", Description: "Dowód rejestracyjny pojazdu"},
			{Type: "polisa", Description: "Polisa OC/AC"},
			{Type: "przeglad", Description: "Zaświadczenie o przeglądzie technicznym"},
			{Type: "faktura", Description: "Faktury za serwis"},
		}, "dowod_rejestracyjny", `RZECZPOSPOLITA POLSKA   DOWÓD REJESTRACYJNY
A. Numer rejestracyjny: WE 12345    B. Data pierwszej rejestracji: 14.03.2019
C.1.1 Nazwisko lub nazwa: KOWALSKI   C.1.2 Imię: JAN   C.1.3 Adres: ul. Lipowa 4, Warszawa
D.1 Marka: TOYOTA   D.3 Model: COROLLA   E. Numer VIN: SB1K93BE30E123456
P.3 Rodzaj paliwa: P   Wydany przez: Prezydent m.st. Warszawy`},
	}...)
}

var (
	review39bAgent = []Rule{
		{Type: "landlord_statement", Description: "Monthly landlord statements from the letting agent (rent collected, fees and costs deducted)"},
		{Type: "tenancy_agreement", Description: "Tenancy agreements"},
		{Type: "invoice", Description: "Contractors' invoices for repairs"},
		{Type: "gas_safety", Description: "Gas safety certificates"},
		{Type: "tax_return", Description: "Self assessment tax return and SA302"},
	}
	review39bBenefits = []Rule{
		{Type: "hb_decision", Description: "Housing benefit and council tax reduction decision letters"},
		{Type: "council_tax", Description: "Council tax bills"},
		{Type: "uc", Description: "Universal Credit statements"},
		{Type: "tenancy", Description: "Tenancy agreement"},
		{Type: "bank_statement", Description: "Bank statements"},
	}
	review39bConveyancing = []Rule{
		{Type: "property_info_form", Description: "TA6 property information form completed by the seller"},
		{Type: "fittings_form", Description: "TA10 fittings and contents form"},
		{Type: "searches", Description: "Local authority, water and drainage searches"},
		{Type: "mortgage_offer", Description: "Mortgage offer"},
		{Type: "survey", Description: "Survey or homebuyer report"},
	}
	review39bHomeIns = []Rule{
		{Type: "home_insurance", Description: "Home insurance policy schedule and renewal"},
		{Type: "utility_bill", Description: "Energy and water bills"},
		{Type: "boiler", Description: "Boiler service records and gas safety checks"},
		{Type: "mortgage", Description: "Mortgage statements"},
		{Type: "budget", Description: "Household budget"},
	}
	review39bTreasurer = []Rule{
		{Type: "cash_book", Description: "Cash book / petty cash ledger pages"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "invoice", Description: "Invoices from suppliers"},
		{Type: "bank_statement", Description: "Bank statements"},
		{Type: "minutes", Description: "Committee meeting minutes"},
	}
	review39bSchool2 = []Rule{
		{Type: "school_reminders", Description: "Reminders sent by the school about events and deadlines"},
		{Type: "homework", Description: "Homework sheets"},
		{Type: "club_letter", Description: "Letters from the football club"},
		{Type: "medical", Description: "Doctor and dentist letters"},
	}
	review39bSchool3 = []Rule{
		{Type: "newsletter", Description: "Newsletters sent by the school"},
		{Type: "school_letter", Description: "Letters from school about trips and events"},
		{Type: "report", Description: "School reports"},
		{Type: "receipt", Description: "Receipts for things paid for by the school fund"},
	}
	review39bSchool4 = []Rule{
		{Type: "announcements", Description: "Announcements sent by the school"},
		{Type: "homework", Description: "Homework sheets"},
		{Type: "club", Description: "Letters from the swimming club"},
		{Type: "medical", Description: "Letters from the GP"},
	}
	review39bFleet = []Rule{
		{Type: "vehicle_doc", Description: "V5C logbooks"},
		{Type: "dvla_form", Description: "DVLA application forms (V62, V5C/3, D1)"},
		{Type: "mot", Description: "MOT certificates"},
		{Type: "history_check", Description: "VHC / vehicle history check reports"},
		{Type: "advert", Description: "Adverts for cars we are buying or selling"},
	}
	review39bFleetCert = []Rule{
		{Type: "registration", Description: "Vehicle registration certificates for the fleet"},
		{Type: "mot", Description: "MOT test certificates"},
		{Type: "tacho", Description: "Tachograph calibration certificates"},
		{Type: "insurance", Description: "Fleet insurance certificate"},
		{Type: "invoice", Description: "Garage invoices"},
	}
)

func init() {
	ownCases = append(ownCases, []ownCase{
		{"agent-landlord-statement", review39bAgent, "landlord_statement", `Northside Lettings Ltd - Landlord statement
Landlord: Mr P Grant     Property: 3 Willow Mews, Sheffield S10 5DT     June 2024

Rent received from tenant (L Adeyemi)             795.00
Less management fee 12% incl VAT                   -95.40
Less gas safety certificate (CP12) - K Morris      -75.00
Less council tax - void period 1-14 June           -66.10
Less water - void period 1-14 June                 -15.60
Net paid to landlord 05/07/2024                    542.90`},
		{"hb-decision-letter", review39bBenefits, "hb_decision", `Leeds City Council - Housing Benefit and Council Tax Reduction
Dear Ms Adeyemi,
We have worked out your Housing Benefit and Council Tax Reduction from 1 April 2024.

Your weekly rent                        £165.00
Less ineligible water charges            -£5.50
Eligible rent                           £159.50
Housing Benefit per week                £124.30
Your weekly council tax                  £28.40
Council Tax Reduction per week           £21.30
Council tax left to pay per week          £7.10

If you think this decision is wrong you can ask us to look at it again within one month.`},
		{"ta6-services", review39bConveyancing, "property_info_form", `Property Information Form (TA6) - 4th edition
Property: 24 Elm Road, Leeds LS6 2AB     Seller: Samuel Hollis

11 Services
11.1 Has the whole or any part of the electrical installation been tested by a qualified electrician? Yes - EICR 12/02/2022
11.4 Is the property connected to mains gas? Yes. Gas supplier: Brightwell Energy
11.6 Water: mains supply, metered. Water supplier: Dale Water
11.9 Broadband: Cablewave, cable, 350 Mbps
13 Council tax: band C, 2024/25 charge £1,845.00
Signed: S Hollis   Date: 04/06/2024`},
		{"home-insurance-schedule", review39bHomeIns, "home_insurance", `Direct Line Home Insurance - Policy schedule
Policy number HD-4481772     Period of cover 14/03/2024 to 13/03/2025
Insured address: 24 Elm Road, Leeds LS6 2AB

Buildings insurance    sum insured unlimited     excess £350
Contents insurance     sum insured £60,000       excess £100
Home Emergency cover   gas supply failure up to £500 per claim
                       electricity supply failure up to £500 per claim
                       water supply pipe / plumbing up to £500 per claim
Annual premium £412.80 (12 monthly instalments of £34.40 by Direct Debit)`},
		{"petty-cash-book", review39bTreasurer, "cash_book", `Petty cash - St Mary's Bowls Club - May 2024
Date        Details                           Out      Balance
01/05/2024  Float brought forward                      200.00
04/05/2024  Paid cash to window cleaner        25.00   175.00
11/05/2024  Tea, milk, biscuits (Booths)       12.40   162.60
18/05/2024  Received with thanks - raffle      -48.00  210.60
25/05/2024  Paid in cash - green keeper tips   20.00   190.60`},
		{"hotel-folio", review39bHousehold, "receipt", `THE GRAND HOTEL, SCARBOROUGH - GUEST FOLIO
Guest: Mr S Hollis   Room 214   Arrival 14/05/2024   Departure 16/05/2024

14/05/2024  Accommodation B&B                    120.00     120.00
15/05/2024  Accommodation B&B                    120.00     240.00
15/05/2024  Restaurant - dinner for 2             64.50     304.50
16/05/2024  Visa ****4471 - paid with thanks    -304.50       0.00
Balance                                                      0.00
Thank you for staying with us.`},
		{"pay-display-receipt", review39bHousehold, "receipt", `LEEDS CITY COUNCIL
WOODHOUSE LANE CAR PARK
12/06/24 10.42  TARIFF 2HR  £3.50  PAID BY CARD - THANK YOU
EXPIRES 12.42  12/06/24
DISPLAY THIS TICKET`},
		{"rent-book", review39bLandlord, "rent_statement", `RENT BOOK - Flat 2, 9 Chapel Street     Tenant: K Nowak     Weekly rent £150.00

Week comm.   Rent due   Paid                       Arrears   Landlord
01/04/2024   150.00     150.00 paid with thanks    0.00      JH
08/04/2024   150.00     150.00 paid with thanks    0.00      JH
15/04/2024   150.00     100.00                     50.00     JH`},
		{"bank-csv-household", review39bHousehold, "bank_statement", `Date,Description,Paid out,Paid in,Balance
01/05/2024,OPENING BALANCE,,,2310.44
02/05/2024,PAID IN CASH/CHQ,,150.00,2460.44
03/05/2024,DD NORTHGAS,85.00,,2375.44
08/05/2024,PAYMENT RECEIVED A HOLLIS,,400.00,2775.44
15/05/2024,CARD PAYMENT HARLOW,63.41,,2712.03
28/05/2024,ACME LTD SALARY,,2640.00,5352.03`},
		{"multiservice-plain-header", review39bHousehold, "utility_bill", `UW   Bill no. 88472231   Bill date 12/06/2024
Mr & Mrs S Hollis, 24 Elm Road, Leeds LS6 2AB

Electricity   1 May - 31 May   238 kWh   standing charge 31 days   £67.10
Gas           1 May - 31 May   590 kWh   standing charge 31 days   £44.20
Broadband & Home Phone         Full fibre 150 + line rental        £38.00
Home Insurance                 buildings & contents, monthly       £21.45
Total to pay by Direct Debit on 26/06/2024                         £170.75`},
		{"school-reminder-letter", review39bSchool2, "school_reminders", `Oakfield Primary School
Dear Parents and Carers,

Just a reminder that school closes at 1.30pm on Friday 22 March for the Easter holidays, and reopens on Monday 8 April. Year 6 SATs booster forms must be returned by Wednesday.

Thank you, Mrs A Patel, Headteacher`},
		{"school-newsletter", review39bSchool3, "newsletter", `OAKFIELD NEWS - Issue 27 - Summer term 2024
From the Headteacher
What a busy half term! Well done to Year 6 for their hard work in SATs week.
Dates for your diary
3 July - Sports Day   10 July - Summer fair   19 July - last day of term
Stars of the week: Lily T (Y4), Amir S (Y2), Josh P (Y6)
PTA news: the summer fair raised £1,240 - thank you!`},
		{"school-trip-letter", review39bSchool3, "school_letter", `Oakfield Primary School
6 June 2024
Dear Parents and Carers,
Year 4 will be visiting the Royal Armouries on Thursday 27 June. The coach leaves at 9am and returns by 3pm. The cost is £8.50, payable on ParentPay by 20 June. Please complete the consent form below and return it to the class teacher.
Mrs Khan, Year 4 leader
---------------------------------------------
I give permission for ______________ to attend the visit. Signed ____________`},
		{"school-letter-announcements", review39bSchool4, "announcements", `Oakfield Primary School
12 June 2024
Dear Parents and Carers,
We are delighted to announce that Mrs Sarah Dunn will join us as Deputy Headteacher from September. Mrs Dunn is currently assistant head at Hillside Primary.
We also say goodbye to Mr Reid, who retires after 22 years at Oakfield. There will be a leaving assembly on 19 July to which all parents are welcome.
Mrs A Patel, Headteacher`},
		{"history-check", review39bFleet, "history_check", `VHC Check - vehicle history report
Registration YD19 KTV   Ford Fiesta Zetec 998cc petrol, blue
Outstanding finance: NONE RECORDED
Stolen: NOT RECORDED    Written off: NOT RECORDED
Number of previous keepers: 2
Vehicle registration document (V5C) issue date: 02/05/2022 - check it matches the seller's document
Mileage: no discrepancy (41,233 at last MOT 02/03/2024)`},
		{"fleet-mot-cert", review39bFleetCert, "mot", `MOT test certificate
Vehicle registration mark: YK21 HNB    Make: Ford   Model: Transit Custom
Date of test: 02/05/2024     Expiry date: 01/05/2025
Odometer reading: 88,412 miles
Result: PASS    Advisories: none
Testing station: Kirkstall Motors V12345   Tester: M Grant`},
		{"fleet-v5c", review39bFleetCert, "registration", `V5C   Vehicle Registration Certificate
Registration number  YK21 HNB    Date of first registration  04 03 2021
Registered keeper  NORTHSIDE PLUMBING LTD, UNIT 4 RIVERSIDE PARK, LEEDS LS11 5TJ
Make FORD   Model TRANSIT CUSTOM 300   Body type PANEL VAN   Colour WHITE
VIN WF0YXXTTGYKA12345   Revenue weight 3000 kg   Type of fuel DIESEL`},
	}...)
}

var (
	review39bTrades = []Rule{
		{Type: "quote", Description: "Quotes and estimates from builders and tradespeople"},
		{Type: "invoice", Description: "Invoices for work done"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "contract", Description: "Building contracts"},
		{Type: "guarantee", Description: "Guarantees and warranties for work"},
	}
	review39bLeasehold = []Rule{
		{Type: "lease", Description: "The lease of the flat"},
		{Type: "service_charge", Description: "Service charge and ground rent demands"},
		{Type: "listing", Description: "Estate agent sales particulars and listings"},
		{Type: "survey", Description: "Surveys"},
		{Type: "mortgage_offer", Description: "Mortgage offer"},
	}
	review39bStudent = []Rule{
		{Type: "accommodation_contract", Description: "Student accommodation contract / licence agreement"},
		{Type: "student_finance", Description: "Student Finance England letters"},
		{Type: "timetable", Description: "Course timetable"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "budget", Description: "My budget for the year"},
	}
	review39bApp = []Rule{
		{Type: "bank_statement", Description: "Bank statements or screenshots of transactions"},
		{Type: "budget", Description: "Budget spreadsheets"},
		{Type: "utility_bill", Description: "Utility bills"},
		{Type: "payslip", Description: "Payslips"},
	}
	review39bSchool5 = []Rule{
		{Type: "circulars", Description: "Circulars sent by the school"},
		{Type: "consent", Description: "Consent forms sent by the school for trips"},
		{Type: "homework", Description: "Homework sheets"},
		{Type: "club", Description: "Letters from the swimming club"},
	}
	review39bParish2 = []Rule{
		{Type: "bulletin", Description: "Bulletins sent by the parish council"},
		{Type: "church", Description: "Church magazine and service sheets"},
		{Type: "club", Description: "Cricket club fixtures and letters"},
		{Type: "invoice", Description: "Invoices"},
	}
)

func init() {
	ownCases = append(ownCases, []ownCase{
		{"builder-quote-numbered", review39bTrades, "quote", `HALE & SONS BUILDING LTD
Quotation Q-2291    12 June 2024
Client: Mr S Hollis, 24 Elm Road, Leeds

Proposed single storey rear extension (3.5m x 4m)
1.1 We are pleased to quote £24,500.00 plus VAT (£29,400.00 including VAT) for the works described in the attached schedule.
1.2 Stage payments: 30% on start, 40% at roof stage, 30% on completion.
1.3 Excludes kitchen fit-out, flooring and decoration.`},
		{"lease-numbered-bills", review39bLeasehold, "lease", `THIS LEASE is made on 2 May 2012 between HARBOUR COURT FREEHOLD LIMITED (the Landlord) and MARIA OKONJO (the Tenant)
1. In consideration of the premium of £145,000.00 the Landlord demises Flat 12 for a term of 125 years from 1 January 2012.
3. The Tenant covenants with the Landlord:
3.1 to pay the ground rent of £250.00 a year by equal half-yearly payments in advance;
3.2 to pay the service charge as set out in the Fifth Schedule, including the buildings insurance premium;
3.3 to pay all charges for gas, electricity, water, telephone and broadband supplied to the Flat;
3.4 not to make any structural alteration to the Flat without the Landlord's consent.`},
		{"halls-contract", review39bStudent, "accommodation_contract", `UNITE STUDENTS - Tenancy Agreement 2024/25 (Licence)
Resident: Amir Shah     Room: Flat 3C, Room 4, Leeds Central
Term: 44 weeks from 14/09/2024 to 19/07/2025
Rent: £189.00 per week, £8,316.00 in total, including electricity, gas, water, Wi-Fi and contents insurance
Payable in three instalments: 14/09/2024, 06/01/2025, 21/04/2025
The Resident agrees to keep the room clean and to report any damage promptly.`},
		{"app-transactions", review39bApp, "bank_statement", `Pocketbank - Transactions - June 2024
Northgas                 Direct Debit      -£85.00
Dale Water             Direct Debit      -£34.00
Leeds City Council - council tax             -£142.00
TV Licence MBP              Direct Debit      -£13.25
Harlow Stores               Groceries         -£63.41
ACME LTD                    Salary         +£2,640.00
Balance £4,676.19`},
		{"agent-compliance-invoice", review39bAgent, "invoice", `Northside Lettings Ltd - INVOICE 7731
To: Mr P Grant (landlord)      Property: 3 Willow Mews, Sheffield S10 5DT
Date: 30/06/2024

Annual gas safety certificate (CP12) - K Morris Plumbing        75.00
Electric installation condition report (EICR)                   150.00
Water / legionella risk assessment                               60.00
Landlord buildings insurance renewal (arranged on your behalf)  342.00
Total                                                            627.00
This amount will be deducted from your next rent payment.`},
		{"market-stall-household", review39bHousehold, "receipt", `Hartley's Cheese - Riverside Farmers Market
12/05/2024 10:41  Sale 14.60  Cash 20.00  Change 5.40`},
		{"circular-school-letter", review39bSchool5, "circulars", `Oakfield Primary School
12 June 2024
Dear Parents and Carers,
Please note that the school will be closed to pupils on Friday 28 June for staff training. Breakfast club and after-school club will also be closed.
We are also asking all parents to check their child's uniform is clearly named, as the lost property box is overflowing.
Mrs A Patel, Headteacher`},
		{"parish-bulletin-letter", review39bParish2, "bulletin", `Little Marston Parish Council
June 2024
Dear Residents,
The Parish Council wishes to let you know that the Church Lane footpath will be closed from 10 to 14 June while the County Council repairs the bridge. The annual parish meeting will be held on 20 June at 7pm in the Village Hall - all residents are welcome.
Mrs J Ward, Clerk to the Council`},
	}...)
}

var review39bRegressionNames = map[string]bool{
	"remittance-email-row":        true,
	"market-stall-household":      true,
	"service-charge-estimate":     true,
	"halls-contract":              true,
	"app-transactions":            true,
	"school-letter-announcements": true,
	"circular-school-letter":      true,
}

func review39bRun(t *testing.T, regressions bool) {
	var cases []ownCase
	for _, c := range ownCases {
		if review39bRegressionNames[c.name] == regressions {
			cases = append(cases, c)
		}
	}
	runClassifyCases(t, cases)
}

// Right on 2859a873, wrong on 7b350c7e.
func TestReview39bRegressions(t *testing.T) { review39bRun(t, true) }

// Right on 7b350c7e; should stay right.
func TestReview39bKeeps(t *testing.T) { review39bRun(t, false) }
