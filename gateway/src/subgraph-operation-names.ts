import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type DocumentNode, getOperationAST, Kind } from 'graphql';

// Names are the caller's: a bound on the named copies kept per subgraph document, so made-up names cannot grow it.
const maxNamesPerDocument = 256;

/** The subgraph document with its unnamed operation named `name`; the other definitions as they are. */
export function withOperationName(document: DocumentNode, name: string): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && !definition.name
        ? { ...definition, name: { kind: Kind.NAME, value: name } }
        : definition,
    ),
  };
}

/**
 * The Rust planner sends its subgraph operations unnamed, where the JS planner names them after the client's
 * operation; the subgraphs record that name in their audit (`operationName`, the executed document's own name).
 * This names them the same way. Each named copy is kept per planned document and name, so the transport's print
 * cache (by document object) still hits.
 */
export function useSubgraphOperationNames(): GatewayPlugin {
  const operationNames = new WeakMap<object, string>();
  const namedCopies = new WeakMap<DocumentNode, Map<string, DocumentNode>>();
  return {
    onExecute({ args }) {
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      if (name && args.contextValue) operationNames.set(args.contextValue, name);
    },
    onSubgraphExecute({ executionRequest, setExecutionRequest }) {
      const name = executionRequest.context ? operationNames.get(executionRequest.context) : undefined;
      if (!name) return;
      let copies = namedCopies.get(executionRequest.document);
      if (!copies) {
        copies = new Map();
        namedCopies.set(executionRequest.document, copies);
      }
      let named = copies.get(name);
      if (!named) {
        if (copies.size >= maxNamesPerDocument) copies.clear();
        named = withOperationName(executionRequest.document, name);
        copies.set(name, named);
      }
      setExecutionRequest({ ...executionRequest, document: named });
    },
  };
}
