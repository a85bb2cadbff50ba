package extract

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path"
	"sort"
	"strings"
	"sync/atomic"

	"lexgraph"
	"lexgraph/extract/opendata"
)

// ReaderVersion is the version of the readers (open data, pages, texts,
// HTML cleaning): raise it with any change to the documents they give, so
// that an ingest no longer trusts the fingerprints of records read before
// and reads them again.
const ReaderVersion = 1

// Item is one record of the inputs, cut out but not decoded: a question,
// acteur, organe or mandat record of the open data, or a whole page or
// text file. Decoding is left to Decode, so that callers decode items in
// parallel while Walk reads on.
type Item struct {
	Source string // the file, or "archive.zip!entry"
	// Skipped is set, instead of a record, for structured data that is
	// none of lexgraph's (a JSON or XML file of another kind, such as the
	// déports of the reference dumps): neither read as text nor rejected.
	Skipped string
	rec     *opendata.Record
	data    []byte
	err     *lexgraph.InputError
}

// Decode reads the item into its documents, or says why it cannot.
func (it Item) Decode() ([]*lexgraph.Document, *lexgraph.InputError) {
	switch {
	case it.err != nil:
		return nil, it.err
	case it.Skipped != "":
		return nil, nil
	case it.rec != nil:
		d, err := it.rec.Decode()
		if err != nil {
			return nil, err
		}
		return []*lexgraph.Document{d}, nil
	}
	docs, err := Read(it.Source, it.data)
	if err != nil {
		var ie *lexgraph.InputError
		if !errors.As(err, &ie) {
			ie = &lexgraph.InputError{Pos: lexgraph.Position{File: it.Source, Offset: -1}, Msg: "cannot read", Err: err}
		}
		return nil, ie
	}
	return docs, nil
}

// Failed reports whether the item stands for input that could not be
// read (Decode then says why).
func (it Item) Failed() bool { return it.err != nil || it.rec != nil && it.rec.Err != nil }

// Data returns the item's bytes (the record, or the file), for a rejects
// file.
func (it Item) Data() []byte {
	if it.rec != nil {
		return it.rec.Data
	}
	return it.data
}

// Walker walks inputs and counts the bytes it has read of them, for a
// progress bar.
type Walker struct {
	read atomic.Int64
}

// Read returns the bytes of the input files read so far.
func (w *Walker) Read() int64 { return w.read.Load() }

// InputSize returns the total size of the files of paths (folders walked),
// what Walker.Read reaches at the end.
func InputSize(paths []string) int64 {
	var n int64
	for _, p := range paths {
		files, _ := listFiles(p)
		for _, f := range files {
			if st, err := os.Stat(f); err == nil {
				n += st.Size()
			}
		}
	}
	return n
}

// countingFile counts the bytes read from a file.
type countingFile struct {
	f *os.File
	n *atomic.Int64
}

func (c countingFile) Read(p []byte) (int, error) {
	n, err := c.f.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func (c countingFile) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.f.ReadAt(p, off)
	c.n.Add(int64(n))
	return n, err
}

// Walk reads files, folders (walked in name order) and zip archives (read
// in place, entry by entry) and calls fn for each record, in order, holding
// one record at a time: a whole legislature's file streams through. Each
// input is recognised by its content: open data (opendata.Sniff), else a
// question page or a plain text (Read). Inputs that cannot be read come as
// items whose Decode says why; Walk returns only fn's and ctx's errors.
func Walk(ctx context.Context, paths []string, fn func(Item) error) error {
	return (&Walker{}).Walk(ctx, paths, fn)
}

// Walk is the package's Walk, counting bytes. The files are read in the
// order opendata.ReadOrder gives (organe records, then acteur and mandat
// records, then questions and pages; the order of the paths otherwise), so
// that questions find their deputies and ministries already named.
func (w *Walker) Walk(ctx context.Context, paths []string, fn func(Item) error) error {
	type input struct {
		name  string
		order int
	}
	var inputs []input
	for _, p := range paths {
		files, err := listFiles(p)
		if err != nil {
			if err := fn(failed(p, "cannot read", err)); err != nil {
				return err
			}
			continue
		}
		for _, f := range files {
			inputs = append(inputs, input{f, readOrder(f)})
		}
	}
	sort.SliceStable(inputs, func(i, j int) bool { return inputs[i].order < inputs[j].order })
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.walkFile(ctx, in.name, fn); err != nil {
			return err
		}
	}
	return nil
}

