package queries

import (
	"context"
	"sort"
	"strings"
	"sync"
	"time"

	"lexgraph"
	"lexgraph/graph"
)

// Model is the read model the named queries run on: every question (and
// plain document) with the metadata and citations the queries filter and
// count on, and the deputies, groups, ministries, rubriques,
// circonscriptions and instruments they point to, as slices that refer to
// each other by index.
//
// Why a read model: answering "which instruments do answers of the Justice
// ministry cite" from cayley's per-node reads costs one lookup per quad,
// seconds on a legislature's 100,000 questions. The model is built from one
// scan of the store, kept for the life of the process until the store
// changes (graph.Store.Memo), and saved in the store file itself
// (graph.Store.SaveBlob) so that the next process loads it in milliseconds.
// It leaves out what queries show only for a few rows (the cited
// sentences, the analyses), read from the store when printed.
type Model struct {
	// Generation is the store generation the model was built from.
	Generation string
	// Seq is the number of the last change of the store's change log the
	// model holds (see graph.Store.Changes): an update reads again the
	// nodes changed since.
	Seq uint64
	// Questions are in the order of their references: by legislature,
	// then number, then node (plain documents, with neither, first).
	Questions []Question
	// Citations are grouped by question: those of Questions[i] are
	// Citations[Questions[i].Cites[0]:Questions[i].Cites[1]].
	Citations   []Citation
	Deputies    []Deputy
	Groups      []Group
	Ministries  []Named
	Rubriques   []Named
	Circos      []Circo
	Instruments []Instrument

	// Saved reports that the model was loaded from the store or saved to
	// it; false when it was built in this process and could not be saved
	// (a store opened read-only).
	Saved bool

	once    sync.Once
	derived derived
	// namesOnce builds derived's byNumber and byName, apart: only a
	// question's lookup needs them, and at 100,000 questions they are
	// maps of 300,000 names
	namesOnce sync.Once

	targetsMu   sync.Mutex
	targetCache map[string][]target

	// sentences are the citations' first sentences, when the model was
	// built in this process; a loaded model reads them from the store (see
	// sentencesOf).
	sentences []string
	// untyped are the entities that no type statement makes one, only the
	// links to them (a deputy known from a page under another label): an
	// update drops them when nothing links to them any more.
	untyped []string
}

// none is the index of a missing link.
const none = -1

// Day is a date as days since 1970-01-01, so that delays are subtractions;
// NoDay when unknown.
type Day int32

// NoDay is an unknown date.
const NoDay Day = -1 << 31

// ParseDay reads a YYYY-MM-DD date; NoDay when s is not one.
func ParseDay(s string) Day {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return NoDay
	}
	return Day(t.Unix() / 86400)
}

// year returns the date's year, 0 when unknown.
func (d Day) year() int {
	if d == NoDay {
		return 0
	}
	return time.Unix(int64(d)*86400, 0).UTC().Year()
}

// String returns the date as YYYY-MM-DD, or "" when unknown.
func (d Day) String() string {
	if d == NoDay {
		return ""
	}
	return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02")
}

// Question is a question, or a plain document (Document set), as the
// queries see it. Links are indexes into the model's slices, none when
// unknown.
type Question struct {
	Node        string
	UID         string
	Number      int32
	Legislature int32
	Type        string
	Title       string
	Published   Day
	Answered    Day
	HasAnswer   bool
	Document    bool
	Deputy      int32
	// Group is the author's group when asking (the open data's groupe);
	// for a question no record describes, the group its page printed,
	// the deputy's group when the page was read, and GroupFromPage is set.
	Group         int32
	GroupFromPage bool
	Asked         int32   // ministère interrogé
	Answerer      int32   // the last ministère attributaire
	Assigned      []int32 // every attributaire, in order of attribution
	Rubrique      int32
	Cites         [2]int32
}

// answered reports whether the question has an answer: a published answer
// date, or the source's word that it has one.
func (q *Question) answered() bool { return q.HasAnswer || q.Answered != NoDay }

// Citation is the citation of one instrument in one part of a question.
type Citation struct {
	Question   int32
	Instrument int32
	Part       lexgraph.Part
	Articles   []string
	Wordings   []string
	Mentions   int32
}

// Deputy is the author of questions.
type Deputy struct {
	Node, Name, Civility, FirstName, LastName, Acteur, Department string
	Groups                                                        []int32
	Circo                                                         int32
}

// Group is a political group.
type Group struct {
	Node, Name, Short, Organe string
}

