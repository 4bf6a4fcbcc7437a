package scorer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The numbers of a line, read by hand rather than by regular expressions
// (which cost most of the time of a long document): which are dates,
// times of day, sums of money and quantities with units.

// lineNumbers is what the numbers of one line are.
type lineNumbers struct {
	numbers, dates, times, money, measures int
}

// numberRun is a run of digits with the separators inside it
// ("1,234.56", "2024-03-11", "20:15").
type numberRun struct {
	start, end int
	text       string
	parts      []string // the digit groups
	seps       string   // the separators between them
}

// numberRuns finds the runs of digits of a line. A separator (. , : / - ')
// belongs to a run only between two digits, and so does the h of a time
// written 14h30.
func numberRuns(line string) []numberRun {
	var out []numberRun
	i := 0
	for i < len(line) {
		if !isDigit(line[i]) {
			i++
			continue
		}
		r := numberRun{start: i}
		j := i
		for {
			k := j
			for k < len(line) && isDigit(line[k]) {
				k++
			}
			r.parts = append(r.parts, line[j:k])
			// 14h30 is a time, one number.
			frenchTime := k+2 < len(line) && line[k] == 'h' && k-j <= 2 && len(r.parts) == 1 && isDigit(line[k+1]) && isDigit(line[k+2]) && (k+3 == len(line) || !isDigit(line[k+3]))
			if k+1 < len(line) && (strings.IndexByte(".,:/-'", line[k]) >= 0 || frenchTime) && isDigit(line[k+1]) {
				r.seps += line[k : k+1]
				j = k + 1
				continue
			}
			r.end = k
			r.text = line[r.start:k]
			break
		}
		out = append(out, r)
		i = r.end
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = 10*n + int(s[i]-'0')
	}
	return n
}

// monthWords are the names of months in six languages, and their usual
// abbreviations, folded.
var monthWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`jan january feb february mar march apr april may jun june jul july aug august sep sept september
		oct october nov november dec december januar februar marz maerz juni juli okt oktober dez dezember
		janv janvier fev fevr fevrier mars avr avril mai juin juil juillet aout septembre octobre novembre decembre
		ene enero febrero marzo abr abril mayo junio julio ago agosto septiembre setiembre octubre noviembre dic diciembre
		gen gennaio febbraio aprile mag maggio giu giugno lug luglio settembre ott ottobre dicembre
		januari februari maart mrt mei augustus`) {
		m[w] = true
	}
	return m
}()

// unitWords are the units a quantity is given in, lower case.
var unitWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`kg g gr grs mg mcg µg ml l cl dl oz lb lbs tsp tbsp cup cups kwh mwh kw w v mah m3 m² m2 m³ km cm mm
		iu unit units tablet tablets tab tabs capsule capsules pcs pc pieces piece pallet pallets carton cartons box boxes
		parcel parcels package packages night nights hr hrs hour hours min mins minute minutes serving servings portion portions
		minutos minuti minuten personas persone personen porciones porzioni raciones stuck stk ud uds unidades pezzi
		nuit nuits noches notti nachten nachte stunden heures horas ore uur therm therms mmol/l mg/dl g/dl g/l`) {
		m[w] = true
	}
	return m
}()

// currencyWords are currency codes and names that stand beside a sum.
var currencyWords = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "chf": true, "cad": true, "aud": true, "nok": true, "sek": true,
	"dkk": true, "pln": true, "jpy": true, "euro": true, "euros": true, "dollars": true, "pounds": true,
}

