package scorer

import "testing"

// A review of the line above the salutation and of "is reserved for
// you" wrote these; each was read right before 714dd486 and wrong by it.
// A letter's unlabelled subject says what the letter is about: a kind
// it names ("Rentenanpassung", "Ihr Mietvertrag") does not count against
// a rule for letters. A restaurant's "a table is reserved for you" sells
// a dinner; it confirms no booking.
func TestReview23LetterSubjectsAndReservations(t *testing.T) {
	pension := []Rule{
		{Type: "pension_letter", Description: "Letters from the pension provider."},
		{Type: "tax_notice", Description: "Tax assessments and notices from the tax office."},
		{Type: "letter", Description: "Letters and correspondence."},
	}
	expectType(t, "a pension fund's letter whose subject is the yearly rise", `Deutsche Rentenversicherung Bund
10704 Berlin

Herrn
Raymond Pilbeam
22 Alder Crescent
Brackenfield DE55 6AA
GROSSBRITANNIEN

Versicherungsnummer 65 120345 P 012

Rentenanpassung zum 01.07.2025

Sehr geehrter Herr Pilbeam,

Ihre Rente wird zum 1. Juli 2025 um 3,74 % erhöht. Ihr neuer monatlicher Zahlbetrag beträgt 412,30 EUR.

Mit freundlichen Grüßen
Ihre Deutsche Rentenversicherung`, pension, "pension_letter")
	landlord := []Rule{
		{Type: "landlord_letter", Description: "Letters from the landlord."},
		{Type: "tenancy_agreement", Description: "Signed tenancy agreement."},
		{Type: "invoice", Description: "Bill asking me to pay."},
	}
	expectType(t, "a landlord's notice whose subject is the tenancy", `Hausverwaltung Becker & Sohn
Am Markt 3
04109 Leipzig

Herrn
Jonas Richter
Karl-Liebknecht-Str. 45
04275 Leipzig

Leipzig, 2. Mai 2025

Ihr Mietvertrag vom 1. Juni 2019

Sehr geehrter Herr Richter,

hiermit kündigen wir das Mietverhältnis über die Wohnung im 2. OG fristgerecht zum 31. August 2025 wegen Eigenbedarfs.

Mit freundlichen Grüßen
Becker`, landlord, "landlord_letter")
	offers := []Rule{
		{Type: "booking_confirmation", Description: "Confirmation of a booking or reservation."},
		{Type: "marketing", Description: "Newsletters, offers and advertising."},
	}
	expectType(t, "a restaurant's Valentine's offer", `Valentine's at Luca's

This February 14th, a candlelit table is reserved for you. Five courses, a glass of prosecco and live piano from 7pm.

Only £59 per person. Book now on 020 7946 0321 or at lucas.example/valentine.

Unsubscribe`, offers, "marketing")
}
