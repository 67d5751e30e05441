import type { Document, Node, Pair } from 'yaml';
import { yamlLibrary } from '../yaml-library';

/** Offsets (relative to the YAML text) of a key and its value, when present. */
export interface Located {
  readonly key?: readonly [number, number];
  readonly value?: readonly [number, number];
}

export type YamlPath = readonly PropertyKey[];

/**
 * Finds the node a validation issue points at. Returns the deepest ancestor
 * that exists, with `missing` set when the path ends at a key that is absent.
 */
export function locate(document: Document, path: YamlPath): { found: Located; missing: boolean } {
  const { isMap, isSeq } = yamlLibrary();
  let node: unknown = document.contents;
  let found: Located = rangeOf(node) ? { value: rangeOf(node)! } : {};
  for (const segment of path) {
    if (isMap(node)) {
      const pair = pairsByKey(node).get(String(segment));
      if (!pair) return { found, missing: true };
      const keyRange = rangeOf(pair.key);
      const valueRange = rangeOf(pair.value);
      found = { ...(keyRange ? { key: keyRange } : {}), ...(valueRange ? { value: valueRange } : {}) };
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) return { found, missing: true };
      const itemRange = rangeOf(item);
      found = itemRange ? { value: itemRange } : found;
      node = item;
    } else {
      return { found, missing: true };
    }
  }
  return { found, missing: false };
}

/** The keys of a mapping node, in document order, with their offsets. */
export function mapKeys(node: unknown): { name: string; range: readonly [number, number] }[] {
  if (!yamlLibrary().isMap(node)) return [];
  return node.items.flatMap((pair) => {
    const range = rangeOf(pair.key);
    return range ? [{ name: keyText(pair), range }] : [];
  });
}

/**
 * A mapping's pairs by key text, the first of each (as a search from the top
 * finds). Built once per mapping: a config or front matter with thousands of
 * problems would otherwise search its keys once per problem.
 */
const pairIndexes = new WeakMap<object, Map<string, Pair<unknown, unknown>>>();

function pairsByKey(map: { readonly items: readonly Pair<unknown, unknown>[] }): Map<string, Pair<unknown, unknown>> {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const key = keyText(pair);
      if (!index.has(key)) index.set(key, pair);
    }
    pairIndexes.set(map, index);
  }
  return index;
}

function keyText(pair: Pair<unknown, unknown>): string {
  return yamlLibrary().isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function rangeOf(node: unknown): readonly [number, number] | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}
