package server

import (
	"bytes"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"reflect"
	"strconv"
	"strings"
	"time"

	"lexgraph"
	"lexgraph/queries"
)

// The web explorer: pages rendered on the server from the queries' own
// results, that work without JavaScript; the script (assets/static/app.js)
// adds suggestions as one types, sorting in place, the charts and the
// graphs, which it draws from the API's JSON, so that what a page shows is
// what the API says. Every page is a GET with its parameters in its URL:
// its address is its permalink.

const (
	chartJS     = "vendor/chart-4.6.1.umd.min.js"
	cytoscapeJS = "vendor/cytoscape-3.35.0.min.js"
)

// page is what every page's template gets.
type page struct {
	Title string
	// API is the API's URL of the data the page shows.
	API     string
	Scripts []string
	// Search is the search box's text.
	Search string
	Data   any
}

func (s *Server) explorerRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", s.pageHome)
	mux.HandleFunc("GET /recherche", s.pageSearch)
	mux.HandleFunc("GET /instrument/{id...}", s.pageInstrument)
	mux.HandleFunc("GET /question/{uid}", s.pageQuestion)
	mux.HandleFunc("GET /depute/{id...}", s.pageDeputy)
	mux.HandleFunc("GET /ministere/{id...}", s.pageMinistry)
	for _, l := range listPages {
		mux.HandleFunc("GET "+l.path, func(w http.ResponseWriter, r *http.Request) { s.pageList(w, r, l) })
	}
	mux.HandleFunc("GET /chemin", s.pagePath)
	mux.HandleFunc("GET /graphe", s.pageGraph)
	mux.HandleFunc("GET /console", s.pageConsole)
	mux.HandleFunc("GET /noeud", func(w http.ResponseWriter, r *http.Request) {
		s.with(w, r, func(snap *snapshot) error {
			c, err := queries.Resolve(snap.model, r.URL.Query().Get("n"))
			if err != nil {
				return err
			}
			http.Redirect(w, r, nodeURL(c.Node), http.StatusSeeOther)
			return nil
		})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, lexgraph.Errorf(lexgraph.ENOTFOUND, "pas de page %s", r.URL.Path))
	})
}

// templateFuncs are the helpers the templates use.
var templateFuncs = template.FuncMap{
	"date":  frenchDate,
	"value": valueLabel,
	"node":  nodeURL,
	"join":  strings.Join,
	"api": func(p string, kv ...string) string {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] != "" {
				v.Set(kv[i], kv[i+1])
			}
		}
		return p + "?" + v.Encode()
	},
	"site":   siteName,
	"fields": fields,
	"list":   func(n ...int) []int { return n },
	"at": func(list []string, i int) string {
		if i < 0 || i >= len(list) {
			return ""
		}
		return list[i]
	},
	"part": func(p string) string {
		switch p {
		case "question":
			return "Texte de la question"
		case "answer":
			return "Texte de la réponse"
		}
		return valueLabel(p)
	},
}

// siteName names the site of an official link.
func siteName(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return link
	}
	switch {
	case strings.HasSuffix(u.Host, "legifrance.gouv.fr"):
		return "Légifrance"
	case strings.HasSuffix(u.Host, "eur-lex.europa.eu"):
		return "EUR-Lex"
	case strings.HasSuffix(u.Host, "coe.int"):
		return "Conseil de l'Europe"
	}
	return u.Host
}

// field is one line of an identity: a label and a value.
type field struct{ Label, Value string }

// fields lists the fields of a report's identity struct (its json
// fields, named in French), leaving out the empty ones and the nodes.
func fields(info any) []field {
	v := reflect.ValueOf(info)
	rows := reflect.MakeSlice(reflect.SliceOf(v.Type()), 0, 1)
	rows = reflect.Append(rows, v)
	cols, cells := queries.Table(rows.Interface())
	var out []field
	for i, c := range cols {
		if hidden(c) || cells[0][i] == "" {
			continue
		}
		label := infoLabels[c]
		if label == "" {
			label = columnLabel(c)
		}
		out = append(out, field{label, cells[0][i]})
	}
	return out
}

