import { councilDate } from '../render/council-date';
import { STATUS_LABELS } from './labels';
import type { CitingItem, FindingTrace, RecommendationTrace, TraceItem, Traceability } from './model';

/**
 * The model in words, for lists that show an item on one line and its detail
 * on demand (the editor's Findings and Resolutions view): a short title, a
 * status or relation with its date, and the detail as Markdown. Worked out
 * here once, so every client says the same as the command line.
 */

/** The most characters of an item's words in its title: beside it, a status and date must fit in a side bar. */
const TITLE_LENGTH = 40;
/** Words a cut title does not end on: "refers it to the…" reads better as "refers it…". */
const TRAILING = /^(?:a|an|the|to|of|and|or|for|in|on|at|by|with|that)$/i;

/** How much of a citing item's words its detail shows. */
const CITING_TEXT_LENGTH = 600;

/** "17 Sep 2026": short enough to sit beside a title. */
export function shortDate(date: string): string {
  const long = councilDate(date);
  if (long === undefined) return date;
  const [day, month, year] = long.split(' ') as [string, string, string];
  return `${day} ${month.slice(0, 3)} ${year}`;
}

/** "12 March 2026", or the text as given when it is not a date. */
export function longDate(date: string): string {
  return councilDate(date) ?? date;
}

/** The first words of an item's text, without its citations: "That an inclusion partnership be set up". */
export function shortTitle(text: string): string {
  const words = text
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\s+([.,;:])/g, '$1')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const whole = words.join(' ').replace(/[.,;:]$/, '');
  if (whole.length <= TITLE_LENGTH) return whole;
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length > 0 && [...kept, word].join(' ').length > TITLE_LENGTH) break;
    kept.push(word);
  }
  while (kept.length > 1 && TRAILING.test(kept[kept.length - 1]!)) kept.pop();
  return `${kept.join(' ').replace(/[.,;:]$/, '')}…`;
}

/** "referred to the Cabinet", "referred on", "responded", "acted on". */
export function relationLabel(item: CitingItem): string {
  switch (item.relation) {
    case 'referred':
      return item.referredTo === undefined ? 'referred on' : `referred to ${item.referredTo}`;
    case 'responded':
      return 'responded';
    case 'acted-on':
      return 'acted on';
  }
}

/** "referred to Cabinet 12 Mar 2026": the relation and when, for a list. */
export function relationSummary(item: CitingItem): string {
  return item.meeting === undefined ? relationLabel(item) : `${relationLabel(item)} ${shortDate(item.meeting)}`;
}

/** "overdue since 17 Sep 2026", "responded 3 Nov 2026", "addressed 12 Mar 2026", "not addressed". */
export function statusSummary(trace: FindingTrace | RecommendationTrace): string {
  const label = STATUS_LABELS[trace.status];
  const due = 'responseDue' in trace ? trace.responseDue : undefined;
  switch (trace.status) {
    case 'overdue':
      return due === undefined ? label : `overdue since ${shortDate(due)}`;
    case 'awaiting-response':
      return due === undefined ? label : `awaiting response, due ${shortDate(due)}`;
    case 'responded':
    case 'responded-late': {
      const at = 'response' in trace ? trace.response?.meeting : undefined;
      return at === undefined ? label : `${label} ${shortDate(at)}`;
    }
    case 'addressed': {
      const at = trace.citedBy.find((item) => item.relation !== 'referred')?.meeting;
      return at === undefined ? label : `${label} ${shortDate(at)}`;
    }
    case 'not-addressed':
      return label;
  }
}

/**
 * Everything about a finding or recommendation, as Markdown: its full text,
 * status (and why), due date, addressee, and what cited it with the relation
 * of each. Text from the documents is escaped, so it shows as written.
 */
export function traceDetail(trace: FindingTrace | RecommendationTrace): string {
  const recommendation = 'cites' in trace ? trace : undefined;
  const lines = [
    `**${escapeMarkdown(trace.id)}** ${escapeMarkdown(trace.kind)} in ${escapeMarkdown(trace.documentTitle ?? trace.documentId)}`,
    '',
    escapeMarkdown(trace.text),
    '',
    `**Status:** ${escapeMarkdown(statusSentence(trace))}`,
  ];
  if (recommendation?.responseDue !== undefined)
    lines.push('', `**Response due:** ${longDate(recommendation.responseDue)}`);
  if (recommendation?.addressee !== undefined)
    lines.push('', `**Addressed to:** ${escapeMarkdown(recommendation.addressee)}`);
  lines.push('', trace.citedBy.length === 0 ? '**Cited by:** nothing yet' : '**Cited by:**', '');
  for (const item of trace.citedBy) lines.push(`- ${escapeMarkdown(citingLine(item))}`);
  return lines.join('\n');
}

