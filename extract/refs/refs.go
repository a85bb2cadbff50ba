// Package refs finds legal references in French parliamentary texts and
// resolves them to instruments, in the manner of eyecite: a cheap literal
// prefilter finds trigger words ("loi", "article", "convention"…); the
// patterns of patterns.yaml, anchored at those words, find candidates;
// overlapping candidates are settled and articles tied to the instrument
// beside them; then, document by document and in order, each candidate is
// resolved: numbers and CELEX directly, names through the catalogue, dates
// through the catalogue and the other documents read at the same time, short
// forms ("cette loi", "du même code", "son article 76") to what they point
// back to. What cannot be identified without guessing stays unresolved.
package refs

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"lexgraph"
)

// Options configure an Extractor.
type Options struct {
	// MatchTimeout bounds each regular expression match (regexp2 can
	// backtrack); a match that times out counts as no match.
	MatchTimeout time.Duration
	// Catalogues are extra catalogue files merged over the bundled one.
	Catalogues []string
	// Workers is the number of documents searched in parallel (0: all cores).
	Workers int
	// Texts is an index of every French text (lexgraph legi import),
	// consulted where the catalogue is silent (legi.go); nil for none.
	Texts lexgraph.TextIndex
}

// Extractor finds and resolves references. It is safe for concurrent use.
type Extractor struct {
	cat       *Catalogue
	patterns  []*pattern
	byTrigger map[string]trigger    // folded trigger words
	byExact   map[string][]*pattern // exact trigger words ("=CE")
	prefix2   [1 << 10]bool         // the first two letters of every trigger
	prefix3   [1 << 15]bool         // the first three letters of every trigger
	word2     [1 << 10]bool         // the triggers of two letters
	// the triggers of three letters, and the first four letters of longer
	// ones (hashed), as bit sets: the words that pass prefix3 but are no
	// trigger stop there, before the map
	word3      [1 << 15 / 64]uint64
	prefix4    [1 << 16 / 64]uint64
	maxTrigger int
	workers    int
	// constitution is the Constitution's pattern, for lowerConstitution
	constitution *pattern
	// ccDecision is the pattern of the Conseil constitutionnel's decisions,
	// for ccDecisionsListed
	ccDecision *pattern
	timeouts   atomic.Int64
	texts      *textIndex // nil without an index
}

// New compiles the bundled patterns against the catalogue.
func New(opts Options) (*Extractor, error) {
	if opts.MatchTimeout <= 0 {
		opts.MatchTimeout = 2 * time.Second
	}
	cat, err := LoadCatalogue(opts.Catalogues...)
	if err != nil {
		return nil, err
	}
	extra := map[string]string{"CODES": namesRegex(cat.codeNames()), "ORDINAL": ordinalMacro()}
	pats, err := loadPatterns(bundledPatterns, extra, opts.MatchTimeout)
	if err != nil {
		return nil, err
	}
	x := &Extractor{cat: cat, patterns: pats, byTrigger: map[string]trigger{}, byExact: map[string][]*pattern{}, workers: opts.Workers}
	if x.workers <= 0 {
		x.workers = runtime.GOMAXPROCS(0)
	}
	if opts.Texts != nil {
		x.texts = &textIndex{idx: opts.Texts}
	}
	for _, p := range pats {
		switch p.Name {
		case "constitution":
			x.constitution = p
		case "decision_cc":
			x.ccDecision = p
		}
		for _, t := range p.Triggers {
			if exact, ok := strings.CutPrefix(t, "="); ok {
				x.byExact[exact] = append(x.byExact[exact], p)
				t = lexgraph.Fold(exact)
			} else {
				w := x.byTrigger[t]
				w.pats = append(w.pats, p)
				x.byTrigger[t] = w
			}
			x.prefilter(t)
		}
	}
	for first, phrases := range cat.context.byFirst {
		w := x.byTrigger[first]
		w.context = phrases
		x.byTrigger[first] = w
		x.prefilter(first)
	}
	return x, nil
}

// codeVersion is the version of the extractor's code: raise it with any
// change to how references are found or resolved (the patterns and the
// catalogue are hashed apart). Stored fingerprints made with another
// version are no longer trusted, and an ingest derives their records
// again.
const codeVersion = "4"

// Version identifies what the extractor finds and resolves: its code,
// its patterns and its catalogue (the bundled one and the extra files, by
// content). An ingest keeps it with each document derived from a text (see
// graph.Fingerprint): a new version derives them again.
func (x *Extractor) Version() string {
	h := sha256.New()
	fmt.Fprintf(h, "refs %s\n%d:", codeVersion, len(bundledPatterns))
	h.Write(bundledPatterns)
	h.Write(x.cat.digest.Sum(nil))
	return "refs/" + codeVersion + "/" + hex.EncodeToString(h.Sum(nil)[:8])
}