// parsePages parses each page's template with the layout and the parts
// every page shares.
func parsePages() (map[string]*template.Template, error) {
	files, err := fs.Glob(assets, "assets/templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, f := range files {
		name := path.Base(f)
		if name == "layout.html" {
			continue
		}
		t, err := template.New(name).Funcs(templateFuncs).ParseFS(assets, "assets/templates/layout.html", f)
		if err != nil {
			return nil, err
		}
		pages[strings.TrimSuffix(name, ".html")] = t
	}
	return pages, nil
}

// render writes a page; a template that fails is a server error, reported
// whole rather than as half a page.
func (s *Server) render(w http.ResponseWriter, status int, name string, p page) {
	var b bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&b, "layout", p); err != nil {
		s.log.Printf("page %s: %v", name, err)
		http.Error(w, "erreur interne", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// errorPage shows an error as a page, with the candidates of an ambiguous
// name as links.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, err error) {
	status, body := describe(err, s.log)
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "2")
	}
	titles := map[int]string{400: "Demande invalide", 404: "Introuvable", 409: "Nom ambigu", 413: "Demande trop grande",
		422: "Requête arrêtée", 503: "Indisponible pour l'instant", 500: "Erreur interne"}
	s.render(w, status, "error", page{Title: titles[status], Data: body})
}

// ---- home ----

type homeData struct {
	Stats queries.Stats
	Cited *table
}

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	s.withCached(w, r, func(w http.ResponseWriter, snap *snapshot) error {
		q, _ := queries.Lookup("cited")
		res, err := s.runQuery(r.Context(), snap, q, url.Values{"limit": {"10"}, "numbers": {"5"}})
		if err != nil {
			return err
		}
		t := makeTable("Les instruments les plus cités", "cites", res.rows, nil, "/api/v1/query/cited?limit=10&format=csv")
		s.render(w, http.StatusOK, "home", page{Title: "Accueil", API: "/api/v1/stats", Data: homeData{Stats: snap.stats, Cited: t}})
		return nil
	})
}

// ---- search ----

type searchData struct {
	Query string
	Rows  []queries.SearchRow
}

// pageSearch resolves a name as the command line does: when the best tier
// holds one node, it opens that node's page; else it lists the nodes.
func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.URL.Query().Get("q"))
	s.with(w, r, func(snap *snapshot) error {
		rows, err := queries.Search(r.Context(), snap.st, queries.SearchOptions{Name: name, Limit: 50})
		if err != nil {
			return err
		}
		if len(rows) == 1 || len(rows) > 1 && rows[0].Match != rows[1].Match {
			http.Redirect(w, r, nodeURL(rows[0].Node), http.StatusSeeOther)
			return nil
		}
		s.render(w, http.StatusOK, "search", page{Title: "Recherche", Search: name,
			API: "/api/v1/query/search?" + url.Values{"name": {name}}.Encode(), Data: searchData{Query: name, Rows: rows}})
		return nil
	})
}

// ---- instrument ----

type instrumentData struct {
	Info     queries.InstrumentInfo
	Years    *table
	Articles *table
	Wordings *table
	Beside   *table
	Citing   []citingRow
	Cut      bool
}

type citingRow struct {
	queries.CitingRow
	Sentence []run
}

// citingShown is how many citing questions an instrument's page lists.
const citingShown = 200

func (s *Server) pageInstrument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	s.withCached(w, r, func(w http.ResponseWriter, snap *snapshot) error {
		rep, err := queries.InstrumentReportOf(r.Context(), snap.st, queries.InstrumentOptions{Instrument: "instrument/" + id})
		if err != nil {
			return err
		}
		rows, err := queries.Citing(r.Context(), snap.st, queries.CitingOptions{Instrument: "instrument/" + id, Limit: citingShown + 1})
		if err != nil {
			return err
		}
		d := instrumentData{Info: rep.Instrument}
		if len(rows) > citingShown {
			rows, d.Cut = rows[:citingShown], true
		}
		api := "/api/v1/query/instrument?" + url.Values{"instrument": {rep.Instrument.Node}}.Encode()
		d.Years = makeTable("Citations par année", "annees", rep.Years, r.URL, api+"&format=csv")
		d.Articles = makeTable("Articles cités", "articles", rep.Articles, r.URL, "").relabel("value", "Article")
		d.Wordings = makeTable("Formulations", "formulations", rep.Wordings, r.URL, "").relabel("value", "Formulation")
		d.Beside = makeTable("Cités à côté (par les mêmes questions)", "cotes", rep.Beside, r.URL, "")
		for _, c := range rows {
			d.Citing = append(d.Citing, citingRow{CitingRow: c, Sentence: highlight(c.Sentence, c.Wordings)})
		}
		s.render(w, http.StatusOK, "instrument", page{Title: rep.Instrument.Label, API: api, Scripts: []string{chartJS}, Data: d})
		return nil
	})
}

