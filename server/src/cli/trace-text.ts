import {
  brokenLinkSentence,
  isMissing,
  longDate,
  missingLabel,
  relationLabel,
  type CitingItem,
  type MissingItem,
  type TraceItem,
} from '../core';
import {
  anchorItem,
  countWithStatuses,
  idIn,
  lineOf,
  partStatus,
  plural,
  recommendationStatus,
  truncate,
} from './trace-cells';
import type { TraceOutcome } from './trace-model';

/** How much of an item's words fits on a terminal line beside its ID and status. */
const TEXT_LENGTH = 60;

/**
 * The matrix for a terminal: by committee, then by document (meeting date,
 * title, path), then each finding, the recommendations citing it, and what
 * acted on each, indented under it. Items in the document shown give their
 * line; items elsewhere give path:line, which terminals and editors follow.
 */
export function formatTraceText(outcome: TraceOutcome): string {
  const lines: string[] = [];
  let committee: string | null = null;
  let documentUri: string | null = null;
  let findingKey: string | null = null;
  let recommendationKey: string | null = null;
  for (const chain of outcome.chains) {
    const anchor = anchorItem(chain)!;
    const anchorCommittee = anchor.committee ?? 'No committee given';
    if (anchorCommittee !== committee) {
      if (lines.length > 0) lines.push('');
      lines.push(anchorCommittee);
      committee = anchorCommittee;
      documentUri = null;
    }
    if (anchor.uri !== documentUri) {
      lines.push(
        `  ${anchor.meeting ?? 'no meeting date'}  ${anchor.documentTitle ?? anchor.documentId}  (${outcome.pathOf(anchor.uri)})`,
      );
      documentUri = anchor.uri;
      findingKey = null;
    }
    const where = (item: TraceItem) =>
      item.uri === anchor.uri ? `line ${lineOf(item)}` : `${outcome.pathOf(item.uri)}:${lineOf(item)}`;
    const nextFindingKey = chain.finding ? keyOf(chain.finding) : '';
    if (nextFindingKey !== findingKey) {
      if (chain.finding) lines.push(`    ${describe(chain.finding, partStatus(chain.finding), anchor, where)}`);
      findingKey = nextFindingKey;
      recommendationKey = null;
    }
    const depth = chain.finding ? 6 : 4;
    if (chain.recommendation && keyOf(chain.recommendation) !== recommendationKey) {
      lines.push(
        `${' '.repeat(depth)}${describe(chain.recommendation, recommendationStatus(chain.recommendation), anchor, where)}`,
      );
      recommendationKey = keyOf(chain.recommendation);
    }
    if (chain.actedOnBy)
      lines.push(`${' '.repeat(chain.recommendation ? depth + 2 : depth)}${actedOn(chain.actedOnBy, anchor, outcome)}`);
  }
  return `${[...lines, ...brokenLinks(outcome), ...(lines.length > 0 ? [''] : []), summary(outcome)].join('\n')}\n`;
}

function describe(
  part: TraceItem | MissingItem,
  status: string,
  anchor: TraceItem,
  where: (item: TraceItem) => string,
): string {
  const id = idIn(part, anchor.documentId);
  return isMissing(part)
    ? `${id}  ${missingLabel(part.problem)}`
    : `${id}  ${status}  (${where(part)})  ${truncate(part.text, TEXT_LENGTH)}`;
}

/** "resolution cyp-2026-06-18:R2  referred to the Cabinet Member for Education and Skills, 18 June 2026  (path:99)". */
function actedOn(item: CitingItem, anchor: TraceItem, outcome: TraceOutcome): string {
  const committee = item.committee !== undefined && item.committee !== anchor.committee ? `${item.committee}, ` : '';
  const when = item.meeting === undefined ? 'no meeting date' : longDate(item.meeting);
  return `${item.kind} ${idIn(item, anchor.documentId)}  ${relationLabel(item)}, ${committee}${when}  (${outcome.pathOf(item.uri)}:${lineOf(item)})`;
}

function keyOf(part: TraceItem | MissingItem): string {
  return isMissing(part)
    ? `missing ${part.documentId}:${part.id}`
    : `${part.uri}#${part.range.start.line}:${part.range.start.character}`;
}

function brokenLinks(outcome: TraceOutcome): string[] {
  const { brokenLinks } = outcome.model;
  if (brokenLinks.length === 0) return [];
  return [
    '',
    'Broken links',
    ...brokenLinks.map(
      (link) => `  ${brokenLinkSentence(link)}  (${outcome.pathOf(link.from.uri)}:${lineOf(link.from)})`,
    ),
  ];
}

/** "7 findings (7 addressed); 7 recommendations (7 overdue); no broken links; statuses as at 2026-10-01". */
function summary(outcome: TraceOutcome): string {
  const { findings, recommendations, brokenLinks, today } = outcome.model;
  const broken = brokenLinks.length === 0 ? 'no broken links' : plural(brokenLinks.length, 'broken link');
  return `${countWithStatuses(findings, 'finding')}; ${countWithStatuses(recommendations, 'recommendation')}; ${broken}; statuses as at ${today}.`;
}
