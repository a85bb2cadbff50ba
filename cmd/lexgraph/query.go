package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"lexgraph"
	"lexgraph/queries"
)

func (a *app) queryCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query NAME",
		Short: "Run a named query, or a raw Gizmo or GraphQL query",
	}
	var limit int
	cmd.PersistentFlags().IntVar(&limit, "limit", 0, "at most this many rows (0: all; raw queries default to query.limit)")

	var part, kind string
	cited := &cobra.Command{
		Use:   "cited",
		Short: "Instruments ranked by the number of questions citing them",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			rows, err := queries.Cited(cmd.Context(), st, queries.CitedOptions{Part: lexgraph.Part(part), Kind: lexgraph.Kind(kind), Limit: limit})
			if err != nil {
				return err
			}
			return render(a.stdout, a.format, rows)
		},
	}
	cited.Flags().StringVar(&part, "part", "", "keep citations from one part: question, answer, title, index, text")
	cited.Flags().StringVar(&kind, "kind", "", "keep one kind of instrument: loi, decret, code, directive, traite…")

	links := &cobra.Command{
		Use:   "links",
		Short: "Deputy → ministry rows: who asks whom, and which ministry answers",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			rows, err := queries.Links(cmd.Context(), st, queries.LinksOptions{Limit: limit})
			if err != nil {
				return err
			}
			return render(a.stdout, a.format, rows)
		},
	}

	raw := func(lang, example string) *cobra.Command {
		c := &cobra.Command{
			Use:     lang + " QUERY",
			Short:   "Run a raw " + lang + " query, read-only, bounded in time and results",
			Example: fmt.Sprintf("  lexgraph query %s '%s'", lang, example),
			Args:    usageArgs(cobra.ExactArgs(1)),
			RunE: func(cmd *cobra.Command, args []string) error {
				st, err := a.openStore(cmd.Context())
				if err != nil {
					return err
				}
				defer st.Close()
				n := limit
				if n <= 0 {
					n = a.cfg.Query.Limit
				}
				res, err := st.Query(cmd.Context(), lang, args[0], n, a.cfg.Query.Timeout)
				if err != nil {
					return err
				}
				if a.format == "json" || a.format == "table" {
					enc := json.NewEncoder(a.stdout)
					enc.SetIndent("", "  ")
					enc.SetEscapeHTML(false)
					if res == nil {
						res = []any{}
					}
					return enc.Encode(res)
				}
				enc := json.NewEncoder(a.stdout)
				for _, r := range res {
					if err := enc.Encode(r); err != nil {
						return err
					}
				}
				return nil
			},
		}
		c.Flags().Duration("timeout", 0, "stop the query after this long (query.timeout, default 30s)")
		return c
	}
	cmd.AddCommand(cited, links,
		raw("gizmo", `g.V("<instrument/traite/coe-185>").In("<cites_in_answer>").Out("<number>").All()`),
		raw("graphql", `{ nodes(<type>: <Instrument>, first: 5) { id <label> } }`))
	return cmd
}
