package main

import (
	"context"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"lexgraph/graph"
	"lexgraph/queries"
)

// Shell completion: cobra's completion command writes the scripts
// (lexgraph completion bash|zsh|fish|powershell); these functions give
// them the values of the flags that take a fixed set, and the names of
// the store's deputies, ministries, groups, rubriques and instruments for
// the arguments and flags that name one.

// nameTypes are the options that name a node, by their name, and the type
// of node they name ("" for any: path's ends).
var nameTypes = map[string]string{
	"instrument": graph.TypeInstrument, "deputy": graph.TypeDeputy, "ministry": graph.TypeMinistry,
	"group": graph.TypeGroup, "rubrique": graph.TypeRubrique, "from": "", "to": "", "node": "",
}

// fixed completes from a list of values, those the word typed begins.
func fixed(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, v := range values {
			if strings.HasPrefix(v, toComplete) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeNames completes the names of the store's nodes of a type: their
// ids, each with its label as description. It reads the configuration and
// the store as the command would, and offers nothing when it cannot.
func (a *app) completeNames(typ string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		cfg, err := loadConfig(a.configPath, cmd.Flags())
		if err != nil {
			cobra.CompDebugln("lexgraph: "+err.Error(), false)
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		cfg.Store.OpenTimeout = 500 * time.Millisecond
		ctx := cmd.Context()
		if ctx == nil {
			ctx = context.Background()
		}
		var st *graph.Store
		if cfg.Backend == "bolt" || cfg.Backend == "" {
			st, err = graph.OpenReadOnly(ctx, cfg)
		} else {
			st, err = graph.Open(ctx, cfg)
		}
		if err != nil {
			cobra.CompDebugln("lexgraph: "+err.Error(), false)
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		defer st.Close()
		found, err := queries.Complete(ctx, st, typ, toComplete)
		if err != nil {
			cobra.CompDebugln("lexgraph: "+err.Error(), false)
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		out := make([]string, len(found))
		for i, c := range found {
			out[i] = c.ID + "\t" + strings.ReplaceAll(c.Label, "\t", " ")
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeOptions registers the completion of a named query's flags and
// arguments, from its options (queries.Options): their closed sets of
// values, or the store's names.
func (a *app) completeOptions(cmd *cobra.Command, opts any) {
	var argTypes []string
	for _, o := range queries.Options(opts) {
		typ, names := nameTypes[o.Name]
		flag := strings.ReplaceAll(o.Name, "_", "-")
		switch {
		case o.Arg != "":
			argTypes = append(argTypes, typ)
		case len(o.Enum) > 0:
			cmd.RegisterFlagCompletionFunc(flag, fixed(o.Enum...))
		case names:
			cmd.RegisterFlagCompletionFunc(flag, a.completeNames(typ))
		}
	}
	cmd.ValidArgsFunction = func(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) >= len(argTypes) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return a.completeNames(argTypes[len(args)])(c, args, toComplete)
	}
}
