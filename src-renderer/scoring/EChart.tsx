import type { BarSeriesOption, BoxplotSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption, ECharts } from 'echarts/core';
import { useEffect, useRef } from 'react';

export type ChartOption = ComposeOption<
  BarSeriesOption | BoxplotSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

/**
 * One chart in a div of fixed height, disposed on unmount and resized with its box. The chart is drawn after
 * the page around it has painted (the ranking table first), from ECharts code fetched on first use, at the
 * size the ResizeObserver reports after the browser's own layout: ECharts is given that size rather than
 * reading the box itself, which would force a synchronous layout.
 */
export function EChart({ option, height, label, testId }: { option: ChartOption; height: number; label: string; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let size: { width: number; height: number } | undefined;
    let idle: number | undefined;
    let gone = false;
    const draw = async () => {
      const { echarts } = await import('./echarts-setup');
      // A task of its own for each chart: the charts waiting on the same import would otherwise all draw in one.
      await new Promise((next) => setTimeout(next));
      if (gone || chart.current) return;
      chart.current = echarts.init(box.current!, undefined, { renderer: 'canvas', ...size });
      chart.current.setOption(latest.current, true);
    };
    const resize = new ResizeObserver(([entry]) => {
      size = { width: entry.contentRect.width, height: entry.contentRect.height };
      if (chart.current) chart.current.resize(size);
      // When the browser is idle, i.e. after this frame has painted; the timeout bounds the wait on a busy machine.
      else idle ??= requestIdleCallback(() => void draw(), { timeout: 200 });
    });
    resize.observe(box.current!);
    return () => {
      gone = true;
      resize.disconnect();
      if (idle !== undefined) cancelIdleCallback(idle);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}
