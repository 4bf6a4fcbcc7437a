package scorer

import "testing"

// classifyAs runs Classify and fails unless it answers want ("" for no
// rule).
func classifyAs(t *testing.T, name, text string, rules []Rule, want string) {
	t.Helper()
	res := classifyModel(text, rules)
	got := ""
	if res.Type != nil {
		got = *res.Type
	}
	if got != want {
		t.Errorf("%s: got %q at %.2f (%s), want %q", name, got, res.Confidence, res.Reasoning, want)
	}
}

// classifyCase is a named document, its rules and the answer it wants,
// as the review files hold them.
type classifyCase interface {
	parts() (name, text string, rules []Rule, want string)
}

// ownCase is a document a review wrote of its own, its rules and the
// answer it wants.
type ownCase struct {
	name  string
	rules []Rule
	want  string
	text  string
}

func (c ownCase) parts() (string, string, []Rule, string) {
	return c.name, c.text, c.rules, c.want
}

// runClassifyCases runs classifyAs on each case as a subtest.
func runClassifyCases[C classifyCase](t *testing.T, cases []C) {
	for _, c := range cases {
		name, text, rules, want := c.parts()
		t.Run(name, func(t *testing.T) {
			classifyAs(t, name, text, rules, want)
		})
	}
}

// A guest's message calling off a stay, and a booking site's notice of
// it, are a booking's cancellation: not the booking, and not a complaint.
func TestABookingCancellationIsAKindOfItsOwn(t *testing.T) {
	rules := []Rule{
		{Type: "booking_confirmation", Description: "Confirmation of a guest's room booking: guest, dates, room, price."},
		{Type: "booking_cancellation", Description: "Cancellations, by a guest or by a booking site"},
		{Type: "invoice", Description: "a supplier's bill asking us to pay for goods or work"},
		{Type: "complaint", Description: "a guest unhappy about their stay telling us so"},
	}
	classifyAs(t, "guest's e-mail", `Hi Anna,

Really sorry but we have to cancel our booking for 12-14 September (the
Blue Room, two adults). My father is unwell and we can't travel.
We hope to come another time.

Best wishes,
Tom Rees`, rules, "booking_cancellation")
	classifyAs(t, "booking site's notice", `Booking cancelled: reservation 88213-KL

Your booking has been cancelled by the guest.

Guest:          M. Laurent
Dates:          3-6 Oct 2025
Room:           Garden Room
Cancellation fee: EUR 0.00 (free cancellation until 1 Oct)

These nights are available again in your calendar.`, rules, "booking_cancellation")
	classifyAs(t, "the booking itself", `Booking confirmation 88213-KL

Thank you for booking with us. Your reservation is confirmed.

Guest:          M. Laurent
Dates:          3-6 Oct 2025, 3 nights
Room:           Garden Room, 2 adults
Total price:    EUR 360.00
Free cancellation until 1 Oct.`, rules, "booking_confirmation")
}

// A sympathy card is a letter of condolence; a thank-you for one is not,
// when the rule says so.
func TestACondolenceIsNotItsThankYou(t *testing.T) {
	rules := []Rule{
		{Type: "condolence_letter", Description: "Sympathy cards and letters of condolence sent to me after my husband died. My own thank-you notes back to people are not condolences."},
		{Type: "medical_letter", Description: "letters from my GP or the hospital about my health"},
		{Type: "invoice", Description: "a bill for goods or work done"},
	}
	classifyAs(t, "sympathy card", `Dear Margaret,

We were so sad to hear of Peter's passing. He was always the first to
help anyone in the street, and we will always remember him at the summer
fair with his raffle tickets.

Our thoughts are with you and the family at this difficult time.
Please call on us for anything at all.

With love,
Jean and Alan`, rules, "condolence_letter")
	classifyAs(t, "thank-you note", `Dear Jean and Alan,

Thank you for your kind card and for the lovely flowers. It meant so
much to me and the children to read what you wrote about Peter.

I hope to see you both at church soon.

Love,
Margaret`, rules, "")
}

// An employer's invitation to an interview is neither the cover letter
// that asked for one nor a rejection.
func TestAnInterviewInvitationIsNotACoverLetter(t *testing.T) {
	rules := []Rule{
		{Type: "cover_letter", Description: "my letters applying for a job, sent with my CV"},
		{Type: "interview_invitation", Description: "an employer inviting me to a job interview or an assessment day"},
		{Type: "rejection_letter", Description: "an employer telling me my application was unsuccessful"},
		{Type: "cv", Description: "my CV"},
	}
	classifyAs(t, "invitation", `Re: your application - Warehouse Supervisor (ref WS-114)

Dear Ms Novak,

Thank you for applying for the Warehouse Supervisor role. You have been
shortlisted, and we would like to invite you to an interview at our
Hartley Road depot on Tuesday 14 May at 10:30 with the operations
manager. It will take about 45 minutes.

Please confirm your attendance by replying to this e-mail, and bring
your passport for a right-to-work check.

Kind regards,
Recruitment team`, rules, "interview_invitation")
	classifyAs(t, "cover letter", `Dear Hiring Manager,

I am writing to apply for the position of Warehouse Supervisor advertised
on your website. I have six years' experience running a night shift and
I enclose my CV. I would welcome the opportunity to discuss the role at
an interview.

Yours sincerely,
Eva Novak`, rules, "cover_letter")
}

