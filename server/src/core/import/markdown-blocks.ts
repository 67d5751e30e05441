/**
 * Markdown as the import reshapes it: blocks separated by blank lines
 * (turndown writes one between every paragraph, heading, list and table),
 * each kept as its lines. Fenced code stays one block whatever it holds.
 */
export interface Block {
  lines: string[];
}

export function splitBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && opening !== undefined) fence = opening;
    else if (fence !== undefined && line.trim().startsWith(fence)) fence = undefined;
    if (fence === undefined && line.trim() === '') {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
      continue;
    }
    current.push(line);
  }
  if (current.length > 0) blocks.push({ lines: current });
  return blocks;
}

export function joinBlocks(blocks: readonly Block[]): string {
  return `${blocks.map((block) => block.lines.join('\n')).join('\n\n')}\n`;
}

/** The level and text of an ATX heading block, or undefined for any other block. */
export function headingOf(block: Block): { level: number; text: string } | undefined {
  if (block.lines.length !== 1) return undefined;
  const match = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(block.lines[0]!);
  return match ? { level: match[1]!.length, text: match[2]! } : undefined;
}

export function isTable(block: Block): boolean {
  return block.lines.length >= 2 && block.lines.every((line) => line.trimStart().startsWith('|'));
}

/** A table's rows as cells of lines (a cell's `<br>` is a line break), the delimiter row left out. */
export function tableRows(block: Block): string[][][] {
  return block.lines
    .filter((line) => !/^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/.test(line))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) =>
          cell
            .split(/<br\s*\/?>/i)
            .map((part) => plainText(part))
            .filter((part) => part !== ''),
        ),
    );
}

/** Text without Markdown emphasis, links or escapes, as a front sheet's value is read. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/\s+/g, ' ')
    .trim();
}
