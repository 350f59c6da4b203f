import { badInput } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { personManagedByCaller } from './visibility.ts';

export const recordDisadvantageCertification: MutationResolvers['recordDisadvantageCertification'] = async (
  _,
  { input },
  ctx,
) => {
  const person = await personManagedByCaller(ctx, input.personId);
  const basis = input.basis.trim();
  const reference = input.reference.trim();
  if (!basis)
    throw badInput(
      'input.basis',
      "State the basis of the certification (e.g. L. 381/1991 art. 4, or the Documento degli Interventi's category)",
    );
  if (!reference) throw badInput('input.reference', 'A certification needs the reference of its document');
  if (input.validTo != null && input.validTo < input.validFrom)
    throw badInput('input.validTo', 'A certification cannot end before it starts');
  await ctx.stores.profiles.addDisadvantageCertification({
    personId: person.id,
    basis,
    reference,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    recordedBy: ctx.identity.subject,
  });
  return person;
};