/** The detail of an item that cites another: its text, where it is, and how it stands to what it cites. */
export function citingDetail(item: CitingItem): string {
  return [
    `**${escapeMarkdown(item.id)}** ${escapeMarkdown(item.kind)} in ${escapeMarkdown(item.documentTitle ?? item.documentId)}`,
    '',
    // Cut: an item citing thousands is listed under each of them, and its own entry has it in full.
    escapeMarkdown(item.text.length <= CITING_TEXT_LENGTH ? item.text : `${item.text.slice(0, CITING_TEXT_LENGTH)}…`),
    '',
    `**Relation:** ${escapeMarkdown(citingLine(item))}`,
  ].join('\n');
}

/** "resolution cyp-2026-06-18:R2, referred to the Cabinet, 18 June 2026". */
function citingLine(item: CitingItem): string {
  const at = [item.committee, item.meeting === undefined ? 'no meeting date' : longDate(item.meeting)]
    .filter(Boolean)
    .join(', ');
  return `${item.kind} ${item.documentId}:${item.id}, ${relationLabel(item)} (${at})`;
}

/** The status and, where the list alone would puzzle a reader, why. */
function statusSentence(trace: FindingTrace | RecommendationTrace): string {
  const label = STATUS_LABELS[trace.status];
  const referred = trace.citedBy.filter((item) => item.relation === 'referred');
  const due = 'responseDue' in trace ? trace.responseDue : undefined;
  switch (trace.status) {
    case 'overdue':
    case 'awaiting-response': {
      const when = due === undefined ? '' : `; it ${trace.status === 'overdue' ? 'was' : 'is'} due ${longDate(due)}`;
      const why = referred.length > 0 ? ', only referred on so far, which is not the response' : ', no response yet';
      return `${label}${why}${when}`;
    }
    case 'not-addressed':
      return referred.length > 0 ? `${label}: only referred on so far, which is not acting on it` : label;
    case 'responded':
    case 'responded-late': {
      const response = 'response' in trace ? trace.response : undefined;
      return response === undefined ? label : `${label} by ${citedName(response)}`;
    }
    case 'addressed':
      return label;
  }
}

function citedName(item: TraceItem): string {
  const at = item.meeting === undefined ? '' : `, ${longDate(item.meeting)}`;
  return `${item.kind} ${item.documentId}:${item.id}${at}`;
}

/** Shows Markdown's own characters as typed. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (character) => `\\${character}`);
}

/** An item with its words: a short title, its status or relation with a date, and its detail in Markdown. */
export interface Described {
  readonly title: string;
  /** "overdue since 17 Sep 2026" for a finding or recommendation; "referred to Cabinet 12 Mar 2026" for what cites one. */
  readonly summary: string;
  /** Markdown. */
  readonly detail: string;
}
export type DescribedCiting = CitingItem & Described;
export type DescribedFinding = Omit<FindingTrace, 'citedBy'> &
  Described & { readonly citedBy: readonly DescribedCiting[] };
export type DescribedRecommendation = Omit<RecommendationTrace, 'citedBy'> &
  Described & { readonly citedBy: readonly DescribedCiting[] };
export interface DescribedTraceability extends Omit<Traceability, 'findings' | 'recommendations'> {
  readonly findings: readonly DescribedFinding[];
  readonly recommendations: readonly DescribedRecommendation[];
}

/** The model with every finding, recommendation and citing item in words. */
export function describeTraceability(model: Traceability): DescribedTraceability {
  // Each item's title once: an item citing thousands of others is met under each of them.
  const titles = new Map<string, string>();
  const titleOf = (item: TraceItem) => {
    const key = `${item.uri}#${item.range.start.line}:${item.range.start.character}`;
    let title = titles.get(key);
    if (title === undefined) titles.set(key, (title = shortTitle(item.text)));
    return title;
  };
  const citing = (item: CitingItem): DescribedCiting =>
    Object.assign({}, item, {
      title: titleOf(item),
      summary: relationSummary(item),
      detail: citingDetail(item),
    });
  const described = <T extends FindingTrace | RecommendationTrace>(trace: T) =>
    Object.assign({}, trace, {
      title: titleOf(trace),
      summary: statusSummary(trace),
      detail: traceDetail(trace),
      citedBy: trace.citedBy.map(citing),
    });
  return {
    ...model,
    findings: model.findings.map(described),
    recommendations: model.recommendations.map(described),
  };
}
