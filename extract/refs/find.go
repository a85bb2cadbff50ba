package refs

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2/v2"

	"lexgraph"
)

// candidate is a match of a pattern in one passage, before resolution.
type candidate struct {
	start, end int // byte offsets in the passage
	pat        *pattern
	groups     groups
	articles   []articleItem // for FormArticle
	target     *candidate    // the instrument an article list belongs to
	targetFar  bool          // not next to it: the articles' span stays their own
	goesOn     bool          // an article a list names after the text of its first items (articlesGoingOn)
	// attached is set on a designation whose articles follow it, targeted
	// on one articles belong to, before or after it.
	attached, targeted bool
	// absorbed is set on a division whose article names it ("l'article 5
	// du titre II de la loi …"): the article's mention spans it.
	absorbed bool
	// resolved is what a targeted candidate designates, once resolved, for
	// its articles.
	resolved *resolved
}

// group is what a named group of a pattern matched, and where.
type group struct {
	name, text string
	at         int // byte offset in the passage
}

// groups are a candidate's named groups; there are a handful, so a list
// looked through is cheaper than a map.
type groups []group

// get returns the text of the group called name, or "".
func (gs groups) get(name string) string {
	for _, g := range gs {
		if g.name == name {
			return g.text
		}
	}
	return ""
}

// at returns the byte offset of the group called name, or 0.
func (gs groups) at(name string) int {
	for _, g := range gs {
		if g.name == name {
			return g.at
		}
	}
	return 0
}

// articleItem is one article (or range) of an article list, with its span.
type articleItem struct {
	start, end int
	article    string
	para       string
}

func (c *candidate) form() Form { return c.pat.Form }

// windowAfter and windowBefore bound how far a pattern may reach from its
// trigger word, in runes; the longest real references run to about 300.
// Most matches are short, so patterns first run on a short window, and again
// on the long one only when a match reaches the short window's end.
const (
	windowShort  = 240
	windowAfter  = 900
	windowBefore = 64
)

// find runs the prefilter and the patterns over one passage and returns the
// candidates that survive overlap resolution, in text order.
func (x *Extractor) find(text string, hits contextHits) []*candidate {
	var found []*candidate
	rt := newRuneText(text)
	defer rt.release()
	var sc scratch
	x.eachTrigger(text, hits, func(ws, we int, pats []*pattern) {
		at := rt.index(ws)
		g := newGates()
		for _, p := range pats {
			run, reject, before := g.check(p, text, ws, we)
			if !run {
				continue
			}
			if c := x.try(p, rt, at, &sc, reject, before); c != nil {
				found = append(found, c)
			}
		}
	})
	found = x.lowerConstitution(text, x.ccDecisionsListed(text, yearsListed(text, datesListed(text, textsListed(text, numbersListed(text, splitCoordinated(text, nounsOfPronouns(text, resolveOverlaps(found)))))))))
	for _, c := range found {
		if c.form() == FormArticle {
			if div := c.groups.get("division"); div != "" {
				c.articles = []articleItem{{start: c.start, end: c.end, article: normDivision(c.groups.get("sub") + div)}}
				continue
			}
			c.articles = splitArticles(text, c)
		}
	}
	found = articlesGoingOn(text, found)
	compose(text, found)
	return acronymsAfter(text, found)
}

// reListGoesOn is an article number that goes on a list of articles after
// the text of its first items: ", 77 de la loi …", " et 158 du décret …",
// " et L. 621-31 du code du patrimoine".
var reListGoesOn = regexp.MustCompile(`^,?[ \x{a0}]+(?:et[ \x{a0}]+)?((?:[LRD]\.?[ \x{a0}]?)?\d{1,4}(?:-\d{1,4})*(?:[ \x{a0}](?:bis|ter|quater))?)[ \x{a0}]+(?:du|des|de[ \x{a0}]+la|de[ \x{a0}]+l['’])[ \x{a0}]*`)

// articlesGoingOn adds the articles a plural list names after the text of
// its first ones, each before its own text: "les articles 7 et 11 du
// décret n° 59-327 …, 77 de la loi n° 91-647 … et 158 du décret n°
// 91-1266 …" cites article 77 of the law and 158 of the second decree.
func articlesGoingOn(text string, cs []*candidate) []*candidate {
	for i := 0; i+2 < len(cs); i++ {
		c, d := cs[i], cs[i+1]
		if c.form() != FormArticle || len(c.articles) == 0 || c.groups.get("poss") != "" || !strings.HasPrefix(lexgraph.Fold(text[c.start:c.end]), "articles") && !c.goesOn {
			continue
		}
		if d.form() == FormArticle || !isDesignation(d) || !shortGap(text[c.end:d.start]) || !reOfGap.MatchString(text[c.end:d.start]) {
			continue
		}
		m := reListGoesOn.FindStringSubmatchIndex(text[d.end:clampRune(text, d.end+40)])
		if m == nil || cs[i+2].start != d.end+m[1] || cs[i+2].form() == FormArticle || !isDesignation(cs[i+2]) {
			continue
		}
		start, end := d.end+m[2], d.end+m[3]
		n := &candidate{start: start, end: end, pat: c.pat, goesOn: true,
			groups:   groups{{name: "list", text: text[start:end], at: start}},
			articles: []articleItem{{start: start, end: end, article: normArticle(text[start:end])}}}
		cs = slices.Insert(cs, i+2, n)
	}
	return cs
}

// reTextNoun is a noun of a text a pronoun may stand for ("celui du 5
// février 1987" after "les décrets d'application").
var reTextNoun = regexp.MustCompile(`(?i)(?:^|[^\pL])(d[ée]crets?|arr[êe]t[ée]s?|lois?|ordonnances?|circulaires?)(?:[^\pL]|$)`)

// nounsOfPronouns gives each pronoun and date ("celui du 5 février 1987")
// the noun of the text it stands for: the last such noun before it in its
// sentence, within 300 bytes, if it has the pronoun's gender; a pronoun
// with none is dropped (a rate or a regime "celui du 1er janvier" is no
// text).
func nounsOfPronouns(text string, cs []*candidate) []*candidate {
	out := cs[:0]
	var last *candidate // the pronoun given a noun last
	for _, c := range cs {
		pro := c.groups.get("pronoun")
		if pro == "" {
			out = append(out, c)
			continue
		}
		from := clampRune(text, max(0, c.start-300))
		if i := strings.LastIndexAny(text[from:c.start], "\n;"); i >= 0 {
			from += i + 1
		}
		if i := strings.LastIndex(text[from:c.start], ". "); i >= 0 {
			from += i + 2
		}
		var noun string
		at := 0
		if ms := reTextNoun.FindAllStringSubmatchIndex(text[from:c.start], -1); len(ms) > 0 {
			m := ms[len(ms)-1]
			noun, at = text[from+m[2]:from+m[3]], from+m[2]
		} else if last != nil && last.end >= from && strings.EqualFold(last.groups.get("pronoun"), pro) {
			// "celui du 5 février 1987, relatif à …, et celui du 11
			// février 1987, … ainsi que celui du 30 janvier 1987": the
			// noun of the pronoun before, in the same sentence
			noun, at = last.groups.get("noun"), last.groups.at("noun")
		} else if n, k := sameDayBefore(text, c); n != "" {
			// "les lois … no 87-549 du 16 juillet 1987. L'exécution des
			// deux premières lois …. Celle du 16 juillet 1987": the text of
			// that day named before, further back
			noun, at = n, k
		}
		if noun == "" {
			continue
		}
		feminine := strings.HasPrefix(lexgraph.Fold(noun), "loi") || strings.HasPrefix(lexgraph.Fold(noun), "ordonnance") || strings.HasPrefix(lexgraph.Fold(noun), "circulaire")
		if feminine != strings.EqualFold(pro, "celle") {
			continue
		}
		c.groups = append(c.groups, group{name: "noun", text: noun, at: at})
		out = append(out, c)
		last = c
	}
	return out
}

// sameDayBefore returns the noun of the text the passage named before c,
// further back than c's sentence, with the very date c gives ("… et no
// 87-549 du 16 juillet 1987. … Celle du 16 juillet 1987"), and where that
// noun is; "" where the date was not said before or no noun leads to it.
func sameDayBefore(text string, c *candidate) (string, int) {
	date, at := c.groups.get("date"), c.groups.at("date")
	if len(date) < 8 || at > len(text) {
		return "", 0
	}
	k := strings.LastIndex(text[:c.start], date)
	if k < 0 {
		return "", 0
	}
	from := max(0, sentenceStart(text, k, 0))
	ms := reTextNoun.FindAllStringSubmatchIndex(text[from:k], -1)
	if len(ms) == 0 {
		return "", 0
	}
	m := ms[len(ms)-1]
	return text[from+m[2] : from+m[3]], from + m[2]
}

// reLowerConstitution is "de la constitution" in lower case after an
// article: "l'article 38 de la constitution".
var reLowerConstitution = regexp.MustCompile(`^,?\s*de\s+la\s+(constitution)\b`)

