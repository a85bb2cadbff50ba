package opendata_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"lexgraph"
	"lexgraph/extract/opendata"
)

// read splits and decodes a testdata file: its documents, and its errors.
func read(t *testing.T, name string) ([]*lexgraph.Document, []*lexgraph.InputError) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return readBytes(t, name, data)
}

func readBytes(t *testing.T, name string, data []byte) ([]*lexgraph.Document, []*lexgraph.InputError) {
	t.Helper()
	syntax := opendata.Sniff(data)
	if syntax == "" {
		t.Fatalf("%s: not recognised as open data", name)
	}
	var docs []*lexgraph.Document
	var errs []*lexgraph.InputError
	err := opendata.Split(name, bytes.NewReader(data), syntax, func(r opendata.Record) error {
		d, e := r.Decode()
		if e != nil {
			errs = append(errs, e)
		} else {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs, errs
}

func TestSniff(t *testing.T) {
	for _, tt := range []struct{ head, want string }{
		{`{"questionsEcrites": {"question": [`, "json"},
		{"\xEF\xBB\xBF {\n \"question\": {", "json"},
		{`{"acteur": {`, "json"},
		{`{"export": {"organes": {`, "json"},
		{`<?xml version="1.0"?><!-- c --><questionsEcrites>`, "xml"},
		{`<?xml version="1.0"?>` + "\n" + `<QUESTION TYPE="QE">`, "xml"},
		{`<an:organe xmlns:an="x">`, "xml"},
		{`{"name": "not ours"}`, ""},
		{`<html><body>`, ""},
		{"Question écrite n° 81473", ""},
		{"", ""},
	} {
		if got := opendata.Sniff([]byte(tt.head)); got != tt.want {
			t.Errorf("Sniff(%q) = %q, want %q", tt.head, got, tt.want)
		}
	}
}

// TestSingleJSON reads the 14th legislature's single-file shape: good
// records in, the record without uid and the one with a field of the wrong
// type reported at their lines, the rest read after them.
func TestSingleJSON(t *testing.T) {
	docs, errs := read(t, "Questions_ecrites_XIV.json")
	var uids []string
	for _, d := range docs {
		uids = append(uids, d.Question.UID)
	}
	if strings.Join(uids, " ") != "QANR5L14QE81473 QANR5L14QE90001 QANR5L14QE90004" {
		t.Errorf("read %v", uids)
	}
	if len(errs) != 2 {
		t.Fatalf("errors %v, want 2", errs)
	}
	if e := errs[0].Error(); !strings.Contains(e, "Questions_ecrites_XIV.json:28:1") || !strings.Contains(e, "no uid") {
		t.Errorf("record without uid: %q", e)
	}
	if e := errs[1].Error(); !strings.Contains(e, "Questions_ecrites_XIV.json:30:1") || !strings.Contains(e, "identifiant.numero") ||
		!strings.Contains(e, "QANR5L14QE90003") {
		t.Errorf("record with a wrong type: %q", e)
	}

	q := docs[0].Question
	want := lexgraph.Question{
		UID: "QANR5L14QE81473", Legislature: 14, Number: 81473, Type: "QE",
		Author:      lexgraph.Deputy{ID: "PA610002"},
		Group:       lexgraph.Group{ID: "PO656002", Short: "SRC", Name: "Socialiste, républicain et citoyen"},
		Rubrique:    "justice",
		TeteAnalyse: "juge d'instruction",
		Analyses:    []string{"moyens", "cybercriminalité"},
		Asked:       lexgraph.Ministry{ID: "PO711111", Short: "Numérique", Title: "Secrétariat d'État chargé du numérique"},
		Assigned: []lexgraph.Ministry{
			{ID: "PO711111", Short: "Numérique", Title: "Secrétariat d'État chargé du numérique", Date: "2015-06-16"},
			{ID: "PO700001", Short: "Justice", Title: "Ministère de la justice", Date: "2015-07-07"},
		},
		Published: lexgraph.Publication{Date: "2015-06-16", Page: 4472},
		Answered:  lexgraph.Publication{Date: "2016-09-06", Page: 7965},
		HasAnswer: true,
		Status:    "Réponse publiée",
	}
	if !reflect.DeepEqual(*q, want) {
		t.Errorf("question\n got %+v\nwant %+v", *q, want)
	}
	var parts []string
	for _, p := range docs[0].Passages {
		parts = append(parts, string(p.Part))
		if p.Offset != -1 {
			t.Errorf("passage %q has offset %d, want -1 (decoded text)", p.Text, p.Offset)
		}
		if p.Part == lexgraph.PartAnswer {
			if p.Map == nil || !strings.HasPrefix(p.Raw, "<p>La loi n&#176;") || strings.ContainsAny(p.Text, "<&") || !strings.Contains(p.Text, "renforcé") {
				t.Errorf("answer HTML not cleaned: %+v", p)
			}
		}
	}
	if strings.Join(parts, " ") != "index index question answer" {
		t.Errorf("passages %v", parts)
	}
	if docs[0].ID != "an/QANR5L14QE81473" || docs[0].Source != "Questions_ecrites_XIV.json" || docs[0].Layout != "an:question" {
		t.Errorf("document %q %q %q", docs[0].ID, docs[0].Source, docs[0].Layout)
	}

	// unanswered: textesReponse null; a #text rubrique; numbers as JSON numbers
	q2 := docs[1].Question
	if q2.HasAnswer || q2.Answered.Date != "" || q2.Rubrique != "santé" || q2.Number != 90001 || len(q2.Assigned) != 1 || len(q2.Analyses) != 1 {
		t.Errorf("unanswered question: %+v", q2)
	}
	// old ANALYSE/ANA, no group, a withdrawal
	q4 := docs[2].Question
	if strings.Join(q4.Analyses, ",") != "patrimoine,musées" || q4.Group.Known() || q4.Status != "Retrait" || q4.HasAnswer || len(q4.Assigned) != 0 {
		t.Errorf("question 90004: %+v", q4)
	}
}

// TestXMLTwin checks that the XML twin of the JSON file decodes to the same
// questions, and that its two broken records are reported while the record
// after them is read.
func TestXMLTwin(t *testing.T) {
	jdocs, _ := read(t, "Questions_ecrites_XIV.json")
	xdocs, errs := read(t, "Questions_ecrites_XIV.xml")
	if len(xdocs) != 2 {
		t.Fatalf("read %d questions, want 2", len(xdocs))
	}
	for i, want := range jdocs[:2] {
		if !reflect.DeepEqual(xdocs[i].Question, want.Question) {
			t.Errorf("XML\n %+v\nJSON\n %+v", xdocs[i].Question, want.Question)
		}
		if len(xdocs[i].Passages) != len(want.Passages) {
			t.Errorf("%s: %d passages in XML, %d in JSON", want.ID, len(xdocs[i].Passages), len(want.Passages))
		}
		for k := range want.Passages {
			if k < len(xdocs[i].Passages) && xdocs[i].Passages[k].Text != want.Passages[k].Text {
				t.Errorf("passage %d: %q vs %q", k, xdocs[i].Passages[k].Text, want.Passages[k].Text)
			}
		}
	}
	// each error is where the record goes wrong: a mismatched end tag on
	// line 27, an element left open on line 28 and found so on line 29
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "Questions_ecrites_XIV.xml:27:") || !strings.Contains(errs[1].Error(), "Questions_ecrites_XIV.xml:29:") {
		t.Errorf("errors %v, want the records of lines 27 and 28", errs)
	}
}

func TestPerQuestion(t *testing.T) {
	jdocs, jerrs := read(t, "QANR5L15QE1234.json")
	xdocs, xerrs := read(t, "QANR5L15QE1234.xml")
	if len(jerrs)+len(xerrs) != 0 || len(jdocs) != 1 || len(xdocs) != 1 {
		t.Fatalf("errors %v %v", jerrs, xerrs)
	}
	if !reflect.DeepEqual(jdocs[0].Question, xdocs[0].Question) {
		t.Errorf("JSON %+v\nXML %+v", jdocs[0].Question, xdocs[0].Question)
	}
	q := xdocs[0].Question
	if q.UID != "QANR5L15QE1234" || q.Legislature != 15 || q.Asked.Short != "Transition écologique et solidaire" || !q.HasAnswer {
		t.Errorf("question %+v", q)
	}
	if got := lexgraph.StableMinistry(q.Asked); got != "Écologie" {
		t.Errorf("stable ministry %q", got)
	}
}

func TestLegacyXML(t *testing.T) {
	docs, errs := read(t, "q14_14-47351QE.xml")
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("docs %d errors %v", len(docs), errs)
	}
	q := docs[0].Question
	if q.UID != "QANR5L14QE47351" || q.Number != 47351 || q.Published != (lexgraph.Publication{Date: "2014-01-07", Page: 18}) {
		t.Errorf("deposit: %+v", q)
	}
	if q.Author != (lexgraph.Deputy{ID: "PA923", Civility: "M.", FirstName: "François", LastName: "Cornut-Gentille"}) {
		t.Errorf("author %+v", q.Author)
	}
	if q.Group.ID != "PO707869" || q.Group.Short != "LES-REP" || q.Circo.Department != "Haute-Marne" || q.Circo.Number != 2 {
		t.Errorf("group and circonscription: %+v %+v", q.Group, q.Circo)
	}
	if q.Rubrique != "défense" || len(q.Analyses) != 3 || q.Asked.ID != "PO653280" {
		t.Errorf("index and ministry: %+v", q)
	}
	if len(q.Assigned) != 2 || q.Assigned[0].ID != "PO653280" || q.Assigned[1].ID != "PO700737" || q.Assigned[1].Date != "2014-04-03" {
		t.Errorf("attributions %+v", q.Assigned)
	}
	if !q.HasAnswer || q.Answered != (lexgraph.Publication{Date: "2014-05-13", Page: 3858}) || q.Status != "Réponse publiée" {
		t.Errorf("answer %+v", q)
	}
	var answer lexgraph.Passage
	for _, p := range docs[0].Passages {
		if p.Part == lexgraph.PartAnswer {
			answer = p
		}
	}
	if answer.Map == nil || !strings.Contains(answer.Text, "AMX30B2") || strings.Contains(answer.Text, "<td") {
		t.Errorf("answer table not cleaned: %q", answer.Text)
	}
}

func TestReferenceRecords(t *testing.T) {
	for _, name := range []string{"PA1008.json", "PA1008.xml"} {
		docs, errs := read(t, name)
		if len(errs) != 0 || len(docs) != 1 || docs[0].Actor == nil {
			t.Fatalf("%s: %v", name, errs)
		}
		a := docs[0].Actor
		if a.Deputy != (lexgraph.Deputy{ID: "PA1008", Civility: "M.", FirstName: "Alain", LastName: "David"}) {
			t.Errorf("%s: %+v", name, a.Deputy)
		}
		var seat *lexgraph.Mandate
		for i, m := range a.Mandates {
			if m.BodyType == lexgraph.BodyAssembly {
				seat = &a.Mandates[i]
			}
		}
		if seat == nil || seat.Circo != (lexgraph.Circonscription{ID: "PO839429", Department: "Gironde", Number: 4}) || seat.Legislature != 17 {
			t.Errorf("%s: the deputy's seat %+v", name, seat)
		}
	}
	docs, errs := read(t, "PM842621.json")
	if len(errs) != 0 || docs[0].Mandate == nil || docs[0].Mandate.ActorID != "PA1008" || docs[0].Mandate.Circo.Number != 4 {
		t.Errorf("mandat: %v %+v", errs, docs)
	}
	docs, errs = read(t, "PO702912.json")
	if len(errs) != 0 || docs[0].Body == nil || *docs[0].Body != (lexgraph.Body{ID: "PO702912", Type: "MINISTERE",
		Name: "Ministère de l'économie, de l'industrie et du numérique", Short: "Économie, industrie et numérique", Abbrev: "ECO",
		Start: "2014-08-27", End: "2016-08-30"}) {
		t.Errorf("organe: %v %+v", errs, docs[0].Body)
	}
	docs, _ = read(t, "PO839429.json")
	if docs[0].Body.Circo != (lexgraph.Circonscription{ID: "PO839429", Department: "Gironde", Number: 4}) {
		t.Errorf("circonscription %+v", docs[0].Body)
	}
}

// TestEncodings checks that XML declaring Latin-1 is decoded, and that
// bytes that are not UTF-8 elsewhere are rejected with their position.
func TestEncodings(t *testing.T) {
	docs, errs := read(t, "PO999001_latin1.xml")
	if len(errs) != 0 || docs[0].Body.Name != "Ministère de la justice" {
		t.Errorf("Latin-1 XML: %v %+v", errs, docs)
	}
	bad := []byte("{\"question\": {\"uid\": \"QANR5L14QE1\",\n \"type\": \"Q\xe9\"}}")
	_, errs = readBytes(t, "bad.json", bad)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "bad.json:2:12") || !strings.Contains(errs[0].Error(), "not UTF-8") {
		t.Errorf("invalid UTF-8: %v", errs)
	}
	unknown := []byte(`<?xml version="1.0" encoding="x-klingon"?><organe><uid>PO1</uid></organe>`)
	_, errs = readBytes(t, "k.xml", unknown)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "x-klingon") {
		t.Errorf("unknown encoding: %v", errs)
	}
}

