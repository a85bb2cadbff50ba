package main

import (
	"github.com/spf13/cobra"

	"lexgraph/graph"
	"lexgraph/queries"
)

func (a *app) statsCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "stats",
		Short: "Count the questions, answers, deputies, ministries, instruments, citations and quads in the store",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withReadStore(cmd.Context(), func(st *graph.Store) error {
				s, err := queries.GetStats(cmd.Context(), st)
				if err != nil {
					return err
				}
				return a.renderSummary(s)
			})
		},
	}
}
