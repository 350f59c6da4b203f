import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishFamily, normaliseRequest } from '@reg/indicators';
import { createLogger } from '@reg/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@reg/testkit';
import { buildEmployers } from '../server.ts';
import type { EmployersRemote } from '../remote/index.ts';
import { agreements, employers, exemptions, referralRequests, referrals, suspensions } from './tables.ts';
import { L68_MEASURES } from './indicator-store.ts';

/*
 * The l68 family's lattice (DOMAIN.md "Monitoring": for L. 68/1999 the Region reports enrolled, hires, exemptions,
 * suspensions, sanctions; INAPP report to Parliament) over hand-made acts, on either driver (DATABASE_URL for a
 * PostgreSQL server, else PGlite):
 * - MI: a nominative request (2025-03-03) naming p1..p6, all referred on 2025-03-10, p1..p5 hired on 2025-04-01,
 *   p6 not hired; a numeric request (2025-05-05), p7 and p8 referred on 2025-05-20, p7 hired on 2025-06-02;
 *   an exemption from 2025-02-01, an agreement from 2025-07-01;
 * - TO: a numeric request (2025-03-15), p9 referred 2025-03-20 and hired 2025-04-10; a suspension from 2025-09-01.
 */
const remote: EmployersRemote = {
  matchingPool: async () => [],
  rankingOrder: async () => [],
  placementFacts: async () => null,
  quotaHires: async () => [],
};

let database: TestDatabase;
let service: Awaited<ReturnType<typeof buildEmployers>>;

beforeAll(async () => {
  database = await createTestDatabase();
  service = await buildEmployers({ location: database.location, remote, logger: createLogger('employers', 'silent') });
  const db = service.database.db;
  await db.insert(employers).values([
    {
      id: 'e-mi',
      name: 'Officine MI',
      fiscalCode: '01199250158',
      kind: 'PRIVATE',
      atecoCode: '25.62',
      province: 'MI',
      createdBy: 't',
    },
    {
      id: 'e-to',
      name: 'Officine TO',
      fiscalCode: '02199250158',
      kind: 'PRIVATE',
      atecoCode: '25.62',
      province: 'TO',
      createdBy: 't',
    },
  ]);
  const request = (
    id: string,
    employerId: string,
    province: string,
    kind: 'NOMINATIVE' | 'NUMERIC',
    filedOn: string,
  ) => ({
    id,
    employerId,
    province,
    category: 'DISABLED' as const,
    kind,
    origin: 'EMPLOYER' as const,
    qualification: 'Operaio',
    positions: 6,
    nominees: [],
    filedOn,
    nominativeRule: 'test',
    idempotencyKey: id,
    filedByOrg: employerId,
    filedBy: 't',
    filedByKind: 'employer',
  });
  await db
    .insert(referralRequests)
    .values([
      request('q-nom', 'e-mi', 'MI', 'NOMINATIVE', '2025-03-03'),
      request('q-num', 'e-mi', 'MI', 'NUMERIC', '2025-05-05'),
      request('q-to', 'e-to', 'TO', 'NUMERIC', '2025-03-15'),
    ]);
  const referral = (n: number, requestId: string, referredOn: string, hiredOn: string | null) => ({
    id: `r${n}`,
    requestId,
    personId: `p${n}`,
    givenName: 'X',
    familyName: 'Y',
    rankingPosition: n,
    referenceDate: referredOn,
    referredOn,
    idempotencyKey: `r${n}`,
    referredByOrg: 'cpi',
    referredBy: 't',
    outcome: hiredOn ? ('HIRED' as const) : ('NOT_HIRED' as const),
    outcomeOn: hiredOn ?? referredOn,
  });
  await db
    .insert(referrals)
    .values([
      ...[1, 2, 3, 4, 5].map((n) => referral(n, 'q-nom', '2025-03-10', '2025-04-01')),
      referral(6, 'q-nom', '2025-03-10', null),
      referral(7, 'q-num', '2025-05-20', '2025-06-02'),
      referral(8, 'q-num', '2025-05-20', null),
      referral(9, 'q-to', '2025-03-20', '2025-04-10'),
    ]);
  const authorised = { authorisedBy: 't' };
  await db.insert(exemptions).values({
    id: 'x1',
    employerId: 'e-mi',
    province: 'MI',
    percentage: 60,
    securityOrTransportSector: false,
    validFrom: '2025-02-01',
    validTo: '2025-12-31',
    quota: 3,
    positions: 1,
    reportYear: 2024,
    reportVersion: 1,
    ...authorised,
  });
  await db
    .insert(agreements)
    .values({ id: 'a1', employerId: 'e-mi', province: 'MI', startsOn: '2025-07-01', schedule: [], ...authorised });
  await db.insert(suspensions).values({
    id: 's1',
    employerId: 'e-to',
    province: 'TO',
    validFrom: '2025-09-01',
    legalBasis: 'CIGS',
    ...authorised,
  });
}, 180_000);

