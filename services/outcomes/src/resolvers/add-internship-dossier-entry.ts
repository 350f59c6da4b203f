import { forbidden, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManageInternship, canReport, canSeeInternship } from '../rules/access.ts';
import { dossierEntryProblems, stepProblem } from '../rules/internship.ts';
import { Refused, unwrapRefused } from './refused.ts';
import { internshipProblemError } from '../use-cases/internship-steps.ts';

/**
 * Dossier individuale del tirocinante (seed 004): what the intern did on a day and the competences it shows, kept
 * from the start until the attestation is issued from it. The same entry again is a retry.
 */
export const addInternshipDossierEntry: MutationResolvers['addInternshipDossierEntry'] = async (_, { input }, ctx) => {
  const { identity, stores } = ctx;
  if (!canReport(identity)) throw forbidden("Only the promoter or a CPI of the person's province keeps the dossier");
  const entry = {
    entryOn: input.entryOn,
    activity: input.activity.trim(),
    competences: (input.competences ?? []).map((c) => c.trim()),
  };
  const row = await unwrapRefused(() =>
    stores.internships.transaction(async (tx) => {
      const row = await tx.lock(input.internshipId);
      if (!row || !canSeeInternship(identity, row)) throw new Refused(notFound('Internship', input.internshipId));
      if (!canManageInternship(identity, row))
        throw new Refused(forbidden("Only the promoter or a CPI of the person's province keeps the dossier"));
      const order = stepProblem('dossier', row.status);
      if (order) throw new Refused(internshipProblemError(order));
      if (row.attestationIssuedOn !== null)
        throw new Refused(
          internshipProblemError({
            kind: 'rule',
            rule: 'INTERNSHIP_ATTESTED',
            message: 'The attestation was issued from the dossier: it is closed',
          }),
        );
      const [problem] = dossierEntryProblems(entry, { startedOn: row.startedOn!, endedOn: row.endedOn }, todayInRome());
      if (problem) throw new Refused(internshipProblemError(problem));
      await tx.addDossierEntry({
        internshipId: row.id,
        ...entry,
        recordedBy: identity.subject,
        recordedByOrg: identity.organisation!,
      });
      return row;
    }),
  );
  ctx.loaders.dossierByInternship.clear(row.id);
  return row;
};
