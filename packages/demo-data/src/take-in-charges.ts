import { addDays, minDate } from '@reg/calendar';
import { groupBy } from '@reg/subgraph-kit/loaders';
import type { Random } from './random.ts';
import type { DemoEnrolment, DemoProvider, DemoTakeInCharge, EnrolmentList } from './types.ts';

/**
 * Lombardy's programmes: GOL (Garanzia Occupabilità dei Lavoratori, PNRR) runs through CPIs and bodies alike;
 * the provincial disability plans (Piano Emergo) fund the Dote Lavoro Disabilità that accredited bodies deliver;
 * art. 18 categories, not disabled, go to GOL or the general Dote Unica Lavoro.
 */
const programmes: Record<EnrolmentList, Record<DemoProvider['kind'], readonly { name: string; weight: number }[]>> = {
  DISABILITY: {
    CPI: [
      { name: 'GOL', weight: 6 },
      { name: 'PIANO_EMERGO', weight: 4 },
    ],
    ACCREDITED: [
      { name: 'DOTE_LAVORO_DISABILITA', weight: 5 },
      { name: 'PIANO_EMERGO', weight: 3 },
      { name: 'GOL', weight: 2 },
    ],
  },
  ART18: {
    CPI: [{ name: 'GOL', weight: 1 }],
    ACCREDITED: [
      { name: 'GOL', weight: 7 },
      { name: 'DOTE_UNICA_LAVORO', weight: 3 },
    ],
  },
};

/** Share of the people an accredited body takes in charge where the province has one. */
const ACCREDITED_SHARE = 0.55;

/** Every accepted person is taken in charge by the CPI of the province or by an accredited body of the same province. */
export function generateTakeInCharges(
  random: Random,
  enrolments: readonly DemoEnrolment[],
  providers: readonly DemoProvider[],
  today: string,
): DemoTakeInCharge[] {
  const cpiOf = new Map(providers.filter((p) => p.kind === 'CPI').map((p) => [p.province, p]));
  const bodiesOf = groupBy(
    providers.filter((p) => p.kind === 'ACCREDITED'),
    (p) => p.province,
  );

  const result: DemoTakeInCharge[] = [];
  for (const enrolment of enrolments) {
    const acceptedOn = enrolment.transitions.find((t) => t.to === 'ACCEPTED')?.on;
    if (enrolment.status !== 'ACCEPTED' || !acceptedOn) continue;
    const bodies = bodiesOf.get(enrolment.province) ?? [];
    const cpi = cpiOf.get(enrolment.province);
    if (!cpi) throw new Error(`no CPI for province ${enrolment.province}`);
    const provider = bodies.length > 0 && random.chance(ACCREDITED_SHARE) ? random.pick(bodies) : cpi;
    result.push({
      key: `TIC-${String(result.length + 1).padStart(6, '0')}`,
      personKey: enrolment.personKey,
      providerKey: provider.key,
      programme: random.weighted(programmes[enrolment.list][provider.kind], (p) => p.weight).name,
      startedOn: minDate(addDays(acceptedOn, random.int(0, 45)), today),
    });
  }
  return result;
}
