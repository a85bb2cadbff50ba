package opendata

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"lexgraph"
	"lexgraph/extract/htmltext"
)

// reUID reads a question uid: QANR5L14QE81473 is legislature 14, type QE,
// number 81473.
var reUID = regexp.MustCompile(`L(\d+)([A-Z]+?)(\d+)$`)

// QuestionDocID is the document id of a question's official record: every
// official format (JSON, XML, the older site's XML) of one question is one
// document, so that a newer dump replaces an older one in place.
func QuestionDocID(uid string) string { return "an/" + uid }

// questionDoc maps a question record (the 14th legislature's and later
// ones', JSON or XML) to its document.
func questionDoc(m map[string]any) (*lexgraph.Document, error) {
	r := root(m)
	uid := r.get("uid").id()
	if uid == "" {
		return nil, firstError(r, errors.New("no uid"))
	}
	q := &lexgraph.Question{UID: uid}
	doc := &lexgraph.Document{ID: QuestionDocID(uid), Layout: "an:question", Question: q}
	id := r.get("identifiant")
	q.Number = id.get("numero").int()
	q.Legislature = id.get("legislature").int()
	q.Type = r.get("type").str()
	fillFromUID(q)

	idx := r.get("indexationAN")
	q.Rubrique = idx.get("rubrique").str()
	q.TeteAnalyse = idx.get("teteAnalyse").str()
	analyses := idx.at("analyses", "analyse").list()
	if len(analyses) == 0 {
		analyses = idx.at("ANALYSE", "ANA").list()
	}
	if len(analyses) == 0 {
		analyses = idx.get("analyse").list()
	}
	for _, a := range analyses {
		if s := a.str(); s != "" {
			q.Analyses = append(q.Analyses, s)
			doc.Passages = append(doc.Passages, lexgraph.Passage{Part: lexgraph.PartIndex, Text: s, Offset: -1})
		}
	}

	auteur := r.get("auteur")
	q.Author.ID = auteur.at("identite", "acteurRef").str()
	g := auteur.get("groupe")
	q.Group = lexgraph.Group{ID: g.get("organeRef").str(), Short: g.get("abrege").str(), Name: g.get("developpe").str()}

	q.Asked = ministry(r.get("minInt"))
	for _, a := range r.at("minAttribs", "minAttrib").list() {
		mi := ministry(a.get("denomination"))
		mi.Date = a.at("infoJO", "dateJO").date()
		if mi.Known() {
			q.Assigned = append(q.Assigned, mi)
		}
	}

	for i, t := range r.at("textesQuestion", "texteQuestion").list() {
		if i == 0 {
			q.Published = publication(t.get("infoJO"))
		}
		doc.Passages = appendText(doc.Passages, lexgraph.PartQuestion, t.get("texte").raw())
	}
	for i, t := range r.at("textesReponse", "texteReponse").list() {
		if i == 0 {
			q.Answered = publication(t.get("infoJO"))
		}
		if text := strings.TrimSpace(t.get("texte").raw()); text != "" {
			q.HasAnswer = true
			doc.Passages = appendText(doc.Passages, lexgraph.PartAnswer, text)
		}
	}
	c := r.get("cloture")
	code := c.get("codeCloture").str()
	q.Status = c.get("libelleCloture").str()
	if q.Status == "" {
		q.Status = code
	}
	if code == "REP_PUB" {
		q.HasAnswer = true
		if q.Answered.Date == "" {
			q.Answered = publication(c.get("infoJO"))
		}
	}
	if q.Answered.Date != "" && len(r.at("textesReponse", "texteReponse").list()) > 0 {
		q.HasAnswer = true
	}
	return doc, r.errs.first
}

// fillFromUID completes legislature, type and number from the uid where
// the record lacks them.
func fillFromUID(q *lexgraph.Question) {
	m := reUID.FindStringSubmatch(q.UID)
	if m == nil {
		return
	}
	if q.Legislature == 0 {
		q.Legislature, _ = strconv.Atoi(m[1])
	}
	if q.Type == "" {
		q.Type = m[2]
	}
	if q.Number == 0 {
		q.Number, _ = strconv.Atoi(m[3])
	}
}

// ministry reads {organeRef, abrege, developpe}.
func ministry(v val) lexgraph.Ministry {
	return lexgraph.Ministry{ID: v.get("organeRef").str(), Short: v.get("abrege").str(), Title: v.get("developpe").str()}
}

// publication reads an infoJO.
func publication(v val) lexgraph.Publication {
	return lexgraph.Publication{Date: v.get("dateJO").date(), Page: v.get("pageJO").int()}
}

// appendText adds a text as a passage: decoded from JSON or XML, it is not
// a stretch of the file (Offset -1); HTML is cleaned, keeping the map back
// to the original text, as for pages.
func appendText(ps []lexgraph.Passage, part lexgraph.Part, text string) []lexgraph.Passage {
	if strings.TrimSpace(text) == "" {
		return ps
	}
	p := lexgraph.Passage{Part: part, Text: text, Offset: -1}
	if htmltext.HasMarkup(text) {
		clean, m := htmltext.Clean(text)
		p.Raw, p.Text, p.Map = text, clean, m
	}
	return append(ps, p)
}

