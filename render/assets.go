package render

import _ "embed"

// echartsJS is Apache ECharts 5.6.0 (dist/echarts.min.js from npm), inlined
// into every page so that it makes no network request; see assets/README.md.
//
//go:embed assets/echarts.min.js
var echartsJS string

// EChartsVersion is the version of the ECharts library embedded in the
// pages HTML writes.
const EChartsVersion = "5.6.0"
