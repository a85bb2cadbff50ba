package lexgraph

import "strings"

// LegifranceURL turns a Légifrance id into the address of its page: a code
// (LEGITEXT…) its table of contents, a text of the Journal officiel
// (JORFTEXT…) its page there, an article (LEGIARTI…) its page in its code;
// an address is kept, anything else gives "".
func LegifranceURL(id string) string {
	switch {
	case strings.HasPrefix(id, "https://") || strings.HasPrefix(id, "http://"):
		return id
	case strings.HasPrefix(id, "LEGITEXT"):
		return "https://www.legifrance.gouv.fr/codes/texte_lc/" + id
	case strings.HasPrefix(id, "JORFTEXT"):
		return "https://www.legifrance.gouv.fr/jorf/id/" + id
	case strings.HasPrefix(id, "LEGIARTI"):
		return "https://www.legifrance.gouv.fr/codes/article_lc/" + id
	}
	return ""
}

// Links returns the official pages of an instrument that its identifiers
// give, in this order: its ELI, its Légifrance page, the Légifrance page of
// its consolidated version (from DILA's index, see legi import), its
// EUR-Lex page (from the CELEX), its Council of Europe page (from the
// treaty number). An instrument with none of them has none.
func (in Instrument) Links() []string {
	return InstrumentLinks(in.ELI, in.Legifrance, in.Consolidated, in.CELEX, in.CoE)
}

// InstrumentLinks is Instrument.Links for the identifiers given one by one.
func InstrumentLinks(eli, legifrance, consolidated, celex, coe string) []string {
	out := []string{}
	if eli != "" {
		out = append(out, eli)
	}
	if u := LegifranceURL(legifrance); u != "" && u != eli {
		out = append(out, u)
	}
	if strings.HasPrefix(consolidated, "http") {
		out = append(out, consolidated)
	}
	if celex != "" {
		out = append(out, "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:"+celex)
	}
	if coe != "" {
		out = append(out, "https://www.coe.int/fr/web/conventions/full-list?module=treaty-detail&treatynum="+coe)
	}
	return out
}
