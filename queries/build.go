package queries

import (
	"context"
	"sort"
	"strings"

	"lexgraph"
	"lexgraph/graph"
)

// Building the model goes in two steps. First, records: each question with
// its citations and each entity (deputy, group, ministry, rubrique,
// circonscription, instrument), read from its node's statements, with
// links as node IRIs. Then assemble: entities sorted by node, questions in
// the order of their references, links turned into indexes. A full build reads the records
// of every node from one scan of the store; an update (patch.go) takes the
// records of a saved model, reads again those of the nodes that changed
// since, and assembles the two: the same code gives the same model
// (TestModelPatchedEqualsBuilt).

// qrec is a question (or plain document) as a record.
type qrec struct {
	q                                        Question // its own fields; links and citations unset
	deputy, group, asked, answerer, rubrique string
	// pageGroup is the group the question's page printed, the question's
	// group when no record gives one (Question.GroupFromPage).
	pageGroup string
	assigned  []string
	cites     []crec
}

// crec is a citation as a record.
type crec struct {
	part               lexgraph.Part
	in                 string
	articles, wordings []string
	mentions           int32
	sentence           string
}

// erec is an entity as a record: one of the structs, by kind.
type erec struct {
	typed  bool // the node has a type statement of its kind
	dep    Deputy
	groups []string // a deputy's groups
	circo  string   // a deputy's circonscription
	grp    Group
	named  Named
	circ   Circo
	inst   Instrument
}

// entityKinds are the types of the model's entities.
var entityKinds = []string{graph.TypeDeputy, graph.TypeGroup, graph.TypeMinistry, graph.TypeRubrique, graph.TypeCirconscription, graph.TypeInstrument}

// records are the model's records, by node.
type records struct {
	questions map[string]*qrec
	entities  map[string]map[string]*erec // kind → node → record
}

func newRecords() *records {
	r := &records{questions: map[string]*qrec{}, entities: map[string]map[string]*erec{}}
	for _, k := range entityKinds {
		r.entities[k] = map[string]*erec{}
	}
	return r
}

// citeKey identifies a citation's details: question, part, instrument.
type citeKey struct{ q, part, in string }

// questionRec reads a question's record from its node's statements;
// details gives the statements of its citations' nodes.
func questionRec(iri string, n *props, details func(citeKey) *props) *qrec {
	r := &qrec{
		q: Question{
			Node: iri, UID: n.one(graph.UID), Number: n.num(graph.Number),
			Legislature: n.num(graph.Legislature), Type: n.one(graph.QuestionType),
			Title: n.one(graph.Title), Document: n.typ == graph.TypeDocument,
			Published: earliest(n.all(graph.Published)), Answered: latest(n.all(graph.Answered)),
			HasAnswer: n.one(graph.HasAnswer) == "true",
		},
		deputy: n.one(graph.AskedBy), group: n.one(graph.AuthorGroup), asked: n.one(graph.AddressedTo),
		answerer: n.one(graph.AnsweredBy), rubrique: n.one(graph.InRubrique), assigned: assignedInOrder(n),
		pageGroup: n.one(graph.PageGroup),
	}
	for _, x := range n.pairs {
		if part, ok := citesParts[x.p]; ok && x.v.IsIRI() {
			r.cites = append(r.cites, crec{part: part, in: x.v.IRI()})
		}
	}
	sort.Slice(r.cites, func(i, j int) bool {
		if r.cites[i].part != r.cites[j].part {
			return partOrder(r.cites[i].part) < partOrder(r.cites[j].part)
		}
		return r.cites[i].in < r.cites[j].in
	})
	out := r.cites[:0]
	for i, c := range r.cites {
		if i > 0 && c.part == r.cites[i-1].part && c.in == r.cites[i-1].in {
			continue
		}
		if d := details(citeKey{iri, string(c.part), c.in}); d != nil {
			c.articles, c.wordings = d.all(graph.Article), d.all(graph.Wording)
			c.mentions, c.sentence = d.num(graph.Mentions), d.one(graph.Sentence)
		}
		out = append(out, c)
	}
	r.cites = out
	return r
}

// entityRec reads an entity's record from its node's statements (none: an
// entity only pointed to).
func entityRec(kind, iri string, n *props) *erec {
	if n == nil {
		n = &props{}
	}
	r := &erec{typed: n.typ == kind}
	switch kind {
	case graph.TypeDeputy:
		r.dep = Deputy{
			Node: iri, Name: n.one(graph.Name), Civility: n.one(graph.Civility),
			FirstName: n.one(graph.FirstName), LastName: n.one(graph.LastName),
			Acteur: n.one(graph.ActeurID), Department: n.one(graph.Department),
		}
		r.circo, r.groups = n.one(graph.ElectedIn), n.all(graph.MemberOf)
	case graph.TypeGroup:
		r.grp = Group{Node: iri, Name: n.one(graph.Name), Short: n.one(graph.Short), Organe: n.one(graph.OrganeID)}
	case graph.TypeMinistry, graph.TypeRubrique:
		r.named = Named{Node: iri, Name: n.one(graph.Name)}
	case graph.TypeCirconscription:
		r.circ = Circo{Node: iri, Name: n.one(graph.Name), Department: n.one(graph.Department), Number: n.num(graph.Number)}
	case graph.TypeInstrument:
		r.inst = Instrument{
			Node: iri, ID: graph.InstrumentID(iri), Kind: n.one(graph.Kind), Label: n.one(graph.Label),
			Number: n.one(graph.Number), Date: n.one(graph.Date), CELEX: n.one(graph.CELEX),
			ELI: n.one(graph.ELI), Legifrance: n.one(graph.Legifrance), CoE: n.one(graph.CoE),
			NOR: n.one(graph.NOR), Consolidated: n.one(graph.Consolidated),
		}
	}
	return r
}

