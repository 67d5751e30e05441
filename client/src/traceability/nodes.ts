import type {
  DescribedCiting,
  DescribedFinding,
  DescribedRecommendation,
  TraceItem,
  TraceRelation,
  TraceStatus,
  TraceabilityResult,
} from '../../../server/src/protocol';

/**
 * The "Findings and Resolutions" tree, built from the server's traceability
 * model and shown in the words the server gives: each document with findings
 * or recommendations, its findings, under each finding what cites it
 * (recommendations, resolutions), and under a recommendation what cites it in
 * turn. Pure data, so it is built and searched the same way for showing,
 * filtering and revealing.
 */
export interface TraceNode {
  /** Stable across refreshes, so VS Code keeps what the user expanded. */
  readonly key: string;
  /** "R1 That an inclusion partnership be set up…" */
  readonly label: string;
  /** "overdue since 17 Sep 2026", "referred to Cabinet 12 Mar 2026". */
  readonly description: string;
  /** Markdown for an item; plain text for a document. */
  readonly tooltip: string;
  readonly status?: TraceStatus;
  /** How the item stands to the one above it, for an item citing it. */
  readonly relation?: TraceRelation;
  /** Where the item is defined; a document node points at its first item. */
  readonly uri: string;
  readonly line: number;
  readonly character: number;
  readonly kind: 'document' | 'item';
  /** Shown open: a document, and in the filtered tree every step on the way to what needs attention. */
  readonly expanded: boolean;
  readonly children: readonly TraceNode[];
}

/** Statuses a reviewer must act on: the "needs attention" filter keeps these and what leads to them. */
const NEEDS_ATTENTION: ReadonlySet<TraceStatus> = new Set([
  'not-addressed',
  'overdue',
  'awaiting-response',
  'responded-late',
]);

/** The recommendations by key, to show one met as a citing item with its own status and what cites it. */
type Lookup = ReadonlyMap<string, DescribedRecommendation>;

export function traceTree(model: TraceabilityResult, needsAttentionOnly: boolean): TraceNode[] {
  const lookup: Lookup = new Map(model.recommendations.map((trace) => [itemKey(trace), trace]));
  const byDocument = new Map<
    string,
    { first: TraceItem; findings: DescribedFinding[]; loose: DescribedRecommendation[] }
  >();
  const entry = (item: TraceItem) => {
    let found = byDocument.get(item.uri);
    if (!found) byDocument.set(item.uri, (found = { first: item, findings: [], loose: [] }));
    return found;
  };
  for (const finding of model.findings) entry(finding).findings.push(finding);
  // A recommendation citing no finding of its own document would otherwise not appear at all.
  for (const recommendation of model.recommendations) {
    const citesOwnFinding = recommendation.cites.some(
      (cited) => cited.uri === recommendation.uri && cited.kind === 'finding',
    );
    if (!citesOwnFinding) entry(recommendation).loose.push(recommendation);
  }
  // Other keys when filtered: VS Code remembers what was collapsed by key, and the filtered tree opens every path.
  const prefix = needsAttentionOnly ? 'attention:' : '';
  const documents: TraceNode[] = [];
  for (const [uri, { first, findings, loose }] of byDocument) {
    const children = [
      ...findings.map((finding) => findingNode(finding, lookup, prefix)),
      ...loose.map((item) => itemNode(item, `${prefix}${itemKey(item)}`, item.status, undefined, lookup, new Set())),
    ];
    const kept = needsAttentionOnly
      ? children.map(keepNeedingAttention).filter((node): node is TraceNode => node !== undefined)
      : children;
    if (kept.length === 0) continue;
    documents.push({
      key: `${prefix}${uri}`,
      label: first.documentTitle ?? first.documentId,
      description: [first.committee, first.meeting].filter(Boolean).join(', '),
      tooltip: `${first.documentId}${first.committee ? `\n${first.committee}` : ''}${first.meeting ? `, ${first.meeting}` : ''}`,
      uri,
      line: first.range.start.line,
      character: first.range.start.character,
      kind: 'document',
      expanded: true,
      children: kept,
    });
  }
  return documents;
}

function findingNode(finding: DescribedFinding, lookup: Lookup, prefix: string): TraceNode {
  const key = `${prefix}${itemKey(finding)}`;
  return itemNode(finding, key, finding.status, undefined, lookup, new Set([itemKey(finding)]));
}

/**
 * A finding or recommendation with what cites it, or an item citing its
 * parent. A recommendation met as a citing item shows its own status and
 * what cites it in turn (`seen` stops a cycle of citations); any other
 * citing item shows how it stands to its parent.
 */
function itemNode(
  item: DescribedFinding | DescribedRecommendation | DescribedCiting,
  key: string,
  status: TraceStatus | undefined,
  relation: TraceRelation | undefined,
  lookup: Lookup,
  seen: ReadonlySet<string>,
): TraceNode {
  const trace = 'status' in item ? item : lookup.get(itemKey(item));
  const path = new Set([...seen, itemKey(item)]);
  const citers = trace && (trace === item || !seen.has(itemKey(item))) ? trace.citedBy : [];
  const children = citers.map((citing) =>
    itemNode(citing, `${key}>${itemKey(citing)}`, lookup.get(itemKey(citing))?.status, citing.relation, lookup, path),
  );
  const shown = trace ?? item;
  return {
    key,
    label: `${item.id} ${item.title}`.trim(),
    description: shown.summary,
    tooltip: shown.detail,
    ...((status ?? trace?.status) ? { status: (status ?? trace?.status)! } : {}),
    ...(relation ? { relation } : {}),
    uri: item.uri,
    line: item.range.start.line,
    character: item.range.start.character,
    kind: 'item',
    expanded: false,
    children,
  };
}

/**
 * The node if it, or anything under it, needs attention, open so the path
 * shows; its children pruned the same way. An item needing attention keeps
 * the referrals under it: they say why it is still waiting.
 */
function keepNeedingAttention(node: TraceNode): TraceNode | undefined {
  const needs = node.status !== undefined && NEEDS_ATTENTION.has(node.status);
  const children = node.children
    .map((child) => keepNeedingAttention(child) ?? (needs && child.relation === 'referred' ? leaf(child) : undefined))
    .filter((child): child is TraceNode => child !== undefined);
  if (children.length === 0 && !needs) return undefined;
  return { ...node, expanded: children.length > 0, children };
}

function leaf(node: TraceNode): TraceNode {
  return { ...node, expanded: false, children: [] };
}

function itemKey(item: TraceItem): string {
  return `${item.uri}#${item.id}`;
}

/** The node for the item defined at a line of a document (a finding, for a code lens), searching depth first. */
export function nodeAt(nodes: readonly TraceNode[], uri: string, line: number): TraceNode | undefined {
  for (const node of nodes) {
    if (node.kind === 'item' && node.uri === uri && node.line === line) return node;
    const below = nodeAt(node.children, uri, line);
    if (below) return below;
  }
  return undefined;
}

/** The parent of a node, for VS Code's TreeView.reveal. */
export function parentOf(nodes: readonly TraceNode[], target: TraceNode, parent?: TraceNode): TraceNode | undefined {
  for (const node of nodes) {
    if (node === target) return parent;
    const found = parentOf(node.children, target, node);
    if (found) return found;
  }
  return undefined;
}
