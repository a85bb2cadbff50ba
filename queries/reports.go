package queries

import (
	"context"
	"sort"
	"strconv"

	"lexgraph"
	"lexgraph/graph"
)

// Section is one table of a report.
type Section struct {
	Name string
	Rows any // a slice of structs
	// Summary marks a section of one record (an identity, totals), which
	// a table shows as label–value lines.
	Summary bool
}

// Report is a query result made of several tables: printed one after the
// other as tables or CSV, or as one JSON object.
type Report interface {
	Sections() []Section
}

// Period bounds the questions a report counts.
type Period struct {
	Legislature int    `json:"legislature,omitempty" help:"keep one legislature (14, 15…)"`
	From        string `json:"from,omitempty" help:"keep questions published on or after this date (2015, 2015-06, 2015-06-16)"`
	To          string `json:"to,omitempty" help:"keep questions published on or before this date"`
}

func (p Period) filter() Filter { return Filter{Period: p} }

// CountRow is a value and how many questions have it.
type CountRow struct {
	Value     string `json:"value"`
	Questions int    `json:"questions"`
}

// ArticleRow is an article of an instrument, how many questions cite it,
// and its Légifrance page where lexgraph knows it (the articles of four
// codes, see extract/refs/legidata).
type ArticleRow struct {
	Value     string `json:"value"`
	Questions int    `json:"questions"`
	Link      string `json:"link"`
}

// InstrumentCountRow is an instrument and how many questions cite it.
type InstrumentCountRow struct {
	ID        string `json:"id"`
	Label     string `json:"label"`
	Kind      string `json:"kind"`
	Questions int    `json:"questions"`
}

// NameCountRow is a deputy, group or ministry and a count of questions.
type NameCountRow struct {
	Name      string `json:"name"`
	Questions int    `json:"questions"`
	Node      string `json:"node"`
}

// ---- instrument ----

// InstrumentOptions select an instrument.
type InstrumentOptions struct {
	Instrument string `json:"instrument" arg:"INSTRUMENT"`
	Period
	Limit int `json:"limit,omitempty" help:"at most this many rows in each table (0: all)"`
}

// InstrumentInfo is an instrument's identity and how often it is cited.
type InstrumentInfo struct {
	ID         string `json:"id"`
	Node       string `json:"node"`
	Kind       string `json:"kind"`
	Label      string `json:"label"`
	Number     string `json:"number"`
	Date       string `json:"date"`
	CELEX      string `json:"celex"`
	ELI        string `json:"eli"`
	Legifrance string `json:"legifrance"`
	CoE        string `json:"coe"`
	NOR        string `json:"nor"`
	// Consolidated is the Légifrance page of a French text's consolidated
	// version, from DILA's index.
	Consolidated string   `json:"consolidated"`
	Links        []string `json:"links"`
	Questions    int      `json:"questions"`   // questions citing it
	InQuestion   int      `json:"in_question"` // … in the question's text
	InAnswer     int      `json:"in_answer"`   // … in the answer
	Documents    int      `json:"documents"`   // plain texts citing it
}

// YearRow counts the questions citing an instrument, by year of
// publication ("" when unknown).
type YearRow struct {
	Year       string `json:"year"`
	Questions  int    `json:"questions"`
	InQuestion int    `json:"in_question"`
	InAnswer   int    `json:"in_answer"`
}

// InstrumentReport is what the graph knows of one instrument.
type InstrumentReport struct {
	Instrument InstrumentInfo `json:"instrument"`
	Years      []YearRow      `json:"years"`
	// Articles are the articles cited, by questions citing each.
	Articles []ArticleRow `json:"articles"`
	// Wordings are the wordings it was cited by, by questions using each.
	Wordings []CountRow `json:"wordings"`
	// Beside are the instruments cited by the same questions.
	Beside []InstrumentCountRow `json:"beside"`
}

// Sections lists the report's tables.
func (r *InstrumentReport) Sections() []Section {
	return []Section{
		{"instrument", []InstrumentInfo{r.Instrument}, true}, {"citations by year", r.Years, false},
		{"articles cited", r.Articles, false}, {"wordings", r.Wordings, false}, {"cited beside it", r.Beside, false},
	}
}