// lowerConstitution adds the Constitution written in lower case right
// after an article ("l'article 38 de la constitution"), which the pattern,
// wanting a capital ("la constitution d'un dossier"), does not take.
func (x *Extractor) lowerConstitution(text string, cs []*candidate) []*candidate {
	var out []*candidate
	for i, c := range cs {
		out = append(out, c)
		if c.pat.Form != FormArticle || x.constitution == nil {
			continue
		}
		m := reLowerConstitution.FindStringSubmatchIndex(text[c.end:clampRune(text, c.end+40)])
		if m == nil || text[c.end+m[2]] != 'c' || i+1 < len(cs) && cs[i+1].start < c.end+m[3] {
			continue
		}
		out = append(out, &candidate{start: c.end + m[2], end: c.end + m[3], pat: x.constitution})
	}
	return out
}

// acronymsAgain adds, in a document's passages, the acronyms that
// acronymsAfter found defined ("la loi sur l'eau et les milieux aquatiques
// (LEMA)") where they are used again after it, in any passage ("l'article 46
// de la LEMA"); the resolver gives each the identity of its first.
func acronymsAgain(d *lexgraph.Document, passages [][]*candidate) {
	type def struct {
		pos, end int
		treaty   bool
		c        *candidate
	}
	defs := map[string]def{}
	for j, cs := range passages {
		for _, c := range cs {
			a := c.groups.get("acronym") // defined within the law's name
			if c.pat == lawAcronym || c.pat == treatyAcronym || c.pat == textAcronym || c.pat == codeAcronym {
				a = c.groups.get("name")
			}
			if len(a) >= 3 {
				if _, ok := defs[a]; !ok {
					defs[a] = def{j, c.end, c.pat == treatyAcronym, c}
				}
			}
		}
	}
	for a, at := range defs {
		if at.c.pat == lawAcronym && usedAsNoun(d, a) {
			// "la loi … relative aux organismes génétiquement modifiés
			// (OGM) … la mise en culture d'OGM": the acronym of what the
			// law is about, not of the law
			passages[at.pos] = slices.DeleteFunc(passages[at.pos], func(c *candidate) bool { return c == at.c })
			continue
		}
		for j := at.pos; j < len(passages); j++ {
			text := d.Passages[j].Text
			from := 0
			if j == at.pos {
				from = at.end
			}
			for {
				start, end, ok := wordAt(text, a, from)
				if !ok {
					break
				}
				from = end
				cs := passages[j]
				i := sort.Search(len(cs), func(i int) bool { return cs[i].end > start })
				if i < len(cs) && cs[i].start < end {
					continue // inside another mention
				}
				c := &candidate{start: start, end: end, pat: lawAcronym, groups: groups{{name: "name", text: a, at: start}, {name: "again", text: a, at: start}}}
				if at.treaty {
					c.pat = treatyAcronym
				}
				if i > 0 && cs[i-1].form() == FormArticle && cs[i-1].target == nil && cs[i-1].groups.get("poss") == "" &&
					shortGap(text[cs[i-1].end:start]) && reOfGap.MatchString(text[cs[i-1].end:start]) {
					// "l'article 46 de la LEMA", as compose ties them
					cs[i-1].target = c
					c.attached, c.targeted = true, true
				}
				passages[j] = slices.Insert(cs, i, c)
			}
		}
	}
}

// usedAsNoun reports whether the document uses acronym after a partitive
// or plural determiner ("d'OGM", "des OGM", "les OGM"), as the name of
// things, which a law is not.
func usedAsNoun(d *lexgraph.Document, acronym string) bool {
	for _, p := range d.Passages {
		for from := 0; ; {
			start, end, ok := wordAt(p.Text, acronym, from)
			if !ok {
				break
			}
			from = end
			if reNounDeterminer.MatchString(p.Text[max(0, start-6):start]) {
				return true
			}
		}
	}
	return false
}

// wordAt returns where the first occurrence of word in text at or after
// from begins and ends that is a word of its own, no letter or digit
// joined to either side ("OGM", not the one in "OGMs"); false when none.
func wordAt(text, word string, from int) (start, end int, ok bool) {
	for from < len(text) {
		k := strings.Index(text[from:], word)
		if k < 0 {
			break
		}
		start, end = from+k, from+k+len(word)
		from = end
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		return start, end, true
	}
	return 0, 0, false
}

// reNounDeterminer ends the words before an acronym used as a noun of
// things: "d'", "des ", "les ", "aux ", "ces ", "sans ".
var reNounDeterminer = regexp.MustCompile(`(?:(?:^|[^\pL])[dD]['’]|(?:^|[^\pL])(?:[dDlLcC]es|[aA]ux|[sS]ans)\s+)$`)

// reTreatyAcronym is a treaty's acronym in parentheses right after its
// name: " (CCAC)".
var reTreatyAcronym = regexp.MustCompile(`^\s?\(\s*(\p{Lu}{3,8})\s*\)`)

// treatyAcronym is the pattern of the treaties' acronyms acronymsAfter
// finds.
var treatyAcronym = &pattern{patternSpec: patternSpec{Name: "treaty_acronym", Kind: string(lexgraph.KindTraite), Form: FormNamed}, kind: lexgraph.KindTraite}

// textAcronym is the pattern of the decrees' and ordonnances' acronyms
// acronymsAfter finds (its kind comes from its text's noun).
var textAcronym = &pattern{patternSpec: patternSpec{Name: "text_acronym", Form: FormNamed}}

// codeAcronym is the pattern of the codes' acronyms acronymsAfter finds
// defined in parentheses ("le code de la nationalité française (C.N.F.)")
// that the catalogue does not know.
var codeAcronym = &pattern{patternSpec: patternSpec{Name: "code_acronym", Kind: string(lexgraph.KindCode), Form: FormNamed}, kind: lexgraph.KindCode}

// reCodeParenAcronym is a code's acronym in parentheses right after its
// name, dotted or not, a C first: " (C.N.F.)", " (CSP)"; not "… du code
// général des impôts (TPU)", a tax's.
var reCodeParenAcronym = regexp.MustCompile(`^\s?\(\s*((?:C\.)(?:\p{Lu}\.){1,5}|C\p{Lu}{1,7})\s*\)`)

// lawAcronym is the pattern of the acronyms acronymsAfter finds.
var lawAcronym = &pattern{patternSpec: patternSpec{Name: "law_acronym", Kind: string(lexgraph.KindLoi), Form: FormNamed}, kind: lexgraph.KindLoi}

// reParenAcronym is an acronym in parentheses: "(LOM)", "(NOTRe)", and a
// finance law's with its year, "(LFSS 2019)".
var reParenAcronym = regexp.MustCompile(`^\(\s*(\p{Lu}[\p{Lu}\d\-]{1,9}\p{Ll}?(?:\s(?:pour\s)?(?:19|20)\d\d)?)\s*\)`)

// notLawAcronyms are acronyms found in laws' titles that name bodies,
// taxes or places, not the law.
var notLawAcronyms = map[string]bool{"UE": true, "CE": true, "CEE": true, "ONU": true, "OCDE": true,
	"EPCI": true, "CNIL": true, "TVA": true, "CSG": true, "RSA": true, "DOM": true, "TOM": true, "COM": true}

