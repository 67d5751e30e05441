/**
 * `.committee-reports.yaml` (the README, "The config file"). An entry that fails the schema is
 * dropped (its default applies, the rest of the file still does) and reported
 * as `config-invalid` at that entry; a file that is not YAML is reported at
 * the YAML error and all defaults apply. Nothing crashes.
 */
import * as assert from 'node:assert/strict';
import { CONFIG_FILE_NAME, defaultConfig, loadConfig, type ConfigResult } from '../support/core';
import { brief, checkFor, report, span, spanIn, spanOf } from './support';

const load = (text: string): ConfigResult => loadConfig(text, `file:///workspace/${CONFIG_FILE_NAME}`);
const sectionsOf = (result: ConfigResult, template: string) =>
  result.config.templates.get(template)!.sections.map((section) => section.title);

describe('Config loader', () => {
  describe('defaults', () => {
    it('uses every default for an empty file, with nothing to report', () => {
      const result = load('');
      assert.deepEqual(result.diagnostics, []);
      assert.deepEqual(result.config.include, ['**/*.report.md', '**/*.minutes.md']);
      assert.deepEqual(result.config.exclude, []);
      assert.deepEqual(
        [...result.config.kinds],
        [
          ['F', 'finding'],
          ['R', 'recommendation'],
        ],
      );
      assert.deepEqual([...result.config.templates.keys()], ['report', 'scrutiny', 'minutes']);
      assert.equal(result.config.rules.size, 0);
    });

    it('uses every default for a file of comments only', () => {
      assert.deepEqual(load('# nothing set yet\n').diagnostics, []);
    });

    it('gives the default templates in the order docs/format.md gives', () => {
      assert.deepEqual(sectionsOf({ config: defaultConfig(), diagnostics: [] }, 'report'), [
        'Summary',
        'Recommendations',
        'Background',
        'Other Options Considered',
        'Consultation',
        'Financial Implications',
        'Legal Implications',
        'Risk Management Implications',
        'Equality Duty',
        'Social Value',
        'Crime and Disorder Implications',
        'Human Rights Implications',
        'Climate Change and Sustainability',
        'Background Papers',
        'Reason for Inclusion in Part II',
        'Appendices',
      ]);
      assert.deepEqual(sectionsOf({ config: defaultConfig(), diagnostics: [] }, 'scrutiny'), [
        'Summary',
        'Focus for Scrutiny',
        'Background',
        'Evidence',
        'Findings',
        'Recommendations',
        'Consultation',
        'Risk Management Implications',
        'Other Options Considered',
        'Equality Duty',
        'Social Value',
        'Crime and Disorder Implications',
        'Human Rights Implications',
        'Background Papers',
      ]);
      assert.deepEqual(sectionsOf({ config: defaultConfig(), diagnostics: [] }, 'minutes'), [
        'Present',
        'Apologies',
        'Declarations of Interest',
        'Minutes of the Previous Meeting',
        'Date of Next Meeting',
      ]);
    });
  });

  describe('a file that is not a mapping of settings', () => {
    it('reports a file that is not YAML at the YAML error and applies every default', () => {
      const text = 'rules:\n  section-order: off\nkinds: [A\n';
      const result = load(text);
      assert.ok(result.diagnostics.length >= 1);
      for (const diagnostic of result.diagnostics) {
        assert.equal(diagnostic.code, 'config-invalid');
        assert.equal(diagnostic.severity, 'error');
        assert.ok(diagnostic.range.start.line >= 2, span(diagnostic.range));
        assert.match(diagnostic.message, /not valid YAML/);
      }
      assert.equal(result.config.rules.size, 0, 'no setting from a broken file is used');
    });

    it('reports a setting given twice as a YAML error at the second', () => {
      const result = load('rules:\n  section-order: off\nrules:\n  id-sequence: off\n');
      assert.deepEqual(brief(result.diagnostics), ['config-invalid 2:0-2:1']);
    });

    it('reports a list instead of a mapping over the list and applies every default', () => {
      const result = load('- section-order\n- id-sequence\n');
      assert.equal(result.diagnostics.length, 1);
      assert.equal(result.diagnostics[0]!.range.start.line, 0);
      assert.match(result.diagnostics[0]!.message, /must be a mapping of settings/);
      assert.deepEqual([...result.config.templates.keys()], ['report', 'scrutiny', 'minutes']);
    });

    it('reports a single word over the word', () => {
      assert.deepEqual(brief(load('hello').diagnostics), ['config-invalid 0:0-0:5']);
    });

    it('does not crash on a YAML alias bomb, reporting it and applying the defaults', () => {
      const text = [
        'a: &a [x,x,x,x,x,x,x,x,x,x]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        '',
      ].join('\n');
      let result: ConfigResult | undefined;
      assert.doesNotThrow(() => {
        result = load(text);
      });
      assert.ok(result!.diagnostics.some((diagnostic) => diagnostic.code === 'config-invalid'));
    });
  });

  describe('unknown settings', () => {
    it('reports an unknown setting at its key with the setting it is close to', () => {
      const text = 'rule:\n  section-order: off\n';
      const [diagnostic] = load(text).diagnostics;
      assert.equal(span(diagnostic!.range), '0:0-0:4');
      assert.match(diagnostic!.message, /'rule' is not a setting: did you mean 'rules'\?/);
    });

    it('lists the settings when an unknown one is close to none', () => {
      const [diagnostic] = load('colour: blue\n').diagnostics;
      assert.match(
        diagnostic!.message,
        /The settings are include, exclude, acronyms, summary-max-words, export, import, rules, kinds, templates/,
      );
    });

    it('still applies the settings around an unknown one', () => {
      const result = load('rule: {}\nrules:\n  section-order: off\n');
      assert.equal(result.config.rules.get('section-order'), 'off');
    });
  });

  describe('rules', () => {
    it('reads off, info, warning and error for known checks', () => {
      const result = load(
        'rules:\n  section-order: off\n  id-sequence: info\n  ref-unresolved: warning\n  section-alias: error\n',
      );
      assert.deepEqual(result.diagnostics, []);
      assert.deepEqual(
        [...result.config.rules],
        [
          ['section-order', 'off'],
          ['id-sequence', 'info'],
          ['ref-unresolved', 'warning'],
          ['section-alias', 'error'],
        ],
      );
    });

    it('reads false as off', () => {
      assert.equal(load('rules:\n  section-order: false\n').config.rules.get('section-order'), 'off');
    });

    it('drops a bad setting, reports it at its value, and applies the other rules', () => {
      const text = 'rules:\n  section-order: off\n  id-sequence: loud\n  ref-unresolved: warning\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, 'loud')}`]);
      assert.match(result.diagnostics[0]!.message, /off, info, warning or error/);
      assert.equal(result.config.rules.has('id-sequence'), false);
      assert.equal(result.config.rules.get('section-order'), 'off');
      assert.equal(result.config.rules.get('ref-unresolved'), 'warning');
    });

    it('reports an unknown check at its key with the check it is close to', () => {
      const text = 'rules:\n  section-ordr: off\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, 'section-ordr')}`]);
      assert.match(result.diagnostics[0]!.message, /did you mean 'section-order'\?/);
      assert.equal(result.config.rules.size, 0);
    });

    it('reports rules that are not a mapping at the value', () => {
      const text = 'rules: [section-order]\n';
      assert.deepEqual(brief(load(text).diagnostics), [`config-invalid ${spanOf(text, '[section-order]')}`]);
    });

    it('accepts a config with an entry of every kind without complaint', () => {
      const text = [
        'include: ["**/*.report.md", "**/*.minutes.md"]',
        'exclude: ["archive/**"]',
        'rules: { section-order: off, acronym-undefined: warning }',
        'kinds: { F: finding, R: recommendation, A: action }',
        'acronyms: [NHS, UK, LGA]',
        'templates:',
        '  cabinet:',
        '    extends: report',
        '    sections:',
        '      - { title: Wellbeing Implications, required: true, none: with-reason, after: Human Rights Implications }',
        '',
      ].join('\n');
      const { diagnostics, config } = load(text);
      assert.deepEqual(brief(diagnostics), []);
      assert.equal(config.rules.get('section-order'), 'off');
      assert.equal(config.rules.get('acronym-undefined'), 'warning');
      assert.ok(config.templates.has('cabinet'));
    });
  });

  describe('summary-max-words', () => {
    it('reads a whole number of words and defaults to 150', () => {
      assert.equal(load('summary-max-words: 100\n').config.summaryMaxWords, 100);
      assert.equal(load('rules: {}\n').config.summaryMaxWords, 150);
    });

    it('drops a value that is not a positive whole number, reporting it and keeping 150', () => {
      const result = load('summary-max-words: lots\n');
      assert.deepEqual(brief(result.diagnostics), ['config-invalid 0:19-0:23']);
      assert.equal(result.config.summaryMaxWords, 150);
    });
  });

  describe('export', () => {
    it('reads the Word template, the heading styles by level and the browser, and has no template by default', () => {
      const result = load(
        'export:\n  template: templates/council.docx\n  heading-styles:\n    1: Report Heading 1\n    3: Report Heading 3\n  browser: /opt/chrome\n',
      );
      assert.deepEqual(result.diagnostics, []);
      assert.deepEqual(result.config.export, {
        template: 'templates/council.docx',
        headingStyles: { 1: 'Report Heading 1', 3: 'Report Heading 3' },
        browser: '/opt/chrome',
      });
      assert.deepEqual(load('rules: {}\n').config.export, { headingStyles: {} });
    });

    it('suggests the setting meant for a misspelt one, and drops the entry', () => {
      const result = load('export:\n  tempalte: council.docx\n');
      assert.deepEqual(
        result.diagnostics.map((d) => d.message),
        ["'tempalte' is not an export setting: did you mean 'template'? This entry is ignored."],
      );
      assert.deepEqual(result.config.export, { headingStyles: {} });
    });

    it('says Word has heading levels 1 to 6 when another level is given a style', () => {
      const result = load('export:\n  heading-styles:\n    7: Small Heading\n');
      assert.match(result.diagnostics[0]!.message, /^Word has heading levels 1 to 6, not 7/);
      assert.equal(result.diagnostics[0]!.range.start.line, 2);
    });

    it('reports an export setting that is not a mapping', () => {
      const result = load('export: council.docx\n');
      assert.deepEqual(brief(result.diagnostics), ['config-invalid 0:8-0:20']);
      assert.match(result.diagnostics[0]!.message, /^export must be a mapping/);
    });
  });

  describe('import', () => {
    it("reads the council's style-map lines for the Word import, and has none by default", () => {
      const result = load(`import:\n  style-map:\n    - "p[style-name='Report Heading'] => h2:fresh"\n`);
      assert.deepEqual(result.diagnostics, []);
      assert.deepEqual(result.config.import, { styleMap: ["p[style-name='Report Heading'] => h2:fresh"] });
      assert.deepEqual(load('rules: {}\n').config.import, { styleMap: [] });
    });

    it('drops a style-map line without => and says what a line looks like', () => {
      const result = load('import:\n  style-map: [Report Heading]\n');
      assert.match(result.diagnostics[0]!.message, /says which Word style becomes what, with => between/);
      assert.deepEqual(result.config.import, { styleMap: [] });
    });

    it('suggests the setting meant for a misspelt one', () => {
      const result = load('import:\n  stylemap: []\n');
      assert.match(result.diagnostics[0]!.message, /^'stylemap' is not an import setting: did you mean 'style-map'\?/);
    });
  });

  describe('include, exclude and acronyms', () => {
    it('reads lists of globs and acronyms', () => {
      const result = load('include: ["papers/**/*.md"]\nexclude: ["archive/**"]\nacronyms: [NHS, UK]\n');
      assert.deepEqual(result.diagnostics, []);
      assert.deepEqual(result.config.include, ['papers/**/*.md']);
      assert.deepEqual(result.config.exclude, ['archive/**']);
      assert.deepEqual(result.config.acronyms, ['NHS', 'UK']);
    });

    it('reads a single glob as a list of one', () => {
      assert.deepEqual(load('include: "**/*.md"\n').config.include, ['**/*.md']);
    });

    it('drops a list holding an empty pattern, reporting the empty item, and keeps the default', () => {
      const text = 'exclude: ["archive/**", ""]\ninclude: ["**/*.md"]\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, '""')}`]);
      assert.deepEqual(result.config.exclude, []);
      assert.deepEqual(result.config.include, ['**/*.md']);
    });

    it('drops acronyms that are not a list, reporting the value', () => {
      const text = 'acronyms: NHS\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, 'NHS')}`]);
      assert.deepEqual(result.config.acronyms, []);
    });
  });

  describe('kinds', () => {
    it('adds a kind to the defaults rather than replacing them', () => {
      const result = load('kinds:\n  A: action\n');
      assert.deepEqual(
        [...result.config.kinds],
        [
          ['F', 'finding'],
          ['R', 'recommendation'],
          ['A', 'action'],
        ],
      );
    });

    it('lets a document define and cite the added kind', () => {
      const config = 'kinds:\n  A: action\n';
      const text = report({
        sections: { Background: '**A1** The clerk to circulate the plan.\n\nSee [A1] and [A2].' },
      });
      assert.deepEqual(brief(checkFor('ref-unresolved', text, { config })), [`ref-unresolved ${spanOf(text, '[A2]')}`]);
    });

    it('drops a kind that is not one to three capital letters, reporting its key, and keeps the others', () => {
      const text = 'kinds:\n  a: action\n  ABCD: too long\n  Q: question\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [
        `config-invalid ${spanIn(text, '  a: action', 'a')}`,
        `config-invalid ${spanOf(text, 'ABCD')}`,
      ]);
      assert.equal(result.config.kinds.get('Q'), 'question');
      assert.equal(result.config.kinds.has('a'), false);
    });

    it('drops a kind with no name, reporting its value', () => {
      const text = 'kinds:\n  Q: ""\n';
      assert.deepEqual(brief(load(text).diagnostics), [`config-invalid ${spanOf(text, '""')}`]);
    });

    it('reports kinds given as a list at the value and keeps the default kinds', () => {
      const text = 'kinds: [A, B]\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, '[A, B]')}`]);
      assert.deepEqual([...result.config.kinds.keys()], ['F', 'R']);
    });
  });

  describe('templates', () => {
    const cabinet = [
      'templates:',
      '  cabinet:',
      '    extends: report',
      '    sections:',
      '      - { title: Wellbeing Implications, required: true, none: with-reason, after: Human Rights Implications }',
      '',
    ].join('\n');

    it('adds a template that extends a default one, placing a new section after the one named', () => {
      const result = load(cabinet);
      assert.deepEqual(result.diagnostics, []);
      const sections = sectionsOf(result, 'cabinet');
      assert.equal(sections[sections.indexOf('Human Rights Implications') + 1], 'Wellbeing Implications');
      assert.equal(sections.length, sectionsOf(result, 'report').length + 1);
    });

    it('leaves the template it extends unchanged', () => {
      assert.equal(sectionsOf(load(cabinet), 'report').includes('Wellbeing Implications'), false);
    });

    it('requires the new section in documents that use the template', () => {
      const text = report({ frontMatter: { template: 'cabinet' } });
      const [diagnostic] = checkFor('section-missing', text, { config: cabinet });
      assert.match(diagnostic!.message, /no 'Wellbeing Implications' section, which the cabinet template requires/);
    });

    it('places a new section before the one named', () => {
      const result = load(
        'templates:\n  cabinet:\n    extends: report\n    sections:\n      - { title: Wellbeing Implications, before: Summary }\n',
      );
      assert.deepEqual(sectionsOf(result, 'cabinet').slice(0, 2), ['Wellbeing Implications', 'Summary']);
    });

    it('adds a section with no place at the end', () => {
      const result = load(
        'templates:\n  cabinet:\n    extends: report\n    sections:\n      - { title: Wellbeing Implications }\n',
      );
      assert.equal(sectionsOf(result, 'cabinet').at(-1), 'Wellbeing Implications');
    });

    it('overrides a default template in place when it has the same name', () => {
      const result = load('templates:\n  report:\n    sections:\n      - { title: Summary, none: allowed }\n');
      assert.deepEqual(result.diagnostics, []);
      const summary = result.config.templates.get('report')!.sections[0]!;
      assert.equal(summary.title, 'Summary');
      assert.equal(summary.none, 'allowed');
      assert.equal(summary.requirement, 'required', 'what the entry does not set stays as it was');
    });

    it('changes an existing section named by an alias and keeps its place', () => {
      const result = load(
        'templates:\n  cabinet:\n    extends: report\n    sections:\n      - { title: Legal, required: false }\n',
      );
      const sections = result.config.templates.get('cabinet')!.sections;
      const legal = sections.find((section) => section.title === 'Legal Implications')!;
      assert.equal(legal.requirement, 'optional');
      assert.deepEqual(
        sections.map((section) => section.title),
        sectionsOf(result, 'report'),
      );
    });

    it('moves an existing section when the entry says where', () => {
      const result = load(
        'templates:\n  report:\n    sections:\n      - { title: Background, after: Human Rights Implications }\n',
      );
      const sections = sectionsOf(result, 'report');
      assert.equal(sections[sections.indexOf('Human Rights Implications') + 1], 'Background');
      assert.equal(sections.filter((title) => title === 'Background').length, 1);
    });

    it('removes sections listed under remove', () => {
      const result = load('templates:\n  cabinet:\n    extends: report\n    remove: [Social Value]\n');
      assert.equal(sectionsOf(result, 'cabinet').includes('Social Value'), false);
    });

    it('reports a section to remove that the template does not have, at that item', () => {
      const text = 'templates:\n  cabinet:\n    extends: report\n    remove: [Social Value, Nonexistent]\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, 'Nonexistent')}`]);
      assert.equal(sectionsOf(result, 'cabinet').includes('Social Value'), false);
    });

    it('drops an entry placed after a section that does not exist, reporting the after value, and applies the rest', () => {
      const text = [
        'templates:',
        '  cabinet:',
        '    extends: report',
        '    sections:',
        '      - { title: Foo, after: Nowhere }',
        '      - { title: Wellbeing Implications, after: Human Rights Implications }',
        '',
      ].join('\n');
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, 'Nowhere')}`]);
      assert.match(result.diagnostics[0]!.message, /no section 'Nowhere'/);
      assert.equal(sectionsOf(result, 'cabinet').includes('Foo'), false);
      assert.equal(sectionsOf(result, 'cabinet').includes('Wellbeing Implications'), true);
    });

    it('drops a section entry with no title, reporting the entry', () => {
      const text = 'templates:\n  cabinet:\n    extends: report\n    sections:\n      - { titel: Foo }\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, '{ titel: Foo }')}`]);
      assert.equal(result.config.templates.has('cabinet'), true);
    });

    it('drops a section entry with a bad none policy, reporting that value', () => {
      const text =
        'templates:\n  cabinet:\n    extends: report\n    sections:\n      - { title: Foo, none: sometimes }\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, 'sometimes')}`]);
      assert.match(result.diagnostics[0]!.message, /allowed, with-reason or never/);
    });

    it('drops a section entry that is not a mapping, reporting it', () => {
      const text = 'templates:\n  cabinet:\n    extends: report\n    sections:\n      - just a title\n';
      assert.deepEqual(brief(load(text).diagnostics), [`config-invalid ${spanOf(text, 'just a title')}`]);
    });

    it('drops a template that extends one that does not exist, with a suggestion', () => {
      const text = 'templates:\n  cabinet:\n    extends: reprot\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, 'reprot')}`]);
      assert.match(result.diagnostics[0]!.message, /no template 'reprot'.*did you mean 'report'/);
      assert.equal(result.config.templates.has('cabinet'), false);
    });

    it('drops a template that is not a mapping and keeps the others', () => {
      const text = 'templates:\n  weird: 5\n  cabinet:\n    extends: report\n';
      const result = load(text);
      assert.deepEqual(brief(result.diagnostics), [`config-invalid ${spanOf(text, '5')}`]);
      assert.equal(result.config.templates.has('weird'), false);
      assert.equal(result.config.templates.has('cabinet'), true);
    });
  });

  describe('config-invalid itself', () => {
    it('is silenced when the config turns it off', () => {
      assert.deepEqual(load('rules:\n  config-invalid: off\n  nonsense: off\n').diagnostics, []);
    });

    it('takes the severity the config gives it', () => {
      const result = load('rules:\n  config-invalid: warning\n  nonsense: off\n');
      assert.deepEqual(
        result.diagnostics.map((diagnostic) => diagnostic.severity),
        ['warning'],
      );
    });
  });
});
