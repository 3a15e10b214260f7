// Chart colours come from CSS custom properties on :root, read when the charts are built; the
// fallbacks keep them readable when the app's stylesheet does not define a variable.
import { useMemo, useSyncExternalStore } from 'react';

export type Theme = 'dark' | 'light';

export interface Palette {
  theme: Theme;
  fg: string;
  muted: string;
  grid: string;
  up: string;
  down: string;
  spot: string;
  ce: string;
  pe: string;
  rv10: string;
  rv120: string;
  stale: string;
  playhead: string;
}

type Colours = Omit<Palette, 'theme'>;

const FALLBACKS: Record<Theme, Colours> = {
  dark: {
    fg: '#c9d1d9',
    muted: '#7d8590',
    grid: 'rgba(255, 255, 255, 0.07)',
    up: '#26a69a',
    down: '#ef5350',
    spot: '#e0e0e0',
    ce: '#42a5f5',
    pe: '#ffb74d',
    rv10: '#ba68c8',
    rv120: '#4dd0e1',
    stale: '#9e9e9e',
    playhead: '#fdd835',
  },
  light: {
    fg: '#1f2328',
    muted: '#656d76',
    grid: 'rgba(0, 0, 0, 0.08)',
    up: '#00796b',
    down: '#c62828',
    spot: '#263238',
    ce: '#1565c0',
    pe: '#b45309',
    rv10: '#8e24aa',
    rv120: '#00838f',
    stale: '#6b7280',
    playhead: '#7a5800',
  },
};

const currentTheme = (): Theme => (document.documentElement.dataset.theme === 'light' ? 'light' : 'dark');

export function readPalette(theme: Theme): Palette {
  const style = getComputedStyle(document.documentElement);
  const fallback = FALLBACKS[theme];
  const colours = {} as Colours;
  for (const key of Object.keys(fallback) as (keyof Colours)[]) {
    colours[key] = style.getPropertyValue(`--${key}`).trim() || fallback[key];
  }
  return { theme, ...colours };
}

function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The palette, re-read (and the charts rebuilt) when <html data-theme> changes. */
export function usePalette(): Palette {
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, () => 'dark' as const);
  return useMemo(() => readPalette(theme), [theme]);
}

let probe: CanvasRenderingContext2D | null | undefined;

/** A CSS colour with its opacity scaled by alpha, for fills uPlot paints itself (bid-ask bands). */
export function withAlpha(colour: string, alpha: number): string {
  probe ??= document.createElement('canvas').getContext('2d');
  if (probe) {
    probe.fillStyle = '#000';
    probe.fillStyle = colour; // normalised by the canvas to #rrggbb or rgba(...)
    const normal = String(probe.fillStyle);
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
    if (hex) {
      const [r, g, b] = hex.slice(1).map((h) => Number.parseInt(h, 16));
      return `rgba(${r}, ${g}, ${b}, ${alpha})`;
    }
    const rgba = /^rgba?\(([^,]+),([^,]+),([^,)]+)(?:,([^)]+))?\)$/.exec(normal);
    if (rgba) return `rgba(${rgba[1]},${rgba[2]},${rgba[3]}, ${Number(rgba[4] ?? 1) * alpha})`;
  }
  return `color-mix(in srgb, ${colour} ${Math.round(alpha * 100)}%, transparent)`;
}
