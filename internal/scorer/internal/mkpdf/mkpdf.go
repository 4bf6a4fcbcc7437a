// Package mkpdf writes small, valid, uncompressed PDF files whose pages hold
// lines of plain text. It exists so that the sample PDF in testdata and the
// PDFs the scorer's tests read are reproducible from source, byte for byte.
package mkpdf

import (
	"bytes"
	"fmt"
	"strings"
)

// Page layout, in PDF points (1/72 inch) on US Letter paper.
const (
	pageWidth  = 612
	pageHeight = 792
	margin     = 72
	fontSize   = 11
	leading    = 15
)

// Build returns a PDF with one page per element of pages; each page shows
// its lines top to bottom in Helvetica. Text is written with the standard
// WinAnsi encoding, so characters outside printable ASCII become '?'.
// Each line is its own text object, which lets extractors see line breaks.
func Build(pages [][]string) []byte {
	// Objects: 1 catalog, 2 page tree, 3 font, then a page and its
	// content stream for each page.
	var objs []string
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	objs = append(objs,
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	)
	for i, lines := range pages {
		content := contentStream(lines)
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>",
				pageWidth, pageHeight, 5+2*i),
			fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		)
	}

	return FromObjects(objs)
}

// FromObjects returns a PDF holding the given object bodies, numbered from
// 1, with a correct cross-reference table; object 1 must be the catalog.
// Tests use it to write structurally odd files, such as a page tree that
// loops back on itself.
func FromObjects(objs []string) []byte {
	var b bytes.Buffer
	// The binary comment line tells transfer tools the file is not text.
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, obj := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, obj)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// contentStream draws each line as its own BT/ET text object.
func contentStream(lines []string) string {
	var b strings.Builder
	y := pageHeight - margin
	for _, line := range lines {
		if line != "" {
			fmt.Fprintf(&b, "BT /F1 %d Tf %d %d Td (%s) Tj ET\n", fontSize, margin, y, escape(line))
		}
		y -= leading
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// escape makes s safe inside a PDF literal string.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r > 0x7e:
			b.WriteByte('?')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
