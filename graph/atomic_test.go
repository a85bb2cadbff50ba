package graph

import (
	"context"
	"path/filepath"
	"testing"

	"lexgraph"
)

// TestPackBuckets checks that the bolt transaction hidalgo wraps is reached
// (the pinned hidalgo's layout) and that cayley's append-only buckets are
// filled: should a hidalgo upgrade change its Tx, this fails rather than
// letting the store silently double in size.
func TestPackBuckets(t *testing.T) {
	cfg := lexgraph.DefaultConfig()
	cfg.DB = filepath.Join(t.TempDir(), "s.db")
	st, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// cayley creates the label index with the first labelled quad
	if _, err := st.Replace(context.Background(), []DocQuads{{Label: "doc/a", Quads: []Quad{{Subject: "a", Predicate: Name, Object: String("A")}}}}); err != nil {
		t.Fatal(err)
	}
	tx, err := st.kv.KV.Tx(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close()
	packBuckets(tx)
	btx := boltTx(tx)
	if btx == nil || !btx.Writable() {
		t.Fatal("the bolt transaction inside hidalgo's was not reached")
	}
	for name, fill := range appendOnly {
		b := btx.Bucket([]byte(name))
		if b == nil || b.FillPercent != fill {
			t.Errorf("bucket %q: %v", name, b)
		}
	}
}
