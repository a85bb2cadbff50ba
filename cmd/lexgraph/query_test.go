package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"math"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/queries"
)

// corpusDB ingests the sample corpus (seeds and pages) into a fresh
// store, without the summary's query, so that the first query builds the
// query model itself.
func corpusDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "lexgraph.db")
	mustRun(t, "ingest", "--db", db, "--top", "0", corpus)
	return db
}

func runJSON(t *testing.T, v any, args ...string) {
	t.Helper()
	if err := json.Unmarshal([]byte(mustRun(t, append(args, "--format", "json")...)), v); err != nil {
		t.Fatal(err)
	}
}

// TestQueriesOnCorpus asks the questions of the sample corpus:
// which questions cite the Budapest convention, which were redirected,
// each ministry's answer delays from the pages' dates, a deputy's
// questions by surname, the path from a deputy to the convention.
func TestQueriesOnCorpus(t *testing.T) {
	db := corpusDB(t)

	var citing []queries.CitingRow
	runJSON(t, &citing, "query", "citing", "--db", db, "Budapest")
	found := map[string]bool{}
	for _, r := range citing {
		found[r.UID] = true
		if r.Sentence == "" || !strings.Contains(lexgraph.Fold(r.Sentence), "convention") && !strings.Contains(lexgraph.Fold(r.Sentence), "article") {
			t.Errorf("citing row %+v: the sentence does not cite the convention", r)
		}
	}
	for _, uid := range []string{"QANR5L14QE81473", "QANR5L14QE50860"} {
		if !found[uid] {
			t.Errorf("citing Budapest lacks %s: %+v", uid, citing)
		}
	}

	var redirected []queries.RedirectedRow
	runJSON(t, &redirected, "query", "redirected", "--db", db)
	want := map[string]string{"QANR5L14QE81473": "Numérique>Justice", "QANR5L14QE50860": "Intérieur>Justice"}
	for _, r := range redirected {
		if r.Asked == r.Answerer || r.Asked == "" {
			t.Errorf("not a redirection: %+v", r)
		}
		if w, ok := want[r.UID]; ok && w == r.Asked+">"+r.Answerer {
			delete(want, r.UID)
		}
	}
	if len(want) > 0 {
		t.Errorf("redirected %+v lacks %v", redirected, want)
	}

	// The delays of Justice, from the dates the three pages print.
	var days []float64
	for _, d := range [][2]string{{"2015-06-16", "2016-09-06"}, {"2014-02-25", "2014-07-01"}, {"2014-09-16", "2016-09-06"}} {
		n, _ := lexgraph.DaysBetween(d[0], d[1])
		days = append(days, float64(n))
	}
	var delays []queries.DelayRow
	runJSON(t, &delays, "query", "delays", "--db", db, "--ministry", "justice")
	var justice *queries.DelayRow
	for i := range delays {
		if delays[i].Node == "ministry/justice" {
			justice = &delays[i]
		}
	}
	mean := (days[0] + days[1] + days[2]) / 3
	if justice == nil || justice.Answered != 3 || justice.Median != days[0] || math.Abs(justice.Mean-mean) > 1e-9 || justice.P90 != int(days[2]) {
		t.Errorf("Justice delays %+v, want 3 answered, median %v, mean %v, p90 %v", justice, days[0], mean, days[2])
	}

	var deputy queries.DeputyReport
	runJSON(t, &deputy, "query", "deputy", "--db", db, "tardy")
	if deputy.Deputy.Node != "deputy/lionel-tardy" || len(deputy.Questions) != 1 || deputy.Questions[0].UID != "QANR5L14QE50860" {
		t.Errorf("deputy tardy: %+v", deputy)
	}

	var path []queries.PathStep
	runJSON(t, &path, "query", "path", "--db", db, "cresta", "convention de Budapest")
	if len(path) != 2 || path[0].FromNode != "deputy/jacques-cresta" || path[1].ToNode != "instrument/traite/coe-185" {
		t.Errorf("path from Cresta to Budapest: %+v", path)
	}

	// Jacques Cresta and Jacques Remiller: a name to choose, not a guess.
	_, errs, code := cli(t, "query", "deputy", "--db", db, "jacques")
	if code == 0 || !strings.Contains(errs, "ambiguous") || !strings.Contains(errs, "deputy/jacques-cresta") || !strings.Contains(errs, "deputy/jacques-remiller") {
		t.Errorf("deputy jacques: exit %d, %q", code, errs)
	}
}