// acronymsAfter adds the acronym a law is given in parentheses right after
// it ("la loi n° 2019-1428 du 24 décembre 2019 d'orientation des mobilités
// (LOM)"): a mention of that law, which the resolver ties to it; and the
// acronym the law spells out in parentheses (acronymBefore), which the
// catalogue's aliases name.
func acronymsAfter(text string, cs []*candidate) []*candidate {
	var out []*candidate
	for i, c := range cs {
		if c.pat.kind == lexgraph.KindLoi && c.form() != FormArticle && c.form() != FormShort {
			if a := acronymBefore(text, c, out); a != nil {
				out = append(out, a)
			}
		}
		out = append(out, c)
		if c.form() == FormCode {
			if m := reCodeParenAcronym.FindStringSubmatchIndex(text[c.end:clampRune(text, c.end+20)]); m != nil && (i+1 == len(cs) || cs[i+1].start >= c.end+m[1]) {
				start, end := c.end+m[2], c.end+m[3]
				out = append(out, &candidate{start: start, end: end, pat: codeAcronym, groups: groups{{name: "name", text: text[start:end], at: start}}})
			}
			continue
		}
		if c.pat.kind == lexgraph.KindTraite && c.form() == FormNamed {
			// "la convention sur certaines armes classiques (CCAC)"
			if m := reTreatyAcronym.FindStringSubmatchIndex(text[c.end:clampRune(text, c.end+16)]); m != nil && (i+1 == len(cs) || cs[i+1].start >= c.end+m[1]) && !notLawAcronyms[text[c.end+m[2]:c.end+m[3]]] {
				start, end := c.end+m[2], c.end+m[3]
				out = append(out, &candidate{start: start, end: end, pat: treatyAcronym, groups: groups{{name: "name", text: text[start:end], at: start}}})
			}
			continue
		}
		// a law's, a decree's or an ordonnance's: "le décret n° 2012-1246 …
		// relatif à la gestion budgétaire et comptable publique (GBCP)"
		// (one text, not "les décrets … relatifs aux obligations
		// réglementaires de service (ORS)")
		isText := c.pat.kind == "" && (c.form() == FormNumbered || c.form() == FormDated) && (nounOf(c) == "decret" || nounOf(c) == "ordonnance") &&
			!pluralNoun(text[c.start:c.end]) && strings.HasPrefix(lexgraph.Fold(text[c.start:min(c.end, c.start+12)]), nounOf(c))
		if c.pat.kind != lexgraph.KindLoi && !isText || c.form() == FormArticle || c.form() == FormShort {
			continue
		}
		// the parenthesis opens within what is left of the title, before
		// any sentence end, clause or other parenthesis ("la loi sur l'eau
		// de 1992 avait contraint les communes à mettre en place, avant le
		// 31 décembre 2005, un service public … (SPANC)" names a service)
		rest := text[c.end:clampRune(text, c.end+160)]
		open := strings.IndexAny(rest, ".;,()\n")
		if open < 0 || rest[open] != '(' {
			continue
		}
		at := c.end + open
		if clauseBetween(rest[:open]) {
			continue // "la loi n° 2014-40 … prévoit … un compte … (C3P)"
		}
		m := reParenAcronym.FindStringSubmatchIndex(text[at:])
		if m == nil || i+1 < len(cs) && cs[i+1].start < at+m[1] {
			continue // none, or another pattern found what the parentheses hold
		}
		start, end := at+m[2], at+m[3]
		if notLawAcronyms[text[start:end]] || spellsTail(text[c.end:at], text[start:end]) {
			continue
		}
		if isText {
			out = append(out, &candidate{start: start, end: end, pat: textAcronym, groups: groups{{name: "name", text: text[start:end], at: start}, {name: "noun", text: c.groups.get("noun"), at: c.groups.at("noun")}}})
			continue
		}
		out = append(out, &candidate{start: start, end: end, pat: lawAcronym, groups: groups{{name: "name", text: text[start:end], at: start}}})
	}
	return out
}

// spellsTail reports whether acronym spells the last words of title (the
// words between a text and the parenthesis) but not all of them, its first
// word ("relatif", "portant", "instaurant"…) aside: "le décret … relatif
// aux conditions et modalités d'agrément des groupements agricoles
// d'exploitation en commun (GAEC)" gives the groupements an acronym, not
// the decree; "… relatif à la gestion budgétaire et comptable publique
// (GBCP)" names the decree.
func spellsTail(title, acronym string) bool {
	var initials []byte
	first, creates := true, false
	for _, w := range strings.FieldsFunc(lexgraph.Fold(title), func(r rune) bool { return r == ' ' || r == '\'' || r == '’' || r == '\u00a0' || r == ',' }) {
		if acronymSmallWords[w] || w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if first {
			// "la loi du 24 janvier 1997 instaurant la prestation
			// spécifique dépendance (PSD)": what a text creates has the
			// acronym, even when it is the whole title
			first, creates = false, w == "instaurant" || w == "instituant" || w == "creant" || w == "etablissant"
			continue
		}
		initials = append(initials, w[0])
	}
	a := strings.ToLower(acronym)
	// ("… créant le régime complémentaire obligatoire des chefs
	// d'exploitation (RCO)": the first words of what it creates)
	return len(a) >= 2 && ((len(initials) > len(a) || creates && len(initials) == len(a)) && strings.HasSuffix(string(initials), a) ||
		creates && strings.HasPrefix(string(initials), a))
}

// acronymSmallWords are the words an acronym skips.
var acronymSmallWords = map[string]bool{"a": true, "au": true, "aux": true, "de": true, "des": true, "du": true, "d": true, "l": true, "la": true, "le": true, "les": true, "et": true, "en": true, "ou": true, "sur": true, "pour": true, "par": true}

// clauseBetween reports whether gap, between a law and a parenthesis, holds
// a verb or an article that starts something else than the law's title.
func clauseBetween(gap string) bool {
	for _, w := range strings.Fields(gap) {
		if w == "à" || w == "À" {
			continue // "relative à …", which folds to the verb "a"
		}
		if clauseWords[lexgraph.Fold(w)] {
			return true
		}
	}
	return false
}

// clauseWords are words that do not go on a law's title.
var clauseWords = map[string]bool{"qui": true, "que": true, "dont": true, "a": true, "est": true, "sont": true, "ont": true,
	"avait": true, "prevoit": true, "prevoient": true, "cree": true, "institue": true, "instaure": true, "comme": true,
	"un": true, "une": true, "permet": true, "impose": true, "fixe": true, "definit": true, "dispose": true, "modifie": true,
	// ("l'ordonnance du 1er juillet 2004 concerne principalement les
	// associations syndicales autorisées (ASA)" names the associations)
	"concerne": true, "concernent": true, "vise": true, "visent": true, "regit": true, "precise": true, "encadre": true,
	"organise": true, "porte": true, "etablit": true, "autorise": true, "interdit": true, "oblige": true, "prevoyait": true,
	"notamment": true, "principalement": true, "essentiellement": true, "egalement": true}

// reAcronymOpen is an acronym and the parenthesis that opens on the law it
// stands for: "LME (" of "LME (loi de modernisation de l'économie)".
var reAcronymOpen = regexp.MustCompile(`(?:^|[\s,;:])(\p{Lu}[\p{Lu}\d\-]{1,9}\p{Ll}?)\s*\(\s*$`)

// acronymBefore returns the acronym that stands right before law c, which
// its parentheses spell out ("LME (loi de modernisation de l'économie)"),
// or nil; found holds the candidates before c.
func acronymBefore(text string, c *candidate, found []*candidate) *candidate {
	if c.start == 0 || text[c.start-1] != '(' && text[c.start-1] != ' ' {
		return nil
	}
	rest := text[c.end:clampRune(text, c.end+4)]
	if !strings.HasPrefix(strings.TrimLeft(rest, " "), ")") {
		return nil // the parentheses hold more than the law
	}
	base := max(0, c.start-16)
	m := reAcronymOpen.FindStringSubmatchIndex(text[base:c.start])
	if m == nil {
		return nil
	}
	start, end := base+m[2], base+m[3]
	if notLawAcronyms[text[start:end]] || len(found) > 0 && found[len(found)-1].end > start {
		return nil
	}
	return &candidate{start: start, end: end, pat: lawAcronym, groups: groups{{name: "name", text: text[start:end], at: start}}}
}

// scratch holds the group spans of the last matches, reused from one try to
// the next so that matching allocates nothing until a candidate is made.
type scratch struct {
	match, before []groupSpan
}

// try runs pattern p at the trigger word starting at rune at of rt; reject
// and before tell whether its reject_before and before patterns can match
// there (see gates).
func (x *Extractor) try(p *pattern, rt *runeText, at int, sc *scratch, reject, before bool) *candidate {
	window := rt.runes[max(0, at-windowBefore):at]
	if reject && p.rejectBefore != nil {
		if _, ok := x.match(p.rejectBefore, window, nil, false); ok {
			return nil
		}
	}
	var bok bool
	if before && p.before != nil {
		// a required look-behind is cheaper than the pattern: check it first
		if sc.before, bok = x.match(p.before, window, sc.before[:0], true); !bok && !p.BeforeOpt {
			return nil
		}
	}
	win := rt.runes[at:min(len(rt.runes), at+windowShort)]
	var ok bool
	sc.match, ok = x.match(p.match, win, sc.match[:0], true)
	if ok && sc.match[0].end() >= len(win)-8 && at+len(win) < len(rt.runes) {
		win = rt.runes[at:min(len(rt.runes), at+windowAfter)]
		sc.match, ok = x.match(p.match, win, sc.match[:0], true)
	}
	if !ok {
		return nil
	}
	c := &candidate{start: rt.offset(at), end: rt.offset(at + sc.match[0].end()), pat: p}
	n := len(sc.match) - 1
	if bok && !p.BeforeGate {
		n += len(sc.before) - 1
	}
	c.groups = make(groups, 0, n)
	// the groups' texts are the passage's own bytes, not runes turned back
	for _, g := range sc.match[1:] {
		start := rt.offset(at + g.index)
		c.groups = append(c.groups, group{name: g.name, text: rt.text[start:rt.offset(at+g.end())], at: start})
	}
	if bok && !p.BeforeGate {
		base := at - len(window)
		c.start = rt.offset(base + sc.before[0].index)
		for _, g := range sc.before[1:] {
			start := rt.offset(base + g.index)
			c.groups = append(c.groups, group{name: g.name, text: rt.text[start:rt.offset(base+g.end())], at: start})
		}
	}
	return c
}

// groupSpan is where a named group (or the whole match, first) matched, in
// runes of the matched input.
type groupSpan struct {
	name         string
	index, count int
}

func (g groupSpan) end() int { return g.index + g.count }

