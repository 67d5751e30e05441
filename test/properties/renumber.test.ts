/**
 * Renumbering is exact, over generated reports (IDs of two kinds in any
 * order, with gaps; references alone, in lists and in ranges; a `locked`
 * list) and minutes citing them from an earlier, the same or a later
 * meeting, with LF or CRLF line endings. When the plan is made (not
 * refused), applied as an editor applies it: renumbering again changes
 * nothing; no id-sequence diagnostic is left and no diagnostic of any kind
 * is added; every reference links the same two items as before, under their
 * new IDs; no locked number moves; and outside the edited ranges the text is
 * the same, byte for byte.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace, defaultConfig, renumberPlan, type RenumberPlan, type TextEdit } from '../support/core';
import { offsetAt, parameters, timeout } from './support';

const REPORT = 'file:///workspace/plan.report.md';
const MINUTES = 'file:///workspace/cabinet.minutes.md';
const REPORT_MEETING = '2026-03-12';
const WORDS = ['Visits fell.', 'Costs rose.', 'Staff left.', 'Hours were cut.', 'Demand grew.', 'Rents fell.'];

interface Generated {
  readonly files: Record<string, string>;
  /** The IDs a plan must not move: locked by hand, or cited by the minutes of a later meeting. */
  readonly locked: ReadonlySet<string>;
}

/** A bracket citing some of the defined IDs: one, a list, or a range whose every ID is defined. */
function citation(defined: readonly string[], prefix: string): fc.Arbitrary<string> {
  const ranges = defined.filter((id) => defined.includes(id.replace(/\d+$/, (n) => String(Number(n) + 1))));
  const range = ranges.length === 0 ? [] : [fc.constantFrom(...ranges).map((id) => rangeFrom(id, defined))];
  return fc
    .oneof(
      fc.constantFrom(...defined),
      ...(defined.length < 2
        ? []
        : [fc.uniqueArray(fc.constantFrom(...defined), { minLength: 2, maxLength: 3 }).map((ids) => ids.join(', '))]),
      ...range,
    )
    .map((inner) => `[${prefix}${inner}]`);
}

/** The longest run of defined IDs from `first` on, written as a range. */
function rangeFrom(first: string, defined: readonly string[]): string {
  const kind = first.replace(/\d+$/, '');
  let last = Number(first.slice(kind.length)) + 1;
  while (defined.includes(`${kind}${last + 1}`)) last++;
  return `${first}-${kind}${last}`;
}

const generated: fc.Arbitrary<Generated> = fc
  .uniqueArray(fc.tuple(fc.constantFrom('F', 'R'), fc.integer({ min: 1, max: 7 })), {
    minLength: 1,
    maxLength: 9,
    selector: ([kind, number]) => `${kind}${number}`,
  })
  .chain((pairs) => {
    const defined = pairs.map(([kind, number]) => `${kind}${number}`);
    return fc.record({
      defined: fc.constant(defined),
      cites: fc.array(fc.option(citation(defined, ''), { nil: undefined }), {
        minLength: defined.length,
        maxLength: defined.length,
      }),
      minutesCite: fc.array(citation(defined, 'plan:'), { maxLength: 3 }),
      minutesMeeting: fc.constantFrom('2026-01-20', REPORT_MEETING, '2026-04-20'),
      lockedByHand: fc.subarray(defined, { maxLength: Math.min(2, defined.length) }),
      crlf: fc.boolean(),
    });
  })
  .map(({ defined, cites, minutesCite, minutesMeeting, lockedByHand, crlf }) => {
    const locked = lockedByHand.length === 0 ? '' : `locked: [${lockedByHand.join(', ')}]\n`;
    const body = defined.map((id, index) => `**${id}** ${WORDS[index % WORDS.length]!} ${cites[index] ?? ''}`.trim());
    const report = `---\nid: plan\ntitle: T\ncommittee: Cabinet\nmeeting: ${REPORT_MEETING}\n${locked}---\n\n${body.join('\n\n')}\n`;
    const minutes = `---\ntype: minutes\ntitle: M\ncommittee: Cabinet\nmeeting: ${minutesMeeting}\n---\n\n**R1** Noted ${minutesCite.join(' and ')}.\n`;
    const ending = (text: string) => (crlf ? text.replace(/\n/g, '\r\n') : text);
    const citedLater = minutesMeeting > REPORT_MEETING ? minutesCite.flatMap((cited) => idsIn(cited)) : [];
    return {
      files: { [REPORT]: ending(report), [MINUTES]: ending(minutes) },
      locked: new Set([...lockedByHand, ...citedLater]),
    };
  });

/** Every ID a bracket names, ranges expanded. */
function idsIn(bracket: string): string[] {
  return bracket
    .replace(/^\[(?:plan:)?|\]$/g, '')
    .split(', ')
    .flatMap((item) => {
      const range = /^([A-Z])(\d+)-[A-Z](\d+)$/.exec(item);
      if (!range) return [item];
      const ids = [];
      for (let number = Number(range[2]); number <= Number(range[3]); number++) ids.push(`${range[1]!}${number}`);
      return ids;
    });
}

