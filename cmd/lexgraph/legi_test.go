package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"lexgraph/internal/legitest"
	"lexgraph/queries"
)

// legiArchives writes the fixture's archives (internal/legitest) into dir.
func legiArchives(t *testing.T, dir string) (jorf, legi, inc string) {
	t.Helper()
	jorf = filepath.Join(dir, "Freemium_jorf_global_20160315-120000.tar.gz")
	legi = filepath.Join(dir, "Freemium_legi_global_20160315-120000.tar.gz")
	inc = filepath.Join(dir, "JORF_20160320-210000.tar.gz")
	for p, a := range map[string]*legitest.Archive{jorf: legitest.JORF(), legi: legitest.LEGI(), inc: legitest.Increment()} {
		if err := a.WriteFile(p); err != nil {
			t.Fatal(err)
		}
	}
	return jorf, legi, inc
}

func instrumentInfo(t *testing.T, db, name string) queries.InstrumentInfo {
	t.Helper()
	var r queries.InstrumentReport
	runJSON(t, &r, "query", "instrument", "--db", db, name)
	return r.Instrument
}

type importOutput struct {
	Files, Deleted, Rejected int
	Texts                    int `json:"texts_in_index"`
	Store                    struct {
		Instruments, Enriched, Renamed, Cleared int
	}
}

func legiImport(t *testing.T, wantCode int, args ...string) (importOutput, string) {
	t.Helper()
	out, errs, code := cli(t, append([]string{"legi", "import", "--format", "json", "--quiet"}, args...)...)
	if code != wantCode {
		t.Fatalf("legi import %v: exit %d, want %d: %s", args, code, wantCode, errs)
	}
	var got []importOutput
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != 1 {
		t.Fatalf("legi import output %q: %v", out, err)
	}
	return got[0], errs
}

// extractIDs returns the ids extract gives the mentions of a text, by
// mention text.
func extractIDs(t *testing.T, db, text string) map[string]string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "q.txt")
	os.WriteFile(p, []byte(text), 0o644)
	out := mustRun(t, "extract", "--db", db, "--format", "jsonl", p)
	ids := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var m struct{ Text, ID string }
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		ids[m.Text] = m.ID
	}
	return ids
}

