import { describe, expect, it } from 'vitest';
import { fiscalCodeMatches, isValidVatNumber, lombardyCapitals, parsePersonFiscalCode } from '@reg/identifiers';
import { catalogueVersions } from '@reg/catalogue/reference';
import type { ModalityStandard } from '@reg/catalogue/reference';
import { icfActivities, icfAdjustments } from '@reg/employers/reference/icf-vocabulary';
import { MAX_DEMO_WITHDRAWALS } from './employer-service-withdrawals.ts';
import { generateRegion } from './generate.ts';
import { nominativeCandidates, referralEmployer, reservedVacancyOf } from './referrals.ts';
import type { RegionDataset } from './types.ts';

const catalogue = catalogueVersions[0]!;
const standards = new Map(catalogue.standards.map((s) => [s.code, s]));
const capitalOf = new Map(lombardyCapitals.map((c) => [c.provinceCode, c.belfioreCode]));

function age(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m * 100 + d < bm * 100 + bd ? 1 : 0);
}

/** Only the total is reported, so per-session bounds hold exactly when the total lies between sessions x min and sessions x max. */
function withinModalityBounds(m: ModalityStandard, minutes: number, sessions: number): boolean {
  if (!Number.isInteger(minutes) || !Number.isInteger(sessions) || minutes < 1 || sessions < 1) return false;
  if (m.minSessions !== null && sessions < m.minSessions) return false;
  if (m.maxSessions !== null && sessions > m.maxSessions) return false;
  if (m.minutesScope === 'SESSION') {
    if (m.minMinutes !== null && minutes < m.minMinutes * sessions) return false;
    if (m.maxMinutes !== null && minutes > m.maxMinutes * sessions) return false;
    if (m.pathMinMinutes != null && minutes < m.pathMinMinutes) return false;
    if (m.pathMaxMinutes != null && minutes > m.pathMaxMinutes) return false;
    return true;
  }
  return (m.minMinutes === null || minutes >= m.minMinutes) && (m.maxMinutes === null || minutes <= m.maxMinutes);
}

const small = generateRegion({ seed: 42, size: 'small' });
const medium = generateRegion({ seed: 7, size: 'medium' });

describe('generateRegion: determinism and sizes', () => {
  it('the same seed and size give a deep-equal dataset', () => {
    expect(generateRegion({ seed: 42, size: 'small' })).toEqual(small);
  });

  it('another seed gives another region', () => {
    const other = generateRegion({ seed: 43, size: 'small' });
    expect(other.people.map((p) => p.fiscalCode)).not.toEqual(small.people.map((p) => p.fiscalCode));
  });

  it('the reference date is a parameter, never the clock', () => {
    expect(small.today).toBe('2026-11-01');
    const earlier = generateRegion({ seed: 42, size: 'small', today: '2025-06-30' });
    expect(earlier.today).toBe('2025-06-30');
    const dates = [
      ...earlier.deliveries.map((d) => d.deliveredOn),
      ...earlier.placements.map((p) => p.startedOn),
      ...earlier.takeInCharges.map((t) => t.startedOn),
    ];
    expect(dates.every((d) => d <= '2025-06-30')).toBe(true);
  });

  it('small: 120 people, 40 employers, 8 accredited bodies and one CPI per province', () => {
    expect(small.people).toHaveLength(120);
    expect(small.employers).toHaveLength(40);
    expect(small.providers.filter((p) => p.kind === 'ACCREDITED')).toHaveLength(8);
    expect(small.providers.filter((p) => p.kind === 'CPI')).toHaveLength(12);
  });

  it('medium: 2,000 people with the rest scaled', () => {
    expect(medium.counts).toEqual({ people: 2000, employers: 667, accreditedBodies: 33 });
    expect(medium.people).toHaveLength(2000);
    expect(medium.employers).toHaveLength(667);
  });

  it('a number is that many people with proportional employers', () => {
    const region = generateRegion({ seed: 1, size: 500 });
    expect(region.people).toHaveLength(500);
    expect(region.employers).toHaveLength(167);
    expect(region.providers.filter((p) => p.kind === 'ACCREDITED')).toHaveLength(16);
  });

  it('large: 20,000 people', () => {
    const large = generateRegion({ seed: 3, size: 'large' });
    expect(large.counts).toEqual({ people: 20_000, employers: 6667, accreditedBodies: 103 });
    expect(large.people).toHaveLength(20_000);
    expect(new Set(large.people.map((p) => p.fiscalCode)).size).toBe(20_000);
    expect(new Set(large.employers.map((e) => e.fiscalCode)).size).toBe(6667);
  });

  it('refuses a size that is not a positive whole number', () => {
    expect(() => generateRegion({ seed: 1, size: 0 })).toThrow(RangeError);
    expect(() => generateRegion({ seed: 1, size: 2.5 })).toThrow(RangeError);
  });
});

