import * as assert from 'node:assert/strict';
import { combining } from '../combined-support';
import {
  brief,
  checkDocuments,
  checkFor,
  lineNumberOf,
  lineSpan,
  minutes,
  report,
  scrutiny,
  single,
  span,
  spanOf,
  withBody,
  cleanSamples,
  DRAFT_SAMPLE,
  readSample,
} from '../support';

const summaryLength = (text: string, options: { name?: string; config?: string } = {}) =>
  checkFor('summary-length', text, options);

/** `count` distinct words, wrapped every twelve words. */
function words(count: number, stem = 'word'): string {
  const list = Array.from({ length: count }, (_, index) => `${stem}${index + 1}`);
  const lines: string[] = [];
  for (let at = 0; at < list.length; at += 12) lines.push(list.slice(at, at + 12).join(' '));
  return lines.join('\n');
}

describe('summary-length', () => {
  it('is quiet on a Summary of exactly 150 words', () => {
    assert.deepEqual(summaryLength(report({ sections: { Summary: words(150) } })), []);
  });

  it('reports a Summary of 151 words as info on its heading, with the count and the limit', () => {
    const text = report({ sections: { Summary: words(151) } });
    const diagnostic = single(summaryLength(text));
    assert.equal(diagnostic.severity, 'info');
    assert.equal(span(diagnostic.range), spanOf(text, '## Summary'));
    assert.equal(
      diagnostic.message,
      'The Summary has 151 words; keep it to 150 or fewer so members can read it at a glance.',
    );
  });

  it('follows summary-max-words in the config', () => {
    const config = 'summary-max-words: 100\n';
    assert.deepEqual(summaryLength(report({ sections: { Summary: words(100) } }), { config }), []);
    const diagnostic = single(summaryLength(report({ sections: { Summary: words(101) } }), { config }));
    assert.equal(
      diagnostic.message,
      'The Summary has 101 words; keep it to 100 or fewer so members can read it at a glance.',
    );
  });

  it('splits words on any white space: several spaces, tabs and line breaks', () => {
    const text = report({ sections: { Summary: words(151).replace(/ /g, ' \t  ') } });
    assert.match(single(summaryLength(text)).message, /has 151 words/);
  });

  it('counts every paragraph and list item of the section', () => {
    const summary = `${words(100)}\n\n- ${words(30, 'a')}\n- ${words(20, 'b')}\n\n1. ${words(1, 'c')}`;
    assert.match(single(summaryLength(report({ sections: { Summary: summary } }))).message, /has 151 words/);
  });

  it('does not count list markers, quote marks or table markup as words', () => {
    const summary = `${words(140)}\n\n- one\n- two\n\n> three\n\n| four | five |\n|---|:---:|\n| six | ** seven ** |\n\n10) eight`;
    assert.deepEqual(summaryLength(report({ sections: { Summary: summary } })), []);
    assert.match(
      single(summaryLength(report({ sections: { Summary: summary + ' nine ten eleven' } }))).message,
      /has 151 words/,
    );
  });

  it('counts the text under sub-headings but not the sub-headings themselves', () => {
    const summary = `${words(100)}\n\n### A sub-heading of several more words here\n\n${words(50, 'x')}`;
    assert.deepEqual(summaryLength(report({ sections: { Summary: summary } })), []);
    assert.match(single(summaryLength(report({ sections: { Summary: summary + ' extra' } }))).message, /has 151 words/);
  });

  it('does not count HTML comments, in a paragraph or as a block', () => {
    const summary = `${words(150)} <!-- ${words(40, 'c')} -->\n\n<!--\n${words(40, 'd')}\n-->`;
    assert.deepEqual(summaryLength(report({ sections: { Summary: summary } })), []);
  });

  it('does not count code blocks', () => {
    const summary = `${words(150)}\n\n\`\`\`\n${words(40, 'code')}\n\`\`\``;
    assert.deepEqual(summaryLength(report({ sections: { Summary: summary } })), []);
  });

  it('counts the words of code spans in the text', () => {
    const summary = `${words(149)} \`two words\``;
    assert.match(single(summaryLength(report({ sections: { Summary: summary } }))).message, /has 151 words/);
  });

  it('stops at the next section', () => {
    assert.deepEqual(summaryLength(report({ sections: { Summary: words(150), Recommendations: words(200) } })), []);
  });

  it('counts a Summary written under an alias', () => {
    const text = report({ sections: { Summary: null, 'Executive Summary': words(151) } });
    assert.equal(span(single(summaryLength(text)).range), spanOf(text, '## Executive Summary'));
  });

  it('counts the Summary of a scrutiny report', () => {
    assert.equal(summaryLength(scrutiny({ sections: { Summary: words(151) } }), { name: 'a.report.md' }).length, 1);
  });

  it('covers the text of a setext Summary heading', () => {
    const text = withBody(`Summary\n-------\n\n${words(151)}\n`);
    assert.equal(span(single(summaryLength(text)).range), lineSpan(text, lineNumberOf(text, 'Summary')));
  });

  it('counts the same in a CRLF document', () => {
    const text = report({ sections: { Summary: words(151) } }).replace(/\n/g, '\r\n');
    const diagnostic = single(summaryLength(text));
    assert.match(diagnostic.message, /has 151 words/);
    assert.equal(span(diagnostic.range), spanOf(text, '## Summary'));
  });

  it('is quiet when there is no Summary, and on headings that only mention one', () => {
    assert.deepEqual(summaryLength(report({ sections: { Summary: null } })), []);
    assert.deepEqual(summaryLength(withBody(`## Summary of Consultation Responses\n\n${words(300)}\n`)), []);
  });

  it('is quiet on the valid report, scrutiny report and minutes', () => {
    assert.deepEqual(summaryLength(report()), []);
    assert.deepEqual(summaryLength(scrutiny()), []);
    assert.deepEqual(summaryLength(minutes(), { name: 'a.minutes.md' }), []);
  });

  it('is quiet on every sample except the draft', () => {
    for (const [name, diagnostics] of Object.entries(checkDocuments(cleanSamples()))) {
      assert.deepEqual(brief(diagnostics.filter((d) => d.code === 'summary-length')), [], name);
    }
  });

  it('finds the 186 words the sample draft’s README gives', () => {
    const name = DRAFT_SAMPLE;
    const text = readSample(name);
    const diagnostic = single(checkDocuments({ [name]: text })[name]!.filter((d) => d.code === 'summary-length'));
    assert.equal(diagnostic.range.start.line + 1, 26);
    assert.match(diagnostic.message, /^The Summary has 186 words;/);
  });

  it('counts a Summary under a heading with the author’s own words, such as "Summary and Purpose"', () => {
    const text = combining('Summary and Purpose', ['Summary'], words(151));
    assert.equal(span(single(summaryLength(text)).range), spanOf(text, '## Summary and Purpose'));
  });

  it('does not count a Summary combined with another section, whose words cannot be told apart', () => {
    assert.deepEqual(
      summaryLength(combining('Summary and Recommendations', ['Summary', 'Recommendations'], words(300))),
      [],
    );
  });
});
