package refs_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexgraph"
	"lexgraph/extract"
	"lexgraph/extract/eval"
	"lexgraph/extract/refs"
)

var testdata = filepath.Join("..", "..", "testdata")

func newExtractor(t testing.TB) *refs.Extractor {
	t.Helper()
	x, err := refs.New(refs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// want is one expected mention of a findTests case.
type want struct {
	text, kind, id, article string
}

// findTests is the table of short texts and the mentions they hold, in
// order; it feeds TestFind, and covers each form of patterns.yaml.
var findTests = []struct {
	name string
	text string
	want []want
}{
	{"numbered law", "la loi n° 2008-582 du 20 juin 2008 renforçant", []want{{"loi n° 2008-582 du 20 juin 2008", "loi", "loi/2008-582", ""}}},
	{"old number sign", "de la loi no 91-32 du 10 janvier 1991, relative", []want{{"loi no 91-32 du 10 janvier 1991", "loi", "loi/91-32", ""}}},
	{"number sign apart, numéro", "la loi n °\u00a02008-582 du 20 juin 2008 et le décret numéro 2020-274 du 17 mars 2020", []want{
		{"loi n °\u00a02008-582 du 20 juin 2008", "loi", "loi/2008-582", ""}, {"décret numéro 2020-274 du 17 mars 2020", "decret", "decret/2020-274", ""}}},
	{"number sign, ring", "la directive n˚ 92/43/CEE du Conseil", []want{{"directive n˚ 92/43/CEE du Conseil", "directive", "celex/31992L0043", ""}}},
	{"dated law, catalogue", "la loi du 13 novembre 2014 est venue", []want{{"loi du 13 novembre 2014", "loi", "loi/2014-1353", ""}}},
	{"dated law, capital month", "la loi du 3 Juin 2016 renforçant", []want{{"loi du 3 Juin 2016", "loi", "loi/2016-731", ""}}},
	{"dated law, unknown", "la loi du 2 mars 1982 relative", []want{{"loi du 2 mars 1982", "loi", "loi/du-1982-03-02", ""}}},
	{"nickname", "la loi Evin limite", []want{{"loi Evin", "loi", "loi/91-32", ""}}},
	{"short form", "La loi n° 99-5 du 6 janvier 1999 dispose. Cette loi est appliquée.", []want{
		{"loi n° 99-5 du 6 janvier 1999", "loi", "loi/99-5", ""}, {"Cette loi", "loi", "loi/99-5", ""}}},
	{"short form, nothing before", "Cette loi est appliquée.", nil},
	{"generic law", "la loi prévoit qu'un décret en Conseil d'État doit venir préciser", nil},
	{"decree", "le décret n° 2020-274 du 17 mars 2020 modifiant", []want{{"décret n° 2020-274 du 17 mars 2020", "decret", "decret/2020-274", ""}}},
	{"arrêté by date", "l'arrêté du 23 avril 2007 fixant la liste", []want{{"arrêté du 23 avril 2007", "arrete", "arrete/du-2007-04-23", ""}}},
	{"arrêté of a prefect", "l'arrêté du préfet coordonnateur de bassin du 13 mars 2015 a étendu", []want{
		{"arrêté du préfet coordonnateur de bassin du 13 mars 2015", "arrete", "arrete/du-2015-03-13-prefet-coordonnateur-de-bassin", ""}}},
	{"arrêté of a minister, a national text", "l'arrêté du ministre de l'intérieur du 3 mai 2010 fixe", []want{
		{"arrêté du ministre de l'intérieur du 3 mai 2010", "arrete", "arrete/du-2010-05-03", ""}}},
	{"indefinite but dated", "agréée par un arrêté du 24 mai 2005 et un décret", []want{{"arrêté du 24 mai 2005", "arrete", "arrete/du-2005-05-24", ""}}},
	{"this same article", "L'article 226-4-1 du code pénal punit l'usurpation. Ce même article vise les réseaux.", []want{
		{"article 226-4-1 du code pénal", "code", "code/penal", "226-4-1"}, {"Ce même article", "code", "code/penal", "226-4-1"}}},
	{"title after the number", "La loi n° 2005-32 du 18 janvier 2005 de programmation pour la cohésion sociale a modifié ces règles ; l'article 74 de la loi de programmation pour la cohésion sociale, qui les crée.", []want{
		{"loi n° 2005-32 du 18 janvier 2005", "loi", "loi/2005-32", ""}, {"article 74 de la loi de programmation pour la cohésion sociale", "loi", "loi/2005-32", "74"}}},
	{"title not after the number", "La loi n° 2005-32 du 18 janvier 2005 a modifié ces règles ; la loi de programmation pour la cohésion sociale, qui les crée.", []want{
		{"loi n° 2005-32 du 18 janvier 2005", "loi", "loi/2005-32", ""}, {"loi de programmation pour la cohésion sociale", "loi", "loi/titre/pour-la-cohesion-sociale", ""}}},
	{"subject going on past du", "la convention concernant la protection du patrimoine mondial, culturel et naturel, adoptée à Paris", []want{
		{"convention concernant la protection du patrimoine mondial", "traite", "traite/unesco-1972", ""}}},
	{"convention pour l'unification", "la convention pour l'unification de certaines règles relatives au transport aérien international, signée à Montréal le 28 mai 1999, limite", []want{
		{"convention pour l'unification de certaines règles relatives au transport aérien international, signée à Montréal le 28 mai 1999", "traite", "traite/montreal-1999", ""}}},
	{"Montréal by context", "La Convention de Montréal limite la responsabilité du transporteur envers les passagers.", []want{
		{"Convention de Montréal", "traite", "traite/montreal-1999", ""}}},
	{"Montréal without context", "La Convention de Montréal s'applique.", []want{
		{"Convention de Montréal", "traite", "traite/convention-de-montreal", ""}}},
	{"judgment by name and case number", "dans son arrêt Sturgeon du 19 novembre 2009 (C-402/07 et C-432/07), puis CJUE, 19 novembre 2009, Sturgeon, C-402/07", []want{
		{"arrêt Sturgeon du 19 novembre 2009 (C-402/07 et C-432/07)", "jurisprudence", "jurisprudence/cjue/C-402/07", ""}, {"CJUE, 19 novembre 2009, Sturgeon, C-402/07", "jurisprudence", "jurisprudence/cjue/C-402/07", ""}}},
	{"judgment by name", "Depuis l'arrêt Nicolo, le juge contrôle. Un arrêt Le 5 mai.", []want{
		{"arrêt Nicolo", "jurisprudence", "jurisprudence/arret/nicolo", ""}}},
	{"article of the règlement named before", "Le règlement (CE) n° 261/2004 prévoit une indemnité ; selon l'article 7 du règlement, elle est due. L'article 12 du règlement intérieur dispose.", []want{
		{"règlement (CE) n° 261/2004", "reglement", "celex/32004R0261", ""}, {"article 7 du règlement", "reglement", "celex/32004R0261", "7"}}},
	{"articles and those following", "les articles L. 302-5 et suivants du code de la construction et de l'habitation en précisent", []want{
		{"articles L. 302-5 et suivants du code de la construction et de l'habitation", "code", "code/construction-habitation", "L302-5"}}},
	{"directive by a nickname in guillemets", "Transposition de la directive « accueil » et délais", []want{
		{"directive « accueil »", "directive", "celex/32013L0033", ""}}},
	{"a law's name in another text's title", "l'ordonnance n° 59-2 du 2 janvier 1959 portant loi organique relative aux lois de finances, abrogée", []want{
		{"ordonnance n° 59-2 du 2 janvier 1959", "ordonnance", "ordonnance/59-2", ""}}},
	{"treaty de l'…", "l'article 5 du traité de l'Atlantique Nord du 4 avril 1949 et le traité de l'Élysée", []want{
		{"article 5 du traité de l'Atlantique Nord du 4 avril 1949", "traite", "traite/otan", "5"}, {"traité de l'Élysée", "traite", "traite/elysee-1963", ""}}},
	{"an organisation named after a treaty", "au sein de l'Organisation du traité de l'Atlantique Nord. Le traité de Washington demeure le fondement de la défense collective.", []want{
		{"traité de Washington", "traite", "traite/otan", ""}}},
	{"a protocol by number and subject", "le protocole n° 10 sur la coopération structurée permanente, puis le protocole n° 12 s'applique", []want{
		{"protocole n° 10 sur la coopération structurée permanente", "traite", "traite/protocole-no-10-sur-la-cooperation-structuree-permanente", ""}}},
	{"its article, past the amending text", "Le traité sur l'Union européenne, tel que modifié par le traité de Lisbonne, prévoit en son article 42 une clause.", []want{
		{"traité sur l'Union européenne", "traite", "traite/tue", ""}, {"traité de Lisbonne", "traite", "traite/lisbonne", ""}, {"son article 42", "traite", "traite/tue", "42"}}},
	{"a verb between the court and its decision", "Le Conseil d'État a rappelé, dans une décision du 23 novembre 2022 (n° 454926), que ces pouvoirs", []want{
		{"Conseil d'État a rappelé, dans une décision du 23 novembre 2022 (n° 454926)", "jurisprudence", "jurisprudence/ce/454926", ""}}},
	{"adverbs between the court and its decision", "La Cour de cassation a par ailleurs jugé, dans un arrêt du 21 novembre 2007 (n° 07-87.499), que", []want{
		{"Cour de cassation a par ailleurs jugé, dans un arrêt du 21 novembre 2007 (n° 07-87.499)", "jurisprudence", "jurisprudence/cass/07-87.499", ""}}},
	{"plural short forms name no one text", "la convention de Vienne sur le droit des traités du 23 mai 1969 régit l'interprétation de ces accords et lesdites conventions.", []want{
		{"convention de Vienne sur le droit des traités du 23 mai 1969", "traite", "traite/vienne-1969", ""}}},
	{"article of the convention named before", "La France, partie à la convention de Montego Bay, a fixé ses limites, conformément à l'article 74 de la convention, ou à défaut", []want{
		{"convention de Montego Bay", "traite", "traite/montego-bay", ""}, {"article 74 de la convention", "traite", "traite/montego-bay", "74"}}},
	{"nickname going on in lower case", "La loi Climat et résilience prévoit, comme la loi Evin et la loi Sapin, que", []want{
		{"loi Climat et résilience", "loi", "loi/2021-1104", ""}, {"loi Evin", "loi", "loi/91-32", ""}, {"loi Sapin", "loi", "loi/93-122", ""}}},
	{"article of a nickname going on in lower case", "L'article 3 de la loi Climat et résilience prévoit.", []want{
		{"article 3 de la loi Climat et résilience", "loi", "loi/2021-1104", "3"}}},
	{"nickname in lower case after dite", "la loi n° 2019-1147 du 8 novembre 2019, dite loi énergie-climat, fixe", []want{
		{"loi n° 2019-1147 du 8 novembre 2019", "loi", "loi/2019-1147", ""}, {"dite loi énergie-climat", "loi", "loi/2019-1147", ""}}},
	{"organic law and ordinary law of one title", "La loi organique pour la confiance dans la vie politique et la loi pour la confiance dans la vie politique.", []want{
		{"loi organique pour la confiance dans la vie politique", "loi", "loi/2017-1338", ""}, {"loi pour la confiance dans la vie politique", "loi", "loi/2017-1339", ""}}},
	{"law by its year", "l'article 2 de la loi de 1905 et la loi de 1978", []want{
		{"article 2 de la loi de 1905", "loi", "loi/du-1905-12-09", "2"}, {"loi de 1978", "loi", "", ""}}},
	{"code article whose code comes after the next one", "elle a modifié l'article L. 1110-5-1 et créé l'article L. 1110-5-2 du code de la santé publique.", []want{
		{"article L. 1110-5-1", "code", "code/sante-publique", "L1110-5-1"}, {"article L. 1110-5-2 du code de la santé publique", "code", "code/sante-publique", "L1110-5-2"}}},
	{"a for à on pages without accents", "la convention relative a l'aviation civile internationale signee a Chicago le 7 decembre 1944 regit", []want{
		{"convention relative a l'aviation civile internationale signee a Chicago le 7 decembre 1944", "traite", "traite/chicago-1944", ""}}},
	{"an old regulation numbered past 2015", "le reglement (CEE) n° 2408/92 du Conseil du 23 juillet 1992 et le règlement (UE) 2016/679", []want{
		{"reglement (CEE) n° 2408/92 du Conseil du 23 juillet 1992", "reglement", "celex/31992R2408", ""}, {"règlement (UE) 2016/679", "reglement", "celex/32016R0679", ""}}},
	{"judgment named after parties with initials", "par l'arrêt A.B. et autres c. France du 12 juillet 2016, pour violation", []want{
		{"arrêt A.B. et autres c. France du 12 juillet 2016", "jurisprudence", "jurisprudence/arret/a-b-et-autres-c-france-du-2016-07-12", ""}}},
	{"number in parentheses", "la loi de finances pour 2006 (loi n° 2005-1719 du 30 décembre 2005) a prévu", []want{
		{"loi de finances pour 2006", "loi", "loi/2005-1719", ""}, {"loi n° 2005-1719 du 30 décembre 2005", "loi", "loi/2005-1719", ""}}},
	{"coordinated dates", "sur les arrêtés ministériels des 9 et 10 mai 2011 donnant", []want{
		{"arrêtés ministériels des 9", "arrete", "arrete/du-2011-05-09", ""}, {"10 mai 2011", "arrete", "arrete/du-2011-05-10", ""}}},
	{"code article", "l'article L. 411-1 du code de l'environnement", []want{{"article L. 411-1 du code de l'environnement", "code", "code/environnement", "L411-1"}}},
	{"code article, non-breaking spaces", "l'article\u00a0L.\u00a0411-1 à\u00a0L.\u00a0411-3 du code de l'environnement", []want{{"article\u00a0L.\u00a0411-1 à\u00a0L.\u00a0411-3 du code de l'environnement", "code", "code/environnement", "L411-1 à L411-3"}}},
	{"mlat after a curly apostrophe", "passer par l’ MLAT pour", []want{{"l’ MLAT", "traite", "traite/mlat", ""}}},
	{"article nouveau of a code", "la loi du 3 juin 2016 a modifié l'article 707 nouveau du code de procédure pénale", []want{
		{"loi du 3 juin 2016", "loi", "loi/2016-731", ""}, {"article 707 nouveau du code de procédure pénale", "code", "code/procedure-penale", "707"}}},
	{"criminal chamber without a comma", "voir Cass.crim. 3 juin 1981 (Bull.crim. n° 188)", []want{{"Cass.crim. 3 juin 1981", "jurisprudence", "jurisprudence/cass/du-1981-06-03", ""}}},
	{"latin ordinal of the tax code", "l'article 199 sexdecies du code général des impôts ouvre droit", []want{{"article 199 sexdecies du code général des impôts", "code", "code/cgi", "199 sexdecies"}}},
	{"two texts joined by et", "le pacte international relatif aux droits civils et politiques et la Charte des droits fondamentaux de l'Union européenne s'appliquent", []want{
		{"pacte international relatif aux droits civils et politiques", "traite", "traite/onu-pidcp-1966", ""}, {"Charte des droits fondamentaux de l'Union européenne", "traite", "traite/charte-droits-fondamentaux", ""}}},
	{"circular with its NOR", "La circulaire NOR INTK1234567C du 12 mars 2019 complète", []want{{"circulaire NOR INTK1234567C du 12 mars 2019", "circulaire", "circulaire/du-2019-03-12", ""}}},
	{"law acronym in parentheses", "la loi n° 2019-1428 du 24 décembre 2019 d'orientation des mobilités (LOM) a créé", []want{
		{"loi n° 2019-1428 du 24 décembre 2019", "loi", "loi/2019-1428", ""}, {"LOM", "loi", "loi/2019-1428", ""}}},
	{"law acronym with a small letter", "la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la République (NOTRe) a", []want{
		{"loi n° 2015-991 du 7 août 2015", "loi", "loi/2015-991", ""}, {"NOTRe", "loi", "loi/2015-991", ""}}},
	{"framework directive by its subject", "la directive-cadre sur l'eau (2000/60/CE) impose", []want{{"directive-cadre sur l'eau", "directive", "celex/32000L0060", ""}}},
	{"finance bill", "Le projet de loi de finances pour 2021 prévoit un crédit.", []want{{"projet de loi de finances pour 2021", "projet_loi", "projet_loi/de-finances-pour-2021", ""}}},
	{"date first, court after", "Par un arrêt du 12 février 2020 (n° 18-12.345), la Cour de cassation a jugé", []want{{"arrêt du 12 février 2020 (n° 18-12.345), la Cour de cassation", "jurisprudence", "jurisprudence/cass/18-12.345", ""}}},
	{"court first", "Le Conseil d'État, dans sa décision du 8 novembre 2019, a confirmé", []want{{"Conseil d'État, dans sa décision du 8 novembre 2019", "jurisprudence", "jurisprudence/ce/du-2019-11-08", ""}}},
	{"rights convention", "comme le rappelle la convention internationale des droits de l'enfant.", []want{{"convention internationale des droits de l'enfant", "traite", "traite/cide", ""}}},
	{"a verb ends the name", "l'article 8 de la Convention européenne de sauvegarde des droits de l'homme et des libertés fondamentales protège la vie privée", []want{
		{"article 8 de la Convention européenne de sauvegarde des droits de l'homme et des libertés fondamentales", "traite", "traite/cedh", "8"}}},
	{"code article, no accents", "l'article L. 18 du code des debits de boissons", []want{{"article L. 18 du code des debits de boissons", "code", "code/debits-de-boissons", "L18"}}},
	{"same code", "l'article 211-1 du code rural et aux articles 211-1 à 211-5 du même code", []want{
		{"article 211-1 du code rural", "code", "code/rural", "211-1"}, {"articles 211-1 à 211-5 du même code", "code", "code/rural", "211-1 à 211-5"}}},
	{"code then article list", "le code de l'environnement aux articles L. 411-1, L. 411-2 et R. 411-1 à R. 411-5", []want{
		{"code de l'environnement aux articles L. 411-1", "code", "code/environnement", "L411-1"},
		{"L. 411-2", "code", "code/environnement", "L411-2"},
		{"R. 411-1 à R. 411-5", "code", "code/environnement", "R411-1 à R411-5"}}},
	{"bare code article, a code's article in parentheses", "le code pénal (art. L. 17) et l'art. L. 19", []want{
		{"code pénal (art. L. 17)", "code", "code/penal", "L17"}, {"art. L. 19", "code", "code/penal", "L19"}}},
	{"directive", "la directive 92/43/CEE du 21 mai 1992", []want{{"directive 92/43/CEE du 21 mai 1992", "directive", "celex/31992L0043", ""}}},
	{"directive, dash and nickname", `la directive "Habitats" n° 92-43 du 21 mai 1992`, []want{{`directive "Habitats" n° 92-43 du 21 mai 1992`, "directive", "celex/31992L0043", ""}}},
	{"directive nickname", "la directive Habitats offre", []want{{"directive Habitats", "directive", "celex/31992L0043", ""}}},
	{"directive article", "l'article 2 paragraphe 1 e) de la directive 2006/126/CE du 20 décembre 2006 relative", []want{
		{"article 2 paragraphe 1 e) de la directive 2006/126/CE du 20 décembre 2006", "directive", "celex/32006L0126", "2"}}},
	{"regulation, new style", "le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 relatif", []want{{"règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016", "reglement", "celex/32016R0679", ""}}},
	{"regulation, old style", "le règlement (CE) n° 1049/2001 relatif", []want{{"règlement (CE) n° 1049/2001", "reglement", "celex/32001R1049", ""}}},
	{"framework decision", "la décision-cadre 2002/584/JAI du Conseil", []want{{"décision-cadre 2002/584/JAI du Conseil", "decision", "celex/32002F0584", ""}}},
	{"convention by place", "la convention de La Haye du 25 octobre 1980 prévoit", []want{{"convention de La Haye du 25 octobre 1980", "traite", "traite/hcch-1980-enlevement", ""}}},
	{"convention nickname", "la Convention d'Istanbul, qui demeure", []want{{"Convention d'Istanbul", "traite", "traite/coe-210", ""}}},
	{"convention and article", "la convention de lutte contre la cybercriminalité du Conseil de l'Europe à laquelle les Etats-Unis sont partie (article 29).", []want{
		{"convention de lutte contre la cybercriminalité du Conseil de l'Europe", "traite", "traite/coe-185", ""}, {"article 29", "traite", "traite/coe-185", "29"}}},
	{"two conventions", "protégé par les conventions de Washington et de Bern. Le loup", []want{
		{"conventions de Washington", "traite", "traite/cites", ""}, {"de Bern", "traite", "traite/coe-104", ""}}},
	{"ambiguous convention", "la convention de Berne s'applique.", []want{{"convention de Berne", "traite", "traite/convention-de-berne", ""}}},
	{"indefinite convention", "une convention de partenariat a été signée", nil},
	{"treaty article", "l'article 241 du Traité sur le fonctionnement de l'UE, à la Commission", []want{{"article 241 du Traité sur le fonctionnement de l'UE", "traite", "traite/tfue", "241"}}},
	{"constitution", "l'article 34 de la Constitution", []want{{"article 34 de la Constitution", "constitution", "constitution/1958", "34"}}},
	{"acronym", "le RGPD et le CGCT s'appliquent", []want{{"RGPD", "reglement", "celex/32016R0679", ""}, {"CGCT", "code", "code/cgct", ""}}},
	{"ilo convention", "la convention n° 87 de l'OIT protège", []want{{"convention n° 87 de l'OIT", "traite", "traite/oit-87", ""}}},
	{"regulation nickname", "le règlement REACH impose", []want{{"règlement REACH", "reglement", "celex/32006R1907", ""}}},
	{"court citation", "CE, 20 avr. 1956, n° 33961, Lucard ; Cass. 1ère civ., 15 janv. 2020, n° 18-22.503", []want{
		{"CE, 20 avr. 1956, n° 33961, Lucard", "jurisprudence", "jurisprudence/ce/33961", ""},
		{"Cass. 1ère civ., 15 janv. 2020, n° 18-22.503", "jurisprudence", "jurisprudence/cass/18-22.503", ""}}},
	{"constitutional decision", "la décision n° 2013-674 DC du 1er août 2013", []want{{"décision n° 2013-674 DC du 1er août 2013", "jurisprudence", "jurisprudence/cc/2013-674-DC", ""}}},
	{"dated judgment", "un arrêt du Conseil d'État du 24 juin 1968", []want{{"arrêt du Conseil d'État du 24 juin 1968", "jurisprudence", "jurisprudence/ce/du-1968-06-24", ""}}},
	{"law by title", "la loi relative à la solidarité et au renouvellement urbains a", []want{{"loi relative à la solidarité et au renouvellement urbains", "loi", "loi/2000-1208", ""}}},
	{"finance law", "la loi de finances pour 2015 prévoit", []want{{"loi de finances pour 2015", "loi", "loi/2014-1654", ""}}},
	{"nickname in parentheses", "la loi n° 2015-1776 du 28 décembre 2015 relative à l'adaptation de la société au vieillissement (loi ASV) prévoit", []want{
		{"loi n° 2015-1776 du 28 décembre 2015", "loi", "loi/2015-1776", ""}, {"loi ASV", "loi", "loi/2015-1776", ""}}},
	{"unknown nickname", "la loi Marisol Touraine prévoit", []want{{"loi Marisol Touraine", "loi", "", ""}}},
	{"bill", "le projet de loi pour la confiance dans l'économie numérique. Ce projet", []want{{"projet de loi pour la confiance dans l'économie numérique", "projet_loi", "projet_loi/pour-la-confiance-dans-l-economie-numerique", ""}}},
	{"article 1er", "l'article 1er de la loi du 6 janvier 1978 dispose", []want{{"article 1er de la loi du 6 janvier 1978", "loi", "loi/78-17", "1er"}}},
	{"article of an unknown text", "la loi n° 78-17 du 6 janvier 1978. L'article 13 de la Déclaration universelle des droits", []want{{"loi n° 78-17 du 6 janvier 1978", "loi", "loi/78-17", ""}}},
	{"constitutional bloc", "l'article 13 de la Déclaration des droits de l'homme et du citoyen de 1789 et le Préambule de la Constitution du 27 octobre 1946", []want{
		{"article 13 de la Déclaration des droits de l'homme et du citoyen de 1789", "constitution", "constitution/ddhc-1789", "13"},
		{"Préambule de la Constitution du 27 octobre 1946", "constitution", "constitution/preambule-1946", ""}}},
	{"other constitution", "la Constitution du 27 octobre 1946 prévoyait", []want{{"Constitution du 27 octobre 1946", "constitution", "constitution/1946", ""}}},
	{"décret-loi", "le décret-loi du 12 novembre 1938 relatif", []want{{"décret-loi du 12 novembre 1938", "decret", "decret/du-1938-11-12", ""}}},
	{"mlat", "un accord, le *mutual legal assistance treaty* (MLAT) permet", []want{{"mutual legal assistance treaty* (MLAT)", "traite", "traite/mlat", ""}}},
	{"mlat requests", "le nombre annuel de demandes MLAT que", nil},
	// issue 12: articles and their instrument
	{"repeated preposition and noun, the law at the end", "La loi n° 2020-1721 du 29 décembre 2020 a modifié ce régime. Il est prévu à l'article 199 quater B, à l'article 238 bis et à l'article 107 de la loi n° 2021-1104 du 22 août 2021 que", []want{
		{"loi n° 2020-1721 du 29 décembre 2020", "loi", "loi/2020-1721", ""},
		{"article 199 quater B", "loi", "loi/2021-1104", "199 quater B"}, {"article 238 bis", "loi", "loi/2021-1104", "238 bis"},
		{"article 107 de la loi n° 2021-1104 du 22 août 2021", "loi", "loi/2021-1104", "107"}}},
	{"repeated noun with an exception between", "à l'article 199 quater B, à l'article 199 undecies B, à l'exception des dix derniers alinéas du I, à l'article 238 bis et à l'article 107 de la loi n° 2021-1104 du 22 août 2021", []want{
		{"article 199 quater B", "loi", "loi/2021-1104", "199 quater B"}, {"article 199 undecies B", "loi", "loi/2021-1104", "199 undecies B"},
		{"article 238 bis", "loi", "loi/2021-1104", "238 bis"}, {"article 107 de la loi n° 2021-1104 du 22 août 2021", "loi", "loi/2021-1104", "107"}}},
	{"repeated plural nouns with ranges", "à l'article 200 undecies, aux articles 244 quater B à 244 quater W et aux articles 27 et 151 de la loi n° 2020-1721 du 29 décembre 2020", []want{
		{"article 200 undecies", "loi", "loi/2020-1721", "200 undecies"}, {"articles 244 quater B à 244 quater W", "loi", "loi/2020-1721", "244 quater B à 244 quater W"},
		{"articles 27", "loi", "loi/2020-1721", "27"}, {"151 de la loi n° 2020-1721 du 29 décembre 2020", "loi", "loi/2020-1721", "151"}}},
	{"articles each with their own text", "l'article 61 de la loi du 31 décembre 1937, l'article 57 de la loi n° 2021-1104 du 22 août 2021", []want{
		{"article 61 de la loi du 31 décembre 1937", "loi", "loi/du-1937-12-31", "61"}, {"article 57 de la loi n° 2021-1104 du 22 août 2021", "loi", "loi/2021-1104", "57"}}},
	{"a code article before a law's article", "le code pénal. Selon l'article L. 12 et l'article 5 de la loi n° 2021-1104 du 22 août 2021", []want{
		{"code pénal", "code", "code/penal", ""}, {"article L. 12", "code", "code/penal", "L12"}, {"article 5 de la loi n° 2021-1104 du 22 août 2021", "loi", "loi/2021-1104", "5"}}},
	{"range with Latin suffixes", "aux articles 7 tersexagies A à 9 quaterdecies de la loi n° 98-293 du 31 décembre 1998", []want{
		{"articles 7 tersexagies A à 9 quaterdecies de la loi n° 98-293 du 31 décembre 1998", "loi", "loi/98-293", "7 tersexagies A à 9 quaterdecies"}}},
	{"Latin suffix -0 and two capitals", "l'article 199 terdecies-0 A et l'article 46 quater-0 YE du code général des impôts", []want{
		{"article 199 terdecies-0 A", "code", "code/cgi", "199 terdecies-0 A"}, {"article 46 quater-0 YE du code général des impôts", "code", "code/cgi", "46 quater-0 YE"}}},
	{"the EU treaty's article is not a suffix", "Le traité sur l'Union européenne prévoit, en son article 6 UE, que", []want{
		{"traité sur l'Union européenne", "traite", "traite/tue", ""}, {"son article 6", "traite", "traite/tue", "6"}}},
	{"plural sub-divisions", "l'article 49, alinéas 2 et 3, de la Constitution", []want{
		{"article 49, alinéas 2 et 3, de la Constitution", "constitution", "constitution/1958", "49"}}},
	{"plural sub-divisions over a line", "article 49, alinéas 1, 2 et 3,\nde la Constitution", []want{
		{"article 49, alinéas 1, 2 et 3,\nde la Constitution", "constitution", "constitution/1958", "49"}}},
	{"phrases of an article", "article L. 123-4, phrases 1 et 2, du code de l'éducation", []want{
		{"article L. 123-4, phrases 1 et 2, du code de l'éducation", "code", "code/education", "L123-4"}}},
	{"organic article prefixes", "l'article L.O. 141 du code électoral et l'article LO 141-1 du même code", []want{
		{"article L.O. 141 du code électoral", "code", "code/electoral", "LO141"}, {"article LO 141-1 du même code", "code", "code/electoral", "LO141-1"}}},
	{"asterisks of articles of decrees in Conseil des ministres, kept in the article as Légifrance numbers them", "l'article R*1233-3-4 du code du travail, l'article R.* 132-4 du code des relations entre le public et l'administration et l'article D** 7 du décret n° 98-74 du 28 février 1998", []want{
		{"article R*1233-3-4 du code du travail", "code", "code/travail", "R*1233-3-4"},
		{"article R.* 132-4 du code des relations entre le public et l'administration", "code", "code/crpa", "R*132-4"},
		{"article D** 7 du décret n° 98-74 du 28 février 1998", "decret", "decret/98-74", "D**7"}}},
	{"a book of a code", "Le livre III de la partie législative du code des impositions sur les biens et services", []want{
		{"livre III de la partie législative du code des impositions sur les biens et services", "code", "code/cibs", "livre III de la partie législative"}}},
	{"a title of a law", "le titre II de la loi n° 2016-1088 du 8 août 2016 a réformé", []want{
		{"titre II de la loi n° 2016-1088 du 8 août 2016", "loi", "loi/2016-1088", "titre II"}}},
	{"nested divisions", "Le chapitre III du titre Ier de la première partie du livre Ier du code général des impôts", []want{
		{"chapitre III du titre Ier de la première partie du livre Ier du code général des impôts", "code", "code/cgi", "chapitre III du titre Ier de la première partie du livre Ier"}}},
	{"a section of the tax procedures book", "Le II de la section II du chapitre III du titre II du livre des procédures fiscales", []want{
		{"section II du chapitre III du titre II du livre des procédures fiscales", "code", "code/lpf", "section II du chapitre III du titre II"}}},
	{"a sub-section", "la sous-section 2 du chapitre Ier du titre III du livre II du code de l'environnement", []want{
		{"sous-section 2 du chapitre Ier du titre III du livre II du code de l'environnement", "code", "code/environnement", "sous-section 2 du chapitre Ier du titre III du livre II"}}},
	{"a part first", "la première partie du code du travail", []want{
		{"première partie du code du travail", "code", "code/travail", "première partie"}}},
	{"an article of a division", "l'article 5 du titre II de la loi n° 2016-1088 du 8 août 2016", []want{
		{"article 5 du titre II de la loi n° 2016-1088 du 8 août 2016", "loi", "loi/2016-1088", "5"}}},
	{"divisions that are not provisions", "au titre de l'article 5, le titre II et le chapitre premier s'appliquent", nil},
	{"the number in parentheses identifies the law", "l'article 43 de la loi de finances pour 2000 (n° 99-1172 du 30 décembre 1999) et la loi de finances pour 2001 (n° 2000-1352 du 30 décembre 2000)", []want{
		{"article 43 de la loi de finances pour 2000 (n° 99-1172 du 30 décembre 1999)", "loi", "loi/99-1172", "43"}, {"loi de finances pour 2001 (n° 2000-1352 du 30 décembre 2000)", "loi", "loi/2000-1352", ""}}},
	// unseen real pages, batch 1
	{"a participle between an article and its code", "les dispositions de l'article L. 161-22 modifié du code de la sécurité sociale correspondent", []want{
		{"article L. 161-22 modifié du code de la sécurité sociale", "code", "code/securite-sociale", "L161-22"}}},
	{"an adjective before a directive's nickname", "selon les dispositions de la directive européenne « habitats-faune-flore », le loup", []want{
		{"directive européenne « habitats-faune-flore »", "directive", "celex/31992L0043", ""}}},
	// unseen real pages, batch 2
	{"a code's acronym after an article", "prévues à l'article R.511-19 ou à l'article R.511-21 du CSI. Le CSP", []want{
		{"article R.511-21 du CSI", "code", "code/securite-interieure", "R511-21"}}},
	{"numbers without prefix after a prefixed code", "Ils concernent les articles 2, 3 et 8 de la loi n° 2016-87 du 2 février 2016 modifiant les articles L. 1110-5-1 et L. 1111-11 du code de la santé publique, relatifs pour les articles 2 et 3 à une procédure", []want{
		{"articles 2", "loi", "loi/2016-87", "2"}, {"3", "loi", "loi/2016-87", "3"}, {"8 de la loi n° 2016-87 du 2 février 2016", "loi", "loi/2016-87", "8"},
		{"articles L. 1110-5-1", "code", "code/sante-publique", "L1110-5-1"}, {"L. 1111-11 du code de la santé publique", "code", "code/sante-publique", "L1111-11"},
		{"articles 2", "loi", "loi/2016-87", "2"}, {"3", "loi", "loi/2016-87", "3"}}},
	{"an item in parentheses between an article and its code", "sur l'article 434-7 (2°) du code de procédure pénale. En effet", []want{
		{"article 434-7 (2°) du code de procédure pénale", "code", "code/procedure-penale", "434-7"}}},
	{"items after an article", "l'article 278 bis 1/ et 2/ du code général des impôts et l'article L. 2212-2 1° et 2° du code général des collectivités territoriales", []want{
		{"article 278 bis 1/ et 2/ du code général des impôts", "code", "code/cgi", "278 bis"},
		{"article L. 2212-2 1° et 2° du code général des collectivités territoriales", "code", "code/cgct", "L2212-2"}}},
	{"the sixth VAT directive", "L'annexe H à la sixième directive TVA fixe la liste", []want{
		{"sixième directive TVA", "directive", "celex/31977L0388", ""}}},
	// unseen real pages, batch 3
	{"a tax treaty by its parties", "Depuis 1964, la convention fiscale franco-belge gère leur vie ; une lettre restrictive à cette convention, puis la convention fiscale avec la Belgique", []want{
		{"convention fiscale franco-belge", "traite", "traite/fr-be-fiscale-1964", ""}, {"cette convention", "traite", "traite/fr-be-fiscale-1964", ""},
		{"convention fiscale avec la Belgique", "traite", "traite/fr-be-fiscale-1964", ""}}},
	{"an indefinite treaty with its date", "La France et la Belgique sont liées par une convention fiscale bilatérale signée le 10 mars 1964, modifiée par un avenant du 8 février 1999. Cette convention prévoit", []want{
		{"convention fiscale bilatérale signée le 10 mars 1964", "traite", "traite/fr-be-fiscale-1964", ""}, {"avenant du 8 février 1999", "traite", "traite/avenant-du-1999-02-08", ""},
		{"Cette convention", "traite", "traite/fr-be-fiscale-1964", ""}}},
	{"treaties in general with a party", "en l'état actuel des accords et conventions avec la Belgique, une convention de partenariat avec la Tunisie", nil},
	{"a treaty signed between two parties", "malgré l'accord fiscal de réciprocité signé entre la France et la Belgique le 10 mars 1964.", []want{
		{"accord fiscal de réciprocité signé entre la France et la Belgique le 10 mars 1964", "traite", "traite/fr-be-fiscale-1964", ""}}},
	{"a space in a number", "l'ordonnance n° 2015- 899 du 23 juillet 2015 relative aux marchés publics. Cette ordonnance", []want{
		{"ordonnance n° 2015- 899 du 23 juillet 2015", "ordonnance", "ordonnance/2015-899", ""}, {"Cette ordonnance", "ordonnance", "ordonnance/2015-899", ""}}},
	{"the constitution in lower case after an article", "prise sur les bases de l'article 38 de la constitution, elle ; la constitution d'un dossier", []want{
		{"article 38 de la constitution", "constitution", "constitution/1958", "38"}}},
	{"two directives under one plural noun", "transpose les directives européennes 2014/24UE et 2014/25/UE du 26 février 2014.", []want{
		{"directives européennes 2014/24UE", "directive", "celex/32014L0024", ""}, {"2014/25/UE du 26 février 2014", "directive", "celex/32014L0025", ""}}},
	// unseen real pages, batch 5
	{"a place's article in lower case", "une violation des dispositions de la Convention de la Haye, sans même", []want{
		{"Convention de la Haye", "traite", "traite/convention-de-la-haye", ""}}},
	{"an undated Hague convention settled by the context", "sur les nombreux cas d'enlevement d'enfant : la Convention de La Haye est cense regler ces situations", []want{
		{"Convention de La Haye", "traite", "traite/hcch-1980-enlevement", ""}}},
	{"a number cut short before its date", "a été précisée par le décret n° 2011 du 16 août 2011 qui a introduit un article D. 821-1-2 au code de la sécurité sociale (CSS).", []want{
		{"décret n° 2011 du 16 août 2011", "decret", "decret/du-2011-08-16", ""}, {"article D. 821-1-2 au code de la sécurité sociale", "code", "code/securite-sociale", "D821-1-2"}}},
	{"pour and a verb is no law's title", "le décret prévu par la loi pour définir cette nouvelle notion, et la loi pour l'égalité des droits et des chances", []want{
		{"loi pour l'égalité des droits et des chances", "loi", "loi/2005-102", ""}}},
	// unseen real pages, batch 6
	{"alinéa 1er inside a list, a paragraph joined by a hyphen", "la loi n° 95-101 du 2 février 1995. Les décrets d'application des articles 9, 65, alinéa 1er, 65, alinéa 2, 91-I1 et 94 de ce texte", []want{
		{"loi n° 95-101 du 2 février 1995", "loi", "loi/95-101", ""}, {"articles 9", "loi", "loi/95-101", "9"}, {"65, alinéa 1er", "loi", "loi/95-101", "65"},
		{"65, alinéa 2", "loi", "loi/95-101", "65"}, {"91-I1", "loi", "loi/95-101", "91"}, {"94 de ce texte", "loi", "loi/95-101", "94"}}},
	{"an article cited before recalls its text", "Les décrets d'application des articles 9 et 31 de la loi n° 95-101 du 2 février 1995. L'article 9 a été abrogé par l'ordonnance n° 2004-637 du 1er juillet 2004 (article 27-I). Le décret d'application de l'article 31 n'a pas été publié.", []want{
		{"articles 9", "loi", "loi/95-101", "9"}, {"31 de la loi n° 95-101 du 2 février 1995", "loi", "loi/95-101", "31"}, {"article 9", "loi", "loi/95-101", "9"},
		{"ordonnance n° 2004-637 du 1er juillet 2004", "ordonnance", "ordonnance/2004-637", ""}, {"article 27-I", "ordonnance", "ordonnance/2004-637", "27-I"},
		{"article 31", "loi", "loi/95-101", "31"}}},
	{"a code article numbered as a code cited before", "l'article L. 2541-22 du code general des collectivites territoriales, l'article L. 316-2 du code des communes et l'article L. 2131-11 et l'article L. 317-1", []want{
		{"article L. 2541-22 du code general des collectivites territoriales", "code", "code/cgct", "L2541-22"}, {"article L. 316-2 du code des communes", "code", "code/communes", "L316-2"},
		{"article L. 2131-11", "code", "code/cgct", "L2131-11"}, {"article L. 317-1", "code", "code/communes", "L317-1"}}},
	{"divisions numbered 1er and 2e", "l'article L. 2541-22 du code general des collectivites territoriales rend applicables les dispositions du titre III du livre 1er de la 2e partie dudit code", []want{
		{"article L. 2541-22 du code general des collectivites territoriales", "code", "code/cgct", "L2541-22"},
		{"titre III du livre 1er de la 2e partie dudit code", "code", "code/cgct", "titre III du livre 1er de la 2e partie"}}},
	{"a directive by its year", "La directive européenne 2008/98/CE relative aux déchets. Elle demande la révision de la directive de 2008.", []want{
		{"directive européenne 2008/98/CE", "directive", "celex/32008L0098", ""}, {"directive de 2008", "directive", "celex/32008L0098", ""}}},
	{"a directive by its year and none named", "la directive de 2008 et la loi n° 2008-776 du 4 août 2008, dite la loi de 2008", []want{
		{"loi n° 2008-776 du 4 août 2008", "loi", "loi/2008-776", ""}, {"loi de 2008", "loi", "loi/2008-776", ""}}},
	// unseen real pages, batch 7
	{"an accord by its acronym, then cet accord", "L'accord AEWA (African Eurasian Waterbird Agreement) sur les oiseaux d'eau d'Afrique-Eurasie est appliqué. Cet accord prévoit", []want{
		{"accord AEWA", "traite", "traite/aewa-1995", ""}, {"Cet accord", "traite", "traite/aewa-1995", ""}}},
	{"an accord by its year", "l'article 7 ter de l'accord franco-algérien de 1968 subordonne", []want{
		{"article 7 ter de l'accord franco-algérien de 1968", "traite", "traite/fr-dz-1968", "7 ter"}}},
	{"a convention by its year recalls the one named before, else none", "la convention de 1951 relative au statut des réfugiés. La convention de 1951 protège. les accords de 1962 et la convention CAF", []want{
		{"convention de 1951 relative au statut des réfugiés", "traite", "traite/refugies-1951", ""}, {"convention de 1951", "traite", "traite/refugies-1951", ""}}},
	{"a regulation numbered UE/2016/679, then ce règlement", "par le règlement UE/2016/679 du Parlement européen et du Conseil, du 27 avril 2016, relatif à la protection. Ce règlement", []want{
		{"règlement UE/2016/679 du Parlement européen et du Conseil, du 27 avril 2016", "reglement", "celex/32016R0679", ""}, {"Ce règlement", "reglement", "celex/32016R0679", ""}}},
	{"aliases in lower case after the noun", "la directive services et le règlement européen sur la protection des données (RGPD), mais pas la directive relative aux oiseaux", []want{
		{"directive services", "directive", "celex/32006L0123", ""}, {"règlement européen sur la protection des données", "reglement", "celex/32016R0679", ""},
		{"RGPD", "reglement", "celex/32016R0679", ""}}},
	{"a range of a page without accents, a lettered paragraph", "la loi no 93-122 du 29 janvier 1993 : les articles 43 a 45 organisent. L'article 5 a été abrogé. Le règlement (CE) n° 561/2006 en son article 3 § h", []want{
		{"loi no 93-122 du 29 janvier 1993", "loi", "loi/93-122", ""}, {"articles 43 a 45", "loi", "loi/93-122", "43 à 45"}, {"article 5", "loi", "loi/93-122", "5"},
		{"règlement (CE) n° 561/2006 en son article 3 § h", "reglement", "celex/32006R0561", "3"}}},
	{"a division of the text named last", "la loi n° 93-122 du 29 janvier 1993 qui fixe, en son chapitre IV, diverses dispositions", []want{
		{"loi n° 93-122 du 29 janvier 1993", "loi", "loi/93-122", ""}, {"son chapitre IV", "loi", "loi/93-122", "chapitre IV"}}},
	{"an acronym the law in parentheses spells out", "les projets de loi ; LME (loi de modernisation de l'économie) ou", []want{
		{"LME", "loi", "loi/2008-776", ""}, {"loi de modernisation de l'économie", "loi", "loi/2008-776", ""}}},
	// unseen real pages, batch 8
	{"a list of EU numbers under a plural noun", "six directives (n° 2002/89, 2003/85 et 2005/37) étaient en retard", []want{
		{"directives (n° 2002/89", "directive", "celex/32002L0089", ""}, {"2003/85", "directive", "celex/32003L0085", ""}, {"2005/37", "directive", "celex/32005L0037", ""}}},
	{"a directive by its date", "les principes de la directive communautaire du 2 avril 1979 sur la conservation des oiseaux sauvages", []want{
		{"directive communautaire du 2 avril 1979", "directive", "celex/31979L0409", ""}}},
	{"a circular of the Prime Minister", "la circulaire du Premier ministre du 27 septembre 2004, relative à la procédure", []want{
		{"circulaire du Premier ministre du 27 septembre 2004", "circulaire", "circulaire/du-2004-09-27", ""}}},
	{"a title that a longer one may abridge stays unresolved, its year or its whole title tells", "la loi sur l'eau prévoit; la loi sur l'eau de 1992 avait; la loi sur l'eau et les milieux aquatiques du 30 décembre 2006 en", []want{
		{"loi sur l'eau", "loi", "", ""}, {"loi sur l'eau de 1992", "loi", "loi/92-3", ""}, {"loi sur l'eau et les milieux aquatiques du 30 décembre 2006", "loi", "loi/2006-1772", ""}}},
	{"an acronym after a clause names no law", "la loi sur l'eau de 1992 avait contraint les communes à mettre en place, avant le 31 décembre 2005, un service public d'assainissement non collectif (SPANC) comprenant", []want{
		{"loi sur l'eau de 1992", "loi", "loi/92-3", ""}}},
	{"an EU act's article and paragraph joined by a hyphen", "l'article 7-4 de la directive 2009/147/CE et l'article 35-10 de la loi n° 83-663 du 22 juillet 1983", []want{
		{"article 7-4 de la directive 2009/147/CE", "directive", "celex/32009L0147", "7"}, {"article 35-10 de la loi n° 83-663 du 22 juillet 1983", "loi", "loi/83-663", "35-10"}}},
	{"the GDPR by another of its names", "le règlement général de la protection des données s'applique", []want{
		{"règlement général de la protection des données", "reglement", "celex/32016R0679", ""}}},
	// issue 12: every code
	{"the tax procedures book", "l'article L. 80 A du livre des procédures fiscales et l'article L. 10 du LPF", []want{
		{"article L. 80 A du livre des procédures fiscales", "code", "code/lpf", "L80 A"}, {"article L. 10 du LPF", "code", "code/lpf", "L10"}}},
	{"annexes of the tax code", "l'article 171 AP de l'annexe II au code général des impôts et l'article 46 quater-0 YE de l'annexe III du CGI", []want{
		{"article 171 AP de l'annexe II au code général des impôts", "code", "code/cgi-annexe-2", "171 AP"},
		{"article 46 quater-0 YE de l'annexe III du CGI", "code", "code/cgi-annexe-3", "46 quater-0 YE"}}},
	{"an annex written after the code", "l'article 23 L du code général des impôts, annexe IV", []want{
		{"article 23 L du code général des impôts, annexe IV", "code", "code/cgi-annexe-4", "23 L"}}},
	{"the former edition of a code", "l'article 64 de l'ancien code pénal, devenu l'article 122-1 du code pénal", []want{
		{"article 64 de l'ancien code pénal", "code", "code/penal-ancien", "64"}, {"article 122-1 du code pénal", "code", "code/penal", "122-1"}}},
	{"recent codes", "l'article L. 312-1 du code des impositions sur les biens et services et l'article L. 121-1 du code général de la fonction publique", []want{
		{"article L. 312-1 du code des impositions sur les biens et services", "code", "code/cibs", "L312-1"},
		{"article L. 121-1 du code général de la fonction publique", "code", "code/fonction-publique", "L121-1"}}},
	{"an abrogated code", "l'article L. 3 du code des débits de boissons et l'article 1er du code du vin", []want{
		{"article L. 3 du code des débits de boissons", "code", "code/debits-de-boissons", "L3"}, {"article 1er du code du vin", "code", "code/vin", "1er"}}},
	{"possessive article", "la loi n° 2008-582 du 20 juin 2008 et son article 76", []want{
		{"loi n° 2008-582 du 20 juin 2008", "loi", "loi/2008-582", ""}, {"son article 76", "loi", "loi/2008-582", "76"}}},
	{"article bis", "la loi n° 78-17 du 6 janvier 1978, l'article 31 bis", []want{
		{"loi n° 78-17 du 6 janvier 1978", "loi", "loi/78-17", ""}, {"article 31 bis", "loi", "loi/78-17", "31 bis"}}},
	// unseen batches 9 and 10
	{"number with no number sign", "le décret 2002-89 du 16 janvier 2002 relatif et la loi 2001-44 du 17 janvier 2001, en 2002", []want{
		{"décret 2002-89 du 16 janvier 2002", "decret", "decret/2002-89", ""}, {"loi 2001-44 du 17 janvier 2001", "loi", "loi/2001-44", ""}}},
	{"code prefix glued to its number", "sur le fondement de l'article L2541-9 du code général des collectivités territoriales", []want{
		{"article L2541-9 du code général des collectivités territoriales", "code", "code/cgct", "L2541-9"}}},
	{"et suivants inside a list", "(articles L. 411-1 et suivants et R. 211-1 et suivants du code de l'environnement)", []want{
		{"articles L. 411-1 et suivants", "code", "code/environnement", "L411-1"},
		{"R. 211-1 et suivants du code de l'environnement", "code", "code/environnement", "R211-1"}}},
	{"the article cited above", "Il peut mettre en oeuvre l'article 815-5-1 du code civil. La procédure de l'article précité permet de vendre.", []want{
		{"article 815-5-1 du code civil", "code", "code/civil", "815-5-1"}, {"article précité", "code", "code/civil", "815-5-1"}}},
	{"a bare article far from its text", "l'article 52 de la loi du 6 août 2015. Ainsi, plus d'un an après la publication de l'arrêté, il lui demande de lui apporter des précisions sur cette mise en œuvre, notamment sur la création des nouveaux offices, ainsi que sur le nombre de professionnels nommés au sein de ces offices. Il souhaite, sur ce dernier point, savoir si les notaires déjà installés seront comptabilisés parmi les nouveaux professionnels ou si l'ouverture prévue par l'article 52 bénéficiera d'abord aux diplômés.", []want{
		{"article 52 de la loi du 6 août 2015", "loi", "loi/2015-990", "52"}, {"article 52", "loi", "loi/2015-990", "52"}}},
	{"annexes of a treaty", "la convention de Berne fait passer le loup de l'annexe 2 à l'annexe 3, puis à l'annexe III de cette convention et non plus à son annexe II.", []want{
		{"convention de Berne", "traite", "traite/coe-104", ""}, {"annexe 2", "traite", "traite/coe-104", "annexe 2"}, {"annexe 3", "traite", "traite/coe-104", "annexe 3"},
		{"annexe III de cette convention", "traite", "traite/coe-104", "annexe III"}, {"son annexe II", "traite", "traite/coe-104", "annexe II"}}},
	{"court then date", "(CE, 19 janvier 1983, Chauré ; TA d'Amiens, 2 mars 2006, n° 0401501) et (Conseil d'État, 6 novembre 1996, commune d'Asnières-sur-Seine)", []want{
		{"CE, 19 janvier 1983, Chauré", "jurisprudence", "jurisprudence/ce/du-1983-01-19-chaure", ""},
		{"TA d'Amiens, 2 mars 2006, n° 0401501", "jurisprudence", "jurisprudence/ta-amiens/0401501", ""},
		{"Conseil d'État, 6 novembre 1996, commune d'Asnières-sur-Seine", "jurisprudence", "jurisprudence/ce/du-1996-11-06", ""}}},
	{"bilateral treaty by its adjective, dated later", "l'article 7 de la convention fiscale franco-monégasque. La convention fiscale franco-monégasque du 18 mai 1963 et son article 7.", []want{
		{"article 7 de la convention fiscale franco-monégasque", "traite", "traite/convention-du-1963-05-18", "7"},
		{"convention fiscale franco-monégasque du 18 mai 1963", "traite", "traite/convention-du-1963-05-18", ""},
		{"son article 7", "traite", "traite/convention-du-1963-05-18", "7"}}},
	{"an undated treaty whose name three dated ones share stays its own", "la convention fiscale franco-monégasque ; la convention fiscale franco-monégasque du 18 mai 1963, la convention fiscale franco-monégasque du 1er avril 1950 et la convention fiscale franco-monégasque du 2 mai 1970.", []want{
		{"convention fiscale franco-monégasque", "traite", "traite/convention-fiscale-franco-monegasque", ""},
		{"convention fiscale franco-monégasque du 18 mai 1963", "traite", "traite/convention-du-1963-05-18", ""},
		{"convention fiscale franco-monégasque du 1er avril 1950", "traite", "traite/convention-du-1950-04-01", ""},
		{"convention fiscale franco-monégasque du 2 mai 1970", "traite", "traite/convention-du-1970-05-02", ""}}},
	{"date shared, number in the document", "La loi du 5 mars 2007 réforme la tutelle. Cette loi s'applique. La loi n° 2007-308 du 5 mars 2007 portant réforme.", []want{
		{"loi du 5 mars 2007", "loi", "loi/2007-308", ""}, {"Cette loi", "loi", "loi/2007-308", ""}, {"loi n° 2007-308 du 5 mars 2007", "loi", "loi/2007-308", ""}}},
	{"an avenant by its ordinal", "la France et le Luxembourg ont signé un deuxième avenant à « la convention entre la France et le Grand-Duché de Luxembourg tendant à éviter les doubles impositions » ; cet avenant doit être ratifié.", []want{
		{"deuxième avenant", "traite", "traite/convention-entre-la-france-et-le-grand-duche-de-luxembourg-tendant-a-eviter-les/avenant-2", ""},
		{"convention entre la France et le Grand-Duché de Luxembourg tendant à éviter les doubles impositions", "traite", "traite/convention-entre-la-france-et-le-grand-duche-de-luxembourg-tendant-a-eviter-les", ""},
		{"cet avenant", "traite", "traite/convention-entre-la-france-et-le-grand-duche-de-luxembourg-tendant-a-eviter-les/avenant-2", ""}}},
	{"a demonstrative after another text is introduced", "la directive 2006/112/CE du Conseil du 28 novembre 2006 ne le permet pas. Le Conseil a adopté une directive formalisant l'accord politique ; cette directive ne prévoit rien.", []want{
		{"directive 2006/112/CE du Conseil du 28 novembre 2006", "directive", "celex/32006L0112", ""}, {"cette directive", "directive", "", ""}}},
	{"a law by its minister's name", "la loi Debré et la loi Littoral", []want{{"loi Debré", "loi", "loi/59-1557", ""}, {"loi Littoral", "loi", "loi/86-2", ""}}},
	// unseen batches 11 and 12
	{"a section joined to the number, a paragraph in words or parentheses", "l'article 194-II du code général des impôts. Cet article dispose. L'article L. 253 bis dernier alinéa du code des pensions militaires d'invalidité et des victimes de la guerre. L'article L. 514-1 (I) du code de l'environnement.", []want{
		{"article 194-II du code général des impôts", "code", "code/cgi", "194-II"}, {"Cet article", "code", "code/cgi", "194-II"},
		{"article L. 253 bis dernier alinéa du code des pensions militaires d'invalidité et des victimes de la guerre", "code", "code/pensions-militaires-invalidite-1951", "L253 bis"},
		{"article L. 514-1 (I) du code de l'environnement", "code", "code/environnement", "L514-1"}}},
	{"a law's alias in lower case, its year after it", "La loi informatique et libertés, la loi pénitentiaire de 2009 et la loi littoral ; la loi prévoit.", []want{
		{"loi informatique et libertés", "loi", "loi/78-17", ""}, {"loi pénitentiaire de 2009", "loi", "loi/2009-1436", ""}, {"loi littoral", "loi", "loi/86-2", ""}}},
	{"a law by its adjectives, dated, then again", "la loi organique n° 2004-192 du 27 février 2004. La loi organique statutaire du 27 février 2004 a clarifié le régime ; la loi organique statutaire s'applique.", []want{
		{"loi organique n° 2004-192 du 27 février 2004", "loi", "loi/2004-192", ""}, {"loi organique statutaire du 27 février 2004", "loi", "loi/2004-192", ""}, {"loi organique statutaire", "loi", "loi/2004-192", ""}}},
	{"an article of this text, the text named last", "Le décret n° 91-370 du 15 avril 1991, pris en application de la loi précitée, fixe les modalités. L'article 1er de ce texte stipule ; l'article 2 de ce même texte prévoit.", []want{
		{"décret n° 91-370 du 15 avril 1991", "decret", "decret/91-370", ""}, {"article 1er de ce texte", "decret", "decret/91-370", "1er"}, {"article 2 de ce même texte", "decret", "decret/91-370", "2"}}},
	{"a bilateral adjective recalls the treaty named so", "La convention franco-coréenne en matière de sécurité sociale signée le 25 février 2005 ; cet accord bilatéral est soumis à ratification, l'accord franco-coréen aussi.", []want{
		{"convention franco-coréenne en matière de sécurité sociale signée le 25 février 2005", "traite", "traite/convention-du-2005-02-25", ""},
		{"cet accord bilatéral", "traite", "traite/convention-du-2005-02-25", ""}, {"accord franco-coréen", "traite", "traite/convention-du-2005-02-25", ""}}},
	{"an instruction of a date, and not a file's", "Selon l'instruction no 82 du 22 avril 1995 (5 B 10-96), cette instruction est précise. Après l'instruction du dossier, cette instruction a duré.", []want{
		{"instruction no 82 du 22 avril 1995", "circulaire", "circulaire/du-1995-04-22", ""}, {"cette instruction", "circulaire", "circulaire/du-1995-04-22", ""}}},
	{"a treaty's mention ends at its date", "La Convention de La Haye du 25 octobre 1980 sur les aspects civils de l'enlèvement international d'enfants et la convention du 10 mars 1964 entre la France et la Belgique tendant à éviter les doubles impositions.", []want{
		{"Convention de La Haye du 25 octobre 1980", "traite", "traite/hcch-1980-enlevement", ""}, {"convention du 10 mars 1964 entre la France et la Belgique", "traite", "traite/fr-be-fiscale-1964", ""}}},
	{"a title's date or number joins it", "La loi de modernisation de l'économie du 4 août 2008, la loi sur la chasse n° 2000-698 du 26 juillet 2000, la loi sur les retraites du 17 juillet 2003.", []want{
		{"loi de modernisation de l'économie du 4 août 2008", "loi", "loi/2008-776", ""}, {"loi sur la chasse n° 2000-698 du 26 juillet 2000", "loi", "loi/2000-698", ""},
		{"loi sur les retraites du 17 juillet 2003", "loi", "loi/titre/sur-les-retraites", ""}}},
	{"précité joins the text named whole", "La loi du 5 août 2021 précitée, le règlement (CE) n° 561/2006 précité et l'article 7 précité.", []want{
		{"loi du 5 août 2021 précitée", "loi", "loi/du-2021-08-05", ""}, {"règlement (CE) n° 561/2006 précité", "reglement", "celex/32006R0561", ""}, {"article 7 précité", "reglement", "celex/32006R0561", "7"}}},
	{"courts with a party and an appeal court's number", "CAA Marseille, 22 octobre 2007, n° 05MA02078 et CE 9 mars 1990, n° 100734 ; CE, 15 juin 1998, commune de Clais, n° 171786.", []want{
		{"CAA Marseille, 22 octobre 2007, n° 05MA02078", "jurisprudence", "jurisprudence/caa-marseille/05MA02078", ""},
		{"CE 9 mars 1990, n° 100734", "jurisprudence", "jurisprudence/ce/100734", ""},
		{"CE, 15 juin 1998, commune de Clais, n° 171786", "jurisprudence", "jurisprudence/ce/171786", ""}}},
	// unseen batches 13 and 14
	{"the Communities' older regulations", "Le reglement communautaire no 543 du 25 mars 1969, les reglements CEE no 787-73 du conseil du 25 juin 1973 et no 2828-77 du conseil du 12 decembre 1977. Les règlements CEE n° 3820-85 et 3821-85 du 20 décembre 1985 ; le règlement n° 3820-85 aussi, non le règlement n° 2014-03 de l'ANC.", []want{
		{"reglement communautaire no 543 du 25 mars 1969", "reglement", "celex/31969R0543", ""}, {"reglements CEE no 787-73 du conseil du 25 juin 1973", "reglement", "celex/31973R0787", ""},
		{"2828-77 du conseil du 12 decembre 1977", "reglement", "celex/31977R2828", ""}, {"règlements CEE n° 3820-85", "reglement", "celex/31985R3820", ""},
		{"3821-85 du 20 décembre 1985", "reglement", "celex/31985R3821", ""}, {"règlement n° 3820-85", "reglement", "celex/31985R3820", ""}}},
	{"French texts listed under a plural noun", "(decrets no 72-1269 du 30 decembre 1972, no 78-874 du 9 aout 1978) et les lois n° 2010-1 et n° 2011-2.", []want{
		{"decrets no 72-1269 du 30 decembre 1972", "decret", "decret/72-1269", ""}, {"no 78-874 du 9 aout 1978", "decret", "decret/78-874", ""},
		{"lois n° 2010-1", "loi", "loi/2010-1", ""}, {"n° 2011-2", "loi", "loi/2011-2", ""}}},
	{"Council of Europe conventions by their subjects, not its treaties at large", "les traités du Conseil de l'Europe : la convention sur les relations personnelles concernant les enfants, la convention-cadre du Conseil de l'Europe sur la valeur du patrimoine culturel, la Convention européenne sur la nationalité et la Charte européenne des langues régionales ou minoritaires.", []want{
		{"convention sur les relations personnelles concernant les enfants", "traite", "traite/coe-192", ""},
		{"convention-cadre du Conseil de l'Europe sur la valeur du patrimoine culturel", "traite", "traite/coe-199", ""},
		{"Convention européenne sur la nationalité", "traite", "traite/coe-166", ""}, {"Charte européenne des langues régionales ou minoritaires", "traite", "traite/coe-148", ""}}},
	{"a general convention, an exchange of letters", "la convention générale de sécurité sociale franco-algérienne du 1er octobre 1980 et l'échange de lettres du 17 avril 1978 et du 23 mai 1979", []want{
		{"convention générale de sécurité sociale franco-algérienne du 1er octobre 1980", "traite", "traite/convention-du-1980-10-01", ""},
		{"échange de lettres du 17 avril 1978 et du 23 mai 1979", "traite", "traite/echange-de-lettre-du-1978-04-17", ""}}},
	{"an acronym after a clause is not the law's", "la loi n° 2014-40 du 20 janvier 2014 prévoit un compte personnel de prévention de la pénibilité (C3P)", []want{
		{"loi n° 2014-40 du 20 janvier 2014", "loi", "loi/2014-40", ""}}},
	{"the text in question, an accented ordinal", "Le décret n° 2002-89 du 16 janvier 2002 ; le décret en cause. Les articles 199 undécies et 238 bis HA du code général des impôts.", []want{
		{"décret n° 2002-89 du 16 janvier 2002", "decret", "decret/2002-89", ""}, {"décret en cause", "decret", "decret/2002-89", ""},
		{"articles 199 undécies", "code", "code/cgi", "199 undécies"}, {"238 bis HA du code général des impôts", "code", "code/cgi", "238 bis HA"}}},
	// unseen batch 15
	{"a finance law in a numbered law's title, a lettered paragraph, an unprefixed code's article recalled", "Selon l'article 2-II de la loi no 87-1060 du 30 decembre 1987 portant loi de finances pour 1988, ces contribuables beneficient d'une demi-part. L'article 195-1, f du code general des impots dispose. Le libelle de l'article 195-1 est clair.", []want{
		{"article 2-II de la loi no 87-1060 du 30 decembre 1987", "loi", "loi/87-1060", "2-II"}, {"article 195-1, f du code general des impots", "code", "code/cgi", "195-1"},
		{"article 195-1", "code", "code/cgi", "195-1"}}},
	{"a decree for the application of a law's article", "l'article 88 de la loi n° 84-53 du 26 janvier 1984 ; le décret n° 2003-1013 du 23 octobre 2003, pris pour l'application du premier alinéa de l'article 88, détermine", []want{
		{"article 88 de la loi n° 84-53 du 26 janvier 1984", "loi", "loi/84-53", "88"}, {"décret n° 2003-1013 du 23 octobre 2003", "decret", "decret/2003-1013", ""},
		{"article 88", "loi", "loi/84-53", "88"}}},
	{"a circular issued by an office, a tax bulletin", "la circulaire d'application édictée par la direction générale des collectivités locales en date du 18 octobre 2024 ; le bulletin officiel 3 C-7-00 du 5 septembre 2000", []want{
		{"circulaire d'application édictée par la direction générale des collectivités locales en date du 18 octobre 2024", "circulaire", "circulaire/du-2024-10-18", ""},
		{"bulletin officiel 3 C-7-00 du 5 septembre 2000", "circulaire", "circulaire/du-2000-09-05", ""}}},
	// unseen batch 16
	{"a capital before the Latin adverb, recalled by its number", "l'article 1636 B sexies du code général des impôts. Dans sa rédaction issue de l'article 100 de la loi de finances pour 1993, l'article 1636 B sexies prévoit", []want{
		{"article 1636 B sexies du code général des impôts", "code", "code/cgi", "1636 B sexies"}, {"article 100 de la loi de finances pour 1993", "loi", "loi/92-1376", "100"},
		{"article 1636 B sexies", "code", "code/cgi", "1636 B sexies"}}},
	{"the text cited above, a law of two days, its year after", "Le statut (loi n° 84-53 du 26 janvier 1984) ; le texte susvisé prévoit. Les articles 10 et 13 de la loi des 16 et 24 août 1790 ; la loi de 1790 précitée.", []want{
		{"loi n° 84-53 du 26 janvier 1984", "loi", "loi/84-53", ""}, {"texte susvisé", "loi", "loi/84-53", ""},
		{"articles 10", "loi", "loi/du-1790-08-24", "10"}, {"13 de la loi des 16 et 24 août 1790", "loi", "loi/du-1790-08-24", "13"}, {"loi de 1790 précitée", "loi", "loi/du-1790-08-24", ""}}},
	{"a judgment by date, parties and number; an instruction's number of letters; 'L-433'", "(arrêt du 21 octobre 2011, EARL Cintrat/Ministre de l'écologie, n°  334322). L'instruction n° DSS/DACI/2019/173 du 1er juillet 2019. Les articles L-433 et suivants du code de l'urbanisme.", []want{
		{"arrêt du 21 octobre 2011, EARL Cintrat/Ministre de l'écologie, n°  334322", "jurisprudence", "jurisprudence/arret/earl-cintrat-ministre-de-l-ecologie-du-2011-10-21", ""},
		{"instruction n° DSS/DACI/2019/173 du 1er juillet 2019", "circulaire", "circulaire/du-2019-07-01", ""},
		{"articles L-433 et suivants du code de l'urbanisme", "code", "code/urbanisme", "L433"}}},
	// older batches' misses
	{"a regulation its page calls a directive", "la transposition de la directive européenne n° 561/2006 par un décret du 11 avril 2007. Cette directive impose des temps de repos ; la directive 2006/126/CE aussi.", []want{
		{"directive européenne n° 561/2006", "reglement", "celex/32006R0561", ""}, {"décret du 11 avril 2007", "decret", "decret/du-2007-04-11", ""},
		{"Cette directive", "reglement", "celex/32006R0561", ""}, {"directive 2006/126/CE", "directive", "celex/32006L0126", ""}}},
	{"an EU number after the subject of the one before", "les deux directives européennes 79/409 sur la conservation des oiseaux sauvages et 92/43 sur la conservation des habitats naturels", []want{
		{"directives européennes 79/409", "directive", "celex/31979L0409", ""}, {"92/43", "directive", "celex/31992L0043", ""}}},
	{"an arrêté by its title, not one to come", "Parmi ces textes, l'arrêté fixant les prescriptions techniques applicables aux installations d'assainissement reprend les dispositions. Un arrêté fixant la liste sera pris.", []want{
		{"arrêté fixant les prescriptions techniques applicables aux installations d'assainissement", "arrete", "arrete/titre/fixant-les-prescriptions-techniques-applicables-aux-installations-d", ""}}},
	// unseen batch 17
	{"an article right after its text, an ordonnance modifiée, a numbered avenant", "Textes : loi no 83-605 du 8 juillet 1983 article 14. Les articles 29 et 30 bis de l'ordonnance modifiée du 2 novembre 1945. L'entrée en vigueur du 3e avenant à l'accord du 27 décembre 1968 modifié.", []want{
		{"loi no 83-605 du 8 juillet 1983 article 14", "loi", "loi/83-605", "14"}, {"articles 29", "ordonnance", "", "29"},
		{"30 bis de l'ordonnance modifiée du 2 novembre 1945", "ordonnance", "", "30 bis"},
		{"3e avenant", "traite", "traite/fr-dz-1968/avenant-3", ""}, {"accord du 27 décembre 1968", "traite", "traite/fr-dz-1968", ""}}},
	{"a directive's subject before its number, a code's shorter name", "la directive communautaire sur le permis de conduire n° 91/439/CEE du 29 juillet 1991 ; l'article L. 256 du code des pensions d'invalidité et des victimes de la guerre", []want{
		{"directive communautaire sur le permis de conduire n° 91/439/CEE du 29 juillet 1991", "directive", "celex/31991L0439", ""},
		{"article L. 256 du code des pensions d'invalidité et des victimes de la guerre", "code", "code/pensions-militaires-invalidite-1951", "L256"}}},
	// unseen batch 18
	{"items in parentheses, a treaty by its parties and year, a text by its year", "L'article 21-19 (4o et 5o) du code civil. L'accord signé entre la France et l'Algérie en 1984 ; cet accord prévoit. L'ordonnance n° 82-270 du 26 mars 1982 ; l'ordonnance de 1982 aussi. Le décret de 1974.", []want{
		{"article 21-19 (4o et 5o) du code civil", "code", "code/civil", "21-19"},
		{"accord signé entre la France et l'Algérie en 1984", "traite", "traite/accord-signe-entre-la-france-et-l-algerie-en-1984", ""},
		{"cet accord", "traite", "traite/accord-signe-entre-la-france-et-l-algerie-en-1984", ""},
		{"ordonnance n° 82-270 du 26 mars 1982", "ordonnance", "ordonnance/82-270", ""}, {"ordonnance de 1982", "ordonnance", "ordonnance/82-270", ""},
		{"décret de 1974", "decret", "", ""}}},
	// unseen batch 20
	{"courts' decisions rendered by, of a chamber, by date and parties", "les décisions rendues par la Cour de justice des Communautés européennes le 13 juillet 1989 ; la décision du 10 février 2010, M. Perez c/ministre de l'économie, (req. n° 329100) ; l'arrêt du 19 novembre 2009, Sturgeon, C-402/07 ; Cour de cassation, chambre civile 1, 2 avril 2014, 13-16.038", []want{
		{"décisions rendues par la Cour de justice des Communautés européennes le 13 juillet 1989", "jurisprudence", "jurisprudence/cjue/du-1989-07-13", ""},
		{"décision du 10 février 2010, M. Perez c/ministre de l'économie, (req. n° 329100)", "jurisprudence", "jurisprudence/arret/m-perez-c-ministre-de-l-economie-du-2010-02-10", ""},
		{"arrêt du 19 novembre 2009, Sturgeon, C-402/07", "jurisprudence", "jurisprudence/cjue/C-402/07", ""},
		{"Cour de cassation, chambre civile 1, 2 avril 2014, 13-16.038", "jurisprudence", "jurisprudence/cass/13-16.038", ""}}},
	{"the new regulation, a regulation by its year, an article of the text named before a judgment", "le règlement (CE) n° 261/2004 du 11 février 2004 abroge le règlement (CEE) n° 295/91. Ce nouveau règlement protège ; le règlement communautaire de 2004 aussi. L'arrêt Sturgeon du 19 novembre 2009 ; l'article 7 prévoit.", []want{
		{"règlement (CE) n° 261/2004 du 11 février 2004", "reglement", "celex/32004R0261", ""}, {"règlement (CEE) n° 295/91", "reglement", "celex/31991R0295", ""},
		{"Ce nouveau règlement", "reglement", "celex/32004R0261", ""}, {"règlement communautaire de 2004", "reglement", "celex/32004R0261", ""},
		{"arrêt Sturgeon du 19 novembre 2009", "jurisprudence", "jurisprudence/arret/sturgeon-du-2009-11-19", ""}, {"article 7", "reglement", "celex/32004R0261", "7"}}},
	// unseen batch 19
	{"'art' with no dot, the Community customs code, an issuer with commas, a law by a title and its date", "le code de la securite sociale (art R 741-18) ; le code des douanes communautaire ; l'arrêté du ministre de l'économie, des finances et de l'industrie en date du 27 mai 2004 ; la loi de séparation des cultes du 9 décembre 1905. Cette loi s'applique.", []want{
		{"code de la securite sociale (art R 741-18)", "code", "code/securite-sociale", "R741-18"}, {"code des douanes communautaire", "reglement", "celex/31992R2913", ""},
		{"arrêté du ministre de l'économie, des finances et de l'industrie en date du 27 mai 2004", "arrete", "arrete/du-2004-05-27", ""},
		{"loi de séparation des cultes du 9 décembre 1905", "loi", "loi/du-1905-12-09", ""}, {"Cette loi", "loi", "loi/du-1905-12-09", ""}}},
	{"an article's section recalls the article cited before", "l'article 28 du code des marchés publics ; le code général des collectivités territoriales prévoit ; l'article 28-I, alinéa 3, dispose.", []want{
		{"article 28 du code des marchés publics", "code", "code/marches-publics", "28"}, {"code général des collectivités territoriales", "code", "code/cgct", ""},
		{"article 28-I, alinéa 3", "code", "code/marches-publics", "28-I"}}},
	// spans, as the gold files write them
	{"a title stops at a clause after a comma and at the line's end", "la loi organique relative a la transparence financiere de la vie politique, le Conseil constitutionnel a jugé ; la loi visant à revaloriser le métier de secrétaire de mairie\nQuestion de M. X", []want{
		{"loi organique relative a la transparence financiere de la vie politique", "loi", "loi/titre/relative-a-la-transparence-financiere-de-la-vie-politique", ""},
		{"loi visant à revaloriser le métier de secrétaire de mairie", "loi", "loi/titre/visant-a-revaloriser-le-metier-de-secretaire-de-mairie", ""}}},
	{"an appeal court's number alone, 'ce même article', the Council of the Union", "CAA Lyon, 7 mars 2013, 12LY01424 ; l'article 195-1 du code général des impôts et ce même article 195-1 ; la décision n° 2004/162/CE du Conseil de l'Union européenne du 10 février 2004", []want{
		{"CAA Lyon, 7 mars 2013, 12LY01424", "jurisprudence", "jurisprudence/caa-lyon/12LY01424", ""},
		{"article 195-1 du code général des impôts", "code", "code/cgi", "195-1"}, {"ce même article 195-1", "code", "code/cgi", "195-1"},
		{"décision n° 2004/162/CE du Conseil de l'Union européenne du 10 février 2004", "decision", "celex/32004D0162", ""}}},
	{"an alias read on to the longest", "La loi montagne II et la loi montagne.", []want{
		{"loi montagne II", "loi", "loi/2016-1888", ""}, {"loi montagne", "loi", "loi/85-30", ""}}},
	{"a constitutional revision by its day", "La révision constitutionnelle du 23 juillet 2008 et la réforme constitutionnelle du 4 août 1995.", []want{
		{"révision constitutionnelle du 23 juillet 2008", "loi", "loi/du-2008-07-23", ""}, {"réforme constitutionnelle du 4 août 1995", "loi", "loi/du-1995-08-04", ""}}},
	{"EU acts of the Commission, 'CEE' whole", "La décision 89/688/CEE du Conseil et le règlement d'exécution (UE) 2017/2324 de la Commission du 12 décembre 2017.", []want{
		{"décision 89/688/CEE du Conseil", "decision", "celex/31989D0688", ""}, {"règlement d'exécution (UE) 2017/2324 de la Commission du 12 décembre 2017", "reglement", "celex/32017R2324", ""}}},
	{"a pronoun and a date, for the text of the noun said last", "Plusieurs décrets d'application importants ont été signés, notamment, pour la forêt privée, celui du 5 février 1987, relatif aux orientations régionales de production et aux plans simples de gestion, et celui du 11 février 1987, relatif aux centres régionaux de la propriété forestière ainsi que celui du 30 janvier 1987, relatif au Fonds forestier national.", []want{
		{"celui du 5 février 1987", "decret", "decret/du-1987-02-05", ""}, {"celui du 11 février 1987", "decret", "decret/du-1987-02-11", ""}, {"celui du 30 janvier 1987", "decret", "decret/du-1987-01-30", ""}}},
	{"a pronoun of no text, or of another gender", "Le taux applicable est celui du 1er janvier 2020. La circulaire fixe le régime, celui du 3 mars 2001.", nil},
	{"the Cour de cassation's chambers abridged", "le mandat doit être spécial (Req. 1er décembre 1846 ; civ. 1e, 29 juin 1983) ; Soc., 3 mai 2006, n° 04-12.345", []want{
		{"Req. 1er décembre 1846", "jurisprudence", "jurisprudence/cass/du-1846-12-01", ""}, {"civ. 1e, 29 juin 1983", "jurisprudence", "jurisprudence/cass/du-1983-06-29", ""},
		{"Soc., 3 mai 2006, n° 04-12.345", "jurisprudence", "jurisprudence/cass/04-12.345", ""}}},
	{"an item joined to the number, 'alinéa deuxième', 'dans le code', 'ce dernier code'", "l'article 35-10o de la loi no 83-663 du 22 juillet 1983 ; l'article R. 361-25, alinéa deuxième du code des communes ; un article L. 211-3 dans le code rural ; le code civil et l'article R. 413-1 de ce dernier code", []want{
		{"article 35-10o de la loi no 83-663 du 22 juillet 1983", "loi", "loi/83-663", "35"}, {"article R. 361-25, alinéa deuxième du code des communes", "code", "code/communes", "R361-25"},
		{"article L. 211-3 dans le code rural", "code", "code/rural", "L211-3"}, {"code civil", "code", "code/civil", ""}, {"article R. 413-1 de ce dernier code", "code", "code/civil", "R413-1"}}},
	{"a treaty's title, too general, and its name in parentheses", "Selon l'article 19 de la convention pour l'unification de certaines règles relatives au transport aérien international (convention de Montréal) du 18 juillet 2001, le transporteur est responsable.", []want{
		{"article 19 de la convention pour l'unification de certaines règles relatives au transport aérien international", "traite", "traite/montreal-1999", "19"}, {"convention de Montréal", "traite", "traite/montreal-1999", ""}}},
	{"the code of military pensions by its short name", "l'article L 8 bis du code des pensions militaires", []want{
		{"article L 8 bis du code des pensions militaires", "code", "code/pensions-militaires-invalidite-1951", "L8 bis"}}},
	{"the older edition of the code named last, and the code in force", "La loi n° 92-1336 du 16 décembre 1992 relative au nouveau code pénal a abrogé les articles 121, 183 de l'ancien code. Depuis l'entrée en vigueur du nouveau code, rien.", []want{
		{"loi n° 92-1336 du 16 décembre 1992", "loi", "loi/92-1336", ""}, {"nouveau code pénal", "code", "code/penal", ""},
		{"articles 121", "code", "code/penal-ancien", "121"}, {"183 de l'ancien code", "code", "code/penal-ancien", "183"}, {"nouveau code", "code", "code/penal", ""}}},
	{"no older edition, no code named: no mention", "Le code civil est clair ; l'ancien code aussi. L'ancien code le disait.", []want{{"code civil", "code", "code/civil", ""}}},
	{"a title ends before a preposition; a title several laws have, decided by the document's numbered one", "la loi no 92-3 du 3 janvier 1992 ; l'article 10 de la loi sur l'eau dans son titre premier", []want{
		{"loi no 92-3 du 3 janvier 1992", "loi", "loi/92-3", ""}, {"article 10 de la loi sur l'eau", "loi", "loi/92-3", "10"}, {"son titre premier", "loi", "loi/92-3", "titre premier"}}},
	{"a title the catalogue does not know, before the numbered law it follows", "au regard de la loi portant réforme du service national, des jeunes gens nés avant 1978. La loi n° 97-1019 du 28 octobre 1997 portant réforme du service national organise la transition.", []want{
		{"loi portant réforme du service national", "loi", "loi/97-1019", ""}, {"loi n° 97-1019 du 28 octobre 1997", "loi", "loi/97-1019", ""}}},
	{"a treaty adopted on a date, after a comma", "la Convention, adoptée le 4 décembre 1989, contre le recrutement des mercenaires. Il demande la ratification de cette Convention.", []want{
		{"Convention, adoptée le 4 décembre 1989", "traite", "traite/convention-du-1989-12-04", ""}, {"cette Convention", "traite", "traite/convention-du-1989-12-04", ""}}},
	{"an acronym defined after a law, used again", "la loi sur l'eau et les milieux aquatiques (LEMA).\nEn effet, l'article 46 de la LEMA prévoit. LEMAX n'est rien.", []want{
		{"loi sur l'eau et les milieux aquatiques", "loi", "loi/2006-1772", ""}, {"LEMA", "loi", "loi/2006-1772", ""}, {"article 46 de la LEMA", "loi", "loi/2006-1772", "46"}}},
	{"a bare 'la loi' an article is cited of, not one named on", "La loi n° 2022-229 du 23 février 2022 porte reconnaissance. L'alinéa 1er de l'article 1er de la loi dispose que. La loi dispose aussi. L'article 6 de la loi référendaire n° 88-1028 du 6 novembre 1988.", []want{
		{"loi n° 2022-229 du 23 février 2022", "loi", "loi/2022-229", ""}, {"article 1er de la loi", "loi", "loi/2022-229", "1er"}, {"article 6 de la loi référendaire n° 88-1028 du 6 novembre 1988", "loi", "loi/88-1028", "6"}}},
	{"a finance law 'de 1992' identified by its number, then named by its title", "L'article 129 de la loi de finances de 1992 (n° 91-1322 du 30 décembre 1991) et l'article 128 de la loi de finances pour 1992.", []want{
		{"article 129 de la loi de finances de 1992 (n° 91-1322 du 30 décembre 1991)", "loi", "loi/91-1322", "129"}, {"article 128 de la loi de finances pour 1992", "loi", "loi/91-1322", "128"}}},
	{"judgments: a name with its particle, by the word jurisprudence, a court with its acronym and its chambers, one judgment by date and by number", "La jurisprudence Tamazount du 3 octobre 2018 ; l'arrêt de la cour de justice de l'Union européenne (CJUE) du 26 février 2015 ; l'arrêt de Ruyter du 26 février 2015 (affaire C-623/13) ; un arrêt du Conseil d'Etat 3e et 5e sous-section en date du 11 janvier 1993 ; l'arrêt de Cassation de décembre 1991.", []want{
		{"jurisprudence Tamazount du 3 octobre 2018", "jurisprudence", "jurisprudence/arret/tamazount-du-2018-10-03", ""},
		{"arrêt de la cour de justice de l'Union européenne (CJUE) du 26 février 2015", "jurisprudence", "jurisprudence/cjue/C-623/13", ""},
		{"arrêt de Ruyter du 26 février 2015 (affaire C-623/13)", "jurisprudence", "jurisprudence/cjue/C-623/13", ""},
		{"arrêt du Conseil d'Etat 3e et 5e sous-section en date du 11 janvier 1993", "jurisprudence", "jurisprudence/ce/du-1993-01-11", ""}}},
	{"'son article unique', 'de la même loi', the consent of the Commission", "La loi n° 71-583 du 16 juillet 1971 est brève : son article unique dispose. La loi organique n° 99-209 du 19 mars 1999 ; l'article 182 de la même loi organique du 19 mars 1999. Avec l'accord de la Commission européenne.", []want{
		{"loi n° 71-583 du 16 juillet 1971", "loi", "loi/71-583", ""}, {"son article unique", "loi", "loi/71-583", "unique"}, {"loi organique n° 99-209 du 19 mars 1999", "loi", "loi/99-209", ""}, {"article 182 de la même loi organique du 19 mars 1999", "loi", "loi/99-209", "182"}}},
	{"an instruction recalled by its number", "L'instruction no 82 du 22 avril 1995 commente l'article. L'instruction no 82 precitee precise. Or cette nouvelle instruction semble contraire ; les consequences de cette instruction no 82 ; rapporter l'instruction en question.", []want{
		{"instruction no 82 du 22 avril 1995", "circulaire", "circulaire/du-1995-04-22", ""}, {"instruction no 82 precitee", "circulaire", "circulaire/du-1995-04-22", ""},
		{"cette nouvelle instruction", "circulaire", "circulaire/du-1995-04-22", ""}, {"cette instruction no 82", "circulaire", "circulaire/du-1995-04-22", ""}, {"instruction en question", "circulaire", "circulaire/du-1995-04-22", ""}}},
	{"an article 'susvisé' is the one cited before, not of the text named last", "L'article 68 de la loi n° 2002-1576 du 30 décembre 2002 prévoit la revalorisation. Le décret n° 2003-1044 du 3 novembre 2003 qui fixe les modalités d'application de l'article 68 susvisé a été publié.", []want{
		{"article 68 de la loi n° 2002-1576 du 30 décembre 2002", "loi", "loi/2002-1576", "68"}, {"décret n° 2003-1044 du 3 novembre 2003", "decret", "decret/2003-1044", ""}, {"article 68 susvisé", "loi", "loi/2002-1576", "68"}}},
	{"numbers listed without their sign, two days of one month; a span of years is none", "les décrets n° 50-581, 50-582 et 50-583 du 25 mai 1950 ; les décrets n° 86-417 et 86-479 des 13 et 15 mars 1986 ; les décrets n° 2008-1, 2008-2012", []want{
		{"décrets n° 50-581", "decret", "decret/50-581", ""}, {"50-582", "decret", "decret/50-582", ""}, {"50-583 du 25 mai 1950", "decret", "decret/50-583", ""},
		{"décrets n° 86-417", "decret", "decret/86-417", ""}, {"86-479 des 13 et 15 mars 1986", "decret", "decret/86-479", ""}, {"décrets n° 2008-1", "decret", "decret/2008-1", ""}}},
	{"a law by its month: the law of that month the document names, else unresolved", "les dérogations prévues par la loi de février 2005 ; la loi du 11 février 2005 pour l'égalité des droits. La loi d'août 2030 changera tout.", []want{
		{"loi de février 2005", "loi", "loi/2005-102", ""}, {"loi du 11 février 2005", "loi", "loi/2005-102", ""}, {"loi d'août 2030", "loi", "", ""}}},
	{"a nickname several texts had in turn, the document's own one", "La directive communautaire du 2 avril 1979 sur la conservation des oiseaux sauvages ; la directive « Oiseaux » protège. L'ordonnance de 1982 et l'ordonnance n° 82-270 du 26 mars 1982.", []want{
		{"directive communautaire du 2 avril 1979", "directive", "celex/31979L0409", ""}, {"directive « Oiseaux »", "directive", "celex/31979L0409", ""},
		{"ordonnance de 1982", "ordonnance", "ordonnance/82-270", ""}, {"ordonnance n° 82-270 du 26 mars 1982", "ordonnance", "ordonnance/82-270", ""}}},
	{"a treaty's acronym defined after it and used again", "le protocole VI de la convention sur certaines armes classiques (CCAC). Il est négocié dans le cadre de la CCAC depuis 2008.", []want{
		{"convention sur certaines armes classiques", "traite", "traite/convention-sur-certaines-armes-classiques", ""}, {"CCAC", "traite", "traite/convention-sur-certaines-armes-classiques", ""}, {"CCAC", "traite", "traite/convention-sur-certaines-armes-classiques", ""}}},
	{"treaties of a subject in general; a treaty named shortly, as the document names it in full", "La conclusion de traités ou de conventions portant sur la situation des Français de l'étranger. La convention de Wellington relative a l'Antarctique ; la convention de Wellington.", []want{
		{"convention de Wellington relative a l'Antarctique", "traite", "traite/convention-de-wellington-relative-a-l-antarctique", ""}, {"convention de Wellington", "traite", "traite/convention-de-wellington-relative-a-l-antarctique", ""}}},
	{"one text named in the plural, and its plural short form; a place stays on its line", "Accords de Schengen\nQuestion de M. X : les accords de Schengen. Or ces accords ne concernent pas tous les pays ; l'entrée en vigueur de ces accords tarde.", []want{
		{"Accords de Schengen", "traite", "traite/schengen-accord", ""}, {"accords de Schengen", "traite", "traite/schengen-accord", ""}, {"ces accords", "traite", "traite/schengen-accord", ""}, {"ces accords", "traite", "traite/schengen-accord", ""}}},
	{"laws 'modifiée du', 'd'application no', 'de finances 1994'; a regulation by date, by number and year, 'nos'; a court, 'le' before its date; a circular's number with letters; 'du code considéré', 'ces articles'", "l'article 14 de la loi modifiée du 17 janvier 2001 ; la loi d'application no 88-1088 du 1er decembre 1988 ; la loi de finances 1994 ; le règlement du Conseil du 24 septembre 2009 ; le règlement communautaire 883 de 2004 ; les règlements (CEE) nos 2066-92 et 3886-92 ; le tribunal administratif de Poitiers, le 23 novembre 1995 ; la circulaire 60 AS du 8 décembre 1978 ; le code rural et l'article L. 133-1 du code considéré ; ces articles.", []want{
		{"article 14 de la loi modifiée du 17 janvier 2001", "loi", "loi/du-2001-01-17", "14"}, {"loi d'application no 88-1088 du 1er decembre 1988", "loi", "loi/88-1088", ""},
		{"loi de finances 1994", "loi", "loi/93-1352", ""}, {"règlement du Conseil du 24 septembre 2009", "reglement", "reglement/du-2009-09-24", ""},
		{"règlement communautaire 883 de 2004", "reglement", "celex/32004R0883", ""}, {"règlements (CEE) nos 2066-92", "reglement", "celex/31992R2066", ""}, {"3886-92", "reglement", "celex/31992R3886", ""},
		{"tribunal administratif de Poitiers, le 23 novembre 1995", "jurisprudence", "jurisprudence/ta-poitiers/du-1995-11-23", ""}, {"circulaire 60 AS du 8 décembre 1978", "circulaire", "circulaire/du-1978-12-08", ""},
		{"code rural", "code", "code/rural", ""}, {"article L. 133-1 du code considéré", "code", "code/rural", "L133-1"}, {"ces articles", "code", "code/rural", "L133-1"}}},
	{"dates in figures, 'EU', the Council 'de l'Union européenne', a short form with its date, 'III', 'paragraphe 2-1', a number after a comma", "La loi n° 2011-884 du 27/07/2011. La directive n° 2014/45/EU. Le règlement communautaire 231/94 du Conseil de l'union européenne. L'accord du 31 mars 1981 ; l'accord précité du 31 mars 1981. L'article L. 2123-24-1 III du code général des collectivités territoriales. L'article 14, paragraphe 2-1 de la convention fiscale franco-allemande. L'article 14-1 de la loi de finances pour 1984, n° 83-1179 du 29 décembre 1983, prévoit.", []want{
		{"loi n° 2011-884 du 27/07/2011", "loi", "loi/2011-884", ""}, {"directive n° 2014/45/EU", "directive", "celex/32014L0045", ""},
		{"règlement communautaire 231/94 du Conseil de l'union européenne", "reglement", "celex/31994R0231", ""},
		{"accord du 31 mars 1981", "traite", "traite/accord-du-1981-03-31", ""}, {"accord précité du 31 mars 1981", "traite", "traite/accord-du-1981-03-31", ""},
		{"article L. 2123-24-1 III du code général des collectivités territoriales", "code", "code/cgct", "L2123-24-1"},
		{"article 14, paragraphe 2-1 de la convention fiscale franco-allemande", "traite", "traite/fr-de-fiscale-1959", "14"},
		{"article 14-1 de la loi de finances pour 1984, n° 83-1179 du 29 décembre 1983", "loi", "loi/83-1179", "14-1"}}},
	{"a text's day and month, its year left out: the one the document named, else none", "Le décret nº 93-345 du 15 mars 1993 fixe les actes. Le décret du 15 mars le dit. Le décret du 3 avril est attendu.", []want{
		{"décret nº 93-345 du 15 mars 1993", "decret", "decret/93-345", ""}, {"décret du 15 mars", "decret", "decret/93-345", ""}}},
	{"a circular of a ministry with its reference; laws by two dates under one plural; a nickname with its particle in quotes", "la circulaire du ministère de l'agriculture référencée DEPSE/SDEEA no 7011 du 26 mars 1993. Les lois du 13 juin 1998 et du 19 janvier 2000 ; la loi dite « de Robien ».", []want{
		{"circulaire du ministère de l'agriculture référencée DEPSE/SDEEA no 7011 du 26 mars 1993", "circulaire", "circulaire/du-1993-03-26", ""},
		{"lois du 13 juin 1998", "loi", "loi/du-1998-06-13", ""}, {"du 19 janvier 2000", "loi", "loi/du-2000-01-19", ""}, {"loi dite « de Robien »", "loi", "loi/96-502", ""}}},
	{"an article in parentheses before its law; a list of regulations after a subject; a list of decrees going on after a decree it names", "Le décret en Conseil d'Etat (article 8) de la loi n° 85-97 du 25 janvier 1985 n'est pas paru. Les règlements n° 1408/71, relatif à l'application des régimes de sécurité sociale aux travailleurs salariés et n° 574/72, fixant ses modalités, s'appliquent. Les normes (decrets no 72-1269 du 30 decembre 1972, no 78-874 du 9 aout 1978 modifiant le decret no 76-233 du 19 fevrier 1970, no 81-883 du 14 septembre 1981).", []want{
		{"article 8", "loi", "loi/85-97", "8"}, {"loi n° 85-97 du 25 janvier 1985", "loi", "loi/85-97", ""},
		{"règlements n° 1408/71", "reglement", "celex/31971R1408", ""}, {"n° 574/72", "reglement", "celex/31972R0574", ""},
		{"decrets no 72-1269 du 30 decembre 1972", "decret", "decret/72-1269", ""}, {"no 78-874 du 9 aout 1978", "decret", "decret/78-874", ""},
		{"decret no 76-233 du 19 fevrier 1970", "decret", "decret/76-233", ""}, {"no 81-883 du 14 septembre 1981", "decret", "decret/81-883", ""}}},
	{"EU treaties by their titles; the Single European Act; a law's adjective before its number; laws by two dates of two months, and one law of two days; an article of 'notre Constitution'", "Les articles 30 et 85 du traité instituant la Communauté économique européenne ; le traité instituant la Communauté européenne ; le traité instituant la Communauté européenne de l'énergie atomique ; l'Acte unique ; dans un acte unique. La loi quinquennale no 93-1313 du 20 decembre 1993 ; les lois des 31 mars et 24 juin 1919 ; la loi des 16 et 24 août 1790 ; l'article 3 de notre Constitution.", []want{
		{"articles 30", "traite", "traite/rome-1957", "30"}, {"85 du traité instituant la Communauté économique européenne", "traite", "traite/rome-1957", "85"},
		{"traité instituant la Communauté européenne", "traite", "traite/rome-1957", ""}, {"traité instituant la Communauté européenne de l'énergie atomique", "traite", "traite/euratom-1957", ""},
		{"Acte unique", "traite", "traite/acte-unique-1986", ""}, {"loi quinquennale no 93-1313 du 20 decembre 1993", "loi", "loi/93-1313", ""},
		{"lois des 31 mars", "loi", "loi/du-1919-03-31", ""}, {"24 juin 1919", "loi", "loi/du-1919-06-24", ""}, {"loi des 16 et 24 août 1790", "loi", "loi/du-1790-08-24", ""},
		{"article 3 de notre Constitution", "constitution", "constitution/1958", "3"}}},
	{"regulations listed with their dates; a directive by its subject and its number in parentheses; circulars and instructions with a qualifier, by a participle and its date; 'sus-cité', not 'suscite'; 'en l'absence de convention'", "Les règlements communautaires nº 1103/97 du 17 juin 1997 et nº 974/98 du 3 mai 1998 fixent l'euro. La première directive sur le permis de conduire (80/1263/C.E.E.) s'applique. La circulaire complémentaire du 21 novembre 1997 ; l'instruction conjointe, en date du 22 décembre 2008 ; la circulaire adressée à messieurs les préfets le 16 septembre 1998 ; l'arrêté, pris conjointement le 6 janvier 1988. Le décret n° 2009-1787 du 31 décembre 2009 ; le décret sus-cité ; cette loi suscite des craintes. En l'absence de convention entre la France et la Tunisie en matière de sécurité sociale, rien.", []want{
		{"règlements communautaires nº 1103/97 du 17 juin 1997", "reglement", "celex/31997R1103", ""}, {"nº 974/98 du 3 mai 1998", "reglement", "celex/31998R0974", ""},
		{"directive sur le permis de conduire (80/1263/C.E.E.)", "directive", "celex/31980L1263", ""},
		{"circulaire complémentaire du 21 novembre 1997", "circulaire", "circulaire/du-1997-11-21", ""}, {"instruction conjointe, en date du 22 décembre 2008", "circulaire", "circulaire/du-2008-12-22", ""},
		{"circulaire adressée à messieurs les préfets le 16 septembre 1998", "circulaire", "circulaire/du-1998-09-16", ""}, {"arrêté, pris conjointement le 6 janvier 1988", "arrete", "arrete/du-1988-01-06", ""},
		{"décret n° 2009-1787 du 31 décembre 2009", "decret", "decret/2009-1787", ""}, {"décret sus-cité", "decret", "decret/2009-1787", ""}}},
	{"treaties by an adjective and a place, by 'du GATT'; an article before its subject or title and its text; divisions joined by commas", "L'accord agricole de Bruxelles et les accords du GATT ; l'accord du CNC est requis. L'article 18 relatif aux retraites du traité fiscal du 31 août 1994 ; le paragraphe 1 de l'article 18 « Pensions » de la convention franco-américaine du 31 août 1994. Les articles L. 116-1 et L. 116-8 du chapitre IV, titre III, du code du service national.", []want{
		{"accord agricole de Bruxelles", "traite", "traite/accord-agricole-de-bruxelles", ""}, {"accords du GATT", "traite", "traite/gatt-1947", ""},
		{"article 18 relatif aux retraites du traité fiscal du 31 août 1994", "traite", "traite/traite-du-1994-08-31", "18"},
		{"article 18 « Pensions » de la convention franco-américaine du 31 août 1994", "traite", "traite/fr-us-fiscale-1994", "18"},
		{"articles L. 116-1", "code", "code/service-national", "L116-1"}, {"L. 116-8 du chapitre IV, titre III, du code du service national", "code", "code/service-national", "L116-8"}}},
	{"a number sign lost or plural; a list going on after a subject; 'la dite loi', 'le présent décret'; a circular's hyphenated reference; a court after 'par le' and its date", "La Loi n 2001-602 du 9 juillet 2001 ; les décrets n°s 2000-657 du 13 juillet 2000 instituant une mesure de réparation et 2004-751 du 27 juillet 2004. La loi n° 2005-102 du 11 février 2005 ; l'article 12 de la dite loi ; le décret n° 2010-534 du 20 mai 2010 : « Le présent décret entre en vigueur ». La circulaire n° DHOS-M-2007-61 du 7 février 2007. L'annulation de cette convention par le Conseil d'Etat le 13 novembre 1995.", []want{
		{"Loi n 2001-602 du 9 juillet 2001", "loi", "loi/2001-602", ""}, {"décrets n°s 2000-657 du 13 juillet 2000", "decret", "decret/2000-657", ""}, {"2004-751 du 27 juillet 2004", "decret", "decret/2004-751", ""},
		{"loi n° 2005-102 du 11 février 2005", "loi", "loi/2005-102", ""}, {"article 12 de la dite loi", "loi", "loi/2005-102", "12"},
		{"décret n° 2010-534 du 20 mai 2010", "decret", "decret/2010-534", ""}, {"Le présent décret", "decret", "decret/2010-534", ""},
		{"circulaire n° DHOS-M-2007-61 du 7 février 2007", "circulaire", "circulaire/du-2007-02-07", ""}, {"Conseil d'Etat le 13 novembre 1995", "jurisprudence", "jurisprudence/ce/du-1995-11-13", ""}}},
	{"treaties by two dates under a plural ('lesdits accords' after them names two: none)", "Les accords des 23 fevrier 1984 et 4 mai 1989 ; lesdits accords.", []want{
		{"accords des 23 fevrier 1984", "traite", "traite/accord-du-1984-02-23", ""}, {"4 mai 1989", "traite", "traite/accord-du-1989-05-04", ""}}},
	{"one treaty in apposition", "La convention franco-marocaine de sécurité sociale, convention générale en date du 22 octobre 2007, s'applique.", []want{
		{"convention franco-marocaine de sécurité sociale", "traite", "traite/convention-du-2007-10-22", ""}, {"convention générale en date du 22 octobre 2007", "traite", "traite/convention-du-2007-10-22", ""}}},
	{"one treaty by its subject and date", "La convention franco-algérienne de sécurité sociale ; la convention de sécurité sociale du 1er octobre 1980.", []want{
		{"convention franco-algérienne de sécurité sociale", "traite", "traite/convention-du-1980-10-01", ""}, {"convention de sécurité sociale du 1er octobre 1980", "traite", "traite/convention-du-1980-10-01", ""}}},
	{"one treaty by its subject and date, two treaties holding the subject: neither", "La convention franco-algérienne de sécurité sociale ; la convention franco-tunisienne de sécurité sociale ; la convention de sécurité sociale du 1er octobre 1980.", []want{
		{"convention franco-algérienne de sécurité sociale", "traite", "traite/convention-franco-algerienne-de-securite-sociale", ""}, {"convention franco-tunisienne de sécurité sociale", "traite", "traite/convention-franco-tunisienne-de-securite-sociale", ""}, {"convention de sécurité sociale du 1er octobre 1980", "traite", "traite/convention-du-1980-10-01", ""}}},
	{"one treaty by two nouns", "La convention de sécurité sociale entre la France et le Cameroun ; l'accord de sécurité sociale entre la France et le Cameroun.", []want{
		{"convention de sécurité sociale entre la France et le Cameroun", "traite", "traite/convention-de-securite-sociale-entre-la-france-et-le-cameroun", ""}, {"accord de sécurité sociale entre la France et le Cameroun", "traite", "traite/convention-de-securite-sociale-entre-la-france-et-le-cameroun", ""}}},
	{"a law's date after 'promulguée le'; the lois Lang and Neiertz (whose day loi 89-1008 shares: the date names 89-1010 where the document speaks of surendettement)", "La loi no 80-546 promulguee le 17 juillet 1980 ; la loi du 17 juillet 1980. La loi Lang ; la loi sur le prix du livre. La loi sur le surendettement, dite loi Neiertz ; la loi du 31 décembre 1989.", []want{
		{"loi no 80-546 promulguee le 17 juillet 1980", "loi", "loi/80-546", ""}, {"loi du 17 juillet 1980", "loi", "loi/80-546", ""},
		{"loi Lang", "loi", "loi/81-766", ""}, {"loi sur le prix du livre", "loi", "loi/81-766", ""},
		{"loi sur le surendettement", "loi", "loi/89-1010", ""}, {"loi Neiertz", "loi", "loi/89-1010", ""}, {"loi du 31 décembre 1989", "loi", "loi/89-1010", ""}}},
	{"a text by the day it was published: an id of that day, its own date unknown", "Le décret publié le 13 mars 2021 portant diverses dispositions ; le décret susmentionné. Le décret abaissant l'âge de la retraite paru au Journal officiel du 3 juillet 2012 ; ce décret. Le décret n° 2012-847 du 2 juillet 2012 publié le 3 juillet 2012.", []want{
		{"décret publié le 13 mars 2021", "decret", "decret/publie-2021-03-13", ""}, {"décret susmentionné", "decret", "decret/publie-2021-03-13", ""},
		{"décret abaissant l'âge de la retraite paru au Journal officiel du 3 juillet 2012", "decret", "decret/publie-2012-07-03", ""}, {"ce décret", "decret", "decret/publie-2012-07-03", ""},
		{"décret n° 2012-847 du 2 juillet 2012", "decret", "decret/2012-847", ""}}},
	{"'ce dernier article': the article cited last", "L'article L. 251 du code électoral prévoit des élections ; la portée de ce dernier article est large.", []want{
		{"article L. 251 du code électoral", "code", "code/electoral", "L251"}, {"ce dernier article", "code", "code/electoral", "L251"}}},
	{"'article premier' is article 1er", "La loi n° 78-17 du 6 janvier 1978 ; l'article premier de cette loi.", []want{
		{"loi n° 78-17 du 6 janvier 1978", "loi", "loi/78-17", ""}, {"article premier de cette loi", "loi", "loi/78-17", "1er"}}},
	{"a judgment by its court alone, the one the document names otherwise; none, or an opinion, is no mention", "L'arrêt du Conseil d'État a retenu les considérants du requérant ; cette décision prive les collectivités de souplesse. Par sa décision du 10 février 2010, M. Perez c/ministre de l'économie, (req. n° 329100), il a annulé.", []want{
		{"arrêt du Conseil d'État", "jurisprudence", "jurisprudence/arret/m-perez-c-ministre-de-l-economie-du-2010-02-10", ""}, {"cette décision", "jurisprudence", "jurisprudence/arret/m-perez-c-ministre-de-l-economie-du-2010-02-10", ""},
		{"décision du 10 février 2010, M. Perez c/ministre de l'économie, (req. n° 329100)", "jurisprudence", "jurisprudence/arret/m-perez-c-ministre-de-l-economie-du-2010-02-10", ""}}},
	{"a judgment by its court alone, the document naming none, is left unresolved, and so is 'cette décision' after it; not a judgment still to come, nor an opinion", "L'arrêt récent du Conseil d'État a retenu les considérants. Cette décision prive. Quelle que soit la décision du Conseil d'Etat, la chasse fermera ; le texte est soumis à l'avis du Conseil d'État.", []want{
		{"arrêt récent du Conseil d'État", "jurisprudence", "", ""}, {"Cette décision", "jurisprudence", "", ""}}},
	{"an accord between governments named at length, signed at a place on a date", "L'accord entre le Gouvernement de la République française et le Gouvernement de la République de Corée, signé à Séoul le 25 février 2005, prévoit. L'accord entre les gouvernements des Etats du Benelux, de la République fédérale d'Allemagne et de la République française, signé à Schengen le 14 juin 1985, supprime les contrôles.", []want{
		{"accord entre le Gouvernement de la République française et le Gouvernement de la République de Corée, signé à Séoul le 25 février 2005", "traite", "traite/accord-du-2005-02-25", ""},
		{"accord entre les gouvernements des Etats du Benelux, de la République fédérale d'Allemagne et de la République française, signé à Schengen le 14 juin 1985", "traite", "traite/schengen-accord", ""}}},
	{"a capital suffix before a sentence's period, not an article's prefix", "Le livre des procédures fiscales, en son article L. 80 A. Puis l'article R. 5 A. 13 du même livre.", []want{
		{"livre des procédures fiscales, en son article L. 80 A", "code", "code/lpf", "L80 A"}, {"article R. 5", "code", "code/lpf", "R5"}}},
	{"the Conseil constitutionnel abridged, an ECHR judgment with its parties and number, the CPI, circulars numbered with letters, Egalim 2", "Cons. const., 28 décembre 2012, n° 2012-662 DC. CEDH, 26 juin 2014, Mennesson c. France, n° 65192/11. L'article L. 121-1 du CPI. La circulaire n° 6100/SG du 22 juin 2019 ; la circulaire DGCL/2016/10 du 3 mai 2016. La loi « Egalim 2 ».", []want{
		{"Cons. const., 28 décembre 2012, n° 2012-662 DC", "jurisprudence", "jurisprudence/cc/2012-662-DC", ""},
		{"CEDH, 26 juin 2014, Mennesson c. France, n° 65192/11", "jurisprudence", "jurisprudence/cedh/65192/11", ""},
		{"article L. 121-1 du CPI", "code", "code/propriete-intellectuelle", "L121-1"},
		{"circulaire n° 6100/SG du 22 juin 2019", "circulaire", "circulaire/du-2019-06-22", ""}, {"circulaire DGCL/2016/10 du 3 mai 2016", "circulaire", "circulaire/du-2016-05-03", ""},
		{"loi « Egalim 2 »", "loi", "loi/2021-1357", ""}}},
	{"an acronym after a title with 'à', then 'la loi ASV'; 'article 1er-1'; 'dite loi handicap' after a long title", "La loi du 28 décembre 2015 relative à l'adaptation de la société au vieillissement (ASV) a réformé l'APA. La loi ASV prévoit. L'article 1er-1 de la loi n° 2000-321 du 12 avril 2000. La loi n° 2005-102 du 11 février 2005 pour l'égalité des droits et des chances, la participation et la citoyenneté des personnes handicapées, dite loi handicap.", []want{
		{"loi du 28 décembre 2015", "loi", "loi/2015-1776", ""}, {"ASV", "loi", "loi/2015-1776", ""}, {"loi ASV", "loi", "loi/2015-1776", ""},
		{"article 1er-1 de la loi n° 2000-321 du 12 avril 2000", "loi", "loi/2000-321", "1er-1"},
		{"loi n° 2005-102 du 11 février 2005", "loi", "loi/2005-102", ""}, {"dite loi handicap", "loi", "loi/2005-102", ""}}},
	{"a directive of the Council of the Communities, then its number", "La directive du Conseil des Communautes europeennes no 77/388/CEE du 17 mai 1977.", []want{
		{"directive du Conseil des Communautes europeennes no 77/388/CEE du 17 mai 1977", "directive", "celex/31977L0388", ""}}},
	{"a convention 'pour la lutte', its acronym used again", "La Convention-cadre de l'OMS pour la lutte antitabac (CCLAT) ; la CCLAT.", []want{
		{"Convention-cadre de l'OMS pour la lutte antitabac", "traite", "traite/convention-cadre-de-l-oms-pour-la-lutte-antitabac", ""},
		{"CCLAT", "traite", "traite/convention-cadre-de-l-oms-pour-la-lutte-antitabac", ""}, {"CCLAT", "traite", "traite/convention-cadre-de-l-oms-pour-la-lutte-antitabac", ""}}},
	{"a prefect's or a mayor's arrêté by its adjective: its own id, not the national text of its date", "L'arrêté préfectoral du 12 juin 2018 et l'arrêté municipal du 3 mars 2019 ; l'arrêté du 12 juin 2018.", []want{
		{"arrêté préfectoral du 12 juin 2018", "arrete", "arrete/du-2018-06-12-prefectoral", ""}, {"arrêté municipal du 3 mars 2019", "arrete", "arrete/du-2019-03-03-municipal", ""},
		{"arrêté du 12 juin 2018", "arrete", "arrete/du-2018-06-12", ""}}},
	{"a decree's acronym defined after it and its name by it; not for a list of decrees", "Le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique (GBCP) ; le décret GBCP. Les décrets n° 50-582 et 50-583 du 25 mai 1950 relatifs aux obligations réglementaires de service (ORS). Le décret XYZ.", []want{
		{"décret n° 2012-1246 du 7 novembre 2012", "decret", "decret/2012-1246", ""}, {"GBCP", "decret", "decret/2012-1246", ""}, {"décret GBCP", "decret", "decret/2012-1246", ""},
		{"décrets n° 50-582", "decret", "decret/50-582", ""}, {"50-583 du 25 mai 1950", "decret", "decret/50-583", ""}}},
	// stop 21, before the unseen batches 52 to 57
	{"aliases with digits", "La loi 3DS a modifié ; la loi de santé 2016 prévoit ; la loi 2 fois.", []want{
		{"loi 3DS", "loi", "loi/2022-217", ""}, {"loi de santé 2016", "loi", "loi/2016-41", ""}}},
	{"ILO conventions by their number, before or after the organisation, never merged", "La convention n° 87 de l'Organisation internationale du travail ; la convention de l'Organisation internationale du travail n° 158.", []want{
		{"convention n° 87 de l'Organisation internationale du travail", "traite", "traite/oit-87", ""},
		{"convention de l'Organisation internationale du travail n° 158", "traite", "traite/oit-158", ""}}},
	{"unknown treaties alike but for their numbers stay apart", "La convention n° 12 de Tampere ; la convention n° 14 de Tampere.", []want{
		{"convention n° 12 de Tampere", "traite", "traite/convention-no-12-de-tampere", ""},
		{"convention n° 14 de Tampere", "traite", "traite/convention-no-14-de-tampere", ""}}},
	{"a European charter by its field, revised or not", "La Charte sociale européenne révisée ; la charte sociale européenne du 18 octobre 1961.", []want{
		{"Charte sociale européenne révisée", "traite", "traite/coe-163", ""}, {"charte sociale européenne du 18 octobre 1961", "traite", "traite/coe-035", ""}}},
	{"a European charter by its field alone: an id of its name, neither of the catalogue's two", "La Charte sociale européenne garantit ce droit.", []want{
		{"Charte sociale européenne", "traite", "traite/charte-sociale-europeenne", ""}}},
	{"code acronyms, a code's short name, a Latin suffix joined, a code article before a common noun", "L'article L. 18 du CPCMR ; les articles L. 38 à L. 46 du code des pensions civiles ; l'article L12bis dispose ; une absence de mention à l'article L. 12 bis des enfants adoptés ; l'article R. 1 du CRPM.", []want{
		{"article L. 18 du CPCMR", "code", "code/pensions-civiles-militaires", "L18"}, {"articles L. 38 à L. 46 du code des pensions civiles", "code", "code/pensions-civiles-militaires", "L38 à L46"},
		{"article L12bis", "code", "code/pensions-civiles-militaires", "L12bis"}, {"article L. 12 bis", "code", "code/pensions-civiles-militaires", "L12 bis"},
		{"article R. 1 du CRPM", "code", "code/rural", "R1"}}},
	{"a directive by its date after 'une'", "Une directive européenne du 8 avril 2003 prévoit que les enfants portent la ceinture.", []want{
		{"directive européenne du 8 avril 2003", "directive", "directive/du-2003-04-08", ""}}},
	{"a finance law recalled by its sort, not the last law", "L'article 68 de la loi de finances rectificative pour 2002 (n° 2002-1576 du 30 décembre 2002) ; la loi n° 2003-775 du 21 août 2003 ; au titre de la loi de finances rectificative précitée ; la loi du RMI.", []want{
		{"article 68 de la loi de finances rectificative pour 2002 (n° 2002-1576 du 30 décembre 2002)", "loi", "loi/2002-1576", "68"}, {"loi n° 2003-775 du 21 août 2003", "loi", "loi/2003-775", ""},
		{"loi de finances rectificative précitée", "loi", "loi/2002-1576", ""}, {"loi du RMI", "loi", "loi/88-1088", ""}}},
	{"'ce texte', the text named last; not the page's heading 'Texte de la question', nor a text to come", "Le décret no 96-101 du 6 février 1996 portant modification. En vertu de ce texte, les secrétaires sont reclassés ; ce texte réglementaire n'a pu intervenir.\nmise en place\nTexte de la QUESTION", []want{
		{"décret no 96-101 du 6 février 1996", "decret", "decret/96-101", ""}, {"ce texte", "decret", "decret/96-101", ""}}},
	{"an acronym after a verb names what the text is about, not the text", "L'ordonnance n° 2004-632 du 1er juillet 2004 relative aux associations syndicales de propriétaires. L'ordonnance du 1er juillet 2004 concerne principalement les associations syndicales autorisées (ASA). Deux ASA fusionnent.", []want{
		{"ordonnance n° 2004-632 du 1er juillet 2004", "ordonnance", "ordonnance/2004-632", ""}, {"ordonnance du 1er juillet 2004", "ordonnance", "ordonnance/2004-632", ""}}},
	{"a code article does not go to a code named in the next sentence", "L'article L. 480-1 du code de l'urbanisme prévoit que : « les infractions que prévoient les articles L. 480-4 et L. 610-1, ils sont tenus d'en dresser procès-verbal. » En application des articles 12 et 16 du code de procédure pénale.", []want{
		{"article L. 480-1 du code de l'urbanisme", "code", "code/urbanisme", "L480-1"}, {"articles L. 480-4", "code", "code/urbanisme", "L480-4"}, {"L. 610-1", "code", "code/urbanisme", "L610-1"},
		{"articles 12", "code", "code/procedure-penale", "12"}, {"16 du code de procédure pénale", "code", "code/procedure-penale", "16"}}},
	{"a finance law by its title, the document's numbered law that bears it after 'portant loi'", "L'article 68 de la loi n° 2002-1576 du 30 décembre 2002 portant loi de finances rectificative pour 2002. Plus loin, l'article 68 de la loi de finances rectificative pour 2002.", []want{
		{"article 68 de la loi n° 2002-1576 du 30 décembre 2002", "loi", "loi/2002-1576", "68"}, {"article 68 de la loi de finances rectificative pour 2002", "loi", "loi/2002-1576", "68"}}},
	{"an article before a verb's 'd'' is of the text named before", "L'article 17-2 de la loi n° 84-610 du 16 juillet 1984 dispose qu'il est « interdit à tout groupement qui ne bénéficie pas de la délégation instituée à l'article 17 d'utiliser » les titres.", []want{
		{"article 17-2 de la loi n° 84-610 du 16 juillet 1984", "loi", "loi/84-610", "17-2"}, {"article 17", "loi", "loi/84-610", "17"}}},
	{"a code's articles as 'dispositions' with their numbers", "Le pouvoir de police découle des dispositions L. 2213-1 à L. 2213-6 du code général des collectivités territoriales ; les dispositions 12 et 13 du code civil.", []want{
		{"dispositions L. 2213-1 à L. 2213-6 du code général des collectivités territoriales", "code", "code/cgct", "L2213-1 à L2213-6"}, {"code civil", "code", "code/civil", ""}}},
	{"a law's number after its date; 'le même article' spans from 'même'", "La loi du 10 juillet 1989 n° 89-469 et le décret du 5 mai 2001 n° 2001-380 ; la loi du 3 mai 1996 no 97-1 ; l'article 3 de la loi n° 2000-321 du 12 avril 2000. Le même article prévoit.", []want{
		{"loi du 10 juillet 1989 n° 89-469", "loi", "loi/89-469", ""}, {"décret du 5 mai 2001 n° 2001-380", "decret", "decret/2001-380", ""}, {"loi du 3 mai 1996", "loi", "", ""},
		{"article 3 de la loi n° 2000-321 du 12 avril 2000", "loi", "loi/2000-321", "3"}, {"même article", "loi", "loi/2000-321", "3"}}},
	{"an acronym that spells only the end of a decree's subject is not the decree's", "Le décret n° 2015-215 du 25 février 2015 relatif aux conditions et modalités d'agrément des groupements agricoles d'exploitation en commun (GAEC). Le préfet agrée le GAEC. Le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique (GBCP).", []want{
		{"décret n° 2015-215 du 25 février 2015", "decret", "decret/2015-215", ""}, {"décret n° 2012-1246 du 7 novembre 2012", "decret", "decret/2012-1246", ""}, {"GBCP", "decret", "decret/2012-1246", ""}}},
	{"a nickname before the law's subject; the law on the single book price", "La loi Pons sur l'économie des régions concernées ; cette loi ; la loi sur le prix unique.", []want{
		{"loi Pons sur l'économie des régions concernées", "loi", "loi/86-824", ""}, {"cette loi", "loi", "loi/86-824", ""}, {"loi sur le prix unique", "loi", "loi/81-766", ""}}},
	{"a code 'en son article …' is one mention; 'cet article … du code' too, not before a verb", "Le code de l'environnement en son article L. 224-7 prévoit. Le décret mentionné par cet article L. 224-7 du code de l'environnement. L'article 48 de la loi n° 2015-992 du 17 août 2015. Dans son III, cet article 48 traite des « véhicules ».", []want{
		{"code de l'environnement en son article L. 224-7", "code", "code/environnement", "L224-7"}, {"cet article L. 224-7 du code de l'environnement", "code", "code/environnement", "L224-7"},
		{"article 48 de la loi n° 2015-992 du 17 août 2015", "loi", "loi/2015-992", "48"}, {"cet article 48", "loi", "loi/2015-992", "48"}}},
	{"'cet arrêt' for the judgment named last; 'ce texte de loi' for the law named last", "Par un arrêt du 10 janvier 1995, la Cour de cassation a jugé. Cet arret a été critiqué. La loi n° 84-610 du 16 juillet 1984 et le décret n° 2002-1 du 2 janvier 2002. Ce texte de loi prévoit.", []want{
		{"arrêt du 10 janvier 1995, la Cour de cassation", "jurisprudence", "jurisprudence/cass/du-1995-01-10", ""}, {"Cet arret", "jurisprudence", "jurisprudence/cass/du-1995-01-10", ""},
		{"loi n° 84-610 du 16 juillet 1984", "loi", "loi/84-610", ""}, {"décret n° 2002-1 du 2 janvier 2002", "decret", "decret/2002-1", ""}, {"Ce texte de loi", "loi", "loi/84-610", ""}}},
	{"a division by its subject without accents, then its text", "La loi no 93-122 du 29 janvier 1993 prévoit. Le chapitre III relatif a l'urbanisme commercial de la loi no 93-122 du 29 janvier 1993 dispose.", []want{
		{"loi no 93-122 du 29 janvier 1993", "loi", "loi/93-122", ""}, {"chapitre III relatif a l'urbanisme commercial de la loi no 93-122 du 29 janvier 1993", "loi", "loi/93-122", "chapitre III"}}},
	{"'3e alinéa' after an article is its alinéa; 'publié au Journal officiel le …'; 'en son article' before 'de l'expression'", "Un délai de trente ans (loi no 79-18 du 3 janvier 1979 sur les archives, art. 5, 3e alinéa). Un arrêté ministériel publié au Journal officiel le 31 janvier 2012 a modifié. Le code de l'environnement en son article L. 224-7 de l'expression.", []want{
		{"loi no 79-18 du 3 janvier 1979", "loi", "loi/79-18", ""}, {"art. 5, 3e alinéa", "loi", "loi/79-18", "5"},
		{"arrêté ministériel publié au Journal officiel le 31 janvier 2012", "arrete", "arrete/publie-2012-01-31", ""},
		{"code de l'environnement en son article L. 224-7", "code", "code/environnement", "L224-7"}}},
	{"articles with notes in parentheses; 'paragraphe III'; 'l'article incriminé'; 'la loi municipale de 1884'", "Les articles 4 (handicapés), 8 (accueil des mineurs) et 36 (protection des mineurs) de la loi n° 87-39 du 27 janvier 1987. L'article L. 570, paragraphe III, du code de la santé publique ; l'article incriminé. Depuis la loi municipale de 1884.", []want{
		{"articles 4 (handicapés)", "loi", "loi/87-39", "4"}, {"8 (accueil des mineurs)", "loi", "loi/87-39", "8"}, {"36 (protection des mineurs) de la loi n° 87-39 du 27 janvier 1987", "loi", "loi/87-39", "36"},
		{"article L. 570, paragraphe III, du code de la santé publique", "code", "code/sante-publique", "L570"}, {"article incriminé", "code", "code/sante-publique", "L570"},
		{"loi municipale de 1884", "loi", "", ""}}},
	{"an acronym of the end of a decree's subject after any participle; articles with quoted notes", "Le décret du 16 août 2011 instaurant de nouvelles règles d'attribution de l'allocation aux adultes handicapés (AAH) aux personnes. L'article 371-1 du code civil ; les articles 212 (« Les époux se doivent respect »), 213 (« Les époux assurent ensemble la direction morale »), 214 (« Si les conventions ») et 215 (« Les époux s'obligent »).", []want{
		{"décret du 16 août 2011", "decret", "decret/du-2011-08-16", ""}, {"article 371-1 du code civil", "code", "code/civil", "371-1"},
		{"articles 212 (« Les époux se doivent respect »)", "code", "code/civil", "212"}, {"213 (« Les époux assurent ensemble la direction morale »)", "code", "code/civil", "213"},
		{"214 (« Si les conventions »)", "code", "code/civil", "214"}, {"215 (« Les époux s'obligent »)", "code", "code/civil", "215"}}},
	{"laws by more titles ('de mobilisation', 'de simplification'), a circular by its subject and date", "La loi de mobilisation pour le logement et la lutte contre l'exclusion ; la loi de simplification du droit ; la loi Boutin. La circulaire de politique pénale du 19 septembre 2012 demande ; cette circulaire prévoit.", []want{
		{"loi de mobilisation pour le logement et la lutte contre l'exclusion", "loi", "loi/2009-323", ""}, {"loi de simplification du droit", "loi", "loi/titre/de-simplification-du-droit", ""}, {"loi Boutin", "loi", "loi/2009-323", ""},
		{"circulaire de politique pénale du 19 septembre 2012", "circulaire", "circulaire/du-2012-09-19", ""}, {"cette circulaire", "circulaire", "circulaire/du-2012-09-19", ""}}},
	{"a month abridged without its period", "Cour de cassation, chambre criminelle, 14 nov 1965 ; l'arrêté du 3 oct 2001.", []want{
		{"Cour de cassation, chambre criminelle, 14 nov 1965", "jurisprudence", "jurisprudence/cass/du-1965-11-14", ""}, {"arrêté du 3 oct 2001", "arrete", "arrete/du-2001-10-03", ""}}},
	{"a list of articles going on after the text of its first items", "Les articles 7 et 11 du decret no 59-327 du 20 fevrier 1959, 77 de la loi no 91-647 du 10 juillet 1991 et 158 du decret no 91-1266 du 19 decembre 1991. Il resulte.", []want{
		{"articles 7", "decret", "decret/59-327", "7"}, {"11 du decret no 59-327 du 20 fevrier 1959", "decret", "decret/59-327", "11"},
		{"77 de la loi no 91-647 du 10 juillet 1991", "loi", "loi/91-647", "77"}, {"158 du decret no 91-1266 du 19 decembre 1991", "decret", "decret/91-1266", "158"}}},
	{"a court and its date in parentheses", "Le tribunal administratif de Nantes (25 mars 1999 ; M. René Abellard) a jugé.", []want{
		{"tribunal administratif de Nantes (25 mars 1999 ; M. René Abellard)", "jurisprudence", "jurisprudence/ta-nantes/du-1999-03-25", ""}}},
	{"two laws of one day, told apart by the title that follows the date", "La loi du 26 janvier 1984 sur l'enseignement supérieur ; la loi du 26 janvier 1984.", []want{
		{"loi du 26 janvier 1984", "loi", "loi/84-52", ""}, {"loi du 26 janvier 1984", "loi", "loi/84-52", ""}}},
	{"laws of one day, told apart by the nickname that follows the date", "La loi du 5 mars 2007 dite loi DALO ; la loi du 5 mars 2007, dite « DALO » ; la loi du 5 mars 2007 (loi DALO) ; la loi du 5 mars 2007 dite loi Dalotte ; la loi du 5 mars 2007.", []want{
		{"loi du 5 mars 2007", "loi", "loi/2007-290", ""}, {"loi DALO", "loi", "loi/2007-290", ""}, {"loi du 5 mars 2007", "loi", "loi/2007-290", ""},
		{"loi du 5 mars 2007", "loi", "loi/2007-290", ""}, {"loi DALO", "loi", "loi/2007-290", ""},
		{"loi du 5 mars 2007", "loi", "", ""}, {"loi Dalotte", "loi", "", ""}, {"loi du 5 mars 2007", "loi", "", ""}}},
	{"a two-digit number with no sign before its date; 'de programme'; 'code de la construction'; a created benefit's acronym; an article after a comma", "L'article 1er de la loi 75-535 du 30 juin 1975 ; le décret 85-1028 du 23 septembre 1985 ; la loi de programme de la recherche du 18 avril 2006 ; le code de la construction. La loi du 24 janvier 1997 instaurant la prestation spécifique dépendance (PSD). La PSD est versée. Loi no 75-535 du 30 juin 1975, article 2.", []want{
		{"article 1er de la loi 75-535 du 30 juin 1975", "loi", "loi/75-535", "1er"}, {"décret 85-1028 du 23 septembre 1985", "decret", "decret/85-1028", ""},
		{"loi de programme de la recherche du 18 avril 2006", "loi", "loi/2006-450", ""}, {"code de la construction", "code", "code/construction-habitation", ""},
		{"loi du 24 janvier 1997", "loi", "loi/du-1997-01-24", ""}, {"Loi no 75-535 du 30 juin 1975, article 2", "loi", "loi/75-535", "2"}}},
	{"the water framework directive called European; an arrêté by its title 'autorisant'; 'ce texte' after a text that cannot be named is none", "La directive-cadre européenne sur l'eau du 23 octobre 2000 impose ; cette directive prévoit. Un arrêté interministériel autorisant la location de véhicules. Ce texte a été publié. L'arrêté interministériel autorisant la location transfrontalière ; ce texte.", []want{
		{"directive-cadre européenne sur l'eau", "directive", "celex/32000L0060", ""}, {"cette directive", "directive", "celex/32000L0060", ""},
		{"arrêté interministériel autorisant la location transfrontalière", "arrete", "arrete/titre/autorisant-la-location-transfrontaliere", ""}, {"ce texte", "arrete", "arrete/titre/autorisant-la-location-transfrontaliere", ""}}},
	{"'cette deuxième directive' is the newer of those named; after a draft introduced by 'une', none", "La directive n° 91/439/CEE du 29 juillet 1991 remplace la première directive sur le permis de conduire (80/1263/CEE). Cette deuxième directive harmonise. Une directive cadre a été projetée en 2010 ; la Commission n'a pas donné suite à cette seconde directive.", []want{
		{"directive n° 91/439/CEE du 29 juillet 1991", "directive", "celex/31991L0439", ""}, {"directive sur le permis de conduire (80/1263/CEE)", "directive", "celex/31980L1263", ""},
		{"Cette deuxième directive", "directive", "celex/31991L0439", ""}}},
	{"a directive by its month: the one of that month the document names", "La directive 94/80/CE du 19 décembre 1994 fixe. La directive communautaire de décembre 1994 impose ; la directive de mars 2001.", []want{
		{"directive 94/80/CE du 19 décembre 1994", "directive", "celex/31994L0080", ""}, {"directive communautaire de décembre 1994", "directive", "celex/31994L0080", ""},
		{"directive de mars 2001", "directive", "", ""}}},
	{"a circular by its service's code, its number and its date", "La circulaire ministérielle DAG/4 n° 3592 du 3 décembre 1988 prévoit ; la circulaire DRT n° 12 du 5 mai 2004.", []want{
		{"circulaire ministérielle DAG/4 n° 3592 du 3 décembre 1988", "circulaire", "circulaire/du-1988-12-03", ""}, {"circulaire DRT n° 12 du 5 mai 2004", "circulaire", "circulaire/du-2004-05-05", ""}}},
	{"a bare 'la loi' an article is cited of, before a verb that looks like an adjective", "L'application de la loi n° 92-108 du 3 février 1992 relative aux conditions d'exercice des mandats locaux. L'article 15 de la loi indique que le cumul est plafonné.", []want{
		{"loi n° 92-108 du 3 février 1992", "loi", "loi/92-108", ""}, {"article 15 de la loi", "loi", "loi/92-108", "15"}}},
	{"a nickname in quotes then the law's date, two laws of one year listed with 'du', a misprinted month, a nickname before the number", "Le calendrier retenu par la loi dite « de complément d'indemnisation » du 16 juillet 1987 ; les critiques émises à l'encontre des lois du 26 janvier et du 12 juillet 1984 ; l'article 65 de la loi du 29 juilet 1881 ; la loi chasse nº 2000-698 du 26 juillet 2000. La loi chasse fixe les dates.", []want{
		{"loi dite « de complément d'indemnisation » du 16 juillet 1987", "loi", "loi/du-1987-07-16", ""},
		{"lois du 26 janvier", "loi", "", ""}, {"du 12 juillet 1984", "loi", "loi/du-1984-07-12", ""},
		{"article 65 de la loi du 29 juilet 1881", "loi", "loi/du-1881-07-29", "65"},
		{"loi chasse nº 2000-698 du 26 juillet 2000", "loi", "loi/2000-698", ""}, {"loi chasse", "loi", "loi/2000-698", ""}}},
	{"a code's article number with its thousands spaced, or a space after its hyphen", "Les articles L 3 121-26 à L 3 121-32 du code du travail ; les articles L 3 121-28 et L 3 121-29 du code du travail ; l'article R. 331- 9 du code du sport.", []want{
		{"articles L 3 121-26 à L 3 121-32 du code du travail", "code", "code/travail", "L3121-26 à L3121-32"},
		{"articles L 3 121-28", "code", "code/travail", "L3121-28"}, {"L 3 121-29 du code du travail", "code", "code/travail", "L3121-29"},
		{"article R. 331- 9 du code du sport", "code", "code/sport", "R331-9"}}},
	{"a circular by its service's code before its number, with a hyphen or a slash; the loi urbanisme et habitat", "Or la circulaire UHC n° 2007-33 du 4 mai 2007 précise, comme la circulaire DGS/DH n° 98-688 du 12 novembre 1998 et la circulaire DRT n° 2004/10. La loi urbanisme et habitat du 2 juillet 2003 prévoit.", []want{
		{"circulaire UHC n° 2007-33 du 4 mai 2007", "circulaire", "circulaire/2007-33", ""},
		{"circulaire DGS/DH n° 98-688 du 12 novembre 1998", "circulaire", "circulaire/98-688", ""}, {"circulaire DRT n° 2004/10", "circulaire", "circulaire/2004/10", ""},
		{"loi urbanisme et habitat du 2 juillet 2003", "loi", "loi/2003-590", ""}}},
	{"an EEC regulation by its older number with a hyphen", "Les règles sont fixées dans le règlement C.E.E. 355-79 du 5 février 1979. Ce texte s'appuie sur le règlement C.E.E. 337-79 (art. 54, paragraphes 2 et 3) relatives.", []want{
		{"règlement C.E.E. 355-79 du 5 février 1979", "reglement", "celex/31979R0355", ""}, {"Ce texte", "reglement", "celex/31979R0355", ""},
		{"règlement C.E.E. 337-79", "reglement", "celex/31979R0337", ""}, {"art. 54, paragraphes 2 et 3", "reglement", "celex/31979R0337", "54"}}},
	{"a law by the day of its Journal officiel", "La mise en oeuvre de la prestation suite à la loi publiée le 25 janvier 1997 et aux décrets d'application.", []want{
		{"loi publiée le 25 janvier 1997", "loi", "loi/publie-1997-01-25", ""}}},
	{"the Cour de cassation by its name, then its formation and a date", "Règle rappelée par la jurisprudence (voir Cassation, assemblée plénière du 1er mars 1950, D 1950.363). La Cour de cassation, chambre criminelle, du 3 mai 2006 a jugé. Un pourvoi en cassation, chambre sociale du 3 mai 2006.", []want{
		{"Cassation, assemblée plénière du 1er mars 1950", "jurisprudence", "jurisprudence/cass/du-1950-03-01", ""},
		{"Cour de cassation, chambre criminelle, du 3 mai 2006", "jurisprudence", "jurisprudence/cass/du-2006-05-03", ""}}},
	{"a nickname in quotes with spaces inside; EU numbers listed with a date and a subject between", "Malgré la loi \" Léotard \" qui prévoit le maintien des aides, ladite loi n'est pas appliquée. Les directives communautaires 79/409 du 2 avril 1979, concernant la conservation des oiseaux sauvages, et 92/43 du 21 mai 1992, relative à la conservation des habitats.", []want{
		{"loi \" Léotard \"", "loi", "loi/86-1067", ""}, {"ladite loi", "loi", "loi/86-1067", ""},
		{"directives communautaires 79/409 du 2 avril 1979", "directive", "celex/31979L0409", ""}, {"92/43 du 21 mai 1992", "directive", "celex/31992L0043", ""}}},
	{"a law by an adjective and its date; a train's stop is no ruling, a party in capitals is", "L'article 58 de la loi bancaire du 24 janvier 1984 prévoit un droit au compte. La SNCF maintient un arret TGV a Culoz. L'arrêt DIOP, rendu en novembre 2001 par le Conseil d'Etat.", []want{
		{"article 58 de la loi bancaire du 24 janvier 1984", "loi", "loi/du-1984-01-24", "58"},
		{"arrêt DIOP", "jurisprudence", "jurisprudence/arret/diop", ""}}},
	{"a directive by its year after an adjective; an enabling law by its number", "Une interprétation stricte de la directive 79/409 s'imposait, malgré l'illégalité même de la directive européenne de 1979. La loi d'habilitation n° 2007-1174 du 17 décembre 2007 prévoit.", []want{
		{"directive 79/409", "directive", "celex/31979L0409", ""}, {"directive européenne de 1979", "directive", "celex/31979L0409", ""},
		{"loi d'habilitation n° 2007-1174 du 17 décembre 2007", "loi", "loi/2007-1174", ""}}},
	{"a date after a treaty's noun is the verb's, not the treaty's", "La mise en oeuvre de la Convention de Schengen est retardée. Ils sont convenus d'appliquer la convention le 1er décembre 1993.", []want{
		{"Convention de Schengen", "traite", "traite/schengen-convention", ""}}},
	{"a court, the verb of its ruling and its date", "Ainsi, le tribunal administratif de Bordeaux a reconnu, le 17 juin 1999, la responsabilité. Cette décision est importante. Le Conseil d'Etat a jugé le 3 mai 2001 que la commune.", []want{
		{"tribunal administratif de Bordeaux a reconnu, le 17 juin 1999", "jurisprudence", "jurisprudence/ta-bordeaux/du-1999-06-17", ""},
		{"Cette décision", "jurisprudence", "jurisprudence/ta-bordeaux/du-1999-06-17", ""},
		{"Conseil d'Etat a jugé le 3 mai 2001", "jurisprudence", "jurisprudence/ce/du-2001-05-03", ""}}},
	{"a bare article a long sentence after the text named last", "Les projets de décrets d'application de la loi n° 2005-102 du 11 février 2005, actuellement en discussion, pour l'égalité des droits et des chances, la participation et la citoyenneté des personnes handicapées. En effet, aux termes de la loi de février 2005, les enfants et adolescents handicapés ne pourront pas prétendre à la prestation de compensation, sauf lorsque les parents seront exposés, du fait du handicap de leur enfant, à des charges relevant de l'aménagement du logement et du véhicule et à d'éventuels surcoûts résultant du transport de l'enfant. L'article 3 indique que, dans un délai de trois ans, la prestation sera étendue.", []want{
		{"loi n° 2005-102 du 11 février 2005", "loi", "loi/2005-102", ""}, {"loi de février 2005", "loi", "loi/2005-102", ""}, {"article 3", "loi", "loi/2005-102", "3"}}},
	{"a title several laws' titles begin with, the one the document named; the loi NOME", "La loi n° 2006-1772 du 30 décembre 2006 s'applique. La loi sur l'eau prévoit. La loi NOME organise le marché.", []want{
		{"loi n° 2006-1772 du 30 décembre 2006", "loi", "loi/2006-1772", ""}, {"loi sur l'eau", "loi", "loi/2006-1772", ""}, {"loi NOME", "loi", "loi/2010-1488", ""}}},
	{"the law of 1901 without 'de'; a circular or a decree by its month", "Les associations loi 1901 sont concernées. La circulaire de janvier 1996 prévoit. Cette circulaire dispose. Le décret du 13 mars 1986 ; le décret de mars 1986 prévoit.", []want{
		{"loi 1901", "loi", "loi/du-1901-07-01", ""},
		{"circulaire de janvier 1996", "circulaire", "", ""}, {"Cette circulaire", "circulaire", "", ""},
		{"décret du 13 mars 1986", "decret", "decret/du-1986-03-13", ""}, {"décret de mars 1986", "decret", "decret/du-1986-03-13", ""}}},
	{"a code's article introduced into a code is the code's, not a law's article that introduces", "L'article L 11-5 introduit dans le code de la route prévoit ; un article L. 714-10, introduit dans le code de la santé publique par la loi ; l'article 5 créé par la loi n° 2001-1 du 3 janvier 2001.", []want{
		{"article L 11-5 introduit dans le code de la route", "code", "code/route", "L11-5"},
		{"article L. 714-10, introduit dans le code de la santé publique", "code", "code/sante-publique", "L714-10"},
		{"loi n° 2001-1 du 3 janvier 2001", "loi", "loi/2001-1", ""}}},
	{"an EU regulation by 'du Conseil' before its number, then by its date", "Le règlement du Conseil n° 1782/2003 du 29 septembre 2003 établit des règles. L'article 46 du règlement du Conseil du 29 septembre 2003 prévoit.", []want{
		{"règlement du Conseil n° 1782/2003 du 29 septembre 2003", "reglement", "celex/32003R1782", ""},
		{"article 46 du règlement du Conseil du 29 septembre 2003", "reglement", "celex/32003R1782", "46"}}},
	{"'son article' skips the text another was made to apply", "Le décret n° 2004-1451 du 23 décembre 2004, pris en application de la loi n° 2003-775 du 21 août 2003, prévoit, en son article 4, de nouvelles dispositions.", []want{
		{"décret n° 2004-1451 du 23 décembre 2004", "decret", "decret/2004-1451", ""}, {"loi n° 2003-775 du 21 août 2003", "loi", "loi/2003-775", ""},
		{"son article 4", "decret", "decret/2004-1451", "4"}}},
	{"a directive by the day of its adoption, after a comma", "Cette mesure s'inscrit dans le cadre de la directive, adoptée le 22 octobre 1999, visant à appliquer un taux réduit. Lors de la discussion de cette directive, les Etats.", []want{
		{"directive, adoptée le 22 octobre 1999", "directive", "directive/du-1999-10-22", ""}, {"cette directive", "directive", "directive/du-1999-10-22", ""}}},
	{"a law by a title starting 'contre'", "La loi contre les exclusions du 29 juillet 1998 constitue une étape. La loi contre le bizutage s'applique.", []want{
		{"loi contre les exclusions du 29 juillet 1998", "loi", "loi/98-657", ""}, {"loi contre le bizutage", "loi", "loi/titre/contre-le-bizutage", ""}}},
	{"a local law by its adjective and date; the loi Méhaignerie by its title", "La loi locale du 7 février 1881 sur la chasse s'applique. La loi tendant à favoriser l'investissement locatif, l'accession à la propriété de logements sociaux et le développement de l'offre foncière prévoit.", []want{
		{"loi locale du 7 février 1881", "loi", "loi/du-1881-02-07", ""}, {"loi tendant à favoriser l'investissement locatif", "loi", "loi/86-1290", ""}}},
	{"an acronym of the first words of what a law creates is not the law's; a law by its promulgation; a day several known laws share", "La loi du 4 mars 2002 créant le régime complémentaire obligatoire des chefs d'exploitation (RCO) prévoit. La prestation de la RCO. La loi promulguée le 4 mars 2002 relative aux droits des malades et à la qualité du système de santé s'applique.", []want{
		{"loi du 4 mars 2002", "loi", "loi/2002-308", ""}, {"loi promulguée le 4 mars 2002", "loi", "loi/2002-303", ""}}},
	{"the code des débits de boissons in the singular or with 'de lutte'", "L'article 41 du code des débits de boisson prévoit. L'article L. 49-1-2 du code des débits de boissons et des mesures de lutte contre l'alcoolisme.", []want{
		{"article 41 du code des débits de boisson", "code", "code/debits-de-boissons", "41"},
		{"article L. 49-1-2 du code des débits de boissons et des mesures de lutte contre l'alcoolisme", "code", "code/debits-de-boissons", "L49-1-2"}}},
	{"the loi ATR by its titles", "Les regroupements imposés par la loi sur l'administration de la République. En effet, cette loi prévoit. La loi relative à l'administration territoriale de la République dispose.", []want{
		{"loi sur l'administration de la République", "loi", "loi/92-125", ""}, {"cette loi", "loi", "loi/92-125", ""},
		{"loi relative à l'administration territoriale de la République", "loi", "loi/92-125", ""}}},
	{"the laws d'orientation agricole: one title, told by date or number, none alone", "La loi d'orientation agricole du 5 janvier 2006 prévoit. La loi d'orientation agricole dispose.", []want{
		{"loi d'orientation agricole du 5 janvier 2006", "loi", "loi/2006-11", ""}, {"loi d'orientation agricole", "loi", "loi/2006-11", ""}}},
	{"the treaty of Rome, the document about European affairs in the plural", "Mme le ministre délégué aux affaires européennes. Il s'interroge sur leurs compatibilités avec le Traité de Rome et notamment ses articles 7 et 48.", []want{
		{"Traité de Rome", "traite", "traite/rome-1957", ""}, {"ses articles 7", "traite", "traite/rome-1957", "7"}, {"48", "traite", "traite/rome-1957", "48"}}},
	{"a short form after a text named within another's title: the title's holder", "L'arrêté du 27 décembre 2019 relatif aux mesures de protection et modifiant l'arrêté du 4 mai 2017 relatif à la mise sur le marché. Cet arrêté précise les zones. Le décret n° 2001-1 du 2 janvier 2001 modifie le décret n° 2000-1 du 3 janvier 2000. Ce décret prévoit.", []want{
		{"arrêté du 27 décembre 2019", "arrete", "arrete/du-2019-12-27", ""}, {"arrêté du 4 mai 2017", "arrete", "arrete/du-2017-05-04", ""}, {"Cet arrêté", "arrete", "arrete/du-2019-12-27", ""},
		{"décret n° 2001-1 du 2 janvier 2001", "decret", "decret/2001-1", ""}, {"décret n° 2000-1 du 3 janvier 2000", "decret", "decret/2000-1", ""}, {"Ce décret", "decret", "decret/2000-1", ""}}},
	{"the judicial courts by their place; a chamber of the Cour de cassation; 'rendu le … par'; 'a, par une décision'", "Le jugement du tribunal de grande instance de Paris du 3 mai 2005 ; le tribunal correctionnel de la Seine a au contraire jugé, le 10 décembre 1932 ; l'arrêt de la chambre sociale de la Cour de cassation du 4 juin 2006 ; l'arrêt rendu le 5 juillet 2007 par la Cour de cassation ; le Conseil d'Etat a, par une décision du 28 juillet 2000, annulé ; la décision du Tribunal des conflits du 8 février 1873.", []want{
		{"jugement du tribunal de grande instance de Paris du 3 mai 2005", "jurisprudence", "jurisprudence/tgi-paris/du-2005-05-03", ""},
		{"tribunal correctionnel de la Seine a au contraire jugé, le 10 décembre 1932", "jurisprudence", "jurisprudence/tcorr-la-seine/du-1932-12-10", ""},
		{"arrêt de la chambre sociale de la Cour de cassation du 4 juin 2006", "jurisprudence", "jurisprudence/cass/du-2006-06-04", ""},
		{"arrêt rendu le 5 juillet 2007 par la Cour de cassation", "jurisprudence", "jurisprudence/cass/du-2007-07-05", ""},
		{"Conseil d'Etat a, par une décision du 28 juillet 2000", "jurisprudence", "jurisprudence/ce/du-2000-07-28", ""},
		{"décision du Tribunal des conflits du 8 février 1873", "jurisprudence", "jurisprudence/tc/du-1873-02-08", ""}}},
	{"laws by titles 'de protection', 'de solidarité'; the code 'de sécurité sociale'", "La loi de protection de l'enfance ; la loi de solidarité pour les personnes âgées ; les articles L. 815-12 et D. 815-2 du code de sécurité sociale.", []want{
		{"loi de protection de l'enfance", "loi", "loi/2007-293", ""}, {"loi de solidarité pour les personnes âgées", "loi", "loi/titre/de-solidarite-pour-les-personnes-agees", ""},
		{"articles L. 815-12", "code", "code/securite-sociale", "L815-12"}, {"D. 815-2 du code de sécurité sociale", "code", "code/securite-sociale", "D815-2"}}},
	{"a code article's hyphen printed as a period; 'de ce texte' after a text named in another's title goes to the title's holder", "L'article 10 du décret n° 2000-276 du 24 mars 2000, fixant les modalités d'application de l'article L. 412.51 du code des communes et relatif à l'armement. L'article 10 de ce texte précise.", []want{
		{"article 10 du décret n° 2000-276 du 24 mars 2000", "decret", "decret/2000-276", "10"}, {"article L. 412.51 du code des communes", "code", "code/communes", "L412-51"}, {"article 10 de ce texte", "decret", "decret/2000-276", "10"}}},
	{"a code article does not take the code of a parenthesis opened after it", "Le nouvel article L. 2122-23 du code général des collectivités territoriales dispose. Le nouvel article L. 2122-23, alinéa 2 ne renvoie plus à l'article relatif aux délégations (art. L. 122-11 du code des communes).", []want{
		{"article L. 2122-23 du code général des collectivités territoriales", "code", "code/cgct", "L2122-23"}, {"article L. 2122-23, alinéa 2", "code", "code/cgct", "L2122-23"}, {"art. L. 122-11 du code des communes", "code", "code/communes", "L122-11"}}},
	{"a foreign law by its date, its own id; French laws listed by dates; 'la nouvelle loi' by title, not 'une nouvelle loi'", "La loi allemande du 8 juillet 1879 ; les lois françaises du 1er juillet 1924 et du 3 mai 1990 ; les lois belges du 3 mai 1990 et du 4 juin 1991 ; la nouvelle loi sur le mécénat ; une nouvelle loi sur le mécénat ; la loi du 1er août 2003.", []want{
		{"loi allemande du 8 juillet 1879", "loi", "loi/du-1879-07-08-allemande", ""}, {"lois françaises du 1er juillet 1924", "loi", "loi/du-1924-07-01", ""}, {"du 3 mai 1990", "loi", "loi/du-1990-05-03", ""},
		{"lois belges du 3 mai 1990", "loi", "loi/du-1990-05-03-belge", ""}, {"du 4 juin 1991", "loi", "loi/du-1991-06-04-belge", ""},
		{"loi sur le mécénat", "loi", "loi/2003-709", ""}, {"loi du 1er août 2003", "loi", "loi/2003-709", ""}}},
	{"'ce texte' after an indefinite text made to apply it", "La loi nº 99-291 du 15 avril 1999 a été publiée. Le ministre a adressé une circulaire aux préfets pour la mise en uvre de ce texte. Il a pris un arrêté. Ce texte prévoit.", []want{
		{"loi nº 99-291 du 15 avril 1999", "loi", "loi/99-291", ""}, {"ce texte", "loi", "loi/99-291", ""}}},
	{"a convention by its name in quotes", "Conformément à la convention « Belorgey » du 19 septembre 2001. L'accord « Schengen » aussi.", []want{
		{"convention « Belorgey » du 19 septembre 2001", "traite", "traite/convention-du-2001-09-19", ""}, {"accord « Schengen »", "traite", "traite/schengen-accord", ""}}},
	{"a text's own dotted numbering of its articles, kept", "La circulaire du 29 décembre 2014, en son article 1.1.3, prévoit. L'article 3.1 du décret n° 53-960 du 30 septembre 1953.", []want{
		{"circulaire du 29 décembre 2014, en son article 1.1.3", "circulaire", "circulaire/du-2014-12-29", "1.1.3"}, {"article 3.1 du décret n° 53-960 du 30 septembre 1953", "decret", "decret/53-960", "3.1"}}},
	{"a court, its verb inverted, then its opinion", "De même la Cour de cassation a-t-elle, dans un avis du 10 janvier 2005, donné une indication.", []want{
		{"Cour de cassation a-t-elle, dans un avis du 10 janvier 2005", "jurisprudence", "jurisprudence/cass/du-2005-01-10", ""}}},
	{"an instruction numbered with its service's letters; 'un règlement de l'Union européenne du …'; 'le règlement européen EURODAC'", "L'instruction n° 03-020JS du 23 janvier 2003 précise. Le règlement (CE) n° 2252/2004 du Conseil du 13 décembre 2004 ; un règlement de l'Union européenne du 13 décembre 2004 impose. Le règlement européen EURODAC.", []want{
		{"instruction n° 03-020JS du 23 janvier 2003", "circulaire", "circulaire/du-2003-01-23", ""},
		{"règlement (CE) n° 2252/2004 du Conseil du 13 décembre 2004", "reglement", "celex/32004R2252", ""}, {"règlement de l'Union européenne du 13 décembre 2004", "reglement", "celex/32004R2252", ""},
		{"règlement européen EURODAC", "reglement", "", ""}}},
	{"a lettered item of an article, joined or in parentheses; laws by their catalogued subject", "La loi du 30 décembre 1981 a modifié. L'article 195-1 (f) du code général des impôts prévoit. L'article 195-1-f du code général des impôts aussi. L'art. R. 117-1-d du code du travail. La loi sur les polices municipales ; la loi sur l'initiative économique.", []want{
		{"loi du 30 décembre 1981", "loi", "loi/du-1981-12-30", ""}, {"article 195-1 (f) du code général des impôts", "code", "code/cgi", "195-1"}, {"article 195-1-f du code général des impôts", "code", "code/cgi", "195-1-f"},
		{"art. R. 117-1-d du code du travail", "code", "code/travail", "R117-1-d"}, {"loi sur les polices municipales", "loi", "loi/99-291", ""}, {"loi sur l'initiative économique", "loi", "loi/2003-721", ""}}},
	{"a law's nickname in lower case, in quotes", "La loi \" montagne \" de 1985 ; la loi « montagne » du 9 janvier 1985 ; la loi « mariage pour tous » ; la loi « anticasseurs ».", []want{
		{"loi \" montagne \" de 1985", "loi", "loi/85-30", ""}, {"loi « montagne » du 9 janvier 1985", "loi", "loi/85-30", ""}, {"loi « mariage pour tous »", "loi", "loi/2013-404", ""}, {"loi « anticasseurs »", "loi", "", ""}}},
	{"a code's acronym defined in parentheses joins its mention; used alone it is one", "L'article 278 quinquies du code général des impôts (CGI) soumet. Le code général des collectivités territoriales ( CGCT ) prévoit. Le CGI dispose.", []want{
		{"article 278 quinquies du code général des impôts (CGI)", "code", "code/cgi", "278 quinquies"}, {"code général des collectivités territoriales ( CGCT )", "code", "code/cgct", ""}, {"CGI", "code", "code/cgi", ""}}},
	{"an article of a code's annex, the code by a short form", "L'article 278 du code général des impôts. La liste est fixée à l'article 30-0 B de l'annexe IV au même code.", []want{
		{"article 278 du code général des impôts", "code", "code/cgi", "278"}, {"article 30-0 B de l'annexe IV au même code", "code", "code/cgi-annexe-4", "30-0 B"}}},
	{"a directive by a nickname after 'dite', in straight quotes with spaces; the rural development regulation", "La directive dite \" Natura 2000 \" ; le règlement de développement rural communautaire ; le règlement de développement rural.", []want{
		{"directive dite \" Natura 2000 \"", "directive", "celex/31992L0043", ""}, {"règlement de développement rural communautaire", "reglement", "celex/31999R1257", ""}, {"règlement de développement rural", "reglement", "celex/31999R1257", ""}}},
	{"an arrêté or a decree by its subject, then its date", "L'arrêté d'information du consommateur sur les prix du 3 décembre 1987 prévoit. Ce texte dispose. L'arrêté de nomination des membres de ce conseil en date du 4 octobre 1993. Un arrêté de fermeture du 3 mai 2005.", []want{
		{"arrêté d'information du consommateur sur les prix du 3 décembre 1987", "arrete", "arrete/du-1987-12-03", ""}, {"Ce texte", "arrete", "arrete/du-1987-12-03", ""},
		{"arrêté de nomination des membres de ce conseil en date du 4 octobre 1993", "arrete", "arrete/du-1993-10-04", ""}}},
	{"a list going on with ', et' after an item's alinéa", "Les articles L. 161-15, troisième alinéa, et R. 161-5-1 du code de la sécurité sociale prévoient.", []want{
		{"articles L. 161-15, troisième alinéa", "code", "code/securite-sociale", "L161-15"}, {"R. 161-5-1 du code de la sécurité sociale", "code", "code/securite-sociale", "R161-5-1"}}},
	{"laws of one day told apart by the subject after the date, however introduced", "La loi du 4 mars 2002 sur les droits des malades et la qualité du système de santé reste en suspens. La loi du 4 mars 2002 relative au nom de famille. La loi du 4 mars 2002 sur les droits.", []want{
		{"loi du 4 mars 2002", "loi", "loi/2002-303", ""}, {"loi du 4 mars 2002", "loi", "loi/2002-304", ""}, {"loi du 4 mars 2002", "loi", "", ""}}},
	{"'cet article' with a number: the article of that number cited before, not the text named last", "L'article 11 de la loi n° 90-602 du 12 juillet 1990 complète les articles 2 et 3 de la loi n° 83-581 du 5 juillet 1983. Il demande le bilan de cet article 11.", []want{
		{"article 11 de la loi n° 90-602 du 12 juillet 1990", "loi", "loi/90-602", "11"}, {"articles 2", "loi", "loi/83-581", "2"}, {"3 de la loi n° 83-581 du 5 juillet 1983", "loi", "loi/83-581", "3"}, {"cet article 11", "loi", "loi/90-602", "11"}}},
	{"'dispose en son article': the sentence's subject, not a text named within its title", "Le décret n° 2002-9 du 4 janvier 2002 relatif aux établissements mentionnés à l'article 2 de la loi n° 86-33 du 9 janvier 1986 dispose en son article 1er que le temps est compté. La loi n° 86-33 du 9 janvier 1986, qui modifie le décret n° 2002-9 du 4 janvier 2002, dispose en son article 3 que. La loi n° 86-33 du 9 janvier 1986 modifie le décret n° 2002-9 du 4 janvier 2002 qui prévoit en son article 4 que.", []want{
		{"décret n° 2002-9 du 4 janvier 2002", "decret", "decret/2002-9", ""}, {"article 2 de la loi n° 86-33 du 9 janvier 1986", "loi", "loi/86-33", "2"}, {"son article 1er", "decret", "decret/2002-9", "1er"},
		{"loi n° 86-33 du 9 janvier 1986", "loi", "loi/86-33", ""}, {"décret n° 2002-9 du 4 janvier 2002", "decret", "decret/2002-9", ""}, {"son article 3", "loi", "loi/86-33", "3"},
		{"loi n° 86-33 du 9 janvier 1986", "loi", "loi/86-33", ""}, {"décret n° 2002-9 du 4 janvier 2002", "decret", "decret/2002-9", ""}, {"son article 4", "decret", "decret/2002-9", "4"}}},
	{"a law's title opened by 'd'engagement'; a circular's plain number before its date", "La loi d'engagement national pour le logement du 13 juillet 2006 prévoyait. La circulaire ministérielle n° 001577 du 23 février 2004 prévoit.", []want{
		{"loi d'engagement national pour le logement du 13 juillet 2006", "loi", "loi/2006-872", ""}, {"circulaire ministérielle n° 001577 du 23 février 2004", "circulaire", "circulaire/du-2004-02-23", ""}}},
	{"'du code' with no word after it: the code named last", "Les dispositions du code des pensions civiles et militaires (art. L. 4 et suivants du code). Le code du travail et le code de la route.", []want{
		{"code des pensions civiles et militaires", "code", "code/pensions-civiles-militaires", ""}, {"art. L. 4 et suivants du code", "code", "code/pensions-civiles-militaires", "L4"}, {"code du travail", "code", "code/travail", ""}, {"code de la route", "code", "code/route", ""}}},
	{"a twentieth-century number printed with its year in four digits", "La loi n° 1999-586 du 12 juillet 1999 et le décret n° 1994-490 du 15 juin 1994 ; la loi n° 2000-321 du 12 avril 2000.", []want{
		{"loi n° 1999-586 du 12 juillet 1999", "loi", "loi/99-586", ""}, {"décret n° 1994-490 du 15 juin 1994", "decret", "decret/94-490", ""}, {"loi n° 2000-321 du 12 avril 2000", "loi", "loi/2000-321", ""}}},
	{"the two laws of 23 February 2005: by title, by subject after the date, and the date alone naming neither", "La loi sur le développement des territoires ruraux prévoit. La loi du 23 février 2005 relative au développement des territoires ruraux. La loi du 23 février 2005.", []want{
		{"loi sur le développement des territoires ruraux", "loi", "loi/2005-157", ""}, {"loi du 23 février 2005", "loi", "loi/2005-157", ""}, {"loi du 23 février 2005", "loi", "loi/2005-157", ""}}},
	{"a law's nickname in quotes after 'dite de', then its number", "La loi dite de \" démocratie de proximité \" n° 2002-276 du 27 février 2002 a permis.", []want{
		{"loi dite de \" démocratie de proximité \" n° 2002-276 du 27 février 2002", "loi", "loi/2002-276", ""}}},
	{"'code de la santé' for the code de la santé publique; a decree said 'électoral'", "L'article 33 du code de la santé prévoit. Le décret électoral n° 85-559 du 18 janvier 1985.", []want{
		{"article 33 du code de la santé", "code", "code/sante-publique", "33"}, {"décret électoral n° 85-559 du 18 janvier 1985", "decret", "decret/85-559", ""}}},
	{"'ce texte' after a decree whose title applies a list of a code's articles", "Le décret n° 91-1083 du 16 octobre 1991, portant application des articles L. 920-5-1, L. 920-8 et L. 920-12 du code du travail (J.O. du 19 octobre 1991, p. 13737). Ce texte définit.", []want{
		{"décret n° 91-1083 du 16 octobre 1991", "decret", "decret/91-1083", ""}, {"articles L. 920-5-1", "code", "code/travail", "L920-5-1"}, {"L. 920-8", "code", "code/travail", "L920-8"}, {"L. 920-12 du code du travail", "code", "code/travail", "L920-12"}, {"Ce texte", "decret", "decret/91-1083", ""}}},
	{"a law's title opened by 'réformant'; 'code de l'action sociale' for the CASF", "La loi réformant la protection de l'enfance prévoit à l'article L. 226-3 du code de l'action sociale.", []want{
		{"loi réformant la protection de l'enfance", "loi", "loi/2007-293", ""}, {"article L. 226-3 du code de l'action sociale", "code", "code/action-sociale-familles", "L226-3"}}},
	{"laws by titles they shorten: 'loi de sécurité intérieure', 'loi relative à la maîtrise de l'immigration et au séjour des étrangers'", "La loi de sécurité intérieure. La loi relative à la maîtrise de l'immigration et au séjour des étrangers. La loi relative à la maîtrise de l'immigration, à l'intégration et à l'asile.", []want{
		{"loi de sécurité intérieure", "loi", "loi/2003-239", ""}, {"loi relative à la maîtrise de l'immigration et au séjour des étrangers", "loi", "loi/2003-1119", ""}, {"loi relative à la maîtrise de l'immigration, à l'intégration et à l'asile", "loi", "loi/titre/relative-a-la-maitrise-de-l-immigration-a-l-integration-et-a-l-asile", ""}}},
	{"a code article's prefix printed 'l.' in lower case", "Les articles l. 179 et l. 213 du code du travail ; l'article l. 12 du code du travail.", []want{
		{"articles l. 179", "code", "code/travail", "L179"}, {"l. 213 du code du travail", "code", "code/travail", "L213"}, {"article l. 12 du code du travail", "code", "code/travail", "L12"}}},
	{"a catalogue law of a date other laws share: by title and nickname, not by the date alone", "La loi \" bruit \" aussi. La loi du 31 décembre 1992 prévoit. La loi du 31 décembre 1992 relative à la lutte contre le bruit. La loi du 26 novembre 2003.", []want{
		{"loi \" bruit \"", "loi", "loi/92-1444", ""}, {"loi du 31 décembre 1992", "loi", "loi/92-1444", ""}, {"loi du 31 décembre 1992", "loi", "loi/92-1444", ""}, {"loi du 26 novembre 2003", "loi", "", ""}}},
	{"a ruling 'rendu le' its date, after the court and its seat", "L'arrêt de la Cour de justice des Communautés européennes de Luxembourg rendu le 19 janvier 1994. Cet arrêt condamne.", []want{
		{"arrêt de la Cour de justice des Communautés européennes de Luxembourg rendu le 19 janvier 1994", "jurisprudence", "jurisprudence/cjue/du-1994-01-19", ""}, {"Cet arrêt", "jurisprudence", "jurisprudence/cjue/du-1994-01-19", ""}}},
	{"'ce texte' after 'ledit décret', a text still to come: the law named before, by a short form", "M. Joseph Ostermann attire l'attention de Mme le secrétaire d'Etat aux petites et moyennes entreprises, au commerce et à l'artisanat sur l'application de la loi no 96-603 dite \" Raffarin \" du 5 juillet 1996 relative au développement et à la promotion du commerce et de l'artisanat. L'article 19-I de cette loi prévoit l'inscription obligatoire sur le registre des entreprises ou le répertoire des métiers des personnes physiques et morales exerçant une activité artisanale un décret en Conseil d'Etat devant, quant à lui, à la fois dresser la liste des professions concernées et fixer les conditions de qualification exigée pour l'immatriculation. Or, plus d'un an après l'adoption de cette loi fondamentale pour l'artisanat, ledit décret n'a toujours pas été publié, rendant ce texte inapplicable.", []want{
		{"loi no 96-603", "loi", "loi/96-603", ""}, {"article 19-I de cette loi", "loi", "loi/96-603", "19-I"}, {"cette loi", "loi", "loi/96-603", ""}, {"ce texte", "loi", "loi/96-603", ""}}},
	{"a two-digit year's number with no sign, before 'précité'", "Conformément à l'article 30 du décret 87-1099 précité. Le décret 87-1099 prévoit.", []want{
		{"article 30 du décret 87-1099 précité", "decret", "decret/87-1099", "30"}}},
	{"the number sign printed 'n' right before the number; 'code général des collectivités locales' for the CGCT", "La loi n2006-1772 du 30 décembre 2006 prévoit ; cette loi. Le code général des collectivités locales. Le bassin n 1999.", []want{
		{"loi n2006-1772 du 30 décembre 2006", "loi", "loi/2006-1772", ""}, {"cette loi", "loi", "loi/2006-1772", ""}, {"code général des collectivités locales", "code", "code/cgct", ""}}},
	{"'ce texte législatif' for the law named last; the plural sign 'nos'", "La loi n° 94-629 du 25 juillet 1994 relative à la famille. Ce texte législatif prévoit. Les décrets nos 94-755 et 94-756 du 1er septembre 1994. Un texte législatif sera déposé.", []want{
		{"loi n° 94-629 du 25 juillet 1994", "loi", "loi/94-629", ""}, {"Ce texte législatif", "loi", "loi/94-629", ""}, {"décrets nos 94-755", "decret", "decret/94-755", ""}, {"94-756 du 1er septembre 1994", "decret", "decret/94-756", ""}}},
	{"a law's name in quotes between the noun and its number", "La loi « Simplification du droit » n° 2004-1343 du 9 décembre 2004 prévoit. La loi « montagne » du 9 janvier 1985.", []want{
		{"loi « Simplification du droit » n° 2004-1343 du 9 décembre 2004", "loi", "loi/2004-1343", ""}, {"loi « montagne » du 9 janvier 1985", "loi", "loi/85-30", ""}}},
	{"a bare number in parentheses after a law's name joins its mention; 'loi n°' in them is a mention of its own; a parenthesis the span opened closes in it", "L'article 90 de la loi de finances pour 2005 (n° 2004-1484 du 30 décembre 2004) a prévu. La loi de finances pour 2006 (loi n° 2005-1719 du 30 décembre 2005). La directive (n° 2006/126/CE) impose. Le règlement (CEE no 1408/71) s'applique.", []want{
		{"article 90 de la loi de finances pour 2005 (n° 2004-1484 du 30 décembre 2004)", "loi", "loi/2004-1484", "90"}, {"loi de finances pour 2006", "loi", "loi/2005-1719", ""}, {"loi n° 2005-1719 du 30 décembre 2005", "loi", "loi/2005-1719", ""},
		{"directive (n° 2006/126/CE)", "directive", "celex/32006L0126", ""}, {"règlement (CEE no 1408/71)", "reglement", "celex/31971R1408", ""}}},
	{"a directive by its year before the document numbers it; an article of a bare 'la directive'; 'ce texte réglementaire' for the decree named last", "Il demande l'attitude de la France sur la directive de 1985 sur les produits défectueux.\n\nRéponse. - Lors de l'adoption de la directive 85/374/CEE du 25 juillet 1985, le compromis a consisté à prévoir dans l'article 15 de la directive que les Etats sont libres. Le décret n° 88-360 du 11 avril 1988 dispose. En application de ce texte réglementaire les membres élus. La directive de 1992 prévoit.", []want{
		{"directive de 1985", "directive", "celex/31985L0374", ""}, {"directive 85/374/CEE du 25 juillet 1985", "directive", "celex/31985L0374", ""}, {"article 15 de la directive", "directive", "celex/31985L0374", "15"},
		{"décret n° 88-360 du 11 avril 1988", "decret", "decret/88-360", ""}, {"ce texte réglementaire", "decret", "decret/88-360", ""}}},
	{"a court's decision after 'a reconnu dans sa décision', with the parties and 'req. n°' in parentheses; 'du décret mentionné.'; 'CPCM'; 'loi asile et immigration'; the CESEDA printed without 'et'", "Le Conseil d'Etat a reconnu dans sa décision du 18 mars 2005 (Syndicat départemental d'électrification d'Ille-et-Vilaine, req. n° 25418) qu'un syndicat peut agir. Le décret n° 69-520 du 31 mai 1969 ; les établissements définis dans l'article 2 du décret mentionné. Le CPCM prévoit. La loi asile et immigration. Les articles L. 424-3 et L. 424-11 du code de l'entrée du séjour des étrangers et du droit d'asile. Le décret mentionné au titre II sera pris.", []want{
		{"Conseil d'Etat a reconnu dans sa décision du 18 mars 2005 (Syndicat départemental d'électrification d'Ille-et-Vilaine, req. n° 25418)", "jurisprudence", "jurisprudence/ce/25418", ""},
		{"décret n° 69-520 du 31 mai 1969", "decret", "decret/69-520", ""}, {"article 2 du décret mentionné", "decret", "decret/69-520", "2"}, {"CPCM", "code", "code/pensions-civiles-militaires", ""}, {"loi asile et immigration", "loi", "loi/2018-778", ""},
		{"articles L. 424-3", "code", "code/ceseda", "L424-3"}, {"L. 424-11 du code de l'entrée du séjour des étrangers et du droit d'asile", "code", "code/ceseda", "L424-11"}}},
	{"a code and its first article after 'aux articles' or ', dans ses articles': one mention, the list's others their own", "La protection est prévue par le code de l'environnement aux articles L. 411-1 et R. 411-1 à R. 411-5. Le code de la consommation, dans ses articles L. 221-16 et L. 221-17, prévoit. Le code du patrimoine aux articles L. 212-11 de la loi n° 79-18 du 3 janvier 1979.", []want{
		{"code de l'environnement aux articles L. 411-1", "code", "code/environnement", "L411-1"}, {"R. 411-1 à R. 411-5", "code", "code/environnement", "R411-1 à R411-5"},
		{"code de la consommation, dans ses articles L. 221-16", "code", "code/consommation", "L221-16"}, {"L. 221-17", "code", "code/consommation", "L221-17"},
		{"code du patrimoine", "code", "code/patrimoine", ""}, {"articles L. 212-11 de la loi n° 79-18 du 3 janvier 1979", "loi", "loi/79-18", "L212-11"}}},
	{"a bare article a decree is to apply, after a decree named: the law's", "La loi no 88-1202 du 30 decembre 1988 necessite trois decrets, dont celui pris pour l'application de l'article 10 (decret no 90-120 du 5 fevrier 1990). Pour le decret prevu pour l'application de l'article 3, une concertation a ete entreprise.", []want{
		{"loi no 88-1202 du 30 decembre 1988", "loi", "loi/88-1202", ""}, {"article 10", "loi", "loi/88-1202", "10"}, {"decret no 90-120 du 5 fevrier 1990", "decret", "decret/90-120", ""}, {"article 3", "loi", "loi/88-1202", "3"}}},
	{"an accord by its parties joined by a hyphen, one of them the EU, then its date; not a region's or firms' names", "L'accord bilatéral Suisse-Union européenne du 21 juin 1999 sur la libre circulation des personnes. Cet accord prévoit. L'accord UE-Suisse du 21 juin 1999. La convention Alsace-Moselle signée entre les caisses ; l'accord Renault-Nissan.", []want{
		{"accord bilatéral Suisse-Union européenne du 21 juin 1999", "traite", "traite/ue-ch-libre-circulation-1999", ""}, {"Cet accord", "traite", "traite/ue-ch-libre-circulation-1999", ""}, {"accord UE-Suisse du 21 juin 1999", "traite", "traite/ue-ch-libre-circulation-1999", ""}}},
	{"a finance law's acronym within its name, then used again; for another year, another law", "L'article 53 de la loi de finances rectificative pour 2000 ; l'article 53 de la loi de financement de la sécurité sociale (LFSS) pour 2001 a créé le fonds. La LFSS pour 2001 prévoit. La LFSS aussi ; la LFSS pour 2001 encore. Conformément à l'article 43 de la LFSS pour 2002 (n° 2001-1246 du 21 décembre 2001).", []want{
		{"article 53 de la loi de finances rectificative pour 2000", "loi", "loi/titre/de-finances-rectificative-pour-2000", "53"}, {"article 53 de la loi de financement de la sécurité sociale (LFSS) pour 2001", "loi", "loi/2000-1257", "53"},
		{"LFSS", "loi", "loi/2000-1257", ""}, {"LFSS", "loi", "loi/2000-1257", ""}, {"LFSS", "loi", "loi/2000-1257", ""}, {"article 43 de la LFSS pour 2002 (n° 2001-1246 du 21 décembre 2001)", "loi", "loi/2001-1246", "43"}}},
	{"a ruling named after a party with a title ('veuve', 'dame') and its number before its date", "Le Conseil d'Etat, dans son arrêt veuve Becquet n° 16654 du 11 mars 1964, a jugé. L'arrêt veuve Reynaud, n° 16120 du 17 janvier 1962. L'arrêt dame Lamotte du 17 février 1950.", []want{
		{"arrêt veuve Becquet n° 16654 du 11 mars 1964", "jurisprudence", "jurisprudence/arret/becquet-du-1964-03-11", ""}, {"arrêt veuve Reynaud, n° 16120 du 17 janvier 1962", "jurisprudence", "jurisprudence/arret/reynaud-du-1962-01-17", ""}, {"arrêt dame Lamotte du 17 février 1950", "jurisprudence", "jurisprudence/arret/lamotte-du-1950-02-17", ""}}},
	{"texts dated in the Republican calendar, their date kept, or the Gregorian one given in parentheses; an 'ordonnance royale' by its date; a title stops at 'nº'", "L'ordonnance royale du 27 novembre 1816 prévoit. La loi du 12 vendémiaire, an IV et la loi du 25 ventôse an XI. L'article 12 de la loi du 12 vendémiaire an IV. Le décret du 1er floréal an III. La loi du 25 ventôse an XI (16-03-1803) contenant organisation du notariat. La loi relative à l'accès au droit nº 98-1163 prévoit.", []want{
		{"ordonnance royale du 27 novembre 1816", "ordonnance", "ordonnance/du-1816-11-27", ""}, {"loi du 12 vendémiaire, an IV", "loi", "loi/an-iv-vendemiaire-12", ""}, {"loi du 25 ventôse an XI", "loi", "loi/an-xi-ventose-25", ""},
		{"article 12 de la loi du 12 vendémiaire an IV", "loi", "loi/an-iv-vendemiaire-12", "12"}, {"décret du 1er floréal an III", "decret", "decret/an-iii-floreal-1", ""},
		{"loi du 25 ventôse an XI (16-03-1803)", "loi", "loi/du-1803-03-16", ""}, {"loi relative à l'accès au droit nº 98-1163", "loi", "loi/98-1163", ""}}},
	{"the Hague adoption convention by its title alone", "Le texte final de la première Convention sur la protection des enfants et la coopération en matière d'adoption internationale ; cette convention vise.", []want{
		{"Convention sur la protection des enfants et la coopération en matière d'adoption internationale", "traite", "traite/hcch-1993-adoption", ""}, {"cette convention", "traite", "traite/hcch-1993-adoption", ""}}},
	{"a circular by its issuer and the issuer's acronym, then its date: the acronym out of its id", "La circulaire du directeur de l'Office national de la chasse (ONC) en date du 31 juillet 1996 prévoit. La circulaire du directeur de l'Office national de la chasse en date du 31 juillet 1996.", []want{
		{"circulaire du directeur de l'Office national de la chasse (ONC) en date du 31 juillet 1996", "circulaire", "circulaire/du-1996-07-31-directeur-de-l-office-national-de-la-chasse", ""}, {"circulaire du directeur de l'Office national de la chasse en date du 31 juillet 1996", "circulaire", "circulaire/du-1996-07-31-directeur-de-l-office-national-de-la-chasse", ""}}},
	{"an article 'du texte' before a verb or a relative pronoun: the text named last", "Les dispositions de la loi n° 2001-1062 du 15 novembre 2001, notamment l'article 53 du texte qui soumet les organisateurs. L'article 53 du texte a modifié la loi n° 95-73 du 21 janvier 1995. L'article 4 du texte de la convention.", []want{
		{"loi n° 2001-1062 du 15 novembre 2001", "loi", "loi/2001-1062", ""}, {"article 53 du texte", "loi", "loi/2001-1062", "53"}, {"article 53 du texte", "loi", "loi/2001-1062", "53"}, {"loi n° 95-73 du 21 janvier 1995", "loi", "loi/95-73", ""}}},
	{"a bare article within a range cited before of a code: that code, not another named since", "L'obligation alimentaire est établie par les articles 205 à 211 du code civil, lien auquel le code de la famille et de l'aide sociale ne fait que se référer. Si l'article 205 affirme le principe, l'article 208 le modère.", []want{
		{"articles 205 à 211 du code civil", "code", "code/civil", "205 à 211"}, {"code de la famille et de l'aide sociale", "code", "code/famille-aide-sociale", ""}, {"article 205", "code", "code/civil", "205"}, {"article 208", "code", "code/civil", "208"}}},
	{"a circular numbered 'bis', another text than the number alone", "Les circulaires n° 97-176 du 18 septembre 1997 et n° 97-176 bis du 21 novembre 1997 relatives. La circulaire n° 97-176 bis du 21 novembre 1997.", []want{
		{"circulaires n° 97-176 du 18 septembre 1997", "circulaire", "circulaire/97-176", ""}, {"n° 97-176 bis du 21 novembre 1997", "circulaire", "circulaire/97-176bis", ""}, {"circulaire n° 97-176 bis du 21 novembre 1997", "circulaire", "circulaire/97-176bis", ""}}},
	{"loi 95-115 by its title, 'sur' for 'pour'; not the 1999 law 'du développement durable du territoire'", "La loi d'orientation sur l'aménagement et le développement du territoire. La loi d'orientation pour l'aménagement et le développement durable du territoire.", []want{
		{"loi d'orientation sur l'aménagement et le développement du territoire", "loi", "loi/95-115", ""}, {"loi d'orientation pour l'aménagement et le développement durable du territoire", "loi", "loi/titre/pour-l-amenagement-et-le-developpement-durable-du-territoire", ""}}},
	{"the RMI law, whose day the law amending the loi MOP shares: by its title, after a comma too, not by its date alone", "La loi du 1er décembre 1988, relative au revenu minimum d'insertion, s'était fixé un objectif. La loi du 1er décembre 1988 modifiant la loi n° 85-704 du 12 juillet 1985. La loi relative au revenu minimum d'insertion.", []want{
		{"loi du 1er décembre 1988", "loi", "loi/88-1088", ""}, {"loi du 1er décembre 1988", "loi", "", ""}, {"loi n° 85-704 du 12 juillet 1985", "loi", "loi/85-704", ""}, {"loi relative au revenu minimum d'insertion", "loi", "loi/88-1088", ""}}},
	{"catalogue laws whose day other laws share: a title before the date tells them, the date alone names none", "La loi d'orientation du 5 janvier 2006. La loi du 5 janvier 2006. La loi du 5 juillet 1996.", []want{
		{"loi d'orientation du 5 janvier 2006", "loi", "loi/2006-11", ""}, {"loi du 5 janvier 2006", "loi", "loi/2006-11", ""}, {"loi du 5 juillet 1996", "loi", "", ""}}},
	{"a catalogue law whose day other laws share, by its date where the document speaks of its subject", "Les commissions départementales d'équipement commercial. La loi du 5 juillet 1996 a réduit à six leurs membres. La loi d'orientation agricole du 5 janvier 2006 ; les agriculteurs et la loi du 5 janvier 2006.", []want{
		{"loi du 5 juillet 1996", "loi", "loi/96-603", ""}, {"loi d'orientation agricole du 5 janvier 2006", "loi", "loi/2006-11", ""}, {"loi du 5 janvier 2006", "loi", "loi/2006-11", ""}}},
	{"a date two laws share, said again after one was named by its title, is that one", "La loi du 26 janvier 1984 portant dispositions statutaires relatives à la fonction publique territoriale. L'article 119 de la loi du 26 janvier 1984 les abroge. Cette même loi prévoyait, dans ses articles 104 et 108, un décret. Une loi du 26 janvier 1984 ailleurs.", []want{
		{"loi du 26 janvier 1984", "loi", "loi/84-53", ""}, {"article 119 de la loi du 26 janvier 1984", "loi", "loi/84-53", "119"},
		{"Cette même loi", "loi", "loi/84-53", ""}, {"ses articles 104", "loi", "loi/84-53", "104"}, {"108", "loi", "loi/84-53", "108"}, {"loi du 26 janvier 1984", "loi", "loi/84-53", ""}}},
	{"dates other laws share, with no text of that date named before: unresolved", "La loi du 26 janvier 1984 ; la loi du 5 mars 2007 ; la loi du 23 février 2005 ; la loi du 31 décembre 1992 ; la loi du 5 janvier 2006 ; la loi du 1er décembre 1988.", []want{
		{"loi du 26 janvier 1984", "loi", "", ""}, {"loi du 5 mars 2007", "loi", "", ""}, {"loi du 23 février 2005", "loi", "", ""}, {"loi du 31 décembre 1992", "loi", "", ""}, {"loi du 5 janvier 2006", "loi", "", ""}, {"loi du 1er décembre 1988", "loi", "", ""}}},
	{"a law's acronym the document uses as a noun of things is not the law's", "La loi n° 2008-595 du 25 juin 2008 relative aux organismes génétiquement modifiés (OGM) prévoit la déclaration de la mise en culture d'OGM. La loi n° 2000-1208 du 13 décembre 2000 relative à la solidarité et au renouvellement urbains (SRU). L'article 55 de la SRU.", []want{
		{"loi n° 2008-595 du 25 juin 2008", "loi", "loi/2008-595", ""}, {"loi n° 2000-1208 du 13 décembre 2000", "loi", "loi/2000-1208", ""}, {"SRU", "loi", "loi/2000-1208", ""}, {"article 55 de la SRU", "loi", "loi/2000-1208", "55"}}},
	{"older regulations: their author after the acronym, the year in full after a hyphen", "Le reglement CEE du Conseil des communautes europeennes no 797-85 du 12 mars 1985 modifie. Les règlements européens n°1071-2009, n°1072-2009 et n°1073-2009 concernant.", []want{
		{"reglement CEE du Conseil des communautes europeennes no 797-85 du 12 mars 1985", "reglement", "celex/31985R0797", ""}, {"règlements européens n°1071-2009", "reglement", "celex/32009R1071", ""},
		{"n°1072-2009", "reglement", "celex/32009R1072", ""}, {"n°1073-2009", "reglement", "celex/32009R1073", ""}}},
	{"'ce texte' after a decree 'portant réforme du code': the decree; a bare article and a comma, cited before", "Le décret n° 2001-210 du 7 mars 2001 portant réforme du code des marchés publics. Ce texte déçoit. Le régime établi par l'article 1465 du code général des impôts. Ces communes, autant que d'autres qui relèvent de l'article 1465, du manque d'emplois souffrent, et de l'article 1466, du reste.", []want{
		{"décret n° 2001-210 du 7 mars 2001", "decret", "decret/2001-210", ""}, {"code des marchés publics", "code", "code/marches-publics", ""}, {"Ce texte", "decret", "decret/2001-210", ""},
		{"article 1465 du code général des impôts", "code", "code/cgi", "1465"}, {"article 1465", "code", "code/cgi", "1465"}}},
	{"'cité en référence', 'citée ci-dessus': the text named before", "Le décret n° 91-324 du 24 mars 1991. Le décret cité en référence précise. L'instruction du 23 janvier 2003 paraîtra. L'instruction citée ci-dessus.", []want{
		{"décret n° 91-324 du 24 mars 1991", "decret", "decret/91-324", ""}, {"décret cité en référence", "decret", "decret/91-324", ""}, {"instruction du 23 janvier 2003", "circulaire", "circulaire/du-2003-01-23", ""}, {"instruction citée ci-dessus", "circulaire", "circulaire/du-2003-01-23", ""}}},
	{"'en accord avec' is an idiom, not an accord", "Le secrétariat d'Etat, en accord avec la D.A.T.A.R., s'associe à l'étude. L'accord avec la Suisse du 21 juin 1999.", []want{
		{"accord avec la Suisse du 21 juin 1999", "traite", "traite/ue-ch-libre-circulation-1999", ""}}},
	{"a pronoun and the date of a text named sentences before; 'le texte en question'", "Les lois no 70-632 du 15 juillet 1970 et no 87-549 du 16 juillet 1987. L'exécution des deux premières lois a coûté. Celle du 16 juillet 1987, qui a permis. Celui du 15 juillet 1970. La loi n° 2001-2 du 3 janvier 2001. Le texte en question prévoit.", []want{
		{"lois no 70-632 du 15 juillet 1970", "loi", "loi/70-632", ""}, {"no 87-549 du 16 juillet 1987", "loi", "loi/87-549", ""}, {"Celle du 16 juillet 1987", "loi", "loi/87-549", ""},
		{"loi n° 2001-2 du 3 janvier 2001", "loi", "loi/2001-2", ""}, {"texte en question", "loi", "loi/2001-2", ""}}},
	{"'le code des pensions': the pensions' code the document named in full before, else not told", "L'article L. 16 du code des pensions. Le code des pensions civiles et militaires de retraite. L'article L. 18 du code des pensions. Le code des pensions militaires. Le code des pensions.", []want{
		{"article L. 16 du code des pensions", "code", "", "L16"}, {"code des pensions civiles et militaires de retraite", "code", "code/pensions-civiles-militaires", ""},
		{"article L. 18 du code des pensions", "code", "code/pensions-civiles-militaires", "L18"}, {"code des pensions militaires", "code", "code/pensions-militaires-invalidite-1951", ""}, {"code des pensions", "code", "", ""}}},
	{"dates listed after 'des', each in full; 'dont il s'agit'; finance laws misprinted", "Les lois des 30 octobre 1886 et 19 juillet 1889 prévoient. Les circulaires des 21 février 1986, 12 mars 1986 et 17 août 1988. Le décret n° 88-343 du 11 avril 1988. Le texte dont il s'agit prévoit. L'article 107 de la loi des finances 2003.", []want{
		{"lois des 30 octobre 1886", "loi", "loi/du-1886-10-30", ""}, {"19 juillet 1889", "loi", "loi/du-1889-07-19", ""},
		{"circulaires des 21 février 1986", "circulaire", "circulaire/du-1986-02-21", ""}, {"12 mars 1986", "circulaire", "circulaire/du-1986-03-12", ""}, {"17 août 1988", "circulaire", "circulaire/du-1988-08-17", ""},
		{"décret n° 88-343 du 11 avril 1988", "decret", "decret/88-343", ""}, {"texte dont il s'agit", "decret", "decret/88-343", ""}, {"article 107 de la loi des finances 2003", "loi", "loi/2002-1575", "107"}}},
	{"a nickname passed between texts, told by its year; a serial's leading zero; a law's span of years is no number", "La directive européenne « Oiseaux » de 1979 prévoit. La loi no 91-05 du 3 janvier 1991. La loi de programmation militaire 2003-2008, votée en 2003. Cette loi organise. La loi 2004-1343 du 9 décembre 2004.", []want{
		{"directive européenne « Oiseaux » de 1979", "directive", "celex/31979L0409", ""}, {"loi no 91-05 du 3 janvier 1991", "loi", "loi/91-5", ""},
		{"loi de programmation militaire 2003-2008", "loi", "", ""}, {"Cette loi", "loi", "", ""}, {"loi 2004-1343 du 9 décembre 2004", "loi", "loi/2004-1343", ""}}},
	{"a decree's number in parentheses after its noun", "Deux décrets récents (n° 92-456 du 22 mai 1992 et n° 92-467 du 26 mai 1992) ont précisé. Le décret d'application (n° 96-1097) aussi.", []want{
		{"décrets récents (n° 92-456 du 22 mai 1992", "decret", "decret/92-456", ""}, {"n° 92-467 du 26 mai 1992", "decret", "decret/92-467", ""}, {"décret d'application (n° 96-1097)", "decret", "decret/96-1097", ""}}},
	{"a circular 'd'application' and its plain number; 'le texte incriminé'", "La circulaire d'application no 7015 du 27 mai 1992 prévoit. La directive 79/409/CEE du 2 avril 1979. Le texte incriminé prévoit.", []want{
		{"circulaire d'application no 7015 du 27 mai 1992", "circulaire", "circulaire/du-1992-05-27", ""}, {"directive 79/409/CEE du 2 avril 1979", "directive", "celex/31979L0409", ""}, {"texte incriminé", "directive", "celex/31979L0409", ""}}},
	{"a year glued to its month; an adjective before a shared date; '(2e alinéa)' after an article; 'l'article en cause'", "La loi du 26 janvier1984 portant dispositions statutaires relatives à la fonction publique territoriale. La loi initiale du 26 janvier 1984. L'article L. 25 (2e alinéa) du code électoral. L'article en cause prévoit.", []want{
		{"loi du 26 janvier1984", "loi", "loi/84-53", ""}, {"loi initiale du 26 janvier 1984", "loi", "loi/84-53", ""}, {"article L. 25 (2e alinéa) du code électoral", "code", "code/electoral", "L25"}, {"article en cause", "code", "code/electoral", "L25"}}},
	{"'par simple circulaire le …', 'par arrêté ministériel le …'; the Conseil d'État validating a draft; 'l'accord de l'Etat'", "Il a préféré intervenir par simple circulaire le 26 août 1989. La baisse pris par arrêté ministériel le 28 avril 1999. Elles ont été validées par le Conseil d'État le 22 novembre 2011. Le décret a été annulé par le Conseil d'État le 3 mai 2001. Avec l'accord de l'Etat, la commune agit.", []want{
		{"circulaire le 26 août 1989", "circulaire", "circulaire/du-1989-08-26", ""}, {"arrêté ministériel le 28 avril 1999", "arrete", "arrete/du-1999-04-28", ""}, {"Conseil d'État le 3 mai 2001", "jurisprudence", "jurisprudence/ce/du-2001-05-03", ""}}},
	{"texts listed by their years: each the one text of that year the document named, else not told", "Les lois n° 83-8 du 7 janvier 1983 et n° 84-578 du 9 juillet 1984. Les lois de 1983 et 1984 ont prévu. Les décrets de 1983 et 1984 aussi.", []want{
		{"lois n° 83-8 du 7 janvier 1983", "loi", "loi/83-8", ""}, {"n° 84-578 du 9 juillet 1984", "loi", "loi/84-578", ""}, {"lois de 1983", "loi", "loi/83-8", ""}, {"1984", "loi", "loi/84-578", ""},
		{"décrets de 1983", "decret", "", ""}, {"1984", "decret", "", ""}}},
	{"the Conseil constitutionnel's decisions listed, the last giving kind and date for all", "Le Conseil constitutionnel, par ses décisions n° 2011-191, n° 2011-194 et n° 2011-197 QPC du 18 novembre 2011, a jugé. Les décisions n° 2011-191 et 2011-194 ont été rendues. Décisions n° 2011-195 et n° 2011-196 QPC.", []want{
		{"décisions n° 2011-191", "jurisprudence", "jurisprudence/cc/2011-191-QPC", ""}, {"n° 2011-194", "jurisprudence", "jurisprudence/cc/2011-194-QPC", ""}, {"n° 2011-197 QPC du 18 novembre 2011", "jurisprudence", "jurisprudence/cc/2011-197-QPC", ""},
		{"Décisions n° 2011-195", "jurisprudence", "jurisprudence/cc/2011-195-QPC", ""}, {"n° 2011-196 QPC", "jurisprudence", "jurisprudence/cc/2011-196-QPC", ""}}},
	{"catalogue laws by nickname, a dotted acronym too, and by their subject's words", "La loi du 12 juillet 1985. La loi M.O.P. prévoit. La loi MOP aussi. La loi Hoguet. La loi sur les calamités agricoles. La loi paysage votée en janvier 1993.", []want{
		{"loi du 12 juillet 1985", "loi", "", ""}, {"loi M.O.P.", "loi", "loi/85-704", ""}, {"loi MOP", "loi", "loi/85-704", ""}, {"loi Hoguet", "loi", "loi/70-9", ""}, {"loi sur les calamités agricoles", "loi", "loi/64-706", ""}, {"loi paysage", "loi", "loi/93-24", ""}}},
	{"a code's acronym a page defines, dotted too, names the code where used; not a tax's after a code", "Le code de la nationalité française (C.N.F.) prévoit. L'article 97-3 du C.N.F. dispose. L'article 1609 nonies C du code général des impôts (TPU) aussi.", []want{
		{"code de la nationalité française", "code", "code/nationalite", ""}, {"article 97-3 du C.N.F.", "code", "code/nationalite", "97-3"}, {"article 1609 nonies C du code général des impôts", "code", "code/cgi", "1609 nonies C"}}},
	{"a list of articles goes on with a prefixed article before its own code", "Les articles L. 313-2 du code de l'urbanisme et L. 621-31 du code du patrimoine organisent un recours.", []want{
		{"articles L. 313-2 du code de l'urbanisme", "code", "code/urbanisme", "L313-2"}, {"L. 621-31 du code du patrimoine", "code", "code/patrimoine", "L621-31"}}},
	{"'le statut général des militaires' by its year; not inside a law's title; a title in quotes after a shared date", "Le statut général des militaires de 1972. Le statut général des militaires de 2005. La loi du 24 mars 2005 portant « statut général des militaires ». La loi n° 2005-270 portant statut général des militaires. Le statut général des militaires prévoit. La révision du statut général des militaires. L'article 19 du statut général des militaires de 1972.", []want{
		{"statut général des militaires de 1972", "loi", "loi/72-662", ""}, {"statut général des militaires de 2005", "loi", "loi/2005-270", ""}, {"loi du 24 mars 2005", "loi", "loi/2005-270", ""},
		{"loi n° 2005-270", "loi", "loi/2005-270", ""}, {"statut général des militaires", "loi", "", ""}, {"article 19 du statut général des militaires de 1972", "loi", "loi/72-662", "19"}}},
	{"'cette loi modifiée' is the law amended; the two laws of 26 January 1984 told by their subject's words", "La loi n° 84-53 du 26 janvier 1984 modifiée par la loi n° 87-529, du 13 juillet 1987. L'article 8 de cette loi modifiée précise. Le régime indemnitaire des fonctionnaires territoriaux, l'article 111 de la loi du 26 janvier 1984.", []want{
		{"loi n° 84-53 du 26 janvier 1984", "loi", "loi/84-53", ""}, {"loi n° 87-529", "loi", "loi/87-529", ""}, {"article 8 de cette loi", "loi", "loi/84-53", "8"}, {"article 111 de la loi du 26 janvier 1984", "loi", "loi/84-53", "111"}}},
	{"two texts by their days, 'du … et du …', the year said once", "Les décrets du 6 mai et du 31 août 1982 prévoient.", []want{
		{"décrets du 6 mai", "decret", "decret/du-1982-05-06", ""}, {"du 31 août 1982", "decret", "decret/du-1982-08-31", ""}}},
	{"'les textes législatifs du … et du …' are laws; an arrêté's subject holding 'à'", "Les textes législatifs du 12 juillet 1966 et du 27 janvier 1987 prévoient. L'arrêté de fermeture de la pêche à l'anchois en date du 13 avril 1992.", []want{
		{"textes législatifs du 12 juillet 1966", "loi", "loi/du-1966-07-12", ""}, {"du 27 janvier 1987", "loi", "loi/du-1987-01-27", ""}, {"arrêté de fermeture de la pêche à l'anchois en date du 13 avril 1992", "arrete", "arrete/du-1992-04-13", ""}}},
	{"'accord européen' in the masculine; 'les accords Schengen' without 'de'", "L'accord européen du 15 novembre 1975 prévoit. L'application des accords Schengen. L'accord Ségur revalorise.", []want{
		{"accord européen du 15 novembre 1975", "traite", "traite/accord-du-1975-11-15", ""}, {"accords Schengen", "traite", "traite/schengen-accord", ""}}},
	{"a treaty by its bilateral adjective alone is a mention left unresolved (it fits many); not in the plural", "Comme la plupart des conventions fiscales, la convention franco-allemande pose le principe. Les accords franco-allemands sont nombreux. L'accord franco-allemand prévoit.", []want{
		{"convention franco-allemande", "traite", "", ""}, {"accord franco-allemand", "traite", "", ""}}},
	{"a finance law's acronym given with its year, then used again", "L'article 71 de la loi n° 2018-1203 du 22 décembre 2018 de financement de la sécurité sociale pour 2019 (LFSS 2019). Aussi, la LFSS 2019 permet.", []want{
		{"article 71 de la loi n° 2018-1203 du 22 décembre 2018", "loi", "loi/2018-1203", "71"}, {"LFSS 2019", "loi", "loi/2018-1203", ""}, {"LFSS 2019", "loi", "loi/2018-1203", ""}}},
	{"an instruction's number without 'n°', bare or with its service's letters", "L'instruction 1000/GEND/DOE/SDSPSR/SP du 9 mai 2011 et l'instruction 36132 du 8 juin 2016 prévoient. L'instruction 12 du dossier.", []want{
		{"instruction 1000/GEND/DOE/SDSPSR/SP du 9 mai 2011", "circulaire", "circulaire/du-2011-05-09", ""}, {"instruction 36132 du 8 juin 2016", "circulaire", "circulaire/du-2016-06-08", ""}}},
	{"a space before a number's hyphen", "L'ordonnance n° 2019 -361 du 24 avril 2019 prévoit. La loi n° 2019 - 361 prévoit.", []want{
		{"ordonnance n° 2019 -361 du 24 avril 2019", "ordonnance", "ordonnance/2019-361", ""}, {"loi n° 2019 - 361", "loi", "loi/2019-361", ""}}},
	{"a nickname the catalogue does not know, given after its law, names it again further on", "L'article 49 de la loi n° 2021-1109 du 24 août 2021, confortant le respect des principes de la République (dite loi CRPR). Réponse. L'esprit de la loi CRPR était. La loi Zorglub prévoit.", []want{
		{"article 49 de la loi n° 2021-1109 du 24 août 2021", "loi", "loi/2021-1109", "49"}, {"loi CRPR", "loi", "loi/2021-1109", ""}, {"loi CRPR", "loi", "loi/2021-1109", ""}, {"loi Zorglub", "loi", "", ""}}},
	{"a division with a colon after it is a heading, not a provision", "Le décret n° 2010-1634 du 23 décembre 2010 modifiant le code de procédure pénale (deuxième partie : décrets en Conseil d'État). La deuxième partie du code de procédure pénale prévoit.", []want{
		{"décret n° 2010-1634 du 23 décembre 2010", "decret", "decret/2010-1634", ""}, {"code de procédure pénale", "code", "code/procedure-penale", ""}, {"deuxième partie du code de procédure pénale", "code", "code/procedure-penale", "deuxième partie"}}},
	{"a law's title ends before a modal verb and before 'et de la loi …', another law", "La loi sur l'air et l'utilisation rationnelle de l'énergie prévoit. Pour que la loi sur l'air puisse être déclinée. La lettre de la loi d'orientation de lutte contre les exclusions et de la loi instaurant la couverture maladie universelle soient appliqués.", []want{
		{"loi sur l'air et l'utilisation rationnelle de l'énergie", "loi", "loi/titre/sur-l-air-et-l-utilisation-rationnelle-de-l-energie", ""}, {"loi sur l'air", "loi", "loi/titre/sur-l-air", ""},
		{"loi d'orientation de lutte contre les exclusions", "loi", "loi/98-657", ""}, {"loi instaurant la couverture maladie universelle", "loi", "loi/titre/instaurant-la-couverture-maladie-universelle", ""}}},
	{"a list of dates under a plural noun without a second 'du'; an EU decision by its author and date; a judgment 'daté du', or its court after its date; 'audit décret'", "Les arrêtés tarifaires du 10 juillet 2006 et 12 juillet 2010 prévoient. La décision de la Commission européenne du 10 février 2017 autorise. Le Conseil d'État, dans un arrêt daté du 23 décembre 2011, a considéré. L'arrêt du 3 mai 2002 du Conseil d'Etat. Le décret n° 2013-1188 du 18 décembre 2013 prévoit. Conformément audit décret.", []want{
		{"arrêtés tarifaires du 10 juillet 2006", "arrete", "arrete/du-2006-07-10", ""}, {"12 juillet 2010", "arrete", "arrete/du-2010-07-12", ""},
		{"décision de la Commission européenne du 10 février 2017", "decision", "decision/du-2017-02-10", ""},
		{"Conseil d'État, dans un arrêt daté du 23 décembre 2011", "jurisprudence", "jurisprudence/ce/du-2011-12-23", ""}, {"arrêt du 3 mai 2002 du Conseil d'Etat", "jurisprudence", "jurisprudence/ce/du-2002-05-03", ""},
		{"décret n° 2013-1188 du 18 décembre 2013", "decret", "decret/2013-1188", ""}, {"audit décret", "decret", "decret/2013-1188", ""}}},
	{"the law on energy transition by shorter titles", "La loi de transition énergétique prévoit. La loi sur la transition énergétique de 2015.", []want{
		{"loi de transition énergétique", "loi", "loi/2015-992", ""}, {"loi sur la transition énergétique de 2015", "loi", "loi/2015-992", ""}}},
	{"a court and its date without a comma; a party's name in lower case before the number", "Voir Conseil d'État 20 décembre 1989, Élections municipales de Valence d'Albigeois, n° 108573. Le tribunal administratif de Clermont 29 octobre 1987, Lopez-Mendez.", []want{
		{"Conseil d'État 20 décembre 1989, Élections municipales de Valence d'Albigeois, n° 108573", "jurisprudence", "jurisprudence/ce/108573", ""}, {"tribunal administratif de Clermont 29 octobre 1987, Lopez-Mendez", "jurisprudence", "jurisprudence/ta-clermont/du-1987-10-29-lopez-mendez", ""}}},
	{"agreements that are not treaties: a charter by its date alone, an accord with unions; a law glued to its number sign", "A la suite de la charte signée le 6 novembre 1996 par le gouvernement. L'accord conclu le 25 janvier 2006 avec trois organisations représentatives des fonctionnaires. La loin° 98-657 du 29 juillet 1998 et la loino 93-24 du 8 janvier 1993. Il est loin de 1998.", []want{
		{"loin° 98-657 du 29 juillet 1998", "loi", "loi/98-657", ""}, {"loino 93-24 du 8 janvier 1993", "loi", "loi/93-24", ""}}},
	{"a range without accents between prefixed numbers", "Les art. L. 125-1 a L. 125-7 du code des communes. Les articles L 532-1 a L 532-6 du code de la securite sociale.", []want{
		{"art. L. 125-1 a L. 125-7 du code des communes", "code", "code/communes", "L125-1 à L125-7"}, {"articles L 532-1 a L 532-6 du code de la securite sociale", "code", "code/securite-sociale", "L532-1 à L532-6"}}},
	{"an article's 'tiret'; not a title 'sur le point …'", "L'article 2, tiret 1 de la loi du 3 janvier 1986 prévoit. La position de la loi sur le point sus-evoque est claire.", []want{
		{"article 2, tiret 1 de la loi du 3 janvier 1986", "loi", "loi/86-2", "2"}}},
	{"a dated law numbered in parentheses after it is that number wherever its date is said again", "L'application de la loi du 15 mai 2001 (n° 2001-420) relative aux nouvelles régulations économiques. Avant la loi du 15 mai 2001, les dérives.", []want{
		{"loi du 15 mai 2001 (n° 2001-420)", "loi", "loi/2001-420", ""}, {"loi du 15 mai 2001", "loi", "loi/2001-420", ""}}},
	{"the ordonnance of 2 November 1945 told by the page's words: on foreigners", "Les étrangers en situation régulière, selon l'article 15 de l'ordonnance du 2 novembre 1945, reçoivent une carte de résident.", []want{
		{"article 15 de l'ordonnance du 2 novembre 1945", "ordonnance", "ordonnance/45-2658", "15"}}},
	{"the ordonnance of 2 November 1945 told by the page's words: on bailiffs; else unresolved", "Les huissiers de justice, selon l'ordonnance du 2 novembre 1945, signifient les actes.", []want{
		{"ordonnance du 2 novembre 1945", "ordonnance", "ordonnance/45-2592", ""}}},
	{"the ordonnance of 2 November 1945 on a page that does not tell which", "L'ordonnance du 2 novembre 1945 prévoit.", []want{
		{"ordonnance du 2 novembre 1945", "ordonnance", "", ""}}},
	{"laws of a shared day told by the page's words", "Les locataires et les bailleurs : l'article 15 de la loi du 6 juillet 1989. La télévision numérique terrestre : l'article 102 de la loi du 5 mars 2007. Les agences de voyages et la loi du 13 juillet 1992.", []want{
		{"article 15 de la loi du 6 juillet 1989", "loi", "loi/89-462", "15"}, {"article 102 de la loi du 5 mars 2007", "loi", "loi/2007-309", "102"}, {"loi du 13 juillet 1992", "loi", "loi/92-645", ""}}},
	{"a law of a shared day on a page whose words tell none", "La loi du 5 mars 2007 prévoit.", []want{
		{"loi du 5 mars 2007", "loi", "", ""}}},
	{"'la nouvelle loi' is the law named last; not one to come, nor a title", "La loi n° 99-586 du 12 juillet 1999 prévoit. Or la nouvelle loi qui modifie l'article. Jusqu'à la publication prochaine de la nouvelle loi. La nouvelle loi relative aux retraites. Une nouvelle loi.", []want{
		{"loi n° 99-586 du 12 juillet 1999", "loi", "loi/99-586", ""}, {"nouvelle loi", "loi", "loi/99-586", ""}, {"loi relative aux retraites", "loi", "loi/titre/relative-aux-retraites", ""}}},
	{"a directive by its month after 'une'; 'ce texte' after an unresolved text is that text, unresolved, not an older one", "Le décret n° 99-1 du 1er janvier 1999 prévoit. Ces dispositions découlent d'une directive européenne de juillet 1991. Au sens de l'article 3 de ce texte, les tracteurs.", []want{
		{"décret n° 99-1 du 1er janvier 1999", "decret", "decret/99-1", ""}, {"directive européenne de juillet 1991", "directive", "", ""}, {"article 3 de ce texte", "directive", "", "3"}}},
	{"a list of numbers without a sign before their date", "Les décrets 97-83 et 97-79 du 30 janvier 1997 prévoient. Les décrets 97-83 et 97-79 étaient prévus.", []want{
		{"décrets 97-83", "decret", "decret/97-83", ""}, {"97-79 du 30 janvier 1997", "decret", "decret/97-79", ""}}},
	{"the loi Verdeille; the military programming law by the years it spans", "La loi Verdeille du 10 juillet 1964 organise la chasse. La loi de programmation militaire 1997-2002 prévoit. Cette loi dispose.", []want{
		{"loi Verdeille du 10 juillet 1964", "loi", "loi/64-696", ""}, {"loi de programmation militaire 1997-2002", "loi", "loi/96-589", ""}, {"Cette loi", "loi", "loi/96-589", ""}}},
	{"more laws of shared days told by the page's words", "Les adultes handicapés : la loi du 30 juin 1975. Le médecin traitant et l'assurance maladie : les articles 7 et 8 de la loi du 13 août 2004. Le permis à points : la loi du 10 juillet 1989.", []want{
		{"loi du 30 juin 1975", "loi", "loi/75-534", ""}, {"articles 7", "loi", "loi/2004-810", "7"}, {"8 de la loi du 13 août 2004", "loi", "loi/2004-810", "8"}, {"loi du 10 juillet 1989", "loi", "loi/89-469", ""}}},
	{"the laws of 3 January 1972 told by the page's words, not by the one another page numbers", "Les avocats et l'aide judiciaire : la loi du 3 janvier 1972 prévoit. Son article 36 dispose.", []want{
		{"loi du 3 janvier 1972", "loi", "loi/72-11", ""}, {"Son article 36", "loi", "loi/72-11", "36"}}},
	{"a law's title ends before 'articles', another mention", "Avec notamment la loi sur la transition énergétique aux articles R. 341-4 et suivants du code de l'énergie.", []want{
		{"loi sur la transition énergétique", "loi", "loi/2015-992", ""}, {"articles R. 341-4 et suivants du code de l'énergie", "code", "code/energie", "R341-4"}}},
	{"the working-time directive by its subject; not the road-transport one", "La directive européenne sur le temps de travail prévoit. Cette directive dispose. La directive temps de travail dans le secteur du transport routier.", []want{
		{"directive européenne sur le temps de travail", "directive", "celex/32003L0088", ""}, {"Cette directive", "directive", "celex/32003L0088", ""}}},
	{"a law by its year and the catalogue's title said after it; else a law not told", "Le bilan de la loi de 1981 relative au prix unique du livre. La loi de 1981 sur le prix unique du livre, qui oblige. La loi de 1982 relative au prix unique du livre. La réforme de la loi de 1979 sur les archives.", []want{
		{"loi de 1981", "loi", "loi/81-766", ""}, {"loi de 1981", "loi", "loi/81-766", ""}, {"loi de 1982", "loi", "", ""}, {"loi de 1979", "loi", "loi/79-18", ""}}},
	{"'loi applicable' inside a convention's subject", "La convention de Rome sur la loi applicable aux obligations contractuelles.", []want{
		{"convention de Rome sur la loi applicable aux obligations contractuelles", "traite", "traite/convention-de-rome-sur-la-loi-applicable-aux-obligations-contractuelles", ""}}},
}

// annotate runs the extractor over one text as a single passage.
func annotate(x *refs.Extractor, text string) []lexgraph.Mention {
	d := &lexgraph.Document{Source: "t", ID: "t", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: text, Offset: 0}}}
	x.Annotate([]*lexgraph.Document{d})
	return d.Mentions
}

