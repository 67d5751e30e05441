import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig, documentSymbols, type OutlineSymbol } from '../../support/core';

function outline(fileName: string, text: string): OutlineSymbol[] {
  const workspace = new Workspace(defaultConfig());
  const document = workspace.setDocument(`file:///w/${fileName}`, text);
  return documentSymbols(document, defaultConfig());
}

const names = (symbols: readonly OutlineSymbol[]): unknown[] =>
  symbols.map((symbol) => (symbol.children.length > 0 ? [symbol.name, names(symbol.children)] : symbol.name));

describe('The outline', () => {
  it('nests headings by level and places each definition under the heading whose text holds it', () => {
    const text = [
      '---',
      'title: T',
      '---',
      '# Title',
      '## Findings',
      '**F1** One two.',
      '### Detail',
      '**F2** Three.',
      '## Recommendations',
      '- **R1** Act [F1].',
      '',
    ].join('\n');
    assert.deepEqual(names(outline('a.report.md', text)), [
      [
        'Title',
        [
          ['Findings', ['F1 One two.', ['Detail', ['F2 Three.']]]],
          ['Recommendations', ['R1 Act.']],
        ],
      ],
    ]);
  });

  it('shows a heading that is itself a definition once, as the definition', () => {
    const text = ['---', 'title: T', '---', '## Findings', '### **F5** The summer programme', 'Text.', ''].join('\n');
    const [findings] = outline('a.report.md', text);
    assert.deepEqual(
      findings!.children.map((symbol) => [symbol.name, symbol.kind, symbol.detail]),
      [['F5 The summer programme', 'definition', 'finding']],
    );
  });

  it('calls R a resolution in minutes and keeps IDs before any heading at the top level', () => {
    const text = ['---', 'type: minutes', 'title: T', '---', '**R1** Resolved to note the report.', ''].join('\n');
    assert.deepEqual(
      outline('m.minutes.md', text).map((symbol) => [symbol.name, symbol.detail]),
      [['R1 Resolved to note the report.', 'resolution']],
    );
  });

  it('gives the template section a heading stands for as its detail, and names an empty heading', () => {
    const text = ['---', 'title: T', '---', '## 1. Executive Summary', 'Text.', '##', ''].join('\n');
    assert.deepEqual(
      outline('a.report.md', text).map((symbol) => [symbol.name, symbol.detail]),
      [
        ['1. Executive Summary', 'Summary'],
        ['(untitled heading)', ''],
      ],
    );
  });

  it('leaves the detail empty when the heading already is the template title, so the outline does not say it twice', () => {
    const text = ['---', 'title: T', '---', '## Summary', 'Text.', '## 2. Summary', 'More.', ''].join('\n');
    assert.deepEqual(
      outline('a.report.md', text).map((symbol) => [symbol.name, symbol.detail]),
      [
        ['Summary', ''],
        ['2. Summary', 'Summary'],
      ],
    );
  });

  it('gives a combined heading every section it stands for as its detail', () => {
    const text = [
      '---',
      'title: T',
      '---',
      '## Legal, Financial and Risk Implications',
      'None arising.',
      '## Summary and Purpose',
      'Text.',
      '',
    ].join('\n');
    assert.deepEqual(
      outline('a.report.md', text).map((symbol) => [symbol.name, symbol.detail]),
      [
        [
          'Legal, Financial and Risk Implications',
          'Financial Implications, Legal Implications, Risk Management Implications',
        ],
        ['Summary and Purpose', 'Summary'],
      ],
    );
  });
});
