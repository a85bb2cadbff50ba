package raw

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"lexgraph"
	"lexgraph/graph"
)

// RunChildIfAsked runs the raw query the parent sent and exits, when this
// process was started as a raw query child; otherwise it returns at once.
// Programs that run raw queries call it first thing in main, and test
// binaries in TestMain.
func RunChildIfAsked() {
	if os.Getenv(childEnv) != "1" {
		return
	}
	os.Exit(child(os.Stdin, os.Stdout))
}

// maxRequest bounds the request a child reads.
const maxRequest = 8 << 20

// heapCheck is how often the child looks at its heap.
const heapCheck = 5 * time.Millisecond

// child answers one request. Its answer is written once, by whichever
// comes first: the query's end, the time limit, the memory limit; the
// process then exits without waiting for the query's goroutine.
func child(in io.Reader, out io.Writer) int {
	var mu sync.Mutex
	answer := func(r response) int {
		mu.Lock() // held until exit: one answer only
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.Encode(r)
		if r.Error != "" {
			return 1
		}
		return 0
	}
	fail := func(err error) int {
		return answer(response{Error: err.Error(), Code: lexgraph.ErrorCode(err)})
	}
	data, err := io.ReadAll(io.LimitReader(in, maxRequest))
	if err != nil {
		return fail(err)
	}
	var req Request
	if err := json.Unmarshal(data, &req); err != nil {
		return fail(lexgraph.Errorf(lexgraph.EINVALID, "bad raw query request: %v", err))
	}
	if req.Memory > 0 {
		debug.SetMemoryLimit(req.Memory)
		go func() {
			var ms runtime.MemStats
			for range time.Tick(heapCheck) {
				runtime.ReadMemStats(&ms)
				if int64(ms.HeapAlloc) > req.Memory {
					os.Exit(fail(lexgraph.Errorf(lexgraph.ELIMIT, "%s query stopped: it used more than %s of memory (the memory limit)", req.Lang, bytesString(req.Memory))))
				}
			}
		}()
	}
	cfg := lexgraph.DefaultConfig()
	cfg.Backend, cfg.DB = req.Backend, req.DB
	if req.OpenTimeout > 0 {
		cfg.Store.OpenTimeout = req.OpenTimeout
	}
	ctx := context.Background()
	st, err := graph.OpenReadOnly(ctx, cfg)
	if err != nil {
		return fail(err)
	}
	if req.Timeout > 0 {
		time.AfterFunc(req.Timeout, func() { os.Exit(fail(timeoutError(req))) })
	}
	res, err := st.QueryAs(ctx, req.Lang, req.Query, req.JSONLD, req.Results, req.Timeout)
	if lexgraph.ErrorCode(err) == lexgraph.ETIMEOUT {
		err = timeoutError(req) // the same words, whichever stopped it
	}
	if err != nil {
		return fail(err)
	}
	r := response{Result: make([]json.RawMessage, 0, len(res))}
	for _, v := range res {
		b, err := json.Marshal(v)
		if err != nil {
			return fail(lexgraph.Errorf(lexgraph.EINTERNAL, "a result cannot be written as JSON: %v", err))
		}
		r.Result = append(r.Result, b)
	}
	return answer(r)
}
