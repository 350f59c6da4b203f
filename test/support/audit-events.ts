import { expect } from 'vitest';
import { callers, gql } from '@reg/testkit';

/** Every audit row a subgraph holds (action, entity, entityId, fields), as the data protection officer reads them. */
export async function auditEventsOf(gatewayUrl: string, subgraph: 'people' | 'employers' | 'outcomes') {
  const field = `${subgraph}AuditEvents`;
  const audit = await gql(
    gatewayUrl,
    await callers.dpo(),
    `query ($from: DateTime!, $to: DateTime!) { ${field}(from: $from, to: $to) { action entity entityId fields } }`,
    { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' },
  );
  expect(audit.errors).toBeUndefined();
  return audit.data![field] as Array<{ action: string; entity: string; entityId: string | null; fields: string[] }>;
}
