package refs

// The document-level merges: after every mention of a document is
// resolved, they give one identity to an instrument the document names in
// several ways (by title and by number, shortly and in full, by its court
// and by its number), wherever the names stand.

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"lexgraph"
)

// mergeUndated gives a treaty the catalogue does not know, named without
// its date ("la convention fiscale franco-monégasque"), the identity of the
// one treaty of the document named so with its date ("la convention
// fiscale franco-monégasque du 18 mai 1963"), wherever it stands. It
// returns the ids it replaced.
func mergeUndated(ms []lexgraph.Mention, cat *Catalogue) (replaced []string) {
	dated := map[string]*lexgraph.Mention{} // by the undated label, folded
	for i := range ms {
		m := &ms[i]
		if m.Kind != lexgraph.KindTraite || m.ID == "" || cat.byID[m.ID] != nil {
			continue
		}
		f := lexgraph.Fold(m.Label)
		k := strings.Index(f, " du ")
		if k < 0 || !strings.Contains(m.ID, "-du-") {
			continue
		}
		if d, ok := dated[f[:k]]; ok {
			if d != nil && d.ID != m.ID {
				dated[f[:k]] = nil // two treaties of that name: neither
			}
			continue
		}
		dated[f[:k]] = m
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != lexgraph.KindTraite || m.ID == "" || cat.byID[m.ID] != nil || strings.Contains(m.ID, "-du-") {
			continue
		}
		if d := dated[lexgraph.Fold(m.Label)]; d != nil {
			replaced = append(replaced, m.ID)
			m.ID, m.Label = d.ID, d.Label
		}
	}
	return replaced
}

// oneOf returns the last of the mentions ok accepts when they all have
// the same id, nil when there are none or when they have several ids.
func oneOf(ms []lexgraph.Mention, ok func(n *lexgraph.Mention) bool) *lexgraph.Mention {
	var found *lexgraph.Mention
	for j := range ms {
		if n := &ms[j]; ok(n) {
			if found != nil && found.ID != n.ID {
				return nil
			}
			found = n
		}
	}
	return found
}

// relabel gives every mention of the instrument old the id and label of
// the one it is.
func relabel(ms []lexgraph.Mention, old, id, label string) {
	for k := range ms {
		if ms[k].ID == old {
			ms[k].ID, ms[k].Label = id, label
		}
	}
}

// mergeTitled gives a law named by a title the catalogue does not know
// ("la loi portant réforme du service national") the identity of the one
// numbered law of the document whose number that title follows, wherever
// it stands ("La loi n° 97-1019 du 28 octobre 1997 portant réforme du
// service national", further on; titleOfNumbered looks only back). It
// returns the ids it replaced.
func mergeTitled(ms []lexgraph.Mention, d *lexgraph.Document) (replaced []string) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != lexgraph.KindLoi || !strings.HasPrefix(m.ID, "loi/titre/") {
			continue
		}
		title, ok := strings.CutPrefix(normName(m.Label), "loi ")
		if !ok || len(title) < 12 {
			continue
		}
		found := oneOf(ms, func(n *lexgraph.Mention) bool {
			if n.Kind != lexgraph.KindLoi || n.ID == "" || strings.Contains(n.ID, "/titre/") || strings.Contains(n.ID, "/du-") || n.Passage >= len(d.Passages) {
				return false
			}
			after := d.Passages[n.Passage].Text[n.TextEnd:]
			f := normName(after[:clampRune(after, 2*len(title)+28)])
			// ("la loi n° 2002-1576 du 30 décembre 2002 portant loi de
			// finances rectificative pour 2002")
			f = strings.TrimPrefix(f, "portant loi ")
			return strings.HasPrefix(f, title) && (len(f) == len(title) || !isWordByte(f[len(title)]))
		})
		if found != nil {
			old := m.ID
			relabel(ms, old, found.ID, found.Label)
			replaced = append(replaced, old)
		}
	}
	return replaced
}

// reTextOfMonth is a text named by its month or its year: "loi de février
// 2005", "l'ordonnance de 1982".
var reTextOfMonth = regexp.MustCompile(`(?i)^(?:loi|ordonnance|d[ée]cret|arr[êe]t[ée]|circulaire|directive(?:\s+(?:communautaire|europ[ée]enne))?)\s+(?:de\s+|d['’]\s*)(?:(\pL+)\s+)?(\d{4})$`)

// mergeMonths gives a text named by its month or its year ("la loi de
// février 2005", "l'ordonnance de 1982") that nothing before identified
// the identity of the one text of its kind and month (year) the document
// names, wherever it stands ("la loi du 11 février 2005"); else it stays
// unresolved.
func mergeMonths(ms []lexgraph.Mention, insts map[string]lexgraph.Instrument) {
	for i := range ms {
		m := &ms[i]
		if m.ID != "" || m.Article != "" {
			continue
		}
		g := reTextOfMonth.FindStringSubmatch(lexgraph.CollapseSpace(m.Text))
		if g == nil {
			continue
		}
		ym := g[2] + "-"
		if g[1] != "" {
			month, ok := lexgraph.Months[lexgraph.Fold(g[1])]
			if !ok {
				continue
			}
			ym = fmt.Sprintf("%s-%02d-", g[2], month)
		}
		if found := oneOf(ms, func(n *lexgraph.Mention) bool {
			return n.Kind == m.Kind && n.ID != "" && strings.HasPrefix(insts[n.ID].Date, ym)
		}); found != nil {
			m.ID, m.Label = found.ID, insts[found.ID].Label
		}
	}
}

