/** GraphiQL as a newcomer finds it: the Authorization header ready to be completed and a hint in the editor. */
export const graphiqlOptions = {
  title: 'Regional employment services graph',
  headers: JSON.stringify({ Authorization: 'Bearer ' }, null, 2),
  defaultEditorToolsVisibility: 'headers' as const,
  defaultQuery: `# Every operation needs a token: paste one after
# "Bearer " in the Headers tab below (\`pnpm start\` prints
# demo tokens as export TOKEN_...= lines). The schema
# (Docs, completion) loads without one in development.
# Then ask who the graph thinks you are:
{
  me {
    subject
    organisation
    kind
    province
    scopes
    provider { name }
  }
}
`,
};
