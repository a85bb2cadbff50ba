package refs_test

import (
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"lexgraph"
	"lexgraph/extract"
	"lexgraph/extract/refs"
)

// corpusParagraphs returns the paragraphs of the real pages' texts.
func corpusParagraphs(tb testing.TB) []string {
	docs, errs := extract.ReadPaths([]string{filepath.Join(testdata, "corpus")})
	if len(errs) > 0 {
		tb.Fatal(errs)
	}
	var paras []string
	for _, d := range docs {
		for _, p := range d.Passages {
			for _, s := range strings.Split(p.Text, "\n") {
				if len(s) > 40 {
					paras = append(paras, s)
				}
			}
		}
	}
	return paras
}

// generatedCorpus builds size bytes of question-like documents by drawing
// the real pages' sentences at random (seeded), so that trigger words and
// references come at their real density.
func generatedCorpus(tb testing.TB, size int) []*lexgraph.Document {
	var sentences []string
	for _, p := range corpusParagraphs(tb) {
		for _, s := range strings.SplitAfter(p, ". ") {
			if len(s) > 20 {
				sentences = append(sentences, s)
			}
		}
	}
	r := rand.New(rand.NewSource(1))
	var docs []*lexgraph.Document
	total := 0
	for total < size {
		var b strings.Builder
		for b.Len() < 1500+r.Intn(2500) {
			b.WriteString(sentences[r.Intn(len(sentences))])
		}
		text := b.String()
		total += len(text)
		docs = append(docs, &lexgraph.Document{ID: "gen", Passages: []lexgraph.Passage{{Part: lexgraph.PartAnswer, Text: text, Offset: 0}}})
	}
	return docs
}

var (
	genOnce sync.Once
	genDocs []*lexgraph.Document
)

func benchmarkAnnotate(b *testing.B, docs []*lexgraph.Document) {
	x, err := refs.New(refs.Options{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		for _, p := range d.Passages {
			size += len(p.Text)
		}
	}
	b.SetBytes(int64(size))
	runtime.GC() // the garbage of building the corpus is not extraction's
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		x.Annotate(docs)
	}
	cpu := cpuTime() - cpu0
	b.StopTimer()
	// MB per CPU second: the machine is shared, and wall time counts the
	// time other processes take; this process's CPU time does not.
	b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	if x.Timeouts() > 0 {
		b.Errorf("%d matches timed out", x.Timeouts())
	}
}

// BenchmarkAnnotatePages measures extraction on the real pages, one core.
func BenchmarkAnnotatePages(b *testing.B) {
	docs, _ := extract.ReadPaths([]string{filepath.Join(testdata, "corpus")})
	benchmarkAnnotate(b, docs)
}

// BenchmarkAnnotateGenerated measures extraction on 100 MB of generated
// question text, one core. LEXGRAPH_BENCH_MB changes the size.
func BenchmarkAnnotateGenerated(b *testing.B) {
	genOnce.Do(func() {
		mb := 100
		if s := os.Getenv("LEXGRAPH_BENCH_MB"); s != "" {
			mb = 0
			for _, c := range s {
				mb = mb*10 + int(c-'0')
			}
		}
		genDocs = generatedCorpus(b, mb<<20)
	})
	benchmarkAnnotate(b, genDocs)
}

// cpuTime returns the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
