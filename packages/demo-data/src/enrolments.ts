import { addDays, addYears, daysBetween, maxDate, minDate } from '@reg/calendar';
import { MIN_AGE } from './people.ts';
import { HISTORY_DAYS } from './providers.ts';
import type { Random } from './random.ts';
import type { DemoEnrolment, DemoEnrolmentTransition, DemoPerson, EnrolmentList } from './types.ts';

// Reasons of a pre-rejection notice (L. 241/1990 art. 10-bis): the requirements of L. 68/1999 arts. 1, 8 and 18.
const preRejectionReasons: Record<EnrolmentList, readonly string[]> = {
  DISABILITY: [
    'Percentuale di invalidità civile certificata non superiore al 45% (L. 68/1999 art. 1 c.1 lett. a)',
    'Manca la relazione conclusiva della commissione sulla capacità lavorativa residua (DPCM 13/01/2000)',
    'Stato di disoccupazione non confermato (D.Lgs. 150/2015 art. 19)',
    'Residenza non documentata nel territorio della provincia',
  ],
  ART18: [
    "Appartenenza alle categorie dell'art. 18 c.2 L. 68/1999 non documentata",
    'Stato di disoccupazione non confermato (D.Lgs. 150/2015 art. 19)',
  ],
};
const observationsAccepted = 'Osservazioni accolte: documentazione integrata entro i termini';
const rejectionReasons: readonly string[] = [
  'Nessuna osservazione pervenuta entro 10 giorni dal preavviso (L. 241/1990 art. 10-bis)',
  'Le osservazioni presentate non superano i motivi ostativi indicati nel preavviso',
];

/** How long the back office takes to decide, and the share of applications that get a pre-rejection notice. */
const DECISION_DAYS = { min: 15, max: 60 } as const;
const PRE_REJECTION_SHARE = 0.12;
const OBSERVATION_DAYS = 10;

function decisions(random: Random, list: EnrolmentList, submittedOn: string, today: string): DemoEnrolmentTransition[] {
  const waited = daysBetween(submittedOn, today);
  // A recent application may still be waiting for its decision.
  if (waited < 30 && random.chance(0.65)) return [];
  const decidedOn = minDate(
    addDays(submittedOn, random.int(Math.min(DECISION_DAYS.min, waited), Math.min(DECISION_DAYS.max, waited))),
    today,
  );
  if (!random.chance(PRE_REJECTION_SHARE)) return [{ to: 'ACCEPTED', on: decidedOn, reason: null }];
  const notice: DemoEnrolmentTransition = {
    to: 'PRE_REJECTED',
    on: decidedOn,
    reason: random.pick(preRejectionReasons[list]),
  };
  // The final decision comes after the ten days the person has to send observations.
  const finalOn = addDays(decidedOn, random.int(OBSERVATION_DAYS + 1, 40));
  if (finalOn > today) return [notice];
  return random.chance(0.6)
    ? [notice, { to: 'ACCEPTED', on: finalOn, reason: observationsAccepted }]
    : [notice, { to: 'REJECTED', on: finalOn, reason: random.pick(rejectionReasons) }];
}

/**
 * The assessment behind an application, derived from its position (no extra random draws, so the rest
 * of the region stays as it was): applications that end rejected are below the L. 68/1999 art. 1
 * threshold, every other one meets it, so the loaded region passes the eligibility rule.
 */
function assessment(
  i: number,
  list: EnrolmentList,
  rejected: boolean,
): Pick<DemoEnrolment, 'category' | 'invalidityPercent' | 'pensionCategory'> {
  if (list === 'ART18')
    return {
      category: i % 2 === 0 ? 'SURVIVOR_OF_WORK_WAR_OR_SERVICE_DEATH' : 'VICTIM_OF_TERRORISM_OR_ORGANISED_CRIME',
      invalidityPercent: null,
      pensionCategory: null,
    };
  if (rejected) return { category: 'CIVIL_INVALID', invalidityPercent: 35 + (i % 11), pensionCategory: null };
  const slot = i % 10;
  if (slot < 6) return { category: 'CIVIL_INVALID', invalidityPercent: 46 + ((i * 7) % 55), pensionCategory: null };
  if (slot < 8) return { category: 'WORK_INVALID', invalidityPercent: 34 + ((i * 5) % 67), pensionCategory: null };
  if (slot === 8) return { category: i % 20 === 8 ? 'BLIND' : 'DEAF', invalidityPercent: null, pensionCategory: null };
  return { category: 'SERVICE_INVALID', invalidityPercent: null, pensionCategory: 1 + (i % 8) };
}

/** One application per person: most to the disability list, some to the art. 18 list; most accepted. */
export function generateEnrolments(random: Random, people: readonly DemoPerson[], today: string): DemoEnrolment[] {
  return people.map((person, i) => {
    const list: EnrolmentList = random.chance(0.85) ? 'DISABILITY' : 'ART18';
    // Applications are made in working age, within the demo's history, and a week ago at the latest.
    const latest = maxDate(addYears(person.birthDate, MIN_AGE), addDays(today, -7));
    const earliest = minDate(maxDate(addDays(today, -HISTORY_DAYS), addYears(person.birthDate, MIN_AGE)), latest);
    const submittedOn = minDate(addDays(earliest, random.int(0, daysBetween(earliest, latest))), today);
    const transitions = decisions(random, list, submittedOn, today);
    return {
      key: `ENR-${String(i + 1).padStart(6, '0')}`,
      personKey: person.key,
      list,
      province: person.residenceProvince,
      submittedOn,
      // Deterministic (no draw), so adding the DID left every other generated value as it was.
      unemploymentDeclaredOn: addDays(submittedOn, -(1 + ((i * 7) % 60))),
      transitions,
      status: transitions.at(-1)?.to ?? 'SUBMITTED',
      ...assessment(i, list, transitions.at(-1)?.to === 'REJECTED'),
    };
  });
}
