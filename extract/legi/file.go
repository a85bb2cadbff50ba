package legi

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"golang.org/x/text/encoding/ianaindex"

	"lexgraph"
)

// The root elements of the files that describe a text.
const (
	RootStruct  = "TEXTELR"       // the text's structure: its versions, articles, sections
	RootVersion = "TEXTE_VERSION" // the text's version: its titles
)

// File is what one TEXTELR or TEXTE_VERSION file says of a text.
type File struct {
	ID   string // META_COMMUN/ID: JORFTEXT… or LEGITEXT…
	Root string // RootStruct or RootVersion
	// Text is the text's metadata as the file gives it; CID is ID when the
	// file names none. Consolidated is set from a TEXTELR's VERSIONS.
	lexgraph.Text
}

// textID is the shape of a text's id: four letters of its base, TEXT, twelve
// digits.
var textID = regexp.MustCompile(`^[A-Z]{4}TEXT[0-9]{12}$`)

// textIDAny is the shape of the id of any file of the dumps: a text's, an
// article's, a section's (JORFTEXT…, LEGIARTI…, LEGISCTA…).
var textIDAny = regexp.MustCompile(`^[A-Z]{8}[0-9]{12}$`)

// field names the metadata a file's element holds, by its path under the
// root.
var fields = map[string]string{
	"META/META_COMMUN/ID":                             "id",
	"META/META_COMMUN/ID_ELI":                         "eli",
	"META/META_COMMUN/ELI_ALIAS/ID_ELI_ALIAS":         "eli_alias",
	"META/META_COMMUN/NATURE":                         "nature",
	"META/META_SPEC/META_TEXTE_CHRONICLE/CID":         "cid",
	"META/META_SPEC/META_TEXTE_CHRONICLE/NUM":         "num",
	"META/META_SPEC/META_TEXTE_CHRONICLE/NOR":         "nor",
	"META/META_SPEC/META_TEXTE_CHRONICLE/DATE_TEXTE":  "date",
	"META/META_SPEC/META_TEXTE_CHRONICLE/DATE_PUBLI":  "published",
	"META/META_SPEC/META_TEXTE_CHRONICLE/TITRE_TEXTE": "titre_texte",
	"META/META_SPEC/META_TEXTE_VERSION/TITRE":         "titre",
	"META/META_SPEC/META_TEXTE_VERSION/TITREFULL":     "titrefull",
}

// otherRoot is the root element of a file that is no text's, found by
// parsing when its first bytes did not tell: the file is skipped.
type otherRoot string

func (o otherRoot) Error() string { return "root element <" + string(o) + "> is no text's" }

// parseError is a problem at a line and column of a file.
type parseError struct {
	line, col int
	msg       string
	err       error // a fault of the reader under the file, if that is what stopped it
}

func (e *parseError) Error() string { return e.msg }

func (e *parseError) Unwrap() error { return e.err }

