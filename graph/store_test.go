package graph_test

import (
	"context"
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

// TestPostgresStore runs the suite on PostgreSQL when
// LEXGRAPH_TEST_POSTGRES holds a connection string (.ci/run sets it when it
// could start a server).
func TestPostgresStore(t *testing.T) {
	addr := os.Getenv("LEXGRAPH_TEST_POSTGRES")
	if addr == "" {
		t.Skip("LEXGRAPH_TEST_POSTGRES is not set")
	}
	storetest.Run(t, func(t *testing.T) *graph.Store {
		cfg := lexgraph.DefaultConfig()
		cfg.Backend, cfg.DB = "postgres", addr
		st, err := graph.Open(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		// Each test starts empty: drop what earlier tests left.
		var all []graph.Quad
		st.EachQuad(context.Background(), func(q graph.Quad) error { all = append(all, q); return nil })
		labels := map[string]bool{}
		for _, q := range all {
			labels[q.Label] = true
		}
		var docs []graph.DocQuads
		for l := range labels {
			docs = append(docs, graph.DocQuads{Label: l})
		}
		if _, err := st.Replace(context.Background(), docs); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	})
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
