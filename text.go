package lexgraph

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
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
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s // already folded: most words are
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
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

// asciiPlain tells the ASCII bytes that Fold leaves as they are and that are
// not white space.
var asciiPlain = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !(c >= 'A' && c <= 'Z') && !strings.ContainsRune(" \t\n\r\f\v", rune(c))
	}
	return t
}()

// latin1Fold holds the folded forms of U+00C0 to U+00FF, none of them
// white space.
var latin1Fold = func() (t [64]string) {
	for r := rune(0xc0); r <= 0xff; r++ {
		l := unicode.ToLower(r)
		if f, ok := foldTable[l]; ok {
			t[r-0xc0] = f
		} else {
			t[r-0xc0] = string(l)
		}
	}
	return t
}()

// FoldSpace folds s like Fold and also trims it and collapses every run of
// white space to one space, in one pass: the form names are compared in.
func FoldSpace(s string) string {
	b := AppendFoldSpace(make([]byte, 0, len(s)), s)
	// b is never written again: share it, as strings.Builder does
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// AppendFoldSpace appends FoldSpace(s) to b. It is called on whole
// documents, so ASCII bytes and Latin-1 letters take short paths.
func AppendFoldSpace(b []byte, s string) []byte {
	start := len(b)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && asciiPlain[c] {
			// a run of bytes that fold to themselves, single spaces
			// between words included, is copied at once
			j := i + 1
			for j < len(s) {
				if d := s[j]; d >= utf8.RuneSelf || !asciiPlain[d] {
					if d != ' ' || j+1 == len(s) || s[j+1] >= utf8.RuneSelf || !asciiPlain[s[j+1]] {
						break
					}
				}
				j++
			}
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = append(b, s[i:j]...)
			i = j
			continue
		}
		if c == 0xc3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xc0 {
			// U+00C0 to U+00FF: most accented letters of French
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = append(b, latin1Fold[s[i+1]-0x80]...)
			i += 2
			continue
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = true
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' {
			space = true
			continue
		}
		f, ok := foldTable[unicode.ToLower(r)]
		if ok && f == " " {
			space = true
			continue
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		space = false
		if ok {
			b = append(b, f...)
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
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
