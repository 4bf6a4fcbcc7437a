package scorer

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// glossaryText lists the foreign words of everyday documents and the
// English words they mean; see the file's own header.
//
//go:embed glossary.txt
var glossaryText string

// translator finds the foreign words and phrases of glossary.txt in a
// document's words.
type translator struct {
	// phrases maps folded foreign words, joined by spaces, to the stems
	// of their English meaning.
	phrases  map[string][]string
	maxWords int
	// ends holds the last word of every phrase of more than one word.
	ends map[string]bool
	// maybePhrase and maybeEnd turn away cheaply most words that are no
	// phrase and no end (see wordFilter): every word is looked up.
	maybePhrase, maybeEnd wordFilter
	// parts are parts of compound words, longest first.
	parts []compoundPart
	// family maps an English stem to the other stems of its family.
	family map[string][]string
	// falseFriends are folded foreign words whose stems are English words
	// of another meaning ("Rente", a German pension, is no "rent").
	falseFriends map[string]bool
}

type compoundPart struct {
	part  string
	stems []string
}

var translations = sync.OnceValue(func() *translator {
	tr := &translator{phrases: map[string][]string{}, family: map[string][]string{}, ends: map[string]bool{}, falseFriends: map[string]bool{}}
	for _, line := range strings.Split(glossaryText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if members, ok := strings.CutPrefix(line, "="); ok {
			var stems []string
			for _, t := range tokenize(strings.ReplaceAll(members, ",", " "), false) {
				stems = appendNew(stems, t.stem)
			}
			for _, a := range stems {
				for _, b := range stems {
					if a != b {
						tr.family[a] = appendNew(tr.family[a], b)
					}
				}
			}
			continue
		}
		english, foreign, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		if strings.TrimSpace(english) == "!" {
			for _, f := range strings.Split(foreign, ",") {
				if f = fold(strings.TrimSpace(f)); f != "" {
					tr.falseFriends[f] = true
				}
			}
			continue
		}
		var stems []string
		for _, t := range tokenize(english, false) {
			stems = append(stems, t.stem)
		}
		if len(stems) == 0 {
			continue
		}
		if part, ok := strings.CutPrefix(english, "~"); ok {
			// "~part: english": the part is before the colon.
			stems = stems[:0]
			for _, t := range tokenize(foreign, false) {
				stems = append(stems, t.stem)
			}
			tr.parts = append(tr.parts, compoundPart{part: fold(strings.TrimSpace(part)), stems: stems})
			continue
		}
		for _, f := range strings.Split(foreign, ",") {
			toks := tokenizeWords(f) // their places; a foreign word's stem means nothing
			if len(toks) == 0 {
				continue
			}
			words := make([]string, len(toks))
			for i, t := range toks {
				words[i] = fold(f[t.start:t.end])
			}
			key := strings.Join(words, " ")
			tr.phrases[key] = appendNew(tr.phrases[key], stems...)
			tr.maxWords = max(tr.maxWords, len(words))
			if len(words) > 1 {
				tr.ends[words[len(words)-1]] = true
			}
		}
	}
	// Longest parts first, so that "kontoauszug" wins over "auszug".
	for i := 1; i < len(tr.parts); i++ {
		for j := i; j > 0 && len(tr.parts[j].part) > len(tr.parts[j-1].part); j-- {
			tr.parts[j], tr.parts[j-1] = tr.parts[j-1], tr.parts[j]
		}
	}
	tr.maybePhrase = filterOf(tr.phrases)
	tr.maybeEnd = filterOf(tr.ends)
	return tr
})

func appendNew(to []string, stems ...string) []string {
	for _, s := range stems {
		found := false
		for _, t := range to {
			if t == s {
				found = true
				break
			}
		}
		if !found {
			to = append(to, s)
		}
	}
	return to
}

// stripMarks holds transformers that drop accents. A transformer keeps
// state while it runs, so each goroutine takes one of its own: Classify is
// called concurrently (the emulator classifies several jobs at once).
var stripMarks = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// unmarked spells the letters that carry no separable accent as their
// bases: "materiałów" is "materialow", "straße" is "strasse".
var unmarked = strings.NewReplacer("ł", "l", "ø", "o", "đ", "d", "ß", "ss", "æ", "ae", "œ", "oe", "ı", "i")

// fold lowercases a word and drops its accents: "Réunion" is "reunion".
func fold(w string) string {
	w = strings.ToLower(w)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			t := stripMarks.Get().(transform.Transformer)
			s, _, err := transform.String(t, w)
			stripMarks.Put(t)
			if err == nil {
				return unmarked.Replace(s)
			}
			return w
		}
	}
	return w
}

// minCompoundRunes is the shortest word searched for compound parts: a
// part must leave something else in the word.
const minCompoundRunes = 8

// translate returns, for each of words (folded), the English stems that
// the foreign words ending there mean: a phrase of up to maxWords words
// ending at that word, else the word alone, else a compound part of it.
func (tr *translator) translate(words []string) [][]string {
	out := make([][]string, len(words))
	var key []byte // a phrase's words joined by spaces, looked up without a copy
	for i := range words {
		matched := false
		longest := 1
		if tr.maybeEnd.mayHoldString(words[i]) && tr.ends[words[i]] {
			longest = min(tr.maxWords, i+1)
		}
		for n := longest; n >= 1 && !matched; n-- {
			key = append(key[:0], words[i-n+1]...)
			for _, w := range words[i-n+2 : i+1] {
				key = append(append(key, ' '), w...)
			}
			if !tr.maybePhrase.mayHold(key) {
				continue
			}
			if stems, ok := tr.phrases[string(key)]; ok {
				out[i] = stems
				matched = true
				// The phrase's meaning replaces its words' own:
				// "factura simplificada" is a receipt, not an invoice.
				for j := i - n + 1; j < i; j++ {
					out[j] = nil
				}
			}
		}
		if matched || utf8.RuneCountInString(words[i]) < minCompoundRunes {
			continue
		}
		for _, p := range tr.parts {
			if strings.Contains(words[i], p.part) {
				out[i] = p.stems
				break
			}
		}
	}
	return out
}
