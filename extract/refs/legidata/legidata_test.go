package legidata

import (
	"strings"
	"testing"
)

func TestArticleID(t *testing.T) {
	for _, tt := range []struct{ code, article, want string }{
		{"LEGITEXT000006072050", "L1111-1", "LEGIARTI000006900781"},
		{"https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050", "L1111-1", "LEGIARTI000006900781"},
		{"LEGITEXT000006072050", "L. 1111-1", "LEGIARTI000006900781"},
		{"LEGITEXT000031366350", "L100-1", "LEGIARTI000031367304"},
		{"LEGITEXT000031366350", "R*132-4", "LEGIARTI000031370083"}, // R.* articles, the asterisk dropped
		{"LEGITEXT000031366350", "R132-4", "LEGIARTI000031370083"},
		{"LEGITEXT000022197698", "L1 A", "LEGIARTI000051370508"},
		{"LEGITEXT000031366350", "L100-1 à L100-3", "LEGIARTI000031367304"}, // a range: its first article
		{"LEGITEXT000031366350", "L100-1 et suivants", "LEGIARTI000031367304"},
		{"LEGITEXT000031366350", "L100-1-II", "LEGIARTI000031367304"}, // a section: its article
		{"LEGITEXT000031366350", "L999-9", ""},                        // no such article
		{"LEGITEXT000006070721", "1240", ""},                          // the code civil's tree is not published
		{"", "L1111-1", ""},                                           // no code
		{"https://example.org/", "L1111-1", ""},                       // no LEGITEXT id
		{"LEGITEXT0000", "L1111-1", ""},                               // a truncated id
		{"LEGITEXT000006072050", "", ""},                              // no article
		{"LEGITEXT000006072050", "Annexe I", ""},                      // annexes are left out
		{"LEGITEXT000006073189", "L111-1", "LEGIARTI000042223830"},
	} {
		if got := ArticleID(tt.code, tt.article); got != tt.want {
			t.Errorf("ArticleID(%q, %q) = %q, want %q", tt.code, tt.article, got, tt.want)
		}
	}
	if got := ArticleURL("LEGITEXT000031366350", "L100-1"); got != "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031367304" {
		t.Errorf("ArticleURL = %q", got)
	}
	if got := ArticleURL("LEGITEXT000031366350", "L999-9"); got != "" {
		t.Errorf("ArticleURL of an unknown article = %q, want none", got)
	}
}

// TestTableKeys checks the table: four codes, each with thousands of
// articles (but the CRPA, a small code), every key written as Key writes
// it, every id a LEGIARTI id.
func TestTableKeys(t *testing.T) {
	articlesOnce.Do(loadArticles)
	if len(articles) != 4 {
		t.Fatalf("%d codes in the table, want 4", len(articles))
	}
	for code, m := range articles {
		if !HasArticles(code) || len(m) < 400 {
			t.Errorf("%s: %d articles", code, len(m))
		}
		for k, id := range m {
			if Key(k) != k {
				t.Errorf("%s: key %q is not as Key writes it (%q)", code, k, Key(k))
			}
			if !strings.HasPrefix(id, "LEGIARTI") || len(id) != 20 {
				t.Errorf("%s %s: id %q", code, k, id)
			}
		}
	}
	if HasArticles("LEGITEXT000006070721") {
		t.Error("the code civil has articles in the table")
	}
}

func TestCodes(t *testing.T) {
	codes := Codes()
	if len(codes) != 107 {
		t.Errorf("%d codes, want the 107 of the list", len(codes))
	}
	states := map[string]int{}
	for _, c := range codes {
		states[c.State]++
		if legitext(c.Legitext) != c.Legitext || c.Title == "" || len(c.Start) != 10 || len(c.End) != 10 {
			t.Errorf("bad code %+v", c)
		}
	}
	if states["VIGUEUR"] < 70 || states["ABROGE"] < 25 {
		t.Errorf("states %v", states)
	}
}
