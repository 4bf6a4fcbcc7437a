// Command emulator-load measures the emulator's serve under load: it starts
// `llamaclassify serve` as a process of its own, uploads many files, creates
// many jobs, and reports the server's peak resident memory (VmHWM, read
// from /proc, so Linux only) and the latency of the first list after the
// jobs. It is a measurement, not a test: run it by hand.
//
//	go build -o bin/llamaclassify ./cmd/llamaclassify
//	go run ./scripts/emulator-load -bin bin/llamaclassify -files 20000 -size 102400 -jobs 100000
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"mime/multipart"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

func main() {
	bin := flag.String("bin", "llamaclassify", "the llamaclassify program to run serve with")
	files := flag.Int("files", 20000, "files to upload")
	size := flag.Int("size", 100<<10, "bytes per file")
	jobs := flag.Int("jobs", 0, "v2 jobs to create after the uploads")
	workers := flag.Int("c", 8, "requests in flight at once")
	data := flag.String("data", "", "serve --data DIR (default: serve's temporary directory)")
	flag.Parse()

	args := []string{"serve", "--addr", "127.0.0.1:0", "--processing-delay", "0s"}
	if *data != "" {
		args = append(args, "--data", *data)
	}
	cmd := exec.Command(*bin, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		log.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGINT)
		_ = cmd.Wait()
	}()
	url := waitForURL(stderr)
	pid := cmd.Process.Pid
	fmt.Printf("serve pid %d at %s; %s\n", pid, url, memory(pid))

	phrase := []byte("invoice number, line items, total amount due. ")
	content := bytes.Repeat(phrase, *size/len(phrase)+1)[:*size]
	var firstID atomic.Value
	start := time.Now()
	run(*files, *workers, func(i int) error {
		var body bytes.Buffer
		w := multipart.NewWriter(&body)
		_ = w.WriteField("purpose", "classify")
		fw, _ := w.CreateFormFile("file", fmt.Sprintf("doc-%d.txt", i))
		_, _ = fw.Write(content)
		_ = w.Close()
		req, _ := http.NewRequest(http.MethodPost, url+"/api/v1/beta/files", &body)
		req.Header.Set("Content-Type", w.FormDataContentType())
		var f struct {
			ID string `json:"id"`
		}
		if err := do(req, http.StatusCreated, &f); err != nil {
			return err
		}
		firstID.CompareAndSwap(nil, f.ID)
		return nil
	})
	fmt.Printf("%d uploads of %d bytes in %v; %s\n", *files, *size, time.Since(start).Round(time.Millisecond), memory(pid))

	if *jobs > 0 {
		fileID, _ := firstID.Load().(string)
		start = time.Now()
		run(*jobs, *workers, func(i int) error {
			body := fmt.Sprintf(`{"file_input": %q, "configuration": {"rules": [{"type": "invoice", "description": "contains invoice number, line items, and total amount"}]}}`, fileID)
			req, _ := http.NewRequest(http.MethodPost, url+"/api/v2/classify", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			return do(req, http.StatusOK, nil)
		})
		fmt.Printf("%d creates in %v; %s\n", *jobs, time.Since(start).Round(time.Millisecond), memory(pid))
		for i, q := range []string{"page_size=1", "page_size=1", "page_size=100", "page_size=1&status=COMPLETED"} {
			req, _ := http.NewRequest(http.MethodGet, url+"/api/v2/classify?"+q, nil)
			t := time.Now()
			var page struct {
				Items     []json.RawMessage `json:"items"`
				TotalSize int64             `json:"total_size"`
			}
			if err := do(req, http.StatusOK, &page); err != nil {
				log.Fatal(err)
			}
			fmt.Printf("list %d GET /api/v2/classify?%s: %v (%d items, total_size %d)\n", i+1, q, time.Since(t).Round(time.Microsecond), len(page.Items), page.TotalSize)
		}
	}
	fmt.Printf("final: %s\n", memory(pid))
}

var listening = regexp.MustCompile(`on (http://[^ ]+) `)

func waitForURL(r io.Reader) string {
	lines := bufio.NewScanner(r)
	for lines.Scan() {
		if m := listening.FindStringSubmatch(lines.Text()); m != nil {
			go func() { _, _ = io.Copy(io.Discard, r) }()
			return m[1]
		}
	}
	log.Fatal("serve did not start")
	return ""
}

// run calls f for 0..n-1 on c goroutines and stops at the first error.
func run(n, c int, f func(int) error) {
	var next atomic.Int64
	var wg sync.WaitGroup
	var once sync.Once
	for range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if err := f(i); err != nil {
					once.Do(func() { log.Fatalf("request %d: %v", i, err) })
				}
			}
		}()
	}
	wg.Wait()
}

var httpClient = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 5 * time.Minute}

func do(req *http.Request, want int, into any) error {
	req.Header.Set("Authorization", "Bearer load-test")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	resp, err := httpClient.Do(req.WithContext(ctx))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != want {
		return fmt.Errorf("%s %s: %d %s", req.Method, req.URL.Path, resp.StatusCode, body)
	}
	if into != nil {
		return json.Unmarshal(body, into)
	}
	return nil
}

// memory reads the process's current and peak resident memory.
func memory(pid int) string {
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return "memory: " + err.Error()
	}
	var parts []string
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "VmRSS:") || strings.HasPrefix(line, "VmHWM:") {
			parts = append(parts, strings.Join(strings.Fields(line), " "))
		}
	}
	return strings.Join(parts, ", ")
}
