package graph

import (
	"net/http"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/quad/nquads" // the formats /api/v2/read writes
)

// CayleyReadAPI returns Cayley's own HTTP API v2 over the store, read-only
// (no write or delete endpoint is registered): /api/v2/read streams quads
// in any format cayley writes, /api/v2/formats lists them. Its query
// endpoint runs queries in the caller's process, unbounded: a server
// routes /api/v2/query to its own bounded runner instead.
func (s *Store) CayleyReadAPI() http.Handler {
	api := cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: s.qs})
	api.SetReadOnly(true)
	return api
}
