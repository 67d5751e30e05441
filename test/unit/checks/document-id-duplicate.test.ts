import * as assert from 'node:assert/strict';
import { checkDocuments, lineNumberOf, lineSpan, minutes, scrutiny, single, span, spanIn, withCode } from '../support';

const duplicatesIn = (files: Record<string, string>) => {
  const result = checkDocuments(files);
  return Object.fromEntries(
    Object.entries(result).map(([name, diagnostics]) => [name, withCode(diagnostics, 'document-id-duplicate')]),
  );
};

describe('document-id-duplicate', () => {
  it('is quiet when every document has its own id', () => {
    const result = duplicatesIn({
      'a.report.md': scrutiny({ frontMatter: { id: 'one' } }),
      'b.report.md': scrutiny({ frontMatter: { id: 'two' } }),
    });
    assert.deepEqual(result, { 'a.report.md': [], 'b.report.md': [] });
  });

  it('reports an error in each document sharing a written id, at its id', () => {
    const first = scrutiny({ frontMatter: { id: 'transport-tg' } });
    const second = scrutiny({ frontMatter: { id: 'transport-tg' }, title: 'Another' });
    const result = duplicatesIn({ 'transport.report.md': first, 'transport-v2.report.md': second });
    const a = single(result['transport.report.md']!);
    const b = single(result['transport-v2.report.md']!);
    assert.equal(a.severity, 'error');
    assert.equal(span(a.range), spanIn(first, 'id: transport-tg', 'transport-tg'));
    assert.equal(span(b.range), spanIn(second, 'id: transport-tg', 'transport-tg'));
    const idLine = lineNumberOf(second, 'id: transport-tg') + 1;
    assert.equal(
      a.message,
      `The document id 'transport-tg' is also the id of transport-v2.report.md (line ${idLine}), so a reference such as [transport-tg:F1] could mean either document. Change the id here or there, so each document has its own.`,
    );
    assert.match(b.message, /is also the id of transport\.report\.md \(line \d+\)/);
  });

  it('reports on line 1 when the shared id comes from the file name, asking for an id line', () => {
    const text = minutes();
    const result = duplicatesIn({
      'north/cabinet-2026-03-12.minutes.md': text,
      'south/cabinet-2026-03-12.minutes.md': text,
    });
    for (const name of ['north/cabinet-2026-03-12.minutes.md', 'south/cabinet-2026-03-12.minutes.md']) {
      const diagnostic = single(result[name]!);
      assert.equal(span(diagnostic.range), lineSpan(text, 0));
      assert.match(diagnostic.message, /also the id of cabinet-2026-03-12\.minutes\.md \(from its file name\)/);
      assert.match(diagnostic.message, /Give this document an id of its own with an 'id:' line in its front matter\.$/);
    }
  });

  it('reports a written id that matches another document’s file name, each at its own place', () => {
    const written = scrutiny({ frontMatter: { id: 'transport' } });
    const fromName = scrutiny();
    const result = duplicatesIn({ 'old-name.report.md': written, 'transport.report.md': fromName });
    assert.equal(span(single(result['old-name.report.md']!).range), spanIn(written, 'id: transport', 'transport'));
    assert.equal(span(single(result['transport.report.md']!).range), lineSpan(fromName, 0));
  });

  it('names every other document that shares the id', () => {
    const text = scrutiny({ frontMatter: { id: 'same' } });
    const result = duplicatesIn({ 'a.report.md': text, 'b.report.md': text, 'c.report.md': text });
    assert.match(
      single(result['a.report.md']!).message,
      /also the id of b\.report\.md \(line \d+\) and c\.report\.md \(line \d+\),/,
    );
  });
});