// fromProps adds the records of nodes: questions, documents and typed
// entities.
func (r *records) fromProps(nodes map[string]*props) {
	details := map[citeKey]*props{}
	for _, n := range nodes {
		if n.typ == graph.TypeCitation {
			details[citeKey{n.one(graph.CitationOf), n.one(graph.Part), n.one(graph.CitationTo)}] = n
		}
	}
	find := func(k citeKey) *props { return details[k] }
	for iri, n := range nodes {
		switch n.typ {
		case graph.TypeQuestion, graph.TypeDocument:
			r.questions[iri] = questionRec(iri, n, find)
		default:
			if es, ok := r.entities[n.typ]; ok {
				es[iri] = entityRec(n.typ, iri, n)
			}
		}
	}
}

// assemble makes the model of the records. Entities are the typed ones
// and those a question or a deputy points to (their records made by
// pointed when missing), sorted by node; untyped entities no one points to
// any more are left out.
func assemble(r *records, gen string, pointed func(kind, iri string) (*erec, error)) (*Model, error) {
	linked := map[string]map[string]bool{}
	for _, k := range entityKinds {
		linked[k] = map[string]bool{}
	}
	link := func(kind, iri string) {
		if iri != "" {
			linked[kind][iri] = true
		}
	}
	for _, q := range r.questions {
		link(graph.TypeDeputy, q.deputy)
		link(graph.TypeGroup, q.group)
		if q.group == "" {
			link(graph.TypeGroup, q.pageGroup)
		}
		link(graph.TypeMinistry, q.asked)
		link(graph.TypeMinistry, q.answerer)
		for _, a := range q.assigned {
			link(graph.TypeMinistry, a)
		}
		link(graph.TypeRubrique, q.rubrique)
		for _, c := range q.cites {
			link(graph.TypeInstrument, c.in)
		}
	}
	ensure := func(kind string) error {
		es := r.entities[kind]
		for iri := range linked[kind] {
			if _, ok := es[iri]; !ok {
				e, err := pointed(kind, iri)
				if err != nil {
					return err
				}
				es[iri] = e
			}
		}
		for iri, e := range es {
			if !e.typed && !linked[kind][iri] {
				delete(es, iri)
			}
		}
		return nil
	}
	if err := ensure(graph.TypeDeputy); err != nil {
		return nil, err
	}
	for _, d := range r.entities[graph.TypeDeputy] {
		link(graph.TypeCirconscription, d.circo)
		for _, g := range d.groups {
			link(graph.TypeGroup, g)
		}
	}
	index := map[string]map[string]int32{}
	sorted := map[string][]string{}
	for _, kind := range entityKinds {
		if err := ensure(kind); err != nil {
			return nil, err
		}
		iris := make([]string, 0, len(r.entities[kind]))
		for iri := range r.entities[kind] {
			iris = append(iris, iri)
		}
		sort.Strings(iris)
		sorted[kind] = iris
		idx := make(map[string]int32, len(iris))
		for i, iri := range iris {
			idx[iri] = int32(i)
		}
		index[kind] = idx
	}
	at := func(kind, iri string) int32 {
		if iri == "" {
			return none
		}
		return index[kind][iri]
	}
	m := &Model{Generation: gen, sentences: []string{}}
	untyped := func(kind, iri string) {
		if !r.entities[kind][iri].typed {
			m.untyped = append(m.untyped, iri)
		}
	}
	for _, iri := range sorted[graph.TypeDeputy] {
		e := r.entities[graph.TypeDeputy][iri]
		d := e.dep
		d.Circo = at(graph.TypeCirconscription, e.circo)
		d.Groups = nil
		for _, g := range e.groups {
			d.Groups = append(d.Groups, at(graph.TypeGroup, g))
		}
		m.Deputies = append(m.Deputies, d)
		untyped(graph.TypeDeputy, iri)
	}
	for _, iri := range sorted[graph.TypeGroup] {
		m.Groups = append(m.Groups, r.entities[graph.TypeGroup][iri].grp)
		untyped(graph.TypeGroup, iri)
	}
	for _, iri := range sorted[graph.TypeMinistry] {
		m.Ministries = append(m.Ministries, r.entities[graph.TypeMinistry][iri].named)
		untyped(graph.TypeMinistry, iri)
	}
	for _, iri := range sorted[graph.TypeRubrique] {
		m.Rubriques = append(m.Rubriques, r.entities[graph.TypeRubrique][iri].named)
		untyped(graph.TypeRubrique, iri)
	}
	for _, iri := range sorted[graph.TypeCirconscription] {
		m.Circos = append(m.Circos, r.entities[graph.TypeCirconscription][iri].circ)
		untyped(graph.TypeCirconscription, iri)
	}
	for _, iri := range sorted[graph.TypeInstrument] {
		m.Instruments = append(m.Instruments, r.entities[graph.TypeInstrument][iri].inst)
		untyped(graph.TypeInstrument, iri)
	}

	// Questions and documents in the order lists print them: by
	// legislature, then number, then node (documents, with neither,
	// first), the order of their references ("14-81473"). Lists of
	// questions gathered in model order (a deputy's, an instrument's) are
	// then sorted already.
	qs := make([]*qrec, 0, len(r.questions))
	for _, q := range r.questions {
		qs = append(qs, q)
	}
	sort.Slice(qs, func(i, j int) bool {
		a, b := &qs[i].q, &qs[j].q
		if a.Legislature != b.Legislature {
			return a.Legislature < b.Legislature
		}
		if a.Number != b.Number {
			return a.Number < b.Number
		}
		return a.Node < b.Node
	})
	m.Questions = make([]Question, 0, len(qs))
	wordings := make([]map[string]bool, len(m.Instruments))
	for qi, rec := range qs {
		q := rec.q
		q.Deputy, q.Group = at(graph.TypeDeputy, rec.deputy), at(graph.TypeGroup, rec.group)
		q.GroupFromPage = false
		if rec.group == "" && rec.pageGroup != "" {
			q.Group, q.GroupFromPage = at(graph.TypeGroup, rec.pageGroup), true
		}
		q.Asked, q.Answerer = at(graph.TypeMinistry, rec.asked), at(graph.TypeMinistry, rec.answerer)
		q.Rubrique = at(graph.TypeRubrique, rec.rubrique)
		q.Assigned = nil
		for _, a := range rec.assigned {
			q.Assigned = append(q.Assigned, at(graph.TypeMinistry, a))
		}
		q.Cites[0] = int32(len(m.Citations))
		for _, c := range rec.cites {
			in := at(graph.TypeInstrument, c.in)
			m.Citations = append(m.Citations, Citation{Question: int32(qi), Instrument: in, Part: c.part,
				Articles: c.articles, Wordings: c.wordings, Mentions: c.mentions})
			m.sentences = append(m.sentences, c.sentence)
			for _, w := range c.wordings {
				if wordings[in] == nil {
					wordings[in] = map[string]bool{}
				}
				wordings[in][w] = true
			}
		}
		q.Cites[1] = int32(len(m.Citations))
		m.Questions = append(m.Questions, q)
	}
	for i, ws := range wordings {
		m.Instruments[i].Wordings = nil
		for w := range ws {
			m.Instruments[i].Wordings = append(m.Instruments[i].Wordings, w)
		}
		sort.Strings(m.Instruments[i].Wordings)
	}
	sort.Strings(m.untyped)
	return m, nil
}

