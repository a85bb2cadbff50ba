package queries

import (
	"context"
	"reflect"
	"testing"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/graph"
)

// TestOfficialLinks checks the official pages shown where citations are: the
// instrument's links in cited and citing rows, and the Légifrance page of
// each article of the code du travail (one of the four codes whose
// articles lexgraph knows) in citing rows and the instrument report, from
// a text run through the real extractor.
func TestOfficialLinks(t *testing.T) {
	x, err := refs.New(refs.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	q := &lexgraph.Question{UID: lexgraph.QuestionUID(16, "QE", 7), Legislature: 16, Number: 7, Type: "QE",
		Published: lexgraph.Publication{Date: "2023-01-10"}}
	doc := &lexgraph.Document{Source: "q7.txt", ID: "test/q7", Question: q, Passages: []lexgraph.Passage{{Part: lexgraph.PartAnswer, Offset: -1,
		Text: "L'article L. 1111-1 du code du travail et l'article L. 9999-99 du même code, la directive 2006/123/CE et la convention de Budapest."}}}
	insts := x.Annotate([]*lexgraph.Document{doc})
	cfg := lexgraph.DefaultConfig()
	cfg.Backend = "memory"
	st, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Replace(ctx, []graph.DocQuads{{Label: graph.DocLabel(doc.ID), Quads: graph.DocumentQuads(doc, insts)}}); err != nil {
		t.Fatal(err)
	}

	travail := "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050"
	article := "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006900781"
	rows, err := Citing(ctx, st, CitingOptions{Instrument: "code/travail"})
	if err != nil || len(rows) != 1 {
		t.Fatalf("citing the code du travail: %+v, %v", rows, err)
	}
	if r := rows[0]; !reflect.DeepEqual(r.Links, []string{travail}) || !reflect.DeepEqual(r.Articles, []string{"L1111-1", "L9999-99"}) ||
		!reflect.DeepEqual(r.ArticleLinks, []string{article, ""}) {
		t.Errorf("citing row: links %v, articles %v, article links %v", r.Links, r.Articles, r.ArticleLinks)
	}
	rows, err = Citing(ctx, st, CitingOptions{Instrument: "Budapest"})
	if err != nil || len(rows) != 1 || len(rows[0].Links) != 1 || rows[0].Links[0] != "https://www.coe.int/fr/web/conventions/full-list?module=treaty-detail&treatynum=185" ||
		!reflect.DeepEqual(rows[0].ArticleLinks, []string{}) {
		t.Errorf("citing the Budapest convention: %+v, %v", rows, err)
	}

	cited, err := Cited(ctx, st, CitedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"code/travail":     {travail},
		"celex/32006L0123": {"http://data.europa.eu/eli/dir/2006/123/oj", "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32006L0123"},
		"traite/coe-185":   {"https://www.coe.int/fr/web/conventions/full-list?module=treaty-detail&treatynum=185"},
	}
	for _, r := range cited {
		if !reflect.DeepEqual(r.Links, want[r.ID]) {
			t.Errorf("cited %s: links %v, want %v", r.ID, r.Links, want[r.ID])
		}
		delete(want, r.ID)
	}
	if len(want) > 0 {
		t.Errorf("not cited: %v", want)
	}

	rep, err := InstrumentReportOf(ctx, st, InstrumentOptions{Instrument: "code du travail"})
	if err != nil {
		t.Fatal(err)
	}
	if wantArticles := []ArticleRow{{"L1111-1", 1, article}, {"L9999-99", 1, ""}}; !reflect.DeepEqual(rep.Articles, wantArticles) {
		t.Errorf("report articles %+v, want %+v", rep.Articles, wantArticles)
	}
	if !reflect.DeepEqual(rep.Instrument.Links, []string{travail}) || rep.Instrument.Legifrance != travail {
		t.Errorf("report identity: links %v, legifrance %q", rep.Instrument.Links, rep.Instrument.Legifrance)
	}
}
