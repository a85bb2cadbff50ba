package graph

import (
	"strconv"
	"strings"

	"lexgraph"
)

// SchemaVersion is the version of the schema DocumentQuads writes: raise
// it with any change to the quads a document gives, so that stored
// fingerprints (see Fingerprint) made under another are no longer
// trusted and an ingest writes every record again.
const SchemaVersion = 1

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
	// TypeMinistryBody is a ministry's exact body in one government (an
	// organe PO…, with its long title), linked to its stable Ministry.
	TypeMinistryBody = "MinistryBody"
	// TypePerson is an acteur whose record shows no deputy's mandate (a
	// minister who never sat, say): named, but not counted as a deputy.
	TypePerson = "Person"
)

// Predicates. Edges link nodes; the others carry literals.
const (
	Type = "type"

	// question → node
	AskedBy     = "asked_by"     // → Deputy
	AuthorGroup = "author_group" // → Group: the author's group when the question was asked (the open data's groupe)
	// PageGroup → Group: the group a question page printed beside the
	// author, the deputy's group when the page was read: kept apart from
	// AuthorGroup, which it need not be.
	PageGroup   = "page_group"
	AddressedTo = "addressed_to" // → Ministry: the ministère interrogé
	AssignedTo  = "assigned_to"  // → Ministry: a ministère attributaire (every one, in order: see AssignedOrder)
	AnsweredBy  = "answered_by"  // → Ministry: the last attributaire, who answers
	InRubrique  = "rubrique"     // → Rubrique
	// question → MinistryBody: the exact bodies, when the source gives
	// their organe ids (the open data does, pages do not)
	AddressedToBody = "addressed_to_body"
	AssignedToBody  = "assigned_to_body"
	AnsweredByBody  = "answered_by_body"
	// question (or plain document) → Instrument, one predicate per part
	CitesInQuestion = "cites_in_question"
	CitesInAnswer   = "cites_in_answer"
	CitesInTitle    = "cites_in_title"
	CitesInIndex    = "cites_in_index"
	CitesInText     = "cites_in_text"

	// deputy → node
	MemberOf  = "member_of"  // → Group
	ElectedIn = "elected_in" // → Circonscription

	// ministry body → Ministry: the stable ministry a body is one
	// government's form of
	BodyOf = "body_of"

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
	Link          = "link" // an instrument's official page, each (lexgraph.Instrument.Links)
	Part          = "part"
	Article       = "article"
	Wording       = "wording"
	Sentence      = "sentence"
	Mentions      = "mentions" // int
	Status        = "status"   // how the question was closed: "Réponse publiée", "Retrait"…
	Start         = "start"    // YYYY-MM-DD: a body's first day
	End           = "end"      // YYYY-MM-DD: a body's last day
	// the texts of a question and of its answer as the extractor read them
	// (HTML cleaned), and where their mentions stand in them (see
	// TextSpans): what a reader is shown, every mention highlighted
	QuestionText  = "question_text"
	AnswerText    = "answer_text"
	QuestionSpans = "question_spans"
	AnswerSpans   = "answer_spans"
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

// DeputyNode is a deputy's node: by name where known (deputy/jacques-cresta:
// a page's name and an acteur record's meet there), else by acteur id
// (deputy/PA1008, a question of the open data, which gives only the id),
// a placeholder until the acteur record names it (see Resolve).
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

// MinistryNode is a ministry's node by its stable name (see
// lexgraph.StableMinistry): every government's Justice is ministry/justice.
// A ministry known only by its organe id is ministry/PO…, until the ingest
// reads the organe record that names it.
func MinistryNode(m lexgraph.Ministry) string {
	if n := lexgraph.Slug(lexgraph.StableMinistry(m)); n != "" {
		return "ministry/" + n
	}
	if m.ID != "" {
		return "ministry/" + m.ID
	}
	return ""
}

// MinistryBodyNode is the node of a ministry's exact body, by organe id.
func MinistryBodyNode(id string) string {
	if id == "" {
		return ""
	}
	return "ministry-body/" + id
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

// DocLabel is the label of every quad a document produces, but the shared
// descriptions below.
func DocLabel(docID string) string { return "doc/" + docID }

// SharedLabel labels the description of a node that many documents point
// to (its type, a ministry's name, an instrument's label, a group's short
// name): it is written once, added to and never replaced, instead of being
// repeated under every document's label. Repeating it would cost a quad
// per document and node, and cayley rewrites the whole index entry of a
// (subject, predicate) pair at every write: a ministry's type quad under
// 20,000 labels made every transaction slower than the one before. The
// price: a node that no document points to any more keeps its type and
// description (it is still counted by stats) until the store is rebuilt.
func SharedLabel(node string) string { return "node/" + node }

// IsShared reports whether a label is a SharedLabel.
func IsShared(label string) bool { return strings.HasPrefix(label, "node/") }

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

// put adds a quad under a label, once.
func (b *quadBuilder) put(label, s, p string, o Value) {
	if s == "" || o.IsZero() {
		return
	}
	q := Quad{Subject: s, Predicate: p, Object: o, Label: label}
	if !b.seen[q] {
		b.seen[q] = true
		b.quads = append(b.quads, q)
	}
}

// add adds a quad under the document's label.
func (b *quadBuilder) add(s, p string, o Value) { b.put(b.label, s, p, o) }

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

// shared adds a description of a shared node, under the node's label.
func (b *quadBuilder) shared(s, p string, o Value) { b.put(SharedLabel(s), s, p, o) }

func (b *quadBuilder) sharedStr(s, p, v string) {
	if v != "" {
		b.shared(s, p, String(v))
	}
}

func (b *quadBuilder) sharedNum(s, p string, n int) {
	if n > 0 {
		b.shared(s, p, Int(int64(n)))
	}
}

// DocumentQuads returns the quads that say what doc says, each labelled
// with the document's label, or with the shared label of the node it
// describes (see SharedLabel). insts gives the cited instruments' metadata.
func DocumentQuads(doc *lexgraph.Document, insts map[string]lexgraph.Instrument) []Quad {
	b := &quadBuilder{label: DocLabel(doc.ID), seen: make(map[Quad]bool, 64), quads: make([]Quad, 0, 64)}
	var subject string
	switch {
	case doc.Question != nil:
		subject = questionQuads(b, doc, doc.Question)
	case doc.Actor != nil:
		actorQuads(b, doc.Actor)
		return b.quads
	case doc.Mandate != nil:
		mandateQuads(b, *doc.Mandate)
		return b.quads
	case doc.Body != nil:
		bodyQuads(b, doc.Body)
		return b.quads
	default:
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
	b.str(n, Status, q.Status)
	if r := RubriqueNode(q.Rubrique); r != "" {
		b.link(n, InRubrique, r)
		b.shared(r, Type, IRI(TypeRubrique))
		b.sharedStr(r, Name, displayName(q.Rubrique))
	}
	if d := deputyQuads(b, q.Author); d != "" {
		b.link(n, AskedBy, d)
		if g := groupQuads(b, q.Group); g != "" {
			b.link(d, MemberOf, g)
		}
		if g := groupQuads(b, q.PageGroup); g != "" {
			b.link(d, MemberOf, g)
		}
		if c := circoQuads(b, q.Circo); c != "" {
			b.link(d, ElectedIn, c)
		} else {
			b.str(d, Department, q.Circo.Department)
		}
	}
	b.link(n, AuthorGroup, groupQuads(b, q.Group))
	b.link(n, PageGroup, groupQuads(b, q.PageGroup))
	node, body := ministryQuads(b, q.Asked)
	b.link(n, AddressedTo, node)
	b.link(n, AddressedToBody, body)
	for i, m := range q.Assigned {
		node, body := ministryQuads(b, m)
		b.link(n, AssignedTo, node)
		b.link(n, AssignedToBody, body)
		if node != "" {
			b.str(n, AssignedOrder, strconv.Itoa(i+1)+":"+strings.TrimPrefix(node, "ministry/"))
		}
		if i == len(q.Assigned)-1 {
			b.link(n, AnsweredBy, node)
			b.link(n, AnsweredByBody, body)
		}
	}
	textQuads(b, n, doc, lexgraph.PartQuestion, QuestionText, QuestionSpans)
	textQuads(b, n, doc, lexgraph.PartAnswer, AnswerText, AnswerSpans)
	return n
}

// deputyQuads describes a deputy under the document's label: what a page
// or a record says of a person is that source's own saying.
func deputyQuads(b *quadBuilder, d lexgraph.Deputy) string {
	node := DeputyNode(d)
	if node == "" {
		return ""
	}
	b.shared(node, Type, IRI(TypeDeputy))
	b.sharedStr(node, ActeurID, d.ID)
	b.str(node, Name, d.FullName())
	b.str(node, Civility, d.Civility)
	b.str(node, FirstName, d.FirstName)
	b.str(node, LastName, d.LastName)
	return node
}

func groupQuads(b *quadBuilder, g lexgraph.Group) string {
	node := GroupNode(g)
	if node == "" {
		return ""
	}
	b.shared(node, Type, IRI(TypeGroup))
	b.sharedStr(node, Name, g.Name)
	b.sharedStr(node, Short, g.Short)
	b.sharedStr(node, OrganeID, g.ID)
	return node
}

func circoQuads(b *quadBuilder, c lexgraph.Circonscription) string {
	node := CircoNode(c)
	if node == "" {
		return ""
	}
	b.shared(node, Type, IRI(TypeCirconscription))
	b.sharedStr(node, Department, c.Department)
	b.sharedNum(node, Number, c.Number)
	b.sharedStr(node, Name, c.Department+" ("+strconv.Itoa(c.Number)+")")
	b.sharedStr(node, OrganeID, c.ID)
	return node
}

// ministryQuads describes a ministry: its stable node, and its exact body
// when the organe id is known. It returns both nodes.
func ministryQuads(b *quadBuilder, m lexgraph.Ministry) (string, string) {
	node := MinistryNode(m)
	if node == "" {
		return "", ""
	}
	b.shared(node, Type, IRI(TypeMinistry))
	b.sharedStr(node, Name, lexgraph.StableMinistry(m))
	body := MinistryBodyNode(m.ID)
	if body != "" {
		b.shared(body, Type, IRI(TypeMinistryBody))
		b.sharedStr(body, OrganeID, m.ID)
		b.sharedStr(body, Title, lexgraph.CollapseSpace(m.Title))
		b.sharedStr(body, Short, lexgraph.CollapseSpace(m.Short))
		if !IsPlaceholder(node) {
			b.shared(body, BodyOf, IRI(node))
		}
	}
	return node, body
}

// actorQuads describes an acteur: a deputy when the record lists a
// mandate at the Assemblée, else a person.
func actorQuads(b *quadBuilder, a *lexgraph.Actor) {
	d := a.Deputy
	node := DeputyNode(d)
	typ := TypePerson
	for _, m := range a.Mandates {
		if m.BodyType == lexgraph.BodyAssembly {
			typ = TypeDeputy
		}
	}
	b.link(node, Type, typ)
	b.str(node, Name, d.FullName())
	b.str(node, Civility, d.Civility)
	b.str(node, FirstName, d.FirstName)
	b.str(node, LastName, d.LastName)
	b.sharedStr(node, ActeurID, d.ID)
	for _, m := range a.Mandates {
		mandateLinks(b, node, m)
	}
}

// mandateQuads describes a mandate read from its own file.
func mandateQuads(b *quadBuilder, m lexgraph.Mandate) {
	node := DeputyNode(lexgraph.Deputy{ID: m.ActorID})
	if node == "" {
		return
	}
	switch m.BodyType {
	case lexgraph.BodyAssembly:
		b.link(node, Type, TypeDeputy)
		b.sharedStr(node, ActeurID, m.ActorID)
	case lexgraph.BodyGroup:
		b.sharedStr(node, ActeurID, m.ActorID)
	default:
		return
	}
	mandateLinks(b, node, m)
}

// mandateLinks links a deputy to the circonscription of a mandate at the
// Assemblée, and to the group of a group mandate (a group known by its
// organe id only, until its organe record is read).
func mandateLinks(b *quadBuilder, node string, m lexgraph.Mandate) {
	switch m.BodyType {
	case lexgraph.BodyAssembly:
		b.link(node, ElectedIn, circoQuads(b, m.Circo))
	case lexgraph.BodyGroup:
		if m.BodyID != "" {
			b.link(node, MemberOf, groupQuads(b, lexgraph.Group{ID: m.BodyID}))
		}
	}
}

// bodyQuads describes an organe: a group, a ministry (its exact body and
// its stable name) or a circonscription; other bodies say nothing here.
func bodyQuads(b *quadBuilder, o *lexgraph.Body) {
	switch o.Type {
	case lexgraph.BodyGroup:
		groupQuads(b, lexgraph.Group{ID: o.ID, Name: o.Name, Short: o.Abbrev})
	case lexgraph.BodyMinistry:
		_, body := ministryQuads(b, lexgraph.Ministry{ID: o.ID, Short: o.Short, Title: o.Name})
		b.sharedStr(body, Start, o.Start)
		b.sharedStr(body, End, o.End)
	case lexgraph.BodyCirco:
		circoQuads(b, o.Circo)
	}
}

// IsPlaceholder reports whether a node stands for something known only by
// an id that another record names: a deputy known by its acteur id
// (deputy/PA1008), a group or a ministry known by its organe id
// (group/PO…, ministry/PO…).
func IsPlaceholder(node string) bool {
	for _, p := range []string{"deputy/PA", "group/PO", "ministry/PO"} {
		if strings.HasPrefix(node, p) {
			return isDigits(node[len(p):])
		}
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
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
	b.shared(node, Type, IRI(TypeInstrument))
	in, ok := insts[id]
	if !ok {
		return
	}
	b.sharedStr(node, Kind, string(in.Kind))
	b.sharedStr(node, Label, in.Label)
	b.sharedStr(node, Number, in.Number)
	b.sharedStr(node, Date, in.Date)
	b.sharedStr(node, CELEX, in.CELEX)
	b.sharedStr(node, ELI, in.ELI)
	b.sharedStr(node, Legifrance, in.Legifrance)
	b.sharedStr(node, CoE, in.CoE)
	b.sharedStr(node, NOR, in.NOR)
	b.sharedStr(node, Consolidated, in.Consolidated)
	for _, u := range in.Links() {
		b.sharedStr(node, Link, u)
	}
}
