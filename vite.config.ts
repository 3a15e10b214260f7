import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // The engine's worker and wasm are served by the app itself (?url imports); nothing to prebundle.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  // the engine's worker is a module worker in development and in the build alike
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'cli/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
