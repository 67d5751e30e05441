'use strict';
// Prose helpers: fill sentence templates, wrap paragraphs, build lists and
// tables. Every helper returns an array of lines (no trailing blank line).

const words = require('./words');

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WRAP = 80;

function createProse(random, context) {
  const fill = (template) =>
    template.replace(/\{(\w+)\}/g, (_, slot) => {
      switch (slot) {
        case 'topic':
          return context.topic.toLowerCase();
        case 'service':
          return random.pick(words.services);
        case 'partner':
          return random.pick(words.partners);
        case 'post':
          return random.pick(words.posts);
        case 'member':
          return random.pick(words.cabinetMembers);
        case 'division':
          return random.pick(words.divisions);
        case 'amount':
          return `£${random.int(2, 950) * 10},000`;
        case 'percent':
          return `${random.int(3, 48)}%`;
        case 'count':
          return String(random.int(40, 9000)).replace(/\B(?=(\d{3})+$)/, ',');
        case 'year':
          return String(random.int(2019, 2028));
        case 'month':
          return random.pick(MONTHS);
        case 'para':
          return `${random.int(2, 9)}.${random.int(1, 6)}`;
        case 'date':
          return `${random.int(1, 28)} ${random.pick(MONTHS)} ${random.int(2019, 2026)}`;
        default:
          return slot;
      }
    });

  // The sentence template written last, so the next sentence or block does not repeat it: real
  // papers do not say the same sentence twice in a row (sentence-repeated reports that slip).
  let lastTemplate;
  const sentence = (kind) => {
    const pool = words.sentences[kind];
    let template = random.pick(pool);
    if (template === lastTemplate && pool.length > 1) template = random.pick(pool.filter((t) => t !== lastTemplate));
    lastTemplate = template;
    return fill(template);
  };

  const wrap = (text, indent = '') => {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + word.length + 1 > WRAP) {
        lines.push(line);
        line = indent + word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(line);
    return lines;
  };

  const distinct = (kind, count) => {
    const pool = words.sentences[kind];
    let chosen = random.sample(pool, count);
    if (chosen[0] === lastTemplate) {
      chosen =
        chosen.length > 1
          ? [...chosen.slice(1), chosen[0]]
          : [
              random.sample(
                pool.filter((t) => t !== lastTemplate),
                1,
              )[0] ?? chosen[0],
            ];
    }
    lastTemplate = chosen[chosen.length - 1];
    return chosen;
  };

  // Distinct sentences of one kind, wrapped.
  const paragraph = (kind, count = random.int(2, 4), prefix = '') =>
    wrap(prefix + distinct(kind, count).map(fill).join(' '));

  const bulletList = (kind, count = random.int(2, 5)) =>
    distinct(kind, count).flatMap((s) => wrap(`- ${fill(s)}`, '  '));

  const orderedList = (kind, count = random.int(2, 5)) =>
    distinct(kind, count).flatMap((s, i) => wrap(`${i + 1}. ${fill(s)}`, '   '));

  const budgetTable = () => {
    const start = random.int(2019, 2026);
    const years = [0, 1, 2, 3].map((n) => `${start + n}/${String(start + n + 1).slice(2)}`);
    const rows = random.sample(
      ['Staffing', 'Contracts', 'Transport', 'Premises', 'Grants', 'Income', 'ICT', 'Contingency', 'Capital financing'],
      random.int(3, 6),
    );
    const lines = [`| Budget line | ${years.join(' | ')} |`, `| --- | ${years.map(() => '---:').join(' | ')} |`];
    for (const row of rows) {
      lines.push(`| ${row} | ${years.map(() => `£${random.int(10, 9999)}k`).join(' | ')} |`);
    }
    lines.push(`| **Total** | ${years.map(() => `**£${random.int(1000, 40000)}k**`).join(' | ')} |`);
    return lines;
  };

  const performanceTable = () => {
    const lines = ['| Measure | Target | Q1 | Q2 | Q3 | Q4 |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
    const measures = random.sample(
      [
        'Assessments completed on time',
        'Complaints resolved in 20 days',
        'Routes re-planned in term',
        'Placements within 20 miles',
        'Calls answered in 2 minutes',
        'Repairs completed on time',
        'Residents satisfied',
        'Staff vacancies filled',
      ],
      random.int(3, 6),
    );
    for (const measure of measures) {
      const cells = [0, 1, 2, 3].map(() => `${random.int(40, 99)}%`);
      lines.push(`| ${measure} | ${random.int(70, 95)}% | ${cells.join(' | ')} |`);
    }
    return lines;
  };

  const codeBlock = () => {
    const lines = ['```text', 'Route  Pupils  Vehicle   Daily cost'];
    for (let i = 0; i < random.int(3, 7); i++) {
      lines.push(
        `R${String(random.int(100, 999))}   ${String(random.int(1, 16)).padStart(6)}  ${random
          .pick(['Taxi', 'Minibus', 'Coach'])
          .padEnd(8)}  £${random.int(40, 900)}.${String(random.int(0, 99)).padStart(2, '0')}`,
      );
    }
    lines.push('```');
    return lines;
  };

  const comment = () => [
    random.pick([
      '<!-- Legal to confirm the wording of this paragraph before publication. -->',
      '<!-- Figures updated from the Q3 monitoring return. -->',
      '<!-- Democratic Services: check the date of the next meeting. -->',
      '<!-- TODO: replace with final consultation figures. -->',
    ]),
  ];

  return {
    fill,
    sentence,
    wrap,
    paragraph,
    bulletList,
    orderedList,
    budgetTable,
    performanceTable,
    codeBlock,
    comment,
    MONTHS,
  };
}

module.exports = { createProse, MONTHS };
