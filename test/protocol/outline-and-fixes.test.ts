import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServerSession, useServer, applyEdits, type Edit } from './support';

const EXAMPLES = path.resolve(__dirname, '../../../test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const MINUTES = 'cyp-scrutiny-2026-03-12.minutes.md';
const reportText = fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8');
const minutesText = fs.readFileSync(path.join(EXAMPLES, MINUTES), 'utf8');

interface Symbol {
  name: string;
  detail?: string;
  kind: number;
  selectionRange: { start: { line: number; character: number } };
  children?: Symbol[];
}
interface Action {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { changes: Record<string, Edit[]> };
}

describe('The language server: outline and quick fixes', () => {
  const server = useServer({ [REPORT]: reportText });
  let session: ServerSession;

  beforeEach(async () => {
    session = server.session;
  });

  it('outlines the report: the title holds the sections, and Findings holds F1 to F3 with their first words', async () => {
    await session.open(REPORT, reportText);
    await session.nextDiagnostics(REPORT, 1);
    const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: session.uriOf(REPORT) },
    })) as Symbol[];
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0]!.name, 'Home to School Transport – Report of the Task and Finish Group');
    const sections = symbols[0]!.children!.map((symbol) => symbol.name);
    assert.deepEqual(sections.slice(0, 6), [
      'Summary',
      'Focus for Scrutiny',
      'Background',
      'Findings',
      'Recommendations',
      'Consultation',
    ]);
    const findings = symbols[0]!.children!.find((symbol) => symbol.name === 'Findings')!.children!;
    assert.deepEqual(
      findings.map((symbol) => [symbol.name, symbol.detail]),
      [
        ['F1 Most of the rise comes from single-occupancy taxi…', 'finding'],
        ['F2 Route planning is done by hand each summer,…', 'finding'],
        ['F3 The policy document runs to 42 pages and…', 'finding'],
      ],
    );
    const f1Line = reportText.split('\n').findIndex((line) => line.startsWith('**F1**'));
    assert.deepEqual(findings[0]!.selectionRange.start, { line: f1Line, character: 2 });
  });

  it('gives sections, findings, recommendations and resolutions each their own symbol kind', async () => {
    await session.open(REPORT, reportText);
    await session.open(MINUTES, minutesText);
    const outline = async (file: string) =>
      (await session.connection.sendRequest('textDocument/documentSymbol', {
        textDocument: { uri: session.uriOf(file) },
      })) as Symbol[];
    const kindsOf = (symbols: readonly Symbol[]): [string, number][] =>
      symbols.flatMap((symbol) => [
        [symbol.detail ?? '', symbol.kind] as [string, number],
        ...kindsOf(symbol.children ?? []),
      ]);
    const seen = new Map([...kindsOf(await outline(REPORT)), ...kindsOf(await outline(MINUTES))]);
    // LSP's SymbolKind: String 15 for sections (as VS Code's Markdown), Field 8, Event 24, Constant 14.
    assert.equal(seen.get('finding'), 8);
    assert.equal(seen.get('recommendation'), 24);
    assert.equal(seen.get('resolution'), 14);
    assert.equal(kindsOf(await outline(REPORT))[0]![1], 15);
  });

  it('offers "did you mean" as a quick fix whose edit corrects the reference and clears the diagnostic', async () => {
    const broken = minutesText.replace('[school-transport-tg-2026:R1]', '[school-transport-tg-2026:R9]');
    await session.open(MINUTES, broken);
    const published = await session.nextDiagnostics(MINUTES, 1);
    const diagnostic = published.diagnostics.find((d) => d.code === 'ref-unresolved')!;
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: session.uriOf(MINUTES) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as Action[];
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind, action.isPreferred]),
      [['Change to R2', 'quickfix', true]],
    );
    const fixed = applyEdits(broken, actions[0]!.edit.changes[session.uriOf(MINUTES)]!);
    assert.equal(fixed, broken.replace(':R9]', ':R2]'));
    await session.change(MINUTES, 2, fixed);
    assert.deepEqual((await session.nextDiagnostics(MINUTES, 2)).diagnostics, []);
  });

  it('offers the standard title for an alias heading, changing only the title words', async () => {
    const aliased = reportText.replace('## Summary', '## 1. Executive Summary:');
    await session.open(REPORT, aliased);
    const diagnostic = (await session.nextDiagnostics(REPORT, 1)).diagnostics.find((d) => d.code === 'section-alias')!;
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: session.uriOf(REPORT) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as Action[];
    assert.equal(actions.length, 1);
    assert.equal(
      applyEdits(aliased, actions[0]!.edit.changes[session.uriOf(REPORT)]!),
      reportText.replace('## Summary', '## 1. Summary:'),
    );
  });

  it('answers with nothing for a document it does not know', async () => {
    const unknown = { textDocument: { uri: session.uriOf('nowhere.report.md') } };
    assert.deepEqual(await session.connection.sendRequest('textDocument/documentSymbol', unknown), []);
    assert.deepEqual(
      await session.connection.sendRequest('textDocument/codeAction', {
        ...unknown,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      }),
      [],
    );
  });
});

