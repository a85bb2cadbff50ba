// Package ingest puts documents into the graph: it walks the inputs
// (package extract), decodes their records and finds and resolves their
// references (package extract/refs) in parallel, batch by batch, turns
// each document into quads (package graph), ties each thing to its one
// node (graph's placeholders, and a page merged under the official record
// of the same question), and replaces each document's quads in the store,
// a batch per transaction. A whole legislature streams through: one batch
// per worker is held at a time.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"lexgraph"
	"lexgraph/extract"
	"lexgraph/extract/refs"
	"lexgraph/graph"
)

// Options tune an ingest.
type Options struct {
	// BatchDocs is the number of records decoded and searched together,
	// and written per transaction.
	BatchDocs int
	// Workers is the number of batches decoded and searched in parallel.
	Workers int
	// Rejects receives each rejected record as a JSON line; nil for none.
	Rejects io.Writer
	// Progress, when set, is called after each batch is written.
	Progress func(Progress)
	// AfterBatch, when set, is called after each batch is written; an
	// error stops the ingest there, as a kill would (tests use it to stop
	// an ingest midway at a known point).
	AfterBatch func(batches int) error
	// Rederive decodes and searches every record, whatever the store's
	// fingerprints say (after a fix to a reader the versions did not
	// record, say).
	Rederive bool
	// NoBulk writes an empty store transaction by transaction, as any
	// other, instead of bulk-loading it (see graph.Store.BeginBulk).
	NoBulk bool
	// BulkQuads bounds the quads a bulk load gathers in memory (default
	// 25 million, about 1.5 GB): past it, the load is written and the
	// ingest goes on transaction by transaction.
	BulkQuads int
}

// Progress says how far an ingest is.
type Progress struct {
	Documents int
	Rejected  int
	Read      int64 // bytes of the inputs read into the batches written
	Total     int64 // bytes of the inputs
}

// Summary says what an ingest did.
type Summary struct {
	Documents int `json:"documents"`
	Questions int `json:"questions"`
	Mentions  int `json:"mentions"`
	// Extracted counts the documents decoded and searched for references
	// in this ingest; the others were skipped unchanged.
	Extracted    int `json:"extracted"`
	Instruments  int `json:"instruments"`
	QuadsAdded   int `json:"quads_added"`
	QuadsRemoved int `json:"quads_removed"`
	Unchanged    int `json:"unchanged_documents"`
	Merged       int `json:"merged_nodes"` // placeholders renamed into the node they stand for
	// Timeouts counts the pattern matches that gave up (extract.match_timeout):
	// a mention may be missed there, on a heavily loaded machine.
	Timeouts int64 `json:"match_timeouts"`
	// SkippedUnchanged counts the records skipped without being decoded,
	// because the store holds them as they are, derived by the same
	// extractor (their fingerprints; see graph.Fingerprint). They count
	// among the documents, questions, mentions and unchanged documents.
	SkippedUnchanged int  `json:"skipped_unchanged"`
	Bulk             bool `json:"bulk_load"` // the store was empty and bulk-loaded
	// Model says how the command brought the query model up to date after
	// the ingest: kept (nothing changed), updated (the nodes changed read
	// again), built (from a scan of the store).
	Model        string        `json:"query_model,omitempty"`
	QuadsInStore int64         `json:"quads_in_store"`
	Rejected     int           `json:"rejected"`
	Skipped      int           `json:"skipped"` // files of structured data none of lexgraph's (other reference records)
	RejectsFile  string        `json:"rejects_file,omitempty"`
	Elapsed      time.Duration `json:"-"`
	Seconds      float64       `json:"seconds"`
}

