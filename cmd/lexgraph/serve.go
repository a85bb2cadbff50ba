package main

import (
	"fmt"
	"net"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"lexgraph"
	"lexgraph/server"
)

func (a *app) serveCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the store: a JSON API and a web explorer, read-only",
		Long: `Serves the store over HTTP, read-only: the web explorer (in French) at /, a
JSON API with one endpoint per named query at /api/v1/query/{name} (described
at /api/v1/openapi.json), raw Gizmo and GraphQL queries bounded in time,
memory and results, and Cayley's own HTTP API v2 (/api/v2/query, read, formats).

It listens on the loopback address unless told otherwise (--addr, serve.addr)
and prints where. It serves a copy of a bolt store and takes a newer one after
an ingest into the same file, without a restart and without serving
half-written data. It stops cleanly on SIGINT or SIGTERM.`,
		Example: `  lexgraph ingest testdata/corpus && lexgraph serve
  lexgraph serve --addr 127.0.0.1:9000 --db /srv/lexgraph/an.db`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			ln, err := net.Listen("tcp", a.cfg.Serve.Addr)
			if err != nil {
				return lexgraph.Errorf(lexgraph.EINVALID, "cannot listen on %s: %v", a.cfg.Serve.Addr, err)
			}
			srv, err := server.New(ctx, a.cfg, a.stderr)
			if err != nil {
				ln.Close()
				return err
			}
			defer srv.Close()
			fmt.Fprintf(a.stdout, "lexgraph serve: listening on http://%s/ (store %s %s); stop with Ctrl-C\n", ln.Addr(), a.cfg.Backend, a.cfg.DB)
			err = srv.Serve(ctx, ln)
			fmt.Fprintln(a.stdout, "lexgraph serve: stopped")
			return err
		},
	}
	cmd.Flags().String("addr", "", "listen on this address (serve.addr, default 127.0.0.1:8080)")
	return cmd
}
