import { addMonths } from '@reg/calendar';
import { describe, expect, it } from 'vitest';
import { generateRegion } from './generate.ts';
import { MAX_DEMO_INTERNSHIPS } from './internships.ts';

describe('demo internships', () => {
  const dataset = generateRegion({ seed: 11, size: 120 });
  const deliveries = dataset.deliveries;

  it('a few, each promoted by a provider whose 2Cc/3Bc deliveries to the person start on the agreement day', () => {
    expect(dataset.internships.length).toBeGreaterThan(0);
    expect(dataset.internships.length).toBeLessThanOrEqual(MAX_DEMO_INTERNSHIPS);
    for (const i of dataset.internships)
      expect(
        deliveries.some(
          (d) =>
            d.personKey === i.personKey &&
            d.providerKey === i.providerKey &&
            d.serviceCode === i.serviceCode &&
            d.deliveredOn === i.signedOn,
        ),
      ).toBe(true);
  });

  it('dates in the order the graph checks, within 12 months, nothing after the reference date', () => {
    for (const i of dataset.internships) {
      const { project } = i;
      expect(i.signedOn <= project.approvedOn && project.approvedOn <= project.plannedStartOn).toBe(true);
      expect(project.plannedEndOn < addMonths(project.plannedStartOn, 12)).toBe(true);
      if (i.startedOn) expect(i.startedOn <= dataset.today).toBe(true);
      if (i.end) expect(i.end.endedOn <= project.plannedEndOn && i.end.endedOn <= dataset.today).toBe(true);
      if (i.attestation) expect(i.end?.reason === 'COMPLETED' && i.attestation.issuedOn >= i.end.endedOn).toBe(true);
    }
  });
});
