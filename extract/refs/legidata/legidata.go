// Package legidata holds what lexgraph takes from DILA's LEGI base as the
// npm package @socialgouv/legi-data (Apache-2.0) publishes it: the list of
// the codes, with their LEGITEXT ids and states (codes.tsv, from the
// package's data/index.json), and, for the four codes whose article tree it
// publishes (code du travail, code de la sécurité sociale, code rural et de
// la pêche maritime, code des relations entre le public et
// l'administration), the LEGIARTI id of each article in force
// (articles.tsv.gz). gen.go derives both from the package (version 2.513.0,
// article trees consolidated in February and March 2026).
package legidata

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"regexp"
	"strings"
	"sync"
)

//go:embed codes.tsv
var codesTSV string

//go:embed articles.tsv.gz
var articlesGz []byte

// Code is one code of the LEGI base.
type Code struct {
	Legitext string // LEGITEXT000006072050
	State    string // VIGUEUR, ABROGE, MODIFIE, VIGUEUR_DIFF
	Start    string // YYYY-MM-DD
	End      string // YYYY-MM-DD; 2999-01-01 while in force
	Title    string
}

// Codes returns every code of the list, by LEGITEXT id.
func Codes() []Code {
	var out []Code
	for _, line := range strings.Split(codesTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, Code{Legitext: f[0], State: f[1], Start: f[2], End: f[3], Title: f[4]})
	}
	return out
}

var (
	articlesOnce sync.Once
	articles     map[string]map[string]string // LEGITEXT → article key → LEGIARTI
)

func loadArticles() {
	articles = map[string]map[string]string{}
	zr, err := gzip.NewReader(bytes.NewReader(articlesGz))
	if err != nil {
		panic("legidata: articles.tsv.gz: " + err.Error()) // embedded at build: a broken file is a build error
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		code, rest, ok1 := strings.Cut(line, "\t")
		num, id, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 {
			continue
		}
		m := articles[code]
		if m == nil {
			m = map[string]string{}
			articles[code] = m
		}
		m[num] = id
	}
	if err := sc.Err(); err != nil {
		panic("legidata: articles.tsv.gz: " + err.Error())
	}
}

// Key writes an article number the way the table is keyed: no spaces,
// dots or asterisks, upper case ("L. 1234-5" and "l1234-5" are
// "L1234-5"; "R.* 132-4" is "R132-4").
func Key(article string) string {
	return strings.ToUpper(keyDrop.Replace(article))
}

var keyDrop = strings.NewReplacer(" ", "", "*", "", ".", "", "\u00a0", "", "\u202f", "")

// ArticleID returns the LEGIARTI id of an article of a code, given the
// code's LEGITEXT id (or its Légifrance address) and the article as
// lexgraph writes it ("L1234-5"); a range ("L411-1 à L411-5") or "et
// suivants" gives its first article. It returns "" for an article or a
// code the table does not hold.
func ArticleID(code, article string) string {
	code = legitext(code)
	if code == "" {
		return ""
	}
	if i := strings.Index(article, " à "); i >= 0 {
		article = article[:i]
	}
	article = strings.TrimSuffix(article, " et suivants")
	articlesOnce.Do(loadArticles)
	if id := articles[code][Key(article)]; id != "" {
		return id
	}
	if article == "1er" {
		// a code's first article is "1" in the table ("l'article 1er du
		// code civil")
		return articles[code]["1"]
	}
	// "194-II": the article is 194, its section II
	if m := reSection.FindStringIndex(article); m != nil {
		return articles[code][Key(article[:m[0]])]
	}
	return ""
}

// reSection is a section joined to an article's number: "-II".
var reSection = regexp.MustCompile(`-[IVX]{1,4}$`)

// ArticleURL returns the Légifrance page of an article ArticleID knows:
// https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI…, or "".
func ArticleURL(code, article string) string {
	if id := ArticleID(code, article); id != "" {
		return "https://www.legifrance.gouv.fr/codes/article_lc/" + id
	}
	return ""
}

// HasArticles reports whether the table holds the articles of the code.
func HasArticles(code string) bool {
	articlesOnce.Do(loadArticles)
	return len(articles[legitext(code)]) > 0
}

// legitext returns the LEGITEXT id in s (an id or a Légifrance address), or
// "".
func legitext(s string) string {
	i := strings.Index(s, "LEGITEXT")
	if i < 0 || len(s) < i+20 {
		return ""
	}
	return s[i : i+20]
}
