import * as fs from 'node:fs';
import * as path from 'node:path';
import { writtenTitle, type ImportedType, type KnownPaper } from '../core';
import { readWordFile, writeImportedFiles, type ImportWriteRefusal } from '../node/import-file';
import { describeReadError, errorCode } from '../node/read-text';
import { checkWorkspace } from './check';
import { FileError, UsageError } from './errors';
import type { CheckOutcome } from './model';
import { readWorkspace } from './read-workspace';
import { findWorkspace } from './workspace-request';

export interface ImportRequest {
  /** The workspace root: the working directory. */
  readonly root: string;
  /** The Word files, as typed. Never empty. */
  readonly files: readonly string[];
  readonly type?: ImportedType;
  /** `--out`: a folder, or (for one file) the document to write; absent means beside each Word file. */
  readonly out?: string;
  readonly force: boolean;
  readonly configPath?: string;
}

/** What became of one Word file: written to `output` (with its images), or refused with `reason`. */
export type ImportResult =
  | {
      readonly path: string;
      readonly output: string;
      readonly images: readonly string[];
      readonly warnings: readonly string[];
    }
  | { readonly path: string; readonly reason: string };

export interface ImportOutcome {
  readonly results: readonly ImportResult[];
  /** The diagnostics of the documents written, as `check` gives them; undefined when none was written. */
  readonly check?: CheckOutcome;
  readonly warnings: readonly string[];
}

/**
 * Imports each Word file into a document of the format: written beside it
 * (or to --out), never over a file already there unless --force; a file that
 * cannot be imported is refused with why, and the others still are. Then
 * the documents written are checked as `check` checks them, in the
 * workspace, whose papers also name the papers a Word file cites by title.
 */
export async function runImport(request: ImportRequest): Promise<ImportOutcome> {
  const inputs = request.files.map((given) => inputOf(request.root, given));
  const outFile = request.out !== undefined && /\.md$/i.test(request.out);
  if (outFile && inputs.length > 1)
    throw new UsageError(
      `--out ${request.out} names one document, but ${inputs.length} Word files were given; name a folder to write them all to`,
    );
  const found = findWorkspace({ root: request.root, paths: ['.'], ...configOf(request) });
  const read = readWorkspace(found);
  const papers: KnownPaper[] = [...read.workspace.allDocuments()].flatMap((document) => {
    const title = writtenTitle(document.data);
    return title === undefined ? [] : [{ id: document.documentId, title }];
  });
  // Loaded only to import: mammoth, turndown and their DOM are a megabyte that no other command needs.
  const { importWordDocument } = await import('../node/import/import-word.js');
  const results: ImportResult[] = [];
  const written: string[] = [];
  const claimed = new Set<string>();
  for (const input of inputs) {
    const shown = found.shownAs(input);
    const bytes = readWordFile(input);
    if (typeof bytes === 'string') {
      results.push({ path: shown, reason: `${path.basename(input)} ${bytes}` });
      continue;
    }
    const imported = await importWordDocument(bytes, {
      fileName: input,
      styleMap: found.loaded.config.import.styleMap,
      papers,
      ...(request.type === undefined ? {} : { type: request.type }),
    });
    if ('refusal' in imported) {
      results.push({ path: shown, reason: imported.refusal.replace(/\.$/, '') });
      continue;
    }
    const target =
      request.out === undefined
        ? path.join(path.dirname(input), imported.name)
        : outFile
          ? path.resolve(request.root, request.out)
          : path.join(path.resolve(request.root, request.out), imported.name);
    const files = [
      { absolute: target, content: imported.markdown as string | Uint8Array },
      ...imported.images.map((image) => ({
        absolute: path.join(path.dirname(target), image.fileName),
        content: image.bytes,
      })),
    ];
    const refusal = writeImportedFiles(files, request.force, claimed);
    if (refusal !== undefined) {
      results.push({ path: shown, reason: refusalText(refusal, found.shownAs) });
      continue;
    }
    written.push(target);
    results.push({
      path: shown,
      output: found.shownAs(target),
      images: files.slice(1).map((file) => found.shownAs(file.absolute)),
      warnings: imported.warnings,
    });
  }
  if (written.length === 0) return { results, warnings: found.warnings };
  const check = checkWorkspace(
    readWorkspace(findWorkspace({ root: request.root, paths: written, ...configOf(request) })),
  );
  return { results, check, warnings: found.warnings };
}

/** Why a document was not written, in the command line's words (the editor has its own). */
function refusalText(refusal: ImportWriteRefusal, shownAs: (absolute: string) => string): string {
  const file = shownAs(refusal.file);
  switch (refusal.kind) {
    case 'claimed':
      return `${file} was written by another Word file of this import. Import them one at a time, or name the output with --out`;
    case 'exists':
      return `${file} is already there and was not replaced. Move it away, or add --force to replace it`;
    case 'unwritable':
      return `${file} could not be written (${refusal.detail})`;
  }
}

function configOf(request: ImportRequest): { configPath?: string } {
  return request.configPath === undefined ? {} : { configPath: request.configPath };
}

/** A Word file named on the command line: one that does not exist, or is a folder, is a usage error. */
function inputOf(root: string, given: string): string {
  const absolute = path.resolve(root, given);
  let stats: fs.Stats;
  try {
    stats = fs.statSync(absolute);
  } catch (error) {
    if (errorCode(error) === 'ENOENT')
      throw new UsageError(
        `the file ${given} does not exist; check its spelling (paths are relative to the current folder)`,
      );
    throw new FileError(`cannot read ${given} (${describeReadError(error)})`);
  }
  if (!stats.isFile()) throw new UsageError(`${given} is not a file; name the Word documents (.docx) to import`);
  return absolute;
}
