package queries

import (
	"fmt"
	"strings"
	"testing"

	"lexgraph"
)

func TestQuestionReport(t *testing.T) {
	st := fixtureStore(t)
	r, err := QuestionReportOf(ctx, st, QuestionOptions{Question: "QANR5L14QE100"})
	if err != nil {
		t.Fatal(err)
	}
	q := r.Question
	if q.Number != 100 || q.Question != "14-100" || q.URL != "https://questions.assemblee-nationale.fr/q14/14-100QE.htm" || q.Legislature != 14 || q.Deputy != "M. Jacques Cresta" || q.DeputyNode != "deputy/jacques-cresta" ||
		q.Asked != "Numérique" || q.Answerer != "Justice" || q.AnswererNode != "ministry/justice" ||
		q.Published != "2015-01-10" || q.Answered != "2015-03-11" || q.DelayDays != 60 || !q.HasAnswer || q.Rubrique != "Internet" {
		t.Errorf("question %+v", q)
	}
	var cites []string
	for _, c := range r.Citations {
		cites = append(cites, fmt.Sprintf("%s:%s:%s", c.Part, c.ID, strings.Join(c.Articles, ",")))
	}
	if got, want := strings.Join(cites, " "), "question:traite/coe-185: answer:loi/2014-1353: answer:traite/coe-185:29"; got != want {
		t.Errorf("citations %s, want %s", got, want)
	}
	if len(r.Texts) != 2 {
		t.Fatalf("%d texts, want the question's and the answer's", len(r.Texts))
	}
	// each span holds the words that cited its instrument
	for _, tx := range r.Texts {
		for _, s := range tx.Spans {
			words := tx.Text[s.Start:s.End]
			ok := false
			for _, c := range r.Citations {
				for _, w := range c.Wordings {
					ok = ok || c.Part == tx.Part && c.ID == s.ID && w == words
				}
			}
			if !ok {
				t.Errorf("%s: span %q (%s) is no wording of its citation", tx.Part, words, s.ID)
			}
		}
	}
	if got := r.Texts[1]; got.Part != "answer" || len(got.Spans) != 2 || got.Text[got.Spans[1].Start:got.Spans[1].End] != "loi du 13 novembre 2014" {
		t.Errorf("answer text %+v", got)
	}
	// by number: ambiguous across legislatures, like any name
	if _, err := QuestionReportOf(ctx, st, QuestionOptions{Question: "100"}); lexgraph.ErrorCode(err) != lexgraph.EAMBIG {
		t.Errorf("question 100 (in the 14th and the 15th): %v", err)
	}
	r, err = QuestionReportOf(ctx, st, QuestionOptions{Question: "104"})
	if err != nil || r.Question.DelayDays != 100 {
		t.Errorf("question 104: %+v, %v", r, err)
	}
	if r, _ := QuestionReportOf(ctx, st, QuestionOptions{Question: "106"}); r.Question.DelayDays != -1 || r.Question.Answerer != "" || len(r.Texts) != 1 {
		t.Errorf("question 106, undated and unassigned: %+v", r)
	}
}

func TestSearch(t *testing.T) {
	st := fixtureStore(t)
	summary := func(rows []SearchRow) string {
		var s []string
		for _, r := range rows {
			s = append(s, fmt.Sprintf("%s/%s/%d", r.Node, r.Match, r.Questions))
		}
		return strings.Join(s, " ")
	}
	for _, tt := range []struct {
		opts SearchOptions
		want string
	}{
		{SearchOptions{Name: "budap"}, "instrument/traite/coe-185/words/4"},
		{SearchOptions{Name: "jacques"}, "deputy/jacques-cresta/words/2 deputy/jacques-martin/words/2"},
		{SearchOptions{Name: "justice"}, "ministry/justice/id/6 rubrique/justice/id/2"},
		{SearchOptions{Name: "justice", Type: "rubrique"}, "rubrique/justice/id/2"},
		{SearchOptions{Name: "Socialiste"}, "group/socialiste-ecologiste-et-republicain/words/4"},
		{SearchOptions{Name: "martin", Limit: 1}, "deputy/jacques-martin/name/2"},
		// a wording of the law, then the decree of the same date
		{SearchOptions{Name: "loi du 20 juin 2008"}, "instrument/loi/2008-582/name/1"},
		{SearchOptions{Name: "20/06/2008"}, "instrument/decret/2008-1/date/1 instrument/loi/2008-582/date/1"},
		{SearchOptions{Name: "zzz"}, ""},
		{SearchOptions{Name: "  "}, ""},
	} {
		rows, err := Search(ctx, st, tt.opts)
		if err != nil {
			t.Errorf("%+v: %v", tt.opts, err)
			continue
		}
		if got := summary(rows); got != tt.want {
			t.Errorf("%+v:\n got %s\nwant %s", tt.opts, got, tt.want)
		}
	}
	if _, err := Search(ctx, st, SearchOptions{Name: "x", Type: "planet"}); lexgraph.ErrorCode(err) != lexgraph.EINVALID {
		t.Errorf("bad type: %v", err)
	}
}