// InstrumentReportOf describes an instrument: its identity and official
// links, its citations by year, the articles cited, the wordings used, and
// the instruments the same questions cite.
func InstrumentReportOf(ctx context.Context, st *graph.Store, opts InstrumentOptions) (*InstrumentReport, error) {
	m, err := prepare(ctx, st, checkLimit(opts.Limit))
	if err != nil {
		return nil, err
	}
	ii, err := m.resolveIndex(opts.Instrument, graph.TypeInstrument)
	if err != nil {
		return nil, err
	}
	f, err := m.compile(opts.Period.filter())
	if err != nil {
		return nil, err
	}
	in := m.Instruments[ii]
	r := &InstrumentReport{Instrument: InstrumentInfo{ID: in.ID, Node: in.Node, Kind: in.Kind, Label: instrumentLabel(in),
		Number: in.Number, Date: in.Date, CELEX: in.CELEX, ELI: in.ELI, Legifrance: in.Legifrance, CoE: in.CoE,
		NOR: in.NOR, Consolidated: in.Consolidated, Links: links(in)}}
	years := map[int]*YearRow{}
	articles, wordings := map[string]int{}, map[string]int{}
	var questions []int32
	for _, ci := range m.index().byInstrument[ii] {
		c := &m.Citations[ci]
		q := &m.Questions[c.Question]
		if !f.keep(q) {
			continue
		}
		if q.Document {
			if len(questions) == 0 || questions[len(questions)-1] != c.Question {
				r.Instrument.Documents++
				questions = append(questions, c.Question)
			}
			continue
		}
		year := q.Published.year()
		y := years[year]
		if y == nil {
			y = &YearRow{}
			if year != 0 {
				y.Year = strconv.Itoa(year)
			}
			years[year] = y
		}
		if len(questions) == 0 || questions[len(questions)-1] != c.Question {
			questions = append(questions, c.Question)
			r.Instrument.Questions++
			y.Questions++
		}
		switch c.Part {
		case lexgraph.PartQuestion:
			r.Instrument.InQuestion++
			y.InQuestion++
		case lexgraph.PartAnswer:
			r.Instrument.InAnswer++
			y.InAnswer++
		}
		for _, a := range c.Articles {
			articles[a]++
		}
		for _, w := range c.Wordings {
			wordings[w]++
		}
	}
	// The instruments cited beside it, each once per question: marks
	// stamped with the question, rather than a set per question.
	mark := make([]int32, len(m.Instruments))
	for i := range mark {
		mark[i] = -1
	}
	beside := map[int32]int{}
	for _, qi := range questions {
		mark[ii] = qi
		for _, c := range m.citations(&m.Questions[qi]) {
			if mark[c.Instrument] != qi {
				mark[c.Instrument] = qi
				beside[c.Instrument]++
			}
		}
	}
	for _, y := range years {
		r.Years = append(r.Years, *y)
	}
	sort.Slice(r.Years, func(i, j int) bool { return r.Years[i].Year < r.Years[j].Year })
	counted := countRows(articles, opts.Limit)
	r.Articles = make([]ArticleRow, len(counted))
	values := make([]string, len(counted))
	for i, c := range counted {
		values[i] = c.Value
	}
	for i, link := range articleLinks(in, values) {
		r.Articles[i] = ArticleRow{Value: counted[i].Value, Questions: counted[i].Questions, Link: link}
	}
	r.Wordings = countRows(wordings, opts.Limit)
	r.Beside = m.instrumentCounts(beside, opts.Limit)
	if r.Years == nil {
		r.Years = []YearRow{}
	}
	return r, nil
}

// links returns the official pages of an instrument that its ids give.
func links(in Instrument) []string {
	return lexgraph.InstrumentLinks(in.ELI, in.Legifrance, in.Consolidated, in.CELEX, in.CoE)
}

// countRows returns the first limit (0: all) counts, most first, then by
// value.
func countRows(counts map[string]int, limit int) []CountRow {
	rows := make([]CountRow, 0, len(counts))
	for v, n := range counts {
		rows = append(rows, CountRow{Value: v, Questions: n})
	}
	return top(rows, limit, func(a, b *CountRow) bool {
		if a.Questions != b.Questions {
			return a.Questions > b.Questions
		}
		return a.Value < b.Value
	})
}

