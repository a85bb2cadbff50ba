package graph

import (
	"encoding/json"
	"fmt"
	"sort"

	"lexgraph"
)

// TextSpan is where one mention stands in a question's or an answer's
// stored text: byte offsets into the text, the instrument it resolved to
// ("" when unresolved) and the article cited. A part's spans are stored as
// one JSON array (the QuestionSpans and AnswerSpans literals), in the
// order of the text: one quad a part rather than one a mention, for they
// are read together, to display the text.
type TextSpan struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Kind    string `json:"kind"`
	ID      string `json:"id,omitempty"`
	Article string `json:"article,omitempty"`
}

// textSeparator joins the passages of one part (a part is read in
// several passages only where a source splits it).
const textSeparator = "\n\n"

// textQuads stores the text of one part of a document, its passages
// joined, and the spans of its mentions.
func textQuads(b *quadBuilder, node string, doc *lexgraph.Document, part lexgraph.Part, textPred, spansPred string) {
	text, spans := PartText(doc, part)
	if text == "" {
		return
	}
	b.str(node, textPred, text)
	if len(spans) > 0 {
		data, _ := json.Marshal(spans) // plain ints and strings: cannot fail
		b.str(node, spansPred, string(data))
	}
}

// PartText returns the text of one part of a document, its passages
// joined by a blank line, and where the document's mentions of that part
// stand in it.
func PartText(doc *lexgraph.Document, part lexgraph.Part) (string, []TextSpan) {
	var text []byte
	offsets := make([]int, len(doc.Passages)) // where each passage starts in text; -1: another part
	for i, p := range doc.Passages {
		offsets[i] = -1
		if p.Part != part || p.Text == "" {
			continue
		}
		if len(text) > 0 {
			text = append(text, textSeparator...)
		}
		offsets[i] = len(text)
		text = append(text, p.Text...)
	}
	var spans []TextSpan
	for _, m := range doc.Mentions {
		if m.Part != part || m.Passage < 0 || m.Passage >= len(offsets) || offsets[m.Passage] < 0 {
			continue
		}
		off := offsets[m.Passage]
		if m.TextStart < 0 || m.TextEnd < m.TextStart || off+m.TextEnd > len(text) {
			continue // not from this text (a mention built by hand)
		}
		spans = append(spans, TextSpan{Start: off + m.TextStart, End: off + m.TextEnd, Kind: string(m.Kind), ID: m.ID, Article: m.Article})
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	return string(text), spans
}

// ParseTextSpans reads a part's stored spans, checking each against the
// text's length, so that a damaged literal cannot make a display cut the
// text out of bounds.
func ParseTextSpans(data string, textLen int) ([]TextSpan, error) {
	if data == "" {
		return nil, nil
	}
	var spans []TextSpan
	if err := json.Unmarshal([]byte(data), &spans); err != nil {
		return nil, fmt.Errorf("stored mention spans: %w", err)
	}
	last := 0
	for _, s := range spans {
		if s.Start < last || s.End < s.Start || s.End > textLen {
			return nil, fmt.Errorf("stored mention span %d–%d is out of order or outside the text (%d bytes)", s.Start, s.End, textLen)
		}
		last = s.Start
	}
	return spans, nil
}
