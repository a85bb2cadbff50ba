package refs

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"lexgraph"
)

// docContext is what resolution needs of a whole document: the context
// phrases the prefilter found in it, and, for phrases it cannot find, its
// folded text, folded only when first asked for; and the answers already
// given, since a name comes back many times in a document.
type docContext struct {
	doc    *lexgraph.Document
	hits   contextHits
	folded string
	done   bool
	seen   map[*entry]bool
	own    corpusIndex // the numbered texts of the document, by kind and date
}

// hasContext reports whether the document holds one of e's context words.
func (d *docContext) hasContext(e *entry) bool {
	if d == nil {
		return false
	}
	for _, id := range e.contextIDs {
		if d.hits.has(id) {
			return true
		}
	}
	if len(e.unscanned) == 0 {
		return false
	}
	if v, ok := d.seen[e]; ok {
		return v
	}
	if !d.done {
		d.folded, d.done = foldPassages(d.doc.Passages), true
		d.seen = map[*entry]bool{}
	}
	v := false
	for _, w := range e.unscanned {
		if containsWords(d.folded, w) {
			v = true
			break
		}
	}
	d.seen[e] = v
	return v
}

// foldPassages returns the passages' texts folded as names are, as if
// joined by new lines.
func foldPassages(ps []lexgraph.Passage) string {
	if len(ps) == 1 {
		return normName(ps[0].Text)
	}
	var all strings.Builder
	for _, p := range ps {
		all.WriteString(p.Text)
		all.WriteByte('\n')
	}
	return normName(all.String())
}

// ref is a resolved mention, kept in document order so that short forms can
// point back to it.
type ref struct {
	kind       lexgraph.Kind
	id         string
	label      string
	noun       string // folded noun: "loi", "convention", "code"…
	article    string
	pos        int  // the passage's index
	start, end int  // byte offsets in the passage
	short      bool // a short form ("la loi précitée"), not the text named
}

// resolved is what resolving to s gives, with the confidence conf.
func (s ref) resolved(conf float64) resolved {
	return resolved{kind: s.kind, id: s.id, label: s.label, noun: s.noun, confidence: conf}
}

// refAt is what the resolver keeps of res, named at [start, end) of passage
// pos with article: what short forms further on point back to.
func (res resolved) refAt(article string, pos, start, end int) ref {
	return ref{kind: res.kind, id: res.id, label: res.label, noun: res.noun, article: article, pos: pos, start: start, end: end}
}

// corpusIndex maps a kind and a date to the numbered instruments of that
// date seen in the documents read together.
type corpusIndex map[string]map[string]bool

func (ci corpusIndex) add(kind lexgraph.Kind, date, id string) {
	k := string(kind) + "|" + date
	if ci[k] == nil {
		ci[k] = map[string]bool{}
	}
	ci[k][id] = true
}

// resolver resolves one document's candidates in order.
type resolver struct {
	x      *Extractor
	corpus corpusIndex
	doc    *docContext
	seen   []ref
	insts  map[string]lexgraph.Instrument
	// titles are the laws named by a title that their number, after the
	// title, identified ("la loi de finances de 1992 (n° 91-1322 du 30
	// décembre 1991)"): the title names that law again further on
	titles map[string]resolved
	// otherOfDay holds the kinds and dates ("loi|2007-03-05") of texts
	// the document named by their date and another name ("la loi du 5 mars
	// 2007 dite loi Dalotte") that it could not tell: the date alone no
	// longer names the one named before
	otherOfDay map[string]bool
	// titlesRead are the titles the documents read together said after
	// numbered laws
	titlesRead corpusTitles
}

// reLocalText is the adjective of a local authority's text (folded):
// "préfectoral", "municipal".
var reLocalText = regexp.MustCompile(`\b(?:prefectora|municipa)(?:l|le|ux|les)\b`)

// nationalIssuer tells a minister, whose texts are the national texts of
// their date, from a prefect, a mayor or another local authority.
func nationalIssuer(issuer string) bool {
	f := lexgraph.Fold(issuer)
	return strings.Contains(f, "ministre") || strings.Contains(f, "ministere") || strings.Contains(f, "garde des sceaux")
}

// resolved is what the resolver makes of a designation.
type resolved struct {
	kind       lexgraph.Kind
	id         string
	label      string
	noun       string
	confidence float64
	inst       lexgraph.Instrument
}

// designation resolves a candidate that names an instrument itself.
func (r *resolver) designation(c *candidate, text string, pos int) (resolved, bool) {
	g := c.groups
	noun := nounOf(c)
	kind := c.pat.kind
	if kind == "" {
		kind = kindOfNoun(noun)
	}
	span := text[c.start:c.end]
	date := ""
	if g.get("date") != "" {
		date, _ = lexgraph.ParseDate(strings.Replace(g.get("date"), "1 er", "1er", 1))
		relative := strings.HasSuffix(g.get("date"), "dernier")
		if date == "" && relative {
			date = r.lastDay(g.get("date"), pos)
		}
		if kind == "" {
			return resolved{}, false // a noun that names no kind: not a reference
		}
		switch {
		case date == "" && relative && c.form() == FormDated:
			// "l'arrêté du 10 janvier dernier" on a page that does not date
			// itself: a text, of a day we cannot tell
			return r.unresolvedNamed(kind, noun, span), true
		case date == "" && !relative:
			return resolved{}, false // "31 février": no such day, no such text
		}
		// (a number with a day we cannot tell: the number names the text)
	}
	if day := g.get("rday"); day != "" && kind != "" {
		// "la loi du 12 vendémiaire an IV": a date of the Republican
		// calendar, kept as it is (no conversion guessed), unless the
		// text gives the Gregorian one: "an XI (16-03-1803)"
		if gy := g.get("gyear"); gy != "" {
			dd, _ := strconv.Atoi(g.get("gday"))
			mm, _ := strconv.Atoi(g.get("gmonth"))
			date, _ = lexgraph.ParseDate(strconv.Itoa(100 + dd)[1:] + "/" + strconv.Itoa(100 + mm)[1:] + "/" + gy)
		}
		d := strings.TrimSuffix(strings.ReplaceAll(day, " ", ""), "er")
		id := string(kind) + "/an-" + strings.ToLower(g.get("ryear")) + "-" + lexgraph.Fold(g.get("rmonth")) + "-" + d
		label := kindNames[kind] + " du " + day + " " + g.get("rmonth") + " an " + g.get("ryear")
		if date != "" {
			id, label = string(kind)+"/du-"+date, label+" ("+frenchDate(date)+")"
		}
		in := lexgraph.Instrument{ID: id, Kind: kind, Date: date, Label: label}
		return resolved{kind: kind, id: id, label: label, noun: noun, confidence: 0.7, inst: in}, true
	}
	switch c.form() {
	case FormNumbered:
		num := normNumber(g.get("num"))
		if kind == lexgraph.KindLoi && date == "" && yearsSpanned(num) {
			// "la loi de programmation militaire 1997-2002": the years it
			// spans, not a number; the law the catalogue gives those words,
			// else a law not told
			if e := r.x.cat.matchNamed(kind, noun, normName(span), "", r.doc); e != nil {
				return r.fromEntry(e, noun, 0.85), true
			}
			return resolved{kind: kind, noun: noun, label: upperFirst(lexgraph.CollapseSpace(span)), confidence: 0.3}, true
		}
		return r.numbered(kind, noun, num, date), true
	case FormDated:
		if date == "" {
			return resolved{}, false
		}
		if g.get("pub") != "" {
			// "le décret publié le 13 mars 2021": the day of its Journal
			// officiel, not of its signature, which stays unknown
			id := string(kind) + "/publie-" + date
			label := kindNames[kind] + " publié le " + frenchDate(date)
			if kind == lexgraph.KindCirculaire || kind == lexgraph.KindLoi {
				label = kindNames[kind] + " publiée le " + frenchDate(date)
			}
			in := lexgraph.Instrument{ID: id, Kind: kind, Label: label}
			return resolved{kind: kind, id: id, label: label, noun: noun, confidence: 0.5, inst: in}, true
		}
		if foreign := lexgraph.Fold(g.get("foreign")); foreign != "" {
			// "la loi allemande du 8 juillet 1879": not the French law of
			// its date
			id := string(kind) + "/du-" + date + "-" + foreign
			label := kindNames[kind] + " " + foreign + " du " + frenchDate(date)
			in := lexgraph.Instrument{ID: id, Kind: kind, Date: date, Label: label}
			return resolved{kind: kind, id: id, label: label, noun: noun, confidence: 0.6, inst: in}, true
		}
		if local := reLocalText.FindString(lexgraph.Fold(span)); local != "" && g.get("issuer") == "" {
			// "l'arrêté préfectoral du 12 juin 2018": a prefect's or a
			// mayor's, not the national text of its date
			id := string(kind) + "/du-" + date + "-" + strings.TrimSuffix(strings.TrimSuffix(local, "e"), "s")
			label := upperFirst(lexgraph.CollapseSpace(span))
			in := lexgraph.Instrument{ID: id, Kind: kind, Date: date, Label: label}
			return resolved{kind: kind, id: id, label: label, noun: noun, confidence: 0.6, inst: in}, true
		}
		if issuer := g.get("issuer"); issuer != "" && !nationalIssuer(issuer) {
			// a prefect's or a mayor's arrêté: not the national text of
			// its date, which the catalogue and the corpus know (the
			// issuer's acronym out of its id: "… la chasse (ONC)")
			if i := strings.LastIndex(issuer, " ("); i > 0 && strings.HasSuffix(issuer, ")") {
				issuer = issuer[:i]
			}
			who := strings.TrimPrefix(strings.TrimPrefix(lexgraph.Slug(issuer), "du-"), "de-la-")
			id := string(kind) + "/du-" + date + "-" + truncateSlug(who, 60)
			label := kindNames[kind] + " " + lexgraph.CollapseSpace(issuer) + " du " + frenchDate(date)
			in := lexgraph.Instrument{ID: id, Kind: kind, Date: date, Label: label}
			return resolved{kind: kind, id: id, label: label, noun: noun, confidence: 0.6, inst: in}, true
		}
		if m := reNumberAfter.FindStringSubmatchIndex(text[c.end:clampRune(text, c.end+24)]); m != nil && m[4] < 0 && (kind == lexgraph.KindLoi || kind == lexgraph.KindDecret || kind == lexgraph.KindOrdonnance) {
			// "la loi du 10 juillet 1989 n° 89-469": its number after its
			// date, of the same year, joins the mention
			num := normNumber(text[c.end+m[2] : c.end+m[3]])
			if y, _, ok := strings.Cut(num, "-"); ok && (y == date[:4] || len(y) == 2 && y == date[2:4]) {
				c.end += m[1]
				return r.numbered(kind, noun, num, date), true
			}
		}
		if es := r.x.cat.byDate[string(kind)+"|"+date]; len(es) > 1 || len(es) == 1 && es[0].SharesDate {
			// "la loi du 26 janvier 1984 sur l'enseignement supérieur": of
			// the texts of that day, the one whose title follows (after a
			// comma too: "la loi du 1er décembre 1988, relative au revenu
			// minimum d'insertion")
			// (its quotes aside: "portant « statut général des militaires »")
			after := unquoted(normName(strings.TrimLeft(strings.TrimSpace(text[c.end:clampRune(text, c.end+160)]), ", ")))
			// or whose title the words before the date begin ("la loi
			// d'orientation agricole du 5 janvier 2006")
			before := ""
			if at := g.at("date"); at > c.start && at <= len(text) {
				before = normName(strings.TrimSpace(text[c.start:at]))
				before = strings.TrimSuffix(strings.TrimSuffix(before, " en date du"), " du")
				before = strings.TrimSpace(strings.TrimPrefix(before, noun))
			}
			if e := onlyEntry(es, func(e *entry) bool {
				return e.title != "" && (strings.HasPrefix(after, e.title) || sameSubject(e.title, after)) || e.titleBegins(before)
			}); e != nil {
				return r.fromEntry(e, noun, 0.9), true
			}
			// "la loi du 5 mars 2007 dite loi DALO", "… (loi DALO)": the
			// one the nickname after the date names
			if e := nicknamedAfter(es, lexgraph.Fold(text[c.end:clampRune(text, c.end+80)])); e != nil {
				return r.fromEntry(e, noun, 0.9), true
			}
			// the one whose subject the document speaks of, where the
			// catalogue gives its words ("la loi du 5 juillet 1996" on a
			// page about artisans: the loi Raffarin, not the day's law on
			// adoption)
			titled := reTitleOpens.MatchString(after)
			title := after[:min(len(after), 120)]
			if i := strings.IndexAny(title, ".;"); i >= 0 {
				title = title[:i] // the title's own sentence
			}
			if e := onlyEntry(es, func(e *entry) bool {
				return len(e.Context) > 0 && r.doc.hasContext(e) && (!titled || slices.ContainsFunc(e.Context, func(w string) bool { return containsWords(title, w) }))
			}); e != nil {
				return r.fromEntry(e, noun, 0.8), true
			}
			// the one the document named before by its title ("la loi du
			// 26 janvier 1984 portant dispositions statutaires relatives à
			// la fonction publique territoriale … l'article 119 de la loi
			// du 26 janvier 1984"), said again by its date alone
			// (not "… dite loi Dalotte", "… (loi Dalotte)": named otherwise)
			key := string(kind) + "|" + date
			// (an adjective before the date is no title: "la loi initiale
			// du 26 janvier 1984")
			if titled || before != "" && !reOneAdjective.MatchString(before) || reNamedOtherwise.MatchString(after) {
				if r.otherOfDay == nil {
					r.otherOfDay = map[string]bool{}
				}
				r.otherOfDay[key] = true
			} else if !r.otherOfDay[key] {
				if id := r.namedOfDate(kind, date); id != "" {
					if e := onlyEntry(es, func(e *entry) bool { return e.ID == id }); e != nil {
						return r.fromEntry(e, noun, 0.8), true
					}
				}
			}
		}
		res := r.dated(kind, noun, date, span)
		if res.id == "" && kind == lexgraph.KindLoi {
			// several laws of that day: the one another document numbered
			// with the title said after the date ("la loi du 6 février 1992
			// relative à l'administration territoriale de la République")
			if t, ok := r.titlesRead.ofDay(date, normName(strings.TrimLeft(text[c.end:clampRune(text, c.end+160)], ", "))); ok {
				return t.resolved(kind, noun), true
			}
		}
		return res, true
	case FormEU:
		return r.eu(c, kind, noun, date, span)
	case FormCode:
		name := normName(g.get("code"))
		if g.get("old") != "" {
			// "l'ancien code pénal": its older edition, where there is one
			if e, ok := r.x.cat.byCode[name+" (ancien)"]; ok {
				return r.fromEntry(e, "code", 0.95), true
			}
		}
		if es := r.x.cat.codeShared[name]; len(es) > 0 {
			// "le code des pensions": the one of those codes the document
			// named in full before, else a code not told
			if e := r.seenAmong(es); e != nil {
				return r.fromEntry(r.x.cat.edition(e, r.dayOf(pos)), "code", 0.9), true
			}
			return resolved{kind: lexgraph.KindCode, noun: "code", label: upperFirst(lexgraph.CollapseSpace(span))}, true
		}
		if e, ok := r.x.cat.byCode[name]; ok {
			return r.fromEntry(r.x.cat.edition(e, r.dayOf(pos)), "code", 0.98), true
		}
		// the codes not named "code …" ("livre des procédures fiscales",
		// "annexe II du CGI"), by the catalogue's aliases
		name = strings.Replace(strings.Replace(name, " du ", " au ", 1), " cgi", " code general des impots", 1)
		if e, ok := r.x.cat.byAlias[name]; ok && e.Kind == string(lexgraph.KindCode) {
			return r.fromEntry(r.x.cat.edition(e, r.dayOf(pos)), "code", 0.98), true
		}
		return resolved{}, false
	case FormNamed:
		return r.named(c, kind, noun, span, date, text, pos)
	case FormTitled:
		return r.titled(c, kind, span, pos)
	case FormCourt:
		return r.court(c, span, date, text)
	}
	return resolved{}, false
}

