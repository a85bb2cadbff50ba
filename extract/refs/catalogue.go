package refs

import (
	"crypto/sha256"
	_ "embed"
	"fmt"
	"hash"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"lexgraph"
)

//go:embed catalogue.yaml
var bundledCatalogue []byte

// entry is one instrument of the catalogue.
type entry struct {
	ID         string     `yaml:"id"`
	Kind       string     `yaml:"kind"`
	Label      string     `yaml:"label"`
	Number     string     `yaml:"number"`
	Date       string     `yaml:"date"`
	Legifrance string     `yaml:"legifrance"`
	ELI        string     `yaml:"eli"`
	CoE        string     `yaml:"coe"`
	CELEX      string     `yaml:"celex"`
	Aliases    []string   `yaml:"aliases"`
	Match      [][]string `yaml:"match"`
	Context    []string   `yaml:"context"`
	Nouns      []string   `yaml:"nouns"`
	CodeNames  []string   `yaml:"code_names"`
	// From and Until bound the days (YYYY-MM-DD) on which the entry's
	// aliases name it, for a nickname that passed from one text to the
	// next ("la directive oiseaux": 79/409/CEE until 14 February 2010,
	// 2009/147/CE from the 15th).
	From  string `yaml:"from"`
	Until string `yaml:"until"`
	// Replaces names the older edition of a code this one replaced on the
	// day InForce (YYYY-MM-DD): on a page of an earlier day, the code's
	// names and acronyms go to the older edition ("le code des pensions
	// militaires d'invalidité" in 1994 is the code of 1951, not the one of
	// 2017).
	Replaces string `yaml:"replaces"`
	InForce  string `yaml:"in_force"`
	// SharesDate says other texts of the entry's kind bear its date that
	// the catalogue does not hold ("la loi du 31 décembre 1992": a dozen
	// laws): its date alone names none of them, its title after the date
	// and its number still name it.
	SharesDate bool `yaml:"shares_date"`
	// replacedBy is the entry whose Replaces names this one.
	replacedBy *entry
	// title is the folded title of a law, taken from its label: what
	// follows "Loi n° … du <date>"; organic tells an organic law.
	title   string
	organic bool
	// inst is the entry as an instrument, made once by index.
	inst lexgraph.Instrument
	// contextIDs number the context phrases the prefilter finds;
	// unscanned are those it cannot, looked for in the folded document.
	contextIDs []int
	unscanned  []string
}

type catalogueFile struct {
	Instruments []entry `yaml:"instruments"`
}

// Catalogue holds the instruments lexgraph knows by name, number or date,
// indexed the ways the resolver looks them up.
type Catalogue struct {
	// digest hashes the catalogue files read, in order: what the
	// extractor's version says of the catalogue.
	digest   hash.Hash
	byID     map[string]*entry
	byNumber map[string]*entry   // kind + "|" + number
	byDate   map[string][]*entry // kind + "|" + date
	byAlias  map[string]*entry   // folded alias
	// byAliasPeriod holds the aliases of the entries with a period (From,
	// Until): the day decides which entry one names
	byAliasPeriod map[string][]*entry
	// aliasPrefix holds the first words of every alias, "directive", "loi
	// climat": the resolver stops reading words on when no alias goes so
	aliasPrefix map[string]bool
	byCode      map[string]*entry // folded code name
	// codeShared holds the code names several codes answer to ("code des
	// pensions": the civil and the military pensions' codes)
	codeShared map[string][]*entry
	byKind     map[string][]*entry
	titles     []*entry // laws with a title
	ordered    []*entry
	context    contextIndex
	// names memoises matchNamed's document-independent part.
	names struct {
		sync.RWMutex
		m map[nameKey][]nameMatch
	}
}

// LoadCatalogue reads the bundled catalogue, then each extra file in turn;
// an entry whose id is already known replaces it.
func LoadCatalogue(extra ...string) (*Catalogue, error) {
	c := &Catalogue{byID: map[string]*entry{}, digest: sha256.New()}
	if err := c.add(bundledCatalogue, "bundled catalogue"); err != nil {
		return nil, err
	}
	for _, path := range extra {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, lexgraph.Errorf(lexgraph.EINVALID, "cannot read catalogue %q: %v", path, err)
		}
		if err := c.add(data, path); err != nil {
			return nil, err
		}
	}
	c.index()
	return c, nil
}

