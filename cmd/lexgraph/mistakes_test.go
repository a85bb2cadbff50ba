package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// TestUsageErrors tries every kind of bad usage: each exits with status 2
// and says what is wrong, before any store is opened (the --db given does
// not exist, and is not created).
func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "never.db")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"query"}, "which query?"},
		{[]string{"query", "nosuch"}, `unknown query "nosuch"`},
		{[]string{"stats", "--no-such-flag"}, "unknown flag: --no-such-flag"},
		{[]string{"query", "cited", "--no-such-flag"}, "unknown flag"},
		{[]string{"stats", "--format", "yaml"}, `unknown format "yaml"`},
		{[]string{"export", "--format", "rdfxml"}, `unknown export format "rdfxml"`},
		{[]string{"query", "cited", "--part", "footnote"}, `unknown part "footnote"`},
		{[]string{"query", "cited", "--kind", "poem"}, `unknown kind "poem"`},
		{[]string{"query", "cited", "--limit", "abc"}, `"abc" is not a whole number`},
		{[]string{"query", "cited", "--limit", "-2"}, "limit -2"},
		{[]string{"query", "cited", "--from", "31 trucmuche 2015"}, `date "31 trucmuche 2015"`},
		{[]string{"query", "delays", "--from", "2016", "--to", "2015"}, "is after"},
		{[]string{"query", "citing"}, "accepts 1 arg"},
		{[]string{"query", "redirected", "--pairs=maybe"}, "not true or false"},
		{[]string{"--backend", "nosuch", "stats"}, `unknown store backend "nosuch"`},
		{[]string{"ingest"}, "requires at least 1 arg"},
		{[]string{"ingest", filepath.Join(dir, "missing")}, "missing: no such file or folder"},
		{[]string{"gen"}, `required flag(s) "out" not set`},
		{[]string{"gen", "--out", filepath.Join(dir, "q.json"), "--questions", "-3"}, "--questions -3: want 1 or more"},
		{[]string{"gen", "--out", filepath.Join(dir, "q.json"), "--answered", "1.5"}, "--answered 1.5"},
		{[]string{"gen", "--out", filepath.Join(dir, "q.json"), "--answered", "0"}, "--answered 0"},
		{[]string{"gen", "--out", filepath.Join(dir, "q.json"), "--legislature", "0"}, "--legislature 0"},
		{[]string{"stats", "--config", filepath.Join(dir, "none.yaml")}, "cannot open configuration"},
		{[]string{"version", "extra"}, "unknown command"},
	} {
		args := append(tt.args, "--db", db)
		_, errs, code := cli(t, args...)
		if code != exitUsage || !strings.Contains(errs, tt.want) {
			t.Errorf("lexgraph %s: exit %d, %q; want exit 2 and %q", strings.Join(tt.args, " "), code, errs, tt.want)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a bad usage created the store %s", db)
	}
	if _, err := os.Stat(filepath.Join(dir, "q.json")); !os.IsNotExist(err) {
		t.Errorf("a refused gen wrote its file")
	}
}

// TestRunTimeFailures checks that failures at run time exit with status 1:
// a store that is not there, a name matching nothing, an empty folder to
// ingest, a store in a folder that does not exist.
func TestRunTimeFailures(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lexgraph.db")
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	os.WriteFile(filepath.Join(empty, ".hidden"), []byte("x"), 0o644)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"stats", "--db", db}, "no store at"},
		{[]string{"ingest", "--db", db, empty}, "nothing found: the folder holds no file"},
		{[]string{"ingest", "--db", filepath.Join(dir, "no", "such", "x.db"), filepath.Join(corpus, "seeds")}, `there is no folder "` + filepath.Join(dir, "no", "such") + `"`},
	} {
		_, errs, code := cli(t, tt.args...)
		if code != exitError || !strings.Contains(errs, tt.want) {
			t.Errorf("lexgraph %s: exit %d, %q; want exit 1 and %q", strings.Join(tt.args, " "), code, errs, tt.want)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("an ingest of nothing created the store")
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); !os.IsNotExist(err) {
		t.Errorf("--db in a missing folder created the folder")
	}
	mustRun(t, "ingest", "--db", db, filepath.Join(corpus, "seeds"))
	_, errs, code := cli(t, "query", "deputy", "--db", db, "nobody-of-that-name")
	if code != exitError || !strings.Contains(errs, "nobody-of-that-name") {
		t.Errorf("a name matching nothing: exit %d, %q", code, errs)
	}
}

