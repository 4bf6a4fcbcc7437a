package client

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func TestJobsFollowsPageTokens(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	for range 5 {
		createTestJob(t, c)
	}
	before := f.total()
	var ids []string
	for job, err := range c.Jobs(testContext(t), &gen.ListClassifyJobsParams{PageSize: ptr[int32](2)}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, job.Id)
	}
	if strings.Join(ids, ",") != "cls-1,cls-2,cls-3,cls-4,cls-5" {
		t.Errorf("iterated %v", ids)
	}
	reqs := f.requests[before:]
	if len(reqs) != 3 || !strings.Contains(reqs[1], "page_token=2") || !strings.Contains(reqs[2], "page_token=4") {
		t.Errorf("requests %v, want 3 pages following the tokens", reqs)
	}
}

func TestBreakingEarlySendsNoMoreRequests(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	for range 5 {
		createTestJob(t, c)
	}
	before := f.total()
	n := 0
	for range c.Jobs(testContext(t), &gen.ListClassifyJobsParams{PageSize: ptr[int32](2)}) {
		n++
		if n == 3 { // the first item of the second page
			break
		}
	}
	if got := f.total() - before; got != 2 {
		t.Errorf("%d requests, want 2 (the pages read)", got)
	}
}

// tokenServer answers every list of v2 jobs with one job and next.
func tokenServer(f *fakeService, next func(token string) *string) {
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		tok := r.URL.Query().Get("page_token")
		writeJSON(w, 200, gen.ClassifyV2JobQueryResponse{
			Items:         []gen.ClassifyV2JobResponse{{Id: "cls-" + tok}},
			NextPageToken: next(tok),
		})
		return true
	}
}

func TestTheSameTokenTwiceIsAnError(t *testing.T) {
	f := newFake(t)
	tokenServer(f, func(tok string) *string {
		if tok == "" {
			return ptr("a")
		}
		return ptr("b") // a -> b -> b -> ...
	})
	c, _ := testClient(t, f)
	var errs []error
	items := 0
	for _, err := range c.Jobs(testContext(t), nil) {
		if err != nil {
			errs = append(errs, err)
		} else {
			items++
		}
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `page token "b" twice`) {
		t.Fatalf("errors %v, want one naming the repeated token", errs)
	}
	if items != 3 || f.total() != 3 {
		t.Errorf("%d items from %d requests, want 3 and 3", items, f.total())
	}
}

// A server that answers empty pages, each with a new token, is taken to
// be looping after maxEmptyPages of them; an empty page between full ones
// is followed.
func TestEmptyPagesWithoutEndAreAnError(t *testing.T) {
	var requests int
	items, errs := 0, 0
	for _, err := range paginate(nil, func(token *string) ([]int, *string, error) {
		requests++
		next := fmt.Sprint(requests)
		if requests == 2 {
			return []int{1}, &next, nil // one item, then nothing but empty pages
		}
		return nil, &next, nil
	}) {
		if err != nil {
			errs++
			if !strings.Contains(err.Error(), "empty pages in a row") {
				t.Errorf("err = %v", err)
			}
			continue
		}
		items++
	}
	if errs != 1 || items != 1 || requests != 2+maxEmptyPages {
		t.Fatalf("%d items, %d errors after %d requests; want 1, 1 and %d", items, errs, requests, 2+maxEmptyPages)
	}
}

func TestEmptyOrNullTokenEndsTheIteration(t *testing.T) {
	for name, next := range map[string]*string{"null": nil, "empty": ptr("")} {
		f := newFake(t)
		tokenServer(f, func(string) *string { return next })
		c, _ := testClient(t, f)
		n := 0
		for range c.Jobs(testContext(t), nil) {
			n++
		}
		if n != 1 || f.total() != 1 {
			t.Errorf("%s token: %d items, %d requests", name, n, f.total())
		}
	}
}

func TestAnErrorIsYieldedOnceAndEndsTheIteration(t *testing.T) {
	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Query().Get("page_token") == "" {
			writeJSON(w, 200, gen.ClassifyJobList{Items: []gen.ClassifyJob{{}}, NextPageToken: ptr("p2")})
		} else {
			writeDetail(w, 403, "not your project")
		}
		return true
	}
	c, _ := testClient(t, f)
	var got []error
	for _, err := range c.ClassifierJobs(testContext(t), nil) {
		got = append(got, err)
	}
	if len(got) != 2 || got[0] != nil || !errors.Is(got[1], ErrForbidden) {
		t.Errorf("yields %v, want an item then ErrForbidden", got)
	}
}

func TestIterationStartsAtTheCallersToken(t *testing.T) {
	f := newFake(t)
	tokenServer(f, func(tok string) *string {
		if tok == "x" {
			return ptr("x") // pointing back at the start is a loop too
		}
		return nil
	})
	c, _ := testClient(t, f)
	var errs int
	for _, err := range c.Files(testContext(t), &gen.ListFilesParams{PageToken: ptr("x")}) {
		if err != nil {
			errs++
		}
	}
	if errs != 1 || !strings.Contains(f.requests[0], "page_token=x") {
		t.Errorf("%d errors; requests %v", errs, f.requests)
	}
}