describe.each([
  ['small, seed 42', small],
  ['medium, seed 7', medium],
] as const)('generateRegion (%s): the data respects the rules', (_, region: RegionDataset) => {
  const people = new Map(region.people.map((p) => [p.key, p]));
  const providers = new Map(region.providers.map((p) => [p.key, p]));
  const employers = new Map(region.employers.map((e) => [e.key, e]));
  const vacancies = new Map(region.vacancies.map((v) => [v.key, v]));
  const enrolmentOf = new Map(region.enrolments.map((e) => [e.personKey, e]));
  const takeInCharges = new Map(region.takeInCharges.map((t) => [t.key, t]));

  it('providers: one CPI per province of Lombardy, accredited for every service 1A-4E', () => {
    const cpis = region.providers.filter((p) => p.kind === 'CPI');
    expect(cpis.map((p) => p.province).sort()).toEqual([...capitalOf.keys()].sort());
    for (const cpi of cpis) {
      expect(cpi.serviceCodes).toEqual(catalogue.standards.map((s) => s.code));
      expect(cpi.municipality).toBe(capitalOf.get(cpi.province));
    }
  });

  it('accredited bodies: unique names, known codes, always some area-3 services', () => {
    const bodies = region.providers.filter((p) => p.kind === 'ACCREDITED');
    expect(new Set(bodies.map((b) => b.name)).size).toBe(bodies.length);
    for (const body of bodies) {
      expect(body.serviceCodes.every((c) => standards.has(c))).toBe(true);
      expect(body.serviceCodes.some((c) => standards.get(c)!.area === 3)).toBe(true);
      expect(body.accreditedFrom >= catalogue.validFrom).toBe(true);
    }
    expect(new Set(bodies.map((b) => b.province)).size).toBe(Math.min(12, bodies.length));
  });

  it('people: every fiscal code valid (D.M. 23/12/1976), matching the person, and unique', () => {
    for (const p of region.people) {
      expect(parsePersonFiscalCode(p.fiscalCode, region.today).ok, p.fiscalCode).toBe(true);
      expect(fiscalCodeMatches(p.fiscalCode, p), p.fiscalCode).toBe(true);
    }
    expect(new Set(region.people.map((p) => p.fiscalCode)).size).toBe(region.people.length);
  });

  it('people: working age 18-66 on the reference date (L. 68/1999 art. 8 c.1), living in a capital of Lombardy', () => {
    for (const p of region.people) {
      expect(age(p.birthDate, region.today)).toBeGreaterThanOrEqual(18);
      expect(age(p.birthDate, region.today)).toBeLessThanOrEqual(66);
      expect(p.residenceMunicipality).toBe(capitalOf.get(p.residenceProvince));
      if (p.email !== null) expect(p.email).toMatch(/^[^\s@]+@example\.(org|com|net)$/);
      if (p.phone !== null) expect(p.phone).toMatch(/^\+39 3\d{2} \d{7}$/);
    }
  });

  it('people: Milano is the most populated province', () => {
    const byProvince = new Map<string, number>();
    for (const p of region.people) byProvince.set(p.residenceProvince, (byProvince.get(p.residenceProvince) ?? 0) + 1);
    const [first] = [...byProvince.entries()].sort((a, b) => b[1] - a[1]);
    expect(first?.[0]).toBe('MI');
  });

  it('enrolments: one per person, on the DISABILITY or ART18 list, along the allowed transitions with reasons', () => {
    const allowed: Record<string, string[]> = {
      SUBMITTED: ['ACCEPTED', 'PRE_REJECTED'],
      PRE_REJECTED: ['ACCEPTED', 'REJECTED'],
      ACCEPTED: ['CANCELLED'],
    };
    expect(region.enrolments).toHaveLength(region.people.length);
    for (const e of region.enrolments) {
      expect(e.province).toBe(people.get(e.personKey)!.residenceProvince);
      let status = 'SUBMITTED';
      let on = e.submittedOn;
      for (const t of e.transitions) {
        expect(allowed[status]).toContain(t.to);
        expect(t.on >= on && t.on <= region.today).toBe(true);
        if (t.to === 'PRE_REJECTED' || t.to === 'REJECTED') expect(t.reason).toBeTruthy();
        status = t.to;
        on = t.on;
      }
      expect(e.status).toBe(status);
      expect(age(people.get(e.personKey)!.birthDate, e.submittedOn)).toBeGreaterThanOrEqual(18);
    }
    const lists = new Set(region.enrolments.map((e) => e.list));
    expect(lists).toEqual(new Set(['DISABILITY', 'ART18']));
    expect(region.enrolments.filter((e) => e.list === 'DISABILITY').length).toBeGreaterThan(
      region.enrolments.length / 2,
    );
  });

  it('L. 241/1990 art. 10-bis: a final decision after a pre-rejection comes after the 10 days for observations', () => {
    for (const e of region.enrolments) {
      const [notice, final] = e.transitions;
      if (notice?.to === 'PRE_REJECTED' && final)
        expect(Date.parse(final.on) - Date.parse(notice.on)).toBeGreaterThan(10 * 86_400_000);
    }
    expect(region.enrolments.some((e) => e.transitions[0]?.to === 'PRE_REJECTED')).toBe(true);
  });

  it("take-in-charges: every accepted person, by the CPI or an accredited body of the person's province, after acceptance", () => {
    const accepted = region.enrolments.filter((e) => e.status === 'ACCEPTED');
    expect(region.takeInCharges.map((t) => t.personKey).sort()).toEqual(accepted.map((e) => e.personKey).sort());
    for (const t of region.takeInCharges) {
      const provider = providers.get(t.providerKey)!;
      expect(provider.province).toBe(people.get(t.personKey)!.residenceProvince);
      const acceptedOn = enrolmentOf.get(t.personKey)!.transitions.find((x) => x.to === 'ACCEPTED')!.on;
      expect(t.startedOn >= acceptedOn && t.startedOn <= region.today).toBe(true);
      expect(t.programme).toMatch(/^[A-Z_]+$/);
    }
    expect(region.takeInCharges.some((t) => providers.get(t.providerKey)!.kind === 'ACCREDITED')).toBe(true);
  });

  it('service pacts: for a share of the take-in-charges, on their first day, after the DID, complete enough to sign (D.Lgs. 150/2015 art. 19-20)', () => {
    const ticCount = region.takeInCharges.length;
    expect(region.servicePacts.length).toBeGreaterThan(0);
    expect(region.servicePacts.length).toBeLessThan(ticCount);
    const seen = new Set<string>();
    for (const pact of region.servicePacts) {
      const tic = takeInCharges.get(pact.takeInChargeKey)!;
      expect(seen.has(tic.key)).toBe(false);
      seen.add(tic.key);
      expect([pact.personKey, pact.providerKey, pact.on]).toEqual([tic.personKey, tic.providerKey, tic.startedOn]);
      expect(enrolmentOf.get(pact.personKey)!.unemploymentDeclaredOn <= pact.on).toBe(true);
      const q = pact.quantitative;
      expect(q.score >= 0 && q.score <= 1).toBe(true);
      expect(q.inputs.age).toBe(age(people.get(pact.personKey)!.birthDate, pact.on));
      expect(q.inputs.monthsSearching).toBeGreaterThanOrEqual(0);
      expect(pact.qualitative.needs.length).toBeGreaterThan(0);
      for (const text of Object.values(pact.pact)) expect(text.length).toBeGreaterThan(0);
      // The PAI's service is one the provider is accredited for and any job seeker may get (seed 003 areas 1-2).
      expect(providers.get(pact.providerKey)!.serviceCodes).toContain(pact.plan.serviceCode);
      expect(['EVERYONE', 'JOB_SEEKERS']).toContain(standards.get(pact.plan.serviceCode)!.targetGroup);
    }
  });

  it('employers: valid 11-digit fiscal codes (Luhn, office 001-100), unique, every size class, some public', () => {
    for (const e of region.employers) {
      expect(isValidVatNumber(e.fiscalCode), e.fiscalCode).toBe(true);
      const office = Number(e.fiscalCode.slice(7, 10));
      expect(office >= 1 && office <= 100).toBe(true);
      expect(e.atecoCode).toMatch(/^\d{2}\.\d{2}$/);
      const siteProvinces = e.sites.map((s) => s.province);
      expect(new Set(siteProvinces).size).toBe(siteProvinces.length);
      expect(siteProvinces.length >= 1 && siteProvinces.length <= 3).toBe(true);
      expect(siteProvinces[0]).toBe(e.province);
      for (const s of e.sites) expect(s.municipality).toBe(capitalOf.get(s.province));
    }
    expect(new Set(region.employers.map((e) => e.fiscalCode)).size).toBe(region.employers.length);
    const sizes = region.employers.map((e) => e.employees);
    expect(sizes.some((n) => n < 15)).toBe(true);
    expect(sizes.some((n) => n >= 15 && n <= 35)).toBe(true);
    expect(sizes.some((n) => n >= 36 && n <= 50)).toBe(true);
    expect(sizes.some((n) => n >= 51 && n <= 150)).toBe(true);
    expect(sizes.some((n) => n > 150)).toBe(true);
    expect(region.employers.some((e) => e.kind === 'PUBLIC')).toBe(true);
  });

  it('job profiles and functional profiles share the ICF vocabulary the graph accepts, so shortlists exclude for visible reasons', () => {
    for (const v of region.vacancies) {
      const site = employers.get(v.employerKey)!.sites.find((s) => s.name === v.jobProfile.siteName);
      expect(site?.province).toBe(v.province);
      expect(v.jobProfile.tasks.length).toBeGreaterThan(0);
      for (const t of v.jobProfile.tasks) for (const d of t.demands) expect(icfActivities.has(d), d).toBe(true);
      for (const a of v.jobProfile.adjustmentsAvailable) expect(icfAdjustments.has(a), a).toBe(true);
      expect(v.jobProfile.weeklyHours >= 1 && v.jobProfile.weeklyHours <= 48).toBe(true);
    }
    const accepted = region.enrolments.filter((e) => e.list === 'DISABILITY' && e.status === 'ACCEPTED');
    expect(region.matchingProfiles.map((m) => m.personKey).sort()).toEqual(accepted.map((e) => e.personKey).sort());
    for (const m of region.matchingProfiles) {
      for (const t of m.tasksToAvoid) expect(icfActivities.has(t), t).toBe(true);
      for (const a of m.workplaceAdjustments) expect(icfAdjustments.has(a), a).toBe(true);
    }
    // Someone must avoid lifting and some job demands it: the demo shows an exclusion.
    expect(region.matchingProfiles.some((m) => m.tasksToAvoid.includes('d430'))).toBe(true);
    expect(region.vacancies.some((v) => v.jobProfile.tasks.some((t) => t.demands.includes('d4300')))).toBe(true);
  });

  it('vacancies: in a province of the employer, some reserved, never in the future', () => {
    for (const v of region.vacancies) {
      const employer = employers.get(v.employerKey)!;
      expect(employer.sites.map((s) => s.province)).toContain(v.province);
      expect(v.openedOn <= region.today).toBe(true);
      expect(v.positions).toBeGreaterThanOrEqual(1);
      expect(v.occupationCode === null).toBe(v.occupationCodeSystem === null);
      if (v.reservedFor === 'DISABLED') expect(employer.employees).toBeGreaterThanOrEqual(15);
      if (v.reservedFor === 'ART18') expect(employer.employees).toBeGreaterThan(50);
    }
    expect(region.vacancies.some((v) => v.reservedFor === 'DISABLED')).toBe(true);
  });

  it('deliveries: by the provider in charge, for a service it is accredited for and whose target group fits (seed 003)', () => {
    for (const d of region.deliveries) {
      const takeInCharge = takeInCharges.get(d.takeInChargeKey)!;
      const provider = providers.get(d.providerKey)!;
      const standard = standards.get(d.serviceCode)!;
      const list = enrolmentOf.get(d.personKey)!.list;
      expect(takeInCharge.personKey).toBe(d.personKey);
      expect(takeInCharge.providerKey).toBe(d.providerKey);
      expect(provider.serviceCodes).toContain(d.serviceCode);
      expect(provider.accreditedFrom <= d.deliveredOn).toBe(true);
      expect(standard.area).not.toBe(4);
      expect(d.serviceCode).not.toBe('2Cb');
      expect(['EVERYONE', 'JOB_SEEKERS', 'DISABLED_OR_DISADVANTAGED']).toContain(standard.targetGroup);
      expect(['DISABILITY', 'ART18']).toContain(list);
      expect(d.deliveredOn >= takeInCharge.startedOn && d.deliveredOn <= region.today).toBe(true);
    }
    expect(new Set(region.deliveries.map((d) => d.idempotencyKey)).size).toBe(region.deliveries.length);
    expect(region.deliveries.some((d) => standards.get(d.serviceCode)!.area === 3)).toBe(true);
  });

  it('deliveries: a modality of the service, minutes and sessions within its bounds (seed 003)', () => {
    for (const d of region.deliveries) {
      const modality = standards.get(d.serviceCode)!.modalities.find((m) => m.code === d.modality);
      expect(modality, `${d.serviceCode} ${d.modality}`).toBeDefined();
      expect(
        withinModalityBounds(modality!, d.minutes, d.sessions),
        `${d.key} ${d.serviceCode} ${d.modality} ${d.minutes}/${d.sessions}`,
      ).toBe(true);
    }
  });

  it('3A individual interviews: 3 to 4 sessions of 45-60 minutes (seed 003)', () => {
    for (const d of region.deliveries.filter((x) => x.serviceCode === '3A' && x.modality === 'INDIVIDUAL_INTERVIEW')) {
      expect(d.sessions >= 3 && d.sessions <= 4).toBe(true);
      expect(d.minutes >= 45 * d.sessions && d.minutes <= 60 * d.sessions).toBe(true);
    }
  });

  it('deliveries: every required output, optional ones only from the service, a PAI update only after a PAI', () => {
    const hasPai = new Set<string>();
    const inOrder = [...region.deliveries].sort(
      (a, b) => a.deliveredOn.localeCompare(b.deliveredOn) || a.key.localeCompare(b.key),
    );
    for (const d of inOrder) {
      const outputs = standards.get(d.serviceCode)!.outputs;
      for (const required of outputs.filter((o) => !o.optional)) expect(d.outputs).toContain(required.code);
      for (const code of d.outputs) expect(outputs.map((o) => o.code)).toContain(code);
      if (d.outputs.includes('PAI_UPDATE')) expect(hasPai.has(d.personKey)).toBe(true);
      if (d.outputs.includes('PAI')) hasPai.add(d.personKey);
    }
  });

  it("placements: after the person's first delivery, never in the future, with consistent terms", () => {
    const firstDelivery = new Map<string, string>();
    for (const d of region.deliveries) {
      const seen = firstDelivery.get(d.personKey);
      if (!seen || d.deliveredOn < seen) firstDelivery.set(d.personKey, d.deliveredOn);
    }
    expect(region.placements.length).toBeGreaterThan(0);
    for (const p of region.placements) {
      const first = firstDelivery.get(p.personKey);
      expect(first, p.personKey).toBeDefined();
      expect(p.startedOn > first! && p.startedOn <= region.today).toBe(true);
      expect(p.termMonths !== null).toBe(p.contract === 'FIXED_TERM');
      expect(p.weeklyHours > 0 && p.weeklyHours <= 40).toBe(true);
      if (p.contract === 'APPRENTICESHIP')
        expect(age(people.get(p.personKey)!.birthDate, p.startedOn)).toBeLessThanOrEqual(29);
      if (p.vacancyKey !== null) {
        const vacancy = vacancies.get(p.vacancyKey)!;
        expect(vacancy.employerKey).toBe(p.employerKey);
        expect(vacancy.openedOn <= p.startedOn).toBe(true);
        const category = enrolmentOf.get(p.personKey)!.list === 'DISABILITY' ? 'DISABLED' : 'ART18';
        expect([null, category]).toContain(vacancy.reservedFor);
      }
    }
    expect(new Set(region.placements.map((p) => p.personKey)).size).toBe(region.placements.length);
  });

  it('L. 68/1999 art. 3 and 18: a hire counts toward the quota for the disability list at 15+ employees, art. 18 above 50', () => {
    for (const p of region.placements) {
      const list = enrolmentOf.get(p.personKey)!.list;
      const employees = employers.get(p.employerKey)!.employees;
      const expected = p.contract !== 'AGENCY' && (list === 'DISABILITY' ? employees >= 15 : employees > 50);
      expect(p.countsTowardQuota, p.key).toBe(expected);
    }
    expect(region.placements.some((p) => p.countsTowardQuota)).toBe(true);
  });

  it('keys are unique within each kind of entity', () => {
    for (const list of [
      region.providers,
      region.people,
      region.enrolments,
      region.takeInCharges,
      region.employers,
      region.vacancies,
      region.deliveries,
      region.placements,
    ]) {
      expect(new Set(list.map((x) => x.key)).size).toBe(list.length);
    }
  });

  describe('workforce reports (prospetto informativo, L. 68/1999 art. 9 c.6)', () => {
    it('every employer of 15 or more reports the year before today, received by 31 January, leaving part of the quota uncovered', () => {
      const region = generateRegion({ seed: 3, size: 'small' });
      const employersOf15 = region.employers.filter((e) => e.employees >= 15);
      expect(region.workforceReports.map((r) => r.employerKey).sort()).toEqual(employersOf15.map((e) => e.key).sort());
      for (const report of region.workforceReports) {
        const employer = region.employers.find((e) => e.key === report.employerKey)!;
        expect(report.year).toBe(Number(region.today.slice(0, 4)) - 1);
        expect(report.submittedOn <= `${report.year + 1}-01-31`).toBe(true);
        expect(report.workers.reduce((n, w) => n + w.count, 0)).toBe(employer.employees);
        const hired = report.workers.filter((w) => w.protected).reduce((n, w) => n + w.count, 0);
        const quota =
          employer.employees <= 35 ? 1 : employer.employees <= 50 ? 2 : Math.round(employer.employees * 0.07);
        expect(hired).toBeLessThan(quota);
      }
    });
  });
});

