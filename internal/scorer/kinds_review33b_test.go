package scorer

// Review of e65d8f30..68b8713c (round 33's kinds and acts): documents
// written for the review, classified on 3d75f06c and on 68b8713c.
// TestReview33bRegressions holds the cases right on 3d75f06c and wrong on
// 68b8713c (it fails on 68b8713c, one subtest per regression);
// TestReview33bKeep holds the cases the change got right (wrong on
// 3d75f06c, right on 68b8713c), which should stay right.

import "testing"

type rev33bCase struct {
	name, text string
	rules      []Rule
	want       string
}

func rev33bRun(t *testing.T, cases []rev33bCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { classifyAs(t, c.name, c.text, c.rules, c.want) })
	}
}

var rev33bcaterer = []Rule{
	{Type: "quote", Description: "quotes I send for catering"},
	{Type: "booking_confirmation", Description: "confirmation that an event is booked"},
	{Type: "invoice", Description: "invoices"},
	{Type: "enquiry", Description: "people asking about catering"},
}

var rev33bclub = []Rule{
	{Type: "renewal_reminder", Description: "Reminder that a membership is due for renewal"},
	{Type: "membership_card", Description: "membership cards"},
	{Type: "membership_form", Description: "completed application forms from people joining"},
	{Type: "receipt", Description: "receipts for fees paid"},
	{Type: "newsletter", Description: "club newsletter"},
}

var rev33bde = []Rule{
	{Type: "gehaltsabrechnung", Description: "Lohn- und Gehaltsabrechnungen"},
	{Type: "rente", Description: "Rentenmitteilungen, Renteninformationen und Bescheide der Rentenversicherung"},
	{Type: "steuer", Description: "Steuerbescheide vom Finanzamt"},
	{Type: "kontoauszug", Description: "Kontoauszüge"},
	{Type: "privat", Description: "private Briefe und Karten von Familie und Freunden"},
	{Type: "arzt", Description: "Arztbriefe und Befunde"},
}

var rev33bfete = []Rule{
	{Type: "volunteer", Description: "People offering to help on the day"},
	{Type: "stall_booking", Description: "Stallholder bookings and confirmations of their pitch"},
	{Type: "poster", Description: "posters advertising the fete"},
	{Type: "invoice", Description: "invoices for marquee, toilets, bouncy castle"},
	{Type: "risk_assessment", Description: "risk assessment for the day"},
}

var rev33bfr = []Rule{
	{Type: "lettre_perso", Description: "Lettres et cartes de la famille et des amis"},
	{Type: "facture", Description: "factures"},
	{Type: "impots", Description: "avis d'impôt"},
	{Type: "banque", Description: "relevés bancaires"},
}

var rev33bhome = []Rule{
	{Type: "medical_letter", Description: "Letters from the GP surgery, hospital or consultants about my health."},
	{Type: "council_letter", Description: "anything from the council (council tax, bins, parking)"},
	{Type: "personal", Description: "Letters and cards from family and friends"},
	{Type: "bank_statement", Description: "Bank statements"},
	{Type: "complaint", Description: "Complaints I have sent to companies or the council"},
	{Type: "invitation", Description: "Invitations to weddings, parties, christenings etc."},
}

var rev33bhr2 = []Rule{
	{Type: "applications", Description: "CVs and covering letters sent by job applicants"},
	{Type: "payslip", Description: "payslips"},
	{Type: "contract", Description: "employment contracts"},
	{Type: "sick_note", Description: "fit notes from doctors"},
}

var rev33bit = []Rule{
	{Type: "fattura", Description: "Fatture dei fornitori"},
	{Type: "preventivo", Description: "preventivi"},
	{Type: "personale", Description: "lettere e messaggi di amici e parenti"},
	{Type: "banca", Description: "estratti conto della banca"},
}

var rev33blandlord = []Rule{
	{Type: "repair_request", Description: "Tenant reporting something broken or asking for a repair"},
	{Type: "tenant_complaint", Description: "Tenant complaining about neighbours, noise or the state of the flat"},
	{Type: "rent_arrears", Description: "Letters I send to tenants about late or missing rent"},
	{Type: "tenancy_agreement", Description: "Tenancy agreements and renewals"},
	{Type: "invoice", Description: "contractor invoices"},
	{Type: "warning_letter", Description: "Formal warning to a tenant about their behaviour or breach of the tenancy"},
}

