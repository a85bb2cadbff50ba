package graph

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"lexgraph"
)

func textFile(id, root, cid, nature, num, date, title string) TextFile {
	return TextFile{ID: id, Root: root, Text: lexgraph.Text{CID: cid, Nature: nature, Number: num, Date: date, Title: title}}
}

// indexStores returns a store of each backend that keeps an index; each
// opener takes its subtest, which it skips where its backend is missing.
func indexStores(parent *testing.T) map[string]func(t *testing.T) *Store {
	dir := parent.TempDir()
	n := 0
	return map[string]func(t *testing.T) *Store{
		"bolt": func(t *testing.T) *Store {
			n++
			cfg := lexgraph.DefaultConfig()
			cfg.DB = filepath.Join(dir, "s"+string(rune('a'+n))+".db")
			st, err := Open(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		},
		"memory": func(t *testing.T) *Store {
			cfg := lexgraph.DefaultConfig()
			cfg.Backend = "memory"
			st, err := Open(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			return st
		},
		// with a server (LEXGRAPH_TEST_POSTGRES), a fresh database each time
		"postgres": func(t *testing.T) *Store {
			return openTestPostgres(t, PostgresForTest(t), false)
		},
	}
}

func write(t *testing.T, st *Store, files []TextFile, dels []TextDeletion) *TextWriter {
	t.Helper()
	ctx := context.Background()
	w, err := st.TextWriter()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := w.Add(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	if dels != nil {
		if err := w.Delete(ctx, dels); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	return w
}

func cids(ts []lexgraph.Text) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.CID)
	}
	return out
}

func TestTextIndex(t *testing.T) {
	ctx := context.Background()
	for name, open := range indexStores(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			if idx, err := st.Texts(ctx); idx != nil || err != nil {
				t.Fatalf("an empty store has an index: %v %v", idx, err)
			}
			const (
				jorf = "JORFTEXT000030611441"
				legi = "LEGITEXT000030611706"
			)
			v := textFile(jorf, RootVersion, jorf, "DECRET", "2015-543", "2015-05-18", "Décret n° 2015-543 du 18 mai 2015 relatif aux abeilles")
			v.NOR = "AGRS1501735D"
			s := textFile(jorf, RootStruct, jorf, "DECRET", "2015-543", "2015-05-18", "")
			s.Consolidated = legi
			s.ELI = "http://eli/nor"
			l := textFile(legi, RootVersion, jorf, "DECRET", "2015-543", "2015-05-18", "Décret n° 2015-543 du 18 mai 2015 relatif aux abeilles et aux guêpes")
			other := textFile("JORFTEXT000099000001", RootVersion, "JORFTEXT000099000001", "DECRET", "2015-600", "2015-05-18", "Décret n° 2015-600 du 18 mai 2015 relatif aux ruches")
			w := write(t, st, []TextFile{v, s, l, other}, nil)
			if w.Written != 4 {
				t.Errorf("written %d", w.Written)
			}
			idx, err := st.Texts(ctx)
			if err != nil || idx == nil {
				t.Fatal(err)
			}
			ts, err := idx.TextsByNumber("DECRET", "2015-543")
			if err != nil || len(ts) != 1 {
				t.Fatalf("by number: %v %v", ts, err)
			}
			want := lexgraph.Text{CID: jorf, Nature: "DECRET", Number: "2015-543", Date: "2015-05-18", NOR: "AGRS1501735D", ELI: "http://eli/nor",
				Title: "Décret n° 2015-543 du 18 mai 2015 relatif aux abeilles", Consolidated: legi}
			if ts[0] != want {
				t.Errorf("the JORF text and its LEGI version as one:\n%+v\nwant\n%+v", ts[0], want)
			}
			if ts, _ := idx.TextsByDate("DECRET", "2015-05-18"); len(ts) != 2 {
				t.Errorf("two decrees of the date: %v", cids(ts))
			}
			if ts, _ := idx.TextsByDate("LOI", "2015-05-18"); len(ts) != 0 {
				t.Errorf("no law of the date: %v", cids(ts))
			}
			// both titles name the text: the JORF's and the LEGI version's
			for _, title := range []string{"relatif aux abeilles", "la loi relatif aux abeilles et aux guêpes"} {
				if ts, _ := idx.TextsByTitle(title); len(ts) != 1 || ts[0].CID != jorf {
					t.Errorf("by title %q: %v", title, cids(ts))
				}
			}
			if n, f, _ := st.TextCount(ctx); n != 2 || f != 4 {
				t.Errorf("count %d texts %d files", n, f)
			}

			// a file written again replaces its keys
			v2 := v
			v2.Title = "Décret n° 2015-543 du 18 mai 2015 relatif aux bourdons"
			v2.Number = "2015-544"
			write(t, st, []TextFile{v2}, nil)
			if ts, _ := idx.TextsByTitle("relatif aux abeilles"); len(ts) != 0 {
				t.Errorf("old title still found: %v", cids(ts))
			}
			if ts, _ := idx.TextsByTitle("relatif aux bourdons"); len(ts) != 1 {
				t.Errorf("new title not found: %v", cids(ts))
			}
			// the struct and LEGI files still give 2015-543
			if ts, _ := idx.TextsByNumber("DECRET", "2015-543"); len(ts) != 1 {
				t.Errorf("number of the other files: %v", cids(ts))
			}

			// deletions: one file, then the rest; absent ones counted
			w = write(t, st, nil, []TextDeletion{{ID: legi, Root: RootVersion}, {ID: "JORFTEXT000000000404"}})
			if w.Deleted != 1 || w.Absent != 1 {
				t.Errorf("deleted %d absent %d", w.Deleted, w.Absent)
			}
			if ts, _ := idx.TextsByTitle("relatif aux abeilles et aux guepes"); len(ts) != 0 {
				t.Errorf("deleted LEGI version's title: %v", cids(ts))
			}
			if ts, _ := idx.TextsByNumber("DECRET", "2015-543"); len(ts) != 1 || ts[0].Consolidated != legi {
				t.Errorf("the TEXTELR still names the consolidated version: %+v", ts)
			}
			write(t, st, nil, []TextDeletion{{ID: jorf}})
			for _, q := range [][2]string{{"DECRET", "2015-543"}, {"DECRET", "2015-544"}} {
				if ts, _ := idx.TextsByNumber(q[0], q[1]); len(ts) != 0 {
					t.Errorf("deleted text still found by %v: %v", q, cids(ts))
				}
			}
			if ts, _ := idx.TextsByDate("DECRET", "2015-05-18"); len(ts) != 1 || ts[0].CID != "JORFTEXT000099000001" {
				t.Errorf("after the deletion, the date's decrees: %v", cids(ts))
			}
			if n, f, _ := st.TextCount(ctx); n != 1 || f != 1 {
				t.Errorf("after deletions: %d texts %d files", n, f)
			}
		})
	}
}

