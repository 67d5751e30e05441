import type { Diagnostic, DocumentLinks } from '../core';

/** One file to check: where to read it, its URI, and whether its diagnostics are wanted. */
export interface FileToCheck {
  readonly path: string;
  readonly uri: string;
  readonly report: boolean;
}

export interface ParseRequest {
  readonly type: 'parse';
  readonly configText: string | undefined;
  readonly configUri: string;
  readonly files: readonly FileToCheck[];
}

export interface CheckRequest {
  readonly type: 'check';
  /** Links of the documents the other threads parsed. */
  readonly links: readonly DocumentLinks[];
}

export type WorkerRequest = ParseRequest | CheckRequest;

export interface ReadFailure {
  readonly path: string;
  readonly reason: string;
}

export interface ParsedReply {
  readonly type: 'parsed';
  readonly links: readonly DocumentLinks[];
  readonly failures: readonly ReadFailure[];
}

export interface CheckedReply {
  readonly type: 'checked';
  readonly results: readonly { readonly uri: string; readonly diagnostics: readonly Diagnostic[] }[];
}

export interface FailedReply {
  readonly type: 'failed';
  readonly message: string;
}

export type WorkerReply = ParsedReply | CheckedReply | FailedReply;
