import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardConfig, dashboardRoutes, isDashboardPath } from './dashboard.ts';

let server: Server | null = null;

async function serve(env: NodeJS.ProcessEnv): Promise<string> {
  // The graph is never reached in these tests: the production refusals answer before asking it.
  const routes = dashboardRoutes(env, () => 'http://127.0.0.1:9/graphql');
  server = createServer((req, res) => routes(req, res));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

const production = {
  NODE_ENV: 'production',
  AUTH_ISSUER: 'https://sso.regione.example/realms/lavoro',
  AUTH_AUDIENCE: 'dashboard',
  AUTH_JWKS_URL: 'https://sso.regione.example/certs',
};

describe('dashboard routes', () => {
  it('only /dashboard and below are the dashboard', () => {
    expect(isDashboardPath('/dashboard')).toBe(true);
    expect(isDashboardPath('/dashboard/assets/x.js')).toBe(true);
    expect(isDashboardPath('/dashboards')).toBe(false);
    expect(isDashboardPath('/graphql')).toBe(false);
  });

  it('refuses the development sign-in in production, whatever the method', async () => {
    const base = await serve(production);
    for (const [path, method] of [
      ['/dashboard/dev/identities', 'GET'],
      ['/dashboard/dev/token', 'POST'],
    ] as const) {
      const response = await fetch(`${base}${path}`, {
        method,
        body: method === 'POST' ? '{"identity":"region"}' : null,
      });
      expect(response.status, path).toBe(404);
    }
  });

  it('tells the dashboard to sign in with OIDC in production, a public client with no secret', async () => {
    expect(dashboardConfig(production)).toEqual({
      signIn: 'oidc',
      authority: 'https://sso.regione.example/realms/lavoro',
      clientId: 'dashboard',
      scope: 'openid',
    });
    expect(
      dashboardConfig({ ...production, DASHBOARD_OIDC_CLIENT_ID: 'cruscotto', DASHBOARD_OIDC_SCOPE: 'openid profile' }),
    ).toMatchObject({ clientId: 'cruscotto', scope: 'openid profile' });
    expect(dashboardConfig({})).toEqual({ signIn: 'development' });
    const base = await serve(production);
    expect(await (await fetch(`${base}/dashboard/config.json`)).json()).toMatchObject({ signIn: 'oidc' });
  });

  it('serves nothing outside the built folder and redirects /dashboard', async () => {
    const base = await serve({});
    const traversal = await fetch(`${base}/dashboard/..%2F..%2Fpackage.json`);
    expect(await traversal.text()).not.toContain('"name"');
    const redirect = await fetch(`${base}/dashboard`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/dashboard/');
  });

  it('answers 500 when the graph cannot be read, rather than inventing demo identities', async () => {
    const base = await serve({});
    const response = await fetch(`${base}/dashboard/dev/token`, { method: 'POST', body: '{"identity":"region"}' });
    expect(response.status).toBe(500);
  });
});
