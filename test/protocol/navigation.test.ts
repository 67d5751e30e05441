import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServerSession, useServer } from './support';

const EXAMPLES = path.resolve(__dirname, '../../../test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const MINUTES = 'cyp-scrutiny-2026-03-12.minutes.md';
const reportText = fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8');
const minutesText = fs.readFileSync(path.join(EXAMPLES, MINUTES), 'utf8');

interface Location {
  uri: string;
  range: { start: { line: number; character: number } };
}

/** Line and character of the first occurrence of `needle` in `text`, plus `shift` characters. */
function positionOf(text: string, needle: string, shift = 0): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(needle));
  assert.notEqual(line, -1, `no '${needle}'`);
  return { line, character: lines[line]!.indexOf(needle) + shift };
}

describe('The language server: navigation between findings, recommendations and resolutions', () => {
  const server = useServer({ [REPORT]: reportText, [MINUTES]: minutesText });
  let session: ServerSession;

  beforeEach(async () => {
    session = server.session;
  });

  it('goes from a resolution in the minutes to the recommendation it cites in the report', async () => {
    await session.open(MINUTES, minutesText);
    await session.nextDiagnostics(MINUTES, 1);
    const at = positionOf(minutesText, 'school-transport-tg-2026:R1]', 'school-transport-tg-2026:'.length);
    const locations = (await session.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: session.uriOf(MINUTES) },
      position: at,
    })) as Location[];
    assert.deepEqual(
      locations.map((location) => [location.uri, location.range.start]),
      [[session.uriOf(REPORT), positionOf(reportText, '**R1**', 2)]],
    );
  });

  it('finds every reference to a finding, in the report and in the minutes that were never opened', async () => {
    await session.open(REPORT, reportText);
    await session.nextDiagnostics(REPORT, 1);
    const locations = (await session.connection.sendRequest('textDocument/references', {
      textDocument: { uri: session.uriOf(REPORT) },
      position: positionOf(reportText, '**F3**', 3),
      context: { includeDeclaration: false },
    })) as Location[];
    const found = locations.map((location) => `${path.basename(location.uri)}:${location.range.start.line}`).sort();
    assert.deepEqual(
      found,
      [
        `${MINUTES}:${positionOf(minutesText, 'school-transport-tg-2026:F3]').line}`,
        `${MINUTES}:${positionOf(minutesText, 'R2, F3]').line}`,
        `${REPORT}:${positionOf(reportText, '[F3]').line}`,
      ].sort(),
    );
  });

  it('includes the definition itself when asked', async () => {
    await session.open(REPORT, reportText);
    await session.nextDiagnostics(REPORT, 1);
    const locations = (await session.connection.sendRequest('textDocument/references', {
      textDocument: { uri: session.uriOf(REPORT) },
      position: positionOf(reportText, '[F3]', 1),
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(locations[0]!.range.start, positionOf(reportText, '**F3**', 2));
    assert.equal(locations.length, 4);
  });

  it('shows over a reference what it cites, where it is and who else cites it', async () => {
    await session.open(MINUTES, minutesText);
    await session.nextDiagnostics(MINUTES, 1);
    const hover = (await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: session.uriOf(MINUTES) },
      position: positionOf(minutesText, 'school-transport-tg-2026:R1]', 'school-transport-tg-2026:'.length + 1),
    })) as { contents: { kind: string; value: string } };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(
      hover.contents.value,
      /^\*\*R1\*\* \(recommendation\) That the Cabinet Member commission a review of route planning/,
    );
    assert.match(
      hover.contents.value,
      new RegExp(
        `${REPORT.replace(/\./g, '\\.')}, line ${positionOf(reportText, '**R1**').line + 1}\\. Cited by 1 item in 1 document\\.`,
      ),
    );
  });

  it('shows over a section heading what the section is for, the law behind it, and what this report’s template asks of it', async () => {
    await session.open(REPORT, reportText);
    await session.nextDiagnostics(REPORT, 1);
    const at = positionOf(reportText, '## Equality Duty', 5);
    const hover = (await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: session.uriOf(REPORT) },
      position: at,
    })) as {
      contents: { kind: string; value: string };
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
    };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /^\*\*Equality Duty\*\*\n\n/);
    assert.match(hover.contents.value, /Equality Act 2010, section 149/);
    assert.match(hover.contents.value, /Required by the `scrutiny` template\. "None" alone is not enough/);
    assert.deepEqual(hover.range, {
      start: { line: at.line, character: 0 },
      end: { line: at.line, character: '## Equality Duty'.length },
    });
  });

  it('shows nothing over plain text', async () => {
    await session.open(MINUTES, minutesText);
    await session.nextDiagnostics(MINUTES, 1);
    const hover = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: session.uriOf(MINUTES) },
      position: { line: 0, character: 0 },
    });
    assert.equal(hover, null);
  });
});

describe('The language server: completion', () => {
  const server = useServer({ [REPORT]: reportText });
  let session: ServerSession;

  beforeEach(async () => {
    session = server.session;
  });

  it('completes the report’s IDs after [doc-id: in the minutes, replacing what is typed', async () => {
    const text = minutesText.replace('[school-transport-tg-2026:R1]', '[school-transport-tg-2026:R');
    await session.open(MINUTES, text);
    await session.nextDiagnostics(MINUTES, 1);
    const position = positionOf(text, 'school-transport-tg-2026:R.', 'school-transport-tg-2026:R'.length);
    const items = (await session.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: session.uriOf(MINUTES) },
      position,
    })) as {
      label: string;
      detail: string;
      textEdit: { range: { start: { character: number } }; newText: string };
    }[];
    assert.deepEqual(
      items.map((item) => item.label),
      ['F1', 'F2', 'F3', 'R1', 'R2'],
    );
    assert.equal(items[3]!.detail, 'recommendation');
    assert.equal(items[3]!.textEdit.range.start.character, position.character - 1);
  });
});
