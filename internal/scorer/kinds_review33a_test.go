// Review of e65d8f30 and 68b8713c (kinds.txt: readings_log,
// customer_order, purchase_offer, wish_list, service_record; "payment
// advice" a payslip's name; "fit to box/dive/fly/compete/take part" a
// medical certificate's acts; a work order's words; German, French,
// Italian, Dutch and Spanish "I would like to order" as a purchase order's
// acts; an order confirmation's thanks not counted in a document's second
// half; "lNVOlCE"). Each "regression:" case was right on 3d75f06c and is
// wrong on 68b8713c; each "fixed:" case the change got right and should
// stay right.
//
// Narrowest fixes in kinds.txt, tried together on 68b8713c (the nine
// regressions right again, the nine fixed cases still right, the kinds_*
// and other non-corpus tests still pass):
//   - medical_certificate acts: drop "fit to compete" (an entrant
//     declares it on an entry form).
//   - purchase_order acts: drop "vorrei ordinare" (an enquiry before an
//     order) and "quisiera pedir" ("pedir" is also to ask for information,
//     an appointment, a quote).
//   - wish_list acts: drop "busco" (better, all six one-word "I am looking
//     for" acts: ik zoek, ich suche, je cherche, busco, cerco, szukam).
//   - wish_list acts: drop "here is what i am looking for", "here's what
//     i'm looking for", "please call me if" and "if anything comes in"
//     (the house buyer's registration needs all four gone).
//   - wish_list en: drop "wish list" and "wishlist" (or add "christmas
//     list", "birthday list").
//   - purchase_offer acts: drop "we can pay" (a tenant's, a debtor's).
//   - purchase_offer en: add "buy offer" (a rule typed buy_offer).
//   - service_record en: drop "record of service" (a car's service book).
package scorer

import "testing"

var review33aBoxing = []Rule{
	{Type: "medical_certificate", Description: "Doctor's certificates that a boxer is medically fit to box / compete"},
	{Type: "membership_form", Description: "Membership application and renewal forms"},
	{Type: "consent_form", Description: "Parental consent forms for junior members (trips, shows, competitions)"},
	{Type: "competition_entry", Description: "Entry forms for championships and shows"},
	{Type: "medical_report", Description: "Medical reports and examination records from doctors (injuries, scans, head injuries)"},
}

var review33aWholesale = []Rule{
	{Type: "customer_order", Description: "Orders we receive from our customers (POs, emails, phone orders written down)"},
	{Type: "order_acknowledgement", Description: "Order acknowledgements / confirmations our suppliers send us for our POs"},
	{Type: "supplier_invoice", Description: "Invoices from suppliers"},
	{Type: "delivery_note", Description: "Delivery notes / goods received"},
	{Type: "enquiry", Description: "Customer enquiries about price, stock or delivery times before they order"},
}

var review33aDental = []Rule{
	{Type: "cita", Description: "Solicitudes de cita de pacientes (email, web, WhatsApp)"},
	{Type: "consulta", Description: "Consultas de pacientes sobre tratamientos y precios"},
	{Type: "presupuesto", Description: "Presupuestos de tratamiento entregados a pacientes"},
	{Type: "factura", Description: "Facturas de proveedores"},
	{Type: "pedido", Description: "Pedidos de material dental que hacemos a proveedores"},
	{Type: "reclamacion", Description: "Quejas y reclamaciones de pacientes"},
}

var review33aRecords = []Rule{
	{Type: "buy_offer", Description: "Our written offers to people selling their record collections to us"},
	{Type: "wants", Description: "Customers' wants lists (records they want us to look out for)"},
	{Type: "mail_order", Description: "Mail orders from customers"},
	{Type: "supplier_invoice", Description: "distributor invoices"},
	{Type: "stock_list", Description: "Our price lists and stock lists"},
	{Type: "consignment", Description: "consignment agreements"},
}

var review33aFamily = []Rule{
	{Type: "wish_list", Description: "Christmas and birthday wish lists from the kids and grandparents"},
	{Type: "shopping_list", Description: "shopping lists"},
	{Type: "recipe", Description: "recipes"},
	{Type: "school_letter", Description: "letters from school"},
}

var review33aGarage = []Rule{
	{Type: "service_history", Description: "Car service records - stamps in the service book, garage service sheets"},
	{Type: "mot", Description: "MOT certificates and advisories"},
	{Type: "car_insurance", Description: "car insurance documents"},
	{Type: "repair_invoice", Description: "Invoices for repairs"},
	{Type: "v5c", Description: "V5C / registration documents"},
}

var review33aLandlord2 = []Rule{
	{Type: "tenant_letter", Description: "Letters, texts and emails from my tenants (late rent, repairs, moving out)"},
	{Type: "rent_statement", Description: "rent statements from the letting agent"},
	{Type: "tenancy_agreement", Description: "tenancy agreements"},
	{Type: "offer_to_buy", Description: "Offers from buyers or investors wanting to buy one of my properties"},
}

