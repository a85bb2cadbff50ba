package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/queries"
)

func (a *app) exportCommand() *cobra.Command {
	var format, node, output string
	var depth, maxNodes int
	var vocabulary bool
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph, or one node's neighbourhood, as N-Quads, JSON-LD, GraphML or DOT",
		Long: `Writes the whole graph, or with --node the nodes within --depth links of one
node, for other tools: N-Quads and JSON-LD for RDF stores (RDF 1.1: IRIs
absolute under --base, default https://lexgraph.invalid/; rdf:type for the
classes; predicates and classes the terms of lexgraph's vocabulary, which
--vocabulary prints, and of Dublin Core, FOAF and SKOS; typed literals;
every statement in the named graph of the document it came from), GraphML
for Gephi, yEd or Neo4j (nodes with their type, a label and typed
attributes, edges labelled with their predicate, one "cites" edge per
question and instrument), DOT for Graphviz. --node is matched like query
arguments ("cresta", "Budapest").`,
		Example: `  lexgraph export --format graphml > lexgraph.graphml
  lexgraph export --format nquads --base https://example.org/lexgraph/ > lexgraph.nq
  lexgraph export --format dot --node "convention de Budapest" --depth 2 | dot -Tsvg > budapest.svg
  lexgraph export --vocabulary > vocabulary.ttl`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if vocabulary {
				return graph.Vocabulary(a.stdout)
			}
			base := a.cfg.Export.Base
			if err := graph.CheckBase(base); err != nil {
				return usageError{err}
			}
			ok := false
			for _, f := range graph.ExportFormats {
				ok = ok || f == format
			}
			if !ok {
				return usageError{lexgraph.Errorf(lexgraph.EINVALID, "unknown export format %q (want %s)", format, strings.Join(graph.ExportFormats, ", "))}
			}
			ctx := cmd.Context()
			return a.withReadStore(ctx, func(st *graph.Store) error {
				sel := graph.Selection{Depth: depth, MaxNodes: maxNodes, Base: base}
				if node != "" {
					m, err := queries.LoadModel(ctx, st)
					if err != nil {
						return err
					}
					c, err := queries.Resolve(m, node)
					if err != nil {
						return err
					}
					sel.Node = c.Node
				}
				var w io.Writer = a.stdout
				if output != "" && output != "-" {
					f, err := os.Create(output)
					if err != nil {
						return lexgraph.Errorf(lexgraph.EINVALID, "cannot create %s: %v", output, err)
					}
					defer f.Close()
					bw := bufio.NewWriter(f)
					defer bw.Flush()
					w = bw
				}
				if err := st.Export(ctx, w, format, sel); err != nil {
					return err
				}
				if output != "" && output != "-" {
					fmt.Fprintf(a.stderr, "lexgraph: wrote %s\n", output)
				}
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "nquads", "nquads, jsonld, graphml or dot")
	f.StringVar(&node, "node", "", "export the neighbourhood of this node only (a name or an IRI)")
	f.IntVar(&depth, "depth", 1, "with --node: the links to walk from it")
	f.IntVar(&maxNodes, "max-nodes", 10000, "with --node: fail rather than export a neighbourhood of more nodes")
	f.String("base", "", "prefix every IRI with this base, an absolute IRI ending in / or # (export.base, default https://lexgraph.invalid/)")
	f.BoolVar(&vocabulary, "vocabulary", false, "print lexgraph's RDF vocabulary (Turtle) instead of the graph")
	cmd.RegisterFlagCompletionFunc("format", fixed(graph.ExportFormats...))
	cmd.RegisterFlagCompletionFunc("node", a.completeNames(""))
	f.StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}
