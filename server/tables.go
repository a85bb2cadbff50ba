package server

import (
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"lexgraph/queries"
)

// The explorer's tables are made from the queries' rows as they are, the
// same rows the API answers: columns are the rows' fields, named in
// French; a cell naming a node links to the node's page; the *_node
// columns that give those links are not shown.

// table is a table of the explorer.
type table struct {
	Title string
	ID    string // the anchor and the key of the sort parameters
	Cols  []column
	Rows  [][]tableCell
	// CSV downloads the same rows from the API.
	CSV string
	// Cut says the server's row bound cut the table.
	Cut int
}

type column struct {
	Key, Label string
	Numeric    bool
	// SortURL sorts the page by this column (the other way when it is
	// the sorting column); Sorted is "asc" or "desc" for that column.
	SortURL string
	Sorted  string
}

type tableCell struct {
	Text    string
	Href    string
	Numeric bool
	// Sort is the value the column sorts by.
	Sort string
}

// nodeURL returns the page of a node.
func nodeURL(node string) string {
	typ, rest, ok := strings.Cut(node, "/")
	if !ok || rest == "" {
		return ""
	}
	switch typ {
	case "deputy":
		return "/depute/" + rest
	case "ministry":
		return "/ministere/" + rest
	case "instrument":
		return "/instrument/" + rest
	case "question":
		return "/question/" + rest
	}
	return "/graphe?noeud=" + url.QueryEscape(node)
}

// linkOf says, for a column, which column gives the node its cells link
// to, and how.
func linkOf(key string, has map[string]bool) func(row map[string]string) string {
	switch {
	case key == "value" && has["link"]:
		return func(row map[string]string) string { return row["link"] } // an article's Légifrance page
	case has[key+"_node"]:
		return func(row map[string]string) string { return nodeURL(row[key+"_node"]) }
	case (key == "question" || key == "uid") && has["uid"]:
		return func(row map[string]string) string {
			if row["uid"] == "" {
				return ""
			}
			return "/question/" + row["uid"]
		}
	case key == "id" && has["kind"]:
		return func(row map[string]string) string { return "/instrument/" + row["id"] }
	case key == "label" && has["id"] && has["kind"]:
		return func(row map[string]string) string { return "/instrument/" + row["id"] }
	case (key == "name" || key == "ministry" || key == "label" || key == "from" || key == "to") && has["node"]:
		return func(row map[string]string) string { return nodeURL(row["node"]) }
	case key == "from" && has["from_node"]:
		return func(row map[string]string) string { return nodeURL(row["from_node"]) }
	case key == "to" && has["to_node"]:
		return func(row map[string]string) string { return nodeURL(row["to_node"]) }
	}
	return nil
}

// hidden reports the columns that only give links.
func hidden(key string) bool {
	return key == "node" || key == "link" || strings.HasSuffix(key, "_node") || strings.HasSuffix(key, "_links")
}

// valueColumns are the columns whose values are kinds or parts, shown in
// French.
var valueColumns = map[string]bool{"kind": true, "part": true, "type": true, "match": true}

