import type { QueryResolvers } from '../generated/graphql.ts';
import { findAuditEvents } from '@reg/subgraph-kit';

export const outcomesAuditEvents: QueryResolvers['outcomesAuditEvents'] = (_, args, { identity, stores }) =>
  findAuditEvents(identity, stores.audit, args);
