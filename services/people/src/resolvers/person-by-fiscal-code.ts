import type { QueryResolvers } from '../generated/graphql.ts';
import { isVisible } from './visibility.ts';

export const personByFiscalCode: QueryResolvers['personByFiscalCode'] = async (_, { fiscalCode }, ctx) => {
  const person = await ctx.loaders.personByFiscalCode.load(fiscalCode.trim().toUpperCase());
  return person && (await isVisible(ctx, person)) ? person : null;
};
