import { kindName } from '../kinds';
import type { Workspace } from '../workspace';
import { citationGraph } from './citations';
import { isCalendarDate, responseDueOf } from './dates';
import { addresseeOf, writtenResponseDue } from './documents';
import type { BrokenLink, FindingTrace, RecommendationTrace, Traceability } from './model';
import { byRank, documentRanks } from './order';
import { citingItem } from './relations';
import { recommendationOutcome } from './response';

export interface TraceOptions {
  /** Today's date, `YYYY-MM-DD`: passed in, never read from a clock, so the same workspace gives the same answer in a test. */
  readonly today: string;
}

/**
 * The traceability model of the whole workspace: for each finding what acts
 * on it, for each recommendation what it rests on and what acted on it, in
 * any document. Costs one pass over the workspace's definitions and
 * references, and sorting the documents.
 */
export function buildTraceability(workspace: Workspace, options: TraceOptions): Traceability {
  const { today } = options;
  if (!isCalendarDate(today)) throw new RangeError(`today must be a real date written YYYY-MM-DD, not '${today}'`);
  const graph = citationGraph(workspace);
  const facts = graph.documents.map(({ facts }) => facts);
  const committeeRanks = documentRanks(facts, 'committee');
  const byDate = byRank(documentRanks(facts, 'date'));
  const findings: FindingTrace[] = [];
  const recommendations: RecommendationTrace[] = [];
  // Documents in committee order and each one's items in document order: the lists come out sorted.
  const documents = [...graph.documents].sort(
    (a, b) => committeeRanks.get(a.document.uri)! - committeeRanks.get(b.document.uri)!,
  );
  for (const entry of documents) {
    const { document } = entry;
    const config = workspace.configFor(document.uri);
    const addressee = addresseeOf(document);
    const responseDue =
      document.type === 'scrutiny' ? responseDueOf(writtenResponseDue(document), entry.facts.meeting) : undefined;
    for (let index = 0; index < document.definitions.length; index++) {
      const kind = kindName(document.definitions[index]!.kind, document.type, config);
      if (kind !== 'finding' && kind !== 'recommendation') continue;
      const item = entry.item(index);
      if (kind === 'finding') {
        // As finding-unaddressed counts: another finding citing it does not act on it.
        const citedBy = (entry.citedBy[index] ?? [])
          .filter((citer) => citer.kind !== 'finding')
          .sort(byDate)
          .map((citer) => citingItem(item, citer));
        // Object.assign, not a spread: V8 copies with it several times faster, and there are thousands.
        findings.push(
          Object.assign({}, item, {
            status: citedBy.length > 0 ? ('addressed' as const) : ('not-addressed' as const),
            citedBy,
          }),
        );
      } else {
        // A recommendation is acted on elsewhere: its own report referring to it is not action.
        const citedBy = (entry.citedBy[index] ?? [])
          .filter((citer) => citer.uri !== item.uri && citer.kind !== 'finding')
          .sort(byDate)
          .map((citer) => citingItem(item, citer));
        // In the order the text cites them.
        const cites = [...(entry.cites[index] ?? [])];
        const outcome = recommendationOutcome(item, citedBy, responseDue, today);
        const trace: RecommendationTrace = Object.assign({}, item, { status: outcome.status, cites, citedBy });
        if (addressee !== undefined) Object.assign(trace, { addressee });
        if (responseDue !== undefined) Object.assign(trace, { responseDue });
        if (outcome.response !== undefined) Object.assign(trace, { response: outcome.response });
        recommendations.push(trace);
      }
    }
  }
  const byCommitteeAndDate = byRank(committeeRanks);
  return {
    today,
    findings,
    recommendations,
    brokenLinks: [...graph.brokenLinks].sort((a, b) => byCommitteeAndDate(a.from, b.from) || compareTargets(a, b)),
  };
}

function compareTargets(a: BrokenLink, b: BrokenLink): number {
  const left = `${a.documentId}:${a.id}`;
  const right = `${b.documentId}:${b.id}`;
  return left < right ? -1 : left > right ? 1 : 0;
}
