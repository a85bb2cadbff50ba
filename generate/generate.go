// Package generate writes synthetic open data in the Assemblée nationale's
// official shapes, at any size, for tests and benchmarks, made to look like
// a legislature: the 14th legislature's single questions file
// ({"questionsEcrites": {"question": [...]}}), or for the 15th and 16th one
// file per question in a zip archive (json/QANR5L15QE<n>.json, each
// {"question": {...}}); and an export of the acteur and organe records its
// questions point to.
//
// What makes it look like one: the deputies sit in the real seats (each
// department's number of circonscriptions), with civilities that agree
// with their given names and groups in the proportions of the legislature;
// questions are dated inside the legislature, answered weeks or months
// later, asked of the ministries of the government of their day; they cite
// thousands of instruments (codes, laws, ordinances and decrees by their
// numbers, EU acts, decisions of the courts) with Zipf-like frequencies,
// and only instruments adopted before the text citing them. The records
// use every trap of the real files (objects or lists, null parts, "#text"
// wrappers, both date formats, HTML in texts, re-attributions). Output is
// determined by the seed.
package generate

import (
	"archive/zip"
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"lexgraph"
)

// Options shape a synthetic dump.
type Options struct {
	Questions   int     // number of questions
	Seed        uint64  // the same seed writes the same files
	Legislature int     // 14 (default), 15 or 16
	FirstNumber int     // number of the first question (default 1)
	Answered    float64 // share of questions answered, default 0.7
	// Deputies is the number of deputies asking (default min(577,
	// Questions)); each asks at least one question.
	Deputies int
	// Instruments is the number of instruments the texts may cite
	// (default 6,000), ranked by a Zipf law.
	Instruments int
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

func (o *Options) defaults() error {
	if o.Legislature == 0 {
		o.Legislature = 14
	}
	if _, ok := legislatures[o.Legislature]; !ok {
		return lexgraph.Errorf(lexgraph.EINVALID, "no generated dump for legislature %d: the generator writes the 14th, 15th and 16th", o.Legislature)
	}
	if o.Questions < 0 {
		return lexgraph.Errorf(lexgraph.EINVALID, "a negative number of questions (%d)", o.Questions)
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
	o.Deputies = min(o.Deputies, o.Questions, 577)
	if o.Instruments <= 0 {
		o.Instruments = 6000
	}
	return nil
}

// PerQuestion reports whether the legislature's dump holds one file per
// question (the 15th onward) rather than one file.
func PerQuestion(legislature int) bool { return legislature >= 15 }

// Expect says what the generated files hold, for tests to compare with.
type Expect struct {
	Questions  int `json:"questions"`
	Answers    int `json:"answers"`
	Deputies   int `json:"deputies"`   // distinct authors; each has an acteur record
	Ministries int `json:"ministries"` // distinct stable ministries asked or assigned, each with its bodies in the organe records
	// Citations is the number of (question, part, instrument) citations the
	// texts were written with.
	Citations int `json:"citations"`
	// Instruments is the number of distinct instruments cited.
	Instruments int `json:"instruments"`
}

// generator holds the generated world.
type generator struct {
	o          Options
	r          *rand.Rand
	leg        legislature
	deputies   []deputy
	asking     distribution // which deputy asks: a few ask many questions
	ministries [][2]body
	pool       []instrument
	ranks      distribution
	exp        Expect
	cited      map[string]bool
	stables    map[string]bool
}

func newGenerator(o Options) (*generator, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	g := &generator{o: o, r: rand.New(rand.NewPCG(o.Seed, 0x1e79a)), cited: map[string]bool{}, stables: map[string]bool{}}
	g.leg = legislatures[o.Legislature]
	g.ministries = g.leg.bodies(o.Legislature)
	g.deputies = deputies(g.r, g.leg, o.Deputies)
	g.asking = zipf(max(len(g.deputies), 1), 0.6)
	g.pool = pool(g.r, o.Instruments, g.leg.end)
	g.ranks = zipf(len(g.pool), 1.05)
	return g, nil
}

// Questions writes the questions in the 14th legislature's single JSON
// shape (whatever the legislature: for the layout of the 15th onward, see
// WriteFiles) and returns what they hold.
func Questions(w io.Writer, o Options) (Expect, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("{\"questionsEcrites\": {\"question\": [\n")
	exp, err := records(o, func(i int, uid string, q map[string]any) error {
		data, err := json.Marshal(q)
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteString(",\n")
		}
		_, err = bw.Write(data)
		return err
	})
	if err != nil {
		return exp, err
	}
	bw.WriteString("\n]}}\n")
	return exp, bw.Flush()
}

// records builds each question record in turn and hands it to fn.
func records(o Options, fn func(i int, uid string, q map[string]any) error) (Expect, error) {
	g, err := newGenerator(o)
	if err != nil {
		return Expect{}, err
	}
	for i := 0; i < g.o.Questions; i++ {
		uid, q := g.question(i)
		if err := fn(i, uid, q); err != nil {
			return g.exp, err
		}
	}
	g.exp.Questions = g.o.Questions
	g.exp.Deputies = len(g.deputies)
	g.exp.Ministries = len(g.stables)
	g.exp.Instruments = len(g.cited)
	return g.exp, nil
}

// questionDay draws the day a question is published: any day of the
// legislature but its last month.
func (g *generator) questionDay() time.Time {
	span := int(g.leg.end.Sub(g.leg.start).Hours()/24) - 30
	return g.leg.start.AddDate(0, 0, g.r.IntN(span))
}

// answerDay draws the day of the answer: weeks to a year or more after
// the question (a median of about three months), before the legislature
// ends.
func (g *generator) answerDay(asked time.Time) time.Time {
	days := int(math.Exp(math.Log(90) + 0.8*g.r.NormFloat64()))
	a := asked.AddDate(0, 0, max(days, 14))
	if !a.Before(g.leg.end) {
		a = g.leg.end.AddDate(0, 0, -1)
	}
	return a
}

// body returns the body of a stable ministry (by index) in office on day d.
func (g *generator) body(k int, d time.Time) body {
	if d.Before(g.ministries[k][1].start) {
		return g.ministries[k][0]
	}
	return g.ministries[k][1]
}

// question builds the i-th question record.
func (g *generator) question(i int) (string, map[string]any) {
	r := g.r
	n := g.o.FirstNumber + i
	d := g.deputies[i%len(g.deputies)]
	if i >= len(g.deputies) {
		d = g.deputies[g.asking.draw(r)]
	}
	asked := g.questionDay()
	k := i % len(g.ministries)
	if i >= len(g.ministries) {
		k = r.IntN(len(g.ministries))
	}
	askedBody := g.body(k, asked)
	g.stables[askedBody.stable()] = true
	date := func(t time.Time) any {
		if r.IntN(5) == 0 { // both formats, as in the real files
			return t.Format("02/01/2006")
		}
		return t.Format("2006-01-02")
	}
	infoJO := func(t time.Time) map[string]any {
		return map[string]any{"typeJO": "JO_QUESTION", "dateJO": date(t), "pageJO": fmt.Sprint(1000 + r.IntN(9000)), "numJO": fmt.Sprint(1 + r.IntN(52))}
	}
	denomination := func(b body) map[string]any {
		return map[string]any{"organeRef": b.po, "abrege": b.abrege, "developpe": b.developpe}
	}
	attribs := []any{map[string]any{"infoJO": infoJO(asked), "denomination": denomination(askedBody)}}
	if r.IntN(6) == 0 { // a re-attribution, to a ministry of the same day
		later := asked.AddDate(0, 0, 7+r.IntN(30))
		other := g.body(r.IntN(len(g.ministries)), later)
		g.stables[other.stable()] = true
		attribs = append(attribs, map[string]any{"infoJO": infoJO(later), "denomination": denomination(other)})
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
	qText, qRefs := g.questionText(d, askedBody, asked)
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
			"groupe":   map[string]any{"organeRef": d.group.po, "abrege": d.group.short, "developpe": d.group.name},
		},
		"minInt":          denomination(askedBody),
		"minAttribs":      minAttribs,
		"textesQuestion":  map[string]any{"texteQuestion": map[string]any{"infoJO": infoJO(asked), "texte": qText, "erratum": nil}},
		"textesReponse":   nil,
		"cloture":         nil,
		"signalement":     nil,
		"renouvellements": nil,
	}
	g.count(qRefs)
	if r.Float64() < g.o.Answered {
		answered := g.answerDay(asked)
		aText, aRefs := g.answerText(answered)
		g.count(aRefs)
		q["textesReponse"] = map[string]any{"texteReponse": map[string]any{"infoJO": infoJO(answered), "texte": aText, "erratum": nil}}
		q["cloture"] = map[string]any{"codeCloture": "REP_PUB", "libelleCloture": "Réponse publiée", "dateCloture": date(answered), "infoJO": infoJO(answered)}
		g.exp.Answers++
	}
	return uid, q
}