function workspaceOf(files: Record<string, string>): Workspace {
  const workspace = new Workspace(defaultConfig());
  for (const [uri, text] of Object.entries(files)) workspace.setDocument(uri, text);
  return workspace;
}

function applied(files: Record<string, string>, plan: RenumberPlan): Record<string, string> {
  const after = { ...files };
  for (const file of plan.files)
    after[file.uri] = TextDocument.applyEdits(TextDocument.create(file.uri, 'md', 1, files[file.uri]!), [
      ...file.edits,
    ]);
  return after;
}

/** Each reference as the two items it links: the citing definition (or none) and the cited ID, both in `plan`'s new names. */
function links(workspace: Workspace, rename: (uri: string, id: string) => string): string[] {
  const found: string[] = [];
  for (const uri of [REPORT, MINUTES]) {
    const document = workspace.getDocument(uri)!;
    for (const reference of document.references) {
      const citing = document.definitions[reference.citedBy]?.id ?? '-';
      const target = reference.documentId ?? document.documentId;
      found.push(
        `${uri} ${rename(uri, citing)} → ${target}:${target === 'plan' ? rename(REPORT, reference.id) : reference.id}`,
      );
    }
  }
  return found.sort();
}

/** How many diagnostics of each code the workspace has. */
function codeCounts(workspace: Workspace): Map<string, number> {
  const counts = new Map<string, number>();
  for (const uri of [REPORT, MINUTES])
    for (const { code } of workspace.diagnostics(uri)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

/** The text outside the edits, in order, found from the positions alone (not the core's line index). */
function outsideEdits(text: string, edits: readonly TextEdit[]): string[] {
  const spans = edits
    .map((edit) => [offsetAt(text, edit.range.start), offsetAt(text, edit.range.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  const pieces = [];
  let at = 0;
  for (const [start, end] of spans) {
    pieces.push(text.slice(at, start));
    at = end;
  }
  return [...pieces, text.slice(at)];
}

describe('Renumbering a generated report and the minutes citing it', function () {
  this.timeout(timeout(60_000));

  it('is exact whenever it is planned', () => {
    let planned = 0;
    fc.assert(
      fc.property(generated, ({ files, locked }) => {
        const before = workspaceOf(files);
        const result = renumberPlan(before, REPORT);
        if ('refusal' in result) {
          assert.equal(result.forceable, true, result.refusal);
          const forced = renumberPlan(before, REPORT, { force: true });
          assert.ok(
            'plan' in forced && forced.plan.changes.some((change) => locked.has(change.from)),
            'refused only to keep a lock',
          );
          return;
        }
        planned++;
        const { plan } = result;
        const after = applied(files, plan);
        const renumbered = workspaceOf(after);

        const again = renumberPlan(renumbered, REPORT);
        assert.ok(
          'plan' in again && again.plan.files.length === 0,
          'renumbering twice changes nothing the second time',
        );

        const counts = codeCounts(renumbered);
        assert.equal(counts.get('id-sequence'), undefined, 'no id-sequence diagnostic is left');
        for (const [code, count] of counts) assert.ok(count <= (codeCounts(before).get(code) ?? 0), `no new ${code}`);

        const newIds = new Map(plan.changes.map((change) => [change.from, change.to]));
        const renamed = (uri: string, id: string) => (uri === REPORT ? (newIds.get(id) ?? id) : id);
        assert.deepEqual(
          links(renumbered, (_uri, id) => id),
          links(before, renamed),
          'every reference links the same items',
        );

        for (const change of plan.changes) assert.ok(!locked.has(change.from), `${change.from} is locked and moved`);

        for (const file of plan.files) {
          const old = files[file.uri]!;
          const edits = [...file.edits].sort((a, b) => offsetAt(old, a.range.start) - offsetAt(old, b.range.start));
          for (const edit of edits) {
            const replaced = old.slice(offsetAt(old, edit.range.start), offsetAt(old, edit.range.end));
            assert.match(replaced, /^[A-Z]\d+(?:-[A-Z]\d+)?$/, 'an edit replaces an ID or a range, nothing else');
          }
          let rest = after[file.uri]!;
          for (const [index, piece] of outsideEdits(old, edits).entries()) {
            assert.ok(rest.startsWith(piece), `the text before edit ${index} is kept byte for byte`);
            rest = rest.slice(piece.length);
            const edit = edits[index];
            if (edit) rest = rest.slice(edit.newText.length);
          }
          assert.equal(rest, '');
        }
      }),
      parameters(300),
    );
    assert.ok(planned > 100, `only ${planned} of the generated cases were planned, not refused`);
  });
});
