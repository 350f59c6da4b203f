import { authConfigFromEnv, devCallerClaims, signDevToken } from '@reg/auth';
import { generateRegion, isRegionLoaded, loadRegion } from '@reg/demo-data';
import { gql } from '@reg/testkit';

/**
 * What `pnpm start` and `pnpm start:services` do once the graph answers: load the demo region on first start
 * (DEMO_DATA=off skips it), then print the URLs and ready-made demo tokens.
 */
export async function loadDemoRegionOnce(gatewayUrl: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env['DEMO_DATA'] === 'off' || (await isRegionLoaded(gatewayUrl))) return;
  const seed = Number(env['DEMO_SEED'] ?? 42);
  const size = (env['DEMO_SIZE'] ?? 'small') as 'small';
  console.log(`Loading the demo region (seed ${seed}, size ${size}) through the gateway...`);
  const summary = await loadRegion(generateRegion({ seed, size }), { gatewayUrl });
  console.log(`Loaded: ${JSON.stringify(summary.counts)}`);
}

export interface Welcome {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** Where the data is, as shown to the user. */
  data: string;
  /** How the graph runs, e.g. "one process" or "5 processes". */
  layout?: string;
}

export async function printWelcome(welcome: Welcome, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { gatewayUrl } = welcome;
  // Demo actors: the CPI of Milan, an accredited body of Milan, the Region; ids read back from the graph.
  const config = authConfigFromEnv(env);
  const region = await signDevToken(config, devCallerClaims.region());
  const { data } = await gql(
    gatewayUrl,
    region,
    '{ cpi: providers(province: "MI", kind: CPI) { id name } accredited: providers(province: "MI", kind: ACCREDITED) { id name } }',
  );
  const cpi = data?.['cpi']?.[0];
  const accredited = data?.['accredited']?.[0];
  const tokens: Array<[string, string, string]> = [['TOKEN_REGION', 'Region analyst', region]];
  if (cpi)
    tokens.unshift([
      'TOKEN_CPI',
      `CPI operator (${cpi.name}, province MI)`,
      await signDevToken(config, devCallerClaims.cpi('MI', cpi.id, 'operator@cpi-mi')),
    ]);
  if (accredited)
    tokens.splice(1, 0, [
      'TOKEN_ACCREDITED',
      `Accredited-body operator (${accredited.name})`,
      await signDevToken(config, devCallerClaims.accredited(accredited.id, 'operator@accredited')),
    ]);

  console.log(`
The graph is up${welcome.layout ? ` (${welcome.layout})` : ''}.
  GraphQL (and GraphiQL in a browser): ${gatewayUrl}
  Monitoring dashboard: ${gatewayUrl.replace('/graphql', '/dashboard/')}  (sign in as a demo identity)
  Readiness: ${gatewayUrl.replace('/graphql', '/readyz')}
  Subgraphs: ${Object.entries(welcome.subgraphUrls)
    .map(([name, url]) => `${name} ${url}`)
    .join(', ')}
  Data: ${welcome.data}

Demo tokens (valid ${Math.round((config.maxLifetimeSeconds ?? 3600) / 60)} minutes, AUTH_MAX_TOKEN_LIFETIME_SECONDS; in GraphiQL put {"Authorization": "Bearer <token>"} in Headers):
${tokens.map(([name, who, token]) => `  # ${who}\n  export ${name}=${token}`).join('\n')}

Try:
  curl -s ${gatewayUrl} -H "Authorization: Bearer $TOKEN_CPI" -H 'content-type: application/json' \\
    -d '{"query":"{ people(first: 3) { items { familyName deliveries { serviceStandard { code title } minutes } } } }"}'
`);
}
