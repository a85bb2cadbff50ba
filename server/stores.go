package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/queries"
)

// snapshot is one state of the store, served whole: the server answers
// every request from one snapshot, and swaps in a newer one only once it is
// ready, so that no request sees half of an ingest.
//
// For bolt it is a copy of the store file (graph.SnapshotBolt), taken while
// no ingest writes the store, that nobody else writes: ingests go on beside
// the server. For PostgreSQL, which cannot be copied, it is the live store
// with its generation pinned (graph.Store.Pin): the named queries and the
// pages answer from the query model of that generation, and raw queries
// read the live tables.
type snapshot struct {
	st    *graph.Store
	cfg   lexgraph.Config // what a raw query child opens: the copy, or the live store
	gen   string
	model *queries.Model
	stats queries.Stats
	taken time.Time
	file  string // the copy, removed once the snapshot is retired and idle

	users   atomic.Int64
	retired atomic.Bool
	closing sync.Once

	apiOnce sync.Once
	api     http.Handler // Cayley's read API over st

	cache *responseCache // the answers given from this snapshot
}

// release ends a request's use of the snapshot; the last user of a retired
// snapshot closes it.
func (s *snapshot) release() {
	if s.users.Add(-1) == 0 && s.retired.Load() {
		s.close()
	}
}

func (s *snapshot) close() {
	s.closing.Do(func() {
		s.st.Close()
		if s.file != "" {
			os.Remove(s.file)
		}
	})
}

// stores keeps the snapshot the server answers from, and makes a newer one
// when the store changes.
type stores struct {
	cfg lexgraph.Config
	dir string // where bolt copies go

	mu      sync.Mutex
	cur     *snapshot
	lastErr error     // why the last look at the store did not give a snapshot
	checked time.Time // when the store was last looked at
	seen    fileState // the store file when last looked at
	seq     int
	loads   int
	// refreshing serialises refreshes (a ticker's and a test's).
	refreshing sync.Mutex
}

// fileState is what a stat tells of the store file: enough to skip opening
// it when nothing was written since.
type fileState struct {
	size  int64
	mtime time.Time
}

func newStores(cfg lexgraph.Config) (*stores, error) {
	s := &stores{cfg: cfg}
	if isBolt(cfg) {
		dir, err := snapshotDir(cfg.DB)
		if err != nil {
			return nil, err
		}
		s.dir = dir
	}
	return s, nil
}

func isBolt(cfg lexgraph.Config) bool { return cfg.Backend == "bolt" || cfg.Backend == "" }

// snapshotDir makes the folder of the server's copies: beside the store
// (the same disk, which has room for it), or in the temporary folder when
// the store's folder is not writable. Folders left by servers that died
// (their pid is gone) are removed.
func snapshotDir(db string) (string, error) {
	base := filepath.Dir(db)
	matches, _ := filepath.Glob(filepath.Join(base, ".lexgraph-serve-*"))
	tmp, _ := filepath.Glob(filepath.Join(os.TempDir(), ".lexgraph-serve-*"))
	for _, m := range append(matches, tmp...) {
		pid, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(m), ".lexgraph-serve-"))
		if err == nil && pid > 0 && pid != os.Getpid() && syscall.Kill(pid, 0) == syscall.ESRCH {
			os.RemoveAll(m)
		}
	}
	name := fmt.Sprintf(".lexgraph-serve-%d", os.Getpid())
	dir := filepath.Join(base, name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		dir = filepath.Join(os.TempDir(), name)
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return "", fmt.Errorf("cannot make a folder for the store's copies: %w", err)
		}
	}
	return dir, nil
}

// acquire returns the current snapshot for one request, which must call
// release when done; EUNAVAILABLE when there is none yet.
func (s *stores) acquire() (*snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur == nil {
		msg := "the store cannot be read yet"
		if s.lastErr != nil {
			msg += ": " + s.lastErr.Error()
		}
		return nil, lexgraph.Errorf(lexgraph.EUNAVAILABLE, "%s; lexgraph serve loads it as soon as it can", msg)
	}
	s.cur.users.Add(1)
	return s.cur, nil
}

// status says what the server serves.
type status struct {
	Backend     string `json:"backend"`
	Generation  string `json:"generation"`
	Loaded      string `json:"loaded"` // RFC 3339, when the snapshot was taken
	Loads       int    `json:"loads"`
	Checked     string `json:"checked"`
	Waiting     string `json:"waiting,omitempty"` // why a newer store is not served yet
	RawRunning  int    `json:"raw_queries_running"`
	RawCapacity int    `json:"raw_queries_at_once"`
}

