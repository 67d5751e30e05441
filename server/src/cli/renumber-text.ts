import type { RenumberOutcome } from './renumber';

/** What `renumber` prints: the diff for --dry-run, else what changed; a refusal goes to stderr instead. */
export function formatRenumber(outcome: Exclude<RenumberOutcome, { outcome: 'refused' }>): string {
  if (outcome.outcome === 'in-order') return `${outcome.path} is numbered in order already: nothing to change.\n`;
  if (outcome.outcome === 'planned') return outcome.diff;
  const changes = outcome.changes.map((change) => `${change.from} → ${change.to}`).join(', ');
  const files = outcome.files.length === 1 ? '1 file' : `${outcome.files.length} files`;
  return `Renumbered ${outcome.path}: ${changes}.\nChanged ${files}: ${outcome.files.join(', ')}\n`;
}
