package server

import "strings"

// The explorer speaks French; the API and the command line keep the
// queries' own (English) names. These tables name in French what the
// rows and options are called in the code.

// columnLabels name the rows' columns (their json tags).
var columnLabels = map[string]string{
	"id": "Identifiant", "label": "Intitulé", "kind": "Nature", "count": "Questions", "questions": "Questions",
	"documents": "Documents", "question": "Question", "uid": "Identifiant AN", "date": "Publiée le",
	"deputy": "Député", "ministry_asked": "Ministère interrogé", "ministry_answering": "Ministère qui répond",
	"ministry_assigned": "Ministère attributaire", "part": "Partie", "articles": "Articles", "sentence": "Phrase citante",
	"wordings": "Formulations", "group": "Groupe", "assigned": "Attributions successives", "answered": "Réponse le",
	"title": "Titre", "ministry": "Ministère", "median_days": "Délai médian (j)", "mean_days": "Délai moyen (j)",
	"p90_days": "9ᵉ décile (j)", "unanswered": "Sans réponse", "undated": "Réponse sans date", "value": "Valeur",
	"year": "Année", "in_question": "Dans la question", "in_answer": "Dans la réponse", "name": "Nom",
	"asked": "Interrogé", "answering": "Attributaire", "rubrique": "Rubrique", "step": "Étape", "from": "De",
	"link": "Lien", "to": "Vers", "type": "Type", "match": "Trouvé par", "mentions": "Mentions",
	"from_days": "De (j)", "to_days": "À (j)", "redirected": "Réattribuées", "redirected_away": "Réattribuées ailleurs",
	"redirected_in": "Reçues d'ailleurs", "legislature": "Législature", "number": "Numéro", "depth": "Distance",
	"links": "Liens", "hidden": "Liens non montrés", "circonscription": "Circonscription", "groups": "Groupes",
	"acteur": "Acteur (AN)", "delay": "Délai",
}

// infoLabels name the counts of a deputy's or a ministry's identity,
// where the same names are dates or other things in the tables.
var infoLabels = map[string]string{
	"questions": "Questions posées", "answered": "Réponses", "asked": "Questions reçues (ministère interrogé)",
	"answering": "Questions à traiter (dernier attributaire)", "redirected": "Réattribuées",
	"redirected_away": "Réattribuées à un autre ministère", "redirected_in": "Reçues d'un autre ministère",
}

// optionLabels name the queries' options in the forms.
var optionLabels = map[string]string{
	"ministry": "Ministère", "rubrique": "Rubrique", "legislature": "Législature", "from": "Publiée du",
	"to": "au", "deputy": "Député", "group": "Groupe", "part": "Partie", "kind": "Nature", "by": "Compter par",
	"pairs": "Par paire de ministères", "numbers": "Numéros listés", "limit": "Lignes au plus",
	"instrument": "Instrument", "max_depth": "Liens au plus", "max_degree": "Éviter les nœuds de plus de",
	"depth": "Distance", "max_links": "Liens par nœud", "max_nodes": "Nœuds au plus", "name": "Nom", "type": "Type",
}

// valueLabels name the values of closed options and of kinds and parts.
var valueLabels = map[string]string{
	"question": "Question", "answer": "Réponse", "title": "Titre", "index": "Indexation", "text": "Texte",
	"loi": "Loi", "ordonnance": "Ordonnance", "decret": "Décret", "arrete": "Arrêté", "circulaire": "Circulaire",
	"code": "Code", "constitution": "Constitution", "directive": "Directive (UE)", "reglement": "Règlement (UE)",
	"decision": "Décision (UE)", "traite": "Traité, convention", "jurisprudence": "Jurisprudence",
	"rapport": "Rapport", "projet_loi": "Projet de loi", "deputy": "Député", "group": "Groupe",
	"ministry": "Ministère", "circonscription": "Circonscription", "instrument": "Instrument",
	"id": "identifiant", "name": "nom", "words": "mots", "date": "date",
}

func columnLabel(key string) string {
	if l, ok := columnLabels[key]; ok {
		return l
	}
	return key
}

func optionLabel(key string) string {
	if l, ok := optionLabels[key]; ok {
		return l
	}
	return key
}

func valueLabel(v string) string {
	if l, ok := valueLabels[v]; ok {
		return l
	}
	return v
}

// frenchDate writes YYYY-MM-DD as "13 novembre 2014"; other text as it is.
func frenchDate(d string) string {
	if len(d) != 10 || d[4] != '-' || d[7] != '-' {
		return d
	}
	months := []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	m := int(d[5]-'0')*10 + int(d[6]-'0')
	if m < 1 || m > 12 {
		return d
	}
	day := strings.TrimPrefix(d[8:], "0")
	if day == "1" {
		day = "1er"
	}
	return day + " " + months[m-1] + " " + d[:4]
}
