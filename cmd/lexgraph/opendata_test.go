package main

import (
	"archive/zip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/queries"
)

var opendataDir = filepath.Join("..", "..", "extract", "opendata", "testdata")

func fixture(name string) string { return filepath.Join(opendataDir, name) }

// organes are the sample organe records: groups, ministries (Économie,
// Premier ministre), a circonscription, the Assemblée, a committee.
func organes(t *testing.T) []string {
	files, err := filepath.Glob(fixture("PO*.json"))
	if err != nil || len(files) == 0 {
		t.Fatal(err)
	}
	return files
}

func links(t *testing.T, db string) []queries.LinkRow {
	t.Helper()
	var rows []queries.LinkRow
	if err := json.Unmarshal([]byte(mustRun(t, "query", "links", "--db", db, "--format", "json")), &rows); err != nil {
		t.Fatal(err)
	}
	return rows
}

type ingestSummary struct {
	Documents    int    `json:"documents"`
	QuadsAdded   int    `json:"quads_added"`
	QuadsRemoved int    `json:"quads_removed"`
	Rejected     int    `json:"rejected"`
	RejectsFile  string `json:"rejects_file"`
}

func ingestJSON(t *testing.T, wantCode int, args ...string) (ingestSummary, string) {
	t.Helper()
	out, errs, code := cli(t, append([]string{"ingest", "--format", "json", "--top", "0"}, args...)...)
	if code != wantCode {
		t.Fatalf("ingest %v: exit %d, want %d: %s", args, code, wantCode, errs)
	}
	var sums []ingestSummary
	if err := json.Unmarshal([]byte(out), &sums); err != nil || len(sums) != 1 {
		t.Fatalf("summary %q: %v", out, err)
	}
	return sums[0], errs
}

// TestIngestDump is the check on the documented shapes: counts
// right after a first ingest, the malformed records named while the others
// go in, names resolved from the acteur and organe files, nothing changed
// by a repeated ingest, and a newer dump updating a question in place.
func TestIngestDump(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lexgraph.db")
	inputs := append([]string{"--db", db, fixture("Questions_ecrites_XIV.json"), fixture("PA1008.json")}, organes(t)...)
	sum, errs := ingestJSON(t, exitRejected, inputs...)
	if sum.Rejected != 2 || !strings.Contains(errs, "Questions_ecrites_XIV.json:28:1") || !strings.Contains(errs, "Questions_ecrites_XIV.json:30:1") {
		t.Errorf("rejects: %+v\n%s", sum, errs)
	}
	if sum.RejectsFile != db+".rejects.jsonl" || !strings.Contains(errs, sum.RejectsFile) {
		t.Errorf("rejects file %q not named in %q", sum.RejectsFile, errs)
	}
	data, err := os.ReadFile(db + ".rejects.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	var first struct {
		File  string
		Line  int
		Error string
		Data  string
	}
	if len(lines) != 2 || json.Unmarshal([]byte(lines[0]), &first) != nil || first.Line != 28 ||
		!strings.Contains(first.Error, "no uid") || !strings.Contains(first.Data, "Une question sans uid") {
		t.Errorf("rejects file: %s", data)
	}

	want := queries.Stats{Questions: 3, Answers: 1, Deputies: 2, Ministries: 6}
	got := stats(t, db)
	if got.Questions != want.Questions || got.Answers != want.Answers || got.Deputies != want.Deputies || got.Ministries != want.Ministries {
		t.Errorf("stats %+v, want %+v", got, want)
	}
	if got.Instruments < 4 || got.Citations < 5 {
		t.Errorf("references: %+v", got)
	}

	found := false
	for _, l := range links(t, db) {
		if l.Deputy == "M. Alain David" && l.Group == "Les Républicains" && l.MinistryAsked == "Affaires sociales et santé" {
			found = true
		}
		if strings.HasPrefix(l.MinistryAsked, "PO") || strings.HasPrefix(l.Deputy, "PA1008") {
			t.Errorf("an id where a name was known: %+v", l)
		}
	}
	if !found {
		t.Errorf("links %+v lack M. Alain David", links(t, db))
	}

	sum, _ = ingestJSON(t, exitRejected, inputs...)
	if sum.QuadsAdded != 0 || sum.QuadsRemoved != 0 {
		t.Errorf("a repeated ingest changed the store: %+v", sum)
	}
	if again := stats(t, db); again != got {
		t.Errorf("a repeated ingest changed stats: %+v, then %+v", got, again)
	}

	// a newer dump: question 90001 got its answer
	src, _ := os.ReadFile(fixture("Questions_ecrites_XIV.json"))
	old := "\"textesReponse\": null,\n \"cloture\": null, \"signalement\": null, \"renouvellements\": null},"
	if !strings.Contains(string(src), old) {
		t.Fatal("fixture changed: cannot find question 90001's empty answer")
	}
	newer := strings.Replace(string(src), old, `"textesReponse": {"texteReponse": {"infoJO": {"dateJO": "2016-05-03", "pageJO": "3800"}, "texte": "<p>Le décret n° 2020-274 du 17 mars 2020 y pourvoit.</p>"}},
 "cloture": {"codeCloture": "REP_PUB", "libelleCloture": "Réponse publiée", "infoJO": {"dateJO": "2016-05-03", "pageJO": "3800"}}},`, 1)
	newerFile := filepath.Join(dir, "Questions_ecrites_XIV_v2.json")
	os.WriteFile(newerFile, []byte(newer), 0o644)
	sum, _ = ingestJSON(t, exitRejected, "--db", db, newerFile)
	after := stats(t, db)
	if after.Questions != 3 || after.Answers != 2 || after.Citations != got.Citations+1 || after.Deputies != 2 || sum.QuadsRemoved == 0 {
		t.Errorf("after the newer dump: %+v (before %+v), summary %+v", after, got, sum)
	}
	st := openStore(t, db)
	srcs, _ := st.Objects(context.Background(), "question/QANR5L14QE90001", graph.Source)
	answered, _ := st.Objects(context.Background(), "question/QANR5L14QE90001", graph.Answered)
	st.Close()
	if len(srcs) != 1 || srcs[0].Text() != newerFile || len(answered) != 1 || answered[0].Text() != "2016-05-03" {
		t.Errorf("question 90001 not replaced in place: sources %v, answered %v", srcs, answered)
	}
}

