package client

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func TestOnceOnlyRequestsCannotBeReplayedByTheTransport(t *testing.T) {
	rt := &recordingTransport{}
	c, err := New(WithAPIKey(testKey), WithBaseURL("http://127.0.0.1:1"), WithHTTPClient(&http.Client{Transport: rt}),
		WithRetryPolicy(RetryPolicy{MaxAttempts: 1}))
	if err != nil {
		t.Fatal(err)
	}
	ctx := testContext(t)
	c.CreateClassifierJob(ctx, v1Create)
	c.UploadFile(ctx, FromBytes("a.txt", []byte("hello")).upload())
	c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{FileInput: ptr("dfl-1"), Configuration: &gen.ClassifyV2Configuration{Rules: testRules}})

	rt.mu.Lock()
	defer rt.mu.Unlock()
	replayable := map[string]bool{}
	for _, req := range rt.reqs {
		replayable[req.Method+" "+req.URL.Path] = req.GetBody != nil
	}
	want := map[string]bool{
		// No idempotency key: the transport must not send them twice.
		"POST /api/v1/classifier/jobs": false,
		"POST /api/v1/beta/files":      false,
		// Its transaction_id makes a resend harmless.
		"POST /api/v2/classify": true,
	}
	for route, w := range want {
		got, sent := replayable[route]
		if !sent {
			t.Errorf("%s was not sent", route)
		} else if got != w {
			t.Errorf("%s: GetBody set = %v, want %v", route, got, w)
		}
	}
}

// resettingH2 is a bare HTTP/2 server without TLS on loopback that
// answers the first request by resetting its stream with PROTOCOL_ERROR,
// as a server failing after it acted might, and the others with a v1 job.
// It returns its address and the count of requests received.
func resettingH2(t *testing.T) (string, *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var received atomic.Int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	var conns []net.Conn
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, conn := range conns {
			conn.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	job := []byte(`{"id":"01000000-0000-0000-0000-000000000000","project_id":"01000000-0000-0000-0000-000000000000","user_id":"u","rules":[{"type":"invoice","description":"contains invoice number"}],"status":"PENDING"}`)
	answer := func(fr *http2.Framer, stream uint32) {
		if received.Add(1) == 1 {
			fr.WriteRSTStream(stream, http2.ErrCodeProtocol)
			return
		}
		var hb bytes.Buffer
		enc := hpack.NewEncoder(&hb)
		enc.WriteField(hpack.HeaderField{Name: ":status", Value: "200"})
		enc.WriteField(hpack.HeaderField{Name: "content-type", Value: "application/json"})
		fr.WriteHeaders(http2.HeadersFrameParam{StreamID: stream, BlockFragment: hb.Bytes(), EndHeaders: true})
		fr.WriteData(stream, true, job)
	}
	serve := func(conn net.Conn) {
		defer wg.Done()
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(10 * time.Second))
		preface := make([]byte, len(http2.ClientPreface))
		if _, err := io.ReadFull(conn, preface); err != nil {
			return
		}
		fr := http2.NewFramer(conn, conn)
		fr.WriteSettings()
		for {
			f, err := fr.ReadFrame()
			if err != nil {
				return
			}
			switch f := f.(type) {
			case *http2.SettingsFrame:
				if !f.IsAck() {
					fr.WriteSettingsAck()
				}
			case *http2.HeadersFrame:
				if f.StreamEnded() {
					answer(fr, f.StreamID)
				}
			case *http2.DataFrame:
				if f.StreamEnded() {
					answer(fr, f.StreamID)
				}
			}
		}
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, conn)
			mu.Unlock()
			wg.Add(1)
			go serve(conn)
		}
	}()
	return ln.Addr().String(), &received
}

func TestHTTP2StreamResetDoesNotSendAV1CreateTwice(t *testing.T) {
	addr, received := resettingH2(t)
	var protocols http.Protocols
	protocols.SetUnencryptedHTTP2(true)
	tr := &http.Transport{Protocols: &protocols}
	t.Cleanup(tr.CloseIdleConnections)
	c, err := New(WithAPIKey(testKey), WithBaseURL("http://"+addr), WithHTTPClient(&http.Client{Transport: tr, Timeout: patience}))
	if err != nil {
		t.Fatal(err)
	}
	job, err := c.CreateClassifierJob(testContext(t), v1Create)
	if err == nil {
		t.Errorf("created %v; want the reset reported, since the job may exist", job.Id)
	}
	if n := received.Load(); n != 1 {
		t.Errorf("the server received the create %d times, want once", n)
	}
}
