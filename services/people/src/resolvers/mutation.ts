import { isUniqueViolation } from '@reg/db';
import { badInput, conflict, forbidden, inputError, notFound, ruleViolation } from '@reg/errors';
import { requireOrgKind, todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManageListsOf, canTakeInCharge } from '../rules/access.ts';
import { afterPreRejection, decisionDueOn } from '../rules/enrolment-deadlines.ts';
import { checkEnrolmentEligibility } from '../rules/enrolment-eligibility.ts';
import { checkEnrolmentTransition } from '../rules/enrolment-transitions.ts';
import { personRegistrationProblems } from '../rules/person-registration.ts';
import { requireClinicalAccess } from './journey.ts';
import { unemploymentStatusOf } from '../use-cases/unemployment.ts';
import { visiblePerson } from './visibility.ts';

export const euroToCents = (euro: number | null | undefined) => (euro == null ? null : Math.round(euro * 100));

const actorOf = (identity: { subject: string; organisation: string | null }) => ({
  subject: identity.subject,
  organisation: identity.organisation,
});

/**
 * A fiscal code already on the register. Only a CPI gets this far (registering is refused to every other kind before
 * any lookup), and a CPI may lawfully learn, through the national system (SIU), that a person's file is kept by
 * another province: it is told so, without the id, the province or anything of the file, and pointed to the move.
 */
const alreadyRegistered = (elsewhere: boolean) =>
  elsewhere
    ? conflict(
        "This fiscal code is on the register of another province's CPI: ask for the enrolment to move here (requestEnrolmentTransfer, L. 68/1999 art. 8 c.1)",
        { field: 'input.fiscalCode', rule: 'PERSON_REGISTERED_IN_ANOTHER_PROVINCE' },
      )
    : conflict('This fiscal code is already on the register of this province', {
        field: 'input.fiscalCode',
        rule: 'PERSON_ALREADY_REGISTERED',
      });

