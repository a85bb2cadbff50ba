package refs_test

import (
	"errors"
	"strings"
	"testing"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/internal/legitest"
)

// fakeTexts is an index of texts held in a slice, looked up the way
// TextIndex documents (the graph store's index is tested against the same
// rules in graph and, end to end, in cmd/lexgraph).
type fakeTexts struct {
	texts []lexgraph.Text
	err   error
	calls int
}

func (f *fakeTexts) find(keep func(lexgraph.Text) bool) ([]lexgraph.Text, error) {
	f.calls++
	if f.err != nil {
		return nil, f.err
	}
	var out []lexgraph.Text
	for _, t := range f.texts {
		if keep(t) {
			out = append(out, t)
		}
	}
	return out, nil
}

func (f *fakeTexts) TextsByNumber(nature, number string) ([]lexgraph.Text, error) {
	return f.find(func(t lexgraph.Text) bool { return t.Nature == nature && t.Number == number })
}

func (f *fakeTexts) TextsByDate(nature, date string) ([]lexgraph.Text, error) {
	return f.find(func(t lexgraph.Text) bool { return t.Nature == nature && t.Date == date })
}

func (f *fakeTexts) TextsByTitle(title string) ([]lexgraph.Text, error) {
	k := lexgraph.TitleKey(title)
	return f.find(func(t lexgraph.Text) bool { return lexgraph.TitleKey(t.Title) == k })
}

// fixtureTexts are the fixture archive's texts as an index merges them.
func fixtureTexts() []lexgraph.Text {
	var out []lexgraph.Text
	for _, t := range []legitest.Text{legitest.Loi2014, legitest.Decret2015, legitest.SharedA, legitest.SharedB,
		legitest.Lone, legitest.Titled, legitest.TwinA, legitest.TwinB, legitest.Organic} {
		title := t.TitleFull
		if title == "" {
			title = t.Title
		}
		out = append(out, lexgraph.Text{CID: t.ID, Nature: t.Nature, Number: t.Number, Date: t.Date, Published: t.Published,
			NOR: t.NOR, Title: title, Consolidated: t.Consolidated})
	}
	return out
}

func extractWith(t *testing.T, idx lexgraph.TextIndex, text string) ([]lexgraph.Mention, map[string]lexgraph.Instrument, *refs.Extractor) {
	t.Helper()
	x, err := refs.New(refs.Options{Texts: idx})
	if err != nil {
		t.Fatal(err)
	}
	doc := &lexgraph.Document{Source: "t", Passages: []lexgraph.Passage{{Part: lexgraph.PartText, Text: text, Offset: 0}}}
	insts := x.Annotate([]*lexgraph.Document{doc})
	return doc.Mentions, insts, x
}

const jorf = "https://www.legifrance.gouv.fr/jorf/id/"

