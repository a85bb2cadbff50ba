package queries

import (
	"encoding/binary"
	"errors"

	"lexgraph"
)

// The model's saved form: a version, then each slice as a count and its
// records, integers as varints and strings as a length and bytes. The
// decoder turns the whole blob into one string and slices every string
// field out of it, so that loading a legislature's model allocates a few
// slices rather than a million strings: that is what makes a fresh
// process's first query fast.

// modelVersion changes whenever the saved form or the model's meaning
// changes; a saved model of another version is rebuilt.
const modelVersion = 4

const modelMagic = "lexgraph.model"

type encoder struct{ b []byte }

func (e *encoder) int(v int64)  { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) i32(v int32)  { e.int(int64(v)) }
func (e *encoder) str(s string) { e.int(int64(len(s))); e.b = append(e.b, s...) }
func (e *encoder) bool(v bool) {
	if v {
		e.int(1)
	} else {
		e.int(0)
	}
}
func (e *encoder) strs(s []string) {
	e.int(int64(len(s)))
	for _, x := range s {
		e.str(x)
	}
}
func (e *encoder) i32s(s []int32) {
	e.int(int64(len(s)))
	for _, x := range s {
		e.i32(x)
	}
}

type decoder struct {
	s   string // the whole blob
	i   int
	err error
	// strPool and i32Pool back the many short lists (articles, wordings,
	// attributaires), so that they cost no allocation each.
	strPool []string
	i32Pool []int32
}

var errDamaged = errors.New("saved model is damaged")

func (d *decoder) int() int64 {
	if d.err != nil {
		return 0
	}
	v, n := varint(d.s[d.i:])
	if n <= 0 {
		d.err = errDamaged
		return 0
	}
	d.i += n
	return v
}

// varint decodes a zigzag varint from a string without converting it.
func varint(s string) (int64, int) {
	var ux uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			ux |= uint64(c) << shift
			x := int64(ux >> 1)
			if ux&1 != 0 {
				x = ^x
			}
			return x, i + 1
		}
		ux |= uint64(c&0x7f) << shift
		shift += 7
	}
	return 0, -1
}

func (d *decoder) i32() int32 { return int32(d.int()) }
func (d *decoder) bool() bool { return d.int() != 0 }

func (d *decoder) str() string {
	n := int(d.int())
	if d.err != nil || n < 0 || d.i+n > len(d.s) {
		d.err = errDamaged
		return ""
	}
	s := d.s[d.i : d.i+n]
	d.i += n
	return s
}

// count reads a slice length, bounded by what is left so that a damaged
// blob cannot ask for a huge allocation.
func (d *decoder) count() int {
	n := int(d.int())
	if d.err != nil || n < 0 || n > len(d.s)-d.i {
		d.err = errDamaged
		return 0
	}
	return n
}

func (d *decoder) strs() []string { return decodeList(d, &d.strPool, d.str) }

func (d *decoder) i32s() []int32 { return decodeList(d, &d.i32Pool, d.i32) }

// decodeList reads a count and that many elements, carving the list out of
// the pool sized at the start of decoding when it has room: one allocation
// for all the model's lists instead of one each.
func decodeList[T any](d *decoder, pool *[]T, elem func() T) []T {
	n := d.count()
	if n == 0 {
		return nil
	}
	var out []T
	if p := *pool; n <= cap(p)-len(p) {
		out = p[len(p) : len(p)+n : len(p)+n]
		*pool = p[:len(p)+n]
	} else {
		out = make([]T, n)
	}
	for i := range out {
		out[i] = elem()
	}
	return out
}

