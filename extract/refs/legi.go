package refs

import (
	"strings"
	"sync"
	"sync/atomic"

	"lexgraph"
)

// The index of every French text (DILA's dumps, lexgraph legi import),
// where the catalogue is silent:
//
//   - a numbered text, and a catalogue entry lacking them, gets the index's
//     Légifrance pages (as published and consolidated), NOR and, when the
//     catalogue gives no label, its title;
//   - a date-only mention counts the index's texts of that nature and date
//     among the candidates (with the catalogue's and the corpus's): one
//     resolves, several stay unresolved;
//   - a title-only mention the catalogue and the document do not settle
//     resolves where one text of its nature has that title (TitleKey).
//
// The index is an interface (lexgraph.TextIndex) so that this package does
// not know the store behind it.

// textIndex is the extractor's view of the index: lookups by kind, cached
// (the index does not change while an extractor runs: importing needs the
// store opened for writing, alone).
type textIndex struct {
	idx    lexgraph.TextIndex
	cache  sync.Map // "n|nature|number", "d|nature|date", "t|title" → []lexgraph.Text
	cached atomic.Int64
	err    atomic.Pointer[error]
}

// maxCachedLookups bounds the cache: a legislature cites some tens of
// thousands of distinct texts.
const maxCachedLookups = 1 << 17

// TextIndexError returns the first error the index gave, if any: a lookup
// that failed counted as silence, and the caller should say so.
func (x *Extractor) TextIndexError() error {
	if x.texts == nil {
		return nil
	}
	if e := x.texts.err.Load(); e != nil {
		return *e
	}
	return nil
}

func (t *textIndex) lookup(key string, fn func() ([]lexgraph.Text, error)) []lexgraph.Text {
	if v, ok := t.cache.Load(key); ok {
		return v.([]lexgraph.Text)
	}
	ts, err := fn()
	if err != nil {
		t.err.CompareAndSwap(nil, &err)
		return nil
	}
	if t.cached.Add(1) <= maxCachedLookups {
		t.cache.Store(key, ts)
	}
	return ts
}

// natures returns DILA's natures a mention of kind may be, told apart by
// its words where they say ("loi organique du …").
func natures(kind lexgraph.Kind, span string) []string {
	if kind == lexgraph.KindLoi {
		f := normName(span)
		switch {
		case strings.Contains(f, "loi organique"):
			return []string{"LOI_ORGANIQUE"}
		case strings.Contains(f, "loi constitutionnelle"):
			return []string{"LOI_CONSTIT"}
		}
	}
	return lexgraph.Natures(kind)
}

