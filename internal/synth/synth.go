// Package synth generates large synthetic corpora of questions for
// benchmarks: lexgraph.Document values with realistic metadata
// distributions (a few hundred deputies in groups and circonscriptions,
// about thirty ministries, a few thousand instruments cited with Zipf-like
// frequencies, dates over five years, most questions answered, some
// redirected to another ministry). The corpus is deterministic for a seed,
// so that benchmark stores can be cached and compared across runs.
//
// It is not a model of the real data: it exists so that query latencies
// can be measured on the volume of one legislature.
package synth

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"lexgraph"
	"lexgraph/graph"
)

// Options size a corpus. Zero values take the defaults of a legislature.
type Options struct {
	Questions   int    // default 100,000
	Deputies    int    // default 577
	Instruments int    // default 3,000
	Seed        uint64 // default 1
	// Legislature is the legislature of every question (default 15).
	Legislature int
	// Start is the first publication date (default 2017-07-01); questions
	// are spread over five years from it.
	Start time.Time
}

func (o *Options) defaults() {
	if o.Questions <= 0 {
		o.Questions = 100000
	}
	if o.Deputies <= 0 {
		o.Deputies = 577
	}
	if o.Instruments <= 0 {
		o.Instruments = 3000
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Legislature <= 0 {
		o.Legislature = 15
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2017, 7, 1, 0, 0, 0, 0, time.UTC)
	}
}

// Corpus is a generated corpus: the documents and the instruments their
// mentions resolve to.
type Corpus struct {
	Documents   []*lexgraph.Document
	Instruments map[string]lexgraph.Instrument
}

// Ministries are the stable names of the generated ministries.
var Ministries = []string{
	"Justice", "Intérieur", "Économie et finances", "Action et comptes publics",
	"Armées", "Europe et affaires étrangères", "Solidarités et santé",
	"Travail", "Éducation nationale", "Enseignement supérieur, recherche et innovation",
	"Agriculture et alimentation", "Transition écologique et solidaire",
	"Cohésion des territoires", "Culture", "Sports", "Outre-mer",
	"Personnes handicapées", "Numérique", "Transports", "Logement",
	"Égalité femmes-hommes", "Relations avec le Parlement", "Affaires européennes",
	"Ville et logement", "Collectivités territoriales", "Jeunesse", "Anciens combattants",
	"Industrie", "Commerce extérieur", "Retraites", "Familles",
}

var groups = []lexgraph.Group{
	{ID: "PO730964", Short: "LAREM", Name: "La République en Marche"},
	{ID: "PO730934", Short: "LR", Name: "Les Républicains"},
	{ID: "PO730958", Short: "MODEM", Name: "Mouvement Démocrate et apparentés"},
	{ID: "PO713077", Short: "SOC", Name: "Socialistes et apparentés"},
	{ID: "PO730940", Short: "UAI", Name: "UDI, Agir et Indépendants"},
	{ID: "PO730970", Short: "FI", Name: "La France insoumise"},
	{ID: "PO730952", Short: "GDR", Name: "Gauche démocrate et républicaine"},
	{ID: "PO759900", Short: "LT", Name: "Libertés et Territoires"},
	{ID: "PO723569", Short: "NI", Name: "Non inscrit"},
}

// groupWeights skews deputies towards the large groups.
var groupWeights = []int{50, 18, 8, 5, 5, 3, 3, 3, 5}

var firstNames = []string{
	"Jean", "Marie", "Pierre", "Anne", "Philippe", "Catherine", "Michel", "Isabelle",
	"Alain", "Sylvie", "Éric", "Nathalie", "François", "Valérie", "Laurent", "Christine",
	"Stéphane", "Sophie", "Olivier", "Véronique", "Patrick", "Hélène", "Nicolas", "Céline",
	"Bruno", "Émilie", "Thierry", "Aurélie", "Jérôme", "Frédérique", "Sébastien", "Agnès",
	"Hervé", "Danièle", "Gérard", "Maëlle", "Benoît", "Chloé", "Joël", "Gaëlle",
}

var lastNames = []string{
	"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
	"Leroy", "Moreau", "Simon", "Laurent", "Lefèbvre", "Michel", "Garcia", "David",
	"Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre",
	"Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
	"Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
	"Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine",
	"Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis",
	"Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël",
	"Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand", "Dufour", "Blanchard",
	"Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin",
	"Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud",
	"Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe",
	"Leclercq", "Lacroix", "Fabre", "Dupuis", "Olivier", "Rodriguez", "Da Silva", "Hubert",
	"Louis", "Charles", "Guillot", "Rivière", "Le Gall", "Guillaume", "Adam", "Rey",
	"Moulin", "Gonzalez", "Berger", "Lecomte", "Menard", "Fleury", "Deschamps", "Carpentier",
	"Julien", "Benoît", "Paris", "Maillard", "Marchal", "Aubry", "Vasseur", "Le Roux",
	"Renault", "Jacquet", "Collet", "Prévost", "Poirier", "Charpentier", "Royer", "Huet",
	"Baron", "Dupuy", "Pons", "Paul", "Laine", "Carré", "Breton", "Rémy",
	"Schneider", "Perrot", "Guyot", "Barre", "Marty", "Cousin", "Cresta", "Tardy",
}

