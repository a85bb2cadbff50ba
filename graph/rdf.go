package graph

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"lexgraph"
)

// The RDF exports map the store's relative IRIs and plain names to RDF 1.1:
// node IRIs are made absolute under a base (lexgraph.DefaultExportBase
// unless one is given), the type predicate is rdf:type, each predicate and
// type is a term of a published vocabulary (Vocabulary: lexgraph's own
// namespace, and well-known vocabularies where one already names the
// thing), and literals carry their datatypes (xsd:integer, xsd:date,
// xsd:boolean, xsd:anyURI). The mapping is one table, below, from which the
// exports, the JSON-LD context and the vocabulary file are all written.

// Namespaces.
const (
	// VocabNamespace is lexgraph's vocabulary: one term per predicate and
	// class the store has and no well-known vocabulary names. It is an
	// identifier, fixed whatever the export's base, so that exports of
	// different stores share their terms; it does not dereference (the
	// .invalid domain is reserved): the vocabulary is docs/vocabulary.ttl,
	// also printed by "lexgraph export --vocabulary".
	VocabNamespace = "https://lexgraph.invalid/vocab#"

	nsRDF  = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsRDFS = "http://www.w3.org/2000/01/rdf-schema#"
	nsXSD  = "http://www.w3.org/2001/XMLSchema#"
	nsOWL  = "http://www.w3.org/2002/07/owl#"
	nsDCT  = "http://purl.org/dc/terms/"
	nsFOAF = "http://xmlns.com/foaf/0.1/"
	nsSKOS = "http://www.w3.org/2004/02/skos/core#"
	nsELI  = "http://data.europa.eu/eli/ontology#"
)

// prefixes are the namespaces' short names, in the order the vocabulary
// and the JSON-LD context list them.
var prefixes = [][2]string{
	{"lg", VocabNamespace}, {"rdf", nsRDF}, {"rdfs", nsRDFS}, {"xsd", nsXSD}, {"owl", nsOWL},
	{"dcterms", nsDCT}, {"foaf", nsFOAF}, {"skos", nsSKOS}, {"eli", nsELI},
}

// literal says how a predicate's literal values are typed.
type literal int

const (
	asStored  literal = iota // integers xsd:integer, texts xsd:string
	asDate                   // YYYY-MM-DD xsd:date (YYYY xsd:gYear, YYYY-MM xsd:gYearMonth)
	asBoolean                // "true", "false": xsd:boolean
	asURI                    // xsd:anyURI
	asLink                   // the objects are nodes
)

// rdfTerm is the RDF term of a store predicate or type.
type rdfTerm struct {
	name    string // the store's predicate or type
	iri     string // prefixed: "lg:legislature", "foaf:name"
	lit     literal
	super   string // rdfs:subPropertyOf or rdfs:subClassOf, prefixed
	comment string
}

// rdfClasses are the node types.
var rdfClasses = []rdfTerm{
	{name: TypeQuestion, iri: "lg:Question", comment: "A question of a deputy to a minister (a written question, question écrite, most often), as the Assemblée nationale publishes it."},
	{name: TypeDocument, iri: "lg:Document", comment: "A plain text in no known layout, read for its references."},
	{name: TypeDeputy, iri: "lg:Deputy", super: "foaf:Person", comment: "A member of the Assemblée nationale who asked questions."},
	{name: TypePerson, iri: "foaf:Person", comment: "An acteur of the Assemblée's data whose record shows no mandate at the Assemblée (a minister who never sat)."},
	{name: TypeGroup, iri: "lg:Group", super: "foaf:Group", comment: "A political group of the Assemblée nationale."},
	{name: TypeCirconscription, iri: "lg:Circonscription", comment: "An electoral district (circonscription) of a department."},
	{name: TypeMinistry, iri: "lg:Ministry", super: "foaf:Organization", comment: "A ministry under its stable name, across governments (Justice, Économie…)."},
	{name: TypeMinistryBody, iri: "lg:MinistryBody", super: "foaf:Organization", comment: "A ministry's exact body in one government: an organe of the Assemblée's data, with its long title."},
	{name: TypeRubrique, iri: "lg:Rubrique", super: "skos:Concept", comment: "A rubrique: the heading under which the Assemblée files a question."},
	{name: TypeInstrument, iri: "lg:Instrument", comment: "A legal instrument cited: a law, ordinance, decree, arrêté, circular, code, the Constitution, an EU act, a treaty or convention, a court decision, a report or a bill. Laws, ordinances and decrees of known number and date, and EU acts, carry their ELI (lg:eli)."},
	{name: TypeCitation, iri: "lg:Citation", comment: "The citations of one instrument in one part of a question or document: the articles cited, the wordings used, the first sentence."},
}