export const Mutation: MutationResolvers = {
  registerPerson: async (_, { input }, { identity, stores, logger, audit }) => {
    if (!canManageListsOf(identity, input.residenceProvince))
      throw forbidden('Only a CPI operator of the province of residence may register a person');
    const normalised = {
      ...input,
      fiscalCode: input.fiscalCode.trim().toUpperCase(),
      givenName: input.givenName.trim(),
      familyName: input.familyName.trim(),
    };
    const [problem] = personRegistrationProblems(normalised, todayInRome());
    if (problem) throw inputError(problem);
    try {
      const person = await stores.persons.insert({
        ...normalised,
        email: input.email ?? null,
        phone: input.phone ?? null,
        createdBy: identity.subject,
        createdByOrg: identity.organisation,
      });
      logger.info({ personId: person.id }, 'person registered');
      return person;
    } catch (error) {
      if (!isUniqueViolation(error, 'person_fiscal_code_uq')) throw error;
      // One regional register keyed by fiscal code: no id, no province, nothing of the file in the answer, and it is
      // audited as the disclosure it is, with the person's id, so the DPO sees every CPI that learnt it.
      const existing = await stores.persons.byFiscalCode(normalised.fiscalCode);
      if (existing) audit.read('Person', existing.id, ['registered'], existing.id);
      throw alreadyRegistered(existing !== null && existing.residenceProvince !== input.residenceProvince);
    }
  },

  submitEnrolment: async (_, { input }, ctx) => {
    const person = await visiblePerson(ctx, input.personId);
    if (!person) throw notFound('Person', input.personId);
    // The list is kept by the CPI of the province of residence (L. 68/1999 art. 8 c.1).
    if (!canManageListsOf(ctx.identity, person.residenceProvince))
      throw forbidden("Only the CPI of the province of residence keeps the person's list");
    if (input.submittedOn > todayInRome())
      throw badInput('input.submittedOn', 'An application cannot be dated in the future');
    if (
      input.invalidityPercent != null &&
      (!Number.isInteger(input.invalidityPercent) || input.invalidityPercent < 0 || input.invalidityPercent > 100)
    ) {
      throw badInput('input.invalidityPercent', 'The invalidity percentage is a whole number from 0 to 100');
    }
    const documents = (input.documents ?? []).map((d) => ({
      kind: d.kind,
      reference: d.reference.trim(),
      presentedOn: d.presentedOn,
    }));
    const blank = documents.findIndex((d) => d.reference === '');
    if (blank >= 0) throw badInput(`input.documents[${blank}].reference`, 'A document needs its reference');
    // The application is received whatever its merits (seed 001: receipt first); the check is kept with it.
    // "Disoccupate" (art. 8 c.1) is the unemployment status on record on the day of the application.
    const unemployed = (await unemploymentStatusOf(ctx, person.id, input.submittedOn)).state === 'UNEMPLOYED';
    const eligibility = checkEnrolmentEligibility({
      ...input,
      unemployed,
      birthDate: person.birthDate,
      on: input.submittedOn,
    });
    try {
      return await ctx.stores.enrolments.submit(
        {
          personId: person.id,
          list: input.list,
          province: person.residenceProvince,
          submittedOn: input.submittedOn,
          unemployed,
          documents,
          decisionDueOn: decisionDueOn(input.submittedOn),
          assessment: {
            category: input.category,
            invalidityPercent: input.invalidityPercent ?? null,
            pensionCategory: input.pensionCategory ?? null,
            psychicOrIntellectual: input.psychicOrIntellectual ?? false,
            commissionReportDate: input.commissionReportDate ?? null,
            commissionReportRef: input.commissionReportRef ?? null,
          },
          eligibility: { ...eligibility, checkedOn: input.submittedOn },
        },
        actorOf(ctx.identity),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'enrolment_open_uq'))
        throw conflict(`The person already has an open application or enrolment in the ${input.list} list`);
      throw error;
    }
  },

  changeEnrolmentStatus: async (_, { input }, ctx) => {
    const enrolment = await ctx.loaders.enrolmentById.load(input.enrolmentId);
    if (!enrolment || !(await visiblePerson(ctx, enrolment.personId))) throw notFound('Enrolment', input.enrolmentId);
    if (!canManageListsOf(ctx.identity, enrolment.province))
      throw forbidden('Only the CPI that keeps the list may decide on it');
    const check = checkEnrolmentTransition(enrolment.status, input.to, input.reason, input.on, enrolment.submittedOn);
    if (!check.ok) throw ruleViolation(check.rule, check.message, { from: enrolment.status, to: input.to });
    if (input.to === 'ACCEPTED') {
      // Acceptance rests on the eligibility check (health data), made when the application was received or again on
      // the documents brought by observations: whether it succeeds or is refused tells the check's outcome, so only
      // a caller who may read it decides, and the read is audited whatever the answer.
      requireClinicalAccess(ctx.identity);
      const eligibility = await ctx.loaders.eligibilityByEnrolment.load(enrolment.id);
      ctx.audit.read('Enrolment', enrolment.id, ['eligibility'], enrolment.personId);
      if (eligibility && !eligibility.eligible) {
        throw ruleViolation(
          'ENROLMENT_NOT_ELIGIBLE',
          'The application does not meet the requirements of L. 68/1999: send a pre-rejection notice instead',
          { failures: eligibility.failures.map((f) => f.rule) },
        );
      }
    }
    if (input.to === 'REJECTED' && enrolment.observationsDueOn && input.on <= enrolment.observationsDueOn) {
      const observations = await ctx.loaders.observationsByEnrolment.load(enrolment.id);
      if (observations.length === 0) {
        throw ruleViolation(
          'ENROLMENT_OBSERVATION_WINDOW_OPEN',
          `The person has until ${enrolment.observationsDueOn} to send observations (L. 241/1990 art. 10-bis)`,
        );
      }
    }
    const received = input.noticeReceivedOn ?? input.on;
    if (
      input.noticeReceivedOn != null &&
      (input.to !== 'PRE_REJECTED' || received < input.on || received > todayInRome())
    ) {
      throw badInput(
        'input.noticeReceivedOn',
        'noticeReceivedOn is the day a pre-rejection notice was received: on or after it was sent, not in the future',
      );
    }
    const deadlines =
      input.to === 'PRE_REJECTED' && enrolment.decisionDueOn
        ? afterPreRejection(input.on, enrolment.decisionDueOn, received)
        : {};
    const updated = await ctx.stores.enrolments.transition(
      enrolment.id,
      enrolment.status,
      input.to,
      input.on,
      check.decides,
      input.reason?.trim() || null,
      actorOf(ctx.identity),
      deadlines,
    );
    if (!updated) throw conflict('The enrolment changed meanwhile: reload it and try again');
    return updated;
  },

  takeInCharge: async (_, { input }, ctx) => {
    const { identity } = ctx;
    // Kinds that never take anyone in charge are refused before any person is looked up: no existence oracle.
    requireOrgKind(identity, ['cpi', 'accredited']);
    const providerId = input.providerId ?? identity.organisation;
    if (!providerId) throw badInput('input.providerId', 'No provider given and the caller has no organisation');
    const person = await ctx.loaders.personById.load(input.personId);
    // An accredited body proves the person came to it with the fiscal code; otherwise ids could be probed.
    const provesPresence =
      identity.orgKind !== 'accredited' ||
      (person !== null && input.fiscalCode?.trim().toUpperCase() === person.fiscalCode);
    if (!person || !provesPresence || (identity.orgKind === 'cpi' && !(await visiblePerson(ctx, person.id))))
      throw notFound('Person', input.personId);
    if (!canTakeInCharge(identity, providerId, person))
      throw forbidden('This caller may not take this person in charge for that provider');
    if (!input.programme.trim()) throw badInput('input.programme', 'A programme is required');
    if (input.startedOn > todayInRome())
      throw badInput('input.startedOn', 'A take-in-charge cannot start in the future');
    if (input.budget != null && !(input.budget >= 0)) throw badInput('input.budget', 'A budget is zero or more euro');
    const provider = await ctx.remote.provider(identity, providerId);
    if (!provider) throw notFound('Provider', providerId);
    try {
      const row = await ctx.stores.takeInCharges.insert({
        personId: person.id,
        providerId,
        providerKind: provider.kind,
        programme: input.programme.trim(),
        startedOn: input.startedOn,
        createdBy: identity.subject,
        budgetCents: euroToCents(input.budget),
      });
      ctx.logger.info({ takeInChargeId: row.id, providerId }, 'person taken in charge');
      return row;
    } catch (error) {
      if (isUniqueViolation(error, 'take_in_charge_active_uq'))
        throw conflict(`The person is already in charge within programme ${input.programme}`);
      throw error;
    }
  },

  endTakeInCharge: async (_, { input }, ctx) => {
    const row = await ctx.loaders.takeInChargeById.load(input.takeInChargeId);
    if (!row || !(await visiblePerson(ctx, row.personId))) throw notFound('TakeInCharge', input.takeInChargeId);
    const own = ctx.identity.organisation === row.providerId;
    if (!own && ctx.identity.orgKind !== 'cpi')
      throw forbidden('Only the provider or the CPI may end a take-in-charge');
    if (!input.reason.trim()) throw badInput('input.reason', 'A reason is required');
    if (input.endedOn < row.startedOn || input.endedOn > todayInRome())
      throw badInput('input.endedOn', 'The end date must be between the start date and today');
    const ended = await ctx.stores.takeInCharges.end(row.id, input.endedOn, input.reason.trim());
    if (!ended) throw conflict('The take-in-charge has already ended');
    return ended;
  },
};