// TestCDATAEnds checks that a CDATA section ending in "]" is read whole.
func TestCDATAEnds(t *testing.T) {
	src := `<questionsEcrites><question><uid>QANR5L14QE7</uid><textesQuestion><texteQuestion><texte><![CDATA[voir [1]]]></texte></texteQuestion></textesQuestion></question>` +
		`<question><uid>QANR5L14QE8</uid></question></questionsEcrites>`
	docs, errs := readBytes(t, "c.xml", []byte(src))
	if len(errs) != 0 || len(docs) != 2 || docs[0].Passages[0].Text != "voir [1]" {
		t.Errorf("docs %+v, errors %v", docs, errs)
	}
}

// TestTruncated checks that a file cut short gives its complete records
// and an error naming where the cut record starts.
func TestTruncated(t *testing.T) {
	data, _ := os.ReadFile(filepath.Join("testdata", "Questions_ecrites_XIV.json"))
	cut := data[:bytes.Index(data, []byte(`"QANR5L14QE90001"`))+40]
	docs, errs := readBytes(t, "cut.json", cut)
	if len(docs) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "cut.json:16:1") || !strings.Contains(errs[0].Error(), "not closed") {
		t.Errorf("docs %d, errors %v", len(docs), errs)
	}
	xml, _ := os.ReadFile(filepath.Join("testdata", "Questions_ecrites_XIV.xml"))
	docs, errs = readBytes(t, "cut.xml", xml[:len(xml)-200])
	if len(docs) != 1 || len(errs) != 3 || !strings.Contains(errs[2].Error(), "cut.xml:30:1") || !strings.Contains(errs[2].Error(), "not closed") {
		t.Errorf("docs %d, errors %v", len(docs), errs)
	}
}

