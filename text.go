package lexgraph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps the accented Latin letters of French (and a few
// neighbours) to their base letter.
var foldTable = map[rune]string{
	'à': "a", 'â': "a", 'ä': "a", 'á': "a", 'ã': "a", 'å': "a",
	'ç': "c", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'î': "i", 'ï': "i", 'í': "i", 'ì': "i",
	'ô': "o", 'ö': "o", 'ó': "o", 'ò': "o", 'õ': "o",
	'ù': "u", 'û': "u", 'ü': "u", 'ú': "u", 'ÿ': "y", 'ñ': "n",
	'œ': "oe", 'æ': "ae", 'ß': "ss",
	'’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
	'«': "\"", '»': "\"", '“': "\"", '”': "\"",
	'\u00a0': " ", '\u202f': " ", '\u2009': " ", '\u2007': " ",
	'–': "-", '—': "-", '‑': "-", '‐': "-",
	'º': "o", '°': "o",
}

// Fold lowercases s, strips French accents, and maps typographic variants
// (curly apostrophes, non-breaking spaces, dashes) to plain ASCII, so that
// "État", "Etat" and "etat" compare equal.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FoldSpace folds s like Fold and also trims it and collapses every run of
// white space to one space, in one pass: the form names are compared in.
func FoldSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
				space = true
				continue
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(byte(r))
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' {
			space = true
			continue
		}
		f, ok := foldTable[unicode.ToLower(r)]
		if !ok {
			f = string(unicode.ToLower(r))
		}
		if f == " " {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(f)
	}
	return b.String()
}

// Slug folds s and keeps its letters and digits, joined by single dashes:
// "Pyrénées-Orientales" gives "pyrenees-orientales". Node ids are slugs so
// that spellings that differ only in case, accents or punctuation meet.
func Slug(s string) string {
	f := Fold(s)
	var b strings.Builder
	b.Grow(len(f))
	dash := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// CollapseSpace trims s and replaces every run of white space (non-breaking
// spaces included) by one space.
func CollapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f'
	}), " ")
}
