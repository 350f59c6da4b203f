import { addMonths } from '@reg/calendar';
import { describe, expect, it } from 'vitest';
import { generateRegion } from './generate.ts';
import { type DemoInternship, MAX_DEMO_INTERNSHIPS } from './internships.ts';

/** The end an internship is due on: its extension's, else its project's. */
const currentEndOf = (i: DemoInternship) => i.extension?.newEndOn ?? i.project.plannedEndOn;

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
      expect(currentEndOf(i) < addMonths(project.plannedStartOn, 12)).toBe(true);
      if (i.startedOn) expect(i.startedOn <= dataset.today).toBe(true);
      if (i.end) expect(i.end.endedOn <= currentEndOf(i) && i.end.endedOn <= dataset.today).toBe(true);
      if (i.attestation) expect(i.end?.reason === 'COMPLETED' && i.attestation.issuedOn >= i.end.endedOn).toBe(true);
    }
  });

  it('some are extended (proroga), agreed while they ran, to a later end, before any end or attestation', () => {
    const extended = dataset.internships.filter((i) => i.extension);
    expect(extended.length).toBeGreaterThan(0);
    for (const i of extended) {
      const e = i.extension!;
      expect(i.startedOn).not.toBeNull();
      expect(i.startedOn! <= e.agreedOn && e.agreedOn <= i.project.plannedEndOn && e.agreedOn <= dataset.today).toBe(
        true,
      );
      expect(e.newEndOn > i.project.plannedEndOn).toBe(true);
      expect(e.reason.length).toBeGreaterThan(0);
      if (i.end) expect(i.end.reason === 'COMPLETED' && i.end.endedOn === e.newEndOn).toBe(true);
    }
  });
});
