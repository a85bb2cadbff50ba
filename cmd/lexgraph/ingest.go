package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"lexgraph/ingest"
	"lexgraph/queries"
)

func (a *app) ingestCommand() *cobra.Command {
	var top int
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read files and folders into the store",
		Long: `Reads question pages, plain texts and folders of them (walked), finds and
resolves their references, and writes them to the store. Each document
replaces its own earlier quads: ingesting the same files again changes
nothing. A file that cannot be read is reported by name and position while
the others go in; the exit status is then 3.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			x, err := a.extractor()
			if err != nil {
				return err
			}
			st, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			sum, errs, err := ingest.Run(ctx, st, x, args, ingest.Options{BatchDocs: a.cfg.Ingest.BatchDocs})
			a.reportRejects(errs)
			if err != nil {
				return err
			}
			var cited []queries.CitedRow
			if top > 0 {
				if cited, err = queries.Cited(ctx, st, queries.CitedOptions{Limit: top}); err != nil {
					return err
				}
			}
			if a.format == "json" || a.format == "jsonl" {
				return render(a.stdout, "json", []struct {
					ingest.Summary
					Top []queries.CitedRow `json:"top,omitempty"`
				}{{sum, cited}})
			}
			if err := render(a.stdout, a.format, []ingest.Summary{sum}); err != nil {
				return err
			}
			if len(cited) > 0 && a.format == "table" {
				fmt.Fprintf(a.stdout, "\nMost cited instruments:\n")
				return render(a.stdout, a.format, cited)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&top, "top", 10, "after the summary, list the N most cited instruments (0: none)")
	cmd.Flags().Int("batch", 0, "documents written per transaction (ingest.batch_docs)")
	cmd.Flags().Int("workers", 0, "documents searched in parallel (ingest.workers)")
	cmd.Flags().StringSlice("catalogue", nil, "extra catalogue files (extract.catalogues)")
	return cmd
}
