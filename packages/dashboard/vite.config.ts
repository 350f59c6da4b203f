import { defineConfig } from 'vite';

// Served by the gateway at /dashboard/ (same origin as /graphql). `vite` (dev) proxies the graph to GRAPH_ORIGIN.
const graph = process.env['GRAPH_ORIGIN'] ?? 'http://localhost:4000';

export default defineConfig({
  base: '/dashboard/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': graph, '/dashboard/config.json': graph, '/dashboard/dev': graph },
  },
});
