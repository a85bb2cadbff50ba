package main

import (
	"github.com/spf13/cobra"

	"lexgraph"
	"lexgraph/extract"
)

func (a *app) extractCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "extract FILE...",
		Short: "Print the legal references found in files",
		Long: `Finds and resolves the references of the files, read together so that their
ids agree, and prints one row per mention: the file (as given), the start and
end byte offsets of the mention in that file, its text (exactly those bytes),
its kind, the instrument's id and label, the article where one is cited, the
part of the document (question, answer, title, index, text) and the
confidence. --format jsonl prints one JSON object a line.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.storeForIndex(cmd.Context())
			if err != nil {
				return err
			}
			if st != nil {
				defer st.Close()
			}
			x, err := a.extractorWith(cmd.Context(), st, a.cfg.Ingest.Workers)
			if err != nil {
				return err
			}
			docs, errs := extract.ReadPaths(args)
			a.reportRejects(errs)
			x.Annotate(docs)
			if err := x.TextIndexError(); err != nil {
				return err
			}
			mentions := []lexgraph.Mention{}
			for _, d := range docs {
				mentions = append(mentions, d.Mentions...)
			}
			return a.render(mentions)
		},
	}
	cmd.Flags().StringSlice("catalogue", nil, "extra catalogue files (extract.catalogues)")
	return cmd
}
