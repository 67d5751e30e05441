import type { Workspace } from '../core';

/**
 * How many documents are parsed before they are checked and let go. On
 * corpus A (bench/README.md), checking each one as soon as it was parsed ran
 * about 8% slower than four at a time (the parser's code and the checks'
 * take turns less often). Batches of 16 or 32 ran no faster than four but
 * kept more parses alive through each young-generation collection, which V8
 * then grew: 185 MB at the peak against 145 MB (217 MB holding every
 * document, as before).
 */
const RELEASE_BATCH = 4;

/**
 * Lets go of documents parsed into a workspace a few at a time
 * (`Workspace.release`): each one's own checks run (for a listed document),
 * and its text and parse are dropped, so a `check` of thousands of documents
 * never holds every document's text at once.
 */
export class ReleaseBatches {
  private readonly parsed: string[] = [];

  constructor(
    private readonly workspace: Workspace,
    /** Whether a document's diagnostics will be asked for (else it is read only so references to it resolve). */
    private readonly isListed: (uri: string) => boolean,
  ) {}

  /** A document just parsed (set into the workspace). */
  add(uri: string): void {
    if (this.parsed.push(uri) === RELEASE_BATCH) this.releaseAll();
  }

  /** Lets go of every document added since the last batch: before asking for diagnostics. */
  releaseAll(): void {
    for (const uri of this.parsed) this.workspace.release(uri, { checked: this.isListed(uri) });
    this.parsed.length = 0;
  }
}