// trigger is what a trigger word starts: patterns, and context phrases of
// the catalogue.
type trigger struct {
	pats    []*pattern
	context []contextPhrase
}

// prefilter lets the folded word t through the prefilter's tables.
func (x *Extractor) prefilter(t string) {
	if len(t) > x.maxTrigger {
		x.maxTrigger = len(t)
	}
	if len(t) >= 2 {
		x.prefix2[pair(t[0], t[1])] = true
	}
	if len(t) == 2 {
		x.word2[pair(t[0], t[1])] = true
	}
	if len(t) >= 3 {
		x.prefix3[triple(t[0], t[1], t[2])] = true
	}
	if len(t) == 3 {
		setBit(x.word3[:], triple(t[0], t[1], t[2]))
	}
	if len(t) >= 4 {
		setBit(x.prefix4[:], quad(t[0], t[1], t[2], t[3]))
	}
}

// Catalogue returns the extractor's catalogue.
func (x *Extractor) Catalogue() *Catalogue { return x.cat }

// Timeouts returns how many matches timed out since the extractor was made.
func (x *Extractor) Timeouts() int64 { return x.timeouts.Load() }

// docCandidates are the candidates of one document, passage by passage,
// and the context phrases the prefilter found in it.
type docCandidates struct {
	passages [][]*candidate
	context  contextHits
}

// Annotate finds and resolves the references of docs, read together so that
// their ids agree, and sets each document's Mentions. It returns the
// instruments cited, by id.
func (x *Extractor) Annotate(docs []*lexgraph.Document) map[string]lexgraph.Instrument {
	found := make([]docCandidates, len(docs))
	var wg sync.WaitGroup
	next := atomic.Int64{}
	for w := 0; w < x.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(docs) {
					return
				}
				found[i] = docCandidates{passages: make([][]*candidate, len(docs[i].Passages)), context: newContextHits(x.cat.context.n)}
				for j, p := range docs[i].Passages {
					found[i].passages[j] = x.find(p.Text, found[i].context)
				}
				acronymsAgain(docs[i], found[i].passages)
			}
		}()
	}
	wg.Wait()

	corpus, own, titles := x.corpusIndex(docs, found)
	insts := map[string]lexgraph.Instrument{}
	for i, d := range docs {
		d.Mentions = x.resolveDoc(d, found[i], corpus, own[i], titles, insts)
	}
	return insts
}

// fuller reports whether a mention's record of an instrument says more than
// the one kept from an earlier mention: a label where it had none, a date
// where it had none ("le décret n° 93-345" in one document, "le décret n°
// 93-345 du 15 mars 1993" in the next). So what a document resolves through
// an instrument's date ("le décret du 15 mars") does not depend on the
// documents read before it.
func fuller(in, known lexgraph.Instrument) bool {
	return known.Label == "" && in.Label != "" || known.Date == "" && in.Date != ""
}

// corpusIndex collects the numbered instruments whose date the documents
// give, so that "la loi du 20 juin 2008" elsewhere resolves to n° 2008-582
// (and "le règlement du Conseil du 29 septembre 2003" to n° 1782/2003);
// and each document's own, which decide where the catalogue knows several
// texts of a date; and the titles that follow numbered laws, so that "la
// loi relative au développement d'activités pour l'emploi des jeunes"
// elsewhere is the one law the documents numbered with that title.
func (x *Extractor) corpusIndex(docs []*lexgraph.Document, found []docCandidates) (corpusIndex, []corpusIndex, corpusTitles) {
	ci := corpusIndex{}
	titles := corpusTitles{byWord: map[string][]titledLaw{}, byDay: map[string][]titledLaw{}}
	own := make([]corpusIndex, len(docs))
	for i := range docs {
		for j, cs := range found[i].passages {
			for _, c := range cs {
				text := docs[i].Passages[j].Text
				var numberAfter []string // "la loi du 15 mai 2001 (n° 2001-420)": numbered too
				if c.form() == FormDated && c.pat.kind == lexgraph.KindLoi {
					numberAfter = reParenNumber.FindStringSubmatch(text[c.end:clampRune(text, c.end+80)])
				}
				if c.form() != FormNumbered && c.form() != FormEU && numberAfter == nil || c.groups.get("date") == "" {
					continue
				}
				r := resolver{x: x}
				res, ok := resolved{}, false
				if numberAfter != nil {
					m := numberAfter
					if date, dated := lexgraph.ParseDate(c.groups.get("date")); dated {
						res, ok = r.numbered(lexgraph.KindLoi, "loi", normNumber(m[1]), date), true
					}
				} else {
					res, ok = r.designation(c, text, j)
				}
				if ok && res.id != "" && res.inst.Date != "" {
					ci.add(res.kind, res.inst.Date, res.id)
					if own[i] == nil {
						own[i] = corpusIndex{}
					}
					own[i].add(res.kind, res.inst.Date, res.id)
					if res.kind == lexgraph.KindLoi && c.form() == FormNumbered {
						titles.add(res, text[c.end:clampRune(text, c.end+240)])
					}
				}
			}
		}
	}
	return ci, own, titles
}

