package opendata

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"lexgraph"
)

// A record is decoded into a tree of map[string]any, []any, string,
// json.Number, bool and nil: JSON as it is, XML the way the Assemblée
// derives its JSON from it (attributes as "@name", the text of an element
// that has attributes as "#text", repeated elements as lists). The mapping
// to documents is then one piece of code for both syntaxes.

// maxDepth bounds how deep a record's objects, lists or elements nest. The
// Assemblée's records nest 8 levels at most; a record nested deeper is
// rejected rather than decoded by recursion whose cost grows with the depth
// (the stack the collector scans, at every level).
const maxDepth = 100

// jsonTooDeep returns the offset of the bracket at which a JSON record
// nests deeper than maxDepth, or -1: one pass over the bytes, brackets
// outside strings.
func jsonTooDeep(data []byte) int {
	depth := 0
	inString := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if inString {
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '{', '[':
			if depth++; depth > maxDepth {
				return i
			}
		case '}', ']':
			depth--
		}
	}
	return -1
}

// jsonTree decodes a JSON record.
func (r Record) jsonTree() (map[string]any, *lexgraph.InputError) {
	if at := jsonTooDeep(r.Data); at >= 0 {
		return nil, &lexgraph.InputError{Pos: r.posAt(at), Msg: sprintf("malformed %s record: objects and lists nested deeper than %d levels", r.Kind, maxDepth)}
	}
	d := json.NewDecoder(bytes.NewReader(r.Data))
	d.UseNumber()
	var v any
	err := d.Decode(&v)
	if err == nil {
		if _, e := d.Token(); e != io.EOF {
			err = errors.New("more data after the record")
		}
	}
	if err != nil {
		at := int(d.InputOffset())
		var se *json.SyntaxError
		if errors.As(err, &se) {
			at = int(se.Offset)
		}
		return nil, &lexgraph.InputError{Pos: r.posAt(at), Msg: "malformed JSON in " + r.Kind + " record", Err: err}
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, &lexgraph.InputError{Pos: r.Pos, Msg: sprintf("malformed %s record: want an object, found %s", r.Kind, typeName(v))}
	}
	return m, nil
}

// xmlTree decodes an XML record element into its content.
func (r Record) xmlTree() (map[string]any, *lexgraph.InputError) {
	d := xml.NewDecoder(bytes.NewReader(r.Data))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	var root map[string]any
	for root == nil {
		tok, err := d.Token()
		if err != nil {
			return nil, r.xmlError(d, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			v, err := xmlElement(d, se, r.Data, 1)
			if err != nil {
				return nil, r.xmlError(d, err)
			}
			m, ok := v.(map[string]any)
			if !ok {
				m = map[string]any{"#text": v}
			}
			root = m
		}
	}
	return root, nil
}

func (r Record) xmlError(d *xml.Decoder, err error) *lexgraph.InputError {
	at := int(d.InputOffset())
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		// SyntaxError knows the line; the offset is where the decoder stopped
		pos := r.posAt(at)
		if r.Pos.Line > 0 {
			pos.Line = r.Pos.Line + se.Line - 1
		}
		return &lexgraph.InputError{Pos: pos, Msg: "malformed XML in " + r.Kind + " record", Err: errors.New(se.Msg)}
	}
	return &lexgraph.InputError{Pos: r.posAt(at), Msg: "malformed XML in " + r.Kind + " record", Err: err}
}

// isTextElement tells the elements that hold HTML: when their HTML came
// unescaped (as XML elements), their inner markup is kept as text.
func isTextElement(name string) bool {
	return name == "texte" || strings.HasPrefix(name, "TEXTE_")
}

// errTooDeep rejects a record whose elements nest deeper than maxDepth.
var errTooDeep = errors.New("elements nested deeper than " + strconv.Itoa(maxDepth) + " levels")

// xmlElement reads the content of the element se, at depth levels from
// the record's root.
func xmlElement(d *xml.Decoder, se xml.StartElement, raw []byte, depth int) (any, error) {
	if depth > maxDepth {
		return nil, errTooDeep
	}
	m := map[string]any{}
	nilled := false
	for _, a := range se.Attr {
		if a.Name.Space == "xmlns" || a.Name.Local == "xmlns" {
			continue
		}
		if a.Name.Local == "nil" && a.Value == "true" {
			nilled = true
		}
		m["@"+a.Name.Local] = a.Value
	}
	if isTextElement(se.Name.Local) {
		return xmlText(d, raw, m, nilled)
	}
	var text strings.Builder
	children := false
	for {
		tok, err := d.Token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			children = true
			v, err := xmlElement(d, t, raw, depth+1)
			if err != nil {
				return nil, err
			}
			k := t.Name.Local
			switch prev := m[k].(type) {
			case nil:
				if _, ok := m[k]; ok {
					m[k] = []any{nil, v}
				} else {
					m[k] = v
				}
			case []any:
				m[k] = append(prev, v)
			default:
				m[k] = []any{prev, v}
			}
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			if nilled && !children && strings.TrimSpace(text.String()) == "" {
				return nil, nil
			}
			if children {
				return m, nil
			}
			s := strings.TrimSpace(text.String())
			if len(m) == 0 {
				return s, nil
			}
			m["#text"] = s
			return m, nil
		}
	}
}

