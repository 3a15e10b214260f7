import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * Built assets have their content's hash in their name, so they never change: browsers keep them
 * without asking again. Chromium then also keeps the engine's compiled code (its wasm code cache)
 * and the next visit starts the engine without compiling it again.
 */
function immutableAssets(): Plugin {
  return {
    name: 'immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), immutableAssets()],
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
