import { findAuditEvents } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const auditEvents: QueryResolvers['auditEvents'] = (_, args, { identity, stores }) =>
  findAuditEvents(identity, stores.audit, args);
