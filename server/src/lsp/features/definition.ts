import { definitionsOf } from '../../core';
import type { Feature } from '../context';

/** Go to definition: from a reference to the finding, recommendation or resolution it cites, in any document. */
export const registerDefinition: Feature = (connection, context) => {
  connection.onDefinition(async ({ textDocument, position }) => {
    const found = await context.idAt(textDocument.uri, position);
    return found ? definitionsOf(await context.workspace(), found.target) : [];
  });
  return { definitionProvider: true };
};