func (s *stores) status() status {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := status{Backend: s.cfg.Backend, Loads: s.loads, Checked: stamp(s.checked)}
	if st.Backend == "" {
		st.Backend = "bolt"
	}
	if s.cur != nil {
		st.Generation, st.Loaded = s.cur.gen, stamp(s.cur.taken)
	}
	if s.lastErr != nil {
		st.Waiting = s.lastErr.Error()
	}
	return st
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// refresh looks at the store and, when it changed since the snapshot
// served (or there is none), makes a new snapshot and swaps it in. A store
// that an ingest holds, or that cannot be read, leaves the current
// snapshot served; the reason is kept for status.
func (s *stores) refresh(ctx context.Context) error {
	s.refreshing.Lock()
	defer s.refreshing.Unlock()
	snap, err := s.next(ctx)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.checked = time.Now()
	s.lastErr = err
	if err != nil || snap == nil {
		return err
	}
	old := s.cur
	s.cur = snap
	s.loads++
	if old != nil {
		old.retired.Store(true)
		if old.users.Load() == 0 {
			old.close()
		}
	}
	return nil
}

// next returns a new snapshot, or nil when the store did not change.
func (s *stores) next(ctx context.Context) (*snapshot, error) {
	s.mu.Lock()
	cur := s.cur
	s.mu.Unlock()
	cfg := s.cfg
	cfg.Store.OpenTimeout = 200 * time.Millisecond // an ingest holds it: look again later
	if !isBolt(cfg) {
		return s.nextLive(ctx, cfg, cur)
	}
	fi, err := os.Stat(cfg.DB)
	if errors.Is(err, os.ErrNotExist) {
		return nil, lexgraph.Errorf(lexgraph.ENOTFOUND, "no store at %q: run lexgraph ingest", cfg.DB)
	}
	if err != nil {
		return nil, err
	}
	state := fileState{fi.Size(), fi.ModTime()}
	if cur != nil && state == s.seen {
		return nil, nil
	}
	gen, err := graph.PeekGeneration(ctx, cfg)
	if err != nil {
		return nil, describeHeld(err, cur)
	}
	if cur != nil && gen == cur.gen {
		s.seen = state
		return nil, nil
	}
	s.seq++
	file := filepath.Join(s.dir, fmt.Sprintf("snapshot-%d.db", s.seq))
	gen, err = graph.SnapshotBolt(ctx, cfg, file)
	if err != nil {
		return nil, describeHeld(err, cur)
	}
	snapCfg := cfg
	snapCfg.DB = file
	snap, err := open(ctx, snapCfg, file)
	if err != nil {
		os.Remove(file)
		return nil, err
	}
	s.seen = state
	return snap, nil
}

// nextLive opens the live store anew when its generation changed and an
// ingest has finished writing it (a SQL store: see snapshot). An ingest
// commits batch by batch, and saves the query model of the state it ends
// at once it has written (queries.SavedModelGeneration): until the saved
// model is of the live generation, the store is half-written and the
// current snapshot stays served. A store written by other programs, that
// never save a model, is taken again on the next lexgraph ingest.
func (s *stores) nextLive(ctx context.Context, cfg lexgraph.Config, cur *snapshot) (*snapshot, error) {
	if cur != nil {
		gen, saved, err := cur.liveGeneration(ctx)
		if err != nil || gen == cur.gen {
			return nil, err
		}
		if saved != gen {
			return nil, lexgraph.Errorf(lexgraph.EUNAVAILABLE, "the store is being written (generation %s, no query model saved for it yet): the state of %s is served until the ingest is done", gen, stamp(cur.taken))
		}
	}
	return open(ctx, cfg, "")
}

// liveGeneration asks the backend, past the pin, what the store's
// generation is now, and the generation of the query model saved in it.
func (s *snapshot) liveGeneration(ctx context.Context) (gen, saved string, err error) {
	st, err := graph.OpenReadOnly(ctx, s.cfg)
	if err != nil {
		return "", "", err
	}
	defer st.Close()
	if gen, err = st.Generation(ctx); err != nil {
		return "", "", err
	}
	saved, err = queries.SavedModelGeneration(ctx, st)
	return gen, saved, err
}

// open opens a snapshot's store read-only and loads what every request
// needs: the query model and the counts.
func open(ctx context.Context, cfg lexgraph.Config, file string) (*snapshot, error) {
	st, err := graph.OpenReadOnly(ctx, cfg)
	if err != nil {
		return nil, err
	}
	gen, err := st.Generation(ctx)
	if err != nil {
		st.Close()
		return nil, err
	}
	st.Pin(gen)
	m, err := queries.LoadModel(ctx, st)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("cannot read the store's contents: %w", err)
	}
	stats, err := queries.GetStats(ctx, st)
	if err != nil {
		st.Close()
		return nil, err
	}
	return &snapshot{st: st, cfg: cfg, gen: gen, model: m, stats: stats, taken: time.Now(), file: file,
		cache: newResponseCache(int64(cfg.Serve.CacheMB) << 20)}, nil
}

// describeHeld words a store held by an ingest as what it is for a
// server: a newer store coming.
func describeHeld(err error, cur *snapshot) error {
	if lexgraph.ErrorCode(err) != lexgraph.ECONFLICT {
		return err
	}
	if cur == nil {
		return lexgraph.Errorf(lexgraph.EUNAVAILABLE, "the store is being written (%v)", err)
	}
	return lexgraph.Errorf(lexgraph.EUNAVAILABLE, "the store is being written: the copy of %s is served until the writer is done (%v)", stamp(cur.taken), err)
}

// close closes the current snapshot and removes the copies' folder.
func (s *stores) close() {
	s.refreshing.Lock()
	defer s.refreshing.Unlock()
	s.mu.Lock()
	if s.cur != nil {
		s.cur.retired.Store(true)
		s.cur.close()
		s.cur = nil
	}
	s.mu.Unlock()
	if s.dir != "" {
		os.RemoveAll(s.dir)
	}
}
