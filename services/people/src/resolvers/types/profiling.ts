import type { PersonResolvers, ProfessionalRecord, ProfilingInputs } from '../../generated/graphql.ts';
import type { ProfessionalRecordRecord, ProfilingRecord } from '../../store/profile-store.ts';

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
