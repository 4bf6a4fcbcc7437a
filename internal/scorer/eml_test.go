package scorer

import (
	"errors"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

func TestExtractEmail(t *testing.T) {
	plain := "From: Ann <ann@example.com>\r\nTo: bob@example.com\r\nDate: Fri, 12 Apr 2024 15:02:40 +0100\r\nSubject: =?UTF-8?Q?Lieferschein_f=C3=BCr_PO-7?=\r\nX-Mailer: test\r\n\r\nDear Bob,\r\nyour goods left today.\r\n"
	got, err := Extract("m.eml", []byte(plain), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	want := "From: Ann <ann@example.com>\nTo: bob@example.com\nDate: Fri, 12 Apr 2024 15:02:40 +0100\nSubject: Lieferschein für PO-7\n\nDear Bob,\r\nyour goods left today.\r\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}

	multi := "Subject: Offer\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n" +
		"--b1\nContent-Type: text/html; charset=utf-8\n\n<p>HTML version</p>\n" +
		"--b1\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nWe are pleased to offer you the position. Salaire: 3 000 =E9cus=\n per month.\n" +
		"--b1\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=x.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n" +
		"--b1--\n"
	got, err = Extract("m.eml", []byte(multi), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "Subject: Offer\n") || !strings.Contains(got, "Salaire: 3 000 écus per month.") || strings.Contains(got, "HTML version") || strings.Contains(got, "%PDF") {
		t.Errorf("multipart: got %q, want the subject and the decoded text/plain part only", got)
	}

	htmlOnly := "Subject: News\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\nPGgxPkJhbmsgcmVzdWx0czwvaDE+\nPHA+UHJvZml0IHJvc2UuPC9wPg==\n"
	got, err = Extract("m.eml", []byte(htmlOnly), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "Bank results") || !strings.Contains(got, "Profit rose.") || strings.Contains(got, "<h1>") {
		t.Errorf("base64 HTML: got %q", got)
	}
}

func TestExtractBadEmail(t *testing.T) {
	for name, data := range map[string]string{
		"no headers":   "just some words without a blank line",
		"no boundary":  "Subject: x\nContent-Type: multipart/mixed\n\nbody\n",
		"broken parts": "Subject: x\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhello\n--b\nbad header line without colon\n",
	} {
		if _, err := Extract("m.eml", []byte(data), pages.Selection{}); !errors.Is(err, ErrUnreadable) {
			t.Errorf("%s: error %v, want ErrUnreadable", name, err)
		}
	}
	// A body that is not text is left out; the headers remain.
	if got, err := Extract("m.eml", []byte("Subject: only an attachment\nContent-Type: application/pdf\n\n%PDF"), pages.Selection{}); err != nil || got != "Subject: only an attachment\n\n" {
		t.Errorf("a PDF body: %q, %v; want the subject only", got, err)
	}
}