// Reject is a line of the rejects file: where the bad record is, why it
// was rejected, and its bytes, to be mended and ingested again.
type Reject struct {
	File   string `json:"file"`
	Offset int    `json:"offset"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
	Record string `json:"record,omitempty"`
	Error  string `json:"error"`
	Data   string `json:"data,omitempty"`
}

// maxRejectData bounds the bytes of a record copied into the rejects file.
const maxRejectData = 1 << 20

// batch is a run of items, numbered in input order, with how far the
// inputs had been read when it was cut (for progress: a batch counts when
// written, not when read).
type batch struct {
	seq   int
	items []extract.Item
	read  int64
}

// decoded is a batch decoded, searched and turned into quads.
type decoded struct {
	seq     int
	read    int64
	docs    []*lexgraph.Document
	quads   [][]graph.Quad
	fps     []graph.Fingerprint // the documents'
	pos     []int               // the documents' records' places in the batch
	rejects []*lexgraph.InputError
	skipped int
	data    [][]byte // the rejected records' bytes
	insts   map[string]lexgraph.Instrument
	// unchanged are the records whose fingerprints the store holds: not
	// decoded, unless the writer finds that a record of this ingest has
	// replaced their documents since.
	unchanged []unchanged
}

// unchanged is a record skipped for its fingerprint.
type unchanged struct {
	item   extract.Item
	pos    int
	fp     [16]byte
	labels []string
}

// fingerprints knows the records the store holds: each stored content
// fingerprint, with the labels of the documents derived from it.
type fingerprints struct {
	byContent map[[16]byte][]string
	version   string // the extractor's
}

// contentFingerprint hashes what a record's documents are derived from,
// but the extractor: the readers' and the schema's versions, the record's
// source (a file's path is in its documents) and its bytes.
func contentFingerprint(it extract.Item) [16]byte {
	h := sha256.New()
	fmt.Fprintf(h, "lexgraph reader %d schema %d\n%s\n", extract.ReaderVersion, graph.SchemaVersion, it.Source)
	h.Write(it.Data())
	var out [16]byte
	copy(out[:], h.Sum(nil))
	return out
}

// extractorVersion is the version the documents derived by x are stamped
// with (a variable, for the tests to change it).
var extractorVersion = (*refs.Extractor).Version

// Run ingests the files, folders and archives of paths into st. Records
// that cannot be read are returned in the error list (and written to
// opts.Rejects) while the others go in; the error is for failures of the
// store itself, and for ctx's end.
func Run(ctx context.Context, st *graph.Store, x *refs.Extractor, paths []string, opts Options) (Summary, lexgraph.ErrorList, error) {
	start := time.Now()
	timeouts := x.Timeouts()
	if opts.BatchDocs <= 0 {
		opts.BatchDocs = 500
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stored, err := st.Fingerprints(ctx)
	if err != nil {
		return Summary{}, nil, err
	}
	known := &fingerprints{byContent: map[[16]byte][]string{}, version: extractorVersion(x)}
	current := make(map[string]graph.Fingerprint, len(stored))
	for label, f := range stored {
		current[label] = f
		if !opts.Rederive && (f.Extractor == "" || f.Extractor == known.version) {
			known.byContent[f.Content] = append(known.byContent[f.Content], label)
		}
	}

	walker := &extract.Walker{}
	total := extract.InputSize(paths)
	batches := make(chan batch, 1)
	results := make(chan decoded, opts.Workers)
	var walkErr error
	go func() {
		defer close(batches)
		b := batch{}
		walkErr = walker.Walk(ctx, paths, func(it extract.Item) error {
			b.items = append(b.items, it)
			if len(b.items) < opts.BatchDocs {
				return nil
			}
			b.read = walker.Read()
			select {
			case batches <- b:
			case <-ctx.Done():
				return ctx.Err()
			}
			b = batch{seq: b.seq + 1}
			return nil
		})
		if len(b.items) > 0 && walkErr == nil {
			b.read = total
			select {
			case batches <- b:
			case <-ctx.Done():
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < opts.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				d := decode(x, b, known)
				select {
				case results <- d:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	w := &writer{st: st, x: x, known: known, current: current, opts: opts, aliases: map[string]string{}, written: map[graph.Quad]bool{}, instruments: map[string]bool{}}
	if n, err := st.CountQuads(ctx); err != nil {
		return Summary{}, nil, err
	} else if n == 0 {
		w.labels = map[string]bool{} // an empty store: no label to look up but those written now
		if !opts.NoBulk {
			if w.sum.Bulk, err = st.BeginBulk(ctx); err != nil {
				return Summary{}, nil, err
			}
		}
	}
	defer func() {
		if bulk, _ := st.Bulk(); bulk {
			st.AbortBulk() // not finished: the store stays as it was
		}
	}()
	pending := map[int]decoded{}
	next := 0
	for d := range results {
		if err != nil {
			continue // drain
		}
		pending[d.seq] = d
		for {
			d, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err = w.write(ctx, d); err != nil {
				cancel()
				break
			}
			if opts.Progress != nil {
				opts.Progress(Progress{Documents: w.sum.Documents, Rejected: len(w.errs), Read: min(d.read, total), Total: total})
			}
			if opts.AfterBatch != nil {
				if err = opts.AfterBatch(next); err != nil {
					cancel()
					break
				}
			}
		}
	}
	if err == nil {
		err = walkErr
	}
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = w.reconcile(ctx)
	}
	if err == nil {
		err = st.FinishBulk(ctx)
	}
	sum := w.sum
	sum.Rejected = len(w.errs)
	sum.Instruments = len(w.instruments)
	sum.Timeouts = x.Timeouts() - timeouts
	if err != nil {
		return sum, w.errs, err
	}
	if sum.QuadsInStore, err = st.CountQuads(ctx); err != nil {
		return sum, w.errs, err
	}
	sum.Elapsed = time.Since(start)
	sum.Seconds = sum.Elapsed.Seconds()
	return sum, w.errs, nil
}

// decode decodes a batch's items, finds their references together, and
// builds each document's quads. Records whose fingerprints the store holds
// are set aside, not decoded.
func decode(x *refs.Extractor, b batch, known *fingerprints) decoded {
	d := decoded{seq: b.seq, read: b.read}
	var contents [][16]byte
	for pos, it := range b.items {
		if it.Skipped != "" {
			d.skipped++
			continue
		}
		var fp [16]byte
		if !it.Failed() {
			fp = contentFingerprint(it)
			if labels, ok := known.byContent[fp]; ok {
				d.unchanged = append(d.unchanged, unchanged{item: it, pos: pos, fp: fp, labels: labels})
				continue
			}
		}
		docs, err := it.Decode()
		if err != nil {
			d.rejects = append(d.rejects, err)
			d.data = append(d.data, it.Data())
			continue
		}
		d.docs = append(d.docs, docs...)
		for range docs {
			contents = append(contents, fp)
			d.pos = append(d.pos, pos)
		}
	}
	d.insts = x.Annotate(d.docs)
	d.quads = make([][]graph.Quad, len(d.docs))
	d.fps = make([]graph.Fingerprint, len(d.docs))
	for i, doc := range d.docs {
		d.quads[i] = graph.DocumentQuads(doc, d.insts)
		d.fps[i] = docFingerprint(doc, contents[i], known.version)
	}
	return d
}

// docFingerprint is a document's fingerprint: its record's content, and
// the extractor's version when the document has texts to search.
func docFingerprint(doc *lexgraph.Document, content [16]byte, version string) graph.Fingerprint {
	f := graph.Fingerprint{Content: content, Question: doc.Question != nil, Mentions: len(doc.Mentions)}
	if len(doc.Passages) > 0 {
		f.Extractor = version
	}
	return f
}

// writer writes decoded batches in input order.
type writer struct {
	st   *graph.Store
	x    *refs.Extractor
	opts Options
	// known are the stored fingerprints at the start, current the label's
	// fingerprints as this ingest writes them.
	known   *fingerprints
	current map[string]graph.Fingerprint
	sum     Summary
	errs    lexgraph.ErrorList
	// aliases are the placeholders resolved so far: a resolution, once
	// found, holds for the rest of the run.
	aliases map[string]string
	// written are the shared descriptions written in this run, not
	// written again.
	written     map[graph.Quad]bool
	instruments map[string]bool
	renames     map[string]string // placeholders to rename after this batch
	// labels are the labels written in this run, when it started on an
	// empty store (nil otherwise): any other holds nothing, and the store
	// need not be asked.
	labels map[string]bool
}

// stored reports whether the store may hold quads under label.
func (w *writer) stored(label string) bool {
	return w.labels == nil || w.labels[label]
}

// labelQuads returns the quads stored under label, without asking the
// store for a label that cannot hold any.
func (w *writer) labelQuads(ctx context.Context, label string) ([]graph.Quad, error) {
	if !w.stored(label) {
		return nil, nil
	}
	return w.st.LabelQuads(ctx, label)
}

const (
	pagePrefix     = "page/"
	officialPrefix = "an/"
)

func (w *writer) write(ctx context.Context, d decoded) error {
	if err := w.checkUnchanged(&d); err != nil {
		return err
	}
	for i, e := range d.rejects {
		w.errs = append(w.errs, e)
		if w.opts.Rejects != nil {
			data := d.data[i]
			if len(data) > maxRejectData {
				data = data[:maxRejectData]
			}
			line, _ := json.Marshal(Reject{File: e.Pos.File, Offset: e.Pos.Offset, Line: e.Pos.Line, Column: e.Pos.Column,
				Record: e.Pos.Record, Error: strings.TrimPrefix(e.Error(), e.Pos.String()+": "), Data: string(data)})
			if _, err := w.opts.Rejects.Write(append(line, '\n')); err != nil {
				return err
			}
		}
	}
	for id := range d.insts {
		w.instruments[id] = true
	}
	w.sum.Skipped += d.skipped
	// Official records first, so that a page of the same batch merges
	// under them.
	officials := map[string][]graph.Quad{}
	pages := map[string]bool{}
	quads := make([][]graph.Quad, len(d.docs))
	w.sum.Extracted += len(d.docs)
	for i, doc := range d.docs {
		w.sum.Documents++
		if doc.Question != nil {
			w.sum.Questions++
		}
		w.sum.Mentions += len(doc.Mentions)
		q, err := w.resolve(ctx, d.quads[i])
		if err != nil {
			return err
		}
		quads[i] = q
		if uid, ok := strings.CutPrefix(doc.ID, officialPrefix); ok {
			officials[uid] = ownQuads(q, graph.DocLabel(doc.ID))
		}
		if uid, ok := strings.CutPrefix(doc.ID, pagePrefix); ok {
			pages[uid] = true
		}
	}
	var entries []graph.DocQuads
	var shared []graph.Quad
	for i, doc := range d.docs {
		q := quads[i]
		label := graph.DocLabel(doc.ID)
		if uid, ok := strings.CutPrefix(doc.ID, pagePrefix); ok && doc.Question != nil && doc.Question.UID == uid {
			official, ok := officials[uid]
			if !ok {
				var err error
				if official, err = w.labelQuads(ctx, graph.DocLabel(officialPrefix+uid)); err != nil {
					return err
				}
			}
			var renames map[string]string
			q, renames = graph.MergePage(q, official, graph.QuestionNode(uid))
			w.tie(renames)
		}
		if uid, ok := strings.CutPrefix(doc.ID, officialPrefix); ok && !pages[uid] {
			// a page read earlier yields to this record now
			page, err := w.labelQuads(ctx, graph.DocLabel(pagePrefix+uid))
			if err != nil {
				return err
			}
			if len(page) > 0 {
				merged, renames := graph.MergePage(page, officials[uid], graph.QuestionNode(uid))
				w.tie(renames)
				entries = append(entries, graph.DocQuads{Label: graph.DocLabel(pagePrefix + uid), Quads: merged})
			}
		}
		fp := d.fps[i]
		own := graph.DocQuads{Label: label, Fingerprint: &fp}
		w.current[label] = fp
		for _, x := range q {
			if x.Label == label {
				own.Quads = append(own.Quads, x)
			} else if !w.written[x] {
				w.written[x] = true
				shared = append(shared, x)
			}
		}
		entries = append(entries, own)
	}
	entries = append(entries, graph.GroupByLabel(shared)...)
	for i := range entries {
		entries[i].Fresh = !w.stored(entries[i].Label)
		if w.labels != nil {
			w.labels[entries[i].Label] = true
		}
	}
	ws, err := w.st.Replace(ctx, entries)
	w.sum.QuadsAdded += ws.Added
	w.sum.QuadsRemoved += ws.Removed
	w.sum.Unchanged += ws.Unchanged
	if err != nil {
		return err
	}
	if bulk, n := w.st.Bulk(); bulk && n > w.bulkLimit() {
		// past what memory should hold: written now, the rest goes in
		// transaction by transaction
		if err := w.st.FinishBulk(ctx); err != nil {
			return err
		}
	}
	if len(w.renames) == 0 {
		return nil
	}
	// placeholders a page and its record tied: renamed everywhere now, so
	// that the page's earlier quads and other pages meet the same node
	_, err = w.st.RenameNodes(ctx, w.renames)
	w.sum.Merged += len(w.renames)
	w.renames = nil
	return err
}

func (w *writer) bulkLimit() int {
	if w.opts.BulkQuads > 0 {
		return w.opts.BulkQuads
	}
	return 25_000_000
}

// checkUnchanged settles the records a worker set aside for their
// fingerprints: skipped when each of their documents still holds what the
// fingerprint says, decoded and searched here otherwise: when a record
// read before in this ingest, or another of the batch, writes one of them.
func (w *writer) checkUnchanged(d *decoded) error {
	if len(d.unchanged) == 0 {
		return nil
	}
	inBatch := map[string]bool{}
	for _, doc := range d.docs {
		inBatch[graph.DocLabel(doc.ID)] = true
	}
	var redo []*lexgraph.Document
	var contents [][16]byte
	var pos []int
	for _, u := range d.unchanged {
		same := true
		for _, l := range u.labels {
			f, ok := w.current[l]
			same = same && ok && !inBatch[l] && f.Content == u.fp && (f.Extractor == "" || f.Extractor == w.known.version)
		}
		if same {
			for _, l := range u.labels {
				f := w.current[l]
				w.sum.Documents++
				w.sum.Unchanged++
				w.sum.Mentions += f.Mentions
				if f.Question {
					w.sum.Questions++
				}
			}
			w.sum.SkippedUnchanged++
			continue
		}
		docs, err := u.item.Decode()
		if err != nil {
			d.rejects = append(d.rejects, err)
			d.data = append(d.data, u.item.Data())
			continue
		}
		redo = append(redo, docs...)
		for range docs {
			contents = append(contents, u.fp)
			pos = append(pos, u.pos)
		}
	}
	if len(redo) == 0 {
		return nil
	}
	// searched again with the batch's other documents, in the batch's
	// order, as if no record had been set aside
	all := append(append([]*lexgraph.Document{}, d.docs...), redo...)
	allPos := append(append([]int{}, d.pos...), pos...)
	allContents := append(append([][16]byte{}, make([][16]byte, len(d.docs))...), contents...)
	for i := range d.docs {
		allContents[i] = d.fps[i].Content
	}
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return allPos[order[a]] < allPos[order[b]] })
	d.docs, d.pos = d.docs[:0], d.pos[:0]
	var cs [][16]byte
	for _, i := range order {
		d.docs = append(d.docs, all[i])
		d.pos = append(d.pos, allPos[i])
		cs = append(cs, allContents[i])
	}
	for _, doc := range d.docs {
		doc.Mentions = nil
	}
	d.insts = w.x.Annotate(d.docs)
	d.quads = make([][]graph.Quad, len(d.docs))
	d.fps = make([]graph.Fingerprint, len(d.docs))
	for i, doc := range d.docs {
		d.quads[i] = graph.DocumentQuads(doc, d.insts)
		d.fps[i] = docFingerprint(doc, cs[i], w.known.version)
	}
	return nil
}

// tie records placeholders that a page and the official record of its
// question tie to their nodes.
func (w *writer) tie(renames map[string]string) {
	for from, to := range renames {
		w.aliases[from] = to
		if w.renames == nil {
			w.renames = map[string]string{}
		}
		w.renames[from] = to
	}
}

func ownQuads(quads []graph.Quad, label string) []graph.Quad {
	var out []graph.Quad
	for _, q := range quads {
		if q.Label == label {
			out = append(out, q)
		}
	}
	return out
}

// resolve renames a document's placeholders into the nodes that records
// already in the store tie them to.
func (w *writer) resolve(ctx context.Context, quads []graph.Quad) ([]graph.Quad, error) {
	var local map[string]string
	for _, p := range graph.Placeholders(quads) {
		n, ok := w.aliases[p]
		if !ok {
			var err error
			if n, err = w.st.Resolve(ctx, p); err != nil {
				return nil, err
			}
			if n == "" {
				continue
			}
			w.aliases[p] = n
		}
		if local == nil {
			local = map[string]string{}
		}
		local[p] = n
	}
	return graph.Rename(quads, local), nil
}

// reconcile renames the placeholders left in the store that the records
// read since tie to their nodes: a page read before the acteur file, a
// group mandate read before its organe.
func (w *writer) reconcile(ctx context.Context) error {
	nodes, err := w.st.StoredPlaceholders(ctx)
	if err != nil {
		return err
	}
	aliases := map[string]string{}
	for _, n := range nodes {
		to, err := w.st.Resolve(ctx, n)
		if err != nil {
			return err
		}
		if to != "" {
			aliases[n] = to
		}
	}
	if _, err := w.st.RenameNodes(ctx, aliases); err != nil {
		return err
	}
	w.sum.Merged += len(aliases)
	return nil
}
