package opendata

import (
	"bufio"
	"bytes"
	"io"
	"strings"

	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"

	"lexgraph"
)

// xmlSplitter cuts an XML stream into records without decoding them: it
// follows start and end tags (skipping comments, CDATA sections and
// processing instructions) and copies out each element named like a record
// (question, acteur…) that is not inside another record. A record whose
// tags do not balance ends where the next record of its kind starts, so
// that one bad record does not swallow the rest.
type xmlSplitter struct {
	r      *bufio.Reader
	source string
	off    int
	line   int
	col    int
	fn     func(Record) error
	n      int
	stack  []string

	tagBuf   []byte // the tag being read, from its '<'
	rec      []byte // the record being copied, from its start tag
	recKind  string
	recDepth int
	recPos   lexgraph.Position
}

func (s *xmlSplitter) pos() lexgraph.Position {
	return lexgraph.Position{File: s.source, Offset: s.off, Line: s.line, Column: s.col}
}

func (s *xmlSplitter) next() (byte, error) {
	c, err := s.r.ReadByte()
	if err != nil {
		return 0, err
	}
	if s.recKind != "" {
		s.rec = append(s.rec, c)
	}
	s.tagBuf = append(s.tagBuf, c)
	s.off++
	if c == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
	return c, nil
}

// skipUntil reads up to and including the end marker ("]]>" ends
// "<![CDATA[a[1]]]>" too).
func (s *xmlSplitter) skipUntil(end string) error {
	var last []byte
	for {
		c, err := s.next()
		if err != nil {
			return err
		}
		last = append(last, c)
		if len(last) > len(end) {
			last = last[1:]
		}
		if string(last) == end {
			return nil
		}
	}
}

// tag reads a tag after its '<' and returns its kind ('/' end, 's' start,
// 'e' empty element, 0 anything else) and its local name.
func (s *xmlSplitter) tag() (byte, string, error) {
	b, err := s.r.Peek(1)
	if err != nil {
		return 0, "", err
	}
	switch b[0] {
	case '?':
		return 0, "", s.skipUntil("?>")
	case '!':
		head, _ := s.r.Peek(9)
		switch {
		case bytes.HasPrefix(head, []byte("!--")):
			return 0, "", s.skipUntil("-->")
		case bytes.HasPrefix(head, []byte("![CDATA[")):
			return 0, "", s.skipUntil("]]>")
		}
		return 0, "", s.skipUntil(">")
	}
	kind := byte('s')
	if b[0] == '/' {
		kind = '/'
		s.next()
	}
	var name []byte
	var quote, prev byte
	for {
		c, err := s.next()
		if err != nil {
			return 0, "", err
		}
		if c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			if c == '>' {
				return kind, localName(string(name)), nil
			}
			prev = c
			break
		}
		name = append(name, c)
	}
	// attributes, up to '>' outside quotes
	for {
		c, err := s.next()
		if err != nil {
			return 0, "", err
		}
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			if prev == '/' {
				kind = 'e'
			}
			return kind, localName(string(name)), nil
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			prev = c
		}
	}
}

func localName(n string) string {
	if i := strings.IndexByte(n, ':'); i >= 0 {
		return n[i+1:]
	}
	return n
}

// emit hands the record being copied on.
func (s *xmlSplitter) emit() error {
	data := s.rec
	kind, pos := s.recKind, s.recPos
	s.rec, s.recKind = nil, ""
	s.n++
	return s.fn(Record{Kind: kind, Syntax: "xml", Data: data, Pos: pos})
}

func (s *xmlSplitter) run() error {
	eof := func() error {
		if s.recKind != "" {
			return &lexgraph.InputError{Pos: s.recPos, Msg: "malformed XML: the " + s.recKind + " record starting here is not closed before the end of the input (a truncated file?)"}
		}
		return nil
	}
	for {
		c, err := s.next()
		if err == io.EOF {
			return eof()
		}
		if err != nil {
			return err
		}
		if c != '<' {
			continue
		}
		start := s.pos()
		start.Offset--
		start.Column--
		s.tagBuf = append(s.tagBuf[:0], '<')
		kind, name, err := s.tag()
		if err == io.EOF {
			if err = eof(); err == nil {
				err = io.ErrUnexpectedEOF
			}
		}
		if err != nil {
			return err
		}
		switch kind {
		case 's', 'e':
			if s.recKind != "" && name == s.recKind {
				// a record of the same kind opening inside one: the
				// first was not closed; report it and start again here
				if i := bytes.LastIndexByte(s.rec, '<'); i >= 0 {
					s.rec = s.rec[:i]
				}
				s.stack = s.stack[:s.recDepth]
				if err := s.emit(); err != nil {
					return err
				}
			}
			if s.recKind == "" && recordKinds[name] {
				s.recKind, s.recDepth, s.recPos = name, len(s.stack), start
				s.rec = append([]byte(nil), s.tagBuf...)
			}
			if kind == 's' {
				s.stack = append(s.stack, name)
			} else if s.recKind != "" && len(s.stack) == s.recDepth {
				if err := s.emit(); err != nil {
					return err
				}
			}
		case '/':
			if len(s.stack) > 0 {
				s.stack = s.stack[:len(s.stack)-1]
			}
			if s.recKind != "" && len(s.stack) == s.recDepth {
				if err := s.emit(); err != nil {
					return err
				}
			}
		}
	}
}

// splitXML cuts an XML input into records, decoding it first to UTF-8 when
// its declaration names another encoding.
func splitXML(source string, r io.Reader, fn func(Record) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(512)
	var in io.Reader = br
	if enc := xmlEncoding(head); enc != "" {
		e, err := ianaindex.IANA.Encoding(enc)
		if err != nil || e == nil {
			return inputError(source, lexgraph.Position{File: source, Offset: 0, Line: 1, Column: 1},
				&lexgraph.InputError{Pos: lexgraph.Position{File: source, Offset: 0, Line: 1, Column: 1}, Msg: sprintf("XML in encoding %q, which lexgraph cannot decode", enc)}, fn)
		}
		if e != unicode.UTF8 {
			in = e.NewDecoder().Reader(br)
		}
	}
	s := &xmlSplitter{r: bufio.NewReaderSize(in, 1<<16), source: source, line: 1, col: 1}
	var stop error
	s.fn = keepStop(fn, &stop)
	err := s.run()
	if stop != nil {
		return stop
	}
	if err == nil && s.n == 0 {
		err = &lexgraph.InputError{Pos: lexgraph.Position{File: source, Offset: -1}, Msg: "XML holding no question, acteur, organe or mandat record"}
	}
	return inputError(source, s.pos(), err, fn)
}

// xmlEncoding returns the encoding an XML declaration names, lower-cased,
// or "" for none, UTF-8 and ASCII.
func xmlEncoding(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(head[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n=")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	rest = rest[1:]
	if j := strings.IndexByte(rest, q); j >= 0 {
		enc := strings.ToLower(rest[:j])
		switch enc {
		case "utf-8", "utf8", "us-ascii", "ascii":
			return ""
		}
		return enc
	}
	return ""
}