func (m *Model) instrumentCounts(counts map[int32]int, limit int) []InstrumentCountRow {
	rows := make([]InstrumentCountRow, 0, len(counts))
	for ii, n := range counts {
		in := m.Instruments[ii]
		rows = append(rows, InstrumentCountRow{ID: in.ID, Label: instrumentLabel(in), Kind: in.Kind, Questions: n})
	}
	return top(rows, limit, func(a, b *InstrumentCountRow) bool {
		if a.Questions != b.Questions {
			return a.Questions > b.Questions
		}
		return a.ID < b.ID
	})
}

// top returns the first limit rows (0: all) in the order of less. It
// selects before it sorts: a report asks for 20 of thousands of articles.
func top[T any](rows []T, limit int, less func(a, b *T) bool) []T {
	if limit > 0 && len(rows) > 4*limit {
		// Quickselect the limit smallest to the front.
		lo, hi := 0, len(rows)-1
		for lo < hi {
			p := rows[(lo+hi)/2]
			i, j := lo, hi
			for i <= j {
				for less(&rows[i], &p) {
					i++
				}
				for less(&p, &rows[j]) {
					j--
				}
				if i <= j {
					rows[i], rows[j] = rows[j], rows[i]
					i++
					j--
				}
			}
			switch {
			case limit-1 <= j:
				hi = j
			case limit-1 >= i:
				lo = i
			default:
				lo = hi
			}
		}
		rows = rows[:limit]
	}
	sort.Slice(rows, func(i, j int) bool { return less(&rows[i], &rows[j]) })
	return limitRows(rows, limit)
}

// nameCounts turns counts by index into rows, most first.
func nameCounts(counts map[int32]int, name func(int32) (string, string)) []NameCountRow {
	rows := make([]NameCountRow, 0, len(counts))
	for i, n := range counts {
		label, node := name(i)
		rows = append(rows, NameCountRow{Name: label, Node: node, Questions: n})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Questions != rows[j].Questions {
			return rows[i].Questions > rows[j].Questions
		}
		return rows[i].Node < rows[j].Node
	})
	return rows
}

// ---- deputy ----

// DeputyOptions select a deputy.
type DeputyOptions struct {
	Deputy string `json:"deputy" arg:"NAME"`
	Period
	Limit int `json:"limit,omitempty" help:"at most this many rows in each table (0: all)"`
}

// DeputyInfo is a deputy's identity and activity.
type DeputyInfo struct {
	Node            string   `json:"node"`
	Name            string   `json:"name"`
	Groups          []string `json:"groups"`
	Circonscription string   `json:"circonscription"`
	Acteur          string   `json:"acteur"`
	Questions       int      `json:"questions"`
	Answered        int      `json:"answered"`
	Redirected      int      `json:"redirected"`
}

// DeputyQuestionRow is one of a deputy's questions.
type DeputyQuestionRow struct {
	Question string `json:"question"` // its reference: "14-81473", else the uid
	UID      string `json:"uid"`
	URL      string `json:"url"` // its page on the Assemblée's site, where known
	Date     string `json:"date"`
	Title    string `json:"title"`
	Rubrique string `json:"rubrique"`
	Asked    string `json:"ministry_asked"`
	Answerer string `json:"ministry_answering"`
	Answered string `json:"answered"`
}

// MinistryCountRow counts a deputy's questions by ministry.
type MinistryCountRow struct {
	Ministry  string `json:"ministry"`
	Asked     int    `json:"asked"`     // questions addressed to it
	Answering int    `json:"answering"` // questions it was assigned to answer
}

// DeputyReport is a deputy's questions and what came of them.
type DeputyReport struct {
	Deputy     DeputyInfo          `json:"deputy"`
	Questions  []DeputyQuestionRow `json:"questions"`
	Ministries []MinistryCountRow  `json:"ministries"`
	// Instruments are those cited in the answers the deputy received.
	Instruments []InstrumentCountRow `json:"instruments"`
}

