'use strict';
// Growth blocks for the long sections (Background, Evidence, minutes items):
// mostly numbered paragraphs, with lists, tables, sub-headings, quotes, code
// and HTML comments mixed in the way real papers mix them.

const SUBHEADINGS = [
  'Current position',
  'Demand and cost',
  'Performance',
  'Benchmarking',
  'What residents told us',
  'Workforce',
  'Market capacity',
  'Next steps',
  'Timeline',
  'Lessons from the pilot',
  'Governance',
  'Data and evidence',
  'Delivery plan',
];

function createGrowth(ctx, kind, subLevel) {
  const { random, prose, para } = ctx;
  return (n) => {
    const r = random.next();
    if (r < 0.62) return para(n, kind, random.int(2, 5));
    if (r < 0.7) return prose.bulletList(kind);
    if (r < 0.75) return prose.orderedList(kind);
    if (r < 0.81) return [`${'#'.repeat(subLevel)} ${random.pick(SUBHEADINGS)}`];
    if (r < 0.85) return prose.performanceTable();
    if (r < 0.88) return prose.budgetTable();
    if (r < 0.91) return prose.codeBlock();
    if (r < 0.94) return prose.comment();
    return prose.wrap(`> "${prose.sentence('evidence')} ${prose.sentence('evidence')}"`, '> ');
  };
}

module.exports = { createGrowth };
