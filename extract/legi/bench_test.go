package legi

import (
	"context"
	"os"
	"testing"

	"lexgraph/internal/legitest"
)

// BenchmarkRead reads a generated dump (the reader alone: gunzip, tar,
// recognising files, reading the texts' metadata). The archive is the one
// ingest's BenchmarkLegiImport uses. MB/s is of the archive.
func BenchmarkRead(b *testing.B) {
	p, n, err := legitest.BenchDump()
	if err != nil {
		b.Fatal(err)
	}
	fi, _ := os.Stat(p)
	for _, std := range []bool{false, true} {
		name := "klauspost"
		if std {
			name = "stdlib"
		}
		b.Run(name, func(b *testing.B) {
			stdGzip = std
			defer func() { stdGzip = false }()
			b.SetBytes(fi.Size())
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				files := 0
				err := (&Reader{}).Read(context.Background(), []string{p}, func(it Item) error {
					if it.File != nil {
						files++
					}
					if it.Err != nil {
						return it.Err
					}
					return nil
				})
				if err != nil || files != 2*n {
					b.Fatalf("%v: %d files", err, files)
				}
			}
		})
	}
}
