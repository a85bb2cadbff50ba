package page

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"lexgraph"
)

// pageTests lists what each real page of testdata/corpus says, field by
// field; a field the page lacks is zero.
var pageTests = []struct {
	file string
	want lexgraph.Question
}{
	{"seeds/000_fbaed0f544bcf766.txt", lexgraph.Question{
		UID: "QANR5L14QE81473", Legislature: 14, Number: 81473, Type: "QE", Title: "juge d'instruction",
		Author:    lexgraph.Deputy{Civility: "M.", Name: "Jacques Cresta"},
		PageGroup: lexgraph.Group{Name: "Socialiste, écologiste et républicain"},
		Circo:     lexgraph.Circonscription{Department: "Pyrénées-Orientales", Number: 1},
		Rubrique:  "Justice", Asked: lexgraph.Ministry{Name: "Numérique"}, Assigned: []lexgraph.Ministry{{Name: "Justice"}},
		Published: lexgraph.Publication{Date: "2015-06-16", Page: 4463}, Answered: lexgraph.Publication{Date: "2016-09-06", Page: 7992}, HasAnswer: true,
	}},
	{"seeds/002_fc0f50be8999d1a4.txt", lexgraph.Question{
		UID: "QANR5L14QE50860", Legislature: 14, Number: 50860, Type: "QE", Title: "Internet",
		Author:    lexgraph.Deputy{Civility: "M.", Name: "Lionel Tardy"},
		PageGroup: lexgraph.Group{Name: "Les Républicains"},
		Circo:     lexgraph.Circonscription{Department: "Haute-Savoie", Number: 2},
		Rubrique:  "Télécommunications", Asked: lexgraph.Ministry{Name: "Intérieur"}, Assigned: []lexgraph.Ministry{{Name: "Justice"}},
		Published: lexgraph.Publication{Date: "2014-02-25", Page: 1731}, Answered: lexgraph.Publication{Date: "2014-07-01", Page: 5651}, HasAnswer: true,
	}},
	{"pages/AN10_QE317.txt", lexgraph.Question{
		UID: "QANR5L10QE317", Legislature: 10, Number: 317, Type: "QE",
		// printed "Warhouver Aloyse"; the question's text says "M. Aloyse Warhouver"
		Author:    lexgraph.Deputy{Civility: "M.", Name: "Aloyse Warhouver"},
		PageGroup: lexgraph.Group{Name: "République et Liberté"},
		Circo:     lexgraph.Circonscription{Department: "Moselle"},
		Rubrique:  "Sante publique", TeteAnalyse: "Alcoolisme", Analyses: []string{"Loi no 91-32 du 10 janvier 1991. application"},
		Asked:     lexgraph.Ministry{Name: "affaires sociales, santé et ville"},
		Assigned:  []lexgraph.Ministry{{Name: "affaires sociales, santé et ville"}},
		Published: lexgraph.Publication{Date: "1993-04-26", Page: 1236}, Answered: lexgraph.Publication{Date: "1993-06-07", Page: 1565}, HasAnswer: true,
	}},
	{"pages/AN11_QE46717.txt", lexgraph.Question{UID: "QANR5L11QE46717", Legislature: 11, Number: 46717, Type: "QE", HasAnswer: true}},
	{"pages/AN12_QE11286.txt", lexgraph.Question{
		UID: "QANR5L12QE11286", Legislature: 12, Number: 11286, Type: "QE", Title: "ordre du jour",
		Author:    lexgraph.Deputy{Civility: "Mme", Name: "Henriette Martinez"},
		PageGroup: lexgraph.Group{Name: "Union pour un Mouvement Populaire"},
		Circo:     lexgraph.Circonscription{Department: "Hautes-Alpes", Number: 1},
		Rubrique:  "Parlement", Asked: lexgraph.Ministry{Name: "intérieur"}, Assigned: []lexgraph.Ministry{{Name: "intérieur"}},
		Published: lexgraph.Publication{Date: "2003-02-03"}, Answered: lexgraph.Publication{Date: "2003-04-28"}, HasAnswer: true,
	}},
	{"pages/AN12_QE101728.txt", lexgraph.Question{
		UID: "QANR5L12QE101728", Legislature: 12, Number: 101728, Type: "QE", Title: "enfants",
		Author:    lexgraph.Deputy{Civility: "M.", Name: "Jacques Remiller"},
		PageGroup: lexgraph.Group{Name: "Union pour un Mouvement Populaire"},
		Circo:     lexgraph.Circonscription{Department: "Isère", Number: 8},
		Answered:  lexgraph.Publication{Date: "2006-11-07"}, HasAnswer: true,
	}},
	{"pages/AN12_QE41371.txt", lexgraph.Question{
		UID: "QANR5L12QE41371", Legislature: 12, Number: 41371, Type: "QE", Title: "Internet",
		Author:    lexgraph.Deputy{Civility: "M.", Name: "Jean-Louis Idiart"},
		PageGroup: lexgraph.Group{Name: "Socialiste"},
		Circo:     lexgraph.Circonscription{Department: "Haute-Garonne", Number: 8},
		Answered:  lexgraph.Publication{Date: "2004-08-03"}, HasAnswer: true,
	}},
	{"pages/AN14_QE64109.txt", lexgraph.Question{
		UID: "QANR5L14QE64109", Legislature: 14, Number: 64109, Type: "QE",
		Author:    lexgraph.Deputy{Civility: "M.", Name: "Thierry Lazaro"},
		PageGroup: lexgraph.Group{Name: "Union pour un Mouvement Populaire"},
		Circo:     lexgraph.Circonscription{Department: "Nord"},
		Rubrique:  "informatique", TeteAnalyse: "sécurité", Analyses: []string{"libertés fondamentales. rapport. propositions."},
		Asked: lexgraph.Ministry{Name: "Numérique"}, Assigned: []lexgraph.Ministry{{Name: "Justice"}},
		Published: lexgraph.Publication{Date: "2014-09-16", Page: 7627}, Answered: lexgraph.Publication{Date: "2016-09-06", Page: 7986}, HasAnswer: true,
	}},
	{"pages/AN15_QE26300.txt", lexgraph.Question{
		UID: "QANR5L15QE26300", Legislature: 15, Number: 26300, Type: "QE",
		Title:     "Signature de la Convention d'Istanbul par tous membres du Conseil de l'Europe",
		Author:    lexgraph.Deputy{Civility: "Mme", Name: "Mireille Clapot"},
		PageGroup: lexgraph.Group{Name: "La République en Marche"},
		Circo:     lexgraph.Circonscription{Department: "Drôme", Number: 1},
		Answered:  lexgraph.Publication{Date: "2020-05-19"}, HasAnswer: true,
	}},
	{"pages/AN16_QE7541_nosdeputes.txt", lexgraph.Question{UID: "QANR5L16QE7541", Legislature: 16, Number: 7541, Type: "QE", HasAnswer: true}},
}