// corpusTitles holds the titles said after numbered laws in the documents
// read together, by the first word of their subject (subjectWords) and by
// their law's date.
type corpusTitles struct {
	byWord, byDay map[string][]titledLaw
}

// titledLaw is a numbered law and the title said after its number.
type titledLaw struct {
	id, label, title string
	inst             lexgraph.Instrument
}

// resolved is the law a mention of kind and noun names by its title.
func (t titledLaw) resolved(kind lexgraph.Kind, noun string) resolved {
	return resolved{kind: kind, id: t.id, label: t.label, noun: noun, confidence: 0.75, inst: t.inst}
}

// titleSentence is what a title said after a law may be: up to the end of
// its sentence, clause or parenthesis.
func titleSentence(after string) string {
	if i := strings.IndexAny(after, ".;:()\n"); i >= 0 {
		return after[:i]
	}
	return after
}

// add records the title that after, the text after a numbered law res,
// opens ("relative au développement …"), up to the sentence's end.
func (ct corpusTitles) add(res resolved, after string) {
	title := normName(strings.TrimLeft(titleSentence(after), ", "))
	// (not an amending finance law's: a year has several, and a document
	// that numbers one does not tell which another means)
	if !reTitleOpens.MatchString(title) || strings.Count(title, " ") < 3 || strings.Contains(title, "finances rectificative") {
		return
	}
	title = subjectWords(title)
	k := firstWords(title, 1)
	for _, t := range ct.byWord[k] {
		if t.id == res.id && t.title == title {
			return
		}
	}
	t := titledLaw{res.id, res.label, title, res.inst}
	ct.byWord[k] = append(ct.byWord[k], t)
	ct.byDay[res.inst.Date] = append(ct.byDay[res.inst.Date], t)
}

// law returns the one law whose title, said after its number in the
// documents read together, title (folded, without "loi") opens; false
// where none or several.
func (ct corpusTitles) law(title string) (titledLaw, bool) {
	title = subjectWords(title)
	if title == "" {
		return titledLaw{}, false
	}
	var found titledLaw
	for _, t := range ct.byWord[firstWords(title, 1)] {
		if !strings.HasPrefix(t.title, title) || len(t.title) > len(title) && isWordByte(t.title[len(title)]) {
			continue
		}
		if found.id != "" && found.id != t.id {
			return titledLaw{}, false
		}
		found = t
	}
	return found, found.id != ""
}

// ofDay returns the one law of day whose title, said after its number in
// the documents read together, after begins with (its subject's first
// three words, or all if fewer); false where none or several, or after
// opens no title.
func (ct corpusTitles) ofDay(day, after string) (titledLaw, bool) {
	after = titleSentence(after)
	if !reTitleOpens.MatchString(after) {
		return titledLaw{}, false
	}
	said := strings.Fields(subjectWords(after))
	var found titledLaw
	for _, t := range ct.byDay[day] {
		words := strings.Fields(t.title)
		n := min(3, len(words))
		if n == 0 || len(said) < n || !slices.Equal(words[:n], said[:n]) {
			continue
		}
		if found.id != "" && found.id != t.id {
			return titledLaw{}, false
		}
		found = t
	}
	return found, found.id != ""
}

// subjectWords returns the words of a folded title that say its subject:
// without its lead, articles, prepositions and plurals, so that "relative
// à la collecte et à l'élimination des cadavres d'animaux et des déchets
// d'abattoirs" and "sur la collecte et l'élimination des cadavres
// d'animaux et des déchets d'abattoir" are one title.
func subjectWords(title string) string {
	var out []string
	for _, w := range strings.Fields(titleElisions.Replace(title[len(reTitleLead.FindString(title)):])) {
		if !titleFillers[w] {
			out = append(out, strings.TrimSuffix(w, "s"))
		}
	}
	return strings.Join(out, " ")
}

// titleElisions drop the elided articles and prepositions of a folded
// title.
var titleElisions = strings.NewReplacer("l'", "", "d'", "", "l’", "", "d’", "")

// titleFillers are the words of a folded title that say nothing of its
// subject.
var titleFillers = map[string]bool{"a": true, "au": true, "aux": true, "la": true, "le": true, "les": true, "de": true, "du": true, "des": true, "et": true, "en": true}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	end := 0
	for k := 0; k < n; k++ {
		i := strings.IndexByte(s[end:], ' ')
		if i < 0 {
			return s
		}
		end += i + 1
	}
	return s[:end-1]
}

