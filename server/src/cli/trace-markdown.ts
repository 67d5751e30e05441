import {
  brokenLinkSentence,
  isMissing,
  relationLabel,
  type MissingItem,
  type TraceChain,
  type TraceItem,
} from '../core';
import { anchorItem, idIn, lineOf, partStatus, truncate } from './trace-cells';
import type { TraceOutcome } from './trace-model';

const HEADER = [
  'Committee',
  'Meeting',
  'Document',
  'Finding',
  'Finding status',
  'Recommendation',
  'Recommendation status',
  'Response due',
  'Acted on by',
  'Relation',
  'Acted on at',
];
/** Enough of each item's words to recognise it; the CSV has them in full. */
const TEXT_LENGTH = 80;

/**
 * A GitHub table, one row per chain, to paste into an issue or a wiki page,
 * after a line giving the date statuses were worked out for, and followed by
 * the broken links, if any.
 */
export function formatTraceMarkdown(outcome: TraceOutcome): string {
  const lines = [
    `Statuses as at ${outcome.model.today}.`,
    '',
    row(HEADER),
    row(HEADER.map(() => '---')),
    ...outcome.chains.map((chain) => row(cells(chain, outcome.pathOf))),
  ];
  if (outcome.model.brokenLinks.length > 0) {
    lines.push(
      '',
      'Broken links:',
      '',
      ...outcome.model.brokenLinks.map(
        (link) => `- ${escapeText(brokenLinkSentence(link))} (${outcome.pathOf(link.from.uri)}:${lineOf(link.from)})`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A row's cells; each item with the line it is on, and what acted with its file and line, as the text format gives them. */
function cells(chain: TraceChain, pathOf: (uri: string) => string): string[] {
  const anchor = anchorItem(chain);
  const documentId = anchor?.documentId;
  const { finding, recommendation, actedOnBy } = chain;
  return [
    anchor?.committee ?? '',
    anchor?.meeting ?? '',
    documentId ?? '',
    finding ? described(finding, documentId) : '',
    finding ? partStatus(finding) : '',
    recommendation ? described(recommendation, documentId) : '',
    recommendation ? partStatus(recommendation) : '',
    recommendation && !isMissing(recommendation) ? (recommendation.responseDue ?? '') : '',
    actedOnBy ? `${actedOnBy.kind} ${idIn(actedOnBy, documentId)} (${pathOf(actedOnBy.uri)}:${lineOf(actedOnBy)})` : '',
    actedOnBy ? relationLabel(actedOnBy) : '',
    actedOnBy ? actedAt(actedOnBy, anchor) : '',
  ];
}

function described(part: TraceItem | MissingItem, documentId: string | undefined): string {
  const id = idIn(part, documentId);
  return isMissing(part) ? id : `${id} (line ${lineOf(part)}): ${truncate(part.text, TEXT_LENGTH)}`;
}

/** The meeting that acted; its committee too when it is not the row's. */
function actedAt(item: TraceItem, anchor: TraceItem | undefined): string {
  const meeting = item.meeting ?? 'no meeting date';
  return item.committee !== undefined && item.committee !== anchor?.committee
    ? `${item.committee}, ${meeting}`
    : meeting;
}

function row(values: readonly string[]): string {
  return `| ${values.map(escapeText).join(' | ')} |`;
}

/** A pipe would end the cell and `<` could open HTML; both are shown as typed. */
function escapeText(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
