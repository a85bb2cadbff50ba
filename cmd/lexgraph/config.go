package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"lexgraph"
)

// configKeys maps every configuration key to its default, from
// lexgraph.DefaultConfig; README.md documents them.
func configKeys() map[string]any {
	d := lexgraph.DefaultConfig()
	return map[string]any{
		"backend":               d.Backend,
		"db":                    d.DB,
		"store.open_timeout":    d.Store.OpenTimeout,
		"store.nosync":          d.Store.NoSync,
		"query.timeout":         d.Query.Timeout,
		"query.limit":           d.Query.Limit,
		"query.memory_mb":       d.Query.MemoryMB,
		"serve.addr":            d.Serve.Addr,
		"serve.read_timeout":    d.Serve.ReadTimeout,
		"serve.write_timeout":   d.Serve.WriteTimeout,
		"serve.raw_queries":     d.Serve.RawQueries,
		"serve.query_timeout":   d.Serve.QueryTimeout,
		"serve.export_timeout":  d.Serve.ExportTimeout,
		"serve.max_body":        d.Serve.MaxBody,
		"serve.max_rows":        d.Serve.MaxRows,
		"serve.max_result_mb":   d.Serve.MaxResultMB,
		"serve.reload":          d.Serve.Reload,
		"serve.cache_mb":        d.Serve.CacheMB,
		"extract.match_timeout": d.Extract.MatchTimeout,
		"extract.catalogues":    d.Extract.Catalogues,
		"ingest.workers":        d.Ingest.Workers,
		"ingest.batch_docs":     d.Ingest.BatchDocs,
		"ingest.rejects":        d.Ingest.Rejects,
		"export.base":           d.Export.Base,
	}
}

// flagKeys binds command-line flags to configuration keys.
var flagKeys = map[string]string{
	"db":        "db",
	"backend":   "backend",
	"workers":   "ingest.workers",
	"batch":     "ingest.batch_docs",
	"rejects":   "ingest.rejects",
	"timeout":   "query.timeout",
	"catalogue": "extract.catalogues",
	"addr":      "serve.addr",
	"base":      "export.base",
}

// readConfig reads a YAML configuration from r (nil for none) over the
// defaults, then applies LEXGRAPH_* environment variables (LEXGRAPH_DB,
// LEXGRAPH_QUERY_TIMEOUT…) and the flags that were set, in that order of
// precedence. A key the configuration does not know is an error, so that a
// typo does not pass silently.
func readConfig(r io.Reader, name string, flags *pflag.FlagSet) (lexgraph.Config, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	for k, def := range configKeys() {
		v.SetDefault(k, def)
	}
	if r != nil {
		if err := v.ReadConfig(r); err != nil {
			return lexgraph.Config{}, lexgraph.Errorf(lexgraph.EINVALID, "cannot read configuration %s: %v", name, err)
		}
		known := configKeys()
		for _, k := range v.AllKeys() {
			if _, ok := known[k]; !ok && v.InConfig(k) {
				return lexgraph.Config{}, lexgraph.Errorf(lexgraph.EINVALID, "configuration %s: unknown key %q", name, k)
			}
		}
	}
	v.SetEnvPrefix("LEXGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	if flags != nil {
		for flag, key := range flagKeys {
			if f := flags.Lookup(flag); f != nil && f.Changed {
				if err := v.BindPFlag(key, f); err != nil {
					return lexgraph.Config{}, err
				}
			}
		}
	}
	var cfg lexgraph.Config
	if err := v.Unmarshal(&cfg); err != nil {
		return lexgraph.Config{}, lexgraph.Errorf(lexgraph.EINVALID, "configuration %s: %v", name, err)
	}
	return cfg, nil
}

// loadConfig finds the configuration file: --config, else LEXGRAPH_CONFIG,
// else ./config.yaml when it exists, else none.
func loadConfig(path string, flags *pflag.FlagSet) (lexgraph.Config, error) {
	explicit := path != ""
	if path == "" {
		path = os.Getenv("LEXGRAPH_CONFIG")
		explicit = path != ""
	}
	if path == "" {
		path = "config.yaml"
	}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) && !explicit {
		return readConfig(nil, "(defaults)", flags)
	}
	if err != nil {
		return lexgraph.Config{}, lexgraph.Errorf(lexgraph.EINVALID, "cannot open configuration %q: %v", path, err)
	}
	defer f.Close()
	return readConfig(f, fmt.Sprintf("%q", path), flags)
}
