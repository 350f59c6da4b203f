import { findAuditEvents } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const catalogueAuditEvents: QueryResolvers['catalogueAuditEvents'] = (_, args, { identity, stores }) =>
  findAuditEvents(identity, stores.audit, args);
