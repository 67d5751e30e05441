/**
 * The quick test of front matter (server/src/core/schema/plain-front-matter.ts)
 * may only say "valid" where the schema finds nothing: no zod issue, no key
 * the format does not know, not both divisions and wards. Front matter is
 * generated near the schema's edges (values left empty, dates that are not
 * days, emails with doubled dots, appendix ids repeated in another case,
 * lists left empty, keys misspelt) and the two are compared.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as fc from 'fast-check';
import type * as FrontMatterModule from '../../server/src/core/schema/front-matter';
import type * as PlainModule from '../../server/src/core/schema/plain-front-matter';
import { parameters, runs } from './support';

// The core's schema modules are not exported from the package, so the compiled ones are loaded by path.
const SCHEMA = path.resolve(__dirname, '../../../server/out/core/schema');
/* eslint-disable @typescript-eslint/no-require-imports */
const { frontMatterSchema, FRONT_MATTER_KEYS } = require(path.join(SCHEMA, 'front-matter')) as typeof FrontMatterModule;
const { isPlainlyValid } = require(path.join(SCHEMA, 'plain-front-matter')) as typeof PlainModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const TEMPLATES = ['report', 'scrutiny', 'minutes', 'planning'];

/** Mostly a plain value, sometimes one at the schema's edge: so that both answers come up often. */
function nearly<T>(plain: fc.Arbitrary<T>, edge: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 12, arbitrary: plain }, { weight: 1, arbitrary: edge });
}

const edgeText = fc.oneof(fc.constantFrom('', '   ', '\t', null, 3, true), fc.string({ maxLength: 4 }));
const text = nearly(fc.constantFrom('Cabinet', ' Cabinet ', 'Adults Scrutiny'), edgeText);
const date = nearly(
  fc.constantFrom('2026-03-12', '2024-02-29'),
  fc.constantFrom('2026-02-29', '12/03/2026', '2026-3-12', '', null, 20260312),
);
const email = nearly(
  fc.constantFrom('clerk@council.gov.uk', "o'neil@council.gov.uk", 'a.b-c@x.org'),
  fc.constantFrom(
    '.clerk@council.gov.uk',
    'clerk..x@council.gov.uk',
    'clerk@council',
    'clerk@-council.gov.uk',
    '',
    null,
  ),
);
const listOf = (item: fc.Arbitrary<unknown>) => fc.array(item, { maxLength: 3 });
const appendixId = nearly(
  fc.constantFrom('A', 'B', 'c', '1', 2),
  fc.constantFrom('a', 1.5, -1, 'AB', '', null, Infinity),
);

const frontMatter = fc.record(
  {
    type: nearly(fc.constantFrom('report', 'scrutiny', 'minutes'), fc.constantFrom('Report', '', null)),
    id: nearly(fc.constantFrom('cabinet-2026-03-12', '2026-x'), fc.constantFrom('Cabinet', '-x', '', 7)),
    title: text,
    committee: text,
    meeting: date,
    template: nearly(fc.constantFrom(...TEMPLATES), fc.constantFrom('nope', '', null)),
    report_by: nearly(fc.oneof(text, listOf(text)), fc.constantFrom([], null, 4)),
    contact: nearly(
      fc.record(
        { name: text, email, phone: nearly(fc.constantFrom('01632 960418'), fc.constantFrom(1632960418, null)) },
        { requiredKeys: ['name'] },
      ),
      fc.oneof(fc.record({ name: text, fax: text }), fc.constantFrom(null, 'A Officer', [])),
    ),
    divisions: nearly(fc.oneof(fc.constant('All'), listOf(text)), fc.constantFrom('all', [], null)),
    wards: nearly(fc.oneof(fc.constant('All'), listOf(text)), fc.constantFrom('all', [], null)),
    purpose: nearly(fc.constantFrom('decision', 'discussion', 'noting'), fc.constantFrom('Decision', null)),
    key_decision: nearly(fc.constantFrom('yes', 'no', 'not-applicable', true, false), fc.constantFrom('Yes', null, 1)),
    exempt: nearly(
      fc.constant(false),
      fc.oneof(
        fc.constantFrom(true, null, 'no'),
        fc.record({ paragraphs: listOf(fc.constantFrom(3, '7A', 12, 'x')), reason: text }, { requiredKeys: [] }),
      ),
    ),
    appendices: nearly(
      listOf(fc.record({ id: appendixId, title: text })),
      fc.oneof(
        listOf(fc.record({ id: appendixId, title: text, note: text }, { requiredKeys: [] })),
        fc.constantFrom(null, 'A'),
      ),
    ),
    item: nearly(
      fc.oneof(text, fc.integer(), listOf(fc.oneof(text, fc.integer()))),
      fc.constantFrom(null, [], 1.5, NaN),
    ),
    addressee: text,
    response_due: date,
    locked: nearly(listOf(fc.constantFrom('F1', 'R12', 'AB1')), listOf(fc.constantFrom('F0', 'f1', 'ABCD1', 3, ''))),
  },
  { requiredKeys: ['title', 'committee', 'meeting', 'report_by', 'contact'] },
);
/** Now and then a key the format does not know, as a slip of the keyboard writes it. */
const withSlips = fc
  .tuple(frontMatter, fc.integer({ min: 0, max: 9 }), text)
  .map(([data, chance, value]) => (chance === 0 ? { ...data, titel: value } : data));

describe('the quick test of front matter', () => {
  it('says valid only where the schema finds nothing and every key is known', () => {
    let plain = 0;
    fc.assert(
      fc.property(
        withSlips,
        fc.constantFrom('report', 'scrutiny', 'minutes') as fc.Arbitrary<'report'>,
        (data, type) => {
          if (!isPlainlyValid(data, type, TEMPLATES)) return;
          plain++;
          const result = frontMatterSchema(type, TEMPLATES).safeParse(data);
          assert.ok(result.success, JSON.stringify(result.error?.issues));
          const known: readonly string[] = FRONT_MATTER_KEYS;
          assert.ok(Object.keys(data).every((key) => known.includes(key)));
          assert.ok(!('divisions' in data && 'wards' in data));
        },
      ),
      parameters(20_000),
    );
    assert.ok(
      plain > runs(20_000) / 100,
      `only ${plain} generated front matters were plainly valid: the test says little`,
    );
  });

  it('says valid for the front matter the templates write', () => {
    const report = {
      title: 'Home to School Transport',
      committee: 'Cabinet',
      meeting: '2026-03-12',
      report_by: "Director of Children's Services",
      contact: { name: 'A Officer', email: 'a.officer@council.gov.uk', phone: '01632 960418' },
      divisions: 'All',
      purpose: 'decision',
      key_decision: 'yes',
      exempt: false,
      appendices: [
        { id: 'A', title: 'Equality impact assessment' },
        { id: 1, title: 'Consultation responses' },
      ],
    };
    assert.equal(isPlainlyValid(report, 'report', TEMPLATES), true);
    const minutes = { title: 'Cabinet', committee: 'Cabinet', meeting: '2026-03-12', item: ['4', 5] };
    assert.equal(isPlainlyValid(minutes, 'minutes', TEMPLATES), true);
  });
});
