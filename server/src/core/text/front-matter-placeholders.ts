import type { FrontMatter } from '../parse/front-matter';
import { yamlLibrary } from '../yaml-library';
import { findPlaceholders, findPlaceholdersInValue, mayHoldPlaceholder, type Placeholder } from './placeholders';

/** A fill-in in a front matter value, at document offsets, with the key whose value holds it. */
export interface ValuePlaceholder extends Placeholder {
  readonly key: string;
}

/**
 * The fill-ins in the front matter's values (never its keys or comments):
 * `title: <insert the title>`, `email: name@example.gov.uk`,
 * `report_by: Director of …`, and a prompt YAML read as a list,
 * `title: [Insert the title]`. A value is read as YAML gives it, so quotes
 * are not part of it; the diagnostic covers the placeholder where the value
 * is written as it reads, else the whole value.
 */
export function frontMatterPlaceholders(
  frontMatter: FrontMatter | undefined,
  text: string,
  yamlEnd: number,
): ValuePlaceholder[] {
  if (!frontMatter?.data) return [];
  const yamlText = text.slice(frontMatter.yamlOffset, yamlEnd);
  // The positions need the `yaml` library's parse, which most front matter never needs: look first.
  if (!mayHoldPlaceholder(yamlText)) return [];
  const { visit, isScalar, isPair } = yamlLibrary();
  const found: ValuePlaceholder[] = [];
  const offset = frontMatter.yamlOffset;
  visit(frontMatter.yaml(), {
    Scalar(role, node, path) {
      if (role === 'key' || typeof node.value !== 'string' || !node.range) return;
      const start = node.range[0];
      // A block scalar's range runs on over the line break after it.
      const written = yamlText.slice(start, node.range[1]).trimEnd();
      const end = start + written.length;
      const key = keyOf(path, isPair, isScalar);
      const placeholders = findPlaceholdersInValue(node.value);
      // Where the value is written as it reads (plain, or quoted without escapes), positions inside it are exact.
      const inner =
        written === node.value
          ? start
          : written.slice(1, -1) === node.value && /^["']/.test(written)
            ? start + 1
            : undefined;
      if (inner === undefined) {
        // Positions inside are unknown: the first placeholder stands for the value, reported once.
        if (placeholders[0]) found.push({ ...placeholders[0], start: offset + start, end: offset + end, key });
        return;
      }
      for (const placeholder of placeholders)
        found.push({
          ...placeholder,
          start: offset + inner + placeholder.start,
          end: offset + inner + placeholder.end,
          key,
        });
    },
    Seq(_role, node, path) {
      // `title: [Insert the title]` is a list to YAML; its brackets are the prompt's.
      if (!node.flow || !node.range) return;
      const [start, end] = node.range;
      const key = keyOf(path, isPair, isScalar);
      for (const placeholder of findPlaceholders(yamlText.slice(start, end))) {
        if (placeholder.form === 'prompt' && placeholder.start === 0)
          found.push({ ...placeholder, start: offset + start, end: offset + start + placeholder.end, key });
      }
    },
  });
  return found.sort((a, b) => a.start - b.start);
}

/** The key of the nearest mapping entry holding the node (`email` for contact's email). */
function keyOf(
  path: readonly unknown[],
  isPair: (node: unknown) => boolean,
  isScalar: (node: unknown) => node is { value: unknown },
): string {
  for (let index = path.length - 1; index >= 0; index--) {
    const step = path[index];
    if (isPair(step)) {
      const key = (step as { key: unknown }).key;
      return isScalar(key) ? String(key.value) : '';
    }
  }
  return '';
}
