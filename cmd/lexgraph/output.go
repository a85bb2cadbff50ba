package main

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

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
	cols, cells := queries.Table(rows)
	if format == "csv" {
		return queries.WriteCSV(w, rows)
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

// clip shortens s to n runes for a table cell.
func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
