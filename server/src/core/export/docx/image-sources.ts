import type { ParsedDocument } from '../../document';
import { bodyTokens, imageSource, type Token } from './body-tokens';

/**
 * The src of each image in the body, as written and in order, once each: the
 * node layer reads them (relative to the paper) and hands the bytes back.
 * Only the body counts, as only it is rendered.
 */
export function imageSources(document: ParsedDocument): readonly string[] {
  const sources = new Set<string>();
  const visit = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'image') sources.add(imageSource(token));
      if (token.children !== null) visit(token.children);
    }
  };
  visit(bodyTokens(document, []));
  sources.delete('');
  return [...sources];
}
