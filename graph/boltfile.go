package graph

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"os"
	"sort"
)

// boltFile writes a new bbolt file (go.etcd.io/bbolt 1.3, the pinned
// version) from buckets whose keys come in order, page by page, without
// bbolt's own writes: each Put of bbolt searches its tree from the root
// and holds the pages it touched in memory until the commit, which a bulk
// load of millions of keys paid for in seconds. The file is what bbolt
// itself writes: pages of the system's size; two meta pages (0 and 1); a
// free list (page 2, empty: the file has no free page); then each
// bucket's B+tree, written bottom up (leaves filled to the brim, a value
// larger than a page on overflow pages), a bucket small enough inline in
// its parent's leaf as bbolt inlines it (at most a quarter of a page);
// the root bucket's tree last. Layouts are bbolt's: page.go (page header,
// leaf and branch elements), bucket.go (bucket header, inline buckets),
// db.go (meta, checksum). TestBoltFile checks files it writes with bbolt's
// own consistency check, and TestBulkEqualsNormal that cayley reads them
// as the stores it writes itself.
type boltFile struct {
	f        *os.File
	w        *bufio.Writer
	pageSize int
	next     uint64 // the next page id
	root     []boltEntry
}

// Page and element layouts (bbolt page.go, bucket.go, db.go).
const (
	boltPageHeader    = 16 // id uint64, flags uint16, count uint16, overflow uint32
	boltElement       = 16 // leaf: flags, pos, ksize, vsize uint32; branch: pos, ksize uint32, pgid uint64
	boltBucketHeader  = 16 // root pgid uint64, sequence uint64
	boltBranchPage    = 0x01
	boltLeafPage      = 0x02
	boltMetaPage      = 0x04
	boltFreelistPage  = 0x10
	boltBucketElement = 0x01
	boltMagic         = 0xED0CDAED
	boltVersion       = 2
	boltFreelistID    = 2
	boltFirstDataPage = 3
)

var native = binary.NativeEndian // bbolt lays its structures out in memory order

type boltEntry struct {
	key, value []byte
	flags      uint32
}

func createBoltFile(path string) (*boltFile, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	b := &boltFile{f: f, w: bufio.NewWriterSize(f, 1<<20), pageSize: os.Getpagesize(), next: boltFirstDataPage}
	// the meta pages are written last; the free list now, empty
	page := make([]byte, 3*b.pageSize)
	fl := page[2*b.pageSize:]
	native.PutUint64(fl[0:], boltFreelistID)
	native.PutUint16(fl[8:], boltFreelistPage)
	if _, err := b.w.Write(page); err != nil {
		f.Close()
		return nil, err
	}
	return b, nil
}

// writePage writes a page (and its overflow) at the next page id, which
// it returns. data is the page's content after its header.
func (b *boltFile) writePage(flags uint16, count int, data []byte) (uint64, error) {
	if count >= 0xFFFF {
		return 0, fmt.Errorf("a bolt page of %d elements", count)
	}
	size := boltPageHeader + len(data)
	pages := (size + b.pageSize - 1) / b.pageSize
	id := b.next
	var h [boltPageHeader]byte
	native.PutUint64(h[0:], id)
	native.PutUint16(h[8:], flags)
	native.PutUint16(h[10:], uint16(count))
	native.PutUint32(h[12:], uint32(pages-1))
	b.w.Write(h[:])
	b.w.Write(data)
	if _, err := b.w.Write(make([]byte, pages*b.pageSize-size)); err != nil {
		return 0, err
	}
	b.next += uint64(pages)
	return id, nil
}

// tree builds one bucket's B+tree from entries given in key order.
type boltTree struct {
	b       *boltFile
	elems   []boltEntry // the leaf being filled
	size    int         // its size, header included
	arena   []byte
	written bool        // a leaf was written: the bucket is not inline
	level   []boltEntry // the pages written, as branch entries: first key, page id
}

func (b *boltFile) tree() *boltTree { return &boltTree{b: b, size: boltPageHeader} }

// put adds an entry; keys must come in increasing order.
func (t *boltTree) put(key, value []byte, flags uint32) error {
	if len(key) == 0 {
		return fmt.Errorf("an empty key")
	}
	if n := len(t.elems); n > 0 && bytes.Compare(t.elems[n-1].key, key) >= 0 {
		return fmt.Errorf("keys out of order: %x after %x", key, t.elems[n-1].key)
	}
	grow := boltElement + len(key) + len(value)
	if len(t.elems) > 0 && t.size+grow > t.b.pageSize {
		if err := t.flush(); err != nil {
			return err
		}
	}
	if cap(t.arena)-len(t.arena) < len(key)+len(value) {
		// a page's worth at most: the leaf is written when full
		t.arena = make([]byte, 0, max(len(key)+len(value), min(2*cap(t.arena), t.b.pageSize), 256))
	}
	start := len(t.arena)
	t.arena = append(append(t.arena, key...), value...)
	mid, end := start+len(key), len(t.arena)
	t.elems = append(t.elems, boltEntry{t.arena[start:mid:mid], t.arena[mid:end:end], flags})
	t.size += grow
	return nil
}

// leafData lays out a leaf's elements and data.
func leafData(elems []boltEntry) []byte {
	n := len(elems) * boltElement
	for _, e := range elems {
		n += len(e.key) + len(e.value)
	}
	data := make([]byte, n)
	off := len(elems) * boltElement
	for i, e := range elems {
		el := data[i*boltElement:]
		native.PutUint32(el[0:], e.flags)
		native.PutUint32(el[4:], uint32(off-i*boltElement))
		native.PutUint32(el[8:], uint32(len(e.key)))
		native.PutUint32(el[12:], uint32(len(e.value)))
		off += copy(data[off:], e.key)
		off += copy(data[off:], e.value)
	}
	return data
}

