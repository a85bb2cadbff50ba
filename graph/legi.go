package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"

	"lexgraph"
)

// The index of French texts, from DILA's JORF and LEGI dumps (lexgraph legi
// import). A text appears in the dumps as files: in JORF, a TEXTELR and a
// TEXTE_VERSION under its JORFTEXT id; in LEGI, the same two under the
// LEGITEXT id of its consolidated version, whose CID is the JORFTEXT. The
// index keeps each file's metadata under its id and root, and finds texts
// by CID, so that a JORF text and its LEGI version are one text.
//
// Buckets (see legikv.go):
//
//	files  ID \0 root → the file's metadata
//	cid    CID \0 ID → ""        the files of a text
//	num    nature \0 number \0 ID → ""
//	date   nature \0 date \0 ID → ""
//	title  TitleKey(title) \0 ID → ""
//
// The num, date and title keys of an id are those of its files together:
// a file written again, or deleted, changes them in place.
const (
	bucketFiles = "files"
	bucketCID   = "cid"
	bucketNum   = "num"
	bucketDate  = "date"
	bucketTitle = "title"
)

// The roots of the files of a text, as the index keys them.
const (
	RootStruct  = "TEXTELR"
	RootVersion = "TEXTE_VERSION"
)

// TextFile is what one file of the dumps says of a text.
type TextFile struct {
	ID   string // the file's text id (JORFTEXT…, LEGITEXT…)
	Root string // RootStruct or RootVersion
	lexgraph.Text
}

// TextDeletion names a file to delete: Root "" deletes both of an id's.
type TextDeletion struct {
	ID, Root string
}

// legiIndex returns the store's index, or an error for a backend that
// keeps none.
func (s *Store) legiIndex() (legiKV, error) {
	switch {
	case s.bolt != nil:
		return boltLegi{s.bolt}, nil
	case s.sql != nil:
		return sqlLegi{s.sql}, nil
	case s.backend == "memory":
		s.legiOnce.Do(func() { s.legiMem = &memLegi{} })
		return s.legiMem, nil
	}
	return nil, lexgraph.Errorf(lexgraph.EINVALID, "the %s backend keeps no index of French texts: lexgraph legi import needs the bolt, postgres or memory backend", s.backend)
}

// TextWriter writes files and deletions into the store's index, in
// batches, each batch one transaction.
type TextWriter struct {
	s       *Store
	kv      legiKV
	files   []TextFile
	dels    []TextDeletion
	Written int // files written
	Deleted int // files deleted that the index held
	Absent  int // deletions of files the index did not hold (articles, sections, texts never imported)
}

// textBatch is how many files a transaction writes.
const textBatch = 25000

// TextWriter returns a writer into the store's index.
func (s *Store) TextWriter() (*TextWriter, error) {
	if s.readOnly {
		return nil, lexgraph.Errorf(lexgraph.EINVALID, "cannot write to store %q: it was opened read-only", s.path)
	}
	kv, err := s.legiIndex()
	if err != nil {
		return nil, err
	}
	return &TextWriter{s: s, kv: kv}, nil
}

// Add writes a file, replacing what the index held of the same id and root.
func (w *TextWriter) Add(ctx context.Context, f TextFile) error {
	w.files = append(w.files, f)
	if len(w.files) >= textBatch {
		return w.Flush(ctx)
	}
	return nil
}

// Delete deletes files (after the files added before it).
func (w *TextWriter) Delete(ctx context.Context, dels []TextDeletion) error {
	if err := w.Flush(ctx); err != nil {
		return err
	}
	w.dels = dels
	return w.Flush(ctx)
}

