package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/queries"
	"lexgraph/queries/raw"
)

func (a *app) queryCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query NAME",
		Short: "Run a named query, or a raw Gizmo or GraphQL query",
		Long: `Runs a named query over the graph, or a raw Gizmo or GraphQL query. Names
given as arguments or options (deputies, ministries, groups, rubriques,
instruments) are matched forgivingly: case and accents do not matter, part of
a name will do ("cresta", "Budapest", "2008-582", "loi du 20 juin 2008"), and a
name that matches several nodes is an error listing them.`,
		// A name that is no query is bad usage, not a call for help.
		Args: func(cmd *cobra.Command, args []string) error {
			var names []string
			for _, q := range queries.Queries {
				names = append(names, q.Name)
			}
			names = append(names, "gizmo", "graphql")
			if len(args) == 0 {
				return usageError{fmt.Errorf("which query? lexgraph query NAME, with NAME one of %s", strings.Join(names, ", "))}
			}
			return usageError{fmt.Errorf("unknown query %q (want one of %s)", args[0], strings.Join(names, ", "))}
		},
		RunE: func(cmd *cobra.Command, args []string) error { return nil },
	}
	for _, q := range queries.Queries {
		cmd.AddCommand(a.namedQuery(q))
	}
	cmd.AddCommand(
		a.rawQuery("gizmo", `g.V("<instrument/traite/coe-185>").In("<cites_in_answer>").Out("<number>").All()`),
		a.rawQuery("graphql", `{ nodes(<type>: <Instrument>, first: 5) { id <label> } }`))
	return cmd
}

// queryMemoryLimit is the soft memory limit of a named query's process,
// unless GOMEMLIMIT sets one: the query model and the rows of the largest
// answers at 100,000 questions live in about 150 MB, and without a limit
// the collector lets the heap grow to twice that before it runs
// (BENCHMARKS.md, "Ingest at the speed of the medium"). It is soft: a
// larger answer is still given, with more collection.
const queryMemoryLimit = 200 << 20

func limitQueryMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(queryMemoryLimit)
	}
}

// namedQuery builds the command of a named query: its options struct's
// fields become flags and arguments.
func (a *app) namedQuery(q queries.Query) *cobra.Command {
	opts := q.Options()
	c := &cobra.Command{
		Use:   strings.TrimSpace(q.Name + " " + q.Args),
		Short: q.Short,
		Long:  q.Long,
	}
	args := bindOptions(c.Flags(), opts)
	a.completeOptions(c, opts)
	c.Args = func(cmd *cobra.Command, argv []string) error {
		if err := cobra.ExactArgs(len(args))(cmd, argv); err != nil {
			return usageError{fmt.Errorf("%v: usage: lexgraph query %s", err, c.Use)}
		}
		return nil
	}
	c.RunE = func(cmd *cobra.Command, argv []string) error {
		limitQueryMemory()
		for i, o := range args {
			if err := o.Set(argv[i]); err != nil {
				return usageError{err}
			}
		}
		if ch, ok := opts.(queries.Checker); ok {
			if err := ch.Check(); err != nil {
				return usageError{err}
			}
		}
		return a.withReadStore(cmd.Context(), func(st *graph.Store) error {
			res, err := q.Run(cmd.Context(), st, opts)
			if err != nil {
				return err
			}
			return a.renderResult(res)
		})
	}
	return c
}

// bindOptions declares a flag for each option of a query (queries.Options)
// and returns the options that are positional arguments, in order.
func bindOptions(fs *pflag.FlagSet, opts any) []queries.Option {
	var args []queries.Option
	for _, o := range queries.Options(opts) {
		if o.Arg != "" {
			args = append(args, o)
			continue
		}
		fl := fs.VarPF(flagValue{o}, strings.ReplaceAll(o.Name, "_", "-"), "", o.Help)
		if o.Type == "boolean" {
			fl.NoOptDefVal = "true"
		}
	}
	return args
}

// flagValue is an option as a flag.
type flagValue struct{ queries.Option }

func (f flagValue) Type() string {
	switch f.Option.Type {
	case "integer":
		return "int"
	case "boolean":
		return "bool"
	}
	return "string"
}

// withReadStore opens the store for reading (read-only: a bolt store is
// then shared with other queries, and a PostgreSQL read replica serves),
// runs fn, and then keeps the query model the query may have built (see
// keepModel).
func (a *app) withReadStore(ctx context.Context, fn func(*graph.Store) error) error {
	var st *graph.Store
	var err error
	if a.cfg.Backend == "memory" {
		a.warnMemory()
		st, err = graph.Open(ctx, a.cfg)
	} else {
		st, err = graph.OpenReadOnly(ctx, a.cfg)
	}
	if err != nil {
		return err
	}
	err = fn(st)
	m := queries.UnsavedModel(st)
	replica := st.Replica()
	st.Close()
	if err == nil && m != nil && st.Backend() != "memory" && !replica {
		a.keepModel(ctx, m)
	}
	return err
}

