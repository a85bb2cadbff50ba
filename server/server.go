// Package server is lexgraph serve: a read-only HTTP API over the named
// queries (one endpoint each, filled from the same options structs as the
// command line), raw Gizmo and GraphQL queries bounded for sure, Cayley's
// own HTTP API v2, and a web explorer in French that works without
// JavaScript, its assets embedded.
//
// The server answers from a snapshot of the store (see stores.go), which
// it swaps for a newer one after an ingest, without a restart and without
// serving half-written data. It never writes to the store.
package server

import (
	"context"
	"embed"
	"errors"
	"html/template"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"runtime/debug"
	"time"

	"lexgraph"
	"lexgraph/queries/raw"
)

//go:embed assets
var assets embed.FS

// Server serves one store.
type Server struct {
	cfg     lexgraph.Config
	stores  *stores
	raw     *raw.Runner
	pages   map[string]*template.Template
	static  fs.FS
	log     *log.Logger
	handler http.Handler
	// lastLogged is the last reload problem logged (see logOnce).
	lastLogged string
}

// New returns a server for the store cfg names, having tried once to load
// it: a store that cannot be read yet (none yet, an ingest writing it) is
// no error, the server answers 503 until it can read it. Log lines go to
// logw.
func New(ctx context.Context, cfg lexgraph.Config, logw io.Writer) (*Server, error) {
	if err := checkConfig(cfg.Serve); err != nil {
		return nil, err
	}
	st, err := newStores(cfg)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, stores: st, raw: raw.NewRunner(cfg.Serve.RawQueries), log: log.New(logw, "lexgraph serve: ", log.LstdFlags)}
	if s.static, err = fs.Sub(assets, "assets/static"); err != nil {
		return nil, err
	}
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	s.handler = s.routes()
	if err := s.Refresh(ctx); err != nil {
		s.log.Printf("the store cannot be read yet: %v", err)
	}
	return s, nil
}

func checkConfig(c lexgraph.ServeConfig) error {
	for _, x := range []struct {
		name string
		bad  bool
	}{
		{"serve.read_timeout", c.ReadTimeout <= 0}, {"serve.write_timeout", c.WriteTimeout <= 0},
		{"serve.query_timeout", c.QueryTimeout <= 0}, {"serve.export_timeout", c.ExportTimeout <= 0},
		{"serve.raw_queries", c.RawQueries <= 0}, {"serve.max_body", c.MaxBody <= 0},
		{"serve.max_rows", c.MaxRows <= 0}, {"serve.max_result_mb", c.MaxResultMB <= 0}, {"serve.reload", c.Reload <= 0},
	} {
		if x.bad {
			return lexgraph.Errorf(lexgraph.EINVALID, "configuration: %s must be more than zero", x.name)
		}
	}
	if c.QueryTimeout+raw.Grace >= c.WriteTimeout || c.ExportTimeout >= c.WriteTimeout {
		return lexgraph.Errorf(lexgraph.EINVALID, "configuration: serve.write_timeout (%v) must be longer than serve.query_timeout (%v) and serve.export_timeout (%v), or their answers would be cut", c.WriteTimeout, c.QueryTimeout, c.ExportTimeout)
	}
	return nil
}

// Handler returns the server's handler, for tests and for callers that
// run their own http.Server.
func (s *Server) Handler() http.Handler { return s.handler }

// Refresh loads a newer store now, if there is one; Serve does it every
// serve.reload. A newer store's most asked answers are made at once (see
// warm).
func (s *Server) Refresh(ctx context.Context) error {
	before := s.stores.status().Loads
	err := s.stores.refresh(ctx)
	if s.stores.status().Loads != before {
		s.warm()
	}
	return err
}

// warmTargets are the answers every visitor asks for first: the home page,
// the lists with no filter and their API answers. They scan every
// question, tens of milliseconds on a legislature, so they are made once
// for each state of the store, before anyone waits for them.
var warmTargets = []string{
	"/", "/cites", "/liens", "/reattribuees", "/delais",
	"/api/v1/query/cited", "/api/v1/query/links", "/api/v1/query/redirected", "/api/v1/query/delays",
}

// warm makes the answers of warmTargets, which the cache keeps.
func (s *Server) warm() {
	for _, target := range warmTargets {
		r, err := http.NewRequest(http.MethodGet, target, nil)
		if err != nil {
			continue
		}
		s.handler.ServeHTTP(&recorder{header: http.Header{}}, r)
	}
}

// Close releases the snapshots and removes their copies.
func (s *Server) Close() { s.stores.close() }

// Serve answers requests on ln until ctx ends, then stops cleanly: it
// stops accepting, lets the requests under way finish (for up to the
// write timeout), and releases the store.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	c := s.cfg.Serve
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: min(c.ReadTimeout, 5*time.Second),
		ReadTimeout:       c.ReadTimeout,
		WriteTimeout:      c.WriteTimeout,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          s.log,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(c.Reload)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := s.Refresh(ctx); err != nil && !errors.Is(err, context.Canceled) {
					s.logOnce(err)
				}
			}
		}
	}()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		<-done
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), c.WriteTimeout)
	defer cancel()
	err := srv.Shutdown(shutdown)
	<-done
	if errors.Is(err, context.DeadlineExceeded) {
		srv.Close()
	}
	return nil
}

// logOnce logs a reload problem when it differs from the last one logged:
// an ingest of ten minutes is one line, not three hundred.
func (s *Server) logOnce(err error) {
	msg := err.Error()
	if msg != s.lastLogged {
		s.lastLogged = msg
		s.log.Print(msg)
	}
}

// routes lays out the server: the API, Cayley's API, the explorer and its
// assets, each behind the same guards.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	s.apiRoutes(mux)
	s.rawRoutes(mux)
	s.explorerRoutes(mux)
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(s.static)))
	return s.guard(mux)
}

// guard wraps every handler: security headers, the body bound, and a
// recovery that answers 500 to a handler's panic and keeps the server up.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Content-Security-Policy", contentPolicy)
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.Serve.MaxBody)
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Printf("panic serving %s %s: %v\n%s", r.Method, r.URL, v, debug.Stack())
				s.fail(w, r, lexgraph.Errorf(lexgraph.EINTERNAL, "internal error: the server failed on this request (it is logged) and goes on"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// contentPolicy allows the explorer's own files only: no inline script,
// no other origin.
const contentPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// with runs fn with the current snapshot, or answers 503.
func (s *Server) with(w http.ResponseWriter, r *http.Request, fn func(*snapshot) error) {
	snap, err := s.stores.acquire()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer snap.release()
	if err := fn(snap); err != nil {
		s.fail(w, r, err)
	}
}

// withCached is with for a GET whose answer depends on the snapshot and
// the request only: the answer is kept, and given again (see cache.go).
func (s *Server) withCached(w http.ResponseWriter, r *http.Request, fn func(http.ResponseWriter, *snapshot) error) {
	s.with(w, r, func(snap *snapshot) error {
		s.cached(w, r, snap, func(w http.ResponseWriter) {
			if err := fn(w, snap); err != nil {
				s.fail(w, r, err)
			}
		})
		return nil
	})
}

// fail answers an error: JSON for the API, a page for the explorer.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if isAPI(r) {
		writeAPIError(w, err, s.log)
		return
	}
	s.errorPage(w, r, err)
}
