package scorer

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"

	"golang.org/x/net/html/charset"
)

// maxMIMEDepth bounds how deeply multipart e-mail parts are read.
const maxMIMEDepth = 5

// emlText reads an e-mail message (.eml): its From, To, Date and Subject
// headers, one a line, then the text of its body. A multipart body gives
// its text/plain part, or else its text/html part; transfer encodings and
// charsets are decoded.
func emlText(data []byte) (string, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	if err != nil {
		return "", fmt.Errorf("%w: not an e-mail message: %v", ErrUnreadable, err)
	}
	var b strings.Builder
	dec := &mime.WordDecoder{CharsetReader: charset.NewReaderLabel}
	for _, h := range []string{"From", "To", "Date", "Subject"} {
		v := msg.Header.Get(h)
		if v == "" {
			continue
		}
		if d, err := dec.DecodeHeader(v); err == nil {
			v = d
		}
		fmt.Fprintf(&b, "%s: %s\n", h, v)
	}
	b.WriteString("\n")
	body, err := partText(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body, 0)
	if err != nil {
		return "", err
	}
	b.WriteString(body)
	return strings.ToValidUTF8(b.String(), "\uFFFD"), nil
}

// partText returns the text of one MIME part.
func partText(contentType, encoding string, body io.Reader, depth int) (string, error) {
	media, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		media, params = "text/plain", nil
	}
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, &newlineSkipper{body})
	}
	body = io.LimitReader(body, 4*MaxTextBytes)

	if strings.HasPrefix(media, "multipart/") {
		if depth >= maxMIMEDepth || params["boundary"] == "" {
			return "", fmt.Errorf("%w: a multipart e-mail nested too deeply or without a boundary", ErrUnreadable)
		}
		mr := multipart.NewReader(body, params["boundary"])
		var plain, html string
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return "", fmt.Errorf("%w: a broken multipart e-mail: %v", ErrUnreadable, err)
			}
			ct := p.Header.Get("Content-Type")
			if ct == "" {
				ct = "text/plain"
			}
			if strings.HasPrefix(strings.ToLower(p.Header.Get("Content-Disposition")), "attachment") {
				continue
			}
			t, err := partText(ct, p.Header.Get("Content-Transfer-Encoding"), p, depth+1)
			if err != nil {
				return "", err
			}
			sub, _, _ := mime.ParseMediaType(ct)
			switch {
			case sub == "text/html" && html == "":
				html = t
			case plain == "" && sub != "text/html":
				plain = t
			}
		}
		if plain != "" {
			return plain, nil
		}
		return html, nil
	}
	if !strings.HasPrefix(media, "text/") {
		return "", nil
	}
	if cs := params["charset"]; cs != "" && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "us-ascii") {
		if r, err := charset.NewReaderLabel(cs, body); err == nil {
			body = r
		}
	}
	raw, err := io.ReadAll(body)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	if media == "text/html" {
		return htmlText(raw)
	}
	return string(raw), nil
}

// newlineSkipper drops the line breaks of a base64 body.
type newlineSkipper struct{ r io.Reader }

func (n *newlineSkipper) Read(p []byte) (int, error) {
	k, err := n.r.Read(p)
	j := 0
	for _, c := range p[:k] {
		if c != '\r' && c != '\n' {
			p[j] = c
			j++
		}
	}
	return j, err
}
