package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/tidwall/gjson"
)

// --transform takes a GJSON path. gjson itself has no syntax check (a
// malformed path silently matches nothing), so the path is checked here
// before anything is sent, and a path that matches nothing in the output is
// reported instead of printed as null.

// transformHelp ends every --transform message.
const transformHelp = "GJSON paths look like result.type, items.#.id or #(status==\"FAILED\")#.file; see https://github.com/tidwall/gjson/blob/master/SYNTAX.md"

// pathPart is one component of a GJSON path and the separator before it
// ('.', '|', or 0 for the first).
type pathPart struct {
	text string
	sep  byte
	at   int // byte offset of text in the path
}

// splitPath cuts a GJSON path into its top-level components, keeping
// brackets, quotes and escapes whole. It fails on an unbalanced bracket or
// quote, or a dangling escape.
func splitPath(path string) ([]pathPart, error) {
	var parts []pathPart
	var stack []byte
	start, sep := 0, byte(0)
	inQuote := false
	for i := 0; i < len(path); i++ {
		c := path[i]
		switch {
		case c == '\\':
			if i == len(path)-1 {
				return nil, fmt.Errorf("it ends with an escape character '\\'")
			}
			i++
		case inQuote:
			if c == '"' {
				inQuote = false
			}
		case c == '"' && len(stack) > 0:
			inQuote = true
		case c == '(' || c == '[' || c == '{':
			stack = append(stack, c)
		case c == ')' || c == ']' || c == '}':
			open := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
			if len(stack) == 0 || stack[len(stack)-1] != open {
				return nil, fmt.Errorf("unexpected %q at character %d", c, i+1)
			}
			stack = stack[:len(stack)-1]
		case (c == '.' || c == '|') && len(stack) == 0:
			parts = append(parts, pathPart{text: path[start:i], sep: sep, at: start})
			start, sep = i+1, c
		}
	}
	if inQuote {
		return nil, fmt.Errorf("a quoted string is not closed")
	}
	if len(stack) > 0 {
		closer := map[byte]byte{'(': ')', '[': ']', '{': '}'}[stack[len(stack)-1]]
		return nil, fmt.Errorf("%q is not closed: a %q is missing", stack[len(stack)-1], closer)
	}
	return append(parts, pathPart{text: path[start:], sep: sep, at: start}), nil
}

// checkPath checks the syntax of a GJSON path: components that are not
// empty, known modifiers, well-formed queries, literals and multipaths.
func checkPath(path string) error {
	if strings.TrimSpace(path) == "" {
		return fmt.Errorf("it is empty")
	}
	if strings.HasPrefix(path, "..") {
		return fmt.Errorf("the '..' prefix is for JSON Lines, and the output is one JSON document")
	}
	parts, err := splitPath(path)
	if err != nil {
		return err
	}
	for _, p := range parts {
		if err := checkComponent(p); err != nil {
			return err
		}
	}
	return nil
}

func checkComponent(p pathPart) error {
	t := p.text
	switch {
	case t == "":
		return fmt.Errorf("empty part at character %d (two separators in a row, or one at an end)", p.at+1)
	case t[0] == '@':
		name, _, _ := strings.Cut(t[1:], ":")
		if !gjson.ModifierExists(name, nil) {
			return fmt.Errorf("unknown modifier @%s (known: @reverse, @ugly, @pretty, @this, @valid, @flatten, @join, @keys, @values, @tostr, @fromstr, @group, @dig)", name)
		}
	case t[0] == '!':
		if !json.Valid([]byte(t[1:])) {
			return fmt.Errorf("%q at character %d is not a literal: '!' must be followed by JSON, e.g. !true or !\"text\"", t, p.at+1)
		}
	case t[0] == '#':
		if t == "#" {
			return nil
		}
		query := strings.TrimSuffix(t, "#")
		if !strings.HasPrefix(query, "#(") || !strings.HasSuffix(query, ")") {
			return fmt.Errorf("%q at character %d: after '#' comes '.', a query #(...) or #(...)#, or nothing", t, p.at+1)
		}
		if strings.TrimSpace(query[2:len(query)-1]) == "" {
			return fmt.Errorf("empty query #() at character %d", p.at+1)
		}
	case t[0] == '[' || t[0] == '{':
		closer := map[byte]byte{'[': ']', '{': '}'}[t[0]]
		if t[len(t)-1] != closer {
			return fmt.Errorf("%q at character %d: text after the closing %q", t, p.at+1, closer)
		}
		for _, sub := range splitTopLevel(t[1:len(t)-1], ',') {
			sub = strings.TrimSpace(sub)
			if t[0] == '{' && strings.HasPrefix(sub, `"`) {
				// A named member: "name":path.
				var name string
				dec := json.NewDecoder(strings.NewReader(sub))
				if err := dec.Decode(&name); err == nil {
					sub = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(sub[dec.InputOffset():]), ":"))
				}
			}
			if err := checkPath(sub); err != nil {
				return fmt.Errorf("in %s: %v", t, err)
			}
		}
	}
	return nil
}

