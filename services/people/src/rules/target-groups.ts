import { addDays, addMonths, ageOn, daysBetween } from '@reg/calendar';
import { targetGroupKeys } from '@reg/indicators';
import { type UnemploymentFacts, unemploymentStatusOn, workEffect } from './unemployment-status.ts';

/**
 * The target groups of the national monitoring (DOMAIN.md "Monitoring", GOL monitoring notes: people taken in
 * charge "by path and target group: women, under 30, over 55, long-term unemployed, disabled"), each taken on the
 * day of the event a family counts (the acceptance of an enrolment, the day a take-in-charge's definition holds):
 * a flow is classified by the person's situation when it happened, so a cell's people do not move between groups
 * when the period is widened.
 */
export type AgeBand = 'UNDER_30' | 'FROM_30_TO_54' | 'FROM_55';

/**
 * Age bands in completed years on the day: under 30; 30 to 54; 55 and over ("over 55" of the GOL target groups:
 * workers aged 55 or more). The 30th and 55th birthdays move the person up on that very day; born 29 February, the
 * birthday in a common year is 1 March (@reg/calendar ageOn).
 */
export function ageBandOn(birthDate: string, on: string): AgeBand {
  const age = ageOn(birthDate, on);
  if (age < 30) return 'UNDER_30';
  if (age < 55) return 'FROM_30_TO_54';
  return 'FROM_55';
}

/** Months of unemployment from which a person is long-term unemployed (12 months or more, Eurostat/ISTAT and GOL). */
export const LONG_TERM_MONTHS = 12;

/**
 * Whether the person is long-term unemployed on the day: unemployed (D.Lgs. 150/2015 art. 19 c.1: the status holds
 * from the DID it rests on, not suspended nor lost) for 12 months or more. The months run from that DID; days of a
 * suspension for short employment (art. 19 c.3) are not time in unemployment, so the start moves on by them: on the
 * day 12 months after the (shifted) DID the person is long-term unemployed, the day before not.
 */
export function isLongTermUnemployedOn(facts: UnemploymentFacts, on: string): boolean {
  const status = unemploymentStatusOn(facts, on);
  if (status.state !== 'UNEMPLOYED' || status.declaredOn === null) return false;
  const declaredOn = status.declaredOn;
  const suspendedDays = facts.work
    .filter((w) => w.startedOn >= declaredOn && w.endsOn !== null && w.endsOn < on && workEffect(w) === 'SUSPENDS')
    .reduce((days, w) => days + daysBetween(w.startedOn, w.endsOn!) + 1, 0);
  return addMonths(addDays(declaredOn, suspendedDays), LONG_TERM_MONTHS) <= on;
}

export interface TargetGroupFacts {
  sex: 'F' | 'M';
  birthDate: string;
  unemployment: UnemploymentFacts;
  /**
   * Whether the person is disabled for the monitoring: on the L. 68/1999 art. 1 list (an accepted DISABILITY
   * enrolment) on the day. Health data (GDPR art. 9): it only ever leaves the subgraph as a suppressed aggregate.
   */
  disabled: boolean;
}

/** The person's group on each target dimension on a day: what the monitoring classifies an event by. */
export interface TargetGroupsOfDay {
  sex: 'F' | 'M';
  ageBand: AgeBand;
  longTermUnemployed: boolean;
  disabled: boolean;
}

export function targetGroupsOfDay(facts: TargetGroupFacts, on: string): TargetGroupsOfDay {
  return {
    sex: facts.sex,
    ageBand: ageBandOn(facts.birthDate, on),
    longTermUnemployed: isLongTermUnemployedOn(facts.unemployment, on),
    disabled: facts.disabled,
  };
}

/** The person's group on each target dimension, as `DIMENSION:VALUE` keys of the indicator lattice. */
export const targetGroupsOn = (facts: TargetGroupFacts, on: string): string[] =>
  targetGroupKeys(targetGroupsOfDay(facts, on));
