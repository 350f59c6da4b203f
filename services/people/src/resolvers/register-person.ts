import { isUniqueViolation } from '@reg/db';
import { conflict, forbidden, inputError } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManageListsOf } from '../rules/access.ts';
import { alreadyRegistered } from '../rules/already-registered.ts';
import { personRegistrationProblems } from '../rules/person-registration.ts';

export const registerPerson: MutationResolvers['registerPerson'] = async (
  _,
  { input },
  { identity, stores, logger, audit },
) => {
  if (!canManageListsOf(identity, input.residenceProvince))
    throw forbidden('Only a CPI operator of the province of residence may register a person');
  const normalised = {
    ...input,
    fiscalCode: input.fiscalCode.trim().toUpperCase(),
    givenName: input.givenName.trim(),
    familyName: input.familyName.trim(),
  };
  const [problem] = personRegistrationProblems(normalised, todayInRome());
  if (problem) throw inputError(problem);
  try {
    const person = await stores.persons.insert({
      ...normalised,
      email: input.email ?? null,
      phone: input.phone ?? null,
      createdBy: identity.subject,
      createdByOrg: identity.organisation,
    });
    logger.info({ personId: person.id }, 'person registered');
    return person;
  } catch (error) {
    if (!isUniqueViolation(error, 'person_fiscal_code_uq')) throw error;
    // One regional register keyed by fiscal code: no id, no province, nothing of the file in the answer, and it is
    // audited as the disclosure it is, with the person's id, so the DPO sees every CPI that learnt it.
    const existing = await stores.persons.byFiscalCode(normalised.fiscalCode);
    if (existing) audit.read('Person', existing.id, ['registered'], existing.id);
    const answer = alreadyRegistered(existing?.residenceProvince ?? input.residenceProvince, input.residenceProvince);
    throw conflict(answer.message, { field: 'input.fiscalCode', rule: answer.rule });
  }
};
