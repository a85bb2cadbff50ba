// Package htmltext turns the HTML of answers (tags, entities, tables) into
// plain text for the extractor, keeping a map from every offset of the text
// back to the original bytes, so that mentions are reported where they stand
// in the source.
package htmltext

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"
)

// Map maps byte offsets of a cleaned text to byte offsets of its source. It
// is a list of segments: text[t:] was copied from src[s:] until the next
// segment; a segment marked atomic is an entity or a tag turned into a
// separator, whose bytes all stand for the whole source stretch.
type Map struct {
	text   []int // segment starts in the text
	src    []int // segment starts in the source
	srcEnd []int // segment ends in the source
	atomic []bool
	n      int // length of the text
}

// Start maps the offset of a span's first byte.
func (m *Map) Start(i int) int {
	k := m.seg(i)
	if k < 0 {
		return 0
	}
	if m.atomic[k] {
		return m.src[k]
	}
	return m.src[k] + i - m.text[k]
}

// End maps the offset just past a span's last byte.
func (m *Map) End(i int) int {
	if i <= 0 {
		return m.Start(0)
	}
	k := m.seg(i - 1)
	if m.atomic[k] {
		return m.srcEnd[k]
	}
	return m.src[k] + i - m.text[k]
}

func (m *Map) seg(i int) int {
	return sort.SearchInts(m.text, i+1) - 1
}

// builder writes the cleaned text and its map together.
type builder struct {
	out strings.Builder
	m   Map
}

func (b *builder) copy(s string, srcStart int) {
	if s == "" {
		return
	}
	n := len(b.m.text)
	if n > 0 && !b.m.atomic[n-1] && b.m.srcEnd[n-1] == srcStart {
		b.m.srcEnd[n-1] += len(s)
	} else {
		b.add(srcStart, srcStart+len(s), false)
	}
	b.out.WriteString(s)
}

func (b *builder) atomic(s string, srcStart, srcEnd int) {
	if s == "" {
		return
	}
	b.add(srcStart, srcEnd, true)
	b.out.WriteString(s)
}

func (b *builder) add(srcStart, srcEnd int, atomic bool) {
	b.m.text = append(b.m.text, b.out.Len())
	b.m.src = append(b.m.src, srcStart)
	b.m.srcEnd = append(b.m.srcEnd, srcEnd)
	b.m.atomic = append(b.m.atomic, atomic)
}

// lastByte returns the last byte written, or '\n' at the start.
func (b *builder) lastByte() byte {
	s := b.out.String()
	if s == "" {
		return '\n'
	}
	return s[len(s)-1]
}

// blockTags end a line: their text must not run into the next cell or
// paragraph ("2006/126<td>CE" is not one number).
var blockTags = map[string]bool{
	"br": true, "p": true, "div": true, "li": true, "tr": true, "td": true, "th": true,
	"table": true, "ul": true, "ol": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "blockquote": true, "center": true, "hr": true, "dd": true, "dt": true,
}

// Clean returns the text of src without tags, with entities decoded and a
// line break where a block element starts or ends, and the map of its
// offsets to src's. Text without markup comes back unchanged.
func Clean(src string) (string, *Map) {
	text, m, _ := clean(src)
	return text, m
}

// clean is Clean, also returning the work done: the bytes its scans passed
// over, which tests hold to a few per byte of src.
func clean(src string) (string, *Map, int) {
	var b builder
	sc := scanner{src: src}
	i := 0
	start := 0 // start of the pending run of plain text
	flush := func(end int) {
		b.copy(src[start:end], start)
	}
	for i < len(src) {
		sc.work++
		c := src[i]
		switch {
		case c == '<':
			end, name, ok := sc.tag(i)
			if !ok {
				i++
				continue
			}
			flush(i)
			if name == "!--" || name == "script" || name == "style" {
				end = sc.skipUntilClose(end, name)
			}
			if blockTags[name] && b.lastByte() != '\n' {
				b.atomic("\n", i, end)
			}
			i, start = end, end
		case c == '&':
			end, dec, ok := sc.entity(i)
			if !ok {
				i++
				continue
			}
			flush(i)
			b.atomic(dec, i, end)
			i, start = end, end
		default:
			i++
		}
	}
	flush(len(src))
	b.m.n = b.out.Len()
	return b.out.String(), &b.m, sc.work
}

