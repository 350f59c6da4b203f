import { encodePersonFiscalCode } from '@reg/identifiers';
import { addDays, addYears, daysBetween } from '@reg/calendar';
import { lombardy, otherBirthPlaces } from './lombardy.ts';
import { familyNames, femaleGivenNames, maleGivenNames } from './names.ts';
import type { Random } from './random.ts';
import type { DemoPerson } from './types.ts';

/** Working age (L. 68/1999 art. 8 c.1): from 18 to the pension age of 67, so 66 at most on the reference date. */
export const MIN_AGE = 18;
export const MAX_AGE = 66;

// People on the L. 68 lists skew older than job seekers at large: acquired disability grows with age.
const ageBrackets: readonly { min: number; max: number; weight: number }[] = [
  { min: 18, max: 29, weight: 18 },
  { min: 30, max: 44, weight: 30 },
  { min: 45, max: 54, weight: 28 },
  { min: 55, max: 66, weight: 24 },
];

/** Letters a-z only, for e-mail local parts. */
function asciiLower(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const emailDomains = ['example.org', 'example.com', 'example.net'] as const;

/**
 * A fiscal code nobody else in the region has. Two people with the same name triplets, birth date, sex and birth
 * place would get the same code; the Agenzia then issues an omocode, which only it may do, so the demo instead
 * moves the later person's birth date one day at a time, staying within working age.
 */
function uniqueIdentity(
  draft: Omit<DemoPerson, 'fiscalCode' | 'key' | 'email' | 'phone' | 'residenceProvince' | 'residenceMunicipality'>,
  used: Set<string>,
  { earliest, latest }: { earliest: string; latest: string },
) {
  for (const step of [1, -1]) {
    for (
      let birthDate = draft.birthDate;
      birthDate >= earliest && birthDate <= latest;
      birthDate = addDays(birthDate, step)
    ) {
      const fiscalCode = encodePersonFiscalCode({ ...draft, birthDate });
      if (!used.has(fiscalCode)) return { birthDate, fiscalCode };
    }
  }
  throw new Error(`no free fiscal code for ${draft.givenName} ${draft.familyName}`);
}

export function generatePeople(random: Random, count: number, today: string): DemoPerson[] {
  const used = new Set<string>();
  const people: DemoPerson[] = [];
  const workingAge = { earliest: addDays(addYears(today, -(MAX_AGE + 1)), 1), latest: addYears(today, -MIN_AGE) };
  const brackets = ageBrackets.map((b) => {
    const youngest = addYears(today, -b.min);
    const oldest = addDays(addYears(today, -(b.max + 1)), 1);
    return { ...b, oldest, span: daysBetween(oldest, youngest) };
  });
  for (let i = 0; i < count; i++) {
    // Slightly more men than women: the lists of the INAPP reports to Parliament on L. 68/1999 lean that way.
    const sex = random.chance(0.54) ? 'M' : 'F';
    const givenName = random.pick(sex === 'F' ? femaleGivenNames : maleGivenNames);
    const familyName = random.pick(familyNames);
    const bracket = random.weighted(brackets, (b) => b.weight);
    const residence = random.weighted(lombardy, (p) => p.population);
    const birthPlace = random.chance(0.75)
      ? residence.capital
      : random.chance(0.4)
        ? random.pick(lombardy).capital
        : random.pick(otherBirthPlaces).code;
    const { birthDate, fiscalCode } = uniqueIdentity(
      {
        givenName,
        familyName,
        sex,
        birthDate: addDays(bracket.oldest, random.int(0, bracket.span)),
        birthPlaceCode: birthPlace,
      },
      used,
      workingAge,
    );
    used.add(fiscalCode);
    const local = `${asciiLower(givenName)}.${asciiLower(familyName)}${random.chance(0.5) ? birthDate.slice(2, 4) : ''}`;
    people.push({
      key: `PER-${String(i + 1).padStart(6, '0')}`,
      fiscalCode,
      givenName,
      familyName,
      birthDate,
      sex,
      birthPlaceCode: birthPlace,
      residenceProvince: residence.code,
      residenceMunicipality: residence.capital,
      email: random.chance(0.6) ? `${local}@${random.pick(emailDomains)}` : null,
      phone: random.chance(0.7)
        ? `+39 3${random.int(20, 93)} ${String(random.int(0, 9_999_999)).padStart(7, '0')}`
        : null,
    });
  }
  return people;
}
