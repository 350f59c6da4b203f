import { runSubgraph } from '@reg/subgraph-kit';
import { buildOutcomes } from './server.ts';

// Production entry (bundled to dist/outcomes.mjs by `pnpm build`): configured by environment only, README "Deploying".
await runSubgraph('outcomes', () => buildOutcomes());
