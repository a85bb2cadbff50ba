package graph

import (
	"strconv"
	"strings"

	"lexgraph"
)

// Node types: the object of a node's Type quad.
const (
	TypeQuestion        = "Question"
	TypeDocument        = "Document" // a plain text in no known layout
	TypeDeputy          = "Deputy"
	TypeGroup           = "Group"
	TypeCirconscription = "Circonscription"
	TypeMinistry        = "Ministry"
	TypeRubrique        = "Rubrique"
	TypeInstrument      = "Instrument"
	TypeCitation        = "Citation"
)

// Predicates. Edges link nodes; the others carry literals.
const (
	Type = "type"

	// question → node
	AskedBy     = "asked_by"     // → Deputy
	AuthorGroup = "author_group" // → Group: the author's group when the question was asked
	AddressedTo = "addressed_to" // → Ministry: the ministère interrogé
	AssignedTo  = "assigned_to"  // → Ministry: a ministère attributaire (every one, in order: see AssignedOrder)
	AnsweredBy  = "answered_by"  // → Ministry: the last attributaire, who answers
	InRubrique  = "rubrique"     // → Rubrique
	// question (or plain document) → Instrument, one predicate per part
	CitesInQuestion = "cites_in_question"
	CitesInAnswer   = "cites_in_answer"
	CitesInTitle    = "cites_in_title"
	CitesInIndex    = "cites_in_index"
	CitesInText     = "cites_in_text"

	// deputy → node
	MemberOf  = "member_of"  // → Group
	ElectedIn = "elected_in" // → Circonscription

	// citation → node: one Citation per question, part and instrument,
	// holding what the mentions said
	CitationOf = "citation_of" // → Question or Document
	CitationTo = "instrument"  // → Instrument

	// literals
	UID           = "uid"
	Legislature   = "legislature"
	Number        = "number"
	QuestionType  = "question_type"
	Title         = "title"
	TeteAnalyse   = "tete_analyse"
	Analyse       = "analyse"
	Published     = "published"      // YYYY-MM-DD
	PublishedPage = "published_page" // int
	Answered      = "answered"
	AnsweredPage  = "answered_page"
	HasAnswer     = "has_answer" // "true"
	Source        = "source"
	AssignedOrder = "assigned_order" // "1:justice", "2:interieur"…
	Name          = "name"
	Civility      = "civility"
	FirstName     = "first_name"
	LastName      = "last_name"
	ActeurID      = "acteur"
	OrganeID      = "organe"
	Short         = "short"
	Department    = "department"
	Label         = "label"
	Kind          = "kind"
	Date          = "date"
	CELEX         = "celex"
	ELI           = "eli"
	Legifrance    = "legifrance"
	CoE           = "coe"
	Part          = "part"
	Article       = "article"
	Wording       = "wording"
	Sentence      = "sentence"
	Mentions      = "mentions" // int
)

// CitesPredicate returns the cites predicate of a part.
func CitesPredicate(p lexgraph.Part) string {
	switch p {
	case lexgraph.PartQuestion:
		return CitesInQuestion
	case lexgraph.PartAnswer:
		return CitesInAnswer
	case lexgraph.PartTitle:
		return CitesInTitle
	case lexgraph.PartIndex:
		return CitesInIndex
	}
	return CitesInText
}

// CitesPredicates lists every cites predicate.
var CitesPredicates = []string{CitesInQuestion, CitesInAnswer, CitesInTitle, CitesInIndex, CitesInText}

// Node IRIs. Ids are slugs where the sources give names, so that spellings
// differing only in case or accents meet in one node.

// QuestionNode is a question's node.
func QuestionNode(uid string) string { return "question/" + uid }

// DocumentNode is a plain document's node.
func DocumentNode(id string) string { return "document/" + id }

// DeputyNode is a deputy's node: by name where known, else by acteur id.
func DeputyNode(d lexgraph.Deputy) string {
	if n := lexgraph.Slug(d.FullName()); n != "" {
		return "deputy/" + n
	}
	if d.ID != "" {
		return "deputy/" + d.ID
	}
	return ""
}

// GroupNode is a political group's node, by its long name where known.
func GroupNode(g lexgraph.Group) string {
	switch {
	case g.Name != "":
		return "group/" + lexgraph.Slug(g.Name)
	case g.Short != "":
		return "group/" + lexgraph.Slug(g.Short)
	case g.ID != "":
		return "group/" + g.ID
	}
	return ""
}

