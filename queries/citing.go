package queries

import (
	"context"
	"encoding/binary"
	"sort"

	"lexgraph"
	"lexgraph/extract/refs/legidata"
	"lexgraph/graph"
)

// CitingOptions select the citations of one instrument.
type CitingOptions struct {
	// Instrument names the instrument (see Resolve).
	Instrument string        `json:"instrument" arg:"INSTRUMENT"`
	Part       lexgraph.Part `json:"part,omitempty" help:"keep citations from one part: question, answer, title, index, text"`
	Filter
	Limit int `json:"limit,omitempty" help:"at most this many rows (0: all)"`
}

// CitingRow is one part of a question citing the instrument.
type CitingRow struct {
	Question string   `json:"question"` // its reference: "14-81473", else the uid
	UID      string   `json:"uid"`
	URL      string   `json:"url"`  // its page on the Assemblée's site, where known
	Date     string   `json:"date"` // the question's publication
	Deputy   string   `json:"deputy"`
	Asked    string   `json:"ministry_asked"`
	Answerer string   `json:"ministry_answering"`
	Part     string   `json:"part"`
	Articles []string `json:"articles"`
	// Sentence is the first sentence of the part that cites it, and
	// Wordings the words that cited it there (to highlight in it).
	Sentence string   `json:"sentence"`
	Wordings []string `json:"wordings"`
	// DeputyNode is the deputy's node, for links.
	DeputyNode string `json:"deputy_node"`
	// Links are the instrument's official pages (see
	// lexgraph.Instrument.Links); ArticleLinks, one for each of Articles in
	// its order, the Légifrance page of the article where lexgraph knows it
	// (the articles of four codes, see extract/refs/legidata), else "".
	Links        []string `json:"links"`
	ArticleLinks []string `json:"article_links"`
}

// Citing lists the questions (and plain documents) citing an instrument,
// one row per part citing it, the newest questions first.
func Citing(ctx context.Context, st *graph.Store, opts CitingOptions) ([]CitingRow, error) {
	m, err := prepare(ctx, st, checkPart(opts.Part), checkLimit(opts.Limit))
	if err != nil {
		return nil, err
	}
	ii, err := m.resolveIndex(opts.Instrument, graph.TypeInstrument)
	if err != nil {
		return nil, err
	}
	f, err := m.compile(opts.Filter)
	if err != nil {
		return nil, err
	}
	// Newest first: sorted on keys copied out of the questions, for an
	// instrument cited everywhere has tens of thousands of citations.
	type key struct {
		ci, qi    int32
		published Day
		leg, num  int32
		part      int
	}
	var keys []key
	for _, ci := range m.index().byInstrument[ii] {
		c := &m.Citations[ci]
		q := &m.Questions[c.Question]
		if (opts.Part == "" || c.Part == opts.Part) && f.keep(q) {
			keys = append(keys, key{ci, c.Question, q.Published, q.Legislature, q.Number, partOrder(c.Part)})
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := &keys[i], &keys[j]
		if a.qi != b.qi {
			if a.published != b.published {
				if a.published == NoDay || b.published == NoDay {
					return b.published == NoDay
				}
				return a.published > b.published
			}
			if a.leg != b.leg {
				return a.leg > b.leg
			}
			if a.num != b.num {
				return a.num > b.num
			}
			return a.qi < b.qi
		}
		return a.part < b.part
	})
	keys = limitRows(keys, opts.Limit)
	cites := make([]int32, len(keys))
	for i, k := range keys {
		cites[i] = k.ci
	}
	sentences, err := m.sentencesOf(ctx, st, cites)
	if err != nil {
		return nil, err
	}
	rows := make([]CitingRow, 0, len(cites))
	in := m.Instruments[ii]
	pages := links(in)
	for i, ci := range cites {
		c := &m.Citations[ci]
		q := &m.Questions[c.Question]
		articles := c.Articles
		if articles == nil {
			articles = []string{}
		}
		row := CitingRow{Question: q.ref(), UID: q.UID, URL: q.url(), Date: q.Published.String(),
			Deputy: m.deputyName(q.Deputy), Asked: m.ministryName(q.Asked), Answerer: m.ministryName(q.Answerer),
			Part: string(c.Part), Articles: articles, Sentence: sentences[i], Wordings: nonNil(c.Wordings),
			Links: pages, ArticleLinks: articleLinks(in, articles)}
		if q.Deputy != none {
			row.DeputyNode = m.Deputies[q.Deputy].Node
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// sentencesBlob is the name of the saved sentences: the first sentence of
// each citation, in the model's citation order. They are the bulk of the
// model's text and only citing prints them, for a few rows: they are saved
// apart, as a table of offsets then the texts, and read in place.
const sentencesBlob = "queries.sentences"

func encodeSentences(s []string) []byte {
	size := 8 + 4*(len(s)+1)
	for _, x := range s {
		size += len(x)
	}
	b := make([]byte, 8+4*(len(s)+1), size)
	binary.LittleEndian.PutUint64(b, uint64(len(s)))
	off := uint32(0)
	for i, x := range s {
		binary.LittleEndian.PutUint32(b[8+4*i:], off)
		off += uint32(len(x))
		b = append(b, x...)
	}
	binary.LittleEndian.PutUint32(b[8+4*len(s):], off)
	return b
}

// sentenceAt reads sentence i of an encoded table; ok is false when the
// table does not hold it.
func sentenceAt(b []byte, i int) (string, bool) {
	if len(b) < 8 {
		return "", false
	}
	n := binary.LittleEndian.Uint64(b)
	head := 8 + 4*(n+1)
	if uint64(i) >= n || uint64(len(b)) < head {
		return "", false
	}
	from := uint64(binary.LittleEndian.Uint32(b[8+4*i:]))
	to := uint64(binary.LittleEndian.Uint32(b[8+4*(i+1):]))
	if from > to || head+to > uint64(len(b)) {
		return "", false
	}
	return string(b[head+from : head+to]), true
}

// sentencesOf returns the sentences of citations: from memory when the
// model was built in this process, else from the saved table, else (a
// table missing or older than the model) from the store, one node each.
func (m *Model) sentencesOf(ctx context.Context, st *graph.Store, cites []int32) ([]string, error) {
	out := make([]string, len(cites))
	if len(cites) == 0 {
		return out, nil
	}
	if m.sentences != nil {
		for i, ci := range cites {
			out[i] = m.sentences[ci]
		}
		return out, nil
	}
	found := false
	err := st.ViewBlob(ctx, sentencesBlob, func(gen string, data []byte) error {
		if gen != m.Generation || data == nil {
			return nil
		}
		for i, ci := range cites {
			s, ok := sentenceAt(data, int(ci))
			if !ok {
				return nil
			}
			out[i] = s
		}
		found = true
		return nil
	})
	if err != nil || found {
		return out, err
	}
	for i, ci := range cites {
		c := &m.Citations[ci]
		vals, err := st.Objects(ctx, graph.CitationNode(m.Questions[c.Question].Node, c.Part, m.Instruments[c.Instrument].ID), graph.Sentence)
		if err != nil {
			return nil, err
		}
		out[i] = first(vals)
	}
	return out, nil
}

// articleLinks returns the Légifrance page of each article of an
// instrument, "" where none is known.
func articleLinks(in Instrument, articles []string) []string {
	out := make([]string, len(articles))
	if in.Kind != string(lexgraph.KindCode) || !legidata.HasArticles(in.Legifrance) {
		return out
	}
	for i, a := range articles {
		out[i] = legidata.ArticleURL(in.Legifrance, a)
	}
	return out
}
