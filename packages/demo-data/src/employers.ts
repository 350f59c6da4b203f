import { vatCheckDigit } from '@reg/identifiers';
import { lombardy, type DemoProvince } from './lombardy.ts';
import { familyNames, placeWords, schoolDedications, streets } from './names.ts';
import type { Random } from './random.ts';
import { privateSectors } from './sectors.ts';
import type { DemoEmployer, DemoEmployerSite, EmployerSizeClass } from './types.ts';

/** The L. 68/1999 thresholds (art. 3 c.1 and art. 18 c.2): each class has a different obligation. */
export const sizeClasses: readonly { sizeClass: EmployerSizeClass; min: number; max: number; weight: number }[] = [
  { sizeClass: 'UNDER_15', min: 1, max: 14, weight: 40 },
  { sizeClass: '15_35', min: 15, max: 35, weight: 22 },
  { sizeClass: '36_50', min: 36, max: 50, weight: 12 },
  { sizeClass: '51_150', min: 51, max: 150, weight: 15 },
  { sizeClass: 'OVER_150', min: 151, max: 2500, weight: 11 },
];

export function sizeClassOf(employees: number): EmployerSizeClass {
  const found =
    sizeClasses.find((c) => employees >= c.min && employees <= c.max) ?? sizeClasses[sizeClasses.length - 1];
  return found!.sizeClass;
}

function employeesIn(random: Random, sizeClass: EmployerSizeClass): number {
  const c = sizeClasses.find((s) => s.sizeClass === sizeClass)!;
  // Large firms spread over orders of magnitude: draw them log-uniformly.
  if (sizeClass === 'OVER_150') return Math.round(c.min * (c.max / c.min) ** random.next());
  return random.int(c.min, c.max);
}

const PUBLIC_SHARE = 0.06;

interface PublicBody {
  name: string;
  ateco: string;
  province: DemoProvince;
  employees: (random: Random) => number;
}

/** Public employers: the municipalities and provinces of the capitals, their hospitals' ASSTs, their schools. */
function publicBodies(): PublicBody[] {
  return lombardy.flatMap((p): PublicBody[] => [
    {
      name: `Comune di ${p.capitalName}`,
      ateco: '84.11',
      province: p,
      employees: (r) => (p.code === 'MI' ? r.int(12_000, 15_000) : Math.round(p.population * (1 + r.next()))),
    },
    {
      name: p.code === 'MI' ? 'Città metropolitana di Milano' : `Provincia di ${p.capitalName}`,
      ateco: '84.11',
      province: p,
      employees: (r) => r.int(151, 900),
    },
    {
      name: `Azienda Socio Sanitaria Territoriale di ${p.capitalName}`,
      ateco: '86.10',
      province: p,
      employees: (r) => r.int(1500, 6000),
    },
    ...schoolDedications.map((d) => ({
      name: `Istituto Comprensivo "${d}" di ${p.capitalName}`,
      ateco: '85.20',
      province: p,
      employees: (r: Random) => r.int(40, 140),
    })),
  ]);
}

/**
 * An 11-digit numeric fiscal code: a 7-digit serial, the office code of the province (digits 8-10), the Luhn
 * check digit. Public bodies get serials starting with 80, as the codes of non-commercial bodies without a VAT
 * number (most municipalities, schools) do.
 */
function numericFiscalCode(random: Random, province: DemoProvince, isPublic: boolean, used: Set<string>): string {
  for (;;) {
    const serial = isPublic
      ? `80${String(random.int(0, 99_999)).padStart(5, '0')}`
      : `${random.int(0, 3)}${String(random.int(1, 999_999)).padStart(6, '0')}`;
    const first10 = `${serial}${province.vatOfficeCode}`;
    const code = `${first10}${vatCheckDigit(first10)}`;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function address(random: Random): string {
  return `${random.pick(streets)} ${random.int(1, 180)}`;
}

function uniqueName(base: string, province: DemoProvince, used: Set<string>): string {
  let name = used.has(base) ? base.replace(/ (S\.\S+)$/, ` ${province.capitalName} $1`) : base;
  for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
  used.add(name);
  return name;
}

function privateEmployer(
  random: Random,
  sizeClass: EmployerSizeClass,
  usedCodes: Set<string>,
  usedNames: Set<string>,
): Omit<DemoEmployer, 'key'> {
  const employees = employeesIn(random, sizeClass);
  const sectors = employees > 35 ? privateSectors.filter((s) => !s.smallFirms) : privateSectors;
  const sector = random.weighted(sectors, (s) => s.weight);
  const office = random.weighted(lombardy, (p) => p.population);
  const legalForm =
    employees < 15
      ? random.pick(['S.n.c.', 'S.a.s.', 'S.r.l.'])
      : employees > 150
        ? random.pick(['S.p.A.', 'S.r.l.'])
        : 'S.r.l.';
  const name = uniqueName(
    `${random.pick(sector.names(random.pick(placeWords), random.pick(familyNames)))} ${legalForm}`,
    office,
    usedNames,
  );
  const sites: DemoEmployerSite[] = [
    { name: 'Sede legale', province: office.code, municipality: office.capital, address: address(random) },
  ];
  // Bigger firms more often have sites in other provinces: at most three provinces in all.
  const extraSites = employees < 15 ? 0 : random.chance(employees > 50 ? 0.5 : 0.2) ? random.int(1, 2) : 0;
  for (const other of random.sample(
    lombardy.filter((p) => p.code !== office.code),
    extraSites,
  )) {
    sites.push({
      name: `${sector.siteLabel} di ${other.capitalName}`,
      province: other.code,
      municipality: other.capital,
      address: address(random),
    });
  }
  return {
    name,
    fiscalCode: numericFiscalCode(random, office, false, usedCodes),
    kind: 'PRIVATE',
    atecoCode: sector.ateco,
    province: office.code,
    employees,
    sizeClass: sizeClassOf(employees),
    sites,
  };
}

function publicEmployer(
  random: Random,
  body: PublicBody,
  usedCodes: Set<string>,
  usedNames: Set<string>,
): Omit<DemoEmployer, 'key'> {
  const employees = body.employees(random);
  usedNames.add(body.name);
  return {
    name: body.name,
    fiscalCode: numericFiscalCode(random, body.province, true, usedCodes),
    kind: 'PUBLIC',
    atecoCode: body.ateco,
    province: body.province.code,
    employees,
    sizeClass: sizeClassOf(employees),
    sites: [
      { name: 'Sede', province: body.province.code, municipality: body.province.capital, address: address(random) },
    ],
  };
}

/** Private firms of every size class (each class at least once) and a few public bodies, in random order. */
export function generateEmployers(random: Random, count: number): DemoEmployer[] {
  const usedCodes = new Set<string>();
  const usedNames = new Set<string>();
  const bodies = random.shuffle(publicBodies());
  const publicCount = Math.min(bodies.length, Math.max(count >= 10 ? 1 : 0, Math.round(count * PUBLIC_SHARE)));
  const drafts = [
    ...Array.from({ length: count - publicCount }, (_, i) =>
      privateEmployer(
        random,
        sizeClasses[i]?.sizeClass ?? random.weighted(sizeClasses, (c) => c.weight).sizeClass,
        usedCodes,
        usedNames,
      ),
    ),
    ...bodies.slice(0, publicCount).map((body) => publicEmployer(random, body, usedCodes, usedNames)),
  ];
  return random.shuffle(drafts).map((draft, i) => ({ key: `EMP-${String(i + 1).padStart(5, '0')}`, ...draft }));
}
