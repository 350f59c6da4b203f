import type { GatewayConfig } from '@graphql-hive/gateway-runtime';

type CorsOption = Extract<NonNullable<GatewayConfig<Record<string, never>>['cors']>, (...args: never[]) => unknown>;
type CorsDecision = Awaited<ReturnType<CorsOption>>;

/** The dashboard's development server (packages/dashboard, `vite`); the built dashboard is served same-origin. */
export const defaultCorsOrigins = ['http://localhost:5173', 'http://127.0.0.1:5173'];

/** CORS_ORIGINS: a comma-separated list of exact origins (scheme://host[:port]); unset means the defaults above. */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const configured = env['CORS_ORIGINS'];
  if (configured === undefined) return defaultCorsOrigins;
  return configured
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
}

/**
 * A listed origin gets CORS headers with credentials; any other origin gets none, so a browser refuses to hand it the
 * answer (requests without an Origin, from servers and curl, are unaffected: they carry their own token).
 */
export function corsPolicy(origins: readonly string[]): (request: Request) => CorsDecision {
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    };
  };
}
