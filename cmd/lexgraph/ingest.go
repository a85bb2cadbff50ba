package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"lexgraph"
	"lexgraph/extract"
	"lexgraph/ingest"
	"lexgraph/queries"
)

func (a *app) ingestCommand() *cobra.Command {
	var top int
	var quiet, rederive bool
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read files, folders and zip archives into the store",
		Long: `Reads the Assemblée nationale's open data (question dumps of every
legislature, acteur, organe and mandat files, JSON or XML, in zip archives or
not), question pages, plain texts and folders of them (walked); finds and
resolves their references, and writes them to the store. Each input is
recognised by its content, not its name. Each record replaces its own
earlier quads: ingesting the same files again changes nothing, and a newer
dump updates its questions in place. A record the store holds unchanged
(the same bytes from the same file, read by the same readers and searched
by the same extractor and catalogues: its fingerprint) is skipped without
being decoded; --rederive derives every record again. An empty store is
bulk-loaded: written whole at the end, or not at all. A record that cannot be read is named
with its position on standard error and written to the rejects file
(ingest.rejects, default <db>.rejects.jsonl) while the others go in; the
exit status is then 3. On a terminal a progress bar shows how far it is.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if err := a.checkInputs(args); err != nil {
				return err
			}
			tuneMemory()
			st, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			// ingest runs ingest.workers batches at once, each searched
			// by one goroutine: parallel by batch, not within one
			x, err := a.extractorWith(ctx, st, 1)
			if err != nil {
				return err
			}
			rejects := &lazyFile{path: a.rejectsPath()}
			defer rejects.Close()
			opts := ingest.Options{BatchDocs: a.cfg.Ingest.BatchDocs, Workers: a.cfg.Ingest.Workers, Rejects: rejects, Rederive: rederive}
			if !quiet {
				opts.Progress = a.progress()
			}
			sum, errs, err := ingest.Run(ctx, st, x, args, opts)
			if opts.Progress != nil {
				opts.Progress(ingest.Progress{Documents: -1})
			}
			a.reportRejects(errs)
			if rejects.f != nil {
				sum.RejectsFile = rejects.path
				fmt.Fprintf(a.stderr, "lexgraph: %d rejected records written to %s\n", len(errs), rejects.path)
			}
			if err := rejects.Close(); err != nil {
				return err
			}
			if err == nil {
				err = x.TextIndexError()
			}
			if err != nil {
				return err
			}
			// the query model, brought up to date and saved now, so that no
			// query has to
			start := time.Now()
			if _, sum.Model, err = queries.RefreshModel(ctx, st); err != nil {
				return err
			}
			sum.Elapsed += time.Since(start)
			sum.Seconds = sum.Elapsed.Seconds()
			var cited []queries.CitedRow
			if top > 0 {
				if cited, err = queries.Cited(ctx, st, queries.CitedOptions{Limit: top}); err != nil {
					return err
				}
			}
			if a.format == "json" || a.format == "jsonl" {
				return renderRows(a.stdout, "json", 0, []struct {
					ingest.Summary
					Top []queries.CitedRow `json:"top,omitempty"`
				}{{sum, cited}})
			}
			if a.format == "table" {
				if err := a.renderSummary(sum); err != nil {
					return err
				}
			} else if err := a.render([]ingest.Summary{sum}); err != nil {
				return err
			}
			if len(cited) > 0 && a.format == "table" {
				fmt.Fprintf(a.stdout, "\nMost cited instruments:\n")
				return a.render(cited)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&top, "top", 10, "after the summary, list the N most cited instruments (0: none)")
	cmd.Flags().BoolVar(&quiet, "quiet", false, "no progress bar or progress lines")
	cmd.Flags().BoolVar(&rederive, "rederive", false, "decode and search every record, even those the store holds unchanged (fingerprints)")
	cmd.Flags().Int("batch", 0, "records read, searched and written together (ingest.batch_docs)")
	cmd.Flags().Int("workers", 0, "batches read and searched in parallel (ingest.workers, default one per core)")
	cmd.Flags().String("rejects", "", "file for the rejected records (ingest.rejects, default <db>.rejects.jsonl)")
	cmd.Flags().StringSlice("catalogue", nil, "extra catalogue files (extract.catalogues)")
	return cmd
}

// checkInputs checks the paths to ingest before the store is opened (and
// created): a path that does not exist is bad usage; a folder holding no
// file is said so, and when no path holds any, there is nothing to ingest.
func (a *app) checkInputs(paths []string) error {
	found := 0
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return usageError{lexgraph.Errorf(lexgraph.EINVALID, "%s: no such file or folder", p)}
			}
			return usageError{lexgraph.Errorf(lexgraph.EINVALID, "%s: %v", p, err)}
		}
		files, err := extract.Files(p)
		if err != nil {
			return lexgraph.Errorf(lexgraph.EINVALID, "cannot read %s: %v", p, err)
		}
		if st.IsDir() && len(files) == 0 {
			fmt.Fprintf(a.stderr, "lexgraph: %s: nothing found: the folder holds no file to read (hidden files, .md and .tsv files are skipped)\n", p)
		}
		found += len(files)
	}
	if found == 0 {
		return lexgraph.Errorf(lexgraph.ENOTFOUND, "nothing to ingest: no file found in %s", strings.Join(paths, ", "))
	}
	return nil
}

// rejectsPath is ingest.rejects, or <db>.rejects.jsonl beside a bolt
// store, or lexgraph.rejects.jsonl for the other backends.
func (a *app) rejectsPath() string {
	if a.cfg.Ingest.Rejects != "" {
		return a.cfg.Ingest.Rejects
	}
	if a.cfg.Backend == "bolt" || a.cfg.Backend == "" {
		return a.cfg.DB + ".rejects.jsonl"
	}
	return "lexgraph.rejects.jsonl"
}

// progress returns the progress reporter: a bar when standard error is a
// terminal, else a plain line every ten seconds. A call with Documents -1
// closes it.
func (a *app) progress() func(ingest.Progress) {
	f, ok := a.stderr.(*os.File)
	if ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
		var bar *progressbar.ProgressBar
		return func(p ingest.Progress) {
			if p.Documents < 0 {
				if bar != nil {
					bar.Finish()
					fmt.Fprintln(a.stderr)
				}
				return
			}
			if bar == nil {
				bar = progressbar.NewOptions64(p.Total,
					progressbar.OptionSetWriter(a.stderr), progressbar.OptionSetDescription("ingesting"),
					progressbar.OptionShowBytes(true), progressbar.OptionSetWidth(30),
					progressbar.OptionThrottle(200*time.Millisecond), progressbar.OptionShowCount(),
					progressbar.OptionSetPredictTime(true))
			}
			bar.Describe(fmt.Sprintf("ingesting: %d records, %d rejected", p.Documents, p.Rejected))
			bar.Set64(p.Read)
		}
	}
	start, last := time.Now(), time.Now()
	return func(p ingest.Progress) {
		if p.Documents < 0 || time.Since(last) < 10*time.Second {
			return
		}
		last = time.Now()
		pct := 0.0
		if p.Total > 0 {
			pct = 100 * float64(p.Read) / float64(p.Total)
		}
		fmt.Fprintf(a.stderr, "lexgraph: ingesting: %d records, %d rejected, %.0f%% of %d bytes read, %s\n",
			p.Documents, p.Rejected, pct, p.Total, time.Since(start).Round(time.Second))
	}
}

// lazyFile creates its file on the first write: no rejects, no file.
type lazyFile struct {
	path string
	f    *os.File
}

func (l *lazyFile) Write(p []byte) (int, error) {
	if l.f == nil {
		f, err := os.Create(l.path)
		if err != nil {
			return 0, fmt.Errorf("cannot create the rejects file %q: %w", l.path, err)
		}
		l.f = f
	}
	return l.f.Write(p)
}

func (l *lazyFile) Close() error {
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	if err != nil {
		return fmt.Errorf("cannot write the rejects file %q: %w", l.path, err)
	}
	return nil
}

var _ io.Writer = (*lazyFile)(nil)

// tuneMemory trades memory for speed on long ingests, unless GOGC or
// GOMEMLIMIT say otherwise: the collector runs half as often (a third of
// the ingest's time went to it), and the soft limit keeps the heap under
// the 1.5 GB an ingest of a whole legislature is allowed. The limit stays
// above what a bulk load of a legislature holds (about 800 MB live): at
// 768 MiB the collector ran without pause and a fresh 100,000-question
// ingest took 65 s instead of 48, for the same 1.3 GB of RSS.
func tuneMemory() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(ingestMemoryLimit)
	}
}

// ingestMemoryLimit is the ingest's soft memory limit (see tuneMemory).
const ingestMemoryLimit = 1200 << 20