// Named is a node known by its name: a ministry or a rubrique.
type Named struct {
	Node, Name string
}

// Circo is a circonscription.
type Circo struct {
	Node, Name, Department string
	Number                 int32
}

// Instrument is a cited legal instrument.
type Instrument struct {
	Node, ID, Kind, Label, Number, Date, CELEX, ELI, Legifrance, CoE string
	// NOR and Consolidated (the page of the consolidated version) come
	// from DILA's index of French texts (lexgraph legi import).
	NOR, Consolidated string
	// Wordings are the distinct wordings it was cited by, for names to
	// resolve to it ("loi Evin" is no label, but a wording).
	Wordings []string
}

// derived are indexes computed from the model on first use, not saved:
// cheap to rebuild, and not every query needs them.
type derived struct {
	byDeputy     [][]int32 // deputy → questions
	byMinistry   [][]int32 // ministry → questions addressed, assigned or answered
	byGroup      [][]int32 // group → questions
	byRubrique   [][]int32 // rubrique → questions
	byInstrument [][]int32 // instrument → citations
	byCirco      [][]int32 // circonscription → deputies
	// byNumber and byName find questions by number, and by uid or node
	// (folded), without walking a legislature's questions for each name.
	byNumber map[int32][]int32
	byName   map[string]int32
}

func (m *Model) index() *derived {
	m.once.Do(func() {
		d := &m.derived
		d.byDeputy = make([][]int32, len(m.Deputies))
		d.byMinistry = make([][]int32, len(m.Ministries))
		d.byGroup = make([][]int32, len(m.Groups))
		d.byRubrique = make([][]int32, len(m.Rubriques))
		d.byInstrument = make([][]int32, len(m.Instruments))
		d.byCirco = make([][]int32, len(m.Circos))
		for i := range m.Questions {
			q := &m.Questions[i]
			qi := int32(i)
			add := func(list [][]int32, k int32) {
				if k != none {
					list[k] = append(list[k], qi)
				}
			}
			add(d.byDeputy, q.Deputy)
			add(d.byGroup, q.Group)
			add(d.byRubrique, q.Rubrique)
			for _, k := range q.ministries() {
				add(d.byMinistry, k)
			}
		}
		for i, c := range m.Citations {
			d.byInstrument[c.Instrument] = append(d.byInstrument[c.Instrument], int32(i))
		}
		for i, dep := range m.Deputies {
			if dep.Circo != none {
				d.byCirco[dep.Circo] = append(d.byCirco[dep.Circo], int32(i))
			}
		}
	})
	return &m.derived
}

// questionNames returns the derived indexes with byNumber and byName built.
func (m *Model) questionNames() *derived {
	m.namesOnce.Do(func() {
		d := &m.derived
		d.byNumber = make(map[int32][]int32, len(m.Questions))
		d.byName = make(map[string]int32, 2*len(m.Questions))
		for i := range m.Questions {
			q := &m.Questions[i]
			if q.Document {
				continue
			}
			d.byNumber[q.Number] = append(d.byNumber[q.Number], int32(i))
			for _, name := range []string{q.Node, q.UID, withoutPrefix(q.Node)} {
				if name != "" {
					d.byName[strings.ToLower(name)] = int32(i)
				}
			}
		}
	})
	return &m.derived
}

// ministries returns the distinct ministries a question involves: asked,
// assigned and answering.
func (q *Question) ministries() []int32 {
	out := make([]int32, 0, 2+len(q.Assigned))
	for _, k := range append([]int32{q.Asked, q.Answerer}, q.Assigned...) {
		if k == none {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == k
		}
		if !dup {
			out = append(out, k)
		}
	}
	return out
}

// citations returns a question's citations.
func (m *Model) citations(q *Question) []Citation { return m.Citations[q.Cites[0]:q.Cites[1]] }

// modelBlob is the name of the saved model in the store.
const modelBlob = "queries.model"

// LoadModel returns the read model of the store's contents as they are
// now: kept in memory from an earlier call, else loaded from the copy saved
// in the store, else brought up to date from a saved copy of an earlier
// generation and the nodes changed since (the store's change log), else
// built from a scan of the store; saved when the store is writable.
func LoadModel(ctx context.Context, st *graph.Store) (*Model, error) {
	m, _, err := RefreshModel(ctx, st)
	return m, err
}

