import type { EnrolmentList, EnrolmentStatus } from '../store/tables.ts';

/**
 * Moving an enrolment to another province's list. L. 68/1999 art. 8 c.1 as amended by D.Lgs. 151/2015 art. 7: the
 * person enrols with the service of their residence "il quale può comunque iscriversi nell'elenco di altro servizio
 * nel territorio dello Stato previa cancellazione dall'elenco in cui era precedentemente iscritto". So the receiving
 * CPI takes the request, the CPI that keeps the list cancels, and the enrolment at the destination starts the same
 * day: one act, never two lists at once, never a day off the lists.
 *
 * Seniority: the law is silent; the ranking criteria, seniority included, are regional (DOMAIN.md "Ranking list").
 * Within one Region's scheme a transfer keeps the seniority of the enrolment it continues: the cancellation is the
 * condition of the move, not a break in it (the person stays unemployed and on a list throughout), and restarting it
 * would penalise exercising the right the article grants. The choice is dated configuration
 * (RankingWeights.transferKeepsSeniority), so a Region that reads it otherwise sets it to false from a date.
 */
export interface TransferOrigin {
  status: EnrolmentStatus;
  province: string;
  list: EnrolmentList;
  decidedOn: string | null;
}

export type TransferProblem =
  | { code: 'NOT_FOUND'; message: string }
  | { code: 'CONFLICT'; rule: string; message: string }
  | { code: 'BAD_USER_INPUT'; field: string; message: string };

/** Whether a receiving CPI of `toProvince` may ask to move this enrolment (the origin as found, null if none). */
export function transferRequestProblem(input: {
  origin: TransferOrigin | null;
  toProvince: string;
  requestedOn: string;
  today: string;
}): TransferProblem | null {
  if (input.requestedOn > input.today)
    return { code: 'BAD_USER_INPUT', field: 'input.requestedOn', message: 'A request cannot be dated in the future' };
  if (input.origin?.status !== 'ACCEPTED')
    return { code: 'NOT_FOUND', message: 'No enrolment on that list to move: the person applies here as anyone does' };
  if (input.origin.province === input.toProvince)
    return {
      code: 'CONFLICT',
      rule: 'TRANSFER_SAME_PROVINCE',
      message: "The enrolment is already on this province's list",
    };
  return null;
}

/** Whether the keeping CPI may complete the move on `on`. */
export function transferCompletionProblem(input: {
  origin: TransferOrigin;
  requestedOn: string;
  on: string;
  today: string;
}): TransferProblem | null {
  if (input.on > input.today || input.on < input.requestedOn)
    return {
      code: 'BAD_USER_INPUT',
      field: 'input.on',
      message: `The move is made between the request (${input.requestedOn}) and today`,
    };
  if (input.origin.status !== 'ACCEPTED')
    return {
      code: 'CONFLICT',
      rule: 'TRANSFER_ORIGIN_NOT_ENROLLED',
      message: 'The enrolment is no longer on the list: there is nothing to move',
    };
  if (input.origin.decidedOn !== null && input.on < input.origin.decidedOn)
    return { code: 'BAD_USER_INPUT', field: 'input.on', message: 'The move cannot precede the acceptance it moves' };
  return null;
}

/**
 * Whether a pending move may be closed without moving anything on `on`: refused by the receiving CPI or withdrawn by
 * the keeping one (the person changed their mind, or did not come back, or is not who the request said). The law is
 * silent on the procedure; a move that cannot happen must end with a reason both offices see, never stay pending.
 */
export function transferClosingProblem(input: {
  status: 'PENDING' | 'COMPLETED' | 'REFUSED' | 'WITHDRAWN';
  requestedOn: string;
  on: string;
  reason: string;
  today: string;
}): TransferProblem | null {
  if (input.status !== 'PENDING')
    return {
      code: 'CONFLICT',
      rule: 'TRANSFER_NOT_PENDING',
      message: `This move is already ${input.status.toLowerCase()}: only a pending move is refused or withdrawn`,
    };
  if (input.on > input.today || input.on < input.requestedOn)
    return {
      code: 'BAD_USER_INPUT',
      field: 'input.on',
      message: `A move is refused or withdrawn between its request (${input.requestedOn}) and today`,
    };
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > MAX_CLOSING_REASON)
    return {
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
      message: `State why in 1 to ${MAX_CLOSING_REASON} characters`,
    };
  return null;
}

export const MAX_CLOSING_REASON = 500;

/** The day seniority on the list runs from: the acceptance, or, for a moved enrolment when kept, the origin's. */
export function seniorityStart(
  enrolment: { decidedOn: string | null; seniorityFrom: string | null },
  transferKeepsSeniority: boolean,
): string | null {
  return (transferKeepsSeniority ? enrolment.seniorityFrom : null) ?? enrolment.decidedOn;
}