func TestNeighbours(t *testing.T) {
	st := fixtureStore(t)
	r, err := Neighbours(ctx, st, NeighboursOptions{Node: "cresta"})
	if err != nil {
		t.Fatal(err)
	}
	var nodes, edges []string
	for _, n := range r.Nodes {
		nodes = append(nodes, fmt.Sprintf("%s@%d", n.Node, n.Depth))
	}
	for _, e := range r.Edges {
		edges = append(edges, e.From+" "+e.Link+" "+e.To)
	}
	if got, want := strings.Join(nodes, " "), "deputy/jacques-cresta@0 group/socialiste-ecologiste-et-republicain@1 circonscription/pyrenees-orientales/1@1 question/QANR5L14QE104@1 question/QANR5L14QE100@1"; got != want {
		t.Errorf("nodes\n got %s\nwant %s", got, want)
	}
	if len(edges) != 4 || edges[2] != "question/QANR5L14QE104 asked_by deputy/jacques-cresta" {
		t.Errorf("edges %q", edges)
	}
	// depth 2 with two links at each node and three nodes: the newest
	// questions, then the first deputy of one, cut by the node bound; the
	// links left out are told
	r, err = Neighbours(ctx, st, NeighboursOptions{Node: "ministry/justice", Depth: 2, MaxLinks: 2, MaxNodes: 3})
	if err != nil {
		t.Fatal(err)
	}
	nodes = nil
	for _, n := range r.Nodes {
		nodes = append(nodes, fmt.Sprintf("%s@%d:%d/%d", n.Node, n.Depth, n.Hidden, n.Links))
	}
	if got, want := strings.Join(nodes, " "), "ministry/justice@0:4/6 question/QANR5L15QE100@1:3/4 question/QANR5L14QE105@1:4/5"; got != want {
		t.Errorf("bounded neighbourhood\n got %s\nwant %s", got, want)
	}
	for _, bad := range []NeighboursOptions{{Node: "cresta", Depth: 4}, {Node: "cresta", MaxNodes: -1}} {
		if _, err := Neighbours(ctx, st, bad); lexgraph.ErrorCode(err) != lexgraph.EINVALID {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}

func TestDelayHistogram(t *testing.T) {
	st := fixtureStore(t)
	r, err := MinistryReportOf(ctx, st, MinistryOptions{Ministry: "justice"})
	if err != nil {
		t.Fatal(err)
	}
	var bins []string
	total := 0
	for _, b := range r.Histogram {
		bins = append(bins, fmt.Sprintf("%d-%d:%d", b.From, b.To, b.Questions))
		total += b.Questions
	}
	if got, want := strings.Join(bins, " "), "0-30:2 30-60:1 60-90:1"; got != want {
		t.Errorf("histogram %s, want %s", got, want)
	}
	if total != r.Delays.Answered {
		t.Errorf("the histogram counts %d delays, the delays %d", total, r.Delays.Answered)
	}
	if h := delayHistogram([]int32{0, 29, 30, 719, 720, 5000}); len(h) != 25 || h[0].Questions != 2 || h[1].Questions != 1 || h[23].Questions != 1 || h[24].Questions != 2 || h[24].To != -1 {
		t.Errorf("bins %+v", h)
	}
}

// TestOptions checks that the options of every query are described and
// set as the command line and the HTTP API need them.
func TestOptions(t *testing.T) {
	for _, q := range Queries {
		opts := q.Options()
		names := map[string]bool{}
		for _, o := range Options(opts) {
			if names[o.Name] {
				t.Errorf("%s: option %s twice", q.Name, o.Name)
			}
			names[o.Name] = true
			if o.Help == "" {
				t.Errorf("%s: option %s has no help", q.Name, o.Name)
			}
		}
		var args []string
		for _, o := range Options(opts) {
			if o.Arg != "" {
				args = append(args, o.Arg)
			}
		}
		if got := strings.Join(args, " "); got != q.Args {
			t.Errorf("%s: arguments %q, usage says %q", q.Name, got, q.Args)
		}
	}
	var o CitingOptions
	err := SetOptions(&o, map[string][]string{"instrument": {"budapest"}, "part": {"answer"}, "legislature": {"14"}, "from": {"2015"}})
	if err != nil || o.Instrument != "budapest" || o.Part != lexgraph.PartAnswer || o.Legislature != 14 || o.From != "2015" {
		t.Errorf("citing options %+v, %v", o, err)
	}
	for _, tt := range []struct {
		values map[string][]string
		names  string // the words the error must hold
	}{
		{map[string][]string{"instrument": {"x"}, "colour": {"red"}}, "colour"},
		{map[string][]string{"instrument": {"x"}, "legislature": {"xiv"}}, "legislature"},
		{map[string][]string{"instrument": {"x"}, "part": {"preamble"}}, "part"},
		{map[string][]string{"instrument": {"x"}, "from": {"2015-13"}}, "from"},
		{map[string][]string{"part": {"answer"}}, "instrument"},
		{map[string][]string{"instrument": {"x", "y"}}, "instrument"},
	} {
		var o CitingOptions
		err := SetOptions(&o, tt.values)
		if lexgraph.ErrorCode(err) != lexgraph.EINVALID || !strings.Contains(err.Error(), tt.names) {
			t.Errorf("%v: %v, want an error naming %s", tt.values, err, tt.names)
		}
	}
	for _, o := range Options(&CitedOptions{}) {
		if o.Name == "kind" && len(o.Enum) != len(lexgraph.Kinds) || o.Name == "part" && len(o.Enum) != 5 {
			t.Errorf("%s: enum %v", o.Name, o.Enum)
		}
	}
}
