package lexgraph

import (
	"regexp"
	"strings"
)

// Text is a French text as DILA's JORF and LEGI dumps describe it: the
// identity that a citation of a law, ordinance, decree or arrêté resolves
// to. Empty fields are unknown.
type Text struct {
	// CID is the id shared by every version of the text: JORFTEXT… for a
	// text published in the Journal officiel, LEGITEXT… for a code or a
	// text known only in its consolidated form.
	CID    string `json:"cid"`
	Nature string `json:"nature"` // DILA's: LOI, LOI_ORGANIQUE, DECRET, ORDONNANCE, ARRETE, CODE…
	Number string `json:"number,omitempty"`
	// Date is the signature date (DATE_TEXTE), the one citations give;
	// Published the date of the Journal officiel that printed it.
	Date      string `json:"date,omitempty"`
	Published string `json:"published,omitempty"`
	NOR       string `json:"nor,omitempty"`
	// ELI is the text's ELI in the NOR form, ELIAlias in the number form,
	// as DILA writes them.
	ELI      string `json:"eli,omitempty"`
	ELIAlias string `json:"eli_alias,omitempty"`
	// Title is TITREFULL, else TITRE, else TITRE_TEXTE.
	Title string `json:"title,omitempty"`
	// Consolidated is the LEGITEXT id of the text's consolidated version.
	Consolidated string `json:"consolidated,omitempty"`
}

// TextIndex finds French texts in an index of DILA's dumps (lexgraph legi
// import). Every lookup returns each matching text once (by CID), in no
// particular order: callers decide what several matches mean. The graph
// store implements it; the resolver (extract/refs) takes it without
// knowing the store.
type TextIndex interface {
	// TextsByNumber returns the texts of a nature (DILA's: "LOI") with an
	// official number ("2014-1353").
	TextsByNumber(nature, number string) ([]Text, error)
	// TextsByDate returns the texts of a nature signed on a date
	// (YYYY-MM-DD).
	TextsByDate(nature, date string) ([]Text, error)
	// TextsByTitle returns the texts whose title, less its nature, number
	// and date, is title once both are folded by TitleKey.
	TextsByTitle(title string) ([]Text, error)
}

// Natures returns DILA's natures of the texts of a kind, the most common
// first; none for kinds DILA's dumps do not hold (EU acts, treaties,
// judgments) or that lexgraph does not map (DECISION, AVIS: their
// natures are not the kinds of that name).
func Natures(k Kind) []string {
	switch k {
	case KindLoi:
		return []string{"LOI", "LOI_ORGANIQUE", "LOI_CONSTIT", "LOI_PROGRAMME"}
	case KindOrdonnance:
		return []string{"ORDONNANCE"}
	case KindDecret:
		return []string{"DECRET"}
	case KindArrete:
		return []string{"ARRETE"}
	case KindCirculaire:
		return []string{"CIRCULAIRE"}
	case KindCode:
		return []string{"CODE"}
	case KindConstitution:
		return []string{"CONSTITUTION"}
	}
	return nil
}

// KindOfNature returns the kind of DILA's nature, "" for natures of no
// kind (see Natures).
func KindOfNature(nature string) Kind {
	for _, k := range Kinds {
		for _, n := range Natures(k) {
			if n == nature {
				return k
			}
		}
	}
	return ""
}

// titleHead is what a text's title says before its subject: its nature,
// number and date ("loi organique n° 2009-403 du 15 avril 2009 ").
var titleHead = regexp.MustCompile(`^(?:loi|decret|ordonnance|arrete|circulaire|code|constitution|decision|deliberation|avis)(?:[ -](?:organique|constitutionnelle|de programme|de programmation|de finances|loi|ministeriel|interministeriel|conjoint|royal))*` +
	`(?: (?:n|no|nr)\.? ?[0-9][0-9a-z./-]*)?(?: du (?:1er|[0-9]{1,2}) [a-z]+ [0-9]{4})?[ ,]*`)

// TitleKey folds a text's title, or a citation's words, to the form titles
// are compared in: folded (Fold), spaces collapsed, the nature, number and
// date it begins with and the punctuation it ends with left out. "LOI n°
// 2000-1208 du 13 décembre 2000 relative à la solidarité et au
// renouvellement urbains" and "la loi relative à la solidarité et au
// renouvellement urbains" (less its article) give the same key. A title
// that is nothing but its head gives "".
func TitleKey(title string) string {
	s := FoldSpace(title)
	s = strings.TrimPrefix(s, "la ")
	s = strings.TrimPrefix(s, "le ")
	s = strings.TrimPrefix(s, "l'")
	if m := titleHead.FindStringIndex(s); m != nil {
		s = s[m[1]:]
	}
	s = strings.TrimRight(s, " .;,:")
	// the note call many titles end with: "… contre le terrorisme (1)"
	if m := titleNote.FindStringIndex(s); m != nil {
		s = strings.TrimRight(s[:m[0]], " .;,:")
	}
	return s
}

// titleNote is the note call at the end of a title.
var titleNote = regexp.MustCompile(` ?\([0-9]{1,2}\)$`)

// TextLabel writes a text's title as lexgraph labels instruments: the
// nature's word as a word ("LOI n° …" gives "Loi n° …"), without the note
// call at its end.
func TextLabel(title string) string {
	t := CollapseSpace(title)
	if m := titleNote.FindStringIndex(t); m != nil {
		t = strings.TrimSpace(t[:m[0]])
	}
	word, rest, _ := strings.Cut(t, " ")
	if len(word) > 1 && strings.ToUpper(word) == word && strings.ToLower(word) != word {
		r := []rune(word)
		word = string(r[0]) + strings.ToLower(string(r[1:]))
		if rest != "" {
			return word + " " + rest
		}
		return word
	}
	return t
}
