package queries

import (
	"context"
	"strings"
	"testing"

	"lexgraph"
	"lexgraph/graph"
)

// The test graph: eight questions and a plain text, small enough that
// every answer below was counted by hand.
//
//	Q1 14/100 Cresta    Numérique → Justice   2015-01-10 → 2015-03-11 (60 d)  q: Budapest; a: Budapest (art. 29), loi 2014-1353
//	Q2 14/101 Tardy     Intérieur → Intérieur, Justice  2015-02-01 → 2015-02-21 (20 d)  a: Budapest, code pénal (323-1)
//	Q3 14/102 J. Martin Justice → Justice     2016-05-01 → 2016-06-10 (40 d)  q: loi 2008-582; a: loi 2008-582
//	Q4 14/103 A. Martin Justice → Justice     2016-07-01, unanswered           q: loi Evin
//	Q5 14/104 Cresta    Intérieur → Intérieur 2017-01-01 → 2017-04-11 (100 d) a: décret 2008-1, code pénal
//	Q6 14/105 Tardy     Justice → Justice     2016-09-01, answered, undated    a: Budapest
//	Q7 15/100 J. Martin Justice → Justice     2018-01-01 → 2018-01-21 (20 d)  (no citation)
//	Q8 14/106 A. Martin Numérique, no attributaire, no date                    q: code pénal
//	D1 a plain text citing Budapest.
var (
	cresta  = lexgraph.Deputy{ID: "PA1", Civility: "M.", FirstName: "Jacques", LastName: "Cresta"}
	tardy   = lexgraph.Deputy{ID: "PA2", Civility: "M.", FirstName: "Lionel", LastName: "Tardy"}
	jMartin = lexgraph.Deputy{ID: "PA3", Civility: "M.", FirstName: "Jacques", LastName: "Martin"}
	aMartin = lexgraph.Deputy{ID: "PA4", Civility: "Mme", FirstName: "Anne", LastName: "Martin"}

	ser = lexgraph.Group{ID: "PO1", Short: "SER", Name: "Socialiste, écologiste et républicain"}
	lr  = lexgraph.Group{ID: "PO2", Short: "LR", Name: "Les Républicains"}

	justice   = lexgraph.Ministry{Name: "Justice"}
	interieur = lexgraph.Ministry{Name: "Intérieur"}
	numerique = lexgraph.Ministry{Name: "Numérique"}

	fixtureInstruments = map[string]lexgraph.Instrument{
		"traite/coe-185": {ID: "traite/coe-185", Kind: lexgraph.KindTraite, Date: "2001-11-23", CoE: "185",
			Label: "Convention sur la cybercriminalité (Conseil de l'Europe, Budapest, 23 novembre 2001)"},
		"loi/2008-582": {ID: "loi/2008-582", Kind: lexgraph.KindLoi, Number: "2008-582", Date: "2008-06-20", Legifrance: "JORFTEXT000018995664",
			Label: "Loi n° 2008-582 du 20 juin 2008 renforçant les mesures de prévention et de protection des personnes contre les chiens dangereux"},
		"decret/2008-1": {ID: "decret/2008-1", Kind: lexgraph.KindDecret, Number: "2008-1", Date: "2008-06-20",
			Label: "Décret n° 2008-1 du 20 juin 2008 relatif aux fourrières"},
		"loi/2014-1353": {ID: "loi/2014-1353", Kind: lexgraph.KindLoi, Number: "2014-1353", Date: "2014-11-13",
			Label: "Loi n° 2014-1353 du 13 novembre 2014 renforçant les dispositions relatives à la lutte contre le terrorisme"},
		"loi/91-32": {ID: "loi/91-32", Kind: lexgraph.KindLoi, Number: "91-32", Date: "1991-01-10",
			Label: "Loi n° 91-32 du 10 janvier 1991 relative à la lutte contre le tabagisme et l'alcoolisme"},
		"code/penal": {ID: "code/penal", Kind: lexgraph.KindCode, Label: "Code pénal"},
	}
)

type cite struct {
	part                        lexgraph.Part
	id, text, article, sentence string
}

func question(leg, num int, dep lexgraph.Deputy, grp lexgraph.Group, dept string, circo int, rubrique string,
	asked lexgraph.Ministry, assigned []lexgraph.Ministry, published, answered string, hasAnswer bool, cites ...cite) *lexgraph.Document {
	q := &lexgraph.Question{
		UID: lexgraph.QuestionUID(leg, "QE", num), Legislature: leg, Number: num, Type: "QE", Title: rubrique,
		Author: dep, Group: grp, Circo: lexgraph.Circonscription{Department: dept, Number: circo},
		Rubrique: rubrique, Asked: asked, Assigned: assigned,
		Published: lexgraph.Publication{Date: published}, Answered: lexgraph.Publication{Date: answered},
		HasAnswer: hasAnswer || answered != "",
	}
	doc := &lexgraph.Document{Source: q.UID + ".txt", ID: "test/" + q.UID, Question: q}
	// each part's text is its sentences, one after the other, and each
	// mention stands in its sentence
	passage := map[lexgraph.Part]int{}
	for _, c := range cites {
		m := mention(c)
		i, ok := passage[c.part]
		if !ok {
			i = len(doc.Passages)
			passage[c.part] = i
			doc.Passages = append(doc.Passages, lexgraph.Passage{Part: c.part})
		}
		p := &doc.Passages[i]
		if p.Text != "" {
			p.Text += " "
		}
		m.Passage, m.TextStart = i, len(p.Text)+strings.Index(c.sentence, c.text)
		m.TextEnd = m.TextStart + len(c.text)
		p.Text += c.sentence
		doc.Mentions = append(doc.Mentions, m)
	}
	return doc
}

