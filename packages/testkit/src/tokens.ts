import { authConfigFromEnv, devCallerClaims, signDevToken, type DevClaims } from '@reg/auth';

/** Development tokens for the kinds of caller the access model knows (DESIGN.md, claims). */
export const tokenFor = (claims: DevClaims, expiresIn?: string) => signDevToken(authConfigFromEnv(), claims, expiresIn);

export const callers = {
  cpi: (province: string, org?: string) => tokenFor(devCallerClaims.cpi(province, org)),
  accredited: (org: string) => tokenFor(devCallerClaims.accredited(org)),
  region: () => tokenFor(devCallerClaims.region()),
  employer: (org: string) => tokenFor(devCallerClaims.employer(org)),
  /** The data protection officer: reads the audit log, nothing else. */
  dpo: () => tokenFor(devCallerClaims.dpo()),
  citizen: (personId: string) => tokenFor(devCallerClaims.citizen(personId)),
};
