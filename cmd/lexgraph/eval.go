package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"lexgraph"
	"lexgraph/extract/eval"
)

func (a *app) evalCommand() *cobra.Command {
	var root string
	var minMention, minLinking float64
	var showMisses bool
	cmd := &cobra.Command{
		Use:   "eval GOLD...",
		Short: "Score the extractor against gold annotations",
		Long: `Reads gold files (the format of docs/references.md: one entry per annotated
file, each mention with its byte span, kind, entity, article and optional
flag), runs the extractor over the files they annotate, read together, and
prints precision, recall and F1 per kind and overall, linking by B-cubed,
article accuracy, and the list of misses. Annotated files are found relative
to --root, else beside the gold file, its parent, grandparent, or ../corpus.
With --min-mention-f1 or --min-linking-f1 the exit status is 1 when a score
falls below the bound (for CI).`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			x, err := a.extractor()
			if err != nil {
				return err
			}
			sc, err := eval.ScoreFiles(args, root, func(docs []*lexgraph.Document) { x.Annotate(docs) })
			if err != nil {
				return err
			}
			if err := a.printScore(sc, showMisses); err != nil {
				return err
			}
			if sc.Mentions.F1 < minMention || sc.Linking.F1 < minLinking {
				return lexgraph.Errorf("belowbound", "mention F1 %.4f, linking F1 %.4f: below the bounds %.4f, %.4f", sc.Mentions.F1, sc.Linking.F1, minMention, minLinking)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&root, "root", "", "folder the gold files' paths are relative to")
	cmd.Flags().Float64Var(&minMention, "min-mention-f1", 0, "fail when mention F1 is below this")
	cmd.Flags().Float64Var(&minLinking, "min-linking-f1", 0, "fail when linking F1 is below this")
	cmd.Flags().BoolVar(&showMisses, "misses", true, "list the misses")
	return cmd
}

// scoreRow is one line of the eval table.
type scoreRow struct {
	Kind      string  `json:"kind"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	System    int     `json:"system"`
	Correct   int     `json:"correct"`
	Gold      int     `json:"gold"`
	Found     int     `json:"found"`
}

func (a *app) printScore(sc eval.Score, misses bool) error {
	if a.format == "json" {
		return renderRows(a.stdout, "json", 0, sc)
	}
	var rows []scoreRow
	for _, k := range sc.PerKind {
		rows = append(rows, scoreRow{k.Kind, k.Precision, k.Recall, k.F1, k.System, k.Correct, k.Gold, k.Recalled})
	}
	m := sc.Mentions
	rows = append(rows, scoreRow{"ALL", m.Precision, m.Recall, m.F1, m.System, m.Correct, m.Gold, m.Recalled})
	if err := a.render(rows); err != nil {
		return err
	}
	if a.format != "table" {
		return nil
	}
	fmt.Fprintf(a.stdout, "\nlinking (B-cubed over %d found mentions): precision %.4f recall %.4f F1 %.4f\n", sc.Linking.Gold, sc.Linking.Precision, sc.Linking.Recall, sc.Linking.F1)
	fmt.Fprintf(a.stdout, "articles: %.4f right of %d\n", sc.ArticleAccuracy, sc.ArticlesScored)
	fmt.Fprintf(a.stdout, "exact spans: %d of %d found mentions\n", sc.ExactSpans, sc.Linking.Gold)
	if misses && len(sc.Misses) > 0 {
		fmt.Fprintf(a.stdout, "\nmisses:\n")
		return renderRows(a.stdout, "table", a.width, sc.Misses)
	}
	return nil
}
