// Files -> inspected files, problems and datasets. One bad file never stops the others.
import { collectDatasets, type Dataset, datasetKey } from './datasets';
import { findDuplicates } from './duplicates';
import {
  type FileProblem,
  type InspectedFile,
  type Inspection,
  inspectFile,
  NOT_PARQUET,
  noSessionRows,
  type SourceFile,
} from './inspect';
import { inspectionKey, keepInspection, keepInspections, keptInspections } from './keptInspection';
import type { Session } from './market';
import { type Engines, enginesOf, onFreeEngines } from './shares';

export interface Loaded {
  /** Every file that could be inspected, used by a dataset or not. */
  files: Map<string, InspectedFile>;
  /** Files that cannot be used: unreadable, duplicates, or found unreadable when a day was built. */
  failures: FileProblem[];
  /** The failures, and the inspected files that no dataset uses. */
  problems: FileProblem[];
  datasets: Dataset[];
}

export const NOTHING_LOADED: Loaded = { files: new Map(), failures: [], problems: [], datasets: [] };

export interface LoadProgress {
  done: number;
  total: number;
  path: string;
  /** Rows in the files inspected so far. */
  rows: number;
}

export const PRE_OPEN_ONLY = 'its rows before the open belong to a day that no file has session rows of';

/** The datasets of `files`, and the problems: `failures` and the files no dataset uses. */
function withDatasets(files: Map<string, InspectedFile>, failures: FileProblem[], session: Session): Loaded {
  const datasets = collectDatasets(files.values());
  const used = new Set(datasets.flatMap((d) => d.files));
  const unused = [...files.values()]
    .filter((f) => !used.has(f.path))
    .map((f) => ({
      path: f.path,
      reason: f.datasets.some((d) => d.beforeOpen)
        ? `${noSessionRows(session)}: ${PRE_OPEN_ONLY}`
        : noSessionRows(session),
    }));
  return { files, failures, problems: [...failures, ...unused], datasets };
}

/**
 * Inspects `sources` and adds them to `previous` (a file given again replaces its earlier self).
 * Several engines inspect files at once; each given file is registered with all of them, so that
 * any engine can scan any file later. A file with the content of one earlier in path order is
 * not read (spec 1).
 */
export async function inspectFiles(
  engines: Engines,
  sources: readonly SourceFile[],
  session: Session,
  previous: Loaded = NOTHING_LOADED,
  onProgress: (p: LoadProgress) => void = () => {},
  cancelled: () => boolean = () => false,
): Promise<Loaded> {
  const given = new Set(sources.map((s) => s.path));
  const kept = [...previous.files.values()].filter((f) => !given.has(f.path));
  // a folder's notes, CSVs and the like are skipped unopened, and listed as such
  const isParquet = (s: SourceFile) => /\.parquet$/i.test(s.path);
  const parquet = sources.filter(isParquet);
  const contents = [...kept, ...parquet.map((s) => ({ path: s.path, content: s.content ?? s.file }))];
  const start = performance.now();
  const duplicateOf = await findDuplicates(
    contents.flatMap(({ path, content }) => (content ? [{ path, content }] : [])),
  );
  const others = sources.filter((s) => !isParquet(s));
  const unique = parquet.filter((s) => !duplicateOf.has(s.path));

  performance.measure('load: duplicates', { start });
  const all = enginesOf(engines);
  await Promise.all(
    unique.flatMap(({ path, file }) => (file ? all.map((engine) => engine.registerFile(path, file)) : [])),
  );
  performance.measure('load: registered', { start });
  // the inspections kept in this browser from before, read all at once; the engines inspect the rest
  const keys = await Promise.all(unique.map((source) => inspectionKey(source, session)));
  const { files: keptFiles, together } = await keptInspections(keys, unique);
  performance.measure('load: kept inspections', { start });
  const inspections: (Inspection | undefined)[] = keptFiles.map((file) => (file ? { ok: true, file } : undefined));
  const rowsOf = (inspection: Inspection | undefined) =>
    inspection?.ok ? inspection.file.datasets.reduce((sum, d) => sum + d.rowCount, 0) : 0;
  const missing = unique.flatMap((_, i) => (inspections[i] ? [] : [i]));
  let done = unique.length - missing.length;
  let rows = inspections.reduce((sum, inspection) => sum + rowsOf(inspection), 0);
  await onFreeEngines(
    all,
    missing.length,
    async (engine, j) => {
      const i = missing[j] as number;
      const source = unique[i] as SourceFile;
      onProgress({ done, total: unique.length, path: source.path, rows });
      const inspection = await inspectFile(engine, source, session);
      if (inspection.ok) keepInspection(keys[i], inspection.file);
      inspections[i] = inspection;
      rows += rowsOf(inspection);
      done++;
    },
    cancelled,
  );
  if ((missing.length > 0 || !together) && !cancelled()) {
    void keepInspections(
      keys,
      inspections.map((inspection) => (inspection?.ok ? inspection.file : null)),
    );
  }

  const files = new Map(kept.filter((f) => !duplicateOf.has(f.path)).map((f) => [f.path, f]));
  const failures = previous.failures.filter((p) => !given.has(p.path) && !duplicateOf.has(p.path));
  for (const { path } of others) failures.push({ path, reason: NOT_PARQUET });
  for (const [path, first] of duplicateOf) {
    failures.push({ path, reason: `the same content as ${first}, which is read instead`, duplicateOf: first });
  }
  for (const [i, source] of unique.entries()) {
    const inspection = inspections[i];
    if (!inspection) continue; // cancelled
    if (inspection.ok) files.set(source.path, inspection.file);
    else failures.push(inspection.problem);
  }
  onProgress({ done: unique.length, total: unique.length, path: '', rows });
  return withDatasets(files, failures, session);
}

/**
 * Leaves out files found unreadable while a day was built: each becomes a failure that names the
 * days it held, so that those days can say they miss it.
 */
export function forgetUnreadable(loaded: Loaded, unreadable: readonly FileProblem[], session: Session): Loaded {
  if (unreadable.length === 0) return loaded;
  const files = new Map(loaded.files);
  const failures = [...loaded.failures];
  for (const problem of unreadable) {
    const days = files.get(problem.path)?.datasets.map((d) => datasetKey(d.underlying, d.tradeDate)) ?? [];
    files.delete(problem.path);
    failures.push({ ...problem, days });
  }
  return withDatasets(files, failures, session);
}
