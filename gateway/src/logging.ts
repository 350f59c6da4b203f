import { Logger, type LogLevel } from '@graphql-hive/logger';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';
import { pino, type DestinationStream } from 'pino';

// Subrequest bodies carry entity representations (person ids), variables carry what a caller typed, headers
// carry tokens: none of them belongs in a log line.
const droppedKeys = new Set(['body', 'variables', 'representations', 'headers', 'authorization', 'query']);

function withoutPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => withoutPersonalData(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (!droppedKeys.has(key)) out[key] = withoutPersonalData(v, depth + 1);
  }
  return out;
}

export type GatewayLogLevel = LogLevel | 'silent';

/**
 * The gateway's Hive logger writing through pino: one JSON line per event (service, level, time, message,
 * request and trace ids where known), like the subgraphs' logs, with subrequest bodies, variables and headers
 * removed from whatever the runtime attaches to an error.
 */
export function createGatewayLogger(
  level: GatewayLogLevel,
  mixin: () => Record<string, unknown> = () => ({}),
  destination?: DestinationStream,
): Logger {
  const options = {
    name: 'gateway',
    base: { service: 'gateway' },
    level: level === 'silent' ? 'silent' : level,
    mixin,
  };
  const sink = destination ? pino(options, destination) : pino(options);
  const writer = new PinoLogWriter(sink);
  return new Logger({
    level: level === 'silent' ? false : level,
    writers: [{ write: (lvl, attrs, msg) => writer.write(lvl, withoutPersonalData(attrs) as typeof attrs, msg) }],
  });
}
