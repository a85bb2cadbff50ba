package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"lexgraph/queries"
)

// TestTablesFit80 runs the README's commands on an 80-column terminal
// (COLUMNS=80): every line fits, but for links and ids, which are never
// cut (a line over 80 columns holds a link, whole); summaries are
// label–value lines; and --format json keeps what the table cut.
func TestTablesFit80(t *testing.T) {
	db := corpusDB(t)
	t.Setenv("COLUMNS", "80")
	for _, args := range [][]string{
		{"ingest", "--db", db, corpus},
		{"stats", "--db", db},
		{"query", "cited", "--db", db},
		{"query", "citing", "--db", db, "convention de Budapest"},
		{"query", "instrument", "--db", db, "budapest"},
		{"query", "instrument", "--db", db, "loi n° 2016-731"},
		{"query", "deputy", "--db", db, "cresta"},
		{"query", "ministry", "--db", db, "justice"},
		{"query", "links", "--db", db},
		{"query", "links", "--db", db, "--by", "group"},
		{"query", "redirected", "--db", db},
		{"query", "delays", "--db", db},
		{"query", "path", "--db", db, "cresta", "budapest"},
		{"extract", corpus + "/seeds/000_fbaed0f544bcf766.txt"},
		{"version"},
	} {
		out := mustRun(t, args...)
		for _, line := range strings.Split(out, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 && !strings.Contains(line, "https://") {
				t.Errorf("lexgraph %s: a line of %d columns with no link in it:\n%s", strings.Join(args, " "), n, line)
			}
		}
	}
	sum := mustRun(t, "ingest", "--db", db, "--top", "0", corpus)
	for _, want := range []string{"documents            15\n", "quads_added          0\n", "unchanged_documents  15\n"} {
		if !strings.Contains(sum, want) {
			t.Errorf("the ingest summary lacks the line %q:\n%s", want, sum)
		}
	}
	// links are whole in the table as in JSON
	var rep struct {
		Instrument queries.InstrumentInfo `json:"instrument"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "query", "instrument", "--db", db, "loi n° 2016-731", "--format", "json")), &rep); err != nil {
		t.Fatal(err)
	}
	table := mustRun(t, "query", "instrument", "--db", db, "loi n° 2016-731")
	if len(rep.Instrument.Links) == 0 || rep.Instrument.ELI == "" {
		t.Fatalf("no links to check: %+v", rep.Instrument)
	}
	for _, l := range append(rep.Instrument.Links, rep.Instrument.ELI, rep.Instrument.ID) {
		if !strings.Contains(table, l) {
			t.Errorf("the table cut %s:\n%s", l, table)
		}
	}
	// what the table cuts, the JSON keeps
	var ls []queries.LinkRow
	runJSON(t, &ls, "query", "links", "--db", db)
	long := ""
	for _, l := range ls {
		if len(l.Group) > len(long) {
			long = l.Group
		}
	}
	if tbl := mustRun(t, "query", "links", "--db", db); !strings.Contains(tbl, "…") || strings.Contains(tbl, long) {
		t.Errorf("the links table on 80 columns does not cut %q:\n%s", long, tbl)
	}
	t.Setenv("COLUMNS", "250")
	if tbl := mustRun(t, "query", "links", "--db", db); !strings.Contains(tbl, long) || strings.Contains(tbl, "…") {
		t.Errorf("the links table on 250 columns cuts %q:\n%s", long, tbl)
	}
}

// TestTerminalWidth checks where the width comes from: COLUMNS first, a
// terminal's size, else no bound (a file or a pipe keeps cells whole).
func TestTerminalWidth(t *testing.T) {
	t.Setenv("COLUMNS", "")
	if w := terminalWidth(&bytes.Buffer{}); w != 0 {
		t.Errorf("a buffer: width %d", w)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if n := terminalWidth(w); n != 0 {
		t.Errorf("a pipe: width %d", n)
	}
	t.Setenv("COLUMNS", "100")
	if n := terminalWidth(w); n != 100 {
		t.Errorf("COLUMNS=100: width %d", n)
	}
	t.Setenv("COLUMNS", "wide")
	if n := terminalWidth(&bytes.Buffer{}); n != 0 {
		t.Errorf("COLUMNS=wide: width %d", n)
	}
}

// TestTableLayout checks the fitting rules on rows written for it.
func TestTableLayout(t *testing.T) {
	type row struct {
		ID        string   `json:"id"`
		Label     string   `json:"label"`
		Note      string   `json:"note"`
		Questions []string `json:"questions"`
		URL       string   `json:"url"`
	}
	rows := []row{
		{"loi/2008-582", "Loi n° 2008-582 du 20 juin 2008 renforçant les mesures de prévention", "une note assez longue pour être coupée", []string{"14-8", "14-12", "15-8", "15-12"}, "https://example.org/a"},
		{"code/penal", "Code pénal", "", []string{"14-100"}, "https://example.org/b"},
	}
	var b bytes.Buffer
	renderRows(&b, "table", 70, rows)
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if n := utf8.RuneCountInString(line); n > 70 {
			t.Errorf("a line of %d columns:\n%s", n, b.String())
		}
	}
	for _, want := range []string{"loi/2008-582", "https://example.org/a", "14-8, … +3", "…"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	renderRows(&b, "table", 0, rows)
	if !strings.Contains(b.String(), rows[0].Label) || !strings.Contains(b.String(), "14-8, 14-12, 15-8, 15-12") {
		t.Errorf("with no bound, cells are cut:\n%s", b.String())
	}
	b.Reset()
	renderRows(&b, "table", 40, rows) // the ids and links alone are wider: one record a block
	if want := "id         loi/2008-582\nlabel      Loi n° 2008-582 du 20 juin\n           2008 renforçant les mesures\n           de prévention\n"; !strings.HasPrefix(b.String(), want) {
		t.Errorf("records on 40 columns:\n%s\nwant a start of\n%s", b.String(), want)
	}
	if !strings.Contains(b.String(), "\n\nid         code/penal\n") || !strings.Contains(b.String(), "questions  14-8\n           14-12\n") {
		t.Errorf("records on 40 columns:\n%s", b.String())
	}
	b.Reset()
	renderRows(&b, "csv", 40, rows)
	if !strings.Contains(b.String(), rows[0].Label) {
		t.Errorf("csv cut a cell:\n%s", b.String())
	}
}

// TestJSONArrayAsEncoder checks that rows written one at a time are the
// bytes json.Encoder writes for the whole slice, HTML left unescaped.
func TestJSONArrayAsEncoder(t *testing.T) {
	type row struct {
		Name  string   `json:"name"`
		Items []string `json:"items"`
		N     int      `json:"n"`
	}
	for _, rows := range [][]row{
		nil, {}, {{Name: "a <b> & c", Items: []string{"x", "y"}, N: 1}},
		{{Name: "loi n° 2008-582", N: 2}, {Name: "« cette loi »", Items: []string{}}, {Name: "3"}},
	} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		v := any(rows)
		if rows == nil {
			v = []struct{}{}
		}
		enc.Encode(v)
		if err := renderRows(&got, "json", 0, rows); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d rows:\ngot  %q\nwant %q", len(rows), got.String(), want.String())
		}
	}
}