// TestTextIndexRules checks each rule of the resolver's use of the index,
// with the index and without.
func TestTextIndexRules(t *testing.T) {
	for _, c := range []struct {
		name, text     string
		id, legifrance string // with the index
		label          string // with the index, when it says
		without        string // the id without the index
	}{
		{"a numbered text gets its JORFTEXT", "le décret n° 2015-543 du 18 mai 2015 fixe", "decret/2015-543", jorf + "JORFTEXT000030611441", "Décret n° 2015-543 du 18 mai 2015", "decret/2015-543"},
		{"a catalogue law gets its JORFTEXT, keeps its label", "la loi du 13 novembre 2014 a renforcé", "loi/2014-1353", jorf + "JORFTEXT000029754374",
			"Loi n° 2014-1353 du 13 novembre 2014 renforçant les dispositions relatives à la lutte contre le terrorisme", "loi/2014-1353"},
		{"a date two decrees share stays unresolved", "le décret du 10 mars 2016 fixe", "", "", "", "decret/du-2016-03-10"},
		{"a date one decree has resolves", "le décret du 11 mars 2016 fixe", "decret/2016-9903", jorf + "JORFTEXT000099000003",
			"Décret n° 2016-9903 du 11 mars 2016 relatif aux essaims d'abeilles sauvages", "decret/du-2016-03-11"},
		{"an organic law by date", "la loi organique du 10 mars 2016 dispose", "loi/2016-9908", jorf + "JORFTEXT000099000008", "", "loi/du-2016-03-10"},
		{"a law by date, the only law of that date", "la loi du 10 mars 2016 dispose", "loi/2016-9908", jorf + "JORFTEXT000099000008", "", "loi/du-2016-03-10"},
		{"no organic law that day", "la loi organique du 14 mars 2016 dispose", "loi/du-2016-03-14", "", "", "loi/du-2016-03-14"},
		{"a title one law has", "la loi relative à la protection des abeilles pollinisatrices prévoit", "loi/2016-9904", jorf + "JORFTEXT000099000004",
			"Loi n° 2016-9904 du 14 mars 2016 relative à la protection des abeilles pollinisatrices", "loi/titre/relative-a-la-protection-des-abeilles-pollinisatrices"},
		{"a title running on past the law's", "la loi relative à la protection des abeilles pollinisatrices aussi", "loi/2016-9904", jorf + "JORFTEXT000099000004", "", "loi/titre/relative-a-la-protection-des-abeilles-pollinisatrices-aussi"},
		{"a title two laws share stays unresolved", "la loi relative aux miels de montagne prévoit", "", "", "", "loi/titre/relative-aux-miels-de-montagne"},
		{"a number of another date: no guess", "le décret n° 2015-543 du 19 mai 2015 fixe", "decret/2015-543", "", "Décret n° 2015-543 du 19 mai 2015", "decret/2015-543"},
		{"a number the index lacks", "le décret n° 2016-9999 du 1er avril 2016 fixe", "decret/2016-9999", "", "", "decret/2016-9999"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms, insts, x := extractWith(t, &fakeTexts{texts: fixtureTexts()}, c.text)
			if len(ms) != 1 {
				t.Fatalf("mentions %+v", ms)
			}
			m := ms[0]
			if m.ID != c.id {
				t.Errorf("id %q, want %q", m.ID, c.id)
			}
			in := insts[m.ID]
			if in.Legifrance != c.legifrance {
				t.Errorf("legifrance %q, want %q", in.Legifrance, c.legifrance)
			}
			if c.label != "" && (in.Label != c.label || m.Label != c.label) {
				t.Errorf("label %q (mention %q), want %q", in.Label, m.Label, c.label)
			}
			if err := x.TextIndexError(); err != nil {
				t.Error(err)
			}
			ms, _, _ = extractWith(t, nil, c.text)
			if len(ms) != 1 || ms[0].ID != c.without {
				t.Errorf("without the index: %+v, want %q", ms, c.without)
			}
		})
	}
}

func TestTextIndexFields(t *testing.T) {
	_, insts, _ := extractWith(t, &fakeTexts{texts: fixtureTexts()}, "le décret n° 2015-543 du 18 mai 2015 fixe")
	in := insts["decret/2015-543"]
	if in.NOR != "AGRS1501735D" || in.Consolidated != "https://www.legifrance.gouv.fr/loda/id/LEGITEXT000030611706" ||
		in.ELI != "https://www.legifrance.gouv.fr/eli/decret/2015/5/18/2015-543/jo/texte" || in.Date != "2015-05-18" {
		t.Errorf("décret 2015-543: %+v", in)
	}
	_, insts, _ = extractWith(t, &fakeTexts{texts: fixtureTexts()}, "le décret du 11 mars 2016 fixe")
	if in := insts["decret/2016-9903"]; in.Number != "2016-9903" || in.NOR != "INTD9900003D" || in.Consolidated == "" {
		t.Errorf("décret resolved by date: %+v", in)
	}
}

// TestTextIndexError checks that a failing index counts as silence and is
// reported.
func TestTextIndexError(t *testing.T) {
	f := &fakeTexts{texts: fixtureTexts(), err: errors.New("disk on fire")}
	ms, _, x := extractWith(t, f, "le décret du 11 mars 2016 fixe")
	if len(ms) != 1 || ms[0].ID != "decret/du-2016-03-11" {
		t.Errorf("mentions %+v", ms)
	}
	if err := x.TextIndexError(); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("index error %v", err)
	}
}