// keepModel saves the query model a read-only query built (the store had
// changed since the model was last saved), through a short writable open,
// so that the next query loads it in milliseconds instead of scanning the
// store. When another process holds the store, the model is not saved and
// the next query builds it again.
func (a *app) keepModel(ctx context.Context, m *queries.Model) {
	cfg := a.cfg
	cfg.Store.OpenTimeout = 300 * time.Millisecond
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		fmt.Fprintf(a.stderr, "lexgraph: note: the query model could not be saved (%v); the next query will build it again\n", err)
		return
	}
	defer st.Close()
	if _, err := queries.SaveModel(ctx, st, m); err != nil {
		fmt.Fprintf(a.stderr, "lexgraph: note: the query model could not be saved: %v\n", err)
	}
}

// renderResult prints rows, or a report's tables one after the other.
func (a *app) renderResult(res any) error {
	rep, ok := res.(queries.Report)
	if !ok {
		return a.render(res)
	}
	switch a.format {
	case "json":
		return renderRows(a.stdout, "json", 0, res)
	case "jsonl":
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	case "csv":
		return queries.WriteReportCSV(a.stdout, rep)
	}
	for i, s := range rep.Sections() {
		if i > 0 {
			fmt.Fprintln(a.stdout)
		}
		fmt.Fprintf(a.stdout, "== %s ==\n", s.Name)
		var err error
		if v := reflect.ValueOf(s.Rows); s.Summary && a.format == "table" && v.Len() == 1 {
			err = a.renderSummary(v.Index(0).Interface())
		} else {
			err = a.render(s.Rows)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (a *app) rawQuery(lang, example string) *cobra.Command {
	var limit int
	c := &cobra.Command{
		Use:   lang + " QUERY",
		Short: "Run a raw " + lang + " query, read-only, bounded in time, memory and results",
		Long: `Runs a raw ` + lang + ` query over the store, read-only, in a process of its own
that is stopped at the time limit (--timeout, query.timeout) or when its memory
passes query.memory_mb, with a clear error either way.`,
		Example: fmt.Sprintf("  lexgraph query %s '%s'", lang, example),
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			n := limit
			if n <= 0 {
				n = a.cfg.Query.Limit
			}
			res, err := a.runRaw(cmd.Context(), lang, args[0], n)
			if lexgraph.ErrorCode(err) == lexgraph.ETIMEOUT {
				return fmt.Errorf("%w; raise it with --timeout", err)
			}
			if err != nil {
				return err
			}
			return writeRaw(a.stdout, a.format, res)
		},
	}
	c.Flags().IntVar(&limit, "limit", 0, "at most this many results (default query.limit, 1000)")
	c.Flags().Duration("timeout", 0, "stop the query after this long (query.timeout, default 30s)")
	return c
}

// runRaw runs a raw query in a child process (package raw), which the time
// and memory limits really stop; a memory store, which lives in this
// process only, is queried here.
func (a *app) runRaw(ctx context.Context, lang, src string, limit int) ([]json.RawMessage, error) {
	if a.cfg.Backend == "memory" {
		var out []json.RawMessage
		err := a.withReadStore(ctx, func(st *graph.Store) error {
			res, err := st.Query(ctx, lang, src, limit, a.cfg.Query.Timeout)
			for _, r := range res {
				b, _ := json.Marshal(r)
				out = append(out, b)
			}
			return err
		})
		return out, err
	}
	return raw.NewRunner(1).Run(ctx, raw.Request{
		Lang: lang, Query: src,
		Limits:  raw.Limits{Timeout: a.cfg.Query.Timeout, Results: limit, Memory: int64(a.cfg.Query.MemoryMB) << 20},
		Backend: a.cfg.Backend, DB: a.cfg.DB, OpenTimeout: a.cfg.Store.OpenTimeout,
	})
}

// writeRaw prints raw query results: a JSON array (table and json
// formats), or one result a line.
func writeRaw(w io.Writer, format string, res []json.RawMessage) error {
	if format == "json" || format == "table" {
		if len(res) == 0 {
			_, err := fmt.Fprintln(w, "[]")
			return err
		}
		var b bytes.Buffer
		b.WriteString("[\n")
		for i, r := range res {
			b.WriteString("  ")
			if err := json.Indent(&b, r, "  ", "  "); err != nil {
				return err
			}
			if i < len(res)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString("]\n")
		_, err := w.Write(b.Bytes())
		return err
	}
	for _, r := range res {
		if _, err := fmt.Fprintf(w, "%s\n", r); err != nil {
			return err
		}
	}
	return nil
}
