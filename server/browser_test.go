package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The browser tests drive a real headless Chromium (Debian's chromium
// package) through the journey of a journalist: search, an instrument, a
// question, a deputy, a ministry's delays, the graphs, the console. They
// skip, saying what is missing, when no Chromium can be found, unless
// LEXGRAPH_REQUIRE_BROWSER is set (CI sets it, having installed one).
// LEXGRAPH_SCREENSHOTS=DIR keeps a picture of each page, to look at.

// chromium finds the browser: LEXGRAPH_CHROMIUM, else chromium on PATH.
func chromium(t *testing.T) string {
	t.Helper()
	candidates := []string{os.Getenv("LEXGRAPH_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	msg := "no Chromium found (install Debian's chromium package: apt-get install chromium, or set LEXGRAPH_CHROMIUM to a Chrome or Chromium binary)"
	if os.Getenv("LEXGRAPH_REQUIRE_BROWSER") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// browser is one headless Chromium and the problems its pages reported:
// script errors, console errors, content policy violations.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	problems []string
	shots    string
}

func newBrowser(t *testing.T) *browser {
	exe := chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox, // as root in CI
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTime(); cancelCtx(); cancelAlloc() })
	b := &browser{ctx: ctx, shots: os.Getenv("LEXGRAPH_SCREENSHOTS")}
	messages := chromedp.Console(ctx) // starts the browser
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				b.mu.Lock()
				b.problems = append(b.problems, m.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// do runs browser steps, failing the test on an error.
func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// text returns an element's text.
func (b *browser) text(t *testing.T, css string) string {
	t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		t.Fatalf("text of %s: %v", css, err)
	}
	return s
}

// attr returns an element's attribute.
func (b *browser) attr(t *testing.T, css, name string) string {
	t.Helper()
	a, err := chromedp.Run(b.ctx, chromedp.AttributeValue(chromedp.CSS(css), name))
	if err != nil {
		t.Fatalf("attribute %s of %s: %v", name, css, err)
	}
	return a.Value
}

// drawn waits until the script set a count on an element (data-points,
// data-nodes: once it drew from the API's answer) and returns it.
func (b *browser) drawn(t *testing.T, css, data string) int {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Poll[string](
		fmt.Sprintf(`(document.querySelector(%q) || {dataset: {}}).dataset[%q]`, css, data),
		chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		t.Fatalf("%s never drawn: %v", css, err)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		t.Fatalf("%s: %s %q", css, data, v)
	}
	return n
}

// check fails the test with the problems the pages reported so far.
func (b *browser) check(t *testing.T, page string) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		t.Errorf("%s: %s", page, p)
	}
	b.problems = nil
}

// shot keeps a picture of the page when LEXGRAPH_SCREENSHOTS is set.
func (b *browser) shot(t *testing.T, name string) {
	if b.shots == "" {
		return
	}
	img, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(filepath.Join(b.shots, name+".png"), img, 0o644); err != nil {
		t.Error(err)
	}
}

func TestBrowserJourney(t *testing.T) {
	b := newBrowser(t)
	s := sampleServer(t)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	u := srv.URL

	// Home: type "Budapest", take the suggestion, reach the instrument.
	b.do(t, "search Budapest",
		chromedp.Navigate(u+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), "Budapest"),
		chromedp.WaitVisible(chromedp.CSS("#suggestions a")),
	)
	if href := b.attr(t, "#suggestions a", "href"); !strings.HasSuffix(href, "/instrument/traite/coe-185") {
		t.Fatalf("first suggestion for Budapest: %q", href)
	}
	b.shot(t, "1-home")
	b.do(t, "open the instrument", chromedp.Click(chromedp.CSS("#suggestions a")), chromedp.WaitVisible(chromedp.ID("citant")))
	if title := b.text(t, "h1"); !strings.Contains(title, "cybercriminalité") {
		t.Errorf("instrument page title %q", title)
	}
	if n := b.drawn(t, `canvas[data-chart="years"]`, "points"); n == 0 {
		t.Error("the chart of citations by year has no bar")
	}
	links, err := chromedp.Run(b.ctx, chromedp.AttributesAll(chromedp.CSSAll(`ol.citing a[href^="/question/"]`)))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, a := range links {
		listed[a["href"]] = true
	}
	for _, q := range []string{"/question/QANR5L14QE81473", "/question/QANR5L14QE50860"} {
		if !listed[q] {
			t.Errorf("the instrument page does not list %s (it lists %v)", q, listed)
		}
	}
	b.shot(t, "2-instrument")
	b.check(t, "instrument")

	// A question: the law of 13 November 2014 highlighted and linked;
	// follow it to its instrument.
	law := `a.mention[href="/instrument/loi/2014-1353"]`
	b.do(t, "open question 81473", chromedp.Navigate(u+"/question/QANR5L14QE81473"), chromedp.WaitVisible(chromedp.CSS(law)))
	if m := b.text(t, law); m != "loi du 13 novembre 2014" {
		t.Errorf("mention %q", m)
	}
	b.shot(t, "3-question")
	b.do(t, "follow the mention", chromedp.Click(chromedp.CSS(law)), chromedp.WaitVisible(chromedp.ID("citant")))
	if title := b.text(t, "h1"); !strings.Contains(title, "2014-1353") {
		t.Errorf("after following the mention: %q", title)
	}
	b.check(t, "question")

	// A deputy; the instruments cited, in a table sorted in place by its
	// header.
	b.do(t, "deputy", chromedp.Navigate(u+"/depute/jacques-cresta"), chromedp.WaitVisible(chromedp.CSS("#questions table")))
	if title := b.text(t, "h1"); title != "M. Jacques Cresta" {
		t.Errorf("deputy page %q", title)
	}
	b.shot(t, "4-deputy")
	b.check(t, "deputy")
	counts := func() []int {
		vals, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#lignes tbody tr")].map(r => r.cells[3].dataset.sort)`))
		if err != nil {
			t.Fatal(err)
		}
		var out []int
		for _, v := range vals {
			n, _ := strconv.Atoi(v)
			out = append(out, n)
		}
		return out
	}
	b.do(t, "cited", chromedp.Navigate(u+"/cites"), chromedp.WaitVisible(chromedp.CSS("#lignes table")))
	if b.text(t, `#lignes th:nth-child(4)`) != "Questions" {
		t.Fatalf("fourth column %q", b.text(t, `#lignes th:nth-child(4)`))
	}
	b.do(t, "sort", chromedp.Click(chromedp.CSS(`#lignes th a[data-key="count"]`)))
	asc := counts()
	b.do(t, "sort back", chromedp.Click(chromedp.CSS(`#lignes th a[data-key="count"]`)))
	desc := counts()
	if len(asc) < 5 || !sort.IntsAreSorted(asc) || asc[0] == asc[len(asc)-1] {
		t.Errorf("sorted ascending: %v", asc)
	}
	if !sort.SliceIsSorted(desc, func(i, j int) bool { return desc[i] > desc[j] }) || desc[0] != asc[len(asc)-1] {
		t.Errorf("sorted descending: %v", desc)
	}
	if a := b.attr(t, `#lignes th:nth-child(4)`, "aria-sort"); a != "descending" {
		t.Errorf("aria-sort %q", a)
	}
	b.check(t, "cited")

	// A ministry's delays chart.
	b.do(t, "ministry", chromedp.Navigate(u+"/ministere/justice"))
	if n := b.drawn(t, `canvas[data-chart="delays"]`, "points"); n == 0 {
		t.Error("the delays histogram has no bar")
	}
	b.shot(t, "5-ministry")
	b.check(t, "ministry")

	// The neighbourhood and the path, drawn.
	b.do(t, "neighbourhood", chromedp.Navigate(u+"/graphe?noeud=cresta"))
	if nodes, edges := b.drawn(t, "figure[data-graph]", "nodes"), b.drawn(t, "figure[data-graph]", "edges"); nodes < 3 || edges < 2 {
		t.Errorf("neighbourhood drawn with %d nodes and %d links", nodes, edges)
	}
	b.shot(t, "6-graph")
	b.do(t, "path", chromedp.Navigate(u+"/chemin?de=cresta&a=budapest"))
	if n := b.drawn(t, "figure[data-graph]", "nodes"); n != 3 {
		t.Errorf("path drawn with %d nodes, want 3 (deputy, question, convention)", n)
	}
	b.shot(t, "7-path")
	b.check(t, "graphs")

	// The console: a Gizmo query run from the page.
	b.do(t, "console",
		chromedp.Navigate(u+"/console"),
		chromedp.WaitVisible(chromedp.CSS(`textarea[name="q"]`)),
		chromedp.SetValue(chromedp.CSS(`textarea[name="q"]`), `g.V("<instrument/traite/coe-185>").In("<cites_in_answer>").Out("<number>").All()`),
		chromedp.Click(chromedp.CSS("form.console button")),
	)
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](`document.getElementById("result").textContent.includes("81473")`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("console: %v (result %q)", err, b.text(t, "#result"))
	}
	if r := b.text(t, "#result"); !strings.Contains(r, "50860") {
		t.Errorf("console result %q", r)
	}
	b.shot(t, "8-console")
	b.check(t, "console")
}
