package graph

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	chttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/nquads"
	"github.com/julienschmidt/httprouter"
	bolt "go.etcd.io/bbolt"

	"lexgraph"
)

// bulkDocs are batches of documents like an ingest's: questions citing
// instruments, with shared descriptions, a label given twice, a page.
func bulkDocs(n int) [][]DocQuads {
	var batches [][]DocQuads
	var batch []DocQuads
	for i := 0; i < n; i++ {
		q := fmt.Sprintf("question/Q%d", i)
		label := DocLabel(fmt.Sprintf("an/Q%d", i))
		quads := []Quad{
			{Subject: q, Predicate: Type, Object: IRI(TypeQuestion)},
			{Subject: q, Predicate: Number, Object: Int(int64(i))},
			{Subject: q, Predicate: Title, Object: String(fmt.Sprintf("Question %d", i%7))},
			{Subject: q, Predicate: AskedBy, Object: IRI(fmt.Sprintf("deputy/d%d", i%5))},
			{Subject: q, Predicate: AssignedOrder, Object: String("1:justice")},
			{Subject: q, Predicate: AssignedTo, Object: IRI("ministry/justice")},
		}
		for k := 0; k < 1+i%3; k++ {
			in := fmt.Sprintf("instrument/loi/%d", (i*7+k)%11)
			c := CitationNode(q, lexgraph.PartAnswer, in)
			quads = append(quads,
				Quad{Subject: q, Predicate: CitesInAnswer, Object: IRI(in)},
				Quad{Subject: c, Predicate: CitationOf, Object: IRI(q)},
				Quad{Subject: c, Predicate: Sentence, Object: String(fmt.Sprintf("Vu la loi %d.", k))},
			)
		}
		fp := Fingerprint{Content: [16]byte{byte(i), byte(i >> 8)}, Extractor: "x1", Question: true, Mentions: i % 4}
		batch = append(batch, DocQuads{Label: label, Quads: labelled(quads, label), Fingerprint: &fp})
		shared := SharedLabel(fmt.Sprintf("deputy/d%d", i%5))
		batch = append(batch, DocQuads{Label: shared, Additive: true, Quads: labelled([]Quad{
			{Subject: fmt.Sprintf("deputy/d%d", i%5), Predicate: Type, Object: IRI(TypeDeputy)},
			{Subject: fmt.Sprintf("deputy/d%d", i%5), Predicate: ActeurID, Object: String(fmt.Sprintf("PA%d", i%5))},
		}, shared)})
		if i%10 == 3 { // the same record again, changed, in the same batch
			batch = append(batch, DocQuads{Label: label, Quads: labelled(quads[:4], label)})
		}
		if len(batch) >= 40 {
			batches = append(batches, batch)
			batch = nil
		}
	}
	return append(batches, batch)
}

func labelled(quads []Quad, label string) []Quad {
	out := make([]Quad, len(quads))
	for i, q := range quads {
		q.Label = label
		out[i] = q
	}
	return out
}

