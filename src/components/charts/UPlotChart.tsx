// A thin React wrapper around one uPlot instance: created when the options change (once per
// palette), fed with setData when the data change, resized with its container, destroyed on
// unmount. The shared interaction (hover sync, drag zoom, playhead, click to seek) is added here.
import { useEffect, useLayoutEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './charts.css';
import { playheadPlugin } from './cursor';
import type { ChartOptions } from './layout';
import { applyZoom, MIN_DRAG_PX, zoomPlugin } from './zoom';
import { zoomWindowPlugin } from './zoomWindow';

const SYNC_KEY = 'market-truth-x';

// Only the hover is mirrored: a drag or double-click reaches the other charts once, through the zoom store.
const hoverOnly = (type: string): boolean => type !== 'mousedown' && type !== 'mouseup' && type !== 'dblclick';

function withInteraction(options: ChartOptions, width: number, height: number, overview: boolean): uPlot.Options {
  if (overview)
    return {
      ...options,
      width,
      height,
      cursor: {
        x: false,
        y: false,
        points: { show: false },
        drag: { x: true, y: false, setScale: false, dist: MIN_DRAG_PX },
      },
      plugins: [...(options.plugins ?? []), zoomWindowPlugin(), playheadPlugin({ legend: false })],
    };
  return {
    ...options,
    width,
    height,
    cursor: {
      ...options.cursor,
      sync: { key: SYNC_KEY, filters: { pub: hoverOnly } },
      drag: { x: true, y: false, setScale: false, dist: MIN_DRAG_PX },
      bind: { dblclick: () => null }, // the zoom plugin's own handler resets the shared range
    },
    // fresh plugin instances per uPlot: they hold per-chart state (subscriptions, the playhead div)
    plugins: [...(options.plugins ?? []), zoomPlugin(), playheadPlugin({ legend: true })],
  };
}

const atLeastOne = (pixels: number): number => Math.max(1, Math.floor(pixels));

export interface UPlotChartProps {
  /** Must be stable (memoised): a new object rebuilds the chart. */
  options: ChartOptions;
  data: uPlot.AlignedData;
  testId: string;
  /** What the chart shows, for assistive technology (the canvas itself says nothing). */
  label: string;
  /** The whole-day navigator: never zoomed itself, it draws and moves the shared range. */
  overview?: boolean;
  /** The kinds of event drawn, with their counts ('vacuum:3 fear:1'), for tests and tools. */
  events?: string;
}

export function UPlotChart({ options, data, testId, label, overview = false, events }: UPlotChartProps) {
  const hostRef = useRef<HTMLElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const latestData = useRef(data);
  const shownData = useRef<uPlot.AlignedData | null>(null);

  useLayoutEffect(() => {
    latestData.current = data;
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const size = () => ({ width: atLeastOne(host.clientWidth), height: atLeastOne(host.clientHeight) });
    const { width, height } = size();
    const plot = new uPlot(withInteraction(options, width, height, overview), latestData.current, host);
    plotRef.current = plot;
    shownData.current = latestData.current;
    const observer = new ResizeObserver(() => {
      const next = size();
      if (next.width !== plot.width || next.height !== plot.height) plot.setSize(next);
    });
    observer.observe(host);
    return () => {
      observer.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [options, overview]);

  useEffect(() => {
    const plot = plotRef.current;
    if (!plot || shownData.current === data) return;
    shownData.current = data;
    // setData re-ranges x to the whole day: put the shared zoom back in the same redraw
    plot.batch(() => {
      plot.setData(data);
      if (!overview) applyZoom(plot);
    });
  }, [data, overview]);

  return <figure ref={hostRef} className="mt-chart" data-testid={testId} aria-label={label} data-events={events} />;
}
