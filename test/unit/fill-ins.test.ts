/**
 * The closed loop: every fill-in text the product writes for the officer to
 * complete is caught by `placeholder-left` until it is changed. The fill-ins
 * are read from the product's own sources, never from a copy kept here:
 * every snippet (the New Report skeletons are snippets), every section of
 * every default template and a council's own section as section-missing's
 * quick fix inserts them, every quick fix any check offers, and every
 * completion. A new snippet, wording, fix or completion that writes words
 * the check does not catch fails here; the last tests prove that by feeding
 * a made-up fill-in through the same machinery.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  completionsAt,
  defaultConfig,
  type CompletionEntry,
  type Diagnostic,
  type Fix,
  type TextEdit,
} from '../support/core';
import { makeWorkspace, offsetOf, positionOf, report, uriOf } from './support';
import { dateVariables, expandSnippet } from './snippets/snippet-expander';
import { expand, readSnippets, type Snippet } from './snippets/snippets-file';

const CHECKS_SOURCE = path.resolve(__dirname, '../../../server/src/core/checks');
const MADE_UP = 'Describe the proposal here.';

// ---------------------------------------------------------------------------
// What counts as words of the product's own

/** Every word of every section title of every template the config knows: a heading a fix inserts is a title, not a fill-in. */
function titleWords(config: ReturnType<typeof defaultConfig>): Set<string> {
  return new Set(
    [...config.templates.values()].flatMap((template) =>
      template.sections.flatMap((section) => wordsOf(section.title)),
    ),
  );
}

/** Words, lower-cased; a token with a digit (an ID, a number, a date) is not a word. */
function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [])
    .filter((token) => !/\d/.test(token))
    .map((token) => token.toLowerCase());
}

/**
 * The words an insertion brings of its own: not the document's own words
 * (its text and front matter values), a template section's title, a front
 * matter key or a document id. Keys are set aside where they are written,
 * not as words: `title: Title of Appendix C` brings the word "title".
 */
function ownWords(inserted: string, document: string, known: ReadonlySet<string>, inFrontMatter: boolean): string[] {
  const end = document.startsWith('---') ? document.indexOf('\n---', 3) : -1;
  const present = new Set(wordsOf(withoutKeys(document.slice(0, Math.max(end, 0))) + document.slice(Math.max(end, 0))));
  return wordsOf(inFrontMatter ? withoutKeys(inserted) : inserted).filter(
    (word) => !present.has(word) && !known.has(word),
  );
}

/** YAML text with its keys blanked out. */
function withoutKeys(yaml: string): string {
  return yaml.replace(/[\p{L}_][\p{L}\p{N}_-]*:(?=[ \t\r\n]|$)/gmu, ' ');
}

// ---------------------------------------------------------------------------
// The machinery: each returns what is not caught, as sentences

