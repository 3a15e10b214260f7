// A file's inspection, kept in the browser (kept.ts) by the file's fingerprint (its path, size and
// Parquet footer) and the session: reopening a folder reads its files' inspections instead of
// asking the engines again, so that the days kept before show in a moment.
import { fingerprint } from '../truth/fingerprint';
import type { InspectedFile, SourceFile } from './inspect';
import { keep, keptKey, readKept } from './kept';
import type { Session } from './market';

/** The key of a file's inspection; none for a file whose bytes are not at hand. */
export async function inspectionKey(source: SourceFile, session: Session): Promise<string | undefined> {
  const content = source.content ?? source.file;
  if (!content) return undefined;
  try {
    const file = await fingerprint(source.path, content);
    return await keptKey({ inspection: file, session, underlying: source.underlying ?? null });
  } catch {
    return undefined; // no hashing outside a secure context: inspected every time
  }
}

export async function keptInspection(key: string | undefined, source: SourceFile): Promise<InspectedFile | null> {
  const kept = key ? await readKept<Omit<InspectedFile, 'content'>>(key) : null;
  return kept && { ...kept, content: source.content ?? source.file };
}

export function keepInspection(key: string | undefined, file: InspectedFile): void {
  const { content: _, ...rest } = file;
  if (key) void keep(key, rest);
}

type Kept = Omit<InspectedFile, 'content'>;

/** The key of files given together: that of all their inspections' keys. */
async function togetherKey(keys: readonly (string | undefined)[]): Promise<string | undefined> {
  return keys.length > 1 && keys.every(Boolean) ? keptKey({ together: keys }) : undefined;
}

/**
 * The kept inspections of files given together: one read when the same files were given together
 * before (a folder opened again), else one read per file. Null where a file's is not kept;
 * `together` says whether they were kept together.
 */
export async function keptInspections(
  keys: readonly (string | undefined)[],
  sources: readonly SourceFile[],
): Promise<{ files: (InspectedFile | null)[]; together: boolean }> {
  const key = await togetherKey(keys);
  const together = key ? await readKept<(Kept | null)[]>(key) : null;
  if (together?.length === sources.length) {
    const files = together.map((kept, i) => kept && { ...kept, content: sources[i]?.content ?? sources[i]?.file });
    return { files, together: true };
  }
  return { files: await Promise.all(sources.map((source, i) => keptInspection(keys[i], source))), together: false };
}

/** Keeps the inspections of files given together as one value (a file that failed as null). */
export async function keepInspections(
  keys: readonly (string | undefined)[],
  files: readonly (InspectedFile | null)[],
): Promise<void> {
  const key = await togetherKey(keys);
  if (key)
    await keep(
      key,
      files.map((file) => file && { ...file, content: undefined }),
    );
}
