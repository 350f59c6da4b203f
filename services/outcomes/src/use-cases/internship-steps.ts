import type { Identity } from '@reg/auth';
import { conflict, forbidden, inputError, notFound, ruleViolation } from '@reg/errors';
import { Refused, unwrapRefused } from '../resolvers/refused.ts';
import { canManageInternship, canReport, canSeeInternship } from '../rules/access.ts';
import {
  currentEndOf,
  type ExtensionInput,
  extensionProblems,
  type InternshipProblem,
  stepProblem,
} from '../rules/internship.ts';
import type { InternshipRecord, InternshipStep, InternshipStore } from '../store/internship-store.ts';

export const internshipProblemError = (problem: InternshipProblem): Error =>
  problem.kind === 'input' ? inputError(problem) : ruleViolation(problem.rule, problem.message, problem.details ?? {});

/** One step after the agreement, as the resolver describes it to `recordInternshipStep`. */
export interface StepPlan {
  step: 'approveProject' | 'start' | 'end' | 'attest';
  /** Whether the row already carries this step (then the request is a retry or a CONFLICT, never a rewrite). */
  recorded(row: InternshipRecord): boolean;
  /** Whether what is recorded is what is asked (a retry). */
  same(row: InternshipRecord): boolean;
  /** The step's own checks against the row (dates, bounds); the first problem refuses it. */
  problems(row: InternshipRecord): InternshipProblem[];
  /** What the step writes. */
  set(row: InternshipRecord): InternshipStep;
}

/**
 * Records one step of an internship in one transaction with the row locked: FORBIDDEN to a caller that is no
 * provider (like every outcomes write), NOT_FOUND when the caller may not see it,
 * FORBIDDEN when it may see but not write it, the same step again answered with the row, a different one a CONFLICT,
 * a step out of the lifecycle's order a RULE_VIOLATION.
 */
export function recordInternshipStep(
  store: InternshipStore,
  identity: Identity,
  internshipId: string,
  plan: StepPlan,
): Promise<InternshipRecord> {
  if (!canReport(identity))
    throw forbidden("Only the promoter or a CPI of the person's province records an internship's steps");
  return unwrapRefused(() =>
    store.transaction(async (tx) => {
      const row = await tx.lock(internshipId);
      if (!row || !canSeeInternship(identity, row)) throw new Refused(notFound('Internship', internshipId));
      if (!canManageInternship(identity, row))
        throw new Refused(
          forbidden("Only the promoter or a CPI of the person's province records an internship's steps"),
        );
      if (plan.recorded(row)) {
        if (plan.same(row)) return row;
        throw new Refused(conflict('This step of the internship is already recorded otherwise', { field: 'input' }));
      }
      const order = stepProblem(plan.step, row.status);
      if (order) throw new Refused(internshipProblemError(order));
      const [problem] = plan.problems(row);
      if (problem) throw new Refused(internshipProblemError(problem));
      return tx.recordStep(row.id, plan.set(row), identity.subject);
    }),
  );
}

/**
 * Records an extension (proroga) in one transaction with the internship locked: only the promoter, which holds the
 * agreement with the host (a CPI of the person's province sees it but does not extend another's agreement); the same
 * new end with the same reason again answers the internship (a retry), with another reason a CONFLICT; then the
 * lifecycle (started, not ended) and the extension's own checks; the history row and the new end commit together.
 */
export function extendInternshipEnd(
  store: InternshipStore,
  identity: Identity,
  internshipId: string,
  extension: ExtensionInput,
  today: string,
): Promise<InternshipRecord> {
  if (!canReport(identity)) throw forbidden("Only the promoter extends an internship's end");
  const reason = extension.reason.trim();
  return unwrapRefused(() =>
    store.transaction(async (tx) => {
      const row = await tx.lock(internshipId);
      if (!row || !canSeeInternship(identity, row)) throw new Refused(notFound('Internship', internshipId));
      if (identity.organisation !== row.promoterId)
        throw new Refused(forbidden('Only the promoter, which signed the agreement with the host, extends its end'));
      const earlier = (await tx.extensionsOf([row.id])).find((e) => e.newEndOn === extension.newEndOn);
      if (earlier) {
        if (earlier.reason === reason && earlier.agreedOn === extension.agreedOn) return row;
        throw new Refused(conflict('An extension to this end is already recorded otherwise', { field: 'input' }));
      }
      const order = stepProblem('extend', row.status);
      if (order) throw new Refused(internshipProblemError(order));
      const [problem] = extensionProblems(
        { ...extension, reason },
        { startedOn: row.startedOn!, currentEndOn: currentEndOf(row)!, maxMonths: row.maxDurationMonths },
        today,
      );
      if (problem) throw new Refused(internshipProblemError(problem));
      return tx.extend({
        internshipId: row.id,
        previousEndOn: currentEndOf(row)!,
        newEndOn: extension.newEndOn,
        agreedOn: extension.agreedOn,
        reason,
        recordedBy: identity.subject,
        recordedByOrg: identity.organisation!,
      });
    }),
  );
}
