import { closeOnSignal, portFromEnv, startTracing } from '@reg/subgraph-kit';
import { buildCatalogue } from './server.ts';

const stopTracing = await startTracing('catalogue');

const service = await buildCatalogue();
const running = await service.server.listen(portFromEnv(4002), process.env['HOST'] ?? '127.0.0.1');
closeOnSignal(service.logger, [running.close, service.database.close, stopTracing]);
