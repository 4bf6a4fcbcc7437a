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