func (g *generator) count(ids map[string]bool) {
	g.exp.Citations += len(ids)
	for id := range ids {
		g.cited[id] = true
	}
}

// cite draws an instrument by its rank among those adopted before day d
// and writes a citation of it.
func (g *generator) cite(d time.Time) (string, string) {
	for {
		in := g.pool[g.ranks.draw(g.r)]
		if in.date.IsZero() || in.date.Before(d) {
			return in.cite(g.r), in.id
		}
	}
}

var questionOpenings = []string{
	"%s attire l'attention de %s sur les difficultés rencontrées par les collectivités dans l'application %s.",
	"%s interroge %s sur la mise en œuvre %s et sur ses conséquences pour les usagers.",
	"%s appelle l'attention de %s sur les effets %s dans les territoires ruraux.",
	"%s souhaite connaître la position de %s sur l'évolution %s.",
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

// of puts "de" before a citation, as French contracts it: "du règlement",
// "de la loi", "de l'article".
func of(citation string) string {
	if rest, ok := strings.CutPrefix(citation, "le "); ok {
		return "du " + rest
	}
	return "de " + citation
}

// minister is how a question addresses the minister of a body.
func minister(b body) string {
	return "M. le ministre (" + strings.ToLower(b.abrege) + ")"
}

// questionText writes 350 to 1,900 characters citing up to two instruments.
func (g *generator) questionText(d deputy, b body, day time.Time) (string, map[string]bool) {
	r := g.r
	text, id := g.cite(day)
	ids := map[string]bool{id: true}
	var s strings.Builder
	fmt.Fprintf(&s, questionOpenings[r.IntN(len(questionOpenings))], d.civ+" "+d.first+" "+d.last, minister(b), of(text))
	for k := 0; k < 1+r.IntN(8); k++ {
		s.WriteString(" ")
		s.WriteString(questionFiller[r.IntN(len(questionFiller))])
		if k == 2 && r.IntN(2) == 0 {
			text, id := g.cite(day)
			ids[id] = true
			s.WriteString(" Cette question se pose également au regard " + of(text) + ".")
		}
	}
	s.WriteString(" ")
	s.WriteString(questionClosings[r.IntN(len(questionClosings))])
	return s.String(), ids
}

// answerText writes an HTML answer of 500 to 4,000 characters citing one
// to four instruments, at times with a table.
func (g *generator) answerText(day time.Time) (string, map[string]bool) {
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
			text, id := g.cite(day)
			ids[id] = true
			fmt.Fprintf(&s, "Ainsi, %s a&nbsp;précisé le cadre applicable.", text)
		}
		s.WriteString("</p>")
	}
	if r.IntN(8) == 0 {
		y := day.Year()
		fmt.Fprintf(&s, "<table><tr><th>Année</th><th>Dossiers</th></tr><tr><td>%d</td><td>1&#160;204</td></tr><tr><td>%d</td><td>1&#160;387</td></tr></table>", y-2, y-1)
	}
	return s.String(), ids
}

