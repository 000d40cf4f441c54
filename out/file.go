package out

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes the file at path atomically: write writes to a
// temporary file in the same directory, which is synced to disk and then
// renamed over path. A new file gets mode 0644; a replaced one keeps its
// mode. If path is not a regular file, or write or any step after it
// fails, the temporary file is removed, any existing file at path is left
// untouched, and the error is returned, wrapped once with path. The file
// is also removed if write panics.
func WriteFile(path string, write func(io.Writer) error) error {
	return writeFile(path, write, true)
}

// WriteFileNoSync is [WriteFile] for runs that write many files: the file
// is written to a temporary file and renamed over path just the same, so
// a reader sees the old file or the new one and never part of either,
// and a failure leaves the old file as it was; but nothing is synced to
// disk, which costs more than writing a small file. A crash of the system
// soon after may lose the new contents, leaving the old file or an empty
// one: use it for output a rerun regenerates, and call [SyncDir] once
// when the last file is written.
func WriteFileNoSync(path string, write func(io.Writer) error) error {
	return writeFile(path, write, false)
}

func writeFile(path string, write func(io.Writer) error, sync bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("%s: %w", path, err)
		}
	}()
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return errors.New("not a regular file")
		}
		mode = fi.Mode().Perm()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		// The error names the temporary file, which the caller never
		// asked for: keep only what went wrong.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return pe.Err
		}
		return err
	}
	tmp := f.Name()
	done := false
	defer func() { // also when write panics
		if !done {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err := write(f); err != nil {
		return err
	}
	if err := f.Chmod(mode); err != nil {
		return err
	}
	if sync {
		if err := f.Sync(); err != nil {
			return err
		}
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	done = true
	if sync {
		SyncDir(dir)
	}
	return nil
}

// SyncDir asks the system to write the directory dir to disk, so that
// the names of the files renamed into it last through a crash (it does
// not sync the files' contents). Where the system cannot sync a
// directory, or dir cannot be opened, it does nothing: a failure here
// cannot be acted on.
func SyncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
