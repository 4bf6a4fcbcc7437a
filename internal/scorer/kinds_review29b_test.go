package scorer

// Review of 3adec531 (round 28's kinds: mileage logs, car park tickets,
// competition entries; a near miss, "certificat d'expertise", "this price
// stands until", "cash ... change", bottled gas and heating oil, diesel as
// fuel). TestReview29bRegressions holds the documents the change got
// wrong that its parent got right; TestReview29bGuards those it gets
// right (some for the first time) that should stay right. On 3adec531
// only the regressions fail. The fixes adopted: no bare "entry form", nor
// the course forms' "bulletin d'inscription", "hoja de inscripcion",
// "scheda di iscrizione", "ficha de inscricao", "boletim de inscricao",
// "Meldebogen" for a competition's entry (a form's names), nor "i would
// like to enter" (into an agreement); "inschrijving voor wedstrijden"; no
// "rapport d'expertise" (a motor expert's) for a valuation, "vehicle
// logbook" (a V5C) for a mileage log, nor "parking session", "entry" and
// "exit" for a car park's ticket (a private parking charge notice's).

import "testing"

type rv29bCase struct {
	name  string
	rules []Rule
	want  string
	text  string
}

func rv29bRun(t *testing.T, cases []rv29bCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			classifyAs(t, c.name, c.text, c.rules, c.want)
		})
	}
}