var review33aAgent = []Rule{
	{Type: "buyer_enquiry", Description: "Enquiries and registrations from people looking to buy a house"},
	{Type: "offer", Description: "Offers from buyers on the properties we are selling"},
	{Type: "valuation_request", Description: "requests from owners for a market valuation"},
	{Type: "viewing_feedback", Description: "feedback after viewings"},
	{Type: "memorandum_of_sale", Description: "memorandums of sale"},
}

var review33aKitchen = []Rule{
	{Type: "invoice", Description: "Supplier invoices for food, drink and equipment."},
	{Type: "temperature_records", Description: "HACCP sheets - fridge/freezer temps, cooking & hot holding checks"},
	{Type: "inspection_report", Description: "Reports from environmental health officers after a food hygiene inspection, with the rating and what must be improved."},
	{Type: "staff_rota", Description: "weekly staff rota"},
	{Type: "delivery_note", Description: "delivery notes from suppliers"},
	{Type: "complaint", Description: "Customer complaints (email or letter)."},
}

var review33aHealth = []Rule{
	{Type: "sick_note", Description: "Fit notes / sick notes and other doctor's certificates (e.g. fit to fly)"},
	{Type: "medical_letter", Description: "Letters and reports from doctors and hospitals about my health"},
	{Type: "travel_booking", Description: "flight, hotel and holiday bookings"},
	{Type: "insurance", Description: "Insurance policies and schedules"},
	{Type: "invoice", Description: "invoices and bills"},
}

var review33aBuyer = []Rule{
	{Type: "order_confirmation", Description: "emails confirming something I ordered online"},
	{Type: "receipt", Description: "receipts"},
	{Type: "invoice", Description: "invoices and bills"},
	{Type: "dispatch_notice", Description: "Your parcel has been dispatched / delivery updates"},
	{Type: "marketing", Description: "promotional emails and newsletters"},
}

var review33aEstate = []Rule{
	{Type: "valuation", Description: "Valuations of jewellery, antiques and contents for insurance or probate"},
	{Type: "offer_to_buy", Description: "Offers from dealers to buy items from the estate"},
	{Type: "auction", Description: "auction house statements and sale results"},
	{Type: "invoice", Description: "invoices"},
	{Type: "probate", Description: "Probate and solicitor's documents"},
}

var review33aLandlord = []Rule{
	{Type: "tenant_letter", Description: "Letters and emails from tenants"},
	{Type: "rent_statement", Description: "rent statements from the letting agent"},
	{Type: "tenancy_agreement", Description: "tenancy agreements"},
	{Type: "safety_certificate", Description: "Gas safety certificates, EICRs, legionella risk assessments"},
	{Type: "offer_to_buy", Description: "Offers from buyers or investors wanting to buy one of my properties"},
}

var review33aReceivable = []Rule{
	{Type: "remittance", Description: "Remittance advices from customers telling us which invoices they paid"},
	{Type: "invoice", Description: "Supplier invoices"},
	{Type: "payslip", Description: "Staff payslips"},
	{Type: "bank_statement", Description: "Bank statements"},
	{Type: "credit_note", Description: "Credit notes"},
}

var review33aPension = []Rule{
	{Type: "pension", Description: "Pension statements and monthly pension payment advices"},
	{Type: "payslip", Description: "Payslips from my part-time job"},
	{Type: "tax", Description: "HMRC letters, P60s and tax codes"},
	{Type: "bank_statement", Description: "bank statements"},
	{Type: "utility_bill", Description: "utility bills"},
}

