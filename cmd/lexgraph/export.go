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
	var format, node, output, base string
	var depth, maxNodes int
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph, or one node's neighbourhood, as N-Quads, JSON-LD, GraphML or DOT",
		Long: `Writes the whole graph, or with --node the nodes within --depth links of one
node, for other tools: N-Quads and JSON-LD for RDF stores (every quad keeps
the document it came from as graph name; pass --base to make the store's
relative IRIs absolute), GraphML for Gephi, yEd or Neo4j (nodes with their
type and properties, edges labelled with their predicate), DOT for Graphviz.
--node is matched like query arguments ("cresta", "Budapest").`,
		Example: `  lexgraph export --format graphml > lexgraph.graphml
  lexgraph export --format nquads --base https://example.org/lexgraph/ > lexgraph.nq
  lexgraph export --format dot --node "convention de Budapest" --depth 2 | dot -Tsvg > budapest.svg`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
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
	f.StringVar(&base, "base", "", "prefix every IRI with this base (e.g. https://example.org/lexgraph/)")
	f.StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}