func TestFind(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range findTests {
		t.Run(tt.name, func(t *testing.T) {
			got := annotate(x, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("%q: got %d mentions %v, want %d", tt.text, len(got), texts(got), len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Text != w.text || string(g.Kind) != w.kind || g.ID != w.id || g.Article != w.article {
					t.Errorf("mention %d: got {%q %s %s %q}, want {%q %s %s %q}", i, g.Text, g.Kind, g.ID, g.Article, w.text, w.kind, w.id, w.article)
				}
				if tt.text[g.Start:g.End] != g.Text {
					t.Errorf("mention %d: span %d-%d is %q, not its text %q", i, g.Start, g.End, tt.text[g.Start:g.End], g.Text)
				}
			}
		})
	}
}

func texts(ms []lexgraph.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text+" ("+m.ID+")")
	}
	return out
}

// readCorpus reads every page of testdata/corpus.
func readCorpus(t testing.TB) []*lexgraph.Document {
	t.Helper()
	docs, errs := extract.ReadPaths([]string{filepath.Join(testdata, "corpus")})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return docs
}

// TestSpansAreFileBytes checks every mention of the real pages: its offsets
// are byte offsets into the file and its text is exactly those bytes.
func TestSpansAreFileBytes(t *testing.T) {
	x := newExtractor(t)
	docs := readCorpus(t)
	x.Annotate(docs)
	n := 0
	for _, d := range docs {
		data, err := os.ReadFile(d.Source)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range d.Mentions {
			n++
			if m.Start < 0 || m.End > len(data) || string(data[m.Start:m.End]) != m.Text {
				t.Errorf("%s: mention %q at %d-%d is not the file's bytes", d.Source, m.Text, m.Start, m.End)
			}
			if !m.Kind.Valid() {
				t.Errorf("%s: mention %q has kind %q", d.Source, m.Text, m.Kind)
			}
		}
	}
	if n < 60 {
		t.Errorf("found %d mentions in the corpus, want at least 60", n)
	}
}