// TestLegiImport is issue 12's check of item 4, through the command: a
// small archive in the layout of formats/legi.md imported, then the
// instruments of the store and new mentions resolved through it.
func TestLegiImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lexgraph.db")
	jorf, legi, inc := legiArchives(t, dir)
	question := filepath.Join(dir, "question.txt")
	os.WriteFile(question, []byte("Vu la loi du 13 novembre 2014 et le décret n° 2015-543 du 18 mai 2015, "+
		"le décret du 10 mars 2016 puis le décret du 11 mars 2016 ont été pris.\n"), 0o644)
	mustRun(t, "ingest", "--db", db, "--quiet", question)
	if in := instrumentInfo(t, db, "la loi du 13 novembre 2014"); in.Legifrance != "" {
		t.Fatalf("before the import the law has a Légifrance page: %+v", in)
	}

	sum, errs := legiImport(t, exitRejected, "--db", db, jorf, legi)
	if want := jorf + "!" + legitest.MalformedPath + ":7:8"; !strings.Contains(errs, "rejected "+want) {
		t.Errorf("stderr %q does not name the malformed file at %s", errs, want)
	}
	if sum.Files != 20 || sum.Rejected != 1 || sum.Texts != 9 {
		t.Errorf("import summary %+v, want 20 files (9 texts) in, 1 rejected", sum)
	}
	if sum.Store.Instruments != 4 || sum.Store.Enriched != 3 || sum.Store.Renamed != 1 {
		t.Errorf("enrichment %+v, want 3 of 4 instruments enriched, 1 renamed", sum.Store)
	}

	// the checks, on the instruments the store held before
	loi := instrumentInfo(t, db, "la loi du 13 novembre 2014")
	if !strings.Contains(loi.Legifrance, "JORFTEXT000029754374") || loi.ID != "loi/2014-1353" {
		t.Errorf("la loi du 13 novembre 2014: %+v", loi)
	}
	dec := instrumentInfo(t, db, "le décret n° 2015-543 du 18 mai 2015")
	if !strings.Contains(dec.Legifrance, "JORFTEXT000030611441") || dec.NOR != "AGRS1501735D" ||
		dec.Consolidated != "https://www.legifrance.gouv.fr/loda/id/LEGITEXT000030611706" {
		t.Errorf("le décret n° 2015-543: %+v", dec)
	}
	if !slices.Contains(dec.Links, "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000030611441") || !slices.Contains(dec.Links, dec.Consolidated) {
		t.Errorf("décret 2015-543's links %v", dec.Links)
	}
	for _, name := range []string{"JORFTEXT000030611441", "LEGITEXT000030611706", "AGRS1501735D"} {
		if in := instrumentInfo(t, db, name); in.ID != "decret/2015-543" {
			t.Errorf("%s names %+v", name, in)
		}
	}
	lone := instrumentInfo(t, db, "décret du 11 mars 2016")
	if lone.ID != "decret/2016-9903" || !strings.Contains(lone.Legifrance, legitest.Lone.ID) || lone.NOR != legitest.Lone.NOR ||
		lone.Label != "Décret n° 2016-9903 du 11 mars 2016 relatif aux essaims d'abeilles sauvages" || lone.Documents != 1 {
		t.Errorf("the date one decree has: %+v", lone)
	}
	for _, q := range allQuads(t, db) {
		if strings.Contains(q, "du-2016-03-11") {
			t.Errorf("the renamed date id is left in %s", q)
		}
	}
	shared := instrumentInfo(t, db, "décret du 10 mars 2016")
	if shared.ID != "decret/du-2016-03-10" || shared.Legifrance != "" || shared.Number != "" {
		t.Errorf("the date two decrees share: %+v", shared)
	}

	// new mentions resolve through the index (extract reads the store's)
	text := "La loi du 13 novembre 2014, le décret n° 2015-543 du 18 mai 2015, le décret du 10 mars 2016, " +
		"le décret du 11 mars 2016 et la loi organique du 10 mars 2016 s'appliquent. " +
		"La loi relative à la protection des abeilles pollinisatrices prévoit des aides. " +
		"La loi relative aux miels de montagne prévoit des labels."
	ids := extractIDs(t, db, text)
	for m, want := range map[string]string{
		"loi du 13 novembre 2014":                                   "loi/2014-1353",
		"décret n° 2015-543 du 18 mai 2015":                         "decret/2015-543",
		"décret du 10 mars 2016":                                    "",
		"décret du 11 mars 2016":                                    "decret/2016-9903",
		"loi relative à la protection des abeilles pollinisatrices": "loi/2016-9904",
		"loi relative aux miels de montagne":                        "",
		"loi organique du 10 mars 2016":                             "loi/2016-9908",
	} {
		if got, ok := ids[m]; !ok || got != want {
			t.Errorf("extract %q: id %q (found %v), want %q; all %v", m, got, ok, want, ids)
		}
	}
	// without the index (another store), as before
	if ids := extractIDs(t, filepath.Join(dir, "none.db"), text); ids["décret du 11 mars 2016"] != "decret/du-2016-03-11" {
		t.Errorf("without an index: %v", ids)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Errorf("extract created a store")
	}

	// importing the same archives again changes nothing
	before := allQuads(t, db)
	again, _ := legiImport(t, exitRejected, "--db", db, jorf, legi)
	if again.Texts != 9 || again.Files != 20 {
		t.Errorf("the same import again: %+v", again)
	}
	if d := diff(before, allQuads(t, db)); d != "" {
		t.Errorf("the same import again changed the store:\n%s", d)
	}

	// the increment: Lone deleted, Added on its date, SharedB retitled
	sum, _ = legiImport(t, exitOK, "--db", db, inc)
	if sum.Deleted != 2 || sum.Texts != 9 || sum.Store.Cleared != 1 {
		t.Errorf("increment: %+v, want 2 files deleted, 9 texts, one instrument's facts cleared", sum)
	}
	ids = extractIDs(t, db, "le décret du 11 mars 2016 fixe")
	if ids["décret du 11 mars 2016"] != "decret/2016-9907" {
		t.Errorf("after the increment, the date's one decree: %v", ids)
	}
	if in := instrumentInfo(t, db, "decret/2016-9903"); in.Legifrance != "" || in.NOR != "" {
		t.Errorf("the deleted decree's facts stayed: %+v", in)
	}
	var ms []struct{ ID, Label string }
	p := filepath.Join(dir, "b.txt")
	os.WriteFile(p, []byte("le décret n° 2016-9902 du 10 mars 2016"), 0o644)
	runJSON(t, &ms, "extract", "--db", db, p)
	if len(ms) != 1 || ms[0].Label != "Décret n° 2016-9902 du 10 mars 2016 portant organisation des foires aux miels et aux cires" {
		t.Errorf("the retitled decree: %+v", ms)
	}
}

