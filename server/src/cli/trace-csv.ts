import { isMissing, type CitingItem, type TraceChain } from '../core';
import { anchorItem, lineOf, partStatus } from './trace-cells';
import type { TraceOutcome } from './trace-model';

/** One column per fact, so a tracker can filter and sort on any of them. */
const HEADER = [
  'Committee',
  'Meeting',
  'Finding document',
  'Finding',
  'Finding line',
  'Finding text',
  'Finding status',
  'Recommendation document',
  'Recommendation',
  'Recommendation line',
  'Recommendation text',
  'Recommendation status',
  'Response due',
  'Acted on by document',
  'Acted on by',
  'Acted on by kind',
  'Acted on by line',
  'Acted on by committee',
  'Acted on by meeting',
  'Acted on by text',
  'Relation',
  'Referred to',
];

/**
 * CSV as RFC 4180 has it: a header, then one record per finding →
 * recommendation → action chain; CRLF after every record; a field with a
 * comma, a double quote or a line break in double quotes, its quotes doubled.
 * An empty field is a part the chain does not have. Committee and Meeting
 * are those of the first item of the chain that exists.
 */
export function formatTraceCsv(outcome: TraceOutcome): string {
  return [HEADER, ...outcome.chains.map(record)].map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

function record(chain: TraceChain): string[] {
  const anchor = anchorItem(chain);
  const { finding, recommendation, actedOnBy } = chain;
  return [
    anchor?.committee ?? '',
    anchor?.meeting ?? '',
    finding?.documentId ?? '',
    finding?.id ?? '',
    finding && !isMissing(finding) ? String(lineOf(finding)) : '',
    finding && !isMissing(finding) ? finding.text : '',
    finding ? partStatus(finding) : '',
    recommendation?.documentId ?? '',
    recommendation?.id ?? '',
    recommendation && !isMissing(recommendation) ? String(lineOf(recommendation)) : '',
    recommendation && !isMissing(recommendation) ? recommendation.text : '',
    recommendation ? partStatus(recommendation) : '',
    recommendation && !isMissing(recommendation) ? (recommendation.responseDue ?? '') : '',
    ...actedOnFields(actedOnBy),
  ];
}

/** What acted on the recommendation (or finding), and how: `referred`, `responded` or `acted-on`, and whom a referral names. */
function actedOnFields(item: CitingItem | undefined): string[] {
  if (!item) return ['', '', '', '', '', '', '', '', ''];
  return [
    item.documentId,
    item.id,
    item.kind,
    String(lineOf(item)),
    item.committee ?? '',
    item.meeting ?? '',
    item.text,
    item.relation,
    item.referredTo ?? '',
  ];
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
