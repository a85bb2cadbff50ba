package opendata

import (
	"bufio"
	"errors"
	"io"

	"lexgraph"
)

// jsonSplitter cuts a JSON stream into records without decoding them: it
// walks the containers (questionsEcrites, export…) and copies out each
// record value (a "question", "acteur"… object, or each element of such an
// array) by matching brackets outside strings. It holds one record at a
// time, whatever the size of the file.
type jsonSplitter struct {
	r      *bufio.Reader
	source string
	off    int // offset of the next byte
	line   int // line of the next byte
	col    int // column of the next byte
	buf    []byte
	keep   bool // copy bytes read into buf
	fn     func(Record) error
	n      int // records found
}

var errJSONSyntax = errors.New("JSON syntax")

func (s *jsonSplitter) pos() lexgraph.Position {
	return lexgraph.Position{File: s.source, Offset: s.off, Line: s.line, Column: s.col}
}

func (s *jsonSplitter) next() (byte, error) {
	c, err := s.r.ReadByte()
	if err != nil {
		return 0, err
	}
	if s.keep {
		s.buf = append(s.buf, c)
	}
	s.off++
	if c == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
	return c, nil
}

// peek skips white space and returns the next byte without reading it.
func (s *jsonSplitter) peek() (byte, error) {
	for {
		b, err := s.r.Peek(1)
		if err != nil {
			return 0, err
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			s.next()
			continue
		case 0xEF: // a byte order mark
			if bom, _ := s.r.Peek(3); string(bom) == "\xEF\xBB\xBF" {
				s.r.Discard(3)
				s.off += 3
				continue
			}
		}
		return b[0], nil
	}
}

func (s *jsonSplitter) expect(c byte) error {
	b, err := s.peek()
	if err != nil {
		return err
	}
	if b != c {
		return s.syntax("expected %q, found %q", c, b)
	}
	s.next()
	return nil
}

func (s *jsonSplitter) syntax(format string, args ...any) error {
	return &lexgraph.InputError{Pos: s.pos(), Msg: "malformed JSON: " + sprintf(format, args...), Err: errJSONSyntax}
}

// readString reads a JSON string (the opening quote next) and returns its
// raw contents; keys are plain ASCII names, so escapes are left as they are.
func (s *jsonSplitter) readString() (string, error) {
	if err := s.expect('"'); err != nil {
		return "", err
	}
	var out []byte
	for {
		c, err := s.next()
		if err != nil {
			return "", err
		}
		switch c {
		case '"':
			return string(out), nil
		case '\\':
			out = append(out, c)
			if c, err = s.next(); err != nil {
				return "", err
			}
		}
		out = append(out, c)
	}
}

// skipValue reads one value, matching brackets outside strings.
func (s *jsonSplitter) skipValue() error {
	b, err := s.peek()
	if err != nil {
		return err
	}
	if b == '"' {
		_, err := s.readString()
		return err
	}
	if b != '{' && b != '[' {
		// a scalar: up to the next delimiter
		for {
			b, err := s.r.Peek(1)
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			switch b[0] {
			case ',', '}', ']', ' ', '\t', '\r', '\n':
				return nil
			}
			s.next()
		}
	}
	depth := 0
	inString := false
	for {
		c, err := s.next()
		if err != nil {
			return err
		}
		if inString {
			switch c {
			case '\\':
				if _, err := s.next(); err != nil {
					return err
				}
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return nil
			}
		}
	}
}

// record copies out one record value and hands it on.
func (s *jsonSplitter) record(kind string) error {
	if _, err := s.peek(); err != nil {
		return err
	}
	start := s.pos()
	s.buf, s.keep = s.buf[:0], true
	err := s.skipValue()
	s.keep = false
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return &lexgraph.InputError{Pos: start, Msg: "malformed JSON: the " + kind + " record starting here is not closed before the end of the input (a truncated file?)"}
	}
	if err != nil {
		return err
	}
	s.n++
	data := make([]byte, len(s.buf))
	copy(data, s.buf)
	return s.fn(Record{Kind: kind, Syntax: "json", Data: data, Pos: start})
}

// object walks an object's members: containers are entered, records
// copied out, everything else skipped.
func (s *jsonSplitter) object() error {
	if err := s.expect('{'); err != nil {
		return err
	}
	first := true
	for {
		b, err := s.peek()
		if err != nil {
			return err
		}
		if b == '}' {
			s.next()
			return nil
		}
		if !first {
			if err := s.expect(','); err != nil {
				return err
			}
		}
		first = false
		key, err := s.readString()
		if err != nil {
			return err
		}
		if err := s.expect(':'); err != nil {
			return err
		}
		v, err := s.peek()
		if err != nil {
			return err
		}
		switch {
		case recordKinds[key] && v == '{':
			err = s.record(key)
		case recordKinds[key] && v == '[':
			err = s.array(key)
		case containers[key] && v == '{':
			err = s.object()
		default:
			err = s.skipValue()
		}
		if err != nil {
			return err
		}
	}
}

// array copies out each element of an array of records.
func (s *jsonSplitter) array(kind string) error {
	if err := s.expect('['); err != nil {
		return err
	}
	first := true
	for {
		b, err := s.peek()
		if err != nil {
			return err
		}
		if b == ']' {
			s.next()
			return nil
		}
		if !first {
			if err := s.expect(','); err != nil {
				return err
			}
		}
		first = false
		if b, err = s.peek(); err != nil {
			return err
		}
		if b == 'n' { // null
			if err := s.skipValue(); err != nil {
				return err
			}
			continue
		}
		if err := s.record(kind); err != nil {
			return err
		}
	}
}

// keepStop wraps the caller's record function so that the error with which
// it stops the reading is kept apart from errors of the input itself.
func keepStop(fn func(Record) error, stop *error) func(Record) error {
	return func(rec Record) error {
		if err := fn(rec); err != nil {
			*stop = err
			return err
		}
		return nil
	}
}

// splitJSON cuts a JSON input into records.
func splitJSON(source string, r io.Reader, fn func(Record) error) error {
	s := &jsonSplitter{r: bufio.NewReaderSize(r, 1<<16), source: source, line: 1, col: 1}
	var stop error
	s.fn = keepStop(fn, &stop)
	err := s.object()
	if stop != nil {
		return stop
	}
	if err == nil {
		if s.n == 0 {
			err = &lexgraph.InputError{Pos: lexgraph.Position{File: source, Offset: -1}, Msg: "JSON holding no question, acteur, organe or mandat record"}
		} else if b, e := s.peek(); e == nil {
			err = s.syntax("unexpected %q after the end of the data", b)
		}
	}
	return inputError(source, s.pos(), err, fn)
}

// inputError hands an error that stopped the reading of an input on as a
// rejected record, so that it is reported like the others.
func inputError(source string, pos lexgraph.Position, err error, fn func(Record) error) error {
	if err == nil {
		return nil
	}
	var ie *lexgraph.InputError
	if !errors.As(err, &ie) {
		msg := "cannot read"
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			msg, err = "malformed input: unexpected end (a truncated file?)", nil
		}
		ie = &lexgraph.InputError{Pos: pos, Msg: msg, Err: err}
	}
	return fn(Record{Err: ie, Pos: ie.Pos})
}
