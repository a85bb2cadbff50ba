// Package raw runs raw queries (Gizmo, GraphQL) over the store in a child
// process of their own, bounded in time, memory and output.
//
// Why a process: cayley's iterators do not all look at the context they
// are given, so a query such as g.V().Out().In().Out().In().Count() goes on
// scanning long after its deadline, holding a read transaction that the
// store's Close then waits on; and a script that grows an array without end
// takes the memory of whatever process runs it. A child process is stopped
// for sure: it ends itself at the time limit or when its heap passes the
// memory limit, and the parent kills it a moment later if it did not (a
// query stuck where no check runs), or as soon as its output or its
// resident memory passes the bounds. The parent (the command line, or the
// server, which meanwhile answers every other request) never runs the
// query itself.
//
// The child is the same binary, started with LEXGRAPH_RAW_CHILD=1: the
// program's main (and a test binary's TestMain) calls RunChildIfAsked
// first. The request reaches it on standard input (so that a connection
// string's password is on no command line), the answer leaves on standard
// output as JSON.
package raw

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"lexgraph"
)

// childEnv marks the process as a raw query child.
const childEnv = "LEXGRAPH_RAW_CHILD"

// Limits bound one raw query.
type Limits struct {
	// Timeout is the time limit of the query itself (the child's start and
	// the store's opening are not counted against it, but are bounded by
	// the grace the parent gives: see Grace).
	Timeout time.Duration `json:"timeout"`
	// Results is the most results the query returns (0: no bound).
	Results int `json:"results"`
	// Memory is the most heap the child may use, in bytes (0: no bound).
	Memory int64 `json:"memory"`
	// Output is the most bytes of JSON results the parent reads (0: no
	// bound).
	Output int64 `json:"output"`
}

// Grace is how long past its time limit a child may take to stop by
// itself before the parent kills it: the child stops at the limit; the
// grace covers its start, the store's opening and the writing of its
// answer.
const Grace = 700 * time.Millisecond

// Request is one raw query.
type Request struct {
	Lang  string `json:"lang"`
	Query string `json:"query"`
	// JSONLD asks for the results as JSON-LD (Cayley's UI does), not JSON.
	JSONLD bool `json:"jsonld,omitempty"`
	Limits
	// Backend, DB and OpenTimeout say which store the child opens, read-only.
	Backend     string        `json:"backend"`
	DB          string        `json:"db"`
	OpenTimeout time.Duration `json:"open_timeout"`
}

// response is what the child writes.
type response struct {
	Result []json.RawMessage `json:"result"`
	Error  string            `json:"error,omitempty"`
	Code   string            `json:"code,omitempty"`
}

// Runner starts the children, at most a fixed number at a time.
type Runner struct {
	// Exe is the binary to start as the child: os.Executable() by default.
	Exe string
	// Wait is how long a query waits for a free slot before it is refused
	// as unavailable.
	Wait  time.Duration
	slots chan struct{}
}

// NewRunner returns a runner that runs at most n queries at once (at
// least one).
func NewRunner(n int) *Runner {
	if n < 1 {
		n = 1
	}
	return &Runner{slots: make(chan struct{}, n), Wait: 2 * time.Second}
}

// Running returns how many queries run now.
func (r *Runner) Running() int { return len(r.slots) }

// Capacity returns how many queries may run at once.
func (r *Runner) Capacity() int { return cap(r.slots) }

// Run runs the query in a child process and returns its results, each as
// the JSON the query language gives. It returns an ETIMEOUT error when the
// time limit stopped the query, ELIMIT when its memory or output did,
// EUNAVAILABLE when every slot stayed taken for r.Wait, EINVALID for a
// query the language refuses; ctx ending (a client gone) kills the child
// too.
func (r *Runner) Run(ctx context.Context, req Request) ([]json.RawMessage, error) {
	wait := time.NewTimer(r.Wait)
	defer wait.Stop()
	select {
	case r.slots <- struct{}{}:
	case <-wait.C:
		return nil, lexgraph.Errorf(lexgraph.EUNAVAILABLE, "%d raw queries are running already (the most at once): try again in a moment", cap(r.slots))
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-r.slots }()
	return r.run(ctx, req)
}

