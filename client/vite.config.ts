import { defineConfig } from 'vite';

// The explorer is served by the API server from client/dist; during development Vite proxies /api to it.
export default defineConfig({
  root: import.meta.dirname,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // bench-bare.html is bare sigma on a generated graph: the baseline of npm run bench's render section.
    rollupOptions: {
      input: { main: `${import.meta.dirname}/index.html`, bare: `${import.meta.dirname}/bench-bare.html` },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
