package graph

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"lexgraph"
)

// PostgresForTest returns the PostgreSQL test server's connection string
// (LEXGRAPH_TEST_POSTGRES, which .ci/run sets when it starts a server),
// with lexgraph's and cayley's tables dropped, or skips the test.
func PostgresForTest(t *testing.T) string {
	t.Helper()
	addr := os.Getenv("LEXGRAPH_TEST_POSTGRES")
	if addr == "" {
		t.Skip("LEXGRAPH_TEST_POSTGRES is not set: no PostgreSQL server to test on (.ci/run starts one)")
	}
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`DROP TABLE IF EXISTS quads, nodes, lexgraph_meta, lexgraph_changes, lexgraph_fingerprints, lexgraph_derived, lexgraph_legi CASCADE`); err != nil {
		t.Fatal(err)
	}
	return addr
}

func openTestPostgres(t *testing.T, addr string, readOnly bool) *Store {
	t.Helper()
	cfg := lexgraph.DefaultConfig()
	cfg.Backend, cfg.DB = "postgres", addr
	open := Open
	if readOnly {
		open = OpenReadOnly
	}
	st, err := open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestPostgresGenerationAcrossProcesses checks that a PostgreSQL store's
// generation is the database's: a reader sees it change with a write made
// through another handle (another lexgraph process), and with a write made
// by cayley itself (its API writes the quads table, bypassing lexgraph);
// derived data saved by one handle is found by the other.
func TestPostgresGenerationAcrossProcesses(t *testing.T) {
	addr := PostgresForTest(t)
	ctx := context.Background()
	writer := openTestPostgres(t, addr, false)
	reader := openTestPostgres(t, addr, true)
	g0, _ := reader.Generation(ctx)
	q := Quad{Subject: "a", Predicate: Name, Object: String("A"), Label: "doc/a"}
	if _, err := writer.Replace(ctx, []DocQuads{{Label: "doc/a", Quads: []Quad{q}}}); err != nil {
		t.Fatal(err)
	}
	g1, _ := reader.Generation(ctx)
	if g1 == g0 {
		t.Errorf("generation %q unchanged by another handle's write", g1)
	}
	gw, _ := writer.Generation(ctx)
	if ok, err := writer.SaveBlob(ctx, "x", gw, []byte("derived")); !ok || err != nil {
		t.Fatalf("SaveBlob: %v %v", ok, err)
	}
	if g, data, _ := reader.LoadBlob(ctx, "x"); g != g1 || string(data) != "derived" {
		t.Errorf("the reader loads %q %q", g, data)
	}
	qs, err := cgraph.NewQuadStore("postgres", addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer qs.Close()
	if err := qs.ApplyDeltas([]cgraph.Delta{{Quad: quad.MakeIRI("b", "name", "c", "doc/b"), Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if g2, _ := reader.Generation(ctx); g2 == g1 {
		t.Errorf("generation %q unchanged by cayley's own write", g2)
	}
	if ch, _ := reader.Changes(ctx, 0); ch.Generation == mustGen(t, reader) {
		t.Error("the change log claims cayley's own write")
	}
	if _, err := reader.Replace(ctx, []DocQuads{{Label: "doc/c"}}); err == nil {
		t.Error("a read-only store wrote")
	}
}

func mustGen(t *testing.T, st *Store) string {
	g, err := st.Generation(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestPostgresBulkInterrupted stops a bulk load of PostgreSQL after its
// data was committed and before its indexes were made again, as a crash
// would, and checks that the next writable open undoes it (empty tables,
// the indexes and constraints lexgraph keeps there again) and that a load
// then completes with them.
func TestPostgresBulkInterrupted(t *testing.T) {
	addr := PostgresForTest(t)
	ctx := context.Background()
	st := openTestPostgres(t, addr, false)
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ddl := func() int {
		var n int
		db.QueryRow(`SELECT (SELECT count(*) FROM pg_indexes WHERE tablename = 'quads') + (SELECT count(*) FROM pg_constraint WHERE conrelid = 'quads'::regclass)`).Scan(&n)
		return n
	}
	// cayley's, but its (s, p, o) and (o, s, p) indexes (lexgraphIndexes)
	want := ddl() - 2
	indexes := func() string {
		rows, err := db.Query(`SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE tablename = 'quads' ORDER BY indexname`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var all []string
		for rows.Next() {
			var d string
			rows.Scan(&d)
			all = append(all, d[:strings.Index(d, ":")])
			if strings.HasPrefix(d, "spol_unique") && strings.Contains(d, "WHERE") {
				t.Errorf("spol_unique is still partial: %s", d)
			}
		}
		return strings.Join(all, " ")
	}
	const kept = "lexgraph_label_index ops_index pos_index quads_pkey spo_unique spol_unique"
	load := func(st *Store) error {
		if ok, err := st.BeginBulk(ctx); !ok || err != nil {
			t.Fatalf("BeginBulk: %v %v", ok, err)
		}
		for _, b := range bulkDocs(20) {
			if _, err := st.Replace(ctx, b); err != nil {
				t.Fatal(err)
			}
		}
		return st.FinishBulk(ctx)
	}
	stop := errors.New("stopped")
	bulkInterrupt = stop
	err = load(st)
	bulkInterrupt = nil
	if !errors.Is(err, stop) {
		t.Fatalf("the load gave %v", err)
	}
	if n := ddl(); n >= want {
		t.Fatalf("the interrupted load left %d indexes and constraints of %d", n, want)
	}
	st.Close()
	st = openTestPostgres(t, addr, false)
	if n, _ := st.CountQuads(ctx); n != 0 || ddl() != want {
		t.Errorf("after the next open: %d quads, %d indexes and constraints (want 0 and %d)", n, ddl(), want)
	}
	if err := load(st); err != nil {
		t.Fatal(err)
	}
	if n, _ := st.CountQuads(ctx); n == 0 || ddl() != want {
		t.Errorf("after a load: %d quads, %d indexes and constraints (want %d)", n, ddl(), want)
	}
	if got := indexes(); got != kept {
		t.Errorf("after a load, the indexes are %s, want %s", got, kept)
	}
	// the inserts' ON CONFLICT finds the whole unique index: the same
	// documents again add nothing
	before, _ := st.CountQuads(ctx)
	for _, b := range bulkDocs(20) {
		if _, err := st.Replace(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := st.CountQuads(ctx); n != before {
		t.Errorf("the same documents again: %d quads, want %d", n, before)
	}
}
