import { inputError } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { providerRegistrationProblems } from '../rules/provider-registration.ts';
import { catalogueWriters } from '../rules/access.ts';

export const registerProvider: MutationResolvers['registerProvider'] = async (
  _,
  { input },
  { identity, stores, logger },
) => {
  requireOrgKind(identity, catalogueWriters);
  const known = new Set((await stores.catalogue.standardsOn(input.accreditedFrom)).map((s) => s.code));
  const [problem] = providerRegistrationProblems(input, known);
  if (problem) throw inputError(problem);
  const provider = await stores.providers.register({
    name: input.name.trim(),
    kind: input.kind,
    province: input.province,
    municipality: input.municipality ?? null,
    serviceCodes: input.serviceCodes,
    accreditedFrom: input.accreditedFrom,
    createdBy: identity.subject,
  });
  logger.info({ providerId: provider.id, kind: provider.kind }, 'provider registered');
  return provider;
};