var (
	rv29bVan = []Rule{
		{Type: "vehicle_documents", Description: "V5C logbook, MOT certificates and service history for the van"},
		{Type: "fuel_receipts", Description: "Receipts for fuel"},
		{Type: "expense_claims", Description: "expense claims, including mileage claims"},
		{Type: "insurance", Description: "van insurance schedule and certificate"},
	}
	rv29bFleet = []Rule{
		{Type: "timesheet", Description: "drivers' timesheets (hours, breaks)"},
		{Type: "mileage_log", Description: "record of business journeys: date, from/to, odometer readings, miles"},
		{Type: "vehicle_check", Description: "Daily walkaround vehicle check sheets and defect reports filled in by drivers before a shift."},
		{Type: "delivery_note", Description: "Delivery notes / proof of delivery signed by customers"},
		{Type: "invoice", Description: "invoices"},
	}
	rv29bParking = []Rule{
		{Type: "parking_fine", Description: "Penalty charge notices and parking charge notices (council or private operators)"},
		{Type: "receipt", Description: "receipts of any kind (shops, fuel, car parks)"},
		{Type: "council_tax", Description: "Council tax bills"},
		{Type: "permit", Description: "Parking permits and blue badge letters from the council"},
	}
	rv29bTravel = []Rule{
		{Type: "booking_confirmation", Description: "Confirmations of travel bookings: flights, hotels, airport parking, car hire"},
		{Type: "receipt", Description: "receipts"},
		{Type: "parking_fine", Description: "fines"},
		{Type: "travel_ticket", Description: "train and bus tickets"},
	}
	rv29bTolls = []Rule{
		{Type: "toll_receipt", Description: "motorway toll receipts and vignettes"},
		{Type: "parking_ticket", Description: "car park tickets / pay and display"},
		{Type: "fuel_receipt", Description: "fuel receipts"},
		{Type: "hotel_bill", Description: "hotel bills"},
	}
	rv29bBelege = []Rule{
		{Type: "beleg", Description: "Kassenbons, Tankquittungen, Parkscheine und andere Belege"},
		{Type: "bussgeld", Description: "Bußgeldbescheide und Verwarnungen"},
		{Type: "rechnung", Description: "Rechnungen von Lieferanten"},
		{Type: "vertrag", Description: "Verträge"},
	}
	rv29bSwim = []Rule{
		{Type: "gala_entries", Description: "swimmers' entries for galas and meets"},
		{Type: "results", Description: "gala results"},
		{Type: "minutes", Description: "committee meeting minutes"},
		{Type: "invoice", Description: "invoices (pool hire, coaching)"},
	}
	rv29bMusic = []Rule{
		{Type: "exam_entry", Description: "music exam entry confirmations (ABRSM, Trinity)"},
		{Type: "festival_entry", Description: "entries to music festivals and competitions"},
		{Type: "exam_result", Description: "exam results and mark forms"},
		{Type: "invoice", Description: "invoices from teachers and accompanists"},
	}
	rv29bGolf = []Rule{
		{Type: "membership_application", Description: "applications to join the club"},
		{Type: "subscription_invoice", Description: "annual subscription invoices sent to members"},
		{Type: "newsletter", Description: "club newsletters"},
		{Type: "minutes", Description: "minutes of committee meetings"},
	}
	rv29bCottage = []Rule{
		{Type: "booking_form", Description: "completed booking forms from guests"},
		{Type: "complaint", Description: "guest complaints"},
		{Type: "invoice", Description: "invoices from suppliers and trades"},
		{Type: "cleaning_rota", Description: "cleaning rota"},
		{Type: "review", Description: "online reviews of the cottage"},
	}
	rv29bShow = []Rule{
		{Type: "schedule", Description: "The show schedule: the list of classes, rules and prizes, as printed for exhibitors."},
		{Type: "entry", Description: "Completed entry forms from exhibitors (name, classes entered, fees)."},
		{Type: "results", Description: "prize lists / results"},
		{Type: "poster", Description: "posters and flyers advertising the show"},
	}
	rv29bBusiness = []Rule{
		{Type: "contract", Description: "signed contracts and agreements"},
		{Type: "letter_of_intent", Description: "letters of intent or heads of terms before a deal"},
		{Type: "invoice", Description: "invoices"},
		{Type: "proposal", Description: "proposals we send to clients"},
	}
	rv29bCursos = []Rule{
		{Type: "matricula", Description: "inscripciones a cursos y talleres"},
		{Type: "factura", Description: "facturas"},
		{Type: "recibo", Description: "recibos de pago"},
		{Type: "certificado", Description: "certificados de asistencia"},
	}
	rv29bPrzedszkole = []Rule{
		{Type: "rekrutacja", Description: "wnioski i zgłoszenia dziecka do przedszkola"},
		{Type: "faktura", Description: "faktury"},
		{Type: "zaswiadczenie", Description: "zaświadczenia z pracy"},
		{Type: "umowa", Description: "umowy"},
	}
	rv29bPersonal = []Rule{
		{Type: "personalbogen", Description: "Personalfragebögen neuer Mitarbeiter (Stammdaten, Bankverbindung, Steuer-ID)"},
		{Type: "arbeitsvertrag", Description: "Arbeitsverträge"},
		{Type: "lohnabrechnung", Description: "Lohnabrechnungen"},
		{Type: "krankmeldung", Description: "Krankmeldungen"},
	}
	rv29bRace = []Rule{
		{Type: "race_entry", Description: "Race entries and entry confirmations"},
		{Type: "results", Description: "race results"},
		{Type: "membership", Description: "club membership applications and renewals"},
		{Type: "receipt", Description: "receipts"},
	}
	rv29bCouncil = []Rule{
		{Type: "complaint", Description: "complaints from residents"},
		{Type: "incident_report", Description: "staff accident and incident report forms"},
		{Type: "foi_request", Description: "freedom of information requests"},
		{Type: "planning", Description: "planning applications and objections"},
	}
	rv29bSafety = []Rule{
		{Type: "policy", Description: "Company policies (health and safety, HR, IT)"},
		{Type: "incident_report", Description: "Incident, accident and near miss reports"},
		{Type: "risk_assessment", Description: "risk assessments"},
		{Type: "minutes", Description: "meeting minutes, incl. toolbox talks"},
	}
	rv29bSinistre = []Rule{
		{Type: "sinistre", Description: "Déclarations de sinistre, rapports d'expert et courriers de l'assureur après un accident de voiture"},
		{Type: "estimation", Description: "estimations et expertises de bijoux, tableaux et objets d'art"},
		{Type: "facture", Description: "factures"},
		{Type: "contrat", Description: "contrats d'assurance"},
	}
	rv29bMaison = []Rule{
		{Type: "diagnostic", Description: "Diagnostics immobiliers et rapports techniques sur la maison (humidité, fissures, structure)"},
		{Type: "estimation", Description: "estimation de la valeur de la maison par une agence ou un notaire"},
		{Type: "devis", Description: "devis d'artisans"},
		{Type: "facture", Description: "factures"},
	}
	rv29bHome = []Rule{
		{Type: "mortgage", Description: "mortgage statements and letters from the lender"},
		{Type: "quote", Description: "quotes from builders and trades"},
		{Type: "invoice", Description: "invoices"},
		{Type: "bank_statement", Description: "bank statements"},
	}
	rv29bTreasurer = []Rule{
		{Type: "minutes", Description: "minutes of meetings"},
		{Type: "receipt", Description: "receipts"},
		{Type: "accounts", Description: "annual accounts"},
		{Type: "agenda", Description: "agendas"},
	}
	rv29bCar = []Rule{
		{Type: "fuel_receipt", Description: "fuel receipts for the car"},
		{Type: "utility_bill", Description: "household gas, electricity and water bills"},
		{Type: "garage_invoice", Description: "garage invoices for repairs and servicing"},
		{Type: "vehicle_docs", Description: "V5C and MOT certificates"},
	}
	rv29bFuelcard = []Rule{
		{Type: "fuel_card_statement", Description: "monthly fuel card statements"},
		{Type: "fuel_receipt", Description: "receipts for fuel"},
		{Type: "bank_statement", Description: "bank statements"},
		{Type: "invoice", Description: "supplier invoices"},
	}
)

