// Files -> inspected files, problems and datasets. One bad file never stops the others.
import type { Database } from '../db/database';
import { collectDatasets, type Dataset } from './datasets';
import { type FileProblem, type InspectedFile, inspectFile, type SourceFile } from './inspect';
import type { Session } from './market';

export interface Loaded {
  files: Map<string, InspectedFile>;
  problems: FileProblem[];
  datasets: Dataset[];
}

export interface LoadProgress {
  done: number;
  total: number;
  path: string;
}

/** Inspects `sources` and adds them to `previous` (a file given again replaces its earlier self). */
export async function inspectFiles(
  db: Database,
  sources: readonly SourceFile[],
  session: Session,
  previous: Loaded = { files: new Map(), problems: [], datasets: [] },
  onProgress: (p: LoadProgress) => void = () => {},
  cancelled: () => boolean = () => false,
): Promise<Loaded> {
  const files = new Map(previous.files);
  const given = new Set(sources.map((s) => s.path));
  const problems = previous.problems.filter((p) => !given.has(p.path));
  for (const [i, source] of sources.entries()) {
    if (cancelled()) break;
    onProgress({ done: i, total: sources.length, path: source.path });
    files.delete(source.path);
    const inspection = await inspectFile(db, source, session);
    if (inspection.ok) files.set(source.path, inspection.file);
    else problems.push(inspection.problem);
  }
  onProgress({ done: sources.length, total: sources.length, path: '' });
  return { files, problems, datasets: collectDatasets(files.values()) };
}
