import type { BrokenLink, FindingTrace, RecommendationTrace, TraceItem } from '../core';
import type { TraceOutcome } from './trace-model';

/**
 * The model as JSON, with positions as `check --format json` gives them:
 * `path` relative to the working directory, 1-based `line` and `column`
 * (UTF-16 code units) of the ID, instead of the editor's URI and range.
 * `version` changes only when this shape does.
 */
export interface JsonTrace {
  readonly version: 1;
  readonly today: string;
  readonly findings: readonly JsonItem[];
  readonly recommendations: readonly JsonItem[];
  readonly brokenLinks: readonly JsonItem[];
}

type JsonItem = Record<string, unknown>;

export function formatTraceJson(outcome: TraceOutcome): string {
  const { model, pathOf } = outcome;
  const item = (value: TraceItem): JsonItem => {
    const { uri, range, ...rest } = value;
    return { path: pathOf(uri), line: range.start.line + 1, column: range.start.character + 1, ...rest };
  };
  const report: JsonTrace = {
    version: 1,
    today: model.today,
    findings: model.findings.map((finding: FindingTrace) => ({ ...item(finding), citedBy: finding.citedBy.map(item) })),
    recommendations: model.recommendations.map((recommendation: RecommendationTrace) => ({
      ...item(recommendation),
      cites: recommendation.cites.map(item),
      citedBy: recommendation.citedBy.map(item),
      ...(recommendation.response === undefined ? {} : { response: item(recommendation.response) }),
    })),
    brokenLinks: model.brokenLinks.map((link: BrokenLink) => ({ ...link, from: item(link.from) })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
