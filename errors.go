package lexgraph

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Error codes, so that callers (and the command's exit status) can tell
// failures apart without parsing messages.
const (
	EINVALID  = "invalid"  // input that cannot be read as what it claims to be
	ENOTFOUND = "notfound" // a name that matches nothing
	EAMBIG    = "ambiguous"
	ECONFLICT = "conflict" // a resource held by someone else (a locked store)
	ETIMEOUT  = "timeout"
	// ELIMIT is work stopped at a bound other than time: a raw query's
	// memory or output.
	ELIMIT = "limit"
	// ETOOLARGE is a request larger than its bound.
	ETOOLARGE = "toolarge"
	// EUNAVAILABLE is a service that cannot answer now (a store that
	// cannot be read, every raw query slot taken): try again later.
	EUNAVAILABLE = "unavailable"
	EINTERNAL    = "internal"
)

// Error is an error with a code and a message meant for the user.
type Error struct {
	Code    string
	Message string
	Err     error // the underlying cause, if any
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for other errors and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// Position locates a problem in an input: a file (or archive entry), and
// within it a byte offset and, where known, a line and column or a record.
type Position struct {
	File   string
	Offset int // byte offset, -1 when unknown
	Line   int // 1-based, 0 when unknown
	Column int // 1-based, in bytes
	Record string
}

func (p Position) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	switch {
	case p.Line > 0:
		fmt.Fprintf(&b, ":%d:%d", p.Line, p.Column)
	case p.Offset >= 0:
		fmt.Fprintf(&b, ": byte %d", p.Offset)
	}
	if p.Record != "" {
		fmt.Fprintf(&b, " (record %s)", p.Record)
	}
	return b.String()
}

// InputError is a problem with one input, at a position.
type InputError struct {
	Pos Position
	Msg string
	Err error
}

func (e *InputError) Error() string {
	s := e.Pos.String() + ": " + e.Msg
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *InputError) Unwrap() error { return e.Err }

// ErrorList collects the problems found while reading many inputs, so that
// the good records go in and every bad one is reported.
type ErrorList []*InputError

// Add appends an error at pos.
func (l *ErrorList) Add(pos Position, msg string, err error) {
	*l = append(*l, &InputError{Pos: pos, Msg: msg, Err: err})
}

// Sort orders the list by file, then offset.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Offset < b.Offset
	})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil for an empty list, else the list.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
