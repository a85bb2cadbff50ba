package server

import (
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"lexgraph/graph"
)

// spansOf places each (words, id) pair at its first place in text.
func spansOf(text string, pairs ...string) []graph.TextSpan {
	var out []graph.TextSpan
	for i := 0; i+1 < len(pairs); i += 2 {
		at := strings.Index(text, pairs[i])
		out = append(out, graph.TextSpan{Start: at, End: at + len(pairs[i]), ID: pairs[i+1], Kind: "code"})
	}
	return out
}

// TestPages checks every page of the explorer, served without JavaScript:
// its status and what a reader must find on it.
func TestPages(t *testing.T) {
	s := sampleServer(t)
	for _, tt := range []struct {
		target string
		status int
		has    []string // fragments of the page's HTML
	}{
		{"/", 200, []string{"<h1>Accueil</h1>", `action="/recherche"`, "Les instruments les plus cités", `href="/instrument/traite/coe-185"`, "<dd>15</dd>"}},
		{"/instrument/traite/coe-185", 200, []string{"Convention sur la cybercriminalité", `href="/question/QANR5L14QE81473"`, `href="/question/QANR5L14QE50860"`,
			"STCE n° 185", `data-chart="years"`, `<mark class="mention"`, "Citations par année", "Formulations"}},
		{"/instrument/loi/2014-1353", 200, []string{"Loi n° 2014-1353", "Légifrance", "https://www.legifrance.gouv.fr/eli/loi/2014/11/13/2014-1353/jo/texte"}},
		{"/question/QANR5L14QE81473", 200, []string{"Question n° 81473 (14ᵉ législature)", `<a class="mention" href="/instrument/loi/2014-1353"`,
			">loi du 13 novembre 2014</a>", `href="/depute/jacques-cresta"`, "Texte de la réponse", "448 jours", "16 juin 2015"}},
		{"/depute/jacques-cresta", 200, []string{"M. Jacques Cresta", "Questions posées", `href="/question/QANR5L14QE81473"`, `name="legislature"`}},
		{"/ministere/justice", 200, []string{"Ministère : Justice", `data-chart="delays"`, "Délai de réponse : médiane", "Délais de réponse, par mois"}},
		{"/cites?kind=traite", 200, []string{"Instruments cités", `<option value="traite" selected>`, `href="/instrument/traite/coe-185"`, "/api/v1/query/cited?kind=traite&amp;format=csv"}},
		{"/liens", 200, []string{"Députés → ministères", `href="/depute/jacques-cresta"`, `href="/ministere/justice"`, "Télécharger (CSV)"}},
		{"/liens?by=group", 200, []string{"Socialiste"}},
		{"/reattribuees", 200, []string{"Questions réattribuées", `href="/question/QANR5L14QE81473"`}},
		{"/reattribuees?pairs=true", 200, []string{"Numérique"}},
		{"/delais?legislature=14", 200, []string{"Délais de réponse", `href="/ministere/justice"`}},
		{"/chemin?de=cresta&a=budapest", 200, []string{`data-graph="path"`, `href="/depute/jacques-cresta"`, `href="/instrument/traite/coe-185"`}},
		{"/chemin", 200, []string{`name="de"`}},
		{"/graphe?noeud=cresta", 200, []string{`data-graph="neighbours"`, "/api/v1/query/neighbours?depth=1&amp;node=deputy%2Fjacques-cresta"}},
		{"/console", 200, []string{"<textarea", "coe-185"}},
		{"/console?lang=gizmo&q=" + urlEscape(`g.V("<instrument/traite/coe-185>").In("<cites_in_answer>").Out("<number>").All()`), 200, []string{"81473", "50860", "En "}},
		{"/console?q=" + urlEscape("while (true) {}"), 422, []string{"time limit"}},
		{"/recherche?q=convention", 200, []string{"désigne plusieurs nœuds", `href="/instrument/traite/coe-185"`}},
		{"/recherche?q=zzqqyy", 200, []string{"Rien ne correspond"}},
		{"/instrument/traite/nosuch", 404, []string{"Introuvable"}},
		{"/question/QANR5L99QE1", 404, []string{"Introuvable"}},
		{"/nowhere", 404, []string{"pas de page /nowhere"}},
		{"/liens?legislature=fourteen", 400, []string{"Demande invalide", "legislature"}},
	} {
		w := get(t, s.Handler(), tt.target)
		if w.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.target, w.Code, tt.status)
		}
		if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
			t.Errorf("%s: content type %q", tt.target, ct)
		}
		body := w.Body.String()
		for _, h := range tt.has {
			if !strings.Contains(body, h) {
				t.Errorf("%s: no %q in the page", tt.target, h)
			}
		}
		if strings.Contains(body, "style=") || regexp.MustCompile(`<script>`).MatchString(body) {
			t.Errorf("%s: inline style or script (the content policy forbids them)", tt.target)
		}
	}
}

