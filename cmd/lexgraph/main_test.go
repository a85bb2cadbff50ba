package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexgraph/queries"
	"lexgraph/queries/raw"
)

// TestMain lets the test binary serve as the raw query child that the
// commands start (package raw).
func TestMain(m *testing.M) {
	raw.RunChildIfAsked()
	os.Exit(m.Run())
}

var corpus = filepath.Join("..", "..", "testdata", "corpus")

// lexgraph runs the command with args and returns its output and status.
func cli(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), code
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := cli(t, args...)
	if code != 0 {
		t.Fatalf("lexgraph %s: exit %d: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

func stats(t *testing.T, db string) queries.Stats {
	t.Helper()
	var s queries.Stats
	if err := json.Unmarshal([]byte(mustRun(t, "stats", "--db", db, "--format", "json")), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSeeds is the walking skeleton's acceptance check: the seeds in, the
// Budapest convention counted once for both questions, the deputy–ministry
// links out, and a second ingest changing nothing.
func TestSeeds(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lexgraph.db")
	seeds := filepath.Join(corpus, "seeds")
	mustRun(t, "ingest", "--db", db, seeds)

	var cited []queries.CitedRow
	if err := json.Unmarshal([]byte(mustRun(t, "query", "cited", "--db", db, "--format", "json")), &cited); err != nil {
		t.Fatal(err)
	}
	var budapest []queries.CitedRow
	for _, r := range cited {
		if r.Kind == "traite" && (strings.Contains(r.Label, "cybercriminalité") || strings.Contains(r.Label, "Budapest")) {
			budapest = append(budapest, r)
		}
	}
	if len(budapest) != 1 {
		t.Fatalf("cited has %d rows for the Budapest convention, want 1: %+v", len(budapest), budapest)
	}
	if b := budapest[0]; b.Count != 2 || strings.Join(b.Questions, ",") != "14-50860,14-81473" {
		t.Errorf("Budapest row: count %d questions %v, want 2 [14-50860 14-81473]", b.Count, b.Questions)
	}

	var answers []queries.CitedRow
	json.Unmarshal([]byte(mustRun(t, "query", "cited", "--db", db, "--format", "json", "--part", "answer")), &answers)
	for _, r := range answers {
		if r.ID == "traite/mlat" {
			t.Errorf("--part answer kept the MLAT, cited in a question only")
		}
	}

	var links []queries.LinkRow
	if err := json.Unmarshal([]byte(mustRun(t, "query", "links", "--db", db, "--format", "json")), &links); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{"M. Jacques Cresta": {"Numérique", "Justice"}, "M. Lionel Tardy": {"Intérieur", "Justice"}}
	for _, l := range links {
		if w, ok := want[l.Deputy]; ok && l.MinistryAsked == w[0] && l.MinistryAssigned == w[1] && l.Questions == 1 {
			delete(want, l.Deputy)
		}
	}
	if len(want) > 0 {
		t.Errorf("links %+v lack %v", links, want)
	}

	before := stats(t, db)
	if before.Questions != 2 || before.Answers != 2 || before.Deputies != 2 || before.Ministries != 3 {
		t.Errorf("stats after the seeds: %+v", before)
	}
	mustRun(t, "ingest", "--db", db, seeds)
	if after := stats(t, db); after != before {
		t.Errorf("a second ingest changed stats: %+v, then %+v", before, after)
	}
}

// TestIngestReportsBadFiles checks that a binary file is named in a clear
// message while the good files go in, with exit status 3.
func TestIngestReportsBadFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lexgraph.db")
	bin := filepath.Join(dir, "image.png")
	os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644)
	latin1 := filepath.Join(dir, "latin1.txt")
	os.WriteFile(latin1, []byte("la loi du 10 janvier 1991 dite \xab loi Evin \xbb"), 0o644)
	_, errs, code := cli(t, "ingest", "--db", db, bin, latin1, filepath.Join(corpus, "seeds"))
	if code != exitRejected {
		t.Errorf("exit %d, want %d", code, exitRejected)
	}
	if !strings.Contains(errs, bin) || !strings.Contains(errs, "binary") {
		t.Errorf("stderr %q does not name the binary file", errs)
	}
	if !strings.Contains(errs, latin1+":1:32") || !strings.Contains(errs, "not UTF-8") {
		t.Errorf("stderr %q does not place the bad byte of the Latin-1 file", errs)
	}
	if s := stats(t, db); s.Questions != 2 {
		t.Errorf("the seeds did not go in beside the bad files: %+v", s)
	}
}

// TestExtractSpans checks that extract reports byte offsets into the files
// as given, each span equal to its text, with ids agreeing across files.
func TestExtractSpans(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus, "*", "*.txt"))
	out := mustRun(t, append([]string{"extract", "--format", "jsonl"}, files...)...)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 60 {
		t.Fatalf("extract printed %d mentions", len(lines))
	}
	ids := map[string]bool{}
	for _, l := range lines {
		var m struct {
			File           string
			Start, End     int
			Text, Kind, ID string
			Part           string
		}
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		data, err := os.ReadFile(m.File)
		if err != nil {
			t.Fatalf("file %q as printed: %v", m.File, err)
		}
		if string(data[m.Start:m.End]) != m.Text {
			t.Errorf("%s %d-%d: %q is not the file's bytes", m.File, m.Start, m.End, m.Text)
		}
		if m.Kind == "" || m.Part == "" {
			t.Errorf("mention %q lacks kind or part", l)
		}
		if strings.Contains(m.Text, "Budapest") || strings.Contains(m.Text, "sur la cybercriminalité du 23") {
			ids[m.ID] = true
		}
	}
	if len(ids) != 1 {
		t.Errorf("Budapest wordings across files have ids %v, want one", ids)
	}
}

func TestGizmoCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lexgraph.db")
	mustRun(t, "ingest", "--db", db, filepath.Join(corpus, "seeds"))
	out := mustRun(t, "query", "gizmo", "--db", db, `g.V("<instrument/traite/coe-185>").In("<cites_in_answer>").Out("<number>").All()`)
	if !strings.Contains(out, "81473") || !strings.Contains(out, "50860") {
		t.Errorf("gizmo output %q lacks the questions", out)
	}
	_, errs, code := cli(t, "query", "gizmo", "--db", db, "--timeout", "300ms", `while(true){}`)
	if code == 0 || !strings.Contains(errs, "time limit") {
		t.Errorf("endless gizmo: exit %d, %q", code, errs)
	}
}
