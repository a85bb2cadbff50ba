package opendata

import (
	"errors"
	"strings"

	"lexgraph"
)

// acteurDoc maps an acteur record: the person's name and the mandates it
// lists.
func acteurDoc(m map[string]any) (*lexgraph.Document, error) {
	r := root(m)
	uid := r.get("uid").id()
	if uid == "" {
		return nil, firstError(r, errors.New("no uid"))
	}
	id := r.at("etatCivil", "ident")
	a := &lexgraph.Actor{Deputy: lexgraph.Deputy{ID: uid, Civility: id.get("civ").str(), FirstName: id.get("prenom").str(), LastName: id.get("nom").str()}}
	for _, mv := range r.at("mandats", "mandat").list() {
		if md := mandate(mv); md.BodyType != "" {
			if md.ActorID == "" {
				md.ActorID = uid
			}
			a.Mandates = append(a.Mandates, md)
		}
	}
	return &lexgraph.Document{ID: "acteur/" + uid, Layout: "an:acteur", Actor: a}, r.errs.first
}

// mandatDoc maps a mandat record of its own.
func mandatDoc(m map[string]any) (*lexgraph.Document, error) {
	r := root(m)
	md := mandate(r)
	if md.ID == "" {
		return nil, firstError(r, errors.New("no uid"))
	}
	if md.ActorID == "" {
		return nil, errors.New("no acteurRef")
	}
	return &lexgraph.Document{ID: "mandat/" + md.ID, Layout: "an:mandat", Mandate: &md}, r.errs.first
}

func mandate(v val) lexgraph.Mandate {
	md := lexgraph.Mandate{
		ID: v.get("uid").id(), ActorID: v.get("acteurRef").id(), Legislature: v.get("legislature").int(),
		BodyType: v.get("typeOrgane").str(), Start: v.get("dateDebut").date(), End: v.get("dateFin").date(),
	}
	if refs := v.at("organes", "organeRef").list(); len(refs) > 0 {
		md.BodyID = refs[0].str()
	}
	if e := v.get("election"); !e.isNull() {
		l := e.get("lieu")
		md.Circo = lexgraph.Circonscription{ID: e.get("refCirconscription").str(), Department: l.get("departement").str(), Number: l.get("numCirco").int()}
	}
	return md
}

// organeDoc maps an organe record: a group, a ministry, a
// circonscription… Bodies of other kinds are read too, and say nothing to
// the graph.
func organeDoc(m map[string]any) (*lexgraph.Document, error) {
	r := root(m)
	b := &lexgraph.Body{
		ID: r.get("uid").id(), Type: strings.ToUpper(r.get("codeType").str()), Name: r.get("libelle").str(),
		Short: r.get("libelleAbrege").str(), Abbrev: r.get("libelleAbrev").str(), Legislature: r.get("legislature").int(),
		Start: r.at("viMoDe", "dateDebut").date(), End: r.at("viMoDe", "dateFin").date(),
	}
	if b.ID == "" {
		return nil, firstError(r, errors.New("no uid"))
	}
	if b.Type == lexgraph.BodyCirco {
		b.Circo = lexgraph.Circonscription{ID: b.ID, Department: r.at("lieu", "departement", "libelle").str(), Number: r.get("numero").int()}
	}
	return &lexgraph.Document{ID: "organe/" + b.ID, Layout: "an:organe", Body: b}, r.errs.first
}