// xmlText reads the content of an element that holds HTML (attrs are its
// attributes, already read): its text, or when its HTML came unescaped (as
// XML elements), its inner markup as it stands in the record. The elements
// inside are only counted, not decoded: decoding each and then copying out
// the markup of each text element nested in another copied the same bytes
// once per level, quadratic work.
func xmlText(d *xml.Decoder, raw []byte, attrs map[string]any, nilled bool) (any, error) {
	innerStart := int(d.InputOffset())
	var text strings.Builder
	children := false
	depth := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			children = true
			depth++
		case xml.CharData:
			if depth == 0 {
				text.Write(t)
			}
		case xml.EndElement:
			if depth > 0 {
				depth--
				continue
			}
			if children {
				end := int(d.InputOffset())
				if i := bytes.LastIndex(raw[:end], []byte("</")); i >= innerStart {
					return string(raw[innerStart:i]), nil
				}
			}
			if nilled && !children && strings.TrimSpace(text.String()) == "" {
				return nil, nil
			}
			if len(attrs) == 0 {
				return text.String(), nil
			}
			attrs["#text"] = text.String()
			return attrs, nil
		}
	}
}

// val is a value of a record's tree with its path, for messages; accessors
// record the first field of the wrong type in errs.
type val struct {
	v    any
	path string
	errs *fieldErrors
}

type fieldErrors struct{ first error }

func (e *fieldErrors) add(path, want string, v any) {
	if e.first == nil {
		e.first = errors.New("field " + path + ": want " + want + ", found " + typeName(v))
	}
}

// firstError returns the first field of the wrong type the record's
// accessors met, else err: a uid that is a number says so rather than "no
// uid".
func firstError(r val, err error) error {
	if r.errs.first != nil {
		return r.errs.first
	}
	return err
}

func root(m map[string]any) val { return val{v: m, errs: &fieldErrors{}} }

func typeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	case string:
		return strconv.Quote(clip(x))
	case json.Number:
		return "the number " + string(x)
	case bool:
		return "a boolean"
	}
	return "a value"
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// get returns the member key of an object; absent and null members are
// null values.
func (x val) get(key string) val {
	p := key
	if x.path != "" {
		p = x.path + "." + key
	}
	switch m := x.v.(type) {
	case nil:
		return val{path: p, errs: x.errs}
	case map[string]any:
		return val{v: m[key], path: p, errs: x.errs}
	case string:
		if strings.TrimSpace(m) == "" { // an empty XML element
			return val{path: p, errs: x.errs}
		}
	}
	x.errs.add(x.path, "an object", x.v)
	return val{path: p, errs: x.errs}
}

// at follows a path of members.
func (x val) at(keys ...string) val {
	for _, k := range keys {
		x = x.get(k)
	}
	return x
}

// isNull reports whether the value is absent or null.
func (x val) isNull() bool {
	if x.v == nil {
		return true
	}
	if m, ok := x.v.(map[string]any); ok {
		return m["@nil"] == "true" && m["#text"] == nil
	}
	return false
}

// list returns an object-or-list as a list; null gives none.
func (x val) list() []val {
	switch l := x.v.(type) {
	case nil:
		return nil
	case []any:
		out := make([]val, 0, len(l))
		for i, v := range l {
			if v != nil {
				out = append(out, val{v: v, path: x.path + "[" + strconv.Itoa(i) + "]", errs: x.errs})
			}
		}
		return out
	}
	return []val{x}
}

// str returns a scalar as text: a string, a number, a boolean, or the
// "#text" of an object (null and attribute-only objects are "").
func (x val) str() string {
	switch v := x.v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(v)
	case json.Number:
		return string(v)
	case bool:
		return strconv.FormatBool(v)
	case map[string]any:
		if t, ok := v["#text"]; ok {
			return val{v: t, path: x.path, errs: x.errs}.str()
		}
		for k := range v {
			if !strings.HasPrefix(k, "@") {
				x.errs.add(x.path, "a text", x.v)
				return ""
			}
		}
		return ""
	}
	x.errs.add(x.path, "a text", x.v)
	return ""
}

// id returns an identifier (a uid, a reference): a text, or the "#text"
// of an object. A number or a boolean is the wrong type: the Assemblée's
// ids are texts ("QANR5L14QE81473", "PA1008"), and a number where one is
// due is a damaged record, not an id.
func (x val) id() string {
	switch v := x.v.(type) {
	case json.Number, bool:
		x.errs.add(x.path, "a text", v)
		return ""
	case map[string]any:
		if t, ok := v["#text"]; ok {
			return val{v: t, path: x.path, errs: x.errs}.id()
		}
	}
	return x.str()
}

// raw returns a text without trimming it (texts keep their bytes).
func (x val) raw() string {
	switch v := x.v.(type) {
	case string:
		return v
	case map[string]any:
		if t, ok := v["#text"].(string); ok {
			return t
		}
	}
	return x.str()
}

// int returns a whole number; "" is 0, anything else not a number is an
// error.
func (x val) int() int {
	s := x.str()
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		x.errs.add(x.path, "a whole number", x.v)
		return 0
	}
	return n
}

// date returns a date as YYYY-MM-DD; the sources write YYYY-MM-DD (with a
// time or a time zone at times) and DD/MM/YYYY. Anything else is an error.
func (x val) date() string {
	s := x.str()
	if s == "" {
		return ""
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == '+' || s[10] == '-' || s[10] == 'Z' || s[10] == ' ') {
		s = s[:10]
	}
	d, ok := lexgraph.ParseDate(s)
	if !ok {
		x.errs.add(x.path, "a date", x.v)
	}
	return d
}
