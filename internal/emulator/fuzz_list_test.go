package emulator

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// listPaths are the lists FuzzListPaging pages through.
var listPaths = []string{"/api/v1/beta/files", "/api/v1/classifier/jobs", "/api/v2/classify"}

// FuzzListPaging sends every list arbitrary paging parameters: extreme
// page sizes, garbage tokens, tokens of other lists, of items that do not
// exist, and of items that do. Each answer must be 200 (then its next
// token must work too) or 422; never a panic or a 5xx.
//
//	go test -run '^$' -fuzz '^FuzzListPaging$' -fuzztime 60s ./internal/emulator/
func FuzzListPaging(f *testing.F) {
	frozen := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	s := New(append(storeOptions(f), WithClock(func() time.Time { return frozen }), WithProcessingDelay(time.Hour))...)
	f.Cleanup(func() { s.Close() })
	for i := range 7 {
		s.PutFile(gen.FileV2{Name: "f.txt"}, []byte{byte(i)})
		s.PutClassifierJob(gen.ClassifyJob{Id: uuid.New()}, nil)
		s.PutClassifyJob(gen.ClassifyV2JobResponse{})
	}
	h := s.Handler()

	for list := range listPaths {
		for _, size := range []string{"", "0", "1", "3", "-1", "100", "1000", "2147483647", "2147483648", "-2147483648", "9223372036854775807", "-9223372036854775808", "1e3", "x", " 1"} {
			f.Add(uint8(list), size, "", "")
		}
		for _, token := range []string{
			encodeToken("files", 1), encodeToken("v1", 2), encodeToken("v2", 3),
			encodeToken("v2", 9223372036854775807), encodeToken("files", -1), encodeToken("v1", 0),
			"djI6OTIyMzM3MjAzNjg1NDc3NTgwNw", "not a token", "=", "YWJj", "djI6", "djI6LTE",
		} {
			f.Add(uint8(list), "2", token, "")
			f.Add(uint8(list), "9223372036854775807", token, "")
		}
	}
	f.Add(uint8(0), "2", "", "order_by=name desc,file_size")
	f.Add(uint8(2), "2", "", "status=COMPLETED&job_ids=cls-1")

	f.Fuzz(func(t *testing.T, list uint8, size, token, extra string) {
		path := listPaths[int(list)%len(listPaths)]
		q, err := url.ParseQuery(extra)
		if err != nil {
			q = url.Values{}
		}
		if size != "" {
			q.Set("page_size", size)
		}
		if token != "" {
			q.Set("page_token", token)
		}
		for page := 0; page < 3; page++ {
			req := httptest.NewRequest(http.MethodGet, path+"?"+q.Encode(), nil)
			req.Header.Set("Authorization", "Bearer k")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			switch rec.Code {
			case http.StatusUnprocessableEntity:
				return
			case http.StatusOK:
			default:
				t.Fatalf("GET %s?%s: %d %s", path, q.Encode(), rec.Code, rec.Body)
			}
			var body struct {
				Items         []json.RawMessage `json:"items"`
				NextPageToken *string           `json:"next_page_token"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("GET %s?%s: %v: %s", path, q.Encode(), err, rec.Body)
			}
			if body.NextPageToken == nil {
				return
			}
			if len(body.Items) == 0 {
				t.Fatalf("GET %s?%s: an empty page with a next token", path, q.Encode())
			}
			q.Set("page_token", *body.NextPageToken)
		}
	})
}
