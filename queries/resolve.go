package queries

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"lexgraph"
	"lexgraph/graph"
)

// Names are resolved forgivingly and never guessed. A name is folded (case,
// accents and typographic variants ignored, lexgraph.Fold) and tried
// against each candidate node in tiers, the first tier with a match
// deciding:
//
//  0. identifiers: the node's IRI, with or without its type prefix
//     ("ministry/justice", "loi/2008-582"); an instrument's official number
//     ("2008-582", also found inside "loi n° 2008-582 du 20 juin 2008"),
//     CELEX, ELI, Légifrance id or Council of Europe number; a deputy's
//     acteur id; a question's uid or number; a group's organe id or short
//     name;
//  1. whole names: a deputy's full name (either order, with or without
//     civility) or surname; the name of a group, ministry, rubrique or
//     circonscription; an instrument's label or a wording it was cited by;
//  2. dates, for instruments: "loi du 20 juin 2008", "20/06/2008" match the
//     instruments of that date (and of that kind, when a kind is named);
//  3. words: every word of the name, at least the start of one word of the
//     candidate's name (or label, or wordings): "cresta", "Budapest",
//     "cybercrim".
//
// A tier matching several nodes is an EAMBIG error listing them
// (Candidates), for the user to pick one by its id.

// Candidate is a node a name may designate.
type Candidate struct {
	Node  string `json:"node"`
	Type  string `json:"type"`
	Label string `json:"label"`
}

// Candidates are the nodes an ambiguous name matches. As an error it
// lists them one a line, for the command to print.
type Candidates []Candidate

func (c Candidates) Error() string {
	var b strings.Builder
	for i, x := range c {
		if i == maxCandidates {
			fmt.Fprintf(&b, "\n  … and %d more", len(c)-i)
			break
		}
		fmt.Fprintf(&b, "\n  %s  (%s) %s", x.Node, x.Type, x.Label)
	}
	return b.String()
}

// maxCandidates bounds the candidates an error prints.
const maxCandidates = 20

// tiers of a match, best first.
const (
	tierID = iota
	tierName
	tierDate
	tierWords
	noTier
)

// target is one node a name can resolve to, with what it can be matched by.
type target struct {
	typ   string
	index int32
	node  string
	label string
	ids   []string // folded identifiers (tier 0)
	names []string // folded whole names (tier 1)
	words []string // folded words (tier 3)
	date  string   // YYYY-MM-DD, instruments only
	kind  string
}

// match returns the tier at which the folded name q (and its parsed forms)
// matches the target, or noTier.
func (t *target) match(p *parsedName) int {
	for _, id := range t.ids {
		if id == p.folded || id == p.slug {
			return tierID
		}
		for _, n := range p.numbers {
			if id == n && (p.kind == "" || p.kind == t.kind) {
				return tierID
			}
		}
	}
	for _, n := range t.names {
		if n == p.folded {
			return tierName
		}
	}
	if p.date != "" && t.date == p.date && (p.kind == "" || p.kind == t.kind) {
		return tierDate
	}
	if len(p.words) > 0 && allWordsMatch(p.words, t.words) {
		return tierWords
	}
	return noTier
}

