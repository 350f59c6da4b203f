import { runProcess } from '@reg/runtime';
import { createGateway } from './gateway.ts';
import { startGatewayTracing } from './tracing.ts';

await startGatewayTracing();

// Production entry (bundled to dist/gateway.mjs by `pnpm build`): configured by environment only, README "Deploying".
await runProcess('gateway', async ({ port, host }) => {
  const gateway = createGateway();
  const running = await gateway.listen(port, host);
  console.log(
    JSON.stringify({
      level: 'info',
      service: 'gateway',
      msg: `gateway listening on ${running.url}, query planner ${gateway.planner}`,
      queryPlanner: gateway.planner,
      time: Date.now(),
    }),
  );
  return running;
});
