// Command lexgraph traces legal citations in French parliamentary
// questions: it reads question pages and the Assemblée nationale's dumps,
// finds and resolves the laws, codes, EU acts and treaties they cite, and
// links them to questions, deputies and ministries in a graph store that
// users query.
//
// This package only wires: configuration, flags and output. The work is done
// in extract/, ingest/, graph/ and queries/.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"

	"github.com/spf13/cobra"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/graph"
)

// Exit statuses.
const (
	exitOK       = 0
	exitError    = 1
	exitUsage    = 2
	exitRejected = 3 // some inputs were rejected; the others went in
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	// LEXGRAPH_CPUPROFILE names a file for a CPU profile of the command,
	// for the measures of BENCHMARKS.md.
	if path := os.Getenv("LEXGRAPH_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// app is what every command shares: where to write, and the configuration.
type app struct {
	stdout, stderr io.Writer
	configPath     string
	format         string
	cfg            lexgraph.Config
	rejected       int
}

// run executes the command line and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr}
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil && a.rejected > 0:
		return exitRejected
	case err == nil:
		return exitOK
	}
	fmt.Fprintf(stderr, "lexgraph: %v\n", err)
	var usage usageError
	if errors.As(err, &usage) {
		return exitUsage
	}
	return exitError
}

// usageError marks a command line that is wrong (a flag, a missing
// argument), for exit status 2.
type usageError struct{ error }

// usageArgs wraps a cobra argument check so that its errors are usage
// errors.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "lexgraph",
		Short: "Trace legal citations in French parliamentary questions",
		Long: `lexgraph reads written questions to ministers and their answers (question
pages and the Assemblée nationale's open data), finds every legal reference
they make (laws, decrees, codes, EU acts, treaties), resolves each to one
instrument, and links instruments, questions, deputies and ministries in a
graph that you query.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(a.format); err != nil {
				return usageError{err}
			}
			cfg, err := loadConfig(a.configPath, cmd.Flags())
			if err != nil {
				return err
			}
			a.cfg = cfg
			return nil
		},
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&a.configPath, "config", "", "configuration file (default ./config.yaml when present, or LEXGRAPH_CONFIG)")
	pf.String("db", "", "store path (bolt file) or connection string; also the db key and LEXGRAPH_DB (default lexgraph.db)")
	pf.String("backend", "", "store backend: bolt, memory, postgres (default bolt); postgres takes a connection string in --db")
	pf.StringVar(&a.format, "format", "table", "output format: table, json, csv or jsonl")
	root.AddCommand(a.ingestCommand(), a.extractCommand(), a.evalCommand(), a.queryCommand(), a.statsCommand(), a.exportCommand(), a.genCommand())
	return root
}

// openStore opens the configured store.
func (a *app) openStore(ctx context.Context) (*graph.Store, error) {
	return graph.Open(ctx, a.cfg)
}

// extractor builds the reference extractor from the configuration.
func (a *app) extractor() (*refs.Extractor, error) {
	return refs.New(refs.Options{
		MatchTimeout: a.cfg.Extract.MatchTimeout,
		Catalogues:   a.cfg.Extract.Catalogues,
		Workers:      a.cfg.Ingest.Workers,
	})
}

// reportRejects prints the inputs that could not be read, one a line.
func (a *app) reportRejects(errs lexgraph.ErrorList) {
	errs.Sort()
	for _, e := range errs {
		fmt.Fprintf(a.stderr, "lexgraph: rejected %v\n", e)
	}
	a.rejected += len(errs)
}