// parseFile reads the metadata of a TEXTELR or TEXTE_VERSION file. It reads
// the file up to the end of META (and, in a TEXTELR, of VERSIONS): what
// comes after (articles' links, visas, signatures) is not needed, and is
// not read.
func parseFile(r io.Reader) (*File, error) {
	d := xml.NewDecoder(r)
	d.CharsetReader = charsetReader
	fail := func(msg string, args ...any) error {
		line, col := d.InputPos()
		return &parseError{line: line, col: col, msg: fmt.Sprintf(msg, args...)}
	}
	var (
		root     string
		path     []string // element names under the root
		paths    []string // their paths, "META/META_COMMUN"…
		key      string   // the field being read, if any
		text     bytes.Buffer
		vals     = map[string]string{}
		valPos   = map[string][2]int{}
		etat     string // the VERSION being read
		inForce  []string
		versions []string
		metaDone bool
		versDone bool
	)
	for {
		// RawToken: no namespaces to translate (the dumps use none); the
		// end tags are matched against path here
		tok, err := d.RawToken()
		if err == io.EOF {
			if root == "" {
				return nil, fail("no root element")
			}
			return nil, fail("malformed XML: the file ends inside <%s>", root)
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, fail("malformed XML: %s", se.Msg)
			}
			line, col := d.InputPos()
			return nil, &parseError{line: line, col: col, msg: "cannot read", err: err}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if root == "" {
				if name != RootStruct && name != RootVersion {
					return nil, otherRoot(name)
				}
				root = name
				continue
			}
			if len(path) == 0 {
				// a child of the root: stop once what is needed is read
				if metaDone && (root == RootVersion || versDone || name != "VERSIONS") {
					return finish(root, vals, valPos, inForce, versions)
				}
			}
			path = append(path, name)
			if len(paths) < len(path) {
				paths = append(paths, "")
			}
			p := name
			if len(path) > 1 {
				p = paths[len(path)-2] + "/" + name
			}
			paths[len(path)-1] = p
			if k, ok := fields[p]; ok {
				key = k
				text.Reset()
				line, col := d.InputPos()
				valPos[k] = [2]int{line, col}
			} else {
				key = ""
			}
			switch p {
			case "VERSIONS/VERSION":
				etat = attr(t, "etat")
			case "VERSIONS/VERSION/LIEN_TXT":
				if id := attr(t, "id"); strings.HasPrefix(id, "LEGITEXT") {
					versions = append(versions, id)
					if etat == "VIGUEUR" {
						inForce = append(inForce, id)
					}
				}
			}
		case xml.CharData:
			if key != "" {
				text.Write(t)
			}
		case xml.EndElement:
			name := t.Name.Local
			if len(path) == 0 {
				if name != root {
					return nil, fail("malformed XML: element <%s> closed by </%s>", root, name)
				}
				return finish(root, vals, valPos, inForce, versions)
			}
			if top := path[len(path)-1]; name != top {
				return nil, fail("malformed XML: element <%s> closed by </%s>", top, name)
			}
			if key != "" {
				if _, dup := vals[key]; !dup {
					vals[key] = lexgraph.CollapseSpace(text.String())
				}
				key = ""
			}
			path = path[:len(path)-1]
			if len(path) == 0 {
				switch t.Name.Local {
				case "META":
					metaDone = true
				case "VERSIONS":
					versDone = true
				}
			}
		}
	}
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// finish checks what a file gave and makes it a File.
func finish(root string, vals map[string]string, pos map[string][2]int, inForce, versions []string) (*File, error) {
	bad := func(key, msg string, args ...any) error {
		p := pos[key]
		return &parseError{line: p[0], col: p[1], msg: fmt.Sprintf(msg, args...)}
	}
	id := vals["id"]
	if id == "" {
		return nil, &parseError{line: 1, col: 1, msg: "<" + root + "> without META/META_COMMUN/ID"}
	}
	if !textID.MatchString(id) {
		return nil, bad("id", "ID %q is no text's id (JORFTEXT or LEGITEXT and twelve digits)", id)
	}
	cid := vals["cid"]
	if cid == "" {
		cid = id
	} else if !textID.MatchString(cid) {
		return nil, bad("cid", "CID %q is no text's id (JORFTEXT or LEGITEXT and twelve digits)", cid)
	}
	f := &File{ID: id, Root: root, Text: lexgraph.Text{
		CID: cid, Nature: vals["nature"], Number: vals["num"], NOR: vals["nor"],
		ELI: vals["eli"], ELIAlias: vals["eli_alias"],
	}}
	for _, k := range []struct {
		key string
		dst *string
	}{{"date", &f.Date}, {"published", &f.Published}} {
		v := vals[k.key]
		if v == "" || v == noDate {
			continue
		}
		if !isDate(v) {
			return nil, bad(k.key, "date %q is not YYYY-MM-DD", v)
		}
		*k.dst = v
	}
	for _, k := range []string{"titrefull", "titre", "titre_texte"} {
		if v := vals[k]; v != "" {
			f.Title = v
			break
		}
	}
	switch {
	case len(inForce) > 0:
		f.Consolidated = inForce[0]
	case len(distinct(versions)) == 1:
		f.Consolidated = versions[0]
	}
	return f, nil
}

// noDate is how the dumps write "no date".
const noDate = "2999-01-01"

func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	m := (s[5]-'0')*10 + s[6] - '0'
	day := (s[8]-'0')*10 + s[9] - '0'
	return m >= 1 && m <= 12 && day >= 1 && day <= 31
}

func distinct(ss []string) []string {
	var out []string
	for _, s := range ss {
		seen := false
		for _, o := range out {
			seen = seen || o == s
		}
		if !seen {
			out = append(out, s)
		}
	}
	return out
}

// charsetReader decodes the encodings XML declarations name (the dumps are
// UTF-8; an older file may say ISO-8859-1).
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	e, err := ianaindex.IANA.Encoding(label)
	if err != nil || e == nil {
		return nil, fmt.Errorf("XML in encoding %q, which lexgraph cannot decode", label)
	}
	return e.NewDecoder().Reader(r), nil
}
