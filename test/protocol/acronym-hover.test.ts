import * as assert from 'node:assert/strict';
import { useServer } from './support';

const REPORT = 'school-meals.report.md';
const reportText = [
  '---',
  'title: School Meals',
  'committee: Cabinet',
  'meeting: 2026-03-12',
  '---',
  '# School Meals',
  '',
  'The Department for Education (DfE) funds free school meals.',
  '',
  "The LGA supports the DfE's plan.",
  '',
].join('\r\n');

describe('The language server: hover over an acronym', () => {
  const server = useServer({ [REPORT]: reportText, '.committee-reports.yaml': 'acronyms: [LGA]\n' });

  it("shows the full name of an acronym the report spells out, and that the council's config allows another", async () => {
    const { session } = server;
    await session.open(REPORT, reportText);
    await session.nextDiagnostics(REPORT, 1);
    const hoverAt = (line: number, character: number) =>
      session.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: session.uriOf(REPORT) },
        position: { line, character },
      });
    const possessive = "The LGA supports the DfE's plan.".indexOf("DfE's");
    assert.deepEqual(await hoverAt(9, possessive + 1), {
      contents: { kind: 'markdown', value: '**DfE**: Department for Education\n\nSpelt out on line 8.' },
      range: { start: { line: 9, character: possessive }, end: { line: 9, character: possessive + "DfE's".length } },
    });
    assert.deepEqual(await hoverAt(9, 'The L'.length), {
      contents: {
        kind: 'markdown',
        value:
          "**LGA** need not be spelt out: the council's config (`.committee-reports.yaml`) lists it under `acronyms`.",
      },
      range: { start: { line: 9, character: 4 }, end: { line: 9, character: 7 } },
    });
  });
});
