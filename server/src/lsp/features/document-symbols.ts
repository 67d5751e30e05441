import { documentSymbols } from '../../core';
import type { Feature } from '../context';
import { toDocumentSymbol } from '../convert';

/** The outline: sections, and the findings, recommendations and resolutions under them. */
export const registerDocumentSymbols: Feature = (connection, context) => {
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const document = await context.document(textDocument.uri);
    return document
      ? documentSymbols(document, (await context.workspace()).configFor(document.uri)).map(toDocumentSymbol)
      : [];
  });
  return { documentSymbolProvider: true };
};