// mergeShortNamed gives a treaty the catalogue does not know, named
// shortly ("la convention de Wellington"), the identity of the one treaty
// of the document whose name goes on from those words ("la convention de
// Wellington relative à l'Antarctique", or "la convention d'Oslo
// d'interdiction des armes à sous-munitions" that the catalogue knows),
// wherever it stands. It returns the ids it replaced.
func mergeShortNamed(ms []lexgraph.Mention, cat *Catalogue) (replaced []string) {
	var folded map[*lexgraph.Mention]string // each text folded once, when a short name needs them
	for i := range ms {
		m := &ms[i]
		if m.Kind != lexgraph.KindTraite || m.ID == "" || cat.byID[m.ID] != nil || strings.Contains(m.ID, "-du-") {
			continue
		}
		short := lexgraph.Fold(m.Label) + " "
		if strings.Count(short, " ") < 3 {
			continue // "convention de X" at least
		}
		if folded == nil {
			folded = make(map[*lexgraph.Mention]string)
			for k := range ms {
				if ms[k].Kind == lexgraph.KindTraite {
					folded[&ms[k]] = lexgraph.Fold(ms[k].Text)
				}
			}
		}
		found := oneOf(ms, func(n *lexgraph.Mention) bool {
			return n.Kind == lexgraph.KindTraite && n.ID != "" && n.ID != m.ID && strings.Contains(folded[n], short)
		})
		if found == nil {
			continue
		}
		old, id := m.ID, found.ID
		label := ""
		for k := range ms {
			if ms[k].ID == id {
				label = ms[k].Label // the last mention's of that treaty
			}
		}
		relabel(ms, old, id, label)
		replaced = append(replaced, old)
	}
	return replaced
}

// mergeUndatedCourts gives a judgment named by its court alone ("l'arrêt
// du Conseil d'État", and "cette décision" after it) the identity of the
// one judgment of that court the document names otherwise ("sa décision
// du 10 février 2010, …, (req. n° 329100)"), wherever it stands; with none
// or several, it and its short forms stay unresolved. It returns the
// provisional ids it replaced.
func mergeUndatedCourts(ms []lexgraph.Mention) (provisional []string) {
	for _, m := range ms {
		if m.Kind == lexgraph.KindJurisprudence && strings.HasSuffix(m.ID, "/"+undatedJudgment) && !slices.Contains(provisional, m.ID) {
			provisional = append(provisional, m.ID)
		}
	}
	for _, p := range provisional {
		court := strings.TrimSuffix(p, undatedJudgment)
		found := oneOf(ms, func(n *lexgraph.Mention) bool {
			// (a judgment by its date and parties names no court: "arret")
			return n.Kind == lexgraph.KindJurisprudence && n.ID != p && (strings.HasPrefix(n.ID, court) || strings.HasPrefix(n.ID, "jurisprudence/arret/"))
		})
		if found == nil {
			// a judgment the page describes ("la décision du Conseil
			// d'Etat annulant …") but does not identify
			for k := range ms {
				if ms[k].ID == p {
					ms[k].ID = ""
				}
			}
			continue
		}
		relabel(ms, p, found.ID, found.Label)
	}
	return provisional
}

// mergeJudgments gives a judgment named by its court and date alone
// ("l'arrêt de la Cour de justice … du 26 février 2015") the identity of
// the one judgment of that court and day the document names by its number
// ("l'arrêt de Ruyter du 26 février 2015 (affaire C-623/13)"), wherever it
// stands. It returns the ids it replaced.
func mergeJudgments(ms []lexgraph.Mention, insts map[string]lexgraph.Instrument) (replaced []string) {
	numbered := map[string]string{} // court and date: the numbered id, "" for several
	for _, m := range ms {
		in, ok := insts[m.ID]
		if m.Kind != lexgraph.KindJurisprudence || !ok || in.Number == "" || in.Date == "" {
			continue
		}
		court, _, _ := strings.Cut(strings.TrimPrefix(m.ID, "jurisprudence/"), "/")
		key := court + "|" + in.Date
		if id, seen := numbered[key]; seen && id != m.ID {
			numbered[key] = ""
			continue
		}
		numbered[key] = m.ID
	}
	for i := range ms {
		m := &ms[i]
		rest, ok := strings.CutPrefix(m.ID, "jurisprudence/")
		if m.Kind != lexgraph.KindJurisprudence || !ok {
			continue
		}
		court, key, _ := strings.Cut(rest, "/")
		date, ok := strings.CutPrefix(key, "du-")
		if !ok || len(date) != 10 {
			continue // numbered, or named with its date ("du-2015-02-26-name")
		}
		if id := numbered[court+"|"+date]; id != "" {
			replaced = append(replaced, m.ID)
			m.ID, m.Label = id, insts[id].Label
		}
	}
	return replaced
}

