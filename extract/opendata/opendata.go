// Package opendata reads the Assemblée nationale's open data: the written
// questions of the 14th legislature (one big JSON or XML file), the
// per-question JSON and XML files of the 15th legislature onward, the older
// site's per-question XML, and the acteur, mandat and organe records (one
// per file, or many in an export file), in JSON and XML.
//
// Big files are streamed: a scanner cuts them into records without decoding
// them (Split), and each record is decoded on its own (Record.Decode), so
// that callers decode in parallel, hold one batch at a time, and a
// malformed record is reported with its position while the others are read.
package opendata

import (
	"lexgraph"
)

// The kinds of records, named after their JSON key and XML element.
const (
	KindQuestion       = "question"
	KindLegacyQuestion = "QUESTION" // the older site's per-question XML
	KindActeur         = "acteur"
	KindOrgane         = "organe"
	KindMandat         = "mandat"
)

// recordKinds are the element names that hold one record each.
var recordKinds = map[string]bool{
	KindQuestion: true, KindLegacyQuestion: true, KindActeur: true, KindOrgane: true, KindMandat: true,
}

// containers are the elements that hold records: the 14th legislature's
// questionsEcrites, and the export files of the reference data.
var containers = map[string]bool{
	"questionsEcrites": true, "export": true, "acteurs": true, "organes": true, "mandats": true,
	"questions": true,
}

// Record is one record of an input, cut out but not decoded yet.
type Record struct {
	Kind   string // KindQuestion, KindActeur…
	Syntax string // "json" or "xml"
	Data   []byte
	// Pos is where the record starts: the file (or "archive!entry"), its
	// byte offset and line.
	Pos lexgraph.Position
	// Err is set, instead of Data, when the input could not be cut into
	// records from here on (a truncated file, a bad encoding).
	Err *lexgraph.InputError
}

// Decode decodes the record into its document. A malformed record (bad
// syntax, no uid, a field of the wrong type, text that is not UTF-8) gives
// an error that names the file and the position.
func (r Record) Decode() (*lexgraph.Document, *lexgraph.InputError) {
	if r.Err != nil {
		return nil, r.Err
	}
	if i := invalidUTF8(r.Data); i >= 0 {
		return nil, r.errorAt(i, "not UTF-8 text: invalid byte 0x%02x (the file should be UTF-8, or XML declaring its encoding)", r.Data[i])
	}
	var tree map[string]any
	var err *lexgraph.InputError
	switch r.Syntax {
	case "xml":
		tree, err = r.xmlTree()
	default:
		tree, err = r.jsonTree()
	}
	if err != nil {
		return nil, err
	}
	var doc *lexgraph.Document
	var ferr error
	switch r.Kind {
	case KindQuestion:
		doc, ferr = questionDoc(tree)
	case KindLegacyQuestion:
		doc, ferr = legacyQuestionDoc(tree)
	case KindActeur:
		doc, ferr = acteurDoc(tree)
	case KindOrgane:
		doc, ferr = organeDoc(tree)
	case KindMandat:
		doc, ferr = mandatDoc(tree)
	default:
		return nil, r.errorAt(0, "unknown record kind %q", r.Kind)
	}
	if ferr != nil {
		pos := r.Pos
		if doc != nil && doc.ID != "" {
			pos.Record = doc.ID
		}
		return nil, &lexgraph.InputError{Pos: pos, Msg: "malformed " + r.Kind + " record", Err: ferr}
	}
	doc.Source = r.Pos.File
	return doc, nil
}

// errorAt returns an error at byte i of the record.
func (r Record) errorAt(i int, format string, args ...any) *lexgraph.InputError {
	return &lexgraph.InputError{Pos: r.posAt(i), Msg: sprintf(format, args...)}
}

// posAt returns the position of byte i of the record in its file.
func (r Record) posAt(i int) lexgraph.Position {
	if i > len(r.Data) {
		i = len(r.Data)
	}
	p := r.Pos
	if p.Offset >= 0 {
		p.Offset += i
	}
	lines, col := 0, 0
	last := -1
	for k := 0; k < i; k++ {
		if r.Data[k] == '\n' {
			lines++
			last = k
		}
	}
	if lines == 0 {
		col = p.Column + i
	} else {
		col = i - last
	}
	if p.Line > 0 {
		p.Line += lines
		p.Column = col
	}
	return p
}
