import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { writtenTitle, type KnownPaper } from '../../core';
import { innermostFolder } from '../../node/find-documents';
import { readWordFile, writeImportedFiles, type ImportWriteRefusal } from '../../node/import-file';
import { IMPORT_TYPES, type ImportArguments, type ImportResult } from '../../protocol';
import type { ServerContext } from '../context';

/**
 * `committeeReports.import` (server/src/protocol/import.ts): the Word file
 * made a document of the format by the same importer as the command line's
 * `import`, with the workspace's papers to name the papers it cites by
 * title, and written where the protocol says. The editor then opens it,
 * and the server checks it as it checks every document.
 */
export async function importCommand(context: ServerContext, argument: unknown): Promise<ImportResult> {
  const request = importArguments(argument);
  const input = fileURLToPath(request.uri);
  const name = path.basename(input);
  const bytes = readWordFile(input);
  if (typeof bytes === 'string') return { refused: { reason: 'unreadable', message: `${name} ${bytes}.` } };
  const folder = targetFolder(context.folders, input, request.outDir);
  const workspace = await context.wholeWorkspace();
  const papers: KnownPaper[] = [...workspace.allDocuments()].flatMap((document) => {
    const title = writtenTitle(document.data);
    return title === undefined ? [] : [{ id: document.documentId, title }];
  });
  // Loaded only to import, as the command line loads it: no start-up pays for it.
  const { importWordDocument } = await import('../../node/import/import-word.js');
  const config = workspace.configFor(pathToFileURL(path.join(folder, 'imported.report.md')).href);
  const imported = await importWordDocument(bytes, {
    fileName: input,
    styleMap: config.import.styleMap,
    papers,
    ...(request.type === undefined ? {} : { type: request.type }),
  });
  if ('refusal' in imported) return { refused: { reason: 'unreadable', message: imported.refusal } };
  const target = path.join(folder, imported.name);
  const images = imported.images.map((image) => ({
    absolute: path.join(folder, image.fileName),
    content: image.bytes,
  }));
  const refusal = writeImportedFiles(
    [{ absolute: target, content: imported.markdown }, ...images],
    request.force === true,
    new Set(),
  );
  if (refusal) return { refused: refused(refusal) };
  return {
    written: pathToFileURL(target).href,
    ...(images.length === 0 ? {} : { images: images.map((image) => pathToFileURL(image.absolute).href) }),
    ...(imported.warnings.length === 0 ? {} : { warnings: imported.warnings }),
  };
}

/**
 * `outDir` (relative to the first workspace folder); else beside the Word
 * file when a workspace folder holds it; else the first workspace folder,
 * so a paper picked from Downloads lands among the papers; else beside it.
 */
function targetFolder(folders: readonly string[], input: string, outDir: string | undefined): string {
  const first = folders[0];
  if (outDir !== undefined) return path.resolve(first ?? path.dirname(input), outDir);
  if (innermostFolder(folders, (folder) => folder, input) !== undefined) return path.dirname(input);
  return first ?? path.dirname(input);
}

function refused(refusal: ImportWriteRefusal): NonNullable<ImportResult['refused']> {
  switch (refusal.kind) {
    case 'exists':
    case 'claimed':
      return {
        reason: 'exists',
        message: `${refusal.file} is already there and was not replaced. Move it away, or import again and replace it.`,
      };
    case 'unwritable':
      return { reason: 'unwritable', message: `${refusal.file} could not be written (${refusal.detail}).` };
  }
}

/** The command's one argument, checked: a client's mistake is answered InvalidParams, saying what is wrong. */
function importArguments(value: unknown): ImportArguments {
  if (typeof value !== 'object' || value === null) throw invalid('import takes one argument, { uri }');
  const { uri, type, force, outDir } = value as Record<string, unknown>;
  if (typeof uri !== 'string' || !uri.startsWith('file:'))
    throw invalid('say which Word file to import with uri, a file: URI');
  const known = IMPORT_TYPES.find((candidate) => candidate === type);
  if (type !== undefined && known === undefined)
    throw invalid(`type is ${IMPORT_TYPES.join(', ')} or left out, not '${String(type)}'`);
  if (force !== undefined && typeof force !== 'boolean') throw invalid('force is true or false');
  if (outDir !== undefined && typeof outDir !== 'string') throw invalid('outDir is a folder, written as a string');
  return {
    uri,
    ...(known === undefined ? {} : { type: known }),
    ...(force === undefined ? {} : { force }),
    ...(outDir === undefined ? {} : { outDir }),
  };
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `Cannot import: ${message}.`);
}
