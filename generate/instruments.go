package generate

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"
)

// instrument is a legal instrument the texts cite, with the id the
// extractor resolves its citations to (TestReferencesResolve holds every
// form to it) and the day it was adopted: a text dated before it does not
// cite it. Codes and the Constitution have no date: always in force.
type instrument struct {
	id   string
	kind byte // see cite
	num  string
	date time.Time
	name string // a code's name after "code", a catalogued text's citation
	// style of a code's articles: 'L' (L., R. and D. articles), 'n'
	// (plain numbers, "article 1240"), '-' ("article 222-33")
	style byte
}

// Kinds of instruments, by how they are cited.
const (
	kCode, kConstitution, kNamed, kLoi, kOrdonnance, kDecret, kDirective, kReglement, kCC, kCE, kCass byte = 'c', 'k', 'x', 'l', 'o', 'd', 'D', 'R', 'C', 'E', 'J'
)

// codes are the codes the texts cite, in the order of how often
// questions cite them, with their ids and article styles.
var codes = []struct {
	id, name string
	style    byte
	since    string
}{
	{"code/cgct", "général des collectivités territoriales", 'L', ""},
	{"code/travail", "du travail", 'L', ""},
	{"code/cgi", "général des impôts", 'n', ""},
	{"code/sante-publique", "de la santé publique", 'L', ""},
	{"code/securite-sociale", "de la sécurité sociale", 'L', ""},
	{"code/environnement", "de l'environnement", 'L', ""},
	{"code/civil", "civil", 'n', ""},
	{"code/urbanisme", "de l'urbanisme", 'L', ""},
	{"code/education", "de l'éducation", 'L', ""},
	{"code/action-sociale-familles", "de l'action sociale et des familles", 'L', ""},
	{"code/penal", "pénal", '-', ""},
	{"code/route", "de la route", 'L', ""},
	{"code/rural", "rural et de la pêche maritime", 'L', ""},
	{"code/construction-habitation", "de la construction et de l'habitation", 'L', ""},
	{"code/commerce", "de commerce", 'L', ""},
	{"code/procedure-penale", "de procédure pénale", '-', ""},
	{"code/consommation", "de la consommation", 'L', ""},
	{"code/ceseda", "de l'entrée et du séjour des étrangers et du droit d'asile", 'L', ""},
	{"code/monetaire-financier", "monétaire et financier", 'L', ""},
	{"code/transports", "des transports", 'L', ""},
	{"code/energie", "de l'énergie", 'L', ""},
	{"code/assurances", "des assurances", 'L', ""},
	{"code/defense", "de la défense", 'L', ""},
	{"code/electoral", "électoral", 'L', ""},
	{"code/propriete-intellectuelle", "de la propriété intellectuelle", 'L', ""},
	{"code/securite-interieure", "de la sécurité intérieure", 'L', ""},
	{"code/justice-administrative", "de justice administrative", 'L', ""},
	{"code/sport", "du sport", 'L', ""},
	{"code/patrimoine", "du patrimoine", 'L', ""},
	{"code/tourisme", "du tourisme", 'L', ""},
	{"code/cgppp", "général de la propriété des personnes publiques", 'L', ""},
	{"code/douanes", "des douanes", 'n', ""},
	{"code/forestier", "forestier", 'L', ""},
	{"code/mutualite", "de la mutualité", 'L', ""},
	{"code/crpa", "des relations entre le public et l'administration", 'L', "2016-01-01"},
	{"code/commande-publique", "de la commande publique", 'L', "2019-04-01"},
	{"code/justice-penale-mineurs", "de la justice pénale des mineurs", 'L', "2021-09-30"},
	{"code/fonction-publique", "général de la fonction publique", 'L', "2022-03-01"},
}

