package graph

import (
	"reflect"
	"testing"

	"lexgraph"
)

// TestInstrumentLinks checks that an instrument's official pages are in the
// graph, and so in every export, as link statements of its node.
func TestInstrumentLinks(t *testing.T) {
	in := lexgraph.Instrument{ID: "celex/32006L0123", Kind: lexgraph.KindDirective, Label: "Directive 2006/123/CE",
		CELEX: "32006L0123", ELI: "http://data.europa.eu/eli/dir/2006/123/oj"}
	doc := &lexgraph.Document{Source: "t.txt", ID: "test/t", Mentions: []lexgraph.Mention{
		{Kind: in.Kind, ID: in.ID, Part: lexgraph.PartText, Text: "directive 2006/123/CE"}}}
	var got []string
	for _, q := range DocumentQuads(doc, map[string]lexgraph.Instrument{in.ID: in}) {
		if q.Subject == InstrumentNode(in.ID) && q.Predicate == Link {
			got = append(got, q.Object.Text())
		}
	}
	want := []string{"http://data.europa.eu/eli/dir/2006/123/oj", "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32006L0123"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("link statements %v, want %v", got, want)
	}
}