func readTestPage(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestReadFields(t *testing.T) {
	for _, tt := range pageTests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			q, _, _, ok := Read(readTestPage(t, tt.file))
			if !ok {
				t.Fatal("not recognised as a question page")
			}
			if !reflect.DeepEqual(*q, tt.want) {
				t.Errorf("got  %+v\nwant %+v", *q, tt.want)
			}
		})
	}
}

// TestPassagesAreSpans checks, on every page, that each passage is the very
// bytes of the file at its offset, and that the question and answer texts
// are found.
func TestPassagesAreSpans(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*", "*.txt"))
	if len(files) < 15 {
		t.Fatalf("found %d pages, want the 15 of testdata/corpus", len(files))
	}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		_, passages, _, ok := Read(data)
		if !ok {
			t.Errorf("%s: not recognised", f)
			continue
		}
		parts := map[lexgraph.Part]bool{}
		for _, p := range passages {
			parts[p.Part] = true
			if got := string(data[p.Offset : p.Offset+len(p.Text)]); got != p.Text {
				t.Errorf("%s: %s passage at %d is not the file's bytes", f, p.Part, p.Offset)
			}
		}
		if !parts[lexgraph.PartQuestion] || !parts[lexgraph.PartAnswer] {
			t.Errorf("%s: parts %v, want question and answer", f, parts)
		}
	}
}

func TestQuestionTextBoundaries(t *testing.T) {
	data := readTestPage(t, "pages/AN10_QE317.txt")
	_, passages, _, _ := Read(data)
	var q, a string
	for _, p := range passages {
		switch p.Part {
		case lexgraph.PartQuestion:
			q = p.Text
		case lexgraph.PartAnswer:
			a = p.Text
		}
	}
	if want := "M. Aloyse Warhouver demande"; len(q) < len(want) || q[:len(want)] != want {
		t.Errorf("question starts %q, want the text after the \"Texte de la QUESTION :\" lead", q[:40])
	}
	if want := "Les decrets d'application"; len(a) < len(want) || a[:len(want)] != want {
		t.Errorf("answer starts %q", a[:40])
	}
}

