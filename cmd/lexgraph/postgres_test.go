package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	_ "github.com/lib/pq" // the "postgres" driver, to make the test databases

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/queries"
)

// postgresDB makes a fresh database on the PostgreSQL test server
// (LEXGRAPH_TEST_POSTGRES, set by .ci/run) and returns its connection
// string, and the same database's on the read replica
// (LEXGRAPH_TEST_POSTGRES_REPLICA) when that is set; it skips when no
// server is given. Each test has a database of its own: the packages' tests
// run side by side.
func postgresDB(t *testing.T, name string) (primary, replica string) {
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
	if _, err := db.Exec(`DROP DATABASE IF EXISTS ` + name); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE DATABASE ` + name); err != nil {
		t.Fatal(err)
	}
	withDB := func(addr string) string {
		u, err := url.Parse(addr)
		if err != nil || u.Scheme == "" {
			t.Fatalf("the test connection string %q is not a URL", addr)
		}
		u.Path = "/" + name
		return u.String()
	}
	if r := os.Getenv("LEXGRAPH_TEST_POSTGRES_REPLICA"); r != "" {
		replica = withDB(r)
	}
	return withDB(addr), replica
}

// TestPostgresCorpus ingests the sample corpus into PostgreSQL and into
// bolt and checks that the two answer alike: the stats, the most cited
// instruments, a Gizmo query; and that a query on PostgreSQL loads the
// model the ingest saved there.
func TestPostgresCorpus(t *testing.T) {
	pg, _ := postgresDB(t, "lexgraph_cmd_test")
	db := filepath.Join(t.TempDir(), "lexgraph.db")
	mustRun(t, "ingest", "--db", db, corpus)
	mustRun(t, "ingest", "--backend", "postgres", "--db", pg, corpus)
	if b, p := stats(t, db), pgStats(t, pg); b != p {
		t.Errorf("stats: bolt %+v, postgres %+v", b, p)
	}
	for _, args := range [][]string{
		{"query", "cited", "--format", "json"},
		{"query", "delays", "--format", "json"},
		{"query", "gizmo", "--format", "jsonl", `g.V("<instrument/traite/coe-185>").In("<cites_in_answer>").Out("<number>").All()`},
	} {
		b := mustRun(t, append(args, "--db", db)...)
		p := mustRun(t, append(args, "--backend", "postgres", "--db", pg)...)
		if args[1] == "gizmo" { // in the order of each backend's indexes
			b, p = sortedLines(b), sortedLines(p)
		}
		if b != p {
			t.Errorf("lexgraph %s: bolt and postgres differ:\n%s\n%s", strings.Join(args, " "), b, p)
		}
	}
	st := openPG(t, pg, true)
	if _, how, err := queries.RefreshModel(context.Background(), st); err != nil || how != queries.ModelKept {
		t.Errorf("a query on PostgreSQL after the ingest: the model was %s (%v), want kept (saved by the ingest)", how, err)
	}
}

func sortedLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func pgStats(t *testing.T, addr string) queries.Stats {
	t.Helper()
	var s queries.Stats
	if err := json.Unmarshal([]byte(mustRun(t, "stats", "--backend", "postgres", "--db", addr, "--format", "json")), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func openPG(t *testing.T, addr string, readOnly bool) *graph.Store {
	t.Helper()
	cfg := lexgraph.DefaultConfig()
	cfg.Backend, cfg.DB = "postgres", addr
	open := graph.Open
	if readOnly {
		open = graph.OpenReadOnly
	}
	st, err := open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// caughtUp fails the test when the replica has not applied what the
// primary committed to this database: the test clusters commit once the
// replica has applied (synchronous_commit = remote_apply, as .ci/run sets
// them up), and the store's counters (lexgraph_meta: its generation and
// its last change) are the same on both. (The server's WAL position would
// not do: other packages' tests write to other databases of the same
// server at the same time, a bulk load's intermediate commits without
// waiting for the replica.)
func caughtUp(t *testing.T, primary, replica string) {
	t.Helper()
	meta := func(addr string) string {
		db, err := sql.Open("postgres", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var s string
		if err := db.QueryRow(`SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM lexgraph_meta`).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	if p, r := meta(primary), meta(replica); p != r {
		t.Fatalf("the replica has not applied the primary's commits (primary %s, replica %s): run the primary with synchronous_standby_names = '*' and synchronous_commit = remote_apply (.ci/run does)", p, r)
	}
}

// TestPostgresReplica is the team deployment on one machine: a primary
// that ingests, and a streaming read replica (LEXGRAPH_TEST_POSTGRES_REPLICA)
// that a long-lived reader (as lexgraph serve is) and query processes read.
// After a second ingest on the primary, the same reader, never restarted,
// answers from the new data; a query process on the replica answers as one
// on the primary; the replica refuses writes, saying so.
func TestPostgresReplica(t *testing.T) {
	primary, replica := postgresDB(t, "lexgraph_replica_test")
	if replica == "" {
		t.Skip("LEXGRAPH_TEST_POSTGRES_REPLICA is not set: no read replica to test on (.ci/run starts one)")
	}
	ctx := context.Background()
	mustRun(t, "ingest", "--backend", "postgres", "--db", primary, filepath.Join(corpus, "seeds"))
	caughtUp(t, primary, replica)
	reader := openPG(t, replica, true)
	if !reader.Replica() {
		t.Fatal("the replica's store does not say it is one")
	}
	before, err := queries.Cited(ctx, reader, queries.CitedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m, how, _ := queries.RefreshModel(ctx, reader)
	if how != queries.ModelKept || len(m.Questions) != 2 {
		t.Errorf("the replica's model: %s, %d questions (want the primary's, saved by its ingest: 2 seeds)", how, len(m.Questions))
	}

	mustRun(t, "ingest", "--backend", "postgres", "--db", primary, corpus)
	caughtUp(t, primary, replica)
	after, err := queries.Cited(ctx, reader, queries.CitedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(before, after) || len(after) <= len(before) {
		t.Errorf("the reader did not see the second ingest: %d instruments cited, then %d", len(before), len(after))
	}
	viaPrimary := mustRun(t, "query", "cited", "--format", "json", "--backend", "postgres", "--db", primary)
	viaReplica := mustRun(t, "query", "cited", "--format", "json", "--backend", "postgres", "--db", replica)
	if viaPrimary != viaReplica {
		t.Errorf("a query on the replica differs from one on the primary:\n%s\n%s", viaReplica, viaPrimary)
	}
	if s, p := pgStats(t, replica), pgStats(t, primary); s != p {
		t.Errorf("stats: replica %+v, primary %+v", s, p)
	}
	_, errs, code := cli(t, "ingest", "--backend", "postgres", "--db", replica, filepath.Join(corpus, "seeds"))
	if code != exitError || !strings.Contains(errs, "read replica") {
		t.Errorf("an ingest into the replica: exit %d, %s", code, errs)
	}
}

// TestPostgresNoConnString checks the command line's word when the
// postgres backend has no connection string.
func TestPostgresNoConnString(t *testing.T) {
	dir := t.TempDir()
	old, _ := os.Getwd()
	os.Chdir(dir) // no config.yaml, no lexgraph.db here
	defer os.Chdir(old)
	_, errs, code := cli(t, "query", "cited", "--backend", "postgres")
	if code != exitError || !strings.Contains(errs, "needs a connection string") || !strings.Contains(errs, "--db 'postgres://") {
		t.Errorf("exit %d: %s", code, errs)
	}
}
