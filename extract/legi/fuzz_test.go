package legi

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"lexgraph/internal/legitest"
)

// FuzzEntry feeds any bytes to the reader of one file: it must say what the
// file is (a text's file, a list of files to delete, skipped) or why it
// cannot be read, never panic, and never give a file without a text's id.
func FuzzEntry(f *testing.F) {
	for _, t := range []legitest.Text{legitest.Loi2014, legitest.Decret2015, legitest.SharedA} {
		f.Add(legitest.Struct(t))
		f.Add(legitest.Version(t))
		f.Add(legitest.Article(t, 0))
	}
	f.Add(legitest.MalformedVersion)
	f.Add([]byte("jorf/global/texte/version/JORF/TEXT/00/00/30/61/14/JORFTEXT000030611441\n"))
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><TEXTELR><META><META_COMMUN><ID>JORFTEXT000000000001</ID></META_COMMUN></META></TEXTELR>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		it := readEntry("f.xml", bytes.NewReader(data), int64(len(data)))
		n := 0
		for _, set := range []bool{it.File != nil, it.Deletions != nil, it.Skipped != "", it.Err != nil} {
			if set {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("item %+v is not one thing", it)
		}
		if it.File != nil && (!textID.MatchString(it.File.ID) || !textID.MatchString(it.File.CID)) {
			t.Fatalf("file with ids %q %q", it.File.ID, it.File.CID)
		}
		if it.Err != nil && !strings.HasPrefix(it.Err.Pos.String(), "f.xml") {
			t.Fatalf("error %v does not name the file", it.Err)
		}
		for _, d := range it.Deletions {
			if !fileID.MatchString(d.ID) {
				t.Fatalf("deletion of %q", d.ID)
			}
		}
	})
}

// FuzzArchive feeds any bytes to the archive reader: it must end, report
// faults as items, and never panic.
func FuzzArchive(f *testing.F) {
	var buf bytes.Buffer
	legitest.Increment().Write(&buf)
	f.Add(buf.Bytes())
	buf.Reset()
	a := &legitest.Archive{}
	a.AddText(legitest.Lone)
	a.Write(&buf)
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &Reader{}
		err := r.ReadStream(context.Background(), "a.tar.gz", bytes.NewReader(data), func(it Item) error {
			if it.Err != nil && !strings.HasPrefix(it.Err.Pos.String(), "a.tar.gz") {
				t.Fatalf("error %v does not name the archive", it.Err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if r.BytesRead() > int64(len(data)) {
			t.Fatalf("read %d of %d bytes", r.BytesRead(), len(data))
		}
	})
}
