import type { Document } from 'yaml';
import { yamlLibrary } from '../yaml-library';

/**
 * Parses YAML with the `yaml` library, which knows where every node is, and
 * reports a key given twice in a mapping as that library does ("Map keys must
 * be unique", at the second key). Its own check (`uniqueKeys`) compares each
 * key with every earlier one: seconds for a front matter or config of a few
 * thousand keys. Here each mapping's keys go into a set once.
 */
export function parseYamlWithPositions(text: string): Document.Parsed {
  const { parseDocument, visit, isScalar, YAMLParseError } = yamlLibrary();
  // logLevel 'error': the library's warnings (a mapping used as a key) would go to the process's stderr, in the middle of the command line's output.
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  visit(document, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        // The library compares scalar keys by value and other keys by identity, so only scalars can repeat.
        if (!isScalar(pair.key) || Number.isNaN(pair.key.value)) continue;
        if (!seen.has(pair.key.value)) seen.add(pair.key.value);
        else if (pair.key.range)
          document.errors.push(
            new YAMLParseError([pair.key.range[0], pair.key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'),
          );
      }
    },
  });
  return document;
}