// Right on 0af1c78e, wrong on 3adec531.
//
//	private pcn no parking session: a private operator's ANPR parking charge notice ('no valid parking session', entry/exit times) is a fine, not a car park's receipt
//	letter of intent enter into: 'we would like to enter into a supply agreement' is no competition entry
//	spanish course hoja de inscripcion: a Spanish course enrolment form ('hoja de inscripción') is no competition entry
//	french course scheda fr bulletin: a French course enrolment form ('bulletin d'inscription') is no competition entry
//	italian scheda di iscrizione corso: an Italian training course form ('scheda di iscrizione') is no competition entry
//	portuguese ficha de inscricao escola: a Portuguese after-school enrolment form ('ficha de inscrição') is no competition entry
//	turnier anmeldung de rule: a German swim meet 'Meldebogen' goes to a rule for 'Anmeldungen zu Turnieren und Wettkämpfen'
//	dutch wedstrijdinschrijving: a Dutch tournament entry goes to a rule for 'inschrijvingen voor wedstrijden'
//	french car expert report: a French motor insurance expert's 'rapport d'expertise' is no valuation
//	vehicle logbooks rule mileage log: a mileage log goes to the mileage claims rule, not to 'vehicle logbooks' (V5C)
//
// The review's eleventh regression, a motor policy schedule whose vehicle
// line says "diesel" under a rule for "car insurance documents" beside
// one for fuel receipts, went to no rule at 0.52 with the model refitted
// on dev, and still does after the fixes (a coin flip: 0.50 either way);
// it is not tested.
func TestReview29bRegressions(t *testing.T) {
	rv29bRun(t, []rv29bCase{
		{"private pcn no parking session", rv29bParking, "parking_fine", `PARKING CHARGE NOTICE
Issued by: ParkWatch UK Ltd on behalf of the landowner
Site: Oakby Retail Park
Vehicle: HY21 KLP
Entry 10:02  Exit 13:47   Duration 3h 45m

Our ANPR cameras recorded your vehicle at the above site. No valid
parking session was found for this stay: the maximum free stay is 2
hours. A Parking Charge of £100 is now payable (reduced to £60 if paid
within 14 days). Pay online at parkwatch.example/pay or appeal within
28 days.`},
		{"letter of intent enter into", rv29bBusiness, "letter_of_intent", `Moorside Engineering Ltd
Unit 9, Moor Road, Oakby

To: Kell Fabrications Ltd
14 May 2025

Letter of intent - supply of steel brackets

Dear Mr Kell,

Further to our meeting, we would like to enter into a supply agreement
with you for around 4,000 brackets a year at the prices discussed.
This letter is not binding; the terms will be set out in a contract
which we expect to sign by the end of June.

Yours sincerely,
A. Lowe, Director`},
		{"spanish course hoja de inscripcion", rv29bCursos, "matricula", `CENTRO CULTURAL LA ALAMEDA
HOJA DE INSCRIPCIÓN - Talleres de otoño 2025

Nombre y apellidos: Marta Gómez Ruiz
DNI: 12345678Z      Teléfono: 600 123 456
Taller: Cerámica (martes 18:00-20:00)
Fecha de inicio: 7 de octubre de 2025
Cuota trimestral: 60 €  (pago por domiciliación)

Firma: M. Gómez     Fecha: 15/09/2025`},
		{"french course scheda fr bulletin", []Rule{
			{Type: "inscription", Description: "inscriptions aux stages et aux cours"},
			{Type: "facture", Description: "factures"},
			{Type: "attestation", Description: "attestations de stage"},
			{Type: "planning", Description: "plannings des cours"},
		}, "inscription", `ATELIER DES ARTS - BULLETIN D'INSCRIPTION
Stage d'aquarelle - du 7 au 11 juillet 2025

Nom : Martin     Prénom : Claire
Adresse : 12 rue des Tanneurs, 62500 Saint-Omer
Téléphone : 06 12 34 56 78
Niveau : débutant
Tarif : 180 € (acompte de 50 € joint)

Date : 02/05/2025   Signature : C. Martin`},
		{"italian scheda di iscrizione corso", []Rule{
			{Type: "iscrizione", Description: "iscrizioni ai corsi di formazione"},
			{Type: "fattura", Description: "fatture"},
			{Type: "attestato", Description: "attestati di frequenza"},
			{Type: "preventivo", Description: "preventivi"},
		}, "iscrizione", `SCHEDA DI ISCRIZIONE
Corso di formazione: Primo soccorso aziendale (12 ore)
Date: 6, 13 e 20 ottobre 2025 - sede di Brescia

Partecipante: Giulia Bianchi
Azienda: Bianchi Serramenti srl  P.IVA 01234560987
Email: g.bianchi@example.it
Quota: 180 € + IVA, da versare con bonifico prima dell'inizio.

Data 10/09/2025   Firma G. Bianchi`},
		{"portuguese ficha de inscricao escola", []Rule{
			{Type: "matricula", Description: "matrículas e inscrições na escola e no ATL"},
			{Type: "fatura", Description: "faturas"},
			{Type: "recibo", Description: "recibos"},
			{Type: "declaracao", Description: "declarações"},
		}, "matricula", `FICHA DE INSCRIÇÃO - ATL Os Pequenitos 2025/2026

Nome da criança: Tiago Sousa      Data de nascimento: 02/02/2017
Escola: EB Sé Nova, 3.º ano
Encarregado de educação: Rita Sousa, tel. 912 345 678
Horário pretendido: 15h30 - 19h00
Mensalidade: 95 €

Data: 01/09/2025   Assinatura: R. Sousa`},
		{"turnier anmeldung de rule", []Rule{
			{Type: "anmeldung", Description: "Anmeldungen zu Turnieren und Wettkämpfen"},
			{Type: "ergebnisse", Description: "Ergebnislisten"},
			{Type: "rechnung", Description: "Rechnungen"},
			{Type: "mitglied", Description: "Mitgliedsanträge"},
		}, "anmeldung", `Meldebogen - Kreismeisterschaften Schwimmen 2025
Verein: SV Osnabrück 05

Name            Jahrgang  Wettkampf                 Meldezeit
Lena Meyer      2012      50m Brust weiblich        0:44,20
Jonas Meyer     2014      100m Freistil männlich    1:18,90

Meldegeld: 2 x 4,00 € = 8,00 €
Meldeschluss: 01.06.2025`},
		{"dutch wedstrijdinschrijving", []Rule{
			{Type: "inschrijving", Description: "inschrijvingen voor wedstrijden en toernooien"},
			{Type: "uitslag", Description: "uitslagen"},
			{Type: "factuur", Description: "facturen"},
			{Type: "lidmaatschap", Description: "aanmeldingen als lid"},
		}, "inschrijving", `Inschrijfformulier wedstrijd - Zomertoernooi TV De Linde 2025

Naam: Sanne de Vries       Geboortedatum: 14-03-1996
KNLTB-nummer: 18823341     Speelsterkte: 6
Onderdelen: dames enkel, gemengd dubbel (partner: J. Bakker)
Inschrijfgeld: 2 x € 12,50 = € 25,00 (overgemaakt)

Handtekening: S. de Vries`},
		{"french car expert report", rv29bSinistre, "sinistre", `CABINET DURAND EXPERTISES AUTOMOBILES
RAPPORT D'EXPERTISE
Mission : sinistre du 03/02/2025 - assureur MAAF - dossier 25-0112

Véhicule : Peugeot 308, immatriculé GH-412-KL
Propriétaire : M. Julien Martin
Circonstances : choc arrière à l'arrêt (feu rouge)
Dommages constatés : bouclier arrière, hayon, feu arrière droit
Montant des réparations : 2 340,00 € TTC
Valeur de remplacement à dire d'expert : 9 800 €
Véhicule réparable. Immobilisation : 5 jours.

Fait à Lille le 12/02/2025 - l'expert, P. Durand`},
		{"vehicle logbooks rule mileage log", []Rule{
			{Type: "vehicle_docs", Description: "vehicle logbooks and MOT certificates"},
			{Type: "expenses", Description: "expense and mileage claims"},
			{Type: "fuel", Description: "fuel receipts"},
			{Type: "insurance", Description: "insurance"},
		}, "expenses", `MILEAGE LOG - April 2025
Priya Shah   HY21 KLP (own car)

Date    From - To                       Purpose            Miles
02/04   Leeds office - Harrogate        client visit       38
09/04   Leeds office - York - office    training           52
16/04   Leeds office - Bradford         supplier           24

Total business miles: 114  @ 45p = £51.30`},
	})
}

