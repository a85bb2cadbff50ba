// Package eval scores the extractor against gold annotations, as
// docs/references.md describes: a system mention is correct where its span
// overlaps a gold span of the same kind; precision counts system mentions
// (those on optional gold spans set aside), recall counts required gold
// mentions; linking is scored by B-cubed over the found mentions, comparing
// system ids with gold entities; articles are compared after dropping
// spaces, dots and case.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"lexgraph"
	"lexgraph/extract"
)

// GoldFile is one annotated file of a gold set.
type GoldFile struct {
	File     string        `json:"file"`
	Mentions []GoldMention `json:"mentions"`
}

// GoldMention is one annotated mention.
type GoldMention struct {
	Text       string `json:"text"`
	Occurrence int    `json:"occurrence"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Kind       string `json:"kind"`
	Entity     string `json:"entity"`
	Article    string `json:"article,omitempty"`
	Optional   bool   `json:"optional,omitempty"`
}

// LoadGold reads a gold file.
func LoadGold(path string) ([]GoldFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g []GoldFile
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, lexgraph.Errorf(lexgraph.EINVALID, "cannot read gold file %q: %v", path, err)
	}
	return g, nil
}

// Locate finds the annotated file of a gold entry: its path is relative to
// the corpus root, which is root when given, else the first of the gold
// file's folder, its parent and grandparent where the file exists.
func Locate(goldPath, file, root string) (string, error) {
	var dirs []string
	if root != "" {
		dirs = []string{root}
	} else {
		d := filepath.Dir(goldPath)
		dirs = []string{d, filepath.Join(d, ".."), filepath.Join(d, "..", ".."), filepath.Join(d, "..", "corpus")}
	}
	for _, d := range dirs {
		p := filepath.Join(d, file)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", lexgraph.Errorf(lexgraph.ENOTFOUND, "gold file %q names %q, found under none of %v (set --root)", goldPath, file, dirs)
}

// Check verifies a gold file against the text it annotates: every span must
// hold its text.
func Check(g GoldFile, data []byte) error {
	for i, m := range g.Mentions {
		if m.Start < 0 || m.End > len(data) || m.Start >= m.End || string(data[m.Start:m.End]) != m.Text {
			return fmt.Errorf("%s: mention %d (%q) does not match the file's bytes %d-%d", g.File, i+1, m.Text, m.Start, m.End)
		}
		if !lexgraph.Kind(m.Kind).Valid() {
			return fmt.Errorf("%s: mention %d: unknown kind %q", g.File, i+1, m.Kind)
		}
	}
	return nil
}

// Score is the evaluation of a system's mentions against gold.
type Score struct {
	PerKind  []KindScore `json:"per_kind"`
	Mentions PRF         `json:"mentions"`
	Linking  PRF         `json:"linking"`
	// ArticleAccuracy is the share of found gold mentions with an article
	// whose article the system got right.
	ArticleAccuracy float64 `json:"article_accuracy"`
	ArticlesScored  int     `json:"articles_scored"`
	// ExactSpans counts the found gold mentions that a system mention of
	// their kind spans exactly, byte for byte (the scores above need an
	// overlap only).
	ExactSpans int    `json:"exact_spans"`
	Misses     []Miss `json:"misses"`
}

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// TP and the denominators, for mention scores.
	Correct  int `json:"correct"`
	System   int `json:"system"`
	Gold     int `json:"gold"`
	Recalled int `json:"recalled"`
}

// KindScore is PRF for one kind.
type KindScore struct {
	Kind string `json:"kind"`
	PRF
}

// Miss is an error of the system: a required gold mention not found, a
// system mention matching nothing, a wrong link or a wrong article.
type Miss struct {
	File   string `json:"file"`
	What   string `json:"what"` // "missed", "spurious", "article"
	Kind   string `json:"kind"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Detail string `json:"detail,omitempty"`
}

func overlaps(a0, a1, b0, b1 int) bool { return a0 < b1 && b0 < a1 }

func overlap(a0, a1, b0, b1 int) int {
	lo, hi := max(a0, b0), min(a1, b1)
	if hi < lo {
		return 0
	}
	return hi - lo
}