func allWordsMatch(query, words []string) bool {
	for _, q := range query {
		found := false
		for _, w := range words {
			if strings.HasPrefix(w, q) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// parsedName is a name as the tiers read it.
type parsedName struct {
	raw     string
	folded  string
	slug    string
	words   []string
	numbers []string // official numbers found in it: "2008-582", "92/43/cee"
	date    string
	kind    string // an instrument kind it names ("loi du …")
}

// stopWords are left out of word matching: "loi du 20 juin 2008" should
// not need "du" in a label.
var stopWords = map[string]bool{
	"le": true, "la": true, "les": true, "l": true, "de": true, "du": true, "des": true, "d": true,
	"n": true, "no": true, "et": true, "a": true, "au": true, "aux": true, "en": true, "sur": true,
	"pour": true, "par": true, "un": true, "une": true, "dite": true, "dit": true, "m": true, "mme": true,
}

// kindWords maps the first word of a name to the kind it names.
var kindWords = map[string]string{
	"loi": "loi", "ordonnance": "ordonnance", "decret": "decret", "arrete": "arrete",
	"circulaire": "circulaire", "code": "code", "constitution": "constitution",
	"directive": "directive", "reglement": "reglement", "decision": "decision",
	"traite": "traite", "convention": "traite", "accord": "traite", "protocole": "traite",
	"rapport": "rapport",
}

func parseName(name string) *parsedName {
	p := &parsedName{raw: name, folded: fold(name), slug: lexgraph.Slug(name)}
	p.words = words(p.folded)
	if len(p.words) > 0 {
		p.kind = kindWords[p.words[0]]
	}
	// Official numbers: tokens with digits joined by "-" or "/".
	for _, tok := range strings.FieldsFunc(p.folded, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '/' || r == '(' || r == ')')
	}) {
		tok = strings.Trim(tok, "()-/")
		if strings.ContainsAny(tok, "-/") && strings.ContainsAny(tok, "0123456789") {
			p.numbers = append(p.numbers, tok)
		}
	}
	p.date = findDate(p.folded)
	return p
}

// findDate finds a date written "20 juin 2008", "1er juin 2008",
// "20/06/2008" or "2008-06-20" in a folded name.
func findDate(s string) string {
	f := strings.Fields(s)
	for i := range f {
		if d, ok := lexgraph.ParseDate(strings.Trim(f[i], ",.;()")); ok {
			return d
		}
		if i+2 < len(f) {
			if d, ok := lexgraph.ParseDate(f[i] + " " + f[i+1] + " " + strings.Trim(f[i+2], ",.;()")); ok {
				return d
			}
		}
	}
	return ""
}

// words splits a folded text into its words (letters and digits), less
// the stop words.
func words(folded string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// fold is the form names are compared in.
func fold(s string) string { return lexgraph.FoldSpace(s) }

// folded returns the non-empty strings, folded.
func folded(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, fold(s))
		}
	}
	return out
}

// withoutPrefix returns an IRI without its type prefix: "justice" for
// "ministry/justice".
func withoutPrefix(iri string) string {
	if i := strings.IndexByte(iri, '/'); i >= 0 {
		return iri[i+1:]
	}
	return iri
}

// matchQuestions finds questions by identifier only (a number, a uid, a
// node), comparing in place: a legislature has 100,000 questions, too
// many to prepare targets for.
func (m *Model) matchQuestions(p *parsedName) []target {
	d := m.questionNames()
	var found []int32
	if number, err := strconv.Atoi(p.folded); err == nil && number > 0 {
		found = d.byNumber[int32(number)]
	} else if leg, number, typ, ok := parseQuestionRef(p.folded); ok {
		for _, qi := range d.byNumber[int32(number)] {
			if q := &m.Questions[qi]; int(q.Legislature) == leg && strings.EqualFold(questionType(q), typ) {
				found = append(found, qi)
			}
		}
	} else if qi, ok := d.byName[strings.ToLower(p.folded)]; ok {
		found = []int32{qi}
	}
	out := make([]target, 0, len(found))
	for _, qi := range found {
		q := &m.Questions[qi]
		out = append(out, target{typ: graph.TypeQuestion, index: qi, node: q.Node, label: m.questionLabel(q)})
	}
	return out
}

// parseQuestionRef reads a question's reference as the Assemblée writes
// it and the rows show it (lexgraph.QuestionRef): "14-81473", "15-8qosd"
// (folded).
func parseQuestionRef(s string) (legislature, number int, typ string, ok bool) {
	l, rest, found := strings.Cut(s, "-")
	if !found {
		return 0, 0, "", false
	}
	legislature, err := strconv.Atoi(l)
	if err != nil || legislature <= 0 {
		return 0, 0, "", false
	}
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	number, err = strconv.Atoi(rest[:i])
	if err != nil || number <= 0 {
		return 0, 0, "", false
	}
	typ = rest[i:]
	if typ == "" {
		typ = "qe"
	}
	return legislature, number, typ, true
}

// questionType is a question's type, QE when the source does not say.
func questionType(q *Question) string {
	if q.Type == "" {
		return "QE"
	}
	return q.Type
}