var departments = []string{
	"Ain", "Aisne", "Allier", "Ardèche", "Ardennes", "Ariège", "Aube", "Aude", "Aveyron",
	"Bouches-du-Rhône", "Calvados", "Cantal", "Charente", "Cher", "Corrèze", "Côte-d'Or",
	"Creuse", "Dordogne", "Doubs", "Drôme", "Eure", "Finistère", "Gard", "Haute-Garonne",
	"Gers", "Gironde", "Hérault", "Ille-et-Vilaine", "Indre", "Isère", "Jura", "Landes",
	"Loire", "Loiret", "Lot", "Manche", "Marne", "Mayenne", "Meuse", "Morbihan", "Moselle",
	"Nièvre", "Nord", "Oise", "Orne", "Pas-de-Calais", "Puy-de-Dôme", "Pyrénées-Orientales",
	"Bas-Rhin", "Haut-Rhin", "Rhône", "Sarthe", "Savoie", "Paris", "Seine-Maritime",
	"Yvelines", "Somme", "Tarn", "Var", "Vaucluse", "Vendée", "Vienne", "Vosges", "Yonne",
	"Essonne", "Hauts-de-Seine", "Seine-Saint-Denis", "Val-de-Marne", "Val-d'Oise",
}

var rubriques = []string{
	"agriculture", "animaux", "associations", "assurances", "audiovisuel et communication",
	"banques et établissements financiers", "bâtiment et travaux publics", "commerce et artisanat",
	"communes", "consommation", "crimes, délits et contraventions", "culture", "défense",
	"droits fondamentaux", "eau et assainissement", "économie sociale et solidaire", "élections et référendums",
	"emploi et activité", "énergie et carburants", "enfants", "enseignement", "entreprises",
	"environnement", "État", "étrangers", "famille", "femmes", "fonction publique hospitalière",
	"fonction publique territoriale", "formation professionnelle et apprentissage", "impôt sur le revenu",
	"impôts et taxes", "internet", "justice", "logement", "mort et décès", "numérique",
	"outre-mer", "personnes handicapées", "pharmacie et médicaments", "police", "politique extérieure",
	"politique sociale", "professions de santé", "retraites : généralités", "santé", "sécurité routière",
	"sécurité sociale", "sports", "télécommunications", "tourisme et loisirs", "transports",
	"transports ferroviaires", "travail", "union européenne", "urbanisme", "voirie",
}

var subjects = []string{
	"relative à la protection des données", "relative à la sécurité intérieure",
	"portant réforme du code du travail", "relative à la transition énergétique",
	"pour la confiance dans la vie politique", "relative à l'accessibilité",
	"portant diverses dispositions d'adaptation au droit de l'Union européenne",
	"relative à la lutte contre la fraude", "pour un État au service d'une société de confiance",
	"relative à l'orientation et à la réussite des étudiants", "pour la liberté de choisir son avenir professionnel",
	"relative aux mobilités", "relative à l'économie circulaire", "de programmation pour la justice",
	"relative à la santé", "relative au logement", "relative à l'agriculture et à l'alimentation",
}

var codes = []string{
	"civil", "pénal", "du travail", "de la santé publique", "de l'environnement", "général des impôts",
	"de la sécurité sociale", "de commerce", "de l'urbanisme", "de la route", "de l'éducation",
	"général des collectivités territoriales", "de procédure pénale", "de la consommation",
	"rural et de la pêche maritime", "de la construction et de l'habitation", "monétaire et financier",
	"de l'action sociale et des familles", "des assurances", "de la défense", "électoral",
	"de l'entrée et du séjour des étrangers et du droit d'asile", "de la propriété intellectuelle",
	"des transports", "de l'énergie", "du patrimoine", "du sport", "de la sécurité intérieure",
}

