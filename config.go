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
	Serve   ServeConfig   `mapstructure:"serve"`
	Export  ExportConfig  `mapstructure:"export"`
}

// DefaultExportBase is the base of the RDF exports' IRIs when none is set.
// The .invalid domain is reserved (RFC 6761): the IRIs are absolute, as RDF
// requires, and say plainly that they do not dereference; publish with
// your own base.
const DefaultExportBase = "https://lexgraph.invalid/"

// ExportConfig shapes the exports.
type ExportConfig struct {
	// Base prefixes the store's relative IRIs (question/QANR5L14QE81473)
	// in every export format.
	Base string `mapstructure:"base"`
}

// StoreConfig tunes the graph store.
type StoreConfig struct {
	// OpenTimeout bounds the wait for a store that another process holds.
	OpenTimeout time.Duration `mapstructure:"open_timeout"`
	// NoSync skips bolt's fsync on every commit: faster bulk loads, at the
	// price of losing the last commits on a power failure.
	NoSync bool `mapstructure:"nosync"`
}

// QueryConfig bounds raw queries (Gizmo, GraphQL), which run in a child
// process of their own so that the bounds really stop them.
type QueryConfig struct {
	Timeout time.Duration `mapstructure:"timeout"`
	Limit   int           `mapstructure:"limit"`
	// MemoryMB is the most memory, in MiB, a raw query may take.
	MemoryMB int `mapstructure:"memory_mb"`
}

// ServeConfig tunes lexgraph serve.
type ServeConfig struct {
	// Addr is where the server listens: the loopback address unless told
	// otherwise.
	Addr string `mapstructure:"addr"`
	// ReadTimeout bounds the reading of a request, WriteTimeout the
	// writing of its answer (raw queries and exports get their own time
	// limits within it).
	ReadTimeout  time.Duration `mapstructure:"read_timeout"`
	WriteTimeout time.Duration `mapstructure:"write_timeout"`
	// RawQueries is how many raw queries run at once; the others wait a
	// moment, then are refused (503).
	RawQueries int `mapstructure:"raw_queries"`
	// QueryTimeout is the time limit of a raw query served (a request may
	// ask for less); ExportTimeout that of an export.
	QueryTimeout  time.Duration `mapstructure:"query_timeout"`
	ExportTimeout time.Duration `mapstructure:"export_timeout"`
	// MaxBody is the most bytes of a request's body (a raw query).
	MaxBody int64 `mapstructure:"max_body"`
	// MaxRows is the most rows a named query answers (the rest are cut,
	// and the answer says so); MaxResultMB the most MiB of a raw query's
	// results.
	MaxRows     int `mapstructure:"max_rows"`
	MaxResultMB int `mapstructure:"max_result_mb"`
	// Reload is how often the server looks for a newer store.
	Reload time.Duration `mapstructure:"reload"`
	// CacheMB is the most MiB of answers kept per state of the store (0:
	// none kept).
	CacheMB int `mapstructure:"cache_mb"`
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
		Query:   QueryConfig{Timeout: 30 * time.Second, Limit: 1000, MemoryMB: 1024},
		Extract: ExtractConfig{MatchTimeout: 2 * time.Second},
		Ingest:  IngestConfig{Workers: runtime.GOMAXPROCS(0), BatchDocs: 500},
		Serve: ServeConfig{
			Addr: "127.0.0.1:8080", ReadTimeout: 10 * time.Second, WriteTimeout: 2 * time.Minute,
			RawQueries: 2, QueryTimeout: 10 * time.Second, ExportTimeout: 90 * time.Second,
			MaxBody: 1 << 20, MaxRows: 10000, MaxResultMB: 16, Reload: 2 * time.Second, CacheMB: 64,
		},
		Export: ExportConfig{Base: DefaultExportBase},
	}
}