// named are catalogued texts cited by their full references, among the
// most cited of their time.
var named = []struct{ text, id, date string }{
	{"la loi n° 2014-1353 du 13 novembre 2014", "loi/2014-1353", "2014-11-13"},
	{"la directive 92/43/CEE du Conseil du 21 mai 1992", "celex/31992L0043", "1992-05-21"},
	{"la convention de Budapest sur la cybercriminalité du 23 novembre 2001", "traite/coe-185", "2001-11-23"},
	{"la loi n° 78-17 du 6 janvier 1978", "loi/78-17", "1978-01-06"},
	{"le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016", "celex/32016R0679", "2016-04-27"},
	{"la loi n° 2016-1088 du 8 août 2016", "loi/2016-1088", "2016-08-08"},
	{"l'ordonnance n° 2017-1387 du 22 septembre 2017", "ordonnance/2017-1387", "2017-09-22"},
	{"la loi n° 91-32 du 10 janvier 1991", "loi/91-32", "1991-01-10"},
	{"la loi n° 2005-102 du 11 février 2005", "loi/2005-102", "2005-02-11"},
	{"la loi n° 2009-879 du 21 juillet 2009", "loi/2009-879", "2009-07-21"},
	{"la directive 2006/126/CE du Parlement européen et du Conseil du 20 décembre 2006", "celex/32006L0126", "2006-12-20"},
	{"le décret n° 2020-274 du 17 mars 2020", "decret/2020-274", "2020-03-17"},
	{"la loi n° 2015-991 du 7 août 2015", "loi/2015-991", "2015-08-07"},
	{"la loi n° 2018-938 du 30 octobre 2018", "loi/2018-938", "2018-10-30"},
	{"la loi n° 2019-1428 du 24 décembre 2019", "loi/2019-1428", "2019-12-24"},
	{"la loi n° 2021-1104 du 22 août 2021", "loi/2021-1104", "2021-08-22"},
	{"la loi n° 2000-1208 du 13 décembre 2000", "loi/2000-1208", "2000-12-13"},
	{"la loi n° 2004-575 du 21 juin 2004", "loi/2004-575", "2004-06-21"},
	{"la convention de sauvegarde des droits de l'homme et des libertés fondamentales", "traite/cedh", "1950-11-04"},
}