// Generate builds a corpus. Equal options give equal corpora.
func Generate(opts Options) *Corpus {
	opts.defaults()
	r := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	c := &Corpus{Instruments: map[string]lexgraph.Instrument{}}

	type deputy struct {
		d     lexgraph.Deputy
		group lexgraph.Group
		circo lexgraph.Circonscription
		// activity weighs how many questions the deputy asks.
		activity float64
	}
	deputies := make([]deputy, 0, opts.Deputies)
	seen := map[string]bool{}
	circos := map[string]int{}
	for len(deputies) < opts.Deputies {
		first := firstNames[r.IntN(len(firstNames))]
		last := lastNames[r.IntN(len(lastNames))]
		if seen[first+" "+last] {
			continue
		}
		seen[first+" "+last] = true
		civ := "M."
		if strings.HasSuffix(first, "e") || first == "Agnès" || first == "Isabelle" {
			civ = "Mme"
		}
		dept := departments[r.IntN(len(departments))]
		circos[dept]++
		deputies = append(deputies, deputy{
			d:        lexgraph.Deputy{ID: fmt.Sprintf("PA%d", 700000+len(deputies)), Civility: civ, FirstName: first, LastName: last},
			group:    groups[weighted(r, groupWeights)],
			circo:    lexgraph.Circonscription{Department: dept, Number: circos[dept]},
			activity: math.Exp(r.NormFloat64() * 1.2),
		})
	}
	actCum := make([]float64, len(deputies))
	total := 0.0
	for i, d := range deputies {
		total += d.activity
		actCum[i] = total
	}

	insts := make([]lexgraph.Instrument, 0, opts.Instruments)
	for i := 0; len(insts) < opts.Instruments; i++ {
		insts = append(insts, instrument(r, i))
	}
	for _, in := range insts {
		c.Instruments[in.ID] = in
	}
	// Zipf-like popularity: instrument k is cited with weight 1/(k+1)^1.1.
	instCum := make([]float64, len(insts))
	total = 0
	for i := range insts {
		total += 1 / math.Pow(float64(i+1), 1.1)
		instCum[i] = total
	}

	span := 5 * 365
	for n := 1; n <= opts.Questions; n++ {
		dep := deputies[search(actCum, r.Float64()*actCum[len(actCum)-1])]
		asked := Ministries[zipfIndex(r, len(Ministries))]
		assigned := []lexgraph.Ministry{{Name: asked}}
		if r.IntN(100) < 12 { // redirected to another ministry
			other := Ministries[zipfIndex(r, len(Ministries))]
			if other != asked {
				assigned = append(assigned, lexgraph.Ministry{Name: other})
			}
		}
		pub := opts.Start.AddDate(0, 0, r.IntN(span))
		q := &lexgraph.Question{
			UID:         lexgraph.QuestionUID(opts.Legislature, "QE", n),
			Legislature: opts.Legislature,
			Number:      n,
			Type:        "QE",
			Title:       rubriques[r.IntN(len(rubriques))],
			Author:      dep.d,
			Group:       dep.group,
			Circo:       dep.circo,
			Rubrique:    rubriques[zipfIndex(r, len(rubriques))],
			Asked:       lexgraph.Ministry{Name: asked},
			Assigned:    assigned,
			Published:   lexgraph.Publication{Date: pub.Format("2006-01-02"), Page: 1000 + r.IntN(9000)},
		}
		q.TeteAnalyse = q.Rubrique
		answered := r.IntN(100) < 60
		if answered {
			delay := int(math.Exp(4.3 + 0.8*r.NormFloat64()))
			if delay < 7 {
				delay = 7 + r.IntN(20)
			}
			q.Answered = lexgraph.Publication{Date: pub.AddDate(0, 0, delay).Format("2006-01-02"), Page: 1000 + r.IntN(9000)}
			q.HasAnswer = true
		}
		doc := &lexgraph.Document{
			Source:   fmt.Sprintf("synth/%s.json", q.UID),
			ID:       "synth/" + q.UID,
			Layout:   "synth",
			Question: q,
		}
		cite := func(part lexgraph.Part, k int) {
			for i := 0; i < k; i++ {
				in := insts[search(instCum, r.Float64()*instCum[len(instCum)-1])]
				m := lexgraph.Mention{
					Kind: in.Kind, ID: in.ID, Label: in.Label, Part: part, Confidence: 1,
					Text:     wording(in),
					Sentence: "Conformément à " + wording(in) + ", les services compétents ont été saisis de la situation décrite.",
				}
				if in.Kind == lexgraph.KindCode || r.IntN(3) == 0 {
					m.Article = fmt.Sprintf("L. %d-%d", 1+r.IntN(800), 1+r.IntN(30))
				}
				doc.Mentions = append(doc.Mentions, m)
			}
		}
		cite(lexgraph.PartQuestion, poissonish(r, 1.2))
		if answered {
			cite(lexgraph.PartAnswer, poissonish(r, 2.0))
		}
		c.Documents = append(c.Documents, doc)
	}
	return c
}

