import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

/**
 * Sign-in. Development: a demo identity's token from the gateway's development-only endpoint. Production: OpenID
 * Connect authorization code with PKCE (oidc-client-ts) against the configured provider; the dashboard is a public
 * client and holds no secret. Tokens live in this tab's sessionStorage only.
 */
export type SignInConfig =
  | { signIn: 'development' }
  | { signIn: 'oidc'; authority: string; clientId: string; scope: string };
export interface DemoIdentity {
  id: string;
  label: string;
  organisation: string;
  kind: string;
}

const tokenKey = 'dashboard.token';
const base = '/dashboard/';

export async function signInConfig(): Promise<SignInConfig> {
  return (await fetch(`${base}config.json`)).json() as Promise<SignInConfig>;
}

export const demoIdentities = async (): Promise<DemoIdentity[]> =>
  (await fetch(`${base}dev/identities`)).json() as Promise<DemoIdentity[]>;

export async function signInAsDemo(identity: string): Promise<string> {
  const response = await fetch(`${base}dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identity }),
  });
  if (!response.ok) throw new Error(((await response.json()) as { error: string }).error);
  const { token } = (await response.json()) as { token: string };
  sessionStorage.setItem(tokenKey, token);
  return token;
}

function userManager(config: Extract<SignInConfig, { signIn: 'oidc' }>): UserManager {
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: new URL(base, location.origin).toString(),
    post_logout_redirect_uri: new URL(base, location.origin).toString(),
    response_type: 'code',
    scope: config.scope,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
}

export const startOidcSignIn = (config: Extract<SignInConfig, { signIn: 'oidc' }>) =>
  userManager(config).signinRedirect();

/** The token of this tab, completing an OIDC redirect when the URL carries one. */
export async function currentToken(config: SignInConfig): Promise<string | null> {
  if (config.signIn === 'oidc') {
    const manager = userManager(config);
    const params = new URLSearchParams(location.search);
    if (params.has('code') && params.has('state')) {
      const user = await manager.signinRedirectCallback();
      history.replaceState(null, '', base);
      return user.access_token;
    }
    const user = await manager.getUser();
    return user && !user.expired ? user.access_token : null;
  }
  return sessionStorage.getItem(tokenKey);
}

export async function signOut(config: SignInConfig): Promise<void> {
  sessionStorage.removeItem(tokenKey);
  if (config.signIn === 'oidc') await userManager(config).removeUser();
}
