// What is computed once is kept in the browser's origin-private file system (OPFS), keyed by what
// produced it: a day's summary and compact results by its files' fingerprints, thresholds and
// settings; a file's inspection by its fingerprint and the session. Each key holds the app's SQL.
// A reload, or a second visit, then reads them instead of computing them again. Where OPFS is
// missing (Node, an old browser) nothing is kept and everything is computed.
import { queries } from '../sql';

const FOLDER = 'market-truth-kept';
/** Raise when a computation outside src/sql changes what a day's results or a file's inspection hold. */
const CACHE_VERSION = 4;

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The app's SQL, hashed on first use (not at start-up: hashing needs a secure context). */
let sqlHash: Promise<string> | undefined;
const hashOfSql = () => {
  sqlHash ??= sha256(
    Object.values(queries)
      .map((q) => q.text)
      .join('\n'),
  );
  return sqlHash;
};

/** The key of what is computed from `inputs` (files' fingerprints, thresholds, settings). */
export async function keptKey(inputs: unknown): Promise<string> {
  return sha256(JSON.stringify({ version: CACHE_VERSION, sql: await hashOfSql(), inputs }));
}

// Float64Arrays (a day's paths) as the base64 of their bytes, and back: NaN kept, and 20 days
// read in a fraction of the time that arrays of numbers took to parse
function toBase64(values: Float64Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
function fromBase64(text: string): Float64Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float64Array(bytes.buffer);
}
const toJson = (_: string, v: unknown) => (v instanceof Float64Array ? { f64: toBase64(v) } : v);
const fromJson = (_: string, v: unknown) =>
  v !== null && typeof v === 'object' && typeof (v as { f64?: unknown }).f64 === 'string'
    ? fromBase64((v as { f64: string }).f64)
    : v;

/** The folder, opened once: a reopened folder of 240 files reads 260 values at once. */
let opened: Promise<FileSystemDirectoryHandle | null> | undefined;
function folder(): Promise<FileSystemDirectoryHandle | null> {
  opened ??= (async () => {
    try {
      const root = await globalThis.navigator?.storage?.getDirectory?.();
      return root ? await root.getDirectoryHandle(FOLDER, { create: true }) : null;
    } catch {
      return null;
    }
  })();
  return opened;
}

/** The value kept under `key`, or null when there is none (or it cannot be read). */
export async function readKept<T>(key: string): Promise<T | null> {
  try {
    const file = await (await (await folder())?.getFileHandle(`${key}.json`))?.getFile();
    return file ? (JSON.parse(await file.text(), fromJson) as T) : null;
  } catch {
    return null; // not kept, or unreadable: computed again
  }
}

/** Keeps `value` under `key`; a failure (no space, no OPFS) only means it is computed next time. */
export async function keep(key: string, value: unknown): Promise<void> {
  try {
    const handle = await (await folder())?.getFileHandle(`${key}.json`, { create: true });
    const writable = await handle?.createWritable();
    if (!writable) return;
    await writable.write(JSON.stringify(value, toJson));
    await writable.close();
  } catch {
    // nothing kept
  }
}
