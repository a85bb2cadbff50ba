package queries

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/internal/benchstore"
)

// The benchmarks run every named query on a store of a legislature's size
// (100,000 questions; LEXGRAPH_BENCH_QUESTIONS to change it): the 14th
// legislature's dump as lexgraph gen writes it (seed 1), ingested as
// lexgraph ingest does, built once and kept in LEXGRAPH_BENCH_DIR (default
// $TMPDIR/lexgraph-bench) across runs. Each reports the p50 and p95 of its
// latencies:
//
//	go test ./queries -run XXX -bench 'Queries$' -benchtime 50x          # warm: one process, model in memory
//	go test ./queries -run XXX -bench QueriesCold -benchtime 20x         # a fresh store handle per query
//	go test ./queries -run XXX -bench QueriesProcess -benchtime 20x      # a fresh process per query
//	go test ./queries -run XXX -bench ModelBuild -benchtime 1x           # the model from a scan

func benchPath(tb testing.TB) (string, int) { return benchstore.Path(tb) }

func benchConfig(path string) lexgraph.Config { return benchstore.Config(path) }

// benchStore returns the path of the generated store, building it when it
// is not there yet, and its query model when the saved one is missing or
// stale (the model's code changed).
func benchStore(tb testing.TB) string {
	path := benchstore.Store(tb, func(ctx context.Context, st *graph.Store) error {
		_, err := LoadModel(ctx, st)
		return err
	})
	ensureModel(tb, path)
	return path
}

var modelChecked = map[string]bool{}

// ensureModel saves the query model in the store unless it holds a
// current one.
func ensureModel(tb testing.TB, path string) {
	if modelChecked[path] {
		return
	}
	ctx := context.Background()
	st, err := graph.OpenReadOnly(ctx, benchConfig(path))
	if err != nil {
		tb.Fatal(err)
	}
	current := false
	gen, _ := st.Generation(ctx)
	st.ViewBlob(ctx, modelBlob, func(g string, data []byte) error {
		if g == gen {
			_, err := decodeModel(string(data))
			current = err == nil
		}
		return nil
	})
	st.Close()
	if !current {
		tb.Logf("saving the query model in %s", path)
		st, err := graph.Open(ctx, benchConfig(path))
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := LoadModel(ctx, st); err != nil {
			tb.Fatal(err)
		}
		st.Close()
	}
	modelChecked[path] = true
}

// benchQuery is one measured query.
type benchQuery struct {
	name string
	run  func(ctx context.Context, st *graph.Store) error
}

// benchNames are the names the measured queries ask for, chosen from the
// generated corpus: its most active deputy, its most cited instrument, a
// rarely cited one, and a cited law named by its date.
type benchNames struct {
	Deputy, Popular, Rare, Law, LawByDate string
}

func pickNames(tb testing.TB, m *Model) benchNames {
	d := m.index()
	deputy := 0
	for i := range m.Deputies {
		if len(d.byDeputy[i]) > len(d.byDeputy[deputy]) {
			deputy = i
		}
	}
	dep := m.Deputies[deputy]
	popular, rare, dated := -1, -1, -1
	for i, cites := range d.byInstrument {
		if popular < 0 || len(cites) > len(d.byInstrument[popular]) {
			popular = i
		}
		if n := len(cites); n >= 5 && n <= 20 && rare < 0 {
			rare = i
		}
		if in := m.Instruments[i]; dated < 0 && in.Kind == "loi" && len(cites) > 50 {
			dated = i
		}
	}
	if rare < 0 || dated < 0 {
		tb.Fatal("the generated corpus lacks a rare instrument or a cited law")
	}
	law := m.Instruments[dated]
	return benchNames{Deputy: dep.FirstName + " " + dep.LastName, Popular: m.Instruments[popular].ID,
		Rare: m.Instruments[rare].ID, Law: law.ID, LawByDate: "loi du " + frenchDate(law.Date)}
}

// benchQueries are the queries measured.
func benchQueries(n benchNames) []benchQuery {
	depName, lawByDate := n.Deputy, n.LawByDate
	run := func(q func(ctx context.Context, st *graph.Store) (any, error)) func(context.Context, *graph.Store) error {
		return func(ctx context.Context, st *graph.Store) error { _, err := q(ctx, st); return err }
	}
	return []benchQuery{
		{"cited/top20", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return Cited(ctx, st, CitedOptions{Limit: 20})
		})},
		{"cited/all", run(func(ctx context.Context, st *graph.Store) (any, error) { return Cited(ctx, st, CitedOptions{}) })},
		{"cited/answers-ministry-years", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return Cited(ctx, st, CitedOptions{Part: lexgraph.PartAnswer, Limit: 20,
				Filter: Filter{Ministry: "Justice", Period: Period{From: "2015", To: "2016"}}})
		})},
		{"cited/deputy", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return Cited(ctx, st, CitedOptions{Limit: 20, Filter: Filter{Deputy: depName}})
		})},
		{"citing/popular-100", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return Citing(ctx, st, CitingOptions{Instrument: n.Popular, Limit: 100})
		})},
		{"citing/rare", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return Citing(ctx, st, CitingOptions{Instrument: n.Rare})
		})},
		{"citing/law-by-date", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return Citing(ctx, st, CitingOptions{Instrument: lawByDate, Limit: 20})
		})},
		{"instrument/popular", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return InstrumentReportOf(ctx, st, InstrumentOptions{Instrument: n.Popular, Limit: 20})
		})},
		{"deputy", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return DeputyReportOf(ctx, st, DeputyOptions{Deputy: depName, Limit: 50})
		})},
		{"ministry", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return MinistryReportOf(ctx, st, MinistryOptions{Ministry: "justice", Limit: 20})
		})},
		{"links", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return Links(ctx, st, LinksOptions{Limit: 100})
		})},
		{"links/group", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return GroupLinks(ctx, st, LinksOptions{By: "group"})
		})},
		{"redirected", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return Redirected(ctx, st, RedirectedOptions{Limit: 100})
		})},
		{"redirected/pairs", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return RedirectPairs(ctx, st, RedirectedOptions{})
		})},
		{"delays", run(func(ctx context.Context, st *graph.Store) (any, error) { return Delays(ctx, st, DelaysOptions{}) })},
		{"path/deputy-law", run(func(ctx context.Context, st *graph.Store) (any, error) {
			return Path(ctx, st, PathOptions{From: depName, To: n.Law})
		})},
	}
}

func frenchDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	months := []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	return fmt.Sprintf("%d %s %d", t.Day(), months[t.Month()-1], t.Year())
}

// reportPercentiles reports the p50 and p95 of latencies, in milliseconds.
func reportPercentiles(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	at := func(p float64) float64 {
		i := int(p*float64(len(lat))+0.999999) - 1 // nearest rank
		return float64(lat[max(i, 0)].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
	b.ReportMetric(0, "ns/op") // the percentiles say it better
}

// openBench opens the generated store read-only, as queries do.
func openBench(b *testing.B) (*graph.Store, *Model) {
	path := benchStore(b)
	st, err := graph.OpenReadOnly(context.Background(), benchConfig(path))
	if err != nil {
		b.Fatal(err)
	}
	m, err := LoadModel(context.Background(), st)
	if err != nil {
		b.Fatal(err)
	}
	return st, m
}

// BenchmarkQueries measures each query in a long-lived process (the
// future HTTP server): the model loaded once.
func BenchmarkQueries(b *testing.B) {
	st, m := openBench(b)
	defer st.Close()
	for _, q := range benchQueries(pickNames(b, m)) {
		b.Run(q.name, func(b *testing.B) {
			ctx := context.Background()
			if err := q.run(ctx, st); err != nil { // the first use builds lazy indexes
				b.Fatal(err)
			}
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if err := q.run(ctx, st); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			reportPercentiles(b, lat)
		})
	}
}

// BenchmarkQueriesCold measures each query on a fresh store handle: open
// the store read-only, load the saved model, answer, close; everything a
// fresh process does but starting.
func BenchmarkQueriesCold(b *testing.B) {
	st, m := openBench(b)
	queries := benchQueries(pickNames(b, m))
	st.Close()
	cfg := benchConfig(benchStore(b))
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			ctx := context.Background()
			lat := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				start := time.Now()
				st, err := graph.OpenReadOnly(ctx, cfg)
				if err != nil {
					b.Fatal(err)
				}
				if err := q.run(ctx, st); err != nil {
					b.Fatal(err)
				}
				st.Close()
				lat = append(lat, time.Since(start))
			}
			reportPercentiles(b, lat)
		})
	}
}

// BenchmarkQueriesProcess measures each query in a fresh process, start to
// exit: the test binary runs itself with LEXGRAPH_BENCH_CHILD naming the
// query (see TestMain).
func BenchmarkQueriesProcess(b *testing.B) {
	st, m := openBench(b)
	names := pickNames(b, m)
	st.Close()
	env, err := json.Marshal(names)
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range benchQueries(names) {
		b.Run(q.name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				cmd := exec.Command(os.Args[0], "-test.run=XXX")
				cmd.Env = append(os.Environ(), "LEXGRAPH_BENCH_CHILD="+q.name, "LEXGRAPH_BENCH_NAMES="+string(env))
				start := time.Now()
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v: %s", err, out)
				}
				lat = append(lat, time.Since(start))
			}
			reportPercentiles(b, lat)
		})
	}
}

// BenchmarkModelBuild measures building the model from a scan of the
// store: what the first query after a change pays.
func BenchmarkModelBuild(b *testing.B) {
	path := benchStore(b)
	st, err := graph.OpenReadOnly(context.Background(), benchConfig(path))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	gen, _ := st.Generation(context.Background())
	for i := 0; i < b.N; i++ {
		m, err := buildModel(context.Background(), st, gen)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(m.encode()))/1e6, "model-MB")
	}
}

// TestMain runs one benchmark query and exits when LEXGRAPH_BENCH_CHILD
// names one (a child of BenchmarkQueriesProcess), and the tests otherwise.
func TestMain(m *testing.M) {
	if name := os.Getenv("LEXGRAPH_BENCH_CHILD"); name != "" {
		os.Exit(benchChild(name))
	}
	os.Exit(m.Run())
}

// benchChild runs one benchmark query as a fresh process would: open the
// store, answer (loading the saved model), exit.
func benchChild(name string) int {
	var names benchNames
	if err := json.Unmarshal([]byte(os.Getenv("LEXGRAPH_BENCH_NAMES")), &names); err != nil {
		fmt.Fprintln(os.Stderr, "LEXGRAPH_BENCH_NAMES:", err)
		return 1
	}
	path, _ := benchPath(childTB{})
	ctx := context.Background()
	st, err := graph.OpenReadOnly(ctx, benchConfig(path))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	for _, q := range benchQueries(names) {
		if q.name == name {
			if err := q.run(ctx, st); err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 1
			}
			return 0
		}
	}
	fmt.Fprintln(os.Stderr, "no benchmark query", name)
	return 1
}

// childTB is the testing.TB of a benchmark child: it fails by exiting.
type childTB struct{ testing.TB }

func (childTB) Fatal(args ...any) {
	fmt.Fprintln(os.Stderr, args...)
	os.Exit(1)
}

func (childTB) Fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(1)
}
