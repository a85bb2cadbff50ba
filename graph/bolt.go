package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	"lexgraph"
)

// storeIndexes are cayley's default kv indexes plus one on the label, so
// that a document's quads (all labelled with it) are found without a scan
// when the document is ingested again.
var storeIndexes = append(append([]kv.QuadIndex{}, kv.DefaultQuadIndexes...),
	kv.QuadIndex{Dirs: []quad.Direction{quad.Label}})

// openBolt opens (or creates) a bolt store in one file. bbolt takes an
// exclusive lock on the file and, left to itself, waits for it forever; we
// say who holds it instead, and give up after cfg.OpenTimeout.
func openBolt(path string, cfg lexgraph.StoreConfig) (cgraph.QuadStore, *batchKV, error) {
	if path == "" {
		return nil, nil, lexgraph.Errorf(lexgraph.EINVALID, "no store path: set --db, the db key of config.yaml, or LEXGRAPH_DB")
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, nil, lexgraph.Errorf(lexgraph.EINVALID, "cannot open store %q: it is a folder; the bolt store is one file", path)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, nil, &lexgraph.Error{Code: lexgraph.EINVALID, Message: fmt.Sprintf("cannot create the folder of store %q", path), Err: err}
		}
	}
	if holder := lockHolder(path); holder != "" {
		return nil, nil, lockedError(path, holder)
	}
	timeout := cfg.OpenTimeout
	if timeout <= 0 {
		timeout = 3 * time.Second
	}
	db, err := hbolt.Open(path, &bolt.Options{Timeout: timeout, NoFreelistSync: true})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, lockedError(path, lockHolder(path))
	}
	if err != nil {
		return nil, nil, &lexgraph.Error{Code: lexgraph.EINVALID, Message: fmt.Sprintf("cannot open store %q (is it a lexgraph store?)", path), Err: err}
	}
	db.DB().NoSync = cfg.NoSync
	bkv := &batchKV{KV: db}
	opts := cgraph.Options{kv.OptNoBloom: true}
	qs, err := kv.New(bkv, opts)
	if errors.Is(err, cgraph.ErrNotInitialized) {
		if err = initBolt(bkv); err == nil {
			qs, err = kv.New(bkv, opts)
		}
	}
	if err != nil {
		db.Close()
		return nil, nil, &lexgraph.Error{Code: lexgraph.EINVALID, Message: fmt.Sprintf("cannot open store %q", path), Err: err}
	}
	return qs, bkv, nil
}

// initBolt lays out a new store with lexgraph's indexes. cayley reads the
// index list from the meta bucket when it opens a store; Init writes the
// defaults there, which we then widen before any quad is written.
func initBolt(db hkv.KV) error {
	if err := kv.Init(db, nil); err != nil {
		return err
	}
	data, err := json.Marshal(storeIndexes)
	if err != nil {
		return err
	}
	return hkv.Update(context.Background(), db, func(tx hkv.Tx) error {
		return tx.Put(context.Background(), hkv.Key{[]byte("meta"), []byte("indexes")}, data)
	})
}

func lockedError(path, holder string) error {
	who := "another process"
	if holder != "" {
		who = holder
	}
	return lexgraph.Errorf(lexgraph.ECONFLICT,
		"cannot open store %q: it is held by %s (a running lexgraph ingest or query?); wait for it to finish, stop it, or use another --db", path, who)
}
