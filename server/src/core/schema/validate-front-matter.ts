import type { z } from 'zod';
import type { FrontMatter } from '../parse/front-matter';
import { closest } from '../suggest';
import type { LineIndex } from '../text/line-index';
import type { DocumentType, Fix, Range } from '../types';
import { FRONT_MATTER_KEYS, frontMatterSchema } from './front-matter';
import { isPlainlyValid } from './plain-front-matter';
import { valueFix } from './value-fixes';
import { locate, mapKeys, type YamlPath } from './yaml-locate';

export interface FrontMatterIssue {
  readonly code: 'front-matter-schema' | 'front-matter-unknown-key';
  readonly range: Range;
  readonly message: string;
  readonly fixes?: readonly Fix[];
}

/** How to fill in a key that is missing, in an officer's words. */
const MISSING_HINTS: Record<string, string> = {
  title: "The front matter has no title: add a line such as 'title: Home to School Transport'.",
  committee: "The front matter has no committee: add a line such as 'committee: Cabinet'.",
  meeting: "The front matter has no meeting date: add a line such as 'meeting: 2026-03-12'.",
  report_by:
    "The front matter has no report_by: add the author's post title, such as 'report_by: Director of Children's Services'.",
  contact:
    "The front matter has no contact: add 'contact:' with the contact officer's name and email on indented lines.",
};

const NESTED_KEYS: Record<string, readonly string[]> = {
  contact: ['name', 'email', 'phone'],
  exempt: ['jurisdiction', 'paragraphs', 'reason'],
  appendices: ['id', 'title'],
};

/** Checks the front matter against the schema for its document type. */
export function validateFrontMatter(
  frontMatter: FrontMatter,
  lines: LineIndex,
  type: DocumentType,
  templateNames: readonly string[],
): FrontMatterIssue[] {
  const data = frontMatter.data;
  if (!data || isPlainlyValid(data, type, templateNames)) return [];
  const result = frontMatterSchema(type, templateNames).safeParse(data);
  const known: readonly string[] = FRONT_MATTER_KEYS;
  const clean =
    result.success &&
    Object.keys(data).every((key) => known.includes(key)) &&
    !('divisions' in data && 'wards' in data);
  // Most documents are clean; only problems need the positions that the slower YAML parse gives.
  if (clean) return [];
  const toRange = (span: readonly [number, number]) =>
    lines.range(frontMatter.yamlOffset + span[0], frontMatter.yamlOffset + span[1]);
  const written = (span: readonly [number, number]) =>
    lines.text.slice(frontMatter.yamlOffset + span[0], frontMatter.yamlOffset + span[1]);
  const issues: FrontMatterIssue[] = [];
  for (const issue of result.success ? [] : result.error.issues) {
    issues.push(...toIssues(issue, frontMatter, toRange, written));
  }
  issues.push(...unknownTopLevelKeys(frontMatter, toRange));
  issues.push(...bothDivisionsAndWards(frontMatter, toRange));
  return issues;
}

function toIssues(
  issue: z.core.$ZodIssue,
  frontMatter: FrontMatter,
  toRange: (span: readonly [number, number]) => Range,
  written: (span: readonly [number, number]) => string,
): FrontMatterIssue[] {
  const path: YamlPath = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const parentName = String(path.find((segment) => typeof segment === 'string') ?? '');
    const known = NESTED_KEYS[parentName] ?? [];
    return issue.keys.map((key) => {
      const { found } = locate(frontMatter.yaml(), [...path, key]);
      return unknownKeyIssue(
        key,
        known,
        found.key ? toRange(found.key) : frontMatter.openingRange,
        `under ${parentName}`,
      );
    });
  }
  const { found, missing } = locate(frontMatter.yaml(), path);
  if (missing) {
    const name = String(path[path.length - 1]);
    const parentSpan = found.key ?? found.value;
    if (path.length === 1 || !parentSpan) {
      return [
        {
          code: 'front-matter-schema',
          range: frontMatter.openingRange,
          message: MISSING_HINTS[name] ?? `The front matter has no ${name}: add it.`,
        },
      ];
    }
    return [
      {
        code: 'front-matter-schema',
        range: toRange(parentSpan),
        message: `${String(path[0])} has no ${name}: add it.`,
      },
    ];
  }
  const span = found.value ?? found.key;
  const range = span ? toRange(span) : frontMatter.openingRange;
  const fix = found.value && valueFix(path, valueAt(frontMatter.data, path), written(found.value));
  return [
    {
      code: 'front-matter-schema',
      range,
      message: issue.message,
      ...(fix ? { fixes: [{ title: fix.title, edits: [{ range, newText: fix.newText }], safe: true }] } : {}),
    },
  ];
}

/** What YAML read at a path of the front matter. */
function valueAt(data: unknown, path: YamlPath): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function unknownTopLevelKeys(
  frontMatter: FrontMatter,
  toRange: (span: readonly [number, number]) => Range,
): FrontMatterIssue[] {
  const known: readonly string[] = FRONT_MATTER_KEYS;
  return mapKeys(frontMatter.yaml().contents)
    .filter((key) => !known.includes(key.name))
    .map((key) => unknownKeyIssue(key.name, known, toRange(key.range), 'in the front matter'));
}

function unknownKeyIssue(name: string, known: readonly string[], range: Range, where: string): FrontMatterIssue {
  const suggestion = closest(name, known);
  if (!suggestion) {
    return {
      code: 'front-matter-unknown-key',
      range,
      message: `'${name}' is not a key the checker knows ${where}; check its spelling or remove it.`,
    };
  }
  return {
    code: 'front-matter-unknown-key',
    range,
    message: `'${name}' is not a key the checker knows ${where}: did you mean '${suggestion}'?`,
    fixes: [{ title: `Change '${name}' to '${suggestion}'`, edits: [{ range, newText: suggestion }], safe: false }],
  };
}

function bothDivisionsAndWards(
  frontMatter: FrontMatter,
  toRange: (span: readonly [number, number]) => Range,
): FrontMatterIssue[] {
  const keys = mapKeys(frontMatter.yaml().contents).filter((key) => key.name === 'divisions' || key.name === 'wards');
  const second = keys[1];
  if (!second) return [];
  return [
    {
      code: 'front-matter-schema',
      range: toRange(second.range),
      message: 'Use either divisions or wards, not both: they mean the same thing.',
    },
  ];
}
