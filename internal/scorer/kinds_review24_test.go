package scorer

import "testing"

// A review of 1927a75 (round 21's accommodation agreements, immigration
// papers, e-mails' reported speech, newsletters by edition, roll calls
// and long titles) wrote these; each was read right before it and wrong
// by it.

// A licence to occupy is a home's: a website's hosting contract
// ("contrat d'hébergement", "contrato de alojamiento web"), a hotel's
// contract for a conference's block of rooms, a council's agreement with
// a developer for affordable housing and an employer's agreement on a
// disabled worker's reasonable accommodation are none.
func TestReview24AccommodationThatIsNoHome(t *testing.T) {
	for _, title := range []string{
		"CONTRAT D'HÉBERGEMENT DE SITE INTERNET",
		"CONTRATO DE ALOJAMIENTO WEB",
		"Group Accommodation Contract",
		"Affordable Housing Agreement",
		"Reasonable Accommodation Agreement",
	} {
		if namesOn(title, "lease", 0) {
			t.Errorf("%q names a lease", title)
		}
	}
	classifyAs(t, "a web hosting contract", `CONTRATO DE ALOJAMIENTO WEB

De una parte, NubeHost S.L., con domicilio en Calle Mayor 4, Madrid (el Proveedor), y de otra, Taller Ruiz S.L. (el Cliente).

Primera. Objeto: el Proveedor aloja el sitio web del Cliente en sus servidores.
Segunda. Duración: un año desde el 1 de marzo de 2025.
Tercera. Precio: 25 euros al mes más IVA.

En Madrid, a 20 de febrero de 2025`, []Rule{
		{Type: "contrato_servicios", Description: "Contratos de servicios informáticos: web, mantenimiento, software."},
		{Type: "arrendamiento", Description: "Contratos de arrendamiento del local."},
		{Type: "factura", Description: "Facturas de proveedores."},
	}, "contrato_servicios")
	classifyAs(t, "a hotel's contract for a conference's rooms", `Group Accommodation Contract

Hotel: The Riverside Hotel, Bristol
Group: British Society of Soil Science – Annual Conference 2025
Arrival: 8 September 2025   Departure: 11 September 2025
Rooms: 40 double rooms for single use, 3 nights
Rate: £135 per room per night, breakfast included
Release date: 8 August 2025. Rooms not named by then return to the hotel.
Attrition: up to 10% of rooms may be released without charge.

Signed for the hotel: J. Moore     Signed for the group: Dr A. Patel`, []Rule{
		{Type: "hotel_booking", Description: "Hotel bookings and room block contracts for our conferences."},
		{Type: "lease", Description: "Lease of our office."},
		{Type: "invoice", Description: "Invoices from venues and suppliers."},
	}, "hotel_booking")
	classifyAs(t, "a section 106 agreement", `Affordable Housing Agreement

This agreement is made on 14 February 2025 between Larkfield Borough Council (the Council) and Hartwell Homes Ltd (the Developer) under section 106 of the Town and Country Planning Act 1990.

1. The Developer shall provide 30 of the 100 dwellings at the Mill Lane site as affordable housing.
2. The affordable dwellings shall be transferred to a registered provider before the 50th market dwelling is occupied.
3. This agreement binds the land and successors in title.

Signed for the Council ___   Signed for the Developer ___`, []Rule{
		{Type: "planning_agreement", Description: "Section 106 planning obligations and agreements with developers."},
		{Type: "lease", Description: "Leases and tenancy agreements of council property."},
		{Type: "contract", Description: "Contracts with suppliers."},
	}, "planning_agreement")
	classifyAs(t, "a reasonable accommodation agreement", `Reasonable Accommodation Agreement

Employee: Dana Ruiz
Position: Claims Analyst
Manager: Paul Grant

Accommodations agreed:
- Sit-stand desk and ergonomic chair
- Screen reader software
- Start time moved to 9:30 am on treatment days

Effective date: March 10, 2025
Review date: September 10, 2025

Employee signature: Dana Ruiz      HR signature: L. Ortiz`, []Rule{
		{Type: "employment_document", Description: "Employment contracts, changes to terms and agreements with employees."},
		{Type: "lease", Description: "Leases for our office space."},
		{Type: "payslip", Description: "Payslips."},
	}, "employment_document")
}