// ---- question ----

type questionData struct {
	Q         queries.QuestionInfo
	Texts     []questionText
	Citations *table
}

type questionText struct {
	Part string
	Runs []run
}

func (s *Server) pageQuestion(w http.ResponseWriter, r *http.Request) {
	uid := r.PathValue("uid")
	s.withCached(w, r, func(w http.ResponseWriter, snap *snapshot) error {
		rep, err := queries.QuestionReportOf(r.Context(), snap.st, queries.QuestionOptions{Question: uid})
		if err != nil {
			return err
		}
		labels := map[string]string{}
		for _, c := range rep.Citations {
			labels[c.ID] = c.Label
		}
		d := questionData{Q: rep.Question}
		for _, t := range rep.Texts {
			d.Texts = append(d.Texts, questionText{Part: t.Part, Runs: annotate(t.Text, t.Spans, labels)})
		}
		api := "/api/v1/query/question?" + url.Values{"question": {rep.Question.UID}}.Encode()
		d.Citations = makeTable("Instruments cités", "citations", rep.Citations, r.URL, api+"&format=csv")
		title := "Question " + rep.Question.Question
		if rep.Question.Legislature > 0 && rep.Question.Number > 0 {
			title = "Question n° " + strconv.Itoa(rep.Question.Number) + " (" + strconv.Itoa(rep.Question.Legislature) + "ᵉ législature)"
		}
		s.render(w, http.StatusOK, "question", page{Title: title, API: api, Data: d})
		return nil
	})
}

// ---- deputy, ministry ----

type reportData struct {
	Info   any
	Delays *queries.DelayRow
	Tables []*table
	Form   *form
	// Chart is the API's URL the histogram is drawn from.
	Chart string
	Graph string
}

func (s *Server) pageDeputy(w http.ResponseWriter, r *http.Request) {
	node := "deputy/" + r.PathValue("id")
	q, _ := queries.Lookup("deputy")
	values := queryValues(q, r.URL.Query())
	values.Set("deputy", node)
	s.withCached(w, r, func(w http.ResponseWriter, snap *snapshot) error {
		res, err := s.runQuery(r.Context(), snap, q, values)
		if err != nil {
			return err
		}
		rep := res.rows.(*queries.DeputyReport)
		api := "/api/v1/query/deputy?" + values.Encode()
		d := reportData{Info: rep.Deputy, Form: makeForm(r.URL.Path, q, r.URL.Query(), "limit"),
			Graph: "/graphe?" + url.Values{"noeud": {node}}.Encode()}
		d.Tables = []*table{
			makeTable("Questions posées", "questions", rep.Questions, r.URL, api+"&format=csv"),
			makeTable("Ministères interrogés et qui répondent", "ministeres", rep.Ministries, r.URL, ""),
			makeTable("Instruments cités dans les réponses reçues", "instruments", rep.Instruments, r.URL, ""),
		}
		s.render(w, http.StatusOK, "report", page{Title: rep.Deputy.Name, API: api, Data: d})
		return nil
	})
}

