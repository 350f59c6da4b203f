import { isUniqueViolation } from '@reg/db';
import { badInput, conflict, forbidden, notFound } from '@reg/errors';
import { requireOrgKind, todayInRome } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type {
  CloseEnrolmentTransferInput,
  CompleteEnrolmentTransferInput,
  RequestEnrolmentTransferInput,
} from '../generated/graphql.ts';
import { canManageListsOf } from '../rules/access.ts';
import {
  seniorityStart,
  type TransferProblem,
  transferClosingProblem,
  transferCompletionProblem,
  transferRequestProblem,
} from '../rules/enrolment-transfer.ts';
import { weightsOn } from '../rules/ranking-criteria.ts';
import type { EnrolmentTransferRecord } from '../store/transfer-store.ts';

const refuse = (problem: TransferProblem, id: string): never => {
  if (problem.code === 'NOT_FOUND') throw notFound('Enrolment', id);
  if (problem.code === 'CONFLICT') throw conflict(problem.message, { rule: problem.rule });
  throw badInput(problem.field, problem.message);
};

/**
 * The receiving CPI asks to move the enrolment of a person who came to it (L. 68/1999 art. 8 c.1). Only a CPI of a
 * province asks: it may lawfully learn through the national system (SIU) that a person is enrolled elsewhere; no
 * other kind is told anything (refused before any lookup). The answer names the origin province, not the file.
 */
export async function requestEnrolmentTransfer(
  ctx: Context,
  input: RequestEnrolmentTransferInput,
): Promise<EnrolmentTransferRecord> {
  requireOrgKind(ctx.identity, ['cpi']);
  const toProvince = ctx.identity.province;
  if (!toProvince) throw forbidden('Only the CPI of a province takes a transfer request');
  const fiscalCode = input.fiscalCode.trim().toUpperCase();
  const person = await ctx.stores.persons.byFiscalCode(fiscalCode);
  const origin = person
    ? ((await ctx.loaders.enrolmentsByPerson.load(person.id)).find(
        (e) => e.list === input.list && e.status === 'ACCEPTED',
      ) ?? null)
    : null;
  const problem = transferRequestProblem({ origin, toProvince, requestedOn: input.requestedOn, today: todayInRome() });
  if (problem) refuse(problem, 'input.fiscalCode');
  // The lookup told the caller that the person is enrolled elsewhere: a disclosure of an L. 68 fact, audited as such.
  ctx.audit.read('Enrolment', origin!.id, ['province', 'list'], person!.id);
  try {
    return await ctx.stores.transfers.request({
      personId: person!.id,
      list: input.list,
      fromEnrolmentId: origin!.id,
      fromProvince: origin!.province,
      toProvince,
      requestedOn: input.requestedOn,
      requestedBy: ctx.identity.subject,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'enrolment_transfer_pending_uq'))
      throw conflict('A move of this enrolment is already pending', { rule: 'TRANSFER_PENDING' });
    throw error;
  }
}

/** The CPI that keeps the list cancels there and enrols at the destination, in one transaction. */
export async function completeEnrolmentTransfer(
  ctx: Context,
  input: CompleteEnrolmentTransferInput,
): Promise<EnrolmentTransferRecord> {
  const transfer = await ctx.loaders.transferById.load(input.transferId);
  if (!transfer || !isPartyToTransfer(ctx, transfer)) throw notFound('EnrolmentTransfer', input.transferId);
  if (!canManageListsOf(ctx.identity, transfer.fromProvince))
    throw forbidden('Only the CPI that keeps the list cancels the enrolment and completes the move');
  if (transfer.status !== 'PENDING')
    throw conflict(`This move is already ${transfer.status.toLowerCase()}`, { rule: 'TRANSFER_COMPLETED' });
  const origin = await ctx.loaders.enrolmentById.load(transfer.fromEnrolmentId);
  const problem = transferCompletionProblem({
    origin: origin!,
    requestedOn: transfer.requestedOn,
    on: input.on,
    today: todayInRome(),
  });
  if (problem) refuse(problem, transfer.fromEnrolmentId);
  // The seniority carried is the origin's own start (itself possibly carried from an earlier move).
  const seniorityFrom = seniorityStart(origin!, weightsOn(input.on).transferKeepsSeniority);
  const done = await ctx.stores.transfers.complete(
    transfer,
    { on: input.on, seniorityFrom },
    { subject: ctx.identity.subject, organisation: ctx.identity.organisation },
  );
  if (!done) throw conflict('The enrolment or the move changed meanwhile: reload it and try again');
  return done;
}

/**
 * A pending move ends without moving anything: REFUSED by the receiving CPI (the one that asked), WITHDRAWN by the
 * CPI that keeps the list. The other party may read it but not close it this way; nobody else may know it exists.
 * One conditional update (only while pending), audited as every mutation.
 */
export async function closeEnrolmentTransfer(
  ctx: Context,
  input: CloseEnrolmentTransferInput,
  as: 'REFUSED' | 'WITHDRAWN',
): Promise<EnrolmentTransferRecord> {
  const transfer = await ctx.loaders.transferById.load(input.transferId);
  if (!transfer || !isPartyToTransfer(ctx, transfer)) throw notFound('EnrolmentTransfer', input.transferId);
  const province = as === 'REFUSED' ? transfer.toProvince : transfer.fromProvince;
  if (!canManageListsOf(ctx.identity, province))
    throw forbidden(
      as === 'REFUSED'
        ? 'Only the receiving CPI refuses a move; the CPI that keeps the list withdraws it'
        : 'Only the CPI that keeps the list withdraws a move; the receiving CPI refuses it',
    );
  const problem = transferClosingProblem({
    status: transfer.status,
    requestedOn: transfer.requestedOn,
    on: input.on,
    reason: input.reason,
    today: todayInRome(),
  });
  if (problem) refuse(problem, transfer.id);
  const closed = await ctx.stores.transfers.close(
    transfer,
    { status: as, on: input.on, reason: input.reason.trim() },
    { subject: ctx.identity.subject, organisation: ctx.identity.organisation },
  );
  if (!closed) throw conflict('The move changed meanwhile: reload it and try again', { rule: 'TRANSFER_NOT_PENDING' });
  return closed;
}

/** Whether the caller is one of the two CPIs of a move (the only ones that may read it). */
export const isPartyToTransfer = (ctx: Context, transfer: EnrolmentTransferRecord): boolean =>
  ctx.identity.orgKind === 'cpi' &&
  ctx.identity.province !== null &&
  (ctx.identity.province === transfer.fromProvince || ctx.identity.province === transfer.toProvince);
