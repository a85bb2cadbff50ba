package queries

import (
	"strconv"
	"strings"
	"time"

	"lexgraph"
	"lexgraph/graph"
)

// Filter keeps the questions a query counts. Names are resolved by the
// rules of Resolve; empty fields keep every question. A question whose
// field is unknown (no publication date, no author) is left out by a
// filter on that field: it is not known to match.
type Filter struct {
	// Ministry keeps the questions that involve the ministry: asked
	// (interrogé), assigned or answering (attributaire).
	Ministry string `json:"ministry,omitempty" help:"keep questions asked of, assigned to or answered by this ministry"`
	Rubrique string `json:"rubrique,omitempty" help:"keep questions of this rubrique"`
	// Period keeps one legislature (0: all) and bounds the question's
	// publication date, inclusive: YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY or
	// "16 juin 2015".
	Period
	Deputy string `json:"deputy,omitempty" help:"keep questions of this deputy"`
	Group  string `json:"group,omitempty" help:"keep questions whose author sat in this group when asking (for a question known by its page only: the group the page printed, the deputy's group when it was read)"`
}

// IsZero reports whether the filter keeps everything.
func (f Filter) IsZero() bool { return f == Filter{} }

// questionFilter is a Filter resolved against a model.
type questionFilter struct {
	ministry, rubrique, deputy, group int32
	legislature                       int32
	from, to                          Day
	any                               bool
}

func (m *Model) compile(f Filter) (*questionFilter, error) {
	c := &questionFilter{ministry: none, rubrique: none, deputy: none, group: none, from: NoDay, to: NoDay, any: !f.IsZero()}
	var err error
	for _, x := range []struct {
		name string
		typ  string
		dst  *int32
	}{
		{f.Ministry, graph.TypeMinistry, &c.ministry}, {f.Rubrique, graph.TypeRubrique, &c.rubrique},
		{f.Deputy, graph.TypeDeputy, &c.deputy}, {f.Group, graph.TypeGroup, &c.group},
	} {
		if strings.TrimSpace(x.name) == "" {
			continue
		}
		if *x.dst, err = m.resolveIndex(x.name, x.typ); err != nil {
			return nil, err
		}
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	c.legislature = int32(f.Legislature)
	c.from, _ = parseBound(f.From, false)
	c.to, _ = parseBound(f.To, true)
	return c, nil
}

// parseBound reads a date bound: a year or a month stands for its first
// day (from) or its last (to).
func parseBound(s string, end bool) (Day, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return NoDay, nil
	}
	option := "from"
	if end {
		option = "to"
	}
	bad := lexgraph.Errorf(lexgraph.EINVALID, "%s: date %q: want YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY or \"16 juin 2015\"", option, s)
	if y, err := strconv.Atoi(s); err == nil && len(s) == 4 {
		if end {
			return dayOf(y, 12, 31), nil
		}
		return dayOf(y, 1, 1), nil
	}
	if len(s) == 7 && s[4] == '-' {
		y, err1 := strconv.Atoi(s[:4])
		mo, err2 := strconv.Atoi(s[5:])
		if err1 != nil || err2 != nil || mo < 1 || mo > 12 {
			return NoDay, bad
		}
		if end {
			return dayOf(y, mo+1, 1) - 1, nil
		}
		return dayOf(y, mo, 1), nil
	}
	d, ok := lexgraph.ParseDate(s)
	if !ok {
		return NoDay, bad
	}
	return ParseDay(d), nil
}