// resolveDoc resolves one document's candidates, in order, into mentions.
func (x *Extractor) resolveDoc(d *lexgraph.Document, found docCandidates, corpus, own corpusIndex, titles corpusTitles, insts map[string]lexgraph.Instrument) []lexgraph.Mention {
	r := &resolver{x: x, corpus: corpus, doc: &docContext{doc: d, hits: found.context, own: own}, insts: insts, titlesRead: titles}
	n := 0
	for _, cs := range found.passages {
		for _, c := range cs {
			n += 1 + len(c.articles)
		}
	}
	out := make([]lexgraph.Mention, 0, n)
	r.seen = make([]ref, 0, n)
	added := map[string]bool{} // the instruments this document made known
	for j, cs := range found.passages {
		p := d.Passages[j]
		var sentences sentenceFinder
		for k, c := range cs {
			emit := func(start, end int, res resolved, article string, conf float64) {
				end = closeParen(p.Text, start, end)
				fs, fe, text := p.Span(start, end)
				m := lexgraph.Mention{
					File: d.Source, Start: fs, End: fe, Text: text,
					Kind: res.kind, ID: res.id, Label: res.label, Article: euArticle(res.kind, article), Part: p.Part,
					Confidence: conf, Sentence: sentences.find(p.Text, start, end),
					Passage: j, TextStart: start, TextEnd: end,
				}
				out = append(out, m)
				if res.id != "" {
					if known, ok := insts[res.id]; !ok || fuller(res.inst, known) {
						if !ok {
							added[res.id] = true
						}
						insts[res.id] = res.inst
					}
				}
				r.seen = append(r.seen, res.refAt(article, j, start, end))
			}
			switch c.form() {
			case FormArticle:
				if c.absorbed {
					continue // its article's mention spans it
				}
				x.resolveArticles(r, c, p, j, emit)
			case FormShort:
				s, ok := r.shortForm(c, j)
				if !ok {
					continue
				}
				f := lexgraph.Fold(p.Text[c.start:c.end])
				ordinal := strings.Contains(f, " deuxieme") || strings.Contains(f, " second")
				if ordinal || strings.Contains(f, " nouve") {
					// "Ce nouveau règlement", after the older one it
					// replaces, "cette deuxième directive", after the
					// first: the newest of that noun the document named
					s = r.newestOfNoun(s)
				}
				if nounOf(c) == "instruction" && (s.pos != j || s.end > c.start || strings.Contains(lexgraph.Fold(p.Text[s.end:c.start]), "instruction")) {
					// "l'instruction du dossier … cette instruction": the
					// word names a procedure as often as a circular, and the
					// short form means the last one said
					continue
				}
				if s.pos == j && s.end <= c.start && introducesAnother(p.Text[s.end:c.start], p.Text[c.start:c.end], nounOf(c)) {
					if ordinal || nounOf(c) == "texte" {
						// of a text we cannot name, nor tell the kind of;
						// "cette seconde directive" after "une directive
						// cadre a été projetée": a draft, no text
						continue
					}
					// "la directive 2006/112/CE … une directive formalisant
					// l'accord … cette directive": the one just introduced,
					// which has no name we can give
					s = ref{kind: s.kind, noun: s.noun, label: upperFirst(lexgraph.CollapseSpace(p.Text[c.start:c.end])), pos: s.pos, start: s.start, end: s.end}
				}
				res := s.resolved(0)
				art := ""
				if nounOf(c) == "article" {
					art = s.article
				}
				c.keep(res)
				if c.attached {
					continue // emitted with its articles
				}
				emit(c.start, c.end, res, art, 0.8)
				r.seen[len(r.seen)-1].short = true
			default:
				var res resolved
				ok := true
				if c.pat.Name == "avenant_ordinal" {
					var next *candidate
					if k+1 < len(cs) {
						next = cs[k+1]
					}
					res = r.avenantOf(c, next, p.Text, j)
				} else {
					res, ok = r.designate(c, p.Text, j)
				}
				if !ok {
					continue
				}
				c.keep(res)
				if c.attached {
					continue
				}
				if c.pat == codeAcronym {
					// "le code de la santé publique (CSP)": the acronym it is
					// given, known for its uses further on, is no reference
					// of its own
					r.seen = append(r.seen, res.refAt("", j, c.start, c.end))
					continue
				}
				if k+1 < len(cs) && res.kind != lexgraph.KindJurisprudence && res.kind != lexgraph.KindTraite {
					if art, end, ok := articleBeside(p.Text, c, cs[k+1], res.kind == lexgraph.KindCode); ok {
						// "le code de l'éducation (art. D. 213-30)", "loi
						// no 83-605 du 8 juillet 1983 article 14": one
						// mention, the text's article (its first, of a
						// list: the others stay the list's)
						if len(cs[k+1].articles) > 1 {
							cs[k+1].articles = cs[k+1].articles[1:]
						} else {
							cs[k+1].absorbed = true
						}
						emit(c.start, end, res, art, res.confidence)
						continue
					}
				}
				emit(c.start, c.end, res, "", res.confidence)
				if c.pat.Name == "directive_annee" && res.id == "" {
					// known only if the document names it further on: no
					// text for a short form to point back to meanwhile
					r.seen = r.seen[:len(r.seen)-1]
				}
			}
		}
	}
	out = joinOwnAcronyms(out, d)
	mergeMonths(out, insts)
	out = dropUnnamed(out)
	merged := append(append(mergeUndated(out, x.cat), mergeTitled(out, d)...), mergeJudgments(out, insts)...)
	merged = append(append(merged, mergeShortNamed(out, x.cat)...), mergeTreatyWords(out, x.cat)...)
	undated := mergeUndatedCourts(out)
	for _, old := range append(merged, undated...) {
		if added[old] && !slices.ContainsFunc(out, func(m lexgraph.Mention) bool { return m.ID == old }) {
			delete(insts, old) // none of its mentions is left
		}
	}
	return out
}

