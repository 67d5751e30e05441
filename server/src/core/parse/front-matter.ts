import type { Document } from 'yaml';
import { yamlLibrary } from '../yaml-library';
import { isPlainMapping, readYamlQuickly } from './read-yaml';
import { parseYamlWithPositions } from './yaml-with-positions';
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
  /** The line of the closing `---`. */
  readonly closingLine: number;
  /** The YAML with node positions, parsed when first asked for (only problems need positions). */
  yaml(): Document.Parsed;
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
/**
 * A front matter holds a few key: value lines. Longer YAML is not read: the
 * YAML library needs seconds and hundreds of megabytes for a megabyte of
 * nested brackets, and a missing closing line can make the whole body look
 * like front matter.
 */
export const MAX_FRONT_MATTER_LENGTH = 65_536;

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
          message:
            "The front matter that starts here is never closed. Add a '---' line after the last 'key: value' line.",
        },
      ],
    };
  }
  const yamlOffset = lines.lineStart(1);
  const yamlText = lines.text.slice(yamlOffset, lines.lineStart(closingLine));
  if (yamlText.length > MAX_FRONT_MATTER_LENGTH) {
    const empty = parseYamlWithPositions('');
    return {
      frontMatter: { openingRange, yamlOffset, closingLine, yaml: () => empty, data: undefined },
      bodyStartLine: closingLine + 1,
      problems: [
        {
          range: openingRange,
          message: `The front matter is too long to read (${yamlText.length.toLocaleString('en-GB')} characters; the most is ${MAX_FRONT_MATTER_LENGTH.toLocaleString('en-GB')}). Check that it ends with a '---' line where you meant it to.`,
        },
      ],
    };
  }
  let parsed: Document.Parsed | undefined;
  const yaml = () => (parsed ??= parseYamlWithPositions(yamlText));
  const fast = readYamlQuickly(yamlText);
  const problems: FrontMatterProblem[] = [];
  let data: Record<string, unknown> | undefined;
  if (fast.ok && isPlainMapping(fast.value)) {
    data = fast.value;
  } else if (fast.ok && (fast.value === null || fast.value === undefined)) {
    problems.push({
      range: openingRange,
      message: 'The front matter is empty. Add the title, committee and meeting date as key: value lines.',
    });
  } else {
    data = readCarefully(yaml(), lines, yamlOffset, openingRange, problems);
  }
  return {
    frontMatter: { openingRange, yamlOffset, closingLine, yaml, data },
    problems,
    bodyStartLine: closingLine + 1,
  };
}

/** The slow path: `yaml` gives positioned errors, or the data when js-yaml refused it. */
function readCarefully(
  yaml: Document.Parsed,
  lines: LineIndex,
  yamlOffset: number,
  openingRange: Range,
  problems: FrontMatterProblem[],
): Record<string, unknown> | undefined {
  for (const error of yaml.errors) {
    problems.push({
      range: lines.range(yamlOffset + error.pos[0], yamlOffset + Math.max(error.pos[1], error.pos[0] + 1)),
      message: `The front matter is not valid YAML: ${firstSentence(error.message)}. Check the indentation and quoting on this line.`,
    });
  }
  if (problems.length > 0) return undefined;
  if (yaml.contents === null) {
    problems.push({
      range: openingRange,
      message: 'The front matter is empty. Add the title, committee and meeting date as key: value lines.',
    });
    return undefined;
  }
  const [start, end] = yaml.contents.range;
  const contentsRange = lines.range(yamlOffset + start, yamlOffset + end);
  if (!yamlLibrary().isMap(yaml.contents)) {
    problems.push({
      range: contentsRange,
      message: "The front matter must be a list of 'key: value' lines, such as 'title: Home to School Transport'.",
    });
    return undefined;
  }
  try {
    return yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (error) {
    problems.push({
      range: contentsRange,
      message: `The front matter could not be read: ${firstSentence(String((error as Error).message))}. Remove the YAML anchors and aliases (& and *).`,
    });
    return undefined;
  }
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/\s+at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