var rev33borders = []Rule{
	{Type: "customer_pos", Description: "POs from our customers"},
	{Type: "invoice", Description: "our invoices"},
	{Type: "delivery_note", Description: "delivery notes"},
	{Type: "quote", Description: "quotes we send"},
}

var rev33bpl = []Rule{
	{Type: "list_prywatny", Description: "Listy od rodziny i znajomych"},
	{Type: "faktura", Description: "faktury"},
	{Type: "bank", Description: "wyciągi bankowe"},
	{Type: "urzad", Description: "pisma z urzędu"},
}

var rev33bpub = []Rule{
	{Type: "poster", Description: "Posters for the pub's events"},
	{Type: "menu", Description: "food and drinks menus"},
	{Type: "invoice", Description: "Supplier invoices"},
	{Type: "staff_rota", Description: "weekly staff rota"},
	{Type: "booking", Description: "table and function room bookings"},
}

var rev33brecruit = []Rule{
	{Type: "job_offer", Description: "formal offer of employment"},
	{Type: "rejection", Description: "rejection after applying or interview"},
	{Type: "interview_invitation", Description: "invitation to interview"},
	{Type: "recruiter_message", Description: "Recruiters and agencies approaching me about roles"},
	{Type: "payslip", Description: "payslips"},
}

var rev33bresidents = []Rule{
	{Type: "complaint", Description: "Residents' complaints about noise, parking, bins or anti-social behaviour"},
	{Type: "event_poster", Description: "Posters and flyers for events (coffee mornings, fun days, litter picks)"},
	{Type: "minutes", Description: "Minutes of committee meetings"},
	{Type: "newsletter", Description: "the association newsletter"},
	{Type: "membership_form", Description: "Form to join the association"},
	{Type: "agm_notice", Description: "Notice of the AGM with the agenda"},
}

var rev33bshop = []Rule{
	{Type: "invoice", Description: "Invoices we send to trade customers"},
	{Type: "enquiry", Description: "Customers asking questions: prices, stock, delivery"},
	{Type: "payment_reminder", Description: "Reminders we send about unpaid invoices"},
	{Type: "remittance", Description: "customers telling us they have paid"},
	{Type: "statement", Description: "Monthly statement of account listing invoices and payments"},
	{Type: "purchase_order", Description: "orders from our customers"},
	{Type: "feedback", Description: "customer reviews and thank-you messages"},
}

var rev33bsocial = []Rule{
	{Type: "thank_you", Description: "thank-you notes and cards"},
	{Type: "personal", Description: "letters and e-mails from friends with their news"},
	{Type: "invitation", Description: "invitations"},
	{Type: "bill", Description: "household bills"},
}

var rev33bsympathy = []Rule{
	{Type: "sympathy_card", Description: "Sympathy and condolence cards and letters"},
	{Type: "personal", Description: "letters from friends"},
	{Type: "thank_you", Description: "thank you cards"},
	{Type: "funeral_invoice", Description: "funeral director's invoice"},
	{Type: "probate", Description: "solicitor's letters about the estate"},
}

var rev33btrader = []Rule{
	{Type: "quote", Description: "Quotes I send to customers for jobs"},
	{Type: "invoice", Description: "Invoices I send"},
	{Type: "enquiry", Description: "customers asking for prices or availability"},
	{Type: "complaint", Description: "unhappy customers"},
	{Type: "booking_confirmation", Description: "confirming a job date with a customer"},
}

var rev33bwedding = []Rule{
	{Type: "rsvp", Description: "Guests replying yes or no to our wedding invitation"},
	{Type: "supplier_booking", Description: "Confirmation from the venue, caterer, photographer or band that we're booked"},
	{Type: "invoice", Description: "invoices and deposit requests from suppliers"},
	{Type: "quote", Description: "quotes from suppliers"},
	{Type: "gift_list", Description: "the gift list and thank-you list"},
}

