package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexgraph/graph"
	"lexgraph/queries"
)

// TestGroupWhenAsking checks that the group a page prints (the deputy's
// group when the page was read) is kept apart from the record's (the group
// when asking): each under its own predicate, the record's counting for
// the question, and the rows saying which one they show. The seed page of
// question 14-81473, asked in June 2015, prints Jacques Cresta's group as
// "Socialiste, écologiste et républicain", the name the group took in
// 2016; the record gives "Socialiste, républicain et citoyen".
func TestGroupWhenAsking(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(corpus, "seeds", "000_fbaed0f544bcf766.txt")
	record := filepath.Join(dir, "QANR5L14QE81473.json")
	os.WriteFile(record, []byte(crestaRecord), 0o644)

	pageOnly := filepath.Join(dir, "page.db")
	mustRun(t, "ingest", "--db", pageOnly, page)
	ls := links(t, pageOnly)
	if len(ls) != 1 || ls[0].Group != "Socialiste, écologiste et républicain" || ls[0].GroupAsOf != "page" {
		t.Errorf("page only: links %+v", ls)
	}

	both := filepath.Join(dir, "both.db")
	mustRun(t, "ingest", "--db", both, page, record)
	ls = links(t, both)
	if len(ls) != 1 || ls[0].Group != "Socialiste, républicain et citoyen" || ls[0].GroupAsOf != "asking" {
		t.Errorf("page and record: links %+v", ls)
	}
	var byGroup []queries.GroupLinkRow
	runJSON(t, &byGroup, "query", "links", "--by", "group", "--db", both)
	if len(byGroup) != 1 || byGroup[0].Group != "Socialiste, républicain et citoyen" || byGroup[0].GroupAsOf != "asking" {
		t.Errorf("links --by group: %+v", byGroup)
	}
	st := openStore(t, both)
	out, _ := st.Out(context.Background(), "question/QANR5L14QE81473")
	st.Close()
	if len(out[graph.AuthorGroup]) != 1 || out[graph.AuthorGroup][0].IRI() != "group/socialiste-republicain-et-citoyen" ||
		len(out[graph.PageGroup]) != 1 || out[graph.PageGroup][0].IRI() != "group/socialiste-ecologiste-et-republicain" {
		t.Errorf("author_group %v, page_group %v", out[graph.AuthorGroup], out[graph.PageGroup])
	}
	var cited []queries.CitedRow
	runJSON(t, &cited, "query", "cited", "--db", both, "--group", "socialiste, écologiste et républicain")
	if len(cited) != 0 {
		t.Errorf("--group matched the page's group where the record gives the group when asking: %+v", cited)
	}
	runJSON(t, &cited, "query", "cited", "--db", pageOnly, "--group", "socialiste, écologiste et républicain")
	if len(cited) == 0 {
		t.Errorf("--group did not match the page's group of a question known by its page only")
	}
}

// TestQuestionReferences checks that rows name questions as the Assemblée
// does, with their legislature, and link to their pages, on a store
// holding questions of the same numbers in two legislatures.
func TestQuestionReferences(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lexgraph.db")
	dir := t.TempDir()
	for _, leg := range []string{"14", "15"} {
		for _, num := range []string{"8", "12"} {
			rec := strings.NewReplacer("QANR5L14QE81473", "QANR5L"+leg+"QE"+num, `"81473"`, `"`+num+`"`, `"legislature": "14"`, `"legislature": "`+leg+`"`).Replace(crestaRecord)
			os.WriteFile(filepath.Join(dir, leg+"-"+num+".json"), []byte(rec), 0o644)
		}
	}
	mustRun(t, "ingest", "--db", db, dir)
	var cited []queries.CitedRow
	runJSON(t, &cited, "query", "cited", "--db", db)
	if len(cited) == 0 || strings.Join(cited[0].Questions, ",") != "14-8,14-12,15-8,15-12" {
		t.Errorf("cited: %+v", cited)
	}
	var citing []queries.CitingRow
	runJSON(t, &citing, "query", "citing", "--db", db, "budapest")
	refs := map[string]string{}
	for _, r := range citing {
		refs[r.Question] = r.URL
	}
	if len(refs) != 4 || refs["15-12"] != "https://questions.assemblee-nationale.fr/q15/15-12QE.htm" || refs["14-8"] != "https://questions.assemblee-nationale.fr/q14/14-8QE.htm" {
		t.Errorf("citing: %v", refs)
	}
	var red []queries.RedirectedRow
	runJSON(t, &red, "query", "redirected", "--db", db)
	if len(red) != 4 || red[0].URL == "" || !strings.Contains(red[0].URL, red[0].Question+"QE.htm") {
		t.Errorf("redirected: %+v", red)
	}
	var dep struct {
		Questions []queries.DeputyQuestionRow `json:"questions"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "query", "deputy", "--db", db, "PA610002", "--format", "json")), &dep); err != nil {
		t.Fatal(err)
	}
	if len(dep.Questions) != 4 || dep.Questions[0].URL == "" || !strings.Contains(dep.Questions[0].Question, "-") {
		t.Errorf("deputy's questions: %+v", dep.Questions)
	}
}
