// Package lexgraph holds the domain types shared by every part of lexgraph:
// documents read from the Assemblée nationale's sources, the legal references
// found in them, and the instruments those references resolve to.
//
// It imports nothing of ours, so that extract/, graph/, queries/ and cmd/ can
// all depend on it without depending on each other.
package lexgraph

// Kind is the kind of a legal instrument, as docs/references.md names them.
type Kind string

// The kinds of instruments, as listed in docs/references.md.
const (
	KindLoi           Kind = "loi"
	KindOrdonnance    Kind = "ordonnance"
	KindDecret        Kind = "decret"
	KindArrete        Kind = "arrete"
	KindCirculaire    Kind = "circulaire"
	KindCode          Kind = "code"
	KindConstitution  Kind = "constitution"
	KindDirective     Kind = "directive"
	KindReglement     Kind = "reglement"
	KindDecision      Kind = "decision"
	KindTraite        Kind = "traite"
	KindJurisprudence Kind = "jurisprudence"
	KindRapport       Kind = "rapport"
	KindProjetLoi     Kind = "projet_loi"
)

// Kinds lists every kind, in the order of docs/references.md.
var Kinds = []Kind{
	KindLoi, KindOrdonnance, KindDecret, KindArrete, KindCirculaire, KindCode,
	KindConstitution, KindDirective, KindReglement, KindDecision, KindTraite,
	KindJurisprudence, KindRapport, KindProjetLoi,
}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// Part names the part of a document a passage comes from; citations are kept
// apart by part so that users can tell what deputies cite from what ministers
// answer.
type Part string

// The parts of a document.
const (
	PartTitle    Part = "title"    // a question's title line
	PartIndex    Part = "index"    // indexing fields: rubrique, tête d'analyse, analyse
	PartQuestion Part = "question" // the question's text
	PartAnswer   Part = "answer"   // the answer's text
	PartText     Part = "text"     // a file in no known layout, read as plain text
)

// Valid reports whether p is a known part.
func (p Part) Valid() bool {
	switch p {
	case PartTitle, PartIndex, PartQuestion, PartAnswer, PartText:
		return true
	}
	return false
}

// Passage is one stretch of a document's text, with where it stands in the
// source so that mention offsets can be reported against the original bytes.
type Passage struct {
	Part Part
	// Text is what the extractor reads: the source's bytes, or their
	// cleaned form when the source is HTML.
	Text string
	// Offset is the byte offset of the passage's original bytes in the
	// source file, or -1 when they are not a stretch of it (a text decoded
	// from JSON or XML): mentions are then reported with offsets into the
	// original text itself.
	Offset int
	// Raw and Map, set when Text was cleaned (HTML), are the original bytes
	// and the map from offsets of Text to offsets of Raw.
	Raw string
	Map OffsetMap
	// Day is the day (YYYY-MM-DD) the source says the passage was
	// published, for a source that has no question record to say it (a
	// Sénat question page); "" when unknown.
	Day string
}

// OffsetMap maps offsets of a cleaned text to offsets of its original.
type OffsetMap interface {
	Start(i int) int // where the byte at i came from
	End(i int) int   // where a span ending at i ends
}

// Span returns where the passage's bytes [start, end) stand in the source,
// and the original bytes there.
func (p Passage) Span(start, end int) (int, int, string) {
	raw := p.Text
	if p.Map != nil {
		start, end, raw = p.Map.Start(start), p.Map.End(end), p.Raw
	}
	text := raw[start:end]
	if p.Offset >= 0 {
		start, end = start+p.Offset, end+p.Offset
	}
	return start, end, text
}

// Mention is one span of a document that designates a legal instrument, or a
// provision of one.
type Mention struct {
	File  string `json:"file,omitempty"`
	Start int    `json:"start"` // byte offset into File (or into the passage's original text, see Passage.Offset)
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  Kind   `json:"kind"`
	// ID is the instrument's stable id, equal for every wording of one
	// instrument; empty when the mention could not be resolved.
	ID      string `json:"id"`
	Label   string `json:"label,omitempty"`
	Article string `json:"article,omitempty"`
	Part    Part   `json:"part"`
	// Confidence is the extractor's estimate, from 0 to 1, that ID is right.
	Confidence float64 `json:"confidence"`
	// Sentence is the sentence holding the mention, for display.
	Sentence string `json:"-"`
	// Passage is the index of the passage (in Document.Passages) the
	// mention was found in, and TextStart, TextEnd its span in that
	// passage's Text: where a display of the text highlights it.
	Passage            int `json:"-"`
	TextStart, TextEnd int `json:"-"`
}