afterAll(async () => {
  await service?.database.close();
  await database?.drop();
});

const whole = { province: null, provider: null, suppress: false };
const measuresOf = (cell: { measures: Readonly<Record<string, number | null>> }) =>
  L68_MEASURES.map((m) => cell.measures[m]);

describe('l68: L. 68/1999 acts by province and period (INAPP report to Parliament)', () => {
  it('counts requests, referrals and hires by nominative/numeric, exemptions, agreements and suspensions', async () => {
    const lattice = await service.stores.indicators.l68({ from: '2025-01-01', to: '2025-12-31', scope: whole });
    const at = (period: string, province: string | null) =>
      lattice.find((c) => c.period === period && c.province === province);
    // Region 2025: 3 requests (1 nominative, 2 numeric); 9 people referred (6 nominative, 3 numeric); 7 hired
    // (5 nominative, 2 numeric); 1 exemption, 1 agreement, 1 suspension; 9 people in all.
    expect(at('2025', null)?.people).toBe(9);
    expect(measuresOf(at('2025', null)!)).toEqual([1, 2, 9, 6, 3, 7, 5, 2, 1, 1, 1]);
    expect(measuresOf(at('2025', 'TO')!)).toEqual([0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 1]);
    // Hires by the outcome's day: April holds MI's 5 nominative hires and TO's 1 numeric.
    expect(measuresOf(at('2025-04', null)!)).toEqual([0, 0, 0, 0, 0, 6, 5, 1, 0, 0, 0]);
    // A CPI's scope: its province's acts only.
    const cpi = await service.stores.indicators.l68({
      from: '2025-01-01',
      to: '2025-12-31',
      scope: { province: 'TO', provider: null, suppress: false },
    });
    expect(new Set(cpi.map((c) => c.province))).toEqual(new Set([null, 'TO']));
    expect(measuresOf(cpi.find((c) => c.period === '2025' && c.province === null)!)).toEqual(
      measuresOf(at('2025', 'TO')!),
    );
  });

  it('suppresses a cell where any count of people is 1-4 (health data, threshold 5), whatever its acts of employers', async () => {
    const scope = { province: null, provider: null, suppress: true };
    const lattice = await service.stores.indicators.l68({ from: '2025-01-01', to: '2025-12-31', scope });
    const family = { name: 'l68', definition: '', measureNames: [...L68_MEASURES], hasService: false };
    const ask = (groupBy: Array<'PROVINCE'>) =>
      publishFamily(
        family,
        lattice,
        normaliseRequest({ from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR', groupBy }),
        scope,
      );
    // The region's year: 2 numeric hires (and 3 numeric referrals) identify people: suppressed.
    expect(ask([]).cells.map((c) => c.suppression)).toEqual(['PRIMARY']);
    // Both provinces have small counts of people too: MI 2 numeric referrals and 1 numeric hire, TO 1 and 1.
    expect(ask(['PROVINCE']).cells.map((c) => [c.province, c.suppression])).toEqual([
      ['MI', 'PRIMARY'],
      ['TO', 'PRIMARY'],
    ]);
  });
});
