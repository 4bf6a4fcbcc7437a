package client_test

import (
	"context"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/client/clienttest"
)

var rules = []client.Rule{
	{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
	{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
}

const invoiceText = "INVOICE\nInvoice number: INV-42\nLine items: 3 x consulting day\nTotal amount due: 1,800.00 EUR\n"

// The examples run against the local emulator of the service (package
// clienttest); with no options, New talks to the hosted service instead.

// The example of the README: classify a file on disk. Only the line that
// starts the emulator, and the base URL given to New, are not in the
// README: client.New() alone reads LLAMA_CLOUD_API_KEY and talks to the
// hosted service.
func Example() {
	emu, err := clienttest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer emu.Close()
	ctx := context.Background()

	c, err := client.New(client.WithBaseURL(emu.URL)) // a plain http:// server needs no key
	if err != nil {
		log.Fatal(err) // names LLAMA_CLOUD_API_KEY when no key is set
	}
	rules := []client.Rule{
		{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
		{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
	}
	res, err := c.ClassifyFile(ctx, client.FromPath("../testdata/docs/invoice.pdf"), rules)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Document.Name, res.Type(), res.Result.Confidence > 0.5)
	// Output: invoice.pdf invoice true
}

func ExampleNew() {
	srv, err := clienttest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()

	// With no options, New reads LLAMA_CLOUD_API_KEY (and
	// LLAMA_CLOUD_BASE_URL) and talks to the US service.
	c, err := client.New(client.WithAPIKey("llx-example"), client.WithBaseURL(srv.URL))
	if err != nil {
		log.Fatal(err)
	}
	f, err := c.UploadFile(context.Background(), client.Upload{Name: "invoice.txt", Open: client.FromBytes("invoice.txt", []byte(invoiceText)).Open})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(f.Name, strings.HasPrefix(f.Id, "dfl-"))
	// Output: invoice.txt true
}

func ExampleClient_ClassifyFile() {
	srv, err := clienttest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	c := srv.Client

	// Upload, create a v2 job, wait for it, return its result.
	res, err := c.ClassifyFile(context.Background(), client.FromBytes("invoice.txt", []byte(invoiceText)), rules)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s (%.2f): %s\n", res.Type(), res.Result.Confidence, res.Result.Reasoning)
	// Output: invoice (0.99): Classified as invoice: it is named 'INVOICE' in the title; mentions 'invoice number', 'total amount' and 'line items'; has sums of money and reference codes. Runner-up receipt (probability 0.00 against 0.99): nothing names it receipt.
}

func ExampleClient_WaitJob() {
	srv, err := clienttest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	c := srv.Client
	ctx := context.Background()
	f, err := c.UploadFile(ctx, client.Upload{Name: "invoice.txt", Open: client.FromBytes("invoice.txt", []byte(invoiceText)).Open})
	if err != nil {
		log.Fatal(err)
	}
	job, err := c.CreateJob(ctx, client.CreateJobRequest{FileInput: &f.Id, Configuration: &client.Configuration{Rules: rules}})
	if err != nil {
		log.Fatal(err)
	}

	job, err = c.WaitJob(ctx, job.Id,
		client.WithMinDelay(10*time.Millisecond),
		client.OnStatus(func(_, status string) { fmt.Println(status) }))
	if err != nil {
		log.Fatal(err) // a *client.JobFailedError when the job failed
	}
	fmt.Println(*job.Result.Type)
	// Output:
	// COMPLETED
	// invoice
}

// A v1 classifier job takes many files at once, each by the uuid of its
// file id.
func ExampleClient_CreateClassifierJob() {
	srv, err := clienttest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	c := srv.Client
	ctx := context.Background()
	var ids []client.UUID
	for _, text := range []string{invoiceText, "Purchase receipt. Merchant: Corner Cafe. Transaction 5531, card ending 4242."} {
		f, err := c.UploadFile(ctx, client.Upload{Name: "doc.txt", Open: client.FromBytes("doc.txt", []byte(text)).Open})
		if err != nil {
			log.Fatal(err)
		}
		id, err := client.ClassifierFileID(f.Id)
		if err != nil {
			log.Fatal(err)
		}
		ids = append(ids, id)
	}
	job, err := c.CreateClassifierJob(ctx, client.ClassifierJobRequest{FileIds: ids, Rules: rules})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := c.WaitClassifierJob(ctx, job.Id.String(), client.WithMinDelay(10*time.Millisecond)); err != nil {
		log.Fatal(err)
	}
	res, err := c.GetClassifierJobResults(ctx, job.Id.String())
	if err != nil {
		log.Fatal(err)
	}
	for _, item := range res.Items {
		for i, id := range ids {
			if item.FileId != nil && *item.FileId == id {
				fmt.Println(i, *item.Result.Type)
			}
		}
	}
	// Unordered output:
	// 0 invoice
	// 1 receipt
}

func ExampleClient_Jobs() {
	srv, err := clienttest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	c := srv.Client
	ctx := context.Background()
	for _, text := range []string{invoiceText, "Purchase receipt. Merchant: Corner Cafe. Transaction 5531, card ending 4242.", "A poem about the sea."} {
		if _, err := c.ClassifyFile(ctx, client.FromBytes("doc.txt", []byte(text)), rules); err != nil {
			log.Fatal(err)
		}
	}

	// Pages are fetched as the loop needs them, newest job first.
	for job, err := range c.Jobs(ctx, &client.ListJobsParams{Status: client.Ptr(client.StatusCompleted), PageSize: client.Ptr[int32](2)}) {
		if err != nil {
			log.Fatal(err)
		}
		typ := "(no match)"
		if job.Result.Type != nil {
			typ = *job.Result.Type
		}
		fmt.Println(job.Status, typ)
	}
	// Output:
	// COMPLETED (no match)
	// COMPLETED receipt
	// COMPLETED invoice
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

func ExampleWithProgressEvents() {
	srv, err := clienttest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	docs := []client.Document{
		client.FromBytes("invoice.txt", []byte(invoiceText)),
		client.FromBytes("empty.txt", nil), // refused: nothing is sent for it
	}
	_, err = srv.Client.ClassifyFiles(context.Background(), docs, rules, client.WithConcurrency(1),
		client.WithProgressEvents(func(e client.ProgressEvent) {
			fmt.Printf("%s %s: %d/%d done\n", docs[e.Index].Name, e.State, e.Done(), e.Total)
		}))
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// invoice.txt uploaded: 0/2 done
	// invoice.txt submitted: 0/2 done
	// empty.txt failed: 1/2 done
	// invoice.txt completed: 2/2 done
}
