package refs

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/dlclark/regexp2/v2"
	"go.yaml.in/yaml/v3"

	"lexgraph"
)

//go:embed patterns.yaml
var bundledPatterns []byte

// Form tells the resolver how a pattern's match identifies its instrument.
type Form string

// The forms of patterns.yaml.
const (
	FormNumbered Form = "numbered"
	FormDated    Form = "dated"
	FormNamed    Form = "named"
	FormEU       Form = "eu"
	FormCode     Form = "code"
	FormShort    Form = "short"
	FormArticle  Form = "article"
	FormTitled   Form = "titled"
	FormCourt    Form = "court"
)

// patternSpec is one entry of patterns.yaml.
type patternSpec struct {
	Name         string   `yaml:"name"`
	Kind         string   `yaml:"kind"`
	Form         Form     `yaml:"form"`
	Priority     int      `yaml:"priority"`
	Triggers     []string `yaml:"triggers"`
	Before       string   `yaml:"before"`
	RejectBefore string   `yaml:"reject_before"`
	BeforeOpt    bool     `yaml:"before_optional"`
	BeforeGate   bool     `yaml:"before_gate"` // before must match but stays out of the span
	Next         []string `yaml:"next"`
	NextCapital  bool     `yaml:"next_capital"`
	Prev         []string `yaml:"prev"`
	RejectPrev   []string `yaml:"reject_prev"`
	Match        string   `yaml:"match"`
}

type patternFile struct {
	Macros   map[string]string `yaml:"macros"`
	Patterns []patternSpec     `yaml:"patterns"`
}

// pattern is a compiled entry of patterns.yaml.
type pattern struct {
	patternSpec
	kind         lexgraph.Kind
	match        *compiled // anchored at the trigger
	before       *compiled // anchored at the trigger, leftwards
	rejectBefore *compiled
	// the gates' lists, with their words' first (next) or last bytes
	next, prev, rejectPrev affixes
}

// affixes are a gate's list of beginnings (or endings) and the set of their
// first (or last) bytes, which turns most words away at one look.
type affixes struct {
	list  []string
	ends  [4]uint64
	empty bool // "" is in the list: every word passes
}

func newAffixes(list []string, suffixes bool) affixes {
	a := affixes{list: list}
	for _, w := range list {
		if w == "" {
			a.empty = true
			continue
		}
		c := w[0]
		if suffixes {
			c = w[len(w)-1]
		}
		a.ends[c>>6] |= 1 << (c & 63)
	}
	return a
}

// hasEnd reports whether one of the list begins (or ends) with c.
func (a *affixes) hasEnd(c byte) bool { return a.ends[c>>6]&(1<<(c&63)) != 0 }

// compiled is a pattern's regular expression with its named groups, listed
// once so that matching need not ask for them.
type compiled struct {
	*regexp2.Regexp
	names []groupName
}

type groupName struct {
	num  int
	name string
}

var reMacro = regexp.MustCompile(`\{\{([A-Z0-9_]+)\}\}`)

// expandMacros replaces {{NAME}} by its definition, recursively.
func expandMacros(s string, macros map[string]string, depth int) (string, error) {
	if depth > 10 {
		return "", fmt.Errorf("macros nest too deep in %q", s)
	}
	var err error
	out := reMacro.ReplaceAllStringFunc(s, func(m string) string {
		name := m[2 : len(m)-2]
		def, ok := macros[name]
		if !ok {
			err = fmt.Errorf("unknown macro %s", m)
			return m
		}
		if words, ok := strings.CutPrefix(def, "words:"); ok {
			return wordsRegex(strings.Fields(words))
		}
		exp, e := expandMacros(def, macros, depth+1)
		if e != nil {
			err = e
		}
		return exp
	})
	return out, err
}

// regexOptions: case-insensitive, and white space in the table is layout,
// not pattern (write {{S}} or {{SP}} for a space). The look-behind patterns
// (before, reject_before) also run right to left: anchored at the trigger,
// they fail at once instead of being retried from every earlier position.
const regexOptions = regexp2.IgnoreCase | regexp2.IgnorePatternWhitespace

func compile(src string, timeout time.Duration, extra regexp2.RegexOptions) (*compiled, error) {
	re, err := regexp2.Compile(src, regexOptions|extra)
	if err != nil {
		return nil, err
	}
	re.MatchTimeout = timeout
	c := &compiled{Regexp: re}
	for _, num := range re.GetGroupNumbers() {
		// unnamed groups are numbered, and their names are digits
		if name := re.GroupNameFromNumber(num); num > 0 && name != "" && (name[0] < '0' || name[0] > '9') {
			c.names = append(c.names, groupName{num: num, name: name})
		}
	}
	return c, nil
}