// An application granted is an immigration decision only when what was
// applied for is a visa or leave: flexible working, a Blue Badge or
// planning permission granted are not. A landlord's "permission to
// enter" for a gas check and a pass's "you have permission to enter the
// backstage area" let no one into a country.
func TestReview24GrantsThatAreNoPermitToStay(t *testing.T) {
	noActs(t, []actCase{
		{"Your application for flexible working has been granted.", "residence_permit"},
		{"Your application for a Blue Badge has been granted.", "residence_permit"},
		{"Your application for planning permission has been granted, subject to the conditions below.", "residence_permit"},
		{"With this pass you have permission to enter the backstage area, the artists' bar and the crew car park.", "residence_permit"},
	})
	if title := "Permission to enter – annual gas safety check"; namesOn(title, "residence_permit", 0) {
		t.Errorf("%q names a residence permit", title)
	}
	classifyAs(t, "HR's decision on flexible working", `Dear Priya,

Your application for flexible working has been granted. From 1 April 2025 you will work Monday to Thursday, 8:00 to 17:30, with Fridays off.

Kind regards,
Helen Marsh
HR Manager`, []Rule{
		{Type: "hr_letter", Description: "Letters from HR about my job: decisions on my requests, changes to my hours or pay."},
		{Type: "visa_document", Description: "Immigration papers: visa grant, entry clearance, certificate of sponsorship, eVisa."},
		{Type: "payslip", Description: "My payslips."},
	}, "hr_letter")
	classifyAs(t, "a Blue Badge granted", `Dear Mr Hughes,

Your application for a Blue Badge has been granted. Your badge will arrive by post within 10 working days. It is valid for three years.

Blue Badge Team
Larkfield Borough Council`, []Rule{
		{Type: "blue_badge", Description: "Blue Badge (disabled parking) letters and renewals."},
		{Type: "visa_document", Description: "Immigration papers: visa grants, eVisa, entry clearance."},
		{Type: "council_tax", Description: "Council tax bills."},
	}, "blue_badge")
	classifyAs(t, "a landlord's notice of a gas check", `Larkfield Homes Ltd
14 High Street, Larkfield

Mr K. Idowu
Flat 16, Block C
Larkfield Estate

4 March 2025

Permission to enter – annual gas safety check

Dear Mr Idowu,

As your landlord we must have the gas appliances in your flat checked every year. Our engineer will visit on Tuesday 11 March between 8am and 12pm. Please let us know if this time does not suit you.

Yours sincerely,
Rita Okoro
Housing Officer`, []Rule{
		{Type: "landlord_letter", Description: "Letters from my landlord about the flat."},
		{Type: "visa_document", Description: "Immigration papers: visas, entry clearance, eVisa."},
		{Type: "gas_safety_record", Description: "Gas safety certificates."},
	}, "landlord_letter")
}

// A news story forwarded by e-mail is still news: its header makes it a
// message, but what the council and the traders said is reported to all,
// not to its sender.
func TestReview24AForwardedStoryIsStillNews(t *testing.T) {
	story := "Mill Road bridge will close for a year from June, the council said on Monday. A spokesperson said the repairs could not wait. Traders said they feared for their shops, and the bus company said routes would change.\n"
	headers := "From: Dad <dad@mail.example>\nTo: ann@mail.example\nDate: Mon, 3 Mar 2025 18:22:00 +0000\nSubject: Fwd: Bridge to close for a year\n\n"
	if got, want := analyze(headers + story).cues[cueReport], analyze(story).cues[cueReport]; got < want {
		t.Errorf("a forwarded story reads as news at %.2f, less than the story alone (%.2f)", got, want)
	}
	classifyAs(t, "a forwarded news story", headers+story, []Rule{
		{Type: "news_article", Description: "News stories and articles."},
		{Type: "complaint", Description: "Complaints I have made to the council."},
		{Type: "council_letter", Description: "Letters and e-mails from the council."},
	}, "news_article")
}

