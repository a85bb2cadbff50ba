package graph

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestBoltFile writes a bolt file with buckets of every shape (a tree of
// three levels, values on overflow pages, inline buckets, an empty one)
// and checks it with bbolt: its own consistency check, every key and
// value read back, then writes and deletes through bbolt, checked again
// after reopening.
func TestBoltFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.db")
	f, err := createBoltFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	want := map[string]map[string][]byte{}
	add := func(name string, n int, size func(i int) int) {
		want[name] = map[string][]byte{}
		err := f.bucket(name, func(put func(k, v []byte) error) error {
			for i := 0; i < n; i++ {
				k := binary.BigEndian.AppendUint64(nil, uint64(i)*3)
				v := make([]byte, size(i))
				for j := range v {
					v[j] = byte(r.IntN(256))
				}
				want[name][string(k)] = v
				if err := put(k, v); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	add("big", 200000, func(i int) int { return i % 23 })
	add("huge values", 40, func(i int) int { return 1 + i*997 })
	add("empty", 0, nil)
	for b := 0; b < 300; b++ {
		add(fmt.Sprintf("small %03d", b), b%9, func(i int) int { return 3 })
	}
	if err := f.close(false); err != nil {
		t.Fatal(err)
	}
	check := func(db *bolt.DB) {
		t.Helper()
		err := db.View(func(tx *bolt.Tx) error {
			for err := range tx.Check() {
				t.Errorf("bbolt's check: %v", err)
			}
			for name, kvs := range want {
				b := tx.Bucket([]byte(name))
				if b == nil {
					t.Fatalf("no bucket %q", name)
				}
				n := 0
				b.ForEach(func(k, v []byte) error {
					n++
					if w, ok := kvs[string(k)]; !ok || !bytes.Equal(v, w) {
						t.Errorf("bucket %q, key %x: %d bytes, want %d (%v)", name, k, len(v), len(w), ok)
					}
					return nil
				})
				if n != len(kvs) {
					t.Errorf("bucket %q: %d keys, want %d", name, n, len(kvs))
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	check(db)
	err = db.Update(func(tx *bolt.Tx) error {
		for name, kvs := range want {
			b := tx.Bucket([]byte(name))
			for i := 0; i < 500; i++ {
				k := binary.BigEndian.AppendUint64(nil, uint64(r.IntN(700000)))
				if r.IntN(3) == 0 {
					b.Delete(k)
					delete(kvs, string(k))
					continue
				}
				v := []byte(fmt.Sprint(i))
				if err := b.Put(k, v); err != nil {
					return err
				}
				kvs[string(k)] = v
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	check(db)
	db.Close()
	db, err = bolt.Open(path, 0o644, &bolt.Options{NoFreelistSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	check(db)
}