// mergeTreatyWords gives treaties the catalogue does not know one identity
// where a document names one treaty in two ways: a dated treaty set in
// apposition right after a named one ("la convention franco-marocaine de
// sécurité sociale, convention générale en date du 22 octobre 2007"); a
// dated one whose words, but for its noun and date, all belong to the one
// named treaty that holds them ("la convention franco-algérienne de
// sécurité sociale" … "la convention de sécurité sociale du 1er octobre
// 1980"); two named alike but for their noun ("la convention de sécurité
// sociale entre la France et le Cameroun", "l'accord de sécurité sociale
// entre …"). It returns the ids it replaced.
func mergeTreatyWords(ms []lexgraph.Mention, cat *Catalogue) (replaced []string) {
	unknown := func(m *lexgraph.Mention) bool {
		return m.Kind == lexgraph.KindTraite && m.ID != "" && cat.byID[m.ID] == nil && reTreatyNoun.MatchString(lexgraph.Fold(m.Label))
	}
	dated := func(m *lexgraph.Mention) bool { return strings.Contains(m.ID, "-du-") }
	var words map[*lexgraph.Mention][]string
	for i := range ms {
		m := &ms[i]
		if !unknown(m) {
			continue
		}
		if words == nil {
			words = map[*lexgraph.Mention][]string{}
			for k := range ms {
				if unknown(&ms[k]) {
					words[&ms[k]] = treatyWords(ms[k].Label)
				}
			}
		}
		var found *lexgraph.Mention
		switch {
		case dated(m) && i > 0 && unknown(&ms[i-1]) && !dated(&ms[i-1]) && m.Passage == ms[i-1].Passage && m.TextStart-ms[i-1].TextEnd <= 2 && m.TextStart >= ms[i-1].TextEnd:
			found = &ms[i-1] // in apposition: the named treaty is the dated one
		case dated(m) && len(words[m]) > 0:
			found = oneOf(ms, func(n *lexgraph.Mention) bool {
				return n.ID != m.ID && words[n] != nil && !dated(n) && subset(words[m], words[n]) && sameTreatyNumber(n, m)
			})
			if found != nil && oneOf(ms, func(d *lexgraph.Mention) bool {
				return words[d] != nil && dated(d) && len(words[d]) > 0 && subset(words[d], words[found])
			}) == nil {
				found = nil // several dated treaties of those words: which is unknown
			}
		case !dated(m) && len(words[m]) > 1:
			// (named alike: the first of them keeps its identity)
			if n := oneOf(ms[:i], func(n *lexgraph.Mention) bool {
				return n.ID != m.ID && words[n] != nil && !dated(n) && slices.Equal(words[n], words[m]) && sameTreatyNumber(n, m)
			}); n != nil {
				replaced = append(replaced, m.ID)
				relabel(ms, m.ID, n.ID, n.Label)
			}
			continue
		}
		if found == nil || found.ID == m.ID {
			continue
		}
		replaced = append(replaced, found.ID)
		relabel(ms, found.ID, m.ID, m.Label)
	}
	return replaced
}

// sameTreatyNumber reports whether two treaties' names give no numbers
// that differ: the conventions n° 87 and n° 158 of the ILO share every
// word.
func sameTreatyNumber(a, b *lexgraph.Mention) bool {
	na, nb := reTreatyNumber.FindStringSubmatch(lexgraph.Fold(a.Label)), reTreatyNumber.FindStringSubmatch(lexgraph.Fold(b.Label))
	return na == nil || nb == nil || na[1] == nb[1]
}

// reTreatyNumber is the number in a treaty's name.
var reTreatyNumber = regexp.MustCompile(`\bn\s*[°ºo]\s*(\d+)`)

// reTreatyNoun is the noun that starts a treaty's name (its label).
var reTreatyNoun = regexp.MustCompile(`^(?:conventions?|accords?|traites?|protocoles?)\b`)

// treatyWords returns the words of a treaty's name but for its noun, its
// date and small words, sorted: what tells it from another.
func treatyWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(lexgraph.Fold(name), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if len(w) < 3 || treatyStopWords[w] || lexgraph.Months[w] > 0 {
			continue
		}
		out = append(out, w)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// treatyStopWords are the words of a treaty's name that tell nothing.
var treatyStopWords = map[string]bool{"convention": true, "conventions": true, "accord": true, "accords": true, "traite": true, "traites": true, "protocole": true, "protocoles": true, "les": true, "des": true, "date": true, "entre": true, "avec": true, "signe": true, "signee": true, "conclu": true, "conclue": true, "generale": true, "general": true}

// subset reports whether every word of a is in b (both sorted).
func subset(a, b []string) bool {
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); !ok {
			return false
		}
	}
	return true
}