// FuzzSplitDecode checks that no input makes the readers panic or loop,
// in the manner of encoding/json's fuzz tests. Each input has a deadline:
// an input that takes longer fails with its size instead of stalling the
// fuzzer (testdata/fuzz/FuzzSplitDecode keeps the inputs that did).
func FuzzSplitDecode(f *testing.F) {
	for _, name := range []string{"Questions_ecrites_XIV.json", "Questions_ecrites_XIV.xml", "PA1008.json", "q14_14-47351QE.xml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"question": [{"uid": {"#text": ["x"]}}, null, 3]}`))
	f.Add([]byte(`<questionsEcrites><question><uid>Q</uid><question>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		syntax := opendata.Sniff(data)
		if syntax == "" {
			return
		}
		var errs []string
		done := make(chan struct{})
		go func() {
			defer close(done)
			opendata.Split("fuzz", bytes.NewReader(data), syntax, func(r opendata.Record) error {
				d, err := r.Decode()
				if err == nil && d == nil || err != nil && d != nil {
					errs = append(errs, fmt.Sprintf("Decode gave %v and %v", d, err))
				}
				if err != nil && !strings.HasPrefix(err.Error(), "fuzz") {
					errs = append(errs, fmt.Sprintf("error %q does not name the input", err))
				}
				return nil
			})
		}()
		select {
		case <-done:
		case <-time.After(fuzzDeadline):
			t.Fatalf("Split and Decode of %d bytes took more than %v", len(data), fuzzDeadline)
		}
		for _, e := range errs {
			t.Error(e)
		}
	})
}

// fuzzDeadline is how long one fuzz input may take: far above what any
// input of the fuzzer's sizes needs when the work is linear (milliseconds),
// so that a loaded machine does not fail it.
const fuzzDeadline = 5 * time.Second

// TestIDsAreTexts checks that a record whose uid is a number or a boolean
// is rejected, naming the field, and not read with the number as its id.
func TestIDsAreTexts(t *testing.T) {
	for _, src := range []string{
		`{"question":{"uid":5}}`,
		`{"question":{"uid":{"#text":81473}}}`,
		`{"acteur":{"uid":1008}}`,
		`{"organe":{"uid":true}}`,
		`{"mandat":{"uid":842621,"acteurRef":"PA1008"}}`,
	} {
		docs, errs := readBytes(t, "n.json", []byte(src))
		if len(docs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "field uid: want a text") {
			t.Errorf("%s: docs %v, errors %v", src, docs, errs)
		}
	}
	docs, errs := readBytes(t, "s.json", []byte(`{"question":{"uid":"QANR5L14QE5"}}`))
	if len(docs) != 1 || len(errs) != 0 || docs[0].Question.Number != 5 {
		t.Errorf("a text uid: docs %v, errors %v", docs, errs)
	}
}
