package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/term"

	"lexgraph"
	"lexgraph/queries"
)

// Formats lists the output formats.
var formats = []string{"table", "json", "csv", "jsonl"}

func checkFormat(f string) error {
	for _, x := range formats {
		if f == x {
			return nil
		}
	}
	return lexgraph.Errorf(lexgraph.EINVALID, "unknown format %q (want %s)", f, strings.Join(formats, ", "))
}

// terminalWidth is the width tables are fitted to: COLUMNS when set, else
// the width of the terminal w is, else 0 (no bound: output to a file or a
// pipe keeps every cell whole).
func terminalWidth(w io.Writer) int {
	if s := os.Getenv("COLUMNS"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if n, _, err := term.GetSize(int(f.Fd())); err == nil && n > 0 {
			return n
		}
	}
	return 0
}

// render writes rows, a slice of structs, in the app's format: a table fit
// to the terminal's width (columns named by the json tags), a JSON array,
// JSON lines, or CSV.
func (a *app) render(rows any) error { return renderRows(a.stdout, a.format, a.width, rows) }

// renderSummary writes one record, a summary (an ingest's, the stats, a
// report's identity): as label–value lines in a table, else as render does
// (a JSON object rather than an array).
func (a *app) renderSummary(row any) error { return renderSummary(a.stdout, a.format, a.width, row) }

func renderSummary(w io.Writer, format string, width int, row any) error {
	switch format {
	case "json":
		return renderRows(w, "json", 0, row)
	case "table":
		return labelValues(w, width, row)
	}
	s := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(row)), 1, 1)
	s.Index(0).Set(reflect.ValueOf(row))
	return renderRows(w, format, width, s.Interface())
}