// reNicknameOpens is what opens a nickname right after a text's date, in
// folded text: ", dite ", "dite « ", " (".
var reNicknameOpens = regexp.MustCompile(`^,?\s*(?:\(\s*(?:dite\s+)?|dite\s+)(?:«\s*|"\s*)?`)

// nicknamedAfter returns the one entry of es whose alias opens after, as a
// nickname following the date ("dite loi dalo", "(loi dalo)", "dite «
// dalo »"), nil when none or several.
func nicknamedAfter(es []*entry, after string) *entry {
	m := reNicknameOpens.FindStringIndex(after)
	if m == nil {
		return nil
	}
	after = after[m[1]:]
	var found *entry
	for _, e := range es {
		for _, a := range e.Aliases {
			a = normName(a)
			for _, name := range []string{a, strings.TrimPrefix(a, "loi ")} {
				if rest, ok := strings.CutPrefix(after, name); ok && name != "" && (rest == "" || !isWordByte(rest[0])) {
					if found != nil && found != e {
						return nil
					}
					found = e
				}
			}
		}
	}
	return found
}

// reTitleLead is what a law's title opens with before its subject, in
// normName's folded form: "relative aux", "sur les", "portant".
var reTitleLead = regexp.MustCompile(`^(?:relati(?:ve|f)s?\s+(?:a|au|aux)\s+|sur\s+|concernant\s+|portant\s+|tendant\s+a\s+)?(?:(?:la|le|les)\s+|l')?`)

// sameSubject reports whether the words after a law's date say the
// subject its title says, however introduced: "la loi du 4 mars 2002 sur
// les droits des malades …" is the one "relative aux droits des malades
// …". The first four words of the subject must agree.
func sameSubject(title, after string) bool {
	t := strings.Fields(title[len(reTitleLead.FindString(title)):])
	a := strings.Fields(after[len(reTitleLead.FindString(after)):])
	n := min(4, len(t))
	if n < 2 || len(a) < n {
		return false
	}
	return slices.Equal(t[:n], a[:n])
}

// titled resolves a text named by its title: "la loi relative à la
// solidarité et au renouvellement urbains". A title the catalogue gives to
// one law resolves to it; one it gives to several stays unresolved; one it
// does not know keeps an id made of the title.
func (r *resolver) titled(c *candidate, kind lexgraph.Kind, span string, pos int) (resolved, bool) {
	title := titleKey(c)
	if title == "" {
		return resolved{}, false
	}
	if res, ok := r.titles[title]; ok {
		return res, true
	}
	noun := string(kind)
	if m := reNicknameTitle.FindStringSubmatch(span); m != nil && kind == lexgraph.KindLoi {
		// "la loi Pons sur l'économie des régions concernées": the law the
		// nickname names, its subject said after it
		if e, ok := r.x.cat.aliasOn(normName("loi "+m[1]), kind, ""); ok && e != nil {
			return r.fromEntry(e, noun, 0.9), true
		}
	}
	if kind == lexgraph.KindLoi {
		var found, within, longer []*entry
		words := strings.Count(title, " ") + 1
		organic := strings.Contains(normName(span), "loi organique")
		abridged := false
		for _, e := range r.x.cat.titles {
			if e.organic != organic {
				continue // "loi organique pour la confiance…" is not the ordinary law of that title
			}
			switch {
			case strings.HasPrefix(title, e.title):
				// the mention says the whole title, and perhaps more: a
				// year after it is the law's ("la loi sur l'eau de 1992")
				if y := reYearWord.FindString(title[len(e.title):]); y != "" && !strings.HasPrefix(e.Date, y+"-") {
					continue
				}
				within = append(within, e)
			case strings.HasPrefix(e.title, title):
				if words >= 3 {
					found = append(found, e)
				} else {
					abridged = true // "la loi sur l'eau" may be the one "sur l'eau et les milieux aquatiques"
					longer = append(longer, e)
				}
			}
		}
		// of the titles the mention holds whole, the longest: "sur l'eau et
		// les milieux aquatiques" rather than "sur l'eau"
		longest := 0
		for _, e := range within {
			longest = max(longest, len(e.title))
		}
		for _, e := range within {
			if len(e.title) == longest {
				found = append(found, e)
			}
		}
		if len(found) == 1 && !abridged {
			return r.fromEntry(found[0], noun, 0.85), true
		}
		if len(found) > 0 {
			// a title several laws have: the one of them the document
			// named otherwise decides ("la loi n° 92-3 du 3 janvier 1992
			// …, l'article 10 de la loi sur l'eau"), else none
			if res, ok := r.titleOfNumbered(span); ok {
				return res, true
			}
			if abridged {
				// (the laws whose titles the mention abridges are
				// candidates too: "la loi sur l'eau" where the document
				// named the one "sur l'eau et les milieux aquatiques")
				found = append(found, longer...)
			}
			if e := r.seenAmong(found); e != nil {
				return r.fromEntry(e, noun, 0.8), true
			}
			if e := onlyBefore(found, r.dayOf(pos)); e != nil {
				// "la loi sur l'eau" on a page of 1999: the law of 1992,
				// the one "sur l'eau et les milieux aquatiques" being still
				// to come
				return r.fromEntry(e, noun, 0.75), true
			}
			return resolved{kind: kind, noun: noun, label: upperFirst(lexgraph.CollapseSpace(span))}, true
		}
		if e := r.x.cat.matchNamed(kind, noun, normName("loi "+title), "", r.doc); e != nil {
			return r.fromEntry(e, noun, 0.85), true
		}
	}
	if kind == lexgraph.KindLoi {
		if res, ok := r.titleOfNumbered(span); ok {
			return res, true
		}
		// the one law another document read with this one numbered with
		// that title
		if title, ok := strings.CutPrefix(normName(span), "loi "); ok {
			if t, ok := r.titlesRead.law(title); ok {
				return t.resolved(kind, noun), true
			}
		}
	}
	if res, ok := r.titledFromIndex(kind, span); ok {
		return res, true
	}
	prefix := string(kind) + "/titre/"
	if kind == lexgraph.KindProjetLoi {
		prefix = "projet_loi/"
	}
	id := prefix + truncateSlug(lexgraph.Slug(title), 80)
	in := lexgraph.Instrument{ID: id, Kind: kind, Label: upperFirst(lexgraph.CollapseSpace(span))}
	return resolved{kind: kind, id: id, label: in.Label, noun: noun, confidence: 0.5, inst: in}, true
}

// titleKey is the folded title of a law named by it, the key of
// resolver.titles.
func titleKey(c *candidate) string {
	title := normName(c.groups.get("title") + c.groups.get("year"))
	if c.pat.Name == "loi_finances" {
		title = strings.Replace(title, "des finances", "de finances", 1)
		title = strings.Replace(title, "rectificative de finances", "de finances rectificative", 1)
		title = strings.Replace(title, " de 1", " pour 1", 1) // "la loi de finances de 1992"
		title = strings.Replace(title, " de 2", " pour 2", 1)
		if i := strings.LastIndexByte(title, ' '); i > 0 && !strings.HasSuffix(title[:i], " pour") && !strings.HasSuffix(title[:i], " l'annee") {
			title = title[:i] + " pour" + title[i:] // "la loi de finances 1994"
		}
		title = strings.Replace(title, "rectificatives", "rectificative", 1)
	}
	return title
}

// seenAmong returns the one entry of es the document named before, nil
// when none or several.
func (r *resolver) seenAmong(es []*entry) *entry {
	var found *entry
	for _, e := range es {
		for _, s := range r.seen {
			if s.id == e.ID {
				if found != nil && found != e {
					return nil
				}
				found = e
				break
			}
		}
	}
	return found
}

// titleOfNumbered finds, among the numbered laws the document named before,
// the one whose number was followed by this title ("la loi n° 2005-32 du 18
// janvier 2005 de programmation pour la cohésion sociale", then "la loi de
// programmation pour la cohésion sociale"); two such laws, or none, and the
// title stays unresolved.
func (r *resolver) titleOfNumbered(span string) (resolved, bool) {
	title := normName(span)
	if !strings.HasPrefix(title, "loi ") || r.doc == nil {
		return resolved{}, false
	}
	title = title[len("loi "):]
	var found *ref
	for i := range r.seen {
		s := &r.seen[i]
		if s.kind != lexgraph.KindLoi || s.article != "" || s.id == "" || !strings.Contains(s.id, "/") || strings.Contains(s.id, "/titre/") || strings.Contains(s.id, "/du-") {
			continue
		}
		after := r.doc.doc.Passages[s.pos].Text[s.end:]
		after = after[:clampRune(after, 2*len(title)+16)]
		if f := normName(after); strings.HasPrefix(f, title) && (len(f) == len(title) || !isWordByte(f[len(title)])) {
			if found != nil && found.id != s.id {
				return resolved{}, false
			}
			found = s
		}
	}
	if found == nil {
		return resolved{}, false
	}
	return resolved{kind: found.kind, id: found.id, label: found.label, noun: found.noun, confidence: 0.8}, true
}

// court resolves a court decision to its court and number, or its date.
func (r *resolver) court(c *candidate, span, date, text string) (resolved, bool) {
	g := c.groups
	court := courtKey(g.get("court"))
	num := strings.TrimSpace(g.get("num"))
	var key string
	switch {
	case g.get("cc") != "":
		court, key = "cc", num+"-"+g.get("cc")
	case num != "":
		key = num
	case date != "":
		key = "du-" + date
		if name := lexgraph.Slug(g.get("name")); name != "" {
			key += "-" + name
		}
	case court != "" && c.pat.Name == "arret_court" && reJudgmentNoun.MatchString(span) && reDefiniteBefore.MatchString(text[max(0, c.start-8):c.start]) &&
		!reWhicheverBefore.MatchString(text[max(0, c.start-32):c.start]):
		// "l'arrêt du Conseil d'État", no date nor number: the one
		// judgment of that court the document names (mergeUndatedCourts),
		// else one left unresolved
		return resolved{kind: lexgraph.KindJurisprudence, id: "jurisprudence/" + court + "/" + undatedJudgment, label: upperFirst(lexgraph.CollapseSpace(span)), noun: "decision", confidence: 0.6}, true
	case court != "" || g.get("name") == "":
		return resolved{}, false
	}
	if court == "" && num == "" && date == "" && strings.HasPrefix(g.get("name"), "de ") {
		// "l'arrêt de Cassation": a particle's name needs its date or
		// number to be a party's ("l'arrêt de Ruyter du 26 février 2015")
		return resolved{}, false
	}
	if court == "" {
		// a judgment named after a party: its case number tells the court;
		// else its name (and date) make its id
		switch name := lexgraph.Slug(g.get("name")); {
		case strings.HasPrefix(num, "C-"):
			court, key = "cjue", num
		case strings.HasPrefix(num, "T-"):
			court, key = "tue", num
		case name != "" && date != "":
			court, key = "arret", name+"-du-"+date
		case name != "":
			court, key = "arret", name
		default:
			return resolved{}, false
		}
	}
	id := "jurisprudence/" + court + "/" + key
	label := upperFirst(lexgraph.CollapseSpace(span))
	if c.pat.Name == "court_verb_date" {
		// "le Conseil d'Etat a jugé le 3 mai 2001": the court and the
		// date, not the verb between
		label = upperFirst(lexgraph.CollapseSpace(g.get("court"))) + ", " + frenchDate(date)
	}
	if g.get("listed") != "" && g.get("cc") != "" {
		// an item of "décisions n° 2011-191, n° 2011-194 … QPC du …"
		label = "Décision n° " + num + " " + g.get("cc")
		if date != "" {
			label += " du " + frenchDate(date)
		}
	}
	in := lexgraph.Instrument{ID: id, Kind: lexgraph.KindJurisprudence, Date: date, Number: num, Label: label}
	return resolved{kind: lexgraph.KindJurisprudence, id: id, label: in.Label, noun: "decision", confidence: 0.9, inst: in}, true
}

// undatedJudgment ends the provisional id of a judgment named by its
// court alone, which mergeUndatedCourts settles.
const undatedJudgment = "?"

// reJudgmentNoun is the noun of a judgment (not "l'avis du Conseil
// d'État" a text is submitted to).
var reJudgmentNoun = regexp.MustCompile(`^(?i:arr[êe]t|d[ée]cision|jugement)\b`)