// A newspaper's masthead dated with the day ("Larkfield Evening News ·
// Tuesday 4 March 2025") names a news story, not an edition of a
// newsletter; nor does a headline where "issue" is a verb.
func TestReview24ADatedMastheadIsNews(t *testing.T) {
	for _, title := range []string{
		"Larkfield Evening News · Tuesday 4 March 2025",
		"Larkfield News - 4 March 2025",
		"The Brookside News — Friday 7 March 2025",
		"# Village News: council to issue new parking permits",
	} {
		if namesOn(title, "newsletter", 0) {
			t.Errorf("%q names a newsletter", title)
		}
		if !namesOn(title, "news", 0) {
			t.Errorf("%q does not name news", title)
		}
	}
	rules := []Rule{
		{Type: "news_article", Description: "Local news stories and articles I have saved."},
		{Type: "licence", Description: "Licences and permits issued to me: premises licence, TV licence, fishing licence."},
		{Type: "planning_application", Description: "Planning applications we submitted or commented on."},
		{Type: "newsletter", Description: "Newsletters from clubs and the residents' association."},
	}
	classifyAs(t, "a story under its paper's dated masthead", `Larkfield Evening News · Tuesday 4 March 2025

Bridge to close for a year

By Joe Marsh

Mill Road bridge will close for a year from June, the council said on Monday. A spokesperson said the repairs could not wait. Traders said they feared for their shops.`, rules, "news_article")
	classifyAs(t, "a headline about permits to be issued", `# Village News: council to issue new parking permits

Residents of Church Road will get new parking permits from April, the council said on Monday. The permits will cost £30 a year. Visitors will be able to park for two hours.`, []Rule{
		{Type: "news_article", Description: "News stories and articles."},
		{Type: "newsletter", Description: "Newsletters from the school and clubs."},
		{Type: "parking_permit", Description: "Our parking permits."},
	}, "news_article")
}

// Who was present and who was absent is a register's as much as a
// meeting's: a class's or a club's register, a clinician's findings
// ("Present: mild oedema · Absent: calf tenderness") and an invitation
// that lists who is asked and who sent apologies do not do what minutes
// do.
func TestReview24PresentAndAbsentIsNoRollCallOfAMeeting(t *testing.T) {
	noActs(t, []actCase{
		{"Year 5 Swimming Club – attendance\nWednesday 5 March 2025\n\nPresent: Amira K, Ben T, Chloe W, Dev P, Ella S, Finn R, Grace L\nAbsent: Harry M (ill), Isla N\n", "minutes"},
		{"Zwemles groep 4 – woensdag 5 maart\nAanwezig: Daan, Emma, Finn, Julia, Lars, Noor, Sem\nAfwezig: Tess (ziek)", "minutes"},
		{"Examination\nPresent: mild pitting oedema to mid-shin on both sides\nAbsent: calf tenderness, rash, chest crackles\n", "minutes"},
	})
	school := []Rule{
		{Type: "attendance_register", Description: "Attendance registers for clubs and classes: who came and who was absent."},
		{Type: "meeting_minutes", Description: "Minutes of governors' and staff meetings."},
		{Type: "school_letter", Description: "Letters from school to parents."},
	}
	classifyAs(t, "a club's register", `Year 5 Swimming Club – attendance
Wednesday 5 March 2025

Present: Amira K, Ben T, Chloe W, Dev P, Ella S, Finn R, Grace L
Absent: Harry M (ill), Isla N

Coach: Mrs Hale`, school, "attendance_register")
	classifyAs(t, "a class register", `Class 3B register – Monday 3 March 2025
Teacher: Mr Patel

Present: Aisha, Ben, Callum, Daisy, Ethan, Freya, George, Hana, Isaac, Jade
Absent: Kai (ill), Lily (holiday)

Dinners: 8 school, 4 packed`, school, "attendance_register")
	classifyAs(t, "a Dutch lesson's register", `Zwemles groep 4 – woensdag 5 maart
Aanwezig: Daan, Emma, Finn, Julia, Lars, Noor, Sem
Afwezig: Tess (ziek)`, []Rule{
		{Type: "presentielijst", Description: "Presentielijsten van lessen en clubs: wie er was en wie afwezig."},
		{Type: "notulen", Description: "Notulen van bestuursvergaderingen."},
		{Type: "factuur", Description: "Facturen."},
	}, "presentielijst")
	classifyAs(t, "a clinic note", `Clinic note – Dr S. Iqbal, Larkfield Surgery
Patient: Margaret Hill, 72, NHS no 943 476 5919
Date: 4 March 2025

History: two weeks of swollen ankles, worse in the evening. No chest pain.
Examination
Present: mild pitting oedema to mid-shin on both sides
Absent: calf tenderness, rash, chest crackles
BP 148/86, pulse 78 regular.

Plan: bloods (U&E, BNP), review in two weeks. Advised to raise legs.`, []Rule{
		{Type: "medical_record", Description: "My GP and hospital notes: consultations, examinations, test results."},
		{Type: "meeting_minutes", Description: "Minutes of the patient participation group."},
		{Type: "prescription", Description: "Prescriptions."},
	}, "medical_record")
	classifyAs(t, "a meeting's invitation with its attendees", `Project Kestrel weekly – Thursday 6 March 2025, 10:00, Room 2
Attendees: Priya Shah, Tom Reed, Lena Berg, Omar Haddad, Sam Cole
Apologies: Kate Moss
Items: actions from last week; Q2 budget; supplier shortlist; AOB
Please send any items by Wednesday noon.`, []Rule{
		{Type: "agenda", Description: "Agendas for committee meetings."},
		{Type: "meeting_minutes", Description: "Minutes of committee meetings and the AGM."},
		{Type: "newsletter", Description: "The association's newsletter."},
		{Type: "council_letter", Description: "Letters from the council."},
	}, "agenda")
}