// dropUnnamed removes the mentions of a directive named by its year alone
// that mergeMonths left unresolved, and of its articles: "la directive de
// 1985" is the one directive of 1985 the document names elsewhere, and no
// mention without it.
func dropUnnamed(ms []lexgraph.Mention) []lexgraph.Mention {
	out := ms[:0]
	for _, m := range ms {
		if m.ID == "" && m.Kind == lexgraph.KindDirective && reDirectiveOfYear.MatchString(m.Label) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// reDirectiveOfYear is the label of a directive named by its year alone.
var reDirectiveOfYear = regexp.MustCompile(`^Directive(?: communautaire| européenne)? de (?:19|20)\d\d$`)

// closeParen extends a mention that opened a parenthesis without closing
// it to the parenthesis's end, when that follows right after: "la
// directive (n° 2006/126/CE)", "règlement (CEE no 1408/71)". A span holds
// what designates the text, and the parenthesis is part of it.
func closeParen(text string, start, end int) int {
	s := text[start:end]
	if strings.Count(s, "(") <= strings.Count(s, ")") {
		return end
	}
	i := end
	for i < len(text) && i < end+2 && text[i] == ' ' {
		i++
	}
	if i < len(text) && text[i] == ')' {
		return i + 1
	}
	return end
}

// keep records what c designates when articles belong to it.
func (c *candidate) keep(res resolved) {
	if c.targeted {
		// a copy made here, not &res: taking res's address would move
		// every designation's result to the heap
		c.resolved = new(resolved)
		*c.resolved = res
	}
}

// resolveArticles emits one mention per article of a list, tied to the
// instrument beside it, or pointing back.
func (x *Extractor) resolveArticles(r *resolver, c *candidate, p lexgraph.Passage, pos int, emit func(int, int, resolved, string, float64)) {
	if len(c.articles) == 0 {
		return
	}
	var target resolved
	conf := 0.0
	switch {
	case c.target != nil:
		var t resolved
		ok := c.target.resolved != nil
		if ok {
			t = *c.target.resolved
		}
		if !ok && c.target.start > c.start {
			// the instrument follows the articles: resolve it now
			if c.target.form() == FormShort {
				if s, ok2 := r.shortForm(c.target, pos); ok2 {
					t, ok = s.resolved(0), true
				}
			} else {
				t, ok = r.designate(c.target, p.Text, pos)
			}
			if !ok && bareTreatyNoun(c.target) {
				// "l'article 74 de la convention": the convention named
				// before
				if s, ok2 := r.lastOfNoun(nounOf(c.target)); ok2 {
					t, ok = s.resolved(0), true
				}
			}
			if ok {
				c.target.keep(t)
			}
		}
		if !ok {
			return
		}
		if t.kind == lexgraph.KindCode && c.target.start > c.end {
			// "l'article 30-0 B de l'annexe IV au même code": of the
			// code's annex, where the catalogue has it
			if m := reAnnexOf.FindStringSubmatch(p.Text[c.end:c.target.start]); m != nil {
				if e, found := r.x.cat.byAlias[normName("annexe "+m[1]+" au "+t.label)]; found && e.Kind == string(lexgraph.KindCode) {
					t = r.fromEntry(e, "code", t.confidence)
				}
			}
		}
		target, conf = t, t.confidence
		if conf == 0 {
			conf = 0.8
		}
	case isDivision(c) && c.groups.get("poss") == "" && !isAnnex(c):
		// "le titre II" alone names a division of no text we can tell ("son
		// titre II" one of the text named last); an annex alone is one of
		// the text named just before, as an article is ("l'annexe 2 de la
		// convention de Berne …, à l'annexe 3")
		return
	default:
		after := p.Text[c.end:clampRune(p.Text, c.end+40)]
		if t, end, ok := r.codeAcronymAfter(after, pos); ok {
			// "l'article R.511-21 du CSI": the mention spans the acronym
			for k, it := range c.articles {
				if k == len(c.articles)-1 {
					it.end = c.end + end
				}
				emit(it.start, it.end, t, it.article, t.confidence)
			}
			return
		}
		if n := ofThisText(after); n > 0 {
			// "l'article 1er de ce texte": of the text named last (not
			// pointed back to: "le décret …, pris en application de la loi
			// précitée, … L'article 1er de ce texte"), the words joining
			// the mention
			s, ok := r.back(func(s ref) bool { return s.id != "" && s.kind != lexgraph.KindRapport && !s.short })
			if !ok {
				return
			}
			s = r.holderOf(s, pos, c.start, false)
			for k, it := range c.articles {
				if k == len(c.articles)-1 {
					it.end = c.end + n
				}
				emit(it.start, it.end, s.resolved(0), it.article, 0.75)
			}
			return
		}
		s, ok := r.bareArticle(c, pos, c.articles[0].article, after)
		if !ok {
			return
		}
		target, conf = s.resolved(0), 0.75
	}
	for k, it := range c.articles {
		end := it.end
		if k == len(c.articles)-1 && c.target != nil && c.target.start > c.start && !c.targetFar {
			end = c.target.end
		}
		if k == len(c.articles)-1 {
			end += citedAbove(p.Text, end) // "l'article 7 précité"
		}
		emit(it.start, end, target, it.article, conf)
	}
}

// reCitedAbove is "précité" and its like after a text or an article
// named whole: "la loi du 5 août 2021 précitée", "l'article L. 2121-17
// susvisé".
var reCitedAbove = regexp.MustCompile(`^[\s\x{a0}]+(?:pr[ée]cit[ée]e?s?|susvis[ée]e?s?|susmentionn[ée]e?s?|susdite?s?)(?:$|[^\pL\pN])`)

// citedAbove returns the length of the "précité" at byte end of text, or 0.
func citedAbove(text string, end int) int {
	if end >= len(text) || (text[end] != ' ' && text[end] != 0xc2) {
		return 0
	}
	if m := reCitedAbove.FindStringSubmatchIndex(text[end:clampRune(text, end+24)]); m != nil {
		n := m[1]
		if r, size := utf8.DecodeLastRuneInString(text[end : end+n]); !unicode.IsLetter(r) {
			n -= size // the character after the word
		}
		return n
	}
	return 0
}

// sentenceFinder finds the sentences around spans of one text. A text's
// mentions come in order, often several to a sentence, so it searches on
// from its last answer: back only to the last span's start, forward only
// past the last sentence's end.
type sentenceFinder struct {
	start, end int // the last span
	s, e       int // its sentence
	used       bool
}

// find returns the sentence of text around [start, end).
func (f *sentenceFinder) find(text string, start, end int) string {
	s, e := 0, 0
	if f.used && start >= f.start && end >= f.end {
		s = sentenceStart(text, start, f.start)
		if s <= f.start {
			s = f.s
		}
		if e = f.e; end >= f.e {
			e = sentenceEnd(text, end)
		}
	} else {
		s, e = sentenceStart(text, start, 0), sentenceEnd(text, end)
	}
	*f = sentenceFinder{start: start, end: end, s: s, e: e, used: true}
	return strings.TrimSpace(text[s:e])
}

// sentenceStart returns where the sentence holding byte i starts, if after
// byte limit; limit otherwise.
func sentenceStart(text string, i, limit int) int {
	for i > limit {
		if endsSentence[text[i-1]] && (i == len(text) || text[i] == ' ' || text[i] == '\n') {
			break
		}
		i--
	}
	return i
}

// endsSentence tells the bytes that may end a sentence: . ? ! and new line.
var endsSentence = [256]bool{'.': true, '?': true, '!': true, '\n': true}

// sentenceEnd returns where the sentence going on at byte i ends.
func sentenceEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		i++
		if endsSentence[c] && (c == '\n' || i == len(text) || text[i] == ' ' || text[i] == '\n') {
			break
		}
	}
	return i
}

