// What is computed once is kept in the browser's origin-private file system (OPFS), keyed by what
// produced it: a day's summary and compact results by its files' fingerprints, thresholds and
// settings; a file's inspection by its fingerprint and the session. Each key holds the app's SQL.
// A reload, or a second visit, then reads them instead of computing them again. Where OPFS is
// missing (Node, an old browser) nothing is kept and everything is computed.
import { queries } from '../sql';

const FOLDER = 'market-truth-kept';
/** Raise when a computation outside src/sql changes what a day's results or a file's inspection hold. */
const CACHE_VERSION = 3;

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

// Float64Arrays (a day's paths) as arrays, NaN as null, and back
const toJson = (_: string, v: unknown) =>
  v instanceof Float64Array ? { f64: Array.from(v, (x) => (Number.isNaN(x) ? null : x)) } : v;
const fromJson = (_: string, v: unknown) =>
  v !== null && typeof v === 'object' && Array.isArray((v as { f64?: unknown }).f64)
    ? Float64Array.from((v as { f64: (number | null)[] }).f64, (x) => x ?? Number.NaN)
    : v;

async function folder(): Promise<FileSystemDirectoryHandle | null> {
  try {
    const root = await globalThis.navigator?.storage?.getDirectory?.();
    return root ? await root.getDirectoryHandle(FOLDER, { create: true }) : null;
  } catch {
    return null;
  }
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
