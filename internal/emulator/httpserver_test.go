package emulator

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// startWith runs an emulator with opts on a loopback port, closed when the
// test ends.
func startWith(t *testing.T, opts ...Option) *Running {
	t.Helper()
	run, err := Start(append(storeOptions(t), opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { run.Close() })
	return run
}

// A body sent a byte at a time is cut off: at BodyGrace plus what
// MinBodyRate allows for the bytes that came, not when the client pleases.
func TestSlowBodyIsCutOff(t *testing.T) {
	const grace = 300 * time.Millisecond
	run := startWith(t, WithTimeouts(Timeouts{BodyGrace: grace, MinBodyRate: 1 << 20}))
	conn, err := net.Dial("tcp", strings.TrimPrefix(run.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	boundary := "b0undary"
	fmt.Fprintf(conn, "POST /api/v1/beta/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Type: multipart/form-data; boundary=%s\r\nContent-Length: 100000\r\n\r\n", boundary)
	fmt.Fprintf(conn, "--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n", boundary)

	// One byte every 50ms: far below the rate, for up to 30s.
	start := time.Now()
	answered := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(conn).ReadString('\n')
		answered <- line
	}()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case line := <-answered:
			if elapsed := time.Since(start); elapsed > 20*time.Second {
				t.Fatalf("cut off after %v", elapsed)
			}
			if !strings.Contains(line, " 408 ") {
				t.Fatalf("answered %q, want 408", line)
			}
			return
		case <-tick.C:
			if time.Since(start) > 30*time.Second {
				t.Fatal("a body trickling at 20 bytes/s was held for 30s")
			}
			if _, err := conn.Write([]byte("a")); err != nil {
				// Cut off before the answer could be read: also fine, if
				// an answer or EOF follows.
				continue
			}
		}
	}
}

