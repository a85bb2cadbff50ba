package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/graph"
	"lexgraph/ingest"
)

func (a *app) legiCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "legi",
		Short: "Keep an index of every French text, from DILA's JORF and LEGI dumps",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return usageError{errors.New("say what to do: lexgraph legi import FILE...")}
		},
	}
	cmd.AddCommand(a.legiImportCommand())
	return cmd
}

func (a *app) legiImportCommand() *cobra.Command {
	var quiet bool
	var rejectsPath string
	cmd := &cobra.Command{
		Use:   "import FILE...",
		Short: "Import DILA's JORF and LEGI archives into the store's index of texts",
		Long: `Reads DILA's dumps of French texts (Freemium_jorf_global_….tar.gz and the
daily JORF_….tar.gz, Freemium_legi_global_….tar.gz and LEGI_….tar.gz),
streamed, never unpacked, in the order given (oldest first): each text's
CID, nature, number, signature and publication dates, NOR, ELI, title and
consolidated version go into an index in the store, which the resolver of
ingest and extract then consults where the bundled catalogue is silent. A
later archive updates the index in place, its list of files to delete
included. Instruments already in the store are enriched at once, without
a new ingest. A file that cannot be read is named with its position on
standard error while the others go in; the exit status is then 3.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			opts := ingest.TextsOptions{}
			if !quiet {
				opts.Progress = a.progress()
			}
			sum, errs, err := ingest.Texts(ctx, st, args, opts)
			if opts.Progress != nil {
				opts.Progress(ingest.Progress{Documents: -1})
			}
			a.reportRejects(errs)
			if rejectsPath != "" && len(errs) > 0 {
				if werr := writeRejects(rejectsPath, errs); werr != nil {
					return werr
				}
			}
			if err != nil {
				return err
			}
			x, err := a.extractorWith(ctx, st, a.cfg.Ingest.Workers)
			if err != nil {
				return err
			}
			enriched, err := st.EnrichInstruments(ctx, x.Identify)
			if err == nil {
				err = x.TextIndexError()
			}
			if err != nil {
				return err
			}
			if a.format == "json" || a.format == "jsonl" {
				return renderRows(a.stdout, "json", 0, []struct {
					ingest.TextsSummary
					Enriched graph.EnrichSummary `json:"store"`
				}{{sum, enriched}})
			}
			if err := a.renderSummary(sum); err != nil {
				return err
			}
			if a.format == "table" {
				fmt.Fprintf(a.stdout, "\nInstruments of the store:\n")
			}
			return a.renderSummary(enriched)
		},
	}
	cmd.Flags().BoolVar(&quiet, "quiet", false, "no progress bar or progress lines")
	cmd.Flags().StringVar(&rejectsPath, "rejects", "", "also write the files that cannot be read to this file, one JSON object a line")
	cmd.Flags().StringSlice("catalogue", nil, "extra catalogue files (extract.catalogues)")
	return cmd
}

// textIndex returns the store's index of French texts, or nil when it has
// none (never imported, or a backend that keeps none).
func textIndex(ctx context.Context, st *graph.Store) (lexgraph.TextIndex, error) {
	t, err := st.Texts(ctx)
	if err != nil || t == nil {
		return nil, err
	}
	return t, nil
}

// extractorWith builds the reference extractor over the store's index of
// texts, when it has one.
func (a *app) extractorWith(ctx context.Context, st *graph.Store, workers int) (*refs.Extractor, error) {
	opts := refs.Options{MatchTimeout: a.cfg.Extract.MatchTimeout, Catalogues: a.cfg.Extract.Catalogues, Workers: workers}
	if st != nil {
		idx, err := textIndex(ctx, st)
		if err != nil {
			return nil, err
		}
		opts.Texts = idx
	}
	return refs.New(opts)
}

// storeForIndex opens the configured store read-only for its index of
// texts, when there is one to open: extract writes nothing, and creates no
// store.
func (a *app) storeForIndex(ctx context.Context) (*graph.Store, error) {
	switch a.cfg.Backend {
	case "bolt", "":
		if _, err := os.Stat(a.cfg.DB); err != nil {
			return nil, nil
		}
		return graph.OpenReadOnly(ctx, a.cfg)
	}
	return nil, nil // the other backends keep no index
}

// writeRejects writes the files that could not be read, as ingest's
// rejects file does (without their bytes: a file of the dumps is whole
// in its archive).
func writeRejects(path string, errs lexgraph.ErrorList) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("cannot create the rejects file %q: %w", path, err)
	}
	rows := make([]ingest.Reject, len(errs))
	for i, e := range errs {
		rows[i] = ingest.Reject{File: e.Pos.File, Offset: e.Pos.Offset, Line: e.Pos.Line, Column: e.Pos.Column, Error: e.Error()}
	}
	if err := renderRows(f, "jsonl", 0, rows); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
