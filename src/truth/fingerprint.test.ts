// A file's fingerprint: its size and the SHA-256 of its Parquet footer, checked against node:crypto
// over the bytes read here.
import { createHash } from 'node:crypto';
import { openAsBlob, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempFolder, testDatabase } from '../test/kit';
import { fingerprint } from './fingerprint';

it('hashes the Parquet footer, and changes with the content', async () => {
  const db = await testDatabase();
  const dir = tempFolder();
  const paths = [join(dir, 'a.parquet'), join(dir, 'b.parquet')];
  await db.query(`COPY (SELECT range AS x FROM range(1000)) TO '${paths[0]}' (FORMAT PARQUET)`);
  await db.query(`COPY (SELECT range + 1 AS x FROM range(1000)) TO '${paths[1]}' (FORMAT PARQUET)`);
  const [a, b] = await Promise.all(paths.map(async (p) => fingerprint(p, await openAsBlob(p))));
  const bytes = readFileSync(paths[0] as string);
  expect(bytes.subarray(-4).toString()).toBe('PAR1');
  const footer = bytes.subarray(bytes.length - 8 - bytes.readUInt32LE(bytes.length - 8));
  expect(a).toEqual({
    path: paths[0],
    size: bytes.length,
    footer_sha256: createHash('sha256').update(footer).digest('hex'),
  });
  expect(b?.footer_sha256).not.toBe(a?.footer_sha256);
});

it('reads a footer that the file end read at first holds, and one larger than it', async () => {
  const db = await testDatabase();
  const dir = tempFolder();
  const small = join(dir, 'small-footer.parquet');
  const large = join(dir, 'large-footer.parquet');
  await db.query(`COPY (SELECT range AS x, random() AS y FROM range(200000)) TO '${small}' (FORMAT PARQUET)`);
  // thousands of row groups: a footer of hundreds of KiB
  await db.query(
    `COPY (SELECT range AS x, 2 * range AS y, 3 * range AS z FROM range(2000000)) TO '${large}' (FORMAT PARQUET, ROW_GROUP_SIZE 2048)`,
  );
  for (const [path, footerAtLeast] of [
    [small, 0],
    [large, 64 * 1024],
  ] as const) {
    const bytes = readFileSync(path);
    const length = bytes.readUInt32LE(bytes.length - 8);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    expect(length).toBeGreaterThan(footerAtLeast);
    const footer = bytes.subarray(bytes.length - 8 - length);
    const found = await fingerprint(path, await openAsBlob(path));
    expect(found.footer_sha256).toBe(createHash('sha256').update(footer).digest('hex'));
  }
});