// An idle keep-alive connection is closed after Timeouts.Idle.
func TestIdleConnectionIsClosed(t *testing.T) {
	run := startWith(t, WithTimeouts(Timeouts{Idle: 200 * time.Millisecond}))
	conn, err := net.Dial("tcp", strings.TrimPrefix(run.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprint(conn, "GET /api/v2/classify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n\r\n")
	r := bufio.NewReader(conn)
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	// Now idle: the server closes it, well before this deadline.
	start := time.Now()
	_ = conn.SetReadDeadline(time.Now().Add(20 * time.Second))
	_, err = r.ReadByte()
	if !errors.Is(err, io.EOF) {
		t.Fatalf("idle connection: read %v after %v, want EOF", err, time.Since(start))
	}
}

// Close does not wait for a connection that never carried a request (a
// client's spare connection): it used to wait five seconds for one.
func TestCloseDoesNotWaitForQuietConnections(t *testing.T) {
	run, err := Start(storeOptions(t)...)
	if err != nil {
		t.Fatal(err)
	}
	addr := strings.TrimPrefix(run.URL, "http://")
	quiet, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer quiet.Close()
	// And one that carried a request and is idle.
	idle, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Close()
	fmt.Fprint(idle, "GET /api/v2/classify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(idle), nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	// Wait until the server has seen both connections.
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(time.Millisecond) {
		run.srv.mu.Lock()
		n := len(run.srv.conns)
		run.srv.mu.Unlock()
		if n >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server saw %d of the 2 connections", n)
		}
	}

	// Requests in flight get an hour: a Close that waited for the quiet
	// connection would hold the test up until the hang guard.
	run.grace = time.Hour
	closed := make(chan error, 1)
	go func() { closed <- run.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("Close waits for a connection that never carried a request")
	}
	_ = quiet.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := quiet.Read(make([]byte, 1)); !errors.Is(err, io.EOF) && !isReset(err) {
		t.Fatalf("the quiet connection is still open after Close: %v", err)
	}
}

func isReset(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && !op.Timeout()
}

// A request in flight when Close begins still gets its answer.
func TestCloseLetsARequestInFlightFinish(t *testing.T) {
	run, err := Start(append(storeOptions(t), WithFaults(Faults{Latency: time.Hour, LatencyRate: 1}))...)
	if err != nil {
		t.Fatal(err)
	}
	entered, release := make(chan struct{}), make(chan struct{})
	run.Server.sleep = func(context.Context, time.Duration) {
		close(entered)
		<-release
	}
	status := make(chan int, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodGet, run.URL+"/api/v2/classify", nil)
		req.Header.Set("Authorization", "Bearer k")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			status <- 0
			return
		}
		resp.Body.Close()
		status <- resp.StatusCode
	}()
	<-entered
	closed := make(chan error, 1)
	go func() { closed <- run.Close() }()
	select {
	case err := <-closed:
		t.Fatalf("Close returned (%v) with a request in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	if got := <-status; got != http.StatusOK {
		t.Fatalf("the request in flight got %d", got)
	}
	if err := <-closed; err != nil {
		t.Fatal(err)
	}
}

// A body that stops arriving part-way is answered 408 with a JSON detail,
// on an upload and on a JSON create alike, and its connection is closed:
// what is left of the body could not be told from a next request.
func TestStalledBodyIs408AndClosed(t *testing.T) {
	const grace = 300 * time.Millisecond
	run := startWith(t, WithTimeouts(Timeouts{BodyGrace: grace, MinBodyRate: 1 << 20}))
	for _, tc := range []struct {
		name, head, part string
	}{
		{"upload", "POST /api/v1/beta/files HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b0\r\nContent-Length: 5000\r\n",
			"--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nsome text"},
		{"v2 create", "POST /api/v2/classify HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n",
			`{"file_input": "dfl-00000000-0000-0000-0000-000000000000", "configuration": {"rules": [`},
		{"v1 create", "POST /api/v1/classifier/jobs HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n",
			`{"file_ids": ["00000000-0000-0000-0000-000000000000"], "rules": [`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", strings.TrimPrefix(run.URL, "http://"))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			fmt.Fprintf(conn, "%sHost: x\r\nAuthorization: Bearer k\r\n\r\n%s", tc.head, tc.part)
			// Generous: the grace is 300ms; a busy machine may take longer.
			_ = conn.SetReadDeadline(time.Now().Add(30 * time.Second))
			r := bufio.NewReader(conn)
			resp, err := http.ReadResponse(r, nil)
			if err != nil {
				t.Fatalf("no answer to a stalled body: %v", err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusRequestTimeout || !strings.Contains(string(body), `"detail":"The `) || !strings.Contains(string(body), "too slow") {
				t.Errorf("answered %d %s, want 408 with a JSON detail that says the body was too slow", resp.StatusCode, body)
			}
			if !resp.Close {
				t.Errorf("the answer does not close the connection (Connection: %q)", resp.Header.Get("Connection"))
			}
			if _, err := r.ReadByte(); !errors.Is(err, io.EOF) {
				t.Errorf("after the 408 the connection gave %v, want EOF", err)
			}
		})
	}
}

// What net/http answers itself, before any handler (headers over its
// limit, a malformed Host), reaches the client as the service's JSON
// {"detail": ...} with its status, not as plain text.
func TestServerLevelErrorsAreJSON(t *testing.T) {
	run := startWith(t)
	for _, tc := range []struct {
		name, req string
		status    int
		detail    string
	}{
		{"headers too large", "GET /api/v2/classify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nX-Big: " + strings.Repeat("x", 1200<<10) + "\r\n\r\n",
			http.StatusRequestHeaderFieldsTooLarge, "Request Header Fields Too Large: the request's headers must total at most 1048576 bytes"},
		{"malformed Host", "GET /api/v2/classify HTTP/1.1\r\nHost: a b\r\nAuthorization: Bearer k\r\n\r\n",
			http.StatusBadRequest, "Bad Request: malformed Host header"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", strings.TrimPrefix(run.URL, "http://"))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			// The server may answer and close before taking it all.
			go func() { _, _ = io.WriteString(conn, tc.req) }()
			_ = conn.SetReadDeadline(time.Now().Add(30 * time.Second))
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var body struct{ Detail string }
			if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
				t.Fatalf("status %d, body not JSON: %v", resp.StatusCode, err)
			}
			if resp.StatusCode != tc.status || body.Detail != tc.detail || resp.Header.Get("Content-Type") != "application/json" || !resp.Close {
				t.Errorf("got %d %q (%s, close %v), want %d %q", resp.StatusCode, body.Detail, resp.Header.Get("Content-Type"), resp.Close, tc.status, tc.detail)
			}
		})
	}
}

// Only net/http's own error answers are rewritten: a handler's plain-text
// answer, even one that closes its connection, passes as written.
func TestOnlyServerLevelErrorsAreRewritten(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.Header().Set("Connection", "close")
	http.Error(rec, "431 Request Header Fields Too Large", http.StatusRequestHeaderFieldsTooLarge)
	var b strings.Builder
	if err := rec.Result().Write(&b); err != nil {
		t.Fatal(err)
	}
	if _, ok := jsonError([]byte(b.String())); ok {
		t.Errorf("a handler's answer was taken for net/http's own:\n%s", b.String())
	}
	if _, ok := jsonError([]byte("HTTP/1.1 400 Bad Request" + goErrorHeaders + "400 Bad Request")); !ok {
		t.Error("net/http's own 400 was not recognised")
	}
}