func dayOf(y, m, d int) Day {
	return Day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// keep reports whether the filter keeps question q.
func (c *questionFilter) keep(q *Question) bool {
	if !c.any {
		return true
	}
	if q.Document {
		return false // plain texts have none of the fields filtered on
	}
	if c.legislature != 0 && q.Legislature != c.legislature {
		return false
	}
	if c.from != NoDay && (q.Published == NoDay || q.Published < c.from) {
		return false
	}
	if c.to != NoDay && (q.Published == NoDay || q.Published > c.to) {
		return false
	}
	if c.deputy != none && q.Deputy != c.deputy {
		return false
	}
	if c.group != none && q.Group != c.group {
		return false
	}
	if c.rubrique != none && q.Rubrique != c.rubrique {
		return false
	}
	if c.ministry != none && q.Asked != c.ministry && q.Answerer != c.ministry {
		found := false
		for _, a := range q.Assigned {
			found = found || a == c.ministry
		}
		if !found {
			return false
		}
	}
	return true
}

// candidates returns the questions worth testing against the filter: the
// index of the most selective named field when there is one, else all.
func (m *Model) candidates(c *questionFilter) []int32 {
	if c.deputy == none && c.ministry == none && c.group == none && c.rubrique == none {
		return nil
	}
	d := m.index()
	var list []int32
	pick := func(l []int32) {
		if list == nil || len(l) < len(list) {
			list = l
		}
	}
	if c.deputy != none {
		pick(d.byDeputy[c.deputy])
	}
	if c.ministry != none {
		pick(d.byMinistry[c.ministry])
	}
	if c.group != none {
		pick(d.byGroup[c.group])
	}
	if c.rubrique != none {
		pick(d.byRubrique[c.rubrique])
	}
	if list == nil {
		return []int32{}
	}
	return list
}

// eachQuestion calls fn for every question the filter keeps, in model
// order.
func (m *Model) eachQuestion(c *questionFilter, fn func(qi int32, q *Question)) {
	if list := m.candidates(c); list != nil {
		for _, qi := range list {
			if q := &m.Questions[qi]; c.keep(q) {
				fn(qi, q)
			}
		}
		return
	}
	for i := range m.Questions {
		if q := &m.Questions[i]; c.keep(q) {
			fn(int32(i), q)
		}
	}
}

// checkPart validates a part option.
func checkPart(p lexgraph.Part) error {
	if p != "" && !p.Valid() {
		return lexgraph.Errorf(lexgraph.EINVALID, "unknown part %q (want question, answer, title, index or text)", p)
	}
	return nil
}

func checkKind(k lexgraph.Kind) error {
	if k != "" && !k.Valid() {
		var names []string
		for _, x := range lexgraph.Kinds {
			names = append(names, string(x))
		}
		return lexgraph.Errorf(lexgraph.EINVALID, "unknown kind %q (want one of %s)", k, strings.Join(names, ", "))
	}
	return nil
}

func checkLimit(n int) error {
	if n < 0 {
		return lexgraph.Errorf(lexgraph.EINVALID, "limit %d: want 0 (all) or more", n)
	}
	return nil
}

func errFromAfterTo(p Period) error {
	return lexgraph.Errorf(lexgraph.EINVALID, "from %s is after to %s: no question can match", p.From, p.To)
}

// ref returns a question's reference as the Assemblée writes it, with its
// legislature ("14-81473"), else its uid, else (a plain document) its
// node's name.
func (q *Question) ref() string {
	if r := lexgraph.QuestionRef(int(q.Legislature), q.Type, int(q.Number), q.UID); r != "" {
		return r
	}
	return withoutPrefix(q.Node)
}

// url returns the address of a question's page on the Assemblée's site,
// "" when it is not known (see lexgraph.QuestionURL).
func (q *Question) url() string {
	if q.Document {
		return ""
	}
	return lexgraph.QuestionURL(int(q.Legislature), q.Type, int(q.Number))
}

// groupPredicate is the predicate that links a question to its Group.
func (q *Question) groupPredicate() string {
	if q.GroupFromPage {
		return graph.PageGroup
	}
	return graph.AuthorGroup
}

// groupAsOf says when a question's group held: "asking" for the open
// data's groupe, "page" for the group a page printed (the deputy's group
// when the page was read), "" for none.
func (q *Question) groupAsOf() string {
	switch {
	case q.Group == none:
		return ""
	case q.GroupFromPage:
		return "page"
	}
	return "asking"
}

func (m *Model) ministryName(i int32) string {
	if i == none {
		return ""
	}
	return m.Ministries[i].Name
}

func (m *Model) ministryNode(i int32) string {
	if i == none {
		return ""
	}
	return m.Ministries[i].Node
}

func (m *Model) deputyNode(i int32) string {
	if i == none {
		return ""
	}
	return m.Deputies[i].Node
}

func (m *Model) groupName(i int32) string {
	if i == none {
		return ""
	}
	return m.Groups[i].Name
}

func (m *Model) deputyName(i int32) string {
	if i == none {
		return ""
	}
	return deputyLabel(m.Deputies[i])
}

func (m *Model) rubriqueName(i int32) string {
	if i == none {
		return ""
	}
	return m.Rubriques[i].Name
}

func limitRows[T any](rows []T, n int) []T {
	if n > 0 && len(rows) > n {
		return rows[:n]
	}
	if rows == nil {
		return []T{}
	}
	return rows
}
