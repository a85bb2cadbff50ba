package graph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"lexgraph"
)

// propertyGraph collects the quads as a property graph, for GraphML and
// DOT: nodes with typed attributes, and edges. Citation nodes are no nodes
// of the drawing: what they hold (the parts, articles and mentions of one
// instrument's citations in a question) goes on the one "cites" edge
// between the question and the instrument, which replaces the cites_in_*
// edges of every part, so that no question is linked twice to an
// instrument.
type propertyGraph struct {
	w     io.Writer
	dot   bool
	base  string
	nodes map[string]*pgNode
	edges map[[3]string]bool
	// citations holds the Citation nodes, by IRI, until the end.
	citations map[string]*pgNode
}

type pgNode struct {
	typ   string
	props map[string][]Value
	links map[string]string // citations: citation_of and instrument
}

func newPropertyGraph(w io.Writer, dot bool, base string) *propertyGraph {
	return &propertyGraph{w: w, dot: dot, base: base, nodes: map[string]*pgNode{}, edges: map[[3]string]bool{}, citations: map[string]*pgNode{}}
}

// cites is the predicate of the edges that replace a question's cites_in_*
// links and Citation nodes.
const cites = "cites"

func (g *propertyGraph) node(iri string) *pgNode {
	n := g.nodes[iri]
	if n == nil {
		n = &pgNode{props: map[string][]Value{}}
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
		for _, x := range n.props[q.Predicate] {
			if x == q.Object {
				return nil
			}
		}
		n.props[q.Predicate] = append(n.props[q.Predicate], q.Object)
	}
	return nil
}

// pgEdge is an edge of the drawing.
type pgEdge struct {
	from, to, label string
	parts           []string // cites: the parts citing
	articles        []string // cites: the articles cited
	mentions        int      // cites: the mentions, all parts together
}

