import type { GraphQLResolveInfo } from 'graphql';

/** The sub-fields a query selected on this field, for the audit log (which health fields were read). */
export function selectedFields(info: GraphQLResolveInfo): string[] {
  const fields = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind === 'Field' && selection.name.value !== '__typename') fields.add(selection.name.value);
    }
  }
  return [...fields].sort();
}
