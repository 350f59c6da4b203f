import { closeOnSignal, portFromEnv } from '@reg/subgraph-kit';
import { buildOutcomes } from './server.ts';

const service = await buildOutcomes();
const running = await service.server.listen(portFromEnv(4004), process.env['HOST'] ?? '127.0.0.1');
closeOnSignal(service.logger, [running.close, service.database.close]);