func TestUnknownLayout(t *testing.T) {
	for _, src := range []string{"", "just some text\nwith lines\n", "Texte libre sans structure."} {
		if _, _, _, ok := Read([]byte(src)); ok {
			t.Errorf("Read(%q) recognised a page", src)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, tt := range pageTests {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", tt.file))
		if err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, passages, _, _ := Read(data)
		for _, p := range passages {
			if p.Offset < 0 || p.Offset+len(p.Text) > len(data) || string(data[p.Offset:p.Offset+len(p.Text)]) != p.Text {
				t.Fatalf("passage %q at %d is not a span of the input", p.Text, p.Offset)
			}
		}
	})
}

// TestTextBeforeFirstSection checks the real pages of testdata/unseen whose
// text comes before any section heading (dyn/14: the text, then "Données
// clés") or whose header holds "Titre >" and "Rubrique >" lines (q16): no
// text is dropped, and every passage is the file's bytes.
func TestTextBeforeFirstSection(t *testing.T) {
	for _, tt := range []struct {
		file     string
		question string // how the question passage starts
		title    string // a title passage
		want     lexgraph.Question
	}{
		// the stored page gives no number: it stays unknown
		{"AN14_QE94708.txt", "M. Alain Chrétien attire l'attention", "", lexgraph.Question{Type: "QE",
			Author: lexgraph.Deputy{Civility: "M.", Name: "Alain Chrétien"}, PageGroup: lexgraph.Group{Name: "Les Républicains"},
			Circo: lexgraph.Circonscription{Department: "Haute-Saône", Number: 1}, Rubrique: "Entreprises",
			Asked: lexgraph.Ministry{Name: "Économie, industrie et numérique"}, Assigned: []lexgraph.Ministry{{Name: "Économie"}},
			Published: lexgraph.Publication{Date: "2016-04-05"}}},
		{"AN16_QE14453.txt", "M. André Chassaigne interroge", "Les cinq décrets en attente de publication prévus la loi du 2 février 2016", lexgraph.Question{
			UID: "QANR5L16QE14453", Legislature: 16, Number: 14453, Type: "QE", Title: "Les cinq décrets en attente de publication prévus la loi du 2 février 2016",
			Author: lexgraph.Deputy{Civility: "M.", Name: "André Chassaigne"}, PageGroup: lexgraph.Group{Name: "Gauche démocrate et républicaine - NUPES"},
			Circo: lexgraph.Circonscription{Department: "Puy-de-Dôme"}, Rubrique: "fin de vie et soins palliatifs",
			Asked: lexgraph.Ministry{Name: "Travail, santé et solidarités"}, Assigned: []lexgraph.Ministry{{Name: "Travail, santé et solidarités"}},
			Published: lexgraph.Publication{Date: "2024-01-23", Page: 499}}},
		// "Question de :" alone, the name on the next line; no heading, no
		// number, the dates after the text (dyn/11 as stored)
		{"AN11_QE57331.txt", "Si, dans les quelques mois qui viennent", "aménagement du littoral", lexgraph.Question{Type: "QE", Title: "aménagement du littoral",
			Author: lexgraph.Deputy{Civility: "M.", Name: "François Colcombet"}, PageGroup: lexgraph.Group{Name: "Socialiste"},
			Circo: lexgraph.Circonscription{Department: "Allier", Number: 1}, Rubrique: "Mer et littoral",
			Asked: lexgraph.Ministry{Name: "Premier Ministre"}, Assigned: []lexgraph.Ministry{{Name: "Premier Ministre"}},
			Published: lexgraph.Publication{Date: "2001-02-05"}, Answered: lexgraph.Publication{Date: "2001-05-14"}, HasAnswer: true}},
	} {
		q, passages := readUnseenPage(t, tt.file)
		var question string
		titles := map[string]bool{}
		for _, p := range passages {
			switch p.Part {
			case lexgraph.PartQuestion:
				question = p.Text
			case lexgraph.PartTitle:
				titles[p.Text] = true
			}
		}
		if len(question) < len(tt.question) || question[:len(tt.question)] != tt.question {
			t.Errorf("%s: question passage %.60q, want it to start %q", tt.file, question, tt.question)
		}
		if tt.title != "" && !titles[tt.title] {
			t.Errorf("%s: title passages %v, want %q", tt.file, titles, tt.title)
		}
		if !reflect.DeepEqual(*q, tt.want) {
			t.Errorf("%s:\ngot  %+v\nwant %+v", tt.file, *q, tt.want)
		}
	}
}

// TestAnswerAfterPublishedLine checks the real pages of testdata/unseen that
// print "Réponse publiée le …" after the question's text with no heading
// (dyn/12 "Question écrite n° … :"): what follows is the answer, even a
// short one where the stored copy stops, and the question stays the
// question.
func TestAnswerAfterPublishedLine(t *testing.T) {
	for _, tt := range []struct {
		file, question, answer, answered string
	}{
		{"AN12_QE10443.txt", "M. Jean-Pierre Abelin appelle", "La loi du 17 janvier 2001 relative à l'archéologie préventive", "2003-03-10"},
	} {
		q, passages := readUnseenPage(t, tt.file)
		got := map[lexgraph.Part]string{}
		for _, p := range passages {
			got[p.Part] = p.Text
		}
		if !strings.HasPrefix(got[lexgraph.PartQuestion], tt.question) || strings.Contains(got[lexgraph.PartQuestion], "Réponse publiée") {
			t.Errorf("%s: question passage %.80q, want it to start %q and stop before the answer", tt.file, got[lexgraph.PartQuestion], tt.question)
		}
		if !strings.HasPrefix(got[lexgraph.PartAnswer], tt.answer) {
			t.Errorf("%s: answer passage %.80q, want it to start %q", tt.file, got[lexgraph.PartAnswer], tt.answer)
		}
		if q.Answered.Date != tt.answered {
			t.Errorf("%s: answered %q, want %s", tt.file, q.Answered.Date, tt.answered)
		}
	}
}

// readUnseenPage reads a real page of testdata/unseen, which must be
// recognised, and checks that every passage is the file's bytes.
func readUnseenPage(t *testing.T, file string) (*lexgraph.Question, []lexgraph.Passage) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "unseen", file))
	if err != nil {
		t.Fatal(err)
	}
	q, passages, _, ok := Read(data)
	if !ok {
		t.Fatalf("%s: not recognised", file)
	}
	for _, p := range passages {
		if string(data[p.Offset:p.Offset+len(p.Text)]) != p.Text {
			t.Errorf("%s: %s passage at %d is not the file's bytes", file, p.Part, p.Offset)
		}
	}
	return q, passages
}

