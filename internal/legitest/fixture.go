package legitest

import (
	_ "embed"
	"fmt"
)

// The two files of formats/samples/legi: real metadata of DILA's dumps.
var (
	//go:embed testdata/JORFTEXT000029754374.version.xml
	sampleLoiVersion []byte
	//go:embed testdata/JORFTEXT000030611441.struct.xml
	sampleDecretStruct []byte
)

// The texts of the fixture. Loi2014 and Decret2015 are real (formats/legi.md
// and its samples); the others are made up, with numbers no real text has
// (9900 and up), on dates the bundled catalogue knows nothing of.
var (
	Loi2014 = Text{ID: "JORFTEXT000029754374", Nature: "LOI", Number: "2014-1353", Date: "2014-11-13",
		Title:     "LOI n° 2014-1353 du 13 novembre 2014",
		TitleFull: "LOI n° 2014-1353 du 13 novembre 2014 renforçant les dispositions relatives à la lutte contre le terrorisme"}
	Decret2015 = Text{ID: "JORFTEXT000030611441", Nature: "DECRET", Number: "2015-543", Date: "2015-05-18", Published: "2015-05-19",
		NOR: "AGRS1501735D", Title: "Décret n° 2015-543 du 18 mai 2015", Consolidated: "LEGITEXT000030611706", Articles: 2}
	// Decret2015Legi is the decree's consolidated version, in LEGI.
	Decret2015Legi = Text{ID: "LEGITEXT000030611706", CID: "JORFTEXT000030611441", Nature: "DECRET", Number: "2015-543", Date: "2015-05-18",
		Published: "2015-05-19", NOR: "AGRS1501735D", Title: "Décret n° 2015-543 du 18 mai 2015",
		TitleTexte: "Décret n° 2015-543 du 18 mai 2015", Articles: 2}
	// SharedA and SharedB are two decrees of one date.
	SharedA = Text{ID: "JORFTEXT000099000001", Nature: "DECRET", Number: "2016-9901", Date: "2016-03-10", Published: "2016-03-11",
		NOR: "INTD9900001D", Title: "Décret n° 2016-9901 du 10 mars 2016",
		TitleFull: "Décret n° 2016-9901 du 10 mars 2016 relatif aux ruchers communaux", Articles: 3}
	SharedB = Text{ID: "JORFTEXT000099000002", Nature: "DECRET", Number: "2016-9902", Date: "2016-03-10", Published: "2016-03-11",
		NOR: "INTD9900002D", Title: "Décret n° 2016-9902 du 10 mars 2016",
		TitleFull: "Décret n° 2016-9902 du 10 mars 2016 portant organisation des foires aux miels"}
	// Lone is the one decree of its date, until the increment deletes it.
	Lone = Text{ID: "JORFTEXT000099000003", Nature: "DECRET", Number: "2016-9903", Date: "2016-03-11", Published: "2016-03-12",
		NOR: "INTD9900003D", Title: "Décret n° 2016-9903 du 11 mars 2016",
		TitleFull: "Décret n° 2016-9903 du 11 mars 2016 relatif aux essaims d'abeilles sauvages", Consolidated: "LEGITEXT000099000103"}
	// Titled is a law known by its title (one text has it); TwinA and
	// TwinB share one.
	Titled = Text{ID: "JORFTEXT000099000004", Nature: "LOI", Number: "2016-9904", Date: "2016-03-14", Published: "2016-03-15",
		NOR: "AGRX9900004L", Title: "LOI n° 2016-9904 du 14 mars 2016",
		TitleFull: "LOI n° 2016-9904 du 14 mars 2016 relative à la protection des abeilles pollinisatrices (1)"}
	TwinA = Text{ID: "JORFTEXT000099000005", Nature: "LOI", Number: "2016-9905", Date: "2016-03-16",
		Title: "LOI n° 2016-9905 du 16 mars 2016", TitleFull: "LOI n° 2016-9905 du 16 mars 2016 relative aux miels de montagne"}
	TwinB = Text{ID: "JORFTEXT000099000006", Nature: "LOI", Number: "2016-9906", Date: "2016-03-17",
		Title: "LOI n° 2016-9906 du 17 mars 2016", TitleFull: "LOI n° 2016-9906 du 17 mars 2016 relative aux miels de montagne"}
	// Added comes with the increment, on Lone's date: once Lone is
	// deleted, it is the one decree of that date.
	Added = Text{ID: "JORFTEXT000099000007", Nature: "DECRET", Number: "2016-9907", Date: "2016-03-11", Published: "2016-03-19",
		Title: "Décret n° 2016-9907 du 11 mars 2016", TitleFull: "Décret n° 2016-9907 du 11 mars 2016 relatif aux cires"}
	// Organic is an organic law of SharedA's date, to tell natures apart.
	Organic = Text{ID: "JORFTEXT000099000008", Nature: "LOI_ORGANIQUE", Number: "2016-9908", Date: "2016-03-10",
		Title: "LOI organique n° 2016-9908 du 10 mars 2016", TitleFull: "LOI organique n° 2016-9908 du 10 mars 2016 relative au statut des apiculteurs"}
)

// MalformedVersion is a TEXTE_VERSION that stops being XML on line 7,
// column 6: a closing tag that does not match.
var MalformedVersion = []byte(`<?xml version="1.0" encoding="UTF-8"?>
<TEXTE_VERSION>
<META>
<META_COMMUN>
<ID>JORFTEXT000099000009</ID>
<NATURE>DECRET</NATURE>
</META>
</TEXTE_VERSION>
`)

// MalformedPath is where the fixture's JORF archive holds MalformedVersion.
const MalformedPath = "jorf/global/texte/version/JORF/TEXT/00/00/99/00/00/JORFTEXT000099000009.xml"

// JORF returns the fixture's full JORF archive: the real law (its sample
// TEXTE_VERSION file verbatim) and decree (its sample TEXTELR verbatim),
// the made-up texts, their articles, and a malformed file.
func JORF() *Archive {
	a := &Archive{}
	a.Add(Path(Loi2014, "struct", ""), Struct(Loi2014))
	a.Add(Path(Loi2014, "version", ""), sampleLoiVersion)
	a.Add(Path(Decret2015, "struct", ""), sampleDecretStruct)
	a.Add(Path(Decret2015, "version", ""), Version(Decret2015))
	for k := 0; k < Decret2015.Articles; k++ {
		a.Add(Path(Decret2015, "article", articleID(Decret2015, k)), Article(Decret2015, k))
	}
	for _, t := range []Text{SharedA, SharedB, Lone, Titled, TwinA, TwinB, Organic} {
		a.AddText(t)
	}
	a.Add(MalformedPath, MalformedVersion)
	return a
}

// LEGI returns the fixture's LEGI archive: the decree's consolidated
// version.
func LEGI() *Archive {
	a := &Archive{}
	a.AddText(Decret2015Legi)
	return a
}

// Increment returns the fixture's JORF increment: Lone deleted (both its
// files), Added added, SharedB's title changed.
func Increment() *Archive {
	a := &Archive{Folder: "20160320-210000"}
	a.AddText(Added)
	b := SharedB
	b.TitleFull = "Décret n° 2016-9902 du 10 mars 2016 portant organisation des foires aux miels et aux cires"
	a.AddText(b)
	a.AddDeletions("jorf", DeletionPath(Lone, "struct"), DeletionPath(Lone, "version"),
		fmt.Sprintf("jorf/global/article/JORF/ARTI/%s/%s", digits(articleID(SharedA, 0)), articleID(SharedA, 0)))
	return a
}