// TestLegiIngestThroughIndex checks that ingest resolves through the
// store's index: a date one decree has becomes that decree's node, one two
// decrees share no link.
func TestLegiIngestThroughIndex(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lexgraph.db")
	jorf, _, _ := legiArchives(t, dir)
	legiImport(t, exitRejected, "--db", db, jorf)
	q := filepath.Join(dir, "q.txt")
	os.WriteFile(q, []byte("le décret du 11 mars 2016 et le décret du 10 mars 2016"), 0o644)
	mustRun(t, "ingest", "--db", db, "--quiet", q)
	var cited []queries.CitedRow
	runJSON(t, &cited, "query", "cited", "--db", db)
	if len(cited) != 1 || cited[0].ID != "decret/2016-9903" {
		t.Errorf("cited %+v, want only decret/2016-9903", cited)
	}
	if in := instrumentInfo(t, db, legitest.Lone.ID); in.ID != "decret/2016-9903" {
		t.Errorf("by its JORFTEXT: %+v", in)
	}
}

func TestLegiImportErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lexgraph.db")
	if _, _, code := cli(t, "legi", "import", "--db", db); code != exitUsage {
		t.Errorf("no file: exit %d", code)
	}
	if _, _, code := cli(t, "legi", "--db", db); code != exitUsage {
		t.Errorf("no subcommand: exit %d", code)
	}
	bad := filepath.Join(dir, "bad.tar.gz")
	os.WriteFile(bad, []byte("\x1f\x8b\x08garbage"), 0o644)
	rejects := filepath.Join(dir, "rejects.jsonl")
	_, errs := legiImport(t, exitRejected, "--db", db, "--rejects", rejects, bad, filepath.Join(dir, "missing.tar.gz"))
	if !strings.Contains(errs, bad) || !strings.Contains(errs, "missing.tar.gz") {
		t.Errorf("stderr %q", errs)
	}
	data, _ := os.ReadFile(rejects)
	if n := strings.Count(string(data), "\n"); n != 2 || !strings.Contains(string(data), `"file":"`+bad+`"`) {
		t.Errorf("rejects file %q", data)
	}
	if _, errs, code := cli(t, "legi", "import", "--backend", "postgres", "--db", "postgres://nowhere.invalid/x", bad); code != exitError || errs == "" {
		t.Errorf("a store that cannot be opened: exit %d %q", code, errs)
	}
}

// TestLegiImportPostgres runs the checks on a PostgreSQL store and
// its replica: the index lives in the database (lexgraph_legi), the store's
// instruments are enriched on import, later ingests resolve through it, and
// the replica reads it.
func TestLegiImportPostgres(t *testing.T) {
	primary, replica := postgresDB(t, "lexgraph_legi_test")
	dir := t.TempDir()
	jorf, legi, _ := legiArchives(t, dir)
	question := filepath.Join(dir, "question.txt")
	os.WriteFile(question, []byte("Vu la loi du 13 novembre 2014 et le décret n° 2015-543 du 18 mai 2015, "+
		"le décret du 10 mars 2016 puis le décret du 11 mars 2016 ont été pris.\n"), 0o644)
	pg := []string{"--backend", "postgres", "--db", primary}
	mustRun(t, append([]string{"ingest", "--quiet", question}, pg...)...)
	sum, _ := legiImport(t, exitRejected, append(pg, jorf, legi)...)
	if sum.Files != 20 || sum.Rejected != 1 || sum.Texts != 9 || sum.Store.Enriched != 3 {
		t.Errorf("import summary %+v, want 20 files (9 texts) in, 1 rejected, 3 instruments enriched", sum)
	}
	info := func(addr, name string) queries.InstrumentInfo {
		var r queries.InstrumentReport
		runJSON(t, &r, "query", "instrument", "--backend", "postgres", "--db", addr, name)
		return r.Instrument
	}
	if loi := info(primary, "la loi du 13 novembre 2014"); !strings.Contains(loi.Legifrance, "JORFTEXT000029754374") {
		t.Errorf("la loi du 13 novembre 2014: %+v", loi)
	}
	if dec := info(primary, "le décret n° 2015-543 du 18 mai 2015"); !strings.Contains(dec.Legifrance, "JORFTEXT000030611441") {
		t.Errorf("le décret n° 2015-543: %+v", dec)
	}
	if lone := info(primary, "décret du 11 mars 2016"); lone.ID != "decret/2016-9903" {
		t.Errorf("the date one decree has: %+v", lone)
	}
	if shared := info(primary, "décret du 10 mars 2016"); shared.ID == "" || strings.Contains(shared.ID, "decret/2016-") {
		t.Errorf("a date two decrees share resolved: %+v", shared)
	}
	if replica != "" {
		caughtUp(t, primary, replica)
		if dec := info(replica, "le décret n° 2015-543 du 18 mai 2015"); !strings.Contains(dec.Legifrance, "JORFTEXT000030611441") {
			t.Errorf("on the replica, le décret n° 2015-543: %+v", dec)
		}
	}
}
