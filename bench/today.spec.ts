import { describe, expect, it } from 'vitest';
import { medianOfRounds, personCase } from './today.ts';

// Lines as both versions of bench/gateways.bench.ts print them (the at 0bce791 and this one).
const output = `
2 cores (Intel(R) Xeon(R) Processor), 10 connections, 5 s per run, 3 interleaved rounds, median shown
  round 1 ${personCase} / this gateway: 90 req/s, 17.10 ms CPU/req, load 3.10
  round 1 ${personCase} / this gateway, JS planner: 70 req/s, 20.00 ms CPU/req, load 3.20
  round 2 ${personCase} / this gateway: 84 req/s, 17.90 ms CPU/req, load 2.50
  round 3 ${personCase} / this gateway: 87 req/s, 17.50 ms CPU/req, load 4.00
  round 1 person(id) { familyName } (people only), varied / this gateway: 443 req/s, 3.40 ms CPU/req, load 3.00
`;

describe("today's graph read from the gateways bench's output", () => {
  it('takes the median of the rounds of exactly that case and variant, with the load range', () => {
    expect(medianOfRounds(output, personCase, 'this gateway')).toEqual({ rps: 87, cpu: 17.5, load: '2.50-4.00' });
    expect(medianOfRounds(output, personCase, 'this gateway, JS planner')).toEqual({
      rps: 70,
      cpu: 20,
      load: '3.20-3.20',
    });
  });

  it('an output without the case is an error, not a zero', () => {
    expect(() => medianOfRounds(output, personCase, '@apollo/gateway')).toThrow(/no round/);
  });
});
