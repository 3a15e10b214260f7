// What identifies an input file for the truth tables' config (spec 14) and the results kept of it:
// its path, size and a hash of its Parquet footer, which is cheap to read and changes with the content.

export const FINGERPRINT_METHOD =
  'SHA-256 of the last 8 + n bytes of the file: its Parquet footer (metadata), n its length (the 4 bytes before PAR1)';

export interface FileFingerprint {
  path: string;
  size: number;
  footer_sha256: string;
}

const TAIL_BYTES = 64 * 1024;

/** Each file's fingerprint, computed once: a load and the study of its days both ask for it. */
const known = new WeakMap<Blob, Map<string, Promise<FileFingerprint>>>();

export function fingerprint(path: string, content: Blob): Promise<FileFingerprint> {
  const byPath = known.get(content) ?? new Map<string, Promise<FileFingerprint>>();
  known.set(content, byPath);
  const found = byPath.get(path) ?? footerFingerprint(path, content);
  byPath.set(path, found);
  return found;
}

async function footerFingerprint(path: string, content: Blob): Promise<FileFingerprint> {
  const size = content.size;
  // one read of the file's end holds the footer of nearly every file; a larger footer takes a second
  const tail = await content.slice(Math.max(0, size - TAIL_BYTES)).arrayBuffer();
  const length = tail.byteLength >= 8 ? new DataView(tail).getUint32(tail.byteLength - 8, true) : 0;
  const from = Math.max(0, size - 8 - length);
  const footer =
    size - from <= tail.byteLength
      ? tail.slice(tail.byteLength - (size - from))
      : await content.slice(from).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', footer));
  return { path, size, footer_sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
}
