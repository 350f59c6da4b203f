import { closeOnSignal, portFromEnv, startTracing } from '@reg/subgraph-kit';
import { buildEmployers } from './server.ts';

const stopTracing = await startTracing('employers');

const service = await buildEmployers();
const running = await service.server.listen(portFromEnv(4003), process.env['HOST'] ?? '127.0.0.1');
closeOnSignal(service.logger, [running.close, service.database.close, stopTracing]);