func (c *Catalogue) add(data []byte, name string) error {
	fmt.Fprintf(c.digest, "%d:", len(data))
	c.digest.Write(data)
	var f catalogueFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return lexgraph.Errorf(lexgraph.EINVALID, "cannot read catalogue %q: %v", name, err)
	}
	inFile := make(map[string]bool, len(f.Instruments))
	for i := range f.Instruments {
		e := f.Instruments[i]
		if e.ID == "" || !lexgraph.Kind(e.Kind).Valid() {
			return lexgraph.Errorf(lexgraph.EINVALID, "catalogue %q: entry %d (%q) needs an id and a known kind", name, i+1, e.ID)
		}
		if inFile[e.ID] {
			// a later file's entry replaces an earlier file's; twice in one
			// file is a slip, which would make its names ambiguous
			return lexgraph.Errorf(lexgraph.EINVALID, "catalogue %q: entry %d: id %q is there twice", name, i+1, e.ID)
		}
		inFile[e.ID] = true
		if e.Date != "" {
			if _, ok := lexgraph.ParseDate(e.Date); !ok {
				return lexgraph.Errorf(lexgraph.EINVALID, "catalogue %q: entry %q: bad date %q", name, e.ID, e.Date)
			}
		}
		if old, ok := c.byID[e.ID]; ok {
			*old = e
			continue
		}
		c.byID[e.ID] = &e
		c.ordered = append(c.ordered, &e)
	}
	return nil
}

func (c *Catalogue) index() {
	c.byNumber = map[string]*entry{}
	c.byDate = map[string][]*entry{}
	c.byAlias = map[string]*entry{}
	c.byAliasPeriod = map[string][]*entry{}
	c.aliasPrefix = map[string]bool{}
	c.byCode = map[string]*entry{}
	c.codeShared = map[string][]*entry{}
	c.byKind = map[string][]*entry{}
	c.titles = nil
	c.context = contextIndex{byFirst: map[string][]contextPhrase{}}
	contextIDs := map[string]int{}
	for _, e := range c.ordered {
		e.inst = e.makeInstrument()
		if e.Kind == string(lexgraph.KindLoi) {
			if m := reLabelTitle.FindStringSubmatch(e.Label); m != nil {
				e.title = normName(m[1])
				e.organic = strings.HasPrefix(normName(e.Label), "loi organique")
				c.titles = append(c.titles, e)
			}
		}
		if len(e.Match) > 0 || len(e.Aliases) > 0 {
			c.byKind[e.Kind] = append(c.byKind[e.Kind], e)
		}
		if e.Number != "" {
			c.byNumber[e.Kind+"|"+normNumber(e.Number)] = e
		}
		if e.Date != "" {
			k := e.Kind + "|" + e.Date
			c.byDate[k] = append(c.byDate[k], e)
		}
		for _, a := range e.Aliases {
			words := strings.Fields(normName(a))
			for i := range words {
				c.aliasPrefix[strings.Join(words[:i+1], " ")] = true
			}
			if e.From != "" || e.Until != "" {
				c.byAliasPeriod[normName(a)] = append(c.byAliasPeriod[normName(a)], e)
				continue
			}
			c.byAlias[normName(a)] = e
		}
		for _, n := range e.CodeNames {
			if o, ok := c.byCode[normName(n)]; ok && o.ID != e.ID || len(c.codeShared[normName(n)]) > 0 {
				if len(c.codeShared[normName(n)]) == 0 {
					c.codeShared[normName(n)] = []*entry{o}
				}
				c.codeShared[normName(n)] = append(c.codeShared[normName(n)], e)
			}
			c.byCode[normName(n)] = e
		}
		e.replacedBy = nil
		for i, alt := range e.Match {
			for j, w := range alt {
				if !strings.HasPrefix(w, "@") && !strings.HasPrefix(w, "+") {
					e.Match[i][j] = normName(w)
				}
			}
		}
		for i, w := range e.Context {
			e.Context[i] = normName(w)
		}
		e.contextIDs, e.unscanned = nil, nil
		c.context.add(e, contextIDs)
	}
	for _, e := range c.ordered {
		if old := c.byID[e.Replaces]; old != nil && old != e && e.InForce != "" {
			old.replacedBy = e
		}
	}
}

// reLabelTitle finds a law's title in its label: the words after the year
// of "Loi n° 2000-1208 du 13 décembre 2000 relative à …".
var reLabelTitle = regexp.MustCompile(`(?i)^loi\b.*?\bdu\s+\d{1,2}(?:er)?\s+\S+\s+\d{4}\s+(.{8,})$`)

// codeNames returns every name that may follow the word "code".
func (c *Catalogue) codeNames() []string {
	var names []string
	for _, e := range c.ordered {
		names = append(names, e.CodeNames...)
	}
	sort.Strings(names)
	return names
}

// Len returns the number of instruments in the catalogue.
func (c *Catalogue) Len() int { return len(c.ordered) }

