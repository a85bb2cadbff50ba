// Package graph is lexgraph's graph: the schema that turns documents into
// quads, and the Store that keeps them in cayley. Nothing outside this
// package imports cayley: the rest of lexgraph reads and writes through
// Store.
package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/graph/refs"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // the "postgres" backend
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // the Gizmo language
	_ "github.com/cayleygraph/cayley/query/graphql" // the GraphQL language
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"lexgraph"
)

// Backends lists the store backends lexgraph opens.
var Backends = []string{"bolt", "memory", "postgres"}

// Store is the graph store.
type Store struct {
	qs   cgraph.QuadStore
	bolt *bolt.DB // the bolt file under qs, for the bolt backend
	kv   *batchKV // bolt's, for atomic writes; nil for the other backends
	sql  *sqlStore
	bulk *bulkGraph // a bulk load under way (see BeginBulk)
	// snapshot is the last bulk load, as the store holds it at generation
	// snapshotGen, until the next write
	snapshot    *bulkGraph
	snapshotGen string
	backend     string
	path        string
	cfg         lexgraph.StoreConfig
	readOnly    bool
	// mu serialises writes with reads: memstore is not safe for reads during
	// writes, and a document's replacement must be seen whole.
	mu sync.RWMutex
	// writes counts this process's writes, the generation of the stores
	// that keep none themselves (see Generation).
	writes atomic.Uint64
	// pinned, when set, is the generation Generation reports (see Pin).
	pinned atomic.Pointer[string]
	memo   memo
	// legiMem is the index of French texts of a memory store (legi.go).
	legiOnce sync.Once
	legiMem  *memLegi
	// fps, blobs and changes are the memory backend's fingerprints,
	// derived data and change log.
	fps       map[string]Fingerprint
	blobs     map[string]memoryBlob
	changes   []changeRecord
	changeSeq uint64
}

type memoryBlob struct {
	gen  string
	data []byte
}

// Open opens the store the configuration names, creating it when it does
// not exist yet.
func Open(ctx context.Context, cfg lexgraph.Config) (*Store, error) {
	return open(ctx, cfg, false)
}

// OpenReadOnly opens an existing store for reading only: several processes
// may then read a bolt store at once (each takes a shared lock), and opening
// a large one is fast; a PostgreSQL store is not initialised (a read
// replica refuses every write). Writes to it fail.
func OpenReadOnly(ctx context.Context, cfg lexgraph.Config) (*Store, error) {
	return open(ctx, cfg, true)
}

