package graph

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	bolt "go.etcd.io/bbolt"

	"lexgraph"
)

// Derived data: values computed from the whole graph (read models, indexes,
// aggregates) that queries reuse until the graph changes. The store says
// when its contents changed (Generation), keeps such values in memory for
// the life of the process (Memo), and in the store itself (LoadBlob,
// SaveBlob: the bolt file, PostgreSQL tables), so that a fresh process
// need not recompute them.

// Generation identifies the store's contents: it changes whenever a write
// changes them, in this process or, for bolt and PostgreSQL, in any other.
// Values derived from the graph are stamped with it.
//
// For bolt it is read from cayley's own counters, the last id handed out
// (which every added quad raises) and the number of quads (which every
// removal lowers), so no write path has to maintain it. For PostgreSQL it
// is a counter that a trigger on cayley's quads table raises with every
// statement that changes it, whoever runs it (another lexgraph, cayley's
// own HTTP API); a read replica sees it with the rows. The memory store
// counts this process's writes.
func (s *Store) Generation(ctx context.Context) (string, error) {
	if p := s.pinned.Load(); p != nil {
		return *p, nil
	}
	switch {
	case s.bulk != nil:
		return fmt.Sprintf("bulk:%d", s.writes.Load()), nil
	case s.sql != nil:
		return s.sql.generation(ctx)
	case s.bolt == nil:
		return fmt.Sprintf("%s:%d", s.backend, s.writes.Load()), nil
	}
	var gen string
	err := s.bolt.View(func(tx *bolt.Tx) error {
		var err error
		gen, err = boltGeneration(tx)
		return err
	})
	return gen, err
}

// metaBucket is cayley's kv bucket of counters.
var metaBucket = []byte("meta")

func boltGeneration(tx *bolt.Tx) (string, error) {
	b := tx.Bucket(metaBucket)
	if b == nil {
		return "bolt:empty", nil
	}
	counter := func(key string) uint64 {
		if v := b.Get([]byte(key)); len(v) == 8 {
			return binary.LittleEndian.Uint64(v)
		}
		return 0
	}
	return fmt.Sprintf("bolt:%d:%d", counter("horizon"), counter("size")), nil
}

// memo holds the values Memo built, by key, with the generation each was
// built for.
type memo struct {
	mu      sync.Mutex
	entries map[string]memoEntry
}

type memoEntry struct {
	gen string
	val any
}

// Memo returns the value build makes of the store's contents, building it
// only when the contents changed since it was last built (or never was):
// the long-lived process that answers many queries builds its read models
// once per change. build gets the generation it builds for. Callers
// asking for one key at once wait for a single build.
func (s *Store) Memo(ctx context.Context, key string, build func(ctx context.Context, gen string) (any, error)) (any, error) {
	gen, err := s.Generation(ctx)
	if err != nil {
		return nil, err
	}
	s.memo.mu.Lock()
	defer s.memo.mu.Unlock()
	if e, ok := s.memo.entries[key]; ok && e.gen == gen {
		return e.val, nil
	}
	val, err := build(ctx, gen)
	if err != nil {
		return nil, err
	}
	if s.memo.entries == nil {
		s.memo.entries = map[string]memoEntry{}
	}
	s.memo.entries[key] = memoEntry{gen: gen, val: val}
	return val, nil
}

// derivedBucket is lexgraph's own bucket in a bolt store file, beside
// cayley's, for derived data.
var derivedBucket = []byte("lexgraph.derived")

// LoadBlob returns the data last saved under name and the generation it was
// saved for; gen is "" when there is none. The caller compares gen with
// Generation before trusting the data.
func (s *Store) LoadBlob(ctx context.Context, name string) (gen string, data []byte, err error) {
	err = s.ViewBlob(ctx, name, func(g string, d []byte) error {
		gen, data = g, append([]byte(nil), d...)
		if d == nil {
			data = nil
		}
		return nil
	})
	return gen, data, err
}