// Flush writes what is pending.
func (w *TextWriter) Flush(ctx context.Context) error {
	if len(w.files) == 0 && len(w.dels) == 0 {
		return nil
	}
	written, deleted, absent := 0, 0, 0
	err := w.kv.update(ctx, func(tx legiTx) error {
		written, deleted, absent = 0, 0, 0
		for _, f := range w.files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := changeID(tx, f.ID, func(parts map[string]*TextFile) { parts[f.Root] = &f }); err != nil {
				return err
			}
			written++
		}
		for _, d := range w.dels {
			found := false
			if err := changeID(tx, d.ID, func(parts map[string]*TextFile) {
				for root := range parts {
					if d.Root == "" || d.Root == root {
						delete(parts, root)
						found = true
					}
				}
			}); err != nil {
				return err
			}
			if found {
				deleted++
			} else {
				absent++
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("cannot write the index of texts: %w", err)
	}
	w.Written += written
	w.Deleted += deleted
	w.Absent += absent
	w.files, w.dels = w.files[:0], nil
	return nil
}

// changeID applies change to the files of an id and rewrites its keys.
func changeID(tx legiTx, id string, change func(map[string]*TextFile)) error {
	parts := map[string]*TextFile{}
	for _, root := range []string{RootStruct, RootVersion} {
		if v := tx.get(bucketFiles, fileKey(id, root)); v != nil {
			f, err := decodeTextFile(id, root, v)
			if err != nil {
				return err
			}
			parts[root] = f
		}
	}
	before := keysOf(id, parts)
	change(parts)
	after := keysOf(id, parts)
	for k := range before {
		if !after[k] {
			b, key, _ := strings.Cut(k, "|")
			if err := tx.del(b, []byte(key)); err != nil {
				return err
			}
		}
	}
	for k := range after {
		if !before[k] {
			b, key, _ := strings.Cut(k, "|")
			if err := tx.put(b, []byte(key), nil); err != nil {
				return err
			}
		}
	}
	for _, root := range []string{RootStruct, RootVersion} {
		f, ok := parts[root]
		if !ok {
			if err := tx.del(bucketFiles, fileKey(id, root)); err != nil {
				return err
			}
			continue
		}
		if err := tx.put(bucketFiles, fileKey(id, root), encodeTextFile(f)); err != nil {
			return err
		}
	}
	return nil
}

// keysOf returns the index keys of an id's files, as "bucket|key".
func keysOf(id string, parts map[string]*TextFile) map[string]bool {
	out := map[string]bool{}
	for _, f := range parts {
		out[bucketCID+"|"+f.CID+"\x00"+id] = true
		if f.Nature == "" {
			continue
		}
		if n := normTextNumber(f.Number); n != "" {
			out[bucketNum+"|"+f.Nature+"\x00"+n+"\x00"+id] = true
		}
		if f.Date != "" {
			out[bucketDate+"|"+f.Nature+"\x00"+f.Date+"\x00"+id] = true
		}
		if t := lexgraph.TitleKey(f.Title); t != "" {
			out[bucketTitle+"|"+t+"\x00"+id] = true
		}
	}
	return out
}

// normTextNumber writes a number as the index keys it.
func normTextNumber(n string) string { return strings.ToUpper(strings.TrimSpace(n)) }

func fileKey(id, root string) []byte { return []byte(id + "\x00" + root) }

// textFileVersion is the first byte of a file's encoding.
const textFileVersion = 1

func encodeTextFile(f *TextFile) []byte {
	b := []byte{textFileVersion}
	for _, s := range [...]string{f.CID, f.Nature, f.Number, f.Date, f.Published, f.NOR, f.ELI, f.ELIAlias, f.Title, f.Consolidated} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return b
}

func decodeTextFile(id, root string, b []byte) (*TextFile, error) {
	if len(b) == 0 || b[0] != textFileVersion {
		return nil, fmt.Errorf("the index's entry of %s %s is of another version: import the dumps into a new store", id, root)
	}
	b = b[1:]
	f := &TextFile{ID: id, Root: root}
	for _, dst := range [...]*string{&f.CID, &f.Nature, &f.Number, &f.Date, &f.Published, &f.NOR, &f.ELI, &f.ELIAlias, &f.Title, &f.Consolidated} {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return nil, fmt.Errorf("the index's entry of %s %s is damaged", id, root)
		}
		*dst = string(b[k : k+int(n)])
		b = b[k+int(n):]
	}
	return f, nil
}

// Texts is the store's index as a lexgraph.TextIndex.
type Texts struct {
	kv legiKV
}

var _ lexgraph.TextIndex = (*Texts)(nil)

// Texts returns the store's index of French texts, or nil when it holds
// none (never imported, or a backend that keeps none): the resolver then
// works as without.
func (s *Store) Texts(ctx context.Context) (*Texts, error) {
	kv, err := s.legiIndex()
	if err != nil {
		return nil, nil
	}
	empty := true
	err = kv.view(ctx, func(tx legiTx) error {
		tx.scan(bucketCID, nil, func(k, v []byte) bool { empty = false; return false })
		return nil
	})
	if err != nil || empty {
		return nil, err
	}
	return &Texts{kv: kv}, nil
}

// TextCount counts the texts (distinct CIDs) and files of the index.
func (s *Store) TextCount(ctx context.Context) (texts, files int, err error) {
	kv, err := s.legiIndex()
	if err != nil {
		return 0, 0, nil
	}
	err = kv.view(ctx, func(tx legiTx) error {
		var last []byte
		tx.scan(bucketCID, nil, func(k, v []byte) bool {
			cid, _, _ := bytes.Cut(k, []byte{0})
			if !bytes.Equal(cid, last) {
				texts++
				last = append(last[:0], cid...)
			}
			return true
		})
		tx.scan(bucketFiles, nil, func(k, v []byte) bool { files++; return true })
		return nil
	})
	return texts, files, err
}

// TextsByNumber implements lexgraph.TextIndex.
func (t *Texts) TextsByNumber(nature, number string) ([]lexgraph.Text, error) {
	n := normTextNumber(number)
	if nature == "" || n == "" {
		return nil, nil
	}
	return t.lookup(bucketNum, nature+"\x00"+n+"\x00")
}

// TextsByDate implements lexgraph.TextIndex.
func (t *Texts) TextsByDate(nature, date string) ([]lexgraph.Text, error) {
	if nature == "" || date == "" {
		return nil, nil
	}
	return t.lookup(bucketDate, nature+"\x00"+date+"\x00")
}

// TextsByTitle implements lexgraph.TextIndex.
func (t *Texts) TextsByTitle(title string) ([]lexgraph.Text, error) {
	k := lexgraph.TitleKey(title)
	if k == "" {
		return nil, nil
	}
	return t.lookup(bucketTitle, k+"\x00")
}

// Text returns the text of a CID, and whether the index holds it.
func (t *Texts) Text(cid string) (lexgraph.Text, bool, error) {
	var out lexgraph.Text
	found := false
	err := t.kv.view(context.Background(), func(tx legiTx) error {
		var err error
		out, found, err = textOf(tx, cid)
		return err
	})
	return out, found, err
}

// lookup returns the texts of the ids under a prefix of an index bucket.
func (t *Texts) lookup(bucket, prefix string) ([]lexgraph.Text, error) {
	var out []lexgraph.Text
	err := t.kv.view(context.Background(), func(tx legiTx) error {
		cids := map[string]bool{}
		var order []string
		var bad error
		tx.scan(bucket, []byte(prefix), func(k, v []byte) bool {
			files, err := filesOf(tx, string(k[len(prefix):]))
			if err != nil {
				bad = err
				return false
			}
			if len(files) > 0 && !cids[files[0].CID] {
				cids[files[0].CID] = true
				order = append(order, files[0].CID)
			}
			return true
		})
		if bad != nil {
			return bad
		}
		sort.Strings(order)
		for _, cid := range order {
			text, ok, err := textOf(tx, cid)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, text)
			}
		}
		return nil
	})
	return out, err
}

