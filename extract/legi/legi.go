// Package legi reads DILA's dumps of French texts, the JORF (texts as
// published in the Journal officiel) and LEGI (consolidated texts and
// codes): tar.gz archives of XML files, streamed, never unpacked to disk.
//
// A file is recognised by its root element, never by its path (paths change
// between dumps and years): TEXTELR (a text's structure, with its
// consolidated version) and TEXTE_VERSION (its version, with its titles)
// are read, up to the end of their metadata; ARTICLE, SECTION_TA and any
// other root are skipped after their first bytes. An increment's list of
// files to delete, plain text rather than XML, is recognised by its
// content: paths of the dump ending in a file's id.
package legi

import (
	"archive/tar"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"lexgraph"
)

// Deletion is one file of an increment's list of files to delete.
type Deletion struct {
	// ID is the deleted file's id: a text's (JORFTEXT…, LEGITEXT…), or an
	// article's or section's, which a text index has nothing of.
	ID string
	// Root says which file of a text the path names (RootStruct for
	// …/texte/struct/…, RootVersion for …/texte/version/…); "" when it
	// says neither.
	Root string
	Path string
}

// Item is what the reader makes of one entry of an archive.
type Item struct {
	Source string // "archive.tar.gz!entry"
	// File is a TEXTELR or TEXTE_VERSION file read.
	File *File
	// Deletions is a list of files to delete. The reader gives each list
	// after every other entry of its archive, so that an increment's
	// deletions apply after its files, as DILA means them.
	Deletions []Deletion
	// Skipped names the root element of an entry skipped (ARTICLE,
	// SECTION_TA…), or "other" for an entry that is neither XML nor a list
	// of files to delete.
	Skipped string
	// Err is set for an entry, or an archive, that cannot be read.
	Err *lexgraph.InputError
}

// Reader reads archives. Its counter of bytes read may be read while it
// runs.
type Reader struct {
	read atomic.Int64
}

// BytesRead returns the bytes of the archives (as stored, compressed) read
// so far.
func (r *Reader) BytesRead() int64 { return r.read.Load() }

// maxList bounds a list of files to delete (a real one holds thousands of
// paths, well under a megabyte).
const maxList = 64 << 20

// Read reads the archives of paths in order and calls fn for each entry.
// An archive that cannot be read, or stops midway (truncated, not gzip),
// is reported as an Item with Err, after the entries read before the
// fault; its deletions read so far are given. fn's error stops Read.
func (r *Reader) Read(ctx context.Context, paths []string, fn func(Item) error) error {
	for _, p := range paths {
		if err := r.readArchive(ctx, p, fn); err != nil {
			return err
		}
	}
	return nil
}

// counter counts the bytes read through it.
type counter struct {
	r io.Reader
	n *atomic.Int64
}

func (c counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func (r *Reader) readArchive(ctx context.Context, path string, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(Item{Source: path, Err: &lexgraph.InputError{Pos: lexgraph.Position{File: path, Offset: -1}, Msg: "cannot open", Err: err}})
	}
	defer f.Close()
	return r.ReadStream(ctx, path, f, fn)
}

// ReadStream reads one archive (or file of the dumps) from src, named path
// in what it reports.
func (r *Reader) ReadStream(ctx context.Context, path string, src io.Reader, fn func(Item) error) error {
	start := r.read.Load()
	in := bufio.NewReaderSize(counter{src, &r.read}, 1<<16)
	archiveErr := func(msg string, err error) *lexgraph.InputError {
		return &lexgraph.InputError{Pos: lexgraph.Position{File: path, Offset: int(r.read.Load() - start)}, Msg: msg, Err: err}
	}
	head, _ := in.Peek(512)
	var tr *tar.Reader
	switch {
	case len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b:
		zr, err := newGzip(in)
		if err != nil {
			return fn(Item{Source: path, Err: archiveErr("not a gzip archive", err)})
		}
		defer zr.Close()
		tr = tar.NewReader(zr)
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		tr = tar.NewReader(in)
	default:
		// a single file of the dumps, unpacked
		return fn(readEntry(path, in, maxList))
	}
	return r.readTar(ctx, path, tr, archiveErr, fn)
}

// job is one entry of an archive on its way: its item when it is decided
// (skipped), else its bytes to read in a worker. seq keeps the archive's
// order.
type job struct {
	seq  int
	kind entryKind
	item Item
	data []byte
}

// readTar reads the entries of an archive: this goroutine reads the tar
// stream and cuts the entries out, workers read the texts' files, and fn
// gets the items in the archive's order, its lists of files to delete
// last.
func (r *Reader) readTar(ctx context.Context, path string, tr *tar.Reader, archiveErr func(string, error) *lexgraph.InputError, fn func(Item) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := min(runtime.GOMAXPROCS(0), 4)
	jobs := make(chan *job, 4*workers)
	done := make(chan *job, 4*workers)
	var readErr error
	go func() {
		defer close(jobs)
		br := bufio.NewReaderSize(nil, 4096) // one for every entry
		send := func(j *job) bool {
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for seq := 0; ; seq++ {
			if seq%1024 == 0 && ctx.Err() != nil {
				readErr = ctx.Err()
				return
			}
			h, err := tr.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				send(&job{seq: seq, item: Item{Source: path, Err: archiveErr("the archive stops being readable (truncated or damaged)", err)}})
				return
			}
			if h.Typeflag != tar.TypeReg && h.Typeflag != tar.TypeRegA {
				seq--
				continue // folders, links
			}
			j := &job{seq: seq}
			j.item, j.kind = classify(br, path+"!"+h.Name, tr, h.Size)
			if j.kind != entryDone {
				j.data, err = readBounded(br, h.Size)
				if err != nil && isArchiveError(err) {
					send(&job{seq: seq, item: Item{Source: path, Err: archiveErr("the archive stops being readable (truncated or damaged)", err)}})
					return
				}
				if err != nil {
					j.kind, j.item = entryDone, Item{Source: j.item.Source, Err: &lexgraph.InputError{Pos: lexgraph.Position{File: j.item.Source, Offset: -1}, Msg: "cannot read", Err: err}}
				}
			}
			if !send(j) {
				readErr = ctx.Err()
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.kind != entryDone {
					j.item = decode(j.item.Source, j.kind, j.data)
					j.data = nil
				}
				select {
				case done <- j:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	pending := map[int]*job{}
	next := 0
	var lists []Item
	var err error
	for j := range done {
		if err != nil {
			continue // drain
		}
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if j.item.Deletions != nil {
				lists = append(lists, j.item)
				continue
			}
			if err = fn(j.item); err != nil {
				cancel()
				break
			}
		}
	}
	if err != nil {
		return err
	}
	if readErr != nil {
		return readErr
	}
	for _, l := range lists {
		if err := fn(l); err != nil {
			return err
		}
	}
	return nil
}

// isArchiveError tells a fault of the archive itself (gzip or tar), met
// while reading an entry, from a fault of the entry's contents.
func isArchiveError(err error) bool {
	return err != nil && (errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, tar.ErrHeader) || isGzipError(err))
}

// entryKind says what an entry is, once its first bytes are seen.
type entryKind int

const (
	entryDone entryKind = iota // decided: skipped, or an error
	entryFile                  // a TEXTELR or TEXTE_VERSION file (or undecided XML)
	entryList                  // a list of files to delete
)

// maxEntry bounds a text's file read (a real TEXTELR of a big code is a
// few megabytes).
const maxEntry = 256 << 20

// readEntry reads one entry of size bytes (as its header says) at once.
func readEntry(source string, r io.Reader, size int64) Item {
	br := bufio.NewReaderSize(r, 4096)
	item, kind := classify(br, source, r, size)
	if kind == entryDone {
		return item
	}
	data, err := readBounded(br, size)
	if err != nil {
		return Item{Source: source, Err: &lexgraph.InputError{Pos: lexgraph.Position{File: source, Offset: -1}, Msg: "cannot read", Err: err}}
	}
	return decode(source, kind, data)
}

// classify looks at an entry's first bytes through br, reset to r: a
// skipped file is decided there, without reading it further.
func classify(br *bufio.Reader, source string, r io.Reader, size int64) (Item, entryKind) {
	br.Reset(r)
	head, _ := br.Peek(512)
	body := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(head) == 0:
		return Item{Source: source, Skipped: "other"}, entryDone
	case len(body) > 0 && body[0] == '<':
		if root, ok := rootElement(head); ok && root != RootStruct && root != RootVersion {
			return Item{Source: source, Skipped: root}, entryDone
		}
		if size > maxEntry {
			return Item{Source: source, Err: &lexgraph.InputError{Pos: lexgraph.Position{File: source, Offset: -1}, Msg: fmt.Sprintf("a file of %d bytes, more than the %d lexgraph reads", size, maxEntry)}}, entryDone
		}
		return Item{Source: source}, entryFile
	case looksLikeList(body):
		if size > maxList {
			return Item{Source: source, Err: &lexgraph.InputError{Pos: lexgraph.Position{File: source, Offset: -1}, Msg: fmt.Sprintf("a list of files to delete of %d bytes, more than the %d a list may hold", size, maxList)}}, entryDone
		}
		return Item{Source: source}, entryList
	}
	return Item{Source: source, Skipped: "other"}, entryDone
}

// readBounded reads the rest of an entry of size bytes (at most maxEntry).
func readBounded(br *bufio.Reader, size int64) ([]byte, error) {
	if size < 0 || size > maxEntry {
		size = maxEntry
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+1))
	_, err := buf.ReadFrom(io.LimitReader(br, maxEntry+1))
	return buf.Bytes(), err
}

