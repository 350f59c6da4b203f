import { closeOnSignal, portFromEnv, startTracing } from '@reg/subgraph-kit';
import { buildPeople } from './server.ts';

const stopTracing = await startTracing('people');

const service = await buildPeople();
const running = await service.server.listen(portFromEnv(4001), process.env['HOST'] ?? '127.0.0.1');
closeOnSignal(service.logger, [running.close, service.database.close, stopTracing]);