// readOrder ranks a file (a zip archive by its first entry) for Walk.
func readOrder(name string) int {
	f, err := os.Open(name)
	if err != nil {
		return 2
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if !bytes.HasPrefix(head, zipMagic) {
		return opendata.ReadOrder(head)
	}
	st, err := f.Stat()
	if err != nil {
		return 2
	}
	zr, err := zip.NewReader(f, st.Size())
	if err != nil {
		return 2
	}
	for _, e := range zr.File {
		if e.FileInfo().IsDir() || strings.HasPrefix(e.Name, "__MACOSX/") || strings.HasPrefix(path.Base(e.Name), ".") {
			continue
		}
		rc, err := e.Open()
		if err != nil {
			return 2
		}
		n, _ := io.ReadFull(rc, head[:cap(head)])
		rc.Close()
		return opendata.ReadOrder(head[:n])
	}
	return 2
}

func failed(source, msg string, err error) Item {
	return Item{Source: source, err: &lexgraph.InputError{Pos: lexgraph.Position{File: source, Offset: -1}, Msg: msg, Err: err}}
}

var zipMagic = []byte("PK\x03\x04")

func (w *Walker) walkFile(ctx context.Context, name string, fn func(Item) error) error {
	file, err := os.Open(name)
	if err != nil {
		return fn(failed(name, "cannot read", err))
	}
	defer file.Close()
	f := countingFile{file, &w.read}
	br := bufio.NewReaderSize(f, 1<<16)
	head, _ := br.Peek(4)
	if bytes.Equal(head, zipMagic) {
		st, err := file.Stat()
		if err != nil {
			return fn(failed(name, "cannot read", err))
		}
		zr, err := zip.NewReader(f, st.Size())
		if err != nil {
			return fn(failed(name, "cannot read the zip archive", err))
		}
		return walkZip(ctx, name, zr, fn)
	}
	return walkStream(name, br, fn)
}

// walkZip reads the entries of an archive in their order.
func walkZip(ctx context.Context, name string, zr *zip.Reader, fn func(Item) error) error {
	for _, e := range zr.File {
		if err := ctx.Err(); err != nil {
			return err
		}
		base := path.Base(e.Name)
		if e.FileInfo().IsDir() || strings.HasPrefix(e.Name, "__MACOSX/") || strings.HasPrefix(base, ".") || skipName(base) {
			continue
		}
		source := name + "!" + e.Name
		rc, err := e.Open()
		if err != nil {
			if err := fn(failed(source, "cannot read the archive entry", err)); err != nil {
				return err
			}
			continue
		}
		br := bufio.NewReaderSize(rc, 1<<16)
		if head, _ := br.Peek(4); string(head) == string(zipMagic) {
			err = fn(failed(source, "a zip archive inside a zip archive: unzip the outer one first", nil))
		} else {
			err = walkStream(source, br, fn)
		}
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// walkStream reads one file or entry: open data is split into records,
// anything else is read whole as a page or a text.
func walkStream(source string, br *bufio.Reader, fn func(Item) error) error {
	head, _ := br.Peek(4096)
	if syntax := opendata.Sniff(head); syntax != "" {
		return opendata.Split(source, br, syntax, func(r opendata.Record) error {
			return fn(Item{Source: source, rec: &r})
		})
	}
	if root := foreignRoot(head); root != "" {
		if _, err := io.Copy(io.Discard, br); err != nil {
			return fn(failed(source, "cannot read", err))
		}
		return fn(Item{Source: source, Skipped: root})
	}
	data, err := io.ReadAll(br)
	if err != nil {
		// a damaged archive entry (bad checksum) ends here: say so
		return fn(failed(source, "cannot read", err))
	}
	return fn(Item{Source: source, data: data})
}

// foreignRoot returns the root of structured data that is none of
// lexgraph's: a JSON object, or XML with its declaration, whose first key or
// root element is not open data. HTML, and text, are read as text.
func foreignRoot(head []byte) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("{\"")), bytes.HasPrefix(t, []byte("<?xml")):
		if root := opendata.Root(t); root != "" && !strings.EqualFold(root, "html") {
			return root
		}
	}
	return ""
}
