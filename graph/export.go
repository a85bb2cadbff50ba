package graph

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

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
	// Base is prefixed to every IRI: the store's IRIs are relative
	// ("question/QANR5L14QE81473"), which strict RDF tools reject.
	Base string
}

// Export writes the graph, or the neighbourhood of one node, in a format:
//
//   - nquads: RDF 1.1 N-Quads, every quad with its document label as
//     graph name; integers typed xsd:integer;
//   - jsonld: JSON-LD (expanded form, one named graph per document), by
//     cayley's encoder;
//   - graphml: GraphML for Gephi and Neo4j: one node per IRI, with its
//     type and literal properties as attributes (several values joined by
//     " | ") and a "label"; one edge per distinct (subject, predicate,
//     object), labelled with the predicate;
//   - dot: Graphviz, the same nodes and edges.
func (s *Store) Export(ctx context.Context, w io.Writer, format string, sel Selection) error {
	var out quadWriter
	switch format {
	case "nquads":
		out = &nquadsWriter{w: bufio.NewWriter(w), base: sel.Base}
	case "jsonld":
		out = &jsonldWriter{w: jsonld.NewWriter(w), base: sel.Base}
	case "graphml", "dot":
		out = &propertyGraph{w: w, dot: format == "dot", base: sel.Base, nodes: map[string]*pgNode{}, edges: map[[3]string]bool{}}
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

type nquadsWriter struct {
	w    *bufio.Writer
	base string
}

func (n *nquadsWriter) write(q Quad) error {
	n.w.WriteString(nquadsIRI(n.base + q.Subject))
	n.w.WriteByte(' ')
	n.w.WriteString(nquadsIRI(n.base + q.Predicate))
	n.w.WriteByte(' ')
	n.w.WriteString(nquadsTerm(q.Object, n.base))
	if q.Label != "" {
		n.w.WriteByte(' ')
		n.w.WriteString(nquadsIRI(n.base + q.Label))
	}
	_, err := n.w.WriteString(" .\n")
	return err
}

func (n *nquadsWriter) close() error { return n.w.Flush() }

const xsdInteger = "http://www.w3.org/2001/XMLSchema#integer"

// nquadsTerm writes an object: an IRI, a string literal, or an integer.
func nquadsTerm(v Value, base string) string {
	switch {
	case v.IsIRI():
		return nquadsIRI(base + v.IRI())
	case v.isNum:
		return `"` + strconv.FormatInt(v.num, 10) + `"^^<` + xsdInteger + `>`
	}
	return nquadsString(v.str)
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

// ---- JSON-LD ----

type jsonldWriter struct {
	w    *jsonld.Writer
	base string
}

func (j *jsonldWriter) write(q Quad) error {
	var obj quad.Value
	switch {
	case q.Object.IsIRI():
		obj = quad.IRI(j.base + q.Object.IRI())
	case q.Object.isNum:
		obj = quad.TypedString{Value: quad.String(strconv.FormatInt(q.Object.num, 10)), Type: xsdInteger}
	default:
		obj = quad.String(q.Object.str)
	}
	cq := quad.Quad{Subject: quad.IRI(j.base + q.Subject), Predicate: quad.IRI(j.base + q.Predicate), Object: obj}
	if q.Label != "" {
		cq.Label = quad.IRI(j.base + q.Label)
	}
	return j.w.WriteQuad(cq)
}

func (j *jsonldWriter) close() error { return j.w.Close() }

// ---- GraphML and DOT ----

// propertyGraph collects the quads as a property graph: nodes with
// attributes, and edges.
type propertyGraph struct {
	w     io.Writer
	dot   bool
	base  string
	nodes map[string]*pgNode
	edges map[[3]string]bool
	attrs map[string]bool
}

type pgNode struct {
	typ   string
	props map[string][]string
}

func (g *propertyGraph) node(iri string) *pgNode {
	n := g.nodes[iri]
	if n == nil {
		n = &pgNode{props: map[string][]string{}}
		g.nodes[iri] = n
	}
	return n
}

func (g *propertyGraph) write(q Quad) error {
	n := g.node(q.Subject)
	switch {
	case q.Predicate == Type && q.Object.IsIRI():
		n.typ = q.Object.IRI()
	case q.Object.IsIRI():
		g.node(q.Object.IRI())
		g.edges[[3]string{q.Subject, q.Predicate, q.Object.IRI()}] = true
	default:
		t := q.Object.Text()
		for _, x := range n.props[q.Predicate] {
			if x == t {
				return nil
			}
		}
		n.props[q.Predicate] = append(n.props[q.Predicate], t)
		if g.attrs == nil {
			g.attrs = map[string]bool{}
		}
		g.attrs[q.Predicate] = true
	}
	return nil
}

// labelOf is what a node is called in a drawing.
func (n *pgNode) label(iri string) string {
	for _, p := range []string{Name, Label, UID, Title} {
		if v := n.props[p]; len(v) > 0 {
			sort.Strings(v)
			return v[0]
		}
	}
	return iri
}

func (g *propertyGraph) close() error {
	iris := make([]string, 0, len(g.nodes))
	for iri := range g.nodes {
		iris = append(iris, iri)
	}
	sort.Strings(iris)
	edges := make([][3]string, 0, len(g.edges))
	for e := range g.edges {
		edges = append(edges, e)
	}
	sort.Slice(edges, func(i, j int) bool {
		a, b := edges[i], edges[j]
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		if a[1] != b[1] {
			return a[1] < b[1]
		}
		return a[2] < b[2]
	})
	attrs := make([]string, 0, len(g.attrs))
	for a := range g.attrs {
		if a != "label" && a != "type" {
			attrs = append(attrs, a)
		}
	}
	sort.Strings(attrs)
	bw := bufio.NewWriter(g.w)
	if g.dot {
		g.writeDOT(bw, iris, edges, attrs)
	} else {
		g.writeGraphML(bw, iris, edges, attrs)
	}
	return bw.Flush()
}

func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (g *propertyGraph) writeGraphML(w *bufio.Writer, iris []string, edges [][3]string, attrs []string) {
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	w.WriteString(`  <key id="label" for="node" attr.name="label" attr.type="string"/>` + "\n")
	w.WriteString(`  <key id="type" for="node" attr.name="type" attr.type="string"/>` + "\n")
	for i, a := range attrs {
		fmt.Fprintf(w, "  <key id=\"p%d\" for=\"node\" attr.name=\"%s\" attr.type=\"string\"/>\n", i, xmlText(a))
	}
	w.WriteString(`  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>` + "\n")
	w.WriteString(`  <graph id="lexgraph" edgedefault="directed">` + "\n")
	for _, iri := range iris {
		n := g.nodes[iri]
		fmt.Fprintf(w, "    <node id=\"%s\">", xmlText(g.base+iri))
		fmt.Fprintf(w, "<data key=\"label\">%s</data>", xmlText(n.label(iri)))
		if n.typ != "" {
			fmt.Fprintf(w, "<data key=\"type\">%s</data>", xmlText(n.typ))
		}
		for i, a := range attrs {
			if v := n.props[a]; len(v) > 0 {
				fmt.Fprintf(w, "<data key=\"p%d\">%s</data>", i, xmlText(strings.Join(v, " | ")))
			}
		}
		w.WriteString("</node>\n")
	}
	for _, e := range edges {
		fmt.Fprintf(w, "    <edge source=\"%s\" target=\"%s\"><data key=\"elabel\">%s</data></edge>\n",
			xmlText(g.base+e[0]), xmlText(g.base+e[2]), xmlText(e[1]))
	}
	w.WriteString("  </graph>\n</graphml>\n")
}

// dotString quotes a DOT ID.
func dotString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}

func (g *propertyGraph) writeDOT(w *bufio.Writer, iris []string, edges [][3]string, attrs []string) {
	w.WriteString("digraph lexgraph {\n")
	for _, iri := range iris {
		n := g.nodes[iri]
		fmt.Fprintf(w, "  %s [label=%s", dotString(g.base+iri), dotString(n.label(iri)))
		if n.typ != "" {
			fmt.Fprintf(w, ", type=%s", dotString(n.typ))
		}
		for _, a := range attrs {
			if v := n.props[a]; len(v) > 0 {
				fmt.Fprintf(w, ", %s=%s", dotString(a), dotString(strings.Join(v, " | ")))
			}
		}
		w.WriteString("];\n")
	}
	for _, e := range edges {
		fmt.Fprintf(w, "  %s -> %s [label=%s];\n", dotString(g.base+e[0]), dotString(g.base+e[2]), dotString(e[1]))
	}
	w.WriteString("}\n")
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
