package graph

import (
	"context"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"

	"lexgraph"
)

// A server that serves a bolt store while ingests write to it works on a
// snapshot: a copy of the file, taken between two writers, that nobody else
// writes. A writer (an ingest) holds the store's exclusive lock for the
// whole of its run, so a copy taken under the shared lock holds either all
// of an ingest or none of it; and the server never holds the store itself
// longer than the copy, so ingests go on.

// PeekGeneration returns the generation of the bolt store the
// configuration names (see Generation), opening it read-only for that
// moment only: a server asks it to learn whether the store changed since
// its snapshot. It fails with ECONFLICT when a writer holds the store past
// the open timeout.
func PeekGeneration(ctx context.Context, cfg lexgraph.Config) (string, error) {
	st, err := OpenReadOnly(ctx, cfg)
	if err != nil {
		return "", err
	}
	defer st.Close()
	return st.Generation(ctx)
}

// SnapshotBolt copies the bolt store the configuration names to dst (a new
// file, replaced if it exists), in one read transaction, and returns the
// generation it copied. The copy is a store of its own: open it with its
// path as db.
func SnapshotBolt(ctx context.Context, cfg lexgraph.Config, dst string) (string, error) {
	if cfg.Backend != "bolt" && cfg.Backend != "" {
		return "", lexgraph.Errorf(lexgraph.EINVALID, "only a bolt store can be copied (this is %s)", cfg.Backend)
	}
	st, err := OpenReadOnly(ctx, cfg)
	if err != nil {
		return "", err
	}
	defer st.Close()
	var gen string
	err = st.bolt.View(func(tx *bolt.Tx) error {
		var err error
		if gen, err = boltGeneration(tx); err != nil {
			return err
		}
		tmp := dst + ".part"
		if err := tx.CopyFile(tmp, 0o600); err != nil {
			os.Remove(tmp)
			return err
		}
		return os.Rename(tmp, dst)
	})
	if err != nil {
		return "", &lexgraph.Error{Code: lexgraph.EINTERNAL, Message: fmt.Sprintf("cannot copy store %q to %q", cfg.DB, dst), Err: err}
	}
	return gen, nil
}

// Pin fixes the generation the store reports (Generation) at gen, for a
// server that serves one state of a store it cannot copy (PostgreSQL): its
// derived data (the query model) stays that of gen while other processes
// write, until it opens the store anew. Reads still see the live store.
func (s *Store) Pin(gen string) { s.pinned.Store(&gen) }
