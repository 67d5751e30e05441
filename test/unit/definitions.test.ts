/**
 * docs/format.md, "Findings, recommendations and resolutions": a definition is a heading, list item or paragraph whose text
 * begins with a bold ID: `**F1**`, `**F1.**`, `**F1:**`, `**R3** –`.
 */
import * as assert from 'node:assert/strict';
import { parse, withBody } from './support';

function definitionsIn(body: string, config?: string): string[] {
  const text = withBody(body);
  const document = parse(text, { ...(config === undefined ? {} : { config }) });
  return document.definitions.map(
    (definition) => `${definition.id} ${definition.block} "${text.slice(definition.start, definition.end)}"`,
  );
}

describe('Definitions', () => {
  describe('the forms of a bold ID', () => {
    it('reads **F1** at the start of a paragraph', () => {
      assert.deepEqual(definitionsIn('**F1** Costs rose by 31%.\n'), ['F1 paragraph "**F1**"']);
    });

    it('reads **F1.** with a full stop inside the bold', () => {
      assert.deepEqual(definitionsIn('**F1.** Costs rose.\n'), ['F1 paragraph "**F1.**"']);
    });

    it('reads **F1:** with a colon inside the bold', () => {
      assert.deepEqual(definitionsIn('**F1:** Costs rose.\n'), ['F1 paragraph "**F1:**"']);
    });

    it('reads **R3** followed by an en dash', () => {
      assert.deepEqual(definitionsIn('**R3** – That the Cabinet agree the plan.\n'), ['R3 paragraph "**R3**"']);
    });

    it('reads a bold ID with punctuation straight after it, outside the bold', () => {
      assert.deepEqual(definitionsIn('**F6**. Routes are planned by hand.\n'), ['F6 paragraph "**F6**"']);
    });

    it('reads multi-digit IDs', () => {
      assert.deepEqual(definitionsIn('**R12** That the Cabinet agree.\n'), ['R12 paragraph "**R12**"']);
    });

    it('gives the words after the ID, without the separator, as the definition text', () => {
      const document = parse(withBody('**R3** – That the Cabinet\nagree the plan [F1].\n'));
      assert.equal(document.definitions[0]!.text, 'That the Cabinet agree the plan [F1].');
    });

    it('records the ID itself, for renaming', () => {
      const text = withBody('**F12.** Costs rose.\n');
      const [definition] = parse(text).definitions;
      assert.equal(text.slice(definition!.idStart, definition!.idEnd), 'F12');
      assert.equal(definition!.kind, 'F');
      assert.equal(definition!.number, 12);
    });
  });

  describe('the blocks that can hold a definition', () => {
    it('reads a definition in a heading', () => {
      assert.deepEqual(definitionsIn('### **F1** Costs have risen\n\nText.\n'), ['F1 heading "**F1**"']);
    });

    it('reads definitions in bulleted and numbered list items', () => {
      assert.deepEqual(definitionsIn('- **F1** Costs rose.\n- **F2** Routes.\n\n1. **R1** That the Cabinet agree.\n'), [
        'F1 list-item "**F1**"',
        'F2 list-item "**F2**"',
        'R1 list-item "**R1**"',
      ]);
    });

    it('reads a definition in a block quote', () => {
      assert.deepEqual(definitionsIn('> **F1** Costs rose.\n'), ['F1 paragraph "**F1**"']);
    });

    it('reads a definition in a paragraph indented by up to three spaces', () => {
      assert.deepEqual(definitionsIn('   **F1** Costs rose.\n'), ['F1 paragraph "**F1**"']);
    });

    it('reads a definition of a kind of several letters the config adds', () => {
      assert.deepEqual(
        definitionsIn('**SR4** That the Cabinet respond.\n', 'kinds:\n  SR: select committee recommendation\n'),
        ['SR4 paragraph "**SR4**"'],
      );
    });

    it('reads a definition of a kind the config adds', () => {
      assert.deepEqual(definitionsIn('**A1** The clerk to circulate the report.\n', 'kinds:\n  A: action\n'), [
        'A1 paragraph "**A1**"',
      ]);
    });
  });

  describe('what is not a definition', () => {
    it('ignores a bold ID in the middle of a paragraph', () => {
      assert.deepEqual(definitionsIn('As **F1** shows, costs rose.\n'), []);
    });

    it('ignores a bold ID on the second line of a paragraph', () => {
      assert.deepEqual(definitionsIn('Costs rose,\n**F1** as shown.\n'), []);
    });

    it('ignores a bold ID in a code span', () => {
      assert.deepEqual(definitionsIn('`**F1**` is how a finding starts.\n'), []);
    });

    it('ignores a bold ID in a fenced code block', () => {
      assert.deepEqual(definitionsIn('```markdown\n**F1** Costs rose.\n```\n'), []);
    });

    it('ignores a bold ID in an indented code block', () => {
      assert.deepEqual(definitionsIn('Text.\n\n    **F1** Costs rose.\n'), []);
    });

    it('ignores a bold ID in an HTML block', () => {
      assert.deepEqual(definitionsIn('<div>\n**F1** Costs rose.\n</div>\n'), []);
    });

    it('ignores a bold ID of an unknown kind', () => {
      assert.deepEqual(definitionsIn('**X1** Something.\n\n**Q2** Other.\n'), []);
    });

    it('ignores a bold ID numbered zero', () => {
      assert.deepEqual(definitionsIn('**F0** Something.\n'), []);
    });

    it('ignores a bold word that is not an ID', () => {
      assert.deepEqual(definitionsIn('**Findings** are below.\n\n**F1 and F2** agree.\n'), []);
    });

    it('ignores an ID that is not bold', () => {
      assert.deepEqual(definitionsIn('F1 Costs rose.\n\n*F2* Routes.\n'), []);
    });
  });

  describe('the extent of a definition, which its citations fall in', () => {
    it('counts a reference in a definition paragraph as cited by it', () => {
      const document = parse(withBody('**F1** Costs rose.\n\n**R1** That the Cabinet act\non costs [F1].\n'));
      assert.deepEqual(
        document.references.map((reference) => [reference.id, document.definitions[reference.citedBy]?.id]),
        [['F1', 'R1']],
      );
    });

    it('counts a reference in a later paragraph of the same list item as cited by the item', () => {
      const document = parse(
        withBody(
          '- **R1** That the Cabinet act.\n\n  This rests on [F1].\n- Another item [F2].\n\n**F1** x\n\n**F2** y\n',
        ),
      );
      assert.deepEqual(
        document.references.map((reference) => [reference.id, document.definitions[reference.citedBy]?.id]),
        [
          ['F1', 'R1'],
          ['F2', undefined],
        ],
      );
    });

    it('counts references anywhere in the section a heading definition opens, sub-sections included', () => {
      const body =
        '### **R1** Review route planning\n\nText [F1].\n\n#### Detail\n\nMore [F2].\n\n### Other\n\nAfter [F3].\n';
      const document = parse(withBody(body));
      assert.deepEqual(
        document.references.map((reference) => [reference.id, document.definitions[reference.citedBy]?.id]),
        [
          ['F1', 'R1'],
          ['F2', 'R1'],
          ['F3', undefined],
        ],
      );
    });

    it('gives a reference in a paragraph definition inside a heading definition to the paragraph', () => {
      const document = parse(withBody('## **R1** Transport\n\n**R2** That the Cabinet act [F1].\n\nAlso [F2].\n'));
      assert.deepEqual(
        document.references.map((reference) => [reference.id, document.definitions[reference.citedBy]?.id]),
        [
          ['F1', 'R2'],
          ['F2', 'R1'],
        ],
      );
    });

    it('does not count a reference in the paragraph after a definition as cited by it', () => {
      const document = parse(withBody('**R1** That the Cabinet act.\n\nSee also [F1].\n'));
      assert.equal(document.references[0]!.citedBy, -1);
    });
  });
});
