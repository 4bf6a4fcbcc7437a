package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
)

// v2JobJSON is a completed v2 job as the service returns it (the example of
// the contract, with a longer reasoning).
const v2JobJSON = `{"configuration":{"mode":"FAST","parsing_configuration":{"lang":"en","max_pages":10,"target_pages":"1,3,5-7"},"rules":[{"description":"contains invoice number, line items, and total amount","type":"invoice"},{"description":"purchase receipt with transaction info and merchant details","type":"receipt"},{"description":"legal contract with terms, conditions, and signatures","type":"contract"}]},"created_at":"2026-11-23T10:00:00.117Z","document_input_type":"file_id","file_input":"dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","id":"cls-6f1c1e0e-3f0a-4d5e-9b1c-2d3e4f5a6b7c","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","result":{"confidence":0.92,"reasoning":"mentions 'invoice number', 'line items' and 'total amount'; no merchant or signature terms","type":"invoice"},"status":"COMPLETED","transaction_id":"txn-7Q2XK4M9P3R8T6W1","updated_at":"2026-11-23T10:00:01.117Z","user_id":"user_2nYj8kLmQp"}`

const v2JobID = "cls-6f1c1e0e-3f0a-4d5e-9b1c-2d3e4f5a6b7c"

// cannedTransport answers every request with the same 200 JSON body and
// its Content-Length, as a server would, without a server: the figures of
// a benchmark over it are the client side's work alone.
type cannedTransport struct {
	body   []byte
	header http.Header
}

func newCannedTransport(body []byte) *cannedTransport {
	return &cannedTransport{body: body, header: http.Header{
		"Content-Type":   {"application/json"},
		"Content-Length": {strconv.Itoa(len(body))},
	}}
}

func (t *cannedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	return &http.Response{
		Status: "200 OK", StatusCode: http.StatusOK,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:        t.header,
		Body:          io.NopCloser(bytes.NewReader(t.body)),
		ContentLength: int64(len(t.body)),
		Request:       req,
	}, nil
}

// fixedServer answers every request with body, as JSON.
func fixedServer(b *testing.B, body []byte) *httptest.Server {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	}))
	b.Cleanup(ts.Close)
	return ts
}

// perCallSetting is where a per-call benchmark's requests go: an in-memory
// transport (client-side work only) or a loopback test server (the
// server's work, in the same process, counted on both sides).
type perCallSetting struct {
	name string
	// base is the URL both sides call; hc the HTTP client they share the
	// kind of (each gets its own).
	base string
	hc   func(b *testing.B) *http.Client
}

func perCallSettings(b *testing.B, body []byte) []perCallSetting {
	ts := fixedServer(b, body)
	canned := newCannedTransport(body)
	return []perCallSetting{
		{"inmemory", "http://127.0.0.1:1", func(*testing.B) *http.Client { return &http.Client{Transport: canned} }},
		{"server", ts.URL, newHTTPClient},
	}
}

// rawGet is what a user would write with net/http and encoding/json: the
// request with its bearer token, Do, a streaming decode, then the rest of
// the body drained (so that the connection is reused) and closed.
func rawGet[T any](ctx context.Context, hc *http.Client, url string) (*T, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	v := new(T)
	err = json.NewDecoder(resp.Body).Decode(v)
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, &statusError{resp.StatusCode}
	}
	return v, nil
}

// rawReadAll is rawGet reading the body whole first and decoding it with
// json.Unmarshal, which on this machine is faster than a streaming
// decode: the stronger baseline of the two.
func rawReadAll[T any](ctx context.Context, hc *http.Client, url string) (*T, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, &statusError{resp.StatusCode}
	}
	v := new(T)
	if err := json.Unmarshal(body, v); err != nil {
		return nil, err
	}
	return v, nil
}

type statusError struct{ code int }

func (e *statusError) Error() string { return "status " + strconv.Itoa(e.code) }

// paired times raw, rawReadAll and client calls in turn, each iteration
// one of each (in rotating order), and reports the median time of each
// and the client's ratios: on a shared machine whose load changes from
// second to second, the ratio of two benchmarks run one after the other
// says more about the load than about the code, and a mean takes in every
// preemption.
func paired(b *testing.B, raw, readAll, client func() error) {
	fns := []func() error{raw, readAll, client}
	times := make([][]time.Duration, len(fns))
	n := 0
	for b.Loop() {
		for k := range fns {
			i := (n + k) % len(fns)
			t0 := time.Now()
			if err := fns[i](); err != nil {
				b.Fatal(err)
			}
			times[i] = append(times[i], time.Since(t0))
		}
		n++
	}
	med := make([]float64, len(fns))
	for i, ds := range times {
		slices.Sort(ds)
		med[i] = float64(ds[len(ds)/2].Nanoseconds())
	}
	b.ReportMetric(med[0], "raw-ns/call")
	b.ReportMetric(med[1], "readall-ns/call")
	b.ReportMetric(med[2], "client-ns/call")
	b.ReportMetric(med[2]/med[0], "x-raw")
	b.ReportMetric(med[2]/med[1], "x-readall")
}