// Reference writes the acteur and organe records of the deputies, groups
// and ministries of a dump written with the same options, as an export
// file ({"export": {"organes": …, "acteurs": …}}).
func Reference(w io.Writer, o Options) error {
	g, err := newGenerator(o)
	if err != nil {
		return err
	}
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
	var bodies []body
	for _, pair := range g.ministries {
		bodies = append(bodies, pair[0], pair[1])
	}
	sort.Slice(bodies, func(i, j int) bool { return bodies[i].po < bodies[j].po })
	for _, b := range bodies {
		sep()
		enc(map[string]any{"uid": b.po, "codeType": "MINISTERE", "libelle": b.developpe, "libelleAbrege": b.abrege,
			"libelleAbrev": "MIN", "viMoDe": map[string]any{"dateDebut": b.start.Format("2006-01-02"), "dateFin": b.end.Format("2006-01-02")}})
	}
	start, end := g.leg.start.Format("2006-01-02"), g.leg.end.Format("2006-01-02")
	for _, gp := range g.leg.groups {
		sep()
		enc(map[string]any{"uid": gp.po, "codeType": "GP", "libelle": gp.name, "libelleAbrege": gp.short, "libelleAbrev": gp.short,
			"legislature": fmt.Sprint(g.o.Legislature), "viMoDe": map[string]any{"dateDebut": start, "dateFin": end}})
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
					"dateDebut": start, "organes": map[string]any{"organeRef": "PO644420"},
					"election": map[string]any{"lieu": map[string]any{"departement": d.dept, "numCirco": fmt.Sprint(d.circo)}}},
				map[string]any{"uid": "PM9" + d.pa[2:], "acteurRef": d.pa, "legislature": fmt.Sprint(g.o.Legislature), "typeOrgane": "GP",
					"dateDebut": g.leg.start.AddDate(0, 0, 6).Format("2006-01-02"), "organes": map[string]any{"organeRef": d.group.po}},
			}},
		})
	}
	bw.WriteString("\n]}}}\n")
	return bw.Flush()
}