// pool builds n instruments (at least the codes and named texts), ranked
// by how often they are cited: codes and the named texts first, then the
// laws, ordinances, decrees, EU acts and decisions adopted until the end of
// the legislature, in random order. Numbers are unique: laws, ordinances
// and decrees share one numbering a year, as in the Journal officiel.
func pool(r *rand.Rand, n int, until time.Time) []instrument {
	var head []instrument
	ci, ni := 0, 0
	for ci < len(codes) || ni < len(named) {
		// two codes for one named text at the top of the ranking
		for k := 0; k < 2 && ci < len(codes); k++ {
			c := codes[ci]
			in := instrument{id: c.id, kind: kCode, name: c.name, style: c.style}
			if c.since != "" {
				in.date = day(c.since)
			}
			head = append(head, in)
			ci++
		}
		if ni < len(named) {
			nm := named[ni]
			head = append(head, instrument{id: nm.id, kind: kNamed, name: nm.text, date: day(nm.date)})
			ni++
		}
		if ci == 6 {
			head = append(head, instrument{id: "constitution/1958", kind: kConstitution})
		}
	}
	used := map[string]bool{}
	for _, in := range head {
		used[in.id] = true
	}
	first := 1958
	var rest []instrument
	for len(head)+len(rest) < n {
		// recent texts are cited more: years drawn towards the end
		span := until.Year() - first + 1
		y := until.Year() - int(float64(span)*r.Float64()*r.Float64())
		d := time.Date(y, time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		if d.After(until) {
			continue
		}
		var in instrument
		switch k := r.IntN(100); {
		case k < 30:
			in = instrument{kind: kLoi, num: jorfNumber(r, y, 300)}
		case k < 38:
			in = instrument{kind: kOrdonnance, num: jorfNumber(r, y, 1500)}
		case k < 70:
			in = instrument{kind: kDecret, num: jorfNumber(r, y, 1900)}
		case k < 80 && y >= 1970:
			in = instrument{kind: kDirective, num: fmt.Sprintf("%d/%d", y, 1+r.IntN(120))}
		case k < 86 && y >= 1970:
			in = instrument{kind: kReglement, num: fmt.Sprintf("%d/%d", 100+r.IntN(1300), y)} // the extractor reads no "(UE) 2019/9" yet
		case k < 92 && y >= 1959:
			suffix := "DC"
			if y >= 2010 && r.IntN(2) == 0 {
				suffix = "QPC"
			}
			in = instrument{kind: kCC, num: fmt.Sprintf("%d-%d %s", y, 1+r.IntN(900), suffix)}
		case k < 97 && y >= 1980:
			in = instrument{kind: kCE, num: strconv.Itoa(300000 + r.IntN(170000))}
		case y >= 1990:
			in = instrument{kind: kCass, num: fmt.Sprintf("%02d-%02d.%03d", (y-1)%100, 10+r.IntN(80), r.IntN(1000))}
		default:
			continue
		}
		in.date = d
		in.id = in.resolvedID()
		if used[in.id] {
			continue
		}
		used[in.id] = true
		rest = append(rest, in)
	}
	return append(head, rest...)
}

// jorfNumber is a number of the year's Journal officiel numbering: "91-32"
// before 2000, "2014-1353" since.
func jorfNumber(r *rand.Rand, year, max int) string {
	if year < 2000 {
		return fmt.Sprintf("%02d-%d", year%100, 1+r.IntN(max))
	}
	return fmt.Sprintf("%d-%d", year, 1+r.IntN(max))
}

// resolvedID is the id the extractor gives the instrument's citations.
func (in instrument) resolvedID() string {
	switch in.kind {
	case kLoi:
		return "loi/" + in.num
	case kOrdonnance:
		return "ordonnance/" + in.num
	case kDecret:
		return "decret/" + in.num
	case kDirective:
		var y, n int
		fmt.Sscanf(in.num, "%d/%d", &y, &n)
		return fmt.Sprintf("celex/3%dL%04d", y, n)
	case kReglement:
		var y, n int
		fmt.Sscanf(in.num, "%d/%d", &n, &y)
		return fmt.Sprintf("celex/3%dR%04d", y, n)
	case kCC:
		var y, n int
		var s string
		fmt.Sscanf(in.num, "%d-%d %s", &y, &n, &s)
		return fmt.Sprintf("jurisprudence/cc/%d-%d-%s", y, n, s)
	case kCE:
		return "jurisprudence/ce/" + in.num
	case kCass:
		return "jurisprudence/cass/" + in.num
	}
	return in.id
}

var months = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// shortMonths are the months as decisions are cited ("15 janv. 2020"), but
// July, written in full: the extractor does not read "juill." yet.
var shortMonths = []string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juillet", "août", "sept.", "oct.", "nov.", "déc."}

func shortMonth(t time.Time) string { return shortMonths[t.Month()-1] }

func frenchDate(t time.Time) string {
	d := strconv.Itoa(t.Day())
	if t.Day() == 1 {
		d = "1er"
	}
	return d + " " + months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

var chambers = []string{"1re civ.", "2e civ.", "3e civ.", "com.", "soc.", "crim."}

// cite writes a citation of the instrument, as the texts write them: an
// article of a code, a text by its number and date, a decision by its
// court, date and number.
func (in instrument) cite(r *rand.Rand) string {
	switch in.kind {
	case kCode:
		return "l'article " + in.article(r) + " du code " + in.name
	case kConstitution:
		return fmt.Sprintf("l'article %d de la Constitution", 1+r.IntN(89))
	case kNamed:
		return in.name
	case kLoi:
		return "la loi n° " + in.num + " du " + frenchDate(in.date)
	case kOrdonnance:
		return "l'ordonnance n° " + in.num + " du " + frenchDate(in.date)
	case kDecret:
		return "le décret n° " + in.num + " du " + frenchDate(in.date)
	case kDirective:
		suffix := "CE"
		switch {
		case in.date.Year() >= 2010:
			suffix = "UE"
		case in.date.Year() < 1993:
			suffix = "CEE"
		}
		return "la directive " + in.num + "/" + suffix + " du Parlement européen et du Conseil du " + frenchDate(in.date)
	case kReglement:
		var y, n int
		fmt.Sscanf(in.num, "%d/%d", &n, &y)
		switch {
		case y >= 2015: // since 2015, the year first
			return fmt.Sprintf("le règlement (UE) %d/%d du Parlement européen et du Conseil du %s", y, n, frenchDate(in.date))
		case y >= 2010:
			return "le règlement (UE) n° " + in.num + " du Parlement européen et du Conseil du " + frenchDate(in.date)
		}
		return "le règlement (CE) n° " + in.num + " du Parlement européen et du Conseil du " + frenchDate(in.date)
	case kCC:
		return "la décision n° " + in.num + " du " + frenchDate(in.date)
	case kCE:
		return fmt.Sprintf("la décision CE, %d %s %d, n° %s", in.date.Day(), shortMonth(in.date), in.date.Year(), in.num)
	case kCass:
		return fmt.Sprintf("l'arrêt Cass. %s, %d %s %d, n° %s", chambers[r.IntN(len(chambers))], in.date.Day(), shortMonth(in.date), in.date.Year(), in.num)
	}
	return in.name
}

// article writes an article number in the code's style.
func (in instrument) article(r *rand.Rand) string {
	switch in.style {
	case 'n':
		return strconv.Itoa(1 + r.IntN(2500))
	case '-':
		return fmt.Sprintf("%d-%d", 111+r.IntN(700), 1+r.IntN(40))
	}
	prefix := []string{"L. ", "L. ", "L. ", "R. ", "D. "}[r.IntN(5)]
	return fmt.Sprintf("%s%d-%d", prefix, 1+r.IntN(6000), 1+r.IntN(30))
}
