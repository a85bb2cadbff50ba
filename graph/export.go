package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"lexgraph"
)

// ExportFormats lists the formats Export writes.
var ExportFormats = []string{"nquads", "jsonld", "graphml", "dot"}

// Selection chooses what Export writes.
type Selection struct {
	// Node, when set, limits the export to its neighbourhood: the nodes
	// within Depth links of it (in either direction; the type predicate is
	// not walked), with their statements.
	Node  string
	Depth int // default 1
	// MaxNodes bounds a neighbourhood (default 10,000): past it the export
	// fails rather than write most of the graph.
	MaxNodes int
	// Base is prefixed to every IRI of every format: the store's IRIs are
	// relative ("question/QANR5L14QE81473"), and RDF wants absolute ones.
	// Empty means lexgraph.DefaultExportBase. It must end in "/" or "#".
	Base string
}

// Export writes the graph, or the neighbourhood of one node, in a format:
//
//   - nquads: RDF 1.1 N-Quads, every quad with its document label as
//     graph name; IRIs absolute under the base, predicates and classes the
//     vocabulary's terms (see Vocabulary), literals typed (xsd:integer,
//     xsd:date, xsd:boolean, xsd:anyURI);
//   - jsonld: JSON-LD 1.0, the same statements: a context mapping the
//     store's names to the vocabulary's terms, one named graph per
//     document label;
//   - graphml: GraphML for Gephi, yEd and Neo4j: one node per IRI (but
//     citations), with its type, a label (a question's number and title,
//     an instrument's label, a person's name) and its literal properties as
//     typed attributes (several values joined by " | "); one edge per
//     distinct (subject, predicate, object), labelled with the predicate,
//     and one "cites" edge per question and instrument, with the parts,
//     articles and mentions of its citations;
//   - dot: Graphviz, the same nodes and edges.
//
// It streams the RDF formats; GraphML and DOT hold the nodes in memory.
func (s *Store) Export(ctx context.Context, w io.Writer, format string, sel Selection) error {
	base := sel.Base
	if base == "" {
		base = lexgraph.DefaultExportBase
	}
	if err := CheckBase(base); err != nil {
		return err
	}
	var out quadWriter
	switch format {
	case "nquads":
		out = newNQuadsWriter(w, base)
	case "jsonld":
		out = newJSONLDWriter(w, base)
	case "graphml", "dot":
		out = newPropertyGraph(w, format == "dot", base)
	default:
		return lexgraph.Errorf(lexgraph.EINVALID, "unknown export format %q (want %s)", format, strings.Join(ExportFormats, ", "))
	}
	var err error
	if sel.Node == "" {
		err = s.EachQuad(ctx, out.write)
	} else {
		err = s.neighbourhood(ctx, sel, out.write)
	}
	if err != nil {
		return err
	}
	return out.close()
}

type quadWriter interface {
	write(Quad) error
	close() error
}

// neighbourhood calls fn for the statements of the nodes within sel.Depth
// links of sel.Node: their quads as subject whose object is a literal, a
// type, or another node of the neighbourhood.
func (s *Store) neighbourhood(ctx context.Context, sel Selection, fn func(Quad) error) error {
	depth, maxNodes := sel.Depth, sel.MaxNodes
	if depth <= 0 {
		depth = 1
	}
	if maxNodes <= 0 {
		maxNodes = 10000
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ref, err := s.qs.ValueOf(quad.IRI(sel.Node))
	if err != nil {
		return err
	}
	if ref == nil || !s.hasQuads(ctx, ref) {
		return lexgraph.Errorf(lexgraph.ENOTFOUND, "no node %q in the store", sel.Node)
	}
	in := map[string]bool{sel.Node: true}
	frontier := []string{sel.Node}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			if err := ctx.Err(); err != nil {
				return err
			}
			r, err := s.qs.ValueOf(quad.IRI(n))
			if err != nil || r == nil {
				continue
			}
			visit := func(other quad.Value) {
				iri, ok := other.(quad.IRI)
				if ok && !in[string(iri)] {
					in[string(iri)] = true
					next = append(next, string(iri))
				}
			}
			for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
				err := s.eachQuad(ctx, dir, r, func(q quad.Quad) error {
					if p, _ := q.Predicate.(quad.IRI); string(p) == Type {
						return nil
					}
					if dir == quad.Subject {
						visit(q.Object)
					} else {
						visit(q.Subject)
					}
					return nil
				})
				if err != nil {
					return err
				}
			}
			if len(in) > maxNodes {
				return lexgraph.Errorf(lexgraph.EINVALID, "the neighbourhood of %s within %d links has more than %d nodes: lower the depth or raise the bound", sel.Node, depth, maxNodes)
			}
		}
		frontier = next
	}
	nodes := make([]string, 0, len(in))
	for n := range in {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		r, err := s.qs.ValueOf(quad.IRI(n))
		if err != nil || r == nil {
			continue
		}
		var quads []Quad
		err = s.eachQuad(ctx, quad.Subject, r, func(q quad.Quad) error {
			x := fromCayley(q)
			if !x.Object.IsIRI() || x.Predicate == Type || in[x.Object.IRI()] {
				quads = append(quads, x)
			}
			return nil
		})
		if err != nil {
			return err
		}
		sort.Slice(quads, func(i, j int) bool { return quads[i].less(quads[j]) })
		for _, q := range quads {
			if err := fn(q); err != nil {
				return err
			}
		}
	}
	return nil
}

