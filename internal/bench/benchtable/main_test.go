package main

import (
	"strings"
	"testing"
)

const sample = `goos: linux
goarch: amd64
cpu: AMD EPYC
BenchmarkGetJob/raw-2         	   10000	    100000 ns/op	   10516 B/op	     100 allocs/op
BenchmarkGetJob/client-2      	    7065	    130000 ns/op	   11971 B/op	     140 allocs/op
BenchmarkGetJob/raw-2         	   10000	    120000 ns/op	   10516 B/op	     100 allocs/op
BenchmarkGetJob/client-2      	    7065	    110000 ns/op	   11971 B/op	     140 allocs/op
BenchmarkGetJob/raw-2         	   10000	    300000 ns/op	   10516 B/op	     100 allocs/op
BenchmarkGetJob/client-2      	    7065	    120000 ns/op	   11971 B/op	     140 allocs/op
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
	if got, _ := r.m("GetJob/raw", "ns/op"); got != 120000 {
		t.Errorf("median raw = %v, want 120000", got)
	}
	if got, _ := r.m("Upload200MiB", "MB/s"); got != 542.08 {
		t.Errorf("MB/s = %v", got)
	}
	want := map[string]string{
		"GetJob time, client / raw":        "met",           // 120000 / 120000
		"GetJob allocs, client / raw":      "met",           // 1.4x
		"Upload 200 MiB: peak heap growth": "missed by 28%", // 20.5 vs 16
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
