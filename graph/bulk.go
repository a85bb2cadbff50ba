package graph

import (
	"context"
	"fmt"
	"hash/maphash"
	"strconv"
)

// A bulk load fills a fresh store (one that holds no quad) at the speed of
// the medium. cayley writes each quad as a log entry, three index entries
// and, for each new value, two more, each through a lookup of what is
// there already: 42,000 quads a second on bolt, and the whole ingest of a
// legislature waited on it. An ingest into an empty store has nothing to
// look up: BeginBulk makes the store gather the quads in memory, as node
// ids, answering the few reads an ingest makes meanwhile (a label's quads,
// a placeholder's claimants, a node's quads for a renaming) from memory;
// FinishBulk then writes cayley's own layout in key order, each bucket
// appended to rather than searched: a valid cayley store that cayley reads
// as if it had written it (TestBulkEqualsNormal holds the two quad for
// quad, and the store suite runs on bulk-loaded stores). A store whose bulk
// load did not finish holds nothing: the load is whole or absent.

// bulkQuad is a quad of node indexes (0: none).
type bulkQuad struct{ s, p, o, l uint32 }

// bulkGraph is the graph of a bulk load, in memory. Values are kept in
// one arena of bytes and found by a hash, so that the collector has
// almost no pointer to follow in a graph of millions of quads.
type bulkGraph struct {
	arena []byte   // each value: its kind ('i' node, 's' string, 'n' integer) and bytes
	offs  []uint32 // value index → start in arena; offs[len] is the arena's end
	ids   map[uint64]uint32
	// collided holds the values whose hash another value has (not met in
	// practice with 64 bits; kept so that none is ever confused).
	collided map[string]uint32
	seed     maphash.Seed
	quads    []bulkQuad
	dead     []bool // quads removed since they were added
	live     int
	// indexes of the quads, for the reads an ingest makes: by label, by
	// subject, by object (nodes, and the literals of literalObjects), each
	// a chain through the quads (the last quad of a node, then each quad's
	// previous one), which holds no pointer for the collector to follow
	byLabel, bySubject, byObject chain
	fps                          map[string]Fingerprint
	// the last node interned in each position and the predicates: a
	// document's quads mostly share their label and subject
	last [2]struct {
		iri string
		id  uint32
	}
	predicates map[string]uint32
}

func newBulkGraph() *bulkGraph {
	return &bulkGraph{
		offs: []uint32{0, 0}, // value 0 is no value
		ids:  map[uint64]uint32{}, collided: map[string]uint32{}, seed: maphash.MakeSeed(),
		byLabel: newChain(), bySubject: newChain(), byObject: newChain(),
		fps: map[string]Fingerprint{}, predicates: map[string]uint32{},
	}
}

// internIRI interns a node in position pos (0: subject, 1: label).
func (g *bulkGraph) internIRI(iri string, pos int) uint32 {
	if l := &g.last[pos]; l.id != 0 && l.iri == iri {
		return l.id
	}
	id := g.intern(IRI(iri))
	g.last[pos].iri, g.last[pos].id = iri, id
	return id
}

func (g *bulkGraph) internPredicate(p string) uint32 {
	if id, ok := g.predicates[p]; ok {
		return id
	}
	id := g.intern(IRI(p))
	g.predicates[p] = id
	return id
}

// literalObjects are the predicates whose literal objects are indexed:
// those that placeholders are resolved through, and the assigned order
// that a ministry's renaming rewrites. Node objects are always indexed.
var literalObjects = map[string]bool{ActeurID: true, OrganeID: true, AssignedOrder: true}

// valueKey returns a value's kind and text, as the arena keeps them.
func valueKey(v Value) (byte, string) {
	switch {
	case v.iri != "":
		return 'i', v.iri
	case v.isNum:
		return 'n', strconv.FormatInt(v.num, 10)
	}
	return 's', v.str
}

func (g *bulkGraph) bytes(id uint32) []byte { return g.arena[g.offs[id]:g.offs[id+1]] }

func (g *bulkGraph) value(id uint32) Value {
	b := g.bytes(id)
	if len(b) == 0 {
		return Value{}
	}
	switch b[0] {
	case 'i':
		return IRI(string(b[1:]))
	case 'n':
		n, _ := strconv.ParseInt(string(b[1:]), 10, 64)
		return Int(n)
	}
	return String(string(b[1:]))
}

func (g *bulkGraph) find(kind byte, text string) (uint32, uint64) {
	var h maphash.Hash
	h.SetSeed(g.seed)
	h.WriteByte(kind)
	h.WriteString(text)
	sum := h.Sum64()
	id, ok := g.ids[sum]
	if !ok {
		return 0, sum
	}
	if b := g.bytes(id); len(b) == len(text)+1 && b[0] == kind && string(b[1:]) == text {
		return id, sum
	}
	return g.collided[string(kind)+text], sum
}

