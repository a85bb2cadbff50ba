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
		Long: `Writes N written questions in the 14th legislature's single-file JSON shape
({"questionsEcrites": {"question": [...]}}), with realistic French texts that
cite known laws, codes, directives and conventions, and every trap of the
real files (objects or lists, null parts, "#text" wrappers, both date
formats, HTML answers, re-attributions). --reference also writes the acteur
and organe records of its deputies, groups and ministries. A name ending in
.zip gets a zip archive. The same --seed writes the same files. Prints what
the files hold: questions, answers, deputies, ministries, citations.`,
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
	f.IntVar(&o.Legislature, "legislature", 14, "legislature")
	f.IntVar(&o.FirstNumber, "first", 1, "number of the first question")
	f.Float64Var(&o.Answered, "answered", 0.7, "share of questions answered")
	cmd.MarkFlagRequired("out")
	return cmd
}
