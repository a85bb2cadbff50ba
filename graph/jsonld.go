package graph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// jsonldWriter streams the quads as JSON-LD 1.0: a context that maps the
// store's predicate and type names to the vocabulary's terms, then one
// named graph object per document label, holding a node object per
// subject. Consecutive quads of one label and subject (the store's scan
// gives a document's quads together) share their objects; a subject met
// again later gets another node object, which JSON-LD merges. Node IRIs
// are written absolute, as the N-Quads export writes them, rather than
// resolved against an @base (which would normalise dot segments).
type jsonldWriter struct {
	w     *bufio.Writer
	base  string
	label string
	// inGraph is set once the first quad opened a graph; anyTop says the
	// top-level list has an item, anyNode that the open named graph has.
	inGraph, anyTop, anyNode bool
	node                     *jsonldNode
	err                      error
}

// jsonldNode is the node object being filled.
type jsonldNode struct {
	id    string
	types []string
	keys  []string // in the order first met
	vals  map[string][]any
}

func newJSONLDWriter(w io.Writer, base string) *jsonldWriter {
	j := &jsonldWriter{w: bufio.NewWriter(w), base: base}
	j.w.WriteString(`{"@context":`)
	j.w.Write(jsonldContext())
	j.w.WriteString(`,"@graph":[`)
	return j
}

// jsonldContext is the context of the JSON-LD export: the prefixes, and a
// term per store predicate and type of the vocabulary table.
func jsonldContext() []byte {
	var b bytes.Buffer
	b.WriteString("{")
	first := true
	add := func(k, v string) {
		if !first {
			b.WriteString(",")
		}
		first = false
		b.Write(jsonString(k))
		b.WriteString(":")
		b.Write(jsonString(v))
	}
	for _, p := range prefixes {
		add(p[0], p[1])
	}
	for _, t := range rdfClasses {
		add(t.name, t.iri)
	}
	for _, t := range rdfProperties {
		if t.name != Type {
			add(t.name, t.iri)
		}
	}
	b.WriteString("}")
	return b.Bytes()
}

func jsonString(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

func (j *jsonldWriter) write(q Quad) error {
	if j.err != nil {
		return j.err
	}
	if !j.inGraph || q.Label != j.label {
		j.flushNode()
		j.closeGraph()
		j.openGraph(q.Label)
	}
	if j.node == nil || j.node.id != q.Subject {
		j.flushNode()
		j.node = &jsonldNode{id: q.Subject, vals: map[string][]any{}}
	}
	n := j.node
	if q.Predicate == Type && q.Object.IsIRI() {
		t := q.Object.IRI()
		if classByName[t] == nil {
			t = classIRI(t)
		}
		n.types = append(n.types, t)
		return nil
	}
	key := q.Predicate
	if propertyByName[key] == nil || key == Type {
		key = predicateIRI(q.Predicate)
	}
	if _, ok := n.vals[key]; !ok {
		n.keys = append(n.keys, key)
	}
	n.vals[key] = append(n.vals[key], j.value(q))
	return nil
}

// value is a quad's object in JSON-LD: a node reference, a native number or
// boolean, a string, or a typed value object.
func (j *jsonldWriter) value(q Quad) any {
	if q.Object.IsIRI() {
		return map[string]string{"@id": j.base + escapeIRI(q.Object.IRI())}
	}
	lex, dt := rdfLiteral(q.Predicate, q.Object)
	switch dt {
	case "":
		return lex
	case nsXSD + "integer":
		return json.Number(lex)
	case nsXSD + "boolean":
		return lex == "true"
	}
	return map[string]string{"@value": lex, "@type": dt}
}

// openGraph starts the named graph of a label; quads with no label go in
// the default graph, at the top level.
func (j *jsonldWriter) openGraph(label string) {
	j.label, j.inGraph, j.anyNode = label, true, false
	if label == "" {
		return
	}
	if j.anyTop {
		j.w.WriteString(",")
	}
	j.anyTop = true
	j.w.WriteString("\n{\"@id\":")
	j.w.Write(jsonString(j.base + escapeIRI(label)))
	j.w.WriteString(`,"@graph":[`)
}

func (j *jsonldWriter) closeGraph() {
	if j.inGraph && j.label != "" {
		j.w.WriteString("]}")
	}
	j.inGraph = false
}

// flushNode writes the node object being filled.
func (j *jsonldWriter) flushNode() {
	n := j.node
	if n == nil || j.err != nil {
		return
	}
	j.node = nil
	obj := map[string]any{"@id": j.base + escapeIRI(n.id)}
	if len(n.types) == 1 {
		obj["@type"] = n.types[0]
	} else if len(n.types) > 1 {
		obj["@type"] = n.types
	}
	for _, k := range n.keys {
		if v := n.vals[k]; len(v) == 1 {
			obj[k] = v[0]
		} else {
			obj[k] = v
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if j.err = enc.Encode(obj); j.err != nil {
		return
	}
	more := &j.anyNode
	if j.label == "" {
		more = &j.anyTop
	}
	if *more {
		j.w.WriteString(",")
	}
	*more = true
	j.w.WriteString("\n")
	j.w.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

func (j *jsonldWriter) close() error {
	j.flushNode()
	j.closeGraph()
	if j.err != nil {
		return j.err
	}
	j.w.WriteString("]}\n")
	return j.w.Flush()
}
