// What identifies an input file for the truth tables' config (spec 14) and the results kept of it:
// its path, size and a hash of its Parquet footer, which is cheap to read and changes with the content.

export const FINGERPRINT_METHOD =
  'SHA-256 of the last 8 + n bytes of the file: its Parquet footer (metadata), n its length (the 4 bytes before PAR1)';

export interface FileFingerprint {
  path: string;
  size: number;
  footer_sha256: string;
}

export async function fingerprint(path: string, content: Blob): Promise<FileFingerprint> {
  const size = content.size;
  const tail = await content.slice(Math.max(0, size - 8)).arrayBuffer();
  const length = tail.byteLength === 8 ? new DataView(tail).getUint32(0, true) : 0;
  const footer = await content.slice(Math.max(0, size - 8 - length)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', footer));
  return { path, size, footer_sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
}
