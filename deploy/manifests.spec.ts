import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  callsOf,
  checkEnvironment,
  defaultPorts,
  subgraphNames,
  variablesOf,
  variableNamed,
  type ProcessName,
} from '@reg/runtime';

/**
 * The Kubernetes base rendered as a cluster would get it (`kubectl kustomize deploy/k8s`) and checked against
 * the code: probes, limits, non-root, PDB and HPA per Deployment, Secrets only referenced, the NetworkPolicy
 * matching who calls whom, and every process's environment passing the same check the process runs at start.
 */
type Doc = {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec: any;
  data?: Record<string, string>;
};
type EnvEntry = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } };

const root = join(import.meta.dirname, '..');
let docs: Doc[] = [];
const ofKind = (kind: string) => docs.filter((d) => d.kind === kind);
const named = (kind: string, name: string) => ofKind(kind).find((d) => d.metadata.name === name);

beforeAll(() => {
  let rendered: string;
  try {
    rendered = execFileSync('kubectl', ['kustomize', join(root, 'deploy', 'k8s')], { encoding: 'utf8' });
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ENOENT';
    throw new Error(
      missing
        ? 'kubectl is not on the PATH: install the kubectl client (it renders deploy/k8s; .ci/run checks for it)'
        : `kubectl kustomize deploy/k8s failed: ${(error as Error).message}`,
    );
  }
  docs = parseAllDocuments(rendered).map((d) => d.toJSON() as Doc);
});

const secretVariables = (name: string) =>
  ['AUTH_JWT_SECRET', 'GRAPH_INTERNAL_SECRET', 'PSEUDONYM_KEY'].includes(name) || name.endsWith('DATABASE_URL');

/** The environment a container gets: the ConfigMaps it loads, then its own env (secrets stood in for by plausible values). */
function containerEnv(container: {
  env?: EnvEntry[];
  envFrom?: Array<{ configMapRef?: { name: string } }>;
}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    const map = ofKind('ConfigMap').find(
      (c) => c.metadata.name.startsWith(`${from.configMapRef!.name}-`) || c.metadata.name === from.configMapRef!.name,
    );
    expect(map, `ConfigMap ${from.configMapRef!.name}`).toBeDefined();
    Object.assign(env, map!.data);
  }
  for (const entry of container.env ?? []) {
    if (entry.value !== undefined) env[entry.name] = entry.value;
    else if (entry.valueFrom?.secretKeyRef)
      env[entry.name] = entry.name.endsWith('DATABASE_URL')
        ? 'postgres://graph:secret@postgres:5432/graph'
        : `${entry.name}-stand-in-`.padEnd(48, 's');
  }
  return env;
}

const workloads = () => [
  ...ofKind('Deployment').map((d) => ({
    process: d.metadata.name as ProcessName,
    pod: d.spec.template.spec,
    labels: d.spec.template.metadata.labels as Record<string, string>,
  })),
  ...ofKind('Job').map((j) => ({
    process: 'migrate' as ProcessName,
    pod: j.spec.template.spec,
    labels: j.spec.template.metadata.labels as Record<string, string>,
  })),
];

