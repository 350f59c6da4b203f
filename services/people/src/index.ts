import { runSubgraph } from '@reg/subgraph-kit';
import { buildPeople } from './server.ts';

// Production entry (bundled to dist/people.mjs by `pnpm build`): configured by environment only, README "Deploying".
await runSubgraph('people', () => buildPeople());
