// Package scorer is the emulator's deterministic document classifier: it
// extracts the text of a document (plain text, Markdown, CSV, JSON, HTML,
// e-mail or PDF), restricted to the selected pages, and scores classification rules
// against it by the words and phrases of their types and descriptions.
package scorer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	textunicode "golang.org/x/text/encoding/unicode"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// MaxTextBytes bounds the text extracted from one document and the text
// Classify reads: the first MiB says what a document is, and the bound keeps
// the work per document small whatever its size.
const MaxTextBytes = 1 << 20

// Errors Extract returns, wrapped with details; their messages read well as
// a failed job's error_message.
var (
	// ErrUnsupportedType: the file's extension names no format Extract
	// reads ("unsupported file type .xyz").
	ErrUnsupportedType = errors.New("unsupported file type")
	// ErrNoText: the selected pages hold no letter or digit (an empty
	// file, a scanned PDF without a text layer, a page out of range).
	ErrNoText = errors.New("the document has no extractable text")
	// ErrUnreadable: the file is not valid in its format (a corrupt PDF,
	// malformed JSON).
	ErrUnreadable = errors.New("the document could not be read")
)

// pageBreak separates pages in text formats, and the pages Extract joins.
const pageBreak = "\f"

// Extract returns the text of a document named name (the extension decides
// the format) restricted to the selected pages.
//
// PDF pages are the file's pages. In the text formats (.txt, .md, .csv,
// .json, .html, .htm, and .eml e-mail messages) a page is a form-feed separated chunk, or the whole
// text when there is none. The selected pages are joined with form feeds;
// at most MaxTextBytes of text are returned. Pages are read in document
// order, each once, whatever the order of the selection.
func Extract(name string, data []byte, sel pages.Selection) (string, error) {
	ext := extension(name)
	var (
		text  string
		total int
		err   error
	)
	switch ext {
	case ".md", ".txt", ".csv":
		s := decodeText(data)
		if err := binaryText(s); err != nil {
			return "", err
		}
		if ext == ".md" {
			s = frontMatter(s)
		}
		text, total = selectPages(s, sel)
	case ".json":
		var s string
		if s, err = jsonText(data); err == nil {
			text, total = selectPages(s, sel)
		}
	case ".html", ".htm":
		var s string
		if s, err = htmlText(data); err == nil {
			text, total = selectPages(s, sel)
		}
	case ".eml":
		var s string
		if s, err = emlText(data); err == nil {
			text, total = selectPages(s, sel)
		}
	case ".pdf":
		text, total, err = pdfText(data, sel)
	case "":
		return "", fmt.Errorf("%w: %q has no extension", ErrUnsupportedType, name)
	default:
		return "", fmt.Errorf("%w %s", ErrUnsupportedType, ext)
	}
	if err != nil {
		return "", err
	}
	if !hasWord(text) {
		switch picked := len(pick(sel, total)); {
		case picked == 0 && total > 0:
			return "", fmt.Errorf("%w: the selected pages are beyond its last page, %d", ErrNoText, total)
		case picked < total:
			return "", fmt.Errorf("%w on the %d selected of its %d pages", ErrNoText, picked, total)
		}
		return "", ErrNoText
	}
	return text, nil
}

