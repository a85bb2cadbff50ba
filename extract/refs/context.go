package refs

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"lexgraph"
)

// Context words are how the catalogue settles ambiguous names ("la
// convention de Berne" is the wildlife convention where the document speaks
// of wolves). Whether a document holds one is asked of nearly every document
// that names a treaty, so the words are not searched for afterwards in a
// folded copy of the document but noted by the prefilter as it passes:
// each phrase is looked up by its first word, among the trigger words.

// contextPhrase is one of the catalogue's context phrases, folded, and its
// number.
type contextPhrase struct {
	id   int
	text string
}

// contextIndex numbers the catalogue's context phrases and files those the
// prefilter can find by their first word.
type contextIndex struct {
	n       int
	byFirst map[string][]contextPhrase
}

// scannable returns the first word of a folded context phrase, if the
// prefilter can find the phrase by it: a word of ASCII letters, which the
// prefilter reads as a whole word, followed by the end of the phrase or by
// an ASCII sign that ends words ("etats-unis", "cop21", "vie sauvage").
func scannable(phrase string) (first string, ok bool) {
	k := 0
	for k < len(phrase) && phrase[k] >= 'a' && phrase[k] <= 'z' {
		k++
	}
	if k < 2 || k > 64 || k < len(phrase) && phrase[k] >= utf8.RuneSelf {
		return "", false
	}
	return phrase[:k], true
}

// add numbers e's context phrases, or files them as e.unscanned when the
// prefilter cannot find them.
func (ci *contextIndex) add(e *entry, ids map[string]int) {
	for _, w := range e.Context {
		first, ok := scannable(w)
		if !ok {
			e.unscanned = append(e.unscanned, w)
			continue
		}
		id, seen := ids[w]
		if !seen {
			id = ci.n
			ids[w] = id
			ci.n++
			ci.byFirst[first] = append(ci.byFirst[first], contextPhrase{id: id, text: w})
		}
		e.contextIDs = append(e.contextIDs, id)
	}
}

// contextHits are the context phrases found in a document, one bit each.
type contextHits []uint64

func newContextHits(n int) contextHits { return make(contextHits, (n+63)/64) }

func (h contextHits) has(id int) bool { return h[id/64]&(1<<(id%64)) != 0 }

func (h contextHits) set(id int) { h[id/64] |= 1 << (id % 64) }

// note records which of phrases, all starting with the word [ws, we) of
// text, n bytes long folded, stand there, as the document folded by normName would show them: at
// word boundaries of the folded text. (The prefilter reads a word with a
// star inside as two, where normName drops the star; and a phrase is not
// looked for across passages.)
func (h contextHits) note(text string, ws, we, n int, phrases []contextPhrase) {
	if !foldedBoundary(text, ws, true) {
		return
	}
	for _, p := range phrases {
		if h.has(p.id) {
			continue
		}
		if len(p.text) == n && foldedBoundary(text, we, false) || len(p.text) > n && phraseAt(text, ws, we, n, p.text) {
			h.set(p.id)
		}
	}
}

// foldedBoundary reports whether, in text folded by normName, a word may
// end before byte i (or, with before, start after it): what stands there
// folds to no letter or digit. normName drops stars first.
func foldedBoundary(text string, i int, before bool) bool {
	var r rune
	for {
		if before && i == 0 || !before && i == len(text) {
			return true
		}
		var size int
		if before {
			r, size = utf8.DecodeLastRuneInString(text[:i])
			i -= size
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			i += size
		}
		if r != '*' {
			break
		}
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return false
		}
		return !isWordByte(byte(r))
	}
	if unicode.IsSpace(r) {
		return true
	}
	f := lexgraph.Fold(string(r))
	if before {
		return !isWordByte(f[len(f)-1])
	}
	return !isWordByte(f[0])
}

// phraseAt reports whether text folded from ws on starts with phrase,
// followed by a word boundary; the phrase's first word, n bytes folded,
// ends at we. Most occurrences of a first word ("droit") are followed by
// other words, told apart on the raw bytes; the rest is folded on the stack
// unless it holds what normName does more than fold (stars, stray spaces
// around apostrophes).
func phraseAt(text string, ws, we, n int, phrase string) bool {
	if we < len(text) && text[we] < utf8.RuneSelf && text[we] != '*' {
		switch sep := phrase[n]; {
		case sep == ' ':
			i := we
			for i < len(text) && isASCIISpace(text[i]) {
				i++
			}
			if i == we {
				return false // no space: another word, or a sign
			}
			if i < len(text) && n+1 < len(phrase) && text[i] < utf8.RuneSelf && text[i] != '*' && text[i] != '\'' && text[i] != '`' &&
				lower(text[i]) != phrase[n+1] {
				return false
			}
		case text[we] != sep && !isASCIISpace(text[we]) && text[we] != '`':
			return false
		}
	}
	var buf [128]byte
	for size := 2*len(phrase) + 16; ; size *= 2 {
		end := clampRune(text, ws+size)
		w := text[ws:end]
		f := lexgraph.AppendFoldSpace(buf[:0], w)
		if strings.IndexByte(w, '*') >= 0 || bytes.Contains(f, []byte(" '")) || bytes.Contains(f, []byte("' ")) {
			f = []byte(normName(w))
		}
		if len(f) > len(phrase) {
			return string(f[:len(phrase)]) == phrase && !isWordByte(f[len(phrase)])
		}
		if end == len(text) {
			return string(f) == phrase
		}
	}
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
