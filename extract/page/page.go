// Package page reads the text renderings of question pages: the Assemblée
// nationale's sites of every era (fiches q10 to q14, dyn/12 to dyn/17) and
// NosDéputés. The layouts share their section headings ("Texte de la
// question", "Texte de la réponse", "Données clés") and differ in how they
// print metadata, so the reader walks lines and recognises each metadata line
// by its own pattern, whatever the layout: a field a page lacks stays unknown.
package page

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"lexgraph"
)

// line is one line of the page with its byte offsets in the file.
type line struct {
	start, end int // end excludes the newline
	text       string
}

func splitLines(src []byte) []line {
	var lines []line
	start := 0
	for start <= len(src) {
		i := bytes.IndexByte(src[start:], '\n')
		end := len(src)
		if i >= 0 {
			end = start + i
		}
		e := end
		if e > start && src[e-1] == '\r' {
			e--
		}
		lines = append(lines, line{start: start, end: e, text: string(src[start:e])})
		if i < 0 {
			break
		}
		start = end + 1
	}
	return lines
}

// section is the part of the page being read.
type section int

const (
	header section = iota
	questionText
	answerText
	keyData
)

var (
	reQuestionNo  = regexp.MustCompile(`(?i)^Question\s+(écrite|ecrite|orale sans débat|orale|au gouvernement)\s+n[°ºo]\s*(\d+)\s*:?\s*$`)
	reLegislature = regexp.MustCompile(`(?i)^(\d+)\s*(?:e|è|ème|eme|re)\s+législature$`)
	reKeyValue    = regexp.MustCompile(`^([^:>]{2,60}?)\s*(?::|>)\s*(.*)$`)
	// "Question N° : 317  de  M.   Warhouver Aloyse ( République et Liberté - Moselle ) QE"
	reFicheAuthor = regexp.MustCompile(`(?i)^Question\s+N[°ºo]\s*:?\s*(\d+)\s*(?:de\s+(.+?))?\s*(QE|QG|QOSD)?\s*$`)
	// "de M. Thierry Lazaro (Union pour un Mouvement Populaire - Nord )"
	reDeParen   = regexp.MustCompile(`^de\s+(.+)$`)
	rePersonPar = regexp.MustCompile(`^(M\.|Mme|Mlle|MM\.)\s+(.+?)\s*\(\s*(.+?)\s*\)$`)
	rePerson    = regexp.MustCompile(`^(M\.|Mme|Mlle)\s+(\S.*)$`)
	// "Isère (8e circonscription) - Union pour un Mouvement Populaire"
	reCirco    = regexp.MustCompile(`^(.+?)\s*\(\s*(\d+)\s*(?:\^\{?)?(?:re|er|ère|ere|e|ème|eme|è)?\}?\s+circonscription\s*\)\s*(?:-\s*(.+))?$`)
	reDateWord = regexp.MustCompile(`(?i)(\d{1,2}(?:er)?\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s+\d{4}|\d{2}/\d{2}/\d{4})`)
	rePage     = regexp.MustCompile(`(?i)page\s*:?\s*(\d+)`)
	rePublie   = regexp.MustCompile(`(?i)^(Question|Réponse)\s+publiée\s+(?:au\s+JO\s+)?le\b\s*:?\s*(.*)$`)
	reLinkText = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	reTextLead = regexp.MustCompile(`(?i)^Texte de la (?:QUESTION|REPONSE|RÉPONSE)\s*:\s*`)
)

// Read parses src as a question page. It reports false when src is in no
// known layout, so that the caller can read it as plain text instead.
func Read(src []byte) (*lexgraph.Question, []lexgraph.Passage, string, bool) {
	lines := splitLines(src)
	r := reader{q: &lexgraph.Question{}, src: src}
	known := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := lexgraph.CollapseSpace(l.text)
		switch {
		case strings.EqualFold(t, "Texte de la question"):
			r.flush()
			r.sec, known = questionText, true
			continue
		case strings.EqualFold(t, "Texte de la réponse") || strings.EqualFold(t, "Texte de la reponse"):
			r.flush()
			r.sec, known = answerText, true
			continue
		case strings.EqualFold(t, "Données clés") || strings.EqualFold(t, "Donnees cles"):
			r.flush()
			r.sec, known = keyData, true
			continue
		}
		if m := reQuestionNo.FindStringSubmatch(t); m != nil && r.sec != questionText && r.sec != answerText {
			r.q.Number, _ = strconv.Atoi(m[2])
			r.q.Type = questionType(m[1])
			known = true
			continue
		}
		switch r.sec {
		case header:
			i = r.headerLine(lines, i, t)
		case questionText, answerText:
			i = r.textLine(lines, i, t)
		case keyData:
			i = r.keyDataLine(lines, i, t)
		}
	}
	r.flush()
	if !known && r.sawQuestionDe && (r.q.Published.Date != "" || r.q.Answered.Date != "") {
		// no heading, no number: "Question de :", the text, then "Question
		// publiée le 5 février 2001" (dyn/11 as stored); dated, so a page
		known = true
	}
	if !known {
		return nil, nil, "", false
	}
	r.headerText()
	q := r.q
	if q.Type == "" && q.Number > 0 {
		q.Type = "QE"
	}
	q.UID = lexgraph.QuestionUID(q.Legislature, q.Type, q.Number)
	r.fixNameOrder()
	if q.Answered.Date != "" {
		q.HasAnswer = true
	}
	for _, p := range r.passages {
		if p.Part == lexgraph.PartAnswer {
			q.HasAnswer = true
		}
	}
	return q, r.passages, r.layout(), true
}

