/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served by `afklaring serve` from the same origin, so the API is relative (/api/v1).
// In `npm run dev` the dev server forwards /api to a locally running afklaring (AFK_API, default :8080).
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2020' },
  server: { proxy: { '/api': process.env.AFK_API ?? 'http://127.0.0.1:8080' } },
  test: { include: ['src/**/*.test.ts'] },
});
