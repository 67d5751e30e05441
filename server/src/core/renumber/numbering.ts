import type { Definition } from '../parse/definitions';

/** An ID that a renumbering changes. */
export interface IdChange {
  readonly from: string;
  readonly to: string;
}

/**
 * Each kind's definitions numbered in document order from `start`: the new
 * number of every defined ID of `kinds`, by its present ID.
 */
export function numberInOrder(
  definitions: readonly Definition[],
  kinds: ReadonlySet<string>,
  start = 1,
): Map<string, number> {
  const next = new Map<string, number>();
  const numbers = new Map<string, number>();
  for (const definition of definitions) {
    if (!kinds.has(definition.kind)) continue;
    const number = (next.get(definition.kind) ?? start - 1) + 1;
    next.set(definition.kind, number);
    numbers.set(definition.id, number);
  }
  return numbers;
}

/** The IDs whose number changes, in document order. */
export function changesOf(definitions: readonly Definition[], numbers: ReadonlyMap<string, number>): IdChange[] {
  return definitions.flatMap((definition) => {
    const number = numbers.get(definition.id);
    return number === undefined || number === definition.number
      ? []
      : [{ from: definition.id, to: `${definition.kind}${number}` }];
  });
}
