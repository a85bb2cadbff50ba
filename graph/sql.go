package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"

	"lexgraph"
)

// sqlStore is lexgraph's own access to a PostgreSQL store (to come: for
// now every access goes through cayley).
type sqlStore struct{}

func openPostgres(ctx context.Context, addr string, readOnly bool) (cgraph.QuadStore, *sqlStore, error) {
	qs, err := openSQL("postgres", addr)
	return qs, nil, err
}

func openSQL(backend, addr string) (cgraph.QuadStore, error) {
	if addr == "" {
		return nil, lexgraph.Errorf(lexgraph.EINVALID, "the %s backend needs a connection string in --db", backend)
	}
	if err := cgraph.InitQuadStore(backend, addr, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil, &lexgraph.Error{Code: lexgraph.EINVALID, Message: fmt.Sprintf("cannot initialise %s store", backend), Err: err}
	}
	qs, err := cgraph.NewQuadStore(backend, addr, nil)
	if err != nil {
		return nil, &lexgraph.Error{Code: lexgraph.EINVALID, Message: fmt.Sprintf("cannot open %s store", backend), Err: err}
	}
	return qs, nil
}

func (p *sqlStore) close() error { return nil }
func (p *sqlStore) apply(ctx context.Context, dels, adds []Quad, fps map[string]Fingerprint) error {
	return nil
}
func (p *sqlStore) labelsQuads(ctx context.Context, labels []string) (map[string]map[Quad]bool, error) {
	return nil, nil
}
func (p *sqlStore) countQuads(ctx context.Context) (int64, error)                    { return 0, nil }
func (p *sqlStore) eachQuad(ctx context.Context, fn func(Quad) error) error          { return nil }
func (p *sqlStore) fingerprints(ctx context.Context) (map[string]Fingerprint, error) { return nil, nil }
func (p *sqlStore) bulkLoad(ctx context.Context, g *bulkGraph) error                 { return nil }
func (p *sqlStore) generation(ctx context.Context) (string, error)                   { return "", nil }
func (p *sqlStore) saveBlob(ctx context.Context, name, gen string, data []byte) (bool, error) {
	return false, nil
}
func (p *sqlStore) loadBlob(ctx context.Context, name string) (string, []byte, error) {
	return "", nil, nil
}
func (p *sqlStore) changes(ctx context.Context, since uint64) ([]changeRecord, error) {
	return nil, nil
}
func (p *sqlStore) lastChange(ctx context.Context) (uint64, error)     { return 0, nil }
func (p *sqlStore) trimChanges(ctx context.Context, upto uint64) error { return nil }
