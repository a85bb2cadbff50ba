package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"lexgraph/queries"
)

// TestServe runs lexgraph serve as a user does, in a process of its own:
// it prints the address it listens on (the loopback, a free port here),
// answers there, and stops cleanly on SIGTERM.
func TestServe(t *testing.T) {
	if db := os.Getenv("LEXGRAPH_TEST_SERVE_DB"); db != "" {
		// the child: lexgraph serve, until a signal
		os.Exit(run(context.Background(), []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, os.Stdout, os.Stderr))
	}
	db := filepath.Join(t.TempDir(), "served.db")
	mustRun(t, "ingest", "--db", db, "--quiet", filepath.Join(corpus, "seeds"))
	cmd := exec.Command(os.Args[0], "-test.run", "^TestServe$")
	cmd.Env = append(os.Environ(), "LEXGRAPH_TEST_SERVE_DB="+db)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(out)
	if !lines.Scan() {
		t.Fatalf("serve printed nothing: %v", lines.Err())
	}
	m := regexp.MustCompile(`listening on (http://127\.0\.0\.1:\d+/)`).FindStringSubmatch(lines.Text())
	if m == nil {
		t.Fatalf("serve printed %q, no loopback address", lines.Text())
	}
	resp, err := http.Get(m[1] + "api/v1/stats")
	if err != nil {
		t.Fatal(err)
	}
	var s queries.Stats
	err = json.NewDecoder(resp.Body).Decode(&s)
	resp.Body.Close()
	if err != nil || s.Questions != 2 {
		t.Fatalf("stats from the server: %+v, %v", s, err)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var rest []string
	for lines.Scan() {
		rest = append(rest, lines.Text())
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			t.Fatalf("serve ended with %v after SIGTERM", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop within 30 s of SIGTERM")
	}
	if !strings.Contains(strings.Join(rest, "\n"), "stopped") {
		t.Errorf("serve's last words: %q", rest)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(db), ".lexgraph-serve-*"))
	if len(left) > 0 {
		t.Errorf("serve left its copies: %v", left)
	}
}
