package emulator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// Timeouts bound how long the emulator's HTTP server (Serve, Start) waits
// on a client, so that a client that stalls, or sends a body a byte at a
// time, cannot hold a connection forever. A zero field takes its default.
type Timeouts struct {
	// ReadHeader bounds reading a request's headers (default 10s).
	ReadHeader time.Duration
	// BodyGrace and MinBodyRate bound reading a request's body: by the
	// time n bytes have arrived, at most BodyGrace + n/MinBodyRate may
	// have passed since the request began (defaults 30s and 64 KiB/s), so
	// a large upload at a reasonable speed always has time, a trickle
	// never has. A body cut off is answered 408 and its connection closed.
	BodyGrace   time.Duration
	MinBodyRate int64
	// Idle bounds how long a keep-alive connection waits for its next
	// request (default 60s).
	Idle time.Duration
	// Write bounds handling a request and writing its answer (default
	// 5m).
	Write time.Duration
}

// DefaultTimeouts are the server timeouts unless WithTimeouts says
// otherwise.
var DefaultTimeouts = Timeouts{
	ReadHeader:  10 * time.Second,
	BodyGrace:   30 * time.Second,
	MinBodyRate: 64 << 10,
	Idle:        60 * time.Second,
	Write:       5 * time.Minute,
}

func (t Timeouts) withDefaults() Timeouts {
	d := DefaultTimeouts
	if t.ReadHeader > 0 {
		d.ReadHeader = t.ReadHeader
	}
	if t.BodyGrace > 0 {
		d.BodyGrace = t.BodyGrace
	}
	if t.MinBodyRate > 0 {
		d.MinBodyRate = t.MinBodyRate
	}
	if t.Idle > 0 {
		d.Idle = t.Idle
	}
	if t.Write > 0 {
		d.Write = t.Write
	}
	return d
}

// httpServer is an http.Server that knows its connections' states, so
// that a shutdown closes at once those that carry no request. Without
// that, http.Server.Shutdown waits for a connection that was opened but
// has sent nothing yet (a client's spare connection) until it has been
// quiet for five seconds.
type httpServer struct {
	*http.Server
	mu    sync.Mutex
	conns map[net.Conn]http.ConnState
}

func (s *Server) newHTTPServer() *httpServer {
	t := s.cfg.timeouts
	hs := &httpServer{conns: map[net.Conn]http.ConnState{}}
	hs.Server = &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: t.ReadHeader,
		IdleTimeout:       t.Idle,
		WriteTimeout:      t.Write,
		ConnState:         hs.track,
		ErrorLog:          nil,
	}
	return hs
}

func (h *httpServer) track(c net.Conn, st http.ConnState) {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch st {
	case http.StateClosed, http.StateHijacked:
		delete(h.conns, c)
	default:
		h.conns[c] = st
	}
}

// shutdown stops accepting, closes the connections that carry no request,
// and waits up to grace for the requests in flight before closing the rest.
func (h *httpServer) shutdown(grace time.Duration) error {
	h.SetKeepAlivesEnabled(false)
	ctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- h.Shutdown(ctx) }()
	// Shutdown closes the listener first; then no connection is added and
	// those without a request can go.
	h.closeQuiet()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				_ = h.Close()
			}
			return err
		case <-tick.C:
			// A request in flight ends and leaves its connection idle.
			h.closeQuiet()
		}
	}
}

func (h *httpServer) closeQuiet() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c, st := range h.conns {
		if st == http.StateNew || st == http.StateIdle {
			_ = c.Close()
		}
	}
}

// paceBodies applies Timeouts.BodyGrace and MinBodyRate to request bodies
// through the connection's read deadline. Where the connection has none to
// set (a recorder in a test), bodies are not paced.
func (s *Server) paceBodies(next http.Handler) http.Handler {
	t := s.cfg.timeouts
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil && r.Body != http.NoBody {
			b := &pacedBody{ReadCloser: r.Body, rc: http.NewResponseController(w), start: time.Now(), grace: t.BodyGrace, rate: t.MinBodyRate}
			b.extend()
			r.Body = b
		}
		next.ServeHTTP(w, r)
	})
}

type pacedBody struct {
	io.ReadCloser
	rc    *http.ResponseController
	start time.Time
	grace time.Duration
	rate  int64
	n     int64
}

func (b *pacedBody) extend() {
	allowed := b.grace + time.Duration(float64(b.n)/float64(b.rate)*float64(time.Second))
	_ = b.rc.SetReadDeadline(b.start.Add(allowed))
}

func (b *pacedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n += int64(n)
	if n > 0 {
		b.extend()
	}
	return n, err
}

// timedOut reports a body read cut off by its deadline.
func timedOut(err error) bool {
	var ne net.Error
	return errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

// Serve answers requests on l, through connections that word net/http's
// own error answers as the service's JSON (see jsonErrorConn).
func (h *httpServer) Serve(l net.Listener) error {
	return h.Server.Serve(jsonErrorListener{l})
}

type jsonErrorListener struct{ net.Listener }

func (l jsonErrorListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return jsonErrorConn{c}, nil
}

// goErrorHeaders are the headers net/http writes, in this order, when it
// answers a request no handler saw (headers over MaxHeaderBytes, a
// malformed Host, an unsupported Transfer-Encoding); a handler's answer
// has its headers sorted, Connection before Content-Type.
const goErrorHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"

// jsonErrorConn rewrites net/http's plain-text error answers, written
// whole in one Write before any handler runs, into the service's
// {"detail": "..."}, so every answer a client gets from the emulator is
// JSON. Everything else passes through.
type jsonErrorConn struct{ net.Conn }

func (c jsonErrorConn) Write(p []byte) (int, error) {
	if out, ok := jsonError(p); ok {
		if _, err := c.Conn.Write(out); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return c.Conn.Write(p)
}

// jsonError rewrites one of net/http's own error answers; ok is false for
// anything else.
func jsonError(p []byte) (out []byte, ok bool) {
	// net/http's are short; most writes are not looked at further.
	if len(p) > 512 || !bytes.HasPrefix(p, []byte("HTTP/1.1 ")) {
		return nil, false
	}
	s := string(p)
	status, text, found := strings.Cut(s, goErrorHeaders)
	if !found || !strings.HasPrefix(status, "HTTP/1.1 ") || strings.Contains(status, "\r\n") {
		return nil, false
	}
	code, _, _ := strings.Cut(strings.TrimPrefix(status, "HTTP/1.1 "), " ")
	detail := strings.TrimSpace(strings.TrimPrefix(text, code+" "))
	if code == "431" {
		detail += fmt.Sprintf(": the request's headers must total at most %d bytes", http.DefaultMaxHeaderBytes)
	}
	body, err := json.Marshal(gen.HTTPError{Detail: detail})
	if err != nil {
		return nil, false
	}
	return fmt.Appendf(nil, "%s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", status, len(body), body), true
}