// match runs re over in and reports whether it matched; with groups, the
// whole match and the named groups that took part are appended to spans.
// A match that times out counts as none, and is counted.
func (x *Extractor) match(re *compiled, in []rune, spans []groupSpan, groups bool) ([]groupSpan, bool) {
	ok := false
	err := re.FindRunesMatches(in, -1, func(v regexp2.MatchView) bool {
		ok = true
		if groups {
			idx, n, _ := v.GroupRange(0)
			spans = append(spans, groupSpan{index: idx, count: n})
			for _, g := range re.names {
				if idx, n, took := v.GroupRange(g.num); took {
					spans = append(spans, groupSpan{name: g.name, index: idx, count: n})
				}
			}
		}
		return false
	})
	if err != nil {
		x.timeouts.Add(1)
		return spans, false
	}
	return spans, ok
}

// runeText is a passage as runes, for regexp2, which counts runes, with the
// byte offset of every rune, for lexgraph, which reports bytes.
type runeText struct {
	text  string
	runes []rune
	bytes []int32 // bytes[i]: the byte offset of rune i; bytes[len(runes)] = len(text)
	// the last rune index asked for, to walk on from it
	cursor int
}

// runeTexts keeps the buffers of finished passages for the next ones.
var runeTexts = sync.Pool{New: func() any { return new(runeText) }}

func newRuneText(text string) *runeText {
	rt := runeTexts.Get().(*runeText)
	if cap(rt.bytes) < len(text)+1 { // an empty passage too needs its end's offset
		rt.runes, rt.bytes = make([]rune, len(text)), make([]int32, len(text)+1)
	}
	runes, bytes := rt.runes[:len(text)], rt.bytes[:len(text)+1]
	n := 0
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			runes[n], bytes[n] = rune(c), int32(i)
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		runes[n], bytes[n] = r, int32(i)
		n++
		i += size
	}
	bytes[n] = int32(len(text))
	rt.text, rt.runes, rt.bytes, rt.cursor = text, runes[:n], bytes[:n+1], 0
	return rt
}

// release gives rt's buffers back for another passage.
func (rt *runeText) release() { runeTexts.Put(rt) }

// offset returns the byte offset of rune i.
func (rt *runeText) offset(i int) int { return int(rt.bytes[i]) }

// index returns the index of the rune at byte offset b; successive calls
// ask for increasing offsets, so it searches on from the last answer.
func (rt *runeText) index(b int) int {
	lo := rt.cursor
	if lo >= len(rt.bytes) || int(rt.bytes[lo]) > b {
		lo = 0
	}
	hi := min(len(rt.bytes)-1, lo+b-int(rt.bytes[lo])) // a rune takes a byte at least
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(rt.bytes[mid]) < b {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	rt.cursor = lo
	return lo
}

// eachTrigger calls fn for every trigger word of text, with the patterns it
// starts. It is the cheap literal prefilter: words are folded into a small
// buffer, most are dismissed by their first two letters, and the patterns run
// only where a trigger word stands. The catalogue's context words are found
// in the same pass and noted in hits (unless nil).
func (x *Extractor) eachTrigger(text string, hits contextHits, fn func(ws, we int, pats []*pattern)) {
	var buf [64]byte
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				i += size
				continue
			}
		}
		// a word starts at i
		ws := i
		n := 0
		ok := true
		if i+3 <= len(text) && isASCIILetter(text[i]) && isASCIILetter(text[i+1]) && isASCIILetter(text[i+2]) {
			// most words start with three ASCII letters, and most are
			// dismissed by them
			buf[0], buf[1], buf[2] = text[i]|0x20, text[i+1]|0x20, text[i+2]|0x20
			if !x.prefix3[triple(buf[0], buf[1], buf[2])] {
				i = skipWord(text, i+3)
				continue
			}
			n, i = 3, i+3
		}
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					break
				}
				if n < len(buf) {
					buf[n] = c | 0x20
					n++
				} else {
					ok = false
				}
				i++
				if n == 2 && !x.prefix2[pair(buf[0], buf[1])] || n == 3 && !x.prefix3[triple(buf[0], buf[1], buf[2])] {
					// most words end here: no trigger starts so
					i = skipWord(text, i)
					ok = false
					break
				}
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				break
			}
			if f := foldLetter(r); f == "" || n+len(f) > len(buf) {
				ok = false
			} else {
				n += copy(buf[n:], f)
			}
			i += size
		}
		if !ok || n > x.maxTrigger || n < 2 || !x.prefix2[pair(buf[0], buf[1])] ||
			n == 2 && !x.word2[pair(buf[0], buf[1])] || n >= 3 && !x.prefix3[triple(buf[0], buf[1], buf[2])] ||
			n == 3 && !hasBit(x.word3[:], triple(buf[0], buf[1], buf[2])) || n >= 4 && !hasBit(x.prefix4[:], quad(buf[0], buf[1], buf[2], buf[3])) {
			continue
		}
		w := x.byTrigger[string(buf[:n])] // no allocation: a map index
		if len(w.context) > 0 && hits != nil {
			hits.note(text, ws, i, n, w.context)
		}
		pats := w.pats
		if up := text[ws]; up >= 'A' && up <= 'Z' {
			if exact := x.byExact[text[ws:i]]; len(exact) > 0 {
				pats = append(pats[:len(pats):len(pats)], exact...)
			}
		}
		if len(pats) > 0 {
			fn(ws, i, pats)
		}
	}
}

// skipWord returns the end of the word going on at byte i.
func skipWord(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			return i
		}
		i += size
	}
	return i
}

// gates are the words around one trigger word that the patterns' next,
// prev and reject_prev lists are checked against, folded once for all the
// patterns into buffers of their own (lengths, not slices, so that gates
// stay on the stack). Most lists turn a word away by its first (or last)
// byte, so that byte is found first, and the words folded only when a list
// may hold them.
type gates struct {
	nextBuf, prevBuf [64]byte
	nextLen, prevLen int // notYet: not folded yet
	next1, prev1     int // the first byte of the next words, the last of the previous one, folded; none, or notYet
	capital          int // 0: not known yet; 1: no; 2: yes
}

const (
	notYet = -2
	none   = -1
)

func newGates() gates {
	return gates{nextLen: notYet, prevLen: notYet, next1: notYet, prev1: notYet}
}

// check tells, from the words around the trigger word [ws, we) of text,
// whether pattern p may match there at all (run), and whether its
// reject_before and before patterns may: a list that turns a look-behind
// away spares running it, and a required look-behind turned away spares the
// whole pattern.
func (g *gates) check(p *pattern, text string, ws, we int) (run, reject, before bool) {
	if (len(p.Next) > 0 || p.NextCapital) && !g.nextIn(&p.next, text, we) && !(p.NextCapital && g.capitalAfter(text, we)) {
		return false, false, false
	}
	reject, before = true, true
	if len(p.RejectPrev) > 0 {
		reject = g.prevIn(&p.rejectPrev, text, ws)
	}
	if len(p.Prev) > 0 {
		before = g.prevIn(&p.prev, text, ws)
	}
	if !before && p.before != nil && !p.BeforeOpt {
		return false, false, false
	}
	return true, reject, before
}

// nextIn reports whether the text after the word ending at we begins with
// one of a's words, folded.
func (g *gates) nextIn(a *affixes, text string, we int) bool {
	if a.empty {
		return true
	}
	if g.next1 == notYet {
		g.next1 = firstFolded(text[we:clampRune(text, we+nextWindow)])
	}
	if g.next1 == none || !a.hasEnd(byte(g.next1)) {
		return false
	}
	if g.nextLen == notYet {
		var tmp [64]byte
		g.nextLen = copy(g.nextBuf[:], foldNext(tmp[:0], text, we))
	}
	return hasAnyPrefix(g.nextBuf[:g.nextLen], a.list)
}

// prevIn reports whether the word before the one starting at ws ends with
// one of a's words, folded.
func (g *gates) prevIn(a *affixes, text string, ws int) bool {
	if a.empty {
		return true
	}
	if g.prev1 == notYet {
		g.prev1 = lastFolded(text, ws)
	}
	if g.prev1 == none || !a.hasEnd(byte(g.prev1)) {
		return false
	}
	if g.prevLen == notYet {
		var tmp [64]byte
		g.prevLen = copy(g.prevBuf[:], foldPrev(tmp[:0], text, ws))
	}
	return hasAnySuffix(g.prevBuf[:g.prevLen], a.list)
}

func (g *gates) capitalAfter(text string, we int) bool {
	if g.capital == 0 {
		g.capital = 1
		if capitalAfter(text, we) {
			g.capital = 2
		}
	}
	return g.capital == 2
}

// firstFolded returns the first byte of window folded by foldGate, or none
// when that is empty.
func firstFolded(window string) int {
	for i := 0; i < len(window); {
		c := window[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				i++
				continue
			}
			return int(foldGateByte(lower(c)))
		}
		_, size := utf8.DecodeRuneInString(window[i:])
		var tmp [8]byte
		if f := lexgraph.AppendFoldSpace(tmp[:0], window[i:i+size]); len(f) > 0 {
			return int(foldGateByte(f[0]))
		}
		i += size // white space
	}
	return none
}

