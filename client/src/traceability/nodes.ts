import type {
  FindingTrace,
  RecommendationTrace,
  TraceItem,
  TraceStatus,
  TraceabilityResult,
} from '../../../server/src/protocol';

/**
 * The "Findings and Resolutions" tree, built from the server's traceability
 * model (its statuses in the words the server gives for them): each document with findings or recommendations, its findings, under
 * each finding what cites it (recommendations, resolutions), and under a
 * recommendation what cites it in turn. Pure data, so it is built and
 * searched the same way for showing, filtering and revealing.
 */
export interface TraceNode {
  /** Stable across refreshes, so VS Code keeps what the user expanded. */
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  readonly status?: TraceStatus;
  /** Where the item is defined; a document node points at its first item. */
  readonly uri: string;
  readonly line: number;
  readonly character: number;
  readonly kind: 'document' | 'item';
  readonly children: readonly TraceNode[];
}

/** Statuses a reviewer must act on: the "needs attention" filter keeps these and what leads to them. */
const NEEDS_ATTENTION: ReadonlySet<TraceStatus> = new Set([
  'not-addressed',
  'overdue',
  'awaiting-response',
  'responded-late',
]);

/** What every node of one tree is built with: the recommendations by key, and the words for each status. */
interface Lookup {
  readonly recommendations: ReadonlyMap<string, RecommendationTrace>;
  readonly labels: TraceabilityResult['statusLabels'];
}

export function traceTree(model: TraceabilityResult, needsAttentionOnly: boolean): TraceNode[] {
  const lookup: Lookup = {
    recommendations: new Map(model.recommendations.map((trace) => [itemKey(trace), trace])),
    labels: model.statusLabels,
  };
  const byDocument = new Map<string, { first: TraceItem; findings: FindingTrace[]; loose: RecommendationTrace[] }>();
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
  const documents: TraceNode[] = [];
  for (const [uri, { first, findings, loose }] of byDocument) {
    const children = [
      ...findings.map((finding) => findingNode(finding, lookup)),
      ...loose.map((item) => citedNode(item, lookup, new Set(), uri)),
    ];
    const kept = needsAttentionOnly
      ? children.map(keepNeedingAttention).filter((node): node is TraceNode => node !== undefined)
      : children;
    if (kept.length === 0) continue;
    documents.push({
      key: uri,
      label: first.documentTitle ?? first.documentId,
      description: [first.committee, first.meeting].filter(Boolean).join(', '),
      tooltip: `${first.documentId}${first.committee ? `\n${first.committee}` : ''}${first.meeting ? `, ${first.meeting}` : ''}`,
      uri,
      line: first.range.start.line,
      character: first.range.start.character,
      kind: 'document',
      children: kept,
    });
  }
  return documents;
}

function findingNode(finding: FindingTrace, lookup: Lookup): TraceNode {
  const key = itemKey(finding);
  return itemNode(
    finding,
    key,
    finding.status,
    lookup,
    finding.citedBy.map((item) => citedNode(item, lookup, new Set([key]), key)),
  );
}

/** An item citing its parent; a recommendation brings what cites it in turn (`seen` stops a cycle of citations). */
function citedNode(item: TraceItem, lookup: Lookup, seen: ReadonlySet<string>, parentKey: string): TraceNode {
  const key = itemKey(item);
  const trace = lookup.recommendations.get(key);
  const path = new Set([...seen, key]);
  const children =
    trace && !seen.has(key)
      ? trace.citedBy.map((citing) => citedNode(citing, lookup, path, `${parentKey}>${key}`))
      : [];
  return itemNode(item, `${parentKey}>${key}`, trace?.status, lookup, children);
}

function itemNode(
  item: TraceItem,
  key: string,
  status: TraceStatus | undefined,
  { labels }: Lookup,
  children: TraceNode[],
): TraceNode {
  const where = [item.documentId !== undefined ? item.documentId : '', item.meeting ?? ''].filter(Boolean).join(', ');
  return {
    key,
    label: `${item.id} ${item.text}`.trim(),
    description: [status ? labels[status] : item.kind, where].filter(Boolean).join(' · '),
    tooltip: `${item.kind} ${item.id} in ${item.documentId}${item.meeting ? ` (${item.meeting})` : ''}\n${item.text}`,
    ...(status ? { status } : {}),
    uri: item.uri,
    line: item.range.start.line,
    character: item.range.start.character,
    kind: 'item',
    children,
  };
}

/** The node if it, or anything under it, needs attention; its children pruned the same way. */
function keepNeedingAttention(node: TraceNode): TraceNode | undefined {
  const children = node.children.map(keepNeedingAttention).filter((child): child is TraceNode => child !== undefined);
  if (children.length > 0) return { ...node, children };
  return node.status !== undefined && NEEDS_ATTENTION.has(node.status) ? { ...node, children: [] } : undefined;
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
