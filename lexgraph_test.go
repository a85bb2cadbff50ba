package lexgraph_test

import (
	"testing"

	"lexgraph"
)

func TestParseDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"16 juin 2015", "2015-06-16"},
		{"1er juillet 2014", "2014-07-01"},
		{"3 Juin 2016", "2016-06-03"},
		{"23 décembre 2001", "2001-12-23"},
		{"7 fevrier 2003", "2003-02-07"},
		{"26/04/1993", "1993-04-26"},
		{"2015-06-16", "2015-06-16"},
		{"20 avr. 1956", "1956-04-20"},
		{"15 janv. 2020", "2020-01-15"},
		{"31 février 2015", ""},
		{"1ER\u00a0AOÛT \n 2016", "2016-08-01"},
		{"26 janvier1984", "1984-01-26"},
		{"16 juin", ""},
		{"16 juin2015x", ""},
		{"16 2015", ""},
		{"16 juin 2015 2016", ""},
		{"", ""},
		{"hier", ""},
	} {
		got, ok := lexgraph.ParseDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestFoldAndSlug(t *testing.T) {
	if got := lexgraph.Fold("État l’Œuvre\u00a0«x»"); got != "etat l'oeuvre \"x\"" {
		t.Errorf("Fold: %q", got)
	}
	for in, want := range map[string]string{
		"Pyrénées-Orientales":                  "pyrenees-orientales",
		"intérieur":                            "interieur",
		"Intérieur":                            "interieur",
		"  Affaires sociales, santé et ville ": "affaires-sociales-sante-et-ville",
		"":                                     "",
	} {
		if got := lexgraph.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFoldSpace(t *testing.T) {
	for in, want := range map[string]string{
		"  Convention\u00a0de   Berne\n": "convention de berne",
		"l’État «x»":                     "l'etat \"x\"",
		"":                               "",
	} {
		if got := lexgraph.FoldSpace(in); got != want {
			t.Errorf("FoldSpace(%q) = %q, want %q", in, got, want)
		}
		if got := lexgraph.FoldSpace(in); got != lexgraph.CollapseSpace(lexgraph.Fold(in)) {
			t.Errorf("FoldSpace(%q) = %q differs from CollapseSpace(Fold)", in, got)
		}
	}
}

func TestQuestionUID(t *testing.T) {
	if got := lexgraph.QuestionUID(14, "QE", 81473); got != "QANR5L14QE81473" {
		t.Errorf("got %q", got)
	}
	if got := lexgraph.QuestionUID(0, "QE", 81473); got != "" {
		t.Errorf("unknown legislature gave %q", got)
	}
}

func TestStableMinistry(t *testing.T) {
	for _, tt := range []struct {
		m    lexgraph.Ministry
		want string
	}{
		{lexgraph.Ministry{Short: "Justice", Title: "Ministère de la justice"}, "Justice"},
		{lexgraph.Ministry{Name: "intérieur"}, "Intérieur"},
		{lexgraph.Ministry{Name: "Intérieur"}, "Intérieur"},
		{lexgraph.Ministry{Short: "Économie, industrie et numérique", ID: "PO702912"}, "Économie"},
		{lexgraph.Ministry{Short: "Économie et finances"}, "Économie"},
		{lexgraph.Ministry{Title: "Ministère de l'économie, de l'industrie et du numérique"}, "Économie"},
		{lexgraph.Ministry{Short: "Armées"}, "Défense"},
		{lexgraph.Ministry{Name: "Secrétariat d'État auprès du Premier ministre, chargé du numérique"}, "Numérique"},
		{lexgraph.Ministry{Short: "Solidarités et santé"}, "Affaires sociales et santé"},
		// unknown: its own abrégé, capitalised; a title loses its opening
		{lexgraph.Ministry{Short: "réformes improbables"}, "Réformes improbables"},
		{lexgraph.Ministry{Title: "Ministère des réformes improbables"}, "Réformes improbables"},
		{lexgraph.Ministry{ID: "PO1"}, ""},
	} {
		if got := lexgraph.StableMinistry(tt.m); got != tt.want {
			t.Errorf("StableMinistry(%+v) = %q, want %q", tt.m, got, tt.want)
		}
	}
}

// FuzzFoldSpace checks that FoldSpace's one pass gives what folding then
// collapsing the spaces gives.
func FuzzFoldSpace(f *testing.F) {
	for _, s := range []string{"  État\u00a0de  droit ", "l’Œuvre\t«x»\n", "\xff\xfe a", "Ａ\u2009b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lexgraph.FoldSpace(s), lexgraph.CollapseSpace(lexgraph.Fold(s)); got != want {
			t.Errorf("FoldSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzParseDate checks that ParseDate never panics, and that what it
// accepts is a real day written YYYY-MM-DD, which it reads back to itself.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"16 juin 2015", "1er juillet 2014", "26 janvier1984", "26/04/1993", "31 février 2015", "20 avr. 1956", "1ER\u00a0AOÛT 2016"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := lexgraph.ParseDate(s)
		if !ok {
			return
		}
		if len(got) != 10 || got[4] != '-' || got[7] != '-' {
			t.Fatalf("ParseDate(%q) = %q, not YYYY-MM-DD", s, got)
		}
		if again, ok := lexgraph.ParseDate(got); !ok || again != got {
			t.Errorf("ParseDate(%q) = %q, which reads back as %q, %v", s, got, again, ok)
		}
	})
}

// TestQuestionRefAndURL checks the references rows print and the page
// addresses they link to, the one pattern seen on the Assemblée's site for
// the 10th to the 17th legislatures (testdata/corpus/pages/INDEX.tsv for
// the 10th, 11th, 13th, 14th and 15th).
func TestQuestionRefAndURL(t *testing.T) {
	for _, tt := range []struct {
		leg, num int
		typ, uid string
		ref, url string
	}{
		{14, 81473, "QE", "QANR5L14QE81473", "14-81473", "https://questions.assemblee-nationale.fr/q14/14-81473QE.htm"},
		{10, 317, "", "QANR5L10QE317", "10-317", "https://questions.assemblee-nationale.fr/q10/10-317QE.htm"},
		{15, 8, "QOSD", "QANR5L15QOSD8", "15-8QOSD", "https://questions.assemblee-nationale.fr/q15/15-8QOSD.htm"},
		{16, 1632, "QG", "QANR5L16QG1632", "16-1632QG", "https://questions.assemblee-nationale.fr/q16/16-1632QG.htm"},
		{17, 5581, "QE", "QANR5L17QE5581", "17-5581", "https://questions.assemblee-nationale.fr/q17/17-5581QE.htm"},
		{9, 12, "QE", "QANR5L9QE12", "9-12", ""},
		{18, 1, "QE", "QANR5L18QE1", "18-1", ""},
		{14, 5, "QX", "QANR5L14QX5", "14-5QX", ""},
		{0, 5, "QE", "QANR5L5", "QANR5L5", ""},
		{14, 0, "QE", "", "", ""},
	} {
		if got := lexgraph.QuestionRef(tt.leg, tt.typ, tt.num, tt.uid); got != tt.ref {
			t.Errorf("QuestionRef(%d, %q, %d, %q) = %q, want %q", tt.leg, tt.typ, tt.num, tt.uid, got, tt.ref)
		}
		if got := lexgraph.QuestionURL(tt.leg, tt.typ, tt.num); got != tt.url {
			t.Errorf("QuestionURL(%d, %q, %d) = %q, want %q", tt.leg, tt.typ, tt.num, got, tt.url)
		}
	}
}
