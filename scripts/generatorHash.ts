// What the data generator is, as a hash of its source: data written by an earlier generator
// (the benchmark's days, the end-to-end fixtures) is written again when it changes, so that no
// figure is measured on, nor test run against, data the project no longer makes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(import.meta.dirname, '..', 'src');

export function generatorHash(): string {
  const sample = readdirSync(join(SRC, 'sample'))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => join(SRC, 'sample', name));
  const hash = createHash('sha256');
  for (const path of [...sample, join(SRC, 'stats', 'black76.ts')]) hash.update(readFileSync(path));
  return hash.digest('hex').slice(0, 16);
}
