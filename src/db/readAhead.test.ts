import { describe, expect, it } from 'vitest';
import { ReadAhead, sliceRange } from './readAhead';

interface TestFile {
  size: number;
  bytes: Uint8Array<ArrayBuffer>;
}

function testFile(size: number, seed: number): TestFile {
  const bytes = new Uint8Array(size);
  for (let i = 0, x = seed; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return { size, bytes };
}

/** A cache over in-memory files that records every slow read it makes. */
function counted(chunkBytes: number, capacityBytes: number) {
  const reads: [TestFile, number, number][] = [];
  const cache = new ReadAhead<TestFile>(
    (file, start, end) => {
      reads.push([file, start, end]);
      return file.bytes.slice(start, end);
    },
    chunkBytes,
    capacityBytes,
  );
  return { cache, reads };
}

describe('ReadAhead', () => {
  it('returns exactly the bytes asked for, across chunk edges and the end of the file', () => {
    const files = [testFile(10_000, 1), testFile(4_097, 2)];
    const { cache } = counted(1024, 4096);
    let x = 7;
    for (let n = 0; n < 2000; n++) {
      x = (x * 69069 + 1) >>> 0;
      const file = files[x % 2] as TestFile;
      const start = x % file.size;
      const end = Math.min(file.size, start + ((x >>> 8) % 3000));
      const got = cache.read(file, start, end);
      expect(got.length).toBe(end - start);
      expect(got.buffer.byteLength).toBe(end - start);
      expect(Buffer.from(got).equals(Buffer.from(file.bytes.subarray(start, end)))).toBe(true);
    }
  });

  it('reads each chunk once when pages are read in order', () => {
    const file = testFile(2 * 1024 * 1024 + 100, 3);
    const { cache, reads } = counted(512 * 1024, 64 * 1024 * 1024);
    for (let at = 0; at < file.size; at += 16 * 1024) cache.read(file, at, Math.min(file.size, at + 16 * 1024));
    expect(reads.map(([, start, end]) => [start, end])).toEqual([
      [0, 524288],
      [524288, 1048576],
      [1048576, 1572864],
      [1572864, 2097152],
      [2097152, 2097252],
    ]);
  });

  it('keeps at most its capacity and drops the least recently used chunk first', () => {
    const file = testFile(4096, 4);
    const { cache, reads } = counted(1024, 2048);
    cache.read(file, 0, 10); // chunk 0
    cache.read(file, 1024, 1034); // chunk 1
    cache.read(file, 5, 6); // chunk 0 again: cached, and now the most recent
    cache.read(file, 2048, 2058); // chunk 2 evicts chunk 1
    cache.read(file, 0, 1); // still cached
    cache.read(file, 1024, 1025); // read again
    expect(reads.map(([, start]) => start)).toEqual([0, 1024, 2048, 1024]);
  });

  it('tells two files apart', () => {
    const a = testFile(100, 5);
    const b = testFile(100, 6);
    const { cache } = counted(64, 1024);
    expect(Array.from(cache.read(a, 10, 20))).toEqual(Array.from(a.bytes.subarray(10, 20)));
    expect(Array.from(cache.read(b, 10, 20))).toEqual(Array.from(b.bytes.subarray(10, 20)));
  });
});

describe('sliceRange', () => {
  it('follows Blob.slice: defaults, negative positions from the end, clamping', () => {
    expect(sliceRange(100)).toEqual([0, 100]);
    expect(sliceRange(100, 10)).toEqual([10, 100]);
    expect(sliceRange(100, 10, 20)).toEqual([10, 20]);
    expect(sliceRange(100, -30, -10)).toEqual([70, 90]);
    expect(sliceRange(100, 90, 200)).toEqual([90, 100]);
    expect(sliceRange(100, 50, 40)).toEqual([50, 50]);
    expect(sliceRange(100, -500, 5)).toEqual([0, 5]);
  });

  it('agrees with the platform Blob on the bytes a slice holds', async () => {
    const { bytes } = testFile(100, 7);
    const blob = new Blob([bytes]);
    for (const [start, end] of [
      [0, 100],
      [3, 3],
      [-1, 100],
      [-40, -20],
      [99, 1000],
      [60, 20],
    ]) {
      const [from, to] = sliceRange(100, start, end);
      const fromBlob = new Uint8Array(await blob.slice(start, end).arrayBuffer());
      expect(Array.from(bytes.subarray(from, to))).toEqual(Array.from(fromBlob));
    }
  });
});
