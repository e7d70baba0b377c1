/**
 * The parts of ECharts the console draws with (bar charts on a canvas), imported only through a
 * dynamic import from LazyChart: tablets never load it, and the console loads it after its first paint.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface BarSeries {
  name: string;
  values: number[];
  color: string;
}

/** Vertical bars over `categories` (hours), or horizontal ranked bars (regions) when `ranked`. */
export function drawBars(element: HTMLElement, categories: string[], series: BarSeries[], ranked: boolean): () => void {
  const chart = echarts.init(element, undefined, { renderer: 'canvas' });
  const category = { type: 'category' as const, data: categories, inverse: ranked, axisLabel: { interval: 0 } };
  const value = { type: 'value' as const, minInterval: 1 };
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: ranked ? 110 : 40, right: 20, top: 10, bottom: 30, containLabel: false },
    xAxis: ranked ? value : category,
    yAxis: ranked ? category : value,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, stack: 'all', itemStyle: { color: s.color } })),
  });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  };
}