// Instrument is a legal text that mentions resolve to.
type Instrument struct {
	ID         string `json:"id"`
	Kind       Kind   `json:"kind"`
	Label      string `json:"label"`
	Number     string `json:"number,omitempty"`     // official number: "2014-1353", "92/43/CEE"
	Date       string `json:"date,omitempty"`       // YYYY-MM-DD of signature or enactment
	CELEX      string `json:"celex,omitempty"`      // EU acts
	ELI        string `json:"eli,omitempty"`        // European Legislation Identifier
	Legifrance string `json:"legifrance,omitempty"` // Légifrance link or id
	CoE        string `json:"coe,omitempty"`        // Council of Europe treaty number
	NOR        string `json:"nor,omitempty"`        // French texts: the NOR, from DILA's index (legi import)
	// Consolidated is the Légifrance page of a French text's consolidated
	// version (LEGITEXT…), from DILA's index.
	Consolidated string   `json:"consolidated,omitempty"`
	Aliases      []string `json:"aliases,omitempty"`
}

// Deputy is the author of a question.
type Deputy struct {
	ID        string // acteur uid (PA…), when known
	Civility  string // "M.", "Mme"
	FirstName string
	LastName  string
	// Name is the full name as the source prints it, when first and last
	// names cannot be told apart.
	Name string
}

// FullName returns "Prénom Nom", or Name when the parts are unknown.
func (d Deputy) FullName() string {
	if d.FirstName != "" || d.LastName != "" {
		switch {
		case d.FirstName == "":
			return d.LastName
		case d.LastName == "":
			return d.FirstName
		}
		return d.FirstName + " " + d.LastName
	}
	return d.Name
}

// Known reports whether anything identifies the deputy.
func (d Deputy) Known() bool { return d.ID != "" || d.FullName() != "" }

// Group is a political group of the Assemblée.
type Group struct {
	ID    string // organe uid (PO…), when known
	Short string // "LES-REP"
	Name  string // "Les Républicains"
}

// Known reports whether anything identifies the group.
func (g Group) Known() bool { return g.ID != "" || g.Name != "" || g.Short != "" }

// Circonscription is an electoral district: a department and a number.
type Circonscription struct {
	ID         string // organe uid (PO…), when known
	Department string // "Pyrénées-Orientales"
	Number     int    // 0 when unknown
}

// Known reports whether the department is known.
func (c Circonscription) Known() bool { return c.Department != "" }

// Ministry is a ministry as a source names it. ID is the exact body's organe
// uid (PO…), Short its abrégé ("Économie, industrie et numérique") and Title
// its long title ("Ministère de l'économie, de l'industrie et du numérique");
// Name is how a page prints it ("intérieur"). The stable name shared across
// governments is derived from these by StableMinistry, in one place.
type Ministry struct {
	ID    string
	Name  string
	Short string
	Title string
	// Date is when the question was attributed to it (YYYY-MM-DD), when the
	// source says.
	Date string
}

// Known reports whether the ministry is named.
func (m Ministry) Known() bool {
	return m.Name != "" || m.ID != "" || m.Title != "" || m.Short != ""
}

// Publication is a publication in the Journal officiel. Date is YYYY-MM-DD;
// empty fields are unknown.
type Publication struct {
	Date string
	Page int
}

// Question is a parliamentary question and its answer. Zero values are
// unknown: a page that lacks a field leaves it empty.
type Question struct {
	UID         string // "QANR5L14QE81473"
	Legislature int
	Number      int
	Type        string // "QE", "QG", "QOSD"
	Title       string
	Author      Deputy
	// Group is the author's group when asking, as the open data's record
	// gives it (groupe).
	Group Group
	// PageGroup is the group a question page prints beside the author: the
	// Assemblée's pages show the deputy's group when the page is read, not
	// necessarily when asking, so it is kept apart from Group.
	PageGroup   Group
	Circo       Circonscription
	Rubrique    string
	TeteAnalyse string
	Analyses    []string
	Asked       Ministry   // ministère interrogé
	Assigned    []Ministry // ministères attributaires, in order of attribution
	Published   Publication
	Answered    Publication // zero when unanswered, or when the source does not say
	HasAnswer   bool        // the source holds an answer's text or its publication
	// Status is the closing of the question as the source words it
	// ("Réponse publiée", "Retrait", "Caducité"), empty while it is open or
	// when the source does not say.
	Status string
}

