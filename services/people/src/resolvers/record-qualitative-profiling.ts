import { badInput } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { cleanList } from './input.ts';
import { personManagedByCaller } from './visibility.ts';
import { qualitativeView } from './types/profiling.ts';

export const recordQualitativeProfiling: MutationResolvers['recordQualitativeProfiling'] = async (
  _,
  { input },
  ctx,
) => {
  const person = await personManagedByCaller(ctx, input.personId);
  const needs = cleanList(input.needs);
  if (needs.length === 0) throw badInput('input.needs', 'A qualitative profiling states at least one need');
  if (input.assessedOn > todayInRome())
    throw badInput('input.assessedOn', 'An assessment cannot be dated in the future');
  const content = {
    needs,
    strengths: cleanList(input.strengths ?? []),
    barriers: cleanList(input.barriers ?? []),
    notes: input.notes?.trim() || null,
  };
  const row = await ctx.stores.profiles.addProfiling({
    personId: person.id,
    kind: 'QUALITATIVE',
    on: input.assessedOn,
    score: null,
    content,
    recordedBy: ctx.identity.subject,
  });
  return qualitativeView(row);
};