// How a model was had, as RefreshModel says.
const (
	ModelKept    = "kept"    // in memory, or saved for this generation
	ModelUpdated = "updated" // the saved one, with the nodes changed since read again
	ModelBuilt   = "built"   // from a scan of the store
)

// RefreshModel is LoadModel, saying how it had the model (ModelKept,
// ModelUpdated or ModelBuilt): the ingest calls it once it has written, so
// that the next query finds the model saved.
func RefreshModel(ctx context.Context, st *graph.Store) (*Model, string, error) {
	how := ModelKept
	v, err := st.Memo(ctx, modelBlob, func(ctx context.Context, gen string) (any, error) {
		var saved *Model
		err := st.ViewBlob(ctx, modelBlob, func(g string, data []byte) error {
			if data != nil {
				// One copy out of the store's memory; the model's strings
				// are slices of it. A damaged or older copy is rebuilt.
				saved, _ = decodeModel(string(data))
				if saved != nil {
					saved.Generation = g
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if saved != nil && saved.Generation == gen {
			saved.Saved = true
			return saved, nil
		}
		var sentences func(int) string
		if saved != nil {
			g, table, err := st.LoadBlob(ctx, sentencesBlob)
			if err != nil {
				return nil, err
			}
			if g == saved.Generation && table != nil {
				sentences = func(i int) string { s, _ := sentenceAt(table, i); return s }
			}
		}
		m, patched, err := updateModel(ctx, st, saved, sentences, gen)
		if err != nil {
			return nil, err
		}
		how = ModelBuilt
		if patched {
			how = ModelUpdated
		}
		if !st.ReadOnly() {
			if _, err := SaveModel(ctx, st, m); err != nil {
				return nil, err
			}
		}
		return m, nil
	})
	if err != nil {
		return nil, "", err
	}
	return v.(*Model), how, nil
}

// SavedModelGeneration returns the store generation of the model saved in
// st ("" for none). An ingest saves the model once it has written: a
// reader of a store that others write (PostgreSQL) takes a new state only
// once it holds a saved model of that state, so never half an ingest.
func SavedModelGeneration(ctx context.Context, st *graph.Store) (string, error) {
	return st.BlobGeneration(ctx, modelBlob)
}

// UnsavedModel returns the model this process built for st and could not
// save (st was opened read-only), or nil: the command saves it through a
// writable store once the query is answered, so that the next process
// loads it instead of scanning the store again.
func UnsavedModel(st *graph.Store) *Model {
	v, _, ok := st.Memoized(modelBlob)
	if m, _ := v.(*Model); ok && m != nil && !m.Saved {
		return m
	}
	return nil
}

// SaveModel saves m in the store, unless the store changed since m was
// built; it reports whether it saved. Commands that read through a
// read-only store call it on a writable one to keep a model they built.
func SaveModel(ctx context.Context, st *graph.Store, m *Model) (bool, error) {
	if m.sentences != nil {
		// The sentences first: a model saved without them would send
		// citing to the store for each row.
		if ok, err := st.SaveBlob(ctx, sentencesBlob, m.Generation, encodeSentences(m.sentences)); !ok || err != nil {
			return false, err
		}
	}
	ok, err := st.SaveBlob(ctx, modelBlob, m.Generation, m.encode())
	if ok {
		m.Saved = true
		// the changes it holds are needed no more
		if err := st.TrimChanges(ctx, m.Seq); err != nil {
			return ok, err
		}
	}
	return ok, err
}

// modelPredicates are the predicates the model reads; the scan skips the
// others (sentences, analyses, pages), which are the bulk of the bytes.
var modelPredicates = map[string]bool{
	graph.Type: true, graph.UID: true, graph.Legislature: true, graph.Number: true,
	graph.QuestionType: true, graph.Title: true, graph.Published: true, graph.Answered: true,
	graph.HasAnswer: true, graph.AssignedOrder: true, graph.AskedBy: true, graph.AuthorGroup: true, graph.PageGroup: true,
	graph.AddressedTo: true, graph.AssignedTo: true, graph.AnsweredBy: true, graph.InRubrique: true,
	graph.CitesInQuestion: true, graph.CitesInAnswer: true, graph.CitesInTitle: true,
	graph.CitesInIndex: true, graph.CitesInText: true, graph.MemberOf: true, graph.ElectedIn: true,
	graph.CitationOf: true, graph.CitationTo: true, graph.Part: true, graph.Article: true,
	graph.Wording: true, graph.Mentions: true, graph.Sentence: true, graph.Name: true, graph.Civility: true,
	graph.FirstName: true, graph.LastName: true, graph.ActeurID: true, graph.OrganeID: true,
	graph.Short: true, graph.Department: true, graph.Label: true, graph.Kind: true,
	graph.Date: true, graph.CELEX: true, graph.ELI: true, graph.Legifrance: true, graph.CoE: true, graph.NOR: true, graph.Consolidated: true,
}

// citesParts maps each cites predicate to its part.
var citesParts = map[string]lexgraph.Part{
	graph.CitesInQuestion: lexgraph.PartQuestion, graph.CitesInAnswer: lexgraph.PartAnswer,
	graph.CitesInTitle: lexgraph.PartTitle, graph.CitesInIndex: lexgraph.PartIndex,
	graph.CitesInText: lexgraph.PartText,
}

// props are one node's statements, as read by the scan, each once.
type props struct {
	typ   string
	pairs []prop
	// seen holds the pairs of nodes with many: shared nodes (a ministry,
	// an instrument) receive the same statements from every document
	// that names them.
	seen map[prop]struct{}
}

// add adds a statement unless the node has it already.
func (n *props) add(x prop) {
	if n.seen != nil {
		if _, ok := n.seen[x]; ok {
			return
		}
		n.seen[x] = struct{}{}
		n.pairs = append(n.pairs, x)
		return
	}
	for _, y := range n.pairs {
		if y == x {
			return
		}
	}
	n.pairs = append(n.pairs, x)
	if len(n.pairs) == 64 {
		n.seen = make(map[prop]struct{}, 128)
		for _, y := range n.pairs {
			n.seen[y] = struct{}{}
		}
	}
}

type prop struct {
	p string
	v graph.Value
}

// all returns the distinct texts of predicate p, sorted.
func (n *props) all(p string) []string {
	var out []string
	for _, x := range n.pairs {
		if x.p == p {
			out = append(out, x.v.Text())
		}
	}
	sort.Strings(out)
	return dedup(out)
}

// one returns the value of a predicate that should have one. Where the
// sources disagree (two documents about one node), it takes the longest
// text, which says most (a full label over a short one), then the
// smallest, so that the choice does not depend on the scan's order.
func (n *props) one(p string) string {
	best, found := "", false
	for _, x := range n.pairs {
		if x.p == p {
			t := x.v.Text()
			if !found || len(t) > len(best) || len(t) == len(best) && t < best {
				best, found = t, true
			}
		}
	}
	return best
}

func (n *props) num(p string) int32 {
	for _, x := range n.pairs {
		if x.p == p {
			if v, ok := x.v.Int(); ok {
				return int32(v)
			}
		}
	}
	return 0
}

func dedup(s []string) []string {
	if len(s) < 2 {
		return s
	}
	out := s[:1]
	for _, x := range s[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

// assignedInOrder returns a question's ministères attributaires in the
// order of assigned_order ("1:justice"); those without an order follow, by
// node.
func assignedInOrder(n *props) []string {
	order := map[string]int{}
	for _, o := range n.all(graph.AssignedOrder) {
		i := strings.IndexByte(o, ':')
		if i <= 0 {
			continue
		}
		pos := 0
		for _, r := range o[:i] {
			pos = pos*10 + int(r-'0')
		}
		slug := "ministry/" + o[i+1:]
		if p, ok := order[slug]; !ok || pos < p {
			order[slug] = pos
		}
	}
	nodes := n.all(graph.AssignedTo)
	sort.SliceStable(nodes, func(i, j int) bool {
		pi, oki := order[nodes[i]]
		pj, okj := order[nodes[j]]
		switch {
		case oki && okj:
			return pi < pj
		case oki != okj:
			return oki
		}
		return nodes[i] < nodes[j]
	})
	return nodes
}

func earliest(dates []string) Day {
	for _, d := range dates { // sorted: the first valid is the earliest
		if day := ParseDay(d); day != NoDay {
			return day
		}
	}
	return NoDay
}

func latest(dates []string) Day {
	for i := len(dates) - 1; i >= 0; i-- {
		if day := ParseDay(dates[i]); day != NoDay {
			return day
		}
	}
	return NoDay
}

func partOrder(p lexgraph.Part) int {
	for i, x := range []lexgraph.Part{lexgraph.PartQuestion, lexgraph.PartAnswer, lexgraph.PartTitle, lexgraph.PartIndex, lexgraph.PartText} {
		if p == x {
			return i
		}
	}
	return 99
}
