import type { InputProblem } from '@reg/errors';
import type { EnrolmentCategory } from './enrolment-eligibility.ts';

export interface PresentedDocument {
  reference: string;
}

/**
 * An application for the L. 68/1999 lists as received (seed 001_98d9f6d6fb3c3847.txt: receipt of the application
 * with its documents comes first, whatever its merits): dated no later than today, the invalidity percentage of the
 * commission report (L. 68/1999 art. 1 c.1) a whole number from 0 to 100, every document with its reference.
 * `documents` are already trimmed.
 */
export function enrolmentApplicationProblems(
  input: { submittedOn: string; invalidityPercent?: number | null; documents: readonly PresentedDocument[] },
  today: string,
): InputProblem[] {
  const problems: InputProblem[] = [];
  if (input.submittedOn > today)
    problems.push({ field: 'submittedOn', message: 'An application cannot be dated in the future' });
  const percent = input.invalidityPercent;
  if (percent != null && (!Number.isInteger(percent) || percent < 0 || percent > 100))
    problems.push({ field: 'invalidityPercent', message: 'The invalidity percentage is a whole number from 0 to 100' });
  problems.push(...documentProblems(input.documents));
  return problems;
}

/** Each document brought with an application or with observations names its reference (protocol number). */
export function documentProblems(documents: readonly PresentedDocument[]): InputProblem[] {
  const blank = documents.findIndex((d) => d.reference === '');
  return blank >= 0 ? [{ field: `documents[${blank}].reference`, message: 'A document needs its reference' }] : [];
}

/**
 * The day a pre-rejection notice was received (L. 241/1990 art. 10-bis: the 10 days for observations run from it)
 * is given only with the notice itself, on or after the day it was sent, and not in the future.
 */
export function noticeReceiptProblem(
  input: { to: string; on: string; noticeReceivedOn?: string | null },
  today: string,
): InputProblem | null {
  const received = input.noticeReceivedOn;
  if (received == null) return null;
  return input.to !== 'PRE_REJECTED' || received < input.on || received > today
    ? {
        field: 'noticeReceivedOn',
        message:
          'noticeReceivedOn is the day a pre-rejection notice was received: on or after it was sent, not in the future',
      }
    : null;
}

/** The assessment an application brings (the commission report's facts), with what is not given recorded as such. */
export function applicationAssessment(input: {
  category: EnrolmentCategory;
  invalidityPercent?: number | null;
  pensionCategory?: number | null;
  psychicOrIntellectual?: boolean | null;
  commissionReportDate?: string | null;
  commissionReportRef?: string | null;
}) {
  return {
    category: input.category,
    invalidityPercent: input.invalidityPercent ?? null,
    pensionCategory: input.pensionCategory ?? null,
    psychicOrIntellectual: input.psychicOrIntellectual ?? false,
    commissionReportDate: input.commissionReportDate ?? null,
    commissionReportRef: input.commissionReportRef ?? null,
  };
}
