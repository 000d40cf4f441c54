package lexicon

import (
	"strings"
	"testing"
)

// TestFirstWordSet holds each set of first words to its map: the bitmap
// in front of it may only say no for a word the map does not hold.
func TestFirstWordSet(t *testing.T) {
	w, c, g := loadWords(), loadCities(), loadGroups()
	sets := []struct {
		name string
		set  *firstWordSet
	}{
		{"names", c.first}, {"adjectives", w.firstAdjective}, {"titles", w.firstTitle},
		{"groups", g.first}, {"institutions", institutionFirst()}, {"regions", regionFirst},
	}
	// Every word of every table, and words of no table.
	words := []string{"", "the", "The", "a", "I", "é", "Élysée", "zzz", "Zürich", "said", "Minister", "minister", "7", "G-7"}
	for _, m := range []map[string]Country{w.countries, w.adjectives} {
		for k := range m {
			words = append(words, strings.Fields(k)...)
		}
	}
	for _, m := range []map[string]string{w.titles, w.organisations, regions} {
		for k := range m {
			words = append(words, strings.Fields(k)...)
		}
	}
	for k := range c.byName {
		words = append(words, strings.Fields(k)...)
	}
	for k := range g.phrases {
		words = append(words, strings.Fields(k)...)
	}
	for _, s := range sets {
		n := 0
		for _, word := range words {
			if got, want := s.set.has(word), s.set.words[word]; got != want {
				t.Errorf("%s: has(%q) = %v; the map says %v", s.name, word, got, want)
			}
			if s.set.words[word] {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s: no word found: the test reads no table of it", s.name)
		}
	}
}

// TestTrimSpace holds trimSpace to strings.TrimSpace.
func TestTrimSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", "Iran", " Iran", "Iran ", "\tIran\n", "U.S.", "the Hague", "\u00a0Iran", "Iran\u00a0",
		"\u2003Iran\u3000", "é", "Zürich", "Köln\u0085", "\x7f", "a\x00", "\x00a", "\xff", "Iran\v", "\fIran"} {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q; want %q", s, got, want)
		}
	}
}
