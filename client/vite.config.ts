import { defineConfig } from 'vite';

// The explorer is served by the API server from client/dist; during development Vite proxies /api to it.
export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
