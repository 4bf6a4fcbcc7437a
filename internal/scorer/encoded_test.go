package scorer

import (
	"encoding/base64"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// encodedNoise is n random bytes in base64, in lines of 76 characters as
// a mail program writes an attachment.
func encodedNoise(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 1))
	raw := make([]byte, n)
	for i := range raw {
		raw[i] = byte(r.Uint32())
	}
	enc := base64.StdEncoding.EncodeToString(raw)
	var b strings.Builder
	for len(enc) > 76 {
		b.WriteString(enc[:76])
		b.WriteByte('\n')
		enc = enc[76:]
	}
	b.WriteString(enc)
	return b.String()
}

// Random bytes in base64 are no document: fragments of them ("CVx",
// "RX", "1234") read as names and sums gave some of them a type.
func TestEncodedNoiseIsNoDocument(t *testing.T) {
	rules := loadRules(t)
	for seed := uint64(1); seed <= 12; seed++ {
		res := Classify(encodedNoise(seed, 150_000), rules)
		if res.Type != nil {
			t.Errorf("seed %d: type %s at %.2f (%s), want none", seed, *res.Type, res.Confidence, res.Reasoning)
		}
		if !strings.Contains(res.Reasoning, "mentions nothing the rules describe") {
			t.Errorf("seed %d: reasoning %q, want it to say nothing the rules describe is there", seed, res.Reasoning)
		}
	}
}

// An attachment pasted in as base64 changes nothing of what the message
// around it is.
func TestAnEncodedAttachmentChangesNothing(t *testing.T) {
	rules := loadRules(t)
	data, err := os.ReadFile(filepath.Join(docsDir, "receipt.txt"))
	if err != nil {
		t.Fatal(err)
	}
	plain := Classify(string(data), rules)
	with := Classify(string(data)+"\n--attachment\nContent-Transfer-Encoding: base64\n\n"+encodedNoise(7, 20_000)+"\n", rules)
	if typeName(with.Type) != typeName(plain.Type) || with.Type == nil || with.Confidence != plain.Confidence {
		t.Errorf("with an attachment: %s at %.2f; without: %s at %.2f", typeName(with.Type), with.Confidence, typeName(plain.Type), plain.Confidence)
	}
}

func TestBlankEncoded(t *testing.T) {
	long := "aB3xQ9kLm2PzR7tWv5Ny+" + strings.Repeat("aB3/", 5) // 41 characters, a stretch of 20
	for _, tc := range []struct{ in, want string }{
		{"x " + long + " y", "x " + strings.Repeat(" ", len(long)) + " y"},
		// One short of the run, or a run lacking a capital, a small letter
		// or a digit, is kept: a long reference, an IBAN, a hash.
		{"x " + long[:39] + " y", "x " + long[:39] + " y"},
		{"x " + strings.Repeat("aB3+", 10) + " y", "x " + strings.Repeat("aB3+", 10) + " y"},
		// The lines of a block beside such a run go too, though their
		// stretches are short, and its short last line; the text after it
		// stays.
		{long + "\n" + strings.Repeat("aB3xQ9kLm+", 5) + "\r\nQ9k=\nThanks, Jo", strings.Repeat(" ", len(long)) + "\n" + strings.Repeat(" ", 50) + "\r\n    \nThanks, Jo"},
		{"ref INV-2024-000123-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0001", "ref INV-2024-000123-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0001"},
		{"sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
		{"plain words, nothing encoded", "plain words, nothing encoded"},
		// Names made of words, however long: a file, a URL's path, a
		// reference; and a run joined to a word of another alphabet.
		{"Attachment: Payslip_March_2024_John_Smith_Employee_00123.pdf", "Attachment: Payslip_March_2024_John_Smith_Employee_00123.pdf"},
		{"https://bills.example.co.uk/account/bills/2024/Your-Bill-March-2024-Account-12345678", "https://bills.example.co.uk/account/bills/2024/Your-Bill-March-2024-Account-12345678"},
		{"C:/Users/jsmith/Documents/Invoices/2024/Invoice-2024-0042-Acme-Ltd.pdf", "C:/Users/jsmith/Documents/Invoices/2024/Invoice-2024-0042-Acme-Ltd.pdf"},
		{"Müller-Lüdenscheidt-2024-Kundennummer-ABCdef123456789012345", "Müller-Lüdenscheidt-2024-Kundennummer-ABCdef123456789012345"},
	} {
		if got := blankEncoded(tc.in); got != tc.want {
			t.Errorf("blankEncoded(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