// scoreGold scores the extractor on gold files of testdata/gold.
func scoreGold(t *testing.T, root string, goldFiles ...string) (eval.Score, map[string][]lexgraph.Mention) {
	t.Helper()
	x := newExtractor(t)
	var paths []string
	for _, g := range goldFiles {
		paths = append(paths, filepath.Join(testdata, "gold", g))
	}
	system := map[string][]lexgraph.Mention{}
	sc, err := eval.ScoreFiles(paths, filepath.Join(testdata, root), func(docs []*lexgraph.Document) {
		x.Annotate(docs)
		for _, d := range docs {
			system[d.Source] = append(system[d.Source], d.Mentions...)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return sc, system
}

// TestSeedsGold scores the extractor on the two seeds' gold annotations.
func TestSeedsGold(t *testing.T) {
	sc, system := scoreGold(t, "corpus", "seeds.json")
	if sc.Mentions.Recall < 1 || sc.Mentions.Precision < 1 || sc.Linking.F1 < 1 || sc.ArticleAccuracy < 1 {
		t.Errorf("seeds: mentions %+v, linking %+v, articles %.2f; misses %+v", sc.Mentions, sc.Linking, sc.ArticleAccuracy, sc.Misses)
	}
	// The three wordings of the Budapest convention are one instrument.
	ids := map[string]bool{}
	for _, ms := range system {
		for _, m := range ms {
			if m.Kind == lexgraph.KindTraite && (strings.Contains(strings.ToLower(m.Text), "cybercriminalité") || strings.Contains(m.Text, "Budapest")) {
				ids[m.ID] = true
			}
		}
	}
	if len(ids) != 1 {
		t.Errorf("Budapest convention wordings resolve to %v, want one id", ids)
	}
}

// Bounds the extractor reached on testdata/gold (the seeds and the 13
// pages, annotated independently of the extractor); a change that scores
// below them fails. Raise them when the extractor improves.
const (
	minMentionF1 = 1.0
	minLinkingF1 = 1.0
	minArticles  = 1.0
)

// TestGoldPages holds the extractor to the scores it reached on every gold
// file of testdata/gold.
func TestGoldPages(t *testing.T) {
	sc, _ := scoreGold(t, "corpus", "seeds.json", "pages.json")
	holdScores(t, sc, minLinkingF1, 80)
}

// TestGoldHeldout scores the held-out pages (testdata/heldout, annotated
// before the extractor first ran on them, batch by batch) with the bounds
// reached on them: all 1.0 but linking, where "l'article 5 dudit règlement
// d'application" still points to the last règlement named, not to the
// application règlement named before it.
func TestGoldHeldout(t *testing.T) {
	const minHeldoutLinkingF1 = 0.993
	files, _ := filepath.Glob(filepath.Join(testdata, "gold", "heldout*.json"))
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	sc, _ := scoreGold(t, ".", files...)
	holdScores(t, sc, minHeldoutLinkingF1, 280)
}

// TestGoldUnseen scores the real pages nobody here wrote (testdata/unseen,
// annotated before the extractor first ran on them, batch by batch; see
// BENCHMARKS.md) with the bounds reached on them.
//
// What they still miss: an arrêté named by its title after an indefinite
// article ("un arrêté ministériel relatif au programme d'actions national
// … a été publié") or by "l'arrêté de référence en la matière"; "cet
// article" meaning the article a paragraph is about rather than the last
// one named in it; two decrees in
// one number ("décret n° 2007-435/437"); an arrêté or a decree by a date
// after a clause ("arrêté, pris conjointement le 6 janvier 1988", "décret
// publié le 13 mars 2021"); a circular's second number by itself; a decree
// by a number alone ("decret d'application no 125", "sous le numéro
// 86-428"); sections and items written before their article ("I de
// l'article 15", "II du même article": the span starts at "article", as
// most gold spans do); a law by a nickname the catalogue does not know ("loi de
// santé 2016"); texts named by a description ("la loi d'application
// nationale", "la circulaire d'application de la loi", "la directive sur
// la libéralisation du marché des services"); a truncated code name at a
// page's end; typing slips ("200l-616", "9/43", "aticle"). Annotators
// differ on "1er" (most write "1er", as lexgraph does; some "1"), on "et
// suivants" and "194-II" (kept), and on the section after a number
// ("L. 2123-24 II"). An arrêté by its title alone keeps an id of its
// title, apart from the same arrêté by its date. From batches 41 to 51: a
// decree described at length before the day of its Journal officiel
// ("décret abaissant l'âge … paru au Journal officiel du 3 juillet 2012");
// a directive by its month ("de décembre 1994"); an indefinite treaty
// named by its parties ("d'une convention générale de sécurité sociale
// entre la France et le Cameroun"); dotted article numbers ("L. 251.6",
// "1.1.3"); "articxle", "décret de loi"; "cet accord" meaning an avenant
// rather than the accord named after it. From batches 52 to 70: "le code
// des pensions" alone (civil or military: not told); an article of a code
// the page does not name ("l'article L. 480-1 alinéa 3"); a ruling by a
// party before its date ("décision commune de Claix du 15 juin 1998") or
// after a verb ("le tribunal correctionnel de la Seine a au contraire
// jugé, le 10 décembre 1932"); "la première loi", "la nouvelle loi"; a
// decree's number after a clause ("Le décret d'application de cet
// article, n° 2004-893 du …"); "du premier article de l'arrêté"; "le
// statut général des militaires de 1972"; a law by a title it does not
// bear; "16 du texte de loi"; laws listed with a subject between their
// dates; acronyms of the page's own mistakes ("(TUE)" for the TLPE); long
// lists of articles with quoted notes that run past the pattern's window.
// From batches 72 to 96: a text's number misprinted ("loi n° 2008-879" for
// 2008-789, "décret n° 77-113"), or its date ("loi du 16 janvier 1984");
// "cette loi" or "ce texte" meaning the text a sentence is about rather
// than the last one named in it; a short form whose text is named only by
// an optional description ("lettre circulaire …", then "cette
// circulaire"); a ruling by a month and day without its year ("arrêt du 15
// juin"), or two by "rendus respectivement le … et le …"; a decree by its
// day of publication where the catalogue knows its signature's; an
// article with a letter after a hyphen ("10-c"), or dotted ("L. 49.1-2");
// a list of numbers going on after a nickname ("n° 83-481 … dite loi « Le
// Pors » et n° 84-16"); a foreign law
// ("loi algérienne 81-01"); the articles of a law listed as "le décret
// prévu à l'article 9 …, l'article 64" after a decree was named.
// From batches 97 to 120: an Assemblée text number for a law ("loi n°
// 174"); "cette législation" for a law; a circular introduced by "une
// circulaire" with a relative date ("le 11 octobre dernier"); a directive's
// misprinted nickname ("directive \" habitants \""); "30-0B" with no
// space; a ruling whose court follows it far ("la décision rendue le 6
// avril 2000 à l'encontre de la France par la Cour de justice"); articles
// written by annotators otherwise than the system does: ranges ("R. 411-1
// à R. 411-5" as its first), "1°" items and Roman sections ("35 III")
// kept in the article, "L. 412.51" kept as "L41251".
// From batches 116 to 144: numbers misprinted in the page that annotators
// linked to the text meant ("loi no 96-1096" for 96-1093, "décret no
// 97-125" for 97-215, "loi nº 88-677 du 5 juillet 1985"); a Roman section
// joined by a hyphen kept in the article ("21-IV", "L. 13-15-II": the gold
// files keep it 30 times, drop it 10), or dotted ("156.I.3"); "C.G.I." with
// its periods and no preposition; "LOTI", "loi pêche" alone; an article
// whose code the page names later or never ("article 156-I-3", "article
// 221-17", "article 35-1 précité"); "Elle a prévu, dans son article 35" (a
// pronoun for the law); a ruling numbered with a space ("n° 217 654") or a
// period ("décision 2002.2662"); "L. 5211 41 3"; a list of articles going on
// after a parenthesis; "lois de 1901, 1905 et 1907"; "la sixième
// directive", "cet instrument", "décret de compétence des infirmiers";
// "lettre-circulaire du mois de novembre 2002"; an EU directive's article
// with its paragraph ("7-4": lexgraph keeps the article, 7); a code's
// "deuxième partie" in a decree's title, found as a division the
// annotators left out; "Cet article" meaning the article abrogated rather
// than the one abrogating it. From batches 145 to 150: articles in
// parentheses far from their law ("(art. 9, 11 et 14)"); "décret
// d'application n{-o 91-166" (a page's markup in the number); "article 91
// du code" where the code is named otherwise than by its catalogue name; a
// directive by its title in quotes ("directive communautaire « Performance
// énergétique des bâtiments »"). From batches 151 to 180: misprints the
// annotators read through ("règlement 944-97" for 894/97, "décret 93/316",
// "CE 193-104", "loi n° 92 du 13 juillet 1992", "son acticle 47", "article
// 92 du la loi"); an arrêté named "règlement pour le transport des matières
// dangereuses", "l'acte d'adhésion", the ADR agreement by description;
// nicknames in a parenthesised list ("directives européennes (IPPC,
// Seveso …)") or a plural ("lois Debré et Guermeur"); the link of an
// undated Conseil d'État decision named by what it annuls (found since
// stop 27, but left unresolved where the document names no judgment of
// that court otherwise, see mergeUndatedCourts); "l'arrêt de la 1re
// chambre civile en date du …" (no
// court); "décisions n° 2011-191, n° 2011-194 … QPC"; "le statut général
// de la fonction publique"; "code de l'administration communale", "code de
// 1964" (codes the catalogue does not know); "le texte du 11 juillet 1985";
// "ce texte" or "cet article" carrying the article the annotator meant;
// "et suivants" (the annotators of these batches dropped it 6 times of 6;
// since stop 26 lexgraph keeps it in the span only, not in the article, as
// the gold files do 30 times of 44). From batches 181 to 212: misprints ("loino 93-24",
// "loi n° 87517", "loi duno 90-600", "cete loi", "loi no 92-15" for
// 92-125); texts named by a description ("le décret fixant la composition
// de la commission", "le décret sur le statut des maîtres-directeurs
// d'école", "l'instruction relative aux modalités d'exercice du droit de
// vote par procuration", "ce texte d'application"); rulings with no year
// or no date ("l'arrêt du Conseil d'Etat en date du 21 juillet", "le
// jugement du tribunal de grande instance de Périgueux"); "une loi de
// 1964" and "un décret de 1966" where the document names no text of that
// year; "le traité destructeur de Maastricht"; "le statut général des
// militaires" on a page that gives no day (two laws had that name);
// "cet alinéa"; letters after an article ("26 a", "25 (b)", "paragraphe
// b de l'article 126"); an accord by its parties with no date ("l'accord
// de pêche signé entre la C.E.E. et la Mauritanie"); "le jugement rendu
// vendredi dernier". From batches 213 to 241: numbers printed with a
// space for the hyphen ("loi n° 2021 1104"); "l'arrêté de 2006", "le décret
// déjà publié", "l'information du 29 janvier 2017", "la circulaire de la
// CNAF susmentionnée", "l'instruction 1000" said again; "article 12 de son
// décret d'application" (lexgraph gives the article to the law); "la
// directive sur le temps de repos"; "le texte relatif aux nouvelles
// régulations économiques"; a bill's title holding a law's ("proposition
// de loi portant modification de la loi relative à …"); "cet article"
// after an article "créé par l'article 25 de la loi …" (lexgraph takes
// the law's); article forms the annotators wrote otherwise ("L. 5211-5-2/"
// for its 2°, "L. 12 b", "5-1-A", "L. 1451-l", "27 sexdecies A de
// l'annexe III"); misprints ("artices 38 a 47", "certe loi").
func TestGoldUnseen(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testdata, "gold", "unseen*.json"))
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	sc, _ := scoreGold(t, ".", files...)
	holdScoresAt(t, sc, 0.978, 0.961, 0.955, 8620)
}

// holdScores fails when a score drops below its bound (mention F1 and
// article accuracy at theirs, linking F1 at minLinking), or when fewer than
// minGold gold mentions were scored: a gold file missing.
func holdScores(t *testing.T, sc eval.Score, minLinking float64, minGold int) {
	t.Helper()
	holdScoresAt(t, sc, minMentionF1, minLinking, minArticles, minGold)
}

// holdScoresAt is holdScores with every bound given.
func holdScoresAt(t *testing.T, sc eval.Score, minMention, minLinking, minArticle float64, minGold int) {
	t.Helper()
	if sc.Mentions.F1 < minMention || sc.Linking.F1 < minLinking || sc.ArticleAccuracy < minArticle {
		t.Errorf("mention F1 %.4f (bound %.3f), linking F1 %.4f (bound %.3f), articles %.4f (bound %.3f)\nmisses: %+v",
			sc.Mentions.F1, minMention, sc.Linking.F1, minLinking, sc.ArticleAccuracy, minArticle, sc.Misses)
	}
	if sc.Mentions.Gold < minGold {
		t.Errorf("scored %d gold mentions, fewer than %d: a gold file missing?", sc.Mentions.Gold, minGold)
	}
}

// TestTitleResolvesThroughCorpus checks that a law named by a title alone
// is the one law another document read with it numbered with that title,
// and stays a title's id where two numbered laws bear it.
func TestTitleResolvesThroughCorpus(t *testing.T) {
	x := newExtractor(t)
	doc := func(id, text string) *lexgraph.Document {
		return &lexgraph.Document{Source: id, ID: id, Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: text}}}
	}
	a := doc("a", "la loi n° 97-940 du 16 octobre 1997 relative au développement d'activités pour l'emploi des jeunes prévoit")
	b := doc("b", "la loi relative au développement d'activités pour l'emploi des jeunes. Cette loi prévoit")
	x.Annotate([]*lexgraph.Document{a, b})
	if len(b.Mentions) != 2 || b.Mentions[0].ID != "loi/97-940" || b.Mentions[1].ID != "loi/97-940" {
		t.Errorf("title read with its numbered twin: got %v, want loi/97-940 twice", texts(b.Mentions))
	}
	// the same subject said with other small words: "sur la …" for
	// "relative à la … et à la …", a singular for a plural
	f := doc("f", "la loi n° 96-1139 du 26 décembre 1996 relative à la collecte et à l'élimination des cadavres d'animaux et des déchets d'abattoirs venant modifier")
	g := doc("g", "la loi sur la collecte et l'élimination des cadavres d'animaux et des déchets d'abattoir institue une taxe")
	x.Annotate([]*lexgraph.Document{f, g})
	if len(g.Mentions) != 1 || g.Mentions[0].ID != "loi/96-1139" {
		t.Errorf("title in other words: got %v, want loi/96-1139", texts(g.Mentions))
	}
	// an amending finance law's title names one of a year's several
	d := doc("d", "la loi n° 2002-1576 du 30 décembre 2002 de finances rectificative pour 2002 prévoit")
	e := doc("e", "la loi de finances rectificative pour 2002 prévoit")
	x.Annotate([]*lexgraph.Document{d, e})
	if len(e.Mentions) != 1 || e.Mentions[0].ID == "loi/2002-1576" {
		t.Errorf("amending finance law by title: got %v, want it not linked to the one another page numbers", texts(e.Mentions))
	}
	c := doc("c", "la loi n° 97-949 du 16 octobre 1997 relative au développement d'activités pour l'emploi des jeunes aussi")
	x.Annotate([]*lexgraph.Document{a, b, c})
	if len(b.Mentions) != 2 || !strings.HasPrefix(b.Mentions[0].ID, "loi/titre/") {
		t.Errorf("title two numbered laws bear: got %v, want the title's own id", texts(b.Mentions))
	}
}