// QuestionUID builds the Assemblée's uid of a question from its legislature,
// type and number, the identity that pages and dumps share.
func QuestionUID(legislature int, typ string, number int) string {
	if legislature <= 0 || number <= 0 {
		return ""
	}
	if typ == "" {
		typ = "QE"
	}
	return "QANR5L" + itoa(legislature) + typ + itoa(number)
}

// QuestionRef returns a question's reference as the Assemblée writes it in
// its addresses: the legislature and the number, "14-81473" (a written
// question), with the type after it for the other types, "15-8QOSD", so
// that references of several legislatures and types never meet; the uid
// when the legislature or the number is unknown.
func QuestionRef(legislature int, typ string, number int, uid string) string {
	if legislature <= 0 || number <= 0 {
		return uid
	}
	ref := itoa(legislature) + "-" + itoa(number)
	if typ != "" && typ != "QE" {
		ref += typ
	}
	return ref
}

// QuestionURL returns the address of a question's page on the Assemblée's
// site, https://questions.assemblee-nationale.fr/q14/14-81473QE.htm: the
// one pattern of the 10th to the 17th legislatures, for written questions
// (QE), questions to the government (QG) and oral questions without debate
// (QOSD). Elsewhere it returns "": an address that was not seen to exist is
// not made up.
func QuestionURL(legislature int, typ string, number int) string {
	if legislature < 10 || legislature > 17 || number <= 0 {
		return ""
	}
	if typ == "" {
		typ = "QE"
	}
	switch typ {
	case "QE", "QG", "QOSD":
	default:
		return ""
	}
	l := itoa(legislature)
	return "https://questions.assemblee-nationale.fr/q" + l + "/" + l + "-" + itoa(number) + typ + ".htm"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Document is what a reader makes of one record of a source: a question with
// its passages, or a plain text.
type Document struct {
	// Source names where the record came from: a file path, or
	// "archive.zip!entry" for a record inside an archive.
	Source string
	// ID identifies the document across runs; the graph labels every quad
	// the document produces with it, so ingesting it again replaces them.
	ID string
	// Layout names the reader that recognised the document ("page:dyn14", …).
	Layout   string
	Question *Question // nil for a plain text
	// Actor, Body and Mandate are set, instead of Question, for the records
	// of the Assemblée's reference data (acteur, organe and mandat files):
	// they name the deputies, groups, ministries and circonscriptions that
	// questions point to by id.
	Actor    *Actor
	Body     *Body
	Mandate  *Mandate
	Passages []Passage
	Mentions []Mention
}

// Actor is a person of the Assemblée's acteur records, with the mandates the
// record lists.
type Actor struct {
	Deputy   Deputy // ID is the acteur uid (PA…)
	Mandates []Mandate
}

// Mandate is a seat of an actor in a body: the Assemblée itself (a
// deputy's mandate, with the circonscription), a political group, a
// ministry…
type Mandate struct {
	ID          string // PM…
	ActorID     string // PA…
	Legislature int
	BodyType    string // the body's codeType: ASSEMBLEE, GP, MINISTERE…
	BodyID      string // PO…
	Start, End  string // YYYY-MM-DD
	Circo       Circonscription
}

// Body is an organe of the Assemblée's reference data: a political group, a
// ministry, a circonscription, the Assemblée of a legislature…
type Body struct {
	ID          string // PO…
	Type        string // codeType: GP, MINISTERE, CIRCONSCRIPTION, ASSEMBLEE…
	Name        string // libelle
	Short       string // libelleAbrege
	Abbrev      string // libelleAbrev
	Legislature int
	Start, End  string          // YYYY-MM-DD
	Circo       Circonscription // for a CIRCONSCRIPTION
}

// The codeTypes of the bodies lexgraph reads.
const (
	BodyAssembly = "ASSEMBLEE"
	BodyGroup    = "GP"
	BodyMinistry = "MINISTERE"
	BodyCirco    = "CIRCONSCRIPTION"
)
