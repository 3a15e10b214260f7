import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under the given folders (recursively, sorted) and every file given. */
export function collectFiles(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) =>
    statSync(input).isDirectory()
      ? (readdirSync(input, { recursive: true }) as string[])
          .map((name) => join(input, name))
          .filter((path) => statSync(path).isFile())
          .sort()
      : [input],
  );
}
