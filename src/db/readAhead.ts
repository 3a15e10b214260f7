// The engine reads a dropped file through FileReaderSync, one call per read, and in Chromium
// every call costs about 1 ms whatever its size. Measured in the engine's worker on a 63 MB
// shard: 16 KiB reads 15 MB/s, 256 KiB 150 MB/s, 1 MiB 300 MB/s, 4 MiB 535 MB/s. The engine's
// reads are small (16 KiB pages, or column chunks and thousands of reads of a byte or none), so
// they are served from aligned chunks read whole; a column's bytes are read in order, so most
// reads find their chunk already read. 512 KiB was the fastest chunk for the app's scans:
// bigger chunks read more bytes of the columns a query does not need.
export const CHUNK_BYTES = 512 * 1024;
export const CACHE_BYTES = 64 * 1024 * 1024;

interface Sized {
  readonly size: number;
}

/** Blob.slice's arguments as a byte range of a blob of `size` bytes (negative counts from the end). */
export function sliceRange(size: number, start = 0, end = size): [number, number] {
  const at = (i: number) => Math.min(Math.max(i < 0 ? size + i : i, 0), size);
  const from = at(Math.trunc(start));
  return [from, Math.max(from, at(Math.trunc(end)))];
}

/** Byte ranges of files, read through a least-recently-used cache of aligned chunks. */
export class ReadAhead<F extends Sized> {
  /** Chunks by "file id:chunk index"; a Map keeps insertion order, so the first key is the oldest. */
  private readonly chunks = new Map<string, Uint8Array>();
  private readonly ids = new WeakMap<F, number>();
  private nextId = 0;

  constructor(
    /** Reads bytes [start, end) of a file: the slow call the cache saves. */
    private readonly readBytes: (file: F, start: number, end: number) => Uint8Array,
    private readonly chunkBytes = CHUNK_BYTES,
    private readonly capacityBytes = CACHE_BYTES,
  ) {}

  /** Bytes [start, end) of `file`, in a new buffer of exactly that length. */
  read(file: F, start: number, end: number): Uint8Array {
    const out = new Uint8Array(end - start);
    for (let at = start; at < end; ) {
      const index = Math.floor(at / this.chunkBytes);
      const chunk = this.chunk(file, index);
      const offset = at - index * this.chunkBytes;
      const count = Math.min(end - at, chunk.length - offset);
      if (count <= 0) throw new Error(`read past the end of a ${file.size}-byte file (at ${at})`);
      out.set(chunk.subarray(offset, offset + count), at - start);
      at += count;
    }
    return out;
  }

  private chunk(file: F, index: number): Uint8Array {
    let id = this.ids.get(file);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(file, id);
    }
    const key = `${id}:${index}`;
    let chunk = this.chunks.get(key);
    if (chunk) this.chunks.delete(key);
    else {
      const start = index * this.chunkBytes;
      chunk = this.readBytes(file, start, Math.min(start + this.chunkBytes, file.size));
      if (this.chunks.size * this.chunkBytes >= this.capacityBytes) {
        const oldest = this.chunks.keys().next().value;
        if (oldest !== undefined) this.chunks.delete(oldest);
      }
    }
    this.chunks.set(key, chunk);
    return chunk;
  }
}
