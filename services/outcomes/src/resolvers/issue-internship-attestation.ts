import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { attestationProblems } from '../rules/internship.ts';
import { recordInternshipStep } from '../use-cases/internship-steps.ts';

/**
 * Attestazione finale (seed 003 2Cc/3Bc; seed 004: "Al termine del tirocinio, sulla base del Piano formativo
 * individuale e del Dossier individuale, viene rilasciata l'attestazione"): the project's objectives with the
 * activities done and the results achieved, once the internship is completed.
 */
export const issueInternshipAttestation: MutationResolvers['issueInternshipAttestation'] = (_, { input }, ctx) => {
  const attestation = {
    issuedOn: input.issuedOn,
    activities: input.activities.trim(),
    results: input.results.trim(),
  };
  return recordInternshipStep(ctx.stores.internships, ctx.identity, input.internshipId, {
    step: 'attest',
    recorded: (row) => row.attestationIssuedOn !== null,
    same: (row) =>
      row.attestationIssuedOn === attestation.issuedOn &&
      row.attestationActivities === attestation.activities &&
      row.attestationResults === attestation.results,
    problems: (row) => attestationProblems(attestation, row.endedOn!, todayInRome()),
    set: () => ({
      attestationIssuedOn: attestation.issuedOn,
      attestationActivities: attestation.activities,
      attestationResults: attestation.results,
      attestationIssuedBy: ctx.identity.subject,
    }),
  });
};
