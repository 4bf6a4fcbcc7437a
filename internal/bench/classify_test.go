package bench

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

const (
	classifyDocs        = 200
	classifyDelay       = 100 * time.Millisecond
	classifyConcurrency = 16
)

var classifyRules = []gen.ClassifierRule{
	{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
	{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
	{Type: "contract", Description: "legal contract with terms, conditions, and signatures"},
}

// classifyDocuments returns n small text documents, a third of each type.
func classifyDocuments(n int) []client.Document {
	bodies := []string{
		"INVOICE\nInvoice number: INV-%04d\nBill to: Example Ltd\nLine items:\n  3 x consulting day   1,500.00\n  1 x travel             220.00\nSubtotal 1,720.00\nTax 344.00\nTotal amount due: 2,064.00\nPayment terms: 30 days\n",
		"RECEIPT #%04d\nCorner Store, 12 High Street\nTransaction 2026-11-23 10:42\n  coffee   3.20\n  bagel    2.80\nTotal 6.00 paid by card ****1234\nMerchant id 889201. Thank you for your purchase!\n",
		"SERVICES AGREEMENT %04d\nThis contract is made between the Client and the Provider.\n1. Terms: the Provider delivers the services described in Annex A.\n2. Conditions: payment within 30 days; either party may terminate with notice.\nSigned by both parties: ____________  ____________\n",
	}
	docs := make([]client.Document, n)
	for i := range docs {
		docs[i] = client.FromBytes(fmt.Sprintf("doc-%03d.txt", i), fmt.Appendf(nil, bodies[i%len(bodies)], i))
	}
	return docs
}

// BenchmarkClassifyFiles classifies 200 documents against the emulator with
// a 100 ms processing delay at concurrency 16, and compares the wall time
// of ClassifyFiles with what it cannot beat, measured in the same
// iteration:
//
//	floor      = when the last create was answered
//	           + the processing delay (that job cannot end sooner)
//	floor-poll = floor + one poll interval (the waiter's MinDelay in use)
//
// The time of the last create comes from ClassifyFiles' own progress
// events (the last DocumentSubmitted). No client returns before the floor;
// a waiter that polls every MinDelay sees the last job ended within one
// poll interval of its end, so floor-poll is where a poller is expected to
// be done by, and the target is wall <= floor-poll. x-floor and
// x-floor-poll are the wall time over each, summed over the iterations;
// past-end-ms is the mean of wall - floor.
//
// It runs with the default wait schedule (MinDelay DefaultWaitMinDelay)
// and with WithMinDelay(50ms), WithMaxDelay(500ms).
func BenchmarkClassifyFiles(b *testing.B) {
	docs := classifyDocuments(classifyDocs)
	for _, sched := range []struct {
		name string
		poll time.Duration
		wait []client.WaitOption
	}{
		{"default-wait", client.DefaultWaitMinDelay, nil},
		{"wait-50ms", 50 * time.Millisecond, []client.WaitOption{client.WithMinDelay(50 * time.Millisecond), client.WithMaxDelay(500 * time.Millisecond)}},
	} {
		b.Run(sched.name, func(b *testing.B) { benchClassifyFiles(b, docs, sched.poll, sched.wait) })
	}
}

func benchClassifyFiles(b *testing.B, docs []client.Document, poll time.Duration, wait []client.WaitOption) {
	ctx := context.Background()
	var wall, lastCreate time.Duration
	n := 0
	for b.Loop() {
		em := emulator.New(emulator.WithProcessingDelay(classifyDelay))
		ts := httptest.NewServer(em.Handler())
		tr := &http.Transport{MaxIdleConnsPerHost: classifyConcurrency}
		c, err := client.New(client.WithBaseURL(ts.URL), client.WithAPIKey(apiKey), client.WithHTTPClient(&http.Client{Transport: tr}))
		if err != nil {
			b.Fatal(err)
		}

		var created time.Duration // since start, of the last create answered
		submitted := 0
		start := time.Now()
		onEvent := func(e client.ProgressEvent) {
			// Events are serialised; each document is submitted once.
			if e.State == client.DocumentSubmitted {
				created = time.Since(start)
				submitted++
			}
		}
		results, err := c.ClassifyFiles(ctx, docs, classifyRules,
			client.WithConcurrency(classifyConcurrency), client.WithWait(wait...), client.WithProgressEvents(onEvent))
		took := time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		for i, r := range results {
			if r.Err != nil || r.Status != gen.ClassifyV2JobStatusCOMPLETED {
				b.Fatalf("document %d: %s %v", i, r.Status, r.Err)
			}
			if want := classifyRules[i%len(classifyRules)].Type; r.Type() != want {
				b.Fatalf("document %d classified %q, want %q", i, r.Type(), want)
			}
		}
		if submitted != len(docs) {
			b.Fatalf("%d documents reported submitted, want %d", submitted, len(docs))
		}
		if st := em.Stats(); st.ClassifyJobs != len(docs) || st.Files != len(docs) {
			b.Fatalf("emulator holds %d jobs and %d files", st.ClassifyJobs, st.Files)
		}
		wall += took
		lastCreate += created
		ts.Close()
		tr.CloseIdleConnections()
		em.Close()
		n++
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(n) }
	floor := lastCreate + time.Duration(n)*classifyDelay
	floorPoll := floor + time.Duration(n)*poll
	b.ReportMetric(ms(wall), "wall-ms")
	b.ReportMetric(ms(lastCreate), "last-create-ms")
	b.ReportMetric(float64(poll.Microseconds())/1000, "poll-ms")
	b.ReportMetric(ms(floor), "floor-ms")
	b.ReportMetric(float64(wall)/float64(floor), "x-floor")
	b.ReportMetric(float64(wall)/float64(floorPoll), "x-floor-poll")
	b.ReportMetric(ms(wall-floor), "past-end-ms")
}
