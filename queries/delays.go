package queries

import (
	"context"
	"math"
	"slices"
	"sort"

	"lexgraph/graph"
)

// DelaysOptions filter the delays query.
type DelaysOptions struct {
	Filter
	Limit int `json:"limit,omitempty" help:"at most this many rows (0: all)"`
}

// DelayRow is the answer delays of one answering ministry: the days from a
// question's publication in the Journal officiel to its answer's.
//
// The ministry is the last attributaire (answered_by), whose node merges
// the ministry's names across governments and spellings. Median is the
// middle delay (the mean of the two middle ones for an even count); P90 is
// the nearest-rank 90th percentile: the smallest delay that at least 90% of
// the delays do not exceed (rank ⌈0.9·n⌉ of the sorted delays).
type DelayRow struct {
	Ministry string `json:"ministry"`
	// Questions counts the questions assigned to it last.
	Questions int `json:"questions"`
	// Answered counts the answered questions whose delay is known.
	Answered int     `json:"answered"`
	Median   float64 `json:"median_days"`
	Mean     float64 `json:"mean_days"`
	P90      int     `json:"p90_days"`
	// Unanswered counts the questions with no answer.
	Unanswered int `json:"unanswered"`
	// Undated counts the answered questions whose delay is unknown: a date
	// missing, or an answer dated before its question.
	Undated int    `json:"undated"`
	Node    string `json:"node"`
}

// Delays returns the answer delays per answering ministry, the ministries
// with most questions first. Questions whose attributaire is unknown are
// not counted (they are not guessed to the ministry asked).
func Delays(ctx context.Context, st *graph.Store, opts DelaysOptions) ([]DelayRow, error) {
	m, f, err := prepareFiltered(ctx, st, opts.Limit, opts.Filter)
	if err != nil {
		return nil, err
	}
	rows := m.delays(f, none)
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Questions != rows[j].Questions {
			return rows[i].Questions > rows[j].Questions
		}
		return rows[i].Ministry < rows[j].Ministry
	})
	return limitRows(rows, opts.Limit), nil
}

// delays computes the rows of every answering ministry, or of one.
func (m *Model) delays(f *questionFilter, only int32) []DelayRow {
	type acc struct {
		days                           []int32
		questions, unanswered, undated int
	}
	accs := make([]acc, len(m.Ministries))
	m.eachQuestion(f, func(_ int32, q *Question) {
		if q.Answerer == none || (only != none && q.Answerer != only) {
			return
		}
		a := &accs[q.Answerer]
		a.questions++
		if !q.answered() {
			a.unanswered++
		} else if d, ok := q.delay(); ok {
			a.days = append(a.days, d)
		} else {
			a.undated++
		}
	})
	var rows []DelayRow
	for i := range accs {
		a := &accs[i]
		if a.questions == 0 {
			continue
		}
		row := DelayRow{Ministry: m.Ministries[i].Name, Node: m.Ministries[i].Node, Questions: a.questions,
			Answered: len(a.days), Unanswered: a.unanswered, Undated: a.undated}
		row.Median, row.Mean, row.P90 = delayStats(a.days)
		rows = append(rows, row)
	}
	return rows
}

// delayStats returns the median, mean and nearest-rank 90th percentile of
// delays (sorting them); zeros when there are none.
func delayStats(days []int32) (median, mean float64, p90 int) {
	n := len(days)
	if n == 0 {
		return 0, 0, 0
	}
	slices.Sort(days)
	sum := 0.0
	for _, d := range days {
		sum += float64(d)
	}
	mean = sum / float64(n)
	if n%2 == 1 {
		median = float64(days[n/2])
	} else {
		median = float64(days[n/2-1]+days[n/2]) / 2
	}
	rank := int(math.Ceil(0.9 * float64(n)))
	p90 = int(days[rank-1])
	return median, mean, p90
}

// delay returns the days from the question's publication to its answer's,
// when both dates are known and in order.
func (q *Question) delay() (int32, bool) {
	if q.Published == NoDay || q.Answered == NoDay || q.Answered < q.Published {
		return 0, false
	}
	return int32(q.Answered - q.Published), true
}

// DelayBin counts the answered questions whose delay is in [From, To)
// days; To is -1 for the last bin, which has no end.
type DelayBin struct {
	From      int `json:"from_days"`
	To        int `json:"to_days"`
	Questions int `json:"questions"`
}

// Histogram bins: months of 30 days, up to two years, then the rest.
const (
	delayBinDays = 30
	delayBins    = 24
)

// delayHistogram counts delays in bins of 30 days, the last bin holding
// every delay of two years or more; bins past the last delay are left out.
func delayHistogram(days []int32) []DelayBin {
	bins := make([]DelayBin, delayBins+1)
	for i := range bins {
		bins[i] = DelayBin{From: i * delayBinDays, To: (i + 1) * delayBinDays}
	}
	bins[delayBins].To = -1
	last := -1
	for _, d := range days {
		i := min(int(d)/delayBinDays, delayBins)
		bins[i].Questions++
		last = max(last, i)
	}
	return bins[:last+1]
}
