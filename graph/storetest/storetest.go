// Package storetest is the suite every store backend must pass, in the
// manner of cayley's graphtest: each backend's test calls Run with a
// function that opens an empty store.
package storetest

import (
	"bytes"
	"context"
	"errors"
	"sort"
	"strings"
	"testing"
	"time"

	"lexgraph"
	"lexgraph/graph"
)

// Opener opens an empty store for one test.
type Opener func(t *testing.T) *graph.Store

// Run runs every test of the suite against stores from open.
func Run(t *testing.T, open Opener) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"ReplaceIsIdempotent", testReplaceIsIdempotent},
		{"ReplaceUpdatesInPlace", testReplaceUpdatesInPlace},
		{"SharedStatements", testSharedStatements},
		{"ReplaceDropsMoreThanItAdds", testReplaceDropsMoreThanItAdds},
		{"AdditiveAndRename", testAdditiveAndRename},
		{"LabelTwiceInOneWrite", testLabelTwiceInOneWrite},
		{"Neighbours", testNeighbours},
		{"Gizmo", testGizmo},
		{"GizmoTimeout", testGizmoTimeout},
		{"ManyDocuments", testManyDocuments},
		{"EachQuad", testEachQuad},
		{"Generation", testGeneration},
		{"Memo", testMemo},
		{"Blobs", testBlobs},
		{"Fingerprints", testFingerprints},
		{"Changes", testChanges},
		{"ExportNQuads", testExportNQuads},
		{"ExportPropertyGraph", testExportPropertyGraph},
		{"ExportNeighbourhood", testExportNeighbourhood},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

func doc(label string, quads ...graph.Quad) graph.DocQuads {
	for i := range quads {
		quads[i].Label = label
	}
	return graph.DocQuads{Label: label, Quads: quads}
}

func q(s, p string, o graph.Value) graph.Quad { return graph.Quad{Subject: s, Predicate: p, Object: o} }

