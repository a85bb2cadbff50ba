// Package benchstore builds, once, the store the benchmarks measure: a
// generated legislature (100,000 questions by default: the 14th
// legislature's dump as lexgraph gen writes it, seed 1, ingested as
// lexgraph ingest does), kept across runs in LEXGRAPH_BENCH_DIR (default $TMPDIR/lexgraph-bench)
// since building it takes minutes. LEXGRAPH_BENCH_QUESTIONS changes its
// size.
package benchstore

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/generate"
	"lexgraph/graph"
	"lexgraph/ingest"
)

// Version names the generated store's layout: change it when the schema
// or the generator changes, so that an old cached store is not measured.
const Version = 2

// Path returns where the store of the configured size lives, and its
// size.
func Path(tb testing.TB) (string, int) {
	n := 100000
	if s := os.Getenv("LEXGRAPH_BENCH_QUESTIONS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n <= 0 {
			tb.Fatalf("LEXGRAPH_BENCH_QUESTIONS=%q", s)
		}
	}
	dir := os.Getenv("LEXGRAPH_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "lexgraph-bench")
	}
	return filepath.Join(dir, fmt.Sprintf("q%d-s1-v%d.db", n, Version)), n
}

// Config returns the configuration that opens the store at path.
func Config(path string) lexgraph.Config {
	cfg := lexgraph.DefaultConfig()
	cfg.DB = path
	cfg.Store.OpenTimeout = 30 * time.Second
	return cfg
}

// Store returns the path of the generated store, building it when it is
// not there yet; prepare runs on the new store before it is closed (to
// save the query model in it, say).
func Store(tb testing.TB, prepare func(context.Context, *graph.Store) error) string {
	path, n := Path(tb)
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("building %s (%d questions); this takes a minute, once", path, n)
	start := time.Now()
	dir := filepath.Dir(path)
	dump, amo := filepath.Join(dir, fmt.Sprintf("q%d.json.zip", n)), filepath.Join(dir, fmt.Sprintf("amo%d.json.zip", n))
	if _, err := generate.WriteFiles(dump, amo, generate.Options{Questions: n, Seed: 1}); err != nil {
		tb.Fatal(err)
	}
	x, err := refs.New(refs.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tmp := path + ".tmp"
	os.Remove(tmp)
	ctx := context.Background()
	st, err := graph.Open(ctx, Config(tmp))
	if err != nil {
		tb.Fatal(err)
	}
	if _, errs, err := ingest.Run(ctx, st, x, []string{dump, amo}, ingest.Options{}); err != nil || len(errs) > 0 {
		tb.Fatal(err, errs)
	}
	if prepare != nil {
		if err := prepare(ctx, st); err != nil {
			tb.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("built in %v", time.Since(start).Round(time.Second))
	return path
}
