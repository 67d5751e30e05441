import type { Block } from './markdown-blocks';

/** A paper of the workspace, which another paper's Word file names by its title. */
export interface KnownPaper {
  readonly id: string;
  readonly title: string;
}

/**
 * A reference to another paper, as the Word export writes it out ("[finding
 * F1 of *Home to School Transport*]", "[recommendations R4 to R6 of …]"),
 * back in the format's words (`[home-to-school-transport:F1]`,
 * `[…:R4-R6]`) when a paper of the workspace has that title. A title no
 * paper has, or two have, stays as written.
 */
export function citeOtherPapers(blocks: readonly Block[], papers: readonly KnownPaper[]): void {
  const byTitle = new Map<string, string | null>();
  for (const { id, title } of papers) {
    const key = title.trim().toLowerCase();
    byTitle.set(key, byTitle.has(key) ? null : id);
  }
  for (const block of blocks) {
    block.lines = block.lines.map((line) =>
      line.replace(/\[([^[\]]*?) of \*([^*]+)\*\]/g, (whole, items: string, title: string) => {
        const id = byTitle.get(title.replace(/\\(.)/g, '$1').trim().toLowerCase());
        const cited = [...items.matchAll(/\b([A-Z]{1,3}\d+)(?: to ([A-Z]{1,3}\d+))?/g)].map(([, first, last]) =>
          last === undefined ? first! : `${first}-${last}`,
        );
        return id === undefined || id === null || cited.length === 0 ? whole : `[${id}:${cited.join(', ')}]`;
      }),
    );
  }
}
