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
	"strings"

	"github.com/spf13/cobra"

	"lexgraph"
	"lexgraph/extract/refs"
	"lexgraph/graph"
	"lexgraph/queries/raw"
)

// Exit statuses.
const (
	exitOK       = 0
	exitError    = 1
	exitUsage    = 2
	exitRejected = 3 // some inputs were rejected; the others went in
)

func main() {
	raw.RunChildIfAsked() // a raw query's own process: see package raw
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
	// width is the terminal's width, which tables are fit to (0: none).
	width int
	// running is set when a command's own work starts: an error before
	// it (an unknown command or flag, a missing argument or required flag,
	// a bad option value or configuration) is bad usage, exit status 2.
	running bool
}

// run executes the command line and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr, width: terminalWidth(stdout)}
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
	if errors.As(err, &usage) || !a.running {
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
			if err := checkBackend(cfg.Backend); err != nil {
				return err
			}
			a.cfg = cfg
			return nil
		},
	}
	root.Version = versionLine(buildVersion())
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&a.configPath, "config", "", "configuration file (default ./config.yaml when present, or LEXGRAPH_CONFIG)")
	pf.String("db", "", "store path (bolt file) or connection string; also the db key and LEXGRAPH_DB (default lexgraph.db)")
	pf.String("backend", "", "store backend: bolt, memory, postgres (default bolt); postgres takes a connection string in --db")
	pf.StringVar(&a.format, "format", "table", "output format: table, json, csv or jsonl")
	root.RegisterFlagCompletionFunc("format", fixed(formats...))
	root.RegisterFlagCompletionFunc("backend", fixed(graph.Backends...))
	root.AddCommand(a.ingestCommand(), a.extractCommand(), a.evalCommand(), a.queryCommand(), a.statsCommand(), a.exportCommand(), a.genCommand(), a.serveCommand(), a.legiCommand(), a.versionCommand())
	a.markRunning(root)
	return root
}

// markRunning wraps the RunE of cmd and of every command under it so that
// it sets a.running first.
func (a *app) markRunning(cmd *cobra.Command) {
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(c *cobra.Command, args []string) error {
			a.running = true
			return run(c, args)
		}
	}
	for _, c := range cmd.Commands() {
		a.markRunning(c)
	}
}

// checkBackend reports a backend lexgraph does not know, as bad usage.
func checkBackend(b string) error {
	for _, x := range graph.Backends {
		if b == x || b == "" {
			return nil
		}
	}
	return usageError{lexgraph.Errorf(lexgraph.EINVALID, "unknown store backend %q (want one of %s)", b, strings.Join(graph.Backends, ", "))}
}

// openStore opens the configured store.
func (a *app) openStore(ctx context.Context) (*graph.Store, error) {
	a.warnMemory()
	return graph.Open(ctx, a.cfg)
}

// warnMemory says that a memory store dies with the process: an ingest
// into it is lost at exit, and a query finds it empty.
func (a *app) warnMemory() {
	if a.cfg.Backend == "memory" {
		fmt.Fprintln(a.stderr, "lexgraph: warning: the memory backend keeps the store in this process only: what this command writes is gone when it exits, and it starts empty")
	}
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
