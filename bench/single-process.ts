import { startGraph } from '../scripts/graph.ts';

/**
 * The single-process layout as a child of `pnpm bench:layouts`: the gateway and the four subgraphs in this one
 * process (startGraph), on DATABASE_URL or the PGlite folders under DATA_DIR, the gateway on PORT. The load
 * generator stays in the parent, so it does not share this process's event loop. SIGTERM stops it.
 */
const env = process.env;
const location = env['DATABASE_URL'] ?? env['DATA_DIR'];
if (!location) throw new Error('single-process: set DATA_DIR (a folder) or DATABASE_URL');
const graph = await startGraph({ location, port: Number(env['PORT'] ?? 0), quiet: true });
process.once('SIGTERM', () => {
  void graph.close().then(() => process.exit(0));
});
console.log(graph.gatewayUrl);
