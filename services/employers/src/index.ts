import { runSubgraph } from '@reg/subgraph-kit';
import { buildEmployers } from './server.ts';

// Production entry (bundled to dist/employers.mjs by `pnpm build`): configured by environment only, README "Deploying".
await runSubgraph('employers', () => buildEmployers());