// A headline led by a kind's name ("Licence for Market Street bar
// revoked after late-night brawl outside", "Contract for new bins
// awarded to ...") is no title of that kind: a headline ends without a
// full stop, but it is a sentence, and the story under it is news.
func TestReview24AHeadlineLedByANameIsNoTitle(t *testing.T) {
	for _, c := range []struct{ text, kind string }{
		{"Licence for Market Street bar revoked after late-night brawl outside\n\nThe bar has 21 days to appeal.", "license"},
		{"Contract for new bins awarded to firm that failed in Brookfield last year\n\nThe deal runs for five years.", "contract"},
		{"Tickets for Larkfield Summer Festival sell out in two hours after line-up announced\n\nFans queued online.", "ticket"},
	} {
		if w := nameWeight(c.text, c.kind, 0); w > nameInBody {
			t.Errorf("the headline %q names a %s at %.2f, more than running text's %.2f", c.text, c.kind, w, nameInBody)
		}
	}
	licence := []Rule{
		{Type: "news_article", Description: "Local news stories and articles I have saved."},
		{Type: "licence", Description: "Licences and permits issued to me: premises licence, TV licence, fishing licence."},
		{Type: "council_letter", Description: "Letters from the council."},
	}
	classifyAs(t, "a story with its byline", `Licence for Market Street bar revoked after late-night brawl outside
By Sarah Holt

The Crown and Anchor has lost its licence after a fight on 1 March. The bar has 21 days to appeal.`, licence, "news_article")
	classifyAs(t, "a story about a licence", `Licence for Market Street bar revoked after late-night brawl outside

The Crown and Anchor on Market Street has lost its licence after a fight spilled into the road on 1 March. Police said officers were called to the bar nine times last year. The bar has 21 days to appeal.`, []Rule{
		{Type: "news_article", Description: "Local news stories and articles I have saved."},
		{Type: "licence", Description: "Licences and permits issued to me: premises licence, TV licence, fishing licence."},
		{Type: "invoice", Description: "Invoices."},
	}, "news_article")
	classifyAs(t, "a story about a contract", `Contract for new bins awarded to firm that failed in Brookfield last year

The council gave the five-year deal to Binco on Tuesday, a spokesperson said. Binco's service in Brookfield was ended early after thousands of missed collections.`, []Rule{
		{Type: "news_article", Description: "Local news stories and articles I have saved."},
		{Type: "contract", Description: "Contracts with suppliers."},
		{Type: "invoice", Description: "Invoices."},
	}, "news_article")
}