// Instrument returns the catalogue's instrument with that id.
func (c *Catalogue) Instrument(id string) (lexgraph.Instrument, bool) {
	e, ok := c.byID[id]
	if !ok {
		return lexgraph.Instrument{}, false
	}
	return e.instrument(), true
}

// instrument returns the entry as an instrument (its Aliases are shared:
// read them, do not change them).
func (e *entry) instrument() lexgraph.Instrument { return e.inst }

func (e *entry) makeInstrument() lexgraph.Instrument {
	in := lexgraph.Instrument{
		ID: e.ID, Kind: lexgraph.Kind(e.Kind), Label: e.Label, Number: e.Number,
		Date: e.Date, CELEX: e.CELEX, ELI: e.ELI, CoE: e.CoE, Aliases: e.Aliases,
	}
	if e.Legifrance != "" {
		in.Legifrance = lexgraph.LegifranceURL(e.Legifrance)
	}
	if strings.HasPrefix(e.ID, "celex/") && in.CELEX == "" {
		in.CELEX = strings.TrimPrefix(e.ID, "celex/")
	}
	if in.CELEX != "" && in.ELI == "" {
		in.ELI = euELI(in.CELEX)
	}
	if in.ELI == "" {
		in.ELI = frenchELI(in.Kind, in.Number, in.Date)
	}
	return in
}

// matchNamed finds the catalogue entry that a named mention designates: its
// folded text holds every word of one of an entry's alternatives. It returns
// nil when none or more than one instrument matches: an ambiguous name stays
// unresolved. Alternatives that need context words are settled against the
// document; the rest, the same for every document, is cached.
func (c *Catalogue) matchNamed(kind lexgraph.Kind, noun, folded, date string, doc *docContext) *entry {
	if e, ok := c.byAlias[folded]; ok && e.Kind == string(kind) {
		return e
	}
	key := nameKey{kind, noun, date, folded}
	c.names.RLock()
	cands, ok := c.names.m[key]
	c.names.RUnlock()
	if !ok {
		for _, e := range c.byKind[string(kind)] {
			if !e.nounOK(noun) {
				continue
			}
			if m, ok := e.matches(folded, date); ok {
				cands = append(cands, m)
			}
		}
		c.names.Lock()
		if c.names.m == nil || len(c.names.m) >= maxNames {
			c.names.m = map[nameKey][]nameMatch{} // a bound on a long run's memory
		}
		c.names.m[key] = cands
		c.names.Unlock()
	}
	var found *entry
	for _, m := range cands {
		if m.needsContext && !doc.hasContext(m.e) {
			continue
		}
		if found != nil && found != m.e {
			return nil
		}
		found = m.e
	}
	return found
}

// maxNames bounds the names matchNamed remembers.
const maxNames = 1 << 16

// nameKey is what matchNamed's answer depends on, but for the document.
type nameKey struct {
	kind               lexgraph.Kind
	noun, date, folded string
}

// nameMatch is an entry a name matches, perhaps only where the document
// holds one of the entry's context words.
type nameMatch struct {
	e            *entry
	needsContext bool
}

func (e *entry) nounOK(noun string) bool {
	if len(e.Nouns) == 0 || noun == "" {
		return true
	}
	for _, n := range e.Nouns {
		if strings.HasPrefix(noun, n) {
			return true
		}
	}
	return false
}

// matches reports whether the name matches the entry, and whether only
// with context: an alternative without "+context" that matches wins.
func (e *entry) matches(folded, date string) (nameMatch, bool) {
	m := nameMatch{e: e, needsContext: true}
	ok := false
	for _, a := range e.Match {
		alt, ctx := e.altMatches(a, folded, date)
		if alt && !ctx {
			return nameMatch{e: e}, true
		}
		ok = ok || alt
	}
	for _, a := range e.Aliases {
		if containsWords(folded, normName(a)) {
			return nameMatch{e: e}, true
		}
	}
	return m, ok
}

// altMatches reports whether one alternative matches, and whether it asks
// for context.
func (e *entry) altMatches(alt []string, folded, date string) (match, context bool) {
	for _, w := range alt {
		switch {
		case strings.HasPrefix(w, "@"):
			if date != w[1:] {
				return false, false
			}
		case w == "+context":
			context = true
		case strings.HasPrefix(w, "!"):
			if containsWords(folded, w[1:]) {
				return false, false
			}
		default:
			if !containsWords(folded, w) {
				return false, false
			}
		}
	}
	// A mention with a date other than the instrument's is another text.
	if date != "" && e.Date != "" && date != e.Date {
		return false, false
	}
	return true, context
}

// containsWords reports whether words occurs in s at word boundaries.
func containsWords(s, words string) bool {
	return containsWordsAfter(s, words, func(b byte) bool { return !isWordByte(b) })
}

