import { badInput, conflict, forbidden, ruleViolation } from '@reg/errors';
import { idempotencyKeyOf, todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { referralFiler } from '../rules/access.ts';
import { latestVersionPerYear } from '../rules/report-versions.ts';
import { nominativePositions, nominativeShare } from '../rules/referrals/nominative-share.ts';
import { referralTerm } from '../rules/referrals/referral-term.ts';
import type { ReferralRequestRecord } from '../store/referral-store.ts';
import { employerWithPresence, obligationStatusOf } from './obligation-context.ts';

export const MAX_REFERRAL_POSITIONS = 50;
const FISCAL_CODE = /^[A-Z0-9]{16}$/;

/** The same request again (a retry) or another one under a used key. */
const sameRequest = (row: ReferralRequestRecord, asked: Partial<ReferralRequestRecord>) =>
  row.employerId === asked.employerId &&
  row.province === asked.province &&
  row.category === asked.category &&
  row.kind === asked.kind &&
  row.positions === asked.positions &&
  row.vacancyId === asked.vacancyId &&
  row.nominees.join() === asked.nominees!.join();

/**
 * Richiesta di avviamento (L. 68/1999 arts. 7, 9): the employer's own request, or the CPI's numeric one once the
 * 60-day term has run with positions still uncovered (art. 7 c.1-bis). The term and the nominative rule in force on
 * the day are kept with the request.
 */
export const fileReferralRequest: MutationResolvers['fileReferralRequest'] = async (_, { input }, ctx) => {
  const key = idempotencyKeyOf(input.idempotencyKey);
  if (!Number.isInteger(input.positions) || input.positions < 1 || input.positions > MAX_REFERRAL_POSITIONS)
    throw badInput('input.positions', `positions must be from 1 to ${MAX_REFERRAL_POSITIONS}`);
  const { employer, presence } = await employerWithPresence(ctx, input.employerId);

  let province: string;
  let category: 'DISABLED' | 'ART18';
  let qualification = input.qualification?.trim() ?? '';
  if (input.vacancyId) {
    const vacancy = await ctx.loaders.vacancyById.load(input.vacancyId);
    if (!vacancy || vacancy.employerId !== employer.id)
      throw badInput('input.vacancyId', 'The vacancy is not one of this employer');
    if (input.province && input.province !== vacancy.province)
      throw badInput('input.province', "The province is the vacancy's");
    if (input.category && input.category !== vacancy.reservedFor)
      throw badInput('input.category', 'The category is the one the vacancy is reserved for');
    if (vacancy.status !== 'OPEN') throw ruleViolation('REFERRAL_VACANCY_NOT_OPEN', 'The vacancy is closed');
    if (!vacancy.reservedFor)
      throw ruleViolation(
        'REFERRAL_VACANCY_NOT_PROTECTED',
        'A referral draws from the L. 68/1999 lists: the vacancy is reserved for no protected category',
      );
    province = vacancy.province;
    category = vacancy.reservedFor;
    qualification ||= vacancy.title;
  } else {
    if (!input.province) throw badInput('input.province', 'Without a vacancy, the province of the CPI asked');
    if (!input.category) throw badInput('input.category', 'Without a vacancy, the list drawn from');
    province = input.province;
    category = input.category;
  }
  if (qualification.length < 1 || qualification.length > 200)
    throw badInput('input.qualification', 'The qualification asked must be 1 to 200 characters');

  const filer = referralFiler(ctx.identity, employer.id, province, presence);
  if (!filer) throw forbidden('Only the employer, or the CPI of the province after the term, files a referral request');
  if (!presence.has(province)) throw badInput('input.province', 'The employer has no office or site in this province');

  const nominees = (input.nominees ?? []).map((code) => code.trim().toUpperCase());
  if (input.kind === 'NOMINATIVE') {
    if (nominees.length !== input.positions)
      throw badInput('input.nominees', 'A nominative request names one person per position');
    if (new Set(nominees).size !== nominees.length) throw badInput('input.nominees', 'A person is named twice');
    const wrong = nominees.findIndex((code) => !FISCAL_CODE.test(code));
    if (wrong >= 0) throw badInput(`input.nominees.${wrong}`, 'Not a personal fiscal code');
  } else if (nominees.length > 0) throw badInput('input.nominees', 'A numeric request names nobody');

  const filedByOrg = ctx.identity.organisation ?? ctx.identity.subject;
  const asked = {
    employerId: employer.id,
    province,
    category,
    kind: input.kind,
    positions: input.positions,
    vacancyId: input.vacancyId ?? null,
    nominees,
  };
  // A retry answers what was filed, whatever happened since, without checking the obligation again.
  const replayed = await ctx.stores.referrals.requestByKey(filedByOrg, key);
  if (replayed) {
    if (!sameRequest(replayed, asked))
      throw conflict('This idempotency key was already used for another request', { field: 'input.idempotencyKey' });
    return replayed;
  }

  const today = todayInRome();
  const reports = latestVersionPerYear(await ctx.loaders.reportsByEmployer.load(employer.id));
  const latest = reports.reduce<(typeof reports)[number] | null>((a, r) => (a && a.year >= r.year ? a : r), null);
  const share = nominativeShare({
    on: today,
    employerKind: employer.kind,
    partyUnionNonProfit: latest?.workforce.specialRegime === 'PARTY_UNION_NON_PROFIT',
    staff: latest?.obligation.computationBase ?? null,
  });
  if ('problem' in share) throw ruleViolation('REFERRAL_STAFF_UNKNOWN', share.explanation);
  // The disability quota's status gives the day the obligation arose; the art. 18 quota has no status kept here.
  const status = category === 'DISABLED' ? await obligationStatusOf(ctx, employer, province, today) : null;
  const term = status?.uncoveredSince ? referralTerm(status.uncoveredSince, today) : null;

  if (input.kind === 'NOMINATIVE') {
    if (share.share === 0) throw ruleViolation('REFERRAL_NOMINATIVE_NOT_ALLOWED', share.explanation);
    if (share.share < 1 && status && input.positions > nominativePositions(share.share, status.quota))
      throw ruleViolation('REFERRAL_NOMINATIVE_SHARE_EXCEEDED', share.explanation);
  }
  if (filer === 'CPI') {
    if (input.kind !== 'NUMERIC')
      throw ruleViolation('REFERRAL_CPI_NUMERIC_ONLY', 'The CPI refers from the list in order (art. 7 c.1-bis)');
    if (!status)
      throw ruleViolation(
        'REFERRAL_NO_UNCOVERED_POSITION',
        'The CPI opens a request itself for uncovered disability-quota positions only',
      );
    if (status.suspended)
      throw ruleViolation('REFERRAL_OBLIGATION_SUSPENDED', `The obligation is suspended: ${status.suspensionBasis}`);
    if (!term || status.sanctionablePositions < 1)
      throw ruleViolation('REFERRAL_NO_UNCOVERED_POSITION', 'The employer has no uncovered position in the province');
    if (!term.expired)
      throw ruleViolation(
        'REFERRAL_TERM_NOT_EXPIRED',
        `L. 68/1999 art. 9 c.1: the employer has until ${term.endsOn} to ask for its hires`,
        { termEndsOn: term.endsOn },
      );
    if (input.positions > status.sanctionablePositions)
      throw badInput('input.positions', `At most the ${status.sanctionablePositions} uncovered positions`);
  }

  const { row, created } = await ctx.stores.referrals.fileRequest({
    ...asked,
    origin: filer === 'CPI' ? 'CPI_AFTER_TERM' : 'EMPLOYER',
    qualification,
    filedOn: today,
    obligationArisenOn: term?.obligationArisenOn ?? null,
    termEndsOn: term?.endsOn ?? null,
    nominativeRule: share.explanation,
    idempotencyKey: key,
    filedByOrg,
    filedBy: ctx.identity.subject,
    filedByKind: ctx.identity.orgKind,
  });
  if (!created && !sameRequest(row, asked))
    throw conflict('This idempotency key was already used for another request', { field: 'input.idempotencyKey' });
  ctx.logger.info({ requestId: row.id, kind: row.kind, origin: row.origin }, 'referral request filed');
  return row;
};