// reArticleParagraph is an article and its paragraph joined by a hyphen:
// "7-4".
var reArticleParagraph = regexp.MustCompile(`^(\d+)-\d+$`)

// euArticle returns the article of an EU act without its paragraph: EU
// acts number their articles 1, 2, 3…, so "l'article 7-4 de la directive"
// is paragraph 4 of article 7 (a French text's "article 35-10" may be an
// article of its own, and stays as written).
func euArticle(kind lexgraph.Kind, article string) string {
	switch kind {
	case lexgraph.KindDirective, lexgraph.KindReglement, lexgraph.KindDecision:
		if m := reArticleParagraph.FindStringSubmatch(article); m != nil {
			return m[1]
		}
	}
	return article
}

// introducesAnother reports whether gap, between a text and the
// demonstrative short form that would point back to it ("cette
// directive"), introduces another text of the same noun ("une directive
// formalisant …"), which the demonstrative then means.
func introducesAnother(gap, short, noun string) bool {
	f := lexgraph.Fold(short)
	if noun == "" || !(strings.HasPrefix(f, "cette ") || strings.HasPrefix(f, "ce ") || strings.HasPrefix(f, "cet ")) {
		return false
	}
	if len(gap) > 600 {
		gap = gap[len(gap)-600:] // the text introduced in between stands near
	}
	if !strings.Contains(gap, "un") && !strings.Contains(gap, "Un") {
		return false
	}
	g := lexgraph.Fold(gap)
	if appliedBefore(g) {
		// "… a adressé une circulaire aux préfets pour la mise en œuvre de
		// ce texte": the text introduced applies the one the short form
		// means
		return false
	}
	nouns := []string{noun}
	if noun == "texte" {
		// "ce texte" after "un arrêté interministériel autorisant …": the
		// text just introduced, whatever its noun
		nouns = append(nouns, "decret", "arrete", "loi", "circulaire", "ordonnance", "directive", "reglement", "convention", "accord", "traite")
	}
	for _, det := range []string{"une ", "un ", "une autre ", "un autre ", "une nouvelle ", "un nouvel ", "un nouveau "} {
		for _, noun := range nouns {
			if introduced(g, det+noun) {
				return true
			}
		}
	}
	return false
}