func TestDateOnlyResolvesThroughCorpus(t *testing.T) {
	x := newExtractor(t)
	a := &lexgraph.Document{Source: "a", ID: "a", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "la loi n° 2001-1234 du 5 mai 2001 prévoit", Offset: 0}}}
	b := &lexgraph.Document{Source: "b", ID: "b", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "la loi du 5 mai 2001 prévoit", Offset: 0}}}
	x.Annotate([]*lexgraph.Document{a, b})
	if len(b.Mentions) != 1 || b.Mentions[0].ID != "loi/2001-1234" {
		t.Errorf("date-only law read with its numbered twin: got %v, want loi/2001-1234", texts(b.Mentions))
	}
	// Two laws of one date: the date alone is ambiguous and stays unresolved.
	c := &lexgraph.Document{Source: "c", ID: "c", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "la loi n° 2001-1235 du 5 mai 2001 aussi", Offset: 0}}}
	x.Annotate([]*lexgraph.Document{a, b, c})
	if len(b.Mentions) != 1 || b.Mentions[0].ID != "" {
		t.Errorf("date shared by two laws: got %v, want one unresolved mention", texts(b.Mentions))
	}
	// The title said after the date tells them apart, as the documents
	// numbering them gave it.
	a = &lexgraph.Document{Source: "a", ID: "a", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "la loi n° 2001-1234 du 5 mai 2001 relative à la protection des abeilles prévoit"}}}
	c = &lexgraph.Document{Source: "c", ID: "c", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "la loi n° 2001-1235 du 5 mai 2001 relative à la chasse aux frelons aussi"}}}
	d := &lexgraph.Document{Source: "d", ID: "d", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "l'article 3 de la loi du 5 mai 2001 sur la protection des abeilles prévoit"}}}
	x.Annotate([]*lexgraph.Document{a, c, d})
	if len(d.Mentions) != 1 || d.Mentions[0].ID != "loi/2001-1234" {
		t.Errorf("date shared by two laws, a title after it: got %v, want loi/2001-1234", texts(d.Mentions))
	}
}

