import { conflict, inputError } from '@reg/errors';
import { forbiddenByRule, requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canRegisterEmployer, employerRegistrars } from '../rules/access.ts';
import { employerRegistrationProblems, normaliseRegistration } from '../rules/employer-registration.ts';

export const registerEmployer: MutationResolvers['registerEmployer'] = async (
  _,
  { input },
  { identity, stores, logger },
) => {
  requireOrgKind(identity, employerRegistrars);
  if (!canRegisterEmployer(identity, input))
    throw forbiddenByRule(
      'EMPLOYER_REGISTRAR_PROVINCE',
      'A CPI registers employers with their registered office or a site in its own province',
    );
  const [problem] = employerRegistrationProblems(input);
  if (problem) throw inputError(problem);
  const employer = await stores.employers.register({ ...normaliseRegistration(input), createdBy: identity.subject });
  if (!employer)
    throw conflict('An employer with this fiscal code is already registered', { field: 'input.fiscalCode' });
  logger.info({ employerId: employer.id }, 'employer registered');
  return employer;
};