// appliedBefore reports whether the folded gap g ends with the words that
// name what a text applies: "pour l'application de", "pour la mise en œuvre
// de" (the "œ" of some pages lost: "mise en uvre"), each word followed by
// spaces. It reads g from its end: a regexp anchored there would be tried
// at every start of a gap of hundreds of bytes.
func appliedBefore(g string) bool {
	t := strings.TrimRight(g, asciiSpace)
	if len(t) == len(g) {
		return false
	}
	for _, prep := range []string{"de", "du", "des"} {
		if !strings.HasSuffix(t, prep) {
			continue
		}
		u := t[:len(t)-len(prep)]
		v := strings.TrimRight(u, asciiSpace)
		if len(v) == len(u) {
			continue
		}
		for _, noun := range []string{"application", "execution", "mise en oeuvre", "mise en ouvre", "mise en uvre"} {
			if strings.HasSuffix(v, noun) {
				return true
			}
		}
	}
	return false
}

// asciiSpace is what \s matches in Go's regexp syntax.
const asciiSpace = "\t\n\f\r "

// introduced reports whether the folded gap g holds the words det+noun
// ("un arrêté") as whole words, after a space, a comma or a parenthesis
// only ("d'un arrêté" is not a text introduced by "un").
func introduced(g, words string) bool {
	return containsWordsAfter(g, words, func(b byte) bool { return b == ' ' || b == ',' || b == '(' })
}

// reOfThisText is "de ce texte" after an article: the text named last.
// ("l'article 53 du texte qui soumet …" too: a bare "du texte" before a
// verb, a relative pronoun or a punctuation mark, whose words join the
// mention without what follows them)
var reOfThisText = regexp.MustCompile(`^\s*(?:de\s+ce\s+(?:même\s+|dernier\s+)?texte|dudit\s+texte|du\s+même\s+texte|du\s+texte\s+(?:précité|susvisé))\b|^(\s*du\s+texte)(?:\s*[,.;)]|\s+(?:qui|que|a|prévoit|dispose|précise|stipule|indique|impose|permet|modifie)\b)`)

// ofThisText returns the length of the "de ce texte" that after starts
// with, or 0.
func ofThisText(after string) int {
	if m := reOfThisText.FindStringSubmatchIndex(after); m != nil {
		if m[2] >= 0 {
			return m[3] // "du texte", not the word after it
		}
		return m[1]
	}
	return 0
}

// reOpenParen and reCloseParen are a parenthesis about an article.
var (
	reOpenParen  = regexp.MustCompile(`^\s*\(\s*$`)
	reCloseParen = regexp.MustCompile(`^\s*\)`)
)