func mention(c cite) lexgraph.Mention {
	in := fixtureInstruments[c.id]
	return lexgraph.Mention{Kind: in.Kind, ID: c.id, Label: in.Label, Part: c.part, Text: c.text, Article: c.article, Sentence: c.sentence, Confidence: 1}
}

func fixtureDocs() []*lexgraph.Document {
	Q, A := lexgraph.PartQuestion, lexgraph.PartAnswer
	j := []lexgraph.Ministry{justice}
	plain := &lexgraph.Document{Source: "note.txt", ID: "test/note", Mentions: []lexgraph.Mention{
		mention(cite{lexgraph.PartText, "traite/coe-185", "convention de Budapest", "", "Une note sur la convention de Budapest."})}}
	return []*lexgraph.Document{
		question(14, 100, cresta, ser, "Pyrénées-Orientales", 1, "internet", numerique, j, "2015-01-10", "2015-03-11", true,
			cite{Q, "traite/coe-185", "convention de Budapest", "", "Q1 demande si la convention de Budapest suffit."},
			cite{A, "traite/coe-185", "Convention du Conseil de l'Europe dite de Budapest", "29", "Q1 répond par la Convention du Conseil de l'Europe dite de Budapest."},
			cite{A, "loi/2014-1353", "loi du 13 novembre 2014", "", "Q1 cite la loi du 13 novembre 2014."}),
		question(14, 101, tardy, lr, "Haute-Savoie", 2, "internet", interieur, []lexgraph.Ministry{interieur, justice}, "2015-02-01", "2015-02-21", true,
			cite{A, "traite/coe-185", "convention sur la cybercriminalité", "", "Q2 répond par la convention sur la cybercriminalité."},
			cite{A, "code/penal", "code pénal", "323-1", "Q2 cite le code pénal."}),
		question(14, 102, jMartin, lr, "Gironde", 3, "animaux", justice, j, "2016-05-01", "2016-06-10", true,
			cite{Q, "loi/2008-582", "loi du 20 juin 2008", "", "Q3 demande ce que change la loi du 20 juin 2008."},
			cite{A, "loi/2008-582", "loi n° 2008-582 du 20 juin 2008", "", "Q3 répond par la loi n° 2008-582 du 20 juin 2008."}),
		question(14, 103, aMartin, ser, "Gironde", 4, "animaux", justice, j, "2016-07-01", "", false,
			cite{Q, "loi/91-32", "loi Evin", "", "Q4 demande si la loi Evin s'applique."}),
		question(14, 104, cresta, ser, "Pyrénées-Orientales", 1, "police", interieur, []lexgraph.Ministry{interieur}, "2017-01-01", "2017-04-11", true,
			cite{A, "decret/2008-1", "décret du 20 juin 2008", "", "Q5 cite le décret du 20 juin 2008."},
			cite{A, "code/penal", "code pénal", "", "Q5 cite le code pénal."}),
		question(14, 105, tardy, lr, "Haute-Savoie", 2, "justice", justice, j, "2016-09-01", "", true,
			cite{A, "traite/coe-185", "convention de Budapest", "", "Q6 répond par la convention de Budapest."}),
		question(15, 100, jMartin, lr, "Gironde", 3, "justice", justice, j, "2018-01-01", "2018-01-21", true),
		question(14, 106, aMartin, ser, "Gironde", 4, "", numerique, nil, "", "", false,
			cite{Q, "code/penal", "code pénal", "", "Q8 cite le code pénal."}),
		plain,
	}
}

// writeFixture writes the test graph into st.
func writeFixture(t testing.TB, st *graph.Store) {
	t.Helper()
	var docs []graph.DocQuads
	for _, d := range fixtureDocs() {
		docs = append(docs, graph.DocQuads{Label: graph.DocLabel(d.ID), Quads: graph.DocumentQuads(d, fixtureInstruments)})
	}
	if _, err := st.Replace(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
}

// fixtureStore returns a memory store holding the test graph.
func fixtureStore(t testing.TB) *graph.Store {
	t.Helper()
	cfg := lexgraph.DefaultConfig()
	cfg.Backend = "memory"
	st, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	writeFixture(t, st)
	return st
}
