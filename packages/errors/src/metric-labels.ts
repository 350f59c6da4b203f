import { clientErrorCodes } from './codes.ts';

/**
 * Metric labels from what a caller chose, with bounded cardinality, for the gateway's and every subgraph's
 * Prometheus series alike: a caller cannot multiply the series by inventing names or codes.
 */

/**
 * A label from a caller-chosen name (the operation name): names that are not plain GraphQL names, and any beyond
 * the first `max` distinct ones, are counted as "other"; no name is "anonymous".
 */
export function boundedLabel(max = 100): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= max) return 'other';
    seen.add(name);
    return name;
  };
}

/** The codes a client can see, and "other": an error's code never multiplies the series. */
export const errorCodeLabel = (code: unknown): string =>
  typeof code === 'string' && clientErrorCodes.has(code) ? code : 'other';
