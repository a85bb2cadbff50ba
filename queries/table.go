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
	cols, n, row := RowsOf(rows)
	var cells [][]Cell
	for r := 0; r < n; r++ {
		cells = append(cells, row(r))
	}
	return cols, cells
}

// RowsOf is Cells one row at a time: the column names, the number of rows,
// and a function making the cells of row i, for writers that need not
// hold every row's cells at once.
func RowsOf(rows any) (cols []string, n int, row func(i int) []Cell) {
	v := reflect.ValueOf(rows)
	cols, idx := columns(v.Type().Elem())
	return cols, v.Len(), func(i int) []Cell { return rowCells(v.Index(i), idx) }
}

// columns returns the column names of a slice of structs' element type
// and the fields they come from.
func columns(t reflect.Type) (cols []string, idx []int) {
	for i := 0; i < t.NumField(); i++ {
		if name := columnName(t.Field(i)); name != "" {
			cols = append(cols, name)
			idx = append(idx, i)
		}
	}
	return cols, idx
}

// rowCells returns the cells of one row, the struct value row.
func rowCells(row reflect.Value, idx []int) []Cell {
	cells := make([]Cell, len(idx))
	for k, i := range idx {
		cells[k] = cellOf(row.Field(i))
	}
	return cells
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

// stringer is fmt.Stringer's type, whose String a cell uses as Sprint does.
var stringer = reflect.TypeFor[fmt.Stringer]()

func cellOf(f reflect.Value) Cell {
	if f.Kind() == reflect.Slice {
		items := make([]string, f.Len())
		for i := range items {
			items[i] = cellOf(f.Index(i)).Text()
		}
		return Cell{Items: items, List: true}
	}
	switch f.Kind() {
	case reflect.String:
		if !f.Type().Implements(stringer) {
			return Cell{Value: f.String()} // the row's own string, not a copy
		}
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

// WriteCSV writes rows as CSV with a header line, one row at a time (the
// 40,000 rows citing the most cited code are not held twice).
func WriteCSV(w io.Writer, rows any) error {
	cols, n, row := RowsOf(rows)
	cw := csv.NewWriter(w)
	cw.Write(cols)
	texts := make([]string, len(cols))
	for r := 0; r < n; r++ {
		for k, c := range row(r) {
			texts[k] = c.Text()
		}
		if err := cw.Write(texts); err != nil {
			return err
		}
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
