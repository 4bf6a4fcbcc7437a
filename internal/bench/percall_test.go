package bench

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
)

// v2JobJSON is a completed v2 job as the service returns it (the example of
// the contract, with a longer reasoning).
const v2JobJSON = `{"configuration":{"mode":"FAST","parsing_configuration":{"lang":"en","max_pages":10,"target_pages":"1,3,5-7"},"rules":[{"description":"contains invoice number, line items, and total amount","type":"invoice"},{"description":"purchase receipt with transaction info and merchant details","type":"receipt"},{"description":"legal contract with terms, conditions, and signatures","type":"contract"}]},"created_at":"2026-11-23T10:00:00.117Z","document_input_type":"file_id","file_input":"dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","id":"cls-6f1c1e0e-3f0a-4d5e-9b1c-2d3e4f5a6b7c","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","result":{"confidence":0.92,"reasoning":"mentions 'invoice number', 'line items' and 'total amount'; no merchant or signature terms","type":"invoice"},"status":"COMPLETED","transaction_id":"txn-7Q2XK4M9P3R8T6W1","updated_at":"2026-11-23T10:00:01.117Z","user_id":"user_2nYj8kLmQp"}`

const v2JobID = "cls-6f1c1e0e-3f0a-4d5e-9b1c-2d3e4f5a6b7c"

// fixedJobServer answers every request with v2JobJSON.
func fixedJobServer(b *testing.B) *httptest.Server {
	body := []byte(v2JobJSON)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	}))
	b.Cleanup(ts.Close)
	return ts
}

// BenchmarkGetJob compares one GetJob through the client with the same GET
// and encoding/json decode written with net/http, against the same server
// in the same run. Target: client <= 1.25x raw ns/op and <= 1.5x raw
// allocs/op.
func BenchmarkGetJob(b *testing.B) {
	ts := fixedJobServer(b)
	ctx := context.Background()

	b.Run("raw", func(b *testing.B) {
		hc := newHTTPClient(b)
		url := ts.URL + "/api/v2/classify/" + v2JobID
		b.ReportAllocs()
		for b.Loop() {
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
			if err != nil {
				b.Fatal(err)
			}
			req.Header.Set("Authorization", "Bearer "+apiKey)
			resp, err := hc.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			var job gen.ClassifyV2JobResponse
			err = json.NewDecoder(resp.Body).Decode(&job)
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusOK || job.Id != v2JobID {
				b.Fatalf("status %d, id %q, %v", resp.StatusCode, job.Id, err)
			}
		}
	})

	b.Run("client", func(b *testing.B) {
		c, err := client.New(client.WithBaseURL(ts.URL), client.WithAPIKey(apiKey), client.WithHTTPClient(newHTTPClient(b)))
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
}
