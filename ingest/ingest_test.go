package ingest_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/generate"
	"lexgraph/graph"
	"lexgraph/ingest"
)

// dump writes a small synthetic legislature and returns its files.
func dump(t *testing.T, dir string, n int) []string {
	t.Helper()
	q, amo := filepath.Join(dir, "Questions_ecrites_XIV.json.zip"), filepath.Join(dir, "AMO.json")
	if _, err := generate.WriteFiles(q, amo, generate.Options{Questions: n, Seed: 7, Deputies: 9}); err != nil {
		t.Fatal(err)
	}
	return []string{q, amo}
}

func open(t *testing.T, db string) *graph.Store {
	t.Helper()
	cfg := lexgraph.DefaultConfig()
	cfg.DB = db
	st, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func run(t *testing.T, db string, paths []string, opts ingest.Options) (ingest.Summary, error) {
	t.Helper()
	st := open(t, db)
	defer st.Close()
	x, err := refs.New(refs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sum, errs, err := ingest.Run(context.Background(), st, x, paths, opts)
	if len(errs) > 0 {
		t.Fatalf("rejected %v", errs)
	}
	return sum, err
}

func quads(t *testing.T, db string) []string {
	t.Helper()
	st := open(t, db)
	defer st.Close()
	var out []string
	if err := st.EachQuad(context.Background(), func(q graph.Quad) error {
		out = append(out, q.Subject+" "+q.Predicate+" "+q.Object.String()+" "+q.Label)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// TestStoppedMidway stops an ingest after its second batch, as a crash
// would, and checks that the store reads and that running the ingest again
// completes it into the same graph as an ingest that was never stopped.
// Written transaction by transaction, the store holds the first batches;
// bulk-loaded (an empty store), it holds nothing: the load is whole or
// absent.
func TestStoppedMidway(t *testing.T) {
	dir := t.TempDir()
	inputs := dump(t, dir, 60)
	clean := filepath.Join(dir, "clean.db")
	if _, err := run(t, clean, inputs, ingest.Options{BatchDocs: 10}); err != nil {
		t.Fatal(err)
	}
	want := quads(t, clean)
	for _, bulk := range []bool{false, true} {
		db := filepath.Join(dir, "stopped"+strconv.FormatBool(bulk)+".db")
		stop := errors.New("stopped")
		_, err := run(t, db, inputs, ingest.Options{BatchDocs: 10, NoBulk: !bulk, AfterBatch: func(n int) error {
			if n == 2 {
				return stop
			}
			return nil
		}})
		if !errors.Is(err, stop) {
			t.Fatalf("ingest gave %v, want it stopped", err)
		}
		got := quads(t, db)
		switch {
		case bulk && len(got) != 0:
			t.Errorf("the stopped bulk load left %d quads", len(got))
		case !bulk && (len(got) == 0 || len(got) >= len(want)):
			t.Errorf("the stopped store holds %d quads (a complete one %d)", len(got), len(want))
		}
		if _, err := run(t, db, inputs, ingest.Options{BatchDocs: 10, NoBulk: !bulk}); err != nil {
			t.Fatal(err)
		}
		if got := quads(t, db); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("bulk %v: the completed store differs from a clean ingest: %d quads, want %d", bulk, len(got), len(want))
		}
	}
}

// TestKilledMidway kills (SIGKILL) a child process ingesting, right after
// its sixth batch is committed (the reference records, read first, fill
// four), then checks that the store opens, reads, and that the ingest run
// again completes it. A bulk load killed midway leaves the store empty,
// and the file it was writing is cleared by the next.
func TestKilledMidway(t *testing.T) {
	if dir := os.Getenv("LEXGRAPH_TEST_KILL_DIR"); dir != "" {
		// the child: ingest, and kill itself after the sixth batch
		bulk := os.Getenv("LEXGRAPH_TEST_KILL_BULK") != ""
		run(t, filepath.Join(dir, "killed.db"), dump(t, dir, 60), ingest.Options{BatchDocs: 10, NoBulk: !bulk, AfterBatch: func(n int) error {
			if n == 6 {
				syscall.Kill(os.Getpid(), syscall.SIGKILL)
			}
			return nil
		}})
		return
	}
	for _, bulk := range []bool{false, true} {
		t.Run("bulk="+strconv.FormatBool(bulk), func(t *testing.T) { testKilledMidway(t, bulk) })
	}
}

func testKilledMidway(t *testing.T, bulk bool) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run", "^TestKilledMidway$")
	cmd.Env = append(os.Environ(), "LEXGRAPH_TEST_KILL_DIR="+dir)
	if bulk {
		cmd.Env = append(cmd.Env, "LEXGRAPH_TEST_KILL_BULK=1")
	}
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("the child ended with %v, want killed", err)
	}
	db := filepath.Join(dir, "killed.db")
	st := open(t, db)
	n, err := st.CountQuads(context.Background())
	qs, _ := st.Subjects(context.Background(), graph.Type, graph.IRI(graph.TypeQuestion))
	st.Close()
	switch {
	case err != nil:
		t.Fatal(err)
	case bulk && n != 0:
		t.Fatalf("the killed bulk load left %d quads", n)
	case !bulk && n == 0:
		t.Fatalf("the killed store holds no quads")
	case !bulk && (len(qs) == 0 || len(qs) >= 60):
		t.Errorf("the killed store holds %d questions, want some of 60", len(qs))
	}
	sum, err := run(t, db, []string{filepath.Join(dir, "Questions_ecrites_XIV.json.zip"), filepath.Join(dir, "AMO.json")}, ingest.Options{BatchDocs: 10, NoBulk: !bulk})
	if err != nil {
		t.Fatal(err)
	}
	st = open(t, db)
	qs, _ = st.Subjects(context.Background(), graph.Type, graph.IRI(graph.TypeQuestion))
	st.Close()
	if len(qs) != 60 || !bulk && (sum.Unchanged == 0 || sum.SkippedUnchanged == 0) {
		t.Errorf("after running again: %d questions, %d documents unchanged, %d skipped (want 60, and the first batches unchanged)", len(qs), sum.Unchanged, sum.SkippedUnchanged)
	}
	if _, err := os.Stat(db + ".bulk"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the bulk load's file is left: %v", err)
	}
}

// TestWorkersAgree checks that the number of workers changes nothing in
// the graph: batches are written in input order.
func TestWorkersAgree(t *testing.T) {
	dir := t.TempDir()
	inputs := dump(t, dir, 40)
	var want []string
	for _, w := range []int{1, 3} {
		db := filepath.Join(dir, "w"+strconv.Itoa(w)+".db")
		if _, err := run(t, db, inputs, ingest.Options{BatchDocs: 7, Workers: w}); err != nil {
			t.Fatal(err)
		}
		got := quads(t, db)
		if want == nil {
			want = got
		} else if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%d workers gave another graph", w)
		}
	}
}

// TestGeneratedCounts checks the generator's promises against the stats
// of the graph: every question, answer, deputy, ministry and citation it
// wrote, in the 14th legislature's single file and in the 15th's files of
// one question each.
func TestGeneratedCounts(t *testing.T) {
	for _, leg := range []int{14, 15} {
		t.Run(strconv.Itoa(leg), func(t *testing.T) { testGeneratedCounts(t, leg) })
	}
}

func testGeneratedCounts(t *testing.T, leg int) {
	dir := t.TempDir()
	q, amo := filepath.Join(dir, "q.json.zip"), filepath.Join(dir, "amo.json.zip")
	exp, err := generate.WriteFiles(q, amo, generate.Options{Questions: 150, Seed: 3, Deputies: 20, Legislature: leg})
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "g.db")
	sum, err := run(t, db, []string{q, amo}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st := open(t, db)
	defer st.Close()
	ctx := context.Background()
	count := func(typ string) int {
		s, _ := st.Subjects(ctx, graph.Type, graph.IRI(typ))
		return len(s)
	}
	answered, _ := st.Subjects(ctx, graph.HasAnswer, graph.String("true"))
	if count(graph.TypeQuestion) != exp.Questions || len(answered) != exp.Answers || count(graph.TypeDeputy) != exp.Deputies ||
		count(graph.TypeMinistry) != exp.Ministries || count(graph.TypeCitation) != exp.Citations {
		t.Errorf("graph: %d questions, %d answers, %d deputies, %d ministries, %d citations; generated %+v",
			count(graph.TypeQuestion), len(answered), count(graph.TypeDeputy), count(graph.TypeMinistry), count(graph.TypeCitation), exp)
	}
	if sum.Questions != exp.Questions || sum.Instruments != exp.Instruments {
		t.Errorf("summary %+v, generated %+v", sum, exp)
	}
	deputies, _ := st.Subjects(ctx, graph.ActeurID, graph.String("PA330000"))
	if len(deputies) != 1 {
		t.Fatalf("acteur PA330000 is %v", deputies)
	}
	if names, _ := st.Objects(ctx, deputies[0], graph.Name); len(names) != 1 || names[0].Text() == "" {
		t.Errorf("deputy PA330000 (%s) is named %v", deputies[0], names)
	}
	if asked, _ := st.Subjects(ctx, graph.AskedBy, graph.IRI("deputy/PA330000")); len(asked) != 0 {
		t.Errorf("questions still asked by the acteur id: %v", asked)
	}
	if elected, _ := st.Objects(ctx, deputies[0], graph.ElectedIn); len(elected) != 1 {
		t.Errorf("deputy PA330000 elected in %v", elected)
	}
}

// TestBulkLimit checks an ingest whose bulk load passes its bound: the
// load is written there and the rest goes in transaction by transaction,
// into the graph an ingest without bulk load gives.
func TestBulkLimit(t *testing.T) {
	dir := t.TempDir()
	inputs := dump(t, dir, 60)
	plain := filepath.Join(dir, "plain.db")
	if _, err := run(t, plain, inputs, ingest.Options{BatchDocs: 10, NoBulk: true}); err != nil {
		t.Fatal(err)
	}
	bounded := filepath.Join(dir, "bounded.db")
	sum, err := run(t, bounded, inputs, ingest.Options{BatchDocs: 10, BulkQuads: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Bulk {
		t.Error("no bulk load")
	}
	if got, want := quads(t, bounded), quads(t, plain); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the bounded bulk load gives another graph: %d quads, want %d", len(got), len(want))
	}
}
