// Package generate writes synthetic open data in the Assemblée nationale's
// official shapes, at any size, for tests and benchmarks: a 14th-legislature
// questions file ({"questionsEcrites": {"question": [...]}}) whose records
// use every trap of the real files (objects or lists, null parts, "#text"
// wrappers, both date formats, HTML in texts, re-attributions), with
// realistic French texts citing known instruments; and an export of the
// acteur and organe records its questions point to. Output is determined
// by the seed.
package generate

import (
	"archive/zip"
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Options shape a synthetic dump.
type Options struct {
	Questions   int     // number of questions
	Seed        uint64  // the same seed writes the same files
	Legislature int     // default 14
	FirstNumber int     // number of the first question (default 1)
	Answered    float64 // share of questions answered, default 0.7
	// Deputies is the number of deputies asking (default min(577,
	// Questions)); each asks at least one question.
	Deputies int
}

// Check reports options no dump can have: fewer than one question, a
// share answered outside 0–1, a legislature or a first number below 1, a
// negative number of deputies. (Zero stands for the default where the
// field documents one.)
func (o Options) Check() error {
	switch {
	case o.Questions < 1:
		return fmt.Errorf("questions %d: want 1 or more", o.Questions)
	case o.Answered < 0 || o.Answered > 1:
		return fmt.Errorf("answered %g: want a share from 0 to 1", o.Answered)
	case o.Legislature < 0:
		return fmt.Errorf("legislature %d: want 1 or more", o.Legislature)
	case o.FirstNumber < 0:
		return fmt.Errorf("first number %d: want 1 or more", o.FirstNumber)
	case o.Deputies < 0:
		return fmt.Errorf("deputies %d: want 1 or more", o.Deputies)
	}
	return nil
}

func (o *Options) defaults() {
	if o.Legislature == 0 {
		o.Legislature = 14
	}
	if o.FirstNumber == 0 {
		o.FirstNumber = 1
	}
	if o.Answered == 0 {
		o.Answered = 0.7
	}
	if o.Deputies == 0 {
		o.Deputies = min(577, o.Questions)
	}
	if o.Deputies > o.Questions {
		o.Deputies = o.Questions
	}
}

// Expect says what the generated files hold, for tests to compare with.
type Expect struct {
	Questions  int `json:"questions"`
	Answers    int `json:"answers"`
	Deputies   int `json:"deputies"`   // distinct authors; each has an acteur record
	Ministries int `json:"ministries"` // distinct stable ministries, each with two bodies in the organe records
	// Citations is the number of (question, part, instrument) citations the
	// texts were written with.
	Citations int `json:"citations"`
}

// body is a ministry body: stable name, then one government's form.
type body struct {
	stable, po, abrege, developpe string
}

// ministries: each stable ministry in two governments, with the abrégés
// and long titles the Assemblée used, so that stable names are exercised.
var ministries = []body{
	{"Justice", "PO700001", "Justice", "Ministère de la justice"},
	{"Justice", "PO710001", "Justice", "Garde des sceaux, ministère de la justice"},
	{"Intérieur", "PO700002", "Intérieur", "Ministère de l'intérieur"},
	{"Intérieur", "PO710002", "Intérieur", "Ministère de l'intérieur"},
	{"Économie", "PO700003", "Économie et finances", "Ministère de l'économie et des finances"},
	{"Économie", "PO710003", "Économie, industrie et numérique", "Ministère de l'économie, de l'industrie et du numérique"},
	{"Affaires sociales et santé", "PO700004", "Affaires sociales et santé", "Ministère des affaires sociales et de la santé"},
	{"Affaires sociales et santé", "PO710004", "Affaires sociales, santé et droits des femmes", "Ministère des affaires sociales, de la santé et des droits des femmes"},
	{"Écologie", "PO700005", "Écologie, développement durable et énergie", "Ministère de l'écologie, du développement durable et de l'énergie"},
	{"Écologie", "PO710005", "Environnement, énergie et mer", "Ministère de l'environnement, de l'énergie et de la mer"},
	{"Travail", "PO700006", "Travail, emploi, formation professionnelle et dialogue social", "Ministère du travail, de l'emploi, de la formation professionnelle et du dialogue social"},
	{"Travail", "PO710006", "Travail, emploi, formation professionnelle et dialogue social", "Ministère du travail, de l'emploi, de la formation professionnelle et du dialogue social"},
	{"Éducation nationale", "PO700007", "Éducation nationale", "Ministère de l'éducation nationale"},
	{"Éducation nationale", "PO710007", "Éducation nationale, enseignement supérieur et recherche", "Ministère de l'éducation nationale, de l'enseignement supérieur et de la recherche"},
	{"Agriculture", "PO700008", "Agriculture, agroalimentaire et forêt", "Ministère de l'agriculture, de l'agroalimentaire et de la forêt"},
	{"Agriculture", "PO710008", "Agriculture, agroalimentaire et forêt", "Ministère de l'agriculture, de l'agroalimentaire et de la forêt"},
	{"Défense", "PO700009", "Défense", "Ministère de la défense"},
	{"Défense", "PO710009", "Défense", "Ministère de la défense"},
	{"Culture", "PO700010", "Culture et communication", "Ministère de la culture et de la communication"},
	{"Culture", "PO710010", "Culture et communication", "Ministère de la culture et de la communication"},
	{"Numérique", "PO700011", "Numérique", "Secrétariat d'État chargé du numérique"},
	{"Numérique", "PO710011", "Numérique", "Secrétariat d'État chargé du numérique"},
	{"Logement", "PO700012", "Égalité des territoires et logement", "Ministère de l'égalité des territoires et du logement"},
	{"Logement", "PO710012", "Logement, égalité des territoires et ruralité", "Ministère du logement, de l'égalité des territoires et de la ruralité"},
}

var groups = [][3]string{
	{"PO656002", "SRC", "Socialiste, républicain et citoyen"},
	{"PO656006", "UMP", "Union pour un Mouvement Populaire"},
	{"PO656010", "UDI", "Union des démocrates et indépendants"},
	{"PO656014", "ECOLO", "Écologiste"},
	{"PO656018", "GDR", "Gauche démocrate et républicaine"},
	{"PO656022", "RRDP", "Radical, républicain, démocrate et progressiste"},
	{"PO645633", "NI", "Non inscrit"},
}

var firstNames = []string{"Jean", "Marie", "Pierre", "Nathalie", "François", "Isabelle", "Michel", "Catherine", "Philippe", "Sylvie",
	"Alain", "Christine", "Jacques", "Martine", "Bernard", "Valérie", "Éric", "Sophie", "Laurent", "Anne", "Olivier", "Brigitte",
	"Thierry", "Françoise", "Patrick", "Hélène", "Daniel", "Véronique", "Gérard", "Monique"}
var lastNames = []string{"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
	"Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
	"André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure",
	"Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier"}
var departments = []string{"Ain", "Aisne", "Allier", "Ardèche", "Aude", "Aveyron", "Bouches-du-Rhône", "Calvados", "Cantal",
	"Charente", "Corrèze", "Côte-d'Or", "Creuse", "Dordogne", "Doubs", "Drôme", "Eure", "Finistère", "Gard", "Haute-Garonne",
	"Gers", "Gironde", "Hérault", "Isère", "Jura", "Landes", "Loire", "Loiret", "Lot", "Manche", "Marne", "Mayenne", "Moselle",
	"Nord", "Oise", "Orne", "Pas-de-Calais", "Puy-de-Dôme", "Pyrénées-Orientales", "Bas-Rhin", "Rhône", "Sarthe", "Savoie",
	"Paris", "Seine-Maritime", "Somme", "Tarn", "Var", "Vaucluse", "Vendée", "Vienne", "Vosges", "Yonne", "Essonne"}

var rubriques = []string{"justice", "sécurité publique", "impôts et taxes", "santé", "environnement", "travail", "enseignement",
	"agriculture", "défense", "culture", "télécommunications", "logement", "collectivités territoriales", "retraites : généralités",
	"handicapés", "transports", "professions de santé", "fonctionnaires et agents publics", "étrangers", "famille"}

// references are known instruments, each as the texts cite it and as the
// extractor resolves it.
var references = []struct{ text, id string }{
	{"la loi n° 2014-1353 du 13 novembre 2014", "loi/2014-1353"},
	{"l'article L. 411-1 du code de l'environnement", "code/environnement"},
	{"la directive 92/43/CEE du Conseil du 21 mai 1992", "celex/31992L0043"},
	{"le décret n° 2020-274 du 17 mars 2020", "decret/2020-274"},
	{"la convention de Budapest sur la cybercriminalité du 23 novembre 2001", "traite/coe-185"},
	{"l'article 2 de la loi n° 78-17 du 6 janvier 1978", "loi/78-17"},
	{"le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016", "celex/32016R0679"},
	{"l'article 1240 du code civil", "code/civil"},
	{"la loi n° 2016-1088 du 8 août 2016", "loi/2016-1088"},
	{"l'article L. 3121-1 du code du travail", "code/travail"},
	{"l'ordonnance n° 2017-1387 du 22 septembre 2017", "ordonnance/2017-1387"},
	{"la loi n° 91-32 du 10 janvier 1991", "loi/91-32"},
	{"l'article L. 2212-2 du code général des collectivités territoriales", "code/cgct"},
	{"l'article 8 de la loi n° 2005-102 du 11 février 2005", "loi/2005-102"},
	{"la loi n° 2009-879 du 21 juillet 2009", "loi/2009-879"},
	{"l'article L. 162-5 du code de la sécurité sociale", "code/securite-sociale"},
	{"la directive 2006/126/CE", "celex/32006L0126"},
	{"l'article 34 de la Constitution", "constitution/1958"},
}

var questionOpenings = []string{
	"%s attire l'attention de %s sur les difficultés rencontrées par les collectivités dans l'application de %s.",
	"%s interroge %s sur la mise en œuvre de %s et sur ses conséquences pour les usagers.",
	"%s appelle l'attention de %s sur les effets de %s dans les territoires ruraux.",
	"%s souhaite connaître la position de %s sur l'évolution de %s.",
}
var questionFiller = []string{
	"De nombreux élus locaux font part de leur inquiétude face à la complexité des procédures administratives.",
	"Les associations concernées soulignent que les délais de traitement des dossiers se sont considérablement allongés.",
	"Cette situation pénalise particulièrement les petites communes qui ne disposent pas des services techniques nécessaires.",
	"Les professionnels du secteur estiment que les moyens alloués ne sont pas à la hauteur des enjeux.",
	"Plusieurs rapports ont mis en évidence des disparités importantes entre les départements.",
	"Les citoyens attendent des réponses claires et rapides de la part des pouvoirs publics.",
	"Il rappelle que les engagements pris lors de la précédente législature n'ont pas encore été tenus.",
}
var questionClosings = []string{
	"Il lui demande de bien vouloir lui indiquer les mesures que le Gouvernement entend prendre pour remédier à cette situation.",
	"Elle lui demande de préciser le calendrier retenu et les moyens qui seront mobilisés.",
	"Il souhaite savoir si une évolution de la réglementation est envisagée.",
}
var answerSentences = []string{
	"Le Gouvernement est pleinement conscient des difficultés évoquées par l'honorable parlementaire.",
	"Les services de l'État ont été mobilisés afin d'accompagner les collectivités dans cette démarche.",
	"Une concertation a été engagée avec l'ensemble des acteurs concernés, et ses conclusions seront rendues publiques.",
	"Les crédits consacrés à cette politique ont été augmentés dans le cadre de la dernière loi de finances.",
	"Une circulaire aux préfets précisera prochainement les modalités d'application de ces dispositions.",
	"Le dispositif fera l'objet d'une évaluation approfondie à l'issue de sa première année de mise en œuvre.",
	"Le ministère reste attentif à l'évolution de la situation et n'exclut pas d'adapter le cadre réglementaire.",
	"Ces mesures s'inscrivent dans une démarche globale de simplification des normes applicables.",
}

// deputy is a generated acteur.
type deputy struct {
	pa, civ, first, last, dept string
	circo                      int
	group                      [3]string
}

// generator holds the generated world.
type generator struct {
	o        Options
	r        *rand.Rand
	deputies []deputy
	exp      Expect
}

func newGenerator(o Options) *generator {
	o.defaults()
	g := &generator{o: o, r: rand.New(rand.NewPCG(o.Seed, 0x1e79a))}
	seen := map[string]bool{}
	for i := 0; len(g.deputies) < o.Deputies; i++ {
		first, last := firstNames[g.r.IntN(len(firstNames))], lastNames[g.r.IntN(len(lastNames))]
		if seen[first+" "+last] {
			first = first + "-" + firstNames[g.r.IntN(len(firstNames))]
			if seen[first+" "+last] {
				continue
			}
		}
		seen[first+" "+last] = true
		civ := "M."
		if g.r.IntN(3) == 0 {
			civ = "Mme"
		}
		g.deputies = append(g.deputies, deputy{
			pa: fmt.Sprintf("PA%d", 330000+i), civ: civ, first: first, last: last,
			dept: departments[i%len(departments)], circo: 1 + i/len(departments),
			group: groups[g.r.IntN(len(groups))],
		})
	}
	return g
}

// Questions writes the questions file, in the 14th legislature's single
// JSON shape, and returns what it holds.
func Questions(w io.Writer, o Options) (Expect, error) {
	g := newGenerator(o)
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("{\"questionsEcrites\": {\"question\": [\n")
	stables := map[string]bool{}
	for i := 0; i < g.o.Questions; i++ {
		q, stable := g.question(i)
		for s := range stable {
			stables[s] = true
		}
		data, err := json.Marshal(q)
		if err != nil {
			return g.exp, err
		}
		if i > 0 {
			bw.WriteString(",\n")
		}
		bw.Write(data)
	}
	bw.WriteString("\n]}}\n")
	g.exp.Questions = g.o.Questions
	g.exp.Deputies = len(g.deputies)
	g.exp.Ministries = len(stables)
	return g.exp, bw.Flush()
}

// question builds the i-th question record and returns the stable
// ministries it names.
func (g *generator) question(i int) (map[string]any, map[string]bool) {
	r := g.r
	n := g.o.FirstNumber + i
	d := g.deputies[i%len(g.deputies)]
	if i >= len(g.deputies) {
		d = g.deputies[r.IntN(len(g.deputies))]
	}
	fam := (i % (len(ministries) / 2)) * 2
	if i >= len(ministries) {
		fam = r.IntN(len(ministries)/2) * 2
	}
	asked := ministries[fam+r.IntN(2)]
	stable := map[string]bool{asked.stable: true}
	day := 1 + r.IntN(28)
	month := 1 + r.IntN(12)
	year := 2013 + r.IntN(4)
	date := func(y, m, dd int) any {
		if r.IntN(5) == 0 { // both formats, as in the real files
			return fmt.Sprintf("%02d/%02d/%04d", dd, m, y)
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
	}
	infoJO := func(y, m, dd int) map[string]any {
		return map[string]any{"typeJO": "JO_QUESTION", "dateJO": date(y, m, dd), "pageJO": fmt.Sprint(1000 + r.IntN(9000)), "numJO": fmt.Sprint(1 + r.IntN(52))}
	}
	denomination := func(b body) map[string]any {
		return map[string]any{"organeRef": b.po, "abrege": b.abrege, "developpe": b.developpe}
	}
	attribs := []any{map[string]any{"infoJO": infoJO(year, month, day), "denomination": denomination(asked)}}
	if r.IntN(6) == 0 { // a re-attribution
		other := ministries[r.IntN(len(ministries))]
		stable[other.stable] = true
		attribs = append(attribs, map[string]any{"infoJO": infoJO(year, month, min(day+7, 28)), "denomination": denomination(other)})
	}
	var minAttribs any = map[string]any{"minAttrib": attribs[0]}
	if len(attribs) > 1 {
		minAttribs = map[string]any{"minAttrib": attribs}
	}
	rub := rubriques[r.IntN(len(rubriques))]
	var analyses any = "réglementation"
	if r.IntN(2) == 0 {
		analyses = []any{"réglementation", "application"}
	}
	qText, qRefs := g.questionText(d, asked)
	uid := fmt.Sprintf("QANR5L%dQE%d", g.o.Legislature, n)
	var uidVal any = uid
	if r.IntN(10) == 0 {
		uidVal = map[string]any{"@xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance", "#text": uid}
	}
	q := map[string]any{
		"@xmlns:xsi":  "http://www.w3.org/2001/XMLSchema-instance",
		"uid":         uidVal,
		"identifiant": map[string]any{"numero": fmt.Sprint(n), "regime": "5ème République", "legislature": fmt.Sprint(g.o.Legislature)},
		"type":        "QE",
		"indexationAN": map[string]any{"rubrique": rub, "rubriqueTa": nil, "teteAnalyse": "application",
			"analyses": map[string]any{"analyse": analyses}},
		"auteur": map[string]any{
			"identite": map[string]any{"acteurRef": d.pa, "mandatRef": "PM" + d.pa[2:]},
			"groupe":   map[string]any{"organeRef": d.group[0], "abrege": d.group[1], "developpe": d.group[2]},
		},
		"minInt":          denomination(asked),
		"minAttribs":      minAttribs,
		"textesQuestion":  map[string]any{"texteQuestion": map[string]any{"infoJO": infoJO(year, month, day), "texte": qText, "erratum": nil}},
		"textesReponse":   nil,
		"cloture":         nil,
		"signalement":     nil,
		"renouvellements": nil,
	}
	g.exp.Citations += len(qRefs)
	if r.Float64() < g.o.Answered {
		y, m := year+1, 1+r.IntN(12)
		aText, aRefs := g.answerText()
		g.exp.Citations += len(aRefs)
		q["textesReponse"] = map[string]any{"texteReponse": map[string]any{"infoJO": infoJO(y, m, day), "texte": aText, "erratum": nil}}
		q["cloture"] = map[string]any{"codeCloture": "REP_PUB", "libelleCloture": "Réponse publiée", "dateCloture": date(y, m, day), "infoJO": infoJO(y, m, day)}
		g.exp.Answers++
	}
	return q, stable
}

// questionText writes 350 to 1,900 characters citing up to two instruments.
func (g *generator) questionText(d deputy, b body) (string, map[string]bool) {
	r := g.r
	ref := references[r.IntN(len(references))]
	ids := map[string]bool{ref.id: true}
	var s strings.Builder
	fmt.Fprintf(&s, questionOpenings[r.IntN(len(questionOpenings))], d.civ+" "+d.first+" "+d.last, "M. le ministre ("+strings.ToLower(b.abrege)+")", ref.text)
	for k := 0; k < 1+r.IntN(8); k++ {
		s.WriteString(" ")
		s.WriteString(questionFiller[r.IntN(len(questionFiller))])
		if k == 2 && r.IntN(2) == 0 {
			ref2 := references[r.IntN(len(references))]
			ids[ref2.id] = true
			s.WriteString(" Cette question se pose également au regard de " + ref2.text + ".")
		}
	}
	s.WriteString(" ")
	s.WriteString(questionClosings[r.IntN(len(questionClosings))])
	return s.String(), ids
}

// answerText writes an HTML answer of 500 to 4,000 characters citing one
// to four instruments, at times with a table.
func (g *generator) answerText() (string, map[string]bool) {
	r := g.r
	ids := map[string]bool{}
	var s strings.Builder
	paras := 2 + r.IntN(5)
	for p := 0; p < paras; p++ {
		s.WriteString("<p>")
		for k := 0; k < 2+r.IntN(3); k++ {
			s.WriteString(answerSentences[r.IntN(len(answerSentences))])
			s.WriteString(" ")
		}
		if p < 4 && r.IntN(3) != 0 || p == 0 {
			ref := references[r.IntN(len(references))]
			ids[ref.id] = true
			fmt.Fprintf(&s, "Ainsi, %s a&nbsp;précisé le cadre applicable.", ref.text)
		}
		s.WriteString("</p>")
	}
	if r.IntN(8) == 0 {
		s.WriteString("<table><tr><th>Année</th><th>Dossiers</th></tr><tr><td>2014</td><td>1&#160;204</td></tr><tr><td>2015</td><td>1&#160;387</td></tr></table>")
	}
	return s.String(), ids
}

// Reference writes the acteur and organe records of the deputies, groups
// and ministries of a dump written with the same options, as an export
// file ({"export": {"organes": …, "acteurs": …}}).
func Reference(w io.Writer, o Options) error {
	g := newGenerator(o)
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := func(v any) {
		data, _ := json.Marshal(v)
		bw.Write(data)
	}
	bw.WriteString("{\"export\": {\"organes\": {\"organe\": [\n")
	first := true
	sep := func() {
		if !first {
			bw.WriteString(",\n")
		}
		first = false
	}
	for _, b := range ministries {
		sep()
		enc(map[string]any{"uid": b.po, "codeType": "MINISTERE", "libelle": b.developpe, "libelleAbrege": b.abrege,
			"libelleAbrev": "MIN", "viMoDe": map[string]any{"dateDebut": "2012-05-16", "dateFin": nil}})
	}
	for _, gp := range groups {
		sep()
		enc(map[string]any{"uid": gp[0], "codeType": "GP", "libelle": gp[2], "libelleAbrege": gp[1], "libelleAbrev": gp[1],
			"legislature": fmt.Sprint(g.o.Legislature), "viMoDe": map[string]any{"dateDebut": "2012-06-20", "dateFin": "2017-06-20"}})
	}
	bw.WriteString("\n]}, \"acteurs\": {\"acteur\": [\n")
	first = true
	for _, d := range g.deputies {
		sep()
		enc(map[string]any{
			"uid":       map[string]any{"@xsi:type": "IdActeur_type", "#text": d.pa},
			"etatCivil": map[string]any{"ident": map[string]any{"civ": d.civ, "prenom": d.first, "nom": d.last}},
			"mandats": map[string]any{"mandat": []any{
				map[string]any{"uid": "PM" + d.pa[2:], "acteurRef": d.pa, "legislature": fmt.Sprint(g.o.Legislature), "typeOrgane": "ASSEMBLEE",
					"dateDebut": "2012-06-20", "organes": map[string]any{"organeRef": "PO644420"},
					"election": map[string]any{"lieu": map[string]any{"departement": d.dept, "numCirco": fmt.Sprint(d.circo)}}},
				map[string]any{"uid": "PM9" + d.pa[2:], "acteurRef": d.pa, "legislature": fmt.Sprint(g.o.Legislature), "typeOrgane": "GP",
					"dateDebut": "2012-06-26", "organes": map[string]any{"organeRef": d.group[0]}},
			}},
		})
	}
	bw.WriteString("\n]}}}\n")
	return bw.Flush()
}

// WriteFiles writes the questions to out and, when ref is not empty, the
// reference records to ref; a name ending in .zip gets a zip archive
// holding one JSON file.
func WriteFiles(out, ref string, o Options) (Expect, error) {
	var exp Expect
	err := writeFile(out, "Questions_ecrites.json", func(w io.Writer) error {
		var err error
		exp, err = Questions(w, o)
		return err
	})
	if err != nil || ref == "" {
		return exp, err
	}
	return exp, writeFile(ref, "AMO_acteurs_organes.json", func(w io.Writer) error { return Reference(w, o) })
}

func writeFile(name, entry string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if !strings.HasSuffix(name, ".zip") {
		if err := write(f); err != nil {
			return err
		}
		return f.Close()
	}
	zw := zip.NewWriter(f)
	e := strings.TrimSuffix(filepath.Base(name), ".zip")
	if !strings.HasSuffix(e, ".json") {
		e = entry
	}
	zf, err := zw.Create(e)
	if err != nil {
		return err
	}
	if err := write(zf); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}
