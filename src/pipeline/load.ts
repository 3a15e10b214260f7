// Files -> inspected files, problems and datasets. One bad file never stops the others.
import { collectDatasets, type Dataset } from './datasets';
import { type FileProblem, type InspectedFile, type Inspection, inspectFile, type SourceFile } from './inspect';
import type { Session } from './market';
import { type Engines, enginesOf, onFreeEngines } from './shares';

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

/**
 * Inspects `sources` and adds them to `previous` (a file given again replaces its earlier self).
 * Several engines inspect files at once; each given file is registered with all of them, so that
 * any engine can scan any file later.
 */
export async function inspectFiles(
  engines: Engines,
  sources: readonly SourceFile[],
  session: Session,
  previous: Loaded = { files: new Map(), problems: [], datasets: [] },
  onProgress: (p: LoadProgress) => void = () => {},
  cancelled: () => boolean = () => false,
): Promise<Loaded> {
  const all = enginesOf(engines);
  await Promise.all(
    sources.flatMap(({ path, file }) => (file ? all.map((engine) => engine.registerFile(path, file)) : [])),
  );
  const inspections: Inspection[] = [];
  let done = 0;
  await onFreeEngines(
    all,
    sources.length,
    async (engine, i) => {
      const source = sources[i] as SourceFile;
      onProgress({ done, total: sources.length, path: source.path });
      inspections[i] = await inspectFile(engine, source, session);
      done++;
    },
    cancelled,
  );

  const files = new Map(previous.files);
  const given = new Set(sources.map((s) => s.path));
  const problems = previous.problems.filter((p) => !given.has(p.path));
  for (const [i, source] of sources.entries()) {
    const inspection = inspections[i];
    if (!inspection) continue; // cancelled
    files.delete(source.path);
    if (inspection.ok) files.set(source.path, inspection.file);
    else problems.push(inspection.problem);
  }
  onProgress({ done: sources.length, total: sources.length, path: '' });
  return { files, problems, datasets: collectDatasets(files.values()) };
}
