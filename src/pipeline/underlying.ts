const DATE_SEGMENT = /^\d{4}-\d{2}-\d{2}$/;
const UPPER_TOKEN = /^[A-Z][A-Z0-9]*$/;

/**
 * The underlying named by a file's path (spec 1): the segment right after a YYYY-MM-DD folder,
 * else an upper-case token of the file name; undefined when the path names none.
 */
export function underlyingFromPath(path: string): string | undefined {
  const segments = path.split('/').filter(Boolean);
  const folders = segments.slice(0, -1);
  const dateAt = folders.findIndex((s) => DATE_SEGMENT.test(s));
  if (dateAt >= 0 && dateAt + 1 < folders.length) return folders[dateAt + 1];
  const fileName = (segments[segments.length - 1] ?? '').replace(/\.[^.]*$/, '');
  return fileName.split(/[^A-Za-z0-9]+/).find((token) => UPPER_TOKEN.test(token));
}
