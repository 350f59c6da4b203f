/**
 * Whether an error (from either driver, possibly wrapped by drizzle) is a unique violation (SQLSTATE
 * 23505), optionally of one named constraint or index. Lets a store turn a race into a CONFLICT.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown; message?: unknown };
    if (candidate.code === '23505') {
      if (!constraint) return true;
      const name = candidate.constraint ?? candidate.constraint_name;
      return name === constraint || (typeof candidate.message === 'string' && candidate.message.includes(constraint));
    }
  }
  return false;
}
