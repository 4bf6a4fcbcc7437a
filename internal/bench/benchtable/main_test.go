package main

import (
	"strings"
	"testing"
)

const sample = `goos: linux
goarch: amd64
cpu: AMD EPYC
BenchmarkGetJob/inmemory/paired-2   	       1	 200000000 ns/op	     16000 raw-ns/call	     17000 readall-ns/call	     18000 client-ns/call	         1.125 x-raw	         1.06 x-readall
BenchmarkGetJob/inmemory/paired-2   	       1	 200000000 ns/op	     16000 raw-ns/call	     17000 readall-ns/call	     19200 client-ns/call	         1.20 x-raw	         1.13 x-readall
BenchmarkGetJob/inmemory/paired-2   	       1	 200000000 ns/op	     16000 raw-ns/call	     17000 readall-ns/call	     17600 client-ns/call	         1.10 x-raw	         1.04 x-readall
BenchmarkGetJob/inmemory/raw-2      	   10000	     16000 ns/op	    5000 B/op	      60 allocs/op
BenchmarkGetJob/inmemory/client-2   	   10000	     18000 ns/op	    4000 B/op	      84 allocs/op
BenchmarkUpload200MiB-2   	       3	 386873015 ns/op	 542.08 MB/s	         20.5 peak-heap-MiB	  168746 B/op	    6775 allocs/op
BenchmarkClassifyFiles/default-wait-2         	       2	 793335714 ns/op	       481.1 floor-ms	       381.1 last-create-ms	       304.7 past-end-ms	       400.0 poll-ms	       785.8 wall-ms	         1.633 x-floor	         0.8919 x-floor-poll	75025364 B/op	  588358 allocs/op
BenchmarkClassifyFiles/default-wait-2         	       2	 793335714 ns/op	       481.1 floor-ms	       381.1 last-create-ms	       304.7 past-end-ms	       400.0 poll-ms	       985.8 wall-ms	         2.049 x-floor	         1.119 x-floor-poll	75025364 B/op	  588358 allocs/op
BenchmarkClassifyFiles/default-wait-2         	       2	 793335714 ns/op	       481.1 floor-ms	       381.1 last-create-ms	       304.7 past-end-ms	       400.0 poll-ms	       885.8 wall-ms	         1.841 x-floor	         1.005 x-floor-poll	75025364 B/op	  588358 allocs/op
BenchmarkClassifyFiles/wait-50ms-2            	       3	 442445397 ns/op	       437.3 floor-ms	       337.3 last-create-ms	         3.926 past-end-ms	        50.00 poll-ms	       441.2 wall-ms	         1.009 x-floor	         0.9055 x-floor-poll	69644232 B/op	  532605 allocs/op
PASS
`

func TestTargets(t *testing.T) {
	r, header, err := parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(header, " ") != "linux amd64 AMD EPYC" {
		t.Errorf("header = %q", header)
	}
	if got, _ := r.m("GetJob/inmemory/paired", "x-raw"); got != 1.125 {
		t.Errorf("median x-raw = %v, want 1.125", got)
	}
	if got, _ := r.m("Upload200MiB", "MB/s"); got != 542.08 {
		t.Errorf("MB/s = %v", got)
	}
	want := map[string]string{
		"GetJob time (in memory), client / raw":   "met",           // median 1.125x
		"GetJob allocs (in memory), client / raw": "missed by 12%", // 84 / 60 = 1.4x against 1.25x
		"GetJob bytes (in memory), client / raw":  "",              // no target for GetJob's bytes
		"Upload 200 MiB: peak heap growth":        "missed by 28%", // 20.5 vs 16
		// Median 1.005x of the floor plus a poll: missed.
		"ClassifyFiles 200 docs (default-wait): wall / (floor + one 400 ms poll)":    "missed by 0.5%",
		"ClassifyFiles 200 docs (default-wait): wall / floor (last create + 100 ms)": "",
		"ClassifyFiles 200 docs (wait-50ms): wall / (floor + one 50 ms poll)":        "met",
		"ClassifyFiles 200 docs (wait-50ms): wall / floor (last create + 100 ms)":    "",
	}
	rows := targets(r)
	if len(rows) != len(want) {
		t.Fatalf("rows = %+v", rows)
	}
	for _, row := range rows {
		if want[row.figure] != row.verdict {
			t.Errorf("%s: %q (%s), want %q", row.figure, row.verdict, row.value, want[row.figure])
		}
	}
}