// splitTopLevel cuts s at each sep outside brackets and quotes.
func splitTopLevel(s string, sep byte) []string {
	var out []string
	depth, start, inQuote := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			i++
		case inQuote:
			if c == '"' {
				inQuote = false
			}
		case c == '"':
			inQuote = true
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		case c == sep && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// checkTransform refuses a --transform whose syntax is wrong, before
// anything is sent.
func checkTransform(path string) error {
	if path == "" {
		return nil
	}
	if err := checkPath(path); err != nil {
		return usageErrorf("--transform %q: not a GJSON path: %v\n%s", path, err, transformHelp)
	}
	return nil
}

// applyTransform applies path to raw. A path that matches nothing is an
// error naming the fields there are, rather than a null nobody asked for:
// a path that does not exist, or one that maps over a list (items.#.x)
// whose elements have no such field.
func applyTransform(raw []byte, path string) ([]byte, error) {
	res := gjson.GetBytes(raw, path)
	if !res.Exists() || (isEmptyArray(res) && mapsOverItems(raw, path)) || emptyMultipath(res, path) {
		return nil, usageErrorf("--transform %q matched nothing in the output%s%s\n%s", path, listHint(raw, path), fieldsHint(raw), transformHelp)
	}
	return []byte(res.Raw), nil
}

// listHint suggests "#." before a path that names the fields of an
// element when the output is a list of them (classify-files --format
// json prints one), and that path matches in its elements.
func listHint(raw []byte, path string) string {
	if strings.HasPrefix(path, "#") || !gjson.ParseBytes(raw).IsArray() {
		return ""
	}
	if r := gjson.GetBytes(raw, "#."+path); !r.Exists() || isEmptyArray(r) {
		return ""
	}
	return fmt.Sprintf("; the output is a list: %q reaches that in each element", "#."+path)
}

func isEmptyArray(r gjson.Result) bool { return r.IsArray() && len(r.Array()) == 0 }

// emptyMultipath says whether path is one multipath ({a,b} or [a,b]) none
// of whose members matched.
func emptyMultipath(r gjson.Result, path string) bool {
	if !strings.HasPrefix(path, "{") && !strings.HasPrefix(path, "[") {
		return false
	}
	if parts, err := splitPath(path); err != nil || len(parts) != 1 {
		return false
	}
	return isEmptyArray(r) || (r.IsObject() && len(r.Map()) == 0)
}

// mapsOverItems says whether path maps over a list (a '#' component
// followed by '.') that has elements in raw: an empty result then means
// that no element had what the rest of the path asks for.
func mapsOverItems(raw []byte, path string) bool {
	parts, err := splitPath(path)
	if err != nil {
		return false
	}
	for i, p := range parts {
		if p.text != "#" || i == len(parts)-1 || parts[i+1].sep != '.' {
			continue
		}
		count := "#"
		if i > 0 {
			count = path[:p.at-1] + ".#"
		}
		return gjson.GetBytes(raw, count).Int() > 0
	}
	return false
}

// fieldsHint names the top-level fields of the output (of its first
// element, for a list), to help correct a path.
func fieldsHint(raw []byte) string {
	v := gjson.ParseBytes(raw)
	where := "the output's fields"
	if v.IsArray() {
		if len(v.Array()) == 0 {
			return " (the output is an empty list)"
		}
		v, where = v.Array()[0], "the fields of each element (#)"
	}
	if !v.IsObject() {
		return ""
	}
	var keys []string
	v.ForEach(func(k, _ gjson.Result) bool {
		keys = append(keys, k.String())
		return true
	})
	if len(keys) == 0 {
		return ""
	}
	return "; " + where + ": " + strings.Join(keys, ", ")
}
