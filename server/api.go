package server

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/queries"
)

// apiRoutes registers the JSON API: one endpoint per named query, the
// counts, the server's status, exports and the OpenAPI document.
func (s *Server) apiRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/query/{name}", s.serveQuery)
	mux.HandleFunc("GET /api/v1/stats", s.serveStats)
	mux.HandleFunc("GET /api/v1/status", s.serveStatus)
	mux.HandleFunc("GET /api/v1/export", s.serveExport)
	mux.HandleFunc("GET /api/v1/openapi.json", s.serveOpenAPI)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeAPIError(w, lexgraph.Errorf(lexgraph.ENOTFOUND, "no endpoint %s %s: see /api/v1/openapi.json", r.Method, r.URL.Path), s.log)
	})
}

// result is a named query's answer, ready to write.
type result struct {
	rows any // a slice of row structs, or a queries.Report
	// cut is the row bound (serve.max_rows) when the server applied it
	// and a table reached it: there may be more rows.
	cut int
}

// runQuery fills the options of a named query from values (a query
// string's), runs it on the snapshot and bounds its rows: a query with a
// limit option gets at most serve.max_rows rows (in each table, for the
// reports).
func (s *Server) runQuery(ctx context.Context, snap *snapshot, q queries.Query, values url.Values) (result, error) {
	opts := q.Options()
	if err := queries.SetOptions(opts, values); err != nil {
		return result{}, err
	}
	maxRows := s.cfg.Serve.MaxRows
	capped := false
	for _, o := range queries.Options(opts) {
		if n, _ := strconv.Atoi(o.String()); o.Name == "limit" && (n == 0 || n > maxRows) {
			o.Set(strconv.Itoa(maxRows))
			capped = true
		}
	}
	res, err := q.Run(ctx, snap.st, opts)
	if err != nil {
		return result{}, err
	}
	out := result{rows: res}
	if capped {
		tables := []any{res}
		if rep, ok := res.(queries.Report); ok {
			tables = nil
			for _, sec := range rep.Sections() {
				tables = append(tables, sec.Rows)
			}
		}
		for _, t := range tables {
			if v := reflect.ValueOf(t); v.Kind() == reflect.Slice && v.Len() >= maxRows {
				out.cut = maxRows
			}
		}
	}
	return out, nil
}

// serveQuery answers GET /api/v1/query/{name}?{option}={value}: the rows
// the command line prints with --format json, or CSV with ?format=csv.
func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	q, ok := queries.Lookup(name)
	if !ok {
		s.fail(w, r, lexgraph.Errorf(lexgraph.ENOTFOUND, "no query named %q (want one of %s)", name, strings.Join(queryNames(), ", ")))
		return
	}
	values := r.URL.Query()
	format := values.Get("format")
	delete(values, "format")
	if format != "" && format != "json" && format != "csv" {
		s.fail(w, r, lexgraph.Errorf(lexgraph.EINVALID, "option format: %q: want json or csv", format))
		return
	}
	s.withCached(w, r, func(w http.ResponseWriter, snap *snapshot) error {
		res, err := s.runQuery(r.Context(), snap, q, values)
		if err != nil {
			return err
		}
		if res.cut > 0 {
			w.Header().Set("X-Lexgraph-Rows-Cut", strconv.Itoa(res.cut))
		}
		if format == "csv" {
			w.Header().Set("Content-Type", "text/csv; charset=utf-8")
			w.Header().Set("Content-Disposition", `attachment; filename="lexgraph-`+q.Name+`.csv"`)
			if rep, ok := res.rows.(queries.Report); ok {
				return queries.WriteReportCSV(w, rep)
			}
			return queries.WriteCSV(w, res.rows)
		}
		rows := res.rows
		if v := reflect.ValueOf(rows); v.Kind() == reflect.Slice && v.IsNil() {
			rows = []struct{}{}
		}
		writeJSON(w, http.StatusOK, rows)
		return nil
	})
}

func queryNames() []string {
	var names []string
	for _, q := range queries.Queries {
		names = append(names, q.Name)
	}
	return names
}

func (s *Server) serveStats(w http.ResponseWriter, r *http.Request) {
	s.with(w, r, func(snap *snapshot) error {
		writeJSON(w, http.StatusOK, snap.stats)
		return nil
	})
}

func (s *Server) serveStatus(w http.ResponseWriter, r *http.Request) {
	st := s.stores.status()
	st.RawRunning, st.RawCapacity = s.raw.Running(), s.raw.Capacity()
	writeJSON(w, http.StatusOK, st)
}

// exportTypes are the media types of the export formats.
var exportTypes = map[string][2]string{
	"nquads":  {"application/n-quads", "nq"},
	"jsonld":  {"application/ld+json", "jsonld"},
	"graphml": {"application/graphml+xml", "graphml"},
	"dot":     {"text/vnd.graphviz", "dot"},
}

// serveExport answers GET /api/v1/export?format=…&node=…&depth=…: the
// graph, or a node's neighbourhood, as the export command writes it,
// streamed, and stopped at serve.export_timeout.
func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	format := v.Get("format")
	if format == "" {
		format = "nquads"
	}
	typ, ok := exportTypes[format]
	if !ok {
		s.fail(w, r, lexgraph.Errorf(lexgraph.EINVALID, "option format: %q: want nquads, jsonld, graphml or dot", format))
		return
	}
	sel := graph.Selection{Base: v.Get("base")}
	for _, x := range []struct {
		name string
		dst  *int
	}{{"depth", &sel.Depth}, {"max_nodes", &sel.MaxNodes}} {
		if t := v.Get(x.name); t != "" {
			n, err := strconv.Atoi(t)
			if err != nil || n < 1 {
				s.fail(w, r, lexgraph.Errorf(lexgraph.EINVALID, "option %s: %q: want a whole number, 1 or more", x.name, t))
				return
			}
			*x.dst = n
		}
	}
	for k := range v {
		switch k {
		case "format", "node", "depth", "max_nodes", "base":
		default:
			s.fail(w, r, lexgraph.Errorf(lexgraph.EINVALID, "unknown option %q (want format, node, depth, max_nodes, base)", k))
			return
		}
	}
	s.with(w, r, func(snap *snapshot) error {
		if name := v.Get("node"); name != "" {
			c, err := queries.Resolve(snap.model, name)
			if err != nil {
				return err
			}
			sel.Node = c.Node
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Serve.ExportTimeout)
		defer cancel()
		w.Header().Set("Content-Type", typ[0]+"; charset=utf-8")
		w.Header().Set("Content-Disposition", `inline; filename="lexgraph.`+typ[1]+`"`)
		cw := &countingWriter{w: w}
		err := snap.st.Export(ctx, cw, format, sel)
		if errors.Is(err, context.DeadlineExceeded) {
			err = lexgraph.Errorf(lexgraph.ETIMEOUT, "export stopped after %v (serve.export_timeout): export a node's neighbourhood instead, or use lexgraph export", s.cfg.Serve.ExportTimeout)
		}
		if err != nil && cw.n > 0 {
			// the status is sent: end the answer as broken, not as a
			// whole file
			s.log.Printf("export cut: %v", err)
			panic(http.ErrAbortHandler)
		}
		return err
	})
}

// countingWriter counts what was written through it.
type countingWriter struct {
	w interface{ Write([]byte) (int, error) }
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
