package queries

import (
	"context"

	"lexgraph"
	"lexgraph/graph"
)

// QuestionOptions select a question.
type QuestionOptions struct {
	// Question is its number ("81473", "14-81473" for one legislature's)
	// or its uid.
	Question string `json:"question" arg:"QUESTION"`
}

// QuestionInfo is a question's metadata. Unknown fields are empty: a page
// that did not print a date leaves it unknown.
type QuestionInfo struct {
	Node string `json:"node"`
	UID  string `json:"uid"`
	// Question is its reference, as the Assemblée writes it ("14-81473"),
	// and URL its page on the Assemblée's site.
	Question    string   `json:"question"`
	URL         string   `json:"url"`
	Number      int      `json:"number"`
	Legislature int      `json:"legislature"`
	Type        string   `json:"type"`
	Title       string   `json:"title"`
	Rubrique    string   `json:"rubrique"`
	TeteAnalyse string   `json:"tete_analyse"`
	Analyses    []string `json:"analyses"`
	Deputy      string   `json:"deputy"`
	DeputyNode  string   `json:"deputy_node"`
	Group       string   `json:"group"`
	GroupNode   string   `json:"group_node"`
	// Asked is the ministère interrogé; Assigned every attributaire in
	// order; Answerer the last, who answers.
	Asked        string   `json:"ministry_asked"`
	AskedNode    string   `json:"ministry_asked_node"`
	Assigned     []string `json:"ministries_assigned"`
	Answerer     string   `json:"ministry_answering"`
	AnswererNode string   `json:"ministry_answering_node"`
	Published    string   `json:"published"`
	Answered     string   `json:"answered"`
	// DelayDays is the days from the question's publication to its
	// answer's; -1 when either date is unknown.
	DelayDays int    `json:"delay_days"`
	HasAnswer bool   `json:"has_answer"`
	Status    string `json:"status"`
	Source    string `json:"source"`
}

// QuestionCitationRow is one instrument cited in one part of the question.
type QuestionCitationRow struct {
	Part     string   `json:"part"`
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Kind     string   `json:"kind"`
	Articles []string `json:"articles"`
	Wordings []string `json:"wordings"`
	Mentions int      `json:"mentions"`
}

// QuestionText is the text of one part (the question, the answer) with
// where its mentions stand in it.
type QuestionText struct {
	Part  string           `json:"part"`
	Text  string           `json:"text"`
	Spans []graph.TextSpan `json:"spans"`
}

// QuestionReport is what the graph knows of one question.
type QuestionReport struct {
	Question  QuestionInfo          `json:"question"`
	Citations []QuestionCitationRow `json:"citations"`
	Texts     []QuestionText        `json:"texts"`
}

// Sections lists the report's tables; the texts are for JSON and for the
// explorer, too long for a table.
func (r *QuestionReport) Sections() []Section {
	return []Section{{"question", []QuestionInfo{r.Question}, true}, {"citations", r.Citations, false}}
}

// QuestionReportOf describes a question: its metadata, the instruments it
// cites, part by part, and its texts with their mentions.
func QuestionReportOf(ctx context.Context, st *graph.Store, opts QuestionOptions) (*QuestionReport, error) {
	m, err := LoadModel(ctx, st)
	if err != nil {
		return nil, err
	}
	t, err := m.resolve(opts.Question, graph.TypeQuestion)
	if err != nil {
		return nil, err
	}
	q := &m.Questions[t.index]
	info := QuestionInfo{Node: q.Node, UID: q.UID, Question: q.ref(), URL: q.url(), Number: int(q.Number), Legislature: int(q.Legislature), Type: q.Type,
		Title: q.Title, Rubrique: m.rubriqueName(q.Rubrique), Deputy: m.deputyName(q.Deputy), Group: m.groupName(q.Group),
		Asked: m.ministryName(q.Asked), Answerer: m.ministryName(q.Answerer), Published: q.Published.String(),
		Answered: q.Answered.String(), HasAnswer: q.answered(), DelayDays: -1, Analyses: []string{}, Assigned: []string{}}
	if q.Deputy != none {
		info.DeputyNode = m.Deputies[q.Deputy].Node
	}
	if q.Group != none {
		info.GroupNode = m.Groups[q.Group].Node
	}
	if q.Asked != none {
		info.AskedNode = m.Ministries[q.Asked].Node
	}
	if q.Answerer != none {
		info.AnswererNode = m.Ministries[q.Answerer].Node
	}
	for _, a := range q.Assigned {
		info.Assigned = append(info.Assigned, m.ministryName(a))
	}
	if q.Published != NoDay && q.Answered != NoDay && q.Answered >= q.Published {
		info.DelayDays = int(q.Answered - q.Published)
	}
	r := &QuestionReport{Question: info, Citations: []QuestionCitationRow{}, Texts: []QuestionText{}}
	for _, c := range m.citations(q) {
		in := m.Instruments[c.Instrument]
		r.Citations = append(r.Citations, QuestionCitationRow{Part: string(c.Part), ID: in.ID, Label: instrumentLabel(in),
			Kind: in.Kind, Articles: nonNil(c.Articles), Wordings: nonNil(c.Wordings), Mentions: int(c.Mentions)})
	}
	props, err := st.Out(ctx, q.Node)
	if err != nil {
		return nil, err
	}
	r.Question.TeteAnalyse = first(props[graph.TeteAnalyse])
	for _, a := range props[graph.Analyse] {
		r.Question.Analyses = append(r.Question.Analyses, a.Text())
	}
	r.Question.Status = first(props[graph.Status])
	r.Question.Source = first(props[graph.Source])
	for _, p := range []struct {
		part        lexgraph.Part
		text, spans string
	}{{lexgraph.PartQuestion, graph.QuestionText, graph.QuestionSpans}, {lexgraph.PartAnswer, graph.AnswerText, graph.AnswerSpans}} {
		text := first(props[p.text])
		if text == "" {
			continue
		}
		// One text a part: where a page and the official record both give
		// one, the record's stands alone, with its spans (graph.MergePage).
		spans, err := graph.ParseTextSpans(first(props[p.spans]), len(text))
		if err != nil {
			return nil, lexgraph.Errorf(lexgraph.EINTERNAL, "question %s, %s: %v", q.Node, p.part, err)
		}
		if spans == nil {
			spans = []graph.TextSpan{}
		}
		r.Texts = append(r.Texts, QuestionText{Part: string(p.part), Text: text, Spans: spans})
	}
	return r, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
