import type { ModalityStandard } from './catalogue.ts';
import type { Random } from './random.ts';

export interface Duration {
  minutes: number;
  sessions: number;
}

/** A whole multiple of `step` in [lo, hi] when there is one (operators report round figures), else any integer. */
function roundFigure(random: Random, lo: number, hi: number, step: number): number {
  const first = Math.ceil(lo / step) * step;
  const last = Math.floor(hi / step) * step;
  return first <= last ? first + step * random.int(0, (last - first) / step) : random.int(lo, hi);
}

// Where the seed gives no bound the demo still reports a believable length: a visit to a self-service corner, a
// seminar, a meeting.
const unboundedSession: Partial<Record<ModalityStandard['kind'], { lo: number; hi: number }>> = {
  SELF_SERVICE: { lo: 15, hi: 60 },
  SEMINAR: { lo: 60, hi: 120 },
};

function sessionBounds(m: ModalityStandard): { lo: number; hi: number } {
  const fallback = unboundedSession[m.kind] ?? { lo: 30, hi: 60 };
  const lo = m.minMinutes ?? (m.maxMinutes !== null ? Math.max(5, Math.round(m.maxMinutes / 3)) : fallback.lo);
  const hi = m.maxMinutes ?? Math.max(lo, m.minMinutes !== null ? lo + 30 : fallback.hi);
  return { lo, hi };
}

/** A path with no lower bound, or a lower bound of zero, still took some time: a quarter of the maximum, an hour at least. */
function pathBounds(m: ModalityStandard): { lo: number; hi: number } {
  const lo =
    m.minMinutes !== null && m.minMinutes > 0 ? m.minMinutes : Math.max(60, Math.round((m.maxMinutes ?? 240) / 4));
  const hi = m.maxMinutes ?? Math.round(lo * 1.5);
  return { lo: Math.min(lo, hi), hi };
}

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);

/** Sessions bounds of the modality; with none, one or two sittings. */
function sessionCount(random: Random, m: ModalityStandard): number {
  if (m.minSessions === null && m.maxSessions === null) return random.chance(0.75) ? 1 : 2;
  const lo = m.minSessions ?? 1;
  return random.int(lo, m.maxSessions ?? lo + 2);
}

/**
 * Minutes and sessions for one delivery that respect the modality of the catalogue: per session (each sitting
 * within min/maxMinutes, sessions within min/maxSessions, and the sum within the path bounds when the seed gives
 * both), or per path (the total within min/maxMinutes).
 */
export function drawDuration(random: Random, m: ModalityStandard): Duration {
  if (m.minutesScope === 'SESSION') {
    const { lo, hi } = sessionBounds(m);
    const pathLo = m.pathMinMinutes ?? 0;
    const pathHi = m.pathMaxMinutes ?? Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 50; attempt++) {
      const sessions = sessionCount(random, m);
      let minutes = 0;
      for (let s = 0; s < sessions; s++) minutes += roundFigure(random, lo, hi, 5);
      if (minutes >= pathLo && minutes <= pathHi) return { minutes, sessions };
    }
    throw new Error(`modality ${m.code}: no session plan fits its path bounds`);
  }
  const { lo, hi } = pathBounds(m);
  const minutes = roundFigure(random, lo, hi, 30);
  // Paths are reported with the number of meetings they took, two hours each on average.
  const sessions = clamp(
    Math.max(1, Math.round(minutes / 120)),
    m.minSessions ?? 1,
    m.maxSessions ?? Number.MAX_SAFE_INTEGER,
  );
  return { minutes, sessions };
}
