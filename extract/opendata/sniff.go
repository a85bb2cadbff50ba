package opendata

import (
	"bytes"
	"io"
)

// Sniff tells from the first bytes of an input whether it is open data,
// whatever its name: it returns "json" or "xml", or "" for anything else.
// JSON is recognised by its first key and XML by its root element: a
// record (question, QUESTION, acteur, organe, mandat) or a container of
// them (questionsEcrites, export).
func Sniff(head []byte) string {
	root := Root(head)
	if !recordKinds[root] && !containers[root] {
		return ""
	}
	if bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")[0] == '{' {
		return "json"
	}
	return "xml"
}

// ReadOrder ranks an input by its first bytes in the order inputs are best
// read in: organe records (0), then acteur and mandat records and export
// files (1), then questions, pages and anything else (2). Read in that
// order, each record finds the ones it points to already in the store, and
// no placeholder (a deputy known by acteur id only) needs renaming after.
func ReadOrder(head []byte) int {
	switch Root(head) {
	case KindOrgane, "organes":
		return 0
	case KindActeur, KindMandat, "acteurs", "mandats", "export":
		return 1
	}
	return 2
}

// Root returns the first key of a JSON input or the root element of an XML
// one, "" for anything else.
func Root(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 {
		return ""
	}
	switch head[0] {
	case '{':
		rest := bytes.TrimLeft(head[1:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '"' {
			return ""
		}
		if end := bytes.IndexByte(rest[1:], '"'); end >= 0 {
			return string(rest[1 : 1+end])
		}
	case '<':
		return xmlRoot(head)
	}
	return ""
}

// xmlRoot returns the local name of the first element of head, past the
// declaration, comments and doctype.
func xmlRoot(head []byte) string {
	for {
		head = bytes.TrimLeft(head, " \t\r\n")
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			i := bytes.Index(head, []byte("?>"))
			if i < 0 {
				return ""
			}
			head = head[i+2:]
		case bytes.HasPrefix(head, []byte("<!--")):
			i := bytes.Index(head, []byte("-->"))
			if i < 0 {
				return ""
			}
			head = head[i+3:]
		case bytes.HasPrefix(head, []byte("<!")):
			i := bytes.IndexByte(head, '>')
			if i < 0 {
				return ""
			}
			head = head[i+1:]
		case bytes.HasPrefix(head, []byte("<")):
			end := bytes.IndexAny(head, " \t\r\n/>")
			if end < 0 {
				return ""
			}
			return localName(string(head[1:end]))
		default:
			return ""
		}
	}
}

// Split cuts an input that Sniff recognised into records and calls fn for
// each, in order. An input that cannot be read to its end gives a last
// record holding the error, so that it is reported like a malformed record;
// Split itself returns only fn's errors.
func Split(source string, r io.Reader, syntax string, fn func(Record) error) error {
	if syntax == "xml" {
		return splitXML(source, r, fn)
	}
	return splitJSON(source, r, fn)
}
