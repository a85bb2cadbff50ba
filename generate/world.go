package generate

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"lexgraph"
)

// legislature is what a dump of one legislature takes from it: its span,
// its groups (with their seats, for the share of deputies in each) and
// its governments' ministries.
type legislature struct {
	start, end time.Time
	groups     []group
	// ministries are the stable ministries' bodies in the first and the
	// second half of the legislature (two governments).
	ministries [][2]body
	women      float64 // share of women among the deputies
}

type group struct {
	po, short, name string
	seats           int
}

// body is a ministry body of one government: organe id, abrégé and long
// title, and the days it lasted.
type body struct {
	po, abrege, developpe string
	start, end            time.Time
}

// stable is the body's stable ministry, as lexgraph names it.
func (b body) stable() string {
	return lexgraph.StableMinistry(lexgraph.Ministry{ID: b.po, Short: b.abrege, Title: b.developpe})
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// ministryNames gives, per legislature, each stable ministry's abrégé and
// long title in the first and the second government.
var ministryNames = map[int][][4]string{
	14: {
		{"Justice", "Ministère de la justice", "Justice", "Garde des sceaux, ministère de la justice"},
		{"Intérieur", "Ministère de l'intérieur", "Intérieur", "Ministère de l'intérieur"},
		{"Économie et finances", "Ministère de l'économie et des finances", "Économie, industrie et numérique", "Ministère de l'économie, de l'industrie et du numérique"},
		{"Affaires sociales et santé", "Ministère des affaires sociales et de la santé", "Affaires sociales, santé et droits des femmes", "Ministère des affaires sociales, de la santé et des droits des femmes"},
		{"Écologie, développement durable et énergie", "Ministère de l'écologie, du développement durable et de l'énergie", "Environnement, énergie et mer", "Ministère de l'environnement, de l'énergie et de la mer"},
		{"Travail, emploi, formation professionnelle et dialogue social", "Ministère du travail, de l'emploi, de la formation professionnelle et du dialogue social", "Travail, emploi, formation professionnelle et dialogue social", "Ministère du travail, de l'emploi, de la formation professionnelle et du dialogue social"},
		{"Éducation nationale", "Ministère de l'éducation nationale", "Éducation nationale, enseignement supérieur et recherche", "Ministère de l'éducation nationale, de l'enseignement supérieur et de la recherche"},
		{"Agriculture, agroalimentaire et forêt", "Ministère de l'agriculture, de l'agroalimentaire et de la forêt", "Agriculture, agroalimentaire et forêt", "Ministère de l'agriculture, de l'agroalimentaire et de la forêt"},
		{"Défense", "Ministère de la défense", "Défense", "Ministère de la défense"},
		{"Culture et communication", "Ministère de la culture et de la communication", "Culture et communication", "Ministère de la culture et de la communication"},
		{"Numérique", "Secrétariat d'État chargé du numérique", "Numérique", "Secrétariat d'État chargé du numérique"},
		{"Égalité des territoires et logement", "Ministère de l'égalité des territoires et du logement", "Logement, égalité des territoires et ruralité", "Ministère du logement, de l'égalité des territoires et de la ruralité"},
		{"Affaires étrangères", "Ministère des affaires étrangères", "Affaires étrangères et développement international", "Ministère des affaires étrangères et du développement international"},
		{"Transports, mer et pêche", "Secrétariat d'État chargé des transports, de la mer et de la pêche", "Transports, mer et pêche", "Secrétariat d'État chargé des transports, de la mer et de la pêche"},
		{"Outre-mer", "Ministère des outre-mer", "Outre-mer", "Ministère des outre-mer"},
		{"Fonction publique", "Ministère de la réforme de l'État, de la décentralisation et de la fonction publique", "Fonction publique", "Ministère de la fonction publique"},
	},
	15: {
		{"Justice", "Garde des sceaux, ministère de la justice", "Justice", "Garde des sceaux, ministère de la justice"},
		{"Intérieur", "Ministère de l'intérieur", "Intérieur", "Ministère de l'intérieur"},
		{"Économie et finances", "Ministère de l'économie et des finances", "Économie, finances et relance", "Ministère de l'économie, des finances et de la relance"},
		{"Solidarités et santé", "Ministère des solidarités et de la santé", "Solidarités et santé", "Ministère des solidarités et de la santé"},
		{"Transition écologique et solidaire", "Ministère de la transition écologique et solidaire", "Transition écologique", "Ministère de la transition écologique"},
		{"Travail", "Ministère du travail", "Travail, emploi et insertion", "Ministère du travail, de l'emploi et de l'insertion"},
		{"Éducation nationale", "Ministère de l'éducation nationale", "Éducation nationale, jeunesse et sports", "Ministère de l'éducation nationale, de la jeunesse et des sports"},
		{"Agriculture et alimentation", "Ministère de l'agriculture et de l'alimentation", "Agriculture et alimentation", "Ministère de l'agriculture et de l'alimentation"},
		{"Armées", "Ministère des armées", "Armées", "Ministère des armées"},
		{"Culture", "Ministère de la culture", "Culture", "Ministère de la culture"},
		{"Numérique", "Secrétariat d'État chargé du numérique", "Transition numérique et communications électroniques", "Secrétariat d'État chargé de la transition numérique et des communications électroniques"},
		{"Cohésion des territoires", "Ministère de la cohésion des territoires", "Cohésion des territoires et relations avec les collectivités territoriales", "Ministère de la cohésion des territoires et des relations avec les collectivités territoriales"},
		{"Europe et affaires étrangères", "Ministère de l'Europe et des affaires étrangères", "Europe et affaires étrangères", "Ministère de l'Europe et des affaires étrangères"},
		{"Transports", "Ministère chargé des transports", "Transports", "Ministère délégué chargé des transports"},
		{"Outre-mer", "Ministère des outre-mer", "Outre-mer", "Ministère des outre-mer"},
		{"Action et comptes publics", "Ministère de l'action et des comptes publics", "Transformation et fonction publiques", "Ministère de la transformation et de la fonction publiques"},
	},
	16: {
		{"Justice", "Garde des sceaux, ministère de la justice", "Justice", "Garde des sceaux, ministère de la justice"},
		{"Intérieur et outre-mer", "Ministère de l'intérieur et des outre-mer", "Intérieur et outre-mer", "Ministère de l'intérieur et des outre-mer"},
		{"Économie, finances et souveraineté industrielle et numérique", "Ministère de l'économie, des finances et de la souveraineté industrielle et numérique", "Économie, finances et souveraineté industrielle et numérique", "Ministère de l'économie, des finances et de la souveraineté industrielle et numérique"},
		{"Santé et prévention", "Ministère de la santé et de la prévention", "Travail, santé et solidarités", "Ministère du travail, de la santé et des solidarités"},
		{"Transition écologique et cohésion des territoires", "Ministère de la transition écologique et de la cohésion des territoires", "Transition écologique et cohésion des territoires", "Ministère de la transition écologique et de la cohésion des territoires"},
		{"Travail, plein emploi et insertion", "Ministère du travail, du plein emploi et de l'insertion", "Travail, plein emploi et insertion", "Ministère du travail, du plein emploi et de l'insertion"},
		{"Éducation nationale et jeunesse", "Ministère de l'éducation nationale et de la jeunesse", "Éducation nationale et jeunesse", "Ministère de l'éducation nationale et de la jeunesse"},
		{"Agriculture et souveraineté alimentaire", "Ministère de l'agriculture et de la souveraineté alimentaire", "Agriculture et souveraineté alimentaire", "Ministère de l'agriculture et de la souveraineté alimentaire"},
		{"Armées", "Ministère des armées", "Armées", "Ministère des armées"},
		{"Culture", "Ministère de la culture", "Culture", "Ministère de la culture"},
		{"Transition numérique et communications électroniques", "Ministère délégué chargé de la transition numérique et des télécommunications", "Numérique", "Ministère délégué chargé du numérique"},
		{"Europe et affaires étrangères", "Ministère de l'Europe et des affaires étrangères", "Europe et affaires étrangères", "Ministère de l'Europe et des affaires étrangères"},
		{"Transports", "Ministère délégué chargé des transports", "Transports", "Ministère délégué chargé des transports"},
		{"Transformation et fonction publiques", "Ministère de la transformation et de la fonction publiques", "Transformation et fonction publiques", "Ministère de la transformation et de la fonction publiques"},
	},
}

// legislatures are those whose open data the generator writes: the 14th
// in its single file, the 15th and 16th one file per question.
var legislatures = map[int]legislature{
	14: {start: day("2012-06-20"), end: day("2017-06-20"), women: 0.27, groups: []group{
		{"PO656002", "SRC", "Socialiste, républicain et citoyen", 295},
		{"PO656006", "UMP", "Union pour un Mouvement Populaire", 196},
		{"PO656010", "UDI", "Union des démocrates et indépendants", 30},
		{"PO656014", "ECOLO", "Écologiste", 17},
		{"PO656018", "GDR", "Gauche démocrate et républicaine", 15},
		{"PO656022", "RRDP", "Radical, républicain, démocrate et progressiste", 16},
		{"PO645633", "NI", "Non inscrit", 8},
	}},
	15: {start: day("2017-06-21"), end: day("2022-06-21"), women: 0.39, groups: []group{
		{"PO730964", "LAREM", "La République en Marche", 308},
		{"PO730958", "LR", "Les Républicains", 104},
		{"PO730952", "MODEM", "Mouvement Démocrate et apparentés", 46},
		{"PO730946", "SOC", "Socialistes et apparentés", 30},
		{"PO730940", "UAI", "UDI, Agir et Indépendants", 28},
		{"PO730970", "FI", "La France insoumise", 17},
		{"PO730934", "GDR", "Gauche démocrate et républicaine", 16},
		{"PO723569", "NI", "Non inscrit", 28},
	}},
	16: {start: day("2022-06-22"), end: day("2024-06-09"), women: 0.37, groups: []group{
		{"PO800538", "RE", "Renaissance", 170},
		{"PO800520", "RN", "Rassemblement National", 89},
		{"PO800490", "LFI-NUPES", "La France insoumise - Nouvelle Union Populaire écologique et sociale", 75},
		{"PO800508", "LR", "Les Républicains", 62},
		{"PO800484", "DEM", "Démocrate (MoDem et Indépendants)", 51},
		{"PO800496", "SOC", "Socialistes et apparentés (membre de l'intergroupe NUPES)", 31},
		{"PO800514", "HOR", "Horizons et apparentés", 30},
		{"PO800526", "ECOLO", "Écologiste - NUPES", 23},
		{"PO800502", "GDR-NUPES", "Gauche démocrate et républicaine - NUPES", 22},
		{"PO800532", "LIOT", "Libertés, Indépendants, Outre-mer et Territoires", 20},
		{"PO793087", "NI", "Non inscrit", 4},
	}},
}

// ministries of a legislature: two bodies per stable ministry, the first
// for the first half of the legislature, the second for the rest.
func (l legislature) bodies(leg int) [][2]body {
	mid := l.start.Add(l.end.Sub(l.start) / 2)
	var out [][2]body
	for i, n := range ministryNames[leg] {
		out = append(out, [2]body{
			{po: fmt.Sprintf("PO%d%04d", 700+20*(leg-14), i+1), abrege: n[0], developpe: n[1], start: l.start.AddDate(0, 0, -35), end: mid},
			{po: fmt.Sprintf("PO%d%04d", 710+20*(leg-14), i+1), abrege: n[2], developpe: n[3], start: mid, end: l.end},
		})
	}
	return out
}

// seats are the departments and collectivities with their number of
// circonscriptions since the 2010 redistricting (577 in all: 539 in
// metropolitan France, 27 overseas, 11 for the French abroad), as the 14th
// to 16th legislatures elected them.
var seats = []struct {
	dept  string
	count int
}{
	{"Ain", 5}, {"Aisne", 5}, {"Allier", 3}, {"Alpes-de-Haute-Provence", 2}, {"Hautes-Alpes", 2},
	{"Alpes-Maritimes", 9}, {"Ardèche", 3}, {"Ardennes", 3}, {"Ariège", 2}, {"Aube", 3},
	{"Aude", 3}, {"Aveyron", 3}, {"Bouches-du-Rhône", 16}, {"Calvados", 6}, {"Cantal", 2},
	{"Charente", 3}, {"Charente-Maritime", 5}, {"Cher", 3}, {"Corrèze", 2}, {"Corse-du-Sud", 2},
	{"Haute-Corse", 2}, {"Côte-d'Or", 5}, {"Côtes-d'Armor", 5}, {"Creuse", 1}, {"Dordogne", 4},
	{"Doubs", 5}, {"Drôme", 4}, {"Eure", 5}, {"Eure-et-Loir", 4}, {"Finistère", 8},
	{"Gard", 6}, {"Haute-Garonne", 10}, {"Gers", 2}, {"Gironde", 12}, {"Hérault", 9},
	{"Ille-et-Vilaine", 8}, {"Indre", 2}, {"Indre-et-Loire", 5}, {"Isère", 10}, {"Jura", 3},
	{"Landes", 3}, {"Loir-et-Cher", 3}, {"Loire", 6}, {"Haute-Loire", 2}, {"Loire-Atlantique", 10},
	{"Loiret", 6}, {"Lot", 2}, {"Lot-et-Garonne", 3}, {"Lozère", 1}, {"Maine-et-Loire", 7},
	{"Manche", 4}, {"Marne", 5}, {"Haute-Marne", 2}, {"Mayenne", 3}, {"Meurthe-et-Moselle", 6},
	{"Meuse", 2}, {"Morbihan", 6}, {"Moselle", 9}, {"Nièvre", 2}, {"Nord", 21},
	{"Oise", 7}, {"Orne", 3}, {"Pas-de-Calais", 12}, {"Puy-de-Dôme", 5}, {"Pyrénées-Atlantiques", 6},
	{"Hautes-Pyrénées", 2}, {"Pyrénées-Orientales", 4}, {"Bas-Rhin", 9}, {"Haut-Rhin", 6}, {"Rhône", 14},
	{"Haute-Saône", 2}, {"Saône-et-Loire", 5}, {"Sarthe", 5}, {"Savoie", 4}, {"Haute-Savoie", 6},
	{"Paris", 18}, {"Seine-Maritime", 10}, {"Seine-et-Marne", 11}, {"Yvelines", 12}, {"Deux-Sèvres", 3},
	{"Somme", 5}, {"Tarn", 3}, {"Tarn-et-Garonne", 2}, {"Var", 8}, {"Vaucluse", 5},
	{"Vendée", 5}, {"Vienne", 4}, {"Haute-Vienne", 3}, {"Vosges", 4}, {"Yonne", 3},
	{"Territoire de Belfort", 2}, {"Essonne", 10}, {"Hauts-de-Seine", 13}, {"Seine-Saint-Denis", 12}, {"Val-de-Marne", 11},
	{"Val-d'Oise", 10}, {"Guadeloupe", 4}, {"Martinique", 4}, {"Guyane", 2}, {"La Réunion", 7},
	{"Mayotte", 2}, {"Saint-Pierre-et-Miquelon", 1}, {"Saint-Barthélemy et Saint-Martin", 1}, {"Wallis-et-Futuna", 1},
	{"Polynésie française", 3}, {"Nouvelle-Calédonie", 2}, {"Français établis hors de France", 11},
}

// Given names by civility: a deputy's civility agrees with the name.
var (
	menNames = []string{"Jean", "Pierre", "François", "Michel", "Philippe", "Alain", "Jacques", "Bernard", "Éric", "Laurent",
		"Olivier", "Thierry", "Patrick", "Daniel", "Gérard", "Christophe", "Nicolas", "Stéphane", "Frédéric", "Sébastien",
		"Julien", "Guillaume", "Marc", "Yves", "Dominique", "Hervé", "Didier", "Benoît", "Jean-Luc", "Jean-Pierre", "Paul", "Damien"}
	womenNames = []string{"Marie", "Nathalie", "Isabelle", "Catherine", "Sylvie", "Christine", "Martine", "Valérie", "Sophie", "Anne",
		"Brigitte", "Françoise", "Hélène", "Véronique", "Monique", "Laurence", "Caroline", "Sandrine", "Céline", "Aurélie",
		"Émilie", "Claire", "Delphine", "Marie-Christine", "Florence", "Annie", "Pascale", "Agnès", "Stéphanie", "Élodie"}
	lastNames = []string{"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
		"Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
		"André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure",
		"Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier",
		"Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire",
		"Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand"}
)

var rubriques = []string{"justice", "sécurité publique", "impôts et taxes", "santé", "environnement", "travail", "enseignement",
	"agriculture", "défense", "culture", "télécommunications", "logement", "collectivités territoriales", "retraites : généralités",
	"handicapés", "transports", "professions de santé", "fonctionnaires et agents publics", "étrangers", "famille",
	"impôt sur le revenu", "énergie et carburants", "eau et assainissement", "chômage : indemnisation", "entreprises",
	"politique extérieure", "outre-mer", "communes", "urbanisme", "animaux", "chasse et pêche", "automobiles et cycles",
	"enseignement supérieur", "sports", "consommation", "banques et établissements financiers", "commerce et artisanat",
	"personnes âgées", "sécurité sociale", "pharmacie et médicaments", "police", "sécurité routière", "déchets", "tourisme et loisirs"}

// deputy is a generated acteur, elected in one seat.
type deputy struct {
	pa, civ, first, last, dept string
	circo                      int
	group                      group
}

// deputies draws n deputies, each in a seat of its own (a department and
// the number of one of its circonscriptions), with a civility agreeing
// with the given name and a group drawn by the groups' seats.
func deputies(r *rand.Rand, l legislature, n int) []deputy {
	type seat struct {
		dept  string
		circo int
	}
	var all []seat
	for _, s := range seats {
		for c := 1; c <= s.count; c++ {
			all = append(all, seat{s.dept, c})
		}
	}
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	n = min(n, len(all))
	weights := make([]float64, len(l.groups))
	for i, g := range l.groups {
		weights[i] = float64(g.seats)
	}
	groupOf := cumulative(weights)
	seen := map[string]bool{}
	var out []deputy
	for i := 0; len(out) < n; i++ {
		civ, names := "M.", menNames
		if r.Float64() < l.women {
			civ, names = "Mme", womenNames
		}
		first, last := names[r.IntN(len(names))], lastNames[r.IntN(len(lastNames))]
		if seen[first+" "+last] {
			last = last + "-" + lastNames[r.IntN(len(lastNames))]
			if seen[first+" "+last] {
				continue
			}
		}
		seen[first+" "+last] = true
		s := all[len(out)]
		out = append(out, deputy{
			pa: fmt.Sprintf("PA%d", 330000+len(out)), civ: civ, first: first, last: last,
			dept: s.dept, circo: s.circo, group: l.groups[groupOf.draw(r)],
		})
	}
	return out
}

// distribution draws indexes by weight.
type distribution []float64

// cumulative returns the distribution of the weights.
func cumulative(weights []float64) distribution {
	out := make(distribution, len(weights))
	sum := 0.0
	for i, w := range weights {
		sum += w
		out[i] = sum
	}
	return out
}

// zipf returns the distribution of n ranks weighted 1/(rank+1)^s.
func zipf(n int, s float64) distribution {
	w := make([]float64, n)
	for i := range w {
		w[i] = 1 / math.Pow(float64(i+1), s)
	}
	return cumulative(w)
}

func (d distribution) draw(r *rand.Rand) int {
	x := r.Float64() * d[len(d)-1]
	return min(sort.SearchFloat64s(d, x), len(d)-1)
}
