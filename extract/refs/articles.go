package refs

import (
	"regexp"
	"slices"
	"strings"

	"lexgraph"
)

// latinOrdinals are the Latin adverbs that number the articles inserted
// between two others, from bis (2) to novonagies (99): the units, the
// teens (with their variant spellings), the tens, and a unit's prefix
// before a ten ("tersexagies", 63): the pattern table's ORDINAL macro.
var latinOrdinals = func() []string {
	words := []string{"bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "novies", "decies",
		"undecies", "duodecies", "terdecies", "tredecies", "quaterdecies", "quindecies", "quinquiesdecies",
		"sexdecies", "sexiesdecies", "septdecies", "septiesdecies", "octodecies", "octiesdecies", "duodevicies",
		"novodecies", "noniesdecies", "noviesdecies", "undevicies"}
	for _, ten := range []string{"vicies", "tricies", "quadragies", "quinquagies", "sexagies", "septuagies", "octogies", "nonagies"} {
		words = append(words, ten)
		for _, unit := range []string{"un", "duo", "ter", "quater", "quin", "sex", "sept", "octo", "novo"} {
			words = append(words, unit+ten)
		}
	}
	// "undécies", "duodécies": the teens as some pages accent them
	for _, w := range words {
		if strings.Contains(w, "decies") {
			words = append(words, strings.Replace(w, "decies", "décies", 1))
		}
	}
	// the longest first: Go's alternation takes the first that fits
	slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
	return words
}()

// ordinalMacro is the ORDINAL macro of the pattern table.
func ordinalMacro() string { return "words: " + strings.Join(latinOrdinals, " ") }

const (
	sp  = `[\s\x{a0}\x{202f}]`
	sp1 = sp + `+`
	num = `(?:1er|premier|\d+)`
)

var (
	// reArtItem reads one item of an article list, as the ARTITEM macro
	// matches it: its prefix (group 1), its number with suffixes (group 2),
	// and the sub-divisions after it (group 3). It reads lists the pattern
	// table matched, so a Latin ordinal is any word in -ies after the number
	// (they all end so but bis, ter and quater): the list of a hundred
	// would slow Go's automaton. The prefix is a capital, as the table
	// has it: "43 a 45" is a range of pages without accents, not "A 45";
	// but "l." with its period, as some pages print L. ("articles l. 179").
	reArtItem = regexp.MustCompile(`(?i)((?-i:L\.?` + sp + `?O|LO|L|R|D|A)(?:\.` + sp + `?(?:\*{1,2}` + sp + `?)?|\*{1,2}` + sp + `?|` + sp + `|-|)|(?-i:l)\.` + sp + `?)?` +
		`(1` + sp + `?er(?:-\d+)*\b|premier\b|pr[ée]liminaire\b|unique\b|(?:\d` + sp + `\d{3}[-‑–]\d+|\d+)(?:[-‑–] ?\d+|\.\d+)*(?:-(?-i:[IVX]{1,4}|[a-z])\b)?(?:` + sp + `*(?:bis|ter|quater|\pL+ies)\b(?:-0\b)?)?` +
		`(?:` + sp1 + `(?-i:[ABD-TV-Z][A-Z]?|[CU][A-DF-Z]?)\b(?:` + sp1 + `(?:bis|ter|quater|\pL+ies)\b)?)?)` +
		`((?:,?` + sp1 + `(?:[\pL-]+|\d+(?:e|[èe]me))` + sp1 + `(?:alin[ée]a|paragraphe|phrase)\b` +
		// (unbounded, as the parentheses bound them: a counted repetition
		// would copy its class into Go's program a hundred times)
		`|` + sp + `*\(` + sp + `*(?:(?-i:\p{Ll})[^()\d\n]*|«[^()«»\n]+»` + sp + `*|\d+\pL+` + sp1 + `alin[ée]a` + sp + `*)\)` +
		`|,?` + sp1 + `(?:(?:p(?:aragraphe|oint|hrase)|alin[ée]a|al\.|§|tiret)` + sp + `*(?:` + num + `|(?-i:[IVX]{1,5})\b)(?:-\d+)?(?:` + sp1 + `\(?[a-z]\))?(?:` + sp + `*[a-z]\))?` +
		`|(?:p(?:aragraphes|oints|hrases)|alin[ée]as|§§)` + sp + `*` + num + `(?:` + sp + `*(?:,|et|à)` + sp + `*` + num + `\b)*)` +
		`|,?` + sp1 + `§` + sp + `*[a-z]\b|` + sp + `*\(` + sp + `*\d{1,3}` + sp + `?[°o](?:` + sp + `*(?:,|et|à)` + sp + `*\d{1,3}` + sp + `?[°o])*` + sp + `*\)|` + sp1 + `\d{1,3}(?:°|/)(?:` + sp + `*(?:,|et|à)` + sp + `*\d{1,3}(?:°|/))*|-(?-i:[IVX]{1,4})1?\b)*)`)
	reRangeSep = regexp.MustCompile(`^[\s\x{a0}\x{202f}]*(?:à|au|a)[\s\x{a0}\x{202f}]*$`)
)

