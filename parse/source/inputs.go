package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// A Path is one file to read, named as [Open] takes it, or the error of
// an input that names none.
type Path struct {
	Name string
	Err  error
}

// ErrNoMatch is returned (wrapped, with the input) for a glob that
// matches no file and a folder that holds no story file.
var ErrNoMatch = errors.New("no file to read")

// storyExts are the extensions of the files a folder's walk reads, a
// trailing .gz aside.
var storyExts = []string{".txt", ".text", ".jsonl", ".html", ".htm", ".xhtml", ".warc"}

// Expand returns the files the inputs name, in a deterministic order:
// each input in turn; "-" as is (standard input); a file as is, whatever
// its name; a folder walked recursively in lexical order, taking the
// files whose extension is a story format's (.txt .text .jsonl .html
// .htm .xhtml .warc, each also with .gz) and passing over names that
// start with a dot; and a name that is no file but holds a glob's * ? or
// [ expanded as filepath.Match does, in lexical order (so a quoted glob
// works in any shell), each match a file or a folder as above. A file
// named twice is read once, at its first place. A name that does not
// exist is given as is, for Open to report; a glob that matches nothing,
// a bad pattern and a folder with no story file give a Path with Err.
func Expand(inputs []string) []Path {
	var paths []Path
	seen := map[string]bool{}
	add := func(name string) {
		key := filepath.Clean(name)
		if name == "-" || !seen[key] {
			seen[key] = true
			paths = append(paths, Path{Name: name})
		}
	}
	var addFileOrDir func(name string, fi fs.FileInfo)
	addFileOrDir = func(name string, fi fs.FileInfo) {
		if !fi.IsDir() {
			add(name)
			return
		}
		n := len(paths)
		err := filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				paths = append(paths, Path{Name: p, Err: err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != name && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && isStoryFile(p) {
				add(p)
			}
			return nil
		})
		if err != nil {
			paths = append(paths, Path{Name: name, Err: err})
		}
		if len(paths) == n {
			paths = append(paths, Path{Name: name, Err: fmt.Errorf("%s: %w: a folder with no %s file", name, ErrNoMatch, strings.Join(storyExts, " "))})
		}
	}
	for _, in := range inputs {
		if in == "-" {
			add(in)
			continue
		}
		fi, err := os.Stat(in)
		if err == nil {
			addFileOrDir(in, fi)
			continue
		}
		if !strings.ContainsAny(in, "*?[") {
			add(in) // Open reports why it cannot be read
			continue
		}
		matches, gerr := filepath.Glob(in)
		if gerr != nil {
			paths = append(paths, Path{Name: in, Err: fmt.Errorf("%s: %w", in, gerr)})
			continue
		}
		if len(matches) == 0 {
			paths = append(paths, Path{Name: in, Err: fmt.Errorf("%s: %w: the pattern matches no file", in, ErrNoMatch)})
			continue
		}
		for _, m := range matches { // in lexical order
			if fi, err := os.Stat(m); err == nil {
				addFileOrDir(m, fi)
			} else {
				add(m)
			}
		}
	}
	return paths
}

// isStoryFile reports whether a folder's file named path is read.
func isStoryFile(path string) bool {
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(path, ".gz")))
	for _, e := range storyExts {
		if ext == e {
			return true
		}
	}
	return false
}