// lastFolded returns the last byte of foldPrev's word, or none when there is
// no word.
func lastFolded(text string, ws int) int {
	i := ws
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= size
	}
	if i == 0 {
		return none
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	if !isPrevRune(r) {
		return none
	}
	var tmp [8]byte
	f := lexgraph.AppendFoldSpace(tmp[:0], text[i-size:i])
	if len(f) == 0 {
		return none
	}
	return int(foldGateByte(f[len(f)-1]))
}

// isPrevRune tells the runes of the words foldPrev reads.
func isPrevRune(r rune) bool {
	return unicode.IsLetter(r) || strings.ContainsRune("'’ʼ‘`-‑–", r)
}

// foldGateByte writes the backquote as foldGate does.
func foldGateByte(c byte) byte {
	if c == '`' {
		return '\''
	}
	return c
}

// foldPrev appends to b the word before the one starting at ws, past the
// white space between them: its letters, apostrophes and hyphens, folded.
func foldPrev(b []byte, text string, ws int) []byte {
	i := ws
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= size
	}
	end := i
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !isPrevRune(r) {
			break
		}
		i -= size
	}
	return foldGate(b, text[i:end])
}

// foldGate appends s folded to b, with the backquote, which the patterns
// take for an apostrophe, written as one.
func foldGate(b []byte, s string) []byte {
	start := len(b)
	b = lexgraph.AppendFoldSpace(b, s)
	for k := start; k < len(b); k++ {
		if b[k] == '`' {
			b[k] = '\''
		}
	}
	return b
}

// capitalAfter reports whether the word after the one ending at we starts
// with a capital letter.
func capitalAfter(text string, we int) bool {
	for i := we; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			return unicode.IsUpper(r)
		}
		i += size
	}
	return false
}

// foldNext appends to b the text after the word ending at we, folded, its
// leading spaces dropped, for the patterns' next lists.
func foldNext(b []byte, text string, we int) []byte {
	return foldGate(b, text[we:clampRune(text, we+nextWindow)])
}

// nextWindow is how many bytes after a trigger word the next lists see.
const nextWindow = 40