// loadPatterns compiles the pattern table; extra macros (the code names,
// built from the catalogue) are added to the table's own.
func loadPatterns(data []byte, extra map[string]string, timeout time.Duration) ([]*pattern, error) {
	var f patternFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("cannot read pattern table: %w", err)
	}
	for k, v := range extra {
		f.Macros[k] = v
	}
	var out []*pattern
	for _, s := range f.Patterns {
		p := &pattern{patternSpec: s, kind: lexgraph.Kind(s.Kind)}
		if s.Kind != "" && !p.kind.Valid() {
			return nil, fmt.Errorf("pattern %s: unknown kind %q", s.Name, s.Kind)
		}
		if len(s.Triggers) == 0 {
			return nil, fmt.Errorf("pattern %s: no triggers", s.Name)
		}
		for _, list := range [][]string{s.Prev, s.RejectPrev} {
			for i, w := range list {
				list[i] = lexgraph.Fold(w)
			}
		}
		for i, t := range s.Triggers {
			if !strings.HasPrefix(t, "=") {
				s.Triggers[i] = lexgraph.Fold(t)
			}
		}
		p.next, p.prev, p.rejectPrev = newAffixes(s.Next, false), newAffixes(s.Prev, true), newAffixes(s.RejectPrev, true)
		src, err := expandMacros(s.Match, f.Macros, 0)
		if err != nil {
			return nil, fmt.Errorf("pattern %s: %w", s.Name, err)
		}
		if p.match, err = compile(`\G(?:`+src+`)`, timeout, 0); err != nil {
			return nil, fmt.Errorf("pattern %s: %w", s.Name, err)
		}
		if s.Before != "" {
			src, err := expandMacros(s.Before, f.Macros, 0)
			if err == nil {
				p.before, err = compile(`(?:`+src+`)\z`, timeout, regexp2.RightToLeft)
			}
			if err != nil {
				return nil, fmt.Errorf("pattern %s (before): %w", s.Name, err)
			}
		}
		if s.RejectBefore != "" {
			src, err := expandMacros(s.RejectBefore, f.Macros, 0)
			if err == nil {
				p.rejectBefore, err = compile(`(?:`+src+`)\z`, timeout, regexp2.RightToLeft)
			}
			if err != nil {
				return nil, fmt.Errorf("pattern %s (reject_before): %w", s.Name, err)
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// wordsRegex compiles a list of words ("en_date" for "en date") to one
// expression shaped as a trie: qui, que, qu give "qu(?:i|e)?". Letters match
// as written, case aside: "a" is not "à". regexp2 tries alternatives one by one, so a flat list of 50
// words costs 50 attempts at every word of a subject phrase; the trie, a few.
func wordsRegex(words []string) string {
	for i, w := range words {
		words[i] = strings.ToLower(strings.ReplaceAll(w, "_", " "))
	}
	return trieRegex(words, func(r rune) string {
		if r == ' ' {
			return `[\s\u00a0\u202f]+`
		}
		return regexp2.Escape(string(r))
	})
}

// trieRegex compiles words to one expression shaped as a trie, each rune
// written by token. A word that goes on past another is tried first, so
// the longest wins, as in a list sorted longest first.
func trieRegex(words []string, token func(rune) string) string {
	type node struct {
		next map[rune]*node
		end  bool
	}
	root := &node{next: map[rune]*node{}}
	for _, w := range words {
		n := root
		for _, r := range w {
			if n.next[r] == nil {
				n.next[r] = &node{next: map[rune]*node{}}
			}
			n = n.next[r]
		}
		n.end = true
	}
	var emit func(n *node) string
	emit = func(n *node) string {
		keys := make([]rune, 0, len(n.next))
		for r := range n.next {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		var alts []string
		for _, r := range keys {
			alts = append(alts, token(r)+emit(n.next[r]))
		}
		switch {
		case len(alts) == 0:
			return ""
		case len(alts) == 1 && !n.end:
			return alts[0]
		}
		s := "(?:" + strings.Join(alts, "|") + ")"
		if n.end {
			s += "?"
		}
		return s
	}
	return "(?:" + emit(root) + ")"
}

// namesRegex turns names into one expression that tolerates missing
// accents, curly apostrophes and any white space, shaped as a trie: the
// longest name wins, "rural et de la pêche maritime" over "rural", and a
// name is not tried letter by letter against every other.
func namesRegex(names []string) string {
	folded := make([]string, len(names))
	for i, n := range names {
		folded[i] = lexgraph.Fold(n)
	}
	return trieRegex(folded, looseToken)
}

var looseClasses = map[rune]string{
	'a': "[aàâä]", 'e': "[eéèêë]", 'i': "[iîï]", 'o': "[oôö]", 'u': "[uùûü]",
	'c': "[cç]", 'y': "[yÿ]",
}

// looseToken writes one rune of a folded name so that it matches whatever
// the accents, apostrophes and spaces.
func looseToken(r rune) string {
	switch {
	case r == ' ':
		return `[\s\u00a0\u202f]+`
	case r == '\'':
		return `[\s\u00a0]*['’ʼ‘][\s\u00a0]*`
	case looseClasses[r] != "":
		return looseClasses[r]
	}
	return regexp2.Escape(string(r))
}