// WriteFiles writes the questions to out and, when ref is not empty, the
// reference records to ref; a name ending in .zip gets a zip archive. The
// 14th legislature's questions are one JSON file (in the archive, or not);
// from the 15th on, they are one file per question, json/<uid>.json, in a
// zip archive (out must end in .zip).
func WriteFiles(out, ref string, o Options) (Expect, error) {
	var exp Expect
	leg := o.Legislature
	if leg == 0 {
		leg = 14
	}
	var err error
	if PerQuestion(leg) {
		if !strings.HasSuffix(out, ".zip") {
			return exp, lexgraph.Errorf(lexgraph.EINVALID, "the dump of legislature %d is a zip archive of one file per question: name it …zip, not %q", leg, out)
		}
		exp, err = writePerQuestion(out, o)
	} else {
		err = writeFile(out, "Questions_ecrites.json", func(w io.Writer) error {
			var err error
			exp, err = Questions(w, o)
			return err
		})
	}
	if err != nil || ref == "" {
		return exp, err
	}
	return exp, writeFile(ref, "AMO_acteurs_organes.json", func(w io.Writer) error { return Reference(w, o) })
}

// writePerQuestion writes a zip archive of one JSON file per question.
func writePerQuestion(name string, o Options) (Expect, error) {
	f, err := os.Create(name)
	if err != nil {
		return Expect{}, err
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<16)
	zw := zip.NewWriter(bw)
	exp, err := records(o, func(i int, uid string, q map[string]any) error {
		w, err := zw.Create("json/" + uid + ".json")
		if err != nil {
			return err
		}
		return json.NewEncoder(w).Encode(map[string]any{"question": q})
	})
	if err != nil {
		return exp, err
	}
	if err := zw.Close(); err != nil {
		return exp, err
	}
	if err := bw.Flush(); err != nil {
		return exp, err
	}
	return exp, f.Close()
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
