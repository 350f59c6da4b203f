import { authConfigFromEnv, devCallerClaims, signDevToken, type DevClaims } from '@reg/auth';
import type { DemoProvider } from './types.ts';

/**
 * The callers the loader acts as, each with the claims the access model expects (DESIGN.md, "Identity and
 * access"): the Region registers providers; a CPI registers and enrols the people of its province and its
 * employers; each provider reports its own deliveries. One token per caller, signed once.
 */
export function demoCallers(env: NodeJS.ProcessEnv = process.env) {
  const config = authConfigFromEnv(env);
  const tokens = new Map<string, Promise<string>>();
  const token = (id: string, claims: DevClaims) => {
    let signed = tokens.get(id);
    if (!signed) {
      signed = signDevToken(config, claims);
      tokens.set(id, signed);
    }
    return signed;
  };
  const cpi = (province: string, providerId: string) =>
    token(`cpi:${providerId}`, devCallerClaims.cpi(province, providerId, `demo-loader@cpi-${province.toLowerCase()}`));
  const accredited = (providerId: string) =>
    token(`accredited:${providerId}`, devCallerClaims.accredited(providerId, `demo-loader@${providerId}`));
  return {
    region: () => token('region', devCallerClaims.region('demo-loader@region')),
    cpi,
    accredited,
    /** The employer itself: it files its nominative request and records the outcome. */
    employer: (employerId: string) =>
      token(`employer:${employerId}`, devCallerClaims.employer(employerId, `demo-loader@${employerId}`)),
    /** The provider itself: reportServiceDelivery takes the provider from the caller's token. */
    provider: (provider: DemoProvider, providerId: string) =>
      provider.kind === 'CPI' ? cpi(provider.province, providerId) : accredited(providerId),
  };
}
