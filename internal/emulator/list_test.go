package emulator

import (
	"fmt"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func (e *env) listV2(p gen.ListClassifyJobsParams) *gen.ClassifyV2JobQueryResponse {
	e.t.Helper()
	resp, err := e.c.ListClassifyJobsWithResponse(ctx(e.t), &p)
	if err != nil {
		e.t.Fatal(err)
	}
	if resp.JSON200 == nil {
		e.t.Fatalf("list: %d %s", resp.StatusCode(), resp.Body)
	}
	return resp.JSON200
}

func ids(jobs []gen.ClassifyV2JobResponse) []string {
	out := make([]string, len(jobs))
	for i, j := range jobs {
		out[i] = j.Id
	}
	return out
}

// TestListPagesMissNothingAndRepeatNothing follows next_page_token across
// pages while jobs are created and change status in between.
func TestListPagesMissNothingAndRepeatNothing(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(time.Second))
	f := e.upload("a.txt", "invoice")
	var created []string
	for range 10 {
		created = append(created, e.createV2(v2Body(f.Id), nil).Id)
	}
	slices.Reverse(created) // newest first

	var got []string
	p := gen.ListClassifyJobsParams{PageSize: intPtr(3)}
	for page := 0; page < 20; page++ {
		resp := e.listV2(p)
		if page == 0 && deref(resp.TotalSize) != 10 {
			t.Fatalf("total_size %v, want 10", resp.TotalSize)
		}
		got = append(got, ids(resp.Items)...)
		if resp.NextPageToken == nil {
			break
		}
		// The world moves on between pages: a new job, and every job ends.
		e.createV2(v2Body(f.Id), nil)
		e.clock.Advance(time.Second)
		p.PageToken = resp.NextPageToken
	}
	if !slices.Equal(got, created) {
		t.Fatalf("listed\n %v\nwant\n %v", got, created)
	}
}

func TestListRefusesABadPageToken(t *testing.T) {
	e := newEnv(t)
	e.createV2(v2Body("dfl-1"), nil)
	e.createV2(v2Body("dfl-1"), nil)
	first := e.listV2(gen.ListClassifyJobsParams{PageSize: intPtr(1)})
	if first.NextPageToken == nil {
		t.Fatal("no next page token")
	}
	filesResp, err := e.c.ListFilesWithResponse(ctx(t), &gen.ListFilesParams{PageToken: first.NextPageToken})
	if err != nil {
		t.Fatal(err)
	}
	v1Resp, err := e.c.ListClassifierJobsWithResponse(ctx(t), &gen.ListClassifierJobsParams{PageToken: strPtr(encodeToken("v1", 999))})
	if err != nil {
		t.Fatal(err)
	}
	garbage, err := e.c.ListClassifyJobsWithResponse(ctx(t), &gen.ListClassifyJobsParams{PageToken: strPtr("not a token!")})
	if err != nil {
		t.Fatal(err)
	}
	zero, err := e.c.ListClassifyJobsWithResponse(ctx(t), &gen.ListClassifyJobsParams{PageToken: strPtr(encodeToken("v2", 0))})
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]answer{
		"garbage":                  {garbage.StatusCode(), garbage.Body},
		"another list's token":     {filesResp.StatusCode(), filesResp.Body},
		"a token naming no item":   {v1Resp.StatusCode(), v1Resp.Body},
		"a token of zero sequence": {zero.StatusCode(), zero.Body},
	} {
		t.Run(name, func(t *testing.T) {
			if ds := details422(t, c.status, c.body); !hasDetail(ds, "query.page_token", "value_error") {
				t.Fatalf("details %+v", ds)
			}
		})
	}
}

type answer struct {
	status int
	body   []byte
}

func TestListClassifyJobsFilters(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(time.Second))
	f := e.upload("a.txt", "invoice")
	start := e.clock.Now()
	var jobs []gen.ClassifyV2JobResponse
	for i := range 4 {
		body := v2Body(f.Id)
		if i%2 == 1 {
			body.ConfigurationId = strPtr("cfg-odd")
		}
		jobs = append(jobs, e.createV2(body, nil))
		e.clock.Advance(250 * time.Millisecond)
	}
	// Now: job 0 is 1s old (ended), 1 is 750ms (RUNNING), 2 is 500ms
	// (RUNNING), 3 is 250ms (PENDING). Cancel job 2.
	if _, err := e.c.CancelClassifyJobWithResponse(ctx(t), jobs[2].Id, nil); err != nil {
		t.Fatal(err)
	}
	st := func(s gen.ClassifyV2JobStatus) *gen.ClassifyV2JobStatus { return &s }
	at := func(d time.Duration) *time.Time { t := start.Add(d); return &t }

	cases := []struct {
		name string
		p    gen.ListClassifyJobsParams
		want []int
	}{
		{"all", gen.ListClassifyJobsParams{}, []int{3, 2, 1, 0}},
		{"completed", gen.ListClassifyJobsParams{Status: st(gen.ClassifyV2JobStatusCOMPLETED)}, []int{0}},
		{"running", gen.ListClassifyJobsParams{Status: st(gen.ClassifyV2JobStatusRUNNING)}, []int{1}},
		{"pending", gen.ListClassifyJobsParams{Status: st(gen.ClassifyV2JobStatusPENDING)}, []int{3}},
		{"cancelled", gen.ListClassifyJobsParams{Status: st(gen.ClassifyV2JobStatusCANCELLED)}, []int{2}},
		{"job_ids", gen.ListClassifyJobsParams{JobIds: &[]string{jobs[0].Id, jobs[3].Id, "cls-unknown"}}, []int{3, 0}},
		{"configuration_id", gen.ListClassifyJobsParams{ConfigurationId: strPtr("cfg-odd")}, []int{3, 1}},
		{"created on or after (inclusive)", gen.ListClassifyJobsParams{CreatedAtOnOrAfter: at(500 * time.Millisecond)}, []int{3, 2}},
		{"created on or before (inclusive)", gen.ListClassifyJobsParams{CreatedAtOnOrBefore: at(250 * time.Millisecond)}, []int{1, 0}},
		{"range and status", gen.ListClassifyJobsParams{CreatedAtOnOrAfter: at(1), CreatedAtOnOrBefore: at(time.Second), Status: st(gen.ClassifyV2JobStatusRUNNING)}, []int{1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := e.listV2(c.p)
			var want []string
			for _, i := range c.want {
				want = append(want, jobs[i].Id)
			}
			if got := ids(resp.Items); !slices.Equal(got, want) {
				t.Fatalf("got %v, want %v", got, want)
			}
			if deref(resp.TotalSize) != int64(len(want)) {
				t.Fatalf("total_size %v, want %d", resp.TotalSize, len(want))
			}
		})
	}

	// The service states no limit on job_ids, so neither does the emulator:
	// 150 ids, one of them a job, list that job.
	many := make([]string, 150)
	for i := range many {
		many[i] = fmt.Sprint("cls-", i)
	}
	many[149] = jobs[0].Id
	resp, err := e.c.ListClassifyJobsWithResponse(ctx(t), &gen.ListClassifyJobsParams{JobIds: &many})
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != http.StatusOK || len(resp.JSON200.Items) != 1 || resp.JSON200.Items[0].Id != jobs[0].Id {
		t.Fatalf("150 job ids: %d %s", resp.StatusCode(), resp.Body)
	}
}
