import { describe, expect, it } from 'vitest';
import { greatCircleKm, municipalityDistanceKm } from './distance.ts';

describe('municipality distance (great circle, reference/municipality-coordinates.ts of 2026-11-23)', () => {
  it('haversine on the IUGG mean radius: one degree of latitude is 111.2 km', () => {
    expect(greatCircleKm({ lat: 45, lon: 9 }, { lat: 46, lon: 9 })).toBeCloseTo(111.19, 1);
  });
  it('Milano (F205) to Monza (F704) is about 14.6 km, the same both ways', () => {
    expect(municipalityDistanceKm('F205', 'F704')).toBe(14.6);
    expect(municipalityDistanceKm('F704', 'F205')).toBe(14.6);
  });
  it('Milano (F205) to Bergamo (A794) is about 45 km in a straight line', () => {
    expect(municipalityDistanceKm('F205', 'A794')).toBeGreaterThan(40);
    expect(municipalityDistanceKm('F205', 'A794')).toBeLessThan(47);
  });
  it('the same municipality is 0 km', () => {
    expect(municipalityDistanceKm('F205', 'F205')).toBe(0);
  });
  it('an unknown municipality gives null, never 0 km (README "Vacancies and matching", distances)', () => {
    expect(municipalityDistanceKm('Z999', 'F205')).toBeNull();
    expect(municipalityDistanceKm('F205', 'H501')).toBeNull();
    expect(municipalityDistanceKm('H501', 'H501')).toBeNull();
  });
});