// rdfProperties are the predicates.
var rdfProperties = []rdfTerm{
	{name: Type, iri: "rdf:type", lit: asLink},
	// question → node
	{name: AskedBy, iri: "dcterms:creator", lit: asLink, comment: "The question's author, a deputy."},
	{name: AuthorGroup, iri: "lg:author_group", lit: asLink, comment: "The political group of the question's author when asking, as the Assemblée's open data gives it (groupe)."},
	{name: PageGroup, iri: "lg:page_group", lit: asLink, comment: "The political group a question page printed beside the author: the deputy's group when the page was read, not necessarily when asking."},
	{name: AddressedTo, iri: "lg:addressed_to", lit: asLink, comment: "The ministry the question was asked of (ministère interrogé)."},
	{name: AssignedTo, iri: "lg:assigned_to", lit: asLink, comment: "A ministry the question was assigned to (ministère attributaire); every one, their order in lg:assigned_order."},
	{name: AnsweredBy, iri: "lg:answered_by", lit: asLink, comment: "The last ministry the question was assigned to, who answers."},
	{name: InRubrique, iri: "dcterms:subject", lit: asLink, comment: "The question's rubrique."},
	{name: AddressedToBody, iri: "lg:addressed_to_body", lit: asLink, comment: "The exact ministry body asked, when the source gives its organe id."},
	{name: AssignedToBody, iri: "lg:assigned_to_body", lit: asLink, comment: "An exact ministry body the question was assigned to."},
	{name: AnsweredByBody, iri: "lg:answered_by_body", lit: asLink, comment: "The exact ministry body that answers."},
	{name: CitesInQuestion, iri: "lg:cites_in_question", lit: asLink, super: "dcterms:references", comment: "An instrument the question's text cites."},
	{name: CitesInAnswer, iri: "lg:cites_in_answer", lit: asLink, super: "dcterms:references", comment: "An instrument the answer cites."},
	{name: CitesInTitle, iri: "lg:cites_in_title", lit: asLink, super: "dcterms:references", comment: "An instrument the question's title cites."},
	{name: CitesInIndex, iri: "lg:cites_in_index", lit: asLink, super: "dcterms:references", comment: "An instrument the question's index terms (analyses) cite."},
	{name: CitesInText, iri: "lg:cites_in_text", lit: asLink, super: "dcterms:references", comment: "An instrument a plain document cites."},
	{name: MemberOf, iri: "lg:member_of", lit: asLink, comment: "A group the deputy belonged to (from the questions, and from group mandates)."},
	{name: ElectedIn, iri: "lg:elected_in", lit: asLink, comment: "The deputy's circonscription."},
	{name: BodyOf, iri: "lg:body_of", lit: asLink, comment: "The stable ministry a ministry body is one government's form of."},
	{name: CitationOf, iri: "lg:citation_of", lit: asLink, comment: "The question or document whose citations a Citation describes."},
	{name: CitationTo, iri: "lg:instrument", lit: asLink, comment: "The instrument a Citation is of."},
	// literals
	{name: UID, iri: "dcterms:identifier", comment: ""},
	{name: Legislature, iri: "lg:legislature", comment: "The legislature (14 for 2012–2017)."},
	{name: Number, iri: "lg:number", comment: "A question's number in its legislature, a circonscription's number in its department (integers), an instrument's official number (a text: \"2008-582\")."},
	{name: QuestionType, iri: "lg:question_type", comment: "The question's type: QE (written question), QG (to the government), QOSD (oral, without debate)."},
	{name: Title, iri: "dcterms:title", comment: ""},
	{name: TeteAnalyse, iri: "lg:tete_analyse", comment: "The question's tête d'analyse (its index heading)."},
	{name: Analyse, iri: "lg:analyse", comment: "An index term (analyse) of the question."},
	{name: Published, iri: "dcterms:issued", lit: asDate, comment: ""},
	{name: PublishedPage, iri: "lg:published_page", comment: "The page of the Journal officiel where the question was published."},
	{name: Answered, iri: "lg:answered", lit: asDate, comment: "The date the answer was published in the Journal officiel."},
	{name: AnsweredPage, iri: "lg:answered_page", comment: "The page of the Journal officiel where the answer was published."},
	{name: HasAnswer, iri: "lg:has_answer", lit: asBoolean, comment: "Whether the question has a published answer."},
	{name: Source, iri: "lg:source", comment: "The file (or archive entry) the document was read from."},
	{name: AssignedOrder, iri: "lg:assigned_order", comment: "The order of an attribution: \"2:interieur\" is the second ministry the question was assigned to."},
	{name: Name, iri: "foaf:name", comment: ""},
	{name: Civility, iri: "foaf:title", comment: ""},
	{name: FirstName, iri: "foaf:givenName", comment: ""},
	{name: LastName, iri: "foaf:familyName", comment: ""},
	{name: ActeurID, iri: "lg:acteur", comment: "The person's acteur id in the Assemblée's data (PA1008)."},
	{name: OrganeID, iri: "lg:organe", comment: "The body's organe id in the Assemblée's data (PO702912)."},
	{name: Short, iri: "lg:short", comment: "A short name: a group's abbreviation, a ministry body's abrégé."},
	{name: Department, iri: "lg:department", comment: "A department (of a circonscription, or of a deputy whose circonscription is unknown)."},
	{name: Label, iri: "rdfs:label", comment: ""},
	{name: Kind, iri: "lg:kind", comment: "The kind of an instrument: loi, ordonnance, decret, arrete, circulaire, code, constitution, directive, reglement, decision, traite, jurisprudence, rapport, projet_loi…"},
	{name: Date, iri: "dcterms:date", lit: asDate, comment: ""},
	{name: CELEX, iri: "lg:celex", comment: "The CELEX number of an EU act (32016R0679)."},
	{name: ELI, iri: "lg:eli", lit: asURI, comment: "The instrument's European Legislation Identifier (ELI, http://data.europa.eu/eli/ontology): the IRI that identifies it at Légifrance or EUR-Lex."},
	{name: Legifrance, iri: "lg:legifrance", comment: "The instrument's Légifrance id (LEGITEXT…, JORFTEXT…)."},
	{name: CoE, iri: "lg:coe", comment: "A Council of Europe treaty's number (CETS 185)."},
	{name: Link, iri: "lg:link", lit: asURI, comment: "An official page of the instrument: its ELI, Légifrance, consolidated version, EUR-Lex or Council of Europe page."},
	{name: Part, iri: "lg:part", comment: "The part a Citation is in: question, answer, title, index or text."},
	{name: Article, iri: "lg:article", comment: "An article cited (\"L. 411-1\")."},
	{name: Wording, iri: "lg:wording", comment: "A wording the instrument was cited by, as the text wrote it."},
	{name: Sentence, iri: "lg:sentence", comment: "The first sentence citing the instrument in that part."},
	{name: Mentions, iri: "lg:mentions", comment: "How many mentions of the instrument the part holds."},
	{name: Status, iri: "lg:status", comment: "How the question was closed: \"Réponse publiée\", \"Retrait\"…"},
	{name: Start, iri: "lg:start", lit: asDate, comment: "A ministry body's first day."},
	{name: End, iri: "lg:end", lit: asDate, comment: "A ministry body's last day."},
	{name: QuestionText, iri: "lg:question_text", comment: "The text of the question, as lexgraph read it (HTML cleaned)."},
	{name: AnswerText, iri: "lg:answer_text", comment: "The text of the answer, as lexgraph read it (HTML cleaned)."},
	{name: QuestionSpans, iri: "lg:question_spans", comment: "Where each mention stands in lg:question_text: a JSON array of {start, end, kind, id, article}, byte offsets, id empty when the mention was not resolved."},
	{name: AnswerSpans, iri: "lg:answer_spans", comment: "Where each mention stands in lg:answer_text, as lg:question_spans."},
}