func (r *Runner) run(ctx context.Context, req Request) ([]json.RawMessage, error) {
	exe := r.Exe
	if exe == "" {
		var err error
		if exe, err = os.Executable(); err != nil {
			return nil, &lexgraph.Error{Code: lexgraph.EINTERNAL, Message: "cannot find the program to run the query in", Err: err}
		}
	}
	in, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe)
	cmd.Env = childEnvironment()
	cmd.Stdin = bytes.NewReader(in)
	var stderr tailBuffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.SysProcAttr = childAttributes()
	if err := cmd.Start(); err != nil {
		return nil, &lexgraph.Error{Code: lexgraph.EINTERNAL, Message: "cannot start the query process", Err: err}
	}
	lowerPriority(cmd.Process.Pid)

	// why records the first reason the parent stopped the child.
	var (
		mu  sync.Mutex
		why error
	)
	kill := func(reason error) {
		mu.Lock()
		if why == nil {
			why = reason
		}
		mu.Unlock()
		cmd.Process.Kill()
	}
	read := make(chan []byte, 1)
	go func() {
		var lr io.Reader = stdout
		if req.Output > 0 {
			lr = io.LimitReader(stdout, req.Output+1)
		}
		data, _ := io.ReadAll(lr)
		if req.Output > 0 && int64(len(data)) > req.Output {
			kill(lexgraph.Errorf(lexgraph.ELIMIT, "%s query stopped: its results passed %s (the output limit); ask for fewer with a limit", req.Lang, bytesString(req.Output)))
			io.Copy(io.Discard, stdout)
		}
		read <- data
	}()
	done := make(chan struct{})
	defer close(done)
	if req.Memory > 0 {
		go watchMemory(cmd.Process.Pid, req.Memory+memorySlack, done, func() {
			kill(lexgraph.Errorf(lexgraph.ELIMIT, "%s query stopped: it used more than %s of memory (the memory limit)", req.Lang, bytesString(req.Memory)))
		})
	}
	var deadline <-chan time.Time
	if req.Timeout > 0 {
		t := time.NewTimer(req.Timeout + Grace)
		defer t.Stop()
		deadline = t.C
	}
	var data []byte
	select {
	case data = <-read:
	case <-deadline:
		kill(timeoutError(req))
		data = <-read
	case <-ctx.Done():
		kill(ctx.Err())
		data = <-read
	}
	waitErr := cmd.Wait()
	mu.Lock()
	stopped := why
	mu.Unlock()
	if stopped != nil {
		return nil, stopped
	}
	var resp response
	if err := json.Unmarshal(data, &resp); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" && waitErr != nil {
			msg = waitErr.Error()
		}
		return nil, lexgraph.Errorf(lexgraph.EINTERNAL, "the %s query process ended without an answer: %s", req.Lang, msg)
	}
	if resp.Error != "" {
		code := resp.Code
		if code == "" {
			code = lexgraph.EINTERNAL
		}
		return nil, &lexgraph.Error{Code: code, Message: resp.Error}
	}
	if resp.Result == nil {
		resp.Result = []json.RawMessage{}
	}
	return resp.Result, nil
}

// memorySlack is what the parent tolerates above the memory limit in the
// child's resident memory (the runtime, the store's mapped pages) before
// it kills it: the child's own heap check stops it first.
const memorySlack = 256 << 20

func timeoutError(req Request) error {
	return lexgraph.Errorf(lexgraph.ETIMEOUT, "%s query stopped after %v (the time limit)", req.Lang, req.Timeout)
}

// childEnvironment is the child's environment: the parent's, but for the
// variables that would make it anything but a raw query child.
func childEnvironment() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, childEnv+"=") && !strings.HasPrefix(kv, "GOMEMLIMIT=") {
			env = append(env, kv)
		}
	}
	return append(env, childEnv+"=1")
}

// tailBuffer keeps the last 4 KB written to it: a child's last words.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > 4096 {
		t.buf = t.buf[len(t.buf)-4096:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.buf)
}

// bytesString writes a size for people: "512 MB".
func bytesString(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
