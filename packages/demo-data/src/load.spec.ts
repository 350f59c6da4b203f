import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callers, createTestDatabase, gql, tokenFor, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../../../scripts/graph.ts';
import { DemoLoadError } from './gateway-client.ts';
import { generateRegion } from './generate.ts';
import { isRegionLoaded, loadRegion, type LoadSummary } from './load.ts';
import { referralEmployer, reservedVacancyOf } from './referrals.ts';

// Forty people: every phase and every kind of caller, in a few seconds on the embedded database.
const dataset = generateRegion({ seed: 11, size: 40 });

let database: TestDatabase;
let graph: RunningGraph;
let loadedBefore: boolean;
let summary: LoadSummary;

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true });
  loadedBefore = await isRegionLoaded(graph.gatewayUrl);
  summary = await loadRegion(dataset, { gatewayUrl: graph.gatewayUrl });
}, 120_000);

afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

describe('loadRegion through the gateway', () => {
  it('the demo shows a shortlist: a CPI matches a reserved vacancy of its province against its list', async () => {
    const listed = new Map<string, number>();
    for (const m of dataset.matchingProfiles) {
      const province = dataset.people.find((p) => p.key === m.personKey)!.residenceProvince;
      listed.set(province, (listed.get(province) ?? 0) + 1);
    }
    const vacancy = dataset.vacancies
      .filter((v) => v.reservedFor === 'DISABLED' && listed.has(v.province))
      .sort((a, b) => listed.get(b.province)! - listed.get(a.province)!)[0];
    expect(vacancy).toBeDefined();
    const cpi = await callers.cpi(vacancy!.province, summary.cpiByProvince[vacancy!.province]);
    const { data, errors } = await gql(
      graph.gatewayUrl,
      cpi,
      'mutation ($input: BuildShortlistInput!) { buildShortlist(input: $input) { consideredCount candidates { score components { explanation } } exclusions { reasons } } }',
      {
        input: {
          vacancyId: summary.ids.vacancies[vacancy!.key],
          referenceDate: dataset.today,
          size: 50,
          idempotencyKey: 'demo-shortlist',
        },
      },
    );
    expect(errors).toBeUndefined();
    const shortlist = data!['buildShortlist'];
    expect(shortlist.consideredCount).toBeGreaterThan(0);
    expect(shortlist.candidates.length + shortlist.exclusions.length).toBe(shortlist.consideredCount);
    for (const c of shortlist.candidates) expect(c.components).toHaveLength(4);
  });

  it('isRegionLoaded: false on an empty graph, true once the region is in', async () => {
    expect(loadedBefore).toBe(false);
    expect(await isRegionLoaded(graph.gatewayUrl)).toBe(true);
  });

  it('every entity of the dataset got a server id', () => {
    const { ids } = summary;
    expect(Object.keys(ids.providers)).toHaveLength(dataset.providers.length);
    expect(Object.keys(ids.people)).toHaveLength(dataset.people.length);
    expect(Object.keys(ids.enrolments)).toHaveLength(dataset.enrolments.length);
    expect(Object.keys(ids.takeInCharges)).toHaveLength(dataset.takeInCharges.length);
    expect(Object.keys(ids.employers)).toHaveLength(dataset.employers.length);
    expect(Object.keys(ids.vacancies)).toHaveLength(dataset.vacancies.length);
    expect(Object.keys(ids.deliveries)).toHaveLength(dataset.deliveries.length);
    expect(Object.keys(ids.placements)).toHaveLength(dataset.placements.length);
    expect(summary.counts.enrolmentDecisions).toBe(dataset.enrolments.reduce((n, e) => n + e.transitions.length, 0));
    expect(Object.keys(summary.cpiByProvince).sort()).toEqual([
      'BG',
      'BS',
      'CO',
      'CR',
      'LC',
      'LO',
      'MB',
      'MI',
      'MN',
      'PV',
      'SO',
      'VA',
    ]);
  });

  it('the services to employers are in the graph: each CPI counts those of its employers in its indicators, the withdrawn ones not', async () => {
    expect(dataset.employerServices.length).toBeGreaterThan(0);
    const provinceOf = new Map(dataset.employers.map((e) => [e.key, e.province]));
    const withdrawn = new Set(dataset.employerServiceWithdrawals.map((w) => w.serviceKey));
    for (const [province, cpiId] of Object.entries(summary.cpiByProvince)) {
      const expected = dataset.employerServices.filter(
        (s) => provinceOf.get(s.employerKey) === province && !withdrawn.has(s.key),
      ).length;
      const answer = await gql(
        graph.gatewayUrl,
        await callers.cpi(province, cpiId),
        'query ($q: IndicatorQuery!) { indicators(query: $q) { employerServices { cells { measures { name value } } } } }',
        { q: { from: '2020-01-01', to: dataset.today, granularity: 'YEAR' } },
      );
      const cells = answer.data?.['indicators'].employerServices.cells as Array<{
        measures: Array<{ name: string; value: number }>;
      }>;
      const total = cells.reduce((n, c) => n + c.measures.find((m) => m.name === 'deliveries')!.value, 0);
      expect(total, province).toBe(expected);
    }
  });

  it('the withdrawn services to employers show their cancellation, by the reporter or by the CPI of the employer', async () => {
    expect(dataset.employerServiceWithdrawals.length).toBeGreaterThan(0);
    const serviceOf = new Map(dataset.employerServices.map((s) => [s.key, s]));
    const employerOf = new Map(dataset.employers.map((e) => [e.key, e]));
    for (const w of dataset.employerServiceWithdrawals) {
      const service = serviceOf.get(w.serviceKey)!;
      const { province } = employerOf.get(service.employerKey)!;
      const cpiId = summary.cpiByProvince[province]!;
      const { data, errors } = await gql(
        graph.gatewayUrl,
        await callers.cpi(province, cpiId),
        'query ($id: ID!) { employer(id: $id) { serviceDeliveries { id cancellation { reason cancelledByOrganisation } } } }',
        { id: summary.ids.employers[service.employerKey] },
      );
      expect(errors).toBeUndefined();
      const report = data!['employer'].serviceDeliveries.find(
        (d: { id: string }) => d.id === summary.ids.employerServices[w.serviceKey],
      );
      const by = w.by === 'REPORTER' ? summary.ids.providers[service.providerKey] : cpiId;
      expect(report?.cancellation, w.serviceKey).toEqual({ reason: w.reason, cancelledByOrganisation: by });
    }
  });

  it('the extended internships show their extension (proroga), recorded by the promoter', async () => {
    const extended = dataset.internships.filter((i) => i.extension);
    expect(extended.length).toBeGreaterThan(0);
    const providerOf = new Map(dataset.providers.map((p) => [p.key, p]));
    for (const i of extended) {
      const promoter = providerOf.get(i.providerKey)!;
      const token =
        promoter.kind === 'CPI'
          ? await callers.cpi(promoter.province, summary.ids.providers[promoter.key])
          : await callers.accredited(summary.ids.providers[promoter.key]!);
      const { data, errors } = await gql(
        graph.gatewayUrl,
        token,
        'query ($id: ID!) { person(id: $id) { internships { id currentEndOn extensions { previousEndOn newEndOn agreedOn reason } } } }',
        { id: summary.ids.people[i.personKey] },
      );
      expect(errors).toBeUndefined();
      const internship = data!['person'].internships.find(
        (x: { id: string }) => x.id === summary.ids.internships[i.key],
      );
      expect(internship, i.key).toEqual({
        id: summary.ids.internships[i.key],
        currentEndOn: i.extension!.newEndOn,
        extensions: [{ previousEndOn: i.project.plannedEndOn, ...i.extension }],
      });
    }
  });

  it('the workforce reports make obligations: a CPI ranks employers of its province with uncovered positions (L. 68/1999 art. 3, 9)', async () => {
    expect(dataset.workforceReports.length).toBeGreaterThan(0);
    const report = dataset.workforceReports[0]!;
    const province = dataset.employers.find((e) => e.key === report.employerKey)!.province;
    const cpi = await callers.cpi(province, summary.cpiByProvince[province]);
    const { data, errors } = await gql(
      graph.gatewayUrl,
      cpi,
      'query ($p: String!, $on: Date!) { obligationRanking(province: $p, on: $on) { quota uncovered } }',
      { p: province, on: dataset.today },
    );
    expect(errors).toBeUndefined();
    const ranking = data!['obligationRanking'] as Array<{ quota: number; uncovered: number }>;
    expect(ranking.length).toBeGreaterThan(0);
    expect(ranking.every((s) => s.quota > 0 && s.uncovered > 0)).toBe(true);
  });

  it('referrals show in the demo: a CPI numeric request with a refusal and a referral awaiting its outcome, and a nominative request ending in a hire (L. 68/1999 art. 7, 9)', async () => {
    const employer = referralEmployer(dataset.employers, dataset.workforceReports);
    expect(employer).not.toBeNull();
    const cpi = await callers.cpi(employer!.province, summary.cpiByProvince[employer!.province]);
    const { data, errors } = await gql(
      graph.gatewayUrl,
      cpi,
      'query ($id: ID!) { referralRequests(employerId: $id) { origin kind status hired nominees vacancy { reservedFor } referrals { outcome notHiredReason referredOn placementId person { id } } } }',
      { id: summary.ids.employers[employer!.key] },
    );
    expect(errors).toBeUndefined();
    type Request = {
      origin: string;
      kind: string;
      status: string;
      hired: number;
      nominees: string[];
      vacancy: { reservedFor: string } | null;
      referrals: Array<{
        outcome: string | null;
        notHiredReason: string | null;
        referredOn: string;
        placementId: string | null;
        person: { id: string } | null;
      }>;
    };
    const requests = data!['referralRequests'] as Request[];
    expect(requests.map((r) => r.kind).sort()).toEqual(['NOMINATIVE', 'NUMERIC']);
    const numeric = requests.find((r) => r.kind === 'NUMERIC')!;
    expect(numeric.origin).toBe('CPI_AFTER_TERM');
    expect(numeric.referrals.map((r) => [r.outcome, r.notHiredReason])).toEqual([
      ['NOT_HIRED', 'PERSON_DECLINED_WITHOUT_REASON'],
      [null, null],
    ]);
    const nominative = requests.find((r) => r.kind === 'NOMINATIVE')!;
    expect(nominative).toMatchObject({ origin: 'EMPLOYER', status: 'FILLED', hired: 1 });
    const vacancy = reservedVacancyOf(employer!, dataset.vacancies);
    expect(nominative.vacancy).toEqual(vacancy ? { reservedFor: 'DISABLED' } : null);
    const [hire] = nominative.referrals;
    expect(hire).toMatchObject({ outcome: 'HIRED', notHiredReason: null });
    const named = dataset.people.find((p) => summary.ids.people[p.key] === hire!.person!.id)!;
    expect(nominative.nominees).toEqual([named.fiscalCode]);
    // The hire is the placement the CPI recorded for the named person, counting toward the quota from the referral day.
    const placement = await gql(
      graph.gatewayUrl,
      cpi,
      'query ($id: ID!) { placement(id: $id) { startedOn countsTowardQuota quotaStatus person { id } employer { id } } }',
      { id: hire!.placementId },
    );
    expect(placement.errors).toBeUndefined();
    expect(placement.data!['placement']).toEqual({
      startedOn: hire!.referredOn,
      countsTowardQuota: true,
      quotaStatus: 'CONFIRMED',
      person: { id: hire!.person!.id },
      employer: { id: summary.ids.employers[employer!.key] },
    });
  });

  it('a share of the people taken in charge have profiling, a signed pact and a PAI, so a CPI counts them taken in charge (D.Lgs. 150/2015 art. 19-20)', async () => {
    expect(dataset.servicePacts.length).toBeGreaterThan(0);
    const provinceOf = new Map(dataset.people.map((p) => [p.key, p.residenceProvince]));
    const perProvince = new Map<string, number>();
    for (const pact of dataset.servicePacts) {
      const province = provinceOf.get(pact.personKey)!;
      perProvince.set(province, (perProvince.get(province) ?? 0) + 1);
    }
    const [province, pacts] = [...perProvince].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const cpi = await callers.cpi(province, summary.cpiByProvince[province]);
    const pact = dataset.servicePacts.find((p) => provinceOf.get(p.personKey) === province)!;
    const person = await gql(
      graph.gatewayUrl,
      cpi,
      'query ($id: ID!) { person(id: $id) { servicePact { status signedOn } actionPlan { goals services { serviceStandard { code } } } profiling { score computedOn } qualitativeProfiling { needs } } }',
      { id: summary.ids.people[pact.personKey] },
    );
    expect(person.errors).toBeUndefined();
    expect(person.data!['person']).toEqual({
      servicePact: { status: 'SIGNED', signedOn: pact.on },
      actionPlan: { goals: pact.plan.goals, services: [{ serviceStandard: { code: pact.plan.serviceCode } }] },
      profiling: { score: pact.quantitative.score, computedOn: pact.on },
      qualitativeProfiling: { needs: pact.qualitative.needs },
    });
    const { data, errors } = await gql(
      graph.gatewayUrl,
      cpi,
      'query ($q: IndicatorQuery!) { indicators(query: $q) { takenInCharge { cells { measures { name value } } } } }',
      { q: { from: '2020-01-01', to: dataset.today, granularity: 'YEAR' } },
    );
    expect(errors).toBeUndefined();
    const cells = data!['indicators'].takenInCharge.cells as Array<{
      measures: Array<{ name: string; value: number }>;
    }>;
    const total = cells.reduce((n, c) => n + c.measures.find((m) => m.name === 'takeInCharges')!.value, 0);
    // Only the take-in-charges whose pact the demo signed: the others lack the assessment, orientation and pact.
    expect(total).toBe(pacts);
  });

  it('the sample person reads back across the four subgraphs as the CPI of the province', async () => {
    const sample = summary.samplePerson!;
    expect(sample).not.toBeNull();
    const token = await tokenFor({
      sub: 'test@cpi',
      org: summary.cpiByProvince[sample.province]!,
      org_kind: 'cpi',
      province: sample.province,
      scope: 'people:read',
    });
    const { data, errors } = await gql(
      graph.gatewayUrl,
      token,
      `query ($id: ID!) {
      person(id: $id) { fiscalCode enrolments { status } takeInCharges { provider { id kind } } deliveries { minutes modality serviceStandard { code } } placements { contract employer { id } } }
    }`,
      { id: sample.id },
    );
    expect(errors).toBeUndefined();
    const person = data!['person'];
    const generated = dataset.people.find((p) => p.key === sample.key)!;
    expect(person.fiscalCode).toBe(generated.fiscalCode);
    expect(person.enrolments.map((e: { status: string }) => e.status)).toEqual(['ACCEPTED']);
    expect(person.takeInCharges.map((t: { provider: { id: string } }) => t.provider.id)).toEqual([sample.providerId]);
    const expected = dataset.deliveries.filter((d) => d.personKey === sample.key);
    expect(person.deliveries.map((d: { serviceStandard: { code: string } }) => d.serviceStandard.code).sort()).toEqual(
      expected.map((d) => d.serviceCode).sort(),
    );
    expect(person.placements).toHaveLength(1);
    expect(person.placements[0].employer.id).toBe(
      summary.ids.employers[dataset.placements.find((p) => p.personKey === sample.key)!.employerKey],
    );
  });

  it('the provider in charge sees its own deliveries to the sample person', async () => {
    const sample = summary.samplePerson!;
    const token =
      sample.providerKind === 'ACCREDITED'
        ? await tokenFor({ sub: 'test@body', org: sample.providerId, org_kind: 'accredited', scope: 'people:read' })
        : await tokenFor({
            sub: 'test@cpi',
            org: sample.providerId,
            org_kind: 'cpi',
            province: sample.province,
            scope: 'people:read',
          });
    const { data, errors } = await gql(
      graph.gatewayUrl,
      token,
      'query ($id: ID!) { provider(id: $id) { deliveries { id } } }',
      { id: sample.providerId },
    );
    expect(errors).toBeUndefined();
    const own = dataset.deliveries
      .filter((d) => summary.ids.providers[d.providerKey] === sample.providerId)
      .map((d) => summary.ids.deliveries[d.key]);
    expect(data!['provider'].deliveries.map((d: { id: string }) => d.id).sort()).toEqual(own.sort());
  });

  // The single mode's contract; in bulk mode a refused row stops the load after its call (importPeople writes the
  // call's other rows), which the bulk e2e suite (test/bulk-load.e2e.ts) covers row by row.
  it('single mode stops at the first refused request and says which one (a wrong fiscal code is BAD_USER_INPUT)', async () => {
    const broken = generateRegion({ seed: 12, size: 3 });
    const first = broken.people[0]!;
    first.fiscalCode = first.fiscalCode.slice(0, 15) + (first.fiscalCode.endsWith('A') ? 'B' : 'A');
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const failure = await loadRegion(broken, { gatewayUrl: graph.gatewayUrl, concurrency: 1, mode: 'single' }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(DemoLoadError);
      expect(failure).toMatchObject({
        operation: 'registerPerson',
        entityKey: first.key,
        errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
      });
      expect(printed).toHaveBeenCalledOnce();
      // Nothing after the failed person was attempted: the second person was never registered.
      const cpi = broken.providers.find((p) => p.kind === 'CPI' && p.province === broken.people[1]!.residenceProvince)!;
      const token = await tokenFor({
        sub: 'test@cpi',
        org: 'any',
        org_kind: 'cpi',
        province: cpi.province,
        scope: 'people:read',
      });
      const { data } = await gql(
        graph.gatewayUrl,
        token,
        'query ($f: String!) { personByFiscalCode(fiscalCode: $f) { id } }',
        { f: broken.people[1]!.fiscalCode },
      );
      expect(data!['personByFiscalCode']).toBeNull();
    } finally {
      printed.mockRestore();
    }
  });
});
