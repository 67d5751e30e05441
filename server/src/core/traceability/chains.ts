import type {
  BrokenLink,
  CitingItem,
  BrokenLinkProblem,
  FindingTrace,
  RecommendationTrace,
  TraceItem,
  Traceability,
} from './model';
import { documentRanks } from './order';
import { citingItem } from './relations';

/** Something cited that is not there: the far end of a broken link. */
export interface MissingItem {
  readonly documentId: string;
  readonly id: string;
  readonly kind: string;
  readonly problem: BrokenLinkProblem;
}

/**
 * One row of the matrix: a finding, the recommendation citing it, and what
 * acted on that recommendation. Any part may be absent: a finding nothing
 * cites, a resolution citing a finding directly (no recommendation), a
 * recommendation that cites no finding. A part that was cited but does not
 * exist is a MissingItem, so a broken link shows where it breaks the chain.
 */
export interface TraceChain {
  readonly finding?: FindingTrace | MissingItem;
  readonly recommendation?: RecommendationTrace | MissingItem;
  readonly actedOnBy?: CitingItem;
}

export function isMissing(part: TraceItem | MissingItem): part is MissingItem {
  return 'problem' in part;
}

/**
 * Every chain of the model, one per finding → recommendation → action path,
 * sorted by committee and meeting date, then by document; in a document, the
 * findings' rows, then those of recommendations citing no finding, then
 * broken links from other items, each in document order. A recommendation
 * citing two findings is in a chain under each.
 */
export function traceChains(model: Traceability): TraceChain[] {
  const recommendations = new ItemIndex<RecommendationTrace>();
  for (const recommendation of model.recommendations) recommendations.set(recommendation, recommendation);
  const brokenFrom = new ItemIndex<BrokenLink[]>();
  for (const link of model.brokenLinks) {
    const list = brokenFrom.get(link.from);
    if (list) list.push(link);
    else brokenFrom.set(link.from, [link]);
  }
  // The model's lists are each in order already: rows go into their document's buckets, and only documents are sorted.
  const documents = new Map<
    string,
    { readonly anchor: TraceItem; readonly rows: [TraceChain[], TraceChain[], TraceChain[]] }
  >();
  const rowsFor = (anchor: TraceItem, bucket: 0 | 1 | 2) => {
    let document = documents.get(anchor.uri);
    if (!document) documents.set(anchor.uri, (document = { anchor, rows: [[], [], []] }));
    return document.rows[bucket];
  };

  for (const finding of model.findings) {
    const rows = rowsFor(finding, 0);
    for (const citer of finding.citedBy) {
      const recommendation = recommendations.get(citer);
      if (recommendation) actedOn(rows, finding, recommendation);
      else rows.push({ finding, actedOnBy: citer });
    }
    if (finding.citedBy.length === 0) rows.push({ finding });
  }

  for (const recommendation of model.recommendations) {
    // Under its findings already when it cites any; here when it cites none that exist.
    let placed = recommendation.cites.some((item) => item.kind === 'finding');
    for (const link of brokenFrom.get(recommendation) ?? []) {
      if (link.kind !== 'finding') continue;
      actedOn(rowsFor(recommendation, 1), missingItem(link), recommendation);
      placed = true;
    }
    if (!placed) actedOn(rowsFor(recommendation, 1), undefined, recommendation);
  }

  for (const link of model.brokenLinks) {
    // A recommendation's broken links are in its own rows; a finding citing nothing that exists acts on nothing.
    if (recommendations.get(link.from) || link.from.kind === 'finding') continue;
    rowsFor(link.from, 2).push(
      link.kind === 'finding'
        ? { finding: missingItem(link), actedOnBy: citingItem(undefined, link.from) }
        : { recommendation: missingItem(link), actedOnBy: citingItem(undefined, link.from) },
    );
  }

  const ordered = [...documents.values()];
  const ranks = documentRanks(
    ordered.map((document) => document.anchor),
    'committee',
  );
  ordered.sort((a, b) => ranks.get(a.anchor.uri)! - ranks.get(b.anchor.uri)!);
  const chains: TraceChain[] = [];
  for (const { rows } of ordered) for (const bucket of rows) for (const row of bucket) chains.push(row);
  return chains;
}

/** One row per item acting on the recommendation, or one row saying nothing has. */
function actedOn(
  rows: TraceChain[],
  finding: FindingTrace | MissingItem | undefined,
  recommendation: RecommendationTrace,
): void {
  const row = (actedOnBy: CitingItem | undefined): TraceChain => {
    const parts: { finding?: FindingTrace | MissingItem; recommendation: RecommendationTrace; actedOnBy?: CitingItem } =
      { recommendation };
    if (finding !== undefined) parts.finding = finding;
    if (actedOnBy !== undefined) parts.actedOnBy = actedOnBy;
    return parts;
  };
  for (const actedOnBy of recommendation.citedBy) rows.push(row(actedOnBy));
  if (recommendation.citedBy.length === 0) rows.push(row(undefined));
}

/**
 * Items by document and position. The model is plain data, so an item met in
 * one list (a finding's citedBy) is found in another (the recommendations) by
 * where it is, without building a string key for each.
 */
class ItemIndex<T> {
  private readonly byUri = new Map<string, Map<number, T>>();

  set(item: TraceItem, value: T): void {
    let positions = this.byUri.get(item.uri);
    if (!positions) this.byUri.set(item.uri, (positions = new Map()));
    positions.set(positionKey(item), value);
  }

  get(item: TraceItem): T | undefined {
    return this.byUri.get(item.uri)?.get(positionKey(item));
  }
}

/** Line and column in one number. A column reaches 2 ** 25 only in a line longer than the largest file read (20 MB); 2 ** 20 let `# ` and a million spaces before an ID collide with the next line. */
function positionKey(item: TraceItem): number {
  return item.range.start.line * 2 ** 25 + item.range.start.character;
}

function missingItem(link: BrokenLink): MissingItem {
  return { documentId: link.documentId, id: link.id, kind: link.kind, problem: link.problem };
}

/**
 * The part of the model and its chains that involve the documents shown: a
 * chain is kept when any item in it is in one, so naming the minutes shows
 * the findings and recommendations they resolved.
 */
export function selectTrace(
  model: Traceability,
  isShown: (uri: string) => boolean,
): { readonly model: Traceability; readonly chains: TraceChain[] } {
  const chains: TraceChain[] = [];
  // The chains hold the model's own finding and recommendation objects, so they are found again by identity.
  const kept = new Set<TraceItem>();
  for (const chain of traceChains(model)) {
    const finding = chain.finding && !isMissing(chain.finding) ? chain.finding : undefined;
    const recommendation = chain.recommendation && !isMissing(chain.recommendation) ? chain.recommendation : undefined;
    if (
      !(finding && isShown(finding.uri)) &&
      !(recommendation && isShown(recommendation.uri)) &&
      !(chain.actedOnBy && isShown(chain.actedOnBy.uri))
    )
      continue;
    chains.push(chain);
    if (finding) kept.add(finding);
    if (recommendation) kept.add(recommendation);
  }
  return {
    model: {
      today: model.today,
      findings: model.findings.filter((finding) => kept.has(finding)),
      recommendations: model.recommendations.filter((recommendation) => kept.has(recommendation)),
      brokenLinks: model.brokenLinks.filter((link) => isShown(link.from.uri)),
    },
    chains,
  };
}
