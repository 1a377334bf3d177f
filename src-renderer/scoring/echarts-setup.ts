import { BarChart, BoxplotChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the results charts use: a small bundle, and the canvas renderer needs no eval (the app's CSP).
// This module is imported dynamically (EChart.tsx), so ECharts is fetched when the first chart is drawn.
echarts.use([BarChart, BoxplotChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

export { echarts };
