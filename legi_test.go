package lexgraph

import "testing"

func TestTitleKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"LOI n° 2000-1208 du 13 décembre 2000 relative à la solidarité et au renouvellement urbains (1)", "relative a la solidarite et au renouvellement urbains"},
		{"la loi relative à la solidarité et au renouvellement urbains", "relative a la solidarite et au renouvellement urbains"},
		{"Loi relative à la solidarité et au  renouvellement urbains.", "relative a la solidarite et au renouvellement urbains"},
		{"LOI organique n° 2009-403 du 15 avril 2009 relative à l'application des articles 34-1, 39 et 44 de la Constitution", "relative a l'application des articles 34-1, 39 et 44 de la constitution"},
		{"Décret n°2015-543 du 18 mai 2015 relatif aux données", "relatif aux donnees"},
		{"Arrêté du 1er mars 2016 fixant la liste", "fixant la liste"},
		{"Décret n° 2015-543 du 18 mai 2015", ""},
		{"Code civil", "civil"},
		{"relatif aux essaims (12)", "relatif aux essaims"},
	} {
		if got := TitleKey(c.in); got != c.want {
			t.Errorf("TitleKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"LOI n° 2014-1353 du 13 novembre 2014 renforçant les dispositions relatives à la lutte contre le terrorisme (1)", "Loi n° 2014-1353 du 13 novembre 2014 renforçant les dispositions relatives à la lutte contre le terrorisme"},
		{"LOI organique n° 2009-403 du 15 avril 2009", "Loi organique n° 2009-403 du 15 avril 2009"},
		{"Décret n° 2015-543 du 18 mai 2015", "Décret n° 2015-543 du 18 mai 2015"},
		{"ARRÊTÉ du 2 mai 1990", "Arrêté du 2 mai 1990"},
	} {
		if got := TextLabel(c.in); got != c.want {
			t.Errorf("TextLabel(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNatures(t *testing.T) {
	if KindOfNature("LOI_ORGANIQUE") != KindLoi || KindOfNature("DECRET") != KindDecret || KindOfNature("AVIS") != "" {
		t.Error("KindOfNature")
	}
	if len(Natures(KindDirective)) != 0 {
		t.Error("EU acts have no DILA nature")
	}
}