// wordBefore and wordAfter return the word next to a run, folded, and
// whether only spaces lie between.
func wordBefore(line string, at int) string {
	j := at
	for j > 0 && line[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(line[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= size
	}
	return fold(line[k:j])
}

func wordAfter(line string, at int) string {
	j := at
	if j < len(line) && line[j] == ' ' {
		j++
	}
	k := j
	for k < len(line) {
		r, size := utf8.DecodeRuneInString(line[k:])
		if !unicode.IsLetter(r) && !(r == '/' && k > j) && !(r >= '0' && r <= '9' && k > j) && r != '²' && r != '³' && r != 'µ' {
			break
		}
		k += size
	}
	return strings.ToLower(line[j:k])
}

// readNumbers says what the numbers of a line are.
func readNumbers(line string) lineNumbers {
	var n lineNumbers
	runs := numberRuns(line)
	n.numbers = len(runs)
	for i, r := range runs {
		before, after := wordBefore(line, r.start), wordAfter(line, r.end)
		if len(r.parts) == 1 && isYear(r.parts[0]) && yearRange(line[r.end:], runs[i+1:]) {
			// 2019 – 2021, 2021 – present
			n.dates++
			continue
		}
		if timeRange(r) {
			// 05:30-14:00, a shift's or an opening's two times.
			n.times += 2
			continue
		}
		prev := byte(' ')
		if r.start > 0 {
			prev = line[r.start-1]
		}
		switch {
		case isDate(r, before, after):
			n.dates++
		case isTime(r, line, after):
			n.times++
		case isMoney(r, line, before, after):
			n.money++
		case unitWords[after] || strings.HasPrefix(line[r.end:], "°") || strings.HasPrefix(line[r.end:], " °"):
			n.measures++
		case prev == 'x' && unitWords[after]:
			n.measures++
		}
	}
	return n
}

func isDate(r numberRun, before, after string) bool {
	p := r.parts
	switch len(p) {
	case 3:
		// 04.03.2024, 4/3/24, 2024-03-04
		if len(p[0]) == 4 {
			return atoi(p[1]) >= 1 && atoi(p[1]) <= 12 && atoi(p[2]) >= 1 && atoi(p[2]) <= 31 && r.seps[0] == r.seps[1] && r.seps[0] != ','
		}
		return len(p[0]) <= 2 && len(p[1]) <= 2 && (len(p[2]) == 2 || len(p[2]) == 4) && r.seps[0] == r.seps[1] &&
			strings.IndexByte("./-", r.seps[0]) >= 0 && atoi(p[0]) <= 31 && atoi(p[1]) <= 31 && atoi(p[0]) >= 1 && atoi(p[1]) >= 1
	case 2:
		// 06/2024, 2019-2021
		if len(p[1]) == 4 && isYear(p[1]) && len(p[0]) <= 2 && (r.seps == "/" || r.seps == ".") {
			return atoi(p[0]) >= 1 && atoi(p[0]) <= 12
		}
		return r.seps == "-" && isYear(p[0]) && isYear(p[1])
	case 1:
		// 4 March, March 4, March 2024, 2019 - present
		if len(p[0]) <= 2 && atoi(p[0]) >= 1 && atoi(p[0]) <= 31 && (monthWords[before] || monthWords[after] || after == "de") {
			return true
		}
		return isYear(p[0]) && monthWords[before]
	}
	return false
}

// nowWords end a range of years that is still open.
var nowWords = map[string]bool{"present": true, "now": true, "today": true, "current": true, "date": true,
	"heute": true, "jetzt": true, "aujourd": true, "actuel": true, "actualidad": true, "presente": true, "hoy": true,
	"oggi": true, "heden": true, "nu": true}

// yearRange says whether what follows a year ("rest") is a dash and
// another year or "present"; next are the numbers after it.
func yearRange(rest string, next []numberRun) bool {
	t := strings.TrimLeft(rest, " ")
	dash := ""
	for _, d := range []string{"-", "–", "—", "to ", "bis ", "a "} {
		if strings.HasPrefix(t, d) {
			dash = d
			break
		}
	}
	if dash == "" {
		return false
	}
	t = strings.TrimLeft(t[len(dash):], " ")
	if len(next) > 0 && strings.HasPrefix(t, next[0].text) {
		return len(next[0].parts) == 1 && isYear(next[0].parts[0])
	}
	w := strings.ToLower(t)
	for i, r := range w {
		if !unicode.IsLetter(r) {
			w = w[:i]
			break
		}
	}
	return nowWords[fold(w)]
}

func isYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))
}

// timeRange says whether a run is two times of day joined by a hyphen:
// "05:30-14:00".
func timeRange(r numberRun) bool {
	p := r.parts
	return len(p) == 4 && r.seps == ":-:" && hourMinute(p[0], p[1], 23) && hourMinute(p[2], p[3], 24)
}

// hourMinute says whether h and m, the parts of "14:05", are an hour up
// to maxHour and a minute of two digits.
func hourMinute(h, m string, maxHour int) bool {
	return len(m) == 2 && atoi(h) <= maxHour && atoi(m) <= 59
}

func isTime(r numberRun, line, after string) bool {
	p := r.parts
	if len(p) == 2 && (r.seps == ":" || r.seps == "h") && hourMinute(p[0], p[1], 23) {
		return true
	}
	if len(p) <= 2 && atoi(p[0]) >= 1 && atoi(p[0]) <= 12 && (len(p) == 1 || len(p[1]) == 2) &&
		(after == "am" || after == "pm" || after == "a" || after == "p") {
		return after == "am" || after == "pm" || strings.HasPrefix(line[r.end:], " a.m") || strings.HasPrefix(line[r.end:], "a.m") ||
			strings.HasPrefix(line[r.end:], " p.m") || strings.HasPrefix(line[r.end:], "p.m")
	}
	return false
}

func isMoney(r numberRun, line, before, after string) bool {
	j := r.start
	for j > 0 && line[j-1] == ' ' {
		j--
	}
	if j > 0 {
		if c, _ := utf8.DecodeLastRuneInString(line[:j]); strings.ContainsRune("$€£¥", c) {
			return true
		}
	}
	if k := strings.TrimLeft(line[r.end:], " "); k != "" {
		if c, _ := utf8.DecodeRuneInString(k); strings.ContainsRune("€£$", c) {
			return true
		}
	}
	if currencyWords[before] || currencyWords[after] {
		return true
	}
	// 1,234.56 or 12,50: two decimals after the last separator.
	last := r.parts[len(r.parts)-1]
	return len(r.parts) >= 2 && len(last) == 2 && (r.seps[len(r.seps)-1] == '.' || r.seps[len(r.seps)-1] == ',') &&
		!strings.Contains(r.seps, ":") && !strings.Contains(r.seps, "/")
}