// buildModel reads the store once and assembles the model.
func buildModel(ctx context.Context, st *graph.Store, gen string) (*Model, error) {
	seq, err := st.LastChange(ctx)
	if err != nil {
		return nil, err
	}
	nodes, err := scanProps(ctx, st, nil)
	if err != nil {
		return nil, err
	}
	r := newRecords()
	r.fromProps(nodes)
	m, err := assemble(r, gen, func(kind, iri string) (*erec, error) { return entityRec(kind, iri, nodes[iri]), nil })
	if err != nil {
		return nil, err
	}
	m.Seq = seq
	return m, nil
}

// scanProps reads the statements of every node (of the nodes of only, when
// not nil) the model reads, from one scan of the store.
func scanProps(ctx context.Context, st *graph.Store, only map[string]bool) (map[string]*props, error) {
	nodes := map[string]*props{}
	err := st.EachQuad(ctx, func(q graph.Quad) error {
		if !modelPredicates[q.Predicate] || only != nil && !only[q.Subject] {
			return nil
		}
		addProp(nodes, q.Subject, q.Predicate, q.Object)
		return nil
	})
	return nodes, err
}

func addProp(nodes map[string]*props, subject, predicate string, object graph.Value) {
	n := nodes[subject]
	if n == nil {
		n = &props{pairs: make([]prop, 0, 8)}
		nodes[subject] = n
	}
	if predicate == graph.Type {
		if n.typ == "" || object.Text() < n.typ {
			n.typ = object.Text()
		}
		return
	}
	n.add(prop{predicate, object})
}

// citationQuestion returns the question node a citation node belongs to,
// by its IRI (graph.CitationNode): "" when it is not one.
func citationQuestion(iri string, questions map[string]bool) string {
	rest, ok := strings.CutPrefix(iri, "citation/")
	if !ok {
		return ""
	}
	for i := len(rest) - 1; i >= 0; i-- {
		if rest[i] != '/' {
			continue
		}
		for _, prefix := range []string{"question/", "document/"} {
			if q := prefix + rest[:i]; questions[q] {
				return q
			}
		}
	}
	return ""
}