// makeTable builds a table of rows (a slice of row structs). page is the
// page's URL, for the sorting links; csv the API's URL of the same rows.
func makeTable(title, id string, rows any, page *url.URL, csv string) *table {
	cols, cells := queries.Table(rows)
	has := map[string]bool{}
	for _, c := range cols {
		has[c] = true
	}
	t := &table{Title: title, ID: id, CSV: csv}
	var keep []int
	links := map[int]func(map[string]string) string{}
	for i, c := range cols {
		if hidden(c) {
			continue
		}
		keep = append(keep, i)
		links[i] = linkOf(c, has)
	}
	numeric := make([]bool, len(cols))
	for i := range cols {
		numeric[i] = len(cells) > 0
		for _, r := range cells {
			if _, err := strconv.ParseFloat(r[i], 64); err != nil && r[i] != "" {
				numeric[i] = false
				break
			}
		}
	}
	for _, r := range cells {
		byKey := map[string]string{}
		for i, c := range cols {
			byKey[c] = r[i]
		}
		var row []tableCell
		for _, i := range keep {
			c := tableCell{Text: r[i], Numeric: numeric[i], Sort: r[i]}
			if valueColumns[cols[i]] {
				c.Text = valueLabel(r[i])
			}
			if strings.HasSuffix(cols[i], "date") || cols[i] == "answered" || cols[i] == "published" {
				c.Text = frenchDate(r[i])
			}
			if f := links[i]; f != nil {
				c.Href = f(byKey)
			}
			row = append(row, c)
		}
		t.Rows = append(t.Rows, row)
	}
	sortKey, desc := "", false
	if page != nil {
		sortKey, desc = page.Query().Get(id+".tri"), page.Query().Get(id+".ordre") == "desc"
	}
	for k, i := range keep {
		col := column{Key: cols[i], Label: columnLabel(cols[i]), Numeric: numeric[i]}
		if cols[i] == "questions" && has["count"] {
			col.Label = "Numéros des questions" // beside their count
		}
		if page != nil {
			q := page.Query()
			q.Set(id+".tri", cols[i])
			q.Del(id + ".ordre")
			if cols[i] == sortKey {
				if desc {
					col.Sorted = "desc"
				} else {
					col.Sorted = "asc"
					q.Set(id+".ordre", "desc")
				}
			}
			col.SortURL = "?" + q.Encode() + "#" + id
		}
		if cols[i] == sortKey {
			sortRows(t.Rows, k, numeric[i], desc)
		}
		t.Cols = append(t.Cols, col)
	}
	return t
}

// relabel names a column otherwise than columnLabels does, for a table
// where the column's generic name ("value") says less than it could.
func (t *table) relabel(key, label string) *table {
	for i := range t.Cols {
		if t.Cols[i].Key == key {
			t.Cols[i].Label = label
		}
	}
	return t
}

// sortRows sorts a table's rows by one column, numbers as numbers.
func sortRows(rows [][]tableCell, k int, numeric, desc bool) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i][k].Sort, rows[j][k].Sort
		less := a < b
		if numeric {
			x, _ := strconv.ParseFloat(a, 64)
			y, _ := strconv.ParseFloat(b, 64)
			less = x < y
			if x == y {
				return false
			}
		} else if a == b {
			return false
		}
		if desc {
			return !less
		}
		return less
	})
}

// form is a form of a query's options, for the list pages: one field per
// option, in the registry's order.
type form struct {
	Action string
	Fields []formField
}

type formField struct {
	Name, Label, Help, Value string
	// Choices are a closed option's values; Check an on/off option.
	Choices []choice
	Check   bool
	Number  bool
}

type choice struct {
	Value, Label string
	Selected     bool
}

// makeForm builds the form of a query's options, filled with the values
// of the page's query string. Options in skip are left out.
func makeForm(action string, q queries.Query, values url.Values, skip ...string) *form {
	f := &form{Action: action}
	for _, o := range queries.Options(q.Options()) {
		if o.Arg != "" || slices.Contains(skip, o.Name) {
			continue
		}
		ff := formField{Name: o.Name, Label: optionLabel(o.Name), Help: o.Help, Value: values.Get(o.Name),
			Check: o.Type == "boolean", Number: o.Type == "integer"}
		if len(o.Enum) > 0 {
			ff.Choices = append(ff.Choices, choice{Value: "", Label: "(toutes)", Selected: ff.Value == ""})
			for _, e := range o.Enum {
				ff.Choices = append(ff.Choices, choice{Value: e, Label: valueLabel(e), Selected: ff.Value == e})
			}
		}
		f.Fields = append(f.Fields, ff)
	}
	return f
}

// queryValues keeps of a page's query string the options of a query: the
// sorting parameters and empty fields (a form sends every field) are left
// out.
func queryValues(q queries.Query, values url.Values) url.Values {
	known := map[string]bool{}
	for _, o := range queries.Options(q.Options()) {
		known[o.Name] = true
	}
	out := url.Values{}
	for k, vs := range values {
		if !known[k] {
			continue
		}
		for _, v := range vs {
			if strings.TrimSpace(v) != "" {
				out.Add(k, v)
			}
		}
	}
	return out
}