func questionType(s string) string {
	switch strings.ToLower(s) {
	case "orale", "orale sans débat":
		return "QOSD"
	case "au gouvernement":
		return "QG"
	}
	return "QE"
}

type reader struct {
	src      []byte
	q        *lexgraph.Question
	sec      section
	passages []lexgraph.Passage
	// the text lines of the current section, as byte offsets
	textStart, textEnd int
	inText             bool
	wantCirco          bool // the line after "Question de : X" may be the circonscription
	sawMarkdown        bool
	sawFiche           bool
	sawQuestionDe      bool
	// the paragraphs before the first section (see headerText)
	headStart, headEnd int
}

func (r *reader) layout() string {
	switch {
	case r.sawMarkdown:
		return "page:an-dyn"
	case r.sawFiche:
		return "page:an-fiche"
	case r.sawQuestionDe:
		return "page:an-dyn12"
	}
	return "page:plain"
}

// headerLine handles a line before the page's first section and returns
// the index of the last line it consumed.
func (r *reader) headerLine(lines []line, i int, t string) int {
	l := lines[i]
	if t == "" || strings.EqualFold(t, "ASSEMBLÉE NATIONALE") || strings.EqualFold(t, "FICHE QUESTION") {
		if strings.EqualFold(t, "FICHE QUESTION") {
			r.sawFiche = true
		}
		return i
	}
	if m := reLegislature.FindStringSubmatch(t); m != nil {
		r.q.Legislature, _ = strconv.Atoi(m[1])
		return i
	}
	// "Question de : M. Alain Chrétien" and the circonscription under it,
	// where a page prints them before its text (dyn/14)
	// (or the name on the line after: "Question de :", "M. François
	// Colcombet", "Allier (1re circonscription) - Socialiste", dyn/11)
	if rest, ok := strings.CutPrefix(t, "Question de :"); ok {
		name := strings.TrimSpace(rest)
		if name == "" && i+1 < len(lines) && rePerson.MatchString(strings.TrimSpace(lines[i+1].text)) {
			i++
			name = lexgraph.CollapseSpace(lines[i].text)
		}
		if name != "" {
			r.sawQuestionDe = true
			r.setAuthor(name)
			if i+1 < len(lines) && r.setCirco(lexgraph.CollapseSpace(lines[i+1].text)) {
				i++
			}
			return i
		}
	}
	// "Question N° 14453", "de M. André Chassaigne (… - Puy-de-Dôme )",
	// "Question écrite", "Titre > …", "Rubrique > …", "Analyse > …" of
	// the q14 to q16 pages, printed before their text
	if m := rePublie.FindStringSubmatch(t); m != nil || reFicheAuthor.MatchString(t) {
		if m != nil && strings.HasPrefix(strings.ToLower(m[1]), "r") && r.headEnd > r.headStart {
			// "Réponse publiée le 10 mars 2003" after the question's text,
			// on a page that gives neither a heading: the answer follows
			// (its text may be short, "La loi du 17 janvier 2001 … fixe
			// le principe d'une prescripti" where the copy stops)
			r.headerText()
			r.sec = answerText
		}
		return r.keyDataLine(lines, i, t)
	}
	if strings.EqualFold(t, "Question écrite") {
		r.q.Type = "QE"
		return i
	}
	if m := reKeyValue.FindStringSubmatch(t); m != nil && headerKeys[lexgraph.Fold(strings.TrimSpace(m[1]))] {
		if lexgraph.Fold(strings.TrimSpace(m[1])) == "titre" {
			val := strings.TrimSpace(m[2])
			r.addPassage(lexgraph.PartTitle, l, val)
			if r.q.Title == "" {
				r.q.Title = val
			}
			return i
		}
		return r.keyDataLine(lines, i, t)
	}
	if len(t) > 150 {
		// a paragraph, not a title: the question's text, on a page that
		// gives it no heading (dyn/14); kept for headerText
		start, end := trimSpan(r.src, l.start, l.end)
		if r.headStart == r.headEnd {
			r.headStart = start
		}
		r.headEnd = end
		return i
	}
	if r.q.Title == "" {
		r.q.Title = t
		start, end := trimSpan(r.src, l.start, l.end)
		if start < end {
			r.passages = append(r.passages, lexgraph.Passage{Part: lexgraph.PartTitle, Text: string(r.src[start:end]), Offset: start})
		}
	}
	return i
}