// filesOf returns the files of an id, its TEXTE_VERSION first.
func filesOf(tx legiTx, id string) ([]*TextFile, error) {
	var out []*TextFile
	for _, root := range []string{RootVersion, RootStruct} {
		if v := tx.get(bucketFiles, fileKey(id, root)); v != nil {
			f, err := decodeTextFile(id, root, v)
			if err != nil {
				return nil, err
			}
			out = append(out, f)
		}
	}
	return out, nil
}

// textOf merges the files of a CID into one text: the CID's own files
// first (its TEXTE_VERSION, then its TEXTELR), then its versions', each
// field from the first file that has it. The consolidated version is the
// one the text's TEXTELR names, else the one LEGI version there is.
func textOf(tx legiTx, cid string) (lexgraph.Text, bool, error) {
	var files []*TextFile
	var bad error
	prefix := []byte(cid + "\x00")
	tx.scan(bucketCID, prefix, func(k, v []byte) bool {
		fs, err := filesOf(tx, string(k[len(prefix):]))
		if err != nil {
			bad = err
			return false
		}
		for _, f := range fs {
			if f.CID == cid {
				files = append(files, f)
			}
		}
		return true
	})
	if bad != nil || len(files) == 0 {
		return lexgraph.Text{}, false, bad
	}
	sort.SliceStable(files, func(i, j int) bool {
		return (files[i].ID == cid) && (files[j].ID != cid)
	})
	t := lexgraph.Text{CID: cid}
	versions := map[string]bool{}
	for _, f := range files {
		for _, p := range [...]struct{ dst, src *string }{
			{&t.Nature, &f.Nature}, {&t.Number, &f.Number}, {&t.Date, &f.Date}, {&t.Published, &f.Published},
			{&t.NOR, &f.NOR}, {&t.ELI, &f.ELI}, {&t.ELIAlias, &f.ELIAlias}, {&t.Title, &f.Title}, {&t.Consolidated, &f.Consolidated},
		} {
			if *p.dst == "" {
				*p.dst = *p.src
			}
		}
		if f.ID != cid && strings.HasPrefix(f.ID, "LEGITEXT") {
			versions[f.ID] = true
		}
	}
	if t.Consolidated == "" && len(versions) == 1 {
		for id := range versions {
			t.Consolidated = id
		}
	}
	return t, true, nil
}