// Right on 3d75f06c, wrong on 68b8713c.
func TestReview33bRegressions(t *testing.T) {
	rev33bRun(t, []rev33bCase{
		{"wedding invitation", `Together with their families
Sarah Jones & Tom Reed
request the pleasure of your company at their marriage
on Saturday 6 June 2026 at 2pm
St Mary's Church, Frome
and afterwards at Orchard Barn.
RSVP by 1 March. We'd love to see you there!`, rev33bhome, "invitation"},
		{"roofer's quote with optional extra", `Hi Mrs Dean,

Thanks for having me round. Here is my price for the work:

Replace 12 slipped slates on the rear roof and re-bed ridge tiles: £680
Scaffold tower for 3 days: £150
Total: £830 (no VAT)

Would you be interested in having the gutters cleared at the same time?
That would be another £60. Price good till the end of November.

Cheers,
Gary (GW Roofing) 07700 900 345`, rev33btrader, "quote"},
		{"wedding RSVP: happy to confirm I will come", `Dear Sarah and Tom,

Thank you so much for the invitation. I'm happy to confirm I will come
to the wedding on 6 June, with Rob. Neither of us has any dietary
needs.

We can't wait to see you both!
Love, Aunt Carol`, rev33bwedding, "rsvp"},
		{"membership card", `WESTBROOK LIDO
FAMILY MEMBERSHIP 2025/26
Card no: 004412
Members: R. Patel, S. Patel, A. Patel (junior), K. Patel (junior)
Valid until: 31/03/2026
Please show this card at reception.`, rev33bclub, "membership_card"},
		{"English condolence card", `Dear Margaret,

I was so sorry to hear about Jim. He was a kind man and a good
friend to us all. I hope you are keeping as well as you can. Please
let me know if there is anything I can do.

Give my love to the family.
With deepest sympathy,
Joan`, rev33bsympathy, "sympathy_card"},
		{"thank-you after dinner", `Dear Sue and Mike,

Thank you so much for a wonderful evening on Saturday - the lamb was
delicious. It was lovely to see you both and to catch up with all the
news. We must meet up again soon; you must come for dinner here next
time!

Love,
Anne and Peter`, rev33bsocial, "thank_you"},
		{"CV against rule with CVs", `DANIEL MERCER
12 Park Road, Leeds LS6 2AB | 07700 900 222 | dan.mercer@example.com

PROFILE
Reliable delivery driver with 8 years' experience, clean licence, C1.

EXPERIENCE
Swift Deliveries Ltd - Delivery Driver, Mar 2021 - Aug 2025
Parcelnet - Warehouse Operative, Jan 2017 - Feb 2021

EDUCATION
Leeds City College - BTEC Level 2 Logistics

SKILLS
Route planning, customer service, forklift (counterbalance)`, rev33bhr2, "applications"},
		{"customer purchase order against rule POs", `PURCHASE ORDER
PO Number: 4500231876     Date: 03/11/2025

Supplier: Hillside Packaging Ltd
Deliver to: Brook Foods, Unit 9, Westway Estate

Qty   Item                          Unit     Total
500   Kraft box 300x200x100         0.42     210.00
200   Tape 48mm brown               1.10     220.00
Total                                        430.00

Please quote the PO number on your invoice.`, rev33borders, "customer_pos"},
		{"junior membership card", `FENBURY SWIMMING CLUB
JUNIOR MEMBERSHIP 2025/26
Member: Alfie Keane
Membership no: J-0231
Valid until: 31 August 2026
Please bring this card to every session.`, rev33bclub, "membership_card"},
	})
}

