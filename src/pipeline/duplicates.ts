// Files with identical content are read once (spec 1): a copied shard must not double its rows.
import { compareText } from './datasets';

export interface FileContent {
  path: string;
  content: Blob;
}

const CHUNK = 4 * 2 ** 20;

async function sameBytes(a: Blob, b: Blob): Promise<boolean> {
  if (a.size !== b.size) return false;
  // the footer first: two different Parquet files almost always differ there
  const footer = Math.max(0, a.size - CHUNK);
  const order = [footer];
  for (let at = 0; at < footer; at += CHUNK) order.push(at);
  for (const at of order) {
    const end = Math.min(a.size, at + CHUNK);
    const [x, y] = await Promise.all([a.slice(at, end).arrayBuffer(), b.slice(at, end).arrayBuffer()]);
    const u = new Uint8Array(x);
    const v = new Uint8Array(y);
    for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  }
  return true;
}

/**
 * Each file whose content equals that of a file earlier in path order, mapped to the first such
 * path. Only files of equal size are compared, byte for byte.
 */
export async function findDuplicates(files: readonly FileContent[]): Promise<Map<string, string>> {
  const bySize = new Map<number, FileContent[]>();
  for (const f of [...files].sort((a, b) => compareText(a.path, b.path))) {
    bySize.set(f.content.size, [...(bySize.get(f.content.size) ?? []), f]);
  }
  const duplicateOf = new Map<string, string>();
  for (const group of bySize.values()) {
    const firsts: FileContent[] = [];
    for (const file of group) {
      let first: FileContent | undefined;
      for (const f of firsts) {
        if (await sameBytes(f.content, file.content)) {
          first = f;
          break;
        }
      }
      if (first) duplicateOf.set(file.path, first.path);
      else firsts.push(file);
    }
  }
  return duplicateOf;
}
