package ingest

import (
	"context"
	"os"
	"time"

	"lexgraph"
	"lexgraph/extract/legi"
	"lexgraph/graph"
)

// TextsOptions tune an import of DILA's dumps.
type TextsOptions struct {
	// Progress, when set, is called after each batch of files is read
	// (Documents counts the files of texts read).
	Progress func(Progress)
}

// TextsSummary says what an import of DILA's dumps did.
type TextsSummary struct {
	Archives int   `json:"archives"`
	Bytes    int64 `json:"bytes"` // of the archives, compressed
	Entries  int   `json:"entries"`
	Files    int   `json:"files"` // TEXTELR and TEXTE_VERSION files written into the index
	// Deleted counts the files of texts the increments' lists deleted;
	// DeletionsAbsent those the index did not hold (never imported), and
	// DeletionsOther the articles and sections the lists name, of which a
	// text index holds nothing.
	Deleted         int            `json:"deleted"`
	DeletionsAbsent int            `json:"deletions_absent"`
	DeletionsOther  int            `json:"deletions_other"`
	Skipped         int            `json:"skipped"` // ARTICLE, SECTION_TA and other files
	SkippedBy       map[string]int `json:"skipped_by_root"`
	Rejected        int            `json:"rejected"`
	// Texts and IndexFiles count the index after the import: texts (by
	// CID) and files.
	Texts      int           `json:"texts_in_index"`
	IndexFiles int           `json:"files_in_index"`
	Elapsed    time.Duration `json:"-"`
	Seconds    float64       `json:"seconds"`
	MBPerS     float64       `json:"mb_per_s"` // archive megabytes (10⁶ bytes) read per second
}

// Texts imports DILA's JORF and LEGI archives (or unpacked files of them)
// into the store's index of French texts, in the order given: a later
// archive (a daily increment) replaces what an earlier one said of the
// same files, and its list of files to delete deletes them. Files that
// cannot be read are returned in the error list while the others go in;
// the error is for failures of the store, and ctx's end.
func Texts(ctx context.Context, st *graph.Store, paths []string, opts TextsOptions) (TextsSummary, lexgraph.ErrorList, error) {
	start := time.Now()
	sum := TextsSummary{Archives: len(paths), SkippedBy: map[string]int{}}
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil {
			sum.Bytes += fi.Size()
		}
	}
	w, err := st.TextWriter()
	if err != nil {
		return sum, nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &legi.Reader{}
	items := make(chan []legi.Item, 64) // the reader reads on while the index commits
	var readErr error
	go func() {
		defer close(items)
		var batch []legi.Item
		readErr = r.Read(ctx, paths, func(it legi.Item) error {
			batch = append(batch, it)
			if len(batch) < 256 && it.Deletions == nil {
				return nil
			}
			select {
			case items <- batch:
			case <-ctx.Done():
				return ctx.Err()
			}
			batch = nil
			return nil
		})
		if len(batch) > 0 && readErr == nil {
			select {
			case items <- batch:
			case <-ctx.Done():
			}
		}
	}()
	var errs lexgraph.ErrorList
	read := 0
	for batch := range items {
		if err != nil {
			continue // drain
		}
		for _, it := range batch {
			sum.Entries++
			switch {
			case it.Err != nil:
				errs = append(errs, it.Err)
			case it.Skipped != "":
				sum.Skipped++
				sum.SkippedBy[it.Skipped]++
			case it.File != nil:
				read++
				err = w.Add(ctx, graph.TextFile{ID: it.File.ID, Root: it.File.Root, Text: it.File.Text})
			case it.Deletions != nil:
				var dels []graph.TextDeletion
				for _, d := range it.Deletions {
					if len(d.ID) == 20 && d.ID[4:8] == "TEXT" {
						dels = append(dels, graph.TextDeletion{ID: d.ID, Root: d.Root})
					} else {
						sum.DeletionsOther++
					}
				}
				err = w.Delete(ctx, dels)
			}
			if err != nil {
				cancel()
				break
			}
		}
		if opts.Progress != nil && err == nil {
			opts.Progress(Progress{Documents: read, Rejected: len(errs), Read: r.BytesRead(), Total: sum.Bytes})
		}
	}
	if err == nil {
		err = readErr
	}
	if err == nil {
		err = w.Flush(ctx)
	}
	sum.Files, sum.Deleted, sum.DeletionsAbsent = w.Written, w.Deleted, w.Absent
	sum.Rejected = len(errs)
	if err != nil {
		return sum, errs, err
	}
	if sum.Texts, sum.IndexFiles, err = st.TextCount(ctx); err != nil {
		return sum, errs, err
	}
	sum.Elapsed = time.Since(start)
	sum.Seconds = sum.Elapsed.Seconds()
	if sum.Seconds > 0 {
		sum.MBPerS = float64(sum.Bytes) / 1e6 / sum.Seconds
	}
	if len(sum.SkippedBy) == 0 {
		sum.SkippedBy = nil
	}
	errs.Sort()
	return sum, errs, nil
}
