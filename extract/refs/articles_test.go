package refs

import "testing"

// TestOneArticle checks that the lists oneArticle takes for one number are
// those reArtItem reads as one item spanning the whole list.
func TestOneArticle(t *testing.T) {
	for _, tt := range []struct {
		list string
		one  bool
	}{
		{"241", true}, {"211-1", true}, {"L. 18", true}, {"R. 214-90", true}, {"L.18", true},
		{"D 12", true}, {"A. 5-2-1", true}, {"LO 12", false}, {"L. O. 12", false}, {"12-", false},
		{"211-1 à 211-5", false}, {"L. 411-1, L. 411-2", false}, {"1er", false}, {"2 paragraphe 1", false},
		{"31 bis", false}, {"L. 12‑3", false}, {"", false}, {"L. ", false}, {"X. 12", false},
	} {
		if got := oneArticle(tt.list); got != tt.one {
			t.Errorf("oneArticle(%q) = %v, want %v", tt.list, got, tt.one)
		}
		if !tt.one {
			continue
		}
		locs := reArtItem.FindAllStringSubmatchIndex(tt.list, -1)
		if len(locs) != 1 || locs[0][0] != 0 || locs[0][1] != len(tt.list) || locs[0][5] != len(tt.list) || locs[0][6] != locs[0][7] {
			t.Errorf("%q: reArtItem reads %v, not one item", tt.list, locs)
		}
	}
}