interface Checked {
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

function checkOne(name: string, text: string, config?: string, others: Readonly<Record<string, string>> = {}): Checked {
  const { workspace } = makeWorkspace({ ...others, [name]: text }, config);
  return { text, diagnostics: workspace.diagnostics(uriOf(name)) };
}

/** The offsets a diagnostic covers in `text`. */
function offsets(text: string, diagnostic: Diagnostic): [number, number] {
  return [offsetOf(text, diagnostic.range.start), offsetOf(text, diagnostic.range.end)];
}

/** Whether a diagnostic of `code` lies within `[start, end)` (or, for an empty span, touches it). */
function reportedWithin(checked: Checked, code: string, start: number, end: number): boolean {
  return checked.diagnostics.some((diagnostic) => {
    if (diagnostic.code !== code) return false;
    const [from, to] = offsets(checked.text, diagnostic);
    return from >= start && to <= end;
  });
}

/**
 * Snippets: each tab stop's default text (mirrors and choices included) must
 * lie under a placeholder-left diagnostic, unless it has no words (an ID
 * number, a citation, a heading level) and does not come from the editor's
 * variables (today's date is no meeting's date). A reference's document id cannot
 * be a prompt inside `[…:R1]`; ref-unknown-document must report it instead.
 * A skeleton is checked as the whole document it is; any other snippet as
 * a paragraph added to a finished report.
 */
function uncaughtTabStops(snippet: Snippet): string[] {
  const expansion = expand(snippet);
  // Expanded on another day, the text a variable gives changes.
  const otherDay = expandSnippet(snippet.body, { variables: dateVariables(2031, 11, 28) });
  const whole = expansion.text.startsWith('---\n');
  const before = whole ? '' : `${report()}\n`;
  const name = /^type: minutes$/m.test(expansion.text) ? 'snippet.minutes.md' : 'snippet.report.md';
  const checked = checkOne(name, before + expansion.text);
  const failures: string[] = [];
  expansion.spans.forEach((span, order) => {
    const written = expansion.text.slice(span.start, span.end);
    const onOtherDay = otherDay.spans[order]!;
    const fromVariables = otherDay.text.slice(onOtherDay.start, onOtherDay.end) !== written;
    if (wordsOf(written).length === 0 && !fromVariables) return;
    const [start, end] = [before.length + span.start, before.length + span.end];
    const documentId = checked.text[start - 1] === '[' && checked.text[end] === ':';
    const caught = checked.diagnostics.some((diagnostic) => {
      if (diagnostic.code !== (documentId ? 'ref-unknown-document' : 'placeholder-left')) return false;
      const [from, to] = offsets(checked.text, diagnostic);
      return from < end && to > start;
    });
    if (!caught)
      failures.push(
        `snippet "${snippet.name}", tab stop ${span.index}: '${written}' is not reported by placeholder-left`,
      );
  });
  return failures;
}

/**
 * A fix applied to its document: what it inserts must leave a
 * placeholder-left diagnostic inside the inserted text, unless it inserts no
 * words of its own (digits, punctuation, white space, IDs, the document's own
 * words, a template section's title, front matter keys).
 */
function uncaughtFix(
  what: string,
  name: string,
  text: string,
  fix: Fix,
  config: string | undefined,
  others: Readonly<Record<string, string>> = {},
  alsoKnown: readonly string[] = [],
): string[] {
  const known = titleWords(makeWorkspace({}, config).workspace.configuration);
  for (const word of alsoKnown) known.add(word);
  for (const id of Object.keys(others))
    for (const word of wordsOf(id.replace(/\.(report|minutes)\.md$/, ''))) known.add(word);
  // A fix may also edit another file (the config's known acronyms): only what it writes into this document is its fill-in here.
  const target = (edit: object) => (edit as { uri?: string }).uri ?? (fix as { uri?: string }).uri ?? uriOf(name);
  const edits = fix.edits.filter((edit) => target(edit) === uriOf(name));
  const placed = placeEdits(text, edits);
  const checked = checkOne(name, placed.text, config, others);
  const frontMatterEnd = text.startsWith('---') ? text.indexOf('\n---', 3) : -1;
  const failures: string[] = [];
  for (const insertion of placed.insertions) {
    const words = ownWords(insertion.newText, text, known, insertion.originalStart <= frontMatterEnd + 1);
    if (words.length === 0 || reportedWithin(checked, 'placeholder-left', insertion.start, insertion.end)) continue;
    failures.push(
      `${what} '${fix.title}' inserts '${insertion.newText.trim()}' (its own words: ${words.join(', ')}) and placeholder-left reports nothing in it`,
    );
  }
  return failures;
}

interface Insertion {
  readonly start: number;
  readonly end: number;
  readonly originalStart: number;
  readonly newText: string;
}

/** The text after the edits (all against the original, as an editor applies them), and where each edit's new text landed. */
function placeEdits(text: string, edits: readonly TextEdit[]): { text: string; insertions: Insertion[] } {
  const sorted = edits
    .map((edit) => ({
      start: offsetOf(text, edit.range.start),
      end: offsetOf(text, edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  const insertions: Insertion[] = [];
  for (const edit of sorted) {
    result += text.slice(at, edit.start);
    insertions.push({
      start: result.length,
      end: result.length + edit.newText.length,
      originalStart: edit.start,
      newText: edit.newText,
    });
    result += edit.newText;
    at = edit.end;
  }
  return { text: result + text.slice(at), insertions };
}

/**
 * A completion inserted where it was offered: words it inserts beyond its
 * label must be caught like a fix's.
 */
function uncaughtCompletion(
  name: string,
  text: string,
  offset: number,
  entry: CompletionEntry,
  replaceFrom: number,
): string[] {
  const inserted = entry.insertText ?? entry.label;
  const start = positionOf(text, replaceFrom);
  const fix: Fix = {
    title: `complete '${entry.label}'`,
    edits: [{ range: { start, end: positionOf(text, offset) }, newText: inserted }],
    safe: false,
  };
  return uncaughtFix('the completion', name, text, fix, undefined, {}, wordsOf(entry.label));
}

// ---------------------------------------------------------------------------
// The product's fill-ins

/** A config making every section of a template required, with a council's own section added: section-missing offers each one's fix. */
function everySectionRequired(
  template: string,
  titles: readonly string[],
  ownSection?: { title: string; wording?: string },
): string {
  const entries = titles.map((title) => `      - { title: ${JSON.stringify(title)}, required: true }`);
  if (ownSection)
    entries.push(
      `      - { title: ${JSON.stringify(ownSection.title)}, required: true${ownSection.wording ? `, wording: ${JSON.stringify(ownSection.wording)}` : ''} }`,
    );
  return ['templates:', `  ${template}:`, '    sections:', ...entries, ''].join('\n');
}

/** A document of the template's type with no sections at all, so that every section is missing. */
function emptyDocument(template: string): { name: string; text: string } {
  const minutes = template === 'minutes';
  const frontMatter = minutes
    ? 'type: minutes\ntitle: Cabinet – 12 March 2026\ncommittee: Cabinet\nmeeting: 2026-03-12'
    : `type: ${template}\ntitle: Library Opening Hours\ncommittee: Cabinet\nmeeting: 2026-03-12\nreport_by: Director of Communities\ncontact:\n  name: Sam Patel\n  email: sam.patel@example.gov.uk`;
  return {
    name: minutes ? 'empty.minutes.md' : 'empty.report.md',
    text: `---\n${frontMatter}\n---\n\n# ${minutes ? 'Cabinet, 12 March 2026' : 'Library Opening Hours'}\n`,
  };
}

/** Every section-missing fix for a template's sections, with the council's own section when given. */
function sectionFixes(
  template: string,
  ownSection?: { title: string; wording?: string },
): { name: string; text: string; config: string; fixes: Fix[] } {
  const sections = defaultConfig().templates.get(template)!.sections;
  const config = everySectionRequired(
    template,
    sections.map((section) => section.title),
    ownSection,
  );
  const { name, text } = emptyDocument(template);
  const { workspace, configDiagnostics } = makeWorkspace({ [name]: text }, config);
  assert.deepEqual(configDiagnostics, [], 'the test config should be valid');
  const fixes = workspace
    .diagnostics(uriOf(name))
    .filter((diagnostic) => diagnostic.code === 'section-missing')
    .flatMap((diagnostic) => diagnostic.fixes ?? []);
  return { name, text, config, fixes };
}

/** The codes of the checks whose source offers quick fixes, read from server/src/core/checks, so that a new one is noticed. */
function checksOfferingFixes(): string[] {
  return fs
    .readdirSync(CHECKS_SOURCE)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => fs.readFileSync(path.join(CHECKS_SOURCE, file), 'utf8'))
    .filter((source) => /\bfixes\b/.test(source))
    .flatMap((source) => [...source.matchAll(/\bcode: '([a-z-]+)'/g)].map((match) => match[1]!))
    .sort();
}

/**
 * Documents that draw every quick fix the checks offer today or are planned
 * to: an aliased heading, a missing section (Human Rights Implications), an undeclared appendix,
 * paragraph numbers with a gap, a missing space and mixed styles, an
 * unresolved reference and a misspelt document id, an acronym never spelt
 * out, a bare "None." where a reason is needed, and a sentence repeated.
 */
const CORPUS: Readonly<Record<string, string>> = {
  'library-opening-hours.report.md': [
    '---',
    'title: Library Opening Hours',
    'committee: Cabinet',
    'meeting: 2026-03-12',
    'report_by: Director of Communities',
    'contact:',
    '  name: Sam Patel',
    '  email: sam.patel@example.gov.uk',
    'appendices:',
    '  - id: A',
    '    title: Map of the libraries',
    '---',
    '',
    '# Library Opening Hours',
    '',
    '## Executive Summary',
    '',
    'This report proposes new opening hours, shown in Appendix A and Appendix C.',
    '',
    '## Recommendations',
    '',
    '**R1** That the Cabinet approves the new hours [F4].',
    '',
    '## Background',
    '',
    '**F1** Visits fell by a fifth.',
    '',
    '**F2** Mornings are quietest.',
    '',
    '**F3** Evenings are busiest.',
    '',
    'Taken together [F3-F1].',
    '',
    '#### History',
    '',
    '2.1 The libraries opened in 1990.',
    '',
    '2.3 The SLT reviewed the hours.',
    '',
    '2.4The hours were last changed in 2010.',
    '',
    '2.5. Users were surveyed in 2025.',
    '',
    '## Consultation',
    '',
    'Library users were surveyed in January 2026. Library users were surveyed in January 2026.',
    '',
    '## Financial Implications',
    '',
    'The change saves £40,000 a year.',
    '',
    '## Legal Implications',
    '',
    'The Council keeps a comprehensive and efficient service.',
    '',
    '## Risk Management Implications',
    '',
    'None arising.',
    '',
    '## Equality Duty',
    '',
    'None.',
    '',
    '## Crime and Disorder Implications',
    '',
    'None: the change does not affect crime or disorder.',
    '',
    '## Background Papers',
    '',
    'None.',
    '',
  ].join('\n'),
  'cabinet-2026-03-12.minutes.md': [
    '---',
    'title: Cabinet – 12 March 2026',
    'committee: Cabinet',
    'meeting: 2026-03-12',
    '---',
    '',
    '# Cabinet, 12 March 2026',
    '',
    '## Present',
    '',
    'Councillor Ellis (Chair), Councillors Adeyemi and Brook.',
    '',
    '## Apologies',
    '',
    'Councillor Fenwick.',
    '',
    '## Declarations of Interest',
    '',
    'None.',
    '',
    '## Minutes of the Previous Meeting',
    '',
    'N/A',
    '',
    '## 4. Library Opening Hours',
    '',
    'Resolved that the Cabinet:',
    '',
    '**R1** Approves the new hours [library-openin-hours:R1].',
    '',
  ].join('\n'),
};

/** Every fix the checks offer on the corpus, with the diagnostic's code and the document it applies to. */
function corpusFixes(): { code: string; name: string; fix: Fix }[] {
  const { workspace } = makeWorkspace(CORPUS);
  return Object.keys(CORPUS).flatMap((name) =>
    workspace
      .diagnostics(uriOf(name))
      .flatMap((diagnostic) => (diagnostic.fixes ?? []).map((fix) => ({ code: diagnostic.code, name, fix }))),
  );
}

// ---------------------------------------------------------------------------

describe('Every fill-in the product writes is caught until it is changed', () => {
  it('reports every tab stop of every snippet, the New Report skeletons included, that holds words', () => {
    const snippets = readSnippets();
    assert.ok(snippets.length >= 10, `only ${snippets.length} snippets`);
    assert.deepEqual(snippets.flatMap(uncaughtTabStops), []);
  });

  it('reports a fill-in in every section of every default template as section-missing inserts it, and in Insert Missing Sections', () => {
    const failures: string[] = [];
    for (const template of defaultConfig().templates.keys()) {
      const { name, text, config, fixes } = sectionFixes(template);
      assert.equal(
        fixes.length,
        defaultConfig().templates.get(template)!.sections.length,
        `${template}: a fix for every section`,
      );
      for (const fix of fixes) failures.push(...uncaughtFix(`the ${template} template's fix`, name, text, fix, config));
    }
    assert.deepEqual(failures, []);
  });

  it("reports the default wording of a council's own section as section-missing inserts it", () => {
    const { name, text, config, fixes } = sectionFixes('report', { title: 'Wellbeing Implications' });
    const own = fixes.find((fix) => fix.title === "Add the 'Wellbeing Implications' section");
    assert.ok(own, "section-missing offers to add the council's own section");
    assert.deepEqual(uncaughtFix("the council section's fix", name, text, own, config), []);
  });

  it('draws, from a small corpus, a fix from every check whose source offers fixes', () => {
    const offering = checksOfferingFixes();
    assert.ok(
      offering.includes('section-missing') && offering.includes('appendix-ref'),
      `read the checks' sources: ${offering.join(', ')}`,
    );
    const drawn = new Set(corpusFixes().map((entry) => entry.code));
    assert.deepEqual(
      offering.filter((code) => !drawn.has(code)),
      [],
      'add to CORPUS a document that draws these checks’ fixes',
    );
  });

  it('leaves a placeholder-left diagnostic inside whatever words of its own a quick fix inserts', () => {
    const failures = corpusFixes().flatMap(({ code, name, fix }) => {
      const others = Object.fromEntries(Object.entries(CORPUS).filter(([other]) => other !== name));
      return uncaughtFix(`the ${code} fix`, name, CORPUS[name]!, fix, undefined, others);
    });
    assert.deepEqual(failures, []);
  });

  it('inserts no words beyond its label in any completion, or leaves them caught', () => {
    const document = report({ frontMatter: { purpose: 'decision' }, sections: { Findings: '**F1** A finding.' } });
    const places: { text: string; offset: number }[] = [];
    const at = (text: string, marker: string) => ({ text: text.replace(marker, ''), offset: text.indexOf(marker) });
    places.push(at(document.replace('purpose: decision', 'purpose: |'), '|'));
    places.push(at(document.replace('purpose: decision\n', 'purpose: decision\n|\n'), '|'));
    places.push(at(`${document}\n## |\n`, '|'));
    places.push(at(`${document}\nSee [|\n`, '|'));
    places.push(at(`${document}\nSee [other:|\n`, '|'));
    const others = { 'other.report.md': report({ sections: { Findings: '**F1** Another finding.' } }) };
    const failures: string[] = [];
    let offered = 0;
    for (const { text, offset } of places) {
      const { workspace } = makeWorkspace({ ...others, 'a.report.md': text });
      const completions = completionsAt(workspace, workspace.getDocument(uriOf('a.report.md'))!, offset);
      offered += completions.items.length;
      for (const entry of completions.items)
        failures.push(...uncaughtCompletion('a.report.md', text, offset, entry, completions.replaceFrom));
    }
    assert.ok(offered >= 10, `only ${offered} completions offered`);
    assert.deepEqual(failures, []);
  });

  describe('fails on a made-up fill-in the check would miss', () => {
    const made = (body: string[]): Snippet => ({
      name: 'Made-up section',
      prefix: 'made-up',
      description: 'A made-up snippet.',
      body,
    });

    it('in a snippet', () => {
      assert.equal(uncaughtTabStops(made(['## Background', '', `\${1:${MADE_UP}}`, '$0'])).length, 1);
      assert.equal(
        uncaughtTabStops(made(['---', 'meeting: ${1:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}}', '---', '$0']))
          .length,
        1,
      );
      assert.deepEqual(uncaughtTabStops(made(['## Background', '', '${1:[Insert the background.]}', '$0'])), []);
    });

    it("in a council section's wording", () => {
      const { name, text, config, fixes } = sectionFixes('report', {
        title: 'Wellbeing Implications',
        wording: MADE_UP,
      });
      const own = fixes.find((fix) => fix.title === "Add the 'Wellbeing Implications' section")!;
      assert.equal(uncaughtFix('the fix', name, text, own, config).length, 1);
    });

    it('in a quick fix', () => {
      const text = report();
      const end = positionOf(text, text.length);
      const fix = (newText: string): Fix => ({
        title: 'Add a sentence',
        edits: [{ range: { start: end, end }, newText }],
        safe: false,
      });
      assert.equal(uncaughtFix('the fix', 'a.report.md', text, fix(`\n${MADE_UP}\n`), undefined).length, 1);
      assert.deepEqual(uncaughtFix('the fix', 'a.report.md', text, fix('\n[Insert the proposal.]\n'), undefined), []);
      // Words already in the document, IDs and digits are not fill-ins.
      assert.deepEqual(
        uncaughtFix('the fix', 'a.report.md', text, fix('\nLibrary Opening Hours F1 2026.\n'), undefined),
        [],
      );
    });

    it('in a completion', () => {
      const text = `${report()}\n## `;
      const entry: CompletionEntry = {
        label: 'Background',
        kind: 'section',
        detail: 'missing',
        insertText: `Background\n\n${MADE_UP}`,
      };
      assert.equal(uncaughtCompletion('a.report.md', text, text.length, entry, text.length).length, 1);
    });
  });
});