// TestReadSenat reads real Sénat pages of testdata/unseen: the question and
// the answer apart, each dated as the page prints it, every passage the
// file's bytes; a page with no answer line has only its question. Pages of
// the Assemblée are not taken for the Sénat's, nor the Sénat's for the
// Assemblée's.
func TestReadSenat(t *testing.T) {
	for _, tt := range []struct {
		file, asked, answered string
		answerStarts          string
	}{
		{"SEN_1992_QE21446.txt", "1992-06-04", "1992-08-13", "Réponse. - En application de l'article 68"},
		{"SEN_2010_QE16169.txt", "2010-11-25", "2011-01-13", "La loi pénitentiaire n° 2009-1436"},
		{"SEN_1992_QE20759.txt", "1992-04-16", "", ""},
	} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "unseen", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, _, ok := Read(data); ok {
			t.Errorf("%s: read as an Assemblée page", tt.file)
		}
		passages, ok := ReadSenat(data)
		if !ok {
			t.Fatalf("%s: not recognised", tt.file)
		}
		want := 2
		if tt.answered == "" {
			want = 1
		}
		if len(passages) != want {
			t.Fatalf("%s: %d passages, want %d", tt.file, len(passages), want)
		}
		for _, p := range passages {
			if string(data[p.Offset:p.Offset+len(p.Text)]) != p.Text {
				t.Errorf("%s: %s passage at %d is not the file's bytes", tt.file, p.Part, p.Offset)
			}
		}
		if q := passages[0]; q.Part != lexgraph.PartQuestion || q.Day != tt.asked || strings.Contains(q.Text, "Réponse du") {
			t.Errorf("%s: question passage %s of day %q (want %s), holding the answer's line: %v", tt.file, q.Part, q.Day, tt.asked, strings.Contains(q.Text, "Réponse du"))
		}
		if want == 2 {
			a := passages[1]
			if a.Part != lexgraph.PartAnswer || a.Day != tt.answered || !strings.HasPrefix(a.Text, tt.answerStarts) {
				t.Errorf("%s: answer passage %s of day %q (want %s), starting %.40q", tt.file, a.Part, a.Day, tt.answered, a.Text)
			}
		}
	}
	an, err := os.ReadFile(filepath.Join("..", "..", "testdata", "unseen", "AN11_QE16144.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range [][]byte{an, []byte("Question de M. X publiée le 31/02/1992\ntexte"), []byte("Question de M. X publiée le 04/06/1992")} {
		if _, ok := ReadSenat(src); ok {
			t.Errorf("ReadSenat(%.40q) recognised a Sénat page", src)
		}
	}
}

func FuzzReadSenat(f *testing.F) {
	for _, name := range []string{"SEN_1992_QE21446.txt", "SEN_2010_QE16169.txt", "SEN_1992_QE20759.txt"} {
		if data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "unseen", name)); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		passages, _ := ReadSenat(data)
		for _, p := range passages {
			if p.Offset < 0 || p.Offset+len(p.Text) > len(data) || string(data[p.Offset:p.Offset+len(p.Text)]) != p.Text {
				t.Fatalf("passage %q at %d is not a span of the input", p.Text, p.Offset)
			}
			if d, ok := lexgraph.ParseDate(p.Day); !ok || d != p.Day {
				t.Fatalf("passage of day %q, not a day", p.Day)
			}
		}
	})
}
