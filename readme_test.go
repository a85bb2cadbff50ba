package lexgraph_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestReadmePaths checks that every file and folder of the repository the
// README names (in backquotes, or as a link) is in the repository.
func TestReadmePaths(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	roots := []string{".ci/", "cmd/", "docs/", "formats/", "extract/", "generate/", "graph/", "ingest/", "internal/", "queries/", "testdata/"}
	files := map[string]bool{"LICENSE": true, "BENCHMARKS.md": true, "config.yaml": true, "ministries.txt": true, "lexgraph.go": true, "ministries.go": true}
	seen := 0
	for _, m := range regexp.MustCompile("`([^`\\s]+)`|\\]\\(([^)#\\s]+)\\)").FindAllStringSubmatch(string(data), -1) {
		p := m[1] + m[2]
		if strings.ContainsAny(p, "*<>") || strings.Contains(p, "://") {
			continue
		}
		named := files[p]
		for _, r := range roots {
			named = named || strings.HasPrefix(p, r)
		}
		if !named {
			continue
		}
		seen++
		if _, err := os.Stat(p); err != nil {
			t.Errorf("README names %s, which is not in the repository", p)
		}
	}
	if seen < 20 {
		t.Errorf("only %d paths found in README.md", seen)
	}
}
