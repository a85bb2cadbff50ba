package graph

import (
	"log"
	"os"

	"github.com/cayleygraph/cayley/clog"
)

// quietLog drops cayley's own log lines: every failure that matters comes
// back to lexgraph as an error and is reported with context, while cayley
// logs expected states as errors ("cannot init; database already exists" on
// every open of a SQL store). LEXGRAPH_DEBUG=1 shows them.
type quietLog struct{}

func (quietLog) Infof(string, ...any)    {}
func (quietLog) Warningf(string, ...any) {}
func (quietLog) Errorf(string, ...any)   {}
func (quietLog) V(int) bool              { return false }
func (quietLog) SetV(int)                {}
func (quietLog) Fatalf(format string, args ...any) {
	log.Fatalf("cayley: "+format, args...)
}

func init() {
	if os.Getenv("LEXGRAPH_DEBUG") == "" {
		clog.SetLogger(quietLog{})
	}
}
