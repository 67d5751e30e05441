import { isMap, parseDocument, type Document } from 'yaml';
import type { LineIndex } from '../text/line-index';
import type { Range } from '../types';

/** A problem found while reading the front matter block itself (code `front-matter`). */
export interface FrontMatterProblem {
  readonly range: Range;
  readonly message: string;
}

export interface FrontMatter {
  /** The opening `---` line, where a missing required key is reported. */
  readonly openingRange: Range;
  /** Offset in the document where the YAML text starts; YAML node ranges are relative to it. */
  readonly yamlOffset: number;
  readonly yaml: Document.Parsed;
  /** The parsed mapping, or undefined when the YAML is broken or not a mapping. */
  readonly data: Record<string, unknown> | undefined;
}

export interface FrontMatterSplit {
  readonly frontMatter: FrontMatter | undefined;
  readonly problems: readonly FrontMatterProblem[];
  /** First line of the Markdown body (after the closing fence, or 0). */
  readonly bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
/** Alias expansion beyond this is a "billion laughs" document, not a report. */
const MAX_ALIAS_COUNT = 100;

/** Finds the YAML block at the very top of the document and parses it. */
export function splitFrontMatter(lines: LineIndex): FrontMatterSplit {
  const firstLine = lines.lineText(0).replace(/^\uFEFF/, '');
  if (!FENCE.test(firstLine)) {
    return {
      frontMatter: undefined,
      bodyStartLine: 0,
      problems: [
        {
          range: lines.lineRange(0),
          message:
            "The document has no front matter. Start it with a '---' line, the title, committee and meeting date as 'key: value' lines, and another '---' line.",
        },
      ],
    };
  }
  let closingLine = -1;
  for (let line = 1; line < lines.lineCount; line++) {
    if (CLOSING_FENCE.test(lines.lineText(line))) {
      closingLine = line;
      break;
    }
  }
  const openingRange = lines.lineRange(0);
  if (closingLine === -1) {
    return {
      frontMatter: undefined,
      bodyStartLine: 1,
      problems: [
        {
          range: openingRange,
          message: "The front matter that starts here is never closed. Add a '---' line after the last 'key: value' line.",
        },
      ],
    };
  }
  const yamlOffset = lines.lineStart(1);
  const yamlText = lines.text.slice(yamlOffset, lines.lineStart(closingLine));
  const yaml = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const problems: FrontMatterProblem[] = yaml.errors.map((error) => ({
    range: lines.range(yamlOffset + error.pos[0], yamlOffset + Math.max(error.pos[1], error.pos[0] + 1)),
    message: `The front matter is not valid YAML: ${firstSentence(error.message)}. Check the indentation and quoting on this line.`,
  }));
  let data: Record<string, unknown> | undefined;
  if (problems.length === 0) {
    if (yaml.contents === null) {
      problems.push({ range: openingRange, message: 'The front matter is empty. Add the title, committee and meeting date as key: value lines.' });
    } else if (!isMap(yaml.contents)) {
      const [start, end] = yaml.contents.range;
      problems.push({
        range: lines.range(yamlOffset + start, yamlOffset + end),
        message: "The front matter must be a list of 'key: value' lines, such as 'title: Home to School Transport'.",
      });
    } else {
      data = toPlainData(yaml, lines, yamlOffset, problems);
    }
  }
  return { frontMatter: { openingRange, yamlOffset, yaml, data }, problems, bodyStartLine: closingLine + 1 };
}

function toPlainData(
  yaml: Document.Parsed,
  lines: LineIndex,
  yamlOffset: number,
  problems: FrontMatterProblem[],
): Record<string, unknown> | undefined {
  try {
    return yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (error) {
    const [start, end] = yaml.contents?.range ?? [0, 0];
    problems.push({
      range: lines.range(yamlOffset + start, yamlOffset + end),
      message: `The front matter could not be read: ${firstSentence(String((error as Error).message))}. Remove the YAML anchors and aliases (& and *).`,
    });
    return undefined;
  }
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/\s+at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