// reDefiniteBefore is a definite article right before a mention: "l'",
// "la ", "le ", "cet ", "cette ".
var reDefiniteBefore = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:l['’]\s*|la\s+|le\s+|cet\s+|cette\s+)$`)

// reWhicheverBefore is what comes before a judgment still to come:
// "quelle que soit la décision du Conseil d'Etat".
var reWhicheverBefore = regexp.MustCompile(`(?i)quel(?:le)?s?\s+que\s+soi(?:en)?t\s+(?:la|le|l['’])\s*$`)

// trimDe drops the "de " or "d'" before a court's place ("TA d'Amiens").
func trimDe(place string) string {
	for _, p := range []string{"de ", "d'", "d’"} {
		if strings.HasPrefix(place, p) {
			return strings.TrimSpace(place[len(p):])
		}
	}
	return place
}

// courtKey names a court in ids: "Conseil d'État" and "CE" give "ce";
// the Cour de cassation's chambers abridged ("Req.", "civ.") give "cass".
func courtKey(s string) string {
	f := normName(strings.ReplaceAll(s, ".", ""))
	switch {
	case f == "ce" || strings.HasPrefix(f, "conseil d'etat"):
		return "ce"
	case f == "cass" || f == "cassation" || strings.HasPrefix(f, "cour de cassation"), f == "req" || f == "civ" || f == "crim" || f == "soc" || f == "com":
		return "cass"
	case strings.HasPrefix(f, "conseil constitutionnel"), f == "cons const":
		return "cc"
	case f == "cjue" || f == "cjce" || strings.HasPrefix(f, "cour de justice"):
		return "cjue"
	case f == "cedh" || strings.HasPrefix(f, "cour europeenne des droits"):
		return "cedh"
	case f == "tue" || f == "tpice":
		return "tue"
	case strings.HasPrefix(f, "ta "):
		return "ta-" + lexgraph.Slug(trimDe(strings.TrimPrefix(f, "ta ")))
	case strings.HasPrefix(f, "caa "):
		return "caa-" + lexgraph.Slug(trimDe(strings.TrimPrefix(f, "caa ")))
	case strings.HasPrefix(f, "tribunal administratif de "):
		return "ta-" + lexgraph.Slug(strings.TrimPrefix(f, "tribunal administratif de "))
	case strings.HasPrefix(f, "cour administrative d'appel de "):
		return "caa-" + lexgraph.Slug(strings.TrimPrefix(f, "cour administrative d'appel de "))
	case strings.HasPrefix(f, "cour d'appel de "):
		return "ca-" + lexgraph.Slug(strings.TrimPrefix(f, "cour d'appel de "))
	case strings.HasPrefix(f, "chambre ") && strings.HasSuffix(f, "cour de cassation"):
		return "cass"
	case f == "tribunal des conflits":
		return "tc"
	}
	// the judicial courts of first instance, by their place: "tribunal de
	// grande instance de Paris" gives "tgi-paris"
	for _, c := range lowerCourts {
		if place, ok := strings.CutPrefix(f, c.name); ok {
			return c.key + "-" + lexgraph.Slug(trimDe(place))
		}
	}
	return ""
}

// lowerCourts are the judicial courts COURTNAME names by their place, and
// their keys in ids.
var lowerCourts = []struct{ name, key string }{
	{"tribunal de grande instance ", "tgi"},
	{"tribunal d'instance ", "ti"},
	{"tribunal judiciaire ", "tj"},
	{"tribunal correctionnel ", "tcorr"},
	{"tribunal de commerce ", "tcom"},
	{"tribunal de police ", "tpol"},
	{"conseil de prud'hommes ", "cph"},
}

func (r *resolver) fromEntry(e *entry, noun string, conf float64) resolved {
	in := e.instrument()
	return r.withText(resolved{kind: in.Kind, id: in.ID, label: in.Label, noun: noun, confidence: conf, inst: in}, false)
}

// dated resolves "loi du 13 novembre 2014": to the one instrument of that
// kind and date the catalogue or the corpus knows; to a date key when none
// is known; unresolved when several share the date.
func (r *resolver) dated(kind lexgraph.Kind, noun, date, span string) resolved {
	key := string(kind) + "|" + date
	cands := map[string]bool{}
	var only *entry
	for _, e := range r.x.cat.byDate[key] {
		cands[e.ID] = true
		only = e
		if e.SharesDate {
			cands[key+"|others"] = true // the texts of that date it does not hold
		}
	}
	for id := range r.corpus[key] {
		cands[id] = true
	}
	indexed := r.datedFromIndex(kind, date, span, cands)
	if len(cands) > 1 && r.doc != nil && len(r.doc.own[key]) == 1 {
		// several texts of that date, but the document names one of them
		// by its number ("la loi du 5 mars 2007 …", then "la loi n°
		// 2007-308 du 5 mars 2007"): the one it speaks of
		for id := range r.doc.own[key] {
			cands = map[string]bool{id: true}
		}
	}
	switch len(cands) {
	case 0:
		id := string(kind) + "/du-" + date
		in := lexgraph.Instrument{ID: id, Kind: kind, Date: date, Label: datedLabel(kind, date)}
		return resolved{kind: kind, id: id, label: in.Label, noun: noun, confidence: 0.6, inst: in}
	case 1:
		for id := range cands {
			if only != nil && only.ID == id {
				return r.fromEntry(only, noun, 0.9)
			}
			if e := r.x.cat.byID[id]; e != nil && e.Date == date {
				return r.fromEntry(e, noun, 0.9)
			}
			if t, ok := indexed[id]; ok {
				return r.fromText(kind, noun, t, 0.9)
			}
			if in, ok := celexInstrument(kind, id, date); ok {
				// an EU act the documents numbered: "le règlement du
				// Conseil du 29 septembre 2003", n° 1782/2003
				return resolved{kind: kind, id: id, label: in.Label, noun: noun, confidence: 0.85, inst: in}
			}
			num := strings.TrimPrefix(id, string(kind)+"/")
			in := lexgraph.Instrument{ID: id, Kind: kind, Number: num, Date: date, Label: numberedLabel(kind, num, date), ELI: frenchELI(kind, num, date)}
			return r.withText(resolved{kind: kind, id: id, label: in.Label, noun: noun, confidence: 0.85, inst: in}, true)
		}
	}
	// Several instruments share the date: unresolved rather than wrong.
	return resolved{kind: kind, noun: noun, label: datedLabel(kind, date)}
}

// onlyOfYear returns the one text of kind and year the document named
// before, not by a short form; "" where none or several.
func (r *resolver) onlyOfYear(kind lexgraph.Kind, year string) string {
	return r.onlyNamed(kind, func(id string) bool { return ofYear(id, year) })
}

// namedOfDate returns the one text of kind and date the document has
// named so far, not by a short form; "" where it named none or several.
func (r *resolver) namedOfDate(kind lexgraph.Kind, date string) string {
	return r.onlyNamed(kind, func(id string) bool { return r.dateOf(id) == date })
}

// onlyNamed returns the one text of kind the document named so far, not by
// a short form, whose id is; "" where none or several.
func (r *resolver) onlyNamed(kind lexgraph.Kind, is func(id string) bool) string {
	one := ""
	for _, s := range r.seen {
		if s.kind != kind || s.id == "" || s.short || s.id == one || !is(s.id) {
			continue
		}
		if one != "" {
			return ""
		}
		one = s.id
	}
	return one
}

// celexInstrument describes the EU act of a CELEX id ("celex/32003R1782")
// as eu does: "Règlement 1782/2003", "Directive 2006/126"; false for an id
// of another form.
func celexInstrument(kind lexgraph.Kind, id, date string) (lexgraph.Instrument, bool) {
	celex, ok := strings.CutPrefix(id, "celex/")
	if !ok || len(celex) != 10 || celex[0] != '3' {
		return lexgraph.Instrument{}, false
	}
	year, num := atoi(celex[1:5]), atoi(celex[6:])
	if year == 0 || num == 0 {
		return lexgraph.Instrument{}, false
	}
	number := itoa(year) + "/" + itoa(num)
	if kind == lexgraph.KindReglement && year < 2015 {
		number = itoa(num) + "/" + itoa(year)
	}
	return lexgraph.Instrument{ID: id, Kind: kind, Number: number, Date: date, CELEX: celex, ELI: euELI(celex), Label: euLabel(kind, number)}, true
}

// euLabel labels an EU act by its noun and number: "Directive 2006/126",
// "Règlement 1782/2003", "Décision 2005/1".
func euLabel(kind lexgraph.Kind, number string) string {
	switch kind {
	case lexgraph.KindReglement:
		return "Règlement " + number
	case lexgraph.KindDecision:
		return "Décision " + number
	}
	return upperFirst(string(kind)) + " " + number
}

// eu resolves an EU act's number to its CELEX.
func (r *resolver) eu(c *candidate, kind lexgraph.Kind, noun, date, span string) (resolved, bool) {
	g := c.groups
	a, b := g.get("a"), g.get("b")
	if c.pat.Name == "reglement_ancien" {
		// "n° 3820-85": the Communities named, or a date of the number's
		// year; "n° 543 du 25 mars 1969": the date gives the year
		communities := reCommunities.MatchString(span) || g.get("listed") != "" // listed under a noun that named them
		switch {
		case b == "" && (date == "" || !communities):
			return resolved{}, false
		case b == "":
			b = date[2:4]
		case !communities && (date == "" || date[2:4] != b) && !r.cited("celex/3"+pad4(fullYear(b))+"R"+pad4(atoi(a))):
			// "le règlement n° 3820-85", where the document named it so
			// with the Communities before, is that one
			return resolved{}, false
		}
	}
	if kind == lexgraph.KindDirective && len(b) == 4 && (len(a) == 3 || len(a) == 4 && (atoi(a) < 1958 || atoi(a) > 2100)) && atoi(b) >= 1958 && atoi(b) < 2015 {
		// "la directive européenne n° 561/2006": no directive is numbered
		// so (theirs are year first, 2006/126); a regulation of that year
		// is, and the page means it
		kind, noun = lexgraph.KindReglement, "directive"
	}
	var year, num int
	switch kind {
	case lexgraph.KindReglement:
		// Before 2015 regulations were numbered "n° 1049/2001" (number
		// first); since, "(UE) 2016/679" (year first). A number of 2015 or
		// more in the old style ("(CEE) n° 2408/92") is not a year.
		if newEUNumbering(a, span) {
			year, num = atoi(a), atoi(b)
		} else {
			year, num = fullYear(b), atoi(a)
		}
	default:
		year, num = fullYear(a), atoi(b)
	}
	if year < 1950 || year > 2100 || num <= 0 || num > 9999 {
		return resolved{}, false
	}
	letter := ""
	switch {
	case g.get("framework") != "":
		letter = "F"
	case kind == lexgraph.KindDirective:
		letter = "L"
	case kind == lexgraph.KindReglement:
		letter = "R"
	case kind == lexgraph.KindDecision:
		letter = "D"
	}
	celex := "3" + pad4(year) + letter + pad4(num)
	id := "celex/" + celex
	if e, ok := r.x.cat.byID[id]; ok {
		return r.fromEntry(e, noun, 0.99), true
	}
	number := itoa(year) + "/" + itoa(num)
	if kind == lexgraph.KindReglement && !newEUNumbering(a, span) {
		number = itoa(num) + "/" + itoa(year)
	}
	if s := g.get("suffix"); s != "" {
		number += "/" + strings.ToUpper(strings.ReplaceAll(s, ".", "")) // "C.E.E."
	}
	in := lexgraph.Instrument{ID: id, Kind: kind, Number: number, Date: date, CELEX: celex, ELI: euELI(celex), Label: euLabel(kind, number)}
	return resolved{kind: kind, id: id, label: in.Label, noun: noun, confidence: 0.97, inst: in}, true
}

// cited reports whether the document named instrument id before.
func (r *resolver) cited(id string) bool {
	_, ok := r.back(func(s ref) bool { return s.id == id })
	return ok
}

// reCommunities is the Communities named in a regulation's mention.
var reCommunities = regexp.MustCompile(`(?i)\b(?:CEE|CE|C\.E\.E\.|C\.E\.|communautaires?|europ[ée]ens?)(?:\b|$|\s)`)

// newEUNumbering tells a regulation numbered year first (since 2015: "(UE)
// 2016/679") from one numbered number first ("(CE) n° 1049/2001", "(CEE)
// n° 2408/92"), by its first number and the Communities' name before it.
func newEUNumbering(a, span string) bool {
	if len(a) != 4 || atoi(a) < 2015 || atoi(a) > 2100 {
		return false
	}
	return !reOldEUName.MatchString(span)
}

// reOldEUName is the Communities' name in a regulation's number.
var reOldEUName = regexp.MustCompile(`\((?:CEE|CE|Euratom)\)|\b(?:CEE|CE)\s+n`)

func fullYear(s string) int {
	y := atoi(s)
	if len(s) == 2 {
		if y >= 50 {
			return 1900 + y
		}
		return 2000 + y
	}
	return y
}

// frenchELI returns the Légifrance ELI of a law, ordinance or decree from
// its number and date of signature (/eli/loi/2008/6/20/2008-582/jo/texte),
// or "" when either is unknown or they disagree on the year: the number
// begins with the year ("2008-582", "91-32"), so a date of another year is a
// misprint, and nothing is made of it.
func frenchELI(kind lexgraph.Kind, number, date string) string {
	switch kind {
	case lexgraph.KindLoi, lexgraph.KindOrdonnance, lexgraph.KindDecret:
	default:
		return ""
	}
	if number == "" || len(date) != 10 {
		return ""
	}
	prefix, _, ok := strings.Cut(number, "-")
	if !ok || (prefix != date[:4] && !(len(prefix) == 2 && prefix == date[2:4])) {
		return ""
	}
	return "https://www.legifrance.gouv.fr/eli/" + string(kind) + "/" + date[:4] + "/" + itoa(atoi(date[5:7])) + "/" + itoa(atoi(date[8:10])) + "/" + number + "/jo/texte"
}

// pad4 writes n (0 to 9999) in four digits.
func pad4(n int) string {
	return string([]byte{byte('0' + n/1000%10), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}

// euELI returns the European Legislation Identifier of an act from its
// CELEX (sector 3 acts: directives, regulations, decisions).
func euELI(celex string) string {
	if len(celex) != 10 || celex[0] != '3' {
		return ""
	}
	var typ string
	switch celex[5] {
	case 'L':
		typ = "dir"
	case 'R':
		typ = "reg"
	case 'D':
		typ = "dec"
	case 'F':
		typ = "dec_framw"
	default:
		return ""
	}
	return "http://data.europa.eu/eli/" + typ + "/" + celex[1:5] + "/" + itoa(atoi(strings.TrimLeft(celex[6:], "0"))) + "/oj"
}

// named resolves an instrument named by its title, nickname or place.
func (r *resolver) named(c *candidate, kind lexgraph.Kind, noun, span, date, text string, pos int) (resolved, bool) {
	// Match on the singular noun and the words after it: "conventions de
	// Washington" reads as "convention de washington", and the second name
	// of a pair ("de Bern") as "convention de bern".
	rest := span
	if raw := c.groups.get("noun"); raw != "" && strings.HasPrefix(span, raw) {
		rest = span[len(raw):]
	}
	var folded string
	if c.groups.get("noun") != "" {
		folded = normName(noun + " " + rest)
	} else {
		folded = normName(span)
	}
	if c.pat == codeAcronym {
		// a code's acronym, right after it: its code
		if res := r.alsoCalled(c, resolved{kind: lexgraph.KindCode}, text, pos); res.id != "" {
			return res, true
		}
		return resolved{}, false
	}
	if c.pat == textAcronym {
		// a decree's acronym, right after it: its decree
		if res := r.alsoCalled(c, resolved{kind: kind}, text, pos); res.id != "" {
			return res, true
		}
		return resolved{}, false
	}
	if kind == "" {
		// an acronym: the catalogue says what it is ("RGPD", "CGCT")
		if e, ok := r.x.cat.byAlias[normName(c.groups.get("name"))]; ok {
			return r.fromEntry(e, nounOfKind(lexgraph.Kind(e.Kind)), 0.9), true
		}
		return resolved{}, false
	}
	if c.pat.Name == "loi_mois" || c.pat.Name == "directive_mois" || c.pat.Name == "texte_mois" {
		// the law of that month the document names, anywhere: mergeMonths
		return r.unresolvedNamed(kind, noun, span), true
	}
	if c.pat.Name == "directive_annee" || c.pat.Name == "loi_annee" || c.pat.Name == "texte_annee" {
		// "la directive de 2008", "la loi de 2016", "l'ordonnance de 1982":
		// the text of that kind and year the document named before; a
		// directive so named is else the one the document names after,
		// an ordonnance or a decree a text we cannot name (a law may be
		// the catalogue's: "la loi de 1905")
		y := c.groups.get("name") + c.groups.get("year")
		if c.groups.get("listed") != "" || pluralNoun(span) {
			// "les lois de 1983 et 1984": each the one text of that kind
			// and year the document named before, else a text not told
			if id := r.onlyOfYear(kind, y); id != "" {
				s, _ := r.back(func(s ref) bool { return s.id == id })
				return s.resolved(0.8), true
			}
			label := upperFirst(lexgraph.CollapseSpace(span))
			if c.groups.get("listed") != "" {
				label = kindNames[kind] + " de " + y // the list's "1984"
			}
			return resolved{kind: kind, noun: noun, label: label, confidence: 0.3}, true
		}
		if s, ok := r.back(func(s ref) bool { return s.kind == kind && s.id != "" && ofYear(s.id, y) }); ok {
			return s.resolved(0.85), true
		}
		if e := r.titledOfYear(c, kind, y, text); e != nil {
			// "la loi de 1981 relative au prix unique du livre": the
			// catalogue's law of that year and title
			return r.fromEntry(e, noun, 0.85), true
		}
		switch c.pat.Name {
		case "directive_annee":
			// perhaps one the document names further on (mergeMonths);
			// none else
			return r.unresolvedNamed(kind, noun, span), true
		case "texte_annee":
			return resolved{kind: kind, noun: noun, label: upperFirst(lexgraph.CollapseSpace(span)), confidence: 0.3}, true
		}
	}
	if kind == lexgraph.KindTraite {
		// ILO conventions are known by their number: "convention n° 87 de l'OIT"
		if m := matchILO(folded); m != nil {
			id := "traite/oit-" + m[1]
			in := lexgraph.Instrument{ID: id, Kind: kind, Label: "Convention n° " + m[1] + " de l'Organisation internationale du travail", Number: m[1]}
			return resolved{kind: kind, id: id, label: in.Label, noun: noun, confidence: 0.9, inst: in}, true
		}
	}
	if name := c.groups.get("name"); name != "" && kind != lexgraph.KindTraite {
		// the whole span first: "sixième directive TVA" is not "directive
		// TVA"
		if e, ok := r.x.cat.byAlias[folded]; ok && e.Kind == string(kind) {
			return r.fromEntry(e, noun, 0.95), true
		}
		// nicknames: "loi Evin", "directive « Habitats »", "MLAT"; one
		// that passed from a text to the next is the one of the mention's
		// day, else of its passage's
		if reDottedAcronym.MatchString(name) {
			name = strings.ReplaceAll(name, ".", "") // "la loi M.O.P."
		}
		keys := []string{noun + " " + normName(name), string(kind) + " " + normName(name), normName(name)}
		if m := reOfYearAfter.FindStringSubmatchIndex(text[c.end:clampRune(text, c.end+10)]); date == "" && m != nil {
			// "la directive « Oiseaux » de 1979": of the texts the
			// nickname passed between, the one of that year
			year := text[c.end+m[2] : c.end+m[3]]
			for _, key := range keys {
				if e := r.x.cat.aliasDated(key, kind, year+"-12-31"); e != nil && strings.HasPrefix(e.Date, year) {
					c.end += m[1]
					return r.fromEntry(e, noun, 0.95), true
				}
			}
		}
		day := date
		if day == "" {
			day = r.dayOf(pos)
		}
		for _, key := range keys {
			if e, ok := r.x.cat.aliasOn(key, kind, day); ok {
				if e == nil {
					// a nickname several texts had in turn, its day unknown:
					// the one of them the document named otherwise
					if e = r.seenAmong(r.x.cat.byAliasPeriod[key]); e == nil {
						return r.unresolvedNamed(kind, noun, span), true
					}
				}
				return r.fromEntry(e, noun, 0.95), true
			}
		}
		if kind == lexgraph.KindDecret || kind == lexgraph.KindOrdonnance {
			// "le décret GBCP", after "… publique (GBCP)"
			if s, ok := r.acronymSeen(name, kind); ok {
				return s.resolved(0.8), true
			}
			return resolved{}, false
		}
	}
	if kind == lexgraph.KindConstitution && c.groups.get("year") != "" && c.groups.get("year") != "1958" {
		// "la Constitution du 27 octobre 1946" is not the one of 1958
		id := "constitution/" + c.groups.get("year")
		in := lexgraph.Instrument{ID: id, Kind: kind, Label: upperFirst(lexgraph.CollapseSpace(span))}
		return resolved{kind: kind, id: id, label: in.Label, noun: "constitution", confidence: 0.9, inst: in}, true
	}
	if c.pat.Name == "directive_alias" || c.pat.Name == "reglement_alias" || c.pat.Name == "loi_alias" {
		// "la directive services", "le règlement européen sur la
		// protection des données": the catalogue's aliases in lower case,
		// and nothing else
		e, end := r.aliasGoingOn(c, text, kind, c.end, 8, r.dayOf(pos))
		if end == 0 {
			if kind == lexgraph.KindLoi {
				if res, ok := r.namedBefore(c, text); ok {
					return res, true
				}
			}
			article := "la "
			if kind == lexgraph.KindReglement {
				article = "du "
			}
			after := text[c.end:clampRune(text, c.end+60)]
			if c.attached && strings.HasSuffix(lexgraph.Fold(text[max(0, c.start-3):c.start]), article) && !lawNamedOn(after) && (kind == lexgraph.KindLoi || reBareNounEnds.MatchString(after)) {
				// "l'alinéa 1er de l'article 1er de la loi dispose",
				// "l'article 15 de la directive", "l'article 7 du
				// règlement": a bare noun an article is cited of is the
				// text of its kind named last
				if s, ok := r.back(func(s ref) bool { return s.kind == kind }); ok && s.id != "" {
					return s.resolved(0.7), true
				}
			}
			return resolved{}, false
		}
		if end == 0 {
			return resolved{}, false
		}
		c.end = end
		if m := reDateAfter.FindStringSubmatchIndex(text[end:clampRune(text, end+40)]); m != nil {
			// "la directive oiseaux du 7 avril 1979": the text's own
			// date decides, and joins the mention
			if d, ok := lexgraph.ParseDate(text[end+m[2] : end+m[3]]); ok {
				e = r.x.cat.aliasDated(normName(text[c.start:end]), kind, d)
				c.end = end + m[1]
			}
		}
		if e == nil {
			return r.unresolvedNamed(kind, noun, text[c.start:c.end]), true
		}
		return r.fromEntry(e, noun, 0.9), true
	}
	if e := r.x.cat.matchNamed(kind, noun, folded, date, r.doc); e != nil {
		return r.fromEntry(e, noun, 0.93), true
	}
	switch kind {
	case lexgraph.KindLoi:
		if e, end := r.nicknameGoingOn(c, text); e != nil {
			c.end = end
			return r.fromEntry(e, noun, 0.95), true
		}
		if s, ok := r.acronymSeen(c.groups.get("name"), kind); ok {
			// "la loi ASV", after "… au vieillissement (ASV)"
			return s.resolved(0.8), true
		}
		if c.groups.get("name") != "" {
			// a nickname the catalogue does not know ("loi Marisol Touraine"):
			// a mention, but of a law we cannot name
			return resolved{kind: kind, noun: noun, label: upperFirst(lexgraph.CollapseSpace(span)), confidence: 0.3}, true
		}
	case lexgraph.KindTraite:
		if c.pat == treatyAcronym {
			// its treaty, named right before it
			if res := r.alsoCalled(c, resolved{kind: kind}, text, pos); res.id != "" {
				return res, true
			}
			return resolved{}, false
		}
		if c.groups.get("name") != "" { // mutual legal assistance treaty
			e := r.x.cat.byID["traite/mlat"]
			if e != nil {
				return r.fromEntry(e, noun, 0.9), true
			}
		}
		tail := strings.TrimSpace(c.groups.get("tail"))
		if s, ok := r.bilateralBefore(tail); ok {
			// "l'accord franco-coréen" after "la convention franco-coréenne
			// en matière de sécurité sociale signée le 25 février 2005"
			return s.resolved(0.8), true
		}
		if reBilateralOnly.MatchString(tail) && !strings.HasSuffix(lexgraph.Fold(c.groups.get("noun")), "s") {
			// "la convention franco-allemande": one treaty of the two
			// states, but the page does not say which of theirs
			return r.unresolvedNamed(kind, noun, text[c.start:c.end]), true
		}
		if tail == "" || !distinctive(tail) && !reTreatyAcronym.MatchString(text[c.end:clampRune(text, c.end+16)]) || reAcronymOnly.MatchString(tail) {
			// an acronym the catalogue does not know ("la convention CAF")
			// names a body as often as a text
			return resolved{}, false
		}
		if m := reYearOnly.FindStringSubmatch(tail); m != nil {
			// "la convention de 1951": the treaty of that year the
			// document named before, else none we can tell
			if s, ok := r.back(func(s ref) bool {
				e := r.x.cat.byID[s.id]
				return s.kind == kind && e != nil && strings.HasPrefix(e.Date, m[1]+"-")
			}); ok {
				return s.resolved(0.8), true
			}
			return resolved{}, false
		}
		if date == "" && indefiniteBefore(text, c.start) {
			// "une convention de partenariat avec la Tunisie": no one
			// treaty; "une convention … signée le 10 mars 1964" is one
			return resolved{}, false
		}
		if reConsentOnly.MatchString(tail) {
			// "avec l'accord de la Commission européenne": its consent
			return resolved{}, false
		}
		if reDateOnlyTail.MatchString(tail) && (strings.HasPrefix(lexgraph.Fold(c.groups.get("noun")), "charte") || reWithUnions.MatchString(text[c.end:clampRune(text, c.end+80)])) {
			// "les chartes signées le 6 novembre 1996" between the State and
			// its companies; "l'accord conclu le 25 janvier 2006 avec trois
			// organisations représentatives des fonctionnaires": agreements,
			// not treaties
			return resolved{}, false
		}
		if strings.HasSuffix(lexgraph.Fold(c.groups.get("noun")), "s") && reOrganisationOnly.MatchString(tail) {
			// "les traités du Conseil de l'Europe": its treaties in general
			return resolved{}, false
		}
		if date == "" && strings.HasSuffix(lexgraph.Fold(c.groups.get("noun")), "s") && reSubjectOnly.MatchString(tail) {
			// "de traités ou de conventions portant sur la situation des
			// Français de l'étranger": texts of a subject, in general
			return resolved{}, false
		}
		if strings.HasPrefix(tail, "avec") && strings.HasSuffix(lexgraph.Fold(c.groups.get("noun")), "s") {
			// "les accords et conventions avec la Belgique": several
			return resolved{}, false
		}
		if es := r.x.cat.byDate[string(kind)+"|"+date]; date != "" && len(es) == 1 && es[0].nounOK(singular(noun)) && reDateOnlyTail.MatchString(tail) {
			// "l'accord du 27 décembre 1968": the one treaty of that day
			// the catalogue knows, where nothing else names the treaty
			return r.fromEntry(es[0], noun, 0.85), true
		}
		var id string
		if date != "" {
			id = "traite/" + lexgraph.Slug(singular(noun)) + "-du-" + date
		} else {
			id = "traite/" + truncateSlug(lexgraph.Slug(singular(noun)+" "+tail), 80)
		}
		in := lexgraph.Instrument{ID: id, Kind: kind, Date: date, Label: upperFirst(lexgraph.CollapseSpace(span))}
		return resolved{kind: kind, id: id, label: in.Label, noun: noun, confidence: 0.6, inst: in}, true
	case lexgraph.KindRapport:
		name := lexgraph.Slug(c.groups.get("name"))
		if name == "" && date == "" {
			return resolved{}, false
		}
		id := "rapport/" + strings.Trim(name+"-"+date, "-")
		in := lexgraph.Instrument{ID: id, Kind: kind, Date: date, Label: upperFirst(lexgraph.CollapseSpace(span))}
		return resolved{kind: kind, id: id, label: in.Label, noun: "rapport", confidence: 0.6, inst: in}, true
	}
	return resolved{}, false
}

// unresolvedNamed is a mention of a text named by a nickname the
// catalogue gives to several, which its day does not tell apart.
func (r *resolver) unresolvedNamed(kind lexgraph.Kind, noun, span string) resolved {
	return resolved{kind: kind, noun: noun, label: upperFirst(lexgraph.CollapseSpace(span)), confidence: 0.3}
}

// nicknameGoingOn finds the law whose catalogue alias goes on, in lower
// case, past the capitalised nickname found ("loi Climat et résilience"):
// up to four more words are read while they may still spell an alias, and
// the candidate takes the longest that does.
func (r *resolver) nicknameGoingOn(c *candidate, text string) (*entry, int) {
	name := c.groups.get("name")
	if name == "" {
		return nil, 0
	}
	// from the nickname's end, not the candidate's, which this moves
	return r.aliasGoingOn(c, text, lexgraph.KindLoi, c.groups.at("name")+len(name), 4, "")
}

// aliasGoingOn reads up to n words of text from byte end and returns the
// catalogue entry of kind whose alias the candidate's text spells up to
// the end of one of them, the longest, and that end; the entry is nil, and
// the end not 0, for an alias of several texts that day does not tell
// apart (Catalogue.aliasOn).
func (r *resolver) aliasGoingOn(c *candidate, text string, kind lexgraph.Kind, end, n int, day string) (*entry, int) {
	var found *entry
	foundEnd := 0
	for range n {
		i := end
		for i < len(text) {
			ch, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(ch) {
				break
			}
			i += size
		}
		j := i
		for j < len(text) {
			ch, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(ch) && !unicode.IsDigit(ch) && ch != '-' && ch != '\'' && ch != '’' {
				break // (digits spell aliases too: "loi 3DS", "loi de santé 2016")
			}
			j += size
		}
		if j == i {
			break
		}
		end = j
		key := normName(text[c.start:end])
		if !r.x.cat.aliasPrefix[key] {
			break // no alias goes on so
		}
		if e, ok := r.x.cat.aliasOn(key, kind, day); ok {
			found, foundEnd = e, end
		}
	}
	return found, foundEnd
}

// lastDay reads a day said "dernier" ("le 25 juillet dernier"): the last
// such day before the day of the passage (its question's or its answer's
// publication), "" when that day is unknown.
func (r *resolver) lastDay(said string, pos int) string {
	rest, ok := strings.CutSuffix(lexgraph.CollapseSpace(said), " dernier")
	if !ok {
		return ""
	}
	rest = strings.Replace(rest, "1 er", "1er", 1)
	day := r.dayOf(pos)
	if len(day) < 4 {
		return ""
	}
	year, err := strconv.Atoi(day[:4])
	if err != nil {
		return ""
	}
	d, ok := lexgraph.ParseDate(rest + " " + strconv.Itoa(year))
	if ok && d >= day {
		d, ok = lexgraph.ParseDate(rest + " " + strconv.Itoa(year-1))
	}
	if !ok {
		return ""
	}
	return d
}

// titledOfYear returns the catalogue's law of year whose title or alias
// the words after c say ("la loi de 1981 sur le prix unique du livre"),
// nil where none.
func (r *resolver) titledOfYear(c *candidate, kind lexgraph.Kind, year, text string) *entry {
	if kind != lexgraph.KindLoi {
		return nil
	}
	after := normName(strings.TrimLeft(titleSentence(text[c.end:clampRune(text, c.end+160)]), ", "))
	if i := strings.IndexByte(after, ','); i >= 0 {
		after = after[:i]
	}
	if !reTitleOpens.MatchString(after) {
		return nil
	}
	e := r.x.cat.matchNamed(kind, "loi", "loi "+strings.TrimSpace(after), "", r.doc) // (its aliases too)
	if e == nil || e.Kind != string(kind) || !strings.HasPrefix(e.Date, year+"-") {
		return nil
	}
	return e
}

// onlyBefore returns the one entry of es dated on or before day, nil
// where none or several, or the day is unknown, or another came within
// two years after it: a page may speak of a law still being debated ("la
// loi d'orientation agricole" in 1998, the one of 1999).
func onlyBefore(es []*entry, day string) *entry {
	if len(day) < 4 {
		return nil
	}
	soon := strconv.Itoa(atoi(day[:4])+2) + day[4:]
	var only *entry
	for _, e := range es {
		switch {
		case e.Date == "":
			return nil
		case e.Date > day:
			if e.Date <= soon {
				return nil
			}
			continue
		}
		if only != nil {
			return nil
		}
		only = e
	}
	return only
}

// dayOf returns the day of the passage pos of the document: the one the
// passage carries, else its question's publication or its answer's, ""
// when unknown.
func (r *resolver) dayOf(pos int) string {
	if r.doc == nil || pos >= len(r.doc.doc.Passages) {
		return ""
	}
	if d := r.doc.doc.Passages[pos].Day; d != "" {
		return d // a page that dates its passages itself (the Sénat's)
	}
	if r.doc.doc.Question == nil {
		return ""
	}
	q := r.doc.doc.Question
	if r.doc.doc.Passages[pos].Part == lexgraph.PartAnswer {
		return q.Answered.Date
	}
	return q.Published.Date
}

// reDateAfter is the date that may follow an alias: "la directive oiseaux
// du 7 avril 1979".
var reDateAfter = regexp.MustCompile(`^,?\s+(?:du|en\s+date\s+du|(?:promulgu[ée]e|publi[ée]e|adopt[ée]e|vot[ée]e)\s+le)\s+((?:1er|[0-3]?\d)\s+\p{L}+\s+\d{4})`)

// indefiniteBefore reports whether the word before byte i of text is an
// indefinite article ("une convention", "un accord").
func indefiniteBefore(text string, i int) bool {
	before := strings.TrimRight(text[max(0, i-6):i], " \u00a0\t\n")
	return strings.HasSuffix(before, " une") || strings.HasSuffix(before, " un") || before == "une" || before == "un" ||
		strings.HasSuffix(before, "Une") || strings.HasSuffix(before, "Un")
}

// distinctive reports whether the words after a treaty's noun identify one
// treaty: a date, a place or a name ("de Budapest", "dite …"), not just a
// generic subject ("de partenariat").
func distinctive(tail string) bool {
	for _, r := range tail {
		if r >= 'A' && r <= 'Z' || r == 'É' {
			return true
		}
	}
	return strings.Contains(tail, "dite") || reHasYear.MatchString(tail) || reNumberAndSubject.MatchString(tail) ||
		// "fiscale franco-monégasque": the two states and what it is about
		// (a bare "franco-allemand" fits many accords)
		strings.Contains(tail, "franco-") && strings.ContainsAny(strings.TrimSpace(tail), " \u00a0") ||
		// "européenne sur la nationalité", "internationale pour la
		// protection des végétaux": a convention of states by its subject
		reStatesSubject.MatchString(tail) ||
		// "sociale européenne", "culturelle européenne": one European
		// charter or convention by its field
		reFieldEuropean.MatchString(tail)
}

// reFieldEuropean is a tail of a field and "européenne".
var reFieldEuropean = regexp.MustCompile(`^\p{Ll}+(?:ale|elle)\s+europ[ée]enne(?:\s+r[ée]vis[ée]e)?$`)

// reDateOnlyTail is a treaty's tail that is its date and nothing else:
// "du 27 décembre 1968", "signé à Paris le 10 mars 1964".
var reDateOnlyTail = regexp.MustCompile(`^(?:,?\s*(?:sign[ée]e?|conclue?)(?:\s+(?:à|a)\s+\S+)?\s+le|du|en\s+date\s+du)\s+(?:1er|\d{1,2})\s+\pL+\s+\d{4}$`)

// reWithUnions is what follows an agreement with unions or social
// partners: " avec trois organisations représentatives …".
var reWithUnions = regexp.MustCompile(`^,?\s+(?:avec|entre)\s+(?:les\s+|des\s+|l['’]|\pL+\s+)?(?:organisations|syndicats|partenaires\s+sociaux|f[ée]d[ée]rations|centrales|repr[ée]sentants\s+du\s+personnel)`)

// reOrganisationOnly is a tail naming an organisation and nothing else.
var reOrganisationOnly = regexp.MustCompile(`^(?:du\s+Conseil\s+de\s+l['’]Europe|des\s+Nations\s+[Uu]nies|de\s+l['’](?:ONU|OCDE|UNESCO|OIT|OMC|OMS|OMPI|OTAN|Union\s+europ[ée]enne))$`)

// reStillToCome is what follows a text still to come: "ce texte
// réglementaire n'a pu intervenir", "… sera publié".
var reStillToCome = regexp.MustCompile(`^\s+(?:n['’]|ne\s|sera\s|devra\s|devrait\s|doit\s|pourra\s|pourrait\s|interviendra|para[iî]tra|est\s+en\s+cours)`)

// reBareNounEnds is what may follow a bare "la directive" or "du
// règlement" an article is cited of, for it to be the text named last: a
// punctuation mark, or a verb or conjunction that begins the clause ("de
// la directive que les Etats…"); any other word may name another text
// ("l'article 12 du règlement intérieur").
var reBareNounEnds = regexp.MustCompile(`^(?:\s*[,.;)]|\s+(?:que|qu['’]|qui|prévoit|prévoyait|dispose|disposait|précise|permet|indique|stipule|impose|exige|autorise|oblige|énonce|définit|fixe|laisse|ouvre|n['’]|ne|s['’]|se|est|a)[\s,])`)

// reLawNamedOn is what follows "la loi" when the words after it name the
// law ("la loi référendaire n° 88-1028", "la loi Pasqua du …"): an
// adjective, or a word and then a number or a date.
var reLawNamedOn = regexp.MustCompile(`^\s+(?:\pL+(?:aire|ique|ale|elle|ive|if)\b|\pL+\s+(?:n\s?[°ºo˚]|no\b|du\s+\d|des\s+\d|de\s+\d))`)

// lawNamedOn reports whether after, the text after "la loi", names the law
// (reLawNamedOn), but for a verb that looks like an adjective ("l'article
// 15 de la loi indique").
func lawNamedOn(after string) bool {
	if w, _, _ := strings.Cut(strings.TrimSpace(after), " "); verbsLikeAdjectives[lexgraph.Fold(w)] {
		return false
	}
	return reLawNamedOn.MatchString(after)
}

// verbsLikeAdjectives are the verbs reLawNamedOn would take for adjectives.
var verbsLikeAdjectives = map[string]bool{"indique": true, "explique": true, "applique": true, "implique": true, "communique": true}

// reSubjectOnly is a tail that says what texts are about and nothing
// else: "portant sur la situation des Français de l'étranger".
var reSubjectOnly = regexp.MustCompile(`^(?:portant\s+sur|relati(?:ve|f)s?\s+(?:à|au|aux)|sur|concernant)\s[^0-9(]*$`)

// reConsentOnly is a tail naming the body whose accord (consent) it is,
// and nothing else: "l'accord de la Commission européenne", "avec l'accord
// de l'Etat".
var reConsentOnly = regexp.MustCompile(`^(?:de\s+la\s+Commission(?:\s+europ[ée]enne)?|de\s+l['’]\s*[ÉE]tat|du\s+(?:minist[èe]re|ministre|pr[ée]fet|maire|Gouvernement))$`)

// reStatesSubject is a tail naming a convention of states by its subject.
var reStatesSubject = regexp.MustCompile(`^(?:-cadre\s+)?(?:europ[ée]enne|internationale)\s+(?:sur|relative|relatif|pour|concernant|portant|de\s+sauvegarde|d['’]entraide)\s`)

// reNicknameTitle is a law's nickname before its subject: "loi Pons sur
// …".
var reNicknameTitle = regexp.MustCompile(`^(?i:loi)\s+(\p{Lu}[\p{L}\-]+)\s+(?:sur|relative|pour|portant)\s`)

// reLoiAdjective is a law named by an adjective: "loi organique
// statutaire", "loi pénitentiaire".
var reLoiAdjective = regexp.MustCompile(`^loi(?:\s+(?:organique|constitutionnelle))?\s+\p{Ll}\pL+(?:aire|ale|elle|ique|ive|if)\b`)

// namedBefore resolves a law named by an adjective to the law the document
// named before with the same words and its date or number ("la loi
// organique statutaire du 27 février 2004", then "la loi organique
// statutaire"); else it is no mention.
func (r *resolver) namedBefore(c *candidate, text string) (resolved, bool) {
	m := reLoiAdjective.FindStringIndex(text[c.start:clampRune(text, c.start+60)])
	if m == nil || r.doc == nil {
		return resolved{}, false
	}
	words := normName(text[c.start : c.start+m[1]])
	for i := len(r.seen) - 1; i >= 0; i-- {
		s := r.seen[i]
		if s.kind != lexgraph.KindLoi || s.id == "" || s.short {
			continue
		}
		said := normName(r.said(s))
		if strings.HasPrefix(said, words+" du ") || strings.HasPrefix(said, words+" n") {
			c.end = c.start + m[1]
			return s.resolved(0.8), true
		}
	}
	return resolved{}, false
}

// bilateralBefore finds, for a treaty named by its bilateral adjective
// alone ("franco-coréen"), the one treaty of the document named before
// with that adjective ("la convention franco-coréenne … du 25 février
// 2005"); none or several, and it names none.
func (r *resolver) bilateralBefore(tail string) (ref, bool) {
	f := lexgraph.Fold(tail)
	if !strings.HasPrefix(f, "franco-") || strings.ContainsAny(f, " \u00a0") || len(f) < len("franco-")+4 {
		return ref{}, false
	}
	stem := f[:len("franco-")+4] // "franco-core": the adjective in either gender
	var found ref
	for i := range r.seen {
		s := r.seen[i]
		if s.kind != lexgraph.KindTraite || s.id == "" || !strings.Contains(lexgraph.Fold(s.label), stem) {
			continue
		}
		if found.id != "" && found.id != s.id {
			return ref{}, false
		}
		found = s
	}
	return found, found.id != ""
}

// reBilateralOnly is a treaty's tail made of its bilateral adjective alone:
// "franco-allemande".
var reBilateralOnly = regexp.MustCompile(`^(?i:franco)-\pL+$`)

// reYearWord is a year written as a word: "1992".
var reYearWord = regexp.MustCompile(`\b(?:1[89]|20)\d\d\b`)

// reYearAfter is a year after a text's name: " de 2009".
var reYearAfter = regexp.MustCompile(`^\s+de\s+((?:1[89]|20)\d\d)\b`)

// reYearOnly is a tail made of a year alone: "de 1951".
var reYearOnly = regexp.MustCompile(`^de\s+((?:1[89]|20)\d\d)$`)

// reAcronymOnly is a tail made of an acronym alone: "AEWA".
var reAcronymOnly = regexp.MustCompile(`^[A-Z]{3,6}$`)

// reNumberAndSubject is a number followed by what the text is about: "n° 10
// sur la coopération structurée permanente" (a number alone, "le protocole
// n° 12", fits the protocols of several treaties).
var reNumberAndSubject = regexp.MustCompile(`n[°o]\s*\d+\s+(?:sur|relatif|relative|concernant|portant)\s+\S+\s+\S+`)

// singular returns noun folded, without its plural's "s".
func singular(noun string) string {
	var buf [32]byte
	n := lexgraph.AppendFoldSpace(buf[:0], noun) // nouns are one word: as Fold
	if len(n) > 0 && n[len(n)-1] == 's' {
		n = n[:len(n)-1]
	}
	if known, ok := nounForms[string(n)]; ok {
		return known // no copy for the nouns the patterns find
	}
	return string(n)
}

// nounForms holds the folded singular nouns of the patterns.
var nounForms = func() map[string]string {
	m := map[string]string{}
	for _, n := range []string{"loi", "decret", "decret-loi", "ordonnance", "arrete", "circulaire", "code", "directive",
		"reglement", "decision", "convention", "traite", "accord", "protocole", "avenant", "pacte", "charte",
		"article", "constitution", "declaration", "preambule", "rapport", "projet", "proposition"} {
		m[n] = n
	}
	return m
}()

func truncateSlug(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	if i := strings.LastIndexByte(s, '-'); i > 0 {
		s = s[:i]
	}
	return s
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// nounOf returns the folded, singular noun of a candidate.
func nounOf(c *candidate) string {
	n := c.groups.get("noun")
	if n == "" {
		switch c.pat.kind {
		case lexgraph.KindLoi:
			return "loi"
		case lexgraph.KindCode:
			return "code"
		case lexgraph.KindDirective:
			return "directive"
		case lexgraph.KindReglement:
			return "reglement"
		case lexgraph.KindDecision:
			return "decision"
		case lexgraph.KindConstitution:
			return "constitution"
		}
		return ""
	}
	return singular(n)
}

// kindOfNoun gives the kind a noun designates.
func kindOfNoun(noun string) lexgraph.Kind {
	switch noun {
	case "loi":
		return lexgraph.KindLoi
	case "decret", "decret-loi", "decrets-loi":
		return lexgraph.KindDecret
	case "ordonnance":
		return lexgraph.KindOrdonnance
	case "arrete":
		return lexgraph.KindArrete
	case "circulaire":
		return lexgraph.KindCirculaire
	case "code":
		return lexgraph.KindCode
	case "directive":
		return lexgraph.KindDirective
	case "reglement":
		return lexgraph.KindReglement
	case "decision":
		return lexgraph.KindDecision
	case "arret":
		return lexgraph.KindJurisprudence
	case "convention", "traite", "accord", "protocole", "avenant", "pacte", "charte":
		return lexgraph.KindTraite
	}
	return ""
}

var kindNames = map[lexgraph.Kind]string{
	lexgraph.KindLoi: "Loi", lexgraph.KindDecret: "Décret", lexgraph.KindOrdonnance: "Ordonnance",
	lexgraph.KindArrete: "Arrêté", lexgraph.KindCirculaire: "Circulaire",
	// (an EU act by its date: "Directive du 8 avril 2003")
	lexgraph.KindDirective: "Directive", lexgraph.KindReglement: "Règlement", lexgraph.KindDecision: "Décision",
}

func numberedLabel(kind lexgraph.Kind, num, date string) string {
	s := kindNames[kind] + " n° " + num
	if date != "" {
		s += " du " + frenchDate(date)
	}
	return s
}

func datedLabel(kind lexgraph.Kind, date string) string {
	return kindNames[kind] + " du " + frenchDate(date)
}

var monthNames = []string{"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// frenchDate writes 2014-11-13 as "13 novembre 2014".
func frenchDate(d string) string {
	if len(d) != 10 {
		return d
	}
	day := atoi(strings.TrimLeft(d[8:], "0"))
	m := atoi(strings.TrimLeft(d[5:7], "0"))
	if m < 1 || m > 12 {
		return d
	}
	ds := itoa(day)
	if day == 1 {
		ds = "1er"
	}
	return ds + " " + monthNames[m] + " " + d[:4]
}

// reAlsoCalled joins a text to the nickname that follows it: "la loi n°
// 2015-1776 du 28 décembre 2015 (loi ASV)", "… du 10 janvier 1991 dite « loi
// Evin »".
var reAlsoCalled = regexp.MustCompile(`^[^.;()]{0,120}?\s*(?:\(\s*(?:dite\s+|ci-après\s+)?|,?\s*dite\s+|,?\s*appelée\s+)(?:«\s*|")?$`)

// alsoCalled gives an unresolved nickname the id of the text it names,
// when it stands right after that text, in parentheses or after "dite".
func (r *resolver) alsoCalled(c *candidate, res resolved, text string, pos int) resolved {
	if c.groups.get("name") == "" || len(r.seen) == 0 {
		return res
	}
	last := r.seen[len(r.seen)-1]
	if last.pos != pos || last.id == "" || last.kind != res.kind || last.end > c.start {
		return res
	}
	gap := text[last.end:c.start]
	if !reAlsoCalled.MatchString(gap) && !(strings.HasPrefix(lexgraph.Fold(text[c.start:c.end]), "dite ") && reTitleGap.MatchString(gap)) {
		return res
	}
	return resolved{kind: last.kind, id: last.id, label: last.label, noun: last.noun, confidence: 0.8}
}

// nicknamedBefore gives a nickname the catalogue does not know the id the
// document gave it where it first stood ("… n° 2021-1109 du 24 août 2021
// (dite loi CRPR)", then "l'esprit de la loi CRPR").
func (r *resolver) nicknamedBefore(c *candidate, res resolved, text string) resolved {
	said := lexgraph.Fold(lexgraph.CollapseSpace(text[c.start:c.end]))
	if s, ok := r.back(func(s ref) bool {
		return s.kind == res.kind && lexgraph.Fold(lexgraph.CollapseSpace(r.said(s))) == said
	}); ok && s.id != "" {
		return s.resolved(0.8)
	}
	return res
}

// reTitleGap is the title between a law's number and the name it is also
// called, when "dite" opens the name's own mention: "… n° 2005-102 du 11
// février 2005 pour l'égalité des droits …, dite loi handicap".
var reTitleGap = regexp.MustCompile(`^[^.;()]{0,240}?[,(]?\s*$`)

// designate resolves a designation with what follows it: a law named
// otherwise than by its number takes the number given in parentheses after
// it, and an unresolved nickname the text it stands right after.
func (r *resolver) designate(c *candidate, text string, pos int) (resolved, bool) {
	if a := c.groups.get("again"); a != "" && r.doc != nil {
		// an acronym defined before in the document: what it meant there
		s, found := r.back(func(s ref) bool {
			said := r.said(s)
			return said == a || strings.HasPrefix(said, a+" ") || strings.Contains(said, "("+a+")")
		})
		if !found {
			return resolved{}, false
		}
		if m := reForYear.FindStringSubmatch(text[c.end:clampRune(text, c.end+12)]); m != nil && !strings.Contains(r.said(s), m[1]) && !strings.Contains(s.label, "pour "+m[1]) {
			// "la LFSS pour 2002", after "la loi de financement de la
			// sécurité sociale (LFSS) pour 2001": the acronym of a sort of
			// law, for another year another law
			// (which a number in parentheses may tell)
			c.end += len(m[0])
			return r.numberInParentheses(c, r.unresolvedNamed(lexgraph.KindLoi, "loi", text[c.start:c.end]), text), true
		}
		return s.resolved(0.8), s.id != "" || s.label != ""
	}
	res, ok := r.designation(c, text, pos)
	if c.pat.kind == lexgraph.KindTraite && c.form() == FormNamed && (!ok || r.x.cat.byID[res.id] == nil) {
		// "la convention pour l'unification de certaines règles … (convention
		// de Montréal)": a title too general to tell, or unknown, and the
		// name in parentheses after it that the catalogue knows
		if e := r.treatyInParentheses(text[c.end:]); e != nil {
			return r.fromEntry(e, nounOf(c), 0.85), true
		}
	}
	if !ok {
		return res, false
	}
	if res.kind == lexgraph.KindLoi && c.form() != FormNumbered {
		before := res.id
		res = r.numberInParentheses(c, res, text)
		if c.form() == FormTitled || c.form() == FormNamed {
			res = r.numberOrDateAfter(c, res, text)
		}
		if c.form() == FormTitled && res.id != before && res.id != "" && !strings.Contains(res.id, "/du-") {
			if r.titles == nil {
				r.titles = map[string]resolved{}
			}
			if key := titleKey(c); key != "" {
				r.titles[key] = res
			}
		}
	}
	if res.id == "" {
		res = r.alsoCalled(c, res, text, pos)
	}
	if res.id == "" && c.groups.get("name") != "" && res.kind != "" {
		res = r.nicknamedBefore(c, res, text)
	}
	if res.kind == lexgraph.KindTraite && c.form() == FormNamed {
		stopAtDate(c, text)
	}
	if c.form() == FormNamed && res.inst.Date != "" {
		if m := reYearAfter.FindStringSubmatchIndex(text[c.end:clampRune(text, c.end+12)]); m != nil && strings.HasPrefix(res.inst.Date, text[c.end+m[2]:c.end+m[3]]+"-") {
			c.end += m[1] // "la directive Habitats de 1992": its year joins it
		}
	}
	if c.form() != FormShort {
		c.end += citedAbove(text, c.end)
	}
	return res, true
}

// unquoted returns folded s without its quotes and the spaces inside them:
// `portant " statut general des militaires "` reads "portant statut general
// des militaires".
func unquoted(s string) string {
	if !strings.ContainsRune(s, '"') {
		return s
	}
	return lexgraph.CollapseSpace(strings.ReplaceAll(s, `"`, " "))
}

// reOneAdjective is one adjective, folded: "initiale", "modifiee".
var reOneAdjective = regexp.MustCompile(`^[a-z]+(?:ale|aire|elle|ique|ive|if|iere|ee)$`)

// reNamedOtherwise opens a name given after a text's date: "dite …",
// "(loi …)", "« … »".
var reNamedOtherwise = regexp.MustCompile(`^(?:dite?s?\b|\(|«|"|“)`)

// reTitleOpens is the first word of a law's title after its date ("…
// modifiant la loi n° 85-704", "… relative à …"): a title without the
// entry's subject words names another text of that day.
var reTitleOpens = regexp.MustCompile(`^(?:relati(?:ve|f)|portant|modifiant|compl[ée]tant|tendant|instituant|cr[ée]ant|instaurant|r[ée]formant|visant|concernant|habilitant|autorisant|sur|pour|d'|de\s|du\s)`)

// reDottedAcronym is an acronym written with dots: "M.O.P.".
var reDottedAcronym = regexp.MustCompile(`^(?:\p{Lu}\.){2,6}$`)

// reOfYearAfter is the year that may follow a nickname: " de 1979".
var reOfYearAfter = regexp.MustCompile(`^\s+de\s+((?:19|20)\d\d)\b`)

// reForYear is the year that follows a law's acronym: " pour 2002".
var reForYear = regexp.MustCompile(`^\s+(?:pour|de)\s+((?:19|20)\d\d)\b`)

// reTreatyInParentheses is a treaty's name in parentheses: "(convention de
// Montréal)".
var reTreatyInParentheses = regexp.MustCompile(`(?i)^\s{0,3}\(\s*((convention|traité|accord|protocole|charte|pacte)\s[^()\n]{2,60}?)\s*\)`)

// treatyInParentheses returns the one treaty the catalogue knows by the
// name in parentheses that rest starts with, if any.
func (r *resolver) treatyInParentheses(rest string) *entry {
	if !strings.HasPrefix(strings.TrimLeft(rest[:min(len(rest), 4)], " \n"), "(") {
		return nil // most texts are not followed by a parenthesis
	}
	m := reTreatyInParentheses.FindStringSubmatch(rest[:clampRune(rest, 90)])
	if m == nil {
		return nil
	}
	return r.x.cat.matchNamed(lexgraph.KindTraite, singular(lexgraph.Fold(m[2])), normName(m[1]), "", r.doc)
}

// reSubjectAfterDate is what a treaty is about, after its date: " relative
// aux aspects civils …", " sur la protection …", " tendant à éviter …".
var reSubjectAfterDate = regexp.MustCompile(`^(?:\s+entre\s+[^,;.()]*?)?(\s+(?:relati(?:ve|f)s?|sur|tendant|portant|concernant|visant|en\s+mati[èe]re|pour|destin[ée]e?s?)\s)`)

// stopAtDate ends a treaty's mention at its date (and its parties) where
// what it is about follows: "la convention de La Haye du 25 octobre 1980
// sur les aspects civils de l'enlèvement international d'enfants" is
// cited as "convention de La Haye du 25 octobre 1980", as the gold files
// write it; the subject read on had served to know the treaty.
func stopAtDate(c *candidate, text string) {
	d := c.groups.get("date")
	if d == "" {
		return
	}
	end := c.groups.at("date") + len(d)
	if end <= c.start || end >= c.end {
		return
	}
	if m := reSubjectAfterDate.FindStringSubmatchIndex(text[end:c.end]); m != nil {
		c.end = end + m[2]
	}
}

// reParenNumber is a law's number in parentheses right after its name: "(loi
// n° 2005-1719 du 30 décembre 2005)", "(n° 99-1172 du 30 décembre 1999)".
var reParenNumber = regexp.MustCompile(`^\s*\(\s*(?:(?:la\s+)?loi\s+)?(?:n\s?[°ºo˚]\.?|no\.?)\s*(\d{2,4}[-‑–]\d{1,5})(?:\s+du\s+([0-3]?\d(?:\s?er)?\s+\p{L}+\.?\s+\d{4}))?\s*\)`)

// numberInParentheses resolves a law named otherwise than by its number to
// the number that follows it in parentheses: "la loi de finances pour 2006
// (loi n° 2005-1719 du 30 décembre 2005)", "la loi de finances pour 2000
// (n° 99-1172 du 30 décembre 1999)". A number identifies its text; a bare
// one joins the mention, as a number after a title does.
func (r *resolver) numberInParentheses(c *candidate, res resolved, text string) resolved {
	rest := text[c.end:]
	i := 0
	for i < len(rest) && i < 4 && (rest[i] == ' ' || rest[i] == '\n') {
		i++
	}
	if i == len(rest) || rest[i] != '(' {
		return res // most names are not followed by a parenthesis
	}
	m := reParenNumber.FindStringSubmatchIndex(rest[:clampRune(rest, 80)])
	if m == nil {
		return res
	}
	date := ""
	if m[4] >= 0 {
		date, _ = lexgraph.ParseDate(strings.Replace(rest[m[4]:m[5]], "1 er", "1er", 1))
	} else if c.form() == FormDated {
		// "la loi du 15 mai 2001 (n° 2001-420)": the date said before it
		date = res.inst.Date
	}
	n := r.numbered(lexgraph.KindLoi, "loi", normNumber(rest[m[2]:m[3]]), date)
	n.confidence = 0.85
	if !strings.Contains(rest[:m[2]], "loi") {
		// "(n° 99-1172 du 30 décembre 1999)", the number that identifies
		// the law, joins its mention; "(loi n° 2005-1719 …)" names the law
		// again, a mention of its own
		c.end += m[1]
	}
	return n
}

// reNumberAfter is a law's number (and date) right after its title: "la
// loi sur la chasse n° 2000-698 du 26 juillet 2000".
var reNumberAfter = regexp.MustCompile(`^,?\s+(?:n\s?[°ºo˚]\.?|no\.?)\s*(\d{2,4}[-‑–]\d{1,5})(?:\s+du\s+((?:1er|[0-3]?\d)\s+\p{L}+\s+\d{4}))?`)

// numberOrDateAfter reads the number or the date that follows a law's
// title or name, which then joins the mention: the number identifies the
// law; a date confirms the law the title named (a law of another date is
// another text, and the date stays out), or names it where the title did
// not ("la loi sur les retraites du 17 juillet 2003").
func (r *resolver) numberOrDateAfter(c *candidate, res resolved, text string) resolved {
	rest := text[c.end:clampRune(text, c.end+60)]
	if m := reNumberAfter.FindStringSubmatchIndex(rest); m != nil {
		date := ""
		if m[4] >= 0 {
			date, _ = lexgraph.ParseDate(rest[m[4]:m[5]])
		}
		n := r.numbered(lexgraph.KindLoi, "loi", normNumber(rest[m[2]:m[3]]), date)
		if res.id == "" || res.id == n.id || r.x.cat.byID[res.id] == nil {
			c.end += m[1]
			n.confidence = 0.9
			return n
		}
		return res
	}
	m := reDateAfter.FindStringSubmatchIndex(rest)
	if m == nil || rest[0] == ',' {
		return res
	}
	date, ok := lexgraph.ParseDate(rest[m[2]:m[3]])
	if !ok {
		return res
	}
	switch {
	case res.inst.Date == date:
		c.end += m[1]
	case res.id == "" || r.x.cat.byID[res.id] == nil:
		// the catalogue's law of that date whose title this one begins
		// ("la loi d'orientation agricole du 5 janvier 2006", where that
		// day is another law's too): a title and a date tell it
		title := strings.TrimSpace(strings.TrimPrefix(normName(text[c.start:c.end]), "loi"))
		if e := onlyEntry(r.x.cat.byDate[string(lexgraph.KindLoi)+"|"+date], func(e *entry) bool { return e.titleBegins(title) }); e != nil {
			c.end += m[1]
			return r.fromEntry(e, "loi", 0.9)
		}
		d := r.dated(lexgraph.KindLoi, "loi", date, text[c.start:c.end+m[1]])
		c.end += m[1]
		if d.id != "" && (!strings.Contains(d.id, "/du-") || r.x.cat.byID[d.id] != nil) {
			return d // a law of that date the catalogue or the corpus knows
		}
		// no law of that date known: the title's id, the date in its label
		if res.id != "" {
			res.label = upperFirst(lexgraph.CollapseSpace(text[c.start:c.end]))
			res.inst.Label = res.label
		}
	}
	return res
}

// numbered resolves a text of a kind by its official number (and date).
func (r *resolver) numbered(kind lexgraph.Kind, noun, num, date string) resolved {
	num = twoDigitYear(kind, num)
	if e, ok := r.x.cat.byNumber[string(kind)+"|"+num]; ok {
		return r.fromEntry(e, noun, 0.99)
	}
	id := string(kind) + "/" + num
	in := lexgraph.Instrument{ID: id, Kind: kind, Number: num, Date: date, Label: numberedLabel(kind, num, date), ELI: frenchELI(kind, num, date)}
	return r.withText(resolved{kind: kind, id: id, label: in.Label, noun: noun, confidence: 0.97, inst: in}, true)
}

// twoDigitYear writes the number of a law, ordonnance or decree of the
// twentieth century as the Journal officiel does, its year in two digits:
// "loi n° 1999-586" is 99-586 (from 2000, the year has four); and its
// serial without leading zeros ("loi no 91-05" is 91-5).
func twoDigitYear(kind lexgraph.Kind, num string) string {
	switch kind {
	case lexgraph.KindLoi, lexgraph.KindOrdonnance, lexgraph.KindDecret:
	default:
		return num
	}
	if len(num) > 5 && strings.HasPrefix(num, "19") && num[4] == '-' && isDigits(num[2:4]) && isDigits(num[5:]) {
		num = num[2:]
	}
	if y, serial, ok := strings.Cut(num, "-"); ok && len(serial) > 1 && serial[0] == '0' && isDigits(serial) && isDigits(y) {
		if serial = strings.TrimLeft(serial, "0"); serial != "" {
			num = y + "-" + serial
		}
	}
	return num
}

// yearsSpanned reports whether num, "1997-2002", is a span of years as
// yearSpan says, the second later than the first by at most thirty: not a
// law's number.
func yearsSpanned(num string) bool {
	if !yearSpan(num) {
		return false
	}
	a, b, _ := strings.Cut(num, "-")
	if !isDigits(a) || !isDigits(b) || (a[:2] != "19" && a[:2] != "20") {
		return false
	}
	d := atoi(b) - atoi(a)
	return d > 0 && d <= 30
}

// newestOfNoun returns, of the texts of last's noun the document named,
// the one of the latest year, last itself on a tie.
func (r *resolver) newestOfNoun(last ref) ref {
	best, year := last, yearOf(last.id)
	for i := len(r.seen) - 1; i >= 0; i-- {
		if s := r.seen[i]; s.noun == last.noun && s.id != "" && !s.short {
			if y := yearOf(s.id); y > year {
				best, year = s, y
			}
		}
	}
	return best
}

// lastOfNoun finds the last identified text named with noun: what "de la
// convention" or "du règlement" after an article points back to.
func (r *resolver) lastOfNoun(noun string) (ref, bool) {
	return r.back(func(s ref) bool { return s.noun == noun && s.id != "" })
}

// back finds the most recent resolved reference matching ok.
// namedInPlural reports whether s, a text the document named, was named
// by a plural noun itself ("les accords de Schengen").
func (r *resolver) namedInPlural(s ref) bool {
	return !s.short && pluralNoun(r.said(s))
}

// said returns the words of the document s was found in, "" when the
// resolver reads no document.
func (r *resolver) said(s ref) string {
	if r.doc == nil || s.pos >= len(r.doc.doc.Passages) {
		return ""
	}
	return r.doc.doc.Passages[s.pos].Text[s.start:s.end]
}

// acronymSeen returns the text of kind the document named by acronym, as
// it defined it ("(ASV)" after the law), if name is that acronym.
func (r *resolver) acronymSeen(name string, kind lexgraph.Kind) (ref, bool) {
	if r.doc == nil || name == "" || strings.ToUpper(name) != name {
		return ref{}, false
	}
	return r.back(func(s ref) bool {
		return s.kind == kind && s.id != "" && r.said(s) == name
	})
}

// dateOf returns the date of an instrument the document or the catalogue
// knows, "" when none.
func (r *resolver) dateOf(id string) string {
	if in, ok := r.insts[id]; ok && in.Date != "" {
		return in.Date
	}
	if e := r.x.cat.byID[id]; e != nil {
		return e.Date
	}
	return ""
}

// codeEdition resolves "l'ancien code" to the older edition of the code
// named last, where the catalogue has one, and "le nouveau code" to the
// code named last in force; nothing where the document named no code, or
// the code has no older edition.
func (r *resolver) codeEdition(old bool) (ref, bool) {
	s, ok := r.back(func(s ref) bool { return s.kind == lexgraph.KindCode && s.id != "" })
	if !ok {
		return ref{}, false
	}
	e := r.x.cat.byID[s.id]
	if e == nil || len(e.CodeNames) == 0 {
		return ref{}, false
	}
	name := normName(e.CodeNames[0])
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i] // "pénal (ancien)": the code's own name
	}
	if old {
		e = r.x.cat.byCode[name+" (ancien)"]
	} else {
		e = r.x.cat.byCode[name]
	}
	if e == nil {
		return ref{}, false
	}
	return ref{kind: lexgraph.KindCode, id: e.ID, label: e.Label, noun: "code"}, true
}

func (r *resolver) back(ok func(ref) bool) (ref, bool) {
	for i := len(r.seen) - 1; i >= 0; i-- {
		if ok(r.seen[i]) {
			return r.seen[i], true
		}
	}
	return ref{}, false
}

// shortForm resolves "cette loi", "ladite convention", "du même code",
// "cet article" to what they point back to.
func (r *resolver) shortForm(c *candidate, pos int) (ref, bool) {
	s, ok := r.shortFormOf(c, pos)
	if ok && r.doc != nil && pos < len(r.doc.doc.Passages) {
		if text := r.doc.doc.Passages[pos].Text; c.end <= len(text) && reModifiedAfter.MatchString(text[c.end:clampRune(text, c.end+12)]) {
			// "la loi n° 84-53 … modifiée par la loi n° 87-529 …. L'article
			// 8 de cette loi modifiée": the law amended, not the amending
			s = r.amended(s)
		}
	}
	return s, ok
}

// shortFormOf resolves a short form, as shortForm says.
func (r *resolver) shortFormOf(c *candidate, pos int) (ref, bool) {
	if lexgraph.Fold(c.groups.get("noun")) == "articles" {
		// "ces articles": those cited last; the mention carries the first
		return r.back(func(s ref) bool { return s.article != "" })
	}
	if strings.HasSuffix(lexgraph.Fold(c.groups.get("noun")), "s") {
		// "ces accords", "lesdites conventions": several texts, or texts
		// in general, not one; but for one text named in the plural
		// ("les accords de Schengen … ces accords")
		noun := singular(lexgraph.Fold(c.groups.get("noun")))
		if s, ok := r.back(func(s ref) bool {
			return !s.short && (s.noun == noun || kindOfNoun(noun) != "" && s.kind == kindOfNoun(noun))
		}); ok && s.id != "" && r.namedInPlural(s) {
			return s, true
		}
		return ref{}, false
	}
	noun := nounOf(c)
	if noun == "article" {
		return r.back(func(s ref) bool { return s.article != "" })
	}
	if q := lexgraph.CollapseSpace(lexgraph.Fold(strings.TrimSpace(c.groups.get("qual")))); q != "" {
		// "la loi de finances rectificative précitée": the last law of
		// that sort, not the last law
		if s, ok := r.back(func(s ref) bool {
			return s.kind == lexgraph.KindLoi && s.id != "" && (strings.Contains(lexgraph.Fold(s.label), q) || strings.Contains(lexgraph.CollapseSpace(lexgraph.Fold(r.said(s))), q))
		}); ok {
			return s, true
		}
	}
	if day := c.groups.get("day"); day != "" {
		// "le décret du 15 mars": the one of that day the document named
		d, ok := lexgraph.ParseDate(strings.Replace(day, "1 er", "1er", 1) + " " + c.groups.get("month") + " 2000")
		if !ok {
			return ref{}, false
		}
		return r.back(func(s ref) bool {
			return s.noun == noun && s.id != "" && strings.HasSuffix(r.dateOf(s.id), d[4:])
		})
	}
	if ed := c.groups.get("edition"); ed != "" {
		return r.codeEdition(lexgraph.Fold(ed) == "ancien")
	}
	if noun == "texte" {
		// "le texte susvisé", "ce texte": the text named last; none when
		// that is a bill or a report ("le calendrier d'adoption de ce
		// texte")
		law, reg := c.groups.get("law") != "", c.groups.get("reg") != ""
		if reg && r.doc != nil && pos < len(r.doc.doc.Passages) {
			// not one still to come: "ce texte réglementaire n'a pu
			// intervenir"
			text := r.doc.doc.Passages[pos].Text
			if reStillToCome.MatchString(text[c.end:clampRune(text, c.end+30)]) {
				return ref{}, false
			}
		}
		s, ok := r.back(func(s ref) bool {
			switch {
			case law:
				return s.id != "" && s.kind == lexgraph.KindLoi
			case reg:
				return s.id != "" && (s.kind == lexgraph.KindDecret || s.kind == lexgraph.KindArrete)
			}
			// (an unresolved text too: "ce texte" after "une directive
			// européenne de juillet 1991" is that directive, not skipped
			// for an older text it does not mean)
			return s.id != "" || s.kind != ""
		})
		if !ok || s.kind == lexgraph.KindRapport || s.kind == lexgraph.KindProjetLoi {
			return ref{}, false
		}
		if s.id == "" {
			return s, true
		}
		if !law && !reg {
			s = r.holderOf(s, pos, c.start, false)
		}
		return s, true
	}
	// The last text of the same noun, else of the same kind; when that text
	// is unresolved, so is the short form: it does not skip back to an older
	// text it probably does not mean.
	if s, ok := r.back(func(s ref) bool { return s.noun == noun }); ok {
		return r.holderOf(s, pos, c.start, true), true
	}
	kind := kindOfNoun(noun)
	if kind == "" {
		return ref{}, false
	}
	return r.back(func(s ref) bool { return s.kind == kind })
}

// bareTreatyNoun reports whether c is a treaty's noun alone ("de la
// convention"), which names no treaty by itself.
func bareTreatyNoun(c *candidate) bool {
	return c.pat.kind == lexgraph.KindTraite && c.form() == FormNamed && c.groups.get("noun") != "" &&
		strings.TrimSpace(c.groups.get("tail")) == "" && c.groups.get("name") == ""
}

// bareArticle resolves an article with no instrument beside it: a code
// article ("L. 18") to the last code; "son article 76" and "(article 29)"
// to the instrument named just before, in the same passage.
func (r *resolver) bareArticle(c *candidate, pos int, art string, after string) (ref, bool) {
	// (after a comma, only a text's noun or name, where the document cited
	// that article before: "qui relèvent de l'article 1465, du manque
	// d'emplois" is the article 1465 of the code named before)
	textLike := reOfTextLike.MatchString(after)
	citedBefore := func() bool {
		_, found := r.back(func(s ref) bool { return s.article == art && s.id != "" })
		return found
	}
	if c.groups.get("poss") == "" && reOfSomething.MatchString(after) && !reOfInfinitive.MatchString(after) && (!isCodeArticle(art) && (!strings.HasPrefix(after, ",") || !citedBefore()) || textLike) {
		if m := reOfBareNoun.FindStringSubmatch(after); m != nil {
			// "l'article 7 du règlement": the règlement named before
			noun := singular(m[1])
			return r.lastOfNoun(noun)
		}
		// "l'article 13 de la Déclaration …": it belongs to a text named
		// next that was not recognised, not to the one named before
		return ref{}, false
	}
	if isCodeArticle(art) {
		last, ok := r.back(func(s ref) bool { return s.kind == lexgraph.KindCode })
		if ok && !r.citesShape(last.id, art) {
			// the last code's articles are numbered otherwise: "l'article
			// L. 316-2 du code des communes … l'article L. 2131-11" is of
			// the CGCT, whose articles the document cited before
			if s, found := r.back(func(s ref) bool {
				return s.kind == lexgraph.KindCode && s.id != last.id && sameShape(s.article, art)
			}); found {
				return s, true
			}
		}
		return last, ok
	}
	if poss := lexgraph.Fold(c.groups.get("poss")); poss == "cet" || poss == "ledit" || poss == "dudit" || poss == "audit" {
		// "l'article 11 de la loi n° 90-602 …, modifiant … la loi n°
		// 83-581 …. … cet article 11": the article of that number cited
		// before, not the text named last
		if prior, found := r.back(func(s ref) bool {
			return s.article == art && s.id != "" && s.kind != lexgraph.KindRapport && s.kind != lexgraph.KindJurisprudence
		}); found {
			return prior, true
		}
	}
	maxGap := 600
	if c.groups.get("poss") != "" {
		maxGap = 2000
	}
	// a number without a code prefix is not an article of a code whose
	// articles the document cites with prefixes ("les articles L. 1110-5-1
	// … du code de la santé publique, relatifs pour les articles 2 et 3 …":
	// articles 2 and 3 of the law named before)
	s, ok := r.back(func(s ref) bool {
		// (a judgment has no articles)
		return s.kind != lexgraph.KindRapport && s.kind != lexgraph.KindJurisprudence && s.id != "" && !(s.kind == lexgraph.KindCode && r.prefixedCode(s.id))
	})
	if c.groups.get("poss") == "" {
		// a number cited before as an article of one text recalls that
		// text, where the one named last is not in the same sentence ("les
		// articles 9, 31 et 37 de la loi n° 95-101 …", then "Le décret
		// d'application de l'article 31" after an ordonnance was named)
		if prior, found := r.back(func(s ref) bool {
			return (s.article == art || sectionOf(s.article) == sectionOf(art) || inRange(s.article, art)) && s.id != "" && !(s.kind == lexgraph.KindCode && r.prefixedCode(s.id)) && s.kind != lexgraph.KindRapport && s.kind != lexgraph.KindJurisprudence
		}); found && (!ok || prior.id == s.id || s.pos != pos || sentenceBetween(r.doc.doc.Passages[pos].Text, s.end, c.start) ||
			// "le décret n° 2003-1013 …, pris pour l'application du premier
			// alinéa de l'article 88": an article of another text
			s.end <= c.start && reForApplication.MatchString(r.doc.doc.Passages[pos].Text[s.end:c.start]) ||
			// "l'article 1636 B sexies", cited before of the tax code: a
			// number so particular names its text better than nearness
			strings.ContainsAny(art, "ABCDEFGHIJKLMNOPQRSTUVWXYZ-") || strings.Contains(art, " ") ||
			// "l'article 68 susvisé": the one cited before, said so
			reRecalled.MatchString(after)) {
			// (the text named last being the one whose article it was,
			// however far: "l'article 52 de la loi du 6 août 2015 …
			// l'ouverture prévue par l'article 52")
			return prior, true
		}
	}
	if !ok || s.pos != pos || c.start-s.end > maxGap {
		return ref{}, false
	}
	if c.groups.get("poss") == "" && (s.kind == lexgraph.KindDecret || s.kind == lexgraph.KindArrete) && reApplicationOfThe.MatchString(r.doc.doc.Passages[pos].Text[max(0, c.start-40):c.start]) {
		// "le décret prévu pour l'application de l'article 3", after a
		// decree named: a decree applies a law's article, the law named
		// before it
		if law, found := r.back(func(x ref) bool {
			return x.id != "" && (x.kind == lexgraph.KindLoi || x.kind == lexgraph.KindOrdonnance)
		}); found && law.pos == pos {
			return law, true
		}
	}
	if c.groups.get("poss") != "" {
		s = r.amended(s)
		s = r.subjectOf(s, pos, c.start)
	}
	return s, true
}

// subjectOf returns, for "son article" right after a verb of stating
// ("dispose en son article 1er"), the text that opens the sentence, the
// verb's subject, when last was named after it within its title ("Le
// décret n° 2002-9 … relatif au temps de travail dans les établissements
// mentionnés à l'article 2 de la loi n° 86-33 … dispose en son article
// 1er"). Else last.
func (r *resolver) subjectOf(last ref, pos, at int) ref {
	if r.doc == nil || last.pos != pos || last.end > at {
		return last
	}
	text := r.doc.doc.Passages[pos].Text
	if !reStatesIn.MatchString(text[max(0, at-24):at]) {
		return last
	}
	start := sentenceStart(text, last.start, 0)
	for _, s := range r.seen {
		if s.pos != pos || s.start < start {
			continue
		}
		if s.start >= last.start || s.short || s.id == "" || s.id == last.id || s.kind == lexgraph.KindRapport {
			return last
		}
		// the first text of the sentence, after a determiner and a page's
		// label ("Texte de la REPONSE : Le décret …") only
		lead := text[start:s.start]
		if i := strings.LastIndexByte(lead, ':'); i >= 0 {
			lead = lead[i+1:]
		}
		// (not "… modifie le décret n° 2002-9 qui prévoit en son article
		// 4", the relative clause's own subject)
		if !determinerOnly[lexgraph.Fold(strings.TrimSpace(lead))] || strings.Contains(text[s.end:at], ";") || strings.Contains(lexgraph.Fold(text[last.end:at]), "qui ") {
			return last
		}
		return s
	}
	return last
}

// reStatesIn ends the words before "son article" that make the sentence's
// subject its owner: "dispose en", "prévoit dans", "précise à".
var reStatesIn = regexp.MustCompile(`(?:dispose|pr[ée]voit|pr[ée]cise|stipule|[ée]nonce|indique|prescrit)\s+(?:en|dans|à)\s+$`)

// determinerOnly holds what may come before a sentence's subject.
var determinerOnly = map[string]bool{"": true, "le": true, "la": true, "les": true, "l'": true, "l’": true}

// sectionOf returns an article's number without the section joined to
// it: "28-I" is of article 28.
// inRange reports whether art is one of the range of articles span cites
// ("205 à 211" holds "208"; "L411-1 à L411-5" holds "L411-3"): the same
// prefix, the last number between the ends'.
func inRange(span, art string) bool {
	from, to, ok := strings.Cut(span, " à ")
	if !ok {
		return false
	}
	stem := func(a string) (string, int, bool) {
		i := len(a)
		for i > 0 && a[i-1] >= '0' && a[i-1] <= '9' {
			i--
		}
		if i == len(a) {
			return "", 0, false
		}
		n, err := strconv.Atoi(a[i:])
		return a[:i], n, err == nil
	}
	ps, lo, ok1 := stem(from)
	qs, hi, ok2 := stem(to)
	as, n, ok3 := stem(art)
	return ok1 && ok2 && ok3 && ps == qs && ps == as && lo <= n && n <= hi
}

func sectionOf(art string) string {
	if i := strings.LastIndexByte(art, '-'); i > 0 && strings.Trim(art[i+1:], "IVX") == "" && i+1 < len(art) {
		return art[:i]
	}
	return art
}

// reApplicationOfThe is what stands before an article a text is said to
// apply: "pour l'application de l'", "décret d'application de l'".
var reApplicationOfThe = regexp.MustCompile(`(?i)\bapplication\s+de\s+l['’]\s*$`)

// reForApplication is a text said to apply another's provision.
// ("pris pour l'application de", "qui fixe les modalités d'application
// de")
var reForApplication = regexp.MustCompile(`(?i)\bpris\s+(?:pour|en)\s+(?:l['’]\s*)?application\b|\b(?:fix\pL*|pr[ée]cis\pL*|d[ée]termin\pL*)\s+(?:les\s+)?(?:modalit[ée]s|conditions)\s+d['’]\s*application\b`)

// reRecalled is what follows an article cited again: "l'article 68
// susvisé".
var reRecalled = regexp.MustCompile(`^\s*(?:susvis|pr[ée]cit|susmentionn|ci-dessus)`)

// citesShape reports whether the document cites no article of code id,
// or one numbered as art is (sameShape).
func (r *resolver) citesShape(id, art string) bool {
	cited := false
	for i := range r.seen {
		if s := &r.seen[i]; s.id == id && s.article != "" {
			if sameShape(s.article, art) {
				return true
			}
			cited = true
		}
	}
	return !cited
}

// sameShape reports whether two code articles are numbered alike: as
// many digits after their prefix and before the first hyphen ("L2131-11",
// "R2541-22"; not "L316-2"): the numbering of one code, whose legislative
// and regulatory parts share it.
func sameShape(a, b string) bool {
	digits := func(s string) int {
		i := 0
		for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
			i++ // "L", "LO", "R"
		}
		n := 0
		for i+n < len(s) && s[i+n] >= '0' && s[i+n] <= '9' {
			n++
		}
		return n
	}
	na := digits(a)
	return na > 0 && na == digits(b)
}

// yearOf returns the year an instrument's id gives ("celex/32004R0261",
// "loi/2004-575", "loi/91-32", "loi/du-2004-06-21"), or 0.
func yearOf(id string) int {
	if strings.HasPrefix(id, "celex/3") && len(id) >= 11 {
		return atoi(id[7:11])
	}
	slash := strings.IndexByte(id, '/')
	if slash < 0 {
		return 0
	}
	rest := id[slash+1:]
	if strings.HasPrefix(rest, "du-") && len(rest) >= 7 {
		return atoi(rest[3:7])
	}
	switch dash := strings.IndexByte(rest, '-'); dash {
	case 4:
		return atoi(rest[:4])
	case 2:
		return fullYear(rest[:2])
	}
	return 0
}

// ofYear reports whether the instrument id is of year y, as its number
// or its date says: "celex/32008L0098", "loi/95-101", "loi/du-1937-12-31".
func ofYear(id, y string) bool { return y != "" && yearOf(id) == atoi(y) }

// reSentenceEnd is the end of a sentence and the start of the next.
var reSentenceEnd = regexp.MustCompile(`[.!?][\s\x{a0}]+[«"]?[\s\x{a0}]*\p{Lu}`)

// sentenceBetween reports whether a sentence ends between from and to in
// text.
func sentenceBetween(text string, from, to int) bool {
	if from < 0 || to > len(text) || from >= to {
		return false
	}
	return reSentenceEnd.MatchString(text[from:to])
}

// prefixedCode reports whether the document cites the code's articles
// with a prefix ("L. 1110-5-1"), as codes split in parts do.
func (r *resolver) prefixedCode(id string) bool {
	for i := range r.seen {
		if s := &r.seen[i]; s.id == id && isCodeArticle(s.article) {
			return true
		}
	}
	return false
}

// reCodeAcronymAfter is a code's acronym after an article: "l'article
// R.511-21 du CSI".
var reCodeAcronymAfter = regexp.MustCompile(`^\s*(?:du|de\s+l['’])\s*(\p{Lu}{2,6})\b`)

// codeAcronymAfter resolves an article followed by a code's acronym the
// patterns do not take alone ("du CSI", "du CSP": acronyms that name other
// things elsewhere), to that code, and returns where the acronym ends.
func (r *resolver) codeAcronymAfter(after string, pos int) (resolved, int, bool) {
	m := reCodeAcronymAfter.FindStringSubmatchIndex(after)
	if m == nil {
		return resolved{}, 0, false
	}
	e, ok := r.x.cat.byAlias[normName(after[m[2]:m[3]])]
	if !ok || e.Kind != string(lexgraph.KindCode) {
		return resolved{}, 0, false
	}
	return r.fromEntry(r.x.cat.edition(e, r.dayOf(pos)), "code", 0.9), m[3], true
}

// amended returns, for the last text named when it was named as what
// amended another ("le traité sur l'Union européenne, tel que modifié par
// le traité de Lisbonne, prévoit en son article 42"), that other text: the
// subject "son" stands for.
func (r *resolver) amended(last ref) ref {
	text := r.doc.doc.Passages[last.pos].Text
	if w := text[max(0, last.start-40):last.start]; !containsAnyOf(w, amendedByWords) || !reAmendedBy.MatchString(w) {
		return last
	}
	for i := len(r.seen) - 1; i >= 0; i-- {
		s := r.seen[i]
		if s.pos == last.pos && s.end <= last.start && s.id != "" && s.id != last.id && s.kind != lexgraph.KindRapport {
			return s
		}
	}
	return last
}

// holderOf returns, for a text named within the title of another text
// just before it ("l'arrêté du 27 décembre 2019 relatif … et modifiant
// l'arrêté du 4 mai 2017 … . Cet arrêté précise"), that other text: the
// subject a short form at pos, at most a sentence or so later, stands for.
// Else last. sameNoun asks for a holder of last's noun ("cet arrêté"),
// else any text's ("l'article 10 de ce texte" after "le décret n° 2000-276
// …, fixant les modalités d'application de l'article L. 412-51 du code des
// communes").
func (r *resolver) holderOf(last ref, pos, at int, sameNoun bool) ref {
	if r.doc == nil || last.id == "" || last.pos != pos || at-last.end > 300 {
		return last
	}
	text := r.doc.doc.Passages[last.pos].Text
	first := r.listStart(last, text)
	if w := text[max(0, first-60):first]; !containsAnyOf(w, inTitleOfWords) || !reInTitleOf.MatchString(w) {
		return last
	}
	start := sentenceStart(text, first, 0)
	for i := len(r.seen) - 1; i >= 0; i-- {
		s := r.seen[i]
		if s.pos != last.pos || s.end > last.start || s == last {
			continue
		}
		if s.start < start {
			break
		}
		if (s.noun == last.noun || !sameNoun) && s.id != "" && s.id != last.id && !s.short && s.kind != lexgraph.KindRapport && s.end <= first && !strings.ContainsAny(text[s.end:first], ".;") {
			return s
		}
	}
	return last
}

// listStart returns where the list of articles last ends, if it is one,
// begins in text ("… portant application des articles L. 920-5-1, L.
// 920-8 et L. 920-12 du code du travail": at "articles"), else last's
// start.
func (r *resolver) listStart(last ref, text string) int {
	start := last.start
	if last.article == "" {
		return start
	}
	i := len(r.seen) - 1
	for i >= 0 && r.seen[i] != last {
		i--
	}
	for i--; i >= 0; i-- {
		s := r.seen[i]
		if s.pos != last.pos || s.id != last.id || s.article == "" || s.end > start || !reListSeparator.MatchString(text[s.end:start]) {
			break
		}
		start = s.start
	}
	return start
}

// reListSeparator is what stands between two items of a list of articles.
var reListSeparator = regexp.MustCompile(`^\s*(?:,\s*(?:et\s+|ou\s+)?|et\s+|ou\s+)$`)

// reInTitleOf ends the words of a text's title that name another text:
// "… modifiant l'", "… portant abrogation du", "pris pour l'application
// de la".
var reInTitleOf = regexp.MustCompile(`(?:modifiant|compl[ée]tant|abrogeant|portant\s+(?:modification|abrogation|application|r[ée]forme)\s+(?:de|du|des)|pris\s+(?:en|pour)\s+(?:application|l['’]application)\s+(?:de|du|des)|(?:modalit[ée]s|conditions)\s+d['’]\s*application\s+(?:de|du|des))\s+(?:(?:le|la|les|l['’])\s*)?$`)

// inTitleOfWords holds, for each alternative of reInTitleOf, a word it
// cannot match without: most windows hold none, and the regexp, tried at
// every start of its window, is then not run at all.
var inTitleOfWords = []string{"modifiant", "compl", "abrogeant", "portant", "application"}

// amendedByWords is to reAmendedBy what inTitleOfWords is to reInTitleOf.
var amendedByWords = []string{"modifi", "compl", "application"}

// containsAnyOf reports whether s holds one of words.
func containsAnyOf(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// reAmendedBy ends the words that name a text as what amended another, or
// as the one another was made to apply ("le décret …, pris en application
// de la loi …, prévoit, en son article 4": the decree's article).
var reAmendedBy = regexp.MustCompile(`(?:(?:modifi[ée]e?s?|compl[ée]t[ée]e?s?)\s+par|pris\s+(?:en|pour)\s+(?:application|l['’]application)\s+(?:de|du|des))\s+(?:(?:le|la|les|l['’])\s*)?$`)

func isCodeArticle(art string) bool {
	if art == "" {
		return false
	}
	switch art[0] {
	case 'L', 'R', 'D', 'A':
		return len(art) > 1 && (art[1] >= '0' && art[1] <= '9' || art[1] == 'O')
	}
	return false
}

// matchILO matches reILO, looking first for the words it needs.
func matchILO(folded string) []string {
	if !strings.HasPrefix(folded, "convention") || !strings.Contains(folded, "oit") && !strings.Contains(folded, "organisation internationale du travail") {
		return nil
	}
	if m := reILO.FindStringSubmatch(folded); m != nil {
		return m
	}
	return reILOAfter.FindStringSubmatch(folded)
}

var reILO = regexp.MustCompile(`^conventions? (?:n ?o|no|n°|numero)? ?(\d{1,3})\b.*\b(?:oit|organisation internationale du travail)\b`)

// reILOAfter is an ILO convention with its number after the organisation:
// "la convention de l'Organisation internationale du travail n° 158".
var reILOAfter = regexp.MustCompile(`^conventions? (?:de l['’] ?)?(?:oit|organisation internationale du travail) (?:n ?o|no|n°|numero) ?(\d{1,3})$`)

// nounOfKind is the noun short forms use for a kind.
func nounOfKind(k lexgraph.Kind) string {
	switch k {
	case lexgraph.KindTraite:
		return "convention"
	case lexgraph.KindProjetLoi:
		return "projet"
	}
	return string(k)
}

// reOfSomething finds an article followed by the text it belongs to:
// "de la …", "du …", "de l'…", "des …" (but not "du même code", "du présent
// code", which are tied in compose or point back).
// reOfBareNoun is an instrument's noun alone after an article, ending the
// phrase: "(l'article 7) du règlement.", "(article 3) de la directive et".
// "La loi" is left out: docs/references.md reads it as generic.
var reOfBareNoun = regexp.MustCompile(`^,?\s*(?:du\s+|de\s+la\s+|de\s+l['’]\s*)(r[èe]glement|directive|convention|trait[ée]|accord|protocole|d[ée]cret|arr[êe]t[ée]|ordonnance)(?:\s*(?:[.,;:)]|$)|\s+(?:et|ou|qui|que|dont|pour|sur|en|a|ont|est|sont|prévoit|dispose|pr[ée]cit[ée]e?|susvis[ée]e?)(?:\s|[.,;:)]|$))`)

// reOfTextLike is what may follow a code article when it belongs to a
// text named next: a capital, or a noun that names texts or their parts.
// A code article before anything else ("à l'article L. 12 bis des enfants
// adoptés") is of the code named before.
var reOfTextLike = regexp.MustCompile(`^,?\s*(?:de\s+la|de\s+l['’]|du|des|d['’])\s*(?:\p{Lu}|(?i:codes?|m[êe]me|pr[ée]sente?|nouveau|ancien|livres?|parties?|titres?|chapitres?|sections?|annexes?|r[èe]glements?|d[ée]crets?|arr[êe]t[ée]s?|lois?|ordonnances?|conventions?|trait[ée]s?|statuts?|textes?|projets?|propositions?|cahiers?|contrats?|accords?|protocoles?|chartes?|instructions?|circulaires?|directives?)\b)`)

// reOfInfinitive is a verb after an article, not the text it is of:
// "instituée à l'article 17 d'utiliser …".
var reOfInfinitive = regexp.MustCompile(`^\s*d['’]\s*\p{Ll}+(?:er|ir)\b`)

var reOfSomething = regexp.MustCompile(`^,?\s*(?:de\s+la|de\s+l['’]|du|des|d['’])\s*[^\s]`)

var reHasYear = regexp.MustCompile(`\b(1[6-9]|20)\d\d\b`)

// avenantOf resolves "le deuxième avenant à la convention …" to that
// treaty's second avenant, when the treaty named right after it resolves;
// else to an avenant we cannot name.
// next is the candidate after c in its passage, or nil.
func (r *resolver) avenantOf(c, next *candidate, text string, pos int) resolved {
	unnamed := resolved{kind: lexgraph.KindTraite, noun: "avenant", label: upperFirst(lexgraph.CollapseSpace(text[c.start:c.end])), confidence: 0.5}
	n := ordinalNumber(lexgraph.Fold(c.groups.get("ord")))
	if n == "" || next == nil || next.pat.kind != lexgraph.KindTraite || next.start < c.end || !reAvenantGap.MatchString(text[c.end:next.start]) {
		return unnamed
	}
	t, ok := r.designate(next, text, pos)
	if !ok || t.id == "" {
		return unnamed
	}
	id := t.id + "/avenant-" + n
	label := "Avenant n° " + n + " à : " + t.label
	in := lexgraph.Instrument{ID: id, Kind: lexgraph.KindTraite, Label: label}
	return resolved{kind: lexgraph.KindTraite, id: id, label: label, noun: "avenant", confidence: 0.8, inst: in}
}

// reAvenantGap is what stands between an avenant and its treaty: "à la",
// "à « la".
var reAvenantGap = regexp.MustCompile(`^\s*(?:à|a)\s+(?:«\s*)?(?:la|le|l['’])\s*$`)

// ordinalNumber numbers an avenant by its ordinal, folded: a word
// ("deuxieme") or a figure and its ending ("3e", "3eme", "1er"); "" for
// none.
func ordinalNumber(ord string) string {
	if n, ok := ordinalWords[ord]; ok {
		return n
	}
	if len(ord) >= 2 && ord[0] >= '1' && ord[0] <= '9' {
		switch ord[1:] {
		case "e", "eme", "er":
			return ord[:1]
		}
	}
	return ""
}

var ordinalWords = map[string]string{"premier": "1", "deuxieme": "2", "second": "2", "troisieme": "3", "quatrieme": "4",
	"cinquieme": "5", "sixieme": "6", "septieme": "7", "huitieme": "8"}

// isDigits reports whether s is made of ASCII digits, and not empty.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
