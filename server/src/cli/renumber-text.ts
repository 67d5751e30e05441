import type { RenumberedDocument, RenumberOutcome } from './renumber';

/** What `renumber` prints: the diff for --dry-run, else what changed; a refusal goes to stderr instead. */
export function formatRenumber(outcome: Exclude<RenumberOutcome, { outcome: 'refused' }>): string {
  if (outcome.outcome === 'in-order') {
    const what = outcome.paths.length === 1 ? `${outcome.paths[0]!} is` : 'The documents are';
    return `${what} numbered in order already: nothing to change.\n`;
  }
  if (outcome.outcome === 'planned') return outcome.diff;
  const files = outcome.files.length === 1 ? '1 file' : `${outcome.files.length} files`;
  return `${outcome.documents.map(renumbered).join('')}Changed ${files}: ${outcome.files.join(', ')}\n`;
}

/** "Renumbered plan.report.md: F3 → F2; paragraphs 2.3 → 2.2." */
function renumbered(document: RenumberedDocument): string {
  const parts: string[] = [];
  if (document.changes.length > 0)
    parts.push(document.changes.map((change) => `${change.from} → ${change.to}`).join(', '));
  if (document.paragraphChanges.length > 0)
    parts.push(`paragraphs ${document.paragraphChanges.map((change) => `${change.from} → ${change.to}`).join(', ')}`);
  if (document.paragraphsRestyled > 0) {
    const count = document.paragraphsRestyled;
    parts.push(`${count} paragraph number${count === 1 ? '' : 's'} written as the others are`);
  }
  return `Renumbered ${document.path}: ${parts.join('; ')}.\n`;
}