// Evaluate scores system mentions, grouped by the gold file they belong to
// (keyed by GoldFile.File), against the gold.
func Evaluate(gold []GoldFile, system map[string][]lexgraph.Mention) Score {
	type counts struct{ sys, correct, gold, recalled int }
	per := map[string]*counts{}
	get := func(k string) *counts {
		if per[k] == nil {
			per[k] = &counts{}
		}
		return per[k]
	}
	var sc Score
	type pair struct {
		sysID, goldEntity string
		sysKey            string
	}
	var pairs []pair
	artRight, artTotal := 0, 0
	for _, g := range gold {
		sys := system[g.File]
		// precision: system mentions overlapping a gold span of their kind
		for _, m := range sys {
			onOptional, onRequired, correct := false, false, false
			for _, gm := range g.Mentions {
				if !overlaps(m.Start, m.End, gm.Start, gm.End) {
					continue
				}
				if gm.Optional {
					onOptional = true
				} else {
					onRequired = true
				}
				if string(m.Kind) == gm.Kind {
					correct = true
				}
			}
			if onOptional && !onRequired {
				continue // set aside
			}
			c := get(string(m.Kind))
			c.sys++
			if correct {
				c.correct++
			} else {
				sc.Misses = append(sc.Misses, Miss{File: g.File, What: "spurious", Kind: string(m.Kind), Start: m.Start, End: m.End, Text: m.Text, Detail: m.ID})
			}
		}
		// recall, linking and articles: each required gold mention and the
		// system mention overlapping it most
		for _, gm := range g.Mentions {
			if gm.Optional {
				continue
			}
			c := get(gm.Kind)
			c.gold++
			best, bestOv := -1, 0
			for i, m := range sys {
				if string(m.Kind) != gm.Kind {
					continue
				}
				if ov := overlap(m.Start, m.End, gm.Start, gm.End); ov > bestOv {
					best, bestOv = i, ov
				}
			}
			if best < 0 {
				sc.Misses = append(sc.Misses, Miss{File: g.File, What: "missed", Kind: gm.Kind, Start: gm.Start, End: gm.End, Text: gm.Text, Detail: gm.Entity})
				continue
			}
			c.recalled++
			for _, m := range sys {
				if string(m.Kind) == gm.Kind && m.Start == gm.Start && m.End == gm.End {
					sc.ExactSpans++
					break
				}
			}
			m := sys[best]
			pairs = append(pairs, pair{sysID: m.ID, goldEntity: gm.Entity, sysKey: fmt.Sprintf("%s:%d", g.File, best)})
			if gm.Article != "" {
				artTotal++
				if normArticle(gm.Article) == normArticle(m.Article) {
					artRight++
				} else {
					sc.Misses = append(sc.Misses, Miss{File: g.File, What: "article", Kind: gm.Kind, Start: gm.Start, End: gm.End, Text: gm.Text, Detail: fmt.Sprintf("got %q, want %q", m.Article, gm.Article)})
				}
			}
		}
	}
	var tot counts
	kinds := make([]string, 0, len(per))
	for k := range per {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		c := per[k]
		tot.sys += c.sys
		tot.correct += c.correct
		tot.gold += c.gold
		tot.recalled += c.recalled
		sc.PerKind = append(sc.PerKind, KindScore{Kind: k, PRF: prf(c.correct, c.sys, c.recalled, c.gold)})
	}
	sc.Mentions = prf(tot.correct, tot.sys, tot.recalled, tot.gold)
	// B-cubed over the found mentions. An unresolved system mention (no id)
	// is a cluster of its own.
	sysCluster := map[string]int{}
	goldCluster := map[string]int{}
	both := map[[2]string]int{}
	key := func(p pair) string {
		if p.sysID == "" {
			return "\x00" + p.sysKey
		}
		return p.sysID
	}
	for _, p := range pairs {
		sysCluster[key(p)]++
		goldCluster[p.goldEntity]++
		both[[2]string{key(p), p.goldEntity}]++
	}
	var bp, br float64
	for _, p := range pairs {
		n := float64(both[[2]string{key(p), p.goldEntity}])
		bp += n / float64(sysCluster[key(p)])
		br += n / float64(goldCluster[p.goldEntity])
	}
	if len(pairs) > 0 {
		sc.Linking.Precision = bp / float64(len(pairs))
		sc.Linking.Recall = br / float64(len(pairs))
		sc.Linking.F1 = f1(sc.Linking.Precision, sc.Linking.Recall)
		sc.Linking.Gold = len(pairs)
	}
	sc.ArticlesScored = artTotal
	if artTotal > 0 {
		sc.ArticleAccuracy = float64(artRight) / float64(artTotal)
	} else {
		sc.ArticleAccuracy = 1
	}
	return sc
}

func prf(correct, sys, recalled, gold int) PRF {
	p := PRF{Correct: correct, System: sys, Gold: gold, Recalled: recalled, Precision: 1, Recall: 1}
	if sys > 0 {
		p.Precision = float64(correct) / float64(sys)
	}
	if gold > 0 {
		p.Recall = float64(recalled) / float64(gold)
	}
	p.F1 = f1(p.Precision, p.Recall)
	return p
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// normArticle drops spaces, dots and case: "L. 411-1" equals "l411-1".
func normArticle(s string) string {
	return strings.ToLower(strings.NewReplacer(" ", "", ".", "", "\u00a0", "").Replace(s))
}

// ScoreFiles scores an extractor against gold files: it reads the files
// they annotate (found by Locate, relative to root when given), checks each
// gold span against them, runs annotate over all the documents at once, as
// lexgraph reads a call's files together, and evaluates.
func ScoreFiles(goldPaths []string, root string, annotate func([]*lexgraph.Document)) (Score, error) {
	var gold []GoldFile
	var docs []*lexgraph.Document
	owner := map[*lexgraph.Document]string{}
	for _, gp := range goldPaths {
		g, err := LoadGold(gp)
		if err != nil {
			return Score{}, err
		}
		for _, gf := range g {
			path, err := Locate(gp, gf.File, root)
			if err != nil {
				return Score{}, err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return Score{}, err
			}
			if err := Check(gf, data); err != nil {
				return Score{}, lexgraph.Errorf(lexgraph.EINVALID, "gold %s: %v", gp, err)
			}
			ds, err := extract.Read(path, data)
			if err != nil {
				return Score{}, err
			}
			for _, d := range ds {
				owner[d] = gf.File
			}
			docs = append(docs, ds...)
		}
		gold = append(gold, g...)
	}
	annotate(docs)
	system := map[string][]lexgraph.Mention{}
	for _, d := range docs {
		system[owner[d]] = append(system[owner[d]], d.Mentions...)
	}
	return Evaluate(gold, system), nil
}
