package graph_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/graph/storetest"
)

func TestMemoryStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *graph.Store {
		cfg := lexgraph.DefaultConfig()
		cfg.Backend = "memory"
		st, err := graph.Open(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	})
}

func openBolt(t *testing.T, path string) (*graph.Store, error) {
	cfg := lexgraph.DefaultConfig()
	cfg.DB = path
	cfg.Store.OpenTimeout = 500 * time.Millisecond
	return graph.Open(context.Background(), cfg)
}

func TestBoltStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *graph.Store {
		st, err := openBolt(t, filepath.Join(t.TempDir(), "s.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	})
}

// postgresStore returns the PostgreSQL test server's connection string,
// its tables dropped, or skips (see graph.PostgresForTest).
func postgresStore(t *testing.T) string { return graph.PostgresForTest(t) }

func openPostgres(t *testing.T, addr string) *graph.Store {
	t.Helper()
	cfg := lexgraph.DefaultConfig()
	cfg.Backend, cfg.DB = "postgres", addr
	st, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestPostgresStore runs the suite on PostgreSQL, each test on empty
// tables.
func TestPostgresStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *graph.Store { return openPostgres(t, postgresStore(t)) })
}

// TestPostgresNeedsConnString checks that the postgres backend without a
// connection string says so, naming the flag.
func TestPostgresNeedsConnString(t *testing.T) {
	for _, db := range []string{"", "lexgraph.db", "/var/lib/store.db"} {
		cfg := lexgraph.DefaultConfig()
		cfg.Backend, cfg.DB = "postgres", db
		_, err := graph.Open(context.Background(), cfg)
		if lexgraph.ErrorCode(err) != lexgraph.EINVALID || !strings.Contains(err.Error(), "needs a connection string") || !strings.Contains(err.Error(), "--db") {
			t.Errorf("--db %q: %v", db, err)
		}
	}
}

func TestBoltPersists(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := openBolt(t, path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st.Replace(ctx, []graph.DocQuads{{Label: "doc/a", Quads: []graph.Quad{{Subject: "a", Predicate: graph.Name, Object: graph.String("A"), Label: "doc/a"}}}})
	st.Close()
	st, err = openBolt(t, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, _ := st.Objects(ctx, "a", graph.Name)
	if len(got) != 1 || got[0].Text() != "A" {
		t.Errorf("after reopening: %v", got)
	}
}

// TestBoltHeld checks that a store held elsewhere gives a clear error
// quickly instead of waiting forever.
func TestBoltHeld(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := openBolt(t, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	_, err = openBolt(t, path)
	if err == nil {
		t.Fatal("a second open of a held store succeeded")
	}
	if lexgraph.ErrorCode(err) != lexgraph.ECONFLICT || !strings.Contains(err.Error(), "held by") || !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not say the store is held, and which", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v to report the lock", d)
	}
}

func TestBoltBadPaths(t *testing.T) {
	dir := t.TempDir()
	notStore := filepath.Join(dir, "text.db")
	os.WriteFile(notStore, []byte("hello, not a database"), 0o644)
	for _, p := range []string{notStore, dir, ""} {
		if _, err := openBolt(t, p); err == nil {
			t.Errorf("opening %q as a store succeeded", p)
		} else if lexgraph.ErrorCode(err) != lexgraph.EINVALID {
			t.Errorf("opening %q: %v, want an invalid-input error", p, err)
		}
	}
}

func TestUnknownBackend(t *testing.T) {
	cfg := lexgraph.DefaultConfig()
	cfg.Backend = "oracle"
	if _, err := graph.Open(context.Background(), cfg); lexgraph.ErrorCode(err) != lexgraph.EINVALID {
		t.Errorf("unknown backend gave %v", err)
	}
}

func openReadOnly(t *testing.T, path string) (*graph.Store, error) {
	cfg := lexgraph.DefaultConfig()
	cfg.DB = path
	cfg.Store.OpenTimeout = 500 * time.Millisecond
	return graph.OpenReadOnly(context.Background(), cfg)
}

// TestBoltReadOnly checks read-only opens: several at once, none on a
// missing store, no writes, and a clear error beside a writer.
func TestBoltReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	if _, err := openReadOnly(t, path); lexgraph.ErrorCode(err) != lexgraph.ENOTFOUND || !strings.Contains(err.Error(), "ingest") {
		t.Errorf("read-only open of a missing store: %v", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a read-only open created the store")
	}
	st, err := openBolt(t, path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st.Replace(ctx, []graph.DocQuads{{Label: "doc/a", Quads: []graph.Quad{{Subject: "a", Predicate: graph.Name, Object: graph.String("A"), Label: "doc/a"}}}})
	if _, err := openReadOnly(t, path); lexgraph.ErrorCode(err) != lexgraph.ECONFLICT {
		t.Errorf("read-only open beside a writer: %v", err)
	}
	st.Close()

	r1, err := openReadOnly(t, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := openReadOnly(t, path)
	if err != nil {
		t.Fatalf("a second reader: %v", err)
	}
	defer r2.Close()
	for _, r := range []*graph.Store{r1, r2} {
		if got, _ := r.Objects(ctx, "a", graph.Name); len(got) != 1 || got[0].Text() != "A" {
			t.Errorf("reader sees %v", got)
		}
	}
	if _, err := r1.Replace(ctx, []graph.DocQuads{{Label: "doc/b"}}); err == nil {
		t.Error("a write through a read-only store succeeded")
	}
	if _, err := r1.SaveBlob(ctx, "x", "g", nil); err == nil {
		t.Error("saving derived data through a read-only store succeeded")
	}
	if _, err := openBolt(t, path); lexgraph.ErrorCode(err) != lexgraph.ECONFLICT || !strings.Contains(err.Error(), "held by") {
		t.Errorf("a writer beside readers: %v", err)
	}
}

// TestBoltGenerationAcrossOpens checks that the generation is the
// store's, not the process's: equal across opens, changed by a write made
// through another handle, and derived data saved for it found again.
func TestBoltGenerationAcrossOpens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	ctx := context.Background()
	st, err := openBolt(t, path)
	if err != nil {
		t.Fatal(err)
	}
	st.Replace(ctx, []graph.DocQuads{{Label: "doc/a", Quads: []graph.Quad{{Subject: "a", Predicate: graph.Name, Object: graph.String("A"), Label: "doc/a"}}}})
	gen, _ := st.Generation(ctx)
	if ok, err := st.SaveBlob(ctx, "x", gen, []byte("derived")); !ok || err != nil {
		t.Fatalf("SaveBlob: %v %v", ok, err)
	}
	st.Close()

	r, err := openReadOnly(t, path)
	if err != nil {
		t.Fatal(err)
	}
	if g, _ := r.Generation(ctx); g != gen {
		t.Errorf("generation %q after reopening, was %q", g, gen)
	}
	if g, data, _ := r.LoadBlob(ctx, "x"); g != gen || string(data) != "derived" {
		t.Errorf("derived data after reopening: %q %q", g, data)
	}
	r.Close()

	st, _ = openBolt(t, path)
	st.Replace(ctx, []graph.DocQuads{{Label: "doc/a"}})
	st.Close()
	r, _ = openReadOnly(t, path)
	defer r.Close()
	if g, _ := r.Generation(ctx); g == gen {
		t.Errorf("generation %q unchanged by another handle's write", g)
	}
}

// TestBoltEmptyCount checks that a store nothing was written to counts no
// quads rather than failing (cayley has not made its buckets yet).
func TestBoltEmptyCount(t *testing.T) {
	st, err := openBolt(t, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, err := st.CountQuads(context.Background()); n != 0 || err != nil {
		t.Errorf("an empty store counts %d quads, %v", n, err)
	}
}

// TestSnapshotBolt copies a store and checks that the copy holds the same
// quads and generation, that it is a store of its own (a write to the
// original leaves it as it was), and that a held store is not copied.
func TestSnapshotBolt(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := lexgraph.DefaultConfig()
	cfg.DB = filepath.Join(dir, "a.db")
	cfg.Store.OpenTimeout = 300 * time.Millisecond
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	doc := func(label string, n int) []graph.DocQuads {
		var qs []graph.Quad
		for i := 0; i < n; i++ {
			qs = append(qs, graph.Quad{Subject: fmt.Sprintf("node/%s/%d", label, i), Predicate: "name", Object: graph.String("x"), Label: "doc/" + label})
		}
		return []graph.DocQuads{{Label: "doc/" + label, Quads: qs}}
	}
	if _, err := st.Replace(ctx, doc("one", 20)); err != nil {
		t.Fatal(err)
	}
	gen, _ := st.Generation(ctx)
	// held by a writer: no copy
	if _, err := graph.SnapshotBolt(ctx, cfg, filepath.Join(dir, "held.db")); lexgraph.ErrorCode(err) != lexgraph.ECONFLICT {
		t.Fatalf("copy of a store held by a writer: %v", err)
	}
	st.Close()
	copyPath := filepath.Join(dir, "copy.db")
	got, err := graph.SnapshotBolt(ctx, cfg, copyPath)
	if err != nil || got != gen {
		t.Fatalf("snapshot: generation %q (want %q), %v", got, gen, err)
	}
	if peek, err := graph.PeekGeneration(ctx, cfg); err != nil || peek != gen {
		t.Fatalf("peek: %q, %v", peek, err)
	}
	st, err = graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Replace(ctx, doc("two", 5)); err != nil {
		t.Fatal(err)
	}
	st.Close()
	ccfg := cfg
	ccfg.DB = copyPath
	cp, err := graph.OpenReadOnly(ctx, ccfg)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if n, _ := cp.CountQuads(ctx); n != 20 {
		t.Errorf("the copy holds %d quads, want 20 (the original's before its second write)", n)
	}
	if g, _ := cp.Generation(ctx); g != gen {
		t.Errorf("the copy's generation %q, want %q", g, gen)
	}
	if peek, _ := graph.PeekGeneration(ctx, cfg); peek == gen {
		t.Errorf("the original's generation did not change with a write")
	}
	cp.Pin("pinned")
	if g, _ := cp.Generation(ctx); g != "pinned" {
		t.Errorf("pinned generation %q", g)
	}
}
