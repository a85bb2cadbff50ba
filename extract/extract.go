// Package extract reads the documents lexgraph ingests and finds their
// legal references. Walk and Read recognise each input by its content, not
// its name: the Assemblée's open data (package opendata: question dumps,
// acteur, organe and mandat records, in zip archives or not), question pages
// of every layout (package page), and any other UTF-8 text as a plain
// document. Package refs finds and resolves the references.
package extract

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"unicode/utf8"

	"lexgraph"
	"lexgraph/extract/htmltext"
	"lexgraph/extract/page"
)

// ReadPaths reads files, folders (walked, in name order) and zip archives
// into documents, all held in memory: for whole legislatures, use Walk. A
// record that cannot be read is reported in the error list with its
// position, and the others are read all the same.
func ReadPaths(paths []string) ([]*lexgraph.Document, lexgraph.ErrorList) {
	var docs []*lexgraph.Document
	var errs lexgraph.ErrorList
	Walk(context.Background(), paths, func(it Item) error {
		d, err := it.Decode()
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		docs = append(docs, d...)
		return nil
	})
	return docs, errs
}

// Files lists the files Walk reads of a path: the path itself when it is a
// file, else the files of the folder and its subfolders, in name order,
// hidden files and folders and corpus descriptions (.md, .tsv) left out.
func Files(path string) ([]string, error) { return listFiles(path) }

// listFiles returns path itself, or the regular files below it.
func listFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != path && len(d.Name()) > 1 && d.Name()[0] == '.' {
				return filepath.SkipDir // .git and the like
			}
			return nil
		}
		if d.Type().IsRegular() && d.Name()[0] != '.' && !skipName(d.Name()) {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// skipName leaves out, when walking a folder, the files that describe a
// corpus rather than belong to it.
func skipName(name string) bool {
	switch filepath.Ext(name) {
	case ".tsv", ".md":
		return true
	}
	return false
}

// ReadFile reads one file into its documents.
func ReadFile(path string) ([]*lexgraph.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Read(path, data)
}

// Read recognises data by its content and reads it into documents. It
// refuses binary data and text that is not UTF-8, saying where.
func Read(source string, data []byte) ([]*lexgraph.Document, error) {
	if err := checkText(source, data); err != nil {
		return nil, err
	}
	if q, passages, layout, ok := page.Read(data); ok {
		cleanHTML(passages)
		id := "page/" + q.UID
		if q.UID == "" {
			id = "page/file/" + absPath(source)
		}
		return []*lexgraph.Document{{Source: source, ID: id, Layout: layout, Question: q, Passages: passages}}, nil
	}
	if passages, ok := page.ReadSenat(data); ok {
		// a Sénat question page: its question and answer with their days,
		// a document but no question record (see page.ReadSenat)
		cleanHTML(passages)
		return []*lexgraph.Document{{Source: source, ID: "text/" + absPath(source), Layout: "page:senat", Passages: passages}}, nil
	}
	passages := []lexgraph.Passage{{Part: lexgraph.PartText, Text: string(data), Offset: 0}}
	cleanHTML(passages)
	return []*lexgraph.Document{{
		Source: source, ID: "text/" + absPath(source), Layout: "text", Passages: passages,
	}}, nil
}

// cleanHTML gives the extractor the text of passages holding HTML (answers
// with tables, entities), keeping the map back to the original bytes.
func cleanHTML(passages []lexgraph.Passage) {
	for i, p := range passages {
		if p.Map == nil && htmltext.HasMarkup(p.Text) {
			text, m := htmltext.Clean(p.Text)
			passages[i].Raw, passages[i].Text, passages[i].Map = p.Text, text, m
		}
	}
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return filepath.ToSlash(a)
	}
	return filepath.ToSlash(p)
}

// checkText refuses binary content (a NUL byte) and invalid UTF-8, with the
// offset, line and column of the first bad byte.
func checkText(source string, data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &lexgraph.InputError{Pos: position(source, data, i), Msg: "binary content (a NUL byte), not a text or a known format"}
	}
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return &lexgraph.InputError{Pos: position(source, data, i), Msg: fmt.Sprintf("not UTF-8 text: invalid byte 0x%02x", data[i])}
		}
		i += size
	}
	return nil
}

// position returns the position of byte offset i of data.
func position(source string, data []byte, i int) lexgraph.Position {
	line := 1 + bytes.Count(data[:i], []byte{'\n'})
	col := i - bytes.LastIndexByte(data[:i], '\n')
	return lexgraph.Position{File: source, Offset: i, Line: line, Column: col}
}
