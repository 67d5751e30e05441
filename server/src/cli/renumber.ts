import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyTextEdits, renumberPlan, type IdChange, type ParagraphChange } from '../core';
import { describeReadError } from '../node/read-text';
import { FileError, UsageError } from './errors';
import { readWorkspace, type ReadWorkspace } from './read-workspace';
import { lineEdits, unifiedDiff } from './renumber-diff';
import { findWorkspace } from './workspace-request';

export interface RenumberRequest {
  readonly root: string;
  /** The documents to renumber, or folders holding them, as typed. */
  readonly paths: readonly string[];
  readonly kinds?: readonly string[];
  /** Renumber numbered paragraphs too. */
  readonly paragraphs?: boolean;
  /** The number each kind of ID starts from. */
  readonly start?: number;
  readonly dryRun: boolean;
  readonly force: boolean;
  readonly configPath?: string;
}

/** One document renumbered: its path as shown, and what changed in it. */
export interface RenumberedDocument {
  readonly path: string;
  readonly changes: readonly IdChange[];
  readonly paragraphChanges: readonly ParagraphChange[];
  readonly paragraphsRestyled: number;
}

/** What `renumber` did, or why it did nothing. */
export type RenumberOutcome =
  | { readonly outcome: 'refused'; readonly reason: string; readonly warnings: readonly string[] }
  | { readonly outcome: 'in-order'; readonly paths: readonly string[]; readonly warnings: readonly string[] }
  | {
      readonly outcome: 'planned' | 'written';
      /** The documents whose numbers changed, in the order renumbered. */
      readonly documents: readonly RenumberedDocument[];
      /** Each file that changes (or would), as the output shows it. */
      readonly files: readonly string[];
      /** For --dry-run: the unified diff of every file that would change. */
      readonly diff: string;
      readonly warnings: readonly string[];
    };

/** A file to write: where, what was read, and what to write instead. */
interface PlannedFile {
  readonly uri: string;
  readonly shownAs: string;
  readonly absolutePath: string;
  readonly basedOn: string;
  newText: string;
}

/**
 * Renumbers each document named (or found in a folder named), in the order
 * found, and every reference to them in the workspace as `check` reads it.
 * Each document is planned on the workspace as the ones before it left it,
 * so a minute citing two renumbered reports gets both changes. All or
 * nothing: when one document is refused, nothing is written. With `dryRun`
 * nothing is written; otherwise only the files that change are, and none at
 * all when any of them changed on disk since it was read.
 */
export function runRenumber(request: RenumberRequest): RenumberOutcome {
  const found = findWorkspace({
    root: request.root,
    paths: request.paths,
    ...(request.configPath === undefined ? {} : { configPath: request.configPath }),
  });
  return renumberWorkspace(readWorkspace(found), request);
}

/** `renumber` on a workspace already read: what a file on disk holds now is compared with what was read. */
export function renumberWorkspace(read: ReadWorkspace, request: RenumberRequest): RenumberOutcome {
  const { found, workspace } = read;
  if (read.listed.length === 0)
    throw new UsageError(
      `renumber found no document in ${request.paths.join(', ')}; name .report.md or .minutes.md files, or folders holding them`,
    );
  const warnings = [...found.warnings];
  const planned = new Map<string, PlannedFile>();
  const documents: RenumberedDocument[] = [];
  const several = read.listed.length > 1;
  for (const document of read.listed) {
    const kinds = workspace.configFor(document.uri).kinds;
    const unknown = request.kinds?.find((kind) => !kinds.has(kind));
    if (unknown !== undefined)
      throw new UsageError(`there is no ID kind ${unknown}; the kinds are ${[...kinds.keys()].join(', ')}`);
    const result = renumberPlan(workspace, document.uri, {
      force: request.force,
      // --paragraphs alone renumbers paragraphs only; --kinds names the IDs to renumber with them.
      ...(request.kinds !== undefined ? { kinds: request.kinds } : request.paragraphs === true ? { kinds: [] } : {}),
      ...(request.paragraphs === true ? { paragraphs: true } : {}),
      ...(request.start === undefined ? {} : { start: request.start }),
    });
    if ('refusal' in result) {
      const force =
        result.forceable === true ? ' (--force renumbers them anyway, and changes them wherever they are cited.)' : '';
      const which = several ? `${document.path}: ` : '';
      return { outcome: 'refused', reason: `${which}${result.refusal}${force}`, warnings };
    }
    const { plan } = result;
    if (plan.files.length === 0) continue;
    const notUtf8 = plan.files.find((file) => workspace.hasInvalidUtf8(file.uri));
    if (notUtf8)
      return {
        outcome: 'refused',
        reason: `${read.pathOf(notUtf8.uri)} holds bytes that are not UTF-8, which writing it would lose: save it as UTF-8 first.`,
        warnings,
      };
    for (const file of plan.files) {
      const basedOn = file.basedOn ?? '';
      const newText = applyTextEdits(basedOn, file.edits);
      const earlier = planned.get(file.uri);
      if (earlier) earlier.newText = newText;
      else
        planned.set(file.uri, {
          uri: file.uri,
          shownAs: read.pathOf(file.uri),
          absolutePath: fileURLToPath(file.uri),
          basedOn,
          newText,
        });
      // The next document is planned on the text as this one leaves it.
      workspace.setDocument(file.uri, newText);
    }
    documents.push({
      path: document.path,
      changes: plan.changes,
      paragraphChanges: plan.paragraphChanges,
      paragraphsRestyled: plan.paragraphsRestyled,
    });
    warnings.push(...plan.overriddenLocks.map((lock) => `renumbered anyway (--force): ${lock}`));
  }
  if (planned.size === 0) return { outcome: 'in-order', paths: read.listed.map((document) => document.path), warnings };
  const files = [...planned.values()];
  const done = { documents, files: files.map((file) => file.shownAs), warnings };
  if (request.dryRun) {
    const diff = files.map((file) => unifiedDiff(file.shownAs, file.basedOn, lineEdits(file.basedOn, file.newText)));
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
