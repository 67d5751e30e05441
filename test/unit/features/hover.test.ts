import * as assert from 'node:assert/strict';
import { hoverAt } from '../../support/core';
import { find, makeWorkspace, positionOf, report, scrutiny, span, uriOf } from '../support';

/** The hover at `shift` characters into the first appearance of `needle` in the document `a.report.md`, among `others`. */
function hoverOver(
  text: string,
  needle: string,
  shift = 0,
  options: { config?: string; others?: Record<string, string> } = {},
) {
  const { workspace } = makeWorkspace({ ...options.others, 'a.report.md': text }, options.config);
  const at = text.indexOf(needle);
  assert.notEqual(at, -1, `no '${needle}'`);
  return hoverAt(workspace.getDocument(uriOf('a.report.md'))!, workspace, positionOf(text, at + shift));
}

describe('The hover at a position', () => {
  it("shows over a reference the cited item's words, over the reference", () => {
    const text = scrutiny();
    const hover = hoverOver(text, '[F1, F2]', 1)!;
    assert.match(
      hover.markdown,
      /^\*\*F1\*\* \(finding\) Most of the rise comes from single-occupancy taxi routes\.\n\n/,
    );
    assert.equal(span(hover.range), span(find(text, 'F1', 2)));
  });

  it('shows the item over its own definition', () => {
    const hover = hoverOver(scrutiny(), '**R1**', 2)!;
    assert.match(hover.markdown, /^\*\*R1\*\* \(recommendation\) That the Cabinet Member commission/);
  });

  it('shows nothing for a reference to an item that does not exist, and nothing over plain words', () => {
    const text = scrutiny({
      sections: { Background: 'As the previous review said [F9], the Council must arrange free travel.' },
    });
    assert.equal(hoverOver(text, '[F9]', 1), undefined);
    assert.equal(hoverOver(text, 'the Council must', 4), undefined);
  });

  it("shows over an acronym in a section's heading the acronym, not the section", () => {
    const text = report({
      sections: { 'Equality Duty': null, 'Equality Duty (PSED)': 'None: the proposal changes no service.' },
    });
    assert.match(hoverOver(text, 'PSED)', 1)!.markdown, /^\*\*PSED\*\* is not spelt out in this document/);
    assert.match(
      hoverOver(text, '## Equality Duty', 4)!.markdown,
      /^\*\*Equality Duty\*\*\n\nHow the proposal affects/,
    );
  });

  it("reads the acronyms the document's config lists", () => {
    const text = report({ sections: { Background: 'The PSED applies.' } });
    assert.match(
      hoverOver(text, 'PSED applies', 1, { config: 'acronyms: [PSED]\n' })!.markdown,
      /need not be spelt out: the council's config/,
    );
  });
});
