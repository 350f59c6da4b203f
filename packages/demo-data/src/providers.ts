import { catalogueOn } from './catalogue.ts';
import { addDays, daysBetween, maxDate, minDate } from '@reg/calendar';
import { lombardy, type DemoProvince } from './lombardy.ts';
import { bodyNameCores, bodyNameForms } from './names.ts';
import type { Random } from './random.ts';
import type { DemoProvider } from './types.ts';

/** How far back the people's stories go (enrolments, take-in-charges, deliveries): three years before today. */
export const HISTORY_DAYS = 3 * 365;

/** Which catalogue codes an accredited body asks for, and how likely; area 3 is always in (the demo is L. 68). */
const scopeDraw = {
  area1: { codes: ['1A'], probability: 0.8 },
  orientation: { codes: ['2A'], probability: 0.7 },
  area3Core: ['3A'],
  area3Support: ['3Ba', '3Bb', '3Bc', '3Bd', '3Be'],
  area2Specialist: ['2Ba', '2Bb', '2Ca', '2Cb', '2Cc', '2Cd', '2Ce', '2D'],
  area4: ['4A', '4B', '4C', '4D', '4E'],
} as const;

function provincesForBodies(random: Random, count: number): DemoProvince[] {
  // Every province gets one before any gets two, most populous first, so even a small region is spread out.
  return Array.from({ length: count }, (_, i) => lombardy[i] ?? random.weighted(lombardy, (p) => p.population));
}

function uniqueBodyName(random: Random, province: DemoProvince, used: Set<string>): string {
  const base = `${random.pick(bodyNameForms)} ${random.pick(bodyNameCores)}`;
  for (const candidate of [base, `${base} ${province.capitalName}`]) {
    if (!used.has(candidate)) return candidate;
  }
  let n = 2;
  while (used.has(`${base} ${province.capitalName} ${n}`)) n++;
  return `${base} ${province.capitalName} ${n}`;
}

function accreditationScope(random: Random, known: ReadonlySet<string>): string[] {
  const codes = new Set<string>(scopeDraw.area3Core);
  if (random.chance(scopeDraw.area1.probability)) scopeDraw.area1.codes.forEach((c) => codes.add(c));
  if (random.chance(scopeDraw.orientation.probability)) scopeDraw.orientation.codes.forEach((c) => codes.add(c));
  random.sample(scopeDraw.area3Support, random.int(1, 4)).forEach((c) => codes.add(c));
  random.sample(scopeDraw.area2Specialist, random.int(0, 3)).forEach((c) => codes.add(c));
  if (random.chance(0.3)) random.sample(scopeDraw.area4, random.int(1, 3)).forEach((c) => codes.add(c));
  return [...codes].filter((c) => known.has(c));
}

/** One CPI per province, accredited for every service, and the accredited bodies spread over the provinces. */
export function generateProviders(random: Random, accreditedBodies: number, today: string): DemoProvider[] {
  const catalogue = catalogueOn(today);
  const allCodes = catalogue.standards.map((s) => s.code);
  const order = new Map(allCodes.map((c, i) => [c, i]));
  const byCatalogueOrder = (codes: string[]) => [...codes].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));

  // CPIs offer every service by law from the day the repertory came into force.
  const cpis: DemoProvider[] = lombardy.map((p) => ({
    key: `CPI-${p.code}`,
    name: `Centro per l'Impiego di ${p.capitalName}`,
    kind: 'CPI',
    province: p.code,
    municipality: p.capital,
    serviceCodes: allCodes,
    accreditedFrom: catalogue.validFrom,
  }));

  // Bodies were accredited before the demo's history starts, so every delivery falls inside their accreditation.
  const latestAccreditation = maxDate(catalogue.validFrom, addDays(today, -HISTORY_DAYS - 30));
  const earliestAccreditation = minDate(maxDate(catalogue.validFrom, '2014-01-01'), latestAccreditation);
  const span = daysBetween(earliestAccreditation, latestAccreditation);
  const known = new Set(allCodes);
  const used = new Set<string>();
  const bodies = provincesForBodies(random, accreditedBodies).map((province, i): DemoProvider => {
    const name = uniqueBodyName(random, province, used);
    used.add(name);
    return {
      key: `ACC-${String(i + 1).padStart(4, '0')}`,
      name,
      kind: 'ACCREDITED',
      province: province.code,
      municipality: province.capital,
      serviceCodes: byCatalogueOrder(accreditationScope(random, known)),
      accreditedFrom: addDays(earliestAccreditation, random.int(0, span)),
    };
  });
  return [...cpis, ...bodies];
}
