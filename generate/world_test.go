package generate

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"lexgraph"
	"lexgraph/extract/refs"
)

// TestSeats checks the seats: 577 circonscriptions, each department once.
func TestSeats(t *testing.T) {
	total, seen := 0, map[string]bool{}
	for _, s := range seats {
		if seen[s.dept] || s.count < 1 {
			t.Errorf("department %q: %d seats, seen twice: %v", s.dept, s.count, seen[s.dept])
		}
		seen[s.dept] = true
		total += s.count
	}
	if total != 577 {
		t.Errorf("%d seats, want 577", total)
	}
}

// TestDeputies checks that each deputy has a seat of its own, that exists,
// and a civility agreeing with the given name.
func TestDeputies(t *testing.T) {
	count := map[string]int{}
	for _, s := range seats {
		count[s.dept] = s.count
	}
	for leg, l := range legislatures {
		ds := deputies(rand.New(rand.NewPCG(1, 2)), l, 577)
		if len(ds) != 577 {
			t.Fatalf("legislature %d: %d deputies", leg, len(ds))
		}
		seat, women := map[string]bool{}, 0
		for _, d := range ds {
			k := d.dept + "/" + string(rune('0'+d.circo))
			if seat[k] || d.circo < 1 || d.circo > count[d.dept] {
				t.Errorf("deputy %s in %s %d (of %d), twice: %v", d.pa, d.dept, d.circo, count[d.dept], seat[k])
			}
			seat[k] = true
			switch {
			case d.civ == "Mme" && slices.Contains(womenNames, d.first):
				women++
			case d.civ == "M." && slices.Contains(menNames, d.first):
			default:
				t.Errorf("deputy %s is %s %s", d.pa, d.civ, d.first)
			}
		}
		if share := float64(women) / 577; share < l.women-0.06 || share > l.women+0.06 {
			t.Errorf("legislature %d: %.2f women, want about %.2f", leg, share, l.women)
		}
	}
}

// TestReferencesResolve checks that the extractor resolves every
// instrument's citations to the id the generator counts them under.
func TestReferencesResolve(t *testing.T) {
	x, err := refs.New(refs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	var docs []*lexgraph.Document
	var want []string
	for _, in := range pool(r, 3000, day("2022-06-21")) {
		for k := 0; k < 2; k++ {
			text := "Il rappelle les termes de " + in.cite(r) + ". Il demande ce qu'il en est."
			docs = append(docs, &lexgraph.Document{ID: in.id, Passages: []lexgraph.Passage{{Part: lexgraph.PartQuestion, Text: text}}})
			want = append(want, in.id)
		}
	}
	// one document a batch: no document resolves another's references
	for i, d := range docs {
		x.Annotate([]*lexgraph.Document{d})
		var got []string
		for _, m := range d.Mentions {
			got = append(got, m.ID)
		}
		if len(got) != 1 || got[0] != want[i] {
			t.Errorf("%q: mentions %v, want %s", d.Passages[0].Text, got, want[i])
		}
	}
}

// TestLegislatureDates checks the dates of a generated dump: questions
// inside the legislature, answers after their question and before its
// end, and every instrument cited adopted before the text citing it.
func TestLegislatureDates(t *testing.T) {
	x, err := refs.New(refs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, leg := range []int{14, 15} {
		o := Options{Questions: 300, Seed: 5, Legislature: leg}
		g, _ := newGenerator(o)
		adopted := map[string]time.Time{}
		for _, in := range g.pool {
			adopted[in.id] = in.date
		}
		l := legislatures[leg]
		var buf bytes.Buffer
		if _, err := Questions(&buf, o); err != nil {
			t.Fatal(err)
		}
		var dump struct {
			QuestionsEcrites struct {
				Question []json.RawMessage `json:"question"`
			} `json:"questionsEcrites"`
		}
		if err := json.Unmarshal(buf.Bytes(), &dump); err != nil {
			t.Fatal(err)
		}
		for _, raw := range dump.QuestionsEcrites.Question {
			var q struct {
				TextesQuestion struct{ TexteQuestion text } `json:"textesQuestion"`
				TextesReponse  *struct{ TexteReponse text } `json:"textesReponse"`
			}
			if err := json.Unmarshal(raw, &q); err != nil {
				t.Fatal(err)
			}
			asked := q.TextesQuestion.TexteQuestion.day(t)
			if asked.Before(l.start) || !asked.Before(l.end) {
				t.Errorf("legislature %d: a question of %s", leg, asked.Format(time.DateOnly))
			}
			parts := []text{q.TextesQuestion.TexteQuestion}
			if q.TextesReponse != nil {
				a := q.TextesReponse.TexteReponse.day(t)
				if a.Before(asked) || !a.Before(l.end) {
					t.Errorf("legislature %d: asked %s, answered %s", leg, asked.Format(time.DateOnly), a.Format(time.DateOnly))
				}
				parts = append(parts, q.TextesReponse.TexteReponse)
			}
			for _, p := range parts {
				d := &lexgraph.Document{ID: "q", Passages: []lexgraph.Passage{{Part: lexgraph.PartAnswer, Text: p.Texte}}}
				x.Annotate([]*lexgraph.Document{d})
				for _, m := range d.Mentions {
					if when, ok := adopted[m.ID]; !ok || !when.IsZero() && !when.Before(p.day(t)) {
						t.Errorf("a text of %s cites %s (adopted %s, in the pool: %v)", p.day(t).Format(time.DateOnly), m.ID, when.Format(time.DateOnly), ok)
					}
				}
			}
		}
	}
}

type text struct {
	InfoJO struct {
		DateJO string `json:"dateJO"`
	} `json:"infoJO"`
	Texte string `json:"texte"`
}

func (x text) day(t *testing.T) time.Time {
	for _, layout := range []string{"2006-01-02", "02/01/2006"} {
		if d, err := time.Parse(layout, x.InfoJO.DateJO); err == nil {
			return d
		}
	}
	t.Fatalf("date %q", x.InfoJO.DateJO)
	return time.Time{}
}

// TestZipf checks that citations are spread like a Zipf law: the most
// cited instrument far above the median one, thousands cited.
func TestZipf(t *testing.T) {
	g, _ := newGenerator(Options{Questions: 20000, Seed: 9})
	counts := map[string]int{}
	for i := 0; i < 60000; i++ {
		_, id := g.cite(g.leg.end)
		counts[id]++
	}
	var n []int
	for _, c := range counts {
		n = append(n, c)
	}
	slices.Sort(n)
	top, median := n[len(n)-1], n[len(n)/2]
	if len(n) < 2000 || top < 50*median {
		t.Errorf("%d instruments cited, the most %d times, the median %d", len(n), top, median)
	}
}

// TestStableMinistries checks that each stable ministry's two bodies are
// one ministry for lexgraph.
func TestStableMinistries(t *testing.T) {
	for leg, l := range legislatures {
		for _, pair := range l.bodies(leg) {
			a, b := pair[0].stable(), pair[1].stable()
			if a != b && !strings.Contains(pair[0].abrege, "comptes publics") {
				t.Errorf("legislature %d: %q is %s, %q is %s", leg, pair[0].abrege, a, pair[1].abrege, b)
			}
		}
	}
}
