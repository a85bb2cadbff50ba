package queries

import (
	"context"
	"reflect"

	"lexgraph"
	"lexgraph/graph"
)

// Query is a named query: a name, an options struct and a function from
// options to rows. The options are a plain struct whose fields say how to
// set them, so that the command line (flags and arguments, in
// cmd/lexgraph) and, later, an HTTP handler (a query string) fill the same
// struct:
//
//   - the json tag names the option ("part", "max_depth");
//   - help describes it;
//   - arg marks a positional argument and names it ("INSTRUMENT").
//
// Embedded structs (Filter, Period) add their fields.
type Query struct {
	Name  string
	Args  string // the positional arguments, for usage lines
	Short string
	Long  string
	// Options returns a pointer to a fresh options struct.
	Options func() any
	// Run runs the query with options filled in (a pointer Options
	// returned). The result is a slice of row structs, or a Report.
	Run func(ctx context.Context, st *graph.Store, opts any) (any, error)
	// Results are the types Run returns (a slice type, or a pointer to a
	// report), for the API's description: one, or one for each form an
	// option selects (links by deputy or by group).
	Results []reflect.Type
}

// Checker is implemented by options that can be checked before the store
// is opened, so that a bad option is reported as such even without one.
type Checker interface {
	Check() error
}

func query[O any, R any](name, args, short, long string, run func(context.Context, *graph.Store, O) (R, error)) Query {
	return Query{Name: name, Args: args, Short: short, Long: long,
		Options: func() any { return new(O) },
		Results: []reflect.Type{reflect.TypeFor[R]()},
		Run: func(ctx context.Context, st *graph.Store, opts any) (any, error) {
			return run(ctx, st, *opts.(*O))
		}}
}

// results sets the types a query returns, for a query whose rows depend
// on an option.
func results(q Query, types ...reflect.Type) Query {
	q.Results = types
	return q
}

// Queries lists the named queries, in the order of the command's help.
var Queries = []Query{
	query("cited", "", "Instruments ranked by the number of questions citing them",
		`Ranks the instruments by the number of questions citing them, with the
questions' numbers. The filters keep some questions (by ministry, rubrique,
legislature, publication date, deputy, group) and some citations (by part,
by kind of instrument).`, Cited),
	query("citing", "INSTRUMENT", "The questions citing an instrument, with the sentence that cites it",
		`Lists the questions citing an instrument, newest first, one row per part
citing it: date, deputy, ministries asked and answering, part, articles
cited and the sentence that cites it.`, Citing),
	query("instrument", "INSTRUMENT", "What the graph knows of an instrument",
		`Describes an instrument: its id, official ids and links, how many
questions cite it, by year, the articles cited, the wordings used, and the
instruments the same questions cite.`, InstrumentReportOf),
	query("deputy", "NAME", "A deputy's questions, the ministries addressed, the instruments in the answers",
		`Describes a deputy: groups, circonscription, the questions asked (newest
first), the ministries asked and answering, and the instruments cited in
the answers received.`, DeputyReportOf),
	query("ministry", "NAME", "A ministry's questions, askers, citations and answer delays",
		`Describes a ministry: the questions asked of it and those it answers
(redirected in and away), the deputies and groups asking, the instruments
its answers cite most, and its answer delays.`, MinistryReportOf),
	results(query("links", "", "Deputy → ministry edges (group → ministry with --by group)",
		`Counts questions by deputy (or group, with --by group), ministry asked
(interrogé) and ministry answering (the last attributaire).`, runLinks), reflect.TypeFor[[]LinkRow](), reflect.TypeFor[[]GroupLinkRow]()),
	results(query("redirected", "", "Questions answered by another ministry than the one asked",
		`Lists the questions whose last ministère attributaire (who answers)
differs from the ministère interrogé, newest first; with --pairs, counts
them by pair of ministries.`, runRedirected), reflect.TypeFor[[]RedirectedRow](), reflect.TypeFor[[]RedirectPairRow]()),
	query("delays", "", "Answer delays per answering ministry",
		`Per answering ministry (the last attributaire, names merged across
governments): questions, answered questions with a known delay, the median,
mean and 90th percentile (nearest rank) of the days from the question's
publication to the answer's, unanswered questions, and answered questions
whose delay is unknown.`, Delays),
	query("question", "QUESTION", "A question: its metadata, the instruments it cites, its texts",
		`Describes a question: deputy, group, ministries asked, assigned and answering,
dates and answer delay, the instruments each part cites (articles, wordings),
and, with --format json, its texts with where each mention stands.`, QuestionReportOf),
	query("search", "NAME", "The nodes a name matches, best first",
		`Lists the nodes (deputies, groups, ministries, rubriques, circonscriptions,
instruments, questions) a name matches, by the tiers names are resolved by:
identifiers, whole names, dates, then words (each word the start of one of
the node's), then by the questions linked to them. Where a query says a
name is ambiguous, this lists the candidates; as a name is typed, it
suggests what it may become.`, Search),
	query("neighbours", "NODE", "A node's neighbourhood: the nodes within a few links, and the links",
		`Lists the nodes within --depth links of a node, and the links between them,
following at most --max-links links from each node (the newest questions
first) and at most --max-nodes nodes: what a drawing of the node's
surroundings shows. Each node says how many of its links were left out.`, Neighbours),
	query("path", "A B", "The shortest chain of links between two nodes",
		`Finds the shortest chain of links between two nodes (a deputy and a law,
say), walking links in both directions, but not through hubs (nodes with
more than --max-degree links).`, Path),
}

