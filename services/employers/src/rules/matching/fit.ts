import type { Shift } from './job-profile.ts';

/** A fit in [0, 1] with the sentence that explains it. */
export interface Fit {
  fit: number;
  explanation: string;
}

export interface SkillFacts {
  skills: ReadonlyArray<{ codeSystem: string; code: string | null }>;
  occupations: ReadonlyArray<{ codeSystem: string | null; code: string | null }>;
}

/** The last segment of an ESCO URI, so "http://data.europa.eu/esco/skill/abc" and "abc" are the same skill. */
const escoKey = (code: string) => code.trim().split('/').pop()!.toLowerCase();

/** ISTAT CP2011 codes have five levels (e.g. 8.1.4.2.0); the first three are the occupation's group (classe). */
const cp2011Group = (code: string) => code.trim().split('.').slice(0, 3).join('.');

/**
 * Skills fit: the average of the occupation fit and the required-skills fit, over those the vacancy asks for.
 * Occupation: 1 when a past job or skill of the person has the vacancy's code in the same system, 0.5 when it
 * shares the CP2011 group (first three levels, ISTAT "Classificazione delle professioni 2011"), else 0.
 * Required skills: the share of the ESCO skills asked that the person's record lists.
 */
export function skillsFit(
  vacancy: { occupationCode: string | null; occupationCodeSystem: string | null; requiredSkills: readonly string[] },
  person: SkillFacts,
): Fit {
  const parts: Fit[] = [];
  if (vacancy.occupationCode && vacancy.occupationCodeSystem) {
    const wanted = vacancy.occupationCode.trim();
    const system = vacancy.occupationCodeSystem;
    const held = [...person.occupations, ...person.skills]
      .filter((o) => o.codeSystem === system && o.code)
      .map((o) => o.code!.trim());
    if (held.includes(wanted))
      parts.push({ fit: 1, explanation: `has worked as or holds occupation ${system} ${wanted}` });
    else if (system === 'ISTAT_CP2011' && held.some((h) => cp2011Group(h) === cp2011Group(wanted))) {
      parts.push({ fit: 0.5, explanation: `has an occupation of the same CP2011 group ${cp2011Group(wanted)}` });
    } else parts.push({ fit: 0, explanation: `no experience in occupation ${system} ${wanted}` });
  }
  if (vacancy.requiredSkills.length > 0) {
    const held = new Set(person.skills.filter((s) => s.codeSystem === 'ESCO' && s.code).map((s) => escoKey(s.code!)));
    const matched = vacancy.requiredSkills.filter((s) => held.has(escoKey(s)));
    parts.push({
      fit: matched.length / vacancy.requiredSkills.length,
      explanation: `${matched.length} of ${vacancy.requiredSkills.length} required ESCO skills`,
    });
  }
  if (parts.length === 0) return { fit: 1, explanation: 'the vacancy asks for no specific occupation or skill' };
  return {
    fit: parts.reduce((sum, p) => sum + p.fit, 0) / parts.length,
    explanation: parts.map((p) => p.explanation).join('; '),
  };
}

/**
 * Distance fit: 1 at the site's municipality, falling linearly to 0 at the person's stated maximum (or the
 * default reference distance when none is stated). Beyond a stated maximum the person is excluded before
 * scoring; an unknown distance scores 0 and says so.
 */
export function distanceFit(
  distanceKm: number | null,
  statedMaxKm: number | null,
  defaultMaxKm: number,
  unknownBecause: string,
): Fit {
  if (distanceKm === null)
    return { fit: 0, explanation: `distance unknown (${unknownBecause}): scored as the farthest` };
  const limit = statedMaxKm ?? defaultMaxKm;
  const basis =
    statedMaxKm === null ? `no maximum stated, reference ${defaultMaxKm} km` : `stated maximum ${statedMaxKm} km`;
  if (limit <= 0)
    return { fit: distanceKm === 0 ? 1 : 0, explanation: `${distanceKm} km from residence to the site, ${basis}` };
  return {
    fit: Math.max(0, 1 - distanceKm / limit),
    explanation: `${distanceKm} km from residence to the site, ${basis}`,
  };
}

/**
 * Hours and shifts fit: the average of the two. Hours: 1 when the person is available for at least the job's
 * weekly hours, else the share available. Shifts: the share of the job's shifts the person is available for
 * (1 when the job names none). Either not stated by the person: 0.5, neither rewarded nor ruled out.
 */
export function hoursAndShiftsFit(
  job: { weeklyHours: number; shifts: readonly Shift[] },
  availability: { weeklyHours: number | null; shifts: readonly string[] } | null,
): Fit {
  const stated = availability?.weeklyHours ?? null;
  const hours: Fit =
    stated === null
      ? { fit: 0.5, explanation: `weekly hours not stated (job: ${job.weeklyHours} h)` }
      : {
          fit: Math.min(1, stated / job.weeklyHours),
          explanation: `available ${stated} h a week for ${job.weeklyHours} h`,
        };
  const personShifts = availability?.shifts ?? [];
  let shift: Fit;
  if (job.shifts.length === 0) shift = { fit: 1, explanation: 'no particular shift' };
  else if (personShifts.length === 0)
    shift = { fit: 0.5, explanation: `shifts not stated (job: ${job.shifts.join(', ')})` };
  else {
    const covered = job.shifts.filter((s) => personShifts.includes(s));
    shift = {
      fit: covered.length / job.shifts.length,
      explanation: `available for ${covered.length} of the job's shifts ${job.shifts.join(', ')}`,
    };
  }
  return { fit: (hours.fit + shift.fit) / 2, explanation: `${hours.explanation}; ${shift.explanation}` };
}

/**
 * Ranking fit: the first of N on the list scores 1, the last 1/N (graduatoria, L. 68/1999 art. 8 c.2; the
 * list is read for the shortlist's reference date, so the fit is reproducible).
 */
export function rankingFit(position: number, listSize: number): Fit {
  if (listSize < 1 || position < 1 || position > listSize)
    return { fit: 0, explanation: 'not on the ranking list on the reference date' };
  return {
    fit: (listSize - position + 1) / listSize,
    explanation: `position ${position} of ${listSize} on the ranking list`,
  };
}