func renderRows(w io.Writer, format string, width int, rows any) error {
	switch format {
	case "json":
		v := reflect.ValueOf(rows)
		if v.Kind() == reflect.Slice {
			return jsonArray(w, v)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		v := reflect.ValueOf(rows)
		for i := 0; i < v.Len(); i++ {
			if err := enc.Encode(v.Index(i).Interface()); err != nil {
				return err
			}
		}
		return nil
	}
	if format == "csv" {
		return queries.WriteCSV(w, rows)
	}
	cols, n, row := queries.RowsOf(rows)
	cols, row = withoutNodeColumns(cols, row)
	bw := bufio.NewWriter(w)
	if err := table(bw, width, cols, n, row); err != nil {
		return err
	}
	return bw.Flush()
}

// jsonArray writes the slice v as an indented JSON array, as
// json.Encoder would, but one element at a time: the encoder holds the
// whole array's text twice over (40,000 citing rows are 470 MB of a
// process's memory that way).
func jsonArray(w io.Writer, v reflect.Value) error {
	if v.Len() == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	bw.WriteString("[\n")
	for i := 0; i < v.Len(); i++ {
		buf.Reset()
		if err := enc.Encode(v.Index(i).Interface()); err != nil {
			return err
		}
		bw.WriteString("  ")
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		if i < v.Len()-1 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// withoutNodeColumns leaves out of a table the columns that give the
// nodes of names shown beside them (deputy_node beside deputy), for
// programs and the explorer's links: JSON and CSV keep them.
func withoutNodeColumns(cols []string, row func(int) []queries.Cell) ([]string, func(int) []queries.Cell) {
	var keep []int
	for i, c := range cols {
		if !strings.HasSuffix(c, "_node") {
			keep = append(keep, i)
		}
	}
	if len(keep) == len(cols) {
		return cols, row
	}
	outCols := make([]string, 0, len(keep))
	for _, i := range keep {
		outCols = append(outCols, cols[i])
	}
	return outCols, func(r int) []queries.Cell {
		all := row(r)
		out := make([]queries.Cell, 0, len(keep))
		for _, i := range keep {
			out = append(out, all[i])
		}
		return out
	}
}

// whole reports whether a column holds links or ids, which are never cut:
// a cut link or id is a wrong one.
func whole(col string) bool {
	switch col {
	case "id", "uid", "url", "links", "node", "eli", "legifrance", "celex", "coe", "acteur", "organe", "question", "questions", "file", "rejects_file":
		return true
	}
	return strings.HasSuffix(col, "_id") || strings.HasSuffix(col, "_node") || strings.HasSuffix(col, "_url")
}

// width is a text's width in columns: one a rune, line breaks as spaces.
func width(s string) int { return utf8.RuneCountInString(s) }

// cut shortens s to n columns, marking the cut with "…".
func cut(s string, n int) string {
	if width(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// cutList shortens a list to n columns at an item's end, saying how many
// items it left out ("14-8, 14-12, … +48"): the items, ids, stay whole.
func cutList(items []string, n int) string {
	all := strings.Join(items, ", ")
	if width(all) <= n {
		return all
	}
	// the first item always, then as many as leave room for the count
	b := items[0]
	for i := 1; i < len(items); i++ {
		more := fmt.Sprintf(", … +%d", len(items)-i)
		if i == len(items)-1 {
			more = ""
		}
		if width(b)+2+width(items[i])+width(more) > n {
			return b + fmt.Sprintf(", … +%d", len(items)-i)
		}
		b += ", " + items[i]
	}
	return b
}

// listMin is the narrowest a list cut between items can be: its first
// item and the count of the others.
func listMin(items []string) int {
	if len(items) < 2 {
		return width(strings.Join(items, ""))
	}
	return width(items[0]) + width(fmt.Sprintf(", … +%d", len(items)-1))
}

// table writes cells under their column names, two spaces apart, fit to
// width columns (0: no bound): when the rows are wider, the columns that
// are not links or ids share the room left, each cut with "…" to its share
// (lists between items); links and ids are never cut. When even then the
// table does not fit (long links, many columns), each row is written as
// label–value lines instead, rows a blank line apart.
//
// It reads the rows twice, for the widths and then to write them, rather
// than holding every row's cells (n rows, the cells of row i made by row).
func table(w io.Writer, maxWidth int, cols []string, n int, row func(int) []queries.Cell) error {
	const gap = 2
	cellsOf := func(r int) []queries.Cell {
		cells := row(r)
		for i := range cells {
			cells[i].Value = strings.ReplaceAll(cells[i].Value, "\n", " ")
		}
		return cells
	}
	natural := make([]int, len(cols))
	least := make([]int, len(cols))
	lists := make([]bool, len(cols))
	for i, c := range cols {
		natural[i] = width(c)
	}
	for r := 0; r < n; r++ {
		for i, cell := range cellsOf(r) {
			natural[i] = max(natural[i], width(cell.Text()))
			if cell.List {
				least[i] = max(least[i], listMin(cell.Items))
			}
			if r == 0 {
				lists[i] = cell.List
			}
		}
	}
	for i, c := range cols {
		switch {
		case whole(c) && !lists[i]:
			least[i] = natural[i]
		default:
			least[i] = min(natural[i], max(least[i], minCut, width(c)))
		}
	}
	widths, ok := fit(natural, least, maxWidth, gap)
	if !ok {
		for r := 0; r < n; r++ {
			if r > 0 {
				fmt.Fprintln(w)
			}
			labelLines(w, maxWidth, cols, cellsOf(r))
		}
		return nil
	}
	var b strings.Builder
	line := func(texts []string) {
		b.Reset()
		for i, t := range texts {
			b.WriteString(t)
			if i < len(texts)-1 {
				b.WriteString(strings.Repeat(" ", max(widths[i]-width(t), 0)+gap))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	upper := make([]string, len(cols))
	for i, c := range cols {
		upper[i] = cut(strings.ToUpper(c), widths[i])
	}
	line(upper)
	for k := 0; k < n; k++ {
		r := cellsOf(k)
		texts := make([]string, len(r))
		for i, c := range r {
			switch {
			case c.List:
				texts[i] = cutList(c.Items, widths[i])
			case whole(cols[i]):
				texts[i] = c.Value
			default:
				texts[i] = cut(c.Value, widths[i])
			}
		}
		line(texts)
	}
	return nil
}

// minCut is the narrowest a cut column becomes (or its name, which is
// never cut).
const minCut = 8

// fit returns the columns' widths within maxWidth (0: no bound): their
// natural widths when they fit, else the room shared out, columns that
// need less than an equal share keeping their width and the others cut
// to equal shares, none below its least width. It reports false when even
// the least widths do not fit.
func fit(natural, least []int, maxWidth, gap int) ([]int, bool) {
	widths := append([]int(nil), natural...)
	total, need := gap*(len(natural)-1), gap*(len(natural)-1)
	for i := range natural {
		total += natural[i]
		need += least[i]
	}
	if maxWidth <= 0 || total <= maxWidth {
		return widths, true
	}
	if need > maxWidth {
		return nil, false
	}
	// water-filling over the columns that can shrink
	room := maxWidth - gap*(len(natural)-1)
	var open []int
	for i := range natural {
		if least[i] == natural[i] {
			room -= natural[i]
		} else {
			open = append(open, i)
		}
	}
	for len(open) > 0 {
		share := room / len(open)
		var wide []int
		for _, i := range open {
			if natural[i] <= share {
				room -= natural[i]
			} else {
				wide = append(wide, i)
			}
		}
		if len(wide) == len(open) {
			// give the columns whose least width is above the share
			// their least, and share the rest among the others
			var rest []int
			for _, i := range wide {
				if least[i] > share {
					widths[i] = least[i]
					room -= least[i]
				} else {
					rest = append(rest, i)
				}
			}
			if len(rest) == len(wide) {
				for k, i := range rest {
					widths[i] = room / len(rest)
					if k < room%len(rest) {
						widths[i]++
					}
				}
				break
			}
			open = rest
			continue
		}
		open = wide
	}
	return widths, true
}

// labelValues writes one record as label–value lines (see labelLines).
func labelValues(w io.Writer, maxWidth int, row any) error {
	rows := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(row)), 1, 1)
	rows.Index(0).Set(reflect.ValueOf(row))
	labels, cells := queries.Cells(rows.Interface())
	labelLines(w, maxWidth, labels, cells[0])
	return nil
}

// labelLines writes label–value lines, labels aligned, empty values left
// out, fit to width columns: long texts are wrapped at spaces under their
// value's column, lists one item a line; links and ids are never cut or
// wrapped.
func labelLines(w io.Writer, maxWidth int, labels []string, fields []queries.Cell) {
	pad := 0
	for i, l := range labels {
		if fields[i].Text() != "" {
			pad = max(pad, width(l))
		}
	}
	indent := strings.Repeat(" ", pad+2)
	for i, label := range labels {
		f := fields[i]
		if f.Text() == "" {
			continue
		}
		var values []string
		switch {
		case f.List && (whole(label) || maxWidth <= 0):
			values = f.Items
		case f.List:
			for _, item := range f.Items {
				values = append(values, cut(strings.ReplaceAll(item, "\n", " "), maxWidth-pad-2))
			}
		case whole(label) || maxWidth <= 0:
			values = []string{strings.ReplaceAll(f.Value, "\n", " ")}
		default:
			values = wrap(strings.ReplaceAll(f.Value, "\n", " "), maxWidth-pad-2)
		}
		for k, val := range values {
			if k == 0 {
				fmt.Fprintf(w, "%s%s%s\n", label, strings.Repeat(" ", pad+2-width(label)), val)
			} else {
				fmt.Fprintf(w, "%s%s\n", indent, val)
			}
		}
	}
}

// wrap breaks s into lines of at most n columns at spaces (a word longer
// than n is cut).
func wrap(s string, n int) []string {
	if n < minCut {
		n = minCut
	}
	var out []string
	var cur strings.Builder
	for _, word := range strings.Fields(s) {
		if width(word) > n {
			word = cut(word, n)
		}
		if cur.Len() > 0 && width(cur.String())+1+width(word) > n {
			out = append(out, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(word)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}
