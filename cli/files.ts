import { openAsBlob, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../src/format';
import type { FileProblem, SourceFile } from '../src/pipeline/inspect';

export interface CollectedFiles {
  /** Regular files, those under each folder sorted. */
  paths: string[];
  /** What is neither a regular file nor a folder (a FIFO, a device), or cannot be opened (a dangling link). */
  skipped: FileProblem[];
}

/** Every regular file under the given folders (recursively, sorted) and every regular file given. */
export function collectFiles(inputs: readonly string[]): CollectedFiles {
  const paths: string[] = [];
  const skipped: FileProblem[] = [];
  const visit = (path: string, listed: boolean) => {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path); // follows links: a link to a file is the file
    } catch (error) {
      skipped.push({ path, reason: `cannot be opened (${errorMessage(error)}); a dangling link or a removed file` });
      return;
    }
    if (stats.isDirectory() && !listed) {
      const names = (readdirSync(path, { recursive: true }) as string[]).sort();
      for (const name of names) {
        const inner = join(path, name);
        // folders inside are listed by the recursive read already
        if (!isDirectory(inner)) visit(inner, true);
      }
    } else if (stats.isFile()) paths.push(path);
    else if (!stats.isDirectory())
      skipped.push({ path, reason: 'not a regular file (a FIFO, socket or device): not read' });
  };
  for (const input of inputs) visit(input, false);
  return { paths, skipped };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A file on disk as the pipeline takes it: read by path, its content a Blob that is read only when compared. */
export async function diskSource(path: string): Promise<SourceFile> {
  return { path, content: await openAsBlob(path) };
}
