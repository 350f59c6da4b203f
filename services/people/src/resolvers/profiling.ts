import { badInput, inputError } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers, PersonResolvers, ProfessionalRecord, ProfilingInputs } from '../generated/graphql.ts';
import { professionalRecordProblems, quantitativeProfilingProblems } from '../rules/profiling.ts';
import type { ProfessionalRecordRecord, ProfilingRecord } from '../store/profile-store.ts';
import { personManagedByCaller } from './journey-mutations.ts';

const cleanList = (items: readonly string[]) => items.map((i) => i.trim()).filter((i) => i.length > 0);

// The jsonb content is written below from validated input of the same GraphQL shape, so reading it back as that shape is sound.
export const quantitativeView = (row: ProfilingRecord) => ({
  version: row.version,
  score: row.score!,
  computedOn: row.on,
  inputs: row.content as unknown as ProfilingInputs,
  recordedBy: row.recordedBy,
});
export const qualitativeView = (row: ProfilingRecord) => ({
  version: row.version,
  assessedOn: row.on,
  ...(row.content as { needs: string[]; strengths: string[]; barriers: string[]; notes: string | null }),
  assessedBy: row.recordedBy,
});
export const recordView = (row: ProfessionalRecordRecord): ProfessionalRecord => ({
  ...(row.content as unknown as Omit<ProfessionalRecord, 'version' | 'recordedAt' | 'recordedBy'>),
  version: row.version,
  recordedAt: row.recordedAt,
  recordedBy: row.recordedBy,
});

export const PersonProfiling: PersonResolvers = {
  profiling: async (person, _, { loaders }) => {
    const row = (await loaders.profilingsByPerson.load(person.id)).filter((r) => r.kind === 'QUANTITATIVE').at(-1);
    return row ? quantitativeView(row) : null;
  },
  profilingHistory: async (person, _, { loaders }) =>
    (await loaders.profilingsByPerson.load(person.id)).filter((r) => r.kind === 'QUANTITATIVE').map(quantitativeView),
  qualitativeProfiling: async (person, _, { loaders }) => {
    const row = (await loaders.profilingsByPerson.load(person.id)).filter((r) => r.kind === 'QUALITATIVE').at(-1);
    return row ? qualitativeView(row) : null;
  },
  qualitativeProfilingHistory: async (person, _, { loaders }) =>
    (await loaders.profilingsByPerson.load(person.id)).filter((r) => r.kind === 'QUALITATIVE').map(qualitativeView),
  professionalRecord: async (person, _, { loaders }) => {
    const row = (await loaders.professionalRecordsByPerson.load(person.id)).at(-1);
    return row ? recordView(row) : null;
  },
  professionalRecordVersions: async (person, _, { loaders }) =>
    (await loaders.professionalRecordsByPerson.load(person.id)).map(recordView),
};

export const profilingMutations: MutationResolvers = {
  recordQuantitativeProfiling: async (_, { input }, ctx) => {
    const person = await personManagedByCaller(ctx, input.personId);
    const [problem] = quantitativeProfilingProblems(input);
    if (problem) throw inputError(problem);
    if (input.computedOn > todayInRome())
      throw badInput('input.computedOn', 'A score cannot be computed in the future');
    const row = await ctx.stores.profiles.addProfiling({
      personId: person.id,
      kind: 'QUANTITATIVE',
      on: input.computedOn,
      score: input.score,
      content: { ...input.inputs },
      recordedBy: ctx.identity.subject,
    });
    return quantitativeView(row);
  },

  recordQualitativeProfiling: async (_, { input }, ctx) => {
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
  },

  saveProfessionalRecord: async (_, { input }, ctx) => {
    const person = await personManagedByCaller(ctx, input.personId);
    const { personId: _id, ...content } = input;
    const record = {
      education: content.education ?? [],
      training: (content.training ?? []).map((t) => ({ ...t, certified: t.certified ?? false })),
      experiences: content.experiences ?? [],
      skills: content.skills ?? [],
      languages: content.languages ?? [],
      drivingLicences: (content.drivingLicences ?? []).map((d) => d.trim().toUpperCase()),
      availability: {
        weeklyHours: content.availability.weeklyHours ?? null,
        maxDistanceKm: content.availability.maxDistanceKm ?? null,
        shifts: content.availability.shifts ?? [],
      },
      cvDocuments: content.cvDocuments ?? [],
    };
    const [problem] = professionalRecordProblems(record);
    if (problem) throw inputError(problem);
    return recordView(
      await ctx.stores.profiles.addProfessionalRecord({
        personId: person.id,
        content: record,
        recordedBy: ctx.identity.subject,
      }),
    );
  },
};
