package scorer

import (
	"strings"
	"testing"
)

// Read after round 48: a web shop's notice of a new order, and its
// order export, are what a rule for the orders customers place says,
// not a confirmation sent to a buyer: "X placed an order", "you have a
// new order", and an export's "fulfillment_status".
func TestAWebShopsNewOrderNoticeIsACustomersOrder(t *testing.T) {
	rules := []Rule{
		{Type: "shop_order", Description: "orders people place in my online shop (notifications and exports)"},
		{Type: "supplier_invoice", Description: "invoices from my suppliers for wool, dyes and packaging"},
		{Type: "receipt", Description: "receipts for things I bought"},
		{Type: "fair_booking", Description: "stall bookings at craft fairs"},
	}
	classifyAs(t, "a shop platform's new order e-mail", `From: Storefront <notify@storefront.example>
To: jo@skeinandspindle.example
Subject: [Skein & Spindle] Order #3312 placed by Priya Nair

Priya Nair placed an order on 4 April 2025 at 19:12.

1 x Merino DK, colour Heather        £12.50
2 x Sock yarn 100g, colour Moss      £22.00

Subtotal   £34.50
Shipping   £3.20
Total      £37.70

Ship to: Priya Nair, 22 Orchard Way, Leeds LS6 2QT
Payment: Paid`, rules, "shop_order")
	classifyAs(t, "an order export", `{
  "order_number": 3318,
  "created_at": "2025-04-06T08:02:11+01:00",
  "customer": {"first_name": "Tom", "last_name": "Hale"},
  "line_items": [{"title": "Chunky Alpaca 50g", "quantity": 4, "price": "7.25"}],
  "total_price": "32.20",
  "financial_status": "paid",
  "fulfillment_status": "unfulfilled",
  "shipping_address": {"city": "Derby", "zip": "DE22 1AB"}
}`, rules, "shop_order")
}

// A description written over several lines (a YAML block keeps its line
// breaks) is quoted in the reasoning on one line: the reasoning is one
// line, whatever the rule's layout.
func TestAReasoningQuotesAMultiLineDescriptionOnOneLine(t *testing.T) {
	rules := []Rule{
		{Type: "medical", Description: "Letters from the hospital (maternity\n    unit, paediatrics) and the GP."},
		{Type: "payslip", Description: "monthly payslips"},
	}
	res := Classify(`Maternity Unit, St Anne's Hospital

Dear Ms Bennett,
Your postnatal check with the maternity unit is on 3 June at 10:40.
Yours sincerely, Midwifery team`, rules)
	if !strings.Contains(res.Reasoning, "'maternity unit'") {
		t.Errorf("reasoning does not quote the phrase on one line: %q", res.Reasoning)
	}
	if strings.ContainsAny(res.Reasoning, "\n\r\t") {
		t.Errorf("reasoning has a line break or tab: %q", res.Reasoning)
	}
}
