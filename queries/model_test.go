package queries

import (
	"path/filepath"
	"reflect"
	"testing"

	"lexgraph"
	"lexgraph/graph"
)

// exported returns a model's saved fields, for comparisons.
func exported(m *Model) []any {
	return []any{m.Questions, m.Citations, m.Deputies, m.Groups, m.Ministries, m.Rubriques, m.Circos, m.Instruments}
}

func TestModelCodec(t *testing.T) {
	m, err := buildModel(ctx, fixtureStore(t), "g")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Questions) != 9 || len(m.Deputies) != 4 || len(m.Ministries) != 3 || len(m.Instruments) != 6 {
		t.Fatalf("model of the test graph: %d questions, %d deputies, %d ministries, %d instruments",
			len(m.Questions), len(m.Deputies), len(m.Ministries), len(m.Instruments))
	}
	data := m.encode()
	back, err := decodeModel(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(exported(back), exported(m)) {
		t.Errorf("the model read back differs:\n%+v\n%+v", exported(back), exported(m))
	}
	// A damaged copy is an error, never a panic: every truncation, and
	// every byte changed.
	for i := 0; i < len(data); i++ {
		if _, err := decodeModel(string(data[:i])); err == nil {
			t.Fatalf("a copy cut at byte %d of %d decoded", i, len(data))
		}
		bad := append([]byte(nil), data...)
		bad[i] ^= 0xff
		decodeModel(string(bad))
	}
}

func TestSentenceTable(t *testing.T) {
	s := []string{"un", "", "trois é"}
	b := encodeSentences(s)
	for i, want := range s {
		if got, ok := sentenceAt(b, i); !ok || got != want {
			t.Errorf("sentence %d: %q, %v", i, got, ok)
		}
	}
	for _, bad := range [][]byte{nil, b[:5], b[:12], b[:len(b)-1]} {
		for i := range s {
			sentenceAt(bad, i) // no panic
		}
	}
	if _, ok := sentenceAt(b, 3); ok {
		t.Error("sentence past the end")
	}
}

// TestModelSaved checks the life of the model on bolt: saved by the first
// query of a writable store, loaded by the next process (here, the next
// read-only open), rebuilt when the store changes, and the sentences read
// from the saved table.
func TestModelSaved(t *testing.T) {
	cfg := lexgraph.DefaultConfig()
	cfg.DB = filepath.Join(t.TempDir(), "s.db")
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	writeFixture(t, st)
	m, err := LoadModel(ctx, st)
	if err != nil || !m.Saved {
		t.Fatalf("first model: saved %v, %v", m != nil && m.Saved, err)
	}
	st.Close()

	ro, err := graph.OpenReadOnly(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadModel(ctx, ro)
	if err != nil || !loaded.Saved || loaded.sentences != nil {
		t.Fatalf("the next open did not load the saved model (%v)", err)
	}
	if !reflect.DeepEqual(exported(loaded), exported(m)) {
		t.Error("the loaded model differs from the one saved")
	}
	rows, err := Citing(ctx, ro, CitingOptions{Instrument: "loi Evin"})
	if err != nil || len(rows) != 1 || rows[0].Sentence != "Q4 demande si la loi Evin s'applique." {
		t.Errorf("citing from a loaded model: %+v, %v", rows, err)
	}
	if UnsavedModel(ro) != nil {
		t.Error("a loaded model is reported unsaved")
	}
	ro.Close()

	// A change: Q4 is answered now. The saved model is stale.
	st, err = graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs := fixtureDocs()
	q4 := docs[3]
	q4.Question.Answered = lexgraph.Publication{Date: "2016-07-31"}
	q4.Question.HasAnswer = true
	if _, err := st.Replace(ctx, []graph.DocQuads{{Label: graph.DocLabel(q4.ID), Quads: graph.DocumentQuads(q4, fixtureInstruments)}}); err != nil {
		t.Fatal(err)
	}
	rows2, err := Delays(ctx, st, DelaysOptions{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if d := rows2[0]; d.Ministry != "Justice" || d.Answered != 5 || d.Unanswered != 0 {
		t.Errorf("delays after the change: %+v", d)
	}
}

// TestModelRebuiltInMemory checks that a memory store's model follows its
// writes.
func TestModelRebuiltInMemory(t *testing.T) {
	st := fixtureStore(t)
	before, _ := LoadModel(ctx, st)
	again, _ := LoadModel(ctx, st)
	if before != again {
		t.Error("the model was built twice for one generation")
	}
	if _, err := st.Replace(ctx, []graph.DocQuads{{Label: graph.DocLabel("test/QANR5L14QE106")}}); err != nil {
		t.Fatal(err)
	}
	after, _ := LoadModel(ctx, st)
	if after == before || len(after.Questions) != len(before.Questions)-1 {
		t.Errorf("after removing a question: %d questions, was %d", len(after.Questions), len(before.Questions))
	}
}