// A German rejection that says the post went to another candidate, in
// the word order a German letter uses, is a rejection, though it names
// the application it answers.
func TestAGermanRejectionIsNotACoverLetter(t *testing.T) {
	rules := []Rule{
		{Type: "cover_letter", Description: "my letters applying for a job, sent with my CV"},
		{Type: "rejection_letter", Description: "an employer telling me my application was unsuccessful"},
		{Type: "job_offer", Description: "an employer offering me a job"},
	}
	classifyAs(t, "Absage", `Ihre Bewerbung als Buchhalterin

Sehr geehrte Frau Novak,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Haus.
Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir
uns für einen anderen Kandidaten entschieden haben.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Mit freundlichen Grüßen
Personalabteilung`, rules, "rejection_letter")
}

// A complaint in Spanish or Portuguese that says what went wrong and
// what should be done, without "complaint" or "refund", is a complaint.
func TestPlainComplaintsInSpanishAndPortuguese(t *testing.T) {
	rules := []Rule{
		{Type: "complaint", Description: "a customer unhappy with our work or service telling us so"},
		{Type: "quote", Description: "our price for a job before it is done"},
		{Type: "invoice", Description: "our bill for a finished job"},
		{Type: "booking", Description: "a customer asking to book a job or a trip"},
	}
	classifyAs(t, "Spanish", `Hola Marcos:

La ventana que instalaste la semana pasada deja entrar agua cuando llueve.
No estoy contento con el trabajo. Quiero que vengas a arreglarla o que me
devuelvas parte del dinero.

Un saludo,
Pablo`, rules, "complaint")
	classifyAs(t, "Portuguese", `Bom dia,

O motorista nunca apareceu na quinta-feira e o meu pai perdeu a consulta.
Ninguém telefonou a avisar. Peço que isto não se repita.

Cumprimentos,
Rita Lopes`, rules, "complaint")
}

// A portal's "your payslip is ready" e-mail and a supplier's chasing
// e-mail are about a payslip and an invoice, not one.
func TestNoticesAboutADocumentAreNotIt(t *testing.T) {
	rules := []Rule{
		{Type: "payslip", Description: "my monthly payslips from work"},
		{Type: "invoice", Description: "bills from suppliers asking me to pay"},
		{Type: "bank_statement", Description: "bank statements"},
	}
	classifyAs(t, "payslip ready", `From: MyPay <no-reply@mypay.example>
Subject: Your March payslip is ready

Hi Sam,

Your payslip for March 2025 is now available in MyPay.
To view or download it, sign in at https://mypay.example and open Payslips.
For your security we don't attach payslips to e-mails.`, rules, "")
	classifyAs(t, "chasing", `From: Lena Ortiz <lena@ortiz-design.example>
Subject: Invoice OD-311 - now 3 weeks overdue

Hi Sam,

Invoice OD-311 for £480.00 was due on 3 April and I still dont see the
payment in my account. If it has already gone, please ignore this.

Thanks,
Lena`, rules, "")
}

// A Spanish card statement is a card statement though "extracto" alone
// is a bank statement's name; a Spanish receipt that says the sum was
// received is a receipt though it says what is still to pay.
func TestSpanishCardStatementAndReceipt(t *testing.T) {
	rules := []Rule{
		{Type: "bank_statement", Description: "statements of my current account"},
		{Type: "credit_card_statement", Description: "monthly credit card statements"},
		{Type: "invoice", Description: "bills asking me to pay"},
		{Type: "receipt", Description: "proof that I have paid"},
	}
	classifyAs(t, "card statement", `BANCO DEL SUR - Tarjeta Oro
EXTRACTO MENSUAL DE SU TARJETA
Titular: LUCIA MORA           Tarjeta: 4000 **** **** 1187
Fecha de extracto: 05/03/2025  Fecha límite de pago: 25/03/2025
Fecha     Comercio                         Importe (EUR)
11/02     LIBRERIA CENTRAL                      24,90
19/02     GASOLINERA NORTE                      61,30
Total movimientos:    86,20
Pago mínimo:          20,00`, rules, "credit_card_statement")
	classifyAs(t, "receipt", `APARTAMENTOS LA CALA
RECIBO N.º 2025-041
Hemos recibido de: Lucía Mora
La cantidad de: 300,00 € (trescientos euros)
Concepto: señal para la estancia del 2 al 9 de agosto de 2025.
Forma de pago: transferencia recibida el 12/03/2025.
Resto pendiente: 900,00 €, a pagar antes del 1/07/2025.`, rules, "receipt")
}
