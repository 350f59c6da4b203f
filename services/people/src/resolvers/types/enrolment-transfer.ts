import { todayInRome } from '@reg/subgraph-kit';
import type { EnrolmentResolvers, EnrolmentTransferResolvers, PersonResolvers } from '../../generated/graphql.ts';
import { seniorityStart } from '../../rules/enrolment-transfer.ts';
import { weightsOn } from '../../rules/ranking-criteria.ts';
import { isPartyToTransfer } from '../../use-cases/enrolment-transfer.ts';
import { visiblePerson } from '../visibility.ts';

/** A person's moves between lists: only the two CPIs of each move read it (an L. 68 fact, so health-related). */
export const PersonTransfers: PersonResolvers = {
  enrolmentTransfers: async (person, _, ctx) =>
    (await ctx.loaders.transfersByPerson.load(person.id)).filter((t) => isPartyToTransfer(ctx, t)),
};

export const EnrolmentTransfer: EnrolmentTransferResolvers = {
  enrolment: async (transfer, _, ctx) =>
    transfer.toEnrolmentId && (await visiblePerson(ctx, transfer.personId))
      ? ctx.loaders.enrolmentById.load(transfer.toEnrolmentId)
      : null,
  person: (transfer, _, ctx) => visiblePerson(ctx, transfer.personId),
};

export const EnrolmentMoves: EnrolmentResolvers = {
  transferredFrom: (enrolment, _, ctx) =>
    enrolment.transferredFrom ? ctx.loaders.enrolmentById.load(enrolment.transferredFrom) : null,
  seniorityFrom: (enrolment) => seniorityStart(enrolment, weightsOn(todayInRome()).transferKeepsSeniority),
};
