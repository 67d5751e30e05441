/**
 * A document checked alone and let go of (`Workspace.release`, as `check`
 * does with every document it reads) has exactly the diagnostics it has
 * when the workspace keeps it parsed: its own checks' and those that read
 * the other documents, whose ids, definitions and references it shares.
 * And a text's line positions kept without the text are the text's.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { Workspace, defaultConfig, loadConfig } from '../support/core';
import { fragmentText, parameters, timeout } from './support';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the built core, reached by path as ../support/core does
const { LineIndex } = require(
  path.resolve(__dirname, '../../../server/out/core/text/line-index'),
) as typeof import('../../server/src/core/text/line-index');

/** Pieces of documents that cite each other, share ids, suppress checks and end lines every way. */
const LINKED_FRAGMENTS: readonly string[] = [
  '**F1** The budget grew. ',
  '**F2.** Transport costs rose. ',
  '**R1** Approve the plan [F1]. ',
  '**R2** Note [F2, F3] and [F1-F3]. ',
  '[doc-a:F1] ',
  '[doc-b:R1] ',
  '[doc-c:F9] ',
  '[dok-a:F2] ',
  '[F7] ',
  '## Risk Management\n',
  '## Equality Duty\n',
  '<!-- committee-reports-disable-next-line ref-unresolved -->\n',
  '<!-- committee-reports-disable finding-unaddressed -->\n',
  '<!-- committee-reports-enable -->\n',
  'TBC ',
  '\n\n',
  '\r\n',
  '\r',
  '£ “quoted” — ',
];

const body = fc
  .array(
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...LINKED_FRAGMENTS) }, { weight: 1, arbitrary: fragmentText }),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

const frontMatter = fc
  .tuple(
    fc.constantFrom('doc-a', 'doc-b', 'doc-c', 'an-id-long-enough-to-be-cut', undefined),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([id, newline]) =>
    ['---', 'title: T', 'committee: Cabinet', 'meeting: 2026-03-12', ...(id ? [`id: ${id}`] : []), '---', ''].join(
      newline,
    ),
  );

const document = fc
  .tuple(fc.constantFrom('a.report.md', 'doc-b.report.md', 'c.minutes.md', 'd.report.md'), fc.option(frontMatter), body)
  .map(([name, head, text]) => ({ name, text: `${head ?? ''}${text}` }));

const CONFIGS = [undefined, 'rules: { ref-unresolved: warning, finding-unaddressed: off }\n', 'kinds: { A: action }\n'];

describe('Documents checked alone and let go of', function () {
  this.timeout(timeout(60_000));

  it('have the diagnostics they have when the workspace keeps them parsed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(document, { minLength: 1, maxLength: 4, selector: (d) => d.name }),
        fc.constantFrom(...CONFIGS),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (documents, configText, batch, unchecked) => {
          const config =
            configText === undefined
              ? defaultConfig()
              : loadConfig(configText, 'file:///workspace/.committee-reports.yaml').config;
          const uri = (name: string) => `file:///workspace/${name}`;
          const kept = new Workspace(config);
          for (const { name, text } of documents) kept.setDocument(uri(name), text);
          const released = new Workspace(config);
          const parsed: string[] = [];
          documents.forEach(({ name, text }, index) => {
            released.setDocument(uri(name), text, { invalidUtf8: index === 0 && text.includes('£') });
            kept.setDocument(uri(name), text, { invalidUtf8: index === 0 && text.includes('£') });
            parsed.push(name);
            if (parsed.length < batch) return;
            for (const done of parsed.splice(0))
              released.release(uri(done), { checked: !unchecked[documents.findIndex((d) => d.name === done)] });
          });
          for (const done of parsed)
            released.release(uri(done), { checked: !unchecked[documents.findIndex((d) => d.name === done)] });
          documents.forEach(({ name }, index) => {
            if (unchecked[index]) return;
            assert.deepEqual(released.diagnostics(uri(name)), kept.diagnostics(uri(name)), name);
            assert.deepEqual(released.summaryOf(uri(name)), kept.summaryOf(uri(name)), `${name}: its summary`);
          });
        },
      ),
      parameters(300),
    );
  });

  it('keep the positions of their lines: each offset and line gives what the text gives', () => {
    const text = fc
      .array(fc.constantFrom('a', 'é', '😀', '\n', '\r\n', '\r', ' '), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (source) => {
        const lines = new LineIndex(source);
        const positions = lines.withoutText();
        assert.equal(positions.lineCount, lines.lineCount);
        for (let offset = -1; offset <= source.length + 1; offset++)
          assert.deepEqual(positions.positionAt(offset), lines.positionAt(offset), `offset ${offset}`);
        for (let line = 0; line < lines.lineCount; line++)
          assert.deepEqual(positions.lineRange(line), lines.lineRange(line), `line ${line}`);
        assert.deepEqual(positions.range(0, source.length), lines.range(0, source.length));
      }),
      parameters(500),
    );
  });
});
