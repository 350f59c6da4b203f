import { createGateway } from './gateway.ts';
import { startGatewayTracing } from './tracing.ts';

await startGatewayTracing();

const port = Number(process.env['PORT'] ?? 4000);
const gateway = createGateway();
const running = await gateway.listen(port, process.env['HOST'] ?? '127.0.0.1');
console.log(JSON.stringify({ level: 'info', service: 'gateway', msg: `gateway listening on ${running.url}` }));
const shutdown = async () => { await running.close(); process.exit(0); };
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
