package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/generate"
	"lexgraph/graph"
	"lexgraph/ingest"
)

// BenchmarkIngest ingests a synthetic legislature (100,000 questions, or
// LEXGRAPH_BENCH_QUESTIONS) with its acteur and organe records into a
// fresh bolt store, and reports seconds, quads per second, the store's
// size and the process's peak RSS. BENCHMARKS.md gives the figures.
//
//	go test ./ingest -run '^$' -bench Ingest -benchtime 1x
func BenchmarkIngest(b *testing.B) {
	n := 100000
	if s := os.Getenv("LEXGRAPH_BENCH_QUESTIONS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	dir := b.TempDir()
	questions, amo := filepath.Join(dir, "Questions_ecrites_XIV.json.zip"), filepath.Join(dir, "AMO.json.zip")
	if _, err := generate.WriteFiles(questions, amo, generate.Options{Questions: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	x, err := refs.New(refs.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cfg := lexgraph.DefaultConfig()
		cfg.DB = filepath.Join(dir, "bench"+strconv.Itoa(i)+".db")
		cfg.Store.NoSync = os.Getenv("LEXGRAPH_BENCH_NOSYNC") != ""
		st, err := graph.Open(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		sum, errs, err := ingest.Run(context.Background(), st, x, []string{amo, questions}, ingest.Options{BatchDocs: batchDocs()})
		st.Close()
		if err != nil || len(errs) > 0 {
			b.Fatal(err, errs)
		}
		info, _ := os.Stat(cfg.DB)
		b.ReportMetric(sum.Seconds, "s/ingest")
		b.ReportMetric(float64(sum.QuadsAdded)/sum.Seconds, "quads/s")
		b.ReportMetric(float64(sum.QuadsInStore), "quads")
		b.ReportMetric(float64(info.Size())/(1<<20), "MB-store")
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "MB-peak-RSS")
	}
}

// batchDocs is LEXGRAPH_BENCH_BATCH, or the default.
func batchDocs() int {
	n, _ := strconv.Atoi(os.Getenv("LEXGRAPH_BENCH_BATCH"))
	if n <= 0 {
		n = lexgraph.DefaultConfig().Ingest.BatchDocs
	}
	return n
}