// splitArticles splits an article list ("L. 411-1, L. 411-2 et R. 411-1 à
// R. 411-5") into items; a range "X à Y" stays one item.
func splitArticles(text string, c *candidate) []articleItem {
	list := c.groups.get("list")
	base := c.groups.at("list")
	if oneArticle(list) {
		// most lists are one number: spare them the expression
		return []articleItem{{start: c.start, end: base + len(list), article: normArticle(list)}}
	}
	locs := reArtItem.FindAllStringSubmatchIndex(list, -1)
	var items []articleItem
	for k, loc := range locs {
		art := normArticle(list[loc[0]:itemBefore(list, loc[4], loc[5])])
		para := strings.TrimSpace(strings.TrimLeft(list[loc[6]:loc[7]], ", "))
		it := articleItem{start: base + loc[0], end: base + loc[1], article: art, para: para}
		if k > 0 && len(items) > 0 && reRangeSep.MatchString(list[locs[k-1][1]:loc[0]]) {
			// the range's word as printed, "à" or "au", and "a" in a page
			// written without accents as "à", as the annotators write it
			sep := strings.TrimSpace(list[locs[k-1][1]:loc[0]])
			if sep == "a" {
				sep = "à"
			}
			last := &items[len(items)-1]
			last.article += " " + sep + " " + art
			last.end = it.end
			continue
		}
		items = append(items, it)
	}
	for k := range items {
		// "L. 302-5 et suivants": the item and those after it; "L. 411-1
		// et suivants et R. 211-1 et suivants": each item may say so
		next := len(list)
		if k+1 < len(items) {
			next = items[k+1].start - base
		}
		if loc := reAndFollowing.FindStringIndex(list[items[k].end-base : next]); loc != nil {
			// (in the span, not in the article: "L. 302-5 et suivants"
			// cites from article L302-5 on, the one its link opens)
			items[k].end += loc[1]
		}
	}
	if len(items) > 0 {
		items[0].start = c.start
	}
	return items
}

// itemBefore returns where an article's number ends when its last part is
// an item ("35-10o", "35-10°": item 10° of article 35, as the pattern
// table reads it), else end; start is where the number begins. Go's
// expressions have no look-ahead to leave the item out of the number.
func itemBefore(list string, start, end int) int {
	if end >= len(list) || !strings.HasPrefix(list[end:], "o") && !strings.HasPrefix(list[end:], "°") && !strings.HasPrefix(list[end:], "º") {
		return end
	}
	if i := strings.LastIndexAny(list[start:end], "-‑–"); i > 0 {
		return start + i
	}
	return end
}

// reAndFollowing is the "et suivants" that may end an article list.
var reAndFollowing = regexp.MustCompile(`^[\s\x{a0}\x{202f}]+et[\s\x{a0}\x{202f}]+(?:suivants\b|s\.)`)

// oneArticle reports whether list is one article number and nothing else,
// as reArtItem would read it: "241", "211-1", "L. 18", "R. 214-90".
func oneArticle(list string) bool {
	i := 0
	if len(list) > 2 && strings.IndexByte("LRDAlrda", list[0]) >= 0 {
		switch {
		case list[1] == ' ':
			i = 2
		case list[1] == '.' && list[2] == ' ':
			i = 3
		case list[1] == '.':
			i = 2
		case list[1] >= '0' && list[1] <= '9' && list[0] <= 'Z':
			i = 1 // "L2541-9"
		default:
			return false
		}
	}
	digits := false
	for ; i < len(list); i++ {
		switch c := list[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case (c == '-' || c == '.' && i > 1) && digits && i+1 < len(list) && list[i+1] >= '0' && list[i+1] <= '9':
		default:
			return false
		}
	}
	return digits
}

// normArticle writes an article number the way docs/references.md does:
// "L. 411-1" gives "L411-1", "31 bis" stays; "1er", "1 er" and "premier"
// give "1er", as the texts and Légifrance number a law's first article;
// the asterisk of the articles of decrees in Conseil des ministres stays,
// as Légifrance numbers them ("R.* 8" gives "R*8").
func normArticle(s string) string {
	s = lexgraph.CollapseSpace(s)
	// "L 3 121-26" is L3121-26, "R. 331- 9" R331-9
	s = reSpacedThousands.ReplaceAllString(s, "$1$2")
	s = strings.ReplaceAll(s, "- ", "-")
	f := strings.ToLower(s)
	if f == "1er" || f == "1 er" || f == "premier" {
		return "1er"
	}
	var b strings.Builder
	digits := false
	for i, r := range s {
		switch {
		case r == '.' && digits && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			if prefixLen(s) == 0 {
				break // "article 3.1", "1.1.3": a text's own numbering
			}
			r = '-' // "L. 412.51": the hyphen printed as a period
		case r == '.':
			continue
		case (r == '-' || r == '‑' || r == '–') && !digits:
			continue // "L-433" is L433
		case r == ' ' && !digits:
			continue
		case r >= '0' && r <= '9':
			digits = true
		case r == '‑' || r == '–':
			r = '-'
		}
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String()[:prefixLen(b.String())]) + b.String()[prefixLen(b.String()):]
}

// reSpacedThousands is the space in the thousands of a code's article
// number: "L 3 121-26".
var reSpacedThousands = regexp.MustCompile(`(\b\d) (\d{3}[-‑–]\d)`)

func prefixLen(s string) int {
	for i, r := range s {
		if r >= '0' && r <= '9' {
			return i
		}
	}
	return 0
}

// normDivision writes a division as the mention's article: as written, its
// spaces collapsed and its first letter in lower case ("Chapitre III du
// titre Ier" gives "chapitre III du titre Ier").
func normDivision(s string) string {
	s = lexgraph.CollapseSpace(s)
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
