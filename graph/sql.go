package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"
	"github.com/lib/pq"

	"lexgraph"
)

// A PostgreSQL store is cayley's (tables nodes and quads: cayley's SQL
// backend reads it, Gizmo and cayley's HTTP API included) with lexgraph's
// tables beside it:
//
//   - lexgraph_meta: the generation, a counter that a trigger on quads
//     raises with every statement changing it, whoever runs it; and the
//     number of the last change logged;
//   - lexgraph_changes: the change log (see Store.Changes);
//   - lexgraph_fingerprints: the documents' fingerprints;
//   - lexgraph_derived: derived data (the query model);
//   - lexgraph_pending: what a bulk load has still to make (see bulkLoad);
//   - lexgraph_legi: the index of French texts (legikv.go).
//
// lexgraph writes it itself, in batches: cayley's writes send one statement
// per quad and per node (5,000 quads a second), these one statement per
// table and batch, the rows as arrays; a fresh store is bulk-loaded with
// COPY, its indexes built after. Every write is one transaction, logged
// with its change. lexgraph adds one index to quads, on the label, for a
// document's quads. A read replica (a hot standby streaming from the
// primary) reads all of it, lexgraph's tables included, as they were
// committed on the primary.
type sqlStore struct {
	db      *sql.DB
	addr    string // the connection string, for the bulk load's own connections
	replica bool   // the server is a standby: read-only
}

// errReplica is what a write to a read replica meets.
var errReplica = errors.New("the server is a read replica; write to its primary")

// sqlSchema creates lexgraph's tables, and the trigger that counts the
// changes of quads.
var sqlSchema = []string{
	`CREATE TABLE IF NOT EXISTS lexgraph_meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL)`,
	`INSERT INTO lexgraph_meta (key, value) VALUES ('generation', 0), ('change', 0) ON CONFLICT DO NOTHING`,
	`CREATE TABLE IF NOT EXISTS lexgraph_changes (seq BIGINT PRIMARY KEY, gen TEXT NOT NULL, nodes TEXT[] NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS lexgraph_fingerprints (label TEXT PRIMARY KEY, fp BYTEA NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS lexgraph_derived (name TEXT PRIMARY KEY, gen TEXT NOT NULL, data BYTEA NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS lexgraph_pending (kind TEXT NOT NULL, name TEXT NOT NULL, def TEXT NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS lexgraph_legi (bucket TEXT NOT NULL, key BYTEA NOT NULL, val BYTEA NOT NULL, PRIMARY KEY (bucket, key))`,
	`CREATE INDEX IF NOT EXISTS lexgraph_label_index ON quads (label_hash)`,
	`CREATE OR REPLACE FUNCTION lexgraph_generation() RETURNS trigger AS $$
BEGIN
	UPDATE lexgraph_meta SET value = value + 1 WHERE key = 'generation';
	RETURN NULL;
END $$ LANGUAGE plpgsql`,
	`CREATE OR REPLACE TRIGGER lexgraph_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON quads
	FOR EACH STATEMENT EXECUTE FUNCTION lexgraph_generation()`,
}

// isConnString reports whether addr reads as a PostgreSQL connection
// string: a URL, or keyword=value pairs.
func isConnString(addr string) bool {
	return strings.HasPrefix(addr, "postgres://") || strings.HasPrefix(addr, "postgresql://") || strings.Contains(addr, "=")
}