describe('The language server: renaming', () => {
  const server = useServer({ [REPORT]: reportText, [MINUTES]: minutesText });
  let session: ServerSession;

  beforeEach(async () => {
    session = server.session;
    await session.open(REPORT, reportText);
    await session.nextDiagnostics(REPORT, 1);
  });

  const at = (needle: string, shift: number) => {
    const lines = reportText.split('\n');
    const line = lines.findIndex((text) => text.includes(needle));
    return { line, character: lines[line]!.indexOf(needle) + shift };
  };

  it('refuses to prepare a rename anywhere but on an ID, saying why', async () => {
    await assert.rejects(
      session.connection.sendRequest('textDocument/prepareRename', {
        textDocument: { uri: session.uriOf(REPORT) },
        position: at('## Summary', 4),
      }),
      /Only the ID of a finding, recommendation or resolution can be renamed here/,
    );
    const prepared = (await session.connection.sendRequest('textDocument/prepareRename', {
      textDocument: { uri: session.uriOf(REPORT) },
      position: at('**F3**', 3),
    })) as { placeholder: string };
    assert.equal(prepared.placeholder, 'F3');
  });

  it('renames a finding in the report and in the minutes that cite it', async () => {
    const edit = (await session.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: session.uriOf(REPORT) },
      position: at('**F3**', 3),
      newName: 'F4',
    })) as { changes: Record<string, Edit[]> };
    assert.equal(
      applyEdits(reportText, edit.changes[session.uriOf(REPORT)]!),
      reportText.replace('**F3**', '**F4**').replace('[F3]', '[F4]'),
    );
    assert.equal(
      applyEdits(minutesText, edit.changes[session.uriOf(MINUTES)]!),
      minutesText.replace(':F3]', ':F4]').replace('R2, F3]', 'R2, F4]'),
    );
  });

  it('refuses to rename to an ID that exists, with the reason', async () => {
    await assert.rejects(
      session.connection.sendRequest('textDocument/rename', {
        textDocument: { uri: session.uriOf(REPORT) },
        position: at('**F3**', 3),
        newName: 'F1',
      }),
      /F1 already exists in school-transport-tg-2026/,
    );
  });
});

describe('The language server: folding, highlights, workspace symbols, lenses and fix-all', () => {
  const server = useServer({ [REPORT]: reportText, [MINUTES]: minutesText });
  let session: ServerSession;

  beforeEach(async () => {
    session = server.session;
  });

  const request = (method: string, params: object) =>
    session.connection.sendRequest(method, { textDocument: { uri: session.uriOf(REPORT) }, ...params });

  it('answers folding, highlight, workspace symbol and code lens requests for the report', async () => {
    await session.open(REPORT, reportText);
    await session.nextDiagnostics(REPORT, 1);
    const folds = (await request('textDocument/foldingRange', {})) as { startLine: number; endLine: number }[];
    assert.deepEqual(folds[0], { startLine: 0, endLine: reportText.split('\n').indexOf('---', 1), kind: 'region' });
    const lines = reportText.split('\n');
    const f3 = { line: lines.findIndex((line) => line.startsWith('**F3**')), character: 3 };
    const highlights = (await request('textDocument/documentHighlight', { position: f3 })) as {
      range: { start: { line: number } };
    }[];
    assert.deepEqual(
      highlights.map((h) => h.range.start.line),
      [f3.line, lines.findIndex((line) => line.includes('[F3]'))],
    );
    const symbols = (await session.connection.sendRequest('workspace/symbol', {
      query: 'school-transport-tg-2026:F',
    })) as { name: string }[];
    assert.deepEqual(
      symbols.map((symbol) => symbol.name.split(' ')[0]),
      ['school-transport-tg-2026:F1', 'school-transport-tg-2026:F2', 'school-transport-tg-2026:F3'],
    );
    const lenses = (await request('textDocument/codeLens', {})) as { command: { title: string } }[];
    assert.deepEqual(
      lenses.map((lens) => lens.command.title),
      ['cited by 1 recommendation', 'cited by 1 recommendation', 'cited by 1 recommendation, 1 resolution'],
    );
  });

  it('fixes every safe problem at once with source.fixAll, and nothing else', async () => {
    const aliased = reportText.replace('## Summary', '## Executive Summary').replace('## Findings', '## Key Findings');
    await session.open(REPORT, aliased);
    await session.nextDiagnostics(REPORT, 1);
    const actions = (await request('textDocument/codeAction', {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as Action[];
    assert.equal(actions.length, 1);
    assert.equal(applyEdits(aliased, actions[0]!.edit.changes[session.uriOf(REPORT)]!), reportText);
  });
});