func (s *Server) pageMinistry(w http.ResponseWriter, r *http.Request) {
	node := "ministry/" + r.PathValue("id")
	q, _ := queries.Lookup("ministry")
	values := queryValues(q, r.URL.Query())
	values.Set("ministry", node)
	s.withCached(w, r, func(w http.ResponseWriter, snap *snapshot) error {
		res, err := s.runQuery(r.Context(), snap, q, values)
		if err != nil {
			return err
		}
		rep := res.rows.(*queries.MinistryReport)
		api := "/api/v1/query/ministry?" + values.Encode()
		d := reportData{Info: rep.Ministry, Delays: &rep.Delays, Form: makeForm(r.URL.Path, q, r.URL.Query(), "limit"),
			Chart: api, Graph: "/graphe?" + url.Values{"noeud": {node}}.Encode()}
		d.Tables = []*table{
			makeTable("Délais de réponse, par mois", "delais", delayRows(rep.Histogram), r.URL, api+"&format=csv"),
			makeTable("Députés qui l'interrogent", "deputes", rep.Deputies, r.URL, ""),
			makeTable("Groupes", "groupes", rep.Groups, r.URL, ""),
			makeTable("Instruments cités dans ses réponses", "instruments", rep.Instruments, r.URL, ""),
		}
		s.render(w, http.StatusOK, "report", page{Title: "Ministère : " + rep.Ministry.Name, API: api, Scripts: []string{chartJS},
			Data: d})
		return nil
	})
}

// delayRow is a bin of the delays histogram as the ministry's page lists
// it: the bins that hold answers, their bounds in words.
type delayRow struct {
	Delay     string `json:"delay"`
	Questions int    `json:"questions"`
}

func delayRows(bins []queries.DelayBin) []delayRow {
	rows := []delayRow{}
	for _, b := range bins {
		if b.Questions == 0 {
			continue
		}
		d := strconv.Itoa(b.From) + " à " + strconv.Itoa(b.To) + " jours"
		if b.To < 0 {
			d = strconv.Itoa(b.From) + " jours et plus"
		}
		rows = append(rows, delayRow{d, b.Questions})
	}
	return rows
}

// ---- lists ----

// listPage is a page of one named query's rows, with its options as a
// form.
type listPage struct {
	path, query, title, intro string
}

var listPages = []listPage{
	{"/cites", "cited", "Instruments cités", "Les instruments classés par le nombre de questions qui les citent. Filtrez par partie, nature, ministère, rubrique, législature, dates, député ou groupe."},
	{"/liens", "links", "Députés → ministères", "Combien de questions chaque député (ou groupe) a adressées à chaque ministère, et quel ministère en a été l'attributaire (celui qui répond)."},
	{"/reattribuees", "redirected", "Questions réattribuées", "Les questions auxquelles un autre ministère que celui interrogé a répondu (le dernier attributaire)."},
	{"/delais", "delays", "Délais de réponse", "Par ministère qui répond : les jours entre la publication de la question au Journal officiel et celle de la réponse."},
}

type listData struct {
	Intro string
	Form  *form
	Table *table
}

func (s *Server) pageList(w http.ResponseWriter, r *http.Request, l listPage) {
	q, _ := queries.Lookup(l.query)
	values := queryValues(q, r.URL.Query())
	s.withCached(w, r, func(w http.ResponseWriter, snap *snapshot) error {
		res, err := s.runQuery(r.Context(), snap, q, values)
		if err != nil {
			return err
		}
		api := "/api/v1/query/" + q.Name
		if len(values) > 0 {
			api += "?" + values.Encode()
		}
		csv := api + sep(api) + "format=csv"
		t := makeTable(l.title, "lignes", res.rows, r.URL, csv)
		t.Cut = res.cut
		s.render(w, http.StatusOK, "list", page{Title: l.title, API: api,
			Data: listData{Intro: l.intro, Form: makeForm(r.URL.Path, q, r.URL.Query()), Table: t}})
		return nil
	})
}

func sep(u string) string {
	if strings.Contains(u, "?") {
		return "&"
	}
	return "?"
}

// ---- path and graph ----

type pathData struct {
	From, To string
	Steps    *table
	API      string
	Err      *apiError
}

