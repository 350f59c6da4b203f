import { badInput, forbidden, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManagePlacement, canReport, canSeePlacement } from '../rules/access.ts';
import { checkPlacementEnd } from '../rules/placement-end.ts';
import { problemError } from './placement-problems.ts';
import { Refused, unwrapRefused } from './refused.ts';

/** Ending is recorded on the placement (never a delete); the same end sent again is answered with the placement. */
export const endPlacement: MutationResolvers['endPlacement'] = async (_, { input }, { identity, stores }) => {
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body records the end of a placement');
  const note = input.note?.trim() || null;
  if (input.reason === 'OTHER' && note === null)
    throw badInput('input.note', 'Explain an end for another reason in the note');
  if (note !== null && note.length > 1000) throw badInput('input.note', 'The note is at most 1000 characters');
  return unwrapRefused(() =>
    stores.placements.transaction(async (tx) => {
      const row = await tx.lock(input.placementId);
      if (!row || !canSeePlacement(identity, row)) throw new Refused(notFound('Placement', input.placementId));
      if (!canManagePlacement(identity, row))
        throw new Refused(
          forbidden("Only the organisation that recorded the placement or a CPI of the person's province ends it"),
        );
      const followUps = await tx.followUpsOf([row.id]);
      const { alreadyRecorded, problems } = checkPlacementEnd(
        row,
        { endedOn: input.endedOn, reason: input.reason },
        followUps,
        todayInRome(),
      );
      if (alreadyRecorded) return row;
      if (problems[0]) throw new Refused(problemError(problems[0]));
      return tx.recordEnd(row.id, {
        endedOn: input.endedOn,
        endReason: input.reason,
        endNote: note,
        endedBy: identity.subject,
        endedByOrg: identity.organisation!,
      });
    }),
  );
};
