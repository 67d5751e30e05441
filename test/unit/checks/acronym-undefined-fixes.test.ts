import * as assert from 'node:assert/strict';
import { CONFIG_FILE_NAME, Workspace, defaultConfig, type Diagnostic, type Fix } from '../../support/core';
import { applyEdits, applyFix, check, checkFor, single, span, spanOf, uriOf, withBody } from '../support';

const CODE = 'acronym-undefined';
const CONFIG_URI = uriOf(CONFIG_FILE_NAME);
const body = (...paragraphs: string[]) => withBody(`# Title\n\n${paragraphs.join('\n\n')}\n`);
const TEXT = body('The ICB met the council.');

/** The fix of the one acronym-undefined diagnostic whose title starts so. */
function fixOf(diagnostic: Diagnostic, title: string): Fix | undefined {
  return diagnostic.fixes?.find((fix) => fix.title.startsWith(title));
}

/** The "Add to the known acronyms" fix for the ICB in TEXT, under a config file with this text. */
function knownFix(configText: string): Fix | undefined {
  return fixOf(single(checkFor(CODE, TEXT, { config: configText })), 'Add ICB');
}

/** The config text after the fix, which must change the config file alone. */
function configAfter(configText: string): string {
  const fix = knownFix(configText);
  assert.ok(fix, 'no fix offered');
  assert.deepEqual(fix.edits, []);
  assert.equal(fix.otherFiles?.length, 1);
  const [file] = fix.otherFiles!;
  assert.equal(file!.uri, CONFIG_URI);
  assert.equal(file!.create, undefined);
  return applyEdits(configText, file!.edits);
}

