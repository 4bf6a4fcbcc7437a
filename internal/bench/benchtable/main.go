// Command benchtable reads the output of the benchmarks of package bench
// (go test -bench, any number of runs concatenated) on standard input and
// prints, as Markdown, the median of every figure and the ratios the
// performance targets are stated in, each with its target and whether it
// is met.
//
//	go test -run '^$' -bench . -benchmem -count 5 ./internal/bench/ | go run ./internal/bench/benchtable
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
)

// results maps a benchmark name (without the -GOMAXPROCS suffix) and a
// unit to the values of every run.
type results map[string]map[string][]float64

var procsSuffix = regexp.MustCompile(`-\d+$`)

func parse(r io.Reader) (results, []string, error) {
	res := results{}
	var header []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		for _, k := range []string{"goos:", "goarch:", "cpu:"} {
			if v, ok := strings.CutPrefix(line, k); ok && !slices.Contains(header, strings.TrimSpace(v)) {
				header = append(header, strings.TrimSpace(v))
			}
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || len(f)%2 != 0 {
			continue
		}
		name := procsSuffix.ReplaceAllString(strings.TrimPrefix(f[0], "Benchmark"), "")
		if res[name] == nil {
			res[name] = map[string][]float64{}
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			res[name][f[i+1]] = append(res[name][f[i+1]], v)
		}
	}
	return res, header, sc.Err()
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// m is the median of a figure, and whether it was measured.
func (r results) m(name, unit string) (float64, bool) {
	xs := r[name][unit]
	return median(xs), len(xs) > 0
}

// row is one line of the targets table.
type row struct {
	figure, value, target, verdict string
}

// check states a target as value <= limit (or >= limit when atLeast) and
// words the verdict with the margin.
func check(value, limit float64, atLeast bool) string {
	met := value <= limit
	if atLeast {
		met = value >= limit
	}
	if met {
		return "met"
	}
	return missedBy(value / limit)
}

// missedBy words a miss of ratio x against 1, to a tenth of a per cent
// when it is small.
func missedBy(x float64) string {
	by := 100 * abs(x-1)
	if by < 10 {
		return fmt.Sprintf("missed by %.1f%%", by)
	}
	return fmt.Sprintf("missed by %.0f%%", by)
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func targets(r results) []row {
	var rows []row
	add := func(ok bool, figure, value, target, verdict string) {
		if ok {
			rows = append(rows, row{figure, value, target, verdict})
		}
	}

	// Per-call overhead: the targets hold in memory (client-side work
	// only); the figures against a loopback server stand beside them.
	// Time comes from the paired runs (medians of alternating calls),
	// allocations and bytes from the separate ones.
	for _, where := range []string{"inmemory", "server"} {
		label := map[string]string{"inmemory": "in memory", "server": "loopback server"}[where]
		for _, bench := range []string{"GetJob", "ListJobs"} {
			name := bench + "/" + where + "/paired"
			if x, ok := r.m(name, "x-raw"); ok {
				cli, _ := r.m(name, "client-ns/call")
				raw, _ := r.m(name, "raw-ns/call")
				xr, _ := r.m(name, "x-readall")
				target, verdict := "", ""
				if bench == "GetJob" && where == "inmemory" {
					target, verdict = "<= 1.15x", check(x, 1.15, false)
				}
				add(true, fmt.Sprintf("%s time (%s), client / raw", bench, label),
					fmt.Sprintf("%.2fx (%s / %s ns)%s; / raw-readall %.2fx", x, format(cli), format(raw), runRange(r, name, "x-raw"), xr), target, verdict)
			}
			for _, c := range []struct {
				unit, what string
				limit      float64
			}{
				{"allocs/op", "allocs", map[string]float64{"GetJob": 1.25}[bench]},
				{"B/op", "bytes", map[string]float64{"ListJobs": 1.1}[bench]},
			} {
				raw, ok1 := r.m(bench+"/"+where+"/raw", c.unit)
				cli, ok2 := r.m(bench+"/"+where+"/client", c.unit)
				if !ok1 || !ok2 || raw == 0 {
					continue
				}
				x := cli / raw
				target, verdict := "", ""
				if c.limit > 0 && where == "inmemory" {
					target, verdict = fmt.Sprintf("<= %.2fx", c.limit), check(x, c.limit, false)
				}
				readAll := ""
				if ra, ok := r.m(bench+"/"+where+"/raw-readall", c.unit); ok && ra > 0 {
					readAll = fmt.Sprintf("; / raw-readall %.2fx", cli/ra)
				}
				add(true, fmt.Sprintf("%s %s (%s), client / raw", bench, c.what, label),
					fmt.Sprintf("%.2fx (%s / %s)%s", x, format(cli), format(raw), readAll), target, verdict)
			}
		}
	}

	// Waiting: the client against the loop a user would write, in the
	// same run; no more requests, a lower mean and max detection delay.
	for _, w := range []struct{ bench, what string }{
		{"WaitJobs", "WaitJobs, 1,000 jobs"},
		{"WaitJob", "WaitJob, 100 jobs"},
	} {
		for _, u := range []struct {
			unit, what, target string
			strict             bool
		}{
			{"requests/op", "requests", "<= 1x", false},
			{"mean-detect-ms", "mean detection delay", "< 1x", true},
			{"p95-detect-ms", "95th percentile detection delay", "", false},
			{"max-detect-ms", "max detection delay", "< 1x", true},
		} {
			loop, ok1 := r.m(w.bench+"/loop-500ms", u.unit)
			cli, ok2 := r.m(w.bench+"/client", u.unit)
			if !ok1 || !ok2 || loop == 0 {
				continue
			}
			x := cli / loop
			verdict := ""
			switch {
			case u.target == "":
			case u.strict && x >= 1:
				verdict = missedBy(x)
			default:
				verdict = check(x, 1, false)
			}
			add(true, fmt.Sprintf("%s: %s, client / 500 ms loop", w.what, u.what),
				fmt.Sprintf("%.2fx (%s vs %s)%s", x, format(cli), format(loop), spread(r, w.bench, u.unit)), u.target, verdict)
		}
	}

	// ClassifyFiles against its floor: the last create answered plus the
	// processing delay, which nothing beats; plus one poll interval, which
	// a poller may take to see the last job ended.
	for _, sub := range []string{"default-wait", "wait-50ms"} {
		name := "ClassifyFiles/" + sub
		xp, ok := r.m(name, "x-floor-poll")
		if !ok {
			continue
		}
		wall, _ := r.m(name, "wall-ms")
		floor, _ := r.m(name, "floor-ms")
		poll, _ := r.m(name, "poll-ms")
		created, _ := r.m(name, "last-create-ms")
		past, _ := r.m(name, "past-end-ms")
		xf, _ := r.m(name, "x-floor")
		add(true, fmt.Sprintf("ClassifyFiles 200 docs (%s): wall / (floor + one %s ms poll)", sub, format(poll)),
			fmt.Sprintf("%.2fx (%s / %s ms)%s", xp, format(wall), format(floor+poll), runRange(r, name, "x-floor-poll")), "<= 1x", check(xp, 1, false))
		add(true, fmt.Sprintf("ClassifyFiles 200 docs (%s): wall / floor (last create + 100 ms)", sub),
			fmt.Sprintf("%.2fx (%s / %s ms; last create %s ms; %s ms past the floor)%s", xf, format(wall), format(floor), format(created), format(past), runRange(r, name, "x-floor")), "", "")
	}

	if peak, ok := r.m("Upload200MiB", "peak-heap-MiB"); ok {
		add(true, "Upload 200 MiB: peak heap growth", fmt.Sprintf("%.2f MiB", peak), "< 16 MiB", check(peak, 16, false))
	}

	live100, ok1 := r.m("IterateJobs/iterate-100-pages", "peak-live-KiB")
	live10, ok2 := r.m("IterateJobs/iterate-10-pages", "peak-live-KiB")
	decoded, _ := r.m("IterateJobs/iterate-100-pages", "decoded-page-KiB")
	all, _ := r.m("IterateJobs/iterate-100-pages", "all-pages-KiB")
	if ok1 {
		add(true, "Iterate 10,000 jobs: peak live heap / one decoded page", fmt.Sprintf("%.1fx (%.0f / %.0f KiB)", live100/decoded, live100, decoded), "of the order of a page", "")
		add(true, "Iterate 10,000 jobs: peak live heap / all pages (JSON)", fmt.Sprintf("%.3fx (%.0f / %.0f KiB)", live100/all, live100, all), "not the total", "")
	}
	if ok1 && ok2 {
		// Ten times the pages; a heap bounded by a page does not follow.
		add(true, "Iterate: peak live heap, 100 pages / 10 pages", fmt.Sprintf("%.2fx (%.0f / %.0f KiB)", live100/live10, live100, live10), "<= 1.5x (not 10x)", check(live100/live10, 1.5, false))
	}
	if c, ok := r.m("IterateJobs/collect-100-pages", "peak-live-KiB"); ok && ok1 {
		add(true, "Contrast: collecting all 100 pages, peak live heap", fmt.Sprintf("%.0f KiB (%.0fx the iterator)", c, c/live100), "", "")
	}
	return rows
}

// runRange is the range of a figure over the runs, when there are
// several.
func runRange(r results, name, unit string) string {
	xs := r[name][unit]
	if len(xs) < 2 {
		return ""
	}
	return fmt.Sprintf("; runs %s..%s", format(slices.Min(xs)), format(slices.Max(xs)))
}

// spread is the range of a figure over the runs, client then loop, when
// there are several.
func spread(r results, bench, unit string) string {
	cli, loop := r[bench+"/client"][unit], r[bench+"/loop-500ms"][unit]
	if len(cli) < 2 || len(loop) < 2 {
		return ""
	}
	return fmt.Sprintf("; ranges %s..%s vs %s..%s", format(slices.Min(cli)), format(slices.Max(cli)), format(slices.Min(loop)), format(slices.Max(loop)))
}

// format writes a median with the precision it deserves.
func format(x float64) string {
	if abs(x) >= 1000 {
		return strconv.FormatFloat(x, 'f', 0, 64)
	}
	return strconv.FormatFloat(x, 'g', 4, 64)
}

func main() {
	r, header, err := parse(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	if len(r) == 0 {
		fmt.Fprintln(os.Stderr, "benchtable: no benchmark results on standard input")
		os.Exit(1)
	}
	runs := 0
	for _, units := range r {
		for _, xs := range units {
			runs = max(runs, len(xs))
		}
	}
	fmt.Printf("Machine: %s, %d CPUs, %s; medians of %d runs.\n\n", strings.Join(header, " "), runtime.NumCPU(), runtime.Version(), runs)

	fmt.Println("| figure | median | target | verdict |")
	fmt.Println("|---|---|---|---|")
	for _, row := range targets(r) {
		fmt.Printf("| %s | %s | %s | %s |\n", row.figure, row.value, row.target, row.verdict)
	}

	fmt.Println()
	fmt.Println("| benchmark | unit | median | range | runs |")
	fmt.Println("|---|---|---|---|---|")
	names := make([]string, 0, len(r))
	for n := range r {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		units := make([]string, 0, len(r[n]))
		for u := range r[n] {
			units = append(units, u)
		}
		slices.Sort(units)
		for _, u := range units {
			xs := r[n][u]
			fmt.Printf("| %s | %s | %s | %s..%s | %d |\n", n, u, format(median(xs)), format(slices.Min(xs)), format(slices.Max(xs)), len(xs))
		}
	}
}
