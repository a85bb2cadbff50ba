//go:build ignore

// gen.go derives this package's data from an unpacked copy of the npm
// package @socialgouv/legi-data (Apache-2.0), which publishes the list of
// codes of DILA's LEGI base (data/index.json) and the article tree of four
// codes (data/LEGITEXT….json):
//
//	npm pack @socialgouv/legi-data && tar xzf socialgouv-legi-data-*.tgz
//	go run gen.go package
//
// It writes codes.tsv (every code: LEGITEXT id, state, start and end dates,
// title) and articles.tsv.gz (for each of the four codes, each article
// number, as lookups write it, and the LEGIARTI id of its version in
// force), and prints what it wrote. Nothing of the package itself is kept.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	_ "time/tzdata"
)

type indexEntry struct {
	ID        string `json:"id"`
	Nature    string `json:"nature"`
	TitreFull string `json:"titrefull"`
	Etat      string `json:"etat"`
	Debut     string `json:"date_debut"`
	Fin       string `json:"date_fin"`
}

type node struct {
	Type     string          `json:"type"`
	Data     json.RawMessage `json:"data"`
	Children []node          `json:"children"`
}

type article struct {
	ID   string `json:"id"`
	CID  string `json:"cid"`
	Num  string `json:"num"`
	Etat string `json:"etat"`
}

// reNumber is an article number lookups can ask for: a prefix, digits and
// dashes, a Latin ordinal or a capital letter.
var reNumber = regexp.MustCompile(`^(?:LO|L|R|D|A)?\*?\d+(?:-\d+)*(?: ?(?:[A-Z]|bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies))?(?:-[A-Z])?$`)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run gen.go PACKAGE_DIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	data, err := os.ReadFile(filepath.Join(dir, "data", "index.json"))
	check(err)
	var index []indexEntry
	check(json.Unmarshal(data, &index))
	sort.Slice(index, func(i, j int) bool { return index[i].ID < index[j].ID })
	var codes bytes.Buffer
	codes.WriteString("# legitext\tstate\tstart\tend\ttitle (from @socialgouv/legi-data data/index.json, Apache-2.0)\n")
	for _, e := range index {
		if e.Nature != "CODE" {
			continue
		}
		fmt.Fprintf(&codes, "%s\t%s\t%s\t%s\t%s\n", e.ID, e.Etat, day(e.Debut), day(e.Fin), strings.TrimSpace(e.TitreFull))
	}
	check(os.WriteFile("codes.tsv", codes.Bytes(), 0o644))

	trees, err := filepath.Glob(filepath.Join(dir, "data", "LEGITEXT*.json"))
	check(err)
	sort.Strings(trees)
	var out bytes.Buffer
	gz, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	check(err)
	w := bufio.NewWriter(gz)
	fmt.Fprintln(w, "# code\tarticle\tlegiarti (from @socialgouv/legi-data data/LEGITEXT*.json, Apache-2.0)")
	total := 0
	for _, path := range trees {
		data, err := os.ReadFile(path)
		check(err)
		var root node
		check(json.Unmarshal(data, &root))
		code := strings.TrimSuffix(filepath.Base(path), ".json")
		seen := map[string]string{}
		var walk func(n node)
		walk = func(n node) {
			if n.Type == "article" {
				var a article
				check(json.Unmarshal(n.Data, &a))
				num := strings.TrimSpace(a.Num)
				if !reNumber.MatchString(num) {
					return // annexes, tables
				}
				key := Key(num)
				if old, ok := seen[key]; ok && old != a.ID {
					fmt.Fprintf(os.Stderr, "%s: %s twice (%s, %s): left out\n", code, key, old, a.ID)
					seen[key] = ""
					return
				}
				seen[key] = a.ID
			}
			for _, c := range n.Children {
				walk(c)
			}
		}
		walk(root)
		keys := make([]string, 0, len(seen))
		for k, id := range seen {
			if id != "" {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "%s\t%s\t%s\n", code, k, seen[k])
		}
		fmt.Printf("%s: %d articles\n", code, len(keys))
		total += len(keys)
	}
	check(w.Flush())
	check(gz.Close())
	check(os.WriteFile("articles.tsv.gz", out.Bytes(), 0o644))
	fmt.Printf("%d codes, %d articles, articles.tsv.gz %d bytes\n", bytes.Count(codes.Bytes(), []byte("\n"))-1, total, out.Len())
}

// Key writes an article number as legidata.Key does (TestTableKeys checks
// that the table's keys are so written).
func Key(num string) string {
	return strings.ToUpper(strings.NewReplacer(" ", "", "*", "", ".", "", "\u00a0", "").Replace(num))
}

// day turns the index's instants (UTC) into the day in Paris they fall on:
// "2000-09-20T22:00:00.000Z" is the 21st.
func day(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	paris, err := time.LoadLocation("Europe/Paris")
	check(err)
	return t.In(paris).Format("2006-01-02")
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
