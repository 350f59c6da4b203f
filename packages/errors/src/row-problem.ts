import { isClientError } from './mask.ts';

/** One refused row of a bulk call (`ImportRowError` in the SDL): what the single mutation would have thrown. */
export interface RowProblem {
  code: string;
  message: string;
  /** The input path inside the row, without the single mutation's leading `input.`. */
  field: string | null;
  rule: string | null;
}

/**
 * The row's answer for an error the single mutation's checks threw for it, so a bulk call refuses a row exactly
 * as the single mutation refuses the call. Anything but a client error (a bug, the database) is thrown again:
 * it must fail the call, not hide in a row.
 */
export function rowProblemOf(error: unknown): RowProblem {
  if (!isClientError(error)) throw error;
  const { extensions, message } = error as { extensions: Record<string, unknown>; message: string };
  const field = extensions['field'];
  const rule = extensions['rule'];
  return {
    code: String(extensions['code']),
    message,
    field: typeof field === 'string' ? field.replace(/^input\./, '') : null,
    rule: typeof rule === 'string' ? rule : null,
  };
}