describe('deploy/k8s rendered by kubectl kustomize', () => {
  it('has a Deployment, Service, PodDisruptionBudget and HorizontalPodAutoscaler for the gateway and each subgraph, and a migration Job', () => {
    const services = ['gateway', ...subgraphNames];
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler']) {
      expect(
        ofKind(kind)
          .map((d) => d.metadata.name)
          .sort(),
        kind,
      ).toEqual([...services].sort());
    }
    expect(ofKind('Job').map((j) => j.spec.template.spec.containers[0].args)).toEqual([['dist/migrate.mjs']]);
    // Secrets are referenced by name, never kept in the base.
    expect(ofKind('Secret')).toEqual([]);
  });

  it('every Deployment runs its own bundle, with liveness /healthz and readiness /readyz probes, requests, limits and a non-root security context', () => {
    for (const deployment of ofKind('Deployment')) {
      const name = deployment.metadata.name as keyof typeof defaultPorts;
      const pod = deployment.spec.template.spec;
      expect(pod.containers, name).toHaveLength(1);
      const [container] = pod.containers;
      expect(container.args, name).toEqual([`dist/${name}.mjs`]);
      expect(container.ports[0].containerPort, name).toBe(defaultPorts[name]);
      expect(container.livenessProbe?.httpGet, name).toMatchObject({ path: '/healthz', port: 'http' });
      expect(container.readinessProbe?.httpGet, name).toMatchObject({ path: '/readyz', port: 'http' });
      for (const kind of ['requests', 'limits'])
        expect(Object.keys(container.resources?.[kind] ?? {}).sort(), `${name} ${kind}`).toEqual(['cpu', 'memory']);
      expect(pod.securityContext, name).toMatchObject({ runAsNonRoot: true });
      expect(pod.securityContext.runAsUser, name).toBeGreaterThan(0);
      expect(container.securityContext, name).toMatchObject({
        runAsNonRoot: true,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      // SIGTERM drains for SHUTDOWN_GRACE_MS after the preStop pause: the pod must be given longer than both.
      const grace = Number(containerEnv(container)['SHUTDOWN_GRACE_MS'] ?? 10_000);
      expect(pod.terminationGracePeriodSeconds * 1000, name).toBeGreaterThan(grace + 5_000);
    }
  });

  it('every PodDisruptionBudget and autoscaler targets its Deployment and keeps two replicas at least', () => {
    for (const deployment of ofKind('Deployment')) {
      const name = deployment.metadata.name;
      const podLabels = deployment.spec.template.metadata.labels;
      const pdb = named('PodDisruptionBudget', name)!;
      for (const [key, value] of Object.entries(pdb.spec.selector.matchLabels))
        expect(podLabels[key], `${name} PDB`).toBe(value);
      expect(pdb.spec.minAvailable, name).toBe(1);
      const hpa = named('HorizontalPodAutoscaler', name)!;
      expect(hpa.spec.scaleTargetRef, name).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(hpa.spec.minReplicas, name).toBeGreaterThanOrEqual(2);
      expect(hpa.spec.maxReplicas, name).toBeGreaterThan(hpa.spec.minReplicas);
      const service = named('Service', name)!;
      for (const [key, value] of Object.entries(service.spec.selector))
        expect(podLabels[key], `${name} Service`).toBe(value);
      expect(service.spec.ports[0].port, name).toBe(deployment.spec.template.spec.containers[0].ports[0].containerPort);
    }
  });

  it("each process's environment passes the check the process itself runs at start (NODE_ENV=production), secrets come from Secrets", () => {
    for (const { process, pod } of workloads()) {
      const [container] = pod.containers;
      const env = containerEnv(container);
      expect(env['NODE_ENV'], process).toBe('production');
      expect(checkEnvironment(process, env), process).toEqual([]);
      for (const entry of container.env as EnvEntry[]) {
        if (secretVariables(entry.name))
          expect(entry.valueFrom?.secretKeyRef?.name, `${process} ${entry.name}`).toBe('graph-secrets');
      }
      // A subgraph URL points at the Service of that subgraph, on its port.
      for (const callee of callsOf[process]) {
        const url = new URL(env[`${callee.toUpperCase()}_URL`]!);
        expect([url.hostname, Number(url.port)], `${process} -> ${callee}`).toEqual([
          callee,
          named('Service', callee)!.spec.ports[0].port,
        ]);
      }
    }
  });

  it('every variable a deployed process reads is set in the manifests or has a default documented in the README; no manifest sets an unknown one', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const { process, pod } of workloads()) {
      const env = containerEnv(pod.containers[0]);
      for (const variable of variablesOf(process)) {
        if (env[variable.name] !== undefined) continue;
        expect(
          variable.requiredInProduction?.includes(process) && !(variable.name === 'DATABASE_URL'),
          `${process} needs ${variable.name}`,
        ).toBeFalsy();
        expect(readme, `README documents ${variable.name} (read by ${process}, not set in deploy/k8s)`).toContain(
          `\`${variable.name}\``,
        );
      }
      for (const name of Object.keys(env))
        expect(variableNamed(name), `deploy/k8s sets ${name}, which no process reads`).toBeDefined();
    }
  });

  it('NetworkPolicy: everything denied by default; a subgraph is reached only by the gateway and by the subgraphs whose fact checks call it', () => {
    const policies = ofKind('NetworkPolicy');
    const denyAll = policies.find(
      (p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/part-of'] === 'regional-employment-graph',
    );
    expect(denyAll?.spec).toMatchObject({ policyTypes: ['Ingress'] });
    expect(denyAll?.spec.ingress ?? []).toEqual([]);
    for (const subgraph of subgraphNames) {
      const policy = policies.find((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/name'] === subgraph);
      expect(policy, subgraph).toBeDefined();
      const allowed = policy!.spec.ingress.flatMap(
        (rule: { from: Array<{ podSelector: { matchLabels: Record<string, string> } }> }) =>
          rule.from.map((f) => f.podSelector.matchLabels['app.kubernetes.io/name']),
      );
      const callers = ['gateway', ...subgraphNames.filter((s) => callsOf[s].includes(subgraph))];
      expect(allowed.sort(), subgraph).toEqual(callers.sort());
      expect(
        policy!.spec.ingress.every((rule: { from?: unknown[] }) => (rule.from ?? []).length > 0),
        `${subgraph}: no rule open to all`,
      ).toBe(true);
    }
  });
});

describe('deploy/compose.yaml', () => {
  const compose = parseAllDocuments(readFileSync(join(root, 'deploy', 'compose.yaml'), 'utf8'), {
    merge: true,
  })[0]!.toJSON() as { services: Record<string, { command?: string[]; environment?: Record<string, string> }> };

  it('starts PostgreSQL, Redis, the migration, the four subgraphs and the gateway, each process passing its own start check', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'catalogue',
      'employers',
      'gateway',
      'migrate',
      'outcomes',
      'people',
      'postgres',
      'redis',
    ]);
    for (const process of ['gateway', ...subgraphNames, 'migrate'] as ProcessName[]) {
      const service = compose.services[process]!;
      expect(service.command, process).toEqual([`dist/${process}.mjs`]);
      // Secrets come from deploy/.env (compose refuses to start without them): stand in for them here.
      const env = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([k, v]) => [
          k,
          String(v).replace(/\$\{(\w+):\?[^}]*\}/g, (_, name: string) => `${name}-stand-in-`.padEnd(48, 's')),
        ]),
      );
      expect(checkEnvironment(process, env), process).toEqual([]);
      for (const [name, value] of Object.entries(service.environment ?? {})) {
        if (secretVariables(name) && !name.endsWith('DATABASE_URL'))
          expect(value, `${process} ${name}`).toMatch(/^\$\{\w+:\?/);
      }
    }
  });
});