var (
	classByName    = map[string]*rdfTerm{}
	propertyByName = map[string]*rdfTerm{}
)

func init() {
	for i := range rdfClasses {
		classByName[rdfClasses[i].name] = &rdfClasses[i]
	}
	for i := range rdfProperties {
		propertyByName[rdfProperties[i].name] = &rdfProperties[i]
	}
}

// expand turns a prefixed name into its IRI.
func expand(prefixed string) string {
	p, local, _ := strings.Cut(prefixed, ":")
	for _, x := range prefixes {
		if x[0] == p {
			return x[1] + local
		}
	}
	return prefixed
}

// predicateIRI returns the RDF property of a store predicate; a predicate
// the table does not know (yet) is a term of lexgraph's namespace.
func predicateIRI(p string) string {
	if t := propertyByName[p]; t != nil {
		return expand(t.iri)
	}
	return VocabNamespace + escapeIRI(p)
}

// classIRI returns the RDF class of a store type.
func classIRI(typ string) string {
	if t := classByName[typ]; t != nil {
		return expand(t.iri)
	}
	return VocabNamespace + escapeIRI(typ)
}

// rdfLiteral returns a literal's lexical form and datatype IRI ("" for
// xsd:string) for the predicate it is the object of.
func rdfLiteral(pred string, v Value) (string, string) {
	if v.isNum {
		return v.Text(), nsXSD + "integer"
	}
	s := v.str
	lit := asStored
	if t := propertyByName[pred]; t != nil {
		lit = t.lit
	}
	switch lit {
	case asDate:
		switch {
		case isDate(s, "2006-01-02"):
			return s, nsXSD + "date"
		case isDate(s, "2006-01"):
			return s, nsXSD + "gYearMonth"
		case isDate(s, "2006"):
			return s, nsXSD + "gYear"
		}
	case asBoolean:
		if s == "true" || s == "false" {
			return s, nsXSD + "boolean"
		}
	case asURI:
		if u, err := url.Parse(s); err == nil && u.IsAbs() {
			return s, nsXSD + "anyURI"
		}
	}
	return s, ""
}

