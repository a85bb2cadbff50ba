package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"lexgraph/generate"
)

func (a *app) genCommand() *cobra.Command {
	var o generate.Options
	var out, ref string
	cmd := &cobra.Command{
		Use:   "gen --questions N --out FILE.json[.zip] [--reference FILE.json[.zip]]",
		Short: "Write a synthetic dump in the official open-data shape, for tests and benchmarks",
		Long: `Writes N written questions that look like a legislature's: deputies in
the real seats (each department's circonscriptions), civilities that agree
with their given names, groups in the legislature's proportions; questions
dated inside the legislature and asked of the ministries of their day,
answered weeks or months later; texts citing thousands of instruments (codes,
laws, ordinances and decrees by number, EU acts, court decisions) with
Zipf-like frequencies, each adopted before the text citing it; and every
trap of the real files (objects or lists, null parts, "#text" wrappers, both
date formats, HTML answers, re-attributions). The 14th legislature's dump is
one file ({"questionsEcrites": {"question": [...]}}); the 15th's and 16th's
(--legislature 15) a zip archive of one file per question
(json/QANR5L15QE<n>.json). --reference also writes the acteur and organe
records of its deputies, groups and ministries. A name ending in .zip gets a
zip archive. The same --seed writes the same files. Prints what the files
hold: questions, answers, deputies, ministries, citations, instruments.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			// The flags give every default: a zero here is the user's, and
			// the generator would read it as "the default"
			switch {
			case o.Legislature < 1:
				return usageError{fmt.Errorf("--legislature %d: want 1 or more", o.Legislature)}
			case o.FirstNumber < 1:
				return usageError{fmt.Errorf("--first %d: want 1 or more", o.FirstNumber)}
			case o.Answered <= 0:
				return usageError{fmt.Errorf("--answered %g: want a share above 0, at most 1", o.Answered)}
			}
			if err := o.Check(); err != nil {
				return usageError{fmt.Errorf("--%v", err)}
			}
			exp, err := generate.WriteFiles(out, ref, o)
			if err != nil {
				return err
			}
			return a.renderSummary(exp)
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.Questions, "questions", 1000, "number of questions")
	f.StringVar(&out, "out", "", "questions file to write (.json or .json.zip)")
	f.StringVar(&ref, "reference", "", "acteur and organe file to write (.json or .json.zip)")
	f.Uint64Var(&o.Seed, "seed", 1, "random seed")
	f.IntVar(&o.Legislature, "legislature", 14, "legislature: 14 (one file), 15 or 16 (a zip archive of one file per question)")
	f.IntVar(&o.Instruments, "instruments", 6000, "instruments the texts may cite, ranked by a Zipf law")
	f.IntVar(&o.FirstNumber, "first", 1, "number of the first question")
	f.Float64Var(&o.Answered, "answered", 0.7, "share of questions answered")
	cmd.MarkFlagRequired("out")
	return cmd
}
