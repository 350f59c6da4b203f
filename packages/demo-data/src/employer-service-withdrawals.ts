import type { DemoEmployerService } from './employer-services.ts';
import type { GatewayRequest } from './gateway-client.ts';
import type { Random } from './random.ts';

/** At most this many withdrawn reports in a demo region: a few to show, not a statistic. */
export const MAX_DEMO_WITHDRAWALS = 6;

/** A report of a service to an employer withdrawn as made in error (cancelEmployerServiceDelivery). */
export interface DemoEmployerServiceWithdrawal {
  serviceKey: string;
  /** Who withdraws it: the provider that reported it, or the CPI of the employer's province. */
  by: 'REPORTER' | 'EMPLOYER_CPI';
  reason: string;
}

const reasons = [
  'Servizio registrato sul datore di lavoro sbagliato',
  'Stesso incontro registrato due volte',
  'Incontro annullato dal datore di lavoro',
];

/**
 * One report in twenty (at least two, at most a few) withdrawn after it was reported: the first by the provider that reported it,
 * the next by the CPI of the employer's province, and so on (both may withdraw, seed 003 area 4).
 */
export function generateEmployerServiceWithdrawals(
  random: Random,
  services: readonly DemoEmployerService[],
): DemoEmployerServiceWithdrawal[] {
  // At least two where there are, so that a small region shows both callers.
  const count = Math.min(MAX_DEMO_WITHDRAWALS, services.length, Math.max(2, Math.ceil(services.length / 20)));
  return random.sample(services, count).map((s, i) => ({
    serviceKey: s.key,
    by: i % 2 === 0 ? 'REPORTER' : 'EMPLOYER_CPI',
    reason: random.pick(reasons),
  }));
}

const cancelEmployerServiceDelivery =
  'mutation CancelEmployerServiceDelivery($input: CancelEmployerServiceDeliveryInput!) { cancelEmployerServiceDelivery(input: $input) { id } }';

/** Withdraws one reported service through the gateway, as the caller the withdrawal names. */
export async function withdrawEmployerService(
  request: GatewayRequest,
  token: string,
  withdrawal: DemoEmployerServiceWithdrawal,
  deliveryId: string,
): Promise<void> {
  await request(token, 'cancelEmployerServiceDelivery', withdrawal.serviceKey, cancelEmployerServiceDelivery, {
    input: { deliveryId, reason: withdrawal.reason },
  });
}
