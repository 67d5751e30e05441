/**
 * The language id a client gives committee reports (`textDocument/didOpen`'s
 * `languageId`): the server checks such a document whatever its name.
 */
export const LANGUAGE_ID = 'committee-report';

/** `initializationOptions` the server reads from `initialize`. */
export interface InitializationOptions {
  /** Milliseconds typing must pause before a re-check (tests use it; so may a client). */
  readonly checkDelay?: number;
  /**
   * An absolute folder of the workspace's own (VS Code's workspace storage)
   * where the server keeps its index between sessions. Without it, the
   * user's cache folder (`~/.cache/committee-reports` and the like).
   */
  readonly indexFolder?: string;
  /** false: no index is kept between sessions (nothing is read or written). */
  readonly persistIndex?: boolean;
}
