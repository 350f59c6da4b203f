import { closeOnSignal, portFromEnv, startTracing } from '@reg/subgraph-kit';
import { buildOutcomes } from './server.ts';

const stopTracing = await startTracing('outcomes');

const service = await buildOutcomes();
const running = await service.server.listen(portFromEnv(4004), process.env['HOST'] ?? '127.0.0.1');
closeOnSignal(service.logger, [running.close, service.database.close, stopTracing]);