// TestTextIndexCache checks that a text cited again is not looked up again.
func TestTextIndexCache(t *testing.T) {
	f := &fakeTexts{texts: fixtureTexts()}
	extractWith(t, f, "le décret n° 2015-543 du 18 mai 2015 fixe ; le décret n° 2015-543 du 18 mai 2015 dit")
	if f.calls != 1 {
		t.Errorf("%d lookups for one text cited twice", f.calls)
	}
}

func TestIdentify(t *testing.T) {
	x, err := refs.New(refs.Options{Texts: &fakeTexts{texts: fixtureTexts()}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		in         lexgraph.Instrument
		id, lf     string
		ok         bool
		wantLabel  string
		wantNumber string
	}{
		{lexgraph.Instrument{ID: "decret/du-2016-03-11", Kind: "decret", Date: "2016-03-11", Label: "Décret du 11 mars 2016"}, "decret/2016-9903", jorf + "JORFTEXT000099000003", true, "Décret n° 2016-9903 du 11 mars 2016 relatif aux essaims d'abeilles sauvages", "2016-9903"},
		{lexgraph.Instrument{ID: "decret/du-2016-03-10", Kind: "decret", Date: "2016-03-10"}, "", "", false, "", ""},
		{lexgraph.Instrument{ID: "loi/du-2014-11-13", Kind: "loi", Date: "2014-11-13"}, "loi/2014-1353", jorf + "JORFTEXT000029754374", true,
			"Loi n° 2014-1353 du 13 novembre 2014 renforçant les dispositions relatives à la lutte contre le terrorisme", "2014-1353"},
		{lexgraph.Instrument{ID: "loi/2014-1353", Kind: "loi", Number: "2014-1353", Date: "2014-11-13", Label: "Loi n° 2014-1353 du 13 novembre 2014 renforçant les dispositions relatives à la lutte contre le terrorisme"},
			"loi/2014-1353", jorf + "JORFTEXT000029754374", true, "Loi n° 2014-1353 du 13 novembre 2014 renforçant les dispositions relatives à la lutte contre le terrorisme", "2014-1353"},
		{lexgraph.Instrument{ID: "decret/2015-543", Kind: "decret", Number: "2015-543", Date: "2015-05-18", Label: "Décret n° 2015-543 du 18 mai 2015",
			Legifrance: "stale"}, "decret/2015-543", jorf + "JORFTEXT000030611441", true, "Décret n° 2015-543 du 18 mai 2015", "2015-543"},
		{lexgraph.Instrument{ID: "loi/titre/relative-a-la-protection-des-abeilles-pollinisatrices", Kind: "loi", Label: "Loi relative à la protection des abeilles pollinisatrices"},
			"loi/2016-9904", jorf + "JORFTEXT000099000004", true, "", "2016-9904"},
		{lexgraph.Instrument{ID: "loi/titre/relative-aux-miels-de-montagne", Kind: "loi", Label: "Loi relative aux miels de montagne"}, "", "", false, "", ""},
		{lexgraph.Instrument{ID: "decret/2016-9999", Kind: "decret", Number: "2016-9999"}, "", "", false, "", ""},
		{lexgraph.Instrument{ID: "code/civil", Kind: "code"}, "", "", false, "", ""},
		{lexgraph.Instrument{ID: "celex/31992L0043", Kind: "directive"}, "", "", false, "", ""},
	} {
		got, ok := x.Identify(c.in)
		if ok != c.ok || got.ID != c.id || got.Legifrance != c.lf || (c.wantLabel != "" && got.Label != c.wantLabel) || got.Number != c.wantNumber {
			t.Errorf("Identify(%s) = %+v %v, want %s %s %v %q", c.in.ID, got, ok, c.id, c.lf, c.ok, c.wantLabel)
		}
	}
}
