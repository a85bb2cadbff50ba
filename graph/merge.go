package graph

import "strings"

// A question may come from two sources: a page and the official record
// (the open data). Both describe one node, question/<uid>, each under its
// own label. The record is the richer and the more exact source: where
// both say something of the same property, the record's value stands
// alone; the page fills only what the record lacks (its title line, the
// author's name and circonscription when no acteur file was read, the
// answer while the record has none). MergePage applies that rule to the
// page's quads; the ingest applies it whenever either source is written,
// so the order of reading does not matter.

// officialParts infers from an official record's quads which parts of the
// text it holds: the question always, the answer when it has one, the
// index when it has analyses.
func officialParts(official []Quad, question string) map[string]bool {
	parts := map[string]bool{"question": true}
	for _, q := range official {
		if q.Subject != question {
			continue
		}
		switch q.Predicate {
		case HasAnswer:
			parts["answer"] = true
		case Analyse, TeteAnalyse:
			parts["index"] = true
		}
	}
	return parts
}

// textOfSpans maps the spans of a part's mentions to that part's text:
// the two are kept or dropped together.
var textOfSpans = map[string]string{QuestionSpans: QuestionText, AnswerSpans: AnswerText}

// mergedEdges are the question's edges whose targets are one thing in both
// sources: the page's author, group and ministries are the record's.
var mergedEdges = []string{AskedBy, AuthorGroup, AddressedTo, AnsweredBy}

// MergePage returns the quads of the page describing question (a question
// node) without what the official record's quads say too. Page nodes that
// the record names otherwise take the record's node, and placeholders that
// the two tie to a node (the record's author deputy/PA1234 is the page's
// deputy/jacques-cresta) are returned, for the ingest to rename them
// everywhere (RenameNodes). The page's shared descriptions are kept,
// renamed where their node is such a placeholder.
func MergePage(page, official []Quad, question string) ([]Quad, map[string]string) {
	if len(official) == 0 {
		return page, nil
	}
	target := map[string]string{}
	for _, q := range official {
		if q.Subject == question && q.Object.IsIRI() {
			if _, ok := target[q.Predicate]; !ok {
				target[q.Predicate] = q.Object.IRI()
			}
		}
	}
	// Where the two name one thing by two nodes, the page's node takes the
	// record's, unless the record's is a placeholder the page names (the
	// record's author deputy/PA1234 is the page's deputy/jacques-cresta):
	// that one is renamed everywhere.
	aliases := map[string]string{}
	global := map[string]string{}
	for _, q := range page {
		if q.Subject != question || !q.Object.IsIRI() {
			continue
		}
		for _, e := range mergedEdges {
			x, y := q.Object.IRI(), target[e]
			if q.Predicate != e || y == "" || x == y {
				continue
			}
			switch {
			case IsPlaceholder(y) && !IsPlaceholder(x):
				global[y] = x
			default:
				aliases[x] = y
				if IsPlaceholder(x) {
					global[x] = y
				}
			}
		}
	}
	// the record's quads as they will read once its placeholders are renamed
	official = Rename(official, global)
	type sp struct{ s, p string }
	said := map[sp]bool{}
	referenced := map[string]bool{question: true}
	for _, q := range official {
		said[sp{q.Subject, q.Predicate}] = true
		if q.Object.IsIRI() {
			referenced[q.Object.IRI()] = true
		}
	}
	parts := officialParts(official, question)
	citationPrefix := "citation/" + strings.TrimPrefix(question, "question/") + "/"
	var kept []Quad
	for _, q := range page {
		if IsShared(q.Label) {
			kept = append(kept, renameQuad(q, global))
			continue
		}
		q = renameQuad(q, aliases)
		switch {
		case q.Subject == question && strings.HasPrefix(q.Predicate, "cites_in_") && parts[strings.TrimPrefix(q.Predicate, "cites_in_")]:
			continue // the record's text of that part stands alone
		case strings.HasPrefix(q.Subject, citationPrefix):
			rest := strings.TrimPrefix(q.Subject, citationPrefix)
			if i := strings.IndexByte(rest, '/'); i > 0 && parts[rest[:i]] {
				continue
			}
		case q.Subject == question && textOfSpans[q.Predicate] != "" && said[sp{question, textOfSpans[q.Predicate]}]:
			continue // the spans of a text the record gives too: that text stands alone, and so do its spans
		case q.Predicate != Type && q.Predicate != Source && said[sp{q.Subject, q.Predicate}]:
			continue
		}
		kept = append(kept, q)
	}
	// Drop the page's descriptions of nodes nothing points to any more
	// (an instrument only the dropped answer cited), to a fixed point.
	for {
		for _, q := range kept {
			if q.Object.IsIRI() && !IsShared(q.Label) {
				referenced[q.Object.IRI()] = true
			}
		}
		var next []Quad
		for _, q := range kept {
			if IsShared(q.Label) || q.Subject == question || strings.HasPrefix(q.Subject, citationPrefix) || referenced[q.Subject] {
				next = append(next, q)
			}
		}
		if len(next) == len(kept) {
			break
		}
		kept = next
		for k := range referenced {
			if k != question {
				delete(referenced, k)
			}
		}
		for _, q := range official {
			if q.Object.IsIRI() {
				referenced[q.Object.IRI()] = true
			}
		}
	}
	return dedupe(kept), global
}

func dedupe(quads []Quad) []Quad {
	seen := make(map[Quad]bool, len(quads))
	out := quads[:0]
	for _, q := range quads {
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}
