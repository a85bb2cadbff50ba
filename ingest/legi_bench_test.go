package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/internal/legitest"
)

// benchDump returns a generated dump of LEXGRAPH_BENCH_TEXTS texts (default
// 100,000) with their articles, written once into $TMPDIR/lexgraph-bench
// (LEXGRAPH_BENCH_DIR).
func benchDump(b *testing.B) (string, int) {
	n := 100000
	if s := os.Getenv("LEXGRAPH_BENCH_TEXTS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	dir := os.Getenv("LEXGRAPH_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "lexgraph-bench")
	}
	os.MkdirAll(dir, 0o755)
	p := filepath.Join(dir, fmt.Sprintf("Freemium_jorf_global-%d-v1.tar.gz", n))
	if _, err := os.Stat(p); err != nil {
		if err := legitest.Dump(n).WriteFile(p + ".tmp"); err != nil {
			b.Fatal(err)
		}
		os.Rename(p+".tmp", p)
	}
	return p, n
}

// BenchmarkLegiImport imports a generated dump into a fresh bolt store:
// streaming, gunzip, tar, recognising every file, reading the texts'
// metadata, writing the index. MB/s is of the archive (compressed).
func BenchmarkLegiImport(b *testing.B) {
	p, n := benchDump(b)
	fi, _ := os.Stat(p)
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		cfg := lexgraph.DefaultConfig()
		cfg.DB = filepath.Join(b.TempDir(), "legi.db")
		st, err := graph.Open(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, errs, err := Texts(context.Background(), st, []string{p}, TextsOptions{})
		b.StopTimer()
		if err != nil || len(errs) > 0 || sum.Texts != n {
			b.Fatalf("%v %v: %+v", err, errs, sum)
		}
		b.ReportMetric(float64(sum.Entries)/sum.Seconds, "files/s")
		b.ReportMetric(float64(sum.Texts)/sum.Seconds, "texts/s")
		b.ReportMetric(float64(sum.Entries), "files")
		st.Close()
		b.StartTimer()
	}
}
