package lexgraph

import (
	_ "embed"
	"strings"
)

//go:embed ministries.txt
var ministriesTable string

// stableMinistries maps the key of every abrégé and spelling of
// ministries.txt to its stable name.
var stableMinistries = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(ministriesTable, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		names := strings.Split(line, "|")
		stable := strings.TrimSpace(names[0])
		for _, n := range names {
			if k := ministryKey(n); k != "" {
				m[k] = stable
			}
		}
	}
	return m
}()

// ministryPrefixes are the generic openings of long titles and page
// spellings, dropped before a name is looked up ("Ministère de la justice",
// "Secrétariat d'État chargé du numérique").
var ministryPrefixes = []string{
	"ministere d'etat, ", "ministere d'etat ", "ministere de la ", "ministere de l'", "ministere des ", "ministere du ",
	"ministere ", "ministre de la ", "ministre de l'", "ministre des ", "ministre du ", "ministre ",
	"secretariat d'etat ", "secretaire d'etat ", "ministre delegue ", "ministre deleguee ",
	"aupres du premier ministre, ", "aupres du premier ministre ",
	"charge de la ", "charge de l'", "charge des ", "charge du ", "chargee de la ", "chargee de l'", "chargee des ", "chargee du ",
	"aux ", "au ", "a la ", "a l'",
}

// ministryKey folds a ministry's name for lookups: case, accents,
// punctuation, articles and generic openings do not count.
func ministryKey(s string) string {
	f := CollapseSpace(Fold(s))
	for changed := true; changed; {
		changed = false
		for _, p := range ministryPrefixes {
			if strings.HasPrefix(f, p) && len(f) > len(p) {
				f, changed = f[len(p):], true
			}
		}
	}
	var words []string
	for _, w := range strings.Split(Slug(strings.ReplaceAll(f, "'", " ")), "-") {
		if !ministryStopWords[w] {
			words = append(words, w)
		}
	}
	return strings.Join(words, "-")
}

// ministryStopWords are left out of keys, so that the long title "de
// l'économie, de l'industrie et du numérique" meets the abrégé "Économie,
// industrie et numérique".
var ministryStopWords = map[string]bool{
	"": true, "de": true, "la": true, "le": true, "les": true, "l": true, "du": true, "des": true,
	"d": true, "et": true, "a": true, "au": true, "aux": true, "en": true,
}

// StableMinistry returns the stable name of a ministry, shared across
// governments ("Justice", "Intérieur", "Économie"), from the first of its
// abrégé, page spelling and long title that ministries.txt knows; a
// ministry it does not know keeps its own abrégé (or spelling, or title) as
// its stable name. It returns "" when the ministry has no name at all: a
// body known only by its organe id stays unknown until its organe record
// is read.
func StableMinistry(m Ministry) string {
	for _, n := range []string{m.Short, m.Name, m.Title} {
		if s, ok := stableMinistries[ministryKey(n)]; ok {
			return s
		}
	}
	for _, n := range []string{m.Short, m.Name} {
		if n = CollapseSpace(n); n != "" {
			return capitalise(n)
		}
	}
	if t := CollapseSpace(m.Title); t != "" {
		// "Ministère de la culture" → "Culture": the title without its opening
		f := Fold(t)
		for _, p := range ministryPrefixes[:7] {
			if strings.HasPrefix(f, p) && len(t) > len(p) {
				return capitalise(dropFoldedPrefix(t, len(p)))
			}
		}
		return capitalise(t)
	}
	return ""
}

// dropFoldedPrefix drops from s the runes that folded to n bytes.
func dropFoldedPrefix(s string, n int) string {
	for i := range s {
		if len(Fold(s[:i])) >= n {
			return s[i:]
		}
	}
	return s
}

// capitalise upper-cases the first letter: pages print "intérieur".
func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