// CircoNode is a circonscription's node; it needs a department and a number.
func CircoNode(c lexgraph.Circonscription) string {
	if c.Department == "" || c.Number <= 0 {
		return ""
	}
	return "circonscription/" + lexgraph.Slug(c.Department) + "/" + strconv.Itoa(c.Number)
}

// MinistryNode is a ministry's node by its stable name.
func MinistryNode(m lexgraph.Ministry) string {
	if n := lexgraph.Slug(m.Name); n != "" {
		return "ministry/" + n
	}
	if m.ID != "" {
		return "ministry/" + m.ID
	}
	return ""
}

// RubriqueNode is a rubrique's node.
func RubriqueNode(name string) string {
	if s := lexgraph.Slug(name); s != "" {
		return "rubrique/" + s
	}
	return ""
}

// CitationNode is the node holding the details of the citations of one
// instrument (by id) in one part of a question or document (by node).
func CitationNode(subject string, part lexgraph.Part, id string) string {
	return "citation/" + strings.TrimPrefix(strings.TrimPrefix(subject, "question/"), "document/") + "/" + string(part) + "/" + id
}

// InstrumentNode is an instrument's node.
func InstrumentNode(id string) string { return "instrument/" + id }

// InstrumentID returns the instrument id of an instrument node.
func InstrumentID(node string) string { return strings.TrimPrefix(node, "instrument/") }

// DocLabel is the label of every quad a document produces.
func DocLabel(docID string) string { return "doc/" + docID }

