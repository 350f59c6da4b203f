import type { MutationResolvers } from '../generated/graphql.ts';
import { checkedEmployerRegistration, employerAlreadyRegistered } from '../use-cases/employer-import.ts';

export const registerEmployer: MutationResolvers['registerEmployer'] = async (
  _,
  { input },
  { identity, stores, logger },
) => {
  const registration = checkedEmployerRegistration(identity, input);
  const employer = await stores.employers.register({ ...registration, createdBy: identity.subject });
  if (!employer) throw employerAlreadyRegistered();
  logger.info({ employerId: employer.id }, 'employer registered');
  return employer;
};
