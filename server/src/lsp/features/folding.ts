import { foldingRanges } from '../../core';
import type { Feature } from '../context';

/** Folding: the front matter, each section, and paragraphs or list items over several lines. */
export const registerFolding: Feature = (connection, context) => {
  connection.onFoldingRanges(async ({ textDocument }) => {
    const document = await context.document(textDocument.uri);
    return document ? foldingRanges(document) : [];
  });
  return { foldingRangeProvider: true };
};
