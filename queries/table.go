package queries

import (
	"encoding/csv"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// Table turns rows (a slice of structs, as the queries return) into column
// names (the json tags) and cells: lists are joined by ", ", numbers
// written plainly. The command's tables and CSV and the API's CSV are
// made of it.
func Table(rows any) ([]string, [][]string) {
	v := reflect.ValueOf(rows)
	t := v.Type().Elem()
	var cols []string
	var idx []int
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("json")
		name := strings.Split(tag, ",")[0]
		if name == "-" || !t.Field(i).IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(t.Field(i).Name)
		}
		cols = append(cols, name)
		idx = append(idx, i)
	}
	var cells [][]string
	for r := 0; r < v.Len(); r++ {
		row := make([]string, len(idx))
		for k, i := range idx {
			row[k] = cell(v.Index(r).Field(i))
		}
		cells = append(cells, row)
	}
	return cols, cells
}

func cell(f reflect.Value) string {
	switch f.Kind() {
	case reflect.Slice:
		parts := make([]string, f.Len())
		for i := range parts {
			parts[i] = cell(f.Index(i))
		}
		return strings.Join(parts, ", ")
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(f.Float(), 'f', 2, 64)
	}
	return fmt.Sprint(f.Interface())
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
