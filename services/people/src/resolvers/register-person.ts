import { isUniqueViolation } from '@reg/db';
import { conflict, forbidden, inputError } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManageListsOf } from '../rules/access.ts';
import { personRegistrationProblems } from '../rules/person-registration.ts';

/** The one answer to a fiscal code already on the register, identical for a file kept here or in another province. */
const alreadyRegistered = () =>
  conflict(
    'This fiscal code is already on the regional register: a person who moved has the file transferred, not registered again',
    { field: 'input.fiscalCode', rule: 'PERSON_ALREADY_REGISTERED' },
  );

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
    // One regional register keyed by fiscal code: the answer is the same whichever province keeps the file (no
    // id, no province, nothing of the file), and it is audited as the disclosure it is, with the person's id, so
    // the DPO sees every caller that learnt a fiscal code is on the register.
    const existing = await stores.persons.byFiscalCode(normalised.fiscalCode);
    if (existing) audit.read('Person', existing.id, ['registered'], existing.id);
    throw alreadyRegistered();
  }
};