// HasMarkup reports whether s holds anything Clean would change.
func HasMarkup(s string) bool {
	sc := scanner{src: s}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			if _, _, ok := sc.tag(i); ok {
				return true
			}
		case '&':
			if _, _, ok := sc.entity(i); ok {
				return true
			}
		}
	}
	return false
}

// scanner reads tags and entities in one source, so that no stretch of it
// is searched again and again: a comment opened but never closed ("<!--"
// repeated) searched the rest of the source for its end at every "<!--",
// quadratic work.
type scanner struct {
	src string
	// noCommentEnd, when positive, is a position after which the source
	// holds no "-->": a search from there or later fails at once.
	noCommentEnd int
	work         int // bytes the scans passed over
}

// tag reads a tag starting at src[i] == '<' and returns its end, its
// lowercased name ("!--" for a comment) and whether it is one.
func (sc *scanner) tag(i int) (int, string, bool) {
	src := sc.src
	if strings.HasPrefix(src[i:], "<!--") {
		from := i + 4
		if sc.noCommentEnd > 0 && from >= sc.noCommentEnd {
			return 0, "", false
		}
		j := strings.Index(src[from:], "-->")
		if j < 0 {
			sc.work += len(src) - from
			sc.noCommentEnd = from
			return 0, "", false
		}
		sc.work += j + 3
		return from + j + 3, "!--", true
	}
	j := i + 1
	if j < len(src) && (src[j] == '/' || src[j] == '!' || src[j] == '?') {
		j++
	}
	k := j
	for k < len(src) && (isAlnum(src[k])) {
		k++
	}
	sc.work += k - i
	if k == j {
		return 0, "", false // "< 5" or "<>" is text
	}
	name := strings.ToLower(src[j:k])
	// find the closing '>', skipping quoted attribute values; a '<' ends
	// the attempt even inside quotes, so that no byte is scanned by two
	// attempts
	quote := byte(0)
	for p := k; p < len(src) && p < i+4096; p++ {
		sc.work++
		switch c := src[p]; {
		case c == '<':
			return 0, "", false
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case (c == '"' || c == '\'') && src[p-1] == '=':
			// a quote opens a value only after '=': real answers hold
			// stray quotes (<th rowspan=2">)
			quote = c
		case c == '>':
			return p + 1, name, true
		case c == '\n' && p-i > 512:
			return 0, "", false
		}
	}
	return 0, "", false
}

// skipUntilClose returns the end of the closing tag of a script or style
// element whose content starts at from, or the end of the source. It
// compares names in place rather than lower-casing the rest of the source
// at every element, which made many <style> elements quadratic work.
func (sc *scanner) skipUntilClose(from int, name string) int {
	if name == "!--" {
		return from
	}
	src := sc.src
	for p := from; p < len(src); {
		j := strings.Index(src[p:], "</")
		if j < 0 {
			sc.work += len(src) - p
			break
		}
		at := p + j + 2
		sc.work += j + 2
		if len(src)-at >= len(name) && strings.EqualFold(src[at:at+len(name)], name) {
			if k := strings.IndexByte(src[at:], '>'); k >= 0 {
				sc.work += k + 1
				return at + k + 1
			}
			sc.work += len(src) - at
			break
		}
		p = at
	}
	return len(src)
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// entity reads an entity at src[i] == '&': "&eacute;", "&#233;",
// "&#xE9;". Non-breaking spaces become plain spaces.
func (sc *scanner) entity(i int) (int, string, bool) {
	src := sc.src
	j := i + 1
	for j < len(src) && j-i < 12 && (isAlnum(src[j]) || src[j] == '#') {
		j++
	}
	sc.work += j - i
	if j >= len(src) || src[j] != ';' || j == i+1 {
		return 0, "", false
	}
	ent := src[i : j+1]
	dec := html.UnescapeString(ent)
	if dec == ent || !utf8.ValidString(dec) {
		return 0, "", false
	}
	if dec == "\u00a0" {
		dec = " "
	}
	return j + 1, dec, true
}