func (q Quad) less(o Quad) bool {
	if q.Predicate != o.Predicate {
		return q.Predicate < o.Predicate
	}
	if a, b := q.Object.String(), o.Object.String(); a != b {
		return a < b
	}
	return q.Label < o.Label
}

// ---- N-Quads ----

// nquadsWriter writes N-Quads straight into its buffer: the base is
// escaped once, predicates and classes are written from a cache, and a
// term that needs no escape (nearly all) is copied as it is. Building each
// term as a string first made the export twice as slow as the store's
// scan.
type nquadsWriter struct {
	w     *bufio.Writer
	base  string            // escaped
	terms map[string]string // "<IRI>" of predicates ("p"+name) and classes ("c"+name)
}

func newNQuadsWriter(w io.Writer, base string) *nquadsWriter {
	return &nquadsWriter{w: bufio.NewWriterSize(w, 1<<16), base: escapeIRI(base), terms: map[string]string{}}
}

func (n *nquadsWriter) write(q Quad) error {
	n.node(q.Subject)
	n.w.WriteByte(' ')
	n.w.WriteString(n.term('p', q.Predicate))
	n.w.WriteByte(' ')
	switch {
	case q.Predicate == Type && q.Object.IsIRI():
		n.w.WriteString(n.term('c', q.Object.IRI()))
	case q.Object.IsIRI():
		n.node(q.Object.IRI())
	default:
		lex, dt := rdfLiteral(q.Predicate, q.Object)
		writeNQuadsString(n.w, lex)
		if dt != "" {
			n.w.WriteString("^^<")
			n.w.WriteString(dt)
			n.w.WriteByte('>')
		}
	}
	if q.Label != "" {
		n.w.WriteByte(' ')
		n.node(q.Label)
	}
	_, err := n.w.WriteString(" .\n")
	return err
}

// node writes a node's IRI: the base, then the store's IRI escaped.
func (n *nquadsWriter) node(rel string) {
	n.w.WriteByte('<')
	n.w.WriteString(n.base)
	n.w.WriteString(escapeIRI(rel))
	n.w.WriteByte('>')
}

// term returns the written IRI of a predicate ('p') or a class ('c').
func (n *nquadsWriter) term(kind byte, name string) string {
	key := string(kind) + name
	t, ok := n.terms[key]
	if !ok {
		if kind == 'p' {
			t = nquadsIRI(predicateIRI(name))
		} else {
			t = nquadsIRI(classIRI(name))
		}
		n.terms[key] = t
	}
	return t
}

func (n *nquadsWriter) close() error { return n.w.Flush() }

// writeNQuadsString writes a literal's quoted form, copying it whole when
// nothing in it needs an escape.
func writeNQuadsString(w *bufio.Writer, s string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c == 0x7f {
			w.WriteString(nquadsString(s))
			return
		}
	}
	w.WriteByte('"')
	w.WriteString(s)
	w.WriteByte('"')
}

// nquadsIRI writes an IRIREF, escaping as UCHAR the characters the
// grammar excludes (controls, space, <>"{}|^`\).
func nquadsIRI(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('<')
	for _, r := range s {
		if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) {
			fmt.Fprintf(&b, `\u%04X`, r)
			continue
		}
		b.WriteRune(r)
	}
	b.WriteByte('>')
	return b.String()
}

// nquadsString writes a STRING_LITERAL_QUOTE: the quote, the backslash and
// the line breaks escaped, other controls as UCHAR.
func nquadsString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// hasQuads reports whether any quad has the node as subject or object. A
// reference alone does not say the node exists: the SQL backends make one
// from the value's hash, stored or not.
func (s *Store) hasQuads(ctx context.Context, ref cgraph.Ref) bool {
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		it := s.qs.QuadIterator(d, ref).Iterate()
		found := it.Next(ctx)
		it.Close()
		if found {
			return true
		}
	}
	return false
}
