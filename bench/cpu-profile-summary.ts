import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * Self time of a V8 `.cpuprofile` (what `node --cpu-prof` writes), summed by function and by file (a package
 * under node_modules counts as one file), so a profile can be read without a browser. Used by
 * `pnpm bench:subgraphs` on each subgraph's profile; also a command: `tsx bench/cpu-profile-summary.ts <file> [top]`.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  /** Sampled time, in milliseconds, idle excluded. */
  busyMs: number;
  byFunction: Array<{ name: string; ms: number }>;
  byFile: Array<{ name: string; ms: number }>;
  /** Time with callees, of the repository's own functions (not node_modules, not Node's). */
  ownTotal: Array<{ name: string; ms: number }>;
}

const root = `${process.cwd()}/`;

/** A file's short name: the package under node_modules (pnpm's store folded), else the path in the repository. */
function fileOf(url: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const parts = path.slice(inModules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (path.startsWith('node:')) return path;
  return path.startsWith('/') ? relative(root, path) : path;
}

export function summariseProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    // `dispatch` is the in-process inspector session that started the profiler (profile-on-signal.mjs), not the work.
    if (['(idle)', '(program)', '(root)'].includes(functionName) || (functionName === 'dispatch' && !url)) continue;
    busy += us;
    const fileName = fileOf(url);
    const key = `${functionName || '(anonymous)'} ${fileName}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
    files.set(fileName, (files.get(fileName) ?? 0) + us);
  }
  // Inclusive time of the repository's functions: each sample counted once per function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const own = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const leaf = byId.get(id)!.callFrame.functionName;
    if (['(idle)', '(program)', '(root)'].includes(leaf) || (leaf === 'dispatch' && !byId.get(id)!.callFrame.url))
      continue;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, columnNumber } = byId.get(at)!.callFrame;
      if (!url.includes('/work/') || url.includes('/node_modules/')) continue;
      const key = `${functionName || '(anonymous)'} ${fileOf(url)}:c${columnNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      own.set(key, (own.get(key) ?? 0) + us);
    }
  }
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }));
  return {
    busyMs: Math.round(busy / 1000),
    byFunction: ranked(functions),
    byFile: ranked(files),
    ownTotal: ranked(own),
  };
}

export function printSummary(title: string, summary: ProfileSummary): void {
  const pct = (ms: number) => `${((100 * ms) / Math.max(summary.busyMs, 1)).toFixed(1)}%`.padStart(6);
  console.log(`\n${title}: ${summary.busyMs} ms sampled busy (idle and GC/program apart)`);
  console.log('  by file:');
  for (const f of summary.byFile) console.log(`  ${pct(f.ms)} ${String(f.ms).padStart(8)} ms  ${f.name}`);
  console.log('  by function (self):');
  for (const f of summary.byFunction) console.log(`  ${pct(f.ms)} ${String(f.ms).padStart(8)} ms  ${f.name}`);
  console.log("  the repository's functions, with callees:");
  for (const f of summary.ownTotal) console.log(`  ${pct(f.ms)} ${String(f.ms).padStart(8)} ms  ${f.name}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top] = process.argv.slice(2);
  if (!file) throw new Error('usage: tsx bench/cpu-profile-summary.ts <file.cpuprofile> [top]');
  printSummary(file, summariseProfile(file, Number(top ?? 25)));
}
