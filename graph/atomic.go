package graph

import (
	"context"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// cayley's ApplyDeltas must not be given deletions and additions that
// share a node whose count goes down overall: it drops that node from the
// additions (the added quads lose their predicate or object). Replacing a
// document's quads is such a mix (a question losing two citations and
// gaining one shares the predicates). So Store writes deletions and
// additions in two calls, and, on bolt, batchKV makes the two calls share
// one bolt transaction: a document's replacement stays atomic, and an
// ingest killed midway leaves each document either old or new.

// batchKV is the bolt key-value store as cayley sees it, with a way to run
// several cayley writes in one transaction.
type batchKV struct {
	hkv.KV
	cur hkv.Tx // the shared write transaction, while atomically runs
}

func (b *batchKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if b.cur != nil {
		return sharedTx{b.cur}, nil
	}
	return b.KV.Tx(ctx, rw)
}

func (b *batchKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, b, fn)
}

func (b *batchKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, b, fn)
}

// atomically runs fn, whose cayley writes all go to one transaction,
// committed when fn succeeds and rolled back otherwise. The Store's write
// lock is held: no reader shares the transaction.
func (b *batchKV) atomically(ctx context.Context, fn func() error) error {
	tx, err := b.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	b.cur = tx
	err = fn()
	b.cur = nil
	if err != nil {
		tx.Close()
		return err
	}
	return tx.Commit(ctx)
}

// sharedTx is the shared transaction as each cayley write sees it: its
// commit and close wait for the end of atomically.
type sharedTx struct{ hkv.Tx }

func (sharedTx) Commit(context.Context) error { return nil }
func (sharedTx) Close() error                 { return nil }
