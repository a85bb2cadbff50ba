package graph

import (
	"fmt"
	"strconv"

	"github.com/cayleygraph/quad"
)

// Value is a node (an IRI) or a literal (a string or an integer). It keeps
// cayley's types inside this package.
type Value struct {
	iri   string
	str   string
	num   int64
	isNum bool
	isStr bool
}

// IRI returns a node value.
func IRI(s string) Value { return Value{iri: s} }

// String returns a string literal.
func String(s string) Value { return Value{str: s, isStr: true} }

// Int returns an integer literal.
func Int(n int64) Value { return Value{num: n, isNum: true} }

// IsZero reports whether v is no value at all.
func (v Value) IsZero() bool { return v.iri == "" && !v.isStr && !v.isNum }

// IsIRI reports whether v is a node.
func (v Value) IsIRI() bool { return v.iri != "" }

// IRI returns the node's IRI, or "".
func (v Value) IRI() string { return v.iri }

// Text returns v as text: the IRI, the string, or the integer written out.
func (v Value) Text() string {
	switch {
	case v.iri != "":
		return v.iri
	case v.isNum:
		return strconv.FormatInt(v.num, 10)
	}
	return v.str
}

// Int returns v's integer, and whether v is one (strings of digits count).
func (v Value) Int() (int64, bool) {
	if v.isNum {
		return v.num, true
	}
	n, err := strconv.ParseInt(v.str, 10, 64)
	return n, err == nil && v.isStr
}

func (v Value) String() string {
	switch {
	case v.iri != "":
		return "<" + v.iri + ">"
	case v.isNum:
		return strconv.FormatInt(v.num, 10)
	}
	return strconv.Quote(v.str)
}

func (v Value) quad() quad.Value {
	switch {
	case v.iri != "":
		return quad.IRI(v.iri)
	case v.isNum:
		return quad.Int(v.num)
	case v.isStr:
		return quad.String(v.str)
	}
	return nil
}

func fromQuad(q quad.Value) Value {
	switch x := q.(type) {
	case quad.IRI:
		return IRI(string(x))
	case quad.String:
		return String(string(x))
	case quad.Int:
		return Int(int64(x))
	case nil:
		return Value{}
	}
	return String(fmt.Sprint(quad.NativeOf(q)))
}

// Quad is one statement of the graph, labelled with the document it came
// from.
type Quad struct {
	Subject   string
	Predicate string
	Object    Value
	Label     string
}

func (q Quad) quad() quad.Quad {
	out := quad.Quad{Subject: quad.IRI(q.Subject), Predicate: quad.IRI(q.Predicate), Object: q.Object.quad()}
	if q.Label != "" {
		out.Label = quad.IRI(q.Label)
	}
	return out
}

func fromCayley(q quad.Quad) Quad {
	out := Quad{Object: fromQuad(q.Object)}
	if s, ok := q.Subject.(quad.IRI); ok {
		out.Subject = string(s)
	}
	if p, ok := q.Predicate.(quad.IRI); ok {
		out.Predicate = string(p)
	}
	if l, ok := q.Label.(quad.IRI); ok {
		out.Label = string(l)
	}
	return out
}
