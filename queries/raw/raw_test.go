package raw_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lexgraph"
	"lexgraph/graph"
	"lexgraph/queries/raw"
)

func TestMain(m *testing.M) {
	raw.RunChildIfAsked()
	os.Exit(m.Run())
}

// hubStore writes a bolt store where n nodes all link to one hub and to
// each other's neighbour: g.V().Out().In().Out().In() walks n⁴ paths.
func hubStore(t *testing.T, n int) lexgraph.Config {
	t.Helper()
	cfg := lexgraph.DefaultConfig()
	cfg.DB = filepath.Join(t.TempDir(), "hub.db")
	cfg.Store.NoSync = true
	st, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	var quads []graph.Quad
	for i := 0; i < n; i++ {
		node := fmt.Sprintf("node/%d", i)
		quads = append(quads,
			graph.Quad{Subject: node, Predicate: "links", Object: graph.IRI("hub"), Label: "doc/hub"},
			graph.Quad{Subject: node, Predicate: "name", Object: graph.String(fmt.Sprintf("n%d", i)), Label: "doc/hub"})
	}
	if _, err := st.Replace(context.Background(), []graph.DocQuads{{Label: "doc/hub", Quads: quads}}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return cfg
}

func request(cfg lexgraph.Config, query string, l raw.Limits) raw.Request {
	return raw.Request{Lang: "gizmo", Query: query, Limits: l, Backend: cfg.Backend, DB: cfg.DB, OpenTimeout: time.Second}
}

func TestRunAnswers(t *testing.T) {
	cfg := hubStore(t, 50)
	r := raw.NewRunner(2)
	res, err := r.Run(context.Background(), request(cfg, `g.V("<hub>").In("<links>").Out("<name>").All()`, raw.Limits{Timeout: 10 * time.Second, Results: 1000}))
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 50 {
		t.Fatalf("%d results, want 50", len(res))
	}
	var first map[string]any
	if err := json.Unmarshal(res[0], &first); err != nil || !strings.HasPrefix(fmt.Sprint(first["id"]), "n") {
		t.Fatalf("result %s: %v", res[0], err)
	}
	res, err = r.Run(context.Background(), request(cfg, `g.V("<hub>").In("<links>").All()`, raw.Limits{Timeout: 10 * time.Second, Results: 7}))
	if err != nil || len(res) != 7 {
		t.Fatalf("with a limit of 7: %d results, %v", len(res), err)
	}
}

// TestRunawayStops runs queries that never end by themselves and checks
// that each is stopped at its limit, with the right error, within the
// limit plus one second, as lexgraph promises.
func TestRunawayStops(t *testing.T) {
	cfg := hubStore(t, 3000)
	for _, tt := range []struct {
		name, query string
		limits      raw.Limits
		code        string
		within      time.Duration
	}{
		// the limit plus a second, and a second more for a machine whose
		// cores the other packages' tests hold (go test runs them side by
		// side)
		{"endless loop", `while (true) {}`, raw.Limits{Timeout: time.Second}, lexgraph.ETIMEOUT, 3 * time.Second},
		{"heavy walk", `g.emit(g.V().Out().In().Out().In().Count())`, raw.Limits{Timeout: time.Second}, lexgraph.ETIMEOUT, 3 * time.Second},
		{"growing array", `var a = []; while (true) { a.push("some text to take room " + a.length) }`, raw.Limits{Timeout: time.Minute, Memory: 64 << 20}, lexgraph.ELIMIT, time.Minute},
		{"large output", `g.V().All()`, raw.Limits{Timeout: time.Minute, Output: 1000}, lexgraph.ELIMIT, time.Minute},
	} {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := raw.NewRunner(1).Run(context.Background(), request(cfg, tt.query, tt.limits))
			took := time.Since(start)
			if lexgraph.ErrorCode(err) != tt.code {
				t.Fatalf("error %v (code %q), want code %q", err, lexgraph.ErrorCode(err), tt.code)
			}
			if took > tt.within {
				t.Fatalf("stopped after %v, more than %v", took, tt.within)
			}
			t.Logf("%v: %v", took, err)
		})
	}
}

func TestRunRefusesBadQueries(t *testing.T) {
	cfg := hubStore(t, 5)
	r := raw.NewRunner(1)
	_, err := r.Run(context.Background(), request(cfg, `g.V(`, raw.Limits{Timeout: 5 * time.Second}))
	if lexgraph.ErrorCode(err) != lexgraph.EINVALID {
		t.Errorf("syntax error: %v (code %q)", err, lexgraph.ErrorCode(err))
	}
	req := request(cfg, `g.V().All()`, raw.Limits{Timeout: 5 * time.Second})
	req.Lang = "sparql"
	if _, err := r.Run(context.Background(), req); lexgraph.ErrorCode(err) != lexgraph.EINVALID {
		t.Errorf("unknown language: %v", err)
	}
	req = request(cfg, `g.V().All()`, raw.Limits{Timeout: 5 * time.Second})
	req.DB = filepath.Join(t.TempDir(), "none.db")
	if _, err := r.Run(context.Background(), req); lexgraph.ErrorCode(err) != lexgraph.ENOTFOUND {
		t.Errorf("no store: %v", err)
	}
}

// TestRunSlots checks that a runner with every slot taken refuses the next
// query as unavailable after its wait, and that a cancelled request kills
// its child.
func TestRunSlots(t *testing.T) {
	cfg := hubStore(t, 5)
	r := raw.NewRunner(1)
	r.Wait = 50 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	first := make(chan error, 1)
	go func() {
		_, err := r.Run(ctx, request(cfg, `while (true) {}`, raw.Limits{Timeout: time.Minute}))
		first <- err
	}()
	for r.Running() == 0 {
		select {
		case err := <-first:
			t.Fatalf("the first query ended: %v", err)
		default:
		}
	}
	_, err := r.Run(context.Background(), request(cfg, `g.V().All()`, raw.Limits{Timeout: time.Second}))
	if lexgraph.ErrorCode(err) != lexgraph.EUNAVAILABLE {
		t.Fatalf("second query with the slot taken: %v", err)
	}
	cancel()
	if err := <-first; err != context.Canceled {
		t.Fatalf("cancelled query: %v", err)
	}
	if r.Running() != 0 {
		t.Fatalf("%d running after the cancelled query", r.Running())
	}
}