// isDate reports whether s is a date of the layout (2006-01-02, 2006-01
// or 2006), written in full.
func isDate(s, layout string) bool {
	if len(s) != len(layout) {
		return false
	}
	_, err := time.Parse(layout, s)
	return err == nil
}

// escapeIRI percent-encodes what an IRI may not hold (controls, space,
// <>"{}|^`\ and, as it marks a fragment, nothing else): the store's IRIs are
// slugs and ids, but a plain document's id comes from a file name.
func escapeIRI(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= 0x20 || c == 0x7f || strings.IndexByte("<>\"{}|^`\\", c) >= 0 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c == 0x7f || strings.IndexByte("<>\"{}|^`\\", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// CheckBase reports a base that cannot prefix the store's IRIs: it must be
// an absolute IRI ending in "/" or "#".
func CheckBase(base string) error {
	u, err := url.Parse(base)
	if err != nil || !u.IsAbs() || !(strings.HasSuffix(base, "/") || strings.HasSuffix(base, "#")) {
		return lexgraph.Errorf(lexgraph.EINVALID, "export base %q: want an absolute IRI ending in / or # (https://example.org/lexgraph/)", base)
	}
	return nil
}

// Vocabulary writes lexgraph's vocabulary in Turtle: the classes and
// properties of VocabNamespace, with the well-known terms the exports use
// for the other predicates and types named in comments.
func Vocabulary(w io.Writer) error {
	var b strings.Builder
	for _, p := range prefixes {
		fmt.Fprintf(&b, "@prefix %s: <%s> .\n", p[0], p[1])
	}
	b.WriteString(`
# lexgraph's vocabulary: the terms of its RDF exports (lexgraph export
# --format nquads, jsonld) that no well-known vocabulary names. Node IRIs
# are the store's (question/QANR5L14QE81473, instrument/loi/2008-582) under
# the export's base; every statement is in the named graph of the document
# it came from (doc/an/QANR5L14QE81473), or, for what many documents say of
# one node (its type, a ministry's name), in the graph node/ followed by the
# node's IRI (node/ministry/justice).
#
# Store names the exports write with well-known terms instead:
`)
	for _, t := range append(append([]rdfTerm{}, rdfClasses...), rdfProperties...) {
		if !strings.HasPrefix(t.iri, "lg:") {
			fmt.Fprintf(&b, "#   %-18s %s\n", t.name, t.iri)
		}
	}
	fmt.Fprintf(&b, `
<%s> a owl:Ontology ;
    rdfs:label "lexgraph vocabulary" ;
    rdfs:comment "Classes and properties of the graph lexgraph builds from French parliamentary questions and the legal instruments they cite." ;
    rdfs:seeAlso eli: .
`, VocabNamespace)
	write := func(t rdfTerm, kind, sub string) {
		if !strings.HasPrefix(t.iri, "lg:") {
			return
		}
		fmt.Fprintf(&b, "\n%s a %s ;\n    rdfs:label %q ;\n", t.iri, kind, t.name)
		if t.super != "" {
			fmt.Fprintf(&b, "    %s %s ;\n", sub, t.super)
		}
		switch t.lit {
		case asDate:
			b.WriteString("    rdfs:range xsd:date ;\n")
		case asBoolean:
			b.WriteString("    rdfs:range xsd:boolean ;\n")
		case asURI:
			b.WriteString("    rdfs:range xsd:anyURI ;\n")
		}
		fmt.Fprintf(&b, "    rdfs:comment %s .\n", turtleString(t.comment))
	}
	for _, t := range rdfClasses {
		write(t, "rdfs:Class", "rdfs:subClassOf")
	}
	for _, t := range rdfProperties {
		write(t, "rdf:Property", "rdfs:subPropertyOf")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// turtleString writes a Turtle string literal.
func turtleString(s string) string {
	return nquadsString(s)
}