func TestReview33a(t *testing.T) {
	cases := []struct {
		name  string
		rules []Rule
		want  string
		text  string
	}{
		{"regression: entrant's declaration 'I am fit to compete' on an entry form (was competition_entry, now medical_certificate)", review33aBoxing, "competition_entry", `NORTH WEST NOVICE CHAMPIONSHIPS 2025 - ENTRY FORM

Boxer: Connor Walsh      Club: Hartley ABC       Reg no: EB-448120
Age group: Elite (19-40)  Weight: 71kg   Bouts: 4   Wins: 3
Coach: G. Davies          Entry fee: £15 (paid by club)

Entries close: 31 October 2025. Weigh-in: 08:00 Sat 15 November.

Declaration: I declare that I am fit to compete, that I hold a current
medical card and that the above details are correct.

Boxer's signature: ____________   Coach's signature: ____________`},

		{"regression: Italian enquiry 'vorrei ordinare ..., ma prima vorrei sapere' (was enquiry, now none)", review33aWholesale, "enquiry", `Oggetto: informazioni prezzi e tempi di consegna

Buongiorno,

gestisco un piccolo bar a Bergamo. Vorrei ordinare il vostro caffè in
grani, ma prima vorrei sapere:
- quanto costa al kg per 20 kg al mese?
- fate sconti per i clienti fissi?
- quanto ci vuole per la consegna in Italia?

Grazie mille, attendo una risposta.
Luca Ferri`},

		{"regression: Spanish enquiry 'quisiera pedir información' (pedir = ask for) (was enquiry, now none)", review33aWholesale, "enquiry", `Asunto: Consulta sobre precios

Buenos días:

Tengo una cafetería en Valencia y quisiera pedir información sobre sus
cafés de especialidad. ¿Tienen lista de precios para hostelería? ¿Cuál es
el pedido mínimo y cuánto tarda el envío a España?

Muchas gracias.
Un saludo,
Marta Ruiz`},

		{"regression: Spanish patient's question 'busco una clínica' (was consulta, now none)", review33aDental, "consulta", `Hola,

Busco una clínica para ortodoncia invisible para mi hija de 16 años.
¿Cuánto cuesta más o menos el tratamiento completo? ¿Se puede pagar a
plazos? ¿La primera visita es gratuita?

Muchas gracias,
Raquel Gil`},

		{"regression: dealer's offer for a collection under a rule typed buy_offer (was buy_offer, now none)", review33aRecords, "buy_offer", `Spinning Disc Records
4 Castle Arcade, Hartley

Dear Mrs Hughes,

Thank you for letting me look through your late husband's records last
Tuesday. I counted about 350 LPs and 120 singles, mostly 1960s and 1970s
rock and folk, in good to very good condition.

For the whole collection, including the two Dansette cases, we would pay
£1,150 in cash and collect everything from the house at a time to suit
you. The offer stands for 14 days from the date of this letter.

If you would rather sell the Beatles and Nick Drake albums separately at
auction I quite understand; please just let me know.

Kind regards,
Tom Reilly`},

		{"regression: child's Christmas list under a 'wish lists from the kids' rule (was wish_list, now none)", review33aFamily, "wish_list", `Mia's Christmas list 2025 (age 9)

1. Lego Friends Heartlake City school
2. Roller skates, size 3, purple
3. The new Dog Man book
4. A hamster (Mum says maybe!!)
5. Art set with the proper pencils

Love Mia xx`},

		{"regression: car service book page titled RECORD OF SERVICE (was service_history, now none)", review33aGarage, "service_history", `RECORD OF SERVICE

Vehicle: Ford Focus 1.0 EcoBoost Titanium    Reg: HT19 KDX
VIN: WF05XXGCC5KA12345

Service   Date        Mileage   Work                        Dealer stamp / signature
1st       14/03/2020  9,820     Annual service, oil+filter  Hartley Ford - stamped
2nd       02/03/2021  17,455    Annual service + pollen     Hartley Ford - stamped
3rd       28/02/2022  24,910    Major service, brake fluid  Hartley Ford - stamped
4th       11/03/2023  31,204    Annual service              QuickFit Hartley - stamped
5th       05/03/2024  38,660    Major service, plugs, belt  QuickFit Hartley - stamped

Next service due: March 2025 or 45,000 miles.`},

		{"regression: tenant's late-rent text 'we can pay 300 now' (was tenant_letter, now offer_to_buy)", review33aLandlord2, "tenant_letter", `Hi Mr Patel,

Sorry the rent is late this month. Our Universal Credit payment has been
delayed because of a change in Jamie's hours. We can pay £300 now and the
other £425 on the 15th when the payment comes through.

Also the bathroom extractor fan has stopped working again.

Thanks for understanding,
Chloe and Jamie, Flat 2`},

		{"regression: house buyer registering with an estate agent (was buyer_enquiry, now none)", review33aAgent, "buyer_enquiry", `Subject: Registering as a buyer

Hi,

We're moving back to Hartley next spring and would like to register with
you. We've sold our flat in Leeds (completing in January), so we're
chain-free.

Here's what I'm looking for:
- 3 bedrooms, ideally a garden
- Walking distance to Hartley Primary
- Up to £320,000

Please call me if anything comes in - we'd be happy to view quickly.

Thanks,
Laura Bennett, 07700 900321`},

		{"fixed: kitchen: the fridge sheet itself", review33aKitchen, "temperature_records", `THE OLIVE TREE - DAILY CHECKS            Week commencing: 2 June 2025

Date     Time   Fridge 1  Fridge 2  Freezer  Checked by  Action taken
02/06    08:15  3°C       4°C       -19°C    AD
02/06    16:30  4°C       5°C       -18°C    MK
03/06    08:10  3°C       7°C       -19°C    AD          door left open, moved stock, rechecked 4°C 08:45
03/06    16:20  4°C       4°C       -20°C    MK
04/06    08:20  2°C       4°C       -18°C    AD
04/06    16:40  3°C       5°C       -19°C    SD

Fridges must be 0-5°C, freezers -18°C or below. If out of range tell the
manager and write what you did.`},

		{"fixed: health: GP fit to fly letter", review33aHealth, "sick_note", `Hartley Medical Practice
3 Church Road, Hartley

12 March 2025

To whom it may concern,

Mrs Hannah Price, DOB 04/09/1993

I saw Mrs Price today. She is 29 weeks pregnant with a single baby and her
pregnancy has been uncomplicated. Her expected date of delivery is 28 May
2025.

In my opinion she is fit to fly on her return flight from Malaga on 20
March 2025.

Dr R. Evans MBChB MRCGP
GMC 7012345`},

		{"fixed: buyer: shop receipt with order thanks at the end", review33aBuyer, "receipt", `THE CORNER DELI
14 Market Street, Hartley
Tel 01632 960 118

Order 417      Table: Takeaway    Server: Jess
03/10/2025 12:41

2 x Ham & cheese toastie      11.00
1 x Soup of the day            4.80
2 x Flat white                 6.40
1 x Brownie                    3.20

TOTAL                         25.40
CARD                          25.40
CHANGE                         0.00

VAT included 4.23
Thank you for your order - see you soon!`},

		{"fixed: wholesale: German customer order e-mail", review33aWholesale, "customer_order", `Von: einkauf@cafe-lindenhof.de
Betreff: Bestellung KW 41

Sehr geehrte Damen und Herren,

wir möchten gern folgende Artikel bestellen:

6 x Espresso Bohnen "Forte" 1 kg       Art.-Nr. 1102
4 x Hafermilch Barista 1 l (Karton à 6)  Art.-Nr. 3320
2 x Pappbecher 300 ml (Karton à 1000)    Art.-Nr. 5530

Lieferung bitte bis Donnerstag an die bekannte Adresse. Rechnung wie
immer per E-Mail.

Mit freundlichen Grüßen
Anna Keller
Café Lindenhof`},

		{"fixed: wholesale: French customer order", review33aWholesale, "customer_order", `Objet : commande

Bonjour,

Je voudrais commander pour la semaine prochaine :
- 10 kg de café Éthiopie Sidamo en grains
- 5 kg de décaféiné
- 2 cartons de gobelets 200 ml

Livraison à l'adresse habituelle, comme d'habitude.

Cordialement,
Claire Martin - Le Petit Zinc, Lille`},

		{"fixed: estate: dealer's offer for garage contents", review33aEstate, "offer_to_buy", `Hartley House Clearance & Antiques

Dear Mr Hughes,

Thank you for showing me round your father's garage and workshop on
Friday. The tools, the lathe, the two vintage bicycles and the enamel
signs are of interest to us.

We would be happy to pay £2,400 for the lot, collected by us and with the
garage left swept. This offer stands for 14 days. We can pay by bank
transfer on the day we collect.

Regards,
Gary Platt`},

		{"fixed: landlord: investor's offer to buy", review33aLandlord, "offer_to_buy", `Dear Mr Patel,

We are a local family property company and we would like to buy your
property at 14 Mill Lane, Hartley, with the tenants in place.

Based on the rent and the condition of similar houses on the street we
can offer you £210,000 for a quick, chain-free purchase, completing in
six weeks. We are cash buyers and would pay your legal fees.

If you would like to discuss this offer, please call me on 07700 900456.

Yours sincerely,
Ravi Shah, Hartley Homes Ltd`},

		{"fixed: receivable: employer's 'Payment Advice' (payslip)", review33aReceivable, "payslip", `HARTLEY ENGINEERING SUPPLIES LTD
PAYMENT ADVICE - PERIOD 6 (SEPTEMBER 2025)

Employee: Jade Turner     Employee no: 0142     NI: AB123456C
Tax code: 1257L           Pay date: 30/09/2025

Payments                     Deductions
Basic salary   £2,500.00     Income tax         £291.80
Overtime 6h      £129.60     National Insurance  £99.85
                             Pension (5%)       £131.48
Gross pay      £2,629.60     Total deductions   £523.13

NET PAY £2,106.47 paid to account ending 8812
Year to date: gross £15,412.80, tax £1,701.20, NI £584.10`},

		{"fixed: pension: part-time job's 'Payment Advice'", review33aPension, "payslip", `MARSDEN GARDEN CENTRE LTD
PAYMENT ADVICE

Employee: R. Hughes    Payroll no: 311    Period: Week 29 (20/10/2025)
Hours worked: 16.00 @ £12.21

Gross pay                   £195.36
Income tax (code BR)        -£39.07
National Insurance           £0.00
Net pay                     £156.29

Holiday remaining: 38 hours`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { classifyAs(t, c.name, c.text, c.rules, c.want) })
	}
}