func (m *Model) encode() []byte {
	e := &encoder{b: make([]byte, 0, 64*len(m.Questions)+64*len(m.Citations)+1024)}
	e.str(modelMagic)
	e.int(modelVersion)
	e.int(int64(m.Seq))
	// The sizes of the decoder's pools: every list element of the model.
	nstr, ni32 := 0, 0
	for _, q := range m.Questions {
		ni32 += len(q.Assigned)
	}
	for _, c := range m.Citations {
		nstr += len(c.Articles) + len(c.Wordings)
	}
	for _, d := range m.Deputies {
		nstr += 7
		ni32 += len(d.Groups)
	}
	nstr += 4*len(m.Groups) + 2*len(m.Ministries) + 2*len(m.Rubriques) + 3*len(m.Circos)
	for _, in := range m.Instruments {
		nstr += 12 + len(in.Wordings)
	}
	nstr += len(m.untyped)
	e.int(int64(nstr))
	e.int(int64(ni32))
	e.int(int64(len(m.Questions)))
	for _, q := range m.Questions {
		e.str(q.Node)
		e.str(q.UID)
		e.i32(q.Number)
		e.i32(q.Legislature)
		e.str(q.Type)
		e.str(q.Title)
		e.i32(int32(q.Published))
		e.i32(int32(q.Answered))
		e.bool(q.HasAnswer)
		e.bool(q.Document)
		e.i32(q.Deputy)
		e.i32(q.Group)
		e.bool(q.GroupFromPage)
		e.i32(q.Asked)
		e.i32(q.Answerer)
		e.i32s(q.Assigned)
		e.i32(q.Rubrique)
		e.i32(q.Cites[0])
		e.i32(q.Cites[1])
	}
	e.int(int64(len(m.Citations)))
	for _, c := range m.Citations {
		e.i32(c.Question)
		e.i32(c.Instrument)
		e.str(string(c.Part))
		e.strs(c.Articles)
		e.strs(c.Wordings)
		e.i32(c.Mentions)
	}
	e.int(int64(len(m.Deputies)))
	for _, d := range m.Deputies {
		e.strs([]string{d.Node, d.Name, d.Civility, d.FirstName, d.LastName, d.Acteur, d.Department})
		e.i32s(d.Groups)
		e.i32(d.Circo)
	}
	e.int(int64(len(m.Groups)))
	for _, g := range m.Groups {
		e.strs([]string{g.Node, g.Name, g.Short, g.Organe})
	}
	for _, list := range [][]Named{m.Ministries, m.Rubriques} {
		e.int(int64(len(list)))
		for _, n := range list {
			e.strs([]string{n.Node, n.Name})
		}
	}
	e.int(int64(len(m.Circos)))
	for _, c := range m.Circos {
		e.strs([]string{c.Node, c.Name, c.Department})
		e.i32(c.Number)
	}
	e.int(int64(len(m.Instruments)))
	for _, in := range m.Instruments {
		e.strs([]string{in.Node, in.ID, in.Kind, in.Label, in.Number, in.Date, in.CELEX, in.ELI, in.Legifrance, in.CoE, in.NOR, in.Consolidated})
		e.strs(in.Wordings)
	}
	e.strs(m.untyped)
	return e.b
}

// fields reads a record saved as a list of n strings.
func (d *decoder) fields(n int) []string {
	f := d.strs()
	if len(f) != n {
		d.err = errDamaged
		return make([]string, n)
	}
	return f
}

