import { runSubgraph } from '@reg/subgraph-kit';
import { buildCatalogue } from './server.ts';

// Production entry (bundled to dist/catalogue.mjs by `pnpm build`): configured by environment only, README "Deploying".
await runSubgraph('catalogue', () => buildCatalogue());
