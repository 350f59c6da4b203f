import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { authConfigFromEnv, signDevToken, type DevClaims } from '@reg/auth';

/** The built dashboard (packages/dashboard, `vite build`), served by the gateway at /dashboard/. */
export const dashboardDist = resolve(import.meta.dirname, '../../packages/dashboard/dist');
export const dashboardPath = '/dashboard/';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface DemoIdentity {
  id: 'region' | 'cpi' | 'accredited';
  label: string;
  claims: DevClaims;
}

/**
 * The demo callers `pnpm start` prints tokens for: the Region's analyst, the first CPI of Milan and the first
 * accredited body of Milan (their ids read back from the graph, as the demo region generates them).
 */
export async function demoIdentities(
  graphqlUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DemoIdentity[]> {
  const region: DevClaims = { sub: 'analyst@region', org: 'region', org_kind: 'region', scope: 'indicators:read' };
  const token = await signDevToken(authConfigFromEnv(env), region, '5m');
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query:
        '{ cpi: providers(province: "MI", kind: CPI) { id name } accredited: providers(province: "MI", kind: ACCREDITED) { id name } }',
    }),
  });
  const { data } = (await response.json()) as {
    data?: { cpi: Array<{ id: string; name: string }>; accredited: Array<{ id: string; name: string }> };
  };
  const identities: DemoIdentity[] = [{ id: 'region', label: 'Region analyst (monitoring office)', claims: region }];
  const cpi = data?.cpi[0];
  if (cpi)
    identities.push({
      id: 'cpi',
      label: `CPI operator (${cpi.name}, province MI)`,
      claims: {
        sub: 'operator@cpi-mi',
        org: cpi.id,
        org_kind: 'cpi',
        province: 'MI',
        scope: 'people:read people:write health:read',
      },
    });
  const accredited = data?.accredited[0];
  if (accredited)
    identities.push({
      id: 'accredited',
      label: `Accredited-body operator (${accredited.name})`,
      claims: {
        sub: 'operator@accredited',
        org: accredited.id,
        org_kind: 'accredited',
        scope: 'people:read deliveries:write',
      },
    });
  return identities;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 4096) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}

/** What the dashboard is told at start: how to sign in. It holds no secret: the OIDC client is public (PKCE). */
export function dashboardConfig(env: NodeJS.ProcessEnv) {
  if (env['NODE_ENV'] !== 'production') return { signIn: 'development' as const };
  return {
    signIn: 'oidc' as const,
    authority: env['DASHBOARD_OIDC_AUTHORITY'] ?? env['AUTH_ISSUER'] ?? '',
    clientId: env['DASHBOARD_OIDC_CLIENT_ID'] ?? env['AUTH_AUDIENCE'] ?? '',
    scope: env['DASHBOARD_OIDC_SCOPE'] ?? 'openid',
  };
}

function contentSecurityPolicy(env: NodeJS.ProcessEnv): string {
  const config = dashboardConfig(env);
  const authority = config.signIn === 'oidc' && config.authority ? ` ${new URL(config.authority).origin}` : '';
  return `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'${authority}; frame-src${authority || " 'none'"}; frame-ancestors 'none'; base-uri 'self'; form-action 'self'`;
}

export const isDashboardPath = (url: string | undefined) =>
  url === '/dashboard' || (url ?? '').startsWith(dashboardPath);

/**
 * The dashboard's routes in the gateway process: its static files, its sign-in configuration, and in development
 * only the demo sign-in (a token for one of the demo identities). Returns false for any other path.
 */
export function dashboardRoutes(env: NodeJS.ProcessEnv, graphqlUrl: () => string) {
  const production = env['NODE_ENV'] === 'production';
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    if (path === '/dashboard') {
      res.writeHead(308, { location: dashboardPath });
      res.end();
      return true;
    }
    if (path === `${dashboardPath}config.json`) {
      json(res, 200, dashboardConfig(env));
      return true;
    }
    if (path === `${dashboardPath}dev/identities` || path === `${dashboardPath}dev/token`) {
      // Anyone who can reach this could act as the Region: it never exists in production.
      if (production) {
        json(res, 404, { error: 'The development sign-in is off in production' });
        return true;
      }
      const identities = await demoIdentities(graphqlUrl(), env);
      if (path.endsWith('/identities')) {
        json(
          res,
          200,
          identities.map(({ id, label, claims }) => ({ id, label, organisation: claims.org, kind: claims.org_kind })),
        );
        return true;
      }
      if (req.method !== 'POST') {
        json(res, 405, { error: 'POST {"identity": "region" | "cpi" | "accredited"}' });
        return true;
      }
      const body = (await readJson(req)) as { identity?: unknown } | null;
      const identity = identities.find((i) => i.id === body?.identity);
      if (!identity) {
        json(res, 400, { error: `identity must be one of ${identities.map((i) => i.id).join(', ')}` });
        return true;
      }
      json(res, 200, { token: await signDevToken(authConfigFromEnv(env), identity.claims, '1h') });
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      json(res, 405, { error: 'Method not allowed' });
      return true;
    }
    const relative = normalize(decodeURIComponent(path.slice(dashboardPath.length)) || 'index.html');
    const file = join(dashboardDist, relative);
    if (!file.startsWith(dashboardDist + sep) || !existsSync(file) || !statSync(file).isFile()) {
      // Unknown paths are the single page itself (deep links, the OIDC callback), if built.
      const index = join(dashboardDist, 'index.html');
      if (!existsSync(index)) {
        json(res, 503, {
          error:
            'The dashboard is not built: run `pnpm --filter @reg/dashboard build` (pnpm start does it when missing)',
        });
        return true;
      }
      if (extname(relative) && extname(relative) !== '.html') {
        json(res, 404, { error: 'Not found' });
        return true;
      }
      return send(res, index, env);
    }
    return send(res, file, env);
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, { error: 'The dashboard route failed' });
      else res.end();
    });
  };
}

function send(res: ServerResponse, file: string, env: NodeJS.ProcessEnv): true {
  const hashed = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-security-policy': contentSecurityPolicy(env),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(readFileSync(file));
  return true;
}
