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

// jsonTree decodes a JSON record.
func (r Record) jsonTree() (map[string]any, *lexgraph.InputError) {
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
			v, err := xmlElement(d, se, r.Data)
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

// xmlElement reads the content of the element se.
func xmlElement(d *xml.Decoder, se xml.StartElement, raw []byte) (any, error) {
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
	innerStart := int(d.InputOffset())
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
			v, err := xmlElement(d, t, raw)
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
			if children && isTextElement(se.Name.Local) {
				end := int(d.InputOffset())
				if i := bytes.LastIndex(raw[:end], []byte("</")); i >= innerStart {
					return string(raw[innerStart:i]), nil
				}
			}
			if nilled && !children && strings.TrimSpace(text.String()) == "" {
				return nil, nil
			}
			if children {
				return m, nil
			}
			s := text.String()
			if !isTextElement(se.Name.Local) {
				s = strings.TrimSpace(s)
			}
			if len(m) == 0 {
				return s, nil
			}
			m["#text"] = s
			return m, nil
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
