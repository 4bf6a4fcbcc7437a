// Review of 2b14e11d (toll_receipt as a kind of receipt; "pitch" alone no
// longer a proposal's name; "pitch booking", "campsite booking" and "we
// confirm your stay" as a booking confirmation's): each "regression:" case
// was right on 2b14e11d~1 and is wrong on 2b14e11d; each "fixed:" case the
// change got right, and each "kept:" case was right before and after, and
// should stay right. One regression the review found is left and has no
// case here: a hotel's booking confirmation, under rules with a
// "Campsite bookings" rule and none for hotels, is now that rule's, as a
// campsite's booking is a "Hotel bookings" rule's.
package scorer

import "testing"

type review28aCase struct {
	name, text string
	rules      []Rule
	want       string
}

var review28aRoad = []Rule{
	{Type: "fuel", Description: "Fuel receipts (diesel, petrol, AdBlue)"},
	{Type: "tolls", Description: "Motorway tolls, bridge and tunnel tolls, vignettes"},
	{Type: "parking", Description: "Car park and parking receipts"},
	{Type: "fines", Description: "Fines and penalty notices"},
	{Type: "crossing", Description: "Ferry and Eurotunnel bookings and tickets"},
	{Type: "campsite", Description: "Campsite bookings"},
}

var review28aTerse = []Rule{
	{Type: "receipt", Description: "Receipts"},
	{Type: "invoice", Description: "Invoices"},
	{Type: "bank_statement", Description: "Bank statements"},
	{Type: "expense_claim", Description: "Expense claims"},
	{Type: "payslip", Description: "Payslips"},
}

var review28aFreelance = []Rule{
	{Type: "invoice", Description: "Invoices from suppliers"},
	{Type: "receipt", Description: "Receipts for things I paid for"},
	{Type: "quote", Description: "Quotes"},
	{Type: "proposal", Description: "Proposals and pitches I send to prospective clients: scope, approach, fees"},
	{Type: "contract", Description: "Contracts"},
	{Type: "complaint", Description: "Complaints I make to companies"},
}

var review28aAgency = []Rule{
	{Type: "proposal", Description: "Pitch documents and proposals for new clients"},
	{Type: "brief", Description: "Client briefs"},
	{Type: "invoice", Description: "Invoices"},
	{Type: "minutes", Description: "Meeting notes"},
	{Type: "contract", Description: "Contracts and SOWs"},
}

var review28aClub = []Rule{
	{Type: "booking", Description: "Pitch and facility booking confirmations from the council or school"},
	{Type: "request", Description: "Booking requests we send"},
	{Type: "invoice", Description: "Invoices (pitch hire, referees, kit)"},
	{Type: "fixtures", Description: "Fixture lists"},
	{Type: "match_report", Description: "Match reports"},
	{Type: "minutes", Description: "Committee minutes"},
}

var review28aCampsite = []Rule{
	{Type: "booking", Description: "Booking confirmations we send to guests"},
	{Type: "booking_request", Description: "Enquiries and booking requests from guests"},
	{Type: "invoice", Description: "Supplier invoices"},
	{Type: "complaint", Description: "Complaints from guests"},
	{Type: "complaint_reply", Description: "Our replies to complaints"},
	{Type: "review", Description: "Online reviews"},
}

var review28aDutch = []Rule{
	{Type: "factuur", Description: "Facturen"},
	{Type: "bon", Description: "Kassabonnen en betaalbewijzen"},
	{Type: "gemeente", Description: "Brieven van de gemeente"},
	{Type: "boete", Description: "Boetes en bekeuringen"},
	{Type: "verzekering", Description: "Verzekeringspolissen"},
}

var review28aPolish = []Rule{
	{Type: "faktura", Description: "Faktury"},
	{Type: "paragon", Description: "Paragony i potwierdzenia płatności"},
	{Type: "relacja", Description: "Relacje z meczów"},
	{Type: "mandat", Description: "Mandaty"},
	{Type: "umowa", Description: "Umowy"},
}

var review28aItalian = []Rule{
	{Type: "fattura", Description: "Fatture"},
	{Type: "ricevuta", Description: "Ricevute e scontrini"},
	{Type: "prenotazione", Description: "Conferme di prenotazione (hotel, agriturismo)"},
	{Type: "multa", Description: "Multe e verbali"},
	{Type: "invito", Description: "Inviti"},
}

var review28aSpanish = []Rule{
	{Type: "suministros", Description: "Facturas de luz, gas y agua"},
	{Type: "recibo", Description: "Recibos y tickets"},
	{Type: "multa", Description: "Multas de tráfico"},
	{Type: "contrato", Description: "Contratos"},
	{Type: "banco", Description: "Extractos bancarios"},
}

var review28aResearch = []Rule{
	{Type: "questionnaire", Description: "Questionnaires and survey instruments for our studies"},
	{Type: "paper", Description: "Research papers and preprints"},
	{Type: "consent", Description: "Participant consent forms"},
	{Type: "minutes", Description: "Lab meeting minutes"},
	{Type: "invoice", Description: "Invoices"},
}

var review28aFleet = []Rule{
	{Type: "rechnung", Description: "Rechnungen von Lieferanten und Speditionen"},
	{Type: "maut", Description: "Mautbelege und Toll-Collect-Nachweise"},
	{Type: "tankbeleg", Description: "Tankquittungen"},
	{Type: "bussgeld", Description: "Bußgeldbescheide"},
	{Type: "lieferschein", Description: "Lieferscheine"},
}

