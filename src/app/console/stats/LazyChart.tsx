/**
 * A bar chart drawn by ECharts, loaded on first use. The chart is a picture of the table beside
 * it (the accessible name says what it shows; the numbers are in the table, linked to their records).
 */
import { useEffect, useRef } from 'react';
import type { BarSeries } from './echarts';

export function LazyChart({ label, categories, series, ranked = false, height = 260 }: { label: string; categories: string[]; series: BarSeries[]; ranked?: boolean; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const data = JSON.stringify([categories, series, ranked]);
  useEffect(() => {
    let dispose: (() => void) | null = null;
    let live = true;
    const [cats, ser, rank] = JSON.parse(data) as [string[], BarSeries[], boolean];
    void import('./echarts').then(({ drawBars }) => {
      if (live && ref.current) dispose = drawBars(ref.current, cats, ser, rank);
    });
    return () => {
      live = false;
      dispose?.();
    };
  }, [data]);
  const chart = <div ref={ref} className="chart" role="img" aria-label={label} style={{ height }} data-testid="chart" />;
  if (series.length < 2) return chart;
  // Two or more series stacked: a legend says which colour is which (in text, so it reads and prints).
  return (
    <figure className="chart-figure">
      {chart}
      <figcaption className="chart-legend" data-testid="chart-legend">
        {series.map((s) => (
          <span key={s.name}>
            <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
