package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// rdflibPython returns a python3 that imports rdflib, or skips the test:
// the RDF exports are checked by a real parser, Debian's python3-rdflib,
// which .ci/run installs.
func rdflibPython(t *testing.T) string {
	t.Helper()
	py, ok := findRdflib("python3", "/usr/bin/python3")
	if !ok && os.Getenv("LEXGRAPH_REQUIRE_RDFLIB") != "" {
		t.Fatal(noRdflib) // CI installed it: its absence is a failure
	}
	if !ok {
		t.Skip(noRdflib)
	}
	return py
}

const noRdflib = "no python3 with rdflib: install Debian's python3-rdflib (apt-get install python3-rdflib) to parse the RDF exports; .ci/run does"

// findRdflib returns the first of the pythons that imports rdflib.
func findRdflib(pythons ...string) (string, bool) {
	for _, py := range pythons {
		path, err := exec.LookPath(py)
		if err != nil {
			continue
		}
		if exec.Command(path, "-c", "import rdflib").Run() == nil {
			return path, true
		}
	}
	return "", false
}

// TestRdflibMissing checks that without rdflib the round trip would skip,
// saying which package to install.
func TestRdflibMissing(t *testing.T) {
	if _, ok := findRdflib(filepath.Join(t.TempDir(), "python3")); ok {
		t.Errorf("a python that is not there imports rdflib")
	}
	if !strings.Contains(noRdflib, "python3-rdflib") {
		t.Errorf("the skip message does not name the package: %s", noRdflib)
	}
}

// rdflibCheck parses each RDF export with rdflib and reports, per file,
// its quads, named graphs, classes (objects of rdf:type), datatypes and
// predicates, and whether all the files hold the same quads; and the
// classes and properties the vocabulary declares.
const rdflibCheck = `
import json, sys
import rdflib
from rdflib import RDF, RDFS
out = {"files": {}}
sets = []
for path, fmt in zip(sys.argv[2::2], sys.argv[3::2]):
    ds = rdflib.Dataset()
    ds.parse(path, format=fmt)
    quads = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        quads.add((s, p, o, g.identifier if hasattr(g, "identifier") else g))
    sets.append(quads)
    out["files"][path] = {
        "quads": len(quads),
        "graphs": len({q[3] for q in quads}),
        "classes": sorted({str(q[2]) for q in quads if q[1] == RDF.type}),
        "datatypes": sorted({str(q[2].datatype) for q in quads if isinstance(q[2], rdflib.Literal) and q[2].datatype}),
        "predicates": sorted({str(q[1]) for q in quads}),
        "relative": sorted({str(t) for q in quads for t in q if isinstance(t, rdflib.URIRef) and ":" not in str(t)})[:5],
    }
out["same"] = all(s == sets[0] for s in sets)
v = rdflib.Graph()
v.parse(sys.argv[1], format="turtle")
out["vocabulary"] = {
    "classes": sorted(str(s) for s in v.subjects(RDF.type, RDFS.Class)),
    "properties": sorted(str(s) for s in v.subjects(RDF.type, RDF.Property)),
}
json.dump(out, sys.stdout)
`

type rdflibFile struct {
	Quads      int      `json:"quads"`
	Graphs     int      `json:"graphs"`
	Classes    []string `json:"classes"`
	Datatypes  []string `json:"datatypes"`
	Predicates []string `json:"predicates"`
	Relative   []string `json:"relative"`
}