// decode reads an entry's bytes as what classify found.
func decode(source string, kind entryKind, data []byte) Item {
	if kind == entryList {
		dels, bad := parseList(data)
		if bad != nil {
			// a list with a line that is not a path: the good lines are
			// not applied on a guess about the bad one
			return Item{Source: source, Err: &lexgraph.InputError{Pos: lexgraph.Position{File: source, Offset: bad.off, Line: bad.line, Column: bad.col}, Msg: bad.msg}}
		}
		return Item{Source: source, Deletions: dels}
	}
	f, err := parseFile(bytes.NewReader(data))
	var other otherRoot
	if errors.As(err, &other) {
		return Item{Source: source, Skipped: string(other)}
	}
	if err != nil {
		return Item{Source: source, Err: entryError(source, err)}
	}
	return Item{Source: source, File: f}
}

func entryError(source string, err error) *lexgraph.InputError {
	var pe *parseError
	if errors.As(err, &pe) {
		return &lexgraph.InputError{Pos: lexgraph.Position{File: source, Offset: -1, Line: pe.line, Column: pe.col}, Msg: pe.msg, Err: pe.err}
	}
	return &lexgraph.InputError{Pos: lexgraph.Position{File: source, Offset: -1}, Msg: "cannot read", Err: err}
}

// rootElement finds the name of the root element in the first bytes of an
// XML file, past its declaration, comments and doctype; ok is false when
// those bytes do not tell (the file is then parsed, which tells).
func rootElement(b []byte) (string, bool) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return "", false
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b[4:], []byte("-->"))
			if i < 0 {
				return "", false
			}
			b = b[4+i+3:]
		case bytes.HasPrefix(b, []byte("<!")):
			i := bytes.IndexAny(b, "[>")
			if i < 0 || b[i] == '[' {
				return "", false // an internal subset: let the parser read it
			}
			b = b[i+1:]
		case bytes.HasPrefix(b, []byte("<")):
			end := bytes.IndexAny(b[1:], " \t\r\n/>")
			if end <= 0 {
				return "", false
			}
			name := b[1 : 1+end]
			if !utf8.Valid(name) {
				return "", false
			}
			return string(name), true
		default:
			return "", false
		}
	}
}

// looksLikeList tells a list of files to delete by its first word: a path
// of the dump ending in a file's id.
func looksLikeList(b []byte) bool {
	end := bytes.IndexAny(b, " \t\r\n")
	if end < 0 {
		end = len(b)
	}
	_, _, ok := deletionOf(string(b[:end]))
	return ok
}

// deletionOf reads one path of a list of files to delete:
// "legi/global/code_et_TNC_en_vigueur/…/LEGITEXT000006070721/texte/version/LEGITEXT000006070721"
// (the file's id, sometimes with .xml).
func deletionOf(path string) (id, root string, ok bool) {
	parts := strings.Split(path, "/")
	if len(parts) < 2 {
		return "", "", false
	}
	id = strings.TrimSuffix(parts[len(parts)-1], ".xml")
	if !fileID.MatchString(id) {
		return "", "", false
	}
	for i := 0; i+1 < len(parts)-1; i++ {
		if parts[i] != "texte" {
			continue
		}
		switch parts[i+1] {
		case "struct":
			root = RootStruct
		case "version":
			root = RootVersion
		}
	}
	return id, root, true
}

type listError struct {
	off, line, col int
	msg            string
}

// parseList reads a list of files to delete: paths separated by white
// space. A word that is no such path is an error at its line and column.
func parseList(data []byte) ([]Deletion, *listError) {
	if i := invalidUTF8(data); i >= 0 {
		line, col := lineCol(data, i)
		return nil, &listError{off: i, line: line, col: col, msg: "a list of files to delete that is not UTF-8"}
	}
	dels := []Deletion{}
	line, col := 1, 1
	for i := 0; i < len(data); {
		c := data[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			if c == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
			i++
			continue
		}
		j := i
		for j < len(data) && !(data[j] == ' ' || data[j] == '\t' || data[j] == '\r' || data[j] == '\n') {
			j++
		}
		word := string(data[i:j])
		id, root, ok := deletionOf(word)
		if !ok {
			return nil, &listError{off: i, line: line, col: col, msg: fmt.Sprintf("%q in a list of files to delete is no path of the dump ending in a file's id", truncate(word, 80))}
		}
		dels = append(dels, Deletion{ID: id, Root: root, Path: word})
		col += utf8.RuneCount(data[i:j])
		i = j
	}
	return dels, nil
}

var fileID = textIDAny

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

func lineCol(data []byte, off int) (int, int) {
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}