// containsWordsAfter reports whether words occurs in s after a byte that
// opens (or at the start of s) and before a non-word byte (or at its end).
func containsWordsAfter(s, words string, opens func(b byte) bool) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], words)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(words)
		if (j == 0 || opens(s[j-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		i = j + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// normName folds a name and collapses its spaces, for comparisons.
func normName(s string) string {
	if strings.IndexByte(s, '*') >= 0 {
		s = strings.ReplaceAll(s, "*", "")
	}
	s = lexgraph.FoldSpace(s)
	if strings.Contains(s, " '") || strings.Contains(s, "' ") {
		// "l '" and "l' " as printed with stray spaces read "l'"
		s = strings.ReplaceAll(strings.ReplaceAll(s, " '", "'"), "' ", "'")
	}
	return s
}

// onlyEntry returns the one entry of es that ok accepts, nil when none or
// several do.
func onlyEntry(es []*entry, ok func(e *entry) bool) *entry {
	var found *entry
	for _, e := range es {
		if ok(e) {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// titleBegins reports whether words, folded, are the first words of the
// entry's title ("d'orientation" of "d'orientation agricole").
func (e *entry) titleBegins(words string) bool {
	return e.title != "" && words != "" && strings.HasPrefix(e.title, words)
}

// normNumber writes official numbers one way: "91-32", "92/43/CEE".
func normNumber(s string) string {
	s = strings.TrimSpace(s)
	for _, suffix := range []string{" bis", " ter"} {
		// "la circulaire n° 97-176 bis", another text than 97-176
		if base, ok := strings.CutSuffix(s, suffix); ok {
			return normNumber(base) + suffix[1:]
		}
	}
	s = strings.ToUpper(s)
	if !strings.ContainsAny(s, "‑– ") {
		return s // most are written so
	}
	return numberDashes.Replace(s)
}

// numberDashes writes the dashes of official numbers as hyphens and drops
// their spaces.
var numberDashes = strings.NewReplacer("‑", "-", "–", "-", " ", "")

func (c *Catalogue) String() string {
	return fmt.Sprintf("catalogue of %d instruments", len(c.ordered))
}

// aliasOn returns the entry of kind that the folded alias names on day
// (YYYY-MM-DD, "" when unknown): the one entry that has it, or among those
// with a period, the one in force that day. found is false when no entry
// has the alias; e is nil when it is found but the day does not tell which
// of several (an unknown day, or none in force): the mention stays
// unresolved rather than linked to the wrong text.
func (c *Catalogue) aliasOn(alias string, kind lexgraph.Kind, day string) (e *entry, found bool) {
	if e, ok := c.byAlias[alias]; ok && e.Kind == string(kind) {
		return e, true
	}
	var in *entry
	n := 0
	for _, p := range c.byAliasPeriod[alias] {
		if p.Kind != string(kind) {
			continue
		}
		found = true
		if day != "" && (p.From == "" || day >= p.From) && (p.Until == "" || day <= p.Until) {
			in = p
			n++
		}
	}
	if n != 1 {
		return nil, found
	}
	return in, true
}

// edition returns the edition of code e that was in force on day
// (YYYY-MM-DD): e itself, unless e replaced an older edition after that
// day, or was replaced by a newer one on or before it. Without a day the
// name read decides.
func (c *Catalogue) edition(e *entry, day string) *entry {
	if e == nil || day == "" {
		return e
	}
	// a chain of editions is short; the bound keeps a cycle in a
	// catalogue file from looping
	for i := 0; i < 8 && e.InForce != "" && day < e.InForce && c.byID[e.Replaces] != nil; i++ {
		e = c.byID[e.Replaces]
	}
	for i := 0; i < 8 && e.replacedBy != nil && day >= e.replacedBy.InForce; i++ {
		e = e.replacedBy
	}
	return e
}

// aliasDated returns the entry of kind that the folded alias names when
// the mention gives the text's own date ("la directive oiseaux du 2 avril
// 1979"): among the entries with the alias, the latest dated on or before
// that day (a text exists from its date; the page's date may be off by a
// few days, as in "du 7 avril 1979"), nil when none or two.
func (c *Catalogue) aliasDated(alias string, kind lexgraph.Kind, date string) *entry {
	cands := c.byAliasPeriod[alias]
	if e, ok := c.byAlias[alias]; ok {
		cands = append([]*entry{e}, cands...)
	}
	var best *entry
	tie := false
	for _, e := range cands {
		if e.Kind != string(kind) || e.Date == "" || e.Date > date {
			continue
		}
		switch {
		case best == nil || e.Date > best.Date:
			best, tie = e, false
		case e.Date == best.Date:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}