func (t *boltTree) flush() error {
	if len(t.elems) == 0 {
		return nil
	}
	id, err := t.b.writePage(boltLeafPage, len(t.elems), leafData(t.elems))
	if err != nil {
		return err
	}
	t.level = append(t.level, boltEntry{key: append([]byte(nil), t.elems[0].key...), value: pgidValue(id)})
	t.elems, t.size, t.arena, t.written = t.elems[:0], boltPageHeader, t.arena[:0], true
	return nil
}

func pgidValue(id uint64) []byte {
	v := make([]byte, 8)
	native.PutUint64(v, id)
	return v
}

// finish writes what is left and returns the bucket's value in its
// parent: its header, with the leaf inline when the bucket fits in a
// quarter of a page.
func (t *boltTree) finish() ([]byte, error) {
	if !t.written && t.size <= t.b.pageSize/4 {
		data := leafData(t.elems)
		v := make([]byte, boltBucketHeader+boltPageHeader+len(data))
		p := v[boltBucketHeader:]
		native.PutUint16(p[8:], boltLeafPage)
		native.PutUint16(p[10:], uint16(len(t.elems)))
		copy(p[boltPageHeader:], data)
		return v, nil
	}
	if err := t.flush(); err != nil {
		return nil, err
	}
	if len(t.level) == 0 { // an empty bucket above the inline size: not met
		return nil, fmt.Errorf("an empty bucket tree")
	}
	root, err := t.b.branches(t.level)
	if err != nil {
		return nil, err
	}
	v := make([]byte, boltBucketHeader)
	native.PutUint64(v, root)
	return v, nil
}

// branches writes the branch pages over pages (first key and id of each)
// and returns the root's id.
func (b *boltFile) branches(pages []boltEntry) (uint64, error) {
	for len(pages) > 1 {
		var up, elems []boltEntry
		size := boltPageHeader
		write := func() error {
			n := len(elems) * boltElement
			for _, e := range elems {
				n += len(e.key)
			}
			data := make([]byte, n)
			off := len(elems) * boltElement
			for i, e := range elems {
				el := data[i*boltElement:]
				native.PutUint32(el[0:], uint32(off-i*boltElement))
				native.PutUint32(el[4:], uint32(len(e.key)))
				copy(el[8:16], e.value)
				off += copy(data[off:], e.key)
			}
			id, err := b.writePage(boltBranchPage, len(elems), data)
			if err != nil {
				return err
			}
			up = append(up, boltEntry{key: elems[0].key, value: pgidValue(id)})
			elems, size = nil, boltPageHeader
			return nil
		}
		for _, p := range pages {
			if len(elems) > 1 && size+boltElement+len(p.key) > b.pageSize {
				if err := write(); err != nil {
					return 0, err
				}
			}
			elems = append(elems, p)
			size += boltElement + len(p.key)
		}
		if err := write(); err != nil {
			return 0, err
		}
		pages = up
	}
	return native.Uint64(pages[0].value), nil
}

// bucket writes a top-level bucket whose entries fill gives in key order.
func (b *boltFile) bucket(name string, fill func(put func(key, value []byte) error) error) error {
	t := b.tree()
	if err := fill(func(k, v []byte) error { return t.put(k, v, 0) }); err != nil {
		return fmt.Errorf("bucket %q: %w", name, err)
	}
	v, err := t.finish()
	if err != nil {
		return fmt.Errorf("bucket %q: %w", name, err)
	}
	b.root = append(b.root, boltEntry{key: []byte(name), value: v, flags: boltBucketElement})
	return nil
}

// close writes the root bucket and the meta pages, syncs the file unless
// noSync, and closes it.
func (b *boltFile) close(noSync bool) error {
	defer b.f.Close()
	sort.Slice(b.root, func(i, j int) bool { return bytes.Compare(b.root[i].key, b.root[j].key) < 0 })
	t := b.tree()
	for _, e := range b.root {
		if err := t.put(e.key, e.value, e.flags); err != nil {
			return fmt.Errorf("the root bucket: %w", err)
		}
	}
	if err := t.flush(); err != nil { // the root bucket is never inline
		return err
	}
	root, err := b.branches(t.level)
	if err != nil {
		return err
	}
	if err := b.w.Flush(); err != nil {
		return err
	}
	for txid := uint64(0); txid < 2; txid++ {
		page := make([]byte, b.pageSize)
		native.PutUint64(page[0:], txid)
		native.PutUint16(page[8:], boltMetaPage)
		m := page[boltPageHeader:]
		native.PutUint32(m[0:], boltMagic)
		native.PutUint32(m[4:], boltVersion)
		native.PutUint32(m[8:], uint32(b.pageSize))
		native.PutUint64(m[16:], root)
		native.PutUint64(m[32:], boltFreelistID)
		native.PutUint64(m[40:], b.next)
		native.PutUint64(m[48:], txid)
		h := fnv.New64a()
		h.Write(m[:56])
		native.PutUint64(m[56:], h.Sum64())
		if _, err := b.f.WriteAt(page, int64(txid)*int64(b.pageSize)); err != nil {
			return err
		}
	}
	if !noSync {
		if err := b.f.Sync(); err != nil {
			return err
		}
	}
	return b.f.Close()
}