// TestIngestSomeEmpty checks that an empty folder beside real inputs is
// named while the others go in.
func TestIngestSomeEmpty(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	db := filepath.Join(dir, "lexgraph.db")
	_, errs, code := cli(t, "ingest", "--db", db, empty, filepath.Join(corpus, "seeds"))
	if code != 0 || !strings.Contains(errs, empty+": nothing found") {
		t.Errorf("exit %d, %q", code, errs)
	}
	if s := stats(t, db); s.Questions != 2 {
		t.Errorf("the seeds did not go in: %+v", s)
	}
}

// TestNumericUID checks that a record whose uid is a number is rejected,
// named with its position, while the others go in.
func TestNumericUID(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "n.json")
	os.WriteFile(bad, []byte(`{"question":{"uid":5}}`), 0o644)
	db := filepath.Join(dir, "lexgraph.db")
	_, errs, code := cli(t, "ingest", "--db", db, bad, filepath.Join(corpus, "seeds"))
	if code != exitRejected || !strings.Contains(errs, bad+":1:1") || !strings.Contains(errs, "field uid: want a text, found the number 5") {
		t.Errorf("exit %d, %q", code, errs)
	}
	if s := stats(t, db); s.Questions != 2 {
		t.Errorf("stats %+v: the record with a numeric uid went in, or the seeds did not", s)
	}
}

// TestMemoryBackendWarns checks that the memory backend says its store
// dies with the process, and still works for the command's life.
func TestMemoryBackendWarns(t *testing.T) {
	out, errs, code := cli(t, "ingest", "--backend", "memory", "--format", "json", "--top", "0", "--quiet", filepath.Join(corpus, "seeds"))
	if code != 0 || !strings.Contains(errs, "warning: the memory backend keeps the store in this process only") {
		t.Errorf("exit %d, %q", code, errs)
	}
	if !strings.Contains(out, `"questions": 2`) {
		t.Errorf("the ingest into memory did not run: %s", out)
	}
	if _, errs, _ := cli(t, "stats", "--db", filepath.Join(t.TempDir(), "x.db")); strings.Contains(errs, "memory") {
		t.Errorf("a bolt store warned of memory: %q", errs)
	}
}

// TestVersion checks both spellings, and where the fields come from: the
// go command's stamps, overridden by -ldflags.
func TestVersion(t *testing.T) {
	a, _, code := cli(t, "--version")
	b, _, code2 := cli(t, "version")
	if code != 0 || code2 != 0 || a != b || !strings.HasPrefix(a, "lexgraph ") || !strings.Contains(a, ", commit ") || !strings.Contains(a, ", date ") {
		t.Errorf("--version %q (exit %d), version %q (exit %d)", a, code, b, code2)
	}
	var v Version
	if err := json.Unmarshal([]byte(mustRun(t, "version", "--format", "json")), &v); err != nil || v.Version == "" || v.Commit == "" || v.Date == "" {
		t.Errorf("version --format json: %+v, %v", v, err)
	}
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "lexgraph", Version: "v0.3.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "95ea33e1"}, {Key: "vcs.time", Value: "2026-12-03T06:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	if got := versionLine(versionOf(bi, "", "", "")); got != "lexgraph v0.3.0, commit 95ea33e1 (modified), date 2026-12-03T06:00:00Z, go1.26.8" {
		t.Errorf("from the build info: %q", got)
	}
	if got := versionOf(bi, "v1.0.0", "abc123", "2027-01-01"); got.Version != "v1.0.0" || got.Commit != "abc123" || got.Modified || got.Date != "2027-01-01" {
		t.Errorf("-ldflags do not win: %+v", got)
	}
	if got := versionOf(nil, "", "", ""); got.Version != "unknown" || got.Commit != "unknown" || got.Date != "unknown" {
		t.Errorf("no build info: %+v", got)
	}
}
