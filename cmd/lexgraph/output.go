package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"lexgraph"
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

// render writes rows, a slice of structs, in the format: a table (columns
// named by the json tags), a JSON array, JSON lines, or CSV.
func render(w io.Writer, format string, rows any) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		v := reflect.ValueOf(rows)
		if v.Kind() == reflect.Slice && v.IsNil() {
			rows = []struct{}{}
		}
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
	cols, cells := tabulate(rows)
	if format == "csv" {
		cw := csv.NewWriter(w)
		cw.Write(cols)
		for _, r := range cells {
			cw.Write(r)
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	upper := make([]string, len(cols))
	for i, c := range cols {
		upper[i] = strings.ToUpper(c)
	}
	fmt.Fprintln(tw, strings.Join(upper, "\t"))
	for _, r := range cells {
		for i := range r {
			r[i] = clip(r[i], 70)
		}
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}

// tabulate turns a slice of structs into column names and cells.
func tabulate(rows any) ([]string, [][]string) {
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

// clip shortens s to n runes for a table cell.
func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