// Right on 3adec531 (the first four wrong on its parent): keep them right.
func TestReview29bGuards(t *testing.T) {
	rv29bRun(t, []rv29bCase{
		{"fahrtenbuch under expense", []Rule{
			{Type: "spesen", Description: "Spesen- und Fahrtkostenabrechnungen der Mitarbeiter"},
			{Type: "stundenzettel", Description: "Stundenzettel"},
			{Type: "rechnung", Description: "Rechnungen"},
			{Type: "vertrag", Description: "Arbeitsverträge"},
		}, "spesen", `Fahrtenbuch  Mai 2025
Fahrzeug: VW Caddy  Kennzeichen: OS-KM 412

Datum   Abfahrt  Ziel                 km-Stand Beginn  km-Stand Ende  km   Zweck
02.05.  Osnabrück  Münster Kunde Brandt   48210   48268    58   Kundentermin
05.05.  Osnabrück  Bielefeld              48268   48371   103   Montage
07.05.  Osnabrück  Lingen                 48371   48450    79   Aufmaß
12.05.  privat                            48450   48512    62   privat

Summe dienstlich: 240 km
Unterschrift Fahrer: K. Meyer`},
		{"show car park pass", []Rule{
			{Type: "ticket", Description: "tickets for the show (admission and car parking)"},
			{Type: "receipt", Description: "receipts"},
			{Type: "booking", Description: "booking confirmations for the holiday"},
			{Type: "fine", Description: "fines"},
		}, "ticket", `OAKBY SHOW 2025 - Saturday 16 August
CAR PARK PASS - Field C (vehicles up to 3.5t)
Order 5512-91   Price £8.00
Display on dashboard. Gates open 08:00.
Scan at the car park entrance.`},
		{"french jewel under valuations rule", []Rule{
			{Type: "valuation", Description: "Jewellery valuations (insurance)"},
			{Type: "invoice", Description: "invoices"},
			{Type: "insurance_policy", Description: "home insurance policy documents"},
			{Type: "receipt", Description: "receipts"},
		}, "valuation", `BIJOUTERIE LEROY - Expert près la Cour d'appel
CERTIFICAT D'EXPERTISE

Objet : bague solitaire en or jaune 18 carats (750/1000), poinçon tête d'aigle
Pierre : diamant taille brillant, 0,52 ct environ, couleur H, pureté SI1
Poids total : 3,4 g
Valeur de remplacement à neuf pour assurance : 3 200 €

Établi à la demande de Mme Martin, à Lille le 10/03/2025.
J. Leroy`},
		{"p&d under car park tickets rule", rv29bTolls, "parking_ticket", `OAKBY TC   PAY & DISPLAY
Beck Lane car park
Tariff: up to 4 hrs   £3.60
Paid   CASH   £3.60
Issued 09:15  14/06/25
EXPIRES 13:15  14/06/25
Display on dashboard   No 0412/B07`},
		{"real mileage log under fleet", rv29bFleet, "mileage_log", `Business mileage log - Lee Hanson - June

Date    Journey                       Odo start  Odo end  Miles
02/06   Depot - Selby - Depot         84102      84170    68
04/06   Depot - Goole                 84170      84221    51
09/06   Depot - Hull - Beverley       84221      84330    109

Total miles this month: 228`},
		{"pay and display under parking set", rv29bParking, "receipt", `OAKBY TC   PAY & DISPLAY
Market Street car park
Tariff: up to 2 hrs   £2.40
Paid   CARD   £2.40
Issued 10:47  22/05/25
EXPIRES 12:47  22/05/25
Display on dashboard   No 0311/M02`},
		{"ringgo email", rv29bTravel, "receipt", `From: RingGo <noreply@ringgo.example>
Subject: Parking session started - Location 8123

Your parking session has started.

Location: 8123 Oakby Station East
Vehicle: HY21 KLP
Start: 07:41 Mon 2 June   Expires: 18:41 Mon 2 June
Tariff: all day £6.50 + 20p service fee
Paid by Visa ending 4421: £6.70

Thanks for parking with RingGo.`},
		{"parkschein", rv29bBelege, "beleg", `Stadt Osnabrück
PARKSCHEIN
Parkscheinautomat Nr. 1142  Neumarkt
Datum 14.05.2025
Einfahrt ab 09:58
Parkzeit bis 11:58
Betrag 3,00 EUR   bezahlt bar
Gut sichtbar hinter der Windschutzscheibe auslegen`},
		{"completed show entry form", rv29bShow, "entry", `OAKBY SHOW 2025 - ENTRY FORM (Horticulture)
Exhibitor: Bill Kell    Address: 3 Mill Row, Oakby    Tel: 01632 960221
Class no.   Description                 Fee
3           Heaviest marrow             0.50
5           Jar of strawberry jam       0.50
12          Three dahlias               0.50
Total fees enclosed: £1.50
Signed: W Kell`},
		{"race entry email", rv29bRace, "race_entry", `From: Tom Reid
To: entries@oakbyharriers.example
Subject: Moor 10k

Hi,

Please enter me for the Moor 10k on Sunday 7 September. I'm 42, club
Goole AC (UKA no 3301122). Expected time about 44 minutes.

Entry fee £14 paid by bank transfer, ref REID10K.

Thanks, Tom`},
		{"race confirmation of entry", rv29bMusic, "festival_entry", `OAKBY MUSIC FESTIVAL 2026 - Confirmation of entry

Thank you for your entry. We have received the following:

Competitor: Finn Kerr (age 12)
Class 14: Piano solo, under 13 - own choice (max 4 min)
Class 22: Piano duet, under 14 - with Ava Kerr
Entry fees: £9.00 + £11.00 = £20.00 (paid)

Timetables will be posted on the website in February. Please bring
two copies of your music for the adjudicator.`},
		{"gala entry email en", rv29bSwim, "gala_entries", `From: Dana Kerr
Subject: Entries for Selby open meet

Hi Sue,

Here are our entries for the Selby open meet on 5 July:

Ava Kerr (12)   50 breast 0:42.15, 100 IM 1:24.60
Finn Kerr (11)  100 free 1:12.30, 50 fly 0:36.90

4 swims at £6 = £24, paid by transfer today, ref KERR.

Dana`},
		{"carrera hoja de inscripcion es rule", []Rule{
			{Type: "inscripcion_carrera", Description: "inscripciones a carreras populares"},
			{Type: "clasificacion", Description: "clasificaciones"},
			{Type: "factura", Description: "facturas"},
			{Type: "socio", Description: "altas de socios del club"},
		}, "inscripcion_carrera", `HOJA DE INSCRIPCIÓN
XII Carrera Popular de San Isidro - 10 km - 15 de mayo de 2025

Nombre: Javier Ortega López     Fecha de nacimiento: 22/11/1988
Club: CA Vallecas               Licencia: M-44120
Talla de camiseta: M
Cuota de inscripción: 12 € (pagada por Bizum)

Firma: J. Ortega`},
		{"real near miss report", rv29bSafety, "incident_report", `NEAR MISS
Date: 05/06/25   Time: 14:40   Location: loading bay 2
Reported by: J. Reid (warehouse)

What happened: forklift FL2 reversed out of bay 2 while a visitor
was walking across behind it. No contact. Visitor was not in the
marked walkway.

Immediate action taken: stopped work, visitor escorted to reception.
Suggested action: barrier at walkway crossing; reversing alarm check.
Supervisor: A. Lowe`},
		{"builder quote price stands", rv29bHome, "quote", `K. Ahmed Building & Roofing
14 Moor Road, Oakby   07700 900781

Mr and Mrs Reid, 9 Mill Row

Re: rear flat roof

Strip existing felt roof, replace rotten boards as needed, fit new
EPDM rubber membrane with new trims and gutter.

Materials           £1,150
Labour (3 days)       £900
Skip                  £280
Total               £2,330 (no VAT)

This price stands until the end of July. Let me know if you want to
go ahead and I can start in two weeks.

Kash`},
		{"till receipt cash change", rv29bTreasurer, "receipt", `OAKBY HARDWARE
2 Market Street

Padlock 40mm          7.99
Hose connector x2     4.50
Twine                 1.75
TOTAL                14.24
CASH                 20.00
CHANGE                5.76
18/03/25 11:02  Till 1`},
		{"lpg autogas till receipt", rv29bCar, "fuel_receipt", `MOOR ROAD FILLING STATION
Moor Road, Oakby

PUMP 4  LPG AUTOGAS
42.30 L @ 84.9p           £35.91
VISA CONTACTLESS          £35.91
  incl VAT 20%            £5.99
12/06/25 18:22  #4471
THANK YOU FOR YOUR CUSTOM`},
		{"fuel card statement diesel", rv29bFuelcard, "fuel_card_statement", `ALLSTAR One - Fuel card statement
Account: Moorside Engineering Ltd   A/c 7712-04
Statement period: 01/05/2025 - 31/05/2025

Date    Card   Site                    Product  Litres   Net     VAT    Gross
02/05   0412   Shell Oakby             DIESEL   62.10    78.62   15.72  94.34
09/05   0412   BP Selby                DIESEL   58.44    74.10   14.82  88.92
16/05   0877   Esso Goole              UNLEADED 40.02    49.95    9.99  59.94

Total this period                                       202.67   40.53  243.20
Direct debit will be taken on 14/06/2025.`},
		{"v5c letter logbook", rv29bVan, "vehicle_documents", `Driver and Vehicle Licensing Agency
Swansea SA99 1BA

Mr K Ahmed
14 Moor Road
Oakby OK3 7TT

12 March 2025

Your new vehicle logbook (V5C)

Dear Mr Ahmed,

Thank you for telling us about the change of keeper. Your new vehicle
logbook (V5C) for vehicle registration YG19 KXT is enclosed.

Please check the details carefully. If anything is wrong, complete
section 1 and send it back to us. You must keep the logbook safe - you
will need it when you tax or sell the vehicle.

Make: FORD   Model: TRANSIT CUSTOM   Colour: WHITE
Type of fuel: DIESEL
Date of first registration: 04/03/2019

DVLA`},
		{"council pcn pay and display", rv29bParking, "parking_fine", `OAKBY DISTRICT COUNCIL
PENALTY CHARGE NOTICE   PCN No: OK40012233
Traffic Management Act 2004

Vehicle registration: YG19 KXT   Make: Ford
Location: Market Street car park
Date: 22/05/2025   Time: 13:12
Contravention code 83: Parked in a car park without clearly displaying
a valid pay & display ticket or voucher or parking clock

Civil Enforcement Officer: 0431
Penalty charge: £50.00, reduced to £25.00 if paid within 14 days.
You may make representations to the council against this charge.`},
		{"complaint near miss junction", rv29bCouncil, "complaint", `From: Helen Marsh
To: highways@oakby.gov.example
Subject: Dangerous junction at Beck Lane / A64

Dear Sir or Madam,

I want to complain about the junction of Beck Lane and the A64. The
hedge has not been cut and you cannot see traffic coming from the
left. Yesterday morning I had a near miss with a lorry pulling out, and
my neighbour says the same happened to her last week.

This is the third time I have reported it. Please cut the hedge before
someone is killed.

Helen Marsh, 4 Beck Lane`},
		{"mortgage redemption figures hold", rv29bHome, "mortgage", `Oakby Building Society
Mortgage account 44120087

Mr and Mrs Reid
9 Mill Row, Oakby

2 June 2025

Redemption statement

As requested, the amount needed to repay your mortgage in full on
30 June 2025 is:

Capital balance                      £84,211.40
Interest to 30 June                     £312.66
Redemption administration fee            £95.00
Total to repay                       £84,619.06

These figures hold until 30 June 2025. After that date, daily interest
of £10.42 will be added.`},
		{"french house expertise", rv29bMaison, "diagnostic", `RAPPORT D'EXPERTISE - Fissures en façade

Bien expertisé : maison individuelle, 14 rue des Tanneurs, 62500 Saint-Omer
Demandeur : Mme Claire Martin
Date de la visite : 22/04/2025

Constatations : fissures en escalier sur le pignon nord (largeur 1 à 3 mm),
décollement de l'enduit, humidité en pied de mur.
Cause probable : retrait-gonflement des argiles après la sécheresse 2022.
Préconisations : pose de témoins, reprise en sous-oeuvre à étudier,
drainage périphérique.

L'expert : F. Lefèvre, ingénieur structure`},
		{"abrsm entry confirmation", rv29bMusic, "exam_entry", `ABRSM
Exam entry confirmation

Candidate: Finn Kerr        Candidate no: 118
Subject: Piano   Grade: 4
Date: Tuesday 18 November 2025   Time: 14:20
Venue: Oakby Methodist Church, Room 2

Your entry has been accepted. Please arrive 10 minutes before your
exam. The applicant (teacher) will receive the result online.
Entry fee paid: £67.00`},
		{"golf membership application entry fee", rv29bGolf, "membership_application", `OAKBY GOLF CLUB
APPLICATION FOR MEMBERSHIP

Full name: Robert Lowther        Date of birth: 02/09/1968
Address: 22 Church Lane, Oakby
Handicap (if any): 14     Previous club: Beverley Westwood

Category applied for: Full 7-day
Entry fee: £250    Annual subscription: £1,180

Proposer: J. Metcalfe (member no. 221)
Seconder: A. Lowe (member no. 318)

I agree to abide by the rules of the club.
Signed: R Lowther   Date: 04/04/2025`},
		{"polish karta zgloszenia przedszkole", rv29bPrzedszkole, "rekrutacja", `KARTA ZGŁOSZENIA DZIECKA DO PRZEDSZKOLA
Przedszkole Samorządowe nr 3 w Opolu, rok szkolny 2025/2026

Imię i nazwisko dziecka: Zofia Nowak
PESEL: 20010512345
Data urodzenia: 12.05.2020
Adres zamieszkania: ul. Lipowa 4/2, Opole
Godziny pobytu: 7:00 - 16:00
Posiłki: śniadanie, obiad, podwieczorek
Matka/opiekun: Anna Nowak, tel. 600 111 222

Data: 10.03.2025    Podpis rodzica: A. Nowak`},
		{"german meldebogen personal", rv29bPersonal, "personalbogen", `Meldebogen für neue Mitarbeiter
Meyer Montagebau

Name, Vorname: Kowalski, Piotr
Geburtsdatum: 04.09.1991
Anschrift: Am Markt 3, 49809 Lingen
Steuer-ID: 12 345 678 901
Sozialversicherungsnummer: 12 040991 K 123
Krankenkasse: AOK Niedersachsen
IBAN: DE12 2655 0105 0000 1234 56
Eintrittsdatum: 01.06.2025

Unterschrift Mitarbeiter: P. Kowalski`},
		{"cottage booking form please enter", rv29bCottage, "booking_form", `BECKSIDE COTTAGE - BOOKING FORM

Please enter the following details and return the form with your deposit.

Lead guest name: Helen Marsh
Address: 4 Albert Road, Leeds LS6 2PQ
Phone: 07700 900412
Arrival date: 12/08/2025      Departure date: 19/08/2025
Number of adults: 2   children: 2   dogs: 1
Deposit (25%): £180 paid by bank transfer

Signed: H Marsh     Date: 02/05/2025`},
	})
}
