package queries

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"lexgraph"
	"lexgraph/graph"
)

var ctx = context.Background()

func citedSummary(rows []CitedRow) string {
	var out []string
	for _, r := range rows {
		s := fmt.Sprintf("%s=%d[%s]", r.ID, r.Count, strings.Join(r.Questions, " "))
		if r.Documents > 0 {
			s += fmt.Sprintf("+%dd", r.Documents)
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

func TestCited(t *testing.T) {
	st := fixtureStore(t)
	for _, tt := range []struct {
		name string
		opts CitedOptions
		want string
	}{
		{"all", CitedOptions{},
			"traite/coe-185=3[14-100 14-101 14-105]+1d; code/penal=3[14-101 14-104 14-106]; decret/2008-1=1[14-104]; loi/2008-582=1[14-102]; loi/2014-1353=1[14-100]; loi/91-32=1[14-103]"},
		{"answers", CitedOptions{Part: lexgraph.PartAnswer},
			"traite/coe-185=3[14-100 14-101 14-105]; code/penal=2[14-101 14-104]; decret/2008-1=1[14-104]; loi/2008-582=1[14-102]; loi/2014-1353=1[14-100]"},
		{"questions", CitedOptions{Part: lexgraph.PartQuestion},
			"code/penal=1[14-106]; loi/2008-582=1[14-102]; loi/91-32=1[14-103]; traite/coe-185=1[14-100]"},
		{"kind", CitedOptions{Kind: lexgraph.KindLoi}, "loi/2008-582=1[14-102]; loi/2014-1353=1[14-100]; loi/91-32=1[14-103]"},
		{"ministry in any role", CitedOptions{Filter: Filter{Ministry: "justice"}},
			"traite/coe-185=3[14-100 14-101 14-105]; code/penal=1[14-101]; loi/2008-582=1[14-102]; loi/2014-1353=1[14-100]; loi/91-32=1[14-103]"},
		{"ministry and part", CitedOptions{Part: lexgraph.PartAnswer, Filter: Filter{Ministry: "Intérieur"}},
			"code/penal=2[14-101 14-104]; decret/2008-1=1[14-104]; traite/coe-185=1[14-101]"},
		{"year", CitedOptions{Filter: Filter{Period: Period{From: "2016", To: "2016"}}}, "loi/2008-582=1[14-102]; loi/91-32=1[14-103]; traite/coe-185=1[14-105]"},
		{"month bounds", CitedOptions{Filter: Filter{Period: Period{From: "2015-02", To: "2016-05-01"}}},
			"code/penal=1[14-101]; loi/2008-582=1[14-102]; traite/coe-185=1[14-101]"},
		{"french date", CitedOptions{Filter: Filter{Period: Period{To: "10 janvier 2015"}}}, "loi/2014-1353=1[14-100]; traite/coe-185=1[14-100]"},
		{"deputy", CitedOptions{Filter: Filter{Deputy: "cresta"}},
			"code/penal=1[14-104]; decret/2008-1=1[14-104]; loi/2014-1353=1[14-100]; traite/coe-185=1[14-100]"},
		{"group", CitedOptions{Filter: Filter{Group: "les républicains"}},
			"traite/coe-185=2[14-101 14-105]; code/penal=1[14-101]; loi/2008-582=1[14-102]"},
		{"group by short name", CitedOptions{Filter: Filter{Group: "LR"}, Limit: 1}, "traite/coe-185=2[14-101 14-105]"},
		{"rubrique", CitedOptions{Filter: Filter{Rubrique: "animaux"}}, "loi/2008-582=1[14-102]; loi/91-32=1[14-103]"},
		{"legislature", CitedOptions{Filter: Filter{Period: Period{Legislature: 15}}}, ""},
		{"limit", CitedOptions{Limit: 2}, "traite/coe-185=3[14-100 14-101 14-105]+1d; code/penal=3[14-101 14-104 14-106]"},
		{"numbers", CitedOptions{Limit: 1, Numbers: 2}, "traite/coe-185=3[14-100 14-101]+1d"},
		{"numbers and filter", CitedOptions{Limit: 1, Numbers: 1, Filter: Filter{Deputy: "tardy"}}, "traite/coe-185=2[14-101]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := Cited(ctx, st, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := citedSummary(rows); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestBadOptions(t *testing.T) {
	st := fixtureStore(t)
	for _, tt := range []struct {
		name string
		run  func() error
		code string
	}{
		{"part", func() error { _, err := Cited(ctx, st, CitedOptions{Part: "footnote"}); return err }, lexgraph.EINVALID},
		{"kind", func() error { _, err := Cited(ctx, st, CitedOptions{Kind: "statute"}); return err }, lexgraph.EINVALID},
		{"date", func() error {
			_, err := Cited(ctx, st, CitedOptions{Filter: Filter{Period: Period{From: "yesterday"}}})
			return err
		}, lexgraph.EINVALID},
		{"dates crossed", func() error {
			_, err := Delays(ctx, st, DelaysOptions{Filter: Filter{Period: Period{From: "2016", To: "2015"}}})
			return err
		}, lexgraph.EINVALID},
		{"limit", func() error { _, err := Links(ctx, st, LinksOptions{Limit: -1}); return err }, lexgraph.EINVALID},
		{"by", func() error { _, err := Links(ctx, st, LinksOptions{By: "party"}); return err }, lexgraph.EINVALID},
		{"unknown ministry", func() error { _, err := Cited(ctx, st, CitedOptions{Filter: Filter{Ministry: "Marine"}}); return err }, lexgraph.ENOTFOUND},
		{"ambiguous deputy", func() error { _, err := Cited(ctx, st, CitedOptions{Filter: Filter{Deputy: "Martin"}}); return err }, lexgraph.EAMBIG},
		{"unknown instrument", func() error { _, err := Citing(ctx, st, CitingOptions{Instrument: "loi Macron"}); return err }, lexgraph.ENOTFOUND},
		{"empty name", func() error { _, err := DeputyReportOf(ctx, st, DeputyOptions{Deputy: "  "}); return err }, lexgraph.EINVALID},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.run(); lexgraph.ErrorCode(err) != tt.code {
				t.Errorf("error %v, want code %s", err, tt.code)
			}
		})
	}
}

func TestCiting(t *testing.T) {
	st := fixtureStore(t)
	rows, err := Citing(ctx, st, CitingOptions{Instrument: "Budapest"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s %s %s %s>%s %s %v %q", r.Question, r.Date, r.Deputy, r.Asked, r.Answerer, r.Part, r.Articles, r.Sentence))
	}
	want := []string{
		`14-105 2016-09-01 M. Lionel Tardy Justice>Justice answer [] "Q6 répond par la convention de Budapest."`,
		`14-101 2015-02-01 M. Lionel Tardy Intérieur>Justice answer [] "Q2 répond par la convention sur la cybercriminalité."`,
		`14-100 2015-01-10 M. Jacques Cresta Numérique>Justice question [] "Q1 demande si la convention de Budapest suffit."`,
		`14-100 2015-01-10 M. Jacques Cresta Numérique>Justice answer [29] "Q1 répond par la Convention du Conseil de l'Europe dite de Budapest."`,
		`test/note   > text [] "Une note sur la convention de Budapest."`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("citing Budapest:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	rows, err = Citing(ctx, st, CitingOptions{Instrument: "coe-185", Part: lexgraph.PartQuestion, Limit: 5})
	if err != nil || len(rows) != 1 || rows[0].Question != "14-100" || rows[0].URL != "https://questions.assemblee-nationale.fr/q14/14-100QE.htm" {
		t.Errorf("citing in questions only: %+v, %v", rows, err)
	}
}

func TestDelays(t *testing.T) {
	st := fixtureStore(t)
	rows, err := Delays(ctx, st, DelaysOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Justice: delays 20, 20, 40, 60; Q4 unanswered; Q6 answered, undated.
	want := []DelayRow{
		{Ministry: "Justice", Node: "ministry/justice", Questions: 6, Answered: 4, Median: 30, Mean: 35, P90: 60, Unanswered: 1, Undated: 1},
		{Ministry: "Intérieur", Node: "ministry/interieur", Questions: 1, Answered: 1, Median: 100, Mean: 100, P90: 100},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("delays %+v\nwant %+v", rows, want)
	}
	rows, _ = Delays(ctx, st, DelaysOptions{Filter: Filter{Period: Period{Legislature: 14, From: "2015"}, Deputy: "Tardy"}})
	want = []DelayRow{{Ministry: "Justice", Node: "ministry/justice", Questions: 2, Answered: 1, Median: 20, Mean: 20, P90: 20, Undated: 1}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("delays of Tardy %+v\nwant %+v", rows, want)
	}
}

func TestDelayStats(t *testing.T) {
	for _, tt := range []struct {
		days         []int32
		median, mean float64
		p90          int
	}{
		{nil, 0, 0, 0},
		{[]int32{7}, 7, 7, 7},
		{[]int32{10, 30}, 20, 20, 30},
		{[]int32{5, 1, 3}, 3, 3, 5},
		// ten delays 1..10: rank ⌈9⌉ = 9
		{[]int32{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 5.5, 5.5, 9},
		// eleven: rank ⌈9.9⌉ = 10
		{[]int32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100}, 6, 155.0 / 11, 10},
	} {
		median, mean, p90 := delayStats(append([]int32(nil), tt.days...))
		if median != tt.median || mean != tt.mean || p90 != tt.p90 {
			t.Errorf("delayStats(%v) = %v, %v, %v; want %v, %v, %v", tt.days, median, mean, p90, tt.median, tt.mean, tt.p90)
		}
	}
}

func TestRedirected(t *testing.T) {
	st := fixtureStore(t)
	rows, err := Redirected(ctx, st, RedirectedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s %s>%s %v", r.Question, r.Asked, r.Answerer, r.Assigned))
	}
	want := []string{"14-101 Intérieur>Justice [Intérieur Justice]", "14-100 Numérique>Justice []"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("redirected %v, want %v", got, want)
	}
	pairs, err := RedirectPairs(ctx, st, RedirectedOptions{})
	wantPairs := []RedirectPairRow{{"Intérieur", "Justice", 1}, {"Numérique", "Justice", 1}}
	if err != nil || !reflect.DeepEqual(pairs, wantPairs) {
		t.Errorf("pairs %v (%v), want %v", pairs, err, wantPairs)
	}
	rows, _ = Redirected(ctx, st, RedirectedOptions{Filter: Filter{Ministry: "numérique"}})
	if len(rows) != 1 || rows[0].Question != "14-100" || rows[0].URL != "https://questions.assemblee-nationale.fr/q14/14-100QE.htm" {
		t.Errorf("redirected from Numérique: %+v", rows)
	}
}

func TestLinks(t *testing.T) {
	st := fixtureStore(t)
	rows, err := Links(ctx, st, LinksOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s|%d", r.Deputy, r.Group, r.MinistryAsked, r.MinistryAssigned, r.Questions))
	}
	want := []string{
		"M. Jacques Martin|Les Républicains|Justice|Justice|2",
		"M. Jacques Cresta|Socialiste, écologiste et républicain|Intérieur|Intérieur|1",
		"M. Jacques Cresta|Socialiste, écologiste et républicain|Numérique|Justice|1",
		"M. Lionel Tardy|Les Républicains|Intérieur|Justice|1",
		"M. Lionel Tardy|Les Républicains|Justice|Justice|1",
		"Mme Anne Martin|Socialiste, écologiste et républicain|Justice|Justice|1",
		"Mme Anne Martin|Socialiste, écologiste et républicain|Numérique||1",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	groups, err := GroupLinks(ctx, st, LinksOptions{By: "group"})
	if err != nil {
		t.Fatal(err)
	}
	got = nil
	for _, r := range groups {
		got = append(got, fmt.Sprintf("%s|%s|%s|%d", r.Group, r.MinistryAsked, r.MinistryAssigned, r.Questions))
	}
	want = []string{
		"Les Républicains|Justice|Justice|3",
		"Les Républicains|Intérieur|Justice|1",
		"Socialiste, écologiste et républicain|Intérieur|Intérieur|1",
		"Socialiste, écologiste et républicain|Justice|Justice|1",
		"Socialiste, écologiste et républicain|Numérique||1",
		"Socialiste, écologiste et républicain|Numérique|Justice|1",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("group links\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestInstrumentReport(t *testing.T) {
	st := fixtureStore(t)
	r, err := InstrumentReportOf(ctx, st, InstrumentOptions{Instrument: "convention de Budapest"})
	if err != nil {
		t.Fatal(err)
	}
	info := r.Instrument
	if info.ID != "traite/coe-185" || info.Questions != 3 || info.InQuestion != 1 || info.InAnswer != 3 || info.Documents != 1 || info.CoE != "185" {
		t.Errorf("identity %+v", info)
	}
	if len(info.Links) != 1 || !strings.Contains(info.Links[0], "treatynum=185") {
		t.Errorf("links %v", info.Links)
	}
	wantYears := []YearRow{{"2015", 2, 1, 2}, {"2016", 1, 0, 1}}
	if !reflect.DeepEqual(r.Years, wantYears) {
		t.Errorf("years %+v, want %+v", r.Years, wantYears)
	}
	if want := []ArticleRow{{"29", 1, ""}}; !reflect.DeepEqual(r.Articles, want) {
		t.Errorf("articles %+v, want %+v", r.Articles, want)
	}
	// by questions: the plain text's wording is not counted
	wantWordings := []CountRow{{"convention de Budapest", 2}, {"Convention du Conseil de l'Europe dite de Budapest", 1}, {"convention sur la cybercriminalité", 1}}
	if !reflect.DeepEqual(r.Wordings, wantWordings) {
		t.Errorf("wordings %+v, want %+v", r.Wordings, wantWordings)
	}
	var beside []string
	for _, b := range r.Beside {
		beside = append(beside, fmt.Sprintf("%s=%d", b.ID, b.Questions))
	}
	if got := strings.Join(beside, " "); got != "code/penal=1 loi/2014-1353=1" {
		t.Errorf("beside: %s", got)
	}
	r, _ = InstrumentReportOf(ctx, st, InstrumentOptions{Instrument: "2008-582"})
	if r.Instrument.Legifrance == "" || len(r.Instrument.Links) != 1 || !strings.HasSuffix(r.Instrument.Links[0], "/jorf/id/JORFTEXT000018995664") {
		t.Errorf("loi 2008-582 links %v", r.Instrument.Links)
	}
}

func TestDeputyReport(t *testing.T) {
	st := fixtureStore(t)
	r, err := DeputyReportOf(ctx, st, DeputyOptions{Deputy: "CRESTA"})
	if err != nil {
		t.Fatal(err)
	}
	d := r.Deputy
	if d.Node != "deputy/jacques-cresta" || d.Questions != 2 || d.Answered != 2 || d.Redirected != 1 ||
		d.Circonscription != "Pyrénées-Orientales (1)" || !reflect.DeepEqual(d.Groups, []string{"Socialiste, écologiste et républicain"}) {
		t.Errorf("deputy %+v", d)
	}
	var qs []string
	for _, q := range r.Questions {
		qs = append(qs, q.Question+" "+q.Date+" "+q.Asked+">"+q.Answerer+" "+q.Answered)
	}
	if want := []string{"14-104 2017-01-01 Intérieur>Intérieur 2017-04-11", "14-100 2015-01-10 Numérique>Justice 2015-03-11"}; !reflect.DeepEqual(qs, want) {
		t.Errorf("questions %v, want %v", qs, want)
	}
	wantMin := []MinistryCountRow{{"Intérieur", 1, 1}, {"Numérique", 1, 0}, {"Justice", 0, 1}}
	if !reflect.DeepEqual(r.Ministries, wantMin) {
		t.Errorf("ministries %+v, want %+v", r.Ministries, wantMin)
	}
	var ins []string
	for _, i := range r.Instruments {
		ins = append(ins, i.ID)
	}
	if got := strings.Join(ins, " "); got != "code/penal decret/2008-1 loi/2014-1353 traite/coe-185" {
		t.Errorf("instruments in the answers: %s", got)
	}
}

func TestMinistryReport(t *testing.T) {
	st := fixtureStore(t)
	r, err := MinistryReportOf(ctx, st, MinistryOptions{Ministry: "justice"})
	if err != nil {
		t.Fatal(err)
	}
	want := MinistryInfo{Node: "ministry/justice", Name: "Justice", Asked: 4, Answering: 6, Answered: 5, RedirectedAway: 0, RedirectedIn: 2}
	if r.Ministry != want {
		t.Errorf("ministry %+v, want %+v", r.Ministry, want)
	}
	if r.Delays.Answered != 4 || r.Delays.Median != 30 || r.Delays.P90 != 60 || r.Delays.Unanswered != 1 {
		t.Errorf("delays %+v", r.Delays)
	}
	counts := func(rows []NameCountRow) string {
		var s []string
		for _, r := range rows {
			s = append(s, fmt.Sprintf("%s=%d", r.Name, r.Questions))
		}
		return strings.Join(s, ", ")
	}
	if got, want := counts(r.Deputies), "M. Jacques Martin=2, M. Lionel Tardy=2, Mme Anne Martin=1, M. Jacques Cresta=1"; got != want {
		t.Errorf("deputies %s, want %s", got, want)
	}
	if got, want := counts(r.Groups), "Les Républicains=4, Socialiste, écologiste et républicain=2"; got != want {
		t.Errorf("groups %s, want %s", got, want)
	}
	if len(r.Instruments) != 4 || r.Instruments[0].ID != "traite/coe-185" || r.Instruments[0].Questions != 3 {
		t.Errorf("instruments %+v", r.Instruments)
	}
	r, _ = MinistryReportOf(ctx, st, MinistryOptions{Ministry: "numerique"})
	if r.Ministry.Asked != 2 || r.Ministry.RedirectedAway != 1 || r.Ministry.Answering != 0 || r.Delays.Questions != 0 {
		t.Errorf("Numérique %+v %+v", r.Ministry, r.Delays)
	}
}

func TestPath(t *testing.T) {
	st := fixtureStore(t)
	links := func(steps []PathStep) string {
		var s []string
		for _, p := range steps {
			s = append(s, p.FromNode+" "+p.Link+" "+p.ToNode)
		}
		return strings.Join(s, "; ")
	}
	steps, err := Path(ctx, st, PathOptions{From: "cresta", To: "Budapest"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := links(steps), "deputy/jacques-cresta ← asked_by question/QANR5L14QE100; question/QANR5L14QE100 cites_in_question → instrument/traite/coe-185"; got != want {
		t.Errorf("path\n%s\nwant\n%s", got, want)
	}
	// Through hubs of at most 3 links, Anne Martin reaches the 2014 law by
	// the Numérique ministry (2 questions), not Justice (6) nor her group.
	steps, err = Path(ctx, st, PathOptions{From: "anne martin", To: "loi/2014-1353", MaxDegree: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := "deputy/anne-martin ← asked_by question/QANR5L14QE106; question/QANR5L14QE106 addressed_to → ministry/numerique; " +
		"ministry/numerique ← addressed_to question/QANR5L14QE100; question/QANR5L14QE100 cites_in_answer → instrument/loi/2014-1353"
	if got := links(steps); got != want {
		t.Errorf("path with hubs bounded\n%s\nwant\n%s", got, want)
	}
	for i, s := range steps {
		if i > 0 && s.From == "ministry Justice" {
			t.Errorf("walked through the Justice hub: %+v", s)
		}
	}
	if _, err := Path(ctx, st, PathOptions{From: "anne martin", To: "loi/2014-1353", MaxDepth: 2}); lexgraph.ErrorCode(err) != lexgraph.ENOTFOUND {
		t.Errorf("a path longer than the bound gave %v", err)
	}
	if _, err := Path(ctx, st, PathOptions{From: "justice", To: "budapest"}); lexgraph.ErrorCode(err) != lexgraph.EAMBIG {
		t.Errorf("justice (a ministry and a rubrique) gave %v", err)
	}
	steps, err = Path(ctx, st, PathOptions{From: "ministry/justice", To: "rubrique/justice"})
	if err != nil || len(steps) != 2 {
		t.Errorf("ministry to rubrique: %v, %v", links(steps), err)
	}
}

func TestResolve(t *testing.T) {
	st := fixtureStore(t)
	m, err := LoadModel(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, typ string
		want      string // a node, or "ambiguous: node node…", or "notfound"
	}{
		{"cresta", "Deputy", "deputy/jacques-cresta"},
		{"CRÉSTA", "Deputy", "deputy/jacques-cresta"},
		{"Jacques Cresta", "Deputy", "deputy/jacques-cresta"},
		{"Cresta Jacques", "Deputy", "deputy/jacques-cresta"},
		{"M. Jacques Cresta", "Deputy", "deputy/jacques-cresta"},
		{"PA1", "Deputy", "deputy/jacques-cresta"},
		{"deputy/lionel-tardy", "Deputy", "deputy/lionel-tardy"},
		{"jac cres", "Deputy", "deputy/jacques-cresta"},
		{"Jacques", "Deputy", "ambiguous: deputy/jacques-cresta deputy/jacques-martin"},
		{"martin", "Deputy", "ambiguous: deputy/anne-martin deputy/jacques-martin"},
		{"Anne Martin", "Deputy", "deputy/anne-martin"},
		{"Mme Anne MARTIN", "Deputy", "deputy/anne-martin"},
		{"Tardi", "Deputy", "notfound"},
		{"Budapest", "Instrument", "instrument/traite/coe-185"},
		{"cybercrim", "Instrument", "instrument/traite/coe-185"},
		{"coe-185", "Instrument", "instrument/traite/coe-185"},
		{"STE 185", "Instrument", "instrument/traite/coe-185"},
		{"2008-582", "Instrument", "instrument/loi/2008-582"},
		{"loi n° 2008-582 du 20 juin 2008", "Instrument", "instrument/loi/2008-582"},
		{"loi du 20 juin 2008", "Instrument", "instrument/loi/2008-582"},
		{"Loi du 20/06/2008", "Instrument", "instrument/loi/2008-582"},
		{"décret du 20 juin 2008", "Instrument", "instrument/decret/2008-1"},
		{"20 juin 2008", "Instrument", "ambiguous: instrument/decret/2008-1 instrument/loi/2008-582"},
		{"loi Evin", "Instrument", "instrument/loi/91-32"},
		{"evin", "Instrument", "instrument/loi/91-32"},
		{"JORFTEXT000018995664", "Instrument", "instrument/loi/2008-582"},
		{"terrorisme", "Instrument", "instrument/loi/2014-1353"},
		{"code pénal", "Instrument", "instrument/code/penal"},
		{"loi", "Instrument", "ambiguous: instrument/loi/2008-582 instrument/loi/2014-1353 instrument/loi/91-32"},
		{"loi Macron", "Instrument", "notfound"},
		{"justice", "Ministry", "ministry/justice"},
		{"INTERIEUR", "Ministry", "ministry/interieur"},
		{"num", "Ministry", "ministry/numerique"},
		{"Républicains", "Group", "group/les-republicains"},
		{"SER", "Group", "group/socialiste-ecologiste-et-republicain"},
		{"gironde 3", "Circonscription", "circonscription/gironde/3"},
		{"gironde", "Circonscription", "ambiguous: circonscription/gironde/3 circonscription/gironde/4"},
		{"QANR5L14QE101", "Question", "question/QANR5L14QE101"},
		{"101", "Question", "question/QANR5L14QE101"},
		{"100", "Question", "ambiguous: question/QANR5L14QE100 question/QANR5L15QE100"},
	} {
		t.Run(tt.typ+"/"+tt.name, func(t *testing.T) {
			c, err := Resolve(m, tt.name, tt.typ)
			var got string
			var cands Candidates
			switch {
			case err == nil:
				got = c.Node
			case errors.As(err, &cands) && lexgraph.ErrorCode(err) == lexgraph.EAMBIG:
				var nodes []string
				for _, c := range cands {
					nodes = append(nodes, c.Node)
				}
				got = "ambiguous: " + strings.Join(nodes, " ")
			case lexgraph.ErrorCode(err) == lexgraph.ENOTFOUND:
				got = "notfound"
			default:
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestAmbiguityMessage checks that the error of an ambiguous name lists
// the candidates, for the user to pick one.
func TestAmbiguityMessage(t *testing.T) {
	st := fixtureStore(t)
	_, err := DeputyReportOf(ctx, st, DeputyOptions{Deputy: "jacques"})
	msg := fmt.Sprint(err)
	for _, want := range []string{`"jacques" is ambiguous`, "deputy/jacques-cresta", "M. Jacques Cresta", "deputy/jacques-martin"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
}

// TestTop checks the selection of the first rows against a full sort, on
// counts with many ties.
func TestTop(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 200; trial++ {
		n := r.IntN(300)
		counts := map[string]int{}
		for i := 0; i < n; i++ {
			counts[fmt.Sprintf("v%03d", r.IntN(400))] = r.IntN(8)
		}
		all := countRows(counts, 0)
		for _, limit := range []int{1, 2, 5, 20, 100} {
			got := countRows(counts, limit)
			want := all
			if len(want) > limit {
				want = want[:limit]
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%d counts, limit %d: %v, want %v", len(counts), limit, got, want)
			}
		}
	}
}

// TestStatsAfterUpdate checks that stats count what the documents now say:
// an instrument whose last citation a newer version of a document drops is
// no longer counted, though its shared description stays.
func TestStatsAfterUpdate(t *testing.T) {
	ctx := context.Background()
	st := fixtureStore(t)
	before, err := GetStats(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	// the fixture cites six instruments in thirteen citations (Q1 three, Q2 two,
	// Q3 two, Q4, Q5 two, Q6, Q8, the note)
	if before.Questions != 8 || before.Instruments != 6 || before.Citations != 13 {
		t.Fatalf("before: %+v", before)
	}
	// Q4 was the only document citing the loi Evin; its newer version cites
	// nothing
	var q4 *lexgraph.Document
	for _, d := range fixtureDocs() {
		if d.Question != nil && d.Question.Number == 103 {
			q4 = d
		}
	}
	q4.Mentions = nil
	if _, err := st.Replace(ctx, []graph.DocQuads{{Label: graph.DocLabel(q4.ID), Quads: graph.DocumentQuads(q4, fixtureInstruments)}}); err != nil {
		t.Fatal(err)
	}
	after, err := GetStats(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if after.Questions != 8 || after.Instruments != 5 || after.Citations != before.Citations-1 {
		t.Errorf("after Q4 dropped the loi Evin: %+v, before %+v", after, before)
	}
}

// TestInstrumentByID checks that the shortcut for an instrument's id or
// node gives what resolving the name among every instrument gives.
func TestInstrumentByID(t *testing.T) {
	st := fixtureStore(t)
	m, err := LoadModel(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Instruments) == 0 {
		t.Fatal("no instruments in the fixture")
	}
	for _, in := range m.Instruments {
		for _, name := range []string{in.ID, in.Node, strings.ToUpper(in.ID)} {
			fast, ok := m.instrumentByID(name)
			if !ok {
				t.Errorf("%q: not found by id", name)
				continue
			}
			var slow target
			for _, c := range m.targetsOf(graph.TypeInstrument) {
				if c.match(parseName(name)) == tierID {
					slow = c
				}
			}
			if fast.node != in.Node || slow.node != in.Node || fast.label != slow.label {
				t.Errorf("%q: by id %q (%q), among all %q (%q)", name, fast.node, fast.label, slow.node, slow.label)
			}
		}
	}
	if _, ok := m.instrumentByID("budapest"); ok {
		t.Error("a name without a slash took the shortcut")
	}
}