// TestSearchRedirects checks that a name the tiers settle opens its node's
// page, as the command line would resolve it.
func TestSearchRedirects(t *testing.T) {
	s := sampleServer(t)
	for name, want := range map[string]string{
		"budapest": "/instrument/traite/coe-185", "cresta": "/depute/jacques-cresta", "2014-1353": "/instrument/loi/2014-1353",
		"81473": "/question/QANR5L14QE81473", "loi du 13 novembre 2014": "/instrument/loi/2014-1353",
	} {
		w := get(t, s.Handler(), "/recherche?q="+urlEscape(name))
		if w.Code != http.StatusSeeOther || w.Header().Get("Location") != want {
			t.Errorf("%q: %d → %q, want %s", name, w.Code, w.Header().Get("Location"), want)
		}
	}
}

// TestTableSorting checks the sorting links, which work without
// JavaScript: the rows come in the order asked.
func TestTableSorting(t *testing.T) {
	s := sampleServer(t)
	column := func(target string, k int) []float64 {
		body := get(t, s.Handler(), target).Body.String()
		var out []float64
		for _, row := range regexp.MustCompile(`(?s)<tr><td.*?</tr>`).FindAllString(body, -1) {
			cells := regexp.MustCompile(`data-sort="([^"]*)"`).FindAllStringSubmatch(row, -1)
			f, err := strconv.ParseFloat(cells[k][1], 64)
			if err != nil {
				t.Fatalf("%s: cell %q", target, cells[k][1])
			}
			out = append(out, f)
		}
		return out
	}
	asc := column("/delais?lignes.tri=median_days", 3)
	desc := column("/delais?lignes.tri=median_days&lignes.ordre=desc", 3)
	if len(asc) < 3 || len(asc) != len(desc) {
		t.Fatalf("medians %v / %v", asc, desc)
	}
	if !sort.Float64sAreSorted(asc) || asc[0] == asc[len(asc)-1] {
		t.Errorf("ascending: %v", asc)
	}
	for i := range desc {
		if desc[i] != asc[len(asc)-1-i] {
			t.Errorf("descending %v is not ascending %v reversed", desc, asc)
			break
		}
	}
	if !strings.Contains(get(t, s.Handler(), "/delais?lignes.tri=median_days").Body.String(), `aria-sort="ascending"`) {
		t.Error("no column marked as sorted")
	}
}

// TestAnnotate checks the cutting of a text at its mentions.
func TestAnnotate(t *testing.T) {
	text := "Vu la loi du 13 novembre 2014 et le code pénal, rien."
	runs := annotate(text, spansOf(text, "loi du 13 novembre 2014", "loi/2014-1353", "code pénal", ""), map[string]string{"loi/2014-1353": "Loi n° 2014-1353"})
	var b strings.Builder
	for _, r := range runs {
		switch {
		case r.Href != "":
			b.WriteString("[" + r.Text + "→" + r.Href + "]")
		case r.Mention:
			b.WriteString("{" + r.Text + "}")
		default:
			b.WriteString(r.Text)
		}
	}
	if got, want := b.String(), "Vu la [loi du 13 novembre 2014→/instrument/loi/2014-1353] et le {code pénal}, rien."; got != want {
		t.Errorf("annotate:\n got %s\nwant %s", got, want)
	}
	h := highlight("La  Convention de\nBudapest et la convention de Budapest.", []string{"convention de Budapest", "Convention de Budapest"})
	var marks []string
	for _, r := range h {
		if r.Mention {
			marks = append(marks, r.Text)
		}
	}
	if strings.Join(marks, "|") != "Convention de Budapest|convention de Budapest" {
		t.Errorf("highlight: %q", marks)
	}
}
