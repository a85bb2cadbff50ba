package queries

import (
	"encoding/csv"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// Cell is one cell of a table made of rows: a value, or the items of a
// list (which a narrow table may cut between items).
type Cell struct {
	Value string
	Items []string
	List  bool
}

// Text is the cell's text: a list's items joined by ", ".
func (c Cell) Text() string {
	if c.List {
		return strings.Join(c.Items, ", ")
	}
	return c.Value
}

// Cells turns rows (a slice of structs, as the queries return) into
// column names (the json tags) and cells: numbers written plainly, lists
// kept as their items. The command's tables and CSV, the API's CSV and the
// explorer's tables are made of it.
func Cells(rows any) ([]string, [][]Cell) {
	v := reflect.ValueOf(rows)
	t := v.Type().Elem()
	var cols []string
	var idx []int
	for i := 0; i < t.NumField(); i++ {
		name := columnName(t.Field(i))
		if name == "" {
			continue
		}
		cols = append(cols, name)
		idx = append(idx, i)
	}
	var cells [][]Cell
	for r := 0; r < v.Len(); r++ {
		row := make([]Cell, len(idx))
		for k, i := range idx {
			row[k] = cellOf(v.Index(r).Field(i))
		}
		cells = append(cells, row)
	}
	return cols, cells
}

// columnName is a struct field's column name, "" for none.
func columnName(f reflect.StructField) string {
	name := strings.Split(f.Tag.Get("json"), ",")[0]
	if name == "-" || !f.IsExported() {
		return ""
	}
	if name == "" {
		name = strings.ToLower(f.Name)
	}
	return name
}

func cellOf(f reflect.Value) Cell {
	if f.Kind() == reflect.Slice {
		items := make([]string, f.Len())
		for i := range items {
			items[i] = cellOf(f.Index(i)).Text()
		}
		return Cell{Items: items, List: true}
	}
	switch f.Kind() {
	case reflect.Float32, reflect.Float64:
		return Cell{Value: strconv.FormatFloat(f.Float(), 'f', 2, 64)}
	}
	return Cell{Value: fmt.Sprint(f.Interface())}
}

// Table is Cells with each cell as its text.
func Table(rows any) ([]string, [][]string) {
	cols, cells := Cells(rows)
	texts := make([][]string, len(cells))
	for i, r := range cells {
		texts[i] = make([]string, len(r))
		for j, c := range r {
			texts[i][j] = c.Text()
		}
	}
	return cols, texts
}

// WriteCSV writes rows as CSV with a header line.
func WriteCSV(w io.Writer, rows any) error {
	cols, cells := Table(rows)
	cw := csv.NewWriter(w)
	cw.Write(cols)
	for _, r := range cells {
		cw.Write(r)
	}
	cw.Flush()
	return cw.Error()
}

// WriteReportCSV writes a report's tables as CSV one after the other, each
// after a line "# name" and a blank line between them.
func WriteReportCSV(w io.Writer, r Report) error {
	for i, s := range r.Sections() {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "# %s\n", s.Name)
		if err := WriteCSV(w, s.Rows); err != nil {
			return err
		}
	}
	return nil
}