// fold turns the Citation nodes and the cites_in_* edges into one cites
// edge per question and instrument, and returns every edge, sorted.
func (g *propertyGraph) fold() []*pgEdge {
	for iri, n := range g.nodes {
		if n.typ == TypeCitation {
			g.citations[iri] = n
			delete(g.nodes, iri)
		}
	}
	byPair := map[[2]string]*pgEdge{}
	var edges []*pgEdge
	citesEdge := func(from, to string) *pgEdge {
		e := byPair[[2]string{from, to}]
		if e == nil {
			e = &pgEdge{from: from, to: to, label: cites}
			byPair[[2]string{from, to}] = e
			edges = append(edges, e)
		}
		return e
	}
	for k := range g.edges {
		from, pred, to := k[0], k[1], k[2]
		if c := g.citations[from]; c != nil {
			if c.links == nil {
				c.links = map[string]string{}
			}
			c.links[pred] = to
			continue
		}
		if g.citations[to] != nil {
			continue
		}
		if part, ok := strings.CutPrefix(pred, "cites_in_"); ok {
			e := citesEdge(from, to)
			e.parts = appendNew(e.parts, part)
			continue
		}
		edges = append(edges, &pgEdge{from: from, to: to, label: pred})
	}
	for _, c := range g.citations {
		from, to := c.links[CitationOf], c.links[CitationTo]
		if g.nodes[from] == nil || g.nodes[to] == nil {
			continue // outside a neighbourhood
		}
		e := citesEdge(from, to)
		for _, v := range c.props[Part] {
			e.parts = appendNew(e.parts, v.Text())
		}
		for _, v := range c.props[Article] {
			e.articles = appendNew(e.articles, v.Text())
		}
		for _, v := range c.props[Mentions] {
			if n, ok := v.Int(); ok {
				e.mentions += int(n)
			}
		}
	}
	for _, e := range edges {
		sort.Slice(e.parts, func(i, j int) bool { return partRank(e.parts[i]) < partRank(e.parts[j]) })
		sort.Strings(e.articles)
	}
	sort.Slice(edges, func(i, j int) bool {
		a, b := edges[i], edges[j]
		if a.from != b.from {
			return a.from < b.from
		}
		if a.label != b.label {
			return a.label < b.label
		}
		return a.to < b.to
	})
	return edges
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func partRank(p string) int {
	for i, x := range []lexgraph.Part{lexgraph.PartTitle, lexgraph.PartQuestion, lexgraph.PartAnswer, lexgraph.PartIndex, lexgraph.PartText} {
		if string(x) == p {
			return i
		}
	}
	return 99
}

// label is what a node is called in a drawing: a question by its
// reference and title, an instrument by its label, people, groups and
// ministries by their names; else its IRI.
func (g *propertyGraph) label(iri string, n *pgNode, maxTitle int) string {
	one := func(p string) string {
		var vals []string
		for _, v := range n.props[p] {
			vals = append(vals, v.Text())
		}
		if len(vals) == 0 {
			return ""
		}
		sort.Slice(vals, func(i, j int) bool { // the longest says most
			if len(vals[i]) != len(vals[j]) {
				return len(vals[i]) > len(vals[j])
			}
			return vals[i] < vals[j]
		})
		return vals[0]
	}
	num := func(p string) int {
		for _, v := range n.props[p] {
			if x, ok := v.Int(); ok {
				return int(x)
			}
		}
		return 0
	}
	switch n.typ {
	case TypeQuestion:
		ref := lexgraph.QuestionRef(num(Legislature), one(QuestionType), num(Number), one(UID))
		if ref == "" {
			ref = strings.TrimPrefix(iri, "question/")
		}
		if t := one(Title); t != "" {
			sep := ": "
			if g.dot {
				sep = "\n"
			}
			return ref + sep + cut(t, maxTitle)
		}
		return ref
	case TypeMinistryBody:
		for _, p := range []string{Short, Title} {
			if v := one(p); v != "" {
				return v
			}
		}
	case TypeDocument:
		if v := one(Source); v != "" {
			return v
		}
	}
	for _, p := range []string{Label, Name, Title} {
		if v := one(p); v != "" {
			return v
		}
	}
	if _, rest, ok := strings.Cut(iri, "/"); ok {
		return rest
	}
	return iri
}

// cut shortens a title for a drawing's node (0: no bound).
func cut(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// pgAttr is a node attribute of the drawing: a predicate, and the type its
// values all have (int, boolean or string; dates are ISO strings, which
// GraphML has no type for). A predicate whose values are integers on some
// nodes and texts on others (number: a question's, an instrument's
// official "2008-582") is two attributes, the texts under name_text.
type pgAttr struct {
	pred, name, typ string
}

// isInt reports whether a node's values of a predicate are one integer.
func isInt(vs []Value) bool { return len(vs) == 1 && vs[0].isNum }

// attrs returns the node attributes.
func (g *propertyGraph) attrs(iris []string) []pgAttr {
	type stat struct{ ints, others, bools int }
	stats := map[string]*stat{}
	for _, iri := range iris {
		for p, vs := range g.nodes[iri].props {
			if p == Label || p == Type {
				continue
			}
			st := stats[p]
			if st == nil {
				st = &stat{}
				stats[p] = st
			}
			switch {
			case isInt(vs):
				st.ints++
			case len(vs) == 1 && propertyByName[p] != nil && propertyByName[p].lit == asBoolean && (vs[0].str == "true" || vs[0].str == "false"):
				st.bools++
			default:
				st.others++
			}
		}
	}
	var attrs []pgAttr
	for p, st := range stats {
		switch {
		case st.ints > 0 && st.others+st.bools == 0:
			attrs = append(attrs, pgAttr{p, p, "int"})
		case st.bools > 0 && st.others+st.ints == 0:
			attrs = append(attrs, pgAttr{p, p, "boolean"})
		case st.ints > 0:
			attrs = append(attrs, pgAttr{p, p, "int"}, pgAttr{p, p + "_text", "string"})
		default:
			attrs = append(attrs, pgAttr{p, p, "string"})
		}
	}
	sort.Slice(attrs, func(i, j int) bool { return attrs[i].name < attrs[j].name })
	return attrs
}

// value returns the text of a node's attribute, and whether it has one.
func (n *pgNode) value(a pgAttr) (string, bool) {
	vs := n.props[a.pred]
	if len(vs) == 0 {
		return "", false
	}
	asInt := isInt(vs)
	switch {
	case a.typ == "int" && asInt, a.typ == "boolean":
		return vs[0].Text(), true
	case a.typ == "string" && (a.name == a.pred || !asInt):
		if len(vs) == 1 {
			return vs[0].Text(), true
		}
		texts := make([]string, len(vs))
		for i, v := range vs {
			texts[i] = v.Text()
		}
		sort.Strings(texts)
		return strings.Join(texts, " | "), true
	}
	return "", false
}

func (g *propertyGraph) close() error {
	edges := g.fold()
	iris := make([]string, 0, len(g.nodes))
	for iri := range g.nodes {
		iris = append(iris, iri)
	}
	sort.Strings(iris)
	attrs := g.attrs(iris)
	bw := bufio.NewWriterSize(g.w, 1<<16)
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

// id is a node's id in the drawing: its IRI under the base.
func (g *propertyGraph) id(iri string) string { return g.base + escapeIRI(iri) }

func (g *propertyGraph) writeGraphML(w *bufio.Writer, iris []string, edges []*pgEdge, attrs []pgAttr) {
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	w.WriteString(`  <key id="label" for="node" attr.name="label" attr.type="string"/>` + "\n")
	w.WriteString(`  <key id="type" for="node" attr.name="type" attr.type="string"/>` + "\n")
	for i, a := range attrs {
		fmt.Fprintf(w, "  <key id=\"p%d\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", i, xmlText(a.name), a.typ)
	}
	w.WriteString(`  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>` + "\n")
	w.WriteString(`  <key id="parts" for="edge" attr.name="parts" attr.type="string"/>` + "\n")
	w.WriteString(`  <key id="articles" for="edge" attr.name="articles" attr.type="string"/>` + "\n")
	w.WriteString(`  <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>` + "\n")
	w.WriteString(`  <graph id="lexgraph" edgedefault="directed">` + "\n")
	for _, iri := range iris {
		n := g.nodes[iri]
		fmt.Fprintf(w, "    <node id=\"%s\">", xmlText(g.id(iri)))
		fmt.Fprintf(w, "<data key=\"label\">%s</data>", xmlText(g.label(iri, n, 0)))
		if n.typ != "" {
			fmt.Fprintf(w, "<data key=\"type\">%s</data>", xmlText(n.typ))
		}
		for i, a := range attrs {
			if v, ok := n.value(a); ok {
				fmt.Fprintf(w, "<data key=\"p%d\">%s</data>", i, xmlText(v))
			}
		}
		w.WriteString("</node>\n")
	}
	for _, e := range edges {
		fmt.Fprintf(w, "    <edge source=\"%s\" target=\"%s\"><data key=\"elabel\">%s</data>", xmlText(g.id(e.from)), xmlText(g.id(e.to)), xmlText(e.label))
		if e.label == cites {
			fmt.Fprintf(w, "<data key=\"parts\">%s</data>", xmlText(strings.Join(e.parts, " | ")))
			if len(e.articles) > 0 {
				fmt.Fprintf(w, "<data key=\"articles\">%s</data>", xmlText(strings.Join(e.articles, " | ")))
			}
			if e.mentions > 0 {
				fmt.Fprintf(w, "<data key=\"mentions\">%d</data>", e.mentions)
			}
		}
		w.WriteString("</edge>\n")
	}
	w.WriteString("  </graph>\n</graphml>\n")
}

var dotEscapes = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")

// dotString quotes a DOT ID.
func dotString(s string) string { return `"` + dotEscapes.Replace(s) + `"` }

// dotTitle bounds the titles drawn in DOT nodes, in runes.
const dotTitle = 60

func (g *propertyGraph) writeDOT(w *bufio.Writer, iris []string, edges []*pgEdge, attrs []pgAttr) {
	w.WriteString("digraph lexgraph {\n")
	for _, iri := range iris {
		n := g.nodes[iri]
		fmt.Fprintf(w, "  %s [label=%s", dotString(g.id(iri)), dotString(g.label(iri, n, dotTitle)))
		if n.typ != "" {
			fmt.Fprintf(w, ", type=%s", dotString(n.typ))
		}
		for _, a := range attrs {
			if v, ok := n.value(a); ok {
				fmt.Fprintf(w, ", %s=%s", dotString(a.name), dotString(v))
			}
		}
		w.WriteString("];\n")
	}
	for _, e := range edges {
		fmt.Fprintf(w, "  %s -> %s [label=%s", dotString(g.id(e.from)), dotString(g.id(e.to)), dotString(e.label))
		if e.label == cites {
			fmt.Fprintf(w, ", parts=%s", dotString(strings.Join(e.parts, " | ")))
			if len(e.articles) > 0 {
				fmt.Fprintf(w, ", articles=%s", dotString(strings.Join(e.articles, " | ")))
			}
			if e.mentions > 0 {
				fmt.Fprintf(w, ", mentions=%s", strconv.Itoa(e.mentions))
			}
		}
		w.WriteString("];\n")
	}
	w.WriteString("}\n")
}