describe('generateRegion: services to employers (seed 003, area 4)', () => {
  const providers = new Map(medium.providers.map((p) => [p.key, p]));
  const employers = new Map(medium.employers.map((e) => [e.key, e]));

  it('some employers get services of area 4, every one within its modality bounds (seed 003)', () => {
    expect(medium.employerServices.length).toBeGreaterThan(0);
    for (const s of medium.employerServices) {
      const standard = standards.get(s.serviceCode)!;
      expect(standard.area).toBe(4);
      const modality = standard.modalities.find((m) => m.code === s.modality)!;
      expect(withinModalityBounds(modality, s.minutes, s.sessions), `${s.key} ${s.minutes}/${s.sessions}`).toBe(true);
      expect(s.deliveredOn <= medium.today).toBe(true);
    }
  });

  it("each is delivered by the CPI of the employer's province or an accredited body there accredited for it", () => {
    for (const s of medium.employerServices) {
      const provider = providers.get(s.providerKey)!;
      const employer = employers.get(s.employerKey)!;
      expect(provider.province).toBe(employer.province);
      if (provider.kind === 'ACCREDITED') {
        expect(provider.serviceCodes).toContain(s.serviceCode);
        expect(provider.accreditedFrom <= s.deliveredOn).toBe(true);
      }
    }
  });

  it('4E names its redundant workers: one per individual interview, never the same one twice for an employer (seed 003, 4E)', () => {
    const seen = new Set<string>();
    for (const s of medium.employerServices) {
      if (s.serviceCode !== '4E') {
        expect(s.redundantWorkers).toEqual([]);
        continue;
      }
      expect(employers.get(s.employerKey)!.employees).toBeGreaterThan(15);
      if (s.modality === 'INDIVIDUAL_INTERVIEW') expect(s.redundantWorkers).toHaveLength(1);
      else expect(s.redundantWorkers.length).toBeGreaterThanOrEqual(2);
      for (const w of s.redundantWorkers) {
        const id = `${s.employerKey}|${s.modality}|${w}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });

  it('a few reports withdrawn, each naming a reported service, by its reporter or the CPI of its employer', () => {
    const services = new Map(medium.employerServices.map((s) => [s.key, s]));
    const withdrawn = medium.employerServiceWithdrawals;
    expect(withdrawn.length).toBeGreaterThan(1);
    expect(withdrawn.length).toBeLessThanOrEqual(MAX_DEMO_WITHDRAWALS);
    expect(new Set(withdrawn.map((w) => w.serviceKey)).size).toBe(withdrawn.length);
    for (const w of withdrawn) expect(services.has(w.serviceKey), w.serviceKey).toBe(true);
    expect(new Set(withdrawn.map((w) => w.by))).toEqual(new Set(['REPORTER', 'EMPLOYER_CPI']));
  });
});

describe('generateRegion: the referrals of the default demo (seed 42, small; L. 68/1999 art. 7, 9)', () => {
  it('the referral employer has a vacancy reserved for the disability quota and people of its province to name', () => {
    const employer = referralEmployer(small.employers, small.workforceReports)!;
    expect(employer).not.toBeNull();
    const vacancy = reservedVacancyOf(employer, small.vacancies);
    expect(vacancy).toMatchObject({ employerKey: employer.key, province: employer.province, reservedFor: 'DISABLED' });
    const named = nominativeCandidates(employer, small);
    // More than the numeric request refers (two), so one is left to name whoever the ranking puts first.
    expect(named.length).toBeGreaterThan(2);
    const placed = new Set(small.placements.map((p) => p.personKey));
    for (const p of named) {
      expect(p.residenceProvince).toBe(employer.province);
      expect(placed.has(p.key)).toBe(false);
    }
  });
});