// legacyQuestionDoc maps a question of the older site's XML (QUESTION,
// LEGISLATURE, DEPOT, MINA/ORDRE…) to its document.
func legacyQuestionDoc(m map[string]any) (*lexgraph.Document, error) {
	r := root(m)
	q := &lexgraph.Question{Type: r.get("@TYPE").str(), Legislature: r.get("LEGISLATURE").int()}
	doc := &lexgraph.Document{Layout: "an:legacy-question", Question: q}
	// DEPOT comes twice: the deposit (number, JO) and the text
	for _, d := range r.get("DEPOT").list() {
		if n := d.get("@NUMERO").int(); n > 0 {
			q.Number = n
		}
		if p := (lexgraph.Publication{Date: d.get("DATE_JO").date(), Page: d.get("PAGE_JO").int()}); p.Date != "" {
			q.Published = p
		}
		doc.Passages = appendText(doc.Passages, lexgraph.PartQuestion, d.get("TEXTE_DEPOT").raw())
	}
	if q.Type == "" {
		q.Type = "QE"
	}
	q.UID = lexgraph.QuestionUID(q.Legislature, q.Type, q.Number)
	if q.UID == "" {
		return nil, errors.New("no legislature and number (LEGISLATURE, DEPOT/@NUMERO)")
	}
	doc.ID = QuestionDocID(q.UID)

	a := r.get("AUTEUR")
	q.Author = lexgraph.Deputy{ID: prefixed("PA", a.get("ID_ACTEUR").str()), Civility: a.get("CIVILITE").str(),
		FirstName: a.get("PRENOM").str(), LastName: a.get("NOM").str()}
	g := r.get("GROUPE")
	q.Group = lexgraph.Group{ID: prefixed("PO", g.get("ID_GROUPE").str()), Short: g.get("@SIGLE").str(), Name: g.get("LIBELLE").str()}
	c := r.get("CIRCONSCRIPTION")
	q.Circo = lexgraph.Circonscription{Department: c.get("DEPARTEMENT").str(), Number: c.get("@NUMERO_CIRCONSCRIPTION").int()}

	idx := r.get("INDEXATION_AN")
	q.Rubrique = idx.get("@RUBRIQUE").str()
	if q.Rubrique == "" {
		q.Rubrique = idx.get("RUBRIQUE").str()
	}
	q.TeteAnalyse = idx.get("TETE_ANALYSE").str()
	for _, an := range idx.at("ANALYSE", "ANA").list() {
		if s := an.str(); s != "" {
			q.Analyses = append(q.Analyses, s)
			doc.Passages = append(doc.Passages, lexgraph.Passage{Part: lexgraph.PartIndex, Text: s, Offset: -1})
		}
	}
	mi := r.get("MINI")
	q.Asked = lexgraph.Ministry{ID: prefixed("PO", mi.get("ID_MINI").str()), Short: mi.get("ABREGE").str(), Title: mi.get("DEVELOPPE").str()}
	type ordered struct {
		n int
		m lexgraph.Ministry
	}
	var attribs []ordered
	for i, o := range r.at("MINA", "ORDRE").list() {
		n := o.get("@NUMERO").int()
		if n == 0 {
			n = i + 1
		}
		m := lexgraph.Ministry{ID: prefixed("PO", o.get("ID_MINA").str()), Short: o.get("ABREGE").str(), Title: o.get("DEVELOPPE").str(), Date: o.get("DATE_JO").date()}
		if m.Known() {
			attribs = append(attribs, ordered{n, m})
		}
	}
	for i := 1; i < len(attribs); i++ { // in the order the file numbers them
		for j := i; j > 0 && attribs[j].n < attribs[j-1].n; j-- {
			attribs[j], attribs[j-1] = attribs[j-1], attribs[j]
		}
	}
	for _, o := range attribs {
		q.Assigned = append(q.Assigned, o.m)
	}

	cl := r.get("CLOTURE")
	code := cl.get("ABREGE").str()
	q.Status = cl.get("LIBELLE").str()
	rep := r.get("REPONSE")
	for _, rp := range rep.list() {
		if text := strings.TrimSpace(rp.get("TEXTE_REPONSE").raw()); text != "" {
			q.HasAnswer = true
			doc.Passages = appendText(doc.Passages, lexgraph.PartAnswer, text)
		}
		if p := (lexgraph.Publication{Date: rp.get("DATE_JO_REPONSE").date(), Page: rp.get("PAGE_JO_REPONSE").int()}); p.Date != "" {
			q.Answered = p
		}
	}
	if code == "REP_PUB" {
		q.HasAnswer = true
		if q.Answered.Date == "" {
			q.Answered = lexgraph.Publication{Date: cl.get("DATE_JO").date(), Page: cl.get("PAGE_JO").int()}
		}
	}
	return doc, r.errs.first
}

// prefixed writes the older site's bare ids as the Assemblée's uids:
// ID_ACTEUR 923 is PA923, ID_GROUPE 707869 is PO707869.
func prefixed(prefix, id string) string {
	if id == "" || strings.HasPrefix(id, prefix) {
		return id
	}
	return prefix + id
}