// headerKeys are the metadata keys a page may print before its text.
var headerKeys = map[string]bool{"titre": true, "rubrique": true, "tete d'analyse": true, "analyse": true,
	"ministere interroge": true, "ministere attributaire": true, "ministere repondant": true, "auteur": true, "type de question": true}

// addPassage records val, found in line l, as a passage of part.
func (r *reader) addPassage(part lexgraph.Part, l line, val string) {
	i := strings.LastIndex(l.text, val)
	if i < 0 || val == "" {
		return
	}
	r.passages = append(r.passages, lexgraph.Passage{Part: part, Text: val, Offset: l.start + i})
}

// headerText makes the paragraphs printed before the page's first section
// its question's text, when the page has no question section: a text is
// never dropped for want of its heading.
func (r *reader) headerText() {
	if r.headStart == r.headEnd {
		return
	}
	for _, p := range r.passages {
		if p.Part == lexgraph.PartQuestion {
			return
		}
	}
	r.passages = append(r.passages, lexgraph.Passage{Part: lexgraph.PartQuestion, Text: string(r.src[r.headStart:r.headEnd]), Offset: r.headStart})
}

// textLine handles a line of the question or answer section and returns the
// index of the last line it consumed.
func (r *reader) textLine(lines []line, i int, t string) int {
	l := lines[i]
	if t == "" || t == "|" {
		return i
	}
	if r.sec == questionText && !r.inText {
		if strings.HasPrefix(t, "Question de :") || t == "Question de:" {
			r.sawQuestionDe = true
			rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "Question de :"), "Question de:"))
			if rest == "" && i+1 < len(lines) {
				i++
				rest = lexgraph.CollapseSpace(lines[i].text)
			}
			r.setAuthor(rest)
			if i+1 < len(lines) {
				if r.setCirco(lexgraph.CollapseSpace(lines[i+1].text)) {
					i++
				}
			}
			return i
		}
	}
	if r.sec == answerText && !r.inText {
		if m := rePublie.FindStringSubmatch(t); m != nil && strings.HasPrefix(strings.ToLower(m[1]), "r") {
			r.setPublication(&r.q.Answered, m[2])
			return i
		}
	}
	start, end := l.start, l.end
	if m := reTextLead.FindStringIndex(l.text); m != nil {
		start += m[1]
	}
	start, end = trimSpan(r.src, start, end)
	if start >= end {
		return i
	}
	if !r.inText {
		r.inText, r.textStart = true, start
	}
	r.textEnd = end
	return i
}

// flush closes the current text section into a passage.
func (r *reader) flush() {
	if !r.inText {
		return
	}
	part := lexgraph.PartQuestion
	if r.sec == answerText {
		part = lexgraph.PartAnswer
	}
	r.passages = append(r.passages, lexgraph.Passage{Part: part, Text: string(r.src[r.textStart:r.textEnd]), Offset: r.textStart})
	r.inText = false
}

