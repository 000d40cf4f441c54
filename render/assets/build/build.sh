#!/bin/sh
# build.sh rebuilds ../echarts.dateline.min.js, the ECharts that dateline
# embeds, from the npm packages package-lock.json pins (echarts 5.6.0,
# zrender 5.6.1, tslib 2.3.0, bundled by esbuild 0.28.2), and copies their
# licences beside it. The same lock gives the same bytes: compare the
# sha256 it prints with ../README.md's. It needs node and npm, and the
# network for npm ci; it works in a temporary folder, removed afterwards,
# so that no node_modules is left in the Go module.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
assets="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$here/entry.js" "$work/"
cd "$work"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
banner='/*! Apache ECharts 5.6.0 (https://echarts.apache.org), a custom build for dateline: see build/entry.js.
Licensed under the Apache License 2.0: see LICENSE and NOTICE. Bundles zrender 5.6.1 (BSD-3-Clause, LICENSE-zrender),
tslib 2.3.0 (0BSD, LICENSE-tslib) and code derived from d3 (BSD-3-Clause, LICENSE-d3). */'
./node_modules/.bin/esbuild entry.js --bundle --minify --format=iife --target=es5 \
	--legal-comments=none --banner:js="$banner" --log-level=warning \
	--outfile="$assets/echarts.dateline.min.js"
cp node_modules/echarts/LICENSE "$assets/LICENSE"
cp node_modules/echarts/NOTICE "$assets/NOTICE"
cp node_modules/echarts/licenses/LICENSE-d3 "$assets/LICENSE-d3"
cp node_modules/zrender/LICENSE "$assets/LICENSE-zrender"
cp node_modules/tslib/LICENSE.txt "$assets/LICENSE-tslib"
sha256sum "$assets/echarts.dateline.min.js"
