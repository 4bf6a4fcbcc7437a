package scorer

import "testing"

// "Our wills" names the kind a last will and testament is: the plural is
// a noun, though "will" alone is a word every sentence may hold.
func TestWillsNameTheKindOfAWill(t *testing.T) {
	rules := []Rule{
		{Type: "pension", Description: "Pension statements and letters from the pension fund."},
		{Type: "bank", Description: "Bank statements for the joint account."},
		{Type: "legal", Description: "Our wills and the lasting powers of attorney, the signed originals."},
		{Type: "house_insurance", Description: "Buildings and contents insurance: schedules and renewals."},
		{Type: "medical", Description: "Letters from the GP and the hospital."},
	}
	classifyAs(t, "a will", `THIS IS THE LAST WILL AND TESTAMENT of me GERAINT OWEN PRICE
of 9 Heol y Nant, Llandeilo SA19 6AB

1. I REVOKE all former wills and testamentary dispositions made by me.

2. I APPOINT my wife CERI PRICE to be my executor, and if she does not
survive me I appoint my daughter NIA PRICE to be my executor and trustee.

3. I GIVE my watch to my grandson DYLAN.

4. I GIVE the residue of my estate to my wife absolutely, or if she does
not survive me by 28 days to my children in equal shares.

Signed by the testator in our presence on 12 June 2023:  G O Price

Witness 1: A. Morgan, solicitor, Llandeilo
Witness 2: S. Jenkins, secretary, Llandeilo
`, rules, "legal")
}
