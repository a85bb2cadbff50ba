package lexgraph

import (
	"runtime"
	"time"
)

// Config is lexgraph's configuration. cmd/lexgraph reads it from config.yaml,
// LEXGRAPH_* variables and flags, on top of DefaultConfig.
type Config struct {
	// Backend is the store's backend: "bolt" (embedded, the default),
	// "memory" or "postgres".
	Backend string `mapstructure:"backend"`
	// DB is where the store lives: a file for bolt, a connection string for
	// the SQL backends. Also set by --db and LEXGRAPH_DB.
	DB      string        `mapstructure:"db"`
	Store   StoreConfig   `mapstructure:"store"`
	Query   QueryConfig   `mapstructure:"query"`
	Extract ExtractConfig `mapstructure:"extract"`
	Ingest  IngestConfig  `mapstructure:"ingest"`
}

// StoreConfig tunes the graph store.
type StoreConfig struct {
	// OpenTimeout bounds the wait for a store that another process holds.
	OpenTimeout time.Duration `mapstructure:"open_timeout"`
	// NoSync skips bolt's fsync on every commit: faster bulk loads, at the
	// price of losing the last commits on a power failure.
	NoSync bool `mapstructure:"nosync"`
}

// QueryConfig bounds queries.
type QueryConfig struct {
	Timeout time.Duration `mapstructure:"timeout"`
	Limit   int           `mapstructure:"limit"`
}

// ExtractConfig tunes the reference extractor.
type ExtractConfig struct {
	// MatchTimeout bounds each regular expression match.
	MatchTimeout time.Duration `mapstructure:"match_timeout"`
	// Catalogues are extra catalogue files (YAML) merged over the bundled one.
	Catalogues []string `mapstructure:"catalogues"`
}

// IngestConfig tunes ingestion.
type IngestConfig struct {
	Workers   int `mapstructure:"workers"`    // parallel readers and extractors
	BatchDocs int `mapstructure:"batch_docs"` // documents written per transaction
	// Rejects is the file where malformed records are written; empty for
	// "<db>.rejects.jsonl" beside the store.
	Rejects string `mapstructure:"rejects"`
}

// DefaultConfig returns the configuration used when nothing is set.
func DefaultConfig() Config {
	return Config{
		Backend: "bolt",
		DB:      "lexgraph.db",
		Store:   StoreConfig{OpenTimeout: 3 * time.Second},
		Query:   QueryConfig{Timeout: 30 * time.Second, Limit: 1000},
		Extract: ExtractConfig{MatchTimeout: 2 * time.Second},
		Ingest:  IngestConfig{Workers: runtime.GOMAXPROCS(0), BatchDocs: 500},
	}
}