func openPostgres(ctx context.Context, addr string, readOnly bool) (cgraph.QuadStore, *sqlStore, error) {
	if !isConnString(addr) {
		what := fmt.Sprintf("%q is no connection string", addr)
		if addr == "" || addr == lexgraph.DefaultConfig().DB {
			what = "no connection string was given"
		}
		return nil, nil, lexgraph.Errorf(lexgraph.EINVALID,
			"the postgres backend needs a connection string, and %s: give one with --db 'postgres://user@host:5432/dbname?sslmode=disable' (or LEXGRAPH_DB, or db: in config.yaml)", what)
	}
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, nil, &lexgraph.Error{Code: lexgraph.EINVALID, Message: "cannot open the PostgreSQL store", Err: err}
	}
	fail := func(msg string, err error) (cgraph.QuadStore, *sqlStore, error) {
		db.Close()
		return nil, nil, &lexgraph.Error{Code: lexgraph.EINVALID, Message: msg, Err: err}
	}
	if err := db.PingContext(ctx); err != nil {
		return fail("cannot reach the PostgreSQL server", err)
	}
	p := &sqlStore{db: db, addr: addr}
	if err := db.QueryRowContext(ctx, `SELECT pg_is_in_recovery()`).Scan(&p.replica); err != nil {
		return fail("cannot ask the PostgreSQL server whether it is a replica", err)
	}
	switch {
	case readOnly || p.replica:
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_tables WHERE tablename IN ('quads', 'nodes', 'lexgraph_meta')`).Scan(&n); err != nil || n != 3 {
			if err == nil && p.replica && !readOnly {
				return fail("cannot write to the PostgreSQL store", errReplica)
			}
			db.Close()
			return nil, nil, lexgraph.Errorf(lexgraph.ENOTFOUND, "no lexgraph store in this PostgreSQL database: run lexgraph ingest (on the primary) first")
		}
		if p.replica && !readOnly {
			return fail("cannot write to the PostgreSQL store", errReplica)
		}
	default:
		if err := cgraph.InitQuadStore("postgres", addr, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return fail("cannot initialise the PostgreSQL store", err)
		}
		for _, stmt := range sqlSchema {
			if _, err := db.ExecContext(ctx, stmt); err != nil {
				return fail("cannot initialise lexgraph's tables in the PostgreSQL store", err)
			}
		}
		if err := p.recoverBulk(ctx); err != nil {
			return fail("cannot undo an interrupted bulk load of the PostgreSQL store", err)
		}
	}
	qs, err := cgraph.NewQuadStore("postgres", addr, nil)
	if err != nil {
		return fail("cannot open the PostgreSQL store", err)
	}
	return qs, p, nil
}

func (p *sqlStore) close() error { return p.db.Close() }

// nodeRow is a node as cayley's nodes table keeps it.
type nodeRow struct {
	hash       []byte
	str        sql.NullString
	iri        sql.NullBool
	num        sql.NullInt64
	unexpected bool
}

// row returns v's row; cayley's csql.NodeValues is the reference.
func nodeOf(v Value) nodeRow {
	qv := v.quad()
	h := csql.HashOf(qv)
	r := nodeRow{hash: h.SQLValue().([]byte)}
	_, vals, err := csql.NodeValues(h, qv)
	if err != nil {
		r.unexpected = true
		return r
	}
	switch x := qv.(type) {
	case quad.IRI:
		r.str, r.iri = sql.NullString{String: vals[1].(string), Valid: true}, sql.NullBool{Bool: true, Valid: true}
	case quad.String:
		r.str = sql.NullString{String: vals[1].(string), Valid: true}
	case quad.Int:
		r.num = sql.NullInt64{Int64: int64(x), Valid: true}
	default:
		r.unexpected = true
	}
	return r
}

// valueOf reads a node's row back.
func valueOf(str sql.NullString, iri sql.NullBool, num sql.NullInt64) Value {
	switch {
	case num.Valid:
		return Int(num.Int64)
	case iri.Valid && iri.Bool:
		return IRI(str.String)
	}
	return String(strings.ReplaceAll(str.String, `\x00`, "\u0000"))
}

func hashOf(v Value) []byte { return csql.HashOf(v.quad()).SQLValue().([]byte) }

// quadRows returns the hashes of quads, direction by direction, and the
// distinct nodes they use.
func quadRows(quads []Quad) (s, p, o, l [][]byte, nodes map[string]nodeRow, err error) {
	nodes = map[string]nodeRow{}
	use := func(v Value) []byte {
		key := v.String()
		if r, ok := nodes[key]; ok {
			return r.hash
		}
		r := nodeOf(v)
		if r.unexpected {
			err = fmt.Errorf("a value lexgraph does not write: %v", v)
		}
		nodes[key] = r
		return r.hash
	}
	for _, q := range quads {
		s = append(s, use(IRI(q.Subject)))
		p = append(p, use(IRI(q.Predicate)))
		o = append(o, use(q.Object))
		if q.Label == "" {
			return nil, nil, nil, nil, nil, fmt.Errorf("a quad without label: %v", q)
		}
		l = append(l, use(IRI(q.Label)))
	}
	return
}

// apply writes a change in one transaction: quads removed (and the nodes
// no quad uses any more), quads added (with their nodes), fingerprints,
// and the change's record in the log.
func (p *sqlStore) apply(ctx context.Context, dels, adds []Quad, fps map[string]Fingerprint) error {
	if p.replica {
		return errReplica
	}
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	refs := map[string]int64{} // node hash → change of uses
	count := func(rows *sql.Rows, by int64) error {
		defer rows.Close()
		for rows.Next() {
			var hs [4][]byte
			if err := rows.Scan(&hs[0], &hs[1], &hs[2], &hs[3]); err != nil {
				return err
			}
			for _, h := range hs {
				if h != nil {
					refs[string(h)] += by
				}
			}
		}
		return rows.Err()
	}
	if len(dels) > 0 {
		s, pr, o, l, _, err := quadRows(dels)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `DELETE FROM quads q USING unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS d(s, p, o, l)
			WHERE q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o AND q.label_hash = d.l
			RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash`,
			pq.ByteaArray(s), pq.ByteaArray(pr), pq.ByteaArray(o), pq.ByteaArray(l))
		if err != nil {
			return err
		}
		if err := count(rows, -1); err != nil {
			return err
		}
	}
	if len(adds) > 0 {
		s, pr, o, l, nodes, err := quadRows(adds)
		if err != nil {
			return err
		}
		if err := insertNodes(ctx, tx, nodes); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
			SELECT s, p, o, l, now() FROM unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS a(s, p, o, l)
			ON CONFLICT (subject_hash, predicate_hash, object_hash, label_hash) WHERE label_hash IS NOT NULL DO NOTHING
			RETURNING subject_hash, predicate_hash, object_hash, label_hash`,
			pq.ByteaArray(s), pq.ByteaArray(pr), pq.ByteaArray(o), pq.ByteaArray(l))
		if err != nil {
			return err
		}
		if err := count(rows, +1); err != nil {
			return err
		}
	}
	if len(refs) > 0 {
		hashes := make([][]byte, 0, len(refs))
		by := make([]int64, 0, len(refs))
		for h, n := range refs {
			if n != 0 {
				hashes = append(hashes, []byte(h))
				by = append(by, n)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE nodes SET refs = nodes.refs + c.n FROM unnest($1::bytea[], $2::bigint[]) AS c(h, n) WHERE nodes.hash = c.h`,
			pq.ByteaArray(hashes), pq.Array(by)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE hash = ANY($1::bytea[]) AND refs <= 0`, pq.ByteaArray(hashes)); err != nil {
			return err
		}
	}
	if err := putSQLFingerprints(ctx, tx, fps); err != nil {
		return err
	}
	if nodes := touched(dels, adds); len(nodes) > 0 {
		if err := logSQLChange(ctx, tx, nodes); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// insertNodes adds the nodes not there yet, with no use counted (apply
// counts the uses of the quads it inserts).
func insertNodes(ctx context.Context, tx *sql.Tx, nodes map[string]nodeRow) error {
	hashes := make([][]byte, 0, len(nodes))
	strs := make([]sql.NullString, 0, len(nodes))
	iris := make([]sql.NullBool, 0, len(nodes))
	nums := make([]sql.NullInt64, 0, len(nodes))
	for _, r := range nodes {
		hashes = append(hashes, r.hash)
		strs, iris, nums = append(strs, r.str), append(iris, r.iri), append(nums, r.num)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO nodes (hash, refs, value_string, iri, value_int)
		SELECT h, 0, s, i, n FROM unnest($1::bytea[], $2::text[], $3::boolean[], $4::bigint[]) AS v(h, s, i, n)
		ON CONFLICT (hash) DO NOTHING`,
		pq.ByteaArray(hashes), pq.Array(strs), pq.Array(iris), pq.Array(nums))
	return err
}

func putSQLFingerprints(ctx context.Context, tx *sql.Tx, fps map[string]Fingerprint) error {
	if len(fps) == 0 {
		return nil
	}
	labels := make([]string, 0, len(fps))
	data := make([][]byte, 0, len(fps))
	for l, f := range fps {
		labels, data = append(labels, l), append(data, f.encode())
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO lexgraph_fingerprints (label, fp) SELECT * FROM unnest($1::text[], $2::bytea[])
		ON CONFLICT (label) DO UPDATE SET fp = EXCLUDED.fp`, pq.Array(labels), pq.ByteaArray(data))
	return err
}

func logSQLChange(ctx context.Context, tx *sql.Tx, nodes []string) error {
	var seq int64
	if err := tx.QueryRowContext(ctx, `UPDATE lexgraph_meta SET value = value + 1 WHERE key = 'change' RETURNING value`).Scan(&seq); err != nil {
		return err
	}
	gen, err := sqlGeneration(ctx, tx)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO lexgraph_changes (seq, gen, nodes) VALUES ($1, $2, $3)`, seq, gen, pq.Array(nodes))
	return err
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func sqlGeneration(ctx context.Context, q querier) (string, error) {
	var n int64
	if err := q.QueryRowContext(ctx, `SELECT value FROM lexgraph_meta WHERE key = 'generation'`).Scan(&n); err != nil {
		return "", err
	}
	return "postgres:" + strconv.FormatInt(n, 10), nil
}

func (p *sqlStore) generation(ctx context.Context) (string, error) { return sqlGeneration(ctx, p.db) }

// selectQuads reads quads with their values, from a query on quads q
// (its FROM and WHERE), with args.
const quadValues = `SELECT s.value_string, s.iri, s.value_int, p.value_string, p.iri, p.value_int,
	o.value_string, o.iri, o.value_int, l.value_string, l.iri, l.value_int
	FROM quads q JOIN nodes s ON s.hash = q.subject_hash JOIN nodes p ON p.hash = q.predicate_hash
	JOIN nodes o ON o.hash = q.object_hash LEFT JOIN nodes l ON l.hash = q.label_hash`

func scanQuads(rows *sql.Rows, fn func(Quad) error) error {
	defer rows.Close()
	var str [4]sql.NullString
	var iri [4]sql.NullBool
	var num [4]sql.NullInt64
	dest := make([]any, 0, 12)
	for i := 0; i < 4; i++ {
		dest = append(dest, &str[i], &iri[i], &num[i])
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		q := Quad{Subject: valueOf(str[0], iri[0], num[0]).iri, Predicate: valueOf(str[1], iri[1], num[1]).iri, Object: valueOf(str[2], iri[2], num[2])}
		if str[3].Valid {
			q.Label = valueOf(str[3], iri[3], num[3]).iri
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (p *sqlStore) labelsQuads(ctx context.Context, labels []string) (map[string]map[Quad]bool, error) {
	out := make(map[string]map[Quad]bool, len(labels))
	if len(labels) == 0 {
		return out, nil
	}
	hashes := make([][]byte, len(labels))
	for i, l := range labels {
		hashes[i] = hashOf(IRI(l))
		out[l] = map[Quad]bool{}
	}
	rows, err := p.db.QueryContext(ctx, quadValues+` WHERE q.label_hash = ANY($1::bytea[])`, pq.ByteaArray(hashes))
	if err != nil {
		return nil, err
	}
	err = scanQuads(rows, func(q Quad) error {
		if m := out[q.Label]; m != nil {
			m[q] = true
		}
		return nil
	})
	return out, err
}

// outMany reads the quads of which each node is the subject.
func (p *sqlStore) outMany(ctx context.Context, nodes []string) (map[string][]Quad, error) {
	out := make(map[string][]Quad, len(nodes))
	for len(nodes) > 0 {
		batch := nodes[:min(len(nodes), 5000)]
		nodes = nodes[len(batch):]
		hashes := make([][]byte, len(batch))
		for i, n := range batch {
			hashes[i] = hashOf(IRI(n))
		}
		rows, err := p.db.QueryContext(ctx, quadValues+` WHERE q.subject_hash = ANY($1::bytea[])`, pq.ByteaArray(hashes))
		if err != nil {
			return nil, err
		}
		if err := scanQuads(rows, func(q Quad) error { out[q.Subject] = append(out[q.Subject], q); return nil }); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// eachWith reads the quads of a predicate ("": of any) with v as subject
// (or object).
func (p *sqlStore) eachWith(ctx context.Context, object bool, v Value, predicate string, fn func(Quad) error) error {
	where := ` WHERE q.subject_hash = $1`
	if object {
		where = ` WHERE q.object_hash = $1`
	}
	args := []any{hashOf(v)}
	if predicate != "" {
		where += ` AND q.predicate_hash = $2`
		args = append(args, hashOf(IRI(predicate)))
	}
	rows, err := p.db.QueryContext(ctx, quadValues+where, args...)
	if err != nil {
		return err
	}
	return scanQuads(rows, fn)
}

func (p *sqlStore) countQuads(ctx context.Context) (int64, error) {
	var n int64
	err := p.db.QueryRowContext(ctx, `SELECT count(*) FROM quads`).Scan(&n)
	return n, err
}

// eachQuad reads every quad: the nodes first, into memory, then the
// quads' hashes, so that each value is read once.
func (p *sqlStore) eachQuad(ctx context.Context, fn func(Quad) error) error {
	tx, err := p.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT hash, value_string, iri, value_int FROM nodes`)
	if err != nil {
		return err
	}
	vals := map[string]Value{}
	var h []byte
	var str sql.NullString
	var iri sql.NullBool
	var num sql.NullInt64
	for rows.Next() {
		if err := rows.Scan(&h, &str, &iri, &num); err != nil {
			rows.Close()
			return err
		}
		vals[string(h)] = valueOf(str, iri, num)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = tx.QueryContext(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var hs [4][]byte
	for rows.Next() {
		if err := rows.Scan(&hs[0], &hs[1], &hs[2], &hs[3]); err != nil {
			return err
		}
		q := Quad{Subject: vals[string(hs[0])].iri, Predicate: vals[string(hs[1])].iri, Object: vals[string(hs[2])]}
		if hs[3] != nil {
			q.Label = vals[string(hs[3])].iri
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (p *sqlStore) fingerprints(ctx context.Context) (map[string]Fingerprint, error) {
	rows, err := p.db.QueryContext(ctx, `SELECT label, fp FROM lexgraph_fingerprints`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]Fingerprint{}
	for rows.Next() {
		var l string
		var b []byte
		if err := rows.Scan(&l, &b); err != nil {
			return nil, err
		}
		f, err := decodeFingerprint(b)
		if err != nil {
			return nil, fmt.Errorf("fingerprint of %q: %w", l, err)
		}
		out[l] = f
	}
	return out, rows.Err()
}

func (p *sqlStore) saveBlob(ctx context.Context, name, gen string, data []byte) (bool, error) {
	if p.replica {
		return false, nil
	}
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	// the generation's row locked, so that no write commits between the
	// check and the save
	var n int64
	if err := tx.QueryRowContext(ctx, `SELECT value FROM lexgraph_meta WHERE key = 'generation' FOR SHARE`).Scan(&n); err != nil {
		return false, err
	}
	if "postgres:"+strconv.FormatInt(n, 10) != gen {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO lexgraph_derived (name, gen, data) VALUES ($1, $2, $3)
		ON CONFLICT (name) DO UPDATE SET gen = EXCLUDED.gen, data = EXCLUDED.data`, name, gen, data); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

func (p *sqlStore) loadBlob(ctx context.Context, name string) (string, []byte, error) {
	var gen string
	var data []byte
	err := p.db.QueryRowContext(ctx, `SELECT gen, data FROM lexgraph_derived WHERE name = $1`, name).Scan(&gen, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil, nil
	}
	return gen, data, err
}

func (p *sqlStore) blobGeneration(ctx context.Context, name string) (string, error) {
	var gen string
	err := p.db.QueryRowContext(ctx, `SELECT gen FROM lexgraph_derived WHERE name = $1`, name).Scan(&gen)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return gen, err
}

func (p *sqlStore) changes(ctx context.Context, since uint64) ([]changeRecord, error) {
	rows, err := p.db.QueryContext(ctx, `SELECT seq, gen, nodes FROM lexgraph_changes WHERE seq > $1 ORDER BY seq`, int64(since))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []changeRecord
	for rows.Next() {
		var r changeRecord
		var seq int64
		if err := rows.Scan(&seq, &r.gen, pq.Array(&r.nodes)); err != nil {
			return nil, err
		}
		r.seq = uint64(seq)
		out = append(out, r)
	}
	return out, rows.Err()
}

func (p *sqlStore) lastChange(ctx context.Context) (uint64, error) {
	var n int64
	err := p.db.QueryRowContext(ctx, `SELECT value FROM lexgraph_meta WHERE key = 'change'`).Scan(&n)
	return uint64(n), err
}

func (p *sqlStore) trimChanges(ctx context.Context, upto uint64) error {
	if p.replica {
		return nil
	}
	_, err := p.db.ExecContext(ctx, `DELETE FROM lexgraph_changes WHERE seq <= $1`, int64(upto))
	return err
}

// bulkLoad writes a bulk load into the empty tables: the quads' indexes
// and constraints dropped, and what is to be made again noted in
// lexgraph_pending, in a first transaction; the nodes and the quads copied
// in (binary COPY), side by side on two connections of their own; then the
// indexes made again, as lexgraph keeps them (lexgraphIndexes), side by
// side; then the foreign keys and the fingerprints, in a last transaction.
// Between the first commit and the last, lexgraph_pending holds what is
// still to make: a load interrupted there is undone by the next writable
// open (recoverBulk), which empties the tables and makes the indexes again,
// so that the load is whole or absent.
func (p *sqlStore) bulkLoad(ctx context.Context, g *bulkGraph) error {
	lay := g.layout()
	pending, err := p.dropForBulk(ctx)
	if err != nil {
		return err
	}
	if err := p.copyBulk(ctx, g, lay); err != nil {
		// the tables made whole again, empty, rather than left to the
		// next open
		if rerr := p.recoverBulk(context.Background()); rerr != nil {
			return fmt.Errorf("%w (and undoing the load: %v)", err, rerr)
		}
		return err
	}
	if bulkInterrupt != nil {
		return bulkInterrupt
	}
	return p.finishDDL(ctx, pending, g.fps)
}

// dropForBulk drops the quads' indexes and constraints and notes in
// lexgraph_pending those to make again, in one transaction.
func (p *sqlStore) dropForBulk(ctx context.Context) ([]ddl, error) {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	// The load's commits need not wait for a synchronous replica: the
	// last transaction of the load (finishDDL) does, and a replica applies
	// the log in order, so it has the whole load once that one returns;
	// until then lexgraph_pending says the load is not whole.
	if _, err := tx.ExecContext(ctx, `SET LOCAL synchronous_commit = local`); err != nil {
		return nil, err
	}
	all, err := quadsDDL(ctx, tx)
	if err != nil {
		return nil, err
	}
	pending := lexgraphIndexes(all)
	for _, d := range all {
		drop := `DROP INDEX ` + pq.QuoteIdentifier(d.name)
		if d.kind == "constraint" {
			drop = `ALTER TABLE quads DROP CONSTRAINT ` + pq.QuoteIdentifier(d.name)
		}
		if _, err := tx.ExecContext(ctx, drop); err != nil {
			return nil, err
		}
	}
	for _, d := range pending {
		if _, err := tx.ExecContext(ctx, `INSERT INTO lexgraph_pending (kind, name, def) VALUES ($1, $2, $3)`, d.kind, d.name, d.def); err != nil {
			return nil, err
		}
	}
	return pending, tx.Commit()
}

// copyBulk copies the nodes and the quads in, each table by binary COPY on
// a connection of its own, the two side by side: the rows' values go as
// they are, not written out and parsed back as text.
func (p *sqlStore) copyBulk(ctx context.Context, g *bulkGraph, lay *layout) error {
	hashes := make([][]byte, g.values())
	nodes := make([][]any, 0, len(lay.nodes))
	for _, v := range lay.nodes {
		r := nodeOf(g.value(v))
		if r.unexpected {
			return fmt.Errorf("a value lexgraph does not write: %v", g.value(v))
		}
		hashes[v] = r.hash
		nodes = append(nodes, []any{r.hash, int64(lay.refs[v]), nullable(r.str.String, r.str.Valid), nullable(r.iri.Bool, r.iri.Valid), nullable(r.num.Int64, r.num.Valid)})
	}
	// the quads' numbers given (1, 2…) rather than drawn from the
	// sequence row by row, which is then moved past them; their time is
	// the load's
	now := time.Now().UTC()
	k := 0
	quads := pgx.CopyFromFunc(func() ([]any, error) {
		if k == len(lay.quads) {
			return nil, nil
		}
		q := g.quads[lay.quads[k]]
		k++
		var l any
		if q.l != 0 {
			l = hashes[q.l]
		}
		return []any{int64(k), hashes[q.s], hashes[q.p], hashes[q.o], l, now}, nil
	})
	// the first to fail stops the other
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make(chan error, 2)
	load := func(table string, cols []string, rows pgx.CopyFromSource, after string) {
		err := p.copyIn(ctx, table, cols, rows, after)
		if err != nil {
			cancel()
		}
		errs <- err
	}
	go load("nodes", []string{"hash", "refs", "value_string", "iri", "value_int"}, pgx.CopyFromRows(nodes), "")
	after := ""
	if len(lay.quads) > 0 {
		after = fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('quads', 'horizon'), %d)`, len(lay.quads))
	}
	go load("quads", []string{"horizon", "subject_hash", "predicate_hash", "object_hash", "label_hash", "ts"}, quads, after)
	err := <-errs
	if e := <-errs; err == nil {
		err = e
	}
	return err
}

// nullable is v, or nil (NULL) where it is not valid.
func nullable[T any](v T, valid bool) any {
	if !valid {
		return nil
	}
	return v
}

// copyIn copies rows into table by binary COPY, on a connection of its own
// and in a transaction of its own, with after run in it.
func (p *sqlStore) copyIn(ctx context.Context, table string, cols []string, rows pgx.CopyFromSource, after string) error {
	conn, err := pgx.Connect(ctx, p.addr)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, `SET LOCAL synchronous_commit = local`); err != nil {
		return err
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{table}, cols, rows); err != nil {
		return fmt.Errorf("copying the %s in: %w", table, err)
	}
	if after != "" {
		if _, err := tx.Exec(ctx, after); err != nil {
			return err
		}
	}
	return tx.Commit(ctx)
}

// bulkInterrupt, set by a test, stops bulk loads right after their data
// is committed, as a crash would.
var bulkInterrupt error

// ddl is an index or a constraint of the quads table, and how to make it.
type ddl struct{ kind, name, def string }

// lexgraphIndexes are the indexes a bulk load makes again, from cayley's:
// the ones lexgraph's reads and writes use. Every quad lexgraph writes has
// a label (its source), so cayley's unique (s, p, o, l) index, made whole
// rather than partial, also serves the lookups by subject, and its (s, p,
// o) index, a copy of it, is not made; nor is its (o, s, p) index, whose
// lookups by object the (o, p, s) index serves. Two of seven index builds
// spared: a third of a bulk load's time on PostgreSQL (BENCHMARKS.md).
func lexgraphIndexes(all []ddl) []ddl {
	var out []ddl
	for _, d := range all {
		switch {
		case d.kind == "index" && (d.name == "spo_index" || d.name == "osp_index"):
			continue
		case d.kind == "index" && d.name == "spol_unique":
			// the insert's ON CONFLICT … WHERE label_hash IS NOT NULL
			// infers a whole index as well as the partial one
			if i := strings.Index(d.def, " WHERE "); i >= 0 {
				d.def = d.def[:i]
			}
		}
		out = append(out, d)
	}
	return out
}

// quadsDDL returns the indexes and foreign keys of the quads table (not
// its primary key).
func quadsDDL(ctx context.Context, tx *sql.Tx) ([]ddl, error) {
	rows, err := tx.QueryContext(ctx, `SELECT 'constraint', conname, 'ALTER TABLE quads ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid) || ' NOT VALID'
		FROM pg_constraint WHERE conrelid = 'quads'::regclass AND contype = 'f'
		UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE tablename = 'quads' AND indexname <> 'quads_pkey'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ddl
	for rows.Next() {
		var d ddl
		if err := rows.Scan(&d.kind, &d.name, &d.def); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// finishDDL makes the pending indexes, two at a time on connections of
// their own (the foreign keys, NOT VALID: they check the rows written from
// now on, not those of the load, which hold by construction), stores the
// fingerprints and clears what was pending, in a last transaction.
func (p *sqlStore) finishDDL(ctx context.Context, pending []ddl, fps map[string]Fingerprint) error {
	work := make(chan ddl)
	errs := make(chan error, 2)
	for w := 0; w < 2; w++ {
		go func() {
			conn, err := p.db.Conn(ctx)
			if err == nil {
				defer conn.Close()
				// the indexes sorted in memory rather than on disk; their
				// commits not waiting for a synchronous replica (the last
				// transaction below does, see bulkLoad)
				_, err = conn.ExecContext(ctx, `SET maintenance_work_mem = '256MB'`)
				if err == nil {
					_, err = conn.ExecContext(ctx, `SET synchronous_commit = local`)
				}
				if err == nil {
					defer conn.ExecContext(context.Background(), `RESET synchronous_commit`)
				}
			}
			for d := range work {
				if err == nil {
					// filled to 90 % rather than cayley's 50 %: built
					// once from all the rows, half as big and built
					// faster, with room still for updates
					_, err = conn.ExecContext(ctx, strings.Replace(d.def, "fillfactor='50'", "fillfactor='90'", 1))
				}
			}
			errs <- err
		}()
	}
	for _, d := range pending {
		if d.kind == "index" {
			work <- d
		}
	}
	close(work)
	var err error
	for w := 0; w < 2; w++ {
		if e := <-errs; e != nil && err == nil {
			err = e
		}
	}
	if err != nil {
		return err
	}
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, d := range pending {
		if d.kind == "constraint" {
			if _, err := tx.ExecContext(ctx, d.def); err != nil {
				return err
			}
		}
	}
	if err := putSQLFingerprints(ctx, tx, fps); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM lexgraph_pending`); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	// The planner's statistics of the loaded tables, now rather than when
	// autovacuum comes by: without them the next ingest's lookups of a
	// node's quads are planned from default estimates (re-ingesting a
	// changed 5,000-question dump took 27-30 s without, 21-23 s with it;
	// BENCHMARKS.md).
	_, err = p.db.ExecContext(ctx, `ANALYZE quads, nodes`)
	return err
}

// recoverBulk undoes a bulk load interrupted after its data was
// committed (lexgraph_pending holds what it had still to make): the
// tables emptied, the indexes and constraints made again.
func (p *sqlStore) recoverBulk(ctx context.Context) error {
	rows, err := p.db.QueryContext(ctx, `SELECT kind, name, def FROM lexgraph_pending`)
	if err != nil {
		return err
	}
	var pending []ddl
	for rows.Next() {
		var d ddl
		if err := rows.Scan(&d.kind, &d.name, &d.def); err != nil {
			rows.Close()
			return err
		}
		pending = append(pending, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(pending) == 0 {
		return err
	}
	if _, err := p.db.ExecContext(ctx, `TRUNCATE quads, nodes, lexgraph_fingerprints, lexgraph_derived, lexgraph_changes`); err != nil {
		return err
	}
	var left []ddl
	for _, d := range pending {
		var n int
		q := `SELECT count(*) FROM pg_indexes WHERE tablename = 'quads' AND indexname = $1`
		if d.kind == "constraint" {
			q = `SELECT count(*) FROM pg_constraint WHERE conrelid = 'quads'::regclass AND conname = $1`
		}
		if err := p.db.QueryRowContext(ctx, q, d.name).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			left = append(left, d)
		}
	}
	return p.finishDDL(ctx, left, nil)
}
