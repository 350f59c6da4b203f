import type { Identity } from '@reg/auth';
import { createServiceClient, type ServiceClient } from '@reg/subgraph-kit';
import type { QuotaHireFact } from './rules/quota-hires.ts';

/**
 * Hires counting toward the quota are owned by the outcomes subgraph (Placement). The employers subgraph never
 * reads outcomes' tables: it asks outcomes' `quotaHires` over GraphQL with the caller's own token, so outcomes
 * applies its own access rules, and gets dates and hours only, never the person hired. Asked at every query,
 * so a placement recorded a moment ago counts the next time a status is read.
 */
export interface QuotaHireSource {
  ofEmployers(identity: Identity, employerIds: readonly string[]): Promise<Array<QuotaHireFact & { employerId: string }>>;
}

const query = 'query ($ids: [ID!]!) { quotaHires(employerIds: $ids) { employerId vacancyId startedOn endedOn weeklyHours fullTimeWeeklyHours } }';

/** `url` may be a function: in the in-process graph outcomes starts after employers, on a port chosen then. */
export function createQuotaHireSource(url: string | (() => string)): QuotaHireSource {
  let client: ServiceClient | null = null;
  return {
    async ofEmployers(identity, employerIds) {
      if (employerIds.length === 0) return [];
      client ??= createServiceClient(typeof url === 'string' ? url : url());
      const data = await client.query<{ quotaHires: Array<QuotaHireFact & { employerId: string }> }>(identity, query, { ids: [...employerIds] });
      return data.quotaHires;
    },
  };
}