func (g *bulkGraph) intern(v Value) uint32 {
	if v.IsZero() {
		return 0
	}
	kind, text := valueKey(v)
	id, sum := g.find(kind, text)
	if id != 0 {
		return id
	}
	id = uint32(len(g.offs) - 1)
	g.arena = append(append(g.arena, kind), text...)
	g.offs = append(g.offs, uint32(len(g.arena)))
	if _, taken := g.ids[sum]; taken {
		g.collided[string(kind)+text] = id
	} else {
		g.ids[sum] = id
	}
	return id
}

func (g *bulkGraph) lookup(v Value) uint32 {
	if v.IsZero() {
		return 0
	}
	id, _ := g.find(valueKey(v))
	return id
}

// values is the number of values, the first (0) being none.
func (g *bulkGraph) values() int { return len(g.offs) - 1 }

func (g *bulkGraph) quad(q bulkQuad) Quad {
	out := Quad{Subject: g.value(q.s).iri, Predicate: g.value(q.p).iri, Object: g.value(q.o)}
	if q.l != 0 {
		out.Label = g.value(q.l).iri
	}
	return out
}

func (g *bulkGraph) key(q Quad) (bulkQuad, bool) {
	k := bulkQuad{g.lookup(IRI(q.Subject)), g.lookup(IRI(q.Predicate)), g.lookup(q.Object), g.lookup(IRI(q.Label))}
	return k, k.s != 0 && k.p != 0 && k.o != 0 && (k.l != 0 || q.Label == "")
}

// chain indexes quads by a node: head holds the last quad of each node
// (its index + 1), prev each quad's previous one of the same node.
type chain struct {
	head map[uint32]uint32
	prev []uint32
}

func newChain() chain { return chain{head: map[uint32]uint32{}} }

// add chains quad i under node n; quads are added in index order, and
// each chain takes each quad at most once.
func (c *chain) add(n, i uint32) {
	for uint32(len(c.prev)) <= i {
		c.prev = append(c.prev, 0)
	}
	c.prev[i] = c.head[n]
	c.head[n] = i + 1
}

// each calls fn with the live quads of node n, the last added first.
func (g *bulkGraph) each(c *chain, n uint32, fn func(i uint32) bool) {
	for at := c.head[n]; at != 0; at = c.prev[at-1] {
		if i := at - 1; !g.dead[i] && !fn(i) {
			return
		}
	}
}

// apply removes dels and adds adds. A removed quad that is not there, or
// an added one that is, changes nothing.
func (g *bulkGraph) apply(dels, adds []Quad, fps map[string]Fingerprint) {
	for _, q := range dels {
		k, ok := g.key(q)
		if !ok {
			continue
		}
		g.each(&g.byLabel, k.l, func(i uint32) bool {
			if g.quads[i] == k {
				g.dead[i] = true
				g.live--
				return false
			}
			return true
		})
	}
	// a label that holds nothing yet needs no look for duplicates: the
	// store's callers give each quad of a label once
	empty := map[uint32]bool{}
	for _, q := range adds {
		k := bulkQuad{g.internIRI(q.Subject, 0), g.internPredicate(q.Predicate), g.intern(q.Object), g.internIRI(q.Label, 1)}
		fresh, seen := empty[k.l]
		if !seen {
			_, held := g.byLabel.head[k.l]
			fresh = !held
			empty[k.l] = fresh
		}
		if !fresh && g.has(k) {
			continue
		}
		i := uint32(len(g.quads))
		g.quads = append(g.quads, k)
		g.dead = append(g.dead, false)
		g.live++
		g.byLabel.add(k.l, i)
		g.bySubject.add(k.s, i)
		if q.Object.IsIRI() || literalObjects[q.Predicate] {
			g.byObject.add(k.o, i)
		}
	}
	for l, f := range fps {
		g.fps[l] = f
	}
}

func (g *bulkGraph) has(k bulkQuad) bool {
	found := false
	g.each(&g.byLabel, k.l, func(i uint32) bool {
		found = g.quads[i] == k
		return !found
	})
	return found
}

func (g *bulkGraph) labelQuads(label string) map[Quad]bool {
	out := map[Quad]bool{}
	if l := g.lookup(IRI(label)); l != 0 {
		g.each(&g.byLabel, l, func(i uint32) bool { out[g.quad(g.quads[i])] = true; return true })
	}
	return out
}

