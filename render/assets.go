package render

import _ "embed"

// echartsJS is Apache ECharts 5.6.0 built with only the series,
// components and renderer the chart uses (assets/build/build.sh makes it
// from the npm packages), inlined into every page so that it makes no
// network request; see assets/README.md. It is 0.6 MB where the stock
// dist/echarts.min.js is 1 MB.
//
//go:embed assets/echarts.dateline.min.js
var echartsJS string

// EChartsVersion is the version of the ECharts library embedded in the
// pages HTML writes. A page made with Options.Assets may load either the
// embedded build (assets/echarts.dateline.min.js) or the stock
// echarts.min.js of this version.
const EChartsVersion = "5.6.0"
