package lexgraph

import (
	"reflect"
	"testing"
)

func TestLinks(t *testing.T) {
	for _, tt := range []struct {
		in   Instrument
		want []string
	}{
		{Instrument{Legifrance: "LEGITEXT000006072050"}, []string{"https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050"}},
		{Instrument{Legifrance: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050"}, []string{"https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050"}},
		{Instrument{ELI: "https://www.legifrance.gouv.fr/eli/loi/2014/11/13/2014-1353/jo/texte", Legifrance: "JORFTEXT000029754374"},
			[]string{"https://www.legifrance.gouv.fr/eli/loi/2014/11/13/2014-1353/jo/texte", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000029754374"}},
		{Instrument{CELEX: "31992L0043", ELI: "http://data.europa.eu/eli/dir/1992/43/oj"},
			[]string{"http://data.europa.eu/eli/dir/1992/43/oj", "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:31992L0043"}},
		{Instrument{CoE: "185"}, []string{"https://www.coe.int/fr/web/conventions/full-list?module=treaty-detail&treatynum=185"}},
		{Instrument{Legifrance: "not an id"}, []string{}},
		{Instrument{}, []string{}},
	} {
		if got := tt.in.Links(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%+v: links %v, want %v", tt.in, got, tt.want)
		}
	}
	if got := LegifranceURL("LEGIARTI000006900781"); got != "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006900781" {
		t.Errorf("article: %q", got)
	}
}
