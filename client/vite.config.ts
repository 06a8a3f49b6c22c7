import { defineConfig } from 'vite';

// The explorer is served by the API server from client/dist; during development Vite proxies /api to it.
export default defineConfig({
  root: import.meta.dirname,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The benchmark pages are entries of their own, so no benchmark code is in the explorer's bundle:
    // bench-bare.html is bare sigma on a generated graph, the baseline of npm run bench's render section, and
    // bench-explorer.html the explorer's canvas on the same graph.
    rollupOptions: {
      input: {
        main: `${import.meta.dirname}/index.html`,
        bare: `${import.meta.dirname}/bench-bare.html`,
        explorer: `${import.meta.dirname}/bench-explorer.html`,
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