// TestTitleOfTheLawInForce checks that a title two catalogue laws share
// ("la loi sur l'eau": 1992, and 2006 "sur l'eau et les milieux
// aquatiques") is the one of them in force on the page's day, unless the
// other came soon after, or the day is unknown.
func TestTitleOfTheLawInForce(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct{ day, want string }{
		{"1999-05-20", "loi/92-3"},
		{"2005-06-01", ""}, // the law of 2006 was being debated
		{"2010-01-01", ""}, // both in force: either
		{"", ""},
	} {
		d := &lexgraph.Document{Source: "d", ID: "d", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "Selon la loi sur l'eau, les étangs sont déclarés.", Day: tc.day}}}
		x.Annotate([]*lexgraph.Document{d})
		if len(d.Mentions) != 1 || d.Mentions[0].ID != tc.want {
			t.Errorf("day %q: got %v, want one mention %q", tc.day, texts(d.Mentions), tc.want)
		}
	}
}

// TestDayCalledLast checks that "le 25 juillet dernier" is the last 25 July
// before the passage's own day, and that a page which does not date itself
// keeps the text, unresolved.
func TestDayCalledLast(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct{ day, want string }{
		{"1994-10-20", "loi/du-1994-07-25"},
		{"1995-03-02", "loi/du-1994-07-25"}, // July 1995 is still to come
		{"1994-07-25", "loi/du-1993-07-25"},
		{"", ""},
	} {
		d := &lexgraph.Document{Source: "d", ID: "d", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "Conformément à la loi du 25 juillet dernier, les familles", Day: tc.day}}}
		x.Annotate([]*lexgraph.Document{d})
		if len(d.Mentions) != 1 || d.Mentions[0].ID != tc.want || d.Mentions[0].Text != "loi du 25 juillet dernier" {
			t.Errorf("day %q: got %v, want one mention %q", tc.day, texts(d.Mentions), tc.want)
		}
	}
	// a number with such a day, on a page without one: the number names it
	d := &lexgraph.Document{Source: "d", ID: "d", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "Le décret n° 87-608 du 31 juillet dernier prévoit."}}}
	x.Annotate([]*lexgraph.Document{d})
	if len(d.Mentions) != 1 || d.Mentions[0].ID != "decret/87-608" {
		t.Errorf("numbered, day unknown: got %v, want decret/87-608", texts(d.Mentions))
	}
}

