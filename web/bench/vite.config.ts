import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Builds the board benchmark page (bench/board.html) into bench/dist, apart from the app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020', rollupOptions: { input: fileURLToPath(new URL('board.html', import.meta.url)) } },
  logLevel: 'warn',
});
