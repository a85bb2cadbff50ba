package queries_test

import (
	"context"
	"fmt"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/queries"
)

// Delays per answering ministry, on a store holding two questions asked of
// the Numérique ministry and answered by Justice, 30 and 90 days later.
func ExampleDelays() {
	ctx := context.Background()
	cfg := lexgraph.DefaultConfig()
	cfg.Backend = "memory"
	st, _ := graph.Open(ctx, cfg)
	defer st.Close()
	var docs []graph.DocQuads
	for i, answered := range []string{"2015-02-01", "2015-04-02"} {
		q := &lexgraph.Question{
			UID: lexgraph.QuestionUID(14, "QE", i+1), Legislature: 14, Number: i + 1,
			Author:    lexgraph.Deputy{FirstName: "Jacques", LastName: "Cresta"},
			Asked:     lexgraph.Ministry{Name: "Numérique"},
			Assigned:  []lexgraph.Ministry{{Name: "Justice"}},
			Published: lexgraph.Publication{Date: "2015-01-02"},
			Answered:  lexgraph.Publication{Date: answered},
			HasAnswer: true,
		}
		doc := &lexgraph.Document{ID: q.UID, Question: q}
		docs = append(docs, graph.DocQuads{Label: graph.DocLabel(doc.ID), Quads: graph.DocumentQuads(doc, nil)})
	}
	st.Replace(ctx, docs)

	rows, err := queries.Delays(ctx, st, queries.DelaysOptions{Filter: queries.Filter{Deputy: "cresta"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rows {
		fmt.Printf("%s: %d answered, median %.0f days, p90 %d days\n", r.Ministry, r.Answered, r.Median, r.P90)
	}
	redirected, _ := queries.RedirectPairs(ctx, st, queries.RedirectedOptions{})
	fmt.Printf("%+v\n", redirected)
	// Output:
	// Justice: 2 answered, median 60 days, p90 90 days
	// [{Asked:Numérique Answerer:Justice Questions:2}]
}