// TestQueryFormats checks that every named query prints a table, JSON
// and CSV.
func TestQueryFormats(t *testing.T) {
	db := corpusDB(t)
	for _, args := range [][]string{
		{"cited", "--part", "answer", "--limit", "3"}, {"citing", "budapest"}, {"instrument", "budapest"},
		{"deputy", "cresta"}, {"ministry", "justice"}, {"links", "--by", "group"}, {"redirected", "--pairs"},
		{"delays"}, {"path", "tardy", "loi du 13 novembre 2014"},
	} {
		for _, format := range []string{"table", "json", "csv", "jsonl"} {
			out := mustRun(t, append(append([]string{"query"}, args...), "--db", db, "--format", format)...)
			switch format {
			case "json":
				if !json.Valid([]byte(out)) {
					t.Errorf("%v --format json: not JSON: %s", args, out)
				}
			case "table", "csv":
				if len(strings.Split(strings.TrimSpace(out), "\n")) < 2 {
					t.Errorf("%v --format %s: %q", args, format, out)
				}
			}
		}
	}
	var cited []queries.CitedRow
	runJSON(t, &cited, "query", "cited", "--db", db, "--limit", "2")
	if len(cited) != 2 {
		t.Errorf("--limit 2 gave %d rows", len(cited))
	}
}

// TestReadOnlyQueries checks that queries read without holding the store:
// several at once, the query model kept for the next process, and a clear
// error without a store.
func TestReadOnlyQueries(t *testing.T) {
	db := corpusDB(t)
	// The first query builds the query model and keeps it: the store
	// holds it, for the store's generation.
	mustRun(t, "query", "delays", "--db", db)
	cfg := lexgraph.DefaultConfig()
	cfg.DB = db
	st, err := graph.OpenReadOnly(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	gen, _ := st.Generation(context.Background())
	saved, _, _ := st.LoadBlob(context.Background(), "queries.model")
	// A reader beside this one.
	mustRun(t, "query", "links", "--db", db)
	st.Close()
	if saved != gen {
		t.Errorf("the query model saved is for generation %q, the store's is %q", saved, gen)
	}

	var wg sync.WaitGroup
	codes := make([]int, 4)
	for i := range codes {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var out, errb bytes.Buffer
			codes[i] = run(context.Background(), []string{"query", "cited", "--db", db, "--format", "json"}, &out, &errb)
			if codes[i] != 0 || errb.Len() > 0 {
				t.Errorf("concurrent query %d: exit %d, %s", i, codes[i], errb.String())
			}
		}(i)
	}
	wg.Wait()

	_, errs, code := cli(t, "query", "cited", "--db", filepath.Join(t.TempDir(), "none.db"))
	if code == 0 || !strings.Contains(errs, "no store") || !strings.Contains(errs, "ingest") {
		t.Errorf("query without a store: exit %d, %q", code, errs)
	}
}

func TestExportCommand(t *testing.T) {
	db := corpusDB(t)
	s := stats(t, db)
	out := mustRun(t, "export", "--db", db)
	if n := strings.Count(out, " .\n"); int64(n) != s.Quads {
		t.Errorf("nquads export has %d statements, the store %d quads", n, s.Quads)
	}
	gml := mustRun(t, "export", "--db", db, "--format", "graphml", "--node", "cresta", "--depth", "2")
	dec := xml.NewDecoder(strings.NewReader(gml))
	nodes := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("graphml is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "node" {
			nodes++
		}
	}
	if nodes < 3 || !strings.Contains(gml, `id="https://lexgraph.invalid/deputy/jacques-cresta"`) || !strings.Contains(gml, `id="https://lexgraph.invalid/instrument/traite/coe-185"`) {
		t.Errorf("the neighbourhood of Cresta (%d nodes) lacks him or the convention", nodes)
	}
	dot := mustRun(t, "export", "--db", db, "--format", "dot", "--node", "deputy/lionel-tardy")
	if !strings.HasPrefix(dot, "digraph lexgraph {") || !strings.Contains(dot, `-> "https://lexgraph.invalid/deputy/lionel-tardy" [label="asked_by"]`) {
		t.Errorf("dot: %s", dot)
	}
	if _, errs, code := cli(t, "export", "--db", db, "--format", "turtle"); code != exitUsage || !strings.Contains(errs, "turtle") {
		t.Errorf("export --format turtle: exit %d, %q", code, errs)
	}
}

// TestMemoryLimits checks the soft memory limits the README states: 200
// MiB for a named query's process, 1200 MiB for an ingest's, unless
// GOMEMLIMIT sets one.
func TestMemoryLimits(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	t.Setenv("GOGC", "100") // tuneMemory leaves the collector's pace alone
	for _, tt := range []struct {
		name string
		set  func()
		want int64
	}{
		{"query", limitQueryMemory, 200 << 20},
		{"ingest", tuneMemory, 1200 << 20},
	} {
		t.Setenv("GOMEMLIMIT", "")
		debug.SetMemoryLimit(old)
		tt.set()
		if got := debug.SetMemoryLimit(-1); got != tt.want {
			t.Errorf("%s: soft limit %d, want %d", tt.name, got, tt.want)
		}
		t.Setenv("GOMEMLIMIT", "3GiB")
		debug.SetMemoryLimit(old)
		tt.set()
		if got := debug.SetMemoryLimit(-1); got != old {
			t.Errorf("%s with GOMEMLIMIT set: soft limit %d, want it left at %d", tt.name, got, old)
		}
	}
}