func openStore(t *testing.T, db string) *graph.Store {
	t.Helper()
	cfg := lexgraph.DefaultConfig()
	cfg.DB = db
	st, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// allQuads returns the store's quads, written out and sorted.
func allQuads(t *testing.T, db string) []string {
	t.Helper()
	st := openStore(t, db)
	defer st.Close()
	var out []string
	st.EachQuad(context.Background(), func(q graph.Quad) error {
		if q.Predicate != graph.Source { // the source names the file as given
			out = append(out, q.Subject+" "+q.Predicate+" "+q.Object.String()+" "+q.Label)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// TestMalformedEntry checks that a bad entry of a zip archive is named, with
// its archive, while the good entries go in.
func TestMalformedEntry(t *testing.T) {
	dir := t.TempDir()
	archive := filepath.Join(dir, "Questions_ecrites_XV.json.zip")
	f, _ := os.Create(archive)
	zw := zip.NewWriter(f)
	good, _ := os.ReadFile(fixture("QANR5L15QE1234.json"))
	for name, data := range map[string][]byte{
		"json/QANR5L15QE1234.json": good,
		"json/QANR5L15QE9.json":    []byte("{\"question\": {\"uid\": \"QANR5L15QE9\",\n  \"type\": }}"),
		"xml/QANR5L15QE1234.xml":   mustRead(t, fixture("QANR5L15QE1234.xml")),
	} {
		w, _ := zw.Create(name)
		w.Write(data)
	}
	zw.Close()
	f.Close()
	db := filepath.Join(dir, "lexgraph.db")
	sum, errs := ingestJSON(t, exitRejected, "--db", db, "--rejects", filepath.Join(dir, "bad.jsonl"), archive)
	if sum.Rejected != 1 || !strings.Contains(errs, archive+"!json/QANR5L15QE9.json:2:12") {
		t.Errorf("summary %+v, stderr %q", sum, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.jsonl")); err != nil {
		t.Errorf("no rejects file: %v", err)
	}
	if s := stats(t, db); s.Questions != 1 || s.Answers != 1 {
		t.Errorf("the good entries did not go in: %+v", s)
	}
}

func mustRead(t *testing.T, name string) []byte {
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// crestaRecord is the official record of the seed page's question.
const crestaRecord = `{"question": {"uid": "QANR5L14QE81473",
 "identifiant": {"numero": "81473", "legislature": "14"}, "type": "QE",
 "indexationAN": {"rubrique": "justice", "teteAnalyse": "juge d'instruction", "analyses": {"analyse": "cybercriminalité"}},
 "auteur": {"identite": {"acteurRef": "PA610002"}, "groupe": {"organeRef": "PO656002", "abrege": "SRC", "developpe": "Socialiste, républicain et citoyen"}},
 "minInt": {"organeRef": "PO711111", "abrege": "Numérique", "developpe": "Secrétariat d'État chargé du numérique"},
 "minAttribs": {"minAttrib": [
   {"infoJO": {"dateJO": "2015-06-16"}, "denomination": {"organeRef": "PO711111", "abrege": "Numérique"}},
   {"infoJO": {"dateJO": "2015-07-07"}, "denomination": {"organeRef": "PO700001", "abrege": "Justice"}}]},
 "textesQuestion": {"texteQuestion": {"infoJO": {"dateJO": "2015-06-16", "pageJO": "4472"}, "texte": "M. Jacques Cresta attire l'attention sur la convention de Budapest."}},
 "textesReponse": {"texteReponse": {"infoJO": {"dateJO": "2016-09-06", "pageJO": "7965"}, "texte": "<p>La loi du 13 novembre 2014 et la Convention du Conseil de l'Europe dite de Budapest.</p>"}},
 "cloture": {"codeCloture": "REP_PUB", "libelleCloture": "Réponse publiée"}}}`

// TestPageAndDumpOneQuestion checks that a question read from its page and
// from its official record is one node, its author one deputy (named by the
// page, identified by the record), the record's values standing where both
// speak, and that the order of reading does not matter.
func TestPageAndDumpOneQuestion(t *testing.T) {
	dir := t.TempDir()
	record := filepath.Join(dir, "QANR5L14QE81473.json")
	os.WriteFile(record, []byte(crestaRecord), 0o644)
	page := filepath.Join(corpus, "seeds", "000_fbaed0f544bcf766.txt")

	together := filepath.Join(dir, "together.db")
	mustRun(t, "ingest", "--db", together, page, record)
	s := stats(t, together)
	if s.Questions != 1 || s.Deputies != 1 || s.Answers != 1 || s.Ministries != 2 {
		t.Errorf("stats %+v, want one question, one deputy, two ministries", s)
	}
	ls := links(t, together)
	if len(ls) != 1 || ls[0].Deputy != "M. Jacques Cresta" || ls[0].MinistryAsked != "Numérique" || ls[0].MinistryAssigned != "Justice" {
		t.Errorf("links %+v", ls)
	}
	st := openStore(t, together)
	out, _ := st.Out(context.Background(), "question/QANR5L14QE81473")
	acteur, _ := st.Objects(context.Background(), "deputy/jacques-cresta", graph.ActeurID)
	st.Close()
	if len(out[graph.AssignedOrder]) != 2 || len(out[graph.Published]) != 1 || len(out[graph.Title]) != 1 || len(out[graph.AskedBy]) != 1 {
		t.Errorf("merged question: order %v, published %v, title %v, author %v", out[graph.AssignedOrder], out[graph.Published], out[graph.Title], out[graph.AskedBy])
	}
	if len(acteur) != 1 || acteur[0].Text() != "PA610002" {
		t.Errorf("the page's deputy did not take the record's acteur id: %v", acteur)
	}

	want := allQuads(t, together)
	for _, order := range [][]string{{page, record}, {record, page}} {
		db := filepath.Join(dir, filepath.Base(order[0])+".db")
		mustRun(t, "ingest", "--db", db, order[0])
		mustRun(t, "ingest", "--db", db, order[1])
		if got := allQuads(t, db); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("reading %s then %s gave another graph:\n%s", filepath.Base(order[0]), filepath.Base(order[1]), diff(want, got))
		}
	}
}

// TestDeputyNamedLater checks that a deputy known by acteur id only (a
// dump) or by name only (a page) meets its acteur record read in a later
// call: one deputy, named.
func TestDeputyNamedLater(t *testing.T) {
	dir := t.TempDir()
	acteur := filepath.Join(dir, "PA610002.json")
	os.WriteFile(acteur, []byte(`{"acteur": {"uid": {"#text": "PA610002"}, "etatCivil": {"ident": {"civ": "M.", "prenom": "Jacques", "nom": "Cresta"}},
  "mandats": {"mandat": {"uid": "PM1", "acteurRef": "PA610002", "legislature": "14", "typeOrgane": "ASSEMBLEE",
  "election": {"lieu": {"departement": "Pyrénées-Orientales", "numCirco": "1"}}}}}}`), 0o644)
	record := filepath.Join(dir, "QANR5L14QE81473.json")
	os.WriteFile(record, []byte(crestaRecord), 0o644)
	page := filepath.Join(corpus, "seeds", "000_fbaed0f544bcf766.txt")
	for _, first := range []string{page, record} {
		db := filepath.Join(dir, filepath.Base(first)+".db")
		mustRun(t, "ingest", "--db", db, first)
		mustRun(t, "ingest", "--db", db, acteur)
		if s := stats(t, db); s.Deputies != 1 {
			t.Errorf("%s then the acteur: %d deputies, want 1", filepath.Base(first), s.Deputies)
		}
		st := openStore(t, db)
		asked, _ := st.Objects(context.Background(), "question/QANR5L14QE81473", graph.AskedBy)
		st.Close()
		if len(asked) != 1 || asked[0].IRI() != "deputy/jacques-cresta" {
			t.Errorf("%s then the acteur: the question is asked by %v", filepath.Base(first), asked)
		}
		ls := links(t, db)
		if len(ls) != 1 || ls[0].Deputy != "M. Jacques Cresta" {
			t.Errorf("%s then the acteur: links %+v", filepath.Base(first), ls)
		}
		// reading the first input again changes nothing
		sum, _ := ingestJSON(t, 0, "--db", db, first)
		if sum.QuadsAdded+sum.QuadsRemoved != 0 {
			t.Errorf("%s again: %+v", filepath.Base(first), sum)
		}
	}
}

func diff(want, got []string) string {
	w, g := map[string]bool{}, map[string]bool{}
	for _, x := range want {
		w[x] = true
	}
	for _, x := range got {
		g[x] = true
	}
	var b strings.Builder
	for _, x := range want {
		if !g[x] {
			b.WriteString("- " + x + "\n")
		}
	}
	for _, x := range got {
		if !w[x] {
			b.WriteString("+ " + x + "\n")
		}
	}
	return b.String()
}