// rawBaseline is a loop a user would write with net/http, by name.
type rawBaseline[T any] struct {
	name string
	get  func(context.Context, *http.Client, string) (*T, error)
}

// rawBaselines are the two loops the client is compared with: "raw" (the
// baseline of the targets) and "raw-readall".
func rawBaselines[T any]() []rawBaseline[T] {
	return []rawBaseline[T]{{"raw", rawGet[T]}, {"raw-readall", rawReadAll[T]}}
}

// BenchmarkGetJob compares one GetJob through the client with the same GET
// and encoding/json decode written with net/http (rawGet, the baseline of
// the targets; rawReadAll, a stronger one), over the same transport in the
// same run: first an in-memory transport answering a fixed 1.1 KB job,
// which isolates the client side; then a loopback test server answering
// the same bytes, for the figure a user sees.
// The time ratio of the target comes from "paired", which alternates raw
// and client calls. Target, in memory: client <= 1.15x raw time and
// <= 1.25x raw allocs/op.
func BenchmarkGetJob(b *testing.B) {
	ctx := context.Background()
	for _, s := range perCallSettings(b, []byte(v2JobJSON)) {
		for _, raw := range rawBaselines[gen.ClassifyV2JobResponse]() {
			b.Run(s.name+"/"+raw.name, func(b *testing.B) {
				hc := s.hc(b)
				url := s.base + "/api/v2/classify/" + v2JobID
				b.ReportAllocs()
				for b.Loop() {
					job, err := raw.get(ctx, hc, url)
					if err != nil || job.Id != v2JobID {
						b.Fatalf("%v %v", job, err)
					}
				}
			})
		}
		b.Run(s.name+"/client", func(b *testing.B) {
			c, err := client.New(client.WithBaseURL(s.base), client.WithAPIKey(apiKey), client.WithHTTPClient(s.hc(b)))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				job, err := c.GetJob(ctx, v2JobID)
				if err != nil || job.Id != v2JobID {
					b.Fatalf("%v %v", job, err)
				}
			}
		})
		b.Run(s.name+"/paired", func(b *testing.B) {
			hc := s.hc(b)
			url := s.base + "/api/v2/classify/" + v2JobID
			c, err := client.New(client.WithBaseURL(s.base), client.WithAPIKey(apiKey), client.WithHTTPClient(s.hc(b)))
			if err != nil {
				b.Fatal(err)
			}
			paired(b, func() error {
				_, err := rawGet[gen.ClassifyV2JobResponse](ctx, hc, url)
				return err
			}, func() error {
				_, err := rawReadAll[gen.ClassifyV2JobResponse](ctx, hc, url)
				return err
			}, func() error {
				_, err := c.GetJob(ctx, v2JobID)
				return err
			})
		})
	}
}

// BenchmarkListJobs compares one ListJobs of a page of 100 completed jobs
// (66 KB of JSON) through the client with rawGet and rawReadAll, as
// BenchmarkGetJob does.
// The loopback server sends the page without a Content-Length (chunked),
// as a large answer is sent. Target, in memory: client <= 1.1x raw B/op.
func BenchmarkListJobs(b *testing.B) {
	body, err := json.Marshal((&pageServer{pages: 1}).page(0))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	size := int32(iteratePerPage)
	for _, s := range perCallSettings(b, body) {
		for _, raw := range rawBaselines[gen.ClassifyV2JobQueryResponse]() {
			b.Run(s.name+"/"+raw.name, func(b *testing.B) {
				hc := s.hc(b)
				url := s.base + "/api/v2/classify?page_size=" + strconv.Itoa(iteratePerPage)
				b.ReportAllocs()
				for b.Loop() {
					page, err := raw.get(ctx, hc, url)
					if err != nil || len(page.Items) != iteratePerPage {
						b.Fatalf("%v", err)
					}
				}
			})
		}
		b.Run(s.name+"/client", func(b *testing.B) {
			c, err := client.New(client.WithBaseURL(s.base), client.WithAPIKey(apiKey), client.WithHTTPClient(s.hc(b)))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				page, err := c.ListJobs(ctx, &gen.ListClassifyJobsParams{PageSize: &size})
				if err != nil || len(page.Items) != iteratePerPage {
					b.Fatalf("%v", err)
				}
			}
		})
		b.Run(s.name+"/paired", func(b *testing.B) {
			hc := s.hc(b)
			url := s.base + "/api/v2/classify?page_size=" + strconv.Itoa(iteratePerPage)
			c, err := client.New(client.WithBaseURL(s.base), client.WithAPIKey(apiKey), client.WithHTTPClient(s.hc(b)))
			if err != nil {
				b.Fatal(err)
			}
			paired(b, func() error {
				_, err := rawGet[gen.ClassifyV2JobQueryResponse](ctx, hc, url)
				return err
			}, func() error {
				_, err := rawReadAll[gen.ClassifyV2JobQueryResponse](ctx, hc, url)
				return err
			}, func() error {
				_, err := c.ListJobs(ctx, &gen.ListClassifyJobsParams{PageSize: &size})
				return err
			})
		})
	}
}