func open(ctx context.Context, cfg lexgraph.Config, readOnly bool) (*Store, error) {
	s := &Store{backend: cfg.Backend, path: cfg.DB, cfg: cfg.Store, readOnly: readOnly}
	var err error
	switch cfg.Backend {
	case "bolt", "":
		s.backend = "bolt"
		s.qs, s.bolt, s.kv, err = openBolt(cfg.DB, cfg.Store, readOnly)
	case "memory":
		s.qs = memstore.New()
		s.fps, s.blobs = map[string]Fingerprint{}, map[string]memoryBlob{}
	case "postgres":
		s.qs, s.sql, err = openPostgres(ctx, cfg.DB, readOnly)
	default:
		return nil, lexgraph.Errorf(lexgraph.EINVALID, "unknown store backend %q (want one of %v)", cfg.Backend, Backends)
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Backend returns the store's backend name.
func (s *Store) Backend() string { return s.backend }

// ReadOnly reports whether the store was opened read-only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Replica reports whether the store is a read replica (a PostgreSQL hot
// standby), which no one writes but its primary.
func (s *Store) Replica() bool { return s.sql != nil && s.sql.replica }

// Close closes the store. A bulk load not finished is dropped.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bulk, s.snapshot = nil, nil
	err := s.qs.Close()
	if s.sql != nil {
		if e := s.sql.close(); err == nil {
			err = e
		}
	}
	return err
}

// DocQuads are the quads of one document, which replace whatever the store
// holds under the same label.
type DocQuads struct {
	Label string
	Quads []Quad
	// Additive adds the quads to the label's without removing any: for the
	// shared descriptions of nodes (SharedLabel), which many documents add
	// to.
	Additive bool
	// Fresh says the caller knows the label holds nothing yet (a bulk load
	// into an empty store): the store is not asked.
	Fresh bool
	// Fingerprint, when set, is stored with the label's quads, in the same
	// transaction (see Fingerprint); nil leaves the label's as it is.
	Fingerprint *Fingerprint
}

// GroupByLabel gathers quads into one DocQuads per label, in the order
// labels first appear; shared labels are additive.
func GroupByLabel(quads []Quad) []DocQuads {
	index := map[string]int{}
	var out []DocQuads
	for _, q := range quads {
		i, ok := index[q.Label]
		if !ok {
			i = len(out)
			index[q.Label] = i
			out = append(out, DocQuads{Label: q.Label, Additive: IsShared(q.Label)})
		}
		out[i].Quads = append(out[i].Quads, q)
	}
	return out
}

// WriteStats counts what a write changed.
type WriteStats struct {
	Added, Removed int
	Unchanged      int // documents (not shared descriptions) whose quads were already there, exactly
}

// Replace replaces, for each document, the quads of its label by the given
// ones, all in one transaction: a document ingested again leaves the store
// as it was, and a changed one is updated in place.
func (s *Store) Replace(ctx context.Context, docs []DocQuads) (WriteStats, error) {
	if s.readOnly {
		return WriteStats{}, lexgraph.Errorf(lexgraph.EINVALID, "cannot write to store %q: it was opened read-only", s.path)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var st WriteStats
	var dels, adds []Quad
	var fps map[string]Fingerprint
	docs = mergeLabels(docs)
	var ask []string
	for _, d := range docs {
		if !d.Fresh {
			ask = append(ask, d.Label)
		}
	}
	stored, err := s.labelsQuads(ctx, ask)
	if err != nil {
		return st, err
	}
	for _, d := range docs {
		if d.Fingerprint != nil {
			if fps == nil {
				fps = map[string]Fingerprint{}
			}
			fps[d.Label] = *d.Fingerprint
		}
		if d.Fresh {
			// nothing to compare with: every quad is new (the builders
			// give each once)
			for _, q := range d.Quads {
				q.Label = d.Label
				adds = append(adds, q)
			}
			st.Added += len(d.Quads)
			continue
		}
		old := stored[d.Label]
		fresh := make(map[Quad]bool, len(d.Quads))
		for _, q := range d.Quads {
			q.Label = d.Label
			fresh[q] = true
		}
		changed := false
		for q := range old {
			if !fresh[q] && !d.Additive {
				dels = append(dels, q)
				st.Removed++
				changed = true
			}
		}
		for _, q := range d.Quads {
			q.Label = d.Label
			if !old[q] && fresh[q] {
				delete(fresh, q) // once, if given twice
				adds = append(adds, q)
				st.Added++
				changed = true
			}
		}
		if !changed && !d.Additive {
			st.Unchanged++
		}
	}
	if len(dels)+len(adds)+len(fps) == 0 {
		return st, nil
	}
	if len(dels)+len(adds) > 0 {
		s.writes.Add(1)
	}
	if err := s.apply(ctx, dels, adds, fps); err != nil {
		return st, fmt.Errorf("cannot write to store: %w", err)
	}
	return st, nil
}

// apply removes dels and adds adds, and stores fps, in one transaction
// where the backend allows it (bolt, PostgreSQL; memory has no
// transactions but runs under the store's lock): deletions first, then
// additions, in two cayley calls (see atomic.go).
func (s *Store) apply(ctx context.Context, dels, adds []Quad, fps map[string]Fingerprint) error {
	s.snapshot = nil
	switch {
	case s.bulk != nil:
		s.bulk.apply(dels, adds, fps)
		return nil
	case s.sql != nil:
		return s.sql.apply(ctx, dels, adds, fps)
	}
	write := func() error {
		ignore := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
		if len(dels) > 0 {
			if err := s.qs.ApplyDeltas(deltas(dels, cgraph.Delete), ignore); err != nil {
				return err
			}
		}
		if len(adds) > 0 {
			return s.qs.ApplyDeltas(deltas(adds, cgraph.Add), ignore)
		}
		return nil
	}
	if s.kv != nil {
		return s.kv.atomically(ctx, func(tx *bolt.Tx) error {
			if err := write(); err != nil {
				return err
			}
			if err := putFingerprints(tx, fps); err != nil {
				return err
			}
			return logBoltChange(tx, touched(dels, adds))
		})
	}
	if err := write(); err != nil {
		return err
	}
	for l, f := range fps {
		s.fps[l] = f
	}
	if nodes := touched(dels, adds); len(nodes) > 0 {
		s.changeSeq++
		gen, _ := s.Generation(ctx)
		s.changes = append(s.changes, changeRecord{s.changeSeq, gen, nodes})
	}
	return nil
}

func deltas(quads []Quad, action cgraph.Procedure) []cgraph.Delta {
	out := make([]cgraph.Delta, len(quads))
	for i, q := range quads {
		out[i] = cgraph.Delta{Quad: q.quad(), Action: action}
	}
	return out
}

// mergeLabels gives each label one entry: a label given twice (the same
// record read twice in one batch) keeps its last entry, as it would in
// two writes; additive entries are joined. Two entries of one label would
// delete the same quad twice, and cayley would then count its nodes down
// twice.
func mergeLabels(docs []DocQuads) []DocQuads {
	index := make(map[string]int, len(docs))
	out := docs[:0:0]
	for _, d := range docs {
		i, ok := index[d.Label]
		switch {
		case !ok:
			index[d.Label] = len(out)
			out = append(out, d)
		case d.Additive:
			out[i].Quads = append(append([]Quad{}, out[i].Quads...), d.Quads...)
			out[i].Fresh = out[i].Fresh && d.Fresh
		default:
			out[i] = d
		}
	}
	return out
}

// labelsQuads returns the quads stored under each of the labels.
func (s *Store) labelsQuads(ctx context.Context, labels []string) (map[string]map[Quad]bool, error) {
	if s.sql != nil && s.bulk == nil {
		return s.sql.labelsQuads(ctx, labels)
	}
	out := make(map[string]map[Quad]bool, len(labels))
	for _, l := range labels {
		m, err := s.labelQuads(ctx, l)
		if err != nil {
			return nil, err
		}
		out[l] = m
	}
	return out, nil
}

// labelQuads returns the quads stored under a label.
func (s *Store) labelQuads(ctx context.Context, label string) (map[Quad]bool, error) {
	if s.bulk != nil {
		return s.bulk.labelQuads(label), nil
	}
	if s.sql != nil {
		m, err := s.sql.labelsQuads(ctx, []string{label})
		return m[label], err
	}
	out := map[Quad]bool{}
	ref, err := s.qs.ValueOf(quad.IRI(label))
	if err != nil || ref == nil {
		return out, err
	}
	err = s.eachQuad(ctx, quad.Label, ref, func(q quad.Quad) error {
		out[fromCayley(q)] = true
		return nil
	})
	return out, err
}

// eachQuad calls fn for every quad with v in direction d.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, v cgraph.Ref, fn func(quad.Quad) error) error {
	it := s.qs.QuadIterator(d, v).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}

// errBulk is what a read that a bulk load cannot answer gets.
func (s *Store) errBulk() error {
	return lexgraph.Errorf(lexgraph.ECONFLICT, "store %q is being bulk-loaded: it reads when the load is finished", s.path)
}

// Objects returns the distinct objects of the quads (subject, predicate, *),
// in no particular order.
func (s *Store) Objects(ctx context.Context, subject, predicate string) ([]Value, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.objects(ctx, subject, predicate)
}

func (s *Store) objects(ctx context.Context, subject, predicate string) ([]Value, error) {
	seen := map[Value]bool{}
	var out []Value
	err := s.eachWith(ctx, quad.Subject, quad.IRI(subject), predicate, func(q quad.Quad) error {
		if v := fromQuad(q.Object); !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
		return nil
	})
	return out, err
}

// eachWith calls fn for every quad with v in direction d and predicate
// predicate; a value the store does not hold has none.
func (s *Store) eachWith(ctx context.Context, d quad.Direction, v quad.Value, predicate string, fn func(quad.Quad) error) error {
	if s.bulk != nil {
		val := fromQuad(v)
		dir := subject
		if d == quad.Object {
			dir = object
			if !val.IsIRI() && !literalObjects[predicate] {
				return s.errBulk()
			}
		}
		for _, q := range s.bulk.about(val, dir) {
			if q.Predicate == predicate {
				if err := fn(q.quad()); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if s.sql != nil {
		// one query, rather than cayley's iterator and a query per value
		return s.sql.eachWith(ctx, d == quad.Object, fromQuad(v), predicate, func(q Quad) error { return fn(q.quad()) })
	}
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	return s.eachQuad(ctx, d, ref, func(q quad.Quad) error {
		if p, ok := q.Predicate.(quad.IRI); ok && string(p) == predicate {
			return fn(q)
		}
		return nil
	})
}

// Subjects returns the distinct subjects of the quads (*, predicate, object).
func (s *Store) Subjects(ctx context.Context, predicate string, object Value) ([]string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.subjects(ctx, predicate, object)
}

func (s *Store) subjects(ctx context.Context, predicate string, object Value) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	err := s.eachWith(ctx, quad.Object, object.quad(), predicate, func(q quad.Quad) error {
		if sub, ok := q.Subject.(quad.IRI); ok && !seen[string(sub)] {
			seen[string(sub)] = true
			out = append(out, string(sub))
		}
		return nil
	})
	return out, err
}

// HasIn reports whether some quad (*, predicate, object) exists; it stops at
// the first one.
func (s *Store) HasIn(ctx context.Context, predicate, object string) (bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	err := s.eachWith(ctx, quad.Object, quad.IRI(object), predicate, func(quad.Quad) error { return errFound })
	if err == errFound {
		return true, nil
	}
	return false, err
}

// errFound stops a walk over quads at the first one that answers.
var errFound = errors.New("found")

// Out returns, for a node, every (predicate, object) of the quads it is the
// subject of, deduplicated across labels.
func (s *Store) Out(ctx context.Context, subject string) (map[string][]Value, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.bulk != nil {
		return nil, s.errBulk()
	}
	ref, err := s.qs.ValueOf(quad.IRI(subject))
	if err != nil || ref == nil {
		return nil, err
	}
	out := map[string][]Value{}
	seen := map[[2]any]bool{}
	err = s.eachQuad(ctx, quad.Subject, ref, func(q quad.Quad) error {
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			return nil
		}
		v := fromQuad(q.Object)
		k := [2]any{string(p), v}
		if !seen[k] {
			seen[k] = true
			out[string(p)] = append(out[string(p)], v)
		}
		return nil
	})
	return out, err
}

// OutMany is Out for many nodes at once (one query on PostgreSQL): the
// nodes that are the subject of no quad are left out.
func (s *Store) OutMany(ctx context.Context, subjects []string) (map[string]map[string][]Value, error) {
	out := make(map[string]map[string][]Value, len(subjects))
	if s.sql == nil || s.bulk != nil {
		for _, n := range subjects {
			m, err := s.Out(ctx, n)
			if err != nil {
				return nil, err
			}
			if len(m) > 0 {
				out[n] = m
			}
		}
		return out, nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	quads, err := s.sql.outMany(ctx, subjects)
	if err != nil {
		return nil, err
	}
	for n, qs := range quads {
		m := map[string][]Value{}
		seen := map[[2]any]bool{}
		for _, q := range qs {
			if k := [2]any{q.Predicate, q.Object}; !seen[k] {
				seen[k] = true
				m[q.Predicate] = append(m[q.Predicate], q.Object)
			}
		}
		out[n] = m
	}
	return out, nil
}

// In returns, for a node, every (predicate, subject) of the quads it is the
// object of.
func (s *Store) In(ctx context.Context, object string) (map[string][]string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.bulk != nil {
		return nil, s.errBulk()
	}
	ref, err := s.qs.ValueOf(quad.IRI(object))
	if err != nil || ref == nil {
		return nil, err
	}
	out := map[string][]string{}
	seen := map[[2]string]bool{}
	err = s.eachQuad(ctx, quad.Object, ref, func(q quad.Quad) error {
		p, ok1 := q.Predicate.(quad.IRI)
		sub, ok2 := q.Subject.(quad.IRI)
		if !ok1 || !ok2 {
			return nil
		}
		k := [2]string{string(p), string(sub)}
		if !seen[k] {
			seen[k] = true
			out[string(p)] = append(out[string(p)], string(sub))
		}
		return nil
	})
	return out, err
}

// CountQuads returns the number of quads in the store.
func (s *Store) CountQuads(ctx context.Context) (int64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	switch {
	case s.bulk != nil:
		return int64(s.bulk.live), nil
	case s.sql != nil:
		return s.sql.countQuads(ctx)
	}
	// Not exact: cayley's exact stats count the nodes too, one by one (two
	// minutes on a legislature), while its quad count is exact already on
	// bolt; a backend whose count is an estimate is asked again, exactly.
	st, err := s.qs.Stats(ctx, false)
	if err == nil && !st.Quads.Exact {
		st, err = s.qs.Stats(ctx, true)
	}
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil // a bolt store never written to has no counters yet
	}
	if err != nil {
		return 0, err
	}
	return st.Quads.Value, nil
}

// EachQuad calls fn for every quad of the store, in no particular order:
// for exports and for building read models. It resolves each distinct
// value once, in batches, instead of once per quad: a full scan meets the
// same predicates, labels and shared nodes over and over.
func (s *Store) EachQuad(ctx context.Context, fn func(Quad) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.snapshot != nil {
		if gen, err := s.Generation(ctx); err == nil && gen == s.snapshotGen {
			return s.snapshot.eachQuad(ctx, fn)
		}
	}
	switch {
	case s.bulk != nil:
		return s.bulk.eachQuad(ctx, fn)
	case s.bolt != nil:
		return scanBolt(ctx, s.bolt, fn)
	case s.sql != nil:
		return s.sql.eachQuad(ctx, fn)
	}
	return s.scan(ctx, fn)
}

// scanBatch is how many quads a scan resolves together.
const scanBatch = 2048

func (s *Store) scan(ctx context.Context, fn func(Quad) error) error {
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	names := map[any]Value{}
	type quadRefs [4]cgraph.Ref
	batch := make([]quadRefs, 0, scanBatch)
	var missing []cgraph.Ref
	flush := func() error {
		if len(missing) > 0 {
			vals, err := cgraph.ValuesOf(ctx, s.qs, missing)
			if err != nil {
				return err
			}
			for i, v := range vals {
				names[refs.ToKey(missing[i])] = fromQuad(v)
			}
			missing = missing[:0]
		}
		for _, b := range batch {
			q := Quad{
				Subject:   names[refs.ToKey(b[0])].iri,
				Predicate: names[refs.ToKey(b[1])].iri,
				Object:    names[refs.ToKey(b[2])],
			}
			if b[3] != nil {
				q.Label = names[refs.ToKey(b[3])].iri
			}
			if err := fn(q); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	for it.Next(ctx) {
		var qr quadRefs
		for i, d := range quad.Directions {
			r, err := s.qs.QuadDirection(it.Result(), d)
			if err != nil {
				return err
			}
			qr[i] = r
			if r == nil {
				continue
			}
			k := refs.ToKey(r)
			if _, ok := names[k]; !ok {
				names[k] = Value{} // pending: asked once
				missing = append(missing, r)
			}
		}
		batch = append(batch, qr)
		if len(batch) == scanBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return flush()
}

// Query runs a raw query in a cayley language ("gizmo", "graphql"),
// bounded in time and in results. Results are JSON-ready values.
func (s *Store) Query(ctx context.Context, lang, src string, limit int, timeout time.Duration) ([]any, error) {
	return s.QueryAs(ctx, lang, src, false, limit, timeout)
}

// QueryAs is Query with the results as JSON-LD where jsonld is set (what
// Cayley's UI asks for), else as plain JSON.
func (s *Store) QueryAs(ctx context.Context, lang, src string, jsonld bool, limit int, timeout time.Duration) ([]any, error) {
	if query.GetLanguage(lang) == nil {
		return nil, lexgraph.Errorf(lexgraph.EINVALID, "unknown query language %q (want gizmo or graphql)", lang)
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.bulk != nil {
		return nil, s.errBulk()
	}
	collation := query.JSON
	if jsonld {
		collation = query.JSONLD
	}
	it, err := query.Execute(ctx, s.qs, lang, src, query.Options{Collation: collation, Limit: limit})
	if err != nil {
		return nil, queryError(ctx, lang, timeout, err)
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		out = append(out, it.Result())
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		return out, queryError(ctx, lang, timeout, err)
	}
	if ctx.Err() != nil {
		return out, queryError(ctx, lang, timeout, ctx.Err())
	}
	return out, nil
}

func queryError(ctx context.Context, lang string, timeout time.Duration, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return lexgraph.Errorf(lexgraph.ETIMEOUT, "%s query stopped after %v (the time limit; raise it with --timeout)", lang, timeout)
	}
	return &lexgraph.Error{Code: lexgraph.EINVALID, Message: lang + " query failed", Err: err}
}
