#!/usr/bin/env bash
# index.sh measures the archive workflow on the whole Reuters-21578
# archive, in one run so that the figures can be compared: the bare read
# (gunzip and JSON decoding, BenchmarkRead), build -o all.jsonl, index
# into a new store, index again (nothing changed: nothing is parsed),
# and a few queries. Each command runs under /usr/bin/time -v; the table
# gives wall and CPU seconds, peak RSS, stories/s and MB/s of story text.
#
#	bench/index.sh [ARCHIVE]
#
# ARCHIVE defaults to ../shared/data/reuters21578.jsonl.gz. Run it on an
# idle machine: the figures are wall times.
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:-../shared/data/reuters21578.jsonl.gz}
test -f "$archive" || { echo "index.sh: $archive is missing (it comes with the development data in ../shared)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/dateline" .
stories=$(gzip -dc "$archive" | grep -c .)

# measure NAME CMD...: runs CMD under time -v (exit 0 and 3 are success)
# and prints one row.
measure() {
	local name=$1
	shift
	local status=0
	/usr/bin/time -v -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || status=$?
	if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
		echo "index.sh: $name failed:" >&2
		cat "$tmp/stderr" >&2
		exit 1
	fi
	awk -v name="$name" -v stories="$stories" -v mb="$mb" '
		/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
		/User time \(seconds\)/ { cpu += $NF }
		/System time \(seconds\)/ { cpu += $NF }
		/Maximum resident set size/ { rss = $NF / 1024 }
		END {
			printf "%-34s %6.2f s wall %6.2f s CPU %5.0f MB", name, wall, cpu, rss
			if (name !~ /^query/) printf "  %6.0f stories/s %6.2f MB/s", stories / wall, mb / wall
			printf "\n"
		}' "$tmp/time"
}

# The bare read gives the text's size too: its MB/s are of story text.
bare=$(go test ./bench -run XXX -bench '^BenchmarkRead$' -benchtime 3x | awk '/BenchmarkRead/ {printf "%.2f %.2f", $3 / 1e9, $3 / 1e9 * $5}')
mb=${bare#* }
echo "$archive: $stories stories, $mb MB of text; $(nproc) cores"
echo "bare read (BenchmarkRead)           ${bare% *} s wall"
measure "build -o all.jsonl" "$tmp/dateline" build "$archive" -o "$tmp/all.jsonl"
measure "index (new store)" "$tmp/dateline" index -db "$tmp/archive.db" "$archive"
echo "store: $(du -k "$tmp/archive.db" | cut -f1) KB ($(ls "$tmp"/archive.db* | wc -l) files)"
measure "index again (all unchanged)" "$tmp/dateline" index -db "$tmp/archive.db" "$archive"
measure "query -actor Shultz -o x.jsonl" "$tmp/dateline" query -db "$tmp/archive.db" -actor Shultz -o "$tmp/q.jsonl"
measure "query -place Moscow -o x.html" "$tmp/dateline" query -db "$tmp/archive.db" -place Moscow -o "$tmp/q.html"
measure "query -text talks -from 1987-04" "$tmp/dateline" query -db "$tmp/archive.db" -text talks -from 1987-04 -o "$tmp/q.md"
measure "query (everything) -o all.jsonl" "$tmp/dateline" query -db "$tmp/archive.db" -o "$tmp/q-all.jsonl"
cmp -s "$tmp/all.jsonl" "$tmp/q-all.jsonl" && echo "query (everything) = build: byte-identical" || echo "query (everything) differs from build"
