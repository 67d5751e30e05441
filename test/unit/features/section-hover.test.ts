import * as assert from 'node:assert/strict';
import { defaultConfig, sectionHoverAt } from '../../support/core';
import { combining } from '../combined-support';
import { find, minutes, parse, report, span } from '../support';

/** The hover over the heading line that contains `heading`, at its first character. */
function hoverOver(text: string, heading: string, options: Parameters<typeof parse>[1] = {}) {
  return sectionHoverAt(parse(text, options), text.indexOf(heading));
}

describe('Hover over a template section heading', () => {
  it('says what the Equality Duty section is for, the duty behind it, and that a bare "None" needs a reason', () => {
    const text = report();
    const hover = hoverOver(text, '## Equality Duty')!;
    const paragraphs = hover.markdown.split('\n\n');
    assert.equal(paragraphs[0], '**Equality Duty**');
    assert.match(paragraphs[1]!, /^How the proposal affects people with protected characteristics\./);
    assert.match(paragraphs[2]!, /public sector equality duty \(Equality Act 2010, section 149\)/);
    assert.match(paragraphs[2]!, /due regard/);
    assert.equal(
      paragraphs[3],
      'Required by the `report` template. "None" alone is not enough: say why, for example "None: the proposal changes no service".',
    );
    assert.equal(span(hover.range), span(find(text, '## Equality Duty')));
  });

  it('cites section 17 of the Crime and Disorder Act 1998 and the Human Rights Act 1998 over their headings', () => {
    const text = report();
    assert.match(
      hoverOver(text, '## Crime and Disorder Implications')!.markdown,
      /Section 17 of the Crime and Disorder Act 1998/,
    );
    assert.match(hoverOver(text, '## Human Rights Implications')!.markdown, /Human Rights Act 1998, section 6/);
    assert.match(hoverOver(text, '## Background Papers')!.markdown, /Local Government Act 1972, section 100D/);
  });

  it('works anywhere on the heading line and names the section when the heading uses another of its names', () => {
    const text = report({
      sections: { Summary: null, '4. Executive Summary:': 'This report asks the Cabinet to agree new opening hours.' },
    });
    const line = text.indexOf('## 4. Executive Summary:');
    const hover = sectionHoverAt(parse(text), line + '## 4. Execu'.length)!;
    assert.match(hover.markdown, /^\*\*Summary\*\* \(written here as "4\. Executive Summary:"\)\n\nA short account/);
  });

  it('says Other Options Considered is not required in a report for noting, and is required in one for decision', () => {
    const noting = report({
      frontMatter: { purpose: 'noting' },
      append: '## Other Options Considered\n\nNone: the report is for noting.\n',
    });
    assert.match(
      hoverOver(noting, '## Other Options Considered')!.markdown,
      /Not required here: the `report` template requires it only when the report is for decision \(`purpose: decision`\)\./,
    );
    const decision = report({
      frontMatter: { purpose: 'decision' },
      append: '## Other Options Considered\n\nNone: there was no other way.\n',
    });
    assert.match(
      hoverOver(decision, '## Other Options Considered')!.markdown,
      /Required here: this report is for decision/,
    );
  });

  it('explains the Part II section by Schedule 12A, and whether this report needs one', () => {
    const exempt = report({
      frontMatter: { exempt: '\n  paragraphs: [3]\n  reason: Commercial terms' },
      append: '## Reason for Inclusion in Part II\n\nParagraph 3 of Schedule 12A applies.\n',
    });
    const markdown = hoverOver(exempt, '## Reason for Inclusion in Part II')!.markdown;
    assert.match(markdown, /Schedule 12A/);
    assert.match(markdown, /section 100A\(4\)/);
    assert.match(markdown, /Required here: this report is exempt/);
  });

  it('says an optional section is optional, and that "None" is enough where the template allows it', () => {
    const text = report({ append: '## Social Value\n\nNone.\n' });
    assert.match(
      hoverOver(text, '## Social Value')!.markdown,
      /Optional in the `report` template\. "None" is enough when there is nothing to say\.$/,
    );
  });

  it('uses the template the document names: the minutes template for minutes', () => {
    const text = minutes();
    assert.match(hoverOver(text, '## Declarations of Interest')!.markdown, /Localism Act 2011, section 31/);
    assert.match(hoverOver(text, '## Declarations of Interest')!.markdown, /Required by the `minutes` template\./);
  });

  it('shows a section a council adds in its config with its own purpose, and the law behind a default section it rewords', () => {
    const config = [
      'templates:',
      '  report:',
      '    sections:',
      '      - { title: Wellbeing Implications, required: true, purpose: How the proposal affects residents’ wellbeing. }',
      '      - { title: Equality Duty, purpose: Our equality assessment. }',
    ].join('\n');
    const text = report({ append: '## Wellbeing Implications\n\nNone: no effect on wellbeing.\n' });
    const wellbeing = hoverOver(text, '## Wellbeing Implications', { config })!.markdown;
    assert.equal(
      wellbeing,
      '**Wellbeing Implications**\n\nHow the proposal affects residents’ wellbeing.\n\nRequired by the `report` template. "None" is enough when there is nothing to say.',
    );
    const equality = hoverOver(text, '## Equality Duty', { config })!.markdown;
    assert.match(equality, /^\*\*Equality Duty\*\*\n\nOur equality assessment\.\n\nThe public sector equality duty/);
  });

  it('shows nothing over a heading of the author’s own, over text, or over the front matter', () => {
    const text = report({ append: '## Next Steps\n\nOfficers will report back in June.\n' });
    const document = parse(text);
    assert.equal(sectionHoverAt(document, text.indexOf('## Next Steps')), undefined);
    assert.equal(sectionHoverAt(document, text.indexOf('Officers will report back')), undefined);
    assert.equal(sectionHoverAt(document, text.indexOf('committee:')), undefined);
  });
});

describe('The default templates’ section texts', () => {
  it('give every default section a purpose and a reason it is there', () => {
    for (const [name, template] of defaultConfig().templates) {
      for (const section of template.sections) {
        assert.ok(section.purpose.length > 0, `${name}: ${section.title} has no purpose`);
        assert.ok((section.why ?? '').length > 0, `${name}: ${section.title} says nothing of why it is there`);
      }
    }
  });

  it('explains each section a combined heading stands for, in turn', () => {
    const text = combining(
      'Summary and Recommendations',
      ['Summary', 'Recommendations'],
      'That the Cabinet approves the new hours.',
    );
    const blocks = hoverOver(text, '## Summary and Recommendations')!.markdown.split('\n\n---\n\n');
    assert.equal(blocks.length, 2);
    assert.match(blocks[0]!, /^\*\*Summary\*\* \(written here as "Summary and Recommendations"\)\n\nA short account/);
    assert.match(
      blocks[1]!,
      /^\*\*Recommendations\*\* \(written here as "Summary and Recommendations"\)\n\nWhat the committee is asked/,
    );
  });

  it('says Present is not required in minutes of some items, and why it is required otherwise', () => {
    const whole = minutes();
    assert.match(
      hoverOver(whole, '## Present', { name: 'a.minutes.md' })!.markdown,
      /Required by the `minutes` template\. Minutes that hold only some of the meeting's items, listed with `item` in the front matter, may leave it out\./,
    );
    const extract = minutes({ frontMatter: { item: '"5"' } });
    assert.match(
      hoverOver(extract, '## Present', { name: 'a.minutes.md' })!.markdown,
      /Not required here: these minutes are an extract of some items \(`item` in the front matter\)\./,
    );
  });
});
