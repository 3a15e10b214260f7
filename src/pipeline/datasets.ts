import type { InspectedFile } from './inspect';

/** An (underlying, trade date) pair and the files that hold its rows (spec 1). */
export interface Dataset {
  key: string; // 'UNDERLYING/YYYY-MM-DD'
  underlying: string;
  tradeDate: string;
  files: string[]; // paths, sorted as text
  sessionRows: number;
}

export function datasetKey(underlying: string, tradeDate: string): string {
  return `${underlying}/${tradeDate}`;
}

export function collectDatasets(files: Iterable<InspectedFile>): Dataset[] {
  const byKey = new Map<string, Dataset>();
  for (const file of files) {
    for (const d of file.datasets) {
      const key = datasetKey(d.underlying, d.tradeDate);
      const dataset = byKey.get(key) ?? {
        key,
        underlying: d.underlying,
        tradeDate: d.tradeDate,
        files: [],
        sessionRows: 0,
      };
      dataset.files.push(file.path);
      dataset.sessionRows += d.sessionRows;
      byKey.set(key, dataset);
    }
  }
  for (const d of byKey.values()) d.files.sort();
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}