// Sections lists the report's tables.
func (r *DeputyReport) Sections() []Section {
	return []Section{{"deputy", []DeputyInfo{r.Deputy}, true}, {"questions", r.Questions, false},
		{"ministries", r.Ministries, false}, {"instruments cited in the answers", r.Instruments, false}}
}

// DeputyReportOf describes a deputy: the questions (newest first), the
// ministries asked and answering, and the instruments cited in the answers
// received.
func DeputyReportOf(ctx context.Context, st *graph.Store, opts DeputyOptions) (*DeputyReport, error) {
	m, err := prepare(ctx, st, checkLimit(opts.Limit))
	if err != nil {
		return nil, err
	}
	di, err := m.resolveIndex(opts.Deputy, graph.TypeDeputy)
	if err != nil {
		return nil, err
	}
	f, err := m.compile(opts.Period.filter())
	if err != nil {
		return nil, err
	}
	d := m.Deputies[di]
	r := &DeputyReport{Deputy: DeputyInfo{Node: d.Node, Name: deputyLabel(d), Acteur: d.Acteur, Groups: []string{}}}
	for _, g := range d.Groups {
		r.Deputy.Groups = append(r.Deputy.Groups, m.Groups[g].Name)
	}
	if d.Circo != none {
		r.Deputy.Circonscription = m.Circos[d.Circo].Name
	} else {
		r.Deputy.Circonscription = d.Department
	}
	var qs []int32
	type mc struct{ asked, answering int }
	ministries := map[int32]*mc{}
	instruments := map[int32]int{}
	for _, qi := range m.index().byDeputy[di] {
		q := &m.Questions[qi]
		if !f.keep(q) {
			continue
		}
		qs = append(qs, qi)
		r.Deputy.Questions++
		if q.answered() {
			r.Deputy.Answered++
		}
		if q.redirected() {
			r.Deputy.Redirected++
		}
		for _, x := range []struct {
			k      int32
			answer bool
		}{{q.Asked, false}, {q.Answerer, true}} {
			if x.k == none {
				continue
			}
			c := ministries[x.k]
			if c == nil {
				c = &mc{}
				ministries[x.k] = c
			}
			if x.answer {
				c.answering++
			} else {
				c.asked++
			}
		}
		seen := map[int32]bool{}
		for _, c := range m.citations(q) {
			if c.Part == lexgraph.PartAnswer && !seen[c.Instrument] {
				seen[c.Instrument] = true
				instruments[c.Instrument]++
			}
		}
	}
	sort.Slice(qs, func(i, j int) bool { return m.newer(qs[i], qs[j]) })
	for _, qi := range limitRows(qs, opts.Limit) {
		q := &m.Questions[qi]
		r.Questions = append(r.Questions, DeputyQuestionRow{Question: q.ref(), UID: q.UID, URL: q.url(), Date: q.Published.String(),
			Title: q.Title, Rubrique: m.rubriqueName(q.Rubrique), Asked: m.ministryName(q.Asked),
			Answerer: m.ministryName(q.Answerer), Answered: q.Answered.String()})
	}
	if r.Questions == nil {
		r.Questions = []DeputyQuestionRow{}
	}
	for k, c := range ministries {
		r.Ministries = append(r.Ministries, MinistryCountRow{Ministry: m.ministryName(k), Asked: c.asked, Answering: c.answering})
	}
	sort.Slice(r.Ministries, func(i, j int) bool {
		a, b := r.Ministries[i], r.Ministries[j]
		if a.Asked != b.Asked {
			return a.Asked > b.Asked
		}
		if a.Answering != b.Answering {
			return a.Answering > b.Answering
		}
		return a.Ministry < b.Ministry
	})
	r.Ministries = limitRows(r.Ministries, opts.Limit)
	r.Instruments = m.instrumentCounts(instruments, opts.Limit)
	return r, nil
}

// ---- ministry ----

// MinistryOptions select a ministry.
type MinistryOptions struct {
	Ministry string `json:"ministry" arg:"NAME"`
	Period
	Limit int `json:"limit,omitempty" help:"at most this many rows in each table (0: all)"`
}

