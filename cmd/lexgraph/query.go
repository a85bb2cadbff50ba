package main

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"lexgraph/graph"
	"lexgraph/queries"
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
	}
	for _, q := range queries.Queries {
		cmd.AddCommand(a.namedQuery(q))
	}
	cmd.AddCommand(
		a.rawQuery("gizmo", `g.V("<instrument/traite/coe-185>").In("<cites_in_answer>").Out("<number>").All()`),
		a.rawQuery("graphql", `{ nodes(<type>: <Instrument>, first: 5) { id <label> } }`))
	return cmd
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
	args := bindOptions(c.Flags(), reflect.ValueOf(opts).Elem())
	c.Args = func(cmd *cobra.Command, argv []string) error {
		if err := cobra.ExactArgs(len(args))(cmd, argv); err != nil {
			return usageError{fmt.Errorf("%v: usage: lexgraph query %s", err, c.Use)}
		}
		return nil
	}
	c.RunE = func(cmd *cobra.Command, argv []string) error {
		for i, f := range args {
			f.SetString(argv[i])
		}
		if ch, ok := opts.(queries.Checker); ok {
			if err := ch.Check(); err != nil {
				return err
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

// bindOptions declares a flag for each field of an options struct (and of
// the structs it embeds) and returns the fields tagged as positional
// arguments, in order.
func bindOptions(fs *pflag.FlagSet, v reflect.Value) []reflect.Value {
	var args []reflect.Value
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			args = append(args, bindOptions(fs, fv)...)
			continue
		}
		if f.Tag.Get("arg") != "" {
			args = append(args, fv)
			continue
		}
		name := strings.ReplaceAll(strings.Split(f.Tag.Get("json"), ",")[0], "_", "-")
		if name == "" || name == "-" {
			continue
		}
		fl := fs.VarPF(fieldValue{fv}, name, "", f.Tag.Get("help"))
		if fv.Kind() == reflect.Bool {
			fl.NoOptDefVal = "true"
		}
	}
	return args
}

// fieldValue sets a string, integer or boolean struct field from a flag.
type fieldValue struct{ v reflect.Value }

func (f fieldValue) String() string {
	if !f.v.IsValid() {
		return ""
	}
	switch f.v.Kind() {
	case reflect.Int:
		if f.v.Int() == 0 {
			return ""
		}
		return strconv.FormatInt(f.v.Int(), 10)
	case reflect.Bool:
		return strconv.FormatBool(f.v.Bool())
	}
	return f.v.String()
}

func (f fieldValue) Set(s string) error {
	switch f.v.Kind() {
	case reflect.Int:
		n, err := strconv.Atoi(s)
		if err != nil {
			return fmt.Errorf("%q is not a whole number", s)
		}
		f.v.SetInt(int64(n))
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return fmt.Errorf("%q is not true or false", s)
		}
		f.v.SetBool(b)
	default:
		f.v.SetString(s)
	}
	return nil
}

func (f fieldValue) Type() string {
	switch f.v.Kind() {
	case reflect.Int:
		return "int"
	case reflect.Bool:
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
		return render(a.stdout, a.format, res)
	}
	switch a.format {
	case "json":
		return render(a.stdout, "json", res)
	case "jsonl":
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	for i, s := range rep.Sections() {
		if i > 0 {
			fmt.Fprintln(a.stdout)
		}
		if a.format == "csv" {
			fmt.Fprintf(a.stdout, "# %s\n", s.Name)
		} else {
			fmt.Fprintf(a.stdout, "== %s ==\n", s.Name)
		}
		if err := render(a.stdout, a.format, s.Rows); err != nil {
			return err
		}
	}
	return nil
}

func (a *app) rawQuery(lang, example string) *cobra.Command {
	var limit int
	c := &cobra.Command{
		Use:     lang + " QUERY",
		Short:   "Run a raw " + lang + " query, read-only, bounded in time and results",
		Example: fmt.Sprintf("  lexgraph query %s '%s'", lang, example),
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withReadStore(cmd.Context(), func(st *graph.Store) error {
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
			})
		},
	}
	c.Flags().IntVar(&limit, "limit", 0, "at most this many results (default query.limit, 1000)")
	c.Flags().Duration("timeout", 0, "stop the query after this long (query.timeout, default 30s)")
	return c
}