var review28aCases = []review28aCase{
	{"regression: pitch: guest enquiry asking for a pitch", `Subject: Pitch booking enquiry – August

Hello,
Do you have a grass pitch with electric for a small tent and one car from
Friday 22 to Sunday 24 August? We are two adults and a 6 year old.
If so, how much would it be and do you need a deposit?
Thanks, Priya`, review28aCampsite, "booking_request"},
	{"regression: fine: Austrian Ersatzmaut demand, road rules", `ASFINAG Maut Service GmbH
Aufforderung zur Zahlung der Ersatzmaut
Kennzeichen: KX19ABC (GB)
Tatort: A12 Inntal Autobahn, km 48,2, Mautabschnitt Kufstein
Tatzeit: 09.08.2025, 11:47
Ihr Fahrzeug wurde ohne gültige Vignette auf dem mautpflichtigen Straßennetz festgestellt.
Ersatzmaut: EUR 120,00, zahlbar binnen 4 Wochen. Bei Nichtzahlung erfolgt eine Anzeige
bei der zuständigen Bezirkshauptmannschaft.`, review28aRoad, "fines"},
	{"regression: proposal: pitch doc under a proposals-only rule", rv28aDoc1, []Rule{
		{Type: "proposal", Description: "Proposals we send to prospective clients"},
		{Type: "brief", Description: "Client briefs"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "contract", Description: "Contracts"},
	}, "proposal"},
	{"regression: pitch: campsite booking enquiry, not a pitch", `Subject: Campsite booking enquiry

Hi,
Have you got space for a family tent with electric hook-up from
Friday 1 August for 4 nights? Two adults, two children.
What would it cost, and can we arrive after 8pm?
Thanks, Jo Parker`, review28aCampsite, "booking_request"},
	{"regression: stay: site confirms the stay is cancelled, booking-cancellations rule", `Subject: Booking cancellation – ref 88213

Dear Mr Evans,

We confirm your stay of 12–14 September has been cancelled as you asked.
As you cancelled more than 7 days before arrival, your deposit of £50.00
will be refunded in full within 5 working days.

Kind regards,
Reservations, The Grange Hotel`, []Rule{
		{Type: "booking", Description: "Booking confirmations"},
		{Type: "cancellation", Description: "Booking cancellations"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "complaint", Description: "Complaints"},
	}, "cancellation"},
	{"fixed: toll: French peage ticket, road rules", `AUTOROUTES DU SUD DE LA FRANCE
Gare de péage de VIENNE-REVENTIN
04/08/2025  16:05   Voie 12
Entrée : LYON SUD       Classe 2
Montant TTC : 14,70 EUR
CB **** 9921
Merci et bonne route`, review28aRoad, "tolls"},
	{"fixed: toll: Austrian Streckenmaut, road rules", `ASFINAG Maut Service GmbH
Digitale Streckenmaut – Bestätigung
A13 Brenner Autobahn, Einzelfahrt, Fahrzeugklasse Pkw
Kennzeichen: KX19ABC (GB)
Gültig für eine Fahrt am 09.08.2025
Betrag: EUR 11,50 (inkl. 20% USt.)
Zahlungsart: Kreditkarte
Bitte bewahren Sie diese Bestätigung auf.`, review28aRoad, "tolls"},
	{"fixed: toll: Spanish peaje ticket, Spanish rules", `AUTOPISTA AP-7
PEAJE LA JONQUERA
Fecha 02/07/2025  Hora 10:14
Vía 6  Categoría: Ligeros
Importe: 7,45 EUR
Tarjeta: **** 1187
Gracias y buen viaje`, review28aSpanish, "recibo"},
	{"fixed: toll: motorway vignette under car-stuff rule", `E-VIGNETTE – ORDER CONFIRMATION
Order no. 7719-AT
Product: Austria motorway vignette, 10 days
Licence plate: KX19 ABC (GB)
Valid from 08/07/2025
Paid: EUR 12.80 by card
Keep this e-mail as proof during checks.`, []Rule{
		{Type: "car", Description: "Car stuff: MOT, insurance, road tax, vignettes and tolls"},
		{Type: "receipt", Description: "Shop receipts"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "bank", Description: "Bank statements"},
	}, "car"},
	{"fixed: other sense: motorhome club newsletter on vignettes", `THE WANDERERS MOTORHOME CLUB – MEMBERS' UPDATE, SPRING 2026
Rallies this season: Whitby (May), Bakewell (June), Le Touquet (July).
Travelling abroad? The Swiss vignette stays at CHF 40 for 2026; Austria's
10-day vignette is now €12.80, and Slovenia's is digital only. French péage
prices rose 0.9% on 1 February.
Subscriptions are due by 31 March.`, []Rule{
		{Type: "newsletter", Description: "Club newsletters and members' updates"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "booking", Description: "Rally and campsite bookings"},
		{Type: "invoice", Description: "Invoices"},
	}, "newsletter"},
	{"fixed: pitch: campsite booking under pitch-bookings rule", `Hillside Farm Camping – Reservation confirmed
Booking ref: HF-2025-611
Arrive Fri 5 Sep (from 2pm), depart Sun 7 Sep (by 11am), 2 nights.
Pitch 3 – grass, electric, 1 tent, 2 adults.
Total £58.00, paid in full. See you soon!`, []Rule{
		{Type: "booking", Description: "Pitch bookings from the website"},
		{Type: "seasonal", Description: "Seasonal pitch agreements (licence to keep a caravan on a pitch for the season)"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "complaint", Description: "Complaints"},
	}, "booking"},
	{"fixed: toll: peage ticket with a fuel rule refusing tolls", `Gare de péage de SAINT-ARNOULT
21/03/2025 07:58  Voie 9  Classe 1
Montant : 4,10 EUR
Paiement CB
Bonne route`, []Rule{
		{Type: "fuel", Description: "Fuel receipts from filling stations. Toll tickets are not fuel receipts."},
		{Type: "receipt", Description: "Other receipts"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "fines", Description: "Fines"},
	}, "receipt"},
	{"fixed: toll: Dutch tunnel toll receipt, Dutch rules with kassabon", `WESTERSCHELDETUNNEL
Tolbon
Datum 19-07-2025  Tijd 10:41
Categorie 1 (personenauto)
Tol      € 5,40
Betaald met PIN
Goede reis!`, []Rule{
		{Type: "factuur", Description: "Facturen"},
		{Type: "bon", Description: "Kassabon, pinbon of ander betaalbewijs"},
		{Type: "gemeente", Description: "Brieven van de gemeente"},
		{Type: "boete", Description: "Boetes en bekeuringen"},
	}, "bon"},
	{"fixed: pitch: campsite booking under road rules", `Camping Les Pins – Réservation confirmée / Reservation confirmed
Booking no. 2025-118
Arrival 14/06/2025, departure 18/06/2025 (4 nights)
Pitch 27, electricity 10A, motorhome 7 m, 2 adults
Total 124,00 EUR, deposit paid 40,00 EUR, balance on arrival.
We look forward to welcoming you!`, review28aRoad, "campsite"},
	{"fixed: toll: café receipt under toll-receipts rule", rv28aDoc2, []Rule{
		{Type: "tolls", Description: "Toll receipts and vignettes"},
		{Type: "fines", Description: "Fines"},
		{Type: "insurance", Description: "Car insurance"},
		{Type: "mot", Description: "MOT certificates"},
	}, ""},
	{"kept: toll: Swiss e-vignette e-mail, terse rules", `From: Via <noreply@via.admin.example>
Subject: Your e-vignette 2025

Thank you for your purchase.

E-vignette 2025 (Switzerland)
Licence plate: GB KX19 ABC
Valid: 01/12/2024 to 31/01/2026
Amount paid: CHF 40.00 (Visa ****9921)

The vignette is linked electronically to the plate. You do not need a sticker.`, review28aTerse, "receipt"},
	{"kept: toll: Italian autostrada ricevuta, Italian rules", `AUTOSTRADE PER L'ITALIA S.p.A.
Ricevuta pedaggio
Stazione di uscita: FIRENZE IMPRUNETA
Stazione di entrata: BOLOGNA CASALECCHIO
Classe A   Data 11/08/2025 ore 17:42
Importo: € 9,30
Pagato con carta
Buon viaggio`, review28aItalian, "ricevuta"},
	{"kept: toll: Polish A4 paragon, Polish rules", `STALEXPORT AUTOSTRADA MAŁOPOLSKA S.A.
Autostrada A4 Katowice – Kraków
Punkt poboru opłat Mysłowice
PARAGON FISKALNY
Opłata za przejazd kat. 1     13,00 PLN
SUMA PLN 13,00
Karta płatnicza
2025-07-19 14:22`, review28aPolish, "paragon"},
	{"kept: toll: Toll Collect statement, fleet rules", `Toll Collect GmbH
Einzelfahrtennachweis Juli 2025
Kunde: Spedition Brandt GmbH, Kundennummer 4401223
Kennzeichen     Datum       Strecke                     km     Maut EUR
HH-SB 412       03.07.2025  AS Hamburg-Billstedt – AS Hannover  152   52,44
HH-SB 412       04.07.2025  AS Hannover – AS Kassel-Nord   161   55,55
Summe                                                          107,99
Der Betrag wird per Lastschrift eingezogen.`, review28aFleet, "maut"},
	{"kept: fuel: French motorway aire fuel receipt, road rules", `TOTALENERGIES
Aire de Montélimar Est – A7
04/08/2025 15:12
Pompe 7   GAZOLE
42,18 L x 1,859 EUR/L
TOTAL TTC  78,41 EUR
CB SANS CONTACT **** 9921
Merci de votre visite`, review28aRoad, "fuel"},
	{"kept: fuel: Autobahn Raststätte Tankquittung, fleet rules", `Tank & Rast – Raststätte Kassel Ost, BAB A7
Quittung
Säule 4  Diesel   61,20 l x 1,719 €/l   105,20 €
MwSt 19 %          16,80 €
Summe EUR         105,20
Kartenzahlung DKV
05.07.2025 06:41   Beleg-Nr. 4471`, review28aFleet, "tankbeleg"},
	{"kept: parking: airport car park exit receipt, road rules", `MANCHESTER AIRPORT – JETPARKS 1
Entry  02/08/2025 05:12
Exit   16/08/2025 21:40
Duration 14 days 16 h
Amount paid  £96.00
Card  **** 9921
Thank you for parking with us`, review28aRoad, "parking"},
	{"kept: parking: pay and display ticket, road rules", `PAY & DISPLAY
Harbour Road Car Park – Whitby
Tariff 4 hrs         £5.60
Paid 10:12  19/07/25
Valid until 14:12 19/07/25
Display on dashboard`, review28aRoad, "parking"},
	{"kept: fine: Dart Charge PCN, road rules", `PENALTY CHARGE NOTICE
Dart Charge – Dartford Crossing
PCN number: DC41882019
Vehicle registration: KX19 ABC
Date of contravention: 14/06/2025 at 18:02

The crossing charge for this vehicle was not paid by midnight the day
after it crossed. A penalty charge of £70.00 is now payable. If you pay
within 14 days it is reduced to £35.00.
You may make representations within 28 days of the date of service.`, review28aRoad, "fines"},
	{"kept: fine: French ANTAI notice near a péage, road rules", `AVIS DE CONTRAVENTION
Agence nationale de traitement automatisé des infractions
Infraction : excès de vitesse inférieur à 20 km/h
Lieu : A6 – sens Paris-Lyon, à hauteur de la gare de péage de Fleury
Date : 21/03/2025 à 08:39
Vitesse retenue : 138 km/h pour 130 km/h
Montant de l'amende forfaitaire : 68 €  (minorée 45 € si payée sous 15 jours)`, review28aRoad, "fines"},
	{"kept: fine: Italian verbale at a casello, Italian rules", `POLIZIA STRADALE – Sezione di Bologna
Verbale di contestazione n. 2025/0441
Il giorno 11/08/2025 alle ore 17:30 il veicolo targato KX19ABC
circolava sulla A1 al km 198, in prossimità del casello di Sasso Marconi,
alla velocità di 152 km/h (limite 130).
Sanzione: € 173,00 (ridotta del 30% se pagata entro 5 giorni).
Ricorso al Prefetto entro 60 giorni.`, review28aItalian, "multa"},
	{"kept: expense: French note de frais with péage lines, terse rules", `NOTE DE FRAIS – Mars 2025
Salarié : Julien Marchand   Service : Commercial
Date     Nature                       Montant
05/03    Péage A6 Paris–Beaune        24,60 €
05/03    Carburant                    71,10 €
05/03    Repas client (Beaune)        58,00 €
06/03    Péage A6 retour              24,60 €
Total à rembourser                    178,30 €
Justificatifs joints. Visa du responsable : ____`, review28aTerse, "expense_claim"},
	{"kept: expense: English expense claim with tolls and Maut, terse rules", `EXPENSE CLAIM FORM
Name: Sarah Whitfield     Dept: Field Service     Period: July 2025
Date   Description                              Amount
08/07  Eurotunnel Folkestone-Calais (car)        £142.00
09/07  Fuel (Total, Reims)                      €68.40
09/07  Tolls A26/A4 France                       €41.20
10/07  Austrian motorway vignette (10-day)      €12.80
10/07  Hotel Ibis Köln, 1 night                  €89.00
Total claimed                                    £329.46
Receipts attached. Claimant signature: S Whitfield   Approved by: ______`, review28aTerse, "expense_claim"},
	{"kept: booking: car hire with vignette included, travel rules", `Booking confirmation – car hire
Booking reference: RC-5521907
Pick-up: Zurich Airport, 12/09/2025 10:00
Drop-off: Zurich Airport, 19/09/2025 10:00
Car: VW Golf or similar, automatic
Included: unlimited mileage, Swiss motorway vignette, CDW
Total price: CHF 412.00 (paid)
Free cancellation until 10/09/2025.`, []Rule{
		{Type: "booking", Description: "Travel bookings (hotels, car hire, flights)"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "insurance", Description: "Insurance documents"},
	}, "booking"},
	{"kept: booking: DFDS ferry ticket, road rules", `DFDS – E-TICKET
Dover → Dunkirk   Sat 02 Aug 2025   sailing 10:00, check-in closes 09:15
Booking ref: 4418-22917
Vehicle: Motorhome up to 7 m, reg KX19 ABC
Passengers: 2 adults
Please have this ticket ready at the check-in booth; you will be directed to a boarding lane.`, review28aRoad, "crossing"},
	{"kept: travel ticket: train ticket, travel rules", `Off-Peak Return
Standard Class
From: LEEDS   To: LONDON TERMINALS
Valid: 18 SEP 2025  Route: Any permitted
Adult  Price: £98.70
Ticket number 44821 17734
Not valid for travel on peak trains.`, []Rule{
		{Type: "tickets", Description: "Train and bus tickets"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "hotel", Description: "Hotel bookings"},
		{Type: "tolls", Description: "Road tolls and parking"},
	}, "tickets"},
	{"kept: other sense: Spanish electricity bill, peajes y cargos", `Iberdrola Clientes S.A.U.
FACTURA DE ELECTRICIDAD
Nº factura: 21250712004471   Fecha: 12/07/2025
Periodo de facturación: 10/06/2025 – 09/07/2025
Potencia contratada: 4,6 kW
Término de potencia (peajes y cargos)     14,82 €
Término de energía (peajes y cargos)      22,10 €
Energía consumida 241 kWh                  31,40 €
Impuesto eléctrico                          3,51 €
Alquiler de equipos                         0,81 €
IVA 21 %                                   15,33 €
TOTAL A PAGAR                              88,31 €
Se cargará en su cuenta el 20/07/2025.`, review28aSpanish, "suministros"},
	{"kept: other sense: Dutch plumber Van der Tol invoice", `Loodgietersbedrijf Van der Tol
Dorpsstraat 14, 2871 AB Schoonhoven
FACTUUR
Factuurnummer: 2025-118     Datum: 3 juli 2025
Aan: Fam. de Wit, Kerkweg 3, Schoonhoven
Vervangen kraan keuken, incl. materiaal     €   185,00
Voorrijkosten                               €    35,00
Subtotaal                                   €   220,00
BTW 21%                                     €    46,20
Totaal                                      €   266,20
Graag binnen 14 dagen overmaken op NL21 RABO 0123 4567 89 o.v.v. factuurnummer.`, review28aDutch, "factuur"},
	{"kept: other sense: Dutch council letter signed by J. Tol", `Gemeente Krimpenerwaard
Afdeling Vergunningen

Aan: dhr. P. de Wit
Kerkweg 3
2871 AB Schoonhoven

Datum: 14 juli 2025
Onderwerp: uw aanvraag parkeervergunning

Geachte heer De Wit,

Wij hebben uw aanvraag voor een parkeervergunning voor de Kerkweg ontvangen.
Uw aanvraag is in behandeling. U ontvangt binnen acht weken een besluit.

Met vriendelijke groet,
J. Tol
Medewerker Vergunningen`, review28aDutch, "gemeente"},
	{"kept: other sense: Polish match report with bramki", `RELACJA: Orzeł Wieliczka – Victoria Kraków 2:1 (1:0)
Bramki: Nowak 23', Kowalczyk 71' – Zieliński 58'
Orzeł od początku przejął inicjatywę. W 23. minucie po rzucie rożnym Nowak
głową umieścił piłkę w bramce. Po przerwie goście wyrównali, ale w 71. minucie
Kowalczyk przesądził o wygranej. Kolejny mecz w sobotę na wyjeździe.`, review28aPolish, "relacja"},
	{"kept: other sense: Italian agriturismo booking with casello directions", `Agriturismo Il Poggiolo
Conferma di prenotazione n. 2025/214

Gentile Sig.ra Hale,
confermiamo la sua prenotazione:
arrivo 12/08/2025, partenza 16/08/2025, camera doppia con colazione, 2 adulti.
Totale € 520,00 – caparra versata € 150,00.

Come arrivare: A1, uscita al casello di Orvieto, poi seguire per Castel Viscardo.
La aspettiamo!`, review28aItalian, "prenotazione"},
	{"kept: other sense: research questionnaire with vignettes", `PARTICIPANT QUESTIONNAIRE – Study 3 (Bystander decisions)
Please read each vignette carefully and answer the questions that follow.

Vignette 1
You are on a crowded train when a passenger collapses. Nobody moves.
Q1. How likely are you to help? (1 = not at all, 7 = very likely)
Q2. How responsible do you feel? (1–7)

Vignette 2
A colleague takes credit for your work in a meeting.
Q3. How likely are you to speak up? (1–7)`, review28aResearch, "questionnaire"},
	{"kept: other sense: Crit'Air certificate, French vehicle rules", `CERTIFICAT QUALITÉ DE L'AIR – Crit'Air
Votre commande n° 2025-CA-771204 a bien été enregistrée.
Immatriculation : GH-412-KL
Classe Crit'Air : 2 (vignette violette)
Montant payé : 3,82 €
La vignette vous sera envoyée par courrier à l'adresse figurant sur votre certificat d'immatriculation.`, []Rule{
		{Type: "vehicule", Description: "Documents du véhicule : carte grise, certificat Crit'Air, contrôle technique"},
		{Type: "amende", Description: "Amendes"},
		{Type: "assurance", Description: "Assurance auto"},
		{Type: "facture", Description: "Factures du garage"},
	}, "vehicule"},
	{"kept: other sense: Australian road toll media release", `MEDIA RELEASE
Monday 22 April 2025

Police urge caution after grim Easter road toll

NSW Police have confirmed that eight people died on the state's roads over
the Easter long weekend, taking this year's road toll to 112. Assistant
Commissioner Karen Hale said: "Every one of these deaths was preventable."
Double demerit points remain in force until midnight tonight.

Media contact: NSW Police Media Unit, 02 9000 0000`, []Rule{
		{Type: "press_release", Description: "Media releases"},
		{Type: "newsletter", Description: "Newsletters"},
		{Type: "report", Description: "Reports"},
		{Type: "letter", Description: "Letters"},
	}, "press_release"},
	{"kept: other sense: German holiday flat booking mentioning vignette", `Ferienwohnung Alpenblick – Buchungsbestätigung
Buchungsnummer: FW-2025-088

Sehr geehrte Familie Krüger,
vielen Dank für Ihre Buchung. Wir bestätigen Ihren Aufenthalt vom
02.08. bis 09.08.2025 (7 Nächte), 2 Erwachsene, 2 Kinder.
Gesamtpreis: 840,00 € (Anzahlung 250,00 € erhalten).
Hinweis zur Anreise: Für die Autobahn in Österreich brauchen Sie eine Vignette;
die Maut für den Felbertauern zahlen Sie an der Mautstelle.`, []Rule{
		{Type: "buchung", Description: "Buchungsbestätigungen (Hotel, Ferienwohnung)"},
		{Type: "rechnung", Description: "Rechnungen"},
		{Type: "quittung", Description: "Quittungen und Kassenbelege"},
		{Type: "versicherung", Description: "Versicherungen"},
	}, "buchung"},
	{"kept: other sense: freight forwarder invoice with Maut line", `Spedition Brandt GmbH
RECHNUNG Nr. 25-07-441
Datum: 31.07.2025
An: Möbelhaus Kern KG, Lindenstr. 8, 34117 Kassel
Transport Hamburg – Kassel, 12 Paletten, 03.07.2025     640,00 €
Maut (Streckenanteil)                                   52,44 €
Dieselzuschlag 8 %                                      51,20 €
Netto                                                  743,64 €
USt 19 %                                               141,29 €
Gesamtbetrag                                           884,93 €
Zahlbar innerhalb 30 Tagen ohne Abzug.`, review28aFleet, "rechnung"},
	{"kept: other sense: Telepass fattura for pedaggi", `Telepass S.p.A.
FATTURA N. TP25/0771234   Data: 31/07/2025
Cliente: Marco Bellini – Codice cliente 55120098
Pedaggi autostradali del periodo 01/07–31/07/2025
  Transiti in autostrada (dettaglio allegato)     € 86,40
Canone Telepass Family                            €  3,90
IVA 22% sul canone                                €  0,86
Totale fattura                                    € 91,16
Addebito su conto corrente il 10/08/2025.`, review28aItalian, "fattura"},
	{"kept: other sense: Hertz Italy fattura with pedaggi", `Hertz Italiana S.r.l.
FATTURA n. 4417/25   del 20/08/2025
Cliente: Sarah Hale
Noleggio Fiat 500X, 12/08–19/08/2025 (7 giorni)     € 312,00
Supplemento Telepass pedaggi                         €  27,30
Carburante mancante                                  €  18,00
IVA 22%                                              €  78,59
Totale                                               € 435,89
Addebitato sulla carta di credito.`, review28aItalian, "fattura"},
	{"kept: pitch: campsite booking confirmation, campsite rules", `Hillside Farm Camping – Reservation confirmed
Booking ref: HF-2025-417

Hi Tom,
We are pleased to confirm your stay:
Arrive Fri 15 Aug (from 2pm), depart Mon 18 Aug (by 11am), 3 nights.
Pitch 14 – hardstanding with electric hook-up, 1 caravan, 2 adults, 1 dog.
Total £96.00, deposit £30.00 paid, balance on arrival.
See you soon!`, review28aCampsite, "booking"},
	{"kept: pitch: guest complaint about waterlogged pitch", `Subject: Our stay 15–18 August – pitch 14

Hello,
I'm writing about our stay last weekend. Pitch 14 was waterlogged from the
first night and we were not offered another one, even though the field
next to us was empty. The shower block had no hot water on Saturday.
We paid £96 for three nights and frankly it is not acceptable.
I would like a partial refund.
Tom Rees`, review28aCampsite, "complaint"},
	{"kept: pitch: hotel confirms stay, generic travel rules", `Dear Ms Okafor,

We are pleased to confirm your stay at The Grange Hotel.
Arrival: 3 October 2025   Departure: 5 October 2025 (2 nights)
Room: Superior double, bed and breakfast
Rate: £145.00 per night
Confirmation number: 77120
Check-in from 3pm. We look forward to welcoming you.`, []Rule{
		{Type: "booking", Description: "Hotel and travel booking confirmations"},
		{Type: "invoice", Description: "Invoices and hotel bills"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "itinerary", Description: "Conference programmes"},
	}, "booking"},
	{"kept: pitch: council pitch booking confirmation, club rules", `Westshire Council – Sports Bookings
Booking confirmation  Ref: SB-2025-3318

Customer: Ashford Town FC
Facility: Victoria Park – full-size grass pitch 2
Dates: every Sunday, 7 September 2025 – 26 April 2026, 10:00–12:00
Changing rooms: included
Charge: £62.00 per session, invoiced monthly.
Please report any pitch damage to the park office.`, review28aClub, "booking"},
	{"kept: pitch: council invoice for pitch bookings, club rules", `WESTSHIRE COUNCIL
INVOICE No. 58812          Date: 30/09/2025
To: Ashford Town FC (Treasurer)

Pitch bookings – September 2025
  Victoria Park pitch 2, 07/09, 14/09, 21/09, 28/09   4 x £62.00   £248.00
Total due                                                       £248.00
Payment within 30 days. Quote invoice number with payment.`, review28aClub, "invoice"},
	{"kept: pitch: match report mentioning the pitch, club rules", `MATCH REPORT – Ashford Town 3 Railway Rovers 1
Sunday 14 September, Victoria Park

On a heavy pitch after the overnight rain, Town started slowly and went
behind on 20 minutes. Danny Price equalised just before half-time with a
header from a corner, and second-half goals from Lewis and Okoro sealed it.
Man of the match: Sam Lewis.`, review28aClub, "match_report"},
	{"kept: pitch: fixture list with pitches, club rules", `ASHFORD SUNDAY LEAGUE – DIVISION ONE – SEPTEMBER 2025
KO 10:30 unless stated, home team first
Sun 7 Sep   Ashford Town v Kings Head       Victoria Park pitch 2
            Red Star v Railway Rovers       Abbey Fields pitch 1
Sun 14 Sep  Ashford Town v Railway Rovers   Victoria Park pitch 2
            Kings Head v Red Star           Station Road`, review28aClub, "fixtures"},
	{"kept: proposal: agency pitch titled Pitch, agency rules", rv28aDoc1 + "\nTimeline: 12 weeks from sign-off.", review28aAgency, "proposal"},
	{"kept: proposal: pitch deck text, fund rules", `Loopwise – Pitch deck (Seed round, 2025)
The problem: 30% of food in UK school kitchens is thrown away.
Our solution: a weighing bin and app that tells cooks what was left, dish by dish.
Traction: 41 schools, £180k ARR, 12% month-on-month growth.
Team: Amira Khan (CEO, ex-Deliveroo), Tom Birch (CTO).
The ask: £1.2m for 18 months of runway.`, []Rule{
		{Type: "pitch_deck", Description: "Pitch decks from startups applying to our fund"},
		{Type: "application", Description: "Application forms"},
		{Type: "report", Description: "Quarterly reports from portfolio companies"},
		{Type: "invoice", Description: "Invoices"},
	}, "pitch_deck"},
	{"kept: proposal: complaint about a sales pitch, freelance rules", `Subject: Complaint – broadband contract

Dear Sir or Madam,

Your salesman's sales pitch on the doorstep promised me 500 Mb/s for £25 a
month. I have been getting 60 Mb/s and my first bill was £38. This is not
what I signed up for. I would like you to release me from the contract
without a fee, or refund the difference.

Yours faithfully,
Kate Morris`, review28aFreelance, "complaint"},
	{"kept: proposal: plain proposal, freelance rules", `PROPOSAL – Website redesign for Birch & Co Solicitors
Prepared by Kate Morris Design, 2 June 2025

Scope: new 12-page site, accessibility audit, content migration.
Approach: discovery workshop, wireframes, two design rounds, build in WordPress.
Fee: £7,400 + VAT, 40% on signing. Timeline: 8 weeks.
This proposal is valid for 30 days.`, review28aFreelance, "proposal"},
	{"kept: pitch: pitch reservation request e-mail", `Subject: Pitch reservation request – motorhome, 10–12 Sept

Hello,
We would like to book a hardstanding pitch with electric for our 7 m
motorhome, arriving Wednesday 10 September and leaving Friday 12 September.
Two adults, no pets. Please let us know if you have space.
Regards, Mark Hale`, review28aCampsite, "booking_request"},
	{"kept: pitch: seasonal pitch agreement under pitch rules", `SEASONAL PITCH LICENCE AGREEMENT 2026
Between: Hillside Farm Camping ("the Park") and Mr G. Turner ("the Licensee")
Pitch: S12 (hardstanding, electric)
Season: 1 March 2026 to 31 October 2026
Fee: £1,850 payable in two instalments (1 March, 1 July)
1. The Licensee may keep one touring caravan on the pitch for the season.
2. The caravan may not be used as a main residence.
3. The Park may end this licence on 28 days' written notice for breach.
Signed ____________ (Park)   ____________ (Licensee)`, []Rule{
		{Type: "booking", Description: "Pitch bookings from the website"},
		{Type: "seasonal", Description: "Seasonal pitch agreements (licence to keep a caravan on a pitch for the season)"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "complaint", Description: "Complaints"},
	}, "seasonal"},
	{"kept: stay: hotel invoice that confirms the stay", `From: reservations@grangehotel.example
Subject: Your invoice – stay 3–5 October

Dear Ms Okafor,
Thank you for staying with us. We confirm your stay from 3 to 5 October
(2 nights, Superior double). Your invoice is below.

Invoice no. GH-24571
Room 2 x £145.00          £290.00
Dinner 4 Oct               £62.50
VAT included (20%)         £58.75
Total                     £352.50
Paid by card on departure. Balance: £0.00`, []Rule{
		{Type: "booking", Description: "Booking confirmations"},
		{Type: "invoice", Description: "Hotel invoices and bills"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "complaint", Description: "Complaints"},
	}, "invoice"},
	{"kept: proposal: pitch doc under a pitches-only rule", rv28aDoc1, []Rule{
		{Type: "pitch", Description: "Pitches we send to prospective clients"},
		{Type: "brief", Description: "Client briefs"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "contract", Description: "Contracts"},
	}, "pitch"},
	{"kept: proposal: investor pitch e-mail, fund rules", `Subject: Investor pitch – Loopwise (seed)

Hi Sam,

Quick pitch: Loopwise is a weighing bin and app that shows school cooks what
is thrown away, dish by dish. We're in 41 schools with £180k ARR, growing
12% a month. We're raising £1.2m to reach 400 schools in 18 months.
Deck attached; could we find 20 minutes next week?

Amira Khan, CEO`, []Rule{
		{Type: "pitch", Description: "Pitches from startups asking us to invest"},
		{Type: "application", Description: "Application forms"},
		{Type: "report", Description: "Quarterly reports from portfolio companies"},
		{Type: "invoice", Description: "Invoices"},
	}, "pitch"},
	{"kept: toll: café receipt under tolls rule, no receipts rule", rv28aDoc2, []Rule{
		{Type: "tolls", Description: "Tolls and vignettes"},
		{Type: "fines", Description: "Fines"},
		{Type: "insurance", Description: "Car insurance"},
		{Type: "mot", Description: "MOT certificates"},
	}, ""},
	{"kept: ticket: train ticket, booking rule refusing train tickets", `E-TICKET
Off-Peak Return, Standard Class
From: LEEDS   To: LONDON TERMINALS
Valid: 18 SEP 2025
Adult  £98.70
Ticket number 44821 17734
This ticket is valid only with the railcard shown.`, []Rule{
		{Type: "booking", Description: "Hotel and flight bookings. Train tickets are not bookings."},
		{Type: "tickets", Description: "Tickets"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "invoice", Description: "Invoices"},
	}, "tickets"},
	{"kept: fine: Italian verbale for unpaid pedaggio, Italian rules", `COMUNE DI PARMA – POLIZIA LOCALE
Verbale di accertamento di violazione n. 2025/V/8821
Il giorno 14/08/2025 alle ore 09:12 il veicolo targato KX19ABC transitava
al casello di Parma senza corrispondere il pedaggio, in violazione dell'art. 176 c. 11 C.d.S.
Sanzione: € 87,00 + spese di notifica € 16,50.
Pagamento ridotto del 30% entro 5 giorni. Ricorso al Prefetto entro 60 giorni.`, review28aItalian, "multa"},
	{"kept: fine: French contravention for unpaid free-flow toll", `AVIS DE CONTRAVENTION
Infraction : non-paiement du péage en flux libre (A79)
Date : 03/06/2025 à 14:22
Véhicule immatriculé : GH-412-KL
Le péage dû n'a pas été réglé dans les 72 heures suivant le passage.
Montant de l'amende forfaitaire : 90 € (minorée 75 € si payée sous 15 jours).`, review28aRoad, "fines"},
	{"kept: other sense: story submission titled vignettes", `Three Vignettes from Lisbon
by Ana Duarte (1,850 words)

I.
The tram groans up to Graça and the old woman beside me crosses herself at
every bend, as if the rails were a rosary.

II.
In the bakery on Rua da Rosa the girl counts my coins twice and smiles only
the second time.

III.
By night the river is a sheet of tin. My father would have called it lovely
and said nothing more.`, []Rule{
		{Type: "submission", Description: "Submissions to the magazine (stories, poems, essays)"},
		{Type: "rejection", Description: "Rejection letters"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "contract", Description: "Contributor contracts"},
	}, "submission"},
	{"kept: other sense: clinical vignette exam question", `MEDICAL SCHOOL – YEAR 3 FORMATIVE EXAM, PAPER 2
Time allowed: 90 minutes. Answer all questions.

Question 4 (clinical vignette)
A 67-year-old man presents with two hours of central chest pain radiating
to the left arm. BP 150/95, HR 104. ECG shows ST elevation in II, III, aVF.
(a) What is the most likely diagnosis? (2 marks)
(b) List the first three steps in management. (3 marks)`, []Rule{
		{Type: "exam", Description: "Exam papers and past papers"},
		{Type: "notes", Description: "Lecture notes"},
		{Type: "timetable", Description: "Timetables"},
		{Type: "feedback", Description: "Feedback on my assignments"},
	}, "exam"},
	{"kept: other sense: Swiss garage invoice with Autobahnvignette line", `Garage Hofer AG
Bahnhofstrasse 41, 8610 Uster
RECHNUNG Nr. 2025-0412
Datum: 14.01.2025
Kunde: Herr M. Keller, Uster
Service 30'000 km inkl. Öl und Filter          CHF  389.00
Winterreifen montiert                          CHF   80.00
Autobahnvignette 2025                          CHF   40.00
MWST 8.1 %                                     CHF   38.47
Total                                          CHF  547.47
Zahlbar innert 30 Tagen.`, []Rule{
		{Type: "rechnung", Description: "Rechnungen"},
		{Type: "quittung", Description: "Quittungen"},
		{Type: "versicherung", Description: "Versicherungspolicen"},
		{Type: "steuern", Description: "Steuerunterlagen"},
	}, "rechnung"},
	{"kept: pitch: groundsman's pitch inspection report", `PITCH INSPECTION REPORT
Ground: Victoria Park, pitch 2     Date: 15/11/2025  08:15
Inspected by: R. Daly (groundsman)
Surface: standing water in both goalmouths, centre circle soft
Lines: visible    Goalposts/nets: secure
Decision: UNFIT – match postponed
Next inspection: Saturday 08:00`, []Rule{
		{Type: "inspection", Description: "Pitch and ground inspection reports"},
		{Type: "fixtures", Description: "Fixture lists"},
		{Type: "match_report", Description: "Match reports"},
		{Type: "invoice", Description: "Invoices"},
	}, "inspection"},
	{"kept: other sense: French job advert for péage cashier", `OFFRE D'EMPLOI
Receveur / Receveuse de péage (H/F) – CDD saisonnier
Lieu : gare de péage de Vienne-Reventin (38)
Missions : accueil des clients, encaissement, information trafic.
Horaires en 3x8, week-ends inclus. Salaire : 1 850 € brut mensuel.
Profil : sens du service, rigueur. Envoyez CV et lettre de motivation à rh@autoroutes.example.`, []Rule{
		{Type: "offre", Description: "Offres d'emploi"},
		{Type: "candidature", Description: "Candidatures reçues"},
		{Type: "contrat", Description: "Contrats de travail"},
		{Type: "paie", Description: "Bulletins de paie"},
	}, "offre"},
	{"kept: other sense: French bank statement with péage lines", `BANQUE POPULAIRE – RELEVÉ DE COMPTE N° 08
Compte courant n° 0412 4471 221   Période du 01/08/2025 au 31/08/2025
Solde au 01/08 : 1 204,18 €
04/08  CB PEAGE APRR VIENNE         14,70
04/08  CB TOTAL MONTELIMAR          78,41
06/08  PRLV SEPA BIP&GO PEAGE        31,20
12/08  VIR SALAIRE                           2 140,00
31/08  Solde au 31/08 : 3 012,77 €`, []Rule{
		{Type: "releve", Description: "Relevés bancaires"},
		{Type: "recu", Description: "Reçus et tickets"},
		{Type: "facture", Description: "Factures"},
		{Type: "impots", Description: "Impôts"},
	}, "releve"},
	{"kept: other sense: complaint about a bridge toll double charge", `Subject: Charged twice for the bridge toll

Hello,
I crossed the Severn once on 4 July but my HumberTAG-style account (ref 4471)
shows two bridge toll charges of £1.70 on that date. This is the second time
this has happened. I would like the duplicate refunded and an explanation.
Thanks, Gareth Morgan`, []Rule{
		{Type: "complaint", Description: "Complaints I send"},
		{Type: "tolls", Description: "Toll receipts and statements"},
		{Type: "fines", Description: "Fines"},
		{Type: "insurance", Description: "Car insurance"},
	}, "complaint"},
	{"kept: other sense: Spanish car hire booking, peajes not included", `Confirmación de reserva – alquiler de coche
Localizador: ES-71220
Recogida: Aeropuerto de Málaga, 02/07/2025 12:00
Devolución: Aeropuerto de Málaga, 09/07/2025 12:00
Vehículo: Seat Ibiza o similar
Incluido: kilometraje ilimitado, seguro a terceros
No incluido: peajes, combustible, multas de tráfico
Precio total: 214,00 € (pagado)`, []Rule{
		{Type: "reserva", Description: "Reservas de viaje (hotel, coche, vuelos)"},
		{Type: "recibo", Description: "Recibos y tickets"},
		{Type: "multa", Description: "Multas"},
		{Type: "factura", Description: "Facturas"},
	}, "reserva"},
	{"kept: other sense: Italian maintenance quote near the casello", `Preventivo n. 2025/31
Cliente: Condominio Le Querce, via Casello 4, Orvieto
Rifacimento impermeabilizzazione terrazzo condominiale (120 m²)  € 9.600,00
Smaltimento materiali                                           €   450,00
IVA 10%                                                         € 1.005,00
Totale                                                          € 11.055,00
Validità del preventivo: 60 giorni.`, []Rule{
		{Type: "preventivo", Description: "Preventivi"},
		{Type: "fattura", Description: "Fatture"},
		{Type: "ricevuta", Description: "Ricevute"},
		{Type: "verbale", Description: "Verbali di assemblea"},
	}, "preventivo"},
	{"kept: stay: hotel certificate of stay for a visa", `CERTIFICATE OF STAY

To whom it may concern,

This is to certify that Mr Arjun Mehta, passport no. Z4471220, stayed at
the Grange Hotel, Harrogate, from 3 to 24 September 2025 (21 nights).
We confirm your stay was paid in full.

Claire Benton, Front Office Manager
Harrogate, 25 September 2025`, []Rule{
		{Type: "booking", Description: "Booking confirmations"},
		{Type: "certificate", Description: "Certificates and attestations"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "bank", Description: "Bank statements"},
	}, "certificate"},
	{"kept: ticket: concert e-ticket with entry and gate", `E-TICKET – Arctic Monkeys, Emirates Old Trafford
Sat 14 June 2025  Doors 17:00
Entry: Gate B, Standing (Pitch)
Valid for one entry only. Ticket holder: Tom Rees
Order ref: TM-8841220   Price £89.50 incl. fees
Barcode will be scanned at entry.`, []Rule{
		{Type: "tickets", Description: "Concert and event tickets"},
		{Type: "receipt", Description: "Receipts"},
		{Type: "booking", Description: "Hotel bookings"},
		{Type: "invoice", Description: "Invoices"},
	}, "tickets"},
	{"kept: pitch: booking request under hotel/campsite rules", `Subject: Booking request – caravan, 2 nights

Hello,
Could we book a pitch for our caravan on 12 and 13 September, arriving
around 4pm? Two adults and a dog. Please confirm the price.
Many thanks, Alan Brooks`, review28aCampsite, "booking_request"},
	{"kept: toll: Toll Collect letter on a tariff change", `Toll Collect GmbH
Linkstraße 4, 10785 Berlin

Änderung der Mautsätze zum 1. Januar 2026

Sehr geehrte Damen und Herren,
zum 1. Januar 2026 ändern sich die Mautsätze für Lkw über 3,5 t. Die neuen
Sätze finden Sie in der beigefügten Übersicht. Für Sie besteht kein
Handlungsbedarf; Ihre Fahrzeuggeräte werden automatisch aktualisiert.

Mit freundlichen Grüßen
Ihr Toll Collect Kundenservice`, []Rule{
		{Type: "aenderung", Description: "Mitteilungen über Preis- oder Vertragsänderungen"},
		{Type: "rechnung", Description: "Rechnungen"},
		{Type: "maut", Description: "Mautbelege"},
		{Type: "bussgeld", Description: "Bußgeldbescheide"},
	}, "aenderung"},
	{"kept: out of scope: phone order confirmation from a supplier", `PHONE ORDER CONFIRMATION
Order no. 55120   Taken by: Kim   Date: 14/05/2025
Customer: Old Station Café

Thank you for your order, which we confirm as follows:
  2 x 1 kg house blend (espresso grind)   £36.00
  1 x 1 kg decaf (whole bean)             £19.50
Delivery: Tuesday 20/05. Total £55.50 + VAT.`, []Rule{
		{Type: "order", Description: "Orders we place with suppliers"},
		{Type: "order_confirmation", Description: "Order confirmations from suppliers"},
		{Type: "invoice", Description: "Invoices"},
		{Type: "delivery_note", Description: "Delivery notes"},
	}, "order_confirmation"},
}

func TestReview28a(t *testing.T) {
	for _, c := range review28aCases {
		t.Run(c.name, func(t *testing.T) {
			classifyAs(t, c.name, c.text, c.rules, c.want)
		})
	}
}

// Documents more than one case classifies, under different rules.
const (
	rv28aDoc1 = `PITCH – Harlow Leisure Centre rebrand
Prepared for: Harlow Leisure Trust   By: Northlight Studio   March 2025

The challenge
Harlow Leisure's identity dates from 2009 and no longer reflects its new pools and gym.

Our approach
1. Discovery workshops with staff and members (2 weeks)
2. Three identity routes, one refined into a full system
3. Signage and digital rollout

Fees
Discovery £4,500; identity £12,000; rollout £6,500. Total £23,000 + VAT.`
	rv28aDoc2 = `CAFÉ NERO – Whitby
2 x Latte            £7.20
1 x Panini           £5.95
TOTAL                £13.15
CARD                 £13.15
Thank you for your visit!
19/07/2025 11:02`
)