// targetsOf returns the targets of one type, prepared once per model.
func (m *Model) targetsOf(typ string) []target {
	m.targetsMu.Lock()
	defer m.targetsMu.Unlock()
	if t, ok := m.targetCache[typ]; ok {
		return t
	}
	if m.targetCache == nil {
		m.targetCache = map[string][]target{}
	}
	t := m.targets(typ)
	m.targetCache[typ] = t
	return t
}

// targets lists the nodes of one type that names resolve to.
func (m *Model) targets(typ string) []target {
	var out []target
	switch typ {
	case graph.TypeDeputy:
		for i, d := range m.Deputies {
			full := strings.TrimSpace(d.FirstName + " " + d.LastName)
			if full == "" {
				full = d.Name
			}
			t := target{typ: typ, index: int32(i), node: d.Node, label: deputyLabel(d),
				ids:   folded(d.Node, withoutPrefix(d.Node), d.Acteur),
				names: folded(d.Name, full, d.LastName+" "+d.FirstName, d.Civility+" "+full, d.Civility+" "+d.Name, d.LastName),
			}
			t.words = words(fold(d.Name + " " + full))
			out = append(out, t)
		}
	case graph.TypeGroup:
		for i, g := range m.Groups {
			out = append(out, target{typ: typ, index: int32(i), node: g.Node, label: g.Name,
				ids: folded(g.Node, withoutPrefix(g.Node), g.Organe, g.Short), names: folded(g.Name),
				words: words(fold(g.Name + " " + g.Short))})
		}
	case graph.TypeMinistry, graph.TypeRubrique:
		list := m.Ministries
		if typ == graph.TypeRubrique {
			list = m.Rubriques
		}
		for i, n := range list {
			out = append(out, target{typ: typ, index: int32(i), node: n.Node, label: n.Name,
				ids: folded(n.Node, withoutPrefix(n.Node)), names: folded(n.Name), words: words(fold(n.Name))})
		}
	case graph.TypeCirconscription:
		for i, c := range m.Circos {
			out = append(out, target{typ: typ, index: int32(i), node: c.Node, label: c.Name,
				ids: folded(c.Node, withoutPrefix(c.Node)), names: folded(c.Name, c.Department+" "+strconv.Itoa(int(c.Number))),
				words: words(fold(c.Name))})
		}
	case graph.TypeInstrument:
		for i := range m.Instruments {
			out = append(out, m.instrumentTarget(int32(i)))
		}
	}
	return out
}

// instrumentTarget is the target of instrument i.
func (m *Model) instrumentTarget(i int32) target {
	in := m.Instruments[i]
	t := target{typ: graph.TypeInstrument, index: i, node: in.Node, label: instrumentLabel(in), date: in.Date, kind: in.Kind,
		ids: folded(in.Node, in.ID, in.Number, in.CELEX, in.ELI, in.Legifrance, pageID(in.Legifrance),
			in.Consolidated, pageID(in.Consolidated), in.NOR),
		names: folded(append([]string{in.Label}, in.Wordings...)...),
	}
	if in.CoE != "" {
		t.ids = append(t.ids, "coe-"+in.CoE, "ste "+in.CoE, "ste n "+in.CoE, "cets "+in.CoE)
	}
	t.words = words(fold(in.Label + " " + strings.Join(in.Wordings, " ") + " " + in.ID))
	return t
}

// instrumentByID finds the one instrument whose id or node is name
// ("code/cgct", as the explorer's links and the rows give it) without
// preparing every instrument's names: a process that answers one query
// spares the work (80 MB at 100,000 questions).
func (m *Model) instrumentByID(name string) (target, bool) {
	name = strings.TrimSpace(name)
	if !strings.Contains(name, "/") {
		return target{}, false
	}
	found := int32(-1)
	for i := range m.Instruments {
		if in := &m.Instruments[i]; strings.EqualFold(in.ID, name) || strings.EqualFold(in.Node, name) {
			if found >= 0 {
				return target{}, false
			}
			found = int32(i)
		}
	}
	if found < 0 {
		return target{}, false
	}
	return m.instrumentTarget(found), true
}