// decodeModel reads a saved model. Its strings share the memory of data,
// which the caller must not change afterwards.
func decodeModel(data string) (*Model, error) {
	d := &decoder{s: data}
	if d.str() != modelMagic || d.int() != modelVersion {
		return nil, errors.New("saved model is of another version")
	}
	m := &Model{Seq: uint64(d.int())}
	d.strPool = make([]string, 0, d.count())
	d.i32Pool = make([]int32, 0, d.count())
	m.Questions = make([]Question, d.count())
	for i := range m.Questions {
		q := &m.Questions[i]
		q.Node = d.str()
		q.UID = d.str()
		q.Number = d.i32()
		q.Legislature = d.i32()
		q.Type = d.str()
		q.Title = d.str()
		q.Published = Day(d.i32())
		q.Answered = Day(d.i32())
		q.HasAnswer = d.bool()
		q.Document = d.bool()
		q.Deputy = d.i32()
		q.Group = d.i32()
		q.GroupFromPage = d.bool()
		q.Asked = d.i32()
		q.Answerer = d.i32()
		q.Assigned = d.i32s()
		q.Rubrique = d.i32()
		q.Cites[0] = d.i32()
		q.Cites[1] = d.i32()
	}
	m.Citations = make([]Citation, d.count())
	for i := range m.Citations {
		c := &m.Citations[i]
		c.Question = d.i32()
		c.Instrument = d.i32()
		c.Part = lexgraph.Part(d.str())
		c.Articles = d.strs()
		c.Wordings = d.strs()
		c.Mentions = d.i32()
	}
	m.Deputies = make([]Deputy, d.count())
	for i := range m.Deputies {
		f := d.fields(7)
		m.Deputies[i] = Deputy{Node: f[0], Name: f[1], Civility: f[2], FirstName: f[3], LastName: f[4], Acteur: f[5], Department: f[6], Groups: d.i32s(), Circo: d.i32()}
	}
	m.Groups = make([]Group, d.count())
	for i := range m.Groups {
		f := d.fields(4)
		m.Groups[i] = Group{Node: f[0], Name: f[1], Short: f[2], Organe: f[3]}
	}
	for _, list := range []*[]Named{&m.Ministries, &m.Rubriques} {
		*list = make([]Named, d.count())
		for i := range *list {
			f := d.fields(2)
			(*list)[i] = Named{Node: f[0], Name: f[1]}
		}
	}
	m.Circos = make([]Circo, d.count())
	for i := range m.Circos {
		f := d.fields(3)
		m.Circos[i] = Circo{Node: f[0], Name: f[1], Department: f[2], Number: d.i32()}
	}
	m.Instruments = make([]Instrument, d.count())
	for i := range m.Instruments {
		f := d.fields(12)
		m.Instruments[i] = Instrument{Node: f[0], ID: f[1], Kind: f[2], Label: f[3], Number: f[4], Date: f[5], CELEX: f[6], ELI: f[7], Legifrance: f[8], CoE: f[9],
			NOR: f[10], Consolidated: f[11], Wordings: d.strs()}
	}
	m.untyped = d.strs()
	if d.err == nil && d.i != len(d.s) {
		d.err = errDamaged
	}
	if d.err != nil {
		return nil, d.err
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}

// check verifies that every index points into its slice, so that a saved
// model that does not match its own counts is rebuilt instead of making a
// query panic.
func (m *Model) check() error {
	in := func(i int32, n int) bool { return i == none || (i >= 0 && int(i) < n) }
	for _, q := range m.Questions {
		ok := in(q.Deputy, len(m.Deputies)) && in(q.Group, len(m.Groups)) && in(q.Asked, len(m.Ministries)) &&
			in(q.Answerer, len(m.Ministries)) && in(q.Rubrique, len(m.Rubriques)) &&
			q.Cites[0] >= 0 && q.Cites[0] <= q.Cites[1] && int(q.Cites[1]) <= len(m.Citations)
		for _, a := range q.Assigned {
			ok = ok && a != none && in(a, len(m.Ministries))
		}
		if !ok {
			return errDamaged
		}
	}
	for _, c := range m.Citations {
		if c.Question < 0 || int(c.Question) >= len(m.Questions) || c.Instrument < 0 || int(c.Instrument) >= len(m.Instruments) {
			return errDamaged
		}
	}
	for _, d := range m.Deputies {
		if !in(d.Circo, len(m.Circos)) {
			return errDamaged
		}
		for _, g := range d.Groups {
			if g == none || !in(g, len(m.Groups)) {
				return errDamaged
			}
		}
	}
	return nil
}
