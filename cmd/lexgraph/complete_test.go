package main

import (
	"strings"
	"testing"
)

// completions asks for the completions of a command line, as the shell
// scripts do (lexgraph __complete …), and returns them without their
// descriptions.
func completions(t *testing.T, args ...string) []string {
	t.Helper()
	out, errs, code := cli(t, append([]string{"__complete"}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %v: exit %d: %s", args, code, errs)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, ":") {
			got = append(got, strings.SplitN(l, "\t", 2)[0])
		}
	}
	return got
}

// TestCompletion checks the shell completion of flag values and of the
// store's names, and that every name it offers resolves.
func TestCompletion(t *testing.T) {
	db := corpusDB(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"query", "cited", "--part", ""}, "question answer title index text"},
		{[]string{"query", "cited", "--kind", "d"}, "decret directive decision"},
		{[]string{"query", "links", "--by", ""}, "deputy group"},
		{[]string{"stats", "--format", ""}, "table json csv jsonl"},
		{[]string{"export", "--format", ""}, "nquads jsonld graphml dot"},
		{[]string{"--backend", ""}, "bolt memory postgres"},
		{[]string{"query", "deputy", "--db", db, "jac"}, "jacques-cresta jacques-remiller"},
		{[]string{"query", "ministry", "--db", db, ""}, "affaires-sociales-sante-et-ville interieur justice numerique"},
		{[]string{"query", "cited", "--db", db, "--ministry", "ju"}, "justice"},
		{[]string{"query", "citing", "--db", db, "traite/coe-1"}, "traite/coe-104 traite/coe-185"},
		{[]string{"query", "instrument", "--db", db, "loi/2016"}, "loi/2016-731"},
		{[]string{"query", "path", "--db", db, "deputy/jacques-cresta", "instrument/traite/coe-18"}, "instrument/traite/coe-185"},
		{[]string{"query", "cited", "--db", db, "--group", "les"}, "les-republicains"},
		{[]string{"export", "--db", db, "--node", "rubrique/j"}, "rubrique/justice"},
		{[]string{"query", "deputy", "--db", db, "jacques-cresta", ""}, ""},
		{[]string{"query", "ci"}, "cited citing"},
	} {
		if got := strings.Join(completions(t, tt.args...), " "); got != tt.want {
			t.Errorf("complete %v: %q, want %q", tt.args, got, tt.want)
		}
	}
	for _, id := range completions(t, "query", "deputy", "--db", db, "") {
		if _, errs, code := cli(t, "query", "deputy", "--db", db, id); code != 0 {
			t.Errorf("the completion %q does not resolve: %s", id, errs)
		}
	}
	if got := completions(t, "query", "deputy", "--db", db+".missing", "jac"); len(got) != 0 {
		t.Errorf("no store: completions %v", got)
	}
	out, _, code := cli(t, "completion", "bash")
	if code != 0 || !strings.Contains(out, "__start_lexgraph") {
		t.Errorf("completion bash: exit %d, %.200s", code, out)
	}
}
