package scorer

import "testing"

// Read after round 37's misses: "transcript" names a school's record of
// grades and a word-for-word record of a hearing; a rule's description
// says which one its type means.
func TestATranscriptRuleMeansTheKindItsDescriptionSays(t *testing.T) {
	verbatim := profileOf(Rule{Type: "transcript", Description: "A verbatim record of what was said at a hearing, deposition or conference, speaker by speaker, as produced by the reporter - draft or certified."})
	if !hasKind(verbatim, "verbatim_transcript") || hasKind(verbatim, "transcript") {
		t.Errorf("a verbatim transcript's rule is about %v", kindIDs(verbatim))
	}
	grades := profileOf(Rule{Type: "transcript", Description: "Academic transcript or report of my grades and credits from the university."})
	if !hasKind(grades, "transcript") || hasKind(grades, "verbatim_transcript") {
		t.Errorf("an academic transcript's rule is about %v", kindIDs(grades))
	}
	rules := []Rule{
		{Type: "invoice", Description: "invoice - a bill asking for payment"},
		{Type: "transcript", Description: "A verbatim record of what was said at a hearing, tribunal, meeting or conference, speaker by speaker, as produced by the reporter - draft or certified. Agendas and programmes are not transcripts."},
		{Type: "subtitle_file", Description: "subtitle / caption file (SRT, VTT etc.) - timed cues with text"},
		{Type: "job_booking", Description: "Confirmation from an agency or court that books her for an assignment."},
	}
	classifyAs(t, "a conference's realtime draft", `HARBOUR TOWNS FORUM 2025 - Session 2A: "Who maintains the sea walls?"
Unedited realtime draft - not for citation

CHAIR (Ms Ruth Oyelowo): Good afternoon, everyone. We have three speakers and
  forty minutes, so I will be strict. Mr Patel, you first.
MR ANIL PATEL: Thank you, Chair. The short answer is: nobody knows. (Laughter)
  Half of the walls in our county have no recorded owner.
CHAIR: Is that a legal problem or a money problem?
MR PATEL: Both, I'm afraid.`, rules, "transcript")
	classifyAs(t, "an SRT file", `1
00:00:01,000 --> 00:00:03,500
The tide comes in twice a day.

2
00:00:04,000 --> 00:00:06,250
And twice a day it takes something back.

3
00:00:07,100 --> 00:00:09,800
[WAVES BREAKING]`, rules, "subtitle_file")
}

// A number set apart from a name by a column's gap counts nothing ("5
// April 2024            SA103S"); the short and full self-employment
// pages and a claim to reduce payments on account are tax returns; a
// German "Reparaturbericht" is a repair job sheet.
func TestRound37NamesAndNumbers(t *testing.T) {
	if !namesOn("Tax year 6 April 2023 to 5 April 2024                         SA103S", "tax_return", 0) {
		t.Error("a form's code after a column gap is not named")
	}
	if namesOn("3 invoices", "invoice", 0) {
		t.Error(`"3 invoices" names an invoice`)
	}
	namedAs(t, []string{"Self-employment (short)", "SA303   Claim to reduce payments on account"}, "tax_return", "")
	namedAs(t, []string{"REPARATURBERICHT / Werkstattauftrag Nr. 2025-0816"}, "work_order", "")
	rules := []Rule{
		{Type: "invoice", Description: "A bill asking for payment of a fee, with an amount due."},
		{Type: "tax_form", Description: "HMRC tax return pages or other official tax forms (filled in or blank)."},
		{Type: "bank_statement", Description: "Bank statement - account number, period, balances, transactions."},
	}
	classifyAs(t, "a short self-employment page", `HM Revenue & Customs          Self-employment (short)
Tax year 6 April 2024 to 5 April 2025                         SA103S
Your name  P. OKORO          Your UTR  00000 12345

Business income
 9  Your turnover                                     £ 18,240.00
Allowable business expenses
11  Car, van and travel expenses                      £  1,120.00
20  Total allowable expenses                          £  1,644.00
Net profit
21  Net profit                                        £ 16,596.00`, rules, "tax_form")
}

// Read after round 37's misses: a court's transcript under the court's
// heading is the transcript rule's, a court document's kind of its own;
// a business named "... Reporting & Subtitles" is no subtitle file; a
// carer's visit notes in Polish are a care log; a shared house's "house
// mtg" notes are minutes; a board of examiners' ratified results are
// exam results.
func TestRound37MoreKinds(t *testing.T) {
	namedAs(t, []string{"Brightwell Homecare - notatki z wizyty"}, "care_log", "")
	namedAs(t, []string{"house mtg 3/11 - all 4 there"}, "minutes", "")
	doActs(t, []actCase{
		{"Your results for the Year 2 written assessments have now been ratified by the Board of Examiners.", "transcript"},
	})
	if namesOn("Business name          Northway Reporting & Subtitles", "subtitle_file", 0) {
		t.Error("a business's name that ends in Subtitles names a subtitle file")
	}
	rules := []Rule{
		{Type: "invoice", Description: "invoice - a bill asking for payment"},
		{Type: "transcript", Description: "A verbatim record of what was said at a hearing, deposition or conference, speaker by speaker - draft or certified."},
		{Type: "job_booking", Description: "Confirmation from an agency or court that books her for an assignment."},
	}
	classifyAs(t, "a court's transcript under its heading", `                    IN THE COUNTY COURT AT ELMSFORD
                                                Claim No: K00EL123
                    HARGREAVES v BLYTHE HOMES LIMITED
                    Thursday, 6 March 2025
            Before: DISTRICT JUDGE OKAFOR

JUDGE OKAFOR: Yes, Mr Hargreaves, you are representing yourself?
MR HARGREAVES: I am, madam.
JUDGE OKAFOR: Then tell me in your own words what went wrong with the roof.
MR HARGREAVES: They came in May, said two weeks, and it leaked by August.
JUDGE OKAFOR: Thank you. Ms Reid, for the defendant?`, rules, "transcript")
}