func (s *Server) pagePath(w http.ResponseWriter, r *http.Request) {
	from, to := strings.TrimSpace(r.URL.Query().Get("de")), strings.TrimSpace(r.URL.Query().Get("a"))
	d := pathData{From: from, To: to}
	if from == "" || to == "" {
		s.render(w, http.StatusOK, "path", page{Title: "Chemin entre deux nœuds", Data: d})
		return
	}
	s.withCached(w, r, func(w http.ResponseWriter, snap *snapshot) error {
		steps, err := queries.Path(r.Context(), snap.st, queries.PathOptions{From: from, To: to})
		status := http.StatusOK
		if err != nil {
			st, body := describe(err, s.log)
			if st == http.StatusInternalServerError {
				return err
			}
			status, d.Err = st, &body
		}
		d.API = "/api/v1/query/path?" + url.Values{"from": {from}, "to": {to}}.Encode()
		d.Steps = makeTable("Le chemin", "etapes", steps, nil, d.API+"&format=csv")
		s.render(w, status, "path", page{Title: "Chemin entre deux nœuds", API: d.API, Scripts: []string{cytoscapeJS}, Data: d})
		return nil
	})
}

type graphData struct {
	Node  string
	Depth int
	Nodes *table
	API   string
	Label string
}

func (s *Server) pageGraph(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.URL.Query().Get("noeud"))
	depth, _ := strconv.Atoi(r.URL.Query().Get("profondeur"))
	if depth < 1 || depth > queries.MaxNeighbourDepth {
		depth = 1
	}
	if name == "" {
		s.render(w, http.StatusOK, "graph", page{Title: "Voisinage d'un nœud", Data: graphData{Depth: depth}})
		return
	}
	s.withCached(w, r, func(w http.ResponseWriter, snap *snapshot) error {
		rep, err := queries.Neighbours(r.Context(), snap.st, queries.NeighboursOptions{Node: name, Depth: depth})
		if err != nil {
			return err
		}
		api := "/api/v1/query/neighbours?" + url.Values{"node": {rep.Nodes[0].Node}, "depth": {strconv.Itoa(depth)}}.Encode()
		d := graphData{Node: rep.Nodes[0].Node, Label: rep.Nodes[0].Label, Depth: depth, API: api,
			Nodes: makeTable("Les nœuds", "noeuds", rep.Nodes, r.URL, api+"&format=csv")}
		s.render(w, http.StatusOK, "graph", page{Title: "Voisinage : " + rep.Nodes[0].Label, API: api, Scripts: []string{cytoscapeJS}, Data: d})
		return nil
	})
}

// ---- console ----

type consoleData struct {
	Lang, Query string
	Result      string
	Err         *apiError
	Took        string
	Limit       int
	Timeout     time.Duration
}

// consoleExample is the console's query until one is typed.
const consoleExample = `g.V("<instrument/traite/coe-185>").In("<cites_in_answer>").Out("<number>").All()`

// pageConsole runs a raw query typed in its form (GET: the query is in the
// page's address, so a result has a permalink) and shows its results; the
// script sends it to the API instead, without leaving the page.
func (s *Server) pageConsole(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	d := consoleData{Lang: v.Get("lang"), Query: v.Get("q"), Limit: s.cfg.Query.Limit, Timeout: s.cfg.Serve.QueryTimeout}
	if d.Lang != "graphql" {
		d.Lang = "gizmo"
	}
	if strings.TrimSpace(d.Query) == "" {
		d.Query = consoleExample
		s.render(w, http.StatusOK, "console", page{Title: "Console", Data: d})
		return
	}
	s.with(w, r, func(snap *snapshot) error {
		r2 := r.Clone(r.Context())
		r2.URL.RawQuery = ""
		req, err := s.rawRequest(r2, d.Lang, d.Query, snap)
		if err != nil {
			return err
		}
		start := time.Now()
		res, err := s.raw.Run(r.Context(), req)
		d.Took = time.Since(start).Round(time.Millisecond).String()
		status := http.StatusOK
		if err != nil {
			st, body := describe(err, s.log)
			status, d.Err = st, &body
		} else {
			b, _ := json.MarshalIndent(rawAnswer{Result: res}, "", "  ")
			d.Result = string(b)
		}
		s.render(w, status, "console", page{Title: "Console", Data: d})
		return nil
	})
}
