/**
 * docs/format.md, "The built-in templates": order, requirement (R required, C
 * conditional, O optional), `none` policy and aliases of every section.
 * The scrutiny template's Summary and Background take the report's aliases.
 */
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../support/core';

type Row = readonly [title: string, requirement: string, none: string, aliases: readonly string[]];

const REPORT: readonly Row[] = [
  ['Summary', 'required', 'never', ['Executive Summary', 'Report Summary', 'Purpose of Report']],
  ['Recommendations', 'required', 'never', ['Recommendation', 'Decision Required']],
  [
    'Background',
    'required',
    'never',
    [
      'Background and Context',
      'Background and Advice',
      'Context',
      'Introduction and Background',
      'Introduction',
      'Proposal',
    ],
  ],
  ['Other Options Considered', 'if-decision', 'with-reason', ['Alternative Options Considered', 'Options Considered']],
  ['Consultation', 'required', 'allowed', ['Consultations', 'Consultation and Engagement']],
  ['Financial Implications', 'required', 'allowed', ['Finance', 'Resource Implications']],
  ['Legal Implications', 'required', 'allowed', ['Legal']],
  ['Risk Management Implications', 'required', 'allowed', ['Risk Management', 'Risk Implications']],
  [
    'Equality Duty',
    'required',
    'with-reason',
    ['Equality Implications', 'Equalities Implications', 'Equality Impact Assessment', 'Public Sector Equality Duty'],
  ],
  ['Social Value', 'optional', 'allowed', []],
  ['Crime and Disorder Implications', 'required', 'with-reason', ['Crime and Disorder', 'Community Safety']],
  ['Human Rights Implications', 'required', 'with-reason', ['Human Rights']],
  ['Climate Change and Sustainability', 'optional', 'allowed', ['Environmental Implications']],
  ['Background Papers', 'required', 'allowed', ['List of Background Papers', 'Background Documents']],
  ['Reason for Inclusion in Part II', 'if-exempt', 'allowed', ['Exempt Information']],
  ['Appendices', 'optional', 'allowed', []],
];

const fromReport = (title: string, requirement?: string): Row => {
  const row = REPORT.find((candidate) => candidate[0] === title)!;
  return requirement ? [row[0], requirement, row[2], row[3]] : row;
};

const SCRUTINY: readonly Row[] = [
  fromReport('Summary'),
  ['Focus for Scrutiny', 'required', 'never', ['Scope', 'Terms of Reference']],
  fromReport('Background'),
  ['Evidence', 'optional', 'allowed', []],
  ['Findings', 'required', 'never', ['Key Findings', 'Conclusions']],
  fromReport('Recommendations'),
  fromReport('Consultation'),
  fromReport('Risk Management Implications'),
  fromReport('Other Options Considered', 'required'),
  fromReport('Equality Duty'),
  fromReport('Social Value'),
  fromReport('Crime and Disorder Implications'),
  fromReport('Human Rights Implications'),
  fromReport('Background Papers'),
];

const MINUTES: readonly Row[] = [
  // Required unless `item` makes the minutes an extract of some items.
  ['Present', 'unless-item', 'never', ['Attendance', 'Members Present']],
  ['Apologies', 'unless-item', 'allowed', ['Apologies for Absence']],
  ['Declarations of Interest', 'unless-item', 'allowed', ['Declarations of Interests', "Members' Interests"]],
  ['Minutes of the Previous Meeting', 'optional', 'never', []],
  ['Date of Next Meeting', 'optional', 'allowed', []],
];

function rowsOf(name: string): Row[] {
  return defaultConfig()
    .templates.get(name)!
    .sections.map((section) => [section.title, section.requirement, section.none, [...section.aliases]] as const);
}

describe('Default templates', () => {
  for (const [name, expected] of [
    ['report', REPORT],
    ['scrutiny', SCRUTINY],
    ['minutes', MINUTES],
  ] as const) {
    it(`gives the ${name} template the sections, requirements, none policies and aliases docs/format.md lists, in order`, () => {
      assert.deepEqual(
        rowsOf(name),
        expected.map((row) => [row[0], row[1], row[2], [...row[3]]]),
      );
    });

    it(`gives every section of the ${name} template a purpose and standard wording for the quick fix`, () => {
      for (const section of defaultConfig().templates.get(name)!.sections) {
        assert.ok(section.purpose.trim().length > 0, section.title);
        assert.ok(section.wording.trim().length > 0, section.title);
      }
    });
  }
});
