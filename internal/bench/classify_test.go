package bench

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

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
// with the ideal of the issue: documents / concurrency x delay (1.25 s)
// plus the time to upload the 200 documents at the same concurrency,
// measured in the same iteration against the same emulator. Target: wall
// <= 1.5x ideal.
//
// That ideal supposes the service runs at most 16 jobs at a time. The
// emulator runs them all at once, as the hosted service does, so the real
// floor is lower: the time to submit every document (upload and create,
// until the last document is submitted) plus one processing delay. The
// benchmark reports both ratios, with the default wait schedule (first
// poll 400 ms after waiting begins, then at least 400 ms apart) and with
// a 50 ms..500 ms schedule.
func BenchmarkClassifyFiles(b *testing.B) {
	docs := classifyDocuments(classifyDocs)
	for _, sched := range []struct {
		name string
		wait []client.WaitOption
	}{
		{"default-wait", nil},
		{"wait-50ms", []client.WaitOption{client.WithMinDelay(50 * time.Millisecond), client.WithMaxDelay(500 * time.Millisecond)}},
	} {
		b.Run(sched.name, func(b *testing.B) { benchClassifyFiles(b, docs, sched.wait) })
	}
}

func benchClassifyFiles(b *testing.B, docs []client.Document, wait []client.WaitOption) {
	ctx := context.Background()
	var wall, upload, submit time.Duration
	n := 0
	for b.Loop() {
		em := emulator.New(emulator.WithProcessingDelay(classifyDelay))
		ts := httptest.NewServer(em.Handler())
		tr := &http.Transport{MaxIdleConnsPerHost: classifyConcurrency}
		c, err := client.New(client.WithBaseURL(ts.URL), client.WithAPIKey(apiKey), client.WithHTTPClient(&http.Client{Transport: tr}))
		if err != nil {
			b.Fatal(err)
		}

		start := time.Now()
		var g errgroup.Group
		g.SetLimit(classifyConcurrency)
		for _, d := range docs {
			g.Go(func() error {
				_, err := c.UploadFile(ctx, client.Upload{Name: d.Name, Open: d.Open})
				return err
			})
		}
		if err := g.Wait(); err != nil {
			b.Fatal(err)
		}
		upload += time.Since(start)

		start = time.Now()
		submitted := func(e client.ProgressEvent) {
			if e.State == client.DocumentSubmitted && e.Submitted == e.Total {
				submit += time.Since(start)
			}
		}
		results, err := c.ClassifyFiles(ctx, docs, classifyRules,
			client.WithConcurrency(classifyConcurrency), client.WithWait(wait...), client.WithProgressEvents(submitted))
		wall += time.Since(start)
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
		if st := em.Stats(); st.ClassifyJobs != len(docs) || st.Files != 2*len(docs) {
			b.Fatalf("emulator holds %d jobs and %d files", st.ClassifyJobs, st.Files)
		}
		ts.Close()
		tr.CloseIdleConnections()
		em.Close()
		n++
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(n) }
	perDelay := float64((classifyDelay * time.Duration(len(docs)) / classifyConcurrency).Microseconds()) / 1000
	ideal := perDelay + ms(upload)
	floor := ms(submit) + float64(classifyDelay.Microseconds())/1000
	b.ReportMetric(ms(wall), "wall-ms")
	b.ReportMetric(ms(upload), "upload-ms")
	b.ReportMetric(ideal, "ideal-ms")
	b.ReportMetric(ms(wall)/ideal, "x-ideal")
	b.ReportMetric(ms(submit), "submit-ms")
	b.ReportMetric(ms(wall)/floor, "x-floor")
}
