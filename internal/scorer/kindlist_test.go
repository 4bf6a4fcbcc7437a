package scorer

import "testing"

// A later sentence of a description that only lists kinds ("Schedules,
// certificates, renewal notices.") names what the rule holds as its first
// sentence does: an insurer's renewal notice is the insurance rule's, not
// a renewal no rule covers.
func TestASentenceListingKindsNamesTheRulesKinds(t *testing.T) {
	rules := []Rule{
		{Type: "insurance_policy", Description: "Photography insurance (equipment + public liability). Schedules, certificates, renewal notices."},
		{Type: "client_invoice", Description: "Invoices I send to couples for weddings"},
		{Type: "equipment_receipt", Description: "Receipts for cameras, lenses and other kit"},
		{Type: "bank_statement", Description: "Business account statements"},
		{Type: "mileage_log", Description: "Mileage logs for the car"},
	}
	classifyAs(t, "an insurer's renewal notice", `From: Lensguard Renewals <renewals@lensguard.example>
To: hello@ashworthphoto.example
Subject: Your renewal notice - policy LG-PL-448120
Date: Thu, 15 Jan 2026 07:30:00 +0000

Dear Mr Ashworth,

Your Photographers' Combined policy is due to renew on 12 February 2026.
Next year's premium is £310.80. If you pay by Direct Debit you need do
nothing and your cover will carry on.

Kind regards,
Lensguard Renewals Team
`, rules, "insurance_policy")
}

// "Exercice" heads a French statement's financial year ("Relevé de droits
// d'auteur - exercice 2024"), not an exercise set as homework.
func TestAFrenchFinancialYearIsNoExercise(t *testing.T) {
	rules := []Rule{
		{Type: "royalty_statement", Description: "Royalty statements from publishers"},
		{Type: "invoice", Description: "Invoices I send for commissioned work"},
		{Type: "supplies_receipt", Description: "Receipts for art materials and paper"},
	}
	classifyAs(t, "a French publisher's royalty statement", `ÉDITIONS DU GRAND LARGE
Relevé de droits d'auteur - exercice 2025

Bénéficiaire : Ciarán Boyle (illustrateur)
Titre : « La baleine du phare »
Droits : 4 % du prix public HT (13,90 EUR)

Exemplaires vendus ............... 1 846
Retours ............................ 97
Droits acquis ................. 972,43 EUR
Solde à payer ................. 972,43 EUR
`, rules, "royalty_statement")
}