describe('acronym-undefined: quick fixes', () => {
  describe('Spell out ABC here', () => {
    it('puts a fill-in for the full name before the acronym at its first use, and the acronym in brackets', () => {
      const diagnostic = single(checkFor(CODE, body('The ICB met.', 'The ICB met again.')));
      const fix = fixOf(diagnostic, 'Spell out')!;
      assert.equal(fix.title, 'Spell out ICB here');
      assert.equal(fix.safe, false);
      assert.equal(fix.otherFiles, undefined);
      assert.deepEqual(fix.edits, [{ range: diagnostic.range, newText: '[Insert the full name] (ICB)' }]);
    });

    it('keeps a plural inside the brackets and a possessive after them', () => {
      const plural = body('Most LAs replied.');
      assert.equal(
        applyFix(plural, fixOf(single(checkFor(CODE, plural)), 'Spell out')!),
        body('Most [Insert the full name] (LAs) replied.'),
      );
      const possessive = body("The DfE's letter came.");
      assert.equal(
        applyFix(possessive, fixOf(single(checkFor(CODE, possessive)), 'Spell out')!),
        body("The [Insert the full name] (DfE)'s letter came."),
      );
    });

    it('leaves a fill-in that placeholder-left reports, and the acronym still reported until the name is written', () => {
      const text = body('The ICB met.');
      const after = applyFix(text, fixOf(single(checkFor(CODE, text)), 'Spell out')!);
      const codes = check(after).map((diagnostic) => diagnostic.code);
      assert.ok(codes.includes('placeholder-left'), codes.join(', '));
      assert.ok(codes.includes(CODE), codes.join(', '));
      assert.deepEqual(checkFor(CODE, after.replace('[Insert the full name]', 'Integrated Care Board')), []);
    });
  });

  describe('Add ABC to the known acronyms in .committee-reports.yaml', () => {
    it('adds a line to a list written one item a line, at its indentation, after a comment on the last item', () => {
      const config =
        'rules:\n  section-order: off\nacronyms:\n    - NHS\n    - LGA   # Local Government Association\n\nkinds:\n  A: action\n';
      assert.equal(
        configAfter(config),
        'rules:\n  section-order: off\nacronyms:\n    - NHS\n    - LGA   # Local Government Association\n    - ICB\n\nkinds:\n  A: action\n',
      );
    });

    it('adds a line to a list at the end of a file with no line break at its end', () => {
      assert.equal(configAfter('acronyms:\n- NHS'), 'acronyms:\n- NHS\n- ICB');
    });

    it('adds an item to a list written in brackets, on one line or several', () => {
      assert.equal(
        configAfter('acronyms: [NHS, LGA]  # known\nrules: {}\n'),
        'acronyms: [NHS, LGA, ICB]  # known\nrules: {}\n',
      );
      assert.equal(configAfter('acronyms: [\n  NHS,\n  LGA,\n]\n'), 'acronyms: [\n  NHS,\n  LGA, ICB\n]\n');
      assert.equal(configAfter('acronyms: []\n'), 'acronyms: [ICB]\n');
    });

    it('writes a list where the key has no value yet', () => {
      assert.equal(configAfter('acronyms:\nrules: {}\n'), 'acronyms: [ICB]\nrules: {}\n');
      assert.equal(configAfter('acronyms: ~\n'), 'acronyms: [ICB]\n');
    });

    it('adds an acronyms line at the end when the config has none', () => {
      assert.equal(configAfter('rules: { section-order: off }\n'), 'rules: { section-order: off }\nacronyms: [ICB]\n');
      assert.equal(configAfter('rules: { section-order: off }'), 'rules: { section-order: off }\nacronyms: [ICB]\n');
      assert.equal(configAfter('# Our settings\n'), '# Our settings\nacronyms: [ICB]\n');
      assert.equal(configAfter(''), 'acronyms: [ICB]\n');
    });

    it('keeps CRLF line endings', () => {
      assert.equal(
        configAfter('rules:\r\n  section-order: off\r\nacronyms:\r\n  - NHS\r\n'),
        'rules:\r\n  section-order: off\r\nacronyms:\r\n  - NHS\r\n  - ICB\r\n',
      );
      assert.equal(configAfter('rules: {}\r\n'), 'rules: {}\r\nacronyms: [ICB]\r\n');
    });

    it('gives the edit its place in the config file, in lines and UTF-16 columns', () => {
      const config = '# Café – settings\r\nacronyms: [NHS]\r\n';
      const file = knownFix(config)!.otherFiles![0]!;
      assert.deepEqual(file.edits, [
        { range: { start: { line: 1, character: 14 }, end: { line: 1, character: 14 } }, newText: ', ICB' },
      ]);
    });

    it('creates the config file, with the acronym, when there is none', () => {
      const workspace = new Workspace({ ...defaultConfig(), file: { uri: CONFIG_URI, text: undefined } });
      workspace.setDocument(uriOf('a.report.md'), TEXT);
      const fix = fixOf(
        single(workspace.diagnostics(uriOf('a.report.md')).filter((diagnostic) => diagnostic.code === CODE)),
        'Add ICB',
      )!;
      assert.deepEqual(fix, {
        title: 'Add ICB to the known acronyms in .committee-reports.yaml',
        edits: [],
        otherFiles: [
          {
            uri: CONFIG_URI,
            create: true,
            edits: [
              {
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                newText: 'acronyms: [ICB]\n',
              },
            ],
          },
        ],
        safe: false,
      });
    });

    it('offers no config edit where the server knows of no config file, nor where it could create one', () => {
      const diagnostic = single(checkFor(CODE, TEXT));
      assert.deepEqual(
        diagnostic.fixes?.map((fix) => fix.title),
        ['Spell out ICB here'],
      );
    });

    it('offers no edit that could change another setting: anchors, a key in quotes, a value that is not a list', () => {
      for (const config of [
        'base: &b [NHS]\nacronyms: *b\n',
        '"acronyms": [NHS]\n',
        'acronyms: NHS\n',
        'acronyms:\n  [NHS]\n',
        'acronyms: { NHS: yes }\n',
      ]) {
        assert.equal(knownFix(config), undefined, config);
      }
    });

    it('leaves the acronym known once the edit is applied', () => {
      for (const config of ['acronyms:\n  - NHS\n', 'acronyms: [NHS]\n', 'rules: {}\n', '']) {
        const after = configAfter(config);
        assert.deepEqual(checkFor(CODE, TEXT, { config: after }), [], after);
        assert.deepEqual(
          check(TEXT, { config: after }).filter((diagnostic) => diagnostic.code === 'config-invalid'),
          [],
        );
      }
    });

    it('writes an acronym joined by & as YAML reads it back', () => {
      const text = body('The T&FG met.');
      const fix = fixOf(single(checkFor(CODE, text, { config: 'acronyms: [NHS]\n' })), 'Add T&FG')!;
      const after = applyEdits('acronyms: [NHS]\n', fix.otherFiles![0]!.edits);
      assert.equal(after, 'acronyms: [NHS, T&FG]\n');
      assert.deepEqual(checkFor(CODE, text, { config: after }), []);
    });

    it('sits on the acronym at its first use, as the spell-out fix does', () => {
      const diagnostic = single(checkFor(CODE, TEXT, { config: 'rules: {}\n' }));
      assert.equal(span(diagnostic.range), spanOf(TEXT, 'ICB'));
      assert.deepEqual(
        diagnostic.fixes?.map((fix) => fix.title),
        ['Spell out ICB here', 'Add ICB to the known acronyms in .committee-reports.yaml'],
      );
    });
  });
});
