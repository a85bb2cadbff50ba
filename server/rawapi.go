package server

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"lexgraph"
	"lexgraph/queries/raw"
)

// rawRoutes registers the raw queries: lexgraph's own endpoints
// (/api/v1/gizmo, /api/v1/graphql) and Cayley's HTTP API v2 (its query
// endpoint served by the same bounded runner, its read endpoints by
// cayley itself).
//
// Cayley's web UI is not served: it loads its editor from a CDN
// (cdn.jsdelivr.net), which a server that must work offline, under a
// content policy of its own files only, cannot give it; /console is the
// explorer's own.
func (s *Server) rawRoutes(mux *http.ServeMux) {
	for _, lang := range []string{"gizmo", "graphql"} {
		mux.HandleFunc("POST /api/v1/"+lang, func(w http.ResponseWriter, r *http.Request) { s.serveRaw(w, r, lang) })
	}
	mux.HandleFunc("GET /api/v2/query", s.serveCayleyQuery)
	mux.HandleFunc("POST /api/v2/query", s.serveCayleyQuery)
	for _, p := range []string{"GET /api/v2/read", "POST /api/v2/read", "GET /api/v2/formats"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			s.with(w, r, func(snap *snapshot) error {
				snap.cayleyAPI().ServeHTTP(w, r)
				return nil
			})
		})
	}
}

// rawRequest reads a raw query's bounds from the query string (a client may
// ask for less than the server's bounds, never more) and makes the
// request for the snapshot.
func (s *Server) rawRequest(r *http.Request, lang, src string, snap *snapshot) (raw.Request, error) {
	limit := s.cfg.Query.Limit
	timeout := s.cfg.Serve.QueryTimeout
	v := r.URL.Query()
	if t := v.Get("limit"); t != "" {
		n, err := strconv.Atoi(t)
		if err != nil || n < 1 {
			return raw.Request{}, lexgraph.Errorf(lexgraph.EINVALID, "option limit: %q: want a whole number, 1 or more", t)
		}
		limit = min(n, limit)
	}
	if t := v.Get("timeout"); t != "" {
		d, err := time.ParseDuration(t)
		if err != nil || d <= 0 {
			return raw.Request{}, lexgraph.Errorf(lexgraph.EINVALID, "option timeout: %q: want a duration such as 5s or 500ms", t)
		}
		timeout = min(d, timeout)
	}
	if strings.TrimSpace(src) == "" {
		return raw.Request{}, lexgraph.Errorf(lexgraph.EINVALID, "no %s query: send it as the request's body", lang)
	}
	return raw.Request{
		Lang: lang, Query: src,
		Limits: raw.Limits{Timeout: timeout, Results: limit, Memory: int64(s.cfg.Query.MemoryMB) << 20,
			Output: int64(s.cfg.Serve.MaxResultMB) << 20},
		Backend: snap.cfg.Backend, DB: snap.cfg.DB, OpenTimeout: time.Second,
	}, nil
}

// rawAnswer is the answer of a raw query: {"result": […]}, as Cayley's API
// answers.
type rawAnswer struct {
	Result []json.RawMessage `json:"result"`
}

// serveRaw answers POST /api/v1/gizmo and /api/v1/graphql: the query is
// the body; ?limit= and ?timeout= may lower the server's bounds.
func (s *Server) serveRaw(w http.ResponseWriter, r *http.Request, lang string) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.with(w, r, func(snap *snapshot) error {
		req, err := s.rawRequest(r, lang, string(body), snap)
		if err != nil {
			return err
		}
		res, err := s.raw.Run(r.Context(), req)
		if err != nil {
			return err
		}
		writeJSON(w, http.StatusOK, rawAnswer{Result: res})
		return nil
	})
}

// serveCayleyQuery answers Cayley's /api/v2/query?lang=…: the query in ?qu=
// (GET) or the body (POST), results as JSON, or JSON-LD when the client
// accepts application/ld+json (Cayley's UI does); errors as Cayley words
// them, {"error": …}, with lexgraph's statuses.
func (s *Server) serveCayleyQuery(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	if lang != "gizmo" && lang != "graphql" {
		writeAPIError(w, lexgraph.Errorf(lexgraph.EINVALID, "lang %q: lexgraph serves gizmo and graphql", lang), s.log)
		return
	}
	src := r.URL.Query().Get("qu")
	if r.Method == http.MethodPost {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			writeAPIError(w, err, s.log)
			return
		}
		src = string(body)
	}
	jsonld := strings.Contains(r.Header.Get("Accept"), "application/ld+json")
	s.with(w, r, func(snap *snapshot) error {
		q := r.URL.Query()
		q.Del("lang")
		q.Del("qu")
		r2 := r.Clone(r.Context())
		r2.URL.RawQuery = q.Encode()
		req, err := s.rawRequest(r2, lang, src, snap)
		if err != nil {
			return err
		}
		req.JSONLD = jsonld
		res, err := s.raw.Run(r.Context(), req)
		if err != nil {
			return err
		}
		if jsonld {
			w.Header().Set("Content-Type", "application/ld+json")
			w.WriteHeader(http.StatusOK)
			return json.NewEncoder(w).Encode(rawAnswer{Result: res})
		}
		writeJSON(w, http.StatusOK, rawAnswer{Result: res})
		return nil
	})
}

// cayleyAPI is the snapshot's store as Cayley's read API, made once.
func (s *snapshot) cayleyAPI() http.Handler {
	s.apiOnce.Do(func() { s.api = s.st.CayleyReadAPI() })
	return s.api
}