// typeNames are the names of node types in messages.
var typeNames = map[string][2]string{
	graph.TypeDeputy: {"deputy", "deputies"}, graph.TypeGroup: {"group", "groups"},
	graph.TypeMinistry: {"ministry", "ministries"}, graph.TypeRubrique: {"rubrique", "rubriques"},
	graph.TypeCirconscription: {"circonscription", "circonscriptions"},
	graph.TypeInstrument:      {"instrument", "instruments"}, graph.TypeQuestion: {"question", "questions"},
}

// resolve finds the one node of the given types that name designates.
func (m *Model) resolve(name string, types ...string) (target, error) {
	p := parseName(name)
	what := typeNames[types[0]][0]
	if len(types) > 1 {
		what = "node"
	}
	if p.folded == "" {
		return target{}, lexgraph.Errorf(lexgraph.EINVALID, "no %s named: give a name", what)
	}
	if len(types) == 1 && types[0] == graph.TypeInstrument {
		if t, ok := m.instrumentByID(name); ok {
			return t, nil
		}
	}
	best := noTier
	var found []target
	for _, typ := range types {
		if typ == graph.TypeQuestion {
			if qs := m.matchQuestions(p); len(qs) > 0 && tierID <= best {
				if tierID < best {
					found = nil
				}
				best, found = tierID, append(found, qs...)
			}
			continue
		}
		for _, t := range m.targetsOf(typ) {
			tier := t.match(p)
			switch {
			case tier < best:
				best, found = tier, []target{t}
			case tier == best && tier != noTier:
				found = append(found, t)
			}
		}
	}
	switch len(found) {
	case 0:
		return target{}, lexgraph.Errorf(lexgraph.ENOTFOUND, "no %s matches %q", what, name)
	case 1:
		return found[0], nil
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].typ != found[j].typ {
			return found[i].typ < found[j].typ
		}
		return found[i].node < found[j].node
	})
	cands := make(Candidates, len(found))
	for i, t := range found {
		cands[i] = Candidate{Node: t.node, Type: typeNames[t.typ][0], Label: t.label}
	}
	plural := typeNames[types[0]][1]
	if len(types) > 1 {
		plural = "nodes"
	}
	return target{}, &lexgraph.Error{Code: lexgraph.EAMBIG,
		Message: fmt.Sprintf("%q is ambiguous: it matches %d %s; give one of their ids", name, len(found), plural),
		Err:     cands}
}

// resolveIndex resolves a name to the index of a node of one type.
func (m *Model) resolveIndex(name, typ string) (int32, error) {
	t, err := m.resolve(name, typ)
	return t.index, err
}

// Resolve finds the node a name designates among the given node types
// (graph.TypeDeputy…; all of them when none is given), by the rules above.
func Resolve(m *Model, name string, types ...string) (Candidate, error) {
	if len(types) == 0 {
		types = allTypes
	}
	t, err := m.resolve(name, types...)
	if err != nil {
		return Candidate{}, err
	}
	return Candidate{Node: t.node, Type: typeNames[t.typ][0], Label: t.label}, nil
}

// allTypes are the node types names resolve to.
var allTypes = []string{graph.TypeDeputy, graph.TypeMinistry, graph.TypeGroup, graph.TypeRubrique,
	graph.TypeCirconscription, graph.TypeInstrument, graph.TypeQuestion}

// Labels for display.

func deputyLabel(d Deputy) string {
	name := d.Name
	if name == "" {
		name = strings.TrimSpace(d.FirstName + " " + d.LastName)
	}
	if d.Civility != "" && name != "" {
		return d.Civility + " " + name
	}
	if name == "" {
		return d.Node
	}
	return name
}

func instrumentLabel(in Instrument) string {
	if in.Label != "" {
		return in.Label
	}
	return in.ID
}

func (m *Model) questionLabel(q *Question) string {
	s := q.UID
	if s == "" {
		s = q.Node
	}
	if q.Title != "" {
		s += " " + q.Title
	}
	return s
}

// pageID returns the text id a Légifrance page ends with
// (…/jorf/id/JORFTEXT000029754374), so that the id alone names the
// instrument; "" for other values.
func pageID(page string) string {
	if !strings.HasPrefix(page, "http") {
		return ""
	}
	return page[strings.LastIndexByte(page, '/')+1:]
}
