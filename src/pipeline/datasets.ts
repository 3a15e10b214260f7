import type { InspectedFile } from './inspect';

/** An (underlying, trade date) pair and the files that hold its rows (spec 1). */
export interface Dataset {
  key: string; // 'UNDERLYING/YYYY-MM-DD'
  underlying: string;
  tradeDate: string;
  files: string[]; // paths, sorted as text
}

/** Orders strings as DuckDB compares text (by code point); JS sort() compares UTF-16 units. */
export function compareText(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export function datasetKey(underlying: string, tradeDate: string): string {
  return `${underlying}/${tradeDate}`;
}

export function collectDatasets(files: Iterable<InspectedFile>): Dataset[] {
  const byKey = new Map<string, Dataset>();
  const inSession = new Set<string>();
  for (const file of files) {
    for (const d of file.datasets) {
      if (!d.inSession && !d.beforeOpen) continue; // rows after the close are no day's
      const key = datasetKey(d.underlying, d.tradeDate);
      const dataset = byKey.get(key) ?? {
        key,
        underlying: d.underlying,
        tradeDate: d.tradeDate,
        files: [],
      };
      dataset.files.push(file.path);
      byKey.set(key, dataset);
      if (d.inSession) inSession.add(key);
    }
  }
  for (const d of byKey.values()) d.files.sort(compareText);
  // a day exists where some file has rows in its session; others may lend it pre-open rows
  return [...byKey.values()].filter((d) => inSession.has(d.key)).sort((a, b) => a.key.localeCompare(b.key));
}
