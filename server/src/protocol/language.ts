/**
 * The language id a client gives committee reports (`textDocument/didOpen`'s
 * `languageId`): the server checks such a document whatever its name.
 */
export const LANGUAGE_ID = 'committee-report';

/** `initializationOptions` the server reads from `initialize`. */
export interface InitializationOptions {
  /** Milliseconds typing must pause before a re-check (tests use it; so may a client). */
  readonly checkDelay?: number;
}