// TestTextIndexReadOnly checks that a store opened read-only reads its
// index and refuses to write it.
func TestTextIndexReadOnly(t *testing.T) {
	ctx := context.Background()
	cfg := lexgraph.DefaultConfig()
	cfg.DB = filepath.Join(t.TempDir(), "ro.db")
	st, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	write(t, st, []TextFile{textFile("JORFTEXT000000000001", RootVersion, "JORFTEXT000000000001", "LOI", "2000-1", "2000-01-02", "")}, nil)
	st.Close()
	ro, err := OpenReadOnly(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	idx, err := ro.Texts(ctx)
	if err != nil || idx == nil {
		t.Fatalf("read-only index: %v", err)
	}
	if ts, _ := idx.TextsByNumber("LOI", "2000-1"); len(ts) != 1 {
		t.Errorf("read-only lookup: %v", ts)
	}
	if _, err := ro.TextWriter(); err == nil {
		t.Error("a read-only store gave a writer")
	}
}

// TestMemoryIndexRollsBack checks that a failed transaction of the memory
// index leaves it as it was.
func TestMemoryIndexRollsBack(t *testing.T) {
	m := &memLegi{}
	ctx := context.Background()
	m.update(ctx, func(tx legiTx) error { return tx.put("b", []byte("a"), []byte("1")) })
	boom := errors.New("boom")
	if err := m.update(ctx, func(tx legiTx) error {
		tx.put("b", []byte("a"), []byte("2"))
		tx.put("b", []byte("c"), []byte("3"))
		tx.del("b", []byte("a"))
		return boom
	}); err != boom {
		t.Fatal(err)
	}
	var got []string
	m.view(ctx, func(tx legiTx) error {
		tx.scan("b", nil, func(k, v []byte) bool { got = append(got, string(k)+"="+string(v)); return true })
		return nil
	})
	if len(got) != 1 || got[0] != "a=1" {
		t.Errorf("after a rollback: %v", got)
	}
}

// TestTextIndexOldSQLStore checks that a PostgreSQL store made before the
// index was kept there, opened read-only (which creates no table), reads as
// one holding no index rather than failing.
func TestTextIndexOldSQLStore(t *testing.T) {
	addr := PostgresForTest(t)
	st := openTestPostgres(t, addr, false)
	st.Close()
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`DROP TABLE lexgraph_legi`); err != nil {
		t.Fatal(err)
	}
	ro := openTestPostgres(t, addr, true)
	if idx, err := ro.Texts(context.Background()); idx != nil || err != nil {
		t.Errorf("Texts on a store with no index table: %v %v", idx, err)
	}
	if texts, files, err := ro.TextCount(context.Background()); texts != 0 || files != 0 || err != nil {
		t.Errorf("TextCount on a store with no index table: %d %d %v", texts, files, err)
	}
}

// TestBulkLoadKeepsTextIndex checks that the first ingest into a store
// that holds only the index of French texts (legi import first, as the
// README says) keeps the index: a bulk load writes a new file.
func TestBulkLoadKeepsTextIndex(t *testing.T) {
	ctx := context.Background()
	cfg := lexgraph.DefaultConfig()
	cfg.DB = filepath.Join(t.TempDir(), "legi-then-ingest.db")
	st, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	write(t, st, []TextFile{
		textFile("JORFTEXT000000000001", RootVersion, "JORFTEXT000000000001", "LOI", "2000-1", "2000-01-02", ""),
		textFile("JORFTEXT000000000002", RootVersion, "JORFTEXT000000000002", "DECRET", "2001-7", "2001-03-04", ""),
	}, nil)
	if ok, err := st.BeginBulk(ctx); !ok || err != nil {
		t.Fatalf("BeginBulk on a store holding only the index: %v %v", ok, err)
	}
	for _, b := range bulkDocs(5) {
		if _, err := st.Replace(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.FinishBulk(ctx); err != nil {
		t.Fatal(err)
	}
	texts, files, err := st.TextCount(ctx)
	if err != nil || texts != 2 || files != 2 {
		t.Fatalf("after the bulk load, the index holds %d texts, %d files (%v); want 2, 2", texts, files, err)
	}
	idx, err := st.Texts(ctx)
	if err != nil || idx == nil {
		t.Fatal(err)
	}
	if ts, _ := idx.TextsByNumber("DECRET", "2001-7"); len(ts) != 1 {
		t.Errorf("lookup after the bulk load: %v", ts)
	}
	if n, _ := st.CountQuads(ctx); n == 0 {
		t.Error("the bulk load wrote no quad")
	}
}