// TestDayAfterAnUndatedMention checks that a document's "le décret du 15
// mars" finds the decree it dated itself, even when an earlier document
// named that decree by its number alone.
func TestDayAfterAnUndatedMention(t *testing.T) {
	x := newExtractor(t)
	a := &lexgraph.Document{Source: "a", ID: "a", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "la réactualisation du décret no 93-345, relatif aux actes", Offset: 0}}}
	b := &lexgraph.Document{Source: "b", ID: "b", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: "le décret nº 93-345 du 15 mars 1993 relatif aux actes. La réforme du décret du 15 mars, relatif aux actes.", Offset: 0}}}
	for _, docs := range [][]*lexgraph.Document{{a, b}, {b, a}, {b}} {
		x.Annotate(docs)
		if got := texts(b.Mentions); len(b.Mentions) != 2 || b.Mentions[1].Text != "décret du 15 mars" || b.Mentions[1].ID != "decret/93-345" {
			t.Errorf("read after %d other documents: got %v, want the day's decree decret/93-345 second", len(docs)-1, got)
		}
	}
}

func TestCatalogueOverride(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "extra.yaml")
	os.WriteFile(path, []byte(`instruments:
  - {id: loi/82-213, kind: loi, number: "82-213", date: 1982-03-02, label: "Loi n° 82-213 du 2 mars 1982 relative aux droits et libertés des communes, des départements et des régions", aliases: ["loi defferre"]}
`), 0o644)
	x, err := refs.New(refs.Options{Catalogues: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	got := annotate(x, "la loi du 2 mars 1982 et la loi Defferre")
	if len(got) != 2 || got[0].ID != "loi/82-213" || got[1].ID != "loi/82-213" {
		t.Errorf("with a user catalogue: got %v, want both loi/82-213", texts(got))
	}
	if _, err := refs.New(refs.Options{Catalogues: []string{filepath.Join(dir, "missing.yaml")}}); err == nil {
		t.Error("a missing catalogue file gave no error")
	}
	// an id twice in one file is a slip the load names
	twice := filepath.Join(dir, "twice.yaml")
	os.WriteFile(twice, []byte(`instruments:
  - {id: loi/82-213, kind: loi, number: "82-213", date: 1982-03-02, label: "Loi n° 82-213"}
  - {id: loi/82-213, kind: loi, number: "82-213", date: 1982-03-02, label: "Loi n° 82-213 du 2 mars 1982"}
`), 0o644)
	if _, err := refs.New(refs.Options{Catalogues: []string{twice}}); err == nil || !strings.Contains(err.Error(), "twice") || !strings.Contains(err.Error(), "entry 2") {
		t.Errorf("an id twice in one catalogue: %v", err)
	}
}

// TestELI checks the ELI made from a French text's number and date (none
// when either is missing or they disagree), and from an EU act's CELEX.
func TestELI(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct{ text, id, eli string }{
		{"la loi n° 2008-582 du 20 juin 2008", "loi/2008-582", "https://www.legifrance.gouv.fr/eli/loi/2008/6/20/2008-582/jo/texte"},
		{"le décret n° 2020-274 du 17 mars 2020", "decret/2020-274", "https://www.legifrance.gouv.fr/eli/decret/2020/3/17/2020-274/jo/texte"},
		{"l'ordonnance n° 2016-131 du 10 février 2016", "ordonnance/2016-131", "https://www.legifrance.gouv.fr/eli/ordonnance/2016/2/10/2016-131/jo/texte"},
		{"la loi n° 91-32 du 10 janvier 1991", "loi/91-32", "https://www.legifrance.gouv.fr/eli/loi/1991/1/10/91-32/jo/texte"},
		{"le décret n° 2019-1234", "decret/2019-1234", ""},                // no date
		{"le décret n° 2019-1234 du 3 mars 2018", "decret/2019-1234", ""}, // the years disagree
		{"l'arrêté n° 2019-12 du 3 mars 2019", "arrete/2019-12", ""},      // arrêtés go by NOR
		{"la directive 2006/123/CE du 12 décembre 2006", "celex/32006L0123", "http://data.europa.eu/eli/dir/2006/123/oj"},
		{"le règlement (CE) n° 1049/2001", "celex/32001R1049", "http://data.europa.eu/eli/reg/2001/1049/oj"},
		{"la décision-cadre 2002/584/JAI du Conseil", "celex/32002F0584", "http://data.europa.eu/eli/dec_framw/2002/584/oj"},
	} {
		d := &lexgraph.Document{Source: "t", ID: "t", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: tt.text}}}
		insts := x.Annotate([]*lexgraph.Document{d})
		in, ok := insts[tt.id]
		if !ok {
			t.Errorf("%q: no instrument %s in %v", tt.text, tt.id, insts)
			continue
		}
		if in.ELI != tt.eli {
			t.Errorf("%q: ELI %q, want %q", tt.text, in.ELI, tt.eli)
		}
	}
}

