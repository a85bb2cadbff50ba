// Package ingest puts documents into the graph: it reads them (package
// extract), finds and resolves their references (package extract/refs),
// turns each document into quads (package graph) and replaces the
// document's quads in the store, a batch of documents per transaction.
package ingest

import (
	"context"
	"time"

	"lexgraph"
	"lexgraph/extract"
	"lexgraph/extract/refs"
	"lexgraph/graph"
)

// Options tune an ingest.
type Options struct {
	// BatchDocs is the number of documents written per transaction.
	BatchDocs int
}

// Summary says what an ingest did.
type Summary struct {
	Documents    int           `json:"documents"`
	Questions    int           `json:"questions"`
	Mentions     int           `json:"mentions"`
	Instruments  int           `json:"instruments"`
	QuadsAdded   int           `json:"quads_added"`
	QuadsRemoved int           `json:"quads_removed"`
	Unchanged    int           `json:"unchanged_documents"`
	QuadsInStore int64         `json:"quads_in_store"`
	Rejected     int           `json:"rejected"`
	Elapsed      time.Duration `json:"-"`
	Seconds      float64       `json:"seconds"`
}

// Run ingests the files and folders of paths into st. Inputs that cannot
// be read are returned in the error list while the others go in; the error
// is for failures of the store itself.
func Run(ctx context.Context, st *graph.Store, x *refs.Extractor, paths []string, opts Options) (Summary, lexgraph.ErrorList, error) {
	start := time.Now()
	var sum Summary
	docs, errs := extract.ReadPaths(paths)
	sum.Rejected = len(errs)
	insts := x.Annotate(docs)
	sum.Documents, sum.Instruments = len(docs), len(insts)
	if opts.BatchDocs <= 0 {
		opts.BatchDocs = 500
	}
	batch := make([]graph.DocQuads, 0, opts.BatchDocs)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		ws, err := st.Replace(ctx, batch)
		sum.QuadsAdded += ws.Added
		sum.QuadsRemoved += ws.Removed
		sum.Unchanged += ws.Unchanged
		batch = batch[:0]
		return err
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return sum, errs, err
		}
		if d.Question != nil {
			sum.Questions++
		}
		sum.Mentions += len(d.Mentions)
		batch = append(batch, graph.DocQuads{Label: graph.DocLabel(d.ID), Quads: graph.DocumentQuads(d, insts)})
		if len(batch) >= opts.BatchDocs {
			if err := flush(); err != nil {
				return sum, errs, err
			}
		}
	}
	if err := flush(); err != nil {
		return sum, errs, err
	}
	n, err := st.CountQuads(ctx)
	if err != nil {
		return sum, errs, err
	}
	sum.QuadsInStore = n
	sum.Elapsed = time.Since(start)
	sum.Seconds = sum.Elapsed.Seconds()
	return sum, errs, nil
}
