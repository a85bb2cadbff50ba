package server

import (
	"context"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lexgraph/graph"
	"lexgraph/internal/benchstore"
	"lexgraph/queries"
)

// The load benchmark: 32 concurrent clients over the named endpoints of a
// server on loopback, serving the generated legislature of
// internal/benchstore (100,000 questions; built once, minutes). Each mode
// reports the latencies' p50, p95 and p99 and the requests per second:
//
//	go test ./server -run XXX -bench ServeLoad -benchtime 20000x -timeout 60m
//
// cold makes every answer anew (serve.cache_mb 0); warm keeps them, after
// a first pass over the requests; cold+raw keeps two clients sending heavy
// raw queries (stopped at their time limit) the whole time, to show that
// they do not starve the named queries.

// loadTargets are the named endpoints the clients ask, with names drawn
// from the store: instruments, deputies, ministries, questions.
func loadTargets(b *testing.B, m *queries.Model) []string {
	r := rand.New(rand.NewPCG(1, 2))
	var out []string
	pick := func(n int) int { return r.IntN(n) }
	for i := 0; i < 200; i++ {
		in := m.Instruments[pick(len(m.Instruments))]
		dep := m.Deputies[pick(len(m.Deputies))]
		min := m.Ministries[pick(len(m.Ministries))]
		q := m.Questions[pick(len(m.Questions))]
		out = append(out,
			"/api/v1/query/citing?limit=50&instrument="+url.QueryEscape(in.Node),
			"/api/v1/query/instrument?limit=20&instrument="+url.QueryEscape(in.Node),
			"/api/v1/query/deputy?limit=20&deputy="+url.QueryEscape(dep.Node),
			"/api/v1/query/ministry?limit=20&ministry="+url.QueryEscape(min.Node),
			"/api/v1/query/question?question="+url.QueryEscape(q.UID),
			"/api/v1/query/search?limit=8&name="+url.QueryEscape(firstWord(in.Label)),
			"/api/v1/query/cited?limit=20&numbers=5",
			"/api/v1/query/links?limit=50",
			"/api/v1/query/delays",
			"/api/v1/query/redirected?limit=50",
			"/api/v1/stats",
		)
	}
	return out
}

func firstWord(s string) string {
	for i, r := range s {
		if r == ' ' {
			return s[:i]
		}
	}
	return s
}

func BenchmarkServeLoad(b *testing.B) {
	path := benchstore.Store(b, func(ctx context.Context, st *graph.Store) error {
		_, err := queries.LoadModel(ctx, st)
		return err
	})
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 128}, Timeout: time.Minute}
	for _, mode := range []struct {
		name      string
		cacheMB   int
		raw, fill bool
	}{
		{"cold", 0, false, false}, // every answer made anew
		{"warm", 64, false, true}, // the answers kept, after a first pass
		{"cold+raw", 0, true, false},
	} {
		cfg := benchstore.Config(path)
		cfg.Serve.MaxRows = 1000
		cfg.Serve.QueryTimeout = 2 * time.Second
		cfg.Serve.CacheMB = mode.cacheMB
		s, err := New(context.Background(), cfg, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		snap, err := s.stores.acquire()
		if err != nil {
			b.Fatal(err)
		}
		targets := loadTargets(b, snap.model)
		snap.release()
		srv := httptest.NewServer(s.Handler())
		if mode.fill {
			for _, t := range targets {
				if resp, err := client.Get(srv.URL + t); err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
			}
		}
		b.Run(mode.name, func(b *testing.B) { loadRun(b, client, srv.URL, targets, mode.raw) })
		srv.Close()
		s.Close()
	}
}

// loadRun sends b.N requests from 32 clients and reports their latencies;
// with raw, two more clients send heavy raw queries the whole time.
func loadRun(b *testing.B, client *http.Client, base string, targets []string, raw bool) {
	const clients = 32
	stop := make(chan struct{})
	var rawDone sync.WaitGroup
	var rawAnswers atomic.Int64
	if raw {
		for i := 0; i < 2; i++ {
			rawDone.Add(1)
			go func() {
				defer rawDone.Done()
				for {
					select {
					case <-stop:
						return
					default:
					}
					resp, err := client.Post(base+"/api/v1/gizmo?timeout=1s", "text/plain",
						strings.NewReader(`g.emit(g.V().Out().In().Out().In().Count())`))
					if err == nil {
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						rawAnswers.Add(1)
					}
				}
			}()
		}
	}
	var next, failed atomic.Int64
	lat := make([][]time.Duration, clients)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				resp, err := client.Get(base + targets[int(i)%len(targets)])
				if err != nil {
					failed.Add(1)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					failed.Add(1)
				}
				lat[c] = append(lat[c], time.Since(t0))
			}
		}(c)
	}
	wg.Wait()
	took := time.Since(start)
	b.StopTimer()
	close(stop)
	rawDone.Wait()
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	slices.Sort(all)
	q := func(p float64) float64 {
		if len(all) == 0 {
			return 0
		}
		return float64(all[min(len(all)-1, int(p*float64(len(all))))].Microseconds()) / 1000
	}
	b.ReportMetric(q(0.50), "p50-ms")
	b.ReportMetric(q(0.95), "p95-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	b.ReportMetric(float64(b.N)/took.Seconds(), "req/s")
	b.ReportMetric(float64(failed.Load()), "failed")
	if raw {
		b.ReportMetric(float64(rawAnswers.Load()), "raw-answered")
	}
	if failed.Load() > 0 {
		b.Errorf("%d requests failed", failed.Load())
	}
}