func instrument(r *rand.Rand, i int) lexgraph.Instrument {
	year := 1990 + r.IntN(32)
	date := time.Date(year, time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
	ds := date.Format("2006-01-02")
	fr := frenchDate(date)
	subj := subjects[r.IntN(len(subjects))]
	switch {
	case i < len(codes):
		id := "code/" + lexgraph.Slug(codes[i])
		return lexgraph.Instrument{ID: id, Kind: lexgraph.KindCode, Label: "Code " + codes[i]}
	case i%10 < 4:
		num := fmt.Sprintf("%d-%d", year, 1+i)
		return lexgraph.Instrument{ID: "loi/" + num, Kind: lexgraph.KindLoi, Number: num, Date: ds,
			Label: "Loi n° " + num + " du " + fr + " " + subj, Legifrance: fmt.Sprintf("JORFTEXT%012d", 30000000+i)}
	case i%10 < 7:
		num := fmt.Sprintf("%d-%d", year, 1+i)
		return lexgraph.Instrument{ID: "decret/" + num, Kind: lexgraph.KindDecret, Number: num, Date: ds,
			Label: "Décret n° " + num + " du " + fr + " " + subj}
	case i%10 == 7:
		num := fmt.Sprintf("%d/%d/UE", year, 1+i)
		celex := fmt.Sprintf("3%dL%04d", year, 1+i%10000)
		return lexgraph.Instrument{ID: "celex/" + celex, Kind: lexgraph.KindDirective, Number: num, Date: ds, CELEX: celex,
			Label: "Directive " + num + " du Parlement européen et du Conseil du " + fr}
	case i%10 == 8:
		return lexgraph.Instrument{ID: "arrete/du-" + ds + "-" + fmt.Sprint(i), Kind: lexgraph.KindArrete, Date: ds,
			Label: "Arrêté du " + fr + " " + subj}
	}
	coe := fmt.Sprint(200 + i)
	return lexgraph.Instrument{ID: "traite/coe-" + coe, Kind: lexgraph.KindTraite, Date: ds, CoE: coe,
		Label: "Convention n° " + coe + " du Conseil de l'Europe (" + departments[i%len(departments)] + ", " + fr + ")"}
}

func wording(in lexgraph.Instrument) string {
	switch in.Kind {
	case lexgraph.KindLoi:
		return "la loi n° " + in.Number
	case lexgraph.KindDecret:
		return "le décret n° " + in.Number
	case lexgraph.KindCode:
		return "le c" + strings.TrimPrefix(in.Label, "C")
	}
	return in.Label
}

var months = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

func frenchDate(t time.Time) string {
	d := fmt.Sprint(t.Day())
	if t.Day() == 1 {
		d = "1er"
	}
	return d + " " + months[t.Month()-1] + " " + fmt.Sprint(t.Year())
}

func weighted(r *rand.Rand, w []int) int {
	sum := 0
	for _, x := range w {
		sum += x
	}
	k := r.IntN(sum)
	for i, x := range w {
		if k < x {
			return i
		}
		k -= x
	}
	return len(w) - 1
}

// zipfIndex draws an index in [0, n) with weight 1/(i+1).
func zipfIndex(r *rand.Rand, n int) int {
	h := 0.0
	for i := 1; i <= n; i++ {
		h += 1 / float64(i)
	}
	x := r.Float64() * h
	for i := 1; i <= n; i++ {
		x -= 1 / float64(i)
		if x <= 0 {
			return i - 1
		}
	}
	return n - 1
}

// poissonish draws a small count with mean about m.
func poissonish(r *rand.Rand, m float64) int {
	l, k, p := math.Exp(-m), 0, 1.0
	for {
		p *= r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

// search returns the first index whose cumulative weight reaches x.
func search(cum []float64, x float64) int {
	lo, hi := 0, len(cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if cum[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Write writes the corpus into st, batch documents per transaction,
// calling progress (when not nil) after each batch.
func (c *Corpus) Write(ctx context.Context, st *graph.Store, batch int, progress func(done int)) error {
	if batch <= 0 {
		batch = 1000
	}
	docs := make([]graph.DocQuads, 0, batch)
	for i, d := range c.Documents {
		docs = append(docs, graph.DocQuads{Label: graph.DocLabel(d.ID), Quads: graph.DocumentQuads(d, c.Instruments)})
		if len(docs) == batch || i == len(c.Documents)-1 {
			if _, err := st.Replace(ctx, docs); err != nil {
				return err
			}
			docs = docs[:0]
			if progress != nil {
				progress(i + 1)
			}
		}
	}
	return nil
}