func replace(t *testing.T, st *graph.Store, docs ...graph.DocQuads) graph.WriteStats {
	t.Helper()
	ws, err := st.Replace(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func count(t *testing.T, st *graph.Store) int64 {
	t.Helper()
	n, err := st.CountQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func texts(vs []graph.Value) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Text())
	}
	sort.Strings(out)
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

var docA = func() graph.DocQuads {
	return doc("doc/a",
		q("question/1", graph.Type, graph.IRI(graph.TypeQuestion)),
		q("question/1", graph.Number, graph.Int(1)),
		q("question/1", graph.CitesInAnswer, graph.IRI("instrument/loi/1")),
		q("instrument/loi/1", graph.Label, graph.String("Loi n° 1")),
	)
}

func testReplaceIsIdempotent(t *testing.T, open Opener) {
	st := open(t)
	ws := replace(t, st, docA())
	if ws.Added != 4 || ws.Removed != 0 {
		t.Fatalf("first write: %+v, want 4 added", ws)
	}
	n := count(t, st)
	ws = replace(t, st, docA())
	if ws.Added != 0 || ws.Removed != 0 || ws.Unchanged != 1 {
		t.Errorf("second write of the same document: %+v, want nothing changed", ws)
	}
	if m := count(t, st); m != n {
		t.Errorf("quads %d after the second write, want %d", m, n)
	}
}

func testReplaceUpdatesInPlace(t *testing.T, open Opener) {
	st := open(t)
	replace(t, st, docA(), doc("doc/b", q("question/2", graph.Type, graph.IRI(graph.TypeQuestion))))
	// The document now cites another law: its old citation must go.
	replace(t, st, doc("doc/a",
		q("question/1", graph.Type, graph.IRI(graph.TypeQuestion)),
		q("question/1", graph.Number, graph.Int(1)),
		q("question/1", graph.CitesInAnswer, graph.IRI("instrument/loi/2")),
	))
	ctx := context.Background()
	got, err := st.Objects(ctx, "question/1", graph.CitesInAnswer)
	if err != nil {
		t.Fatal(err)
	}
	if !equal(texts(got), []string{"instrument/loi/2"}) {
		t.Errorf("citations after the update: %v, want only instrument/loi/2", texts(got))
	}
	if l, _ := st.Objects(ctx, "instrument/loi/1", graph.Label); len(l) != 0 {
		t.Errorf("the old instrument's label survived its only document: %v", texts(l))
	}
	if qs, _ := st.Subjects(ctx, graph.Type, graph.IRI(graph.TypeQuestion)); len(qs) != 2 {
		t.Errorf("questions %v, want the other document untouched", qs)
	}
	if n := count(t, st); n != 4 {
		t.Errorf("quads %d, want 4", n)
	}
}

// testReplaceDropsMoreThanItAdds replaces a document by one that loses two
// citations and keeps one new, sharing their predicates: cayley, given both
// at once, drops from the additions the nodes whose count falls.
func testReplaceDropsMoreThanItAdds(t *testing.T, open Opener) {
	st := open(t)
	cite := func(n string) []graph.Quad {
		c := "citation/1/answer/" + n
		return []graph.Quad{
			q("question/1", graph.CitesInAnswer, graph.IRI("instrument/"+n)),
			q(c, graph.Type, graph.IRI(graph.TypeCitation)),
			q(c, graph.CitationOf, graph.IRI("question/1")),
			q(c, graph.Wording, graph.String("loi "+n)),
		}
	}
	replace(t, st, doc("doc/a", append(append(cite("a"), cite("b")...), cite("c")...)...))
	replace(t, st, doc("doc/a", cite("d")...))
	ctx := context.Background()
	out, err := st.Out(ctx, "citation/1/answer/d")
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 3 || len(out[graph.Type]) != 1 || out[graph.Type][0].IRI() != graph.TypeCitation || len(out[graph.Wording]) != 1 {
		t.Errorf("the new citation reads %v", out)
	}
	if n := count(t, st); n != 4 {
		t.Errorf("quads %d, want 4", n)
	}
}

// testLabelTwiceInOneWrite writes a record read twice in one batch (its
// JSON and its XML) over an older version: the last entry wins, and the
// nodes of the quads both would delete stay readable.
func testLabelTwiceInOneWrite(t *testing.T, open Opener) {
	st := open(t)
	ctx := context.Background()
	old := doc("doc/an/1", q("question/1", graph.Type, graph.IRI(graph.TypeQuestion)), q("question/1", graph.Source, graph.String("v1.json")))
	replace(t, st, old, doc("doc/an/2", q("question/2", graph.Source, graph.String("v1.json"))))
	replace(t, st,
		doc("doc/an/1", q("question/1", graph.Type, graph.IRI(graph.TypeQuestion)), q("question/1", graph.Source, graph.String("v2.json"))),
		doc("doc/an/1", q("question/1", graph.Type, graph.IRI(graph.TypeQuestion)), q("question/1", graph.Source, graph.String("v2.xml"))))
	if got, _ := st.Objects(ctx, "question/1", graph.Source); !equal(texts(got), []string{"v2.xml"}) {
		t.Errorf("sources %v, want the last entry's", texts(got))
	}
	if got, _ := st.Objects(ctx, "question/2", graph.Source); !equal(texts(got), []string{"v1.json"}) {
		t.Errorf("another document's value reads %v", texts(got))
	}
	if n := count(t, st); n != 3 {
		t.Errorf("quads %d, want 3", n)
	}
}

// testAdditiveAndRename checks shared descriptions (added to, never
// replaced) and the renaming of a node in every label.
func testAdditiveAndRename(t *testing.T, open Opener) {
	st := open(t)
	ctx := context.Background()
	shared := func(quads ...graph.Quad) graph.DocQuads {
		d := doc(graph.SharedLabel("group/PO1"), quads...)
		d.Additive = true
		return d
	}
	replace(t, st, shared(q("group/PO1", graph.OrganeID, graph.String("PO1"))),
		doc("doc/a", q("deputy/PA1", graph.MemberOf, graph.IRI("group/PO1"))))
	replace(t, st, shared(q("group/PO1", graph.Type, graph.IRI(graph.TypeGroup))))
	if got, _ := st.Out(ctx, "group/PO1"); len(got) != 2 {
		t.Errorf("an additive write replaced: %v", got)
	}
	n, err := st.RenameNodes(ctx, map[string]string{"group/PO1": "group/socialistes"})
	if err != nil || n != 3 {
		t.Fatalf("renamed %d quads, %v; want 3", n, err)
	}
	if got, _ := st.Objects(ctx, "deputy/PA1", graph.MemberOf); len(got) != 1 || got[0].IRI() != "group/socialistes" {
		t.Errorf("member of %v", got)
	}
	if got, _ := st.Out(ctx, "group/socialistes"); len(got) != 2 {
		t.Errorf("the renamed node reads %v", got)
	}
	if got, _ := st.LabelQuads(ctx, graph.SharedLabel("group/socialistes")); len(got) != 2 {
		t.Errorf("its shared label holds %v", got)
	}
	if n := count(t, st); n != 3 {
		t.Errorf("quads %d, want 3", n)
	}
}

func testSharedStatements(t *testing.T, open Opener) {
	st := open(t)
	ctx := context.Background()
	name := q("ministry/justice", graph.Name, graph.String("Justice"))
	replace(t, st, doc("doc/a", name), doc("doc/b", name))
	got, _ := st.Objects(ctx, "ministry/justice", graph.Name)
	if !equal(texts(got), []string{"Justice"}) {
		t.Errorf("a statement made by two documents reads %v, want it once", texts(got))
	}
	replace(t, st, doc("doc/a"))
	got, _ = st.Objects(ctx, "ministry/justice", graph.Name)
	if !equal(texts(got), []string{"Justice"}) {
		t.Errorf("after one document dropped it: %v, want the other's copy kept", texts(got))
	}
	replace(t, st, doc("doc/b"))
	if got, _ = st.Objects(ctx, "ministry/justice", graph.Name); len(got) != 0 {
		t.Errorf("after both dropped it: %v, want nothing", texts(got))
	}
}

func testNeighbours(t *testing.T, open Opener) {
	st := open(t)
	ctx := context.Background()
	replace(t, st, docA(), doc("doc/b",
		q("question/2", graph.CitesInQuestion, graph.IRI("instrument/loi/1")),
		q("question/2", graph.Number, graph.Int(2))))
	in, err := st.In(ctx, "instrument/loi/1")
	if err != nil {
		t.Fatal(err)
	}
	if !equal(in[graph.CitesInAnswer], []string{"question/1"}) || !equal(in[graph.CitesInQuestion], []string{"question/2"}) {
		t.Errorf("In: %v", in)
	}
	out, err := st.Out(ctx, "question/1")
	if err != nil {
		t.Fatal(err)
	}
	if n, ok := out[graph.Number][0].Int(); !ok || n != 1 {
		t.Errorf("Out number: %v", out[graph.Number])
	}
	if got, _ := st.Objects(ctx, "nothing/here", graph.Name); len(got) != 0 {
		t.Errorf("Objects of an unknown node: %v", got)
	}
}

func testGizmo(t *testing.T, open Opener) {
	st := open(t)
	replace(t, st, docA(), doc("doc/b",
		q("question/2", graph.CitesInAnswer, graph.IRI("instrument/loi/1")),
		q("question/2", graph.Number, graph.Int(2))))
	res, err := st.Query(context.Background(), "gizmo", `g.V("<instrument/loi/1>").In("<cites_in_answer>").Out("<number>").All()`, 10, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 {
		t.Errorf("gizmo gave %v, want the numbers of both questions", res)
	}
	res, err = st.Query(context.Background(), "gizmo", `g.V().All()`, 3, 10*time.Second)
	if err != nil || len(res) != 3 {
		t.Errorf("gizmo with limit 3 gave %d results (%v)", len(res), err)
	}
	if _, err := st.Query(context.Background(), "gizmo", `g.V(`, 10, time.Second); lexgraph.ErrorCode(err) != lexgraph.EINVALID {
		t.Errorf("a malformed query gave %v, want an invalid-input error", err)
	}
	if _, err := st.Query(context.Background(), "sparql", `x`, 10, time.Second); lexgraph.ErrorCode(err) != lexgraph.EINVALID {
		t.Errorf("an unknown language gave %v", err)
	}
}

func testGizmoTimeout(t *testing.T, open Opener) {
	st := open(t)
	_, err := st.Query(context.Background(), "gizmo", `while(true){}`, 10, 200*time.Millisecond)
	var e *lexgraph.Error
	if !errors.As(err, &e) || e.Code != lexgraph.ETIMEOUT {
		t.Errorf("endless loop gave %v, want a timeout error", err)
	}
}

func testManyDocuments(t *testing.T, open Opener) {
	st := open(t)
	var docs []graph.DocQuads
	for i := 0; i < 300; i++ {
		label := "doc/" + string(rune('a'+i%26)) + itoa(i)
		docs = append(docs, doc(label,
			q("question/"+itoa(i), graph.Type, graph.IRI(graph.TypeQuestion)),
			q("question/"+itoa(i), graph.AnsweredBy, graph.IRI("ministry/justice"))))
	}
	replace(t, st, docs...)
	subs, err := st.Subjects(context.Background(), graph.AnsweredBy, graph.IRI("ministry/justice"))
	if err != nil || len(subs) != 300 {
		t.Errorf("Subjects gave %d (%v), want 300", len(subs), err)
	}
	if n := count(t, st); n != 600 {
		t.Errorf("quads %d, want 600", n)
	}
	ctx := context.Background()
	if ok, err := st.HasIn(ctx, graph.AnsweredBy, "ministry/justice"); !ok || err != nil {
		t.Errorf("HasIn(answered_by, justice) = %v, %v; want true", ok, err)
	}
	if ok, err := st.HasIn(ctx, graph.AskedBy, "ministry/justice"); ok || err != nil {
		t.Errorf("HasIn(asked_by, justice) = %v, %v; want false", ok, err)
	}
	if ok, err := st.HasIn(ctx, graph.AnsweredBy, "ministry/nowhere"); ok || err != nil {
		t.Errorf("HasIn of an unknown node = %v, %v; want false", ok, err)
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}

// quadText writes a quad for comparisons.
func quadText(q graph.Quad) string {
	return q.Subject + " " + q.Predicate + " " + q.Object.String() + " " + q.Label
}

func allQuads(t *testing.T, st *graph.Store) []string {
	t.Helper()
	var out []string
	err := st.EachQuad(context.Background(), func(q graph.Quad) error {
		out = append(out, quadText(q))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// testEachQuad checks that a scan gives every live quad once, with its
// label and typed object, and none that was removed.
func testEachQuad(t *testing.T, open Opener) {
	st := open(t)
	shared := q("ministry/justice", graph.Name, graph.String("Justice"))
	replace(t, st, docA(), doc("doc/b", shared, q("question/2", graph.Number, graph.Int(2))), doc("doc/c", shared))
	replace(t, st, doc("doc/a",
		q("question/1", graph.Type, graph.IRI(graph.TypeQuestion)),
		q("question/1", graph.Title, graph.String("a \"title\"\non two lines"))))
	want := []string{
		`ministry/justice name "Justice" doc/b`,
		`ministry/justice name "Justice" doc/c`,
		`question/1 title "a \"title\"\non two lines" doc/a`,
		`question/1 type <Question> doc/a`,
		`question/2 number 2 doc/b`,
	}
	if got := allQuads(t, st); !equal(got, want) {
		t.Errorf("EachQuad:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	stop := errors.New("stop")
	n := 0
	if err := st.EachQuad(context.Background(), func(graph.Quad) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("EachQuad did not stop at fn's error: %v after %d quads", err, n)
	}
}

func generation(t *testing.T, st *graph.Store) string {
	t.Helper()
	g, err := st.Generation(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// testGeneration checks that every write that changes the store changes
// its generation: additions, removals, replacements.
func testGeneration(t *testing.T, open Opener) {
	st := open(t)
	seen := map[string]string{}
	step := func(name string) {
		t.Helper()
		g := generation(t, st)
		if prev, ok := seen[g]; ok {
			t.Errorf("generation %q after %s is that of %s", g, name, prev)
		}
		seen[g] = name
	}
	step("opening")
	replace(t, st, docA())
	step("adding a document")
	replace(t, st, doc("doc/a", docA().Quads[:2]...))
	step("removing quads")
	replace(t, st, doc("doc/a", q("question/1", graph.Number, graph.Int(3))))
	step("replacing a quad")
	g := generation(t, st)
	replace(t, st, doc("doc/a", q("question/1", graph.Number, graph.Int(3))))
	st.Objects(context.Background(), "question/1", graph.Number)
	if now := generation(t, st); now != g {
		t.Errorf("a write that changed nothing, and a read, changed the generation: %q, then %q", g, now)
	}
}

// testMemo checks that Memo builds once per generation.
func testMemo(t *testing.T, open Opener) {
	st := open(t)
	ctx := context.Background()
	builds := 0
	build := func(ctx context.Context, gen string) (any, error) {
		builds++
		n, err := st.CountQuads(ctx)
		return n, err
	}
	for i := 0; i < 3; i++ {
		if v, err := st.Memo(ctx, "count", build); err != nil || v.(int64) != 0 {
			t.Fatalf("memo: %v, %v", v, err)
		}
	}
	if builds != 1 {
		t.Errorf("built %d times for one generation", builds)
	}
	replace(t, st, docA())
	if v, _ := st.Memo(ctx, "count", build); v.(int64) != 4 || builds != 2 {
		t.Errorf("after a write: %v, %d builds", v, builds)
	}
	if v, gen, ok := st.Memoized("count"); !ok || v.(int64) != 4 || gen != generation(t, st) {
		t.Errorf("Memoized: %v %q %v", v, gen, ok)
	}
	failed := errors.New("no")
	if _, err := st.Memo(ctx, "other", func(context.Context, string) (any, error) { return nil, failed }); err != failed {
		t.Errorf("a failed build gave %v", err)
	}
	if _, _, ok := st.Memoized("other"); ok {
		t.Error("a failed build was kept")
	}
}

// testBlobs checks derived data: saved for the generation it was made
// for only, and read back whole.
func testBlobs(t *testing.T, open Opener) {
	st := open(t)
	ctx := context.Background()
	replace(t, st, docA())
	gen := generation(t, st)
	saved, err := st.SaveBlob(ctx, "x", gen, []byte("data"))
	if err != nil {
		t.Fatal(err)
	}
	g, data, err := st.LoadBlob(ctx, "x")
	if err != nil {
		t.Fatal(err)
	}
	if !saved {
		t.Fatalf("derived data not saved (LoadBlob gives %q %q): every backend keeps it", g, data)
	}
	if g != gen || string(data) != "data" {
		t.Errorf("LoadBlob: %q %q", g, data)
	}
	st.ViewBlob(ctx, "x", func(g string, data []byte) error {
		if g != gen || string(data) != "data" {
			t.Errorf("ViewBlob: %q %q", g, data)
		}
		return nil
	})
	if g, _, _ := st.LoadBlob(ctx, "nothing"); g != "" {
		t.Errorf("a blob never saved has generation %q", g)
	}
	if ok, err := st.SaveBlob(ctx, "x", "another generation", []byte("stale")); ok || err != nil {
		t.Errorf("saving for another generation: %v, %v", ok, err)
	}
	if _, data, _ := st.LoadBlob(ctx, "x"); string(data) != "data" {
		t.Errorf("a stale save replaced the data: %q", data)
	}
	if now := generation(t, st); now != gen {
		t.Errorf("saving derived data changed the generation: %q, then %q", gen, now)
	}
}

func export(t *testing.T, st *graph.Store, format string, sel graph.Selection) string {
	t.Helper()
	var b bytes.Buffer
	if err := st.Export(context.Background(), &b, format, sel); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// testExportNQuads checks the N-Quads export line by line: IRIs under the
// base, rdf:type and the vocabulary's terms, typed literals, escapes; and
// the same statements in JSON-LD.
func testExportNQuads(t *testing.T, open Opener) {
	st := open(t)
	replace(t, st, doc("doc/a",
		q("question/1", graph.Type, graph.IRI(graph.TypeQuestion)),
		q("question/1", graph.Number, graph.Int(81473)),
		q("question/1", graph.Title, graph.String("l'\"État\"\\n\n\ttab\x01")),
		q("question/1", graph.Published, graph.String("2015-06-16")),
		q("question/1", graph.Answered, graph.String("16/06/2015")),
		q("question/1", graph.HasAnswer, graph.String("true")),
		q("question/1", graph.AskedBy, graph.IRI("deputy/a b")),
		q("instrument/loi/1905", graph.Date, graph.String("1905")),
		q("ministry-body/PO1", graph.Start, graph.String("2015-06")),
		q("instrument/loi/1905", graph.ELI, graph.String("https://www.legifrance.gouv.fr/eli/loi/1905/12/9/0000/jo/texte")),
		q("instrument/loi/1905", "some_new_predicate", graph.String("x"))))
	lines := strings.Split(strings.TrimSpace(export(t, st, "nquads", graph.Selection{Base: "http://x.org/"})), "\n")
	sort.Strings(lines)
	const xsd, lg = "http://www.w3.org/2001/XMLSchema#", "https://lexgraph.invalid/vocab#"
	want := []string{
		`<http://x.org/instrument/loi/1905> <http://purl.org/dc/terms/date> "1905"^^<` + xsd + `gYear> <http://x.org/doc/a> .`,
		`<http://x.org/instrument/loi/1905> <` + lg + `eli> "https://www.legifrance.gouv.fr/eli/loi/1905/12/9/0000/jo/texte"^^<` + xsd + `anyURI> <http://x.org/doc/a> .`,
		`<http://x.org/instrument/loi/1905> <` + lg + `some_new_predicate> "x" <http://x.org/doc/a> .`,
		`<http://x.org/ministry-body/PO1> <` + lg + `start> "2015-06"^^<` + xsd + `gYearMonth> <http://x.org/doc/a> .`,
		`<http://x.org/question/1> <http://purl.org/dc/terms/creator> <http://x.org/deputy/a%20b> <http://x.org/doc/a> .`,
		`<http://x.org/question/1> <http://purl.org/dc/terms/issued> "2015-06-16"^^<` + xsd + `date> <http://x.org/doc/a> .`,
		`<http://x.org/question/1> <http://purl.org/dc/terms/title> "l'\"État\"\\n\n\ttab\u0001" <http://x.org/doc/a> .`,
		`<http://x.org/question/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <` + lg + `Question> <http://x.org/doc/a> .`,
		`<http://x.org/question/1> <` + lg + `answered> "16/06/2015" <http://x.org/doc/a> .`,
		`<http://x.org/question/1> <` + lg + `has_answer> "true"^^<` + xsd + `boolean> <http://x.org/doc/a> .`,
		`<http://x.org/question/1> <` + lg + `number> "81473"^^<` + xsd + `integer> <http://x.org/doc/a> .`,
	}
	if !equal(lines, want) {
		t.Errorf("nquads:\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if err := st.Export(context.Background(), &bytes.Buffer{}, "turtle", graph.Selection{}); lexgraph.ErrorCode(err) != lexgraph.EINVALID {
		t.Errorf("an unknown format gave %v", err)
	}
	for _, base := range []string{"http://x.org", "question/", "x.org/"} {
		if err := st.Export(context.Background(), &bytes.Buffer{}, "nquads", graph.Selection{Base: base}); lexgraph.ErrorCode(err) != lexgraph.EINVALID {
			t.Errorf("base %q gave %v", base, err)
		}
	}
	if out := export(t, st, "nquads", graph.Selection{}); !strings.HasPrefix(out, "<"+lexgraph.DefaultExportBase) {
		t.Errorf("the default base is not %s: %s", lexgraph.DefaultExportBase, out)
	}
	out := export(t, st, "jsonld", graph.Selection{})
	for _, want := range []string{`"@context":{"lg":"` + lg + `"`, `"asked_by":"dcterms:creator"`, `"@id":"https://lexgraph.invalid/doc/a","@graph":[`,
		`"@id":"https://lexgraph.invalid/question/1","@type":"Question"`, `"asked_by":{"@id":"https://lexgraph.invalid/deputy/a%20b"}`,
		`"number":81473`, `"has_answer":true`, `"published":{"@type":"xsd:date","@value":"2015-06-16"}`, `"answered":"16/06/2015"`,
		`"` + lg + `some_new_predicate":"x"`} {
		if !strings.Contains(strings.ReplaceAll(out, xsd, "xsd:"), want) {
			t.Errorf("jsonld %s lacks %s", out, want)
		}
	}
}

// testExportPropertyGraph checks GraphML and DOT: one node per IRI with
// its type, a label and typed properties, one edge per distinct
// statement, and the citations of a question folded into one cites edge
// per instrument.
func testExportPropertyGraph(t *testing.T, open Opener) {
	st := open(t)
	deputy := []graph.Quad{
		q("deputy/a", graph.Type, graph.IRI(graph.TypeDeputy)),
		q("deputy/a", graph.Name, graph.String("Anne <A> & Co")),
	}
	cite := func(part, article string, n int64) []graph.Quad {
		c := "citation/1/" + part + "/loi/2008-582"
		return []graph.Quad{
			q("question/1", "cites_in_"+part, graph.IRI("instrument/loi/2008-582")),
			q(c, graph.Type, graph.IRI(graph.TypeCitation)),
			q(c, graph.CitationOf, graph.IRI("question/1")),
			q(c, graph.CitationTo, graph.IRI("instrument/loi/2008-582")),
			q(c, graph.Part, graph.String(part)),
			q(c, graph.Article, graph.String(article)),
			q(c, graph.Mentions, graph.Int(n)),
		}
	}
	question := []graph.Quad{
		q("question/1", graph.AskedBy, graph.IRI("deputy/a")), q("question/1", graph.Type, graph.IRI(graph.TypeQuestion)),
		q("question/1", graph.Legislature, graph.Int(14)), q("question/1", graph.Number, graph.Int(81473)),
		q("question/1", graph.Title, graph.String("juge d'instruction")), q("question/1", graph.HasAnswer, graph.String("true")),
		q("question/1", graph.Published, graph.String("2015-06-16")),
		q("instrument/loi/2008-582", graph.Type, graph.IRI(graph.TypeInstrument)),
		q("instrument/loi/2008-582", graph.Label, graph.String("Loi n° 2008-582 du 20 juin 2008")),
		q("instrument/loi/2008-582", graph.Number, graph.String("2008-582")),
	}
	question = append(append(append(question, cite("question", "1", 2)...), cite("answer", "3", 1)...), deputy...)
	replace(t, st,
		doc("doc/1", question...),
		doc("doc/2", append(deputy, q("question/2", graph.AskedBy, graph.IRI("deputy/a")))...))
	const b = "https://lexgraph.invalid/"
	gml := export(t, st, "graphml", graph.Selection{})
	for _, want := range []string{
		`<node id="` + b + `deputy/a"><data key="label">Anne &lt;A&gt; &amp; Co</data><data key="type">Deputy</data>`,
		`<edge source="` + b + `question/1" target="` + b + `deputy/a"><data key="elabel">asked_by</data></edge>`,
		`<edge source="` + b + `question/2" target="` + b + `deputy/a">`,
		`<node id="` + b + `question/1"><data key="label">14-81473: juge d&#39;instruction</data><data key="type">Question</data>`,
		`<node id="` + b + `instrument/loi/2008-582"><data key="label">Loi n° 2008-582 du 20 juin 2008</data>`,
		`<edge source="` + b + `question/1" target="` + b + `instrument/loi/2008-582"><data key="elabel">cites</data><data key="parts">question | answer</data><data key="articles">1 | 3</data><data key="mentions">3</data></edge>`,
		`attr.name="number" attr.type="int"`, `attr.name="number_text" attr.type="string"`, `attr.name="has_answer" attr.type="boolean"`,
		`attr.name="legislature" attr.type="int"`, `attr.name="published" attr.type="string"`,
	} {
		if !strings.Contains(gml, want) {
			t.Errorf("graphml lacks %s:\n%s", want, gml)
		}
	}
	if n := strings.Count(gml, "<node "); n != 4 {
		t.Errorf("graphml has %d nodes, want 4 (types, literals and citations are no nodes)", n)
	}
	if n := strings.Count(gml, "<edge "); n != 3 {
		t.Errorf("graphml has %d edges, want 3 (a statement made by two documents is one edge; a question cites an instrument once)", n)
	}
	if strings.Contains(gml, "citation/") {
		t.Errorf("graphml draws citation nodes:\n%s", gml)
	}
	dot := export(t, st, "dot", graph.Selection{Base: "http://x.org/"})
	for _, want := range []string{`"http://x.org/question/1" -> "http://x.org/deputy/a" [label="asked_by"];`, `"http://x.org/deputy/a" [label="Anne <A> & Co", type="Deputy"`,
		`"http://x.org/question/1" [label="14-81473\njuge d'instruction"`, `-> "http://x.org/instrument/loi/2008-582" [label="cites", parts="question | answer"`} {
		if !strings.Contains(dot, want) {
			t.Errorf("dot lacks %s:\n%s", want, dot)
		}
	}
}

// testExportNeighbourhood checks that a neighbourhood holds the nodes
// within the depth, and only the links between them.
func testExportNeighbourhood(t *testing.T, open Opener) {
	st := open(t)
	replace(t, st, doc("doc/1",
		q("deputy/a", graph.Type, graph.IRI(graph.TypeDeputy)),
		q("question/1", graph.AskedBy, graph.IRI("deputy/a")),
		q("question/1", graph.AddressedTo, graph.IRI("ministry/m")),
		q("question/2", graph.AddressedTo, graph.IRI("ministry/m")),
		q("ministry/m", graph.Name, graph.String("M"))))
	short := strings.NewReplacer("https://lexgraph.invalid/vocab#", "lg:", lexgraph.DefaultExportBase, "",
		"http://purl.org/dc/terms/", "dcterms:", "http://xmlns.com/foaf/0.1/", "foaf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:")
	nodes := func(sel graph.Selection) string {
		var s []string
		for _, l := range strings.Split(short.Replace(export(t, st, "nquads", sel)), "\n") {
			if l != "" {
				s = append(s, strings.SplitN(l, " ", 2)[0]+" "+strings.Split(l, " ")[1])
			}
		}
		sort.Strings(s)
		return strings.Join(s, ", ")
	}
	for depth, want := range map[int]string{
		1: "<deputy/a> <rdf:type>, <question/1> <dcterms:creator>",
		2: "<deputy/a> <rdf:type>, <ministry/m> <foaf:name>, <question/1> <dcterms:creator>, <question/1> <lg:addressed_to>",
		3: "<deputy/a> <rdf:type>, <ministry/m> <foaf:name>, <question/1> <dcterms:creator>, <question/1> <lg:addressed_to>, <question/2> <lg:addressed_to>",
	} {
		if got := nodes(graph.Selection{Node: "deputy/a", Depth: depth}); got != want {
			t.Errorf("depth %d: %s\nwant %s", depth, got, want)
		}
	}
	err := st.Export(context.Background(), &bytes.Buffer{}, "nquads", graph.Selection{Node: "deputy/a", Depth: 3, MaxNodes: 2})
	if lexgraph.ErrorCode(err) != lexgraph.EINVALID {
		t.Errorf("a neighbourhood over the bound gave %v", err)
	}
	err = st.Export(context.Background(), &bytes.Buffer{}, "nquads", graph.Selection{Node: "deputy/nobody"})
	if lexgraph.ErrorCode(err) != lexgraph.ENOTFOUND {
		t.Errorf("an unknown node gave %v", err)
	}
}

// testFingerprints checks that a document's fingerprint is kept with its
// quads: written with them, left as it is by a write that gives none,
// replaced by a write that gives another.
func testFingerprints(t *testing.T, open Opener) {
	st := open(t)
	ctx := context.Background()
	f1 := graph.Fingerprint{Content: [16]byte{1, 2, 3}, Extractor: "refs/1/x", Question: true, Mentions: 7}
	a := docA()
	a.Fingerprint = &f1
	b := doc("doc/b", q("document/b", graph.Type, graph.IRI(graph.TypeDocument)))
	f2 := graph.Fingerprint{Content: [16]byte{9}}
	b.Fingerprint = &f2
	replace(t, st, a, b)
	fps, err := st.Fingerprints(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fps) != 2 || fps["doc/a"] != f1 || fps["doc/b"] != f2 {
		t.Errorf("fingerprints %+v", fps)
	}
	replace(t, st, doc("doc/a", docA().Quads[:2]...)) // none given: kept
	f3 := graph.Fingerprint{Content: [16]byte{4}, Extractor: "refs/2/y"}
	c := docA()
	c.Fingerprint = &f3
	replace(t, st, c, b) // b unchanged, its fingerprint given again
	if fps, _ = st.Fingerprints(ctx); fps["doc/a"] != f3 || fps["doc/b"] != f2 {
		t.Errorf("after the writes: %+v", fps)
	}
}

// testChanges checks the change log: each write's subjects, numbered in
// order, the generation after the last, and the log trimmed.
func testChanges(t *testing.T, open Opener) {
	st := open(t)
	ctx := context.Background()
	first, err := st.LastChange(ctx)
	if err != nil {
		t.Fatal(err)
	}
	replace(t, st, docA())
	replace(t, st, doc("doc/b", q("document/b", graph.Type, graph.IRI(graph.TypeDocument))))
	replace(t, st, docA()) // no change: nothing logged
	ch, err := st.Changes(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if !ch.Complete || ch.Last != first+2 || ch.Generation != generation(t, st) ||
		!equal(ch.Nodes, []string{"document/b", "instrument/loi/1", "question/1"}) {
		t.Errorf("changes since %d: %+v (generation %q)", first, ch, generation(t, st))
	}
	if last, _ := st.LastChange(ctx); last != first+2 {
		t.Errorf("last change %d, want %d", last, first+2)
	}
	if ch, _ := st.Changes(ctx, first+1); !equal(ch.Nodes, []string{"document/b"}) || !ch.Complete {
		t.Errorf("changes since %d: %+v", first+1, ch)
	}
	if err := st.TrimChanges(ctx, first+1); err != nil {
		t.Fatal(err)
	}
	if ch, _ := st.Changes(ctx, first); ch.Complete || !equal(ch.Nodes, []string{"document/b"}) {
		t.Errorf("after trimming, changes since %d: %+v (want incomplete)", first, ch)
	}
	if ch, _ := st.Changes(ctx, first+1); !ch.Complete || ch.Last != first+2 {
		t.Errorf("after trimming, changes since %d: %+v", first+1, ch)
	}
	if _, err := st.RenameNodes(ctx, map[string]string{"question/1": "question/2"}); err != nil {
		t.Fatal(err)
	}
	if ch, _ := st.Changes(ctx, first+2); !equal(ch.Nodes, []string{"question/1", "question/2"}) {
		t.Errorf("a renaming's changes: %+v", ch)
	}
}
