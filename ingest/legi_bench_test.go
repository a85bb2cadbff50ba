package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/internal/legitest"
)

func benchDump(b *testing.B) (string, int) {
	p, n, err := legitest.BenchDump()
	if err != nil {
		b.Fatal(err)
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