// SaveBlob saves data derived from the store's contents at generation gen
// under name, unless the contents changed since (then it saves nothing and
// reports false): in the bolt file (a lexgraph bucket beside cayley's), in
// a PostgreSQL table beside cayley's (lexgraph_derived), or in memory. A
// store opened read-only cannot save.
func (s *Store) SaveBlob(ctx context.Context, name, gen string, data []byte) (bool, error) {
	if s.readOnly {
		return false, lexgraph.Errorf(lexgraph.EINVALID, "cannot save derived data in store %q: it was opened read-only", s.path)
	}
	switch {
	case s.bulk != nil:
		return false, nil
	case s.sql != nil:
		saved, err := s.sql.saveBlob(ctx, name, gen, data)
		if err != nil {
			return false, fmt.Errorf("cannot save derived data %q: %w", name, err)
		}
		return saved, nil
	case s.bolt == nil:
		s.mu.Lock()
		defer s.mu.Unlock()
		if now, _ := s.Generation(ctx); now != gen {
			return false, nil
		}
		s.blobs[name] = memoryBlob{gen, append([]byte(nil), data...)}
		return true, nil
	}
	saved := false
	err := s.bolt.Update(func(tx *bolt.Tx) error {
		now, err := boltGeneration(tx)
		if err != nil || now != gen {
			return err
		}
		b, err := tx.CreateBucketIfNotExists(derivedBucket)
		if err != nil {
			return err
		}
		v := binary.AppendUvarint(nil, uint64(len(gen)))
		v = append(v, gen...)
		v = append(v, data...)
		saved = true
		return b.Put([]byte(name), v)
	})
	if err != nil {
		return false, fmt.Errorf("cannot save derived data %q: %w", name, err)
	}
	return saved, nil
}

// ViewBlob calls fn with the data last saved under name and its
// generation, without copying it where the backend allows (bolt's map):
// for large derived data of which a query reads a few parts. data is valid
// only during fn; gen is "" (and data nil) when there is none.
func (s *Store) ViewBlob(ctx context.Context, name string, fn func(gen string, data []byte) error) error {
	switch {
	case s.bulk != nil:
		return fn("", nil)
	case s.sql != nil:
		gen, data, err := s.sql.loadBlob(ctx, name)
		if err != nil {
			return err
		}
		return fn(gen, data)
	case s.bolt == nil:
		s.mu.RLock()
		b, ok := s.blobs[name]
		s.mu.RUnlock()
		if !ok {
			return fn("", nil)
		}
		return fn(b.gen, b.data)
	}
	return s.bolt.View(func(tx *bolt.Tx) error {
		var v []byte
		if b := tx.Bucket(derivedBucket); b != nil {
			v = b.Get([]byte(name))
		}
		if v == nil {
			return fn("", nil)
		}
		n, k := binary.Uvarint(v)
		if k <= 0 || uint64(len(v)-k) < n {
			return fmt.Errorf("derived data %q is damaged", name)
		}
		return fn(string(v[k:k+int(n)]), v[k+int(n):])
	})
}

// BlobGeneration returns the generation of the data last saved under
// name ("" for none), without reading the data: a server polls it.
func (s *Store) BlobGeneration(ctx context.Context, name string) (string, error) {
	if s.sql != nil && s.bulk == nil {
		return s.sql.blobGeneration(ctx, name)
	}
	var gen string
	err := s.ViewBlob(ctx, name, func(g string, _ []byte) error { gen = g; return nil })
	return gen, err
}

// Memoized returns the value Memo last built under key, if any, and the
// generation it was built for, without building anything.
func (s *Store) Memoized(key string) (val any, gen string, ok bool) {
	s.memo.mu.Lock()
	defer s.memo.mu.Unlock()
	e, ok := s.memo.entries[key]
	return e.val, e.gen, ok
}