// TestRDFRoundTrip parses the default N-Quads and JSON-LD exports of the
// sample corpus and the open-data samples with rdflib: as many quads as the
// store holds, the same in both formats, absolute IRIs, rdf:type classes,
// typed literals, and every term of lexgraph's namespace declared by the
// vocabulary that export --vocabulary prints.
func TestRDFRoundTrip(t *testing.T) {
	py := rdflibPython(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "lexgraph.db")
	// the dump sample holds two bad records on purpose (exit 3)
	if _, errs, code := cli(t, append([]string{"ingest", "--db", db, "--top", "0", "--quiet", corpus, fixture("Questions_ecrites_XIV.json"), fixture("PA1008.json")}, organes(t)...)...); code != exitRejected {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	quads := stats(t, db).Quads
	args := []string{"-c", rdflibCheck, filepath.Join(dir, "vocabulary.ttl")}
	os.WriteFile(args[2], []byte(mustRun(t, "export", "--vocabulary")), 0o644)
	for _, f := range []struct{ name, format, rdflib string }{{"g.nq", "nquads", "nquads"}, {"g.jsonld", "jsonld", "json-ld"}} {
		path := filepath.Join(dir, f.name)
		mustRun(t, "export", "--db", db, "--format", f.format, "-o", path)
		args = append(args, path, f.rdflib)
	}
	nq, _ := os.ReadFile(filepath.Join(dir, "g.nq"))
	for _, g := range []string{"<https://lexgraph.invalid/doc/an/QANR5L14QE90001> .\n", "<https://lexgraph.invalid/node/ministry/justice> .\n", "<https://lexgraph.invalid/doc/page/QANR5L14QE81473> .\n"} {
		if !strings.Contains(string(nq), g) {
			t.Errorf("no statement in the graph %s", g)
		}
	}
	cmd := exec.Command(py, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("rdflib: %v: %s", err, stderr.String())
	}
	var res struct {
		Files      map[string]rdflibFile `json:"files"`
		Same       bool                  `json:"same"`
		Vocabulary struct {
			Classes    []string `json:"classes"`
			Properties []string `json:"properties"`
		} `json:"vocabulary"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	declared := map[string]bool{}
	for _, x := range append(res.Vocabulary.Classes, res.Vocabulary.Properties...) {
		declared[x] = true
	}
	const lg = "https://lexgraph.invalid/vocab#"
	for name, f := range res.Files {
		if int64(f.Quads) != quads {
			t.Errorf("%s: rdflib read %d quads, the store holds %d", name, f.Quads, quads)
		}
		if f.Graphs < 10 || len(f.Relative) > 0 {
			t.Errorf("%s: %d named graphs, relative IRIs %v", name, f.Graphs, f.Relative)
		}
		for _, c := range []string{lg + "Question", lg + "Deputy", lg + "Instrument", lg + "Ministry", lg + "MinistryBody", lg + "Citation", lg + "Rubrique", lg + "Group"} {
			if !slices.Contains(f.Classes, c) {
				t.Errorf("%s: no node of class %s (classes %v)", name, c, f.Classes)
			}
		}
		for _, dt := range []string{"integer", "date", "boolean", "anyURI"} {
			if !slices.Contains(f.Datatypes, "http://www.w3.org/2001/XMLSchema#"+dt) {
				t.Errorf("%s: no literal typed xsd:%s (%v)", name, dt, f.Datatypes)
			}
		}
		for _, p := range []string{"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://purl.org/dc/terms/creator", "http://purl.org/dc/terms/title", "http://xmlns.com/foaf/0.1/name", "http://purl.org/dc/terms/issued"} {
			if !slices.Contains(f.Predicates, p) {
				t.Errorf("%s: predicate %s unused", name, p)
			}
		}
		for _, x := range append(f.Predicates, f.Classes...) {
			if strings.HasPrefix(x, lg) && !declared[x] {
				t.Errorf("%s: %s is not declared by the vocabulary", name, x)
			}
			if strings.HasPrefix(x, "https://lexgraph.invalid/") && !strings.HasPrefix(x, lg) {
				t.Errorf("%s: predicate or class %s outside the vocabulary's namespace", name, x)
			}
		}
	}
	if !res.Same {
		t.Errorf("the N-Quads and JSON-LD exports hold different quads")
	}
	if len(res.Vocabulary.Classes) < 5 || len(res.Vocabulary.Properties) < 20 {
		t.Errorf("vocabulary: %d classes, %d properties", len(res.Vocabulary.Classes), len(res.Vocabulary.Properties))
	}
}

// TestExportDrawings reads the GraphML export of the sample corpus as a
// tool would: the attributes' declared types hold (integers parse, booleans
// are true or false), questions are labelled by reference and title and
// instruments by label, no citation node is drawn, and no question is
// linked twice to an instrument.
func TestExportDrawings(t *testing.T) {
	db := corpusDB(t)
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal([]byte(mustRun(t, "export", "--db", db, "--format", "graphml")), &doc); err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	names := map[string]string{}
	for _, k := range doc.Keys {
		types[k.ID], names[k.ID] = k.Type, k.Name
	}
	for _, n := range []string{"number", "legislature", "published_page", "mentions"} {
		found := false
		for id, name := range names {
			found = found || name == n && types[id] == "int"
		}
		if !found {
			t.Errorf("no int attribute %s: keys %v", n, doc.Keys)
		}
	}
	const base = "https://lexgraph.invalid/"
	ref := regexp.MustCompile(`^1[0-6]-[0-9]+(QE|QG|QOSD)?(: .+)?$`)
	labels := map[string]string{}
	for _, n := range doc.Nodes {
		if strings.HasPrefix(n.ID, base+"citation/") {
			t.Errorf("citation node drawn: %s", n.ID)
		}
		for _, d := range n.Data {
			switch types[d.Key] {
			case "int":
				if _, err := strconv.Atoi(d.Value); err != nil {
					t.Errorf("%s: %s=%q is not an int", n.ID, names[d.Key], d.Value)
				}
			case "boolean":
				if d.Value != "true" && d.Value != "false" {
					t.Errorf("%s: %s=%q is not a boolean", n.ID, names[d.Key], d.Value)
				}
			}
			if d.Key == "label" {
				labels[n.ID] = d.Value
			}
		}
		switch {
		case strings.HasPrefix(n.ID, base+"question/") && !ref.MatchString(labels[n.ID]):
			t.Errorf("question %s labelled %q", n.ID, labels[n.ID])
		case strings.HasPrefix(n.ID, base+"instrument/") && strings.HasPrefix(labels[n.ID], "instrument/"):
			t.Errorf("instrument %s labelled by its IRI", n.ID)
		}
	}
	if labels[base+"question/QANR5L14QE81473"] != "14-81473: juge d'instruction" || labels[base+"instrument/traite/coe-185"] == "" {
		t.Errorf("labels: %q, %q", labels[base+"question/QANR5L14QE81473"], labels[base+"instrument/traite/coe-185"])
	}
	pairs := map[[2]string]int{}
	cites := 0
	for _, e := range doc.Edges {
		if strings.HasPrefix(e.Source, base+"question/") && strings.HasPrefix(e.Target, base+"instrument/") {
			pairs[[2]string{e.Source, e.Target}]++
			cites++
		}
	}
	for p, n := range pairs {
		if n > 1 {
			t.Errorf("%s is linked %d times to %s", p[0], n, p[1])
		}
	}
	if cites < 30 {
		t.Errorf("%d question → instrument edges", cites)
	}
}

// TestExportBase checks where the base comes from (flag, configuration
// variable, default) and that a base that cannot prefix IRIs is bad usage.
func TestExportBase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lexgraph.db")
	mustRun(t, "ingest", "--db", db, "--top", "0", filepath.Join(corpus, "seeds"))
	first := func(out string) string { return strings.SplitN(out, ">", 2)[0] }
	if got := first(mustRun(t, "export", "--db", db)); !strings.HasPrefix(got, "<https://lexgraph.invalid/") {
		t.Errorf("default base: %s", got)
	}
	if got := first(mustRun(t, "export", "--db", db, "--base", "https://example.org/lg/")); !strings.HasPrefix(got, "<https://example.org/lg/") {
		t.Errorf("--base: %s", got)
	}
	t.Setenv("LEXGRAPH_EXPORT_BASE", "urn:x-lexgraph:#")
	if got := first(mustRun(t, "export", "--db", db)); !strings.HasPrefix(got, "<urn:x-lexgraph:#") {
		t.Errorf("export.base from the environment: %s", got)
	}
	for _, bad := range []string{"https://example.org/lg", "example.org/"} {
		if _, errs, code := cli(t, "export", "--db", db, "--base", bad); code != exitUsage || !strings.Contains(errs, "absolute IRI ending in / or #") {
			t.Errorf("--base %s: exit %d, %q", bad, code, errs)
		}
	}
	if v := mustRun(t, "export", "--vocabulary"); !strings.Contains(v, "lg:Question a rdfs:Class") || !strings.Contains(v, "@prefix lg: <https://lexgraph.invalid/vocab#>") {
		t.Errorf("export --vocabulary:\n%s", v)
	}
}