// keyDataLine handles a line of the "Données clés" block and returns the
// index of the last line it consumed.
func (r *reader) keyDataLine(lines []line, i int, t string) int {
	if t == "" {
		return i
	}
	if strings.Contains(t, "](") {
		r.sawMarkdown = true
		t = reLinkText.ReplaceAllString(t, "$1")
	}
	if m := reLegislature.FindStringSubmatch(t); m != nil {
		r.q.Legislature, _ = strconv.Atoi(m[1])
		return i
	}
	if m := reFicheAuthor.FindStringSubmatch(t); m != nil {
		r.sawFiche = true
		if r.q.Number == 0 {
			r.q.Number, _ = strconv.Atoi(m[1])
		}
		if m[3] != "" {
			r.q.Type = m[3]
		}
		who := m[2]
		if who == "" && i+1 < len(lines) {
			if mm := reDeParen.FindStringSubmatch(lexgraph.CollapseSpace(lines[i+1].text)); mm != nil {
				who = mm[1]
				i++
			}
		}
		if who != "" {
			r.setAuthorParen(who)
		}
		return i
	}
	if m := rePublie.FindStringSubmatch(t); m != nil {
		if strings.HasPrefix(strings.ToLower(m[1]), "q") {
			r.setPublication(&r.q.Published, m[2])
		} else {
			r.setPublication(&r.q.Answered, m[2])
		}
		return i
	}
	m := reKeyValue.FindStringSubmatch(t)
	if m == nil {
		if strings.EqualFold(t, "Question écrite") && r.q.Type == "" {
			r.q.Type = "QE"
		}
		return i
	}
	key, val := lexgraph.Fold(strings.TrimSpace(m[1])), strings.TrimSpace(m[2])
	if val == "" {
		return i
	}
	switch key {
	case "auteur":
		r.setAuthor(val)
	case "circonscription":
		r.setCirco(val)
	case "type de question":
		if strings.HasPrefix(lexgraph.Fold(val), "question ecrite") {
			r.q.Type = "QE"
		}
	case "numero de la question":
		if n, err := strconv.Atoi(val); err == nil && r.q.Number == 0 {
			r.q.Number = n
		}
	case "rubrique":
		r.q.Rubrique = val
	case "tete d'analyse":
		r.q.TeteAnalyse = val
	case "analyse":
		r.q.Analyses = append(r.q.Analyses, val)
		r.addPassage(lexgraph.PartIndex, lines[i], val)
	case "ministere interroge":
		r.q.Asked = lexgraph.Ministry{Name: val}
	case "ministere attributaire", "ministere repondant":
		r.q.Assigned = append(r.q.Assigned, lexgraph.Ministry{Name: val})
	}
	return i
}

func (r *reader) setPublication(p *lexgraph.Publication, s string) {
	if m := reDateWord.FindString(s); m != "" {
		if d, ok := lexgraph.ParseDate(m); ok {
			p.Date = d
		}
	}
	if m := rePage.FindStringSubmatch(s); m != nil {
		p.Page, _ = strconv.Atoi(m[1])
	}
}

// setAuthor reads "M. Jacques Cresta".
func (r *reader) setAuthor(s string) {
	if m := rePerson.FindStringSubmatch(s); m != nil {
		r.q.Author.Civility, r.q.Author.Name = m[1], strings.TrimSpace(m[2])
	} else if s != "" {
		r.q.Author.Name = s
	}
}

// setAuthorParen reads "M. Warhouver Aloyse ( République et Liberté - Moselle )"
// and "M. Thierry Lazaro (Union pour un Mouvement Populaire - Nord )".
func (r *reader) setAuthorParen(s string) {
	m := rePersonPar.FindStringSubmatch(lexgraph.CollapseSpace(s))
	if m == nil {
		r.setAuthor(s)
		return
	}
	r.q.Author.Civility, r.q.Author.Name = m[1], m[2]
	inner := m[3]
	if k := strings.LastIndex(inner, " - "); k >= 0 {
		r.q.PageGroup.Name = strings.TrimSpace(inner[:k])
		r.q.Circo.Department = strings.TrimSpace(inner[k+3:])
	} else {
		r.q.PageGroup.Name = inner
	}
}

// setCirco reads "Isère (8e circonscription) - Union pour un Mouvement
// Populaire" and reports whether s was one.
func (r *reader) setCirco(s string) bool {
	m := reCirco.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	r.q.Circo.Department = strings.TrimSpace(m[1])
	r.q.Circo.Number, _ = strconv.Atoi(m[2])
	if g := strings.TrimSpace(m[3]); g != "" {
		r.q.PageGroup.Name = g
	}
	return true
}

// fixNameOrder puts a name printed "Nom Prénom" (fiches q10) in the order
// "Prénom Nom" when the question's own text names the author that way: the
// page itself then says which word is the first name.
func (r *reader) fixNameOrder() {
	name := r.q.Author.Name
	f := strings.Fields(name)
	if len(f) < 2 || r.q.Author.Civility == "" {
		return
	}
	for _, p := range r.passages {
		if p.Part != lexgraph.PartQuestion {
			continue
		}
		for k := 1; k < len(f); k++ {
			swapped := strings.Join(append(append([]string{}, f[k:]...), f[:k]...), " ")
			if swapped != name && strings.Contains(lexgraph.CollapseSpace(p.Text), r.q.Author.Civility+" "+swapped+" ") {
				r.q.Author.Name = swapped
				return
			}
		}
	}
}

// trimSpan narrows [start, end) of src to exclude surrounding white space.
func trimSpan(src []byte, start, end int) (int, int) {
	for start < end && isSpaceByte(src[start]) {
		start++
	}
	for end > start && isSpaceByte(src[end-1]) {
		end--
	}
	return start, end
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }
