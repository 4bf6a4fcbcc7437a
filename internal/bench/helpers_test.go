package bench

import (
	"net/http"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"
)

// apiKey is the key every benchmark client sends; the servers accept any.
const apiKey = "llx-bench-key"

const mib = 1 << 20

// The runtime/metrics read while sampling, without stopping the world:
// the bytes of heap objects, live or not yet swept (MemStats.HeapAlloc),
// and the bytes the last collection found live.
const (
	heapObjects = "/memory/classes/heap/objects:bytes"
	heapLive    = "/gc/heap/live:bytes"
)

// heapPeak samples the heap every interval from start until stop and
// keeps the largest values seen, over those at start.
type heapPeak struct {
	baseObjects, baseLive uint64
	peakObjects, peakLive uint64
	done                  chan struct{}
	wg                    sync.WaitGroup
	sample                []metrics.Sample
}

// startHeapPeak collects garbage, notes the heap, and starts sampling.
func startHeapPeak(interval time.Duration) *heapPeak {
	runtime.GC()
	h := &heapPeak{done: make(chan struct{}), sample: []metrics.Sample{{Name: heapObjects}, {Name: heapLive}}}
	h.baseObjects, h.baseLive = h.read()
	h.peakObjects, h.peakLive = h.baseObjects, h.baseLive
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-h.done:
				return
			case <-t.C:
				h.note()
			}
		}
	}()
	return h
}

func (h *heapPeak) read() (objects, live uint64) {
	metrics.Read(h.sample)
	return h.sample[0].Value.Uint64(), h.sample[1].Value.Uint64()
}

func (h *heapPeak) note() {
	objects, live := h.read()
	h.peakObjects = max(h.peakObjects, objects)
	h.peakLive = max(h.peakLive, live)
}

// stop ends sampling and returns the peak growth, in bytes, of the heap
// objects and of the live heap.
func (h *heapPeak) stop() (objects, live uint64) {
	close(h.done)
	h.wg.Wait()
	h.note()
	return h.peakObjects - h.baseObjects, h.peakLive - h.baseLive
}

func newHTTPClient(b *testing.B) *http.Client {
	tr := &http.Transport{MaxIdleConnsPerHost: 64}
	b.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr}
}
