package main

import (
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"lexgraph"
)

func TestReadConfig(t *testing.T) {
	cfg, err := readConfig(strings.NewReader("db: /data/lg.db\nquery:\n  timeout: 5s\nextract:\n  catalogues: [a.yaml, b.yaml]\n"), "test", nil)
	if err != nil {
		t.Fatal(err)
	}
	def := lexgraph.DefaultConfig()
	if cfg.DB != "/data/lg.db" || cfg.Query.Timeout != 5*time.Second || len(cfg.Extract.Catalogues) != 2 {
		t.Errorf("read %+v", cfg)
	}
	if cfg.Backend != def.Backend || cfg.Query.Limit != def.Query.Limit || cfg.Store.OpenTimeout != def.Store.OpenTimeout {
		t.Errorf("defaults lost: %+v", cfg)
	}
}

func TestConfigPrecedence(t *testing.T) {
	t.Setenv("LEXGRAPH_DB", "/env.db")
	t.Setenv("LEXGRAPH_QUERY_LIMIT", "7")
	cfg, err := readConfig(strings.NewReader("db: /file.db\n"), "test", nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DB != "/env.db" || cfg.Query.Limit != 7 {
		t.Errorf("environment does not override the file: %+v", cfg)
	}
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	fs.String("db", "", "")
	fs.Parse([]string{"--db", "/flag.db"})
	cfg, _ = readConfig(strings.NewReader("db: /file.db\n"), "test", fs)
	if cfg.DB != "/flag.db" {
		t.Errorf("the flag does not override the environment: %q", cfg.DB)
	}
}

func TestConfigErrors(t *testing.T) {
	for _, src := range []string{"db: [unclosed", "dbb: typo.db\n", "query:\n  timeout: soon\n"} {
		if _, err := readConfig(strings.NewReader(src), "test", nil); err == nil {
			t.Errorf("config %q: no error", src)
		}
	}
}

// TestBundledConfig checks that the repository's config.yaml reads.
func TestBundledConfig(t *testing.T) {
	if _, err := loadConfig("../../config.yaml", nil); err != nil {
		t.Fatal(err)
	}
}
