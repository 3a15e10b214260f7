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