// Wrong on 3d75f06c, right on 68b8713c: keep them right.
func TestReview33bKeep(t *testing.T) {
	rev33bRun(t, []rev33bCase{
		{"tenant's complaint about neighbour", `Dear Mr Barrow,

I'm writing about the tenant in Flat 3. The music has gone on past 1am
four nights this week. I have asked him twice to keep it down. If it
carries on I will ring environmental health myself.

Kelly, Flat 2`, rev33blandlord, "tenant_complaint"},
		{"friend's letter (should be personal)", `Dear Anne,

Thank you for your Christmas card and all your news. I hope you are
keeping well and that the hip is better. We had a lovely summer - Tom
and the grandchildren came over from Canada for three weeks.

We must meet up in the spring. Come for dinner when you're next in
Bath.

Give my love to Peter.
Love, Joan`, rev33bhome, "personal"},
		{"resident complaint, friendly opening", `Dear Secretary,

Hope you are keeping well. I don't want to fall out with anyone on Elm
Close, but the parking on the corner is now dangerous - cars on both
pavements every night and the bin lorry couldn't get through on
Tuesday.

If nothing changes I will report it to the council and the police.

Regards,
Mrs P. Gill, 22 Elm Close`, rev33bresidents, "complaint"},
		{"litter pick poster", `BIG ELM CLOSE LITTER PICK!
Saturday 20 September, 10am - 12 noon
Meet at the play park. Gloves and bags provided.
Come along and help keep our close tidy.
All welcome - kids and dogs welcome too!`, rev33bresidents, "event_poster"},
		{"pub quiz poster", `THE WHEATSHEAF
QUIZ NIGHT - every Thursday, 8.30pm
Teams up to 6. £1 a head, cash prize and a bottle for the winners.
All welcome, dogs welcome!`, rev33bpub, "poster"},
		{"customer: could you resend invoice", `Hi,

We can't find invoice 2041 for the August delivery - could you resend
it? Our accounts team need it before they can pay.

Thanks,
Sam, The Corner Deli`, rev33bshop, "enquiry"},
		{"caterer booking confirmation", `Hi Emma,

Thanks for the deposit of £300 - to confirm you are booked for Saturday
21 March, hot buffet for 60 guests at The Old School Rooms, arriving
5pm, serving 7pm. The balance of £990 is due a week before.

Lucy, Lucy's Kitchen`, rev33bcaterer, "booking_confirmation"},
		{"fete stall booking confirmation", `Dear Mr Hale,

Thank you for your application and fee of £15. We are delighted to
confirm your stall (pitch 14, near the tea tent) at the Ashby Summer
Fete on Saturday 12 July. Please arrive between 9 and 10am to set up.

Jean Morris, Fete Committee`, rev33bfete, "stall_booking"},
		{"German Betriebsrente notice (should be pension)", `Pensionskasse der Müller Maschinenbau

Mitteilung über Ihre Betriebsrente

Sehr geehrter Herr Becker,

ab dem 1. Juli 2025 zahlen wir Ihnen eine monatliche Betriebsrente von
412,50 EUR. Die Zahlung erfolgt jeweils zum Monatsende auf Ihr Konto
DE12 3456 7890 1234 5678 90.

Mit freundlichen Grüßen
Pensionskasse`, rev33bde, "rente"},
		{"Italian friend's letter", `Cara Marta,

come stai? Spero che tu stia bene. Qui a Lecce fa ancora caldo e i
bambini sono tornati a scuola. A dicembre veniamo a Milano, così ci
vediamo!

Un abbraccio forte,
Giulia`, rev33bit, "personale"},
		{"French friend's letter", `Chère Sophie,

Comment vas-tu ? J'espère que tu vas bien. Ici tout va bien, les
enfants grandissent trop vite et Marc a changé de travail. Nous
pensons venir à Lyon en avril.

Je t'embrasse,
Claire`, rev33bfr, "lettre_perso"},
		{"Polish friend's letter", `Droga Kasiu,

co u ciebie? Mam nadzieję, że u ciebie wszystko dobrze. U nas nowy
dom już prawie gotowy, a Tomek zaczął szkołę. Przyjedź do nas w
wakacje!

Ściskam,
Ania`, rev33bpl, "list_prywatny"},
		{"recruiter: would you be interested", `Hi Laura,

I came across your profile on LinkedIn. I'm recruiting for an HR
Advisor at a logistics firm in Bristol, £34-38k, hybrid. Would you be
interested in a quick call this week to talk it through?

Best,
Ellie, Talent Partners`, rev33brecruit, "recruiter_message"},
		{"round-robin Christmas letter", `Christmas 2025

Dear friends,

Hope you are all keeping well. It's been a busy year for the Hills!
Tom retired in June after 32 years at the council, and we spent
September walking in the Dolomites. Katie had a baby girl, Rose, in
April - our first grandchild. The garden has never looked better.

We must meet up in the new year - do come for dinner if you're passing.

Lots of love,
Tom and Gill`, rev33bsocial, "personal"},
	})
}