// reAnnexOf is the annex between an article and its code: "de l'annexe IV
// au ", "de l'annexe 2 du ", "de l'annexe IV " (before "au même code").
var reAnnexOf = regexp.MustCompile(`^\s*(?:de\s+l['’]\s*)?annexe\s+([IVX]+|\d)(?:\s+(?:au|du|à\s+la|de\s+la))?\s*$`)

// joinOwnAcronyms joins to a code's mention the acronym the document
// defines for it in parentheses right after ("l'article 278 quinquies du
// code général des impôts (CGI)"): a definition, not another reference.
func joinOwnAcronyms(ms []lexgraph.Mention, d *lexgraph.Document) []lexgraph.Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && m.Kind == lexgraph.KindCode && m.ID != "" {
			n := ms[i+1]
			if n.ID == m.ID && n.Passage == m.Passage && n.TextStart >= m.TextEnd && reAcronymText.MatchString(n.Text) && n.Passage < len(d.Passages) {
				text := d.Passages[n.Passage].Text
				if reOpenParen.MatchString(text[m.TextEnd:n.TextStart]) {
					if c := reCloseParen.FindStringIndex(text[n.TextEnd:clampRune(text, n.TextEnd+4)]); c != nil {
						m.TextEnd = n.TextEnd + c[1]
						m.Start, m.End, m.Text = d.Passages[m.Passage].Span(m.TextStart, m.TextEnd)
						i++ // the acronym's own mention goes
					}
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// reModifiedAfter is "modifiée" right after a short form: "cette loi
// modifiée".
var reModifiedAfter = regexp.MustCompile(`^[ \x{a0}]+modifi[ée]e?s?\b`)

// reAcronymText is an acronym's text: "CGI", "CGCT".
var reAcronymText = regexp.MustCompile(`^\p{Lu}{2,8}$`)

// reInTheirs and reToThe are the gaps of "le code …, dans ses articles"
// (or "en ses articles") and "le code … aux articles".
var (
	reInTheirs = regexp.MustCompile(`^,?[ \x{a0}]+(?:dans|en)[ \x{a0}]+$`)
	reToThe    = regexp.MustCompile(`^[ \x{a0}]+aux[ \x{a0}]+$`)
)

// reInIts is the gap of "le code … en son article": "en", perhaps after a
// comma.
var reInIts = regexp.MustCompile(`^,?[ \x{a0}]+en[ \x{a0}]+$`)

// articleBeside reads the article that follows a text alone: in
// parentheses after a code ("le code de l'éducation (art. D. 213-30)"), or
// right after any text as indexes write it ("loi no 83-605 du 8 juillet
// 1983 article 14"): its number and where the mention ends.
func articleBeside(text string, instr, next *candidate, code bool) (string, int, bool) {
	if next.form() != FormArticle || next.absorbed || len(next.articles) == 0 || next.target != nil && next.target != instr || next.start < instr.end {
		return "", 0, false
	}
	gap := text[instr.end:next.start]
	poss := lexgraph.Fold(next.groups.get("poss"))
	if code && (poss == "ses" && reInTheirs.MatchString(gap) || poss == "" && reToThe.MatchString(gap)) && !reOfTextLike.MatchString(text[next.end:clampRune(text, next.end+12)]) {
		// "le code de l'environnement aux articles L. 411-1 et R. 411-1",
		// "le code de la consommation, dans ses articles L. 221-16 et
		// L. 221-17": the code and its first article one mention, the
		// others their own
		return next.articles[0].article, next.articles[0].end, true
	}
	if len(next.articles) != 1 {
		return "", 0, false
	}
	if poss != "" {
		// "le code de l'environnement en son article L. 224-7": one
		// mention, the code's article
		if (poss == "son" || poss == "sa") && reInIts.MatchString(gap) && !reOfTextLike.MatchString(text[next.end:clampRune(text, next.end+12)]) {
			return next.articles[0].article, next.end, true
		}
		return "", 0, false
	}
	if (strings.TrimSpace(gap) == "" && gap != "" || strings.TrimSpace(gap) == "," && strings.HasPrefix(gap, ",")) && !strings.Contains(gap, "\n") {
		// (a comma too: "Loi no 75-535 du 30 juin 1975, article 1er")
		after := text[next.end:clampRune(text, next.end+12)]
		if reOfSomething.MatchString(after) {
			return "", 0, false // "… l'article 14 de la loi …": another text's
		}
		return next.articles[0].article, next.end, true
	}
	if !code || !reOpenParen.MatchString(gap) {
		return "", 0, false
	}
	m := reCloseParen.FindStringIndex(text[next.end:clampRune(text, next.end+4)])
	if m == nil {
		return "", 0, false
	}
	return next.articles[0].article, next.end + m[1], true
}