// indexTexts returns the index's texts of any of a kind's natures, once each.
func (x *Extractor) indexTexts(kind lexgraph.Kind, span, key string, fn func(nature string) ([]lexgraph.Text, error)) []lexgraph.Text {
	if x.texts == nil {
		return nil
	}
	var out []lexgraph.Text
	seen := map[string]bool{}
	for _, n := range natures(kind, span) {
		for _, t := range x.texts.lookup(key+"|"+n, func() ([]lexgraph.Text, error) { return fn(n) }) {
			if !seen[t.CID] && t.Nature == n {
				seen[t.CID] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// textByNumber returns the one text of a kind with that number.
func (x *Extractor) textByNumber(kind lexgraph.Kind, number string) (lexgraph.Text, bool) {
	if x.texts == nil || number == "" {
		return lexgraph.Text{}, false
	}
	ts := x.indexTexts(kind, "", "n|"+number, func(n string) ([]lexgraph.Text, error) { return x.texts.idx.TextsByNumber(n, number) })
	if len(ts) != 1 {
		return lexgraph.Text{}, false
	}
	return ts[0], true
}

// textsByDate returns the texts of a kind signed on a date.
func (x *Extractor) textsByDate(kind lexgraph.Kind, date, span string) []lexgraph.Text {
	if x.texts == nil || date == "" {
		return nil
	}
	return x.indexTexts(kind, span, "d|"+date, func(n string) ([]lexgraph.Text, error) { return x.texts.idx.TextsByDate(n, date) })
}

// textsByTitle returns the texts of a kind whose title (TitleKey) is the
// span's, or the longest run of the span's first words (three at least)
// that is a title: a mention may run on past the title ("la loi relative
// aux miels de montagne aussi"). The words that follow a title are no
// part of it, so the longest title that fits is the one named; a shorter
// title that also fits is another text's.
func (x *Extractor) textsByTitle(kind lexgraph.Kind, span string) []lexgraph.Text {
	key := lexgraph.TitleKey(span)
	if x.texts == nil || key == "" {
		return nil
	}
	for {
		var out []lexgraph.Text
		k := key
		for _, t := range x.texts.lookup("t|"+k, func() ([]lexgraph.Text, error) { return x.texts.idx.TextsByTitle(k) }) {
			for _, n := range natures(kind, span) {
				if t.Nature == n {
					out = append(out, t)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
		i := strings.LastIndexByte(key, ' ')
		if i < 0 || strings.Count(key[:i], " ") < 2 {
			return nil
		}
		key = key[:i]
	}
}

// textInstrumentID is the id a text of the index resolves to: its number's,
// as a numbered mention gives it, else its date's.
func textInstrumentID(kind lexgraph.Kind, t lexgraph.Text) string {
	switch {
	case t.Number != "":
		return string(kind) + "/" + normNumber(t.Number)
	case t.Date != "":
		return string(kind) + "/du-" + t.Date
	}
	return ""
}

// textPage returns a Légifrance page of a text id.
func textPage(id, nature string) string {
	switch {
	case strings.HasPrefix(id, "JORFTEXT"):
		return "https://www.legifrance.gouv.fr/jorf/id/" + id
	case strings.HasPrefix(id, "LEGITEXT") && nature == "CODE":
		return "https://www.legifrance.gouv.fr/codes/texte_lc/" + id
	case strings.HasPrefix(id, "LEGITEXT"):
		return "https://www.legifrance.gouv.fr/loda/id/" + id
	}
	return ""
}

// fillFromText fills what an instrument lacks from its text in the index;
// relabel says its label is lexgraph's own ("Loi n° … du …"), which the
// text's title replaces.
func fillFromText(in *lexgraph.Instrument, t lexgraph.Text, relabel bool) {
	if in.Legifrance == "" {
		in.Legifrance = textPage(t.CID, t.Nature)
	}
	if in.Consolidated == "" && t.Consolidated != "" && t.Consolidated != t.CID {
		in.Consolidated = textPage(t.Consolidated, t.Nature)
	}
	if in.NOR == "" {
		in.NOR = t.NOR
	}
	if in.Number == "" && t.Number != "" {
		in.Number = normNumber(t.Number)
	}
	if in.Date == "" {
		in.Date = t.Date
	}
	if in.ELI == "" {
		in.ELI = frenchELI(in.Kind, in.Number, in.Date)
	}
	if relabel && t.Title != "" {
		in.Label = lexgraph.TextLabel(t.Title)
	}
}

// withText fills a resolved numbered text from the index; relabel as for
// fillFromText.
func (r *resolver) withText(res resolved, relabel bool) resolved {
	if r.x.texts == nil || res.inst.Number == "" || res.id == "" {
		return res
	}
	t, ok := r.x.textByNumber(res.kind, res.inst.Number)
	if !ok || (res.inst.Date != "" && t.Date != "" && t.Date != res.inst.Date) {
		// none, several, or a text of that number but another date: a
		// misprint the index cannot settle
		return res
	}
	in := res.inst
	if len(in.Aliases) > 0 {
		in.Aliases = append([]string(nil), in.Aliases...) // the catalogue's, shared
	}
	fillFromText(&in, t, relabel)
	res.inst = in
	res.label = in.Label
	return res
}

// fromText resolves a mention to a text of the index.
func (r *resolver) fromText(kind lexgraph.Kind, noun string, t lexgraph.Text, conf float64) resolved {
	id := textInstrumentID(kind, t)
	in := lexgraph.Instrument{ID: id, Kind: kind}
	fillFromText(&in, t, true)
	switch {
	case in.Label != "":
	case in.Number != "":
		in.Label = numberedLabel(kind, in.Number, in.Date)
	default:
		in.Label = datedLabel(kind, in.Date)
	}
	return resolved{kind: kind, id: id, label: in.Label, noun: noun, confidence: conf, inst: in}
}

// datedFromIndex adds the index's texts of a kind and date to a date-only
// mention's candidates (ids), and returns them by id.
func (r *resolver) datedFromIndex(kind lexgraph.Kind, date, span string, cands map[string]bool) map[string]lexgraph.Text {
	ts := r.x.textsByDate(kind, date, span)
	if len(ts) == 0 {
		return nil
	}
	out := make(map[string]lexgraph.Text, len(ts))
	for _, t := range ts {
		id := textInstrumentID(kind, t)
		if e, ok := r.x.cat.byNumber[string(kind)+"|"+normNumber(t.Number)]; ok && t.Number != "" {
			id = e.ID // the catalogue's id for that text
		}
		if _, dup := out[id]; dup {
			// two texts of one date and no number: one id for two
			// texts, which says only the date
			cands[id+"#"+t.CID] = true
			continue
		}
		out[id] = t
		cands[id] = true
	}
	return out
}

// titledFromIndex resolves a law by title where one text has that title;
// where several have it, the mention stays unresolved (ok, with no id).
func (r *resolver) titledFromIndex(kind lexgraph.Kind, span string) (resolved, bool) {
	switch ts := r.x.textsByTitle(kind, span); len(ts) {
	case 0:
		return resolved{}, false
	case 1:
		return r.fromText(kind, string(kind), ts[0], 0.85), true
	}
	return resolved{kind: kind, noun: string(kind), label: upperFirst(lexgraph.CollapseSpace(span))}, true
}

// Identify says what the index makes of an instrument already in a store,
// as the resolver would resolve its mentions now: a catalogue or numbered
// instrument with what the index adds (ok when it adds anything); a date
// id ("loi/du-2014-11-13") or title id that the index now resolves to one
// text, that text's instrument (another id). ok is false when the index
// says nothing of it, or nothing certain.
func (x *Extractor) Identify(in lexgraph.Instrument) (lexgraph.Instrument, bool) {
	if x.texts == nil || len(lexgraph.Natures(in.Kind)) == 0 {
		return lexgraph.Instrument{}, false
	}
	r := &resolver{x: x}
	kind := in.Kind
	prefix := string(kind) + "/"
	switch rest := strings.TrimPrefix(in.ID, prefix); {
	case !strings.HasPrefix(in.ID, prefix):
		return lexgraph.Instrument{}, false
	case strings.HasPrefix(rest, "du-") && len(rest) == len("du-2014-11-13"):
		date := rest[3:]
		cands := map[string]bool{}
		var only *entry
		for _, e := range x.cat.byDate[string(kind)+"|"+date] {
			cands[e.ID] = true
			only = e
		}
		texts := r.datedFromIndex(kind, date, in.Label, cands)
		if len(cands) != 1 || len(texts) == 0 {
			return lexgraph.Instrument{}, false
		}
		if only != nil {
			res := r.withText(r.fromEntry(only, string(kind), 0.9), false)
			return res.inst, true
		}
		for _, t := range texts {
			return r.fromText(kind, string(kind), t, 0.9).inst, true
		}
	case strings.HasPrefix(rest, "titre/"):
		if ts := x.textsByTitle(kind, in.Label); len(ts) == 1 {
			return r.fromText(kind, string(kind), ts[0], 0.85).inst, true
		}
		return lexgraph.Instrument{}, false
	}
	// a catalogue's or a numbered instrument: what the index says of its
	// number, from the instrument's own facts (not from what an earlier
	// import added to the store)
	num := in.Number
	if num == "" {
		// a node renamed from a date id by an earlier import: its number
		// is its id's
		num = strings.TrimPrefix(in.ID, prefix)
	}
	base := lexgraph.Instrument{ID: in.ID, Kind: kind, Number: normNumber(num), Date: in.Date, Label: in.Label}
	relabel := true
	if e, ok := x.cat.byID[in.ID]; ok {
		base, relabel = e.instrument(), false
	} else if in.ID != prefix+normNumber(num) || !strings.ContainsAny(num, "0123456789") {
		return lexgraph.Instrument{}, false
	}
	if _, ok := x.textByNumber(kind, base.Number); !ok {
		return lexgraph.Instrument{}, false
	}
	res := r.withText(resolved{kind: kind, id: base.ID, label: base.Label, inst: base}, relabel)
	if res.inst.Legifrance == "" && res.inst.NOR == "" && res.inst.Consolidated == "" {
		return lexgraph.Instrument{}, false // a text of that number, of another date
	}
	return res.inst, true
}