// TestNicknameOfItsDay checks a nickname that passed from one text to the
// next: "la directive oiseaux" is 79/409/CEE until 14 February 2010 and
// 2009/147/CE from the 15th, told by the passage's day, or by the date the
// mention gives the text; a passage of no known day leaves it unresolved.
func TestNicknameOfItsDay(t *testing.T) {
	x := newExtractor(t)
	wantOneMentionOnDay(t, x, []dayCase{
		{"2005-03-01", "", "question", "les sites relevant de la directive « oiseaux » sont", "celex/31979L0409"},
		{"2009-11-02", "2010-06-01", "answer", "la directive oiseaux prévoit", "celex/32009L0147"},
		{"2009-11-02", "2010-06-01", "question", "la directive oiseaux prévoit", "celex/31979L0409"},
		{"", "", "", "la directive « oiseaux » prévoit", ""},
		{"", "", "", "l'article 7-4 de la directive oiseaux du 7 avril 1979 prévoit", "celex/31979L0409"},
		{"", "", "", "la directive oiseaux du 30 novembre 2009 prévoit", "celex/32009L0147"},
		{"2006-03-01", "", "question", "le règlement européen EURODAC prévoit", "celex/32000R2725"},
		{"2016-03-01", "", "question", "le règlement Eurodac prévoit", "celex/32013R0603"},
	})
}

