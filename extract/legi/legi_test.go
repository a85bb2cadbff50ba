package legi

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexgraph"
	"lexgraph/internal/legitest"
)

// readAll reads archives and returns their items.
func readAll(t *testing.T, paths ...string) []Item {
	t.Helper()
	var items []Item
	if err := (&Reader{}).Read(context.Background(), paths, func(it Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return items
}

func write(t *testing.T, a *legitest.Archive, name string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := a.WriteFile(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadFixture(t *testing.T) {
	p := write(t, legitest.JORF(), "Freemium_jorf_global_20160315-120000.tar.gz")
	items := readAll(t, p)
	files := map[string]*File{}
	skipped := map[string]int{}
	var errs []*lexgraph.InputError
	for _, it := range items {
		switch {
		case it.File != nil:
			files[it.File.ID+" "+it.File.Root] = it.File
		case it.Skipped != "":
			skipped[it.Skipped]++
		case it.Err != nil:
			errs = append(errs, it.Err)
		}
	}
	// 9 texts, each with its two files; the malformed one rejected
	if len(files) != 18 {
		t.Errorf("%d files read, want 18: %v", len(files), files)
	}
	if skipped["ARTICLE"] != 2+3 || len(skipped) != 1 {
		t.Errorf("skipped %v, want 5 ARTICLE", skipped)
	}
	if len(errs) != 1 {
		t.Fatalf("errors %v, want the malformed file's", errs)
	}
	if got, want := errs[0].Pos.String(), p+"!"+legitest.MalformedPath+":7:8"; got != want {
		t.Errorf("malformed file at %q, want %q (%v)", got, want, errs[0])
	}

	// the real sample files, verbatim
	loi := files["JORFTEXT000029754374 TEXTE_VERSION"]
	want := lexgraph.Text{CID: "JORFTEXT000029754374", Nature: "LOI", Number: "2014-1353", Date: "2014-11-13",
		ELIAlias: "http://www.legifrance.gouv.fr/eli/loi/2014/11/13/2014-1353/jo/texte",
		Title:    "LOI n° 2014-1353 du 13 novembre 2014 renforçant les dispositions relatives à la lutte contre le terrorisme"}
	if loi == nil || loi.Text != want {
		t.Errorf("loi 2014-1353's version\n%+v\nwant\n%+v", loi, want)
	}
	dec := files["JORFTEXT000030611441 TEXTELR"]
	want = lexgraph.Text{CID: "JORFTEXT000030611441", Nature: "DECRET", Number: "2015-543", Date: "2015-05-18", Published: "2015-05-19",
		NOR: "AGRS1501735D", ELI: "http://www.legifrance.gouv.fr/eli/decret/2015/5/18/AGRS1501735D/jo/texte",
		ELIAlias: "http://www.legifrance.gouv.fr/eli/decret/2015/5/18/2015-543/jo/texte", Consolidated: "LEGITEXT000030611706"}
	if dec == nil || dec.Text != want {
		t.Errorf("décret 2015-543's structure\n%+v\nwant\n%+v", dec, want)
	}
	// TITRE when there is no TITREFULL; no date for 2999-01-01
	if v := files["JORFTEXT000030611441 TEXTE_VERSION"]; v == nil || v.Title != "Décret n° 2015-543 du 18 mai 2015" {
		t.Errorf("décret 2015-543's version %+v", v)
	}
	if s := files["JORFTEXT000029754374 TEXTELR"]; s == nil || s.Consolidated != "" || s.Published != "" {
		t.Errorf("a TEXTELR naming no LEGITEXT, published 2999-01-01: %+v", s)
	}
}

func TestReadLEGI(t *testing.T) {
	items := readAll(t, write(t, legitest.LEGI(), "legi.tar.gz"))
	var got []*File
	for _, it := range items {
		if it.File != nil {
			got = append(got, it.File)
		}
	}
	if len(got) != 2 {
		t.Fatalf("%d files", len(got))
	}
	for _, f := range got {
		if f.ID != "LEGITEXT000030611706" || f.CID != "JORFTEXT000030611441" || f.Title != "Décret n° 2015-543 du 18 mai 2015" {
			t.Errorf("LEGI file %+v", f)
		}
	}
}

func TestIncrementDeletions(t *testing.T) {
	items := readAll(t, write(t, legitest.Increment(), "JORF_20160320-210000.tar.gz"))
	last := items[len(items)-1]
	if last.Deletions == nil {
		t.Fatalf("the list of files to delete does not come last: %+v", last)
	}
	want := []Deletion{
		{ID: legitest.Lone.ID, Root: RootStruct},
		{ID: legitest.Lone.ID, Root: RootVersion},
		{ID: "JORFARTI009900000101"},
	}
	if len(last.Deletions) != len(want) {
		t.Fatalf("deletions %+v", last.Deletions)
	}
	for i, d := range last.Deletions {
		if d.ID != want[i].ID || d.Root != want[i].Root || !strings.HasSuffix(d.Path, d.ID) {
			t.Errorf("deletion %d: %+v, want %+v", i, d, want[i])
		}
	}
	if !strings.HasSuffix(last.Source, "!20160320-210000/liste_suppression_jorf.dat") {
		t.Errorf("list source %q", last.Source)
	}
}

// TestDeletionPaths reads the paths of lists as legi.py and dila2sql read
// them: the id last, which file of a text after "texte".
func TestDeletionPaths(t *testing.T) {
	for _, c := range []struct {
		path, id, root string
		ok             bool
	}{
		{"legi/global/code_et_TNC_en_vigueur/code_en_vigueur/LEGI/TEXT/00/00/06/07/07/LEGITEXT000006070721/texte/version/LEGITEXT000006070721", "LEGITEXT000006070721", RootVersion, true},
		{"legi/global/code_et_TNC_en_vigueur/code_en_vigueur/LEGI/TEXT/00/00/06/07/07/LEGITEXT000006070721/texte/struct/LEGITEXT000006070721", "LEGITEXT000006070721", RootStruct, true},
		{"legi/global/code_et_TNC_en_vigueur/code_en_vigueur/LEGI/TEXT/00/00/06/07/07/LEGITEXT000006070721/article/LEGI/ARTI/00/00/06/41/91/LEGIARTI000006419101", "LEGIARTI000006419101", "", true},
		{"jorf/global/texte/version/JORF/TEXT/00/00/30/61/14/JORFTEXT000030611441.xml", "JORFTEXT000030611441", RootVersion, true},
		{"jorf/global/section_ta/JORF/SCTA/00/00/30/61/14/JORFSCTA000030611445", "JORFSCTA000030611445", "", true},
		{"JORFTEXT000030611441", "", "", false},
		{"legi/global/README", "", "", false},
		{"jorf/global/texte/version/JORF/TEXT/00/00/30/61/14/JORFTEXT00003061144", "", "", false},
	} {
		id, root, ok := deletionOf(c.path)
		if id != c.id || root != c.root || ok != c.ok {
			t.Errorf("deletionOf(%q) = %q %q %v, want %q %q %v", c.path, id, root, ok, c.id, c.root, c.ok)
		}
	}
}

func TestBadList(t *testing.T) {
	a := &legitest.Archive{}
	a.Add("liste_suppression_jorf.dat", []byte("jorf/global/texte/version/JORF/TEXT/00/00/30/61/14/JORFTEXT000030611441\n  not a path\n"))
	p := write(t, a, "JORF_x.tar.gz")
	items := readAll(t, p)
	if len(items) != 1 || items[0].Err == nil {
		t.Fatalf("items %+v", items)
	}
	if got := items[0].Err.Pos.String(); got != p+"!liste_suppression_jorf.dat:2:3" {
		t.Errorf("bad list line at %q", got)
	}
}

func TestRootElement(t *testing.T) {
	for _, c := range []struct {
		in   string
		root string
		ok   bool
	}{
		{`<?xml version="1.0" encoding="UTF-8"?>` + "\n<ARTICLE>\n<META>", "ARTICLE", true},
		{"\xef\xbb\xbf<SECTION_TA>", "SECTION_TA", true},
		{"<!-- a comment --><!DOCTYPE TEXTELR SYSTEM \"x.dtd\">\n<TEXTELR>", "TEXTELR", true},
		{"<TEXTE_VERSION xmlns:x=\"y\">", "TEXTE_VERSION", true},
		{"<?xml version=\"1.0\"", "", false},
		{"<!DOCTYPE x [ <!ENTITY a 'b'> ]><x>", "", false},
		{"<!-- never closed", "", false},
	} {
		root, ok := rootElement([]byte(c.in))
		if root != c.root || ok != c.ok {
			t.Errorf("rootElement(%q) = %q %v, want %q %v", c.in, root, ok, c.root, c.ok)
		}
	}
}

// TestSkipsWithoutParsing checks that an ARTICLE is skipped on its first
// bytes: one whose body is not XML at all is skipped, not rejected.
func TestSkipsWithoutParsing(t *testing.T) {
	a := &legitest.Archive{}
	a.Add("a.xml", []byte("<?xml version=\"1.0\"?>\n<ARTICLE><META>\x00\x01 not XML </ARTICLE"))
	a.Add("b.xml", []byte("<CONTENEUR><x/></CONTENEUR>"))
	a.Add("c.txt", []byte("nothing of the dumps\n"))
	a.Add("d.xml", []byte("<!-- "+strings.Repeat("a long comment ", 100)+"-->\n<SECTION_TA><x/></SECTION_TA>"))
	var got []string
	for _, it := range readAll(t, write(t, a, "x.tar.gz")) {
		if it.Err != nil {
			t.Errorf("%v", it.Err)
		}
		got = append(got, it.Skipped)
	}
	if strings.Join(got, ",") != "ARTICLE,CONTENEUR,other,SECTION_TA" {
		t.Errorf("skipped %v", got)
	}
}

func TestMalformedFiles(t *testing.T) {
	for _, c := range []struct {
		name, data, pos, msg string
	}{
		{"no id", "<TEXTELR><META><META_COMMUN><NATURE>LOI</NATURE></META_COMMUN></META></TEXTELR>", ":1:1", "without META/META_COMMUN/ID"},
		{"bad id", "<TEXTELR>\n<META><META_COMMUN>\n  <ID>JORFTEXT12</ID></META_COMMUN></META></TEXTELR>", ":3:7", `ID "JORFTEXT12" is no text's id`},
		{"bad date", "<TEXTE_VERSION><META><META_COMMUN><ID>JORFTEXT000000000001</ID></META_COMMUN><META_SPEC><META_TEXTE_CHRONICLE><DATE_TEXTE>13/11/2014</DATE_TEXTE></META_TEXTE_CHRONICLE></META_SPEC></META></TEXTE_VERSION>", ":1:", `date "13/11/2014" is not YYYY-MM-DD`},
		{"truncated", "<TEXTE_VERSION><META><META_COMMUN><ID>JORFTEXT000000000001</ID>", ":1:", "malformed XML"},
		{"not UTF-8", "<TEXTE_VERSION><META><META_COMMUN><ID>JORFTEXT000000000001</ID><NATURE>D\xe9CRET</NATURE>", ":1:", "malformed XML"},
		{"unknown encoding", `<?xml version="1.0" encoding="EBCDIC-XYZ"?><TEXTELR/>`, ":1:", "cannot decode"},
	} {
		a := &legitest.Archive{}
		a.Add(c.name+".xml", []byte(c.data))
		p := write(t, a, "x.tar.gz")
		items := readAll(t, p)
		if len(items) != 1 || items[0].Err == nil {
			t.Errorf("%s: items %+v", c.name, items)
			continue
		}
		e := items[0].Err
		if !strings.HasPrefix(e.Pos.String(), p+"!"+c.name+".xml"+c.pos) || !strings.Contains(e.Error(), c.msg) {
			t.Errorf("%s: %v, want at %s: %s", c.name, e, c.pos, c.msg)
		}
	}
}

func TestLatin1File(t *testing.T) {
	a := &legitest.Archive{}
	a.Add("v.xml", []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<TEXTE_VERSION><META><META_COMMUN><ID>JORFTEXT000000000001</ID><NATURE>ARRETE</NATURE></META_COMMUN><META_SPEC><META_TEXTE_VERSION><TITRE>Arr\xeat\xe9 du 2 mai 1990</TITRE></META_TEXTE_VERSION></META_SPEC></META></TEXTE_VERSION>"))
	items := readAll(t, write(t, a, "x.tar.gz"))
	if len(items) != 1 || items[0].File == nil || items[0].File.Title != "Arrêté du 2 mai 1990" {
		t.Errorf("Latin-1 file: %+v", items)
	}
}

func TestDamagedArchives(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := legitest.JORF().Write(&buf); err != nil {
		t.Fatal(err)
	}
	whole := buf.Bytes()
	truncated := filepath.Join(dir, "truncated.tar.gz")
	os.WriteFile(truncated, whole[:len(whole)/2], 0o644)
	notGzip := filepath.Join(dir, "not.tar.gz")
	os.WriteFile(notGzip, []byte("\x1f\x8bnot really gzip at all"), 0o644)
	missing := filepath.Join(dir, "missing.tar.gz")
	for _, c := range []struct {
		path, msg string
		files     bool
	}{
		{truncated, "stops being readable", true},
		{notGzip, "not a gzip archive", false},
		{missing, "cannot open", false},
	} {
		items := readAll(t, c.path)
		files := 0
		for _, it := range items {
			if it.File != nil {
				files++
			}
		}
		last := items[len(items)-1]
		if last.Err == nil || last.Err.Pos.File != c.path || !strings.Contains(last.Err.Error(), c.msg) {
			t.Errorf("%s: last item %+v, want an error %q", c.path, last, c.msg)
		}
		if (files > 0) != c.files {
			t.Errorf("%s: %d files read before the fault", c.path, files)
		}
	}
}

// TestPlainFiles reads an unpacked file and an uncompressed tar.
func TestPlainFiles(t *testing.T) {
	dir := t.TempDir()
	v := filepath.Join(dir, "JORFTEXT000029754374.xml")
	os.WriteFile(v, legitest.Version(legitest.Loi2014), 0o644)
	items := readAll(t, v)
	if len(items) != 1 || items[0].File == nil || items[0].File.Number != "2014-1353" || items[0].Source != v {
		t.Errorf("an unpacked file: %+v", items)
	}
	// a tar without gzip: the archive's bytes ungzipped
	var gz bytes.Buffer
	legitest.Increment().Write(&gz)
	zr, err := gzip.NewReader(&gz)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	tarPath := filepath.Join(dir, "JORF_20160320-210000.tar")
	os.WriteFile(tarPath, plain, 0o644)
	files, lists := 0, 0
	for _, it := range readAll(t, tarPath) {
		if it.File != nil {
			files++
		}
		if it.Deletions != nil {
			lists++
		}
	}
	if files != 4 || lists != 1 {
		t.Errorf("a plain tar: %d files, %d lists", files, lists)
	}
}
