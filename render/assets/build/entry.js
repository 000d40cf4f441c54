// The ECharts that dateline's pages embed: echarts/core with only the
// series, components and renderer the chart's option names (see
// render/chart.go and render/chart.js), and the API its script calls.
// build.sh bundles it into ../echarts.dateline.min.js.
//
// A page made with -assets may load the stock dist/echarts.min.js of the
// same version instead: it holds all of this and more.
import {init, getInstanceByDom, dispose, registerTheme, use, version, graphic, color, format} from 'echarts/core';
// The marks: points (scatter), bars, bands and links (custom), and the
// slider's overview of where the events are (an invisible line).
import {CustomChart, LineChart, ScatterChart} from 'echarts/charts';
import {
	AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, LegendComponent,
	MarkAreaComponent, TitleComponent, ToolboxComponent, TooltipComponent
} from 'echarts/components';
// The series' labelLayout (titles hidden where they would overlap).
import {LabelLayout} from 'echarts/features';
import {CanvasRenderer} from 'echarts/renderers';

use([
	CustomChart, LineChart, ScatterChart,
	AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, LegendComponent,
	MarkAreaComponent, TitleComponent, ToolboxComponent, TooltipComponent,
	LabelLayout, CanvasRenderer
]);

// A plain object, as the stock build's global is: its properties can be
// read, replaced and wrapped (the measurement in render/measure_test.go
// wraps init). The "light" and "dark" themes come with echarts/core.
window.echarts = {
	version: version, init: init, getInstanceByDom: getInstanceByDom, dispose: dispose,
	registerTheme: registerTheme, use: use, graphic: graphic, color: color, format: format
};
