/**
 * Small workspaces for the traceability tests: documents reduced to the
 * front matter and the definitions that matter (traceability reads nothing
 * else), and short ways to name the items of the model in assertions.
 */
import {
  buildTraceability,
  isMissing,
  traceChains,
  type MissingItem,
  type TraceChain,
  type TraceItem,
  type Traceability,
} from '../../support/core';
import { makeWorkspace, type Files } from '../support';

/** A document of the given front matter lines (`key: value`) and body. */
export function paper(frontMatter: readonly string[], body: string): string {
  return ['---', ...frontMatter, '---', '', body, ''].join('\n');
}

export function trace(files: Files, today = '2026-10-01', config?: string): Traceability {
  return buildTraceability(makeWorkspace(files, config).workspace, { today });
}

/** `doc-id:F1`, or `doc-id:F9 (unknown-id)` for something cited that does not exist. */
export function name(item: TraceItem | MissingItem | undefined): string {
  if (item === undefined) return '-';
  return isMissing(item) ? `${item.documentId}:${item.id} (${item.problem})` : `${item.documentId}:${item.id}`;
}

/** Each row as `finding > recommendation > acted on by`, with `-` for a part the row does not have. */
export function rows(model: Traceability): string[] {
  return traceChains(model).map(
    (chain: TraceChain) => `${name(chain.finding)} > ${name(chain.recommendation)} > ${name(chain.actedOnBy)}`,
  );
}

/** The recommendation `doc-id:R1` of the model. */
export function recommendation(model: Traceability, qualified: string) {
  const found = model.recommendations.find((item) => name(item) === qualified);
  if (!found)
    throw new Error(`no recommendation ${qualified}; there are ${model.recommendations.map(name).join(', ')}`);
  return found;
}

export function finding(model: Traceability, qualified: string) {
  const found = model.findings.find((item) => name(item) === qualified);
  if (!found) throw new Error(`no finding ${qualified}; there are ${model.findings.map(name).join(', ')}`);
  return found;
}
