// What a trader can do about a file the app did not use, from the reason the pipeline gave.
// Reasons that already end with what to do (a damaged file, two like-named columns) need none.
import { NOT_PARQUET } from '../pipeline/inspect';
import { PRE_OPEN_ONLY } from '../pipeline/load';
import { NO_UNDERLYING } from '../pipeline/schema';

const REMEDIES: [(reason: string) => boolean, string][] = [
  [(r) => /[:;] (copy it again|rename or drop)/.test(r), ''],
  [(r) => r.startsWith('not a readable Parquet file'), 'copy it again from its source, or export it again as Parquet'],
  [(r) => r.startsWith('could not be read'), 'copy it again from its source; if it fails again, export it again'],
  [(r) => /missing required column|has type/.test(r), "write it with the input schema (see 'Which files?')"],
  [
    (r) => r.startsWith(NO_UNDERLYING),
    'name the underlying here, or keep the file in a folder named after it (…/NIFTY/…)',
  ],
  [(r) => r.startsWith('the same content as'), 'nothing: the first copy is read; delete this one to clear the line'],
  [(r) => r.includes(PRE_OPEN_ONLY), "add the day's session files, or leave it: it holds only the pre-open"],
  [(r) => r.startsWith('no rows in the session'), 'check its date, and that its times are IST wall clock'],
  [(r) => r === NOT_PARQUET, 'nothing: only .parquet files are read'],
];

/** What to do about `reason`, or '' when the reason says it itself. */
export function remedy(reason: string): string {
  return REMEDIES.find(([applies]) => applies(reason))?.[1] ?? 'check the file against the input schema';
}

/** File names as short as they can be: a name that two files share keeps its folders. */
export function shortNames(paths: readonly string[]): string[] {
  const base = (path: string) => path.split('/').at(-1) ?? path;
  const count = new Map<string, number>();
  for (const path of paths) count.set(base(path), (count.get(base(path)) ?? 0) + 1);
  return paths.map((path) => ((count.get(base(path)) ?? 0) > 1 ? path : base(path)));
}