// MinistryInfo is a ministry's identity and the questions it received.
type MinistryInfo struct {
	Node string `json:"node"`
	Name string `json:"name"`
	// Asked counts the questions addressed to it (interrogé).
	Asked int `json:"asked"`
	// Answering counts the questions it was assigned to answer, last.
	Answering int `json:"answering"`
	// Answered counts those it answered.
	Answered int `json:"answered"`
	// RedirectedAway counts the questions asked of it that another
	// ministry answers; RedirectedIn, those it answers that were asked of
	// another.
	RedirectedAway int `json:"redirected_away"`
	RedirectedIn   int `json:"redirected_in"`
}

// MinistryReport is a ministry's questions, askers, citations and delays.
type MinistryReport struct {
	Ministry MinistryInfo `json:"ministry"`
	Delays   DelayRow     `json:"delays"`
	// Deputies and Groups count the questions asked of it or answered by
	// it, by author.
	Deputies []NameCountRow `json:"deputies"`
	Groups   []NameCountRow `json:"groups"`
	// Instruments are those cited in its answers.
	Instruments []InstrumentCountRow `json:"instruments"`
	// Histogram counts its answered questions by delay, in months.
	Histogram []DelayBin `json:"delay_histogram"`
}

// Sections lists the report's tables.
func (r *MinistryReport) Sections() []Section {
	return []Section{{"ministry", []MinistryInfo{r.Ministry}, true}, {"answer delays", []DelayRow{r.Delays}, true},
		{"answer delays by month", r.Histogram, false},
		{"deputies asking", r.Deputies, false}, {"groups asking", r.Groups, false}, {"instruments cited in its answers", r.Instruments, false}}
}

// MinistryReportOf describes a ministry: questions received and answered,
// the deputies and groups asking, the instruments its answers cite most,
// and its answer delays.
func MinistryReportOf(ctx context.Context, st *graph.Store, opts MinistryOptions) (*MinistryReport, error) {
	m, err := prepare(ctx, st, checkLimit(opts.Limit))
	if err != nil {
		return nil, err
	}
	mi, err := m.resolveIndex(opts.Ministry, graph.TypeMinistry)
	if err != nil {
		return nil, err
	}
	f, err := m.compile(opts.Period.filter())
	if err != nil {
		return nil, err
	}
	r := &MinistryReport{Ministry: MinistryInfo{Node: m.Ministries[mi].Node, Name: m.Ministries[mi].Name}}
	deputies, groups, instruments := map[int32]int{}, map[int32]int{}, map[int32]int{}
	var days []int32
	for _, qi := range m.index().byMinistry[mi] {
		q := &m.Questions[qi]
		if !f.keep(q) {
			continue
		}
		if q.Asked == mi {
			r.Ministry.Asked++
			if q.redirected() {
				r.Ministry.RedirectedAway++
			}
		}
		if q.Answerer == mi {
			r.Ministry.Answering++
			if q.answered() {
				r.Ministry.Answered++
				if d, ok := q.delay(); ok {
					days = append(days, d)
				}
			}
			if q.redirected() {
				r.Ministry.RedirectedIn++
			}
			seen := map[int32]bool{}
			for _, c := range m.citations(q) {
				if c.Part == lexgraph.PartAnswer && !seen[c.Instrument] {
					seen[c.Instrument] = true
					instruments[c.Instrument]++
				}
			}
		}
		if q.Asked != mi && q.Answerer != mi {
			continue // assigned on the way only: neither asked nor answering
		}
		if q.Deputy != none {
			deputies[q.Deputy]++
		}
		if q.Group != none {
			groups[q.Group]++
		}
	}
	if rows := m.delays(f, mi); len(rows) == 1 {
		r.Delays = rows[0]
	} else {
		r.Delays = DelayRow{Ministry: r.Ministry.Name, Node: r.Ministry.Node}
	}
	r.Deputies = limitRows(nameCounts(deputies, func(i int32) (string, string) { return deputyLabel(m.Deputies[i]), m.Deputies[i].Node }), opts.Limit)
	r.Groups = limitRows(nameCounts(groups, func(i int32) (string, string) { return m.Groups[i].Name, m.Groups[i].Node }), opts.Limit)
	r.Instruments = m.instrumentCounts(instruments, opts.Limit)
	r.Histogram = delayHistogram(days)
	return r, nil
}