// extension returns the lowercase extension of name, "" when it has none.
// Both slash kinds end a directory, since names come from any client.
func extension(name string) string {
	base := name[strings.LastIndexAny(name, `/\`)+1:]
	i := strings.LastIndexByte(base, '.')
	if i <= 0 { // none, or a dot file like ".txt"
		return ""
	}
	return strings.ToLower(base[i:])
}

func hasWord(s string) bool {
	return strings.IndexFunc(s, isWordRune) >= 0
}

// decodeText reads bytes as UTF-8 text, or as UTF-16 when they start with
// its byte order mark (as Windows editors save "Unicode" text), dropping the
// mark and replacing invalid bytes.
func decodeText(data []byte) string {
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		dec := textunicode.UTF16(textunicode.BigEndian, textunicode.ExpectBOM).NewDecoder()
		if decoded, err := dec.Bytes(data); err == nil {
			data = decoded
		}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	return strings.ToValidUTF8(string(data), "\uFFFD")
}

// binaryShare is the share of a text file's characters that, when they
// are invalid bytes or control characters, make it binary data under a
// text file's name (random bytes are about two thirds so; a text in a
// legacy 8-bit encoding with accents, a few percent).
const binaryShare = 0.25

// binaryText says why s, decoded from a text file, is not text: too many
// of its characters are bytes no encoding read or control characters
// other than tab, line breaks and form feed. Only the first 64 KiB are
// looked at.
func binaryText(s string) error {
	n, bad := 0, 0
	for _, r := range s[:min(len(s), 64<<10)] {
		n++
		if r == utf8.RuneError || r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' || r == 0x7f {
			bad++
		}
	}
	if n > 0 && float64(bad) > binaryShare*float64(n) {
		return fmt.Errorf("%w: it is not text (%d%% of its first characters are binary bytes)", ErrUnreadable, bad*100/n)
	}
	return nil
}

// selectPages splits text into form-feed separated pages and joins the
// selected ones. It also returns the page count (at most pages.MaxPage: the
// pages beyond it cannot be selected).
func selectPages(text string, sel pages.Selection) (string, int) {
	total := min(strings.Count(text, pageBreak)+1, pages.MaxPage)
	picked := pick(sel, total)
	if len(picked) == total {
		return truncate(text, MaxTextBytes), total
	}
	parts := make([]string, 0, len(picked))
	rest := text
	for i := 0; len(picked) > 0; i++ {
		page, after, _ := strings.Cut(rest, pageBreak)
		if i == total-1 {
			page = rest // beyond pages.MaxPage, the last page holds the rest
		}
		if i == picked[0] {
			parts = append(parts, page)
			picked = picked[1:]
		}
		rest = after
	}
	return joinPages(parts), total
}

// pick returns the pages sel selects from a document of total pages, in
// document order, each once.
func pick(sel pages.Selection, total int) []int {
	picked := sel.Pick(total)
	slices.Sort(picked)
	return slices.Compact(picked)
}

// joinPages joins pages with form feeds, stopping at MaxTextBytes.
func joinPages(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(pageBreak)
		}
		b.WriteString(p)
		if b.Len() >= MaxTextBytes {
			break
		}
	}
	return truncate(b.String(), MaxTextBytes)
}

// jsonText returns the keys and string, number and boolean values of a
// JSON document (or of a stream of them, as in JSON Lines), one to a line. Keys count: in "invoice_number": "INV-7"
// the key says more than the value. camelCase keys are split into words.
func jsonText(data []byte) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	dec.UseNumber()
	var b strings.Builder
	depth := 0 // the decoder reports io.EOF inside an unclosed value too
	for b.Len() < MaxTextBytes {
		tok, err := dec.Token()
		if err == io.EOF && depth > 0 {
			err = io.ErrUnexpectedEOF
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("%w: invalid JSON: %v", ErrUnreadable, err)
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' || v == '[' {
				depth++
			} else {
				depth--
			}
			continue
		case string:
			b.WriteString(splitCamel(v))
		case json.Number:
			b.WriteString(v.String())
		case bool:
			fmt.Fprint(&b, v)
		default: // delimiters and null
			continue
		}
		b.WriteByte('\n')
	}
	return truncate(b.String(), MaxTextBytes), nil
}

// splitCamel puts a space before each upper-case letter that follows a
// lower-case one: "invoiceNumber" becomes "invoice Number".
func splitCamel(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// htmlText returns the visible text of an HTML document: text nodes outside
// script, style and other non-rendered elements, with a line break at
// every block boundary so that words of adjacent blocks stay apart.
func htmlText(data []byte) (string, error) {
	// The charset comes from a byte order mark, a <meta> tag or, failing
	// both, a guess from the bytes, as browsers do.
	r, err := charset.NewReader(bytes.NewReader(data), "text/html")
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	root, err := html.Parse(r)
	if err != nil {
		return "", fmt.Errorf("%w: invalid HTML: %v", ErrUnreadable, err)
	}
	var b strings.Builder
	// Walk iteratively: a deeply nested document must not exhaust the stack.
	stack := []*html.Node{root}
	for len(stack) > 0 && b.Len() < MaxTextBytes {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == nil { // the end of a block element
			b.WriteByte('\n')
			continue
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			continue
		case html.ElementNode:
			if unrendered[n.DataAtom] {
				continue
			}
			if cells := rowCells(n); cells != nil {
				// A row of two or more cells of text stays on one line,
				// its cells apart, as a Markdown table's row does:
				// "| Grade | Sessional GP |" is a row of fields, not a
				// title and a heading. A layout table's rows, whose
				// cells hold paragraphs, stay blocks.
				b.WriteString("\n| " + strings.Join(cells, " | ") + " |\n")
				continue
			}
			if !inline[n.DataAtom] {
				b.WriteByte('\n')
				stack = append(stack, nil)
			}
		case html.CommentNode, html.DoctypeNode:
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return truncate(decodeText([]byte(b.String())), MaxTextBytes), nil
}

// rowCells returns the text of each cell of a table row whose two or
// more cells hold only text and inline elements, its spaces and line
// breaks made single spaces; nil for any other node.
func rowCells(n *html.Node) []string {
	if n.DataAtom != atom.Tr {
		return nil
	}
	var cells []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.CommentNode:
		case c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th):
			var t strings.Builder
			if !inlineText(c, &t) {
				return nil
			}
			cells = append(cells, strings.Join(strings.Fields(t.String()), " "))
		default:
			return nil
		}
	}
	if len(cells) < 2 {
		return nil
	}
	return cells
}

// inlineText appends the text under n to b, and says whether every
// element under it is an inline one; what is not rendered adds nothing.
// It walks iteratively, as htmlText does.
func inlineText(n *html.Node, b *strings.Builder) bool {
	var stack []*html.Node
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		stack = append(stack, c)
	}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			continue
		case html.ElementNode:
			if unrendered[c.DataAtom] {
				continue
			}
			if !inline[c.DataAtom] {
				return false
			}
		default:
			continue
		}
		for g := c.LastChild; g != nil; g = g.PrevSibling {
			stack = append(stack, g)
		}
	}
	return true
}

// unrendered elements show nothing of their text: scripts, styles and
// the like.
var unrendered = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
}

// inline elements do not break words apart: "<b>in</b>voice" is one word.
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Dfn: true,
	atom.Em: true, atom.I: true, atom.Kbd: true, atom.Mark: true, atom.Q: true,
	atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true,
	atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true,
	atom.U: true, atom.Var: true, atom.Font: true, atom.Label: true,
}

// maxPageTreeNodes bounds the walk of a PDF's page tree, which a malformed
// file can make cyclic or enormous.
const maxPageTreeNodes = 2 * pages.MaxPage

// pdfText reads the selected pages of a PDF. The PDF module panics on some
// malformed input; a panic becomes an ErrUnreadable error.
func pdfText(data []byte, sel pages.Selection) (text string, total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, total, err = "", 0, fmt.Errorf("%w: malformed PDF: %v", ErrUnreadable, r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", 0, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	all := pdfPages(r.Trailer())
	total = len(all)
	picked := pick(sel, total)
	parts := make([]string, 0, len(picked))
	size := 0
	for _, i := range picked {
		if size >= MaxTextBytes {
			break
		}
		s, err := pageText(pdf.Page{V: all[i]})
		if err != nil {
			return "", 0, fmt.Errorf("%w: page %d: %v", ErrUnreadable, i+1, err)
		}
		s = strings.ToValidUTF8(s, "\uFFFD")
		parts = append(parts, s)
		size += len(s) + 1
	}
	return joinPages(parts), total, nil
}

// pageText returns the text of a PDF page, laid out from the positions of
// its characters: a line break where the baseline moves, a space where a
// gap opens on a line. Many writers never draw a space character: they
// start each line with a move (several lines in one text object) or
// separate words by positioning (TJ arrays, as TeX does), and text read in
// drawing order alone would glue those words together. A page whose
// content the layout pass cannot interpret is read in drawing order.
func pageText(p pdf.Page) (text string, err error) {
	defer func() {
		if recover() != nil {
			text, err = p.GetPlainText(nil)
		}
	}()
	var b strings.Builder
	var prev pdf.Text
	for i, t := range p.Content().Text {
		if i > 0 {
			size := max(math.Abs(prev.FontSize), 1)
			gap := t.X - (prev.X + prev.W)
			switch {
			case math.Abs(t.Y-prev.Y) > size/2:
				b.WriteByte('\n')
			case gap > size*wordGap || gap < -size:
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.S)
		prev = t
		if b.Len() >= MaxTextBytes {
			break
		}
	}
	return b.String(), nil
}

// wordGap is the horizontal gap, in ems, that separates two words on a
// line: above kerning (a few hundredths of an em), below a word space
// (about a quarter of an em).
const wordGap = 0.15

// pdfPages lists the page objects of a PDF's page tree in order. It walks
// the tree itself, rather than through the module's page lookup, so that it
// stays bounded on malformed trees: it skips kids that lead back to an
// ancestor, and stops at more nodes than the file has objects (the
// trailer's /Size), more pages than the root's /Count, or maxDepth levels.
func pdfPages(trailer pdf.Value) []pdf.Value {
	const maxDepth = 64
	root := trailer.Key("Root").Key("Pages")
	maxNodes := maxPageTreeNodes
	if n := trailer.Key("Size").Int64(); n > 0 && n < int64(maxNodes) {
		maxNodes = int(n)
	}
	maxPages := pages.MaxPage
	if n := root.Key("Count").Int64(); n > 0 && n < int64(maxPages) {
		maxPages = int(n)
	}
	var (
		out     []pdf.Value
		visited int
		// path holds the ancestors of the node being walked, as the text
		// of their dictionaries (which names kids and parent by object
		// number): a node equal to an ancestor closes a cycle.
		path []string
	)
	var walk func(v pdf.Value)
	walk = func(v pdf.Value) {
		if len(path) > maxDepth || visited >= maxNodes || len(out) >= maxPages {
			return
		}
		visited++
		switch v.Key("Type").Name() {
		case "Page":
			out = append(out, v)
		case "Pages":
			self := v.String()
			if slices.Contains(path, self) {
				return
			}
			path = append(path, self)
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				walk(kids.Index(i))
			}
			path = path[:len(path)-1]
		}
	}
	walk(root)
	return out
}

// frontMatter turns the YAML front matter a Markdown file may open with
// ("---", "title: ...", "author: ...", "---") into what it stands for: the
// title as the document's first line and the author as a byline. A file
// without front matter, or whose opening block has no title, is returned
// as it is.
func frontMatter(text string) string {
	rest, ok := strings.CutPrefix(strings.TrimLeft(text, "\ufeff"), "---\n")
	if !ok {
		return text
	}
	end := strings.Index(rest, "\n---")
	if end < 0 || end > 4096 {
		return text
	}
	var b strings.Builder
	title, author := "", ""
	for _, l := range strings.Split(rest[:end], "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), "\"'")
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			title = v
		case "author", "by":
			author = v
		}
	}
	if title == "" {
		// Not a post's front matter: a block between rules, kept.
		return text
	}
	b.WriteString("# " + title + "\n\n")
	if author != "" {
		b.WriteString("By " + author + "\n\n")
	}
	body := rest[end+len("\n---"):]
	body = strings.TrimLeft(body, "-")
	b.WriteString(strings.TrimLeft(body, "\r\n"))
	return b.String()
}
