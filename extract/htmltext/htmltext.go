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
	var b builder
	i := 0
	start := 0 // start of the pending run of plain text
	flush := func(end int) {
		b.copy(src[start:end], start)
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == '<':
			end, name, ok := scanTag(src, i)
			if !ok {
				i++
				continue
			}
			flush(i)
			if name == "!--" || name == "script" || name == "style" {
				end = skipUntilClose(src, end, name)
			}
			if blockTags[name] && b.lastByte() != '\n' {
				b.atomic("\n", i, end)
			}
			i, start = end, end
		case c == '&':
			end, dec, ok := scanEntity(src, i)
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
	return b.out.String(), &b.m
}

// HasMarkup reports whether s holds anything Clean would change.
func HasMarkup(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			if _, _, ok := scanTag(s, i); ok {
				return true
			}
		case '&':
			if _, _, ok := scanEntity(s, i); ok {
				return true
			}
		}
	}
	return false
}

// scanTag reads a tag starting at src[i] == '<' and returns its end, its
// lowercased name ("!--" for a comment) and whether it is one.
func scanTag(src string, i int) (int, string, bool) {
	if strings.HasPrefix(src[i:], "<!--") {
		if j := strings.Index(src[i+4:], "-->"); j >= 0 {
			return i + 4 + j + 3, "!--", true
		}
		return 0, "", false
	}
	j := i + 1
	if j < len(src) && (src[j] == '/' || src[j] == '!' || src[j] == '?') {
		j++
	}
	k := j
	for k < len(src) && (isAlnum(src[k])) {
		k++
	}
	if k == j {
		return 0, "", false // "< 5" or "<>" is text
	}
	name := strings.ToLower(src[j:k])
	// find the closing '>', skipping quoted attribute values
	quote := byte(0)
	for p := k; p < len(src) && p < i+4096; p++ {
		switch c := src[p]; {
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
		case c == '<' || c == '\n' && p-i > 512:
			return 0, "", false
		}
	}
	return 0, "", false
}

func skipUntilClose(src string, from int, name string) int {
	if name == "!--" {
		return from
	}
	if j := strings.Index(strings.ToLower(src[from:]), "</"+name); j >= 0 {
		if k := strings.IndexByte(src[from+j:], '>'); k >= 0 {
			return from + j + k + 1
		}
	}
	return len(src)
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// scanEntity reads an entity at src[i] == '&': "&eacute;", "&#233;",
// "&#xE9;". Non-breaking spaces become plain spaces.
func scanEntity(src string, i int) (int, string, bool) {
	j := i + 1
	for j < len(src) && j-i < 12 && (isAlnum(src[j]) || src[j] == '#') {
		j++
	}
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
