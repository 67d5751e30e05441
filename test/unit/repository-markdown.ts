/**
 * The repository's own files and Markdown as a reader on GitHub meets them:
 * which files are there (as git lists them, so nothing ignored or generated),
 * the links each Markdown file holds, and the anchors its headings get.
 * Links and headings come from markdown-it, the parser the checker itself
 * uses, never from a regular expression over the raw text: a `[x](y)` in a
 * code span or a fenced block is not a link.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

export const REPOSITORY = path.resolve(__dirname, '../../..');

/**
 * Every file of the repository, tracked or new but not ignored, as `/`-separated
 * paths from its root. git decides, as it decides what a clone holds;
 * `safe.directory` lets a run as another user (root in CI) read a clone it does not own.
 */
export function repositoryFiles(): readonly string[] {
  const listing = execFileSync(
    'git',
    ['-c', `safe.directory=${REPOSITORY}`, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: REPOSITORY,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // A file deleted but not yet committed is still listed by --cached.
  return listing.split('\0').filter((file) => file !== '' && fs.existsSync(path.join(REPOSITORY, file)));
}

/** Every folder holding at least one of `files`, with its parents: `a/b/c.md` gives `a` and `a/b`. */
export function foldersOf(files: readonly string[]): ReadonlySet<string> {
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth++) folders.add(parts.slice(0, depth).join('/'));
  }
  return folders;
}

/** GitHub's rendering: CommonMark with tables, and HTML passed through. */
const markdown = new MarkdownIt('default', { html: true });

export function parseMarkdown(text: string): Token[] {
  return markdown.parse(text, {});
}

export interface MarkdownLink {
  readonly target: string;
  /** 1-based line of the block holding the link. */
  readonly line: number;
}

/** Every link and image target in a Markdown text, in order. */
export function linksIn(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const block of parseMarkdown(text)) {
    if (block.type !== 'inline' || !block.children) continue;
    const line = (block.map?.[0] ?? 0) + 1;
    for (const token of block.children) {
      const target =
        token.type === 'link_open' ? token.attrGet('href') : token.type === 'image' ? token.attrGet('src') : null;
      if (target !== null) links.push({ target, line });
    }
  }
  return links;
}

/** A heading's text as GitHub reads it for its anchor: the words and code, without the markup. */
function plainText(inline: Token): string {
  return (inline.children ?? [])
    .map((token) =>
      token.type === 'text' || token.type === 'code_inline'
        ? token.content
        : token.type === 'image'
          ? plainText(token)
          : '',
    )
    .join('');
}

/**
 * The anchors of a Markdown text's headings, by GitHub's rules (github-slugger):
 * lower case, everything but letters, marks, digits, `_`, `-` and spaces
 * removed, spaces made hyphens; a repeated anchor gets `-1`, `-2`, ….
 */
export function anchorsIn(text: string): ReadonlySet<string> {
  const anchors = new Set<string>();
  const tokens = parseMarkdown(text);
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const base = plainText(tokens[index + 1]!)
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let anchor = base;
    for (let repeat = 1; anchors.has(anchor); repeat++) anchor = `${base}-${repeat}`;
    anchors.add(anchor);
  });
  return anchors;
}

/** Whether a link target leaves the repository's own files: a URL with a scheme, or `//host`. */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/**
 * The code spans of one section of a Markdown text: from the heading with
 * this text to the next heading of the same level or higher.
 */
export function codeSpansInSection(text: string, heading: string): string[] | undefined {
  const tokens = parseMarkdown(text);
  const start = tokens.findIndex(
    (token, index) => token.type === 'heading_open' && plainText(tokens[index + 1]!).trim() === heading,
  );
  if (start === -1) return undefined;
  const level = headingLevel(tokens[start]!);
  const spans: string[] = [];
  for (let index = start + 3; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === 'heading_open' && headingLevel(token) <= level) break;
    for (const child of token.children ?? []) if (child.type === 'code_inline') spans.push(child.content);
  }
  return spans;
}

/** 1 for `#`, 2 for `##`, …: markdown-it names a heading's tag h1 to h6. */
function headingLevel(heading: Token): number {
  return Number(heading.tag.slice(1));
}
