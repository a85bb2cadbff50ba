package page

import (
	"regexp"

	"lexgraph"
)

// The Sénat's written-question pages, as its site prints them: a first
// line "Question de M. DUPONT Ambroise (Calvados - U.R.E.I.) publiée le
// 04/06/1992", the question's text, then, when answered, a line "Réponse du
// ministère : Intérieur publiée le 13/08/1992" (or "Réponse du Ministère de
// l'intérieur publiée le …") and the answer's text.
var (
	reSenatHead   = regexp.MustCompile(`^Question de (?:M\.|Mme|MM\.)\s.{2,200}?\spubliée le (\d{2})/(\d{2})/(\d{4})\s*$`)
	reSenatAnswer = regexp.MustCompile(`^Réponse du [Mm]inistère\b.{0,200}?\spubliée le (\d{2})/(\d{2})/(\d{4})\s*$`)
)

// ReadSenat reads src as a Sénat question page: the question's passage and
// the answer's, each with its day of publication. It reports false when
// src is not in that layout. The Sénat's questions are not the Assemblée's:
// no question record is made of them, so that they are never taken for
// one (their numbers start again each year and would collide with its
// uids); their passages are what the extractor reads.
func ReadSenat(src []byte) ([]lexgraph.Passage, bool) {
	lines := splitLines(src)
	if len(lines) < 2 {
		return nil, false
	}
	head := reSenatHead.FindStringSubmatch(lines[0].text)
	if head == nil {
		return nil, false
	}
	asked, ok := day(head[1:])
	if !ok {
		return nil, false
	}
	answerAt, answered := -1, ""
	for i := 1; i < len(lines); i++ {
		if m := reSenatAnswer.FindStringSubmatch(lines[i].text); m != nil {
			if d, ok := day(m[1:]); ok {
				answerAt, answered = i, d
				break
			}
		}
	}
	var passages []lexgraph.Passage
	add := func(part lexgraph.Part, start, end int, d string) {
		start, end = trimSpan(src, start, end)
		if end > start {
			passages = append(passages, lexgraph.Passage{Part: part, Text: string(src[start:end]), Offset: start, Day: d})
		}
	}
	questionEnd := len(src)
	if answerAt >= 0 {
		questionEnd = lines[answerAt].start
	}
	add(lexgraph.PartQuestion, lines[1].start, questionEnd, asked)
	if answerAt >= 0 && answerAt+1 < len(lines) {
		add(lexgraph.PartAnswer, lines[answerAt+1].start, len(src), answered)
	}
	return passages, len(passages) > 0
}

// day returns the YYYY-MM-DD of a day, month and year in figures, false
// for a day that does not exist.
func day(dmy []string) (string, bool) {
	d, ok := lexgraph.ParseDate(dmy[0] + "/" + dmy[1] + "/" + dmy[2])
	return d, ok && d != ""
}
