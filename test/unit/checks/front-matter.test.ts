import * as assert from 'node:assert/strict';
import { brief, check, checkFor, report, single, span } from '../support';

describe('front-matter', () => {
  it('is quiet for a document with well-formed front matter', () => {
    assert.deepEqual(checkFor('front-matter', report()), []);
  });

  it('reports a missing block as an error on line 1, over the whole line', () => {
    const diagnostic = single(checkFor('front-matter', '# Library Opening Hours\n\nText.\n'));
    assert.equal(diagnostic.severity, 'error');
    assert.equal(span(diagnostic.range), '0:0-0:23');
    assert.match(diagnostic.message, /Start it with a '---' line/);
  });

  it('reports an empty file on line 1 without crashing', () => {
    const diagnostics = check('');
    assert.equal(span(single(diagnostics.filter((d) => d.code === 'front-matter')).range), '0:0-0:0');
    assert.ok(diagnostics.every((diagnostic) => !/check failed/.test(diagnostic.message)));
  });

  it('reports an unclosed block at its opening fence', () => {
    const text = report().replace(/\n---\n/, '\n\n');
    const diagnostic = single(checkFor('front-matter', text));
    assert.equal(span(diagnostic.range), '0:0-0:3');
    assert.match(diagnostic.message, /never closed/);
  });

  it('reports invalid YAML on the line of the error with the parser’s reason', () => {
    const text = report({ frontMatter: { committee: '[Cabinet' } });
    const diagnostic = single(checkFor('front-matter', text));
    assert.equal(diagnostic.range.start.line, 3);
    assert.match(
      diagnostic.message,
      /^The front matter is not valid YAML: .+\. Check the indentation and quoting on this line\.$/,
    );
  });

  it('does not also report every required key as missing when the YAML cannot be read', () => {
    const text = report({ frontMatter: { committee: '[Cabinet' } });
    assert.deepEqual(brief(checkFor('front-matter-schema', text)), []);
  });

  it('can be switched off in the config', () => {
    assert.deepEqual(checkFor('front-matter', '# T\n', { config: 'rules:\n  front-matter: off\n' }), []);
  });

  it('takes the severity set in the config', () => {
    assert.equal(
      single(checkFor('front-matter', '# T\n', { config: 'rules:\n  front-matter: warning\n' })).severity,
      'warning',
    );
  });
});
