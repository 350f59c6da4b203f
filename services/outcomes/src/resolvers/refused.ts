/** A refusal decided inside a transaction, carried out of it so the transaction rolls back and the client gets the error. */
export class Refused extends Error {
  constructor(readonly error: Error) {
    super(error.message);
  }
}

/** Runs `work`, giving the client the error a Refused carries. */
export async function unwrapRefused<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refused) throw error.error;
    throw error;
  }
}
