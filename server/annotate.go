package server

import (
	"sort"
	"strings"

	"lexgraph"
	"lexgraph/graph"
)

// run is a stretch of a text as the explorer shows it: plain, or a mention
// (linked to its instrument's page when it was resolved).
type run struct {
	Text    string
	Mention bool
	Href    string
	Title   string
	// Unresolved marks a mention whose instrument is unknown.
	Unresolved bool
}

// annotate cuts a text into runs at its mentions' spans, as eyecite's
// annotate does: each mention marked and linked to its instrument, the
// text between left as it is. Spans that overlap one before them are left
// out (none should).
func annotate(text string, spans []graph.TextSpan, labels map[string]string) []run {
	var out []run
	at := 0
	for _, s := range spans {
		if s.Start < at || s.End > len(text) || s.Start >= s.End {
			continue
		}
		if s.Start > at {
			out = append(out, run{Text: text[at:s.Start]})
		}
		r := run{Text: text[s.Start:s.End], Mention: true}
		if s.ID != "" {
			r.Href = "/instrument/" + s.ID
			r.Title = labels[s.ID]
			if r.Title == "" {
				r.Title = s.ID
			}
			if s.Article != "" {
				r.Title = "article " + s.Article + " — " + r.Title
			}
		} else {
			r.Unresolved = true
			r.Title = valueLabel(s.Kind) + " non résolu : le texte ne dit pas lequel sans ambiguïté"
		}
		out = append(out, r)
		at = s.End
	}
	if at < len(text) {
		out = append(out, run{Text: text[at:]})
	}
	return out
}

// highlight marks in a sentence the words that cited an instrument: the
// first place each wording stands, the longest wordings first.
func highlight(sentence string, wordings []string) []run {
	sentence = lexgraph.CollapseSpace(sentence)
	ws := append([]string(nil), wordings...)
	sort.Slice(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	var spans []graph.TextSpan
	for _, w := range ws {
		if w == "" {
			continue
		}
		from := 0
		for from < len(sentence) {
			i := strings.Index(sentence[from:], w)
			if i < 0 {
				break
			}
			s := graph.TextSpan{Start: from + i, End: from + i + len(w)}
			overlaps := false
			for _, o := range spans {
				overlaps = overlaps || s.Start < o.End && o.Start < s.End
			}
			if !overlaps {
				spans = append(spans, s)
				break
			}
			from += i + 1
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []run
	at := 0
	for _, s := range spans {
		if s.Start > at {
			out = append(out, run{Text: sentence[at:s.Start]})
		}
		out = append(out, run{Text: sentence[s.Start:s.End], Mention: true})
		at = s.End
	}
	if at < len(sentence) {
		out = append(out, run{Text: sentence[at:]})
	}
	return out
}
