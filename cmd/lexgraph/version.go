package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version, commit and date describe the build. A release sets them with
// -ldflags "-X main.version=v1.2.0 -X main.commit=… -X main.date=…";
// otherwise they come from what the go command stamped into the binary
// (the module version, and the commit and its time when built from a
// clone: go build, go install).
var version, commit, date string

// Version is what lexgraph version prints.
type Version struct {
	Version string `json:"version"`
	Commit  string `json:"commit"`
	// Date is the build date when set by -ldflags, else the commit's
	// date (the go command stamps no build time).
	Date     string `json:"date"`
	Modified bool   `json:"modified,omitempty"` // built from a clone with changes not committed
	Go       string `json:"go"`
}

// buildVersion returns the version of this binary.
func buildVersion() Version {
	bi, _ := debug.ReadBuildInfo()
	return versionOf(bi, version, commit, date)
}

// versionOf reads a version from build information, the -ldflags values
// winning over it.
func versionOf(bi *debug.BuildInfo, ver, rev, when string) Version {
	v := Version{Version: "unknown", Commit: "unknown", Date: "unknown"}
	if bi != nil {
		v.Go = bi.GoVersion
		if bi.Main.Version != "" {
			v.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Commit = s.Value
			case "vcs.time":
				v.Date = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	if ver != "" {
		v.Version = ver
	}
	if rev != "" {
		v.Commit, v.Modified = rev, false
	}
	if when != "" {
		v.Date = when
	}
	return v
}

// versionLine is the version on one line, for --version.
func versionLine(v Version) string {
	s := fmt.Sprintf("lexgraph %s, commit %s", v.Version, v.Commit)
	if v.Modified {
		s += " (modified)"
	}
	s += ", date " + v.Date
	if v.Go != "" {
		s += ", " + v.Go
	}
	return s
}

func (a *app) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print lexgraph's version, commit and date",
		Long: `Prints the version, the commit it was built from and a date: the build date
when the release set it (-ldflags "-X main.date=…"), else the commit's date,
which the go command stamps into binaries built from a clone (go build, go
install); "unknown" where nothing says (go run, go test).`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			v := buildVersion()
			if a.format == "table" {
				_, err := fmt.Fprintln(a.stdout, versionLine(v))
				return err
			}
			return a.renderSummary(v)
		},
	}
}
