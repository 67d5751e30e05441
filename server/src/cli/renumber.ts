import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyTextEdits, renumberPlan, type IdChange } from '../core';
import { describeReadError } from '../node/read-text';
import * as path from 'node:path';
import { FileError, UsageError } from './errors';
import { readWorkspace, type ReadWorkspace } from './read-workspace';
import { unifiedDiff } from './renumber-diff';
import { findWorkspace } from './workspace-request';

export interface RenumberRequest {
  readonly root: string;
  /** The one document to renumber, as typed. */
  readonly path: string;
  readonly kinds?: readonly string[];
  readonly dryRun: boolean;
  readonly force: boolean;
  readonly configPath?: string;
}

/** What `renumber` did, or why it did nothing. */
export type RenumberOutcome =
  | { readonly outcome: 'refused'; readonly reason: string; readonly warnings: readonly string[] }
  | { readonly outcome: 'in-order'; readonly path: string; readonly warnings: readonly string[] }
  | {
      readonly outcome: 'planned' | 'written';
      readonly path: string;
      readonly changes: readonly IdChange[];
      /** Each file that changes (or would), as the output shows it. */
      readonly files: readonly string[];
      /** For --dry-run: the unified diff of every file that would change. */
      readonly diff: string;
      readonly warnings: readonly string[];
    };

/** A file to write: where, what was read, and what to write instead. */
interface PlannedFile {
  readonly shownAs: string;
  readonly absolutePath: string;
  readonly basedOn: string;
  readonly newText: string;
}

/**
 * Renumbers one document's IDs in document order, and every reference to
 * them in the workspace as `check` reads it. With `dryRun` nothing is
 * written; otherwise only the files that change are, and none at all when
 * any of them changed on disk since it was read.
 */
export function runRenumber(request: RenumberRequest): RenumberOutcome {
  const found = findWorkspace({
    root: request.root,
    paths: [request.path],
    ...(request.configPath === undefined ? {} : { configPath: request.configPath }),
  });
  return renumberWorkspace(readWorkspace(found), request);
}

/** `renumber` on a workspace already read: what a file on disk holds now is compared with what was read. */
export function renumberWorkspace(read: ReadWorkspace, request: RenumberRequest): RenumberOutcome {
  const { found } = read;
  const [document, ...more] = read.listed;
  if (!document || more.length > 0 || found.listedFiles[0] !== path.resolve(request.root, request.path))
    throw new UsageError(
      `renumber takes one document, and ${request.path} is not one; name a .report.md or .minutes.md file`,
    );
  const kinds = read.workspace.configFor(document.uri).kinds;
  const unknown = request.kinds?.find((kind) => !kinds.has(kind));
  if (unknown !== undefined)
    throw new UsageError(`there is no ID kind ${unknown}; the kinds are ${[...kinds.keys()].join(', ')}`);
  const result = renumberPlan(read.workspace, document.uri, {
    force: request.force,
    ...(request.kinds === undefined ? {} : { kinds: request.kinds }),
  });
  const warnings = found.warnings;
  if ('refusal' in result) {
    const force =
      result.forceable === true ? ' (--force renumbers them anyway, and changes them wherever they are cited.)' : '';
    return { outcome: 'refused', reason: `${result.refusal}${force}`, warnings };
  }
  const { plan } = result;
  if (plan.files.length === 0) return { outcome: 'in-order', path: document.path, warnings };
  const notUtf8 = plan.files.find((file) => read.workspace.hasInvalidUtf8(file.uri));
  if (notUtf8)
    return {
      outcome: 'refused',
      reason: `${read.pathOf(notUtf8.uri)} holds bytes that are not UTF-8, which writing it would lose: save it as UTF-8 first.`,
      warnings,
    };
  const files = plan.files.map((file) => ({
    shownAs: read.pathOf(file.uri),
    absolutePath: fileURLToPath(file.uri),
    basedOn: file.basedOn ?? '',
    newText: applyTextEdits(file.basedOn ?? '', file.edits),
  }));
  const overridden = plan.overriddenLocks.map((lock) => `renumbered anyway (--force): ${lock}`);
  const done = {
    path: document.path,
    changes: plan.changes,
    files: files.map((file) => file.shownAs),
    warnings: [...warnings, ...overridden],
  };
  if (request.dryRun) {
    const diff = plan.files.map((file, index) => unifiedDiff(files[index]!.shownAs, file.basedOn ?? '', file.edits));
    return { outcome: 'planned', ...done, diff: diff.join('') };
  }
  const changedOnDisk = files.filter((file) => !unchangedOnDisk(file)).map((file) => file.shownAs);
  if (changedOnDisk.length > 0)
    return {
      outcome: 'refused',
      reason: `${changedOnDisk.join(', ')} changed on disk while the workspace was read; nothing was written. Run renumber again.`,
      warnings,
    };
  for (const file of files) write(file);
  return { outcome: 'written', ...done, diff: '' };
}

const BOM = '\uFEFF';

/** Whether the file still holds the text the plan was made from (a byte order mark aside). */
function unchangedOnDisk(file: PlannedFile): boolean {
  try {
    const text = fs.readFileSync(file.absolutePath, 'utf8');
    return (text.startsWith(BOM) ? text.slice(1) : text) === file.basedOn;
  } catch {
    return false;
  }
}

/** Writes the new text, keeping a byte order mark the file had. */
function write(file: PlannedFile): void {
  try {
    const bom = fs.readFileSync(file.absolutePath, 'utf8').startsWith(BOM) ? BOM : '';
    fs.writeFileSync(file.absolutePath, bom + file.newText, 'utf8');
  } catch (error) {
    throw new FileError(`cannot write ${file.shownAs} (${describeReadError(error)}); check that you may change it`);
  }
}