// about returns the live quads with node as subject or object.
func (g *bulkGraph) about(v Value, d direction) []Quad {
	n := g.lookup(v)
	if n == 0 {
		return nil
	}
	index := &g.bySubject
	if d == object {
		index = &g.byObject
	}
	var out []Quad
	g.each(index, n, func(i uint32) bool {
		out = append(out, g.quad(g.quads[i]))
		return true
	})
	return out
}

type direction int

const (
	subject direction = iota
	object
)

// eachQuad calls fn for every live quad, in the order they were added,
// each value decoded once.
func (g *bulkGraph) eachQuad(ctx context.Context, fn func(Quad) error) error {
	vals := make([]Value, g.values())
	for i := 1; i < len(vals); i++ {
		vals[i] = g.value(uint32(i))
	}
	for i, q := range g.quads {
		if g.dead[i] {
			continue
		}
		if i%8192 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		out := Quad{Subject: vals[q.s].iri, Predicate: vals[q.p].iri, Object: vals[q.o], Label: vals[q.l].iri}
		if err := fn(out); err != nil {
			return err
		}
	}
	return nil
}

// layout is the graph as cayley lays it out: node ids first (in the order
// values were first met), then quad ids, for the live quads and the nodes
// they use; each node's count of uses (what cayley keeps to drop a node
// with its last quad).
type layout struct {
	nodeID []uint64 // value index → cayley id, 0 for a node no live quad uses
	nodes  []uint32 // value indexes in id order
	refs   []uint32 // value index → uses
	quads  []uint32 // quad indexes in id order
	first  uint64   // id of the first quad
}

func (g *bulkGraph) layout() *layout {
	lay := &layout{nodeID: make([]uint64, g.values()), refs: make([]uint32, g.values())}
	lay.quads = make([]uint32, 0, g.live)
	for i, q := range g.quads {
		if g.dead[i] {
			continue
		}
		lay.quads = append(lay.quads, uint32(i))
		lay.refs[q.s]++
		lay.refs[q.p]++
		lay.refs[q.o]++
		if q.l != 0 {
			lay.refs[q.l]++
		}
	}
	id := uint64(0)
	for v := 1; v < g.values(); v++ {
		if lay.refs[v] > 0 {
			id++
			lay.nodeID[v] = id
			lay.nodes = append(lay.nodes, uint32(v))
		}
	}
	lay.first = id + 1
	return lay
}

func (lay *layout) quadID(k int) uint64 { return lay.first + uint64(k) }

// horizon is the last id handed out.
func (lay *layout) horizon() uint64 { return uint64(len(lay.nodes)) + uint64(len(lay.quads)) }

// bulkBackends are the backends a bulk load writes to.
var bulkBackends = map[string]bool{"bolt": true, "postgres": true}

// BeginBulk starts a bulk load when the store holds no quad and its
// backend has a bulk path (bolt, PostgreSQL); it reports whether it did.
// Until FinishBulk, writes gather in memory and the store answers only the
// reads an ingest makes (Resolve, LabelQuads, RenameNodes,
// StoredPlaceholders, Subjects and Objects of node objects and identity
// literals, CountQuads, EachQuad, Fingerprints); the others fail.
func (s *Store) BeginBulk(ctx context.Context) (bool, error) {
	if s.readOnly || s.bulk != nil || !bulkBackends[s.backend] {
		return false, nil
	}
	n, err := s.CountQuads(ctx)
	if err != nil || n != 0 {
		return false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bulk = newBulkGraph()
	return true, nil
}

// Bulk reports whether a bulk load is under way, and how many quads it
// holds.
func (s *Store) Bulk() (bool, int) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.bulk == nil {
		return false, 0
	}
	return true, s.bulk.live
}

// AbortBulk drops a bulk load: the store is left as it was before it,
// empty.
func (s *Store) AbortBulk() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bulk = nil
}

// FinishBulk writes what a bulk load gathered into the store, whole or not
// at all: bolt writes a new file beside the store and moves it over the
// store once complete; PostgreSQL copies the tables in and builds their
// indexes, lexgraph_pending saying until the last commit that the load is
// not whole (an interrupted one is undone at the next open).
// The store then reads and writes as usual.
func (s *Store) FinishBulk(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	g := s.bulk
	if g == nil {
		return nil
	}
	s.bulk = nil
	var err error
	switch {
	case s.sql != nil:
		err = s.sql.bulkLoad(ctx, g)
	case s.bolt != nil:
		err = s.finishBulkBolt(g)
	}
	if err != nil {
		return fmt.Errorf("cannot write the bulk load into store %q: %w", s.path, err)
	}
	if g.live > 0 {
		s.writes.Add(1)
	}
	// kept to be read whole (EachQuad) until the next write: the query
	// model built right after the load reads it from memory, not from the
	// store
	if s.snapshotGen, err = s.Generation(ctx); err == nil {
		s.snapshot = g
	}
	return nil
}