func hasAnySuffix(s []byte, suffixes []string) bool {
	for _, x := range suffixes {
		if len(s) >= len(x) && string(s[len(s)-len(x):]) == x {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s []byte, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && string(s[:len(p)]) == p {
			return true
		}
	}
	return false
}

// pair indexes the first two letters of a folded word, triple the first
// three.
func pair(a, b byte) int { return int(a&31)<<5 | int(b&31) }

func triple(a, b, c byte) int { return int(a&31)<<10 | int(b&31)<<5 | int(c&31) }

// quad hashes the first four letters of a folded word to 16 bits.
func quad(a, b, c, d byte) int {
	return int(uint32(triple(a, b, c)<<5|int(d&31))*0x9e3779b1>>16) & (1<<16 - 1)
}

func setBit(bits []uint64, i int)      { bits[i>>6] |= 1 << (i & 63) }
func hasBit(bits []uint64, i int) bool { return bits[i>>6]&(1<<(i&63)) != 0 }

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// foldLetter returns a non-ASCII letter folded as lexgraph.Fold folds it
// ("é" "e", "œ" "oe"), or "" when that is not ASCII.
func foldLetter(r rune) string {
	if r < rune(len(letterFolds)) {
		return letterFolds[r]
	}
	if l := unicode.ToLower(r); l < utf8.RuneSelf {
		return lexgraph.Fold(string(l))
	}
	return ""
}

// letterFolds holds foldLetter's answers for the Latin letters.
var letterFolds = func() (t [0x250]string) {
	for r := range rune(len(t)) {
		f := lexgraph.Fold(string(r))
		if unicode.IsLetter(r) && strings.IndexFunc(f, func(c rune) bool { c |= 0x20; return c < 'a' || c > 'z' }) < 0 {
			t[r] = f
		}
	}
	return t
}()

// clampRune returns min(i, len(s)) moved back to a rune boundary.
func clampRune(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// resolveOverlaps keeps, among overlapping candidates, the one of highest
// priority, then the longest, then the first.
func resolveOverlaps(cs []*candidate) []*candidate {
	slices.SortStableFunc(cs, func(a, b *candidate) int {
		if a.pat.Priority != b.pat.Priority {
			return b.pat.Priority - a.pat.Priority
		}
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return lb - la
		}
		return a.start - b.start
	})
	kept := make([]*candidate, 0, len(cs))
	for _, c := range cs {
		clash := false
		for _, k := range kept {
			if c.start < k.end && k.start < c.end {
				clash = true
				break
			}
		}
		if !clash {
			kept = append(kept, c)
		}
	}
	slices.SortFunc(kept, func(a, b *candidate) int { return a.start - b.start })
	return kept
}

// reTailDate is a date at the end of the first of two treaties.
var reTailDate = regexp.MustCompile(`(?:1er|[0-3]?\d)\s+\pL+\s+(?:1[6-9]|20)\d\d$`)

// reCoordinated finds the second name of "les conventions de Washington et
// de Berne", or the second date of "les accords des 23 février 1984 et 4
// mai 1989": two instruments under one plural noun.
var reCoordinated = regexp.MustCompile(`\s+et\s+(?:de\s+|d['’ʼ]\s*)\p{Lu}|\d\d\s+et\s+(?:du\s+)?(?:1er|[0-3]?\d)\s+\pL+\s+(?:1[6-9]|20)\d\d`)

// splitCoordinated splits a candidate naming several instruments into one
// candidate each: "les conventions de Washington et de Berne", "les arrêtés
// des 9 et 10 mai 2011".
func splitCoordinated(text string, cs []*candidate) []*candidate {
	out := make([]*candidate, 0, len(cs))
	for _, c := range cs {
		if c.groups.get("day1") != "" {
			if c.pat.Kind == string(lexgraph.KindLoi) && !pluralNoun(text[c.start:c.end]) {
				// "la loi des 16 et 24 août 1790" is one law, of its
				// last day; "les lois des 31 mars et 24 juin 1919" two
				out = append(out, c)
				continue
			}
			out = append(out, splitDates(text, c)...)
			continue
		}
		if c.groups.get("a2") != "" {
			out = append(out, splitNumbers(c)...)
			continue
		}
		noun := c.groups.get("noun")
		if c.pat.kind != lexgraph.KindTraite || c.form() != FormNamed || !strings.HasSuffix(lexgraph.Fold(noun), "s") {
			out = append(out, c)
			continue
		}
		span := text[c.start:c.end]
		loc := reCoordinated.FindStringIndex(span)
		if loc == nil {
			out = append(out, c)
			continue
		}
		if span[loc[0]] >= '0' && span[loc[0]] <= '9' {
			if strings.HasPrefix(lexgraph.Fold(noun), "echange") {
				out = append(out, c) // an exchange of letters has a date a letter
				continue
			}
			loc[0] += 2 // the first date's year ends the first treaty
		}
		second := c.start + loc[0] + strings.Index(span[loc[0]:], "et") + 2
		for second < c.end && text[second] == ' ' {
			second++
		}
		first := &candidate{start: c.start, end: c.start + loc[0], pat: c.pat, groups: groups{{name: "noun", text: noun}, {name: "tail", text: span[len(noun):loc[0]]}}}
		if d := reTailDate.FindString(span[len(noun):loc[0]]); d != "" {
			first.groups = append(first.groups, group{name: "date", text: d})
		}
		rest := &candidate{start: second, end: c.end, pat: c.pat, groups: groups{{name: "noun", text: noun}, {name: "tail", text: text[second:c.end]}, {name: "date", text: c.groups.get("date")}}}
		out = append(out, first, rest)
	}
	return out
}

// reNextNumber is the next number of a list of EU acts after a plural
// noun: ", 2003/85", " et 2005/37", ", n° 2004/103/CE", and after the
// subject of the one before ("79/409 sur la conservation des oiseaux
// sauvages et 92/43 sur …", "79/409 du 2 avril 1979, concernant …, et
// 92/43 du 21 mai 1992": the date of the next joins it).
var reNextNumber = regexp.MustCompile(`^(?:,?\s+(?:sur|concernant|relatives?\s+(?:à|au|aux))\s+[^,;.()\d]{3,80}?)?(?:\s*,\s*(?:et\s+)?|\s+et\s+)(?:n[°º]\s*)?((?:19|20)?\d\d)/(\d{1,4})(?:/(CEE|CE|UE))?\b(?:\s+du\s+(?:1er|[0-3]?\d)\s+\pL+\s+(?:19|20)\d\d\b)?`)

// reNextRegulation is the next number of a list of EU regulations, number
// then year ("574/72") or year then number ("2018/1725"), perhaps after the
// subject of the one before: "règlements n° 1408/71, relatif à l'application
// des régimes de sécurité sociale aux travailleurs …, et n° 574/72" (there
// its number sign is wanted).
var reNextRegulation = regexp.MustCompile(`^(?:(?:\s*,\s*|\s+et\s+)(?:n[°º]\s*)?|,?\s+(?:relatifs?|fixant|portant|sur|concernant)\s+[^,;.()\d]{3,180}?(?:\s*,\s*|\s+et\s+)n[°º]\s*)(\d{1,4})/(\d{2,4})()\b(?:\s+du\s+(?:1er|[0-3]?\d)\s+\pL+\s+(?:19|20)\d\d\b)?`)

// reNextTextNumber is the next number of a list of French texts after a
// plural noun: ", no 78-874 du 9 aout 1978", " et n° 2010-1277", ", 50-582
// et 50-583 du 25 mai 1950" (a number without its sign, not a span of
// years), " et 86-479 des 13 et 15 mars 1986" (the second day its own),
// after the subject of the one before ("2000-657 du 13 juillet 2000
// instituant une mesure … et 2004-751 du 27 juillet 2004").
var reNextTextNumber = regexp.MustCompile(`^(?:\s+(?:instituant|relatifs?|relatives?|portant|fixant|modifiant)\s+[^,;.()\d]{3,160}?)?(?:\s*,\s*|\s+et\s+)(?:(?:n\s?[°ºo˚]\.?|no\.?)\s*(\d{2,4}[-‑–]\d{1,5}(?:\s(?:bis|ter)\b)?)|(\d{2,4}[-‑–]\d{1,5}))\b(?:\s+du\s+((?:1er|[0-3]?\d)\s+\pL+\s+(?:1[6-9]|20)\d\d)|\s+des\s+(?:1er|[0-3]?\d)\s+et\s+((?:1er|[0-3]?\d)\s+\pL+\s+(?:1[6-9]|20)\d\d))?`)

// textsListed adds the numbers that follow a French text's number under a
// plural noun, one candidate each: "décrets no 72-1269 du 30 décembre 1972,
// no 78-874 du 9 août 1978" gives the second decree too.
func textsListed(text string, cs []*candidate) []*candidate {
	return listed(text, cs, func(c *candidate) *regexp.Regexp {
		if c.form() != FormNumbered || c.groups.get("num") == "" || !pluralNoun(text[c.start:c.end]) {
			return nil
		}
		return reNextTextNumber
	}, func(c *candidate, end int, m []int) *candidate {
		ns, ne := m[2], m[3]
		start := end + strings.LastIndexAny(text[end:end+max(ns, 0)], "nN") // its sign
		if ns < 0 {
			ns, ne, start = m[4], m[5], end+m[4] // no number sign
			if yearSpan(text[end+ns : end+ne]) {
				return nil // "2008-2012": years, not a text
			}
		}
		g := groups{{name: "num", text: text[end+ns : end+ne], at: end + ns}}
		if noun := c.groups.get("noun"); noun != "" {
			g = append(g, group{name: "noun", text: noun, at: c.groups.at("noun")})
		}
		for _, d := range []int{6, 8} {
			if m[d] >= 0 {
				g = append(g, group{name: "date", text: text[end+m[d] : end+m[d+1]], at: end + m[d]})
			}
		}
		return &candidate{start: start, end: end + m[1], pat: c.pat, groups: g}
	})
}

// listed adds, after each candidate that next gives an expression for, the
// items of its list that the expression reads one after the other, each
// made a candidate by item (m: the match's indexes, from end; nil ends the
// list), up to the next candidate. A list goes on after a text of its kind
// named in the singular within it ("décrets no 72-1269 …, no 78-874 …
// modifiant le décret no 76-233 …, no 81-883 …": the last is the list's).
func listed(text string, cs []*candidate, next func(c *candidate) *regexp.Regexp, item func(c *candidate, end int, m []int) *candidate) []*candidate {
	out := make([]*candidate, 0, len(cs))
	var resume *candidate // the list that goes on after cs[i]
	for i, c := range cs {
		out = append(out, c)
		head := c
		re := next(c)
		if re == nil && resume != nil {
			head, re = resume, next(resume)
		}
		resume = nil
		if re == nil {
			continue
		}
		end := c.end
		for {
			m := re.FindStringSubmatchIndex(text[end:clampRune(text, end+240)])
			if m == nil || i+1 < len(cs) && cs[i+1].start < end+m[1] {
				break
			}
			it := item(head, end, m)
			if it == nil {
				break
			}
			out = append(out, it)
			end += m[1]
		}
		if i+1 < len(cs) && nestedIn(text, head, end, cs[i+1]) {
			resume = head
		}
	}
	return out
}

// reNestedGap is what may stand between a list's last item and a text named
// within the list: a participle and an article ("modifiant le").
var reNestedGap = regexp.MustCompile(`^\s+(?:modifiant|modifi[ée]e?s?\s+par|compl[ée]tant|abrogeant|portant\s+application\s+d[ue]|pris\s+pour\s+l['’]application\s+d[ue])\s+(?:le|la|l['’]\s*)?\s*$`)

// nestedIn reports whether d, after a list head's item ending at end, is a
// text of the head's kind named in the singular within the list.
func nestedIn(text string, head *candidate, end int, d *candidate) bool {
	return d.start >= end && d.pat.Kind == head.pat.Kind && d.form() == head.form() && !pluralNoun(text[d.start:d.end]) && reNestedGap.MatchString(text[end:d.start])
}

// reNextOldNumber is the next number of a list of the Communities' older
// regulations: " et 3821-85", " et no 2828-77 du conseil du 12 decembre
// 1977" (its Council and date join it), ", n°1072-2009" (the year in
// full).
var reNextOldNumber = regexp.MustCompile(`^(?:\s*,\s*|\s+et\s+)(?:n[°ºo]\.?\s*)?(\d{1,4})[-‑–](\d{2}|(?:19|20)\d\d)()\b(?:\s+du\s+(?i:conseil))?(?:\s+du\s+(?:1er|[0-3]?\d)\s+\pL+\s+(?:19|20)\d\d)?`)

// numbersListed adds the numbers that follow an EU act's number under a
// plural noun, one candidate each: "six directives (n° 2002/89, 2003/85,
// 2003/99, 2004/103, 2004/117 et 2005/37)" names six directives.
func numbersListed(text string, cs []*candidate) []*candidate {
	return listed(text, cs, func(c *candidate) *regexp.Regexp {
		switch {
		case c.form() != FormEU || c.groups.get("b") == "" || !pluralNoun(text[c.start:c.end]):
			return nil
		case c.pat.Name == "reglement_ancien":
			return reNextOldNumber
		case c.pat.Kind == string(lexgraph.KindReglement):
			return reNextRegulation
		}
		return reNextNumber
	}, func(c *candidate, end int, m []int) *candidate {
		g := groups{{name: "a", text: text[end+m[2] : end+m[3]], at: end + m[2]}, {name: "b", text: text[end+m[4] : end+m[5]], at: end + m[4]}, {name: "listed", text: "1", at: end}}
		if m[6] >= 0 && m[7] > m[6] {
			g = append(g, group{name: "suffix", text: text[end+m[6] : end+m[7]], at: end + m[6]})
		}
		return &candidate{start: end + numberSign(text[end:end+m[2]]), end: end + m[1], pat: c.pat, groups: g}
	})
}

// reNumberSign is a number sign ending what comes before a number.
var reNumberSign = regexp.MustCompile(`n[°º]\s*$`)

// numberSign returns where the number sign that ends before stands, or
// len(before) without one: a listed item's span starts at its sign.
func numberSign(before string) int {
	if loc := reNumberSign.FindStringIndex(before); loc != nil {
		return loc[0]
	}
	return len(before)
}

// reNextTextDay is the next date of a list of French texts named by their
// dates under a plural noun: "les lois du 13 juin 1998 et du 19 janvier
// 2000", "les arrêtés tarifaires du 10 juillet 2006 et 12 juillet 2010",
// "les lois des 30 octobre 1886 et 19 juillet 1889", "des 21 février 1986,
// 12 mars 1986 et 17 août 1988".
var reNextTextDay = regexp.MustCompile(`^(?:\s*,\s*|\s+et\s+)(?:du\s+)?((?:1er|[0-3]?\d)\s+\pL+\s+(?:1[6-9]|20)\d\d)\b`)

// datesListed adds the dates that follow a text's date under a plural
// noun, one candidate each.
func datesListed(text string, cs []*candidate) []*candidate {
	return listed(text, cs, func(c *candidate) *regexp.Regexp {
		if c.form() != FormDated || c.groups.get("date") == "" || c.groups.get("day1") != "" || !pluralNoun(text[c.start:c.end]) {
			return nil
		}
		return reNextTextDay
	}, func(c *candidate, end int, m []int) *candidate {
		g := groups{{name: "date", text: text[end+m[2] : end+m[3]], at: end + m[2]}}
		for _, name := range []string{"noun", "foreign"} {
			// (the noun and the country of the list's first text)
			if v := c.groups.get(name); v != "" {
				g = append(g, group{name: name, text: v, at: c.groups.at(name)})
			}
		}
		start := end + m[2]
		if i := strings.Index(text[end:end+m[2]], "du"); i >= 0 {
			start = end + i
		}
		return &candidate{start: start, end: end + m[1], pat: c.pat, groups: g}
	})
}

// reCCList is a list of the Conseil constitutionnel's decisions whose kind
// and date the last gives for all: "décisions n° 2011-191, n° 2011-194 et
// n° 2011-197 QPC du 18 novembre 2011".
var reCCList = regexp.MustCompile(`[dD][ée]cisions\s+(?:n[°o]s?\s*)?\d{2,4}-\d{1,4}(?:\s*(?:,|et)\s*(?:n[°o]\s*)?\d{2,4}-\d{1,4})+\s+(DC|QPC|L|LP|AN|SEN|I|D)\b(?:\s+du\s+((?:1er|[0-3]?\d)\s+\pL+\s+(?:19|20)\d\d))?`)

// reCCNumber is one number of such a list, with its sign.
var reCCNumber = regexp.MustCompile(`(?:n[°o]s?\s*)?(\d{2,4}-\d{1,4})`)

// ccDecisionsListed adds each decision of such a list, its kind and date
// those the list ends with, where no other pattern took it.
func (x *Extractor) ccDecisionsListed(text string, cs []*candidate) []*candidate {
	if x.ccDecision == nil || !strings.Contains(text, "cisions") {
		return cs
	}
	for _, m := range reCCList.FindAllStringSubmatchIndex(text, -1) {
		kind := text[m[2]:m[3]]
		var date groups
		if m[4] >= 0 {
			date = groups{{name: "date", text: text[m[4]:m[5]], at: m[4]}}
		}
		body := text[m[0]:m[2]]
		ns := reCCNumber.FindAllStringSubmatchIndex(body, -1)
		for k, n := range ns {
			start, end := m[0]+n[0], m[0]+n[1]
			if k == 0 {
				start = m[0] // the first: "décisions n° 2011-191"
			}
			if k == len(ns)-1 {
				end = m[1] // the last: "n° 2011-197 QPC du 18 novembre 2011"
			}
			i := sort.Search(len(cs), func(i int) bool { return cs[i].end > start })
			if i < len(cs) && cs[i].start < end {
				continue // another pattern took it
			}
			g := append(groups{{name: "num", text: text[m[0]+n[2] : m[0]+n[3]], at: m[0] + n[2]}, {name: "cc", text: kind, at: m[2]}, {name: "listed", text: "1", at: start}}, date...)
			cs = slices.Insert(cs, i, &candidate{start: start, end: end, pat: x.ccDecision, groups: g})
		}
	}
	return cs
}

// reNextYear is the next year of a list of texts named by their years: "les
// lois de 1983 et 1984".
var reNextYear = regexp.MustCompile(`^(?:\s*,\s*|\s+et\s+)((?:17|18|19|20)\d\d)\b(?:[^\d/\-]|$)`)

// yearsListed adds the years that follow a text's year under a plural noun,
// one candidate each.
func yearsListed(text string, cs []*candidate) []*candidate {
	return listed(text, cs, func(c *candidate) *regexp.Regexp {
		if c.pat.Name != "loi_annee" && c.pat.Name != "texte_annee" || !pluralNoun(text[c.start:c.end]) {
			return nil
		}
		return reNextYear
	}, func(c *candidate, end int, m []int) *candidate {
		name := "name"
		if c.pat.Name == "texte_annee" {
			name = "year"
		}
		g := groups{{name: name, text: text[end+m[2] : end+m[3]], at: end + m[2]}, {name: "listed", text: "1", at: end}}
		if v := c.groups.get("noun"); v != "" {
			g = append(g, group{name: "noun", text: v, at: c.groups.at("noun")})
		}
		return &candidate{start: end + m[2], end: end + m[3], pat: c.pat, groups: g}
	})
}

// yearSpan reports whether a number "2008-2012" is a span of years.
func yearSpan(num string) bool {
	a, b, ok := strings.Cut(num, "-")
	return ok && len(a) == 4 && len(b) == 4 && (strings.HasPrefix(b, "19") || strings.HasPrefix(b, "20"))
}

// pluralNoun reports whether span starts with a plural noun: "directives",
// "règlements".
func pluralNoun(span string) bool {
	i := strings.IndexAny(span, " \u00a0(")
	if i < 0 {
		return false
	}
	return strings.HasSuffix(span[:i], "s")
}

// splitNumbers turns "les directives européennes 2014/24/UE et 2014/25/UE
// du 26 février 2014" into one candidate a number: "directives
// européennes 2014/24/UE" and "2014/25/UE du 26 février 2014" (what
// follows the second number, a date, belongs to both).
func splitNumbers(c *candidate) []*candidate {
	second := c.groups.at("a2")
	var first, rest groups
	for _, g := range c.groups {
		switch g.name {
		case "a2":
			rest = append(rest, group{name: "a", text: g.text, at: g.at})
		case "b2":
			rest = append(rest, group{name: "b", text: g.text, at: g.at})
		case "a", "b", "suffix":
			first = append(first, g)
		default:
			first, rest = append(first, g), append(rest, g)
		}
	}
	firstEnd := c.groups.at("b") + len(c.groups.get("b"))
	if s := c.groups.get("suffix"); s != "" {
		firstEnd = c.groups.at("suffix") + len(s)
	}
	return []*candidate{
		{start: c.start, end: firstEnd, pat: c.pat, groups: first},
		{start: second, end: c.end, pat: c.pat, groups: rest},
	}
}

// splitDates turns "arrêtés ministériels des 9 et 10 mai 2011" into one
// candidate a day, the earlier days taking the month and year of the last:
// "arrêtés ministériels des 9" and "10 mai 2011"; or the year only, after
// their own month: "lois des 31 mars" and "24 juin 1919".
func splitDates(text string, c *candidate) []*candidate {
	date := c.groups.get("date")
	f := strings.Fields(lexgraph.CollapseSpace(date))
	if len(f) != 3 {
		return []*candidate{c}
	}
	monthYear := f[1] + " " + f[2]
	dateAt := c.groups.at("date")
	var out []*candidate
	start := c.start
	for _, g := range []string{"day1", "day2"} {
		day := c.groups.get(g)
		if day == "" {
			continue
		}
		end, date := c.groups.at(g)+len(day), day+" "+monthYear
		if month := c.groups.get("month1"); month != "" && g == "day1" {
			end, date = c.groups.at("month1")+len(month), day+" "+month+" "+f[2]
		}
		gs := groups{{name: "noun", text: c.groups.get("noun")}, {name: "date", text: date}}
		out = append(out, &candidate{start: start, end: end, pat: c.pat, groups: gs})
		start = -1
	}
	if start >= 0 {
		return []*candidate{c}
	}
	// ("les décrets du 6 mai et du 31 août 1982": the last with its "du")
	last := dateAt
	if before := strings.TrimRight(text[:dateAt], " \u00a0"); strings.HasSuffix(before, " et du") {
		last = len(before) - len("du")
	}
	out = append(out, &candidate{start: last, end: c.end, pat: c.pat, groups: groups{{name: "noun", text: c.groups.get("noun")}, {name: "date", text: date}}})
	return out
}

var (
	// reOfGap joins an article to the instrument named right after it:
	// "l'article 29 de la convention", "l'article L. 18 du code",
	// "l'article 707 nouveau du code", "l'article L. 161-22 modifié du
	// code"; "un article L. 211-3 dans le code rural" (inserted in it);
	// "l'article 182 de la même loi organique du 19 mars 1999".
	reOfGap = regexp.MustCompile(`^,?\s*(?:(?:nouveaux?|nouvel(?:le)?s?|anciens?|anciennes?|modifi[ée]e?s?|pr[ée]cit[ée]e?s?|susvis[ée]e?s?|susmentionn[ée]e?s?)\s*,?\s*)?(?:du|des|de\s+la|de\s+l['’ʼ]|de|d['’ʼ]|de\s+cette|de\s+ce|de\s+cet|de\s+ladite|dudit|issus?\s+de\s+la|issus?\s+du|de\s+son|de\s+sa|de\s+notre|au|dans\s+le|dans\s+la|dans\s+l['’ʼ]|de\s+la\s+m[êe]me|du\s+m[êe]me)?\s*$`)
	// reIntoCodeGap joins a code's article to the code it was put in:
	// "l'article L 11-5 introduit dans le code de la route" (not "l'article
	// 1er introduit dans le code … un article L. 300-1", a law's article and
	// its verb).
	reIntoCodeGap = regexp.MustCompile(`^,?\s*(?:introduite?s?|ins[ée]r[ée]e?s?|cr[ée][ée]e?s?|codifi[ée]e?s?)\s+(?:dans\s+le|au)\s*$`)
	// reOfSubjectGap joins an article to the text named after its subject
	// or its title: "l'article 18 relatif aux retraites du traité …",
	// "l'article 18 « Pensions » de la convention …".
	reOfSubjectGap = regexp.MustCompile(`^,?\s*(?:relati(?:f|ve)s?\s+(?:à|a|au|aux)\s+[^,;.()«»\d]{1,40}?\s+|«[^»\n]{1,40}»\s*)(?:du|des|de\s+la|de\s+l['’ʼ]|de|d['’ʼ])\s*$`)
	// reAtGap joins an instrument to the articles right after it:
	// "le code de l'environnement aux articles L. 411-1…", "loi (article 3)".
	reAtGap = regexp.MustCompile(`^\s*(?:,\s*|\(\s*|à\s+|en\s+|dans\s+|par\s+)?(?:l['’ʼ]\s*|ses\s+|son\s+|aux\s+|à\s+l['’ʼ]\s*)?$`)
)

// reOfPreposition is the preposition that ties "cet article L. 224-7" to
// the code after it ("du code de l'environnement"); a verb between ("cet
// article 48 traite des …") does not.
var reOfPreposition = regexp.MustCompile(`^[ \x{a0}]+(?:du|des|de[ \x{a0}]+la|de[ \x{a0}]+l['’]|d['’])[ \x{a0}]*$`)

// compose ties article lists to the instrument named next to them.
func compose(text string, cs []*candidate) {
	for i, c := range cs {
		if c.form() != FormArticle {
			continue
		}
		if poss := lexgraph.Fold(c.groups.get("poss")); poss != "" {
			// "cet article L. 224-7 du code de l'environnement": the code
			// named right after it, not the text named before ("son
			// article" stays the text's named before)
			if i+1 < len(cs) && (poss == "cet" || poss == "ledit" || poss == "dudit" || poss == "audit") {
				d := cs[i+1]
				if gap := text[c.end:d.start]; d.form() != FormArticle && isDesignation(d) && reOfPreposition.MatchString(gap) {
					c.target = d
					d.attached, d.targeted = true, true
				}
			}
			continue
		}
		if i+1 < len(cs) {
			d := cs[i+1]
			if gap := text[c.end:d.start]; d.form() != FormArticle && isDesignation(d) && shortGap(gap) && (reOfGap.MatchString(gap) || reOfSubjectGap.MatchString(gap) ||
				d.form() == FormCode && len(c.articles) > 0 && isCodeArticle(c.articles[0].article) && reIntoCodeGap.MatchString(gap)) {
				c.target = d
				d.attached, d.targeted = true, true
				continue
			}
			if d.form() != FormArticle && isDesignation(d) && c.start > 0 && text[c.start-1] == '(' && strings.HasPrefix(text[c.end:d.start], ")") && shortGap(text[c.end+1:d.start]) && reOfGap.MatchString(text[c.end+1:d.start]) {
				// "le décret (article 8) de la loi n° 85-97": the law's
				// article, its span its own
				c.target, c.targetFar = d, true
				d.targeted = true
				continue
			}
			if e := divisionTarget(text, cs, i+1); e != nil && !isDivision(c) {
				// "l'article 5 du titre II de la loi …": the article of the
				// law, its span through the division to the law
				c.target = e
				d.absorbed = true
				e.attached, e.targeted = true, true
				continue
			}
		}
		if i > 0 {
			d := cs[i-1]
			// (not a text some articles were cited of: "l'article 100 de la
			// loi de finances pour 1993, l'article 1636 B sexies prévoit"
			// is the tax code's, the resolver tells)
			if d.form() != FormArticle && isDesignation(d) && d.target == nil && !d.attached && shortGap(text[d.end:c.start]) && reAtGap.MatchString(text[d.end:c.start]) {
				c.target = d
				d.targeted = true
				continue
			}
		}
		if len(c.articles) > 0 && isCodeArticle(c.articles[0].article) {
			// "a modifié l'article L. 1110-5-1 et créé l'article L. 1110-5-2
			// du code de la santé publique": a code article whose code
			// comes after the next articles, in the same clause
			for j := i + 1; j < len(cs) && cs[j].start-c.end < 160; j++ {
				d := cs[j]
				if d.form() == FormArticle {
					continue
				}
				// (not a code inside a parenthesis opened after the article:
				// "l'article L. 2122-23 ne renvoie plus à l'article relatif
				// aux délégations (art. L. 122-11 du code des communes)")
				gap := text[c.end:d.start]
				if d.form() == FormCode && !strings.ContainsAny(gap, ";\n»") && !sentenceEndIn(gap) && strings.Count(gap, "(") <= strings.Count(gap, ")") {
					c.target, c.targetFar = d, true
					d.targeted = true
				}
				break
			}
		}
	}
	chainArticles(text, cs)
}

// sentenceEndIn reports whether gap holds the end of a sentence: a period
// after a small letter, a digit or a parenthesis, then a space ("…
// procès-verbal. En application des articles 12 et 16 du code de procédure
// pénale"), but not the period of "art." or of a prefix ("L. 12").
func sentenceEndIn(gap string) bool {
	for i := 1; i+1 < len(gap); i++ {
		if gap[i] != '.' || gap[i+1] != ' ' && gap[i+1] != '\n' {
			continue
		}
		c := gap[i-1]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ')' {
			if i >= 3 && gap[i-3:i] == "art" {
				continue
			}
			return true
		}
	}
	return false
}

// divisionTarget returns the instrument the division cs[i] belongs to, when
// cs[i] is a division ("titre II") named right before one ("de la loi …").
func divisionTarget(text string, cs []*candidate, i int) *candidate {
	if i+1 >= len(cs) || !isDivision(cs[i]) || !shortGap(text[cs[i-1].end:cs[i].start]) || !reOfGap.MatchString(text[cs[i-1].end:cs[i].start]) {
		return nil
	}
	e := cs[i+1]
	if e.form() == FormArticle || !isDesignation(e) || !shortGap(text[cs[i].end:e.start]) || !reOfGap.MatchString(text[cs[i].end:e.start]) {
		return nil
	}
	return e
}

// isDivision reports whether c is a division of a text ("titre II",
// "livre III de la partie législative"), not an article.
func isDivision(c *candidate) bool { return c.form() == FormArticle && c.groups.get("division") != "" }

// isAnnex reports whether c is an annex of a text ("annexe II").
func isAnnex(c *candidate) bool {
	d := c.groups.get("division")
	return len(d) > 6 && strings.EqualFold(d[:6], "annexe") && isDivision(c)
}

// reChainGap joins two article lists whose items each repeat the
// preposition and the noun: ", à l'", " et à l'", ", aux ", ", et l'", and
// an exception between them (", à l'exception des dix derniers alinéas du
// I, à l'").
var reChainGap = regexp.MustCompile(`^(?:\s*,\s*à\s+l['’]\s*exception\s+(?:de|des|du|d['’])\s*[^,;.()\n]{1,60})?\s*(?:,\s*(?:et|ou)?|et|ou)\s*(?:(?:à|a)\s+l['’]\s*|aux\s+|l['’]\s*|les\s+|de\s+l['’]\s*|des\s+|d['’]\s*)?$`)

// chainArticles ties the article lists of "à l'article 199 quater B, à
// l'article 238 bis et à l'article 107 de la loi n° 2021-1104" to the
// instrument the last one names: read from the end, each list with no
// instrument of its own, followed by one tied to an instrument after it
// through a gap of list words only, takes that instrument (its span stays
// its own). A code article ("L. 12") does not go to a text other than a
// code.
func chainArticles(text string, cs []*candidate) {
	for i := len(cs) - 2; i >= 0; i-- {
		c, d := cs[i], cs[i+1]
		if c.form() != FormArticle || c.target != nil || c.groups.get("poss") != "" || isDivision(c) ||
			d.form() != FormArticle || d.target == nil || d.target.start < d.start || len(c.articles) == 0 {
			continue
		}
		gap := text[c.end:d.start]
		if len(gap) > 120 || !reChainGap.MatchString(gap) {
			continue
		}
		if isCodeArticle(c.articles[0].article) && d.target.pat.kind != lexgraph.KindCode && !(d.target.pat.kind == "" && d.target.form() == FormNamed) {
			continue
		}
		c.target, c.targetFar = d.target, true
	}
}

// shortGap reports whether gap holds few enough bytes other than white space
// (\s: tab, new line, form feed, return, space) for reOfGap or reAtGap to
// match it: at most 56 ("anciennes, issus de la", "relatif a l'urbanisme
// commercial de la"). Gaps to the next
// candidate are mostly long, and the expressions would read them whole.
func shortGap(gap string) bool {
	n := 0
	for i := 0; i < len(gap); i++ {
		if c := gap[i]; c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r' {
			if n++; n > 56 {
				return false
			}
		}
	}
	return true
}

// isDesignation reports whether c names an instrument (not a short form
// for an article, and not a report).
func isDesignation(c *candidate) bool {
	if c.form() == FormShort && strings.HasPrefix(lexgraph.Fold(c.groups.get("noun")), "article") {
		return false
	}
	return c.pat.kind != lexgraph.KindRapport
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}