// displayName capitalises a ministry or rubrique name as printed in
// lowercase by older pages ("intérieur" → "Intérieur").
func displayName(s string) string {
	s = lexgraph.CollapseSpace(s)
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// quadBuilder collects a document's quads, without duplicates.
type quadBuilder struct {
	label string
	seen  map[Quad]bool
	quads []Quad
}

func (b *quadBuilder) add(s, p string, o Value) {
	if s == "" || o.IsZero() {
		return
	}
	q := Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	if !b.seen[q] {
		b.seen[q] = true
		b.quads = append(b.quads, q)
	}
}

func (b *quadBuilder) str(s, p, v string) {
	if v != "" {
		b.add(s, p, String(v))
	}
}

func (b *quadBuilder) num(s, p string, n int) {
	if n > 0 {
		b.add(s, p, Int(int64(n)))
	}
}

func (b *quadBuilder) link(s, p, o string) {
	if o != "" {
		b.add(s, p, IRI(o))
	}
}

// DocumentQuads returns the quads that say what doc says, each labelled
// with the document's label. insts gives the cited instruments' metadata.
func DocumentQuads(doc *lexgraph.Document, insts map[string]lexgraph.Instrument) []Quad {
	b := &quadBuilder{label: DocLabel(doc.ID), seen: map[Quad]bool{}}
	var subject string
	if q := doc.Question; q != nil {
		subject = questionQuads(b, doc, q)
	} else {
		subject = DocumentNode(doc.ID)
		b.link(subject, Type, TypeDocument)
		b.str(subject, Source, doc.Source)
	}
	citationQuads(b, subject, doc, insts)
	return b.quads
}

func questionQuads(b *quadBuilder, doc *lexgraph.Document, q *lexgraph.Question) string {
	uid := q.UID
	if uid == "" {
		uid = "unnumbered/" + lexgraph.Slug(doc.ID)
	}
	n := QuestionNode(uid)
	b.link(n, Type, TypeQuestion)
	b.str(n, UID, q.UID)
	b.str(n, Source, doc.Source)
	b.num(n, Legislature, q.Legislature)
	b.num(n, Number, q.Number)
	b.str(n, QuestionType, q.Type)
	b.str(n, Title, q.Title)
	b.str(n, TeteAnalyse, q.TeteAnalyse)
	for _, a := range q.Analyses {
		b.str(n, Analyse, a)
	}
	b.str(n, Published, q.Published.Date)
	b.num(n, PublishedPage, q.Published.Page)
	b.str(n, Answered, q.Answered.Date)
	b.num(n, AnsweredPage, q.Answered.Page)
	if q.HasAnswer {
		b.str(n, HasAnswer, "true")
	}
	if r := RubriqueNode(q.Rubrique); r != "" {
		b.link(n, InRubrique, r)
		b.link(r, Type, TypeRubrique)
		b.str(r, Name, displayName(q.Rubrique))
	}
	if d := DeputyNode(q.Author); d != "" {
		b.link(n, AskedBy, d)
		b.link(d, Type, TypeDeputy)
		b.str(d, Name, q.Author.FullName())
		b.str(d, Civility, q.Author.Civility)
		b.str(d, FirstName, q.Author.FirstName)
		b.str(d, LastName, q.Author.LastName)
		b.str(d, ActeurID, q.Author.ID)
		if g := GroupNode(q.Group); g != "" {
			b.link(d, MemberOf, g)
		}
		if c := CircoNode(q.Circo); c != "" {
			b.link(d, ElectedIn, c)
		} else {
			b.str(d, Department, q.Circo.Department)
		}
	}
	if g := GroupNode(q.Group); g != "" {
		b.link(n, AuthorGroup, g)
		b.link(g, Type, TypeGroup)
		b.str(g, Name, q.Group.Name)
		b.str(g, Short, q.Group.Short)
		b.str(g, OrganeID, q.Group.ID)
	}
	if c := CircoNode(q.Circo); c != "" {
		b.link(c, Type, TypeCirconscription)
		b.str(c, Department, q.Circo.Department)
		b.num(c, Number, q.Circo.Number)
		b.str(c, Name, q.Circo.Department+" ("+strconv.Itoa(q.Circo.Number)+")")
		b.str(c, OrganeID, q.Circo.ID)
	}
	ministry := func(m lexgraph.Ministry) string {
		node := MinistryNode(m)
		if node != "" {
			b.link(node, Type, TypeMinistry)
			b.str(node, Name, displayName(m.Name))
		}
		return node
	}
	b.link(n, AddressedTo, ministry(q.Asked))
	for i, m := range q.Assigned {
		node := ministry(m)
		b.link(n, AssignedTo, node)
		if node != "" {
			b.str(n, AssignedOrder, strconv.Itoa(i+1)+":"+strings.TrimPrefix(node, "ministry/"))
		}
		if i == len(q.Assigned)-1 {
			b.link(n, AnsweredBy, node)
		}
	}
	return n
}

// citationQuads links the document to the instruments it cites, part by
// part, with one Citation node per part and instrument holding the articles,
// wordings and first sentence.
func citationQuads(b *quadBuilder, subject string, doc *lexgraph.Document, insts map[string]lexgraph.Instrument) {
	type key struct {
		part lexgraph.Part
		id   string
	}
	counts := map[key]int{}
	var order []key
	for _, m := range doc.Mentions {
		if m.ID == "" {
			continue // unresolved: no link rather than a wrong one
		}
		k := key{m.Part, m.ID}
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	for _, k := range order {
		in := InstrumentNode(k.id)
		b.link(subject, CitesPredicate(k.part), in)
		instrumentQuads(b, in, k.id, insts)
		c := CitationNode(subject, k.part, k.id)
		b.link(c, Type, TypeCitation)
		b.link(c, CitationOf, subject)
		b.link(c, CitationTo, in)
		b.str(c, Part, string(k.part))
		b.num(c, Mentions, counts[k])
		first := true
		for _, m := range doc.Mentions {
			if m.Part != k.part || m.ID != k.id {
				continue
			}
			b.str(c, Article, m.Article)
			b.str(c, Wording, lexgraph.CollapseSpace(m.Text))
			if first {
				b.str(c, Sentence, m.Sentence)
				first = false
			}
		}
	}
}

func instrumentQuads(b *quadBuilder, node, id string, insts map[string]lexgraph.Instrument) {
	b.link(node, Type, TypeInstrument)
	in, ok := insts[id]
	if !ok {
		return
	}
	b.str(node, Kind, string(in.Kind))
	b.str(node, Label, in.Label)
	b.str(node, Number, in.Number)
	b.str(node, Date, in.Date)
	b.str(node, CELEX, in.CELEX)
	b.str(node, ELI, in.ELI)
	b.str(node, Legifrance, in.Legifrance)
	b.str(node, CoE, in.CoE)
}
