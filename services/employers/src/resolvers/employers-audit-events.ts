import { findAuditEvents } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const employersAuditEvents: QueryResolvers['employersAuditEvents'] = (_, args, { identity, stores }) =>
  findAuditEvents(identity, stores.audit, args);
