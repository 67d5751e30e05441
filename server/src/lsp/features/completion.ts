import { completionsAt } from '../../core';
import type { Feature } from '../context';
import { toCompletionItem } from '../convert';

/** IDs after `[`, document ids before `:`, template headings, front matter keys and values. */
export const registerCompletion: Feature = (connection, context) => {
  connection.onCompletion(async ({ textDocument, position }) => {
    const document = await context.document(textDocument.uri);
    if (!document) return [];
    const offset = document.lines.offsetAt(position);
    const { items, replaceFrom } = completionsAt(await context.workspace(), document, offset);
    return items.map((item) => toCompletionItem(item, document.lines.range(replaceFrom, offset)));
  });
  return { completionProvider: { triggerCharacters: ['[', ':', ','] } };
};
