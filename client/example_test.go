package client_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
)

// exampleService stands in for the classify API in the examples: uploads
// are stored, and every job is RUNNING when first looked at, then
// COMPLETED as an invoice.
func exampleService() *httptest.Server {
	var mu sync.Mutex
	polls := map[string]int{}
	job := func(id string) map[string]any {
		mu.Lock()
		defer mu.Unlock()
		polls[id]++
		j := map[string]any{
			"id": id, "file_input": "dfl-1", "project_id": "p", "user_id": "u",
			"document_input_type": "file_id", "status": "RUNNING",
			"configuration": map[string]any{"rules": []any{}},
		}
		if polls[id] > 1 {
			j["status"] = "COMPLETED"
			j["result"] = map[string]any{"type": "invoice", "confidence": 0.92, "reasoning": "mentions an invoice number and a total"}
		}
		return j
	}
	reply := func(w http.ResponseWriter, status int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(v)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v1/beta/files", func(w http.ResponseWriter, r *http.Request) {
		reply(w, 201, map[string]any{"id": "dfl-1", "name": "invoice.txt", "project_id": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"})
	})
	mux.HandleFunc("POST /api/v2/classify", func(w http.ResponseWriter, r *http.Request) {
		reply(w, 200, job("cls-1"))
	})
	mux.HandleFunc("GET /api/v2/classify/{id}", func(w http.ResponseWriter, r *http.Request) {
		reply(w, 200, job(r.PathValue("id")))
	})
	mux.HandleFunc("GET /api/v2/classify", func(w http.ResponseWriter, r *http.Request) {
		// Three jobs, two a page.
		page, _ := strconv.Atoi(r.URL.Query().Get("page_token"))
		body := map[string]any{"items": []any{job(fmt.Sprintf("cls-%d", 2*page+1))}}
		if page == 0 {
			body["items"] = append(body["items"].([]any), job("cls-2"))
			body["next_page_token"] = "1"
		}
		reply(w, 200, body)
	})
	return httptest.NewServer(mux)
}

var rules = []gen.ClassifierRule{
	{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
	{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
}

func ExampleNew() {
	srv := exampleService()
	defer srv.Close()

	// With no options, New reads LLAMA_CLOUD_API_KEY and talks to the US
	// service; here it talks to a local stand-in.
	c, err := client.New(client.WithAPIKey("llx-example"), client.WithBaseURL(srv.URL))
	if err != nil {
		log.Fatal(err)
	}
	job, err := c.GetJob(context.Background(), "cls-1")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(job.Id, job.Status)
	// Output: cls-1 RUNNING
}

func ExampleClient_ClassifyFile() {
	srv := exampleService()
	defer srv.Close()
	c, err := client.New(client.WithAPIKey("llx-example"), client.WithBaseURL(srv.URL))
	if err != nil {
		log.Fatal(err)
	}

	doc := client.FromBytes("invoice.txt", []byte("Invoice INV-42 ... Total due: 120.00 EUR"))
	res, err := c.ClassifyFile(context.Background(), doc, rules)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s (%.2f): %s\n", res.Type(), res.Result.Confidence, res.Result.Reasoning)
	// Output: invoice (0.92): mentions an invoice number and a total
}

func ExampleClient_WaitJob() {
	srv := exampleService()
	defer srv.Close()
	c, err := client.New(client.WithAPIKey("llx-example"), client.WithBaseURL(srv.URL))
	if err != nil {
		log.Fatal(err)
	}

	job, err := c.WaitJob(context.Background(), "cls-7",
		client.WithMinDelay(10*time.Millisecond),
		client.OnStatus(func(id, status string) { fmt.Println(id, status) }))
	if err != nil {
		log.Fatal(err) // a *client.JobFailedError when the job failed
	}
	fmt.Println(*job.Result.Type)
	// Output:
	// cls-7 RUNNING
	// cls-7 COMPLETED
	// invoice
}

func ExampleClient_Jobs() {
	srv := exampleService()
	defer srv.Close()
	c, err := client.New(client.WithAPIKey("llx-example"), client.WithBaseURL(srv.URL))
	if err != nil {
		log.Fatal(err)
	}

	// Pages are fetched as the loop needs them.
	for job, err := range c.Jobs(context.Background(), nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(job.Id)
	}
	// Output:
	// cls-1
	// cls-2
	// cls-3
}

func ExampleVerifyWebhookSignature() {
	body := []byte(`{"event":"classify.success"}`)
	header := client.WebhookSignature("whsec-example", body) // what the service sends as LC-Signature
	fmt.Println(client.VerifyWebhookSignature("whsec-example", body, header))
	fmt.Println(client.VerifyWebhookSignature("whsec-example", []byte(`{}`), header))
	// Output:
	// <nil>
	// llamaclassify: webhook signature does not match the body
}
