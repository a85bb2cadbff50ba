package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"lexgraph"
)

// Predicates of French texts that DILA's index gives.
const (
	NOR          = "nor"          // the text's NOR
	Consolidated = "consolidated" // the Légifrance page of its consolidated version
)

// Enriching the store after an import: what the resolver would now say of
// each instrument already in the store, written without re-reading the
// documents that cite it.
//
//   - An instrument the index identifies by its number (or the catalogue's
//     entry) gets the index's facts (Légifrance pages, NOR, title, date) as
//     quads under a label of their own, legi/instrument/…, which each
//     import replaces: a text deleted from the index, or changed, takes its
//     facts with it.
//   - An instrument stored under a date id (loi/du-2014-11-13: its
//     citations named a date that nothing then tied to one text) or a title
//     id, which the index now ties to exactly one text, is renamed to that
//     text's id in every quad, its citations' nodes with it, as a new
//     ingest would name it; it meets the text's node when another document
//     cites the text by number.
//   - A mention stored unresolved has no quads to enrich (an unresolved
//     mention makes no link), and the index cannot resolve it anyway: it
//     was left unresolved because several known texts share its date, and
//     the index only adds texts.

// LegiLabel labels the facts the index gives of an instrument.
func LegiLabel(node string) string { return "legi/" + node }

// EnrichSummary counts what an enrichment did.
type EnrichSummary struct {
	Instruments int `json:"instruments"`   // instruments of the store looked at
	Enriched    int `json:"enriched"`      // given the index's facts
	Renamed     int `json:"renamed"`       // date or title ids tied to one text, renamed
	Cleared     int `json:"cleared"`       // facts of an earlier import removed (the index no longer says them)
	QuadsAdded  int `json:"quads_added"`   // by the enrichment, renamings not counted
	QuadsMoved  int `json:"quads_renamed"` // rewritten by renamings
}

// StoredInstruments returns the instruments of the store with their
// facts: kind, label (the longest, as queries show it), number, date and
// ids, from every label but the index's own (legi/…).
func (s *Store) StoredInstruments(ctx context.Context) ([]lexgraph.Instrument, error) {
	nodes, err := s.Subjects(ctx, Type, IRI(TypeInstrument))
	if err != nil {
		return nil, err
	}
	sort.Strings(nodes)
	out := make([]lexgraph.Instrument, 0, len(nodes))
	for _, n := range nodes {
		in := lexgraph.Instrument{ID: InstrumentID(n)}
		err := s.ownQuads(ctx, n, func(q Quad) {
			v := q.Object.Text()
			pick := func(dst *string) {
				if len(v) > len(*dst) || len(v) == len(*dst) && v < *dst {
					*dst = v
				}
			}
			switch q.Predicate {
			case Kind:
				in.Kind = lexgraph.Kind(v)
			case Label:
				pick(&in.Label)
			case Number:
				pick(&in.Number)
			case Date:
				pick(&in.Date)
			case Legifrance:
				pick(&in.Legifrance)
			}
		})
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, nil
}

// ownQuads calls fn with the quads of a node as subject, but those under
// the index's label.
func (s *Store) ownQuads(ctx context.Context, node string, fn func(Quad)) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ref, err := s.qs.ValueOf(quad.IRI(node))
	if err != nil || ref == nil {
		return err
	}
	return s.eachQuad(ctx, quad.Subject, ref, func(cq quad.Quad) error {
		if q := fromCayley(cq); !strings.HasPrefix(q.Label, "legi/") {
			fn(q)
		}
		return nil
	})
}

// EnrichInstruments writes what identify makes of each instrument of the
// store (see above): identify returns the instrument as the index now
// identifies it (another id for a date or title id it ties to one text),
// or false when the index says nothing certain of it.
func (s *Store) EnrichInstruments(ctx context.Context, identify func(lexgraph.Instrument) (lexgraph.Instrument, bool)) (EnrichSummary, error) {
	var sum EnrichSummary
	insts, err := s.StoredInstruments(ctx)
	if err != nil {
		return sum, err
	}
	sum.Instruments = len(insts)
	aliases := map[string]string{}
	var docs []DocQuads
	flush := func() error {
		if len(docs) == 0 {
			return nil
		}
		st, err := s.Replace(ctx, docs)
		sum.QuadsAdded += st.Added
		docs = docs[:0]
		return err
	}
	for _, old := range insts {
		node := InstrumentNode(old.ID)
		had, err := s.LabelQuads(ctx, LegiLabel(node))
		if err != nil {
			return sum, err
		}
		in, ok := identify(old)
		if ok && in.ID != old.ID {
			aliases[node] = InstrumentNode(in.ID)
			sum.Renamed++
		}
		var quads []Quad
		if ok {
			to := InstrumentNode(in.ID)
			b := &quadBuilder{label: LegiLabel(to), seen: map[Quad]bool{}}
			b.link(to, Type, TypeInstrument)
			b.str(to, Kind, string(in.Kind))
			b.str(to, Label, in.Label)
			b.str(to, Number, in.Number)
			b.str(to, Date, in.Date)
			b.str(to, ELI, in.ELI)
			b.str(to, Legifrance, in.Legifrance)
			b.str(to, NOR, in.NOR)
			b.str(to, Consolidated, in.Consolidated)
			quads = b.quads
			sum.Enriched++
			docs = append(docs, DocQuads{Label: LegiLabel(to), Quads: quads})
		}
		if ok && in.ID != old.ID || !ok {
			// the old node's facts go: renamed, or no longer said
			if len(had) > 0 {
				docs = append(docs, DocQuads{Label: LegiLabel(node)})
				if !ok {
					sum.Cleared++
				}
			}
		}
		if len(docs) >= 500 {
			if err := flush(); err != nil {
				return sum, err
			}
		}
	}
	if err := flush(); err != nil {
		return sum, err
	}
	if len(aliases) == 0 {
		return sum, nil
	}
	// the citations of a renamed instrument are named after it
	for from, to := range aliases {
		subs, err := s.Subjects(ctx, CitationTo, IRI(from))
		if err != nil {
			return sum, err
		}
		oldID, newID := "/"+InstrumentID(from), "/"+InstrumentID(to)
		for _, c := range subs {
			if strings.HasSuffix(c, oldID) {
				aliases[c] = strings.TrimSuffix(c, oldID) + newID
			}
		}
	}
	n, err := s.RenameNodes(ctx, aliases)
	sum.QuadsMoved = n
	return sum, err
}
