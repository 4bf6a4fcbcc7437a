// Review of 80feef1 (membership_application and return_request as kinds):
// each "regression:" case was right on 80feef1~1 and is wrong on 80feef1;
// each "kept:" case the change got right and should stay right. One
// regression the review found is left unfixed and not tested here: a
// walking group's sign-up sheet under a rule "Sign-up sheets from people
// who want to become members" is no rule's, being more like the
// membership application no rule is named for.
package scorer

import (
	"testing"
)

type review26aCase struct {
	name, text string
	rules      []Rule
	want       string
}

var review26aTrade = []Rule{
	{Type: "invoice", Description: "A supplier's bill for parts, with an amount due."},
	{Type: "purchase_order", Description: "An order we send to a supplier for parts, with quantities and a PO number."},
	{Type: "credit_note", Description: "Credit notes from suppliers"},
	{Type: "rma_request", Description: "Our requests to suppliers to return faulty or dead-on-arrival parts (RMA), asking for replacement or credit."},
	{Type: "delivery_note", Description: "Delivery notes / packing slips that come with goods"},
}

var review26aCases = []review26aCase{
	{"kept: a Polish PPK deklaracja przystąpienia goes to the pension rule", `DEKLARACJA PRZYSTĄPIENIA DO PPK

Pracownik: Marek Zając, PESEL 85020312345
Pracodawca: Drukarnia Orzeł Sp. z o.o.

Oświadczam, że chcę wpłacać dodatkową wpłatę 1% wynagrodzenia.
Data: 10.01.2025    Podpis: M. Zając`, []Rule{
		{Type: "employment_contract", Description: "umowy o pracę"},
		{Type: "pension_form", Description: "PPK and pension scheme enrolment or opt-out declarations"},
		{Type: "payslip", Description: "paski wynagrodzeń / payslips"},
		{Type: "leave_request", Description: "wnioski urlopowe"},
	}, "pension_form"},
	{"regression: a French mutuelle's bulletin d'adhésion is insurance, not a club's joining form ('je souhaite adherer' in the insurance sense)", `MUTUELLE SANTÉ HARMONIE – BULLETIN D'ADHÉSION
Contrat collectif n° 55120 – Entreprise Boulangerie Martin

Salarié : Julien Moreau   Né le : 04/06/1990
N° Sécurité sociale : 1 90 06 75 112 045 33
Ayants droit : conjoint [X]  enfants [2]
Je souhaite adhérer au contrat frais de santé à compter du 01/03/2025.
Fait à Lyon, le 20/02/2025      Signature : J. Moreau`, []Rule{
		{Type: "insurance", Description: "Assurance et mutuelle : contrats, attestations, adhésions"},
		{Type: "payslip", Description: "Bulletins de paie"},
		{Type: "medical_bill", Description: "Factures médicales et décomptes de remboursement"},
		{Type: "tax", Description: "Impôts : avis et déclarations"},
	}, "insurance"},
	{"kept: an Italian course enrolment e-mail goes to the enrolment rule", `Gentile segreteria,

desidero iscrivermi al corso serale di inglese B1 (martedì e giovedì, 19-21) che inizia il 7 ottobre.
Allego la ricevuta del bonifico di 180 euro.

Cordiali saluti
Giulia Ferri
tel. 333 1234567`, []Rule{
		{Type: "course_enrolment", Description: "Iscrizioni ai corsi della scuola di lingue"},
		{Type: "invoice", Description: "Fatture dei fornitori"},
		{Type: "certificate", Description: "Attestati e certificati di fine corso"},
		{Type: "complaint", Description: "Reclami degli studenti"},
	}, "course_enrolment"},
	{"regression: a Polish preschool admission request ('wniosek o przyjęcie') is not a membership application", `WNIOSEK O PRZYJĘCIE DZIECKA DO PRZEDSZKOLA PUBLICZNEGO NR 12 W GDAŃSKU
na rok szkolny 2025/2026

Imię i nazwisko dziecka: Zofia Lewandowska   PESEL: 21030512345
Matka: Ewa Lewandowska, tel. 600 100 200
Ojciec: Piotr Lewandowski, tel. 600 100 201
Data i podpis: 14.03.2025, E. Lewandowska`, []Rule{
		{Type: "school_application", Description: "Wnioski o przyjęcie do szkoły lub przedszkola"},
		{Type: "membership_application", Description: "Deklaracje członkowskie do klubu sportowego"},
		{Type: "invoice", Description: "Faktury"},
		{Type: "school_letter", Description: "Pisma ze szkoły do rodziców"},
	}, "school_application"},
	{"kept: a German Aufnahmeantrag goes to a rule for Aufnahmeanträge", `TSV Grünwald 1910 e.V. – Aufnahmeantrag

Hiermit beantrage ich die Mitgliedschaft im TSV Grünwald, Abteilung Tischtennis.
Name: Braun, Felix   Geburtsdatum: 03.05.1988
Anschrift: Lindenstr. 4, 82031 Grünwald
Beitrag: Erwachsene 120 € jährlich
SEPA-Lastschriftmandat: IBAN DE12 7015 0000 1234 5678 90
Die Satzung erkenne ich an.   Grünwald, 01.02.2025   Unterschrift: F. Braun`, []Rule{
		{Type: "mitgliedsantrag", Description: "Anträge auf Aufnahme in den Verein"},
		{Type: "rechnung", Description: "Rechnungen an den Verein"},
		{Type: "protokoll", Description: "Protokolle der Vorstandssitzungen"},
		{Type: "kuendigung", Description: "Kündigungen der Mitgliedschaft"},
	}, "mitgliedsantrag"},
	{"regression: a French association's bulletin d'adhésion under a rule 'Adhésions des membres'", `ASSOCIATION LES AMIS DU VIEUX LYON
Bulletin d'adhésion 2025

Nom : Moreau    Prénom : Claire
Adresse : 8 rue Juiverie, 69005 Lyon
Courriel : claire.moreau@example.fr
Cotisation : individuelle 20 € [X]  couple 30 € [ ]
Je souhaite adhérer à l'association et j'accepte ses statuts.
Date : 15/01/2025   Signature : C. Moreau`, []Rule{
		{Type: "adhesion", Description: "Adhésions des membres"},
		{Type: "facture", Description: "Factures des fournisseurs"},
		{Type: "compte_rendu", Description: "Comptes rendus des réunions du bureau"},
		{Type: "recu_fiscal", Description: "Reçus fiscaux pour les dons"},
	}, "adhesion"},
	{"regression: a Dutch club's aanmeldingsformulier under a rule 'Aanmeldingen van nieuwe leden'", `TV De Kastanjes – Aanmeldingsformulier lidmaatschap

Naam: Sanne Bakker     Geboortedatum: 14-02-1995
Adres: Kerkstraat 12, 3511 LX Utrecht
Soort lidmaatschap: senior [X]  junior [ ]
Ik wil lid worden van TV De Kastanjes en machtig de vereniging de contributie af te schrijven.
Handtekening: S. Bakker   Datum: 01-03-2025`, []Rule{
		{Type: "lidmaatschap", Description: "Aanmeldingen van nieuwe leden"},
		{Type: "factuur", Description: "Facturen"},
		{Type: "notulen", Description: "Notulen van bestuursvergaderingen"},
		{Type: "opzegging", Description: "Opzeggingen van het lidmaatschap"},
	}, "lidmaatschap"},
	{"regression: a Spanish solicitud de socio under a rule 'Altas de socios nuevos'", `PEÑA CICLISTA EL PUERTO
SOLICITUD DE SOCIO

Nombre: Javier Ruiz Gómez   DNI: 12345678Z
Domicilio: C/ Mayor 14, Cádiz
Cuota anual: 30 €
Deseo hacerme socio de la Peña y acepto sus estatutos.
Cádiz, 12 de enero de 2025   Firma: J. Ruiz`, []Rule{
		{Type: "socios", Description: "Altas de socios nuevos"},
		{Type: "factura", Description: "Facturas"},
		{Type: "acta", Description: "Actas de las asambleas"},
		{Type: "baja", Description: "Bajas de socios"},
	}, "socios"},
	{"regression: a Polish deklaracja członkowska under a rule 'Deklaracje i wnioski nowych członków'", `Rodzinny Ogród Działkowy "Malwa" w Poznaniu
DEKLARACJA CZŁONKOWSKA

Imię i nazwisko: Marek Zając
Adres: ul. Polna 5/3, 60-101 Poznań
Nr działki: 47
Proszę o przyjęcie mnie w poczet członków stowarzyszenia. Zobowiązuję się przestrzegać statutu.
Data: 01.04.2025   Podpis: M. Zając`, []Rule{
		{Type: "czlonkostwo", Description: "Deklaracje i wnioski nowych członków"},
		{Type: "faktura", Description: "Faktury"},
		{Type: "protokol", Description: "Protokoły z zebrań zarządu"},
		{Type: "oplaty", Description: "Wezwania do zapłaty składek"},
	}, "czlonkostwo"},
	{"kept: an English RMA e-mail goes to the RMA rule", `To: returns@deltaparts.co.uk
From: FixIt Phone Repairs (acct 5521)
Subject: RMA request – PO-0877

Hi,

Please issue an RMA for the following parts, dead on arrival:
DL-S21-LCD  Galaxy S21 screen  x2  lines on display, not fitted
DL-IP12-BT  iPhone 12 battery  x1  won't charge, tested
We'd like replacements, or a credit if out of stock.

Thanks, Jordan`, review26aTrade, "rma_request"},
	{"regression: a Spanish trade solicitud de devolución under a rule 'Devoluciones de piezas al proveedor'", `SOLICITUD DE DEVOLUCIÓN
Cliente: Talleres Ruiz S.L. (cliente 4410)
Proveedor: Recambios Sur S.A.
Albarán: 2025-1188

Referencia  Descripción          Cant.  Motivo
FR-2201     Pastillas de freno   4      referencia equivocada
Solicitamos un número RMA para su devolución y abono.`, []Rule{
		{Type: "devolucion", Description: "Devoluciones de piezas al proveedor"},
		{Type: "factura", Description: "Facturas de proveedores"},
		{Type: "albaran", Description: "Albaranes de entrega"},
		{Type: "pedido", Description: "Pedidos a proveedores"},
	}, "devolucion"},
}

func TestReview26a(t *testing.T) {
	for _, c := range review26aCases {
		t.Run(c.name, func(t *testing.T) {
			classifyAs(t, c.name, c.text, c.rules, c.want)
		})
	}
}