// Lookup returns the named query.
func Lookup(name string) (Query, bool) {
	for _, q := range Queries {
		if q.Name == name {
			return q, true
		}
	}
	return Query{}, false
}

func runLinks(ctx context.Context, st *graph.Store, opts LinksOptions) (any, error) {
	if opts.By == "group" {
		return GroupLinks(ctx, st, opts)
	}
	return Links(ctx, st, opts)
}

func runRedirected(ctx context.Context, st *graph.Store, opts RedirectedOptions) (any, error) {
	if opts.Pairs {
		return RedirectPairs(ctx, st, opts)
	}
	return Redirected(ctx, st, opts)
}

// Check reports a bad part, kind or limit.
func (o *CitedOptions) Check() error {
	var numbers error
	if o.Numbers < -1 {
		numbers = lexgraph.Errorf(lexgraph.EINVALID, "numbers %d: want -1 (all), 0 (the default) or more", o.Numbers)
	}
	return firstError(checkPart(o.Part), checkKind(o.Kind), checkLimit(o.Limit), numbers, o.Filter.check())
}

// Check reports a bad part or limit.
func (o *CitingOptions) Check() error {
	return firstError(checkPart(o.Part), checkLimit(o.Limit), o.Filter.check())
}

// Check reports a bad grouping or limit.
func (o *LinksOptions) Check() error {
	return firstError(checkBy(o.By), checkLimit(o.Limit), o.Filter.check())
}

// Check reports a bad limit or date.
func (o *RedirectedOptions) Check() error { return firstError(checkLimit(o.Limit), o.Filter.check()) }

// Check reports a bad limit or date.
func (o *DelaysOptions) Check() error { return firstError(checkLimit(o.Limit), o.Filter.check()) }

// Check reports a bad limit or date.
func (o *InstrumentOptions) Check() error { return firstError(checkLimit(o.Limit), o.Period.check()) }

// Check reports a bad limit or date.
func (o *DeputyOptions) Check() error { return firstError(checkLimit(o.Limit), o.Period.check()) }

// Check reports a bad limit or date.
func (o *MinistryOptions) Check() error { return firstError(checkLimit(o.Limit), o.Period.check()) }

// Check reports a bad depth.
func (o *PathOptions) Check() error {
	if o.MaxDepth < 0 {
		return lexgraph.Errorf(lexgraph.EINVALID, "max depth %d: want 1 or more", o.MaxDepth)
	}
	return nil
}

func (f Filter) check() error { return f.Period.check() }

func (p Period) check() error {
	if p.Legislature < 0 {
		return lexgraph.Errorf(lexgraph.EINVALID, "legislature %d: want a positive number", p.Legislature)
	}
	from, err := parseBound(p.From, false)
	if err != nil {
		return err
	}
	to, err := parseBound(p.To, true)
	if err != nil {
		return err
	}
	if from != NoDay && to != NoDay && from > to {
		return errFromAfterTo(p)
	}
	return nil
}
