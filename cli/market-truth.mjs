#!/usr/bin/env node
// Entry of `npx market-truth`: TypeScript through tsx (no build step) and .sql?raw imports.
import { fileURLToPath } from 'node:url';
import { register as registerTsx } from 'tsx/esm/api';

// tsconfig.run.json: tsconfig.json's paths only point the type checker at apache-arrow's types
registerTsx({ tsconfig: fileURLToPath(new URL('../tsconfig.run.json', import.meta.url)) });
await import('./registerSql.mjs');
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
