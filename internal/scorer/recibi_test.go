package scorer

import "testing"

// "RECIBÍ" ("I have received") heads a Spanish handwritten receipt as
// "Received with thanks" heads an English one.
func TestASpanishRecibiIsAReceipt(t *testing.T) {
	rules := []Rule{
		{Type: "receipt", Description: "Receipts, proof of payment (till slips, 'received with thanks')."},
		{Type: "invoice", Description: "Invoices the club has to pay."},
		{Type: "minutes", Description: "Minutes of committee meetings."},
		{Type: "membership_form", Description: "Membership application forms."},
	}
	classifyAs(t, "a Spanish handwritten receipt", `RECIBÍ

He recibido del Club de Petanca Los Olivos la cantidad de CIENTO VEINTE
EUROS (120,00 €) en efectivo, por la pintura de la sala en marzo de 2025.

Alcalalí, 28 de marzo de 2025

Fdo.: Joaquín Ferrer Soler
DNI 00000000-T
`, rules, "receipt")
}