// TestCodeOfItsDay checks a code replaced by a new edition under its name:
// the code des pensions militaires d'invalidité of 1951 until 31 December
// 2016, the one of 2017 from 1 January 2017, told by the passage's day
// whichever way the page words the name or its acronym; a passage of no
// known day leaves the name to decide.
func TestCodeOfItsDay(t *testing.T) {
	x := newExtractor(t)
	const old, recast = "code/pensions-militaires-invalidite-1951", "code/pensions-militaires-invalidite"
	wantOneMentionOnDay(t, x, []dayCase{
		{"1994-07-14", "", "question", "l'article L. 253 ter du code des pensions militaires d'invalidité et des victimes de guerre prévoit", old},
		{"2016-11-02", "2017-03-01", "question", "l'article L. 16 du code des pensions militaires d'invalidité prévoit", old},
		{"2016-11-02", "2017-03-01", "answer", "l'article L. 16 du code des pensions militaires d'invalidité prévoit", recast},
		{"2022-11-17", "", "question", "l'article L. 16 du code des pensions militaires d'invalidité et des victimes de la guerre prévoit", recast},
		{"1994-07-14", "", "question", "l'article L. 16 du CPMIVG prévoit", old},
		{"", "", "", "l'article L. 16 du code des pensions militaires d'invalidité et des victimes de la guerre prévoit", old},
		{"", "", "", "l'article L. 16 du code des pensions militaires d'invalidité et des victimes de guerre prévoit", recast},
		{"", "", "", "l'article L. 16 du CPMIVG prévoit", recast},
	})
}

// dayCase is a passage of a question asked and answered on given days
// (none when part is empty: a plain text), and the one id it must give.
type dayCase struct {
	asked, answered, part, text string
	want                        string
}

// wantOneMentionOnDay annotates each case's passage alone and checks it
// gives one mention, of the case's id.
func wantOneMentionOnDay(t *testing.T, x *refs.Extractor, cases []dayCase) {
	t.Helper()
	for _, tt := range cases {
		d := &lexgraph.Document{Source: "t", ID: "t"}
		part := lexgraph.PartText
		if tt.part != "" {
			d.Question = &lexgraph.Question{Published: lexgraph.Publication{Date: tt.asked}, Answered: lexgraph.Publication{Date: tt.answered}}
			part = lexgraph.Part(tt.part)
		}
		d.Passages = []lexgraph.Passage{{Part: part, Text: tt.text}}
		x.Annotate([]*lexgraph.Document{d})
		if len(d.Mentions) != 1 || d.Mentions[0].ID != tt.want {
			t.Errorf("%q (%s, asked %s, answered %s): got %v, want one mention of %q", tt.text, tt.part, tt.asked, tt.answered, texts(d.Mentions), tt.want)
		}
	}
}

// TestFinanceLawsByYear checks what README says of the catalogue: every
// initial finance law of 1985 to 2024 and every social security financing
// law of 1997 to 2023 is named by its year.
func TestFinanceLawsByYear(t *testing.T) {
	x := newExtractor(t)
	check := func(title string, from, to int) {
		for y := from; y <= to; y++ {
			text := fmt.Sprintf("Selon la loi %s pour %d, il", title, y)
			ms := annotate(x, text)
			if len(ms) != 1 || !strings.HasPrefix(ms[0].ID, "loi/") || strings.Contains(ms[0].ID, "/titre/") || !strings.HasSuffix(ms[0].Label, fmt.Sprintf("%s pour %d", title, y)) {
				t.Errorf("%q: got %v, want the catalogue's law", text, texts(ms))
			}
		}
	}
	check("de finances", 1985, 2024)
	check("de financement de la sécurité sociale", 1997, 2023)
}

// TestDatedLabels checks that a text known by its date alone is labelled
// with its noun, EU acts too ("Directive du 8 avril 2003", not " du 8 avril
// 2003"), a law by its Journal officiel's day in the feminine, and a ruling
// by its court and date without the verb between, as the explorer and the
// exports show them.
func TestDatedLabels(t *testing.T) {
	x := newExtractor(t)
	ms := annotate(x, "Une directive européenne du 8 avril 2003 ; le règlement du 10 mars 2007 ; l'arrêté du 3 mai 2001 ; la loi publiée le 25 janvier 1997. Le tribunal administratif de Bordeaux a reconnu, le 17 juin 1999, la faute.")
	want := []string{"Directive du 8 avril 2003", "Règlement du 10 mars 2007", "Arrêté du 3 mai 2001", "Loi publiée le 25 janvier 1997", "Tribunal administratif de Bordeaux, 17 juin 1999"}
	if len(ms) != len(want) {
		t.Fatalf("got %v, want %d mentions", texts(ms), len(want))
	}
	for i, m := range ms {
		if m.Label != want[i] {
			t.Errorf("mention %q: label %q, want %q", m.Text, m.Label, want[i])
		}
	}
}

// TestSenatPageDay checks that a Sénat page's own days decide a name that
// changed meaning: the code des pensions militaires d'invalidité of a 1987
// question is the code of 1951, not the one in force today.
func TestSenatPageDay(t *testing.T) {
	x := newExtractor(t)
	docs, err := extract.ReadPaths([]string{filepath.Join(testdata, "unseen", "SEN_1987_QE06066.txt")})
	if err != nil || len(docs) != 1 || docs[0].Layout != "page:senat" {
		t.Fatalf("read %d documents (%v), want one Sénat page", len(docs), err)
	}
	x.Annotate(docs)
	n := 0
	for _, m := range docs[0].Mentions {
		if strings.HasPrefix(m.ID, "code/pensions-militaires") {
			n++
			if m.ID != "code/pensions-militaires-invalidite-1951" || m.Part != lexgraph.PartAnswer {
				t.Errorf("%q: %s in the %s, want the 1951 code in the answer", m.Text, m.ID, m.Part)
			}
		}
	}
	if n == 0 {
		t.Errorf("no mention of the code des pensions militaires: %v", texts(docs[0].Mentions))
	}
}