func openTestBolt(t *testing.T, path string) *Store {
	t.Helper()
	cfg := lexgraph.DefaultConfig()
	cfg.DB = path
	cfg.Store.OpenTimeout = time.Second
	st, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// updates are writes made after the load, on both stores: documents
// changed, emptied, placeholders renamed.
func updates(t *testing.T, st *Store) {
	ctx := context.Background()
	for i := 0; i < 15; i += 3 {
		label := DocLabel(fmt.Sprintf("an/Q%d", i))
		q := fmt.Sprintf("question/Q%d", i)
		if _, err := st.Replace(ctx, []DocQuads{{Label: label, Quads: labelled([]Quad{
			{Subject: q, Predicate: Type, Object: IRI(TypeQuestion)},
			{Subject: q, Predicate: Title, Object: String("changed")},
			{Subject: q, Predicate: CitesInAnswer, Object: IRI("instrument/loi/new")},
		}, label)}}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.Replace(ctx, []DocQuads{{Label: DocLabel("an/Q16")}}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.RenameNodes(ctx, map[string]string{"deputy/d1": "deputy/jean-martin", "ministry/justice": "ministry/justice-2"}); err != nil {
		t.Fatal(err)
	}
}

// view is what cayley itself reads of a store: every quad through
// cayley's quad iterator and Quad (each one, by its own lookups), the
// quads of each node in each direction through its indexes, the values'
// ids, its counts, and the whole graph through cayley's HTTP API.
func view(t *testing.T, st *Store) string {
	t.Helper()
	ctx := context.Background()
	var lines []string
	var nodes []quad.Value
	seen := map[string]bool{}
	it := st.qs.QuadsAllIterator().Iterate()
	for it.Next(ctx) {
		q, err := st.qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, "all "+q.String())
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v != nil && !seen[v.String()] {
				seen[v.String()] = true
				nodes = append(nodes, v)
			}
		}
	}
	it.Close()
	for _, v := range nodes {
		ref, err := st.qs.ValueOf(v)
		if err != nil || ref == nil {
			t.Fatalf("ValueOf(%v): %v, %v", v, ref, err)
		}
		for _, d := range quad.Directions {
			it := st.qs.QuadIterator(d, ref).Iterate()
			for it.Next(ctx) {
				q, _ := st.qs.Quad(it.Result())
				lines = append(lines, fmt.Sprintf("%v %v %v", d, v, q))
			}
			it.Close()
			// (not QuadIteratorSize: it counts the index entries of
			// removed quads, which cayley keeps and a bulk load has none of)
		}
	}
	stats, err := st.qs.Stats(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	lines = append(lines, fmt.Sprintf("stats %d %d", stats.Quads.Value, stats.Nodes.Value))
	var n int
	nit := st.qs.NodesAllIterator().Iterate()
	for nit.Next(ctx) {
		n++
	}
	nit.Close()
	lines = append(lines, fmt.Sprintf("nodes %d", n))
	// cayley's HTTP API, reading the whole graph as N-Quads
	r := httprouter.New()
	chttp.NewBoundAPIv2(&cgraph.Handle{QuadStore: st.qs}, r)
	srv := httptest.NewServer(r)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/v2/read?format=nquads")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("cayley's HTTP API: %s %s", resp.Status, body)
	}
	for _, l := range strings.Split(strings.TrimSpace(string(body)), "\n") {
		lines = append(lines, "http "+l)
	}
	res, err := st.Query(ctx, "gizmo", `g.V("<instrument/loi/3>").In("<cites_in_answer>").Out("<asked_by>").All()`, 100, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range res {
		lines = append(lines, fmt.Sprintf("gizmo %v", x))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestBulkEqualsNormal loads the same writes into one bolt store through
// cayley's writes and into another through a bulk load, and checks that
// cayley reads the two alike: every quad, every node's quads in every
// direction, the counts, the HTTP API's N-Quads, a Gizmo query; then again
// after the same updates on both (which count nodes down and append to
// the indexes the bulk load filled), and after reopening the files.
func TestBulkEqualsNormal(t *testing.T) {
	dir := t.TempDir()
	testBulkEqualsNormal(t,
		func() *Store { return openTestBolt(t, filepath.Join(dir, "normal.db")) },
		func() *Store { return openTestBolt(t, filepath.Join(dir, "bulk.db")) })
}

// TestBulkEqualsNormalPostgres is the same on PostgreSQL: the bulk load
// (COPY, indexes made after) and lexgraph's batched writes against cayley's
// reads, in two databases of one server.
func TestBulkEqualsNormalPostgres(t *testing.T) {
	addr := PostgresForTest(t)
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.Exec(`DROP DATABASE IF EXISTS lexgraph_bulk_test`)
	if _, err := db.Exec(`CREATE DATABASE lexgraph_bulk_test`); err != nil {
		t.Fatal(err)
	}
	other := strings.Replace(addr, "/"+databaseOf(t, db)+"?", "/lexgraph_bulk_test?", 1)
	if other == addr {
		t.Fatalf("cannot name another database in %q", addr)
	}
	testBulkEqualsNormal(t,
		func() *Store { return openTestPostgres(t, addr, false) },
		func() *Store { return openTestPostgres(t, other, false) })
}

func databaseOf(t *testing.T, db *sql.DB) string {
	var name string
	if err := db.QueryRow(`SELECT current_database()`).Scan(&name); err != nil {
		t.Fatal(err)
	}
	return name
}

func testBulkEqualsNormal(t *testing.T, openNormal, openBulk func() *Store) {
	ctx := context.Background()
	normal, bulk := openNormal(), openBulk()
	if ok, err := bulk.BeginBulk(ctx); !ok || err != nil {
		t.Fatalf("BeginBulk: %v %v", ok, err)
	}
	for _, b := range bulkDocs(60) {
		if _, err := normal.Replace(ctx, b); err != nil {
			t.Fatal(err)
		}
		if _, err := bulk.Replace(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	// reads an ingest makes meanwhile
	if _, err := bulk.RenameNodes(ctx, map[string]string{"deputy/d4": "deputy/anne-roux"}); err != nil {
		t.Fatal(err)
	}
	normal.RenameNodes(ctx, map[string]string{"deputy/d4": "deputy/anne-roux"})
	for _, st := range []*Store{normal, bulk} {
		if subs, err := st.Subjects(ctx, ActeurID, String("PA2")); err != nil || len(subs) != 1 || subs[0] != "deputy/d2" {
			t.Errorf("claimants of PA2: %v %v", subs, err)
		}
	}
	if err := bulk.FinishBulk(ctx); err != nil {
		t.Fatal(err)
	}
	if bulk.bolt != nil {
		bulk.bolt.View(func(tx *bolt.Tx) error {
			for err := range tx.Check() {
				t.Errorf("bbolt's check of the bulk-loaded store: %v", err)
			}
			return nil
		})
	}
	want := view(t, normal)
	if got := view(t, bulk); got != want {
		t.Errorf("the bulk-loaded store reads otherwise:\n%s", diffLines(got, want))
	}
	fpN, _ := normal.Fingerprints(ctx)
	fpB, _ := bulk.Fingerprints(ctx)
	if len(fpB) != 54 || fmt.Sprint(fpB) != fmt.Sprint(fpN) {
		t.Errorf("fingerprints: %d bulk, %d normal", len(fpB), len(fpN))
	}
	updates(t, normal)
	updates(t, bulk)
	want = view(t, normal)
	if got := view(t, bulk); got != want {
		t.Errorf("after updates, the bulk-loaded store reads otherwise:\n%s", diffLines(got, want))
	}
	normal.Close()
	bulk.Close()
	normal, bulk = openNormal(), openBulk()
	defer normal.Close()
	defer bulk.Close()
	if got := view(t, bulk); got != view(t, normal) {
		t.Errorf("reopened, the bulk-loaded store reads otherwise")
	}
}

func diffLines(got, want string) string {
	g, w := map[string]bool{}, map[string]bool{}
	for _, l := range strings.Split(got, "\n") {
		g[l] = true
	}
	for _, l := range strings.Split(want, "\n") {
		w[l] = true
	}
	var out []string
	for l := range g {
		if !w[l] {
			out = append(out, "+ "+l)
		}
	}
	for l := range w {
		if !g[l] {
			out = append(out, "- "+l)
		}
	}
	sort.Strings(out)
	if len(out) > 40 {
		out = append(out[:40], fmt.Sprintf("… %d more", len(out)-40))
	}
	return strings.Join(out, "\n")
}
