/**
 * The golden workspaces of `renumber` (test/renumber-golden): each folder
 * holds `before/`, the workspace as written; `after/`, every file as the
 * renumbering leaves it (only those that change), or no `after/` when the
 * plan is refused; and `case.json`: the document renumbered, the options,
 * and the refusal expected (and whether --force would get past it). Files are read as bytes, CRLF and byte order
 * marks included.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const GOLDEN = path.resolve(__dirname, '../../renumber-golden');

export interface GoldenCase {
  readonly name: string;
  readonly document: string;
  readonly kinds?: readonly string[];
  readonly force?: boolean;
  readonly paragraphs?: boolean;
  readonly start?: number;
  /** The plan's refusal, word for word. */
  readonly refusal?: string;
  /** Whether --force would get past the refusal (a lock); by default it would. */
  readonly forceable?: boolean;
  /** File name → text, before and after. */
  readonly before: Readonly<Record<string, string>>;
  readonly after: Readonly<Record<string, string>>;
}

export function goldenCases(): GoldenCase[] {
  return fs
    .readdirSync(GOLDEN)
    .sort()
    .map((name) => {
      const folder = path.join(GOLDEN, name);
      const settings = JSON.parse(fs.readFileSync(path.join(folder, 'case.json'), 'utf8')) as Omit<
        GoldenCase,
        'name' | 'before' | 'after'
      >;
      return {
        name,
        ...settings,
        before: filesIn(path.join(folder, 'before')),
        after: filesIn(path.join(folder, 'after')),
      };
    });
}

function filesIn(folder: string): Record<string, string> {
  if (!fs.existsSync(folder)) return {};
  return Object.fromEntries(
    fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]),
  );
}
