'use strict';
// Pieces shared by reports and minutes: headings in the styles real papers use
// (numbered, aliases, setext, trailing colon), front matter, numbered
// paragraphs and the standard implications sections.

const words = require('../words');

const ALIASES = {
  Summary: ['Executive Summary', 'Report Summary', 'Purpose of Report'],
  Recommendations: ['Recommendation', 'Decision Required'],
  Background: ['Background and Context', 'Context', 'Introduction and Background'],
  'Other Options Considered': ['Alternative Options Considered', 'Options Considered'],
  Consultation: ['Consultations', 'Consultation and Engagement'],
  'Financial Implications': ['Finance', 'Resource Implications'],
  'Legal Implications': ['Legal'],
  'Risk Management Implications': ['Risk Management', 'Risk Implications'],
  'Equality Duty': ['Equality Implications', 'Equality Impact Assessment', 'Public Sector Equality Duty'],
  'Crime and Disorder Implications': ['Crime and Disorder', 'Community Safety', 'Crime & Disorder Implications'],
  'Human Rights Implications': ['Human Rights'],
  'Climate Change and Sustainability': ['Environmental Implications'],
  'Background Papers': ['List of Background Papers', 'Background Documents'],
  'Focus for Scrutiny': ['Scope', 'Terms of Reference'],
  Findings: ['Key Findings', 'Conclusions'],
  Present: ['Attendance', 'Members Present'],
  Apologies: ['Apologies for Absence'],
  'Declarations of Interest': ['Declarations of Interests', "Members' Interests"],
};

// GitHub-style slug, as used by fragment links.
function slug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- ]/gu, '')
    .replace(/ /g, '-');
}

function createStyle(random, numbered) {
  let sectionNumber = 0;
  const heading = (level, canonical, { alias = 0.12, number = numbered, colon = 0.03 } = {}) => {
    const aliases = ALIASES[canonical];
    let title = aliases && random.chance(alias) ? random.pick(aliases) : canonical;
    if (random.chance(colon)) title += ':';
    if (number && level <= 2) title = `${++sectionNumber}. ${title}`;
    // Setext only for unnumbered titles: "2. Title" over "---" is a list item.
    const lines =
      level <= 2 && !/^\d/.test(title) && random.chance(0.04)
        ? [title, (level === 1 ? '=' : '-').repeat(title.length)]
        : [`${'#'.repeat(level)} ${title}`];
    return { lines, title, number: sectionNumber };
  };
  return {
    heading,
    get sectionNumber() {
      return sectionNumber;
    },
  };
}

function person(random) {
  return `${random.pick(words.firstNames)} ${random.pick(words.surnames)}`;
}

function contactLines(random) {
  const name = person(random);
  const email = `${name
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/ /g, '.')}@example.gov.uk`;
  const lines = ['contact:', `  name: ${name}`, `  email: ${email}`];
  if (random.chance(0.7)) lines.push(`  phone: "01632 ${random.int(100000, 999999)}"`);
  return lines;
}

function divisionsLines(random) {
  if (random.chance(0.6)) return ['divisions: All'];
  const key = random.chance(0.2) ? 'wards' : 'divisions';
  return [`${key}:`, ...random.sample(words.divisions, random.int(1, 4)).map((d) => `  - ${d}`)];
}

// A numbered paragraph ("3.2 The Council ..."), or a plain one.
function createParagraphs(prose, numbered) {
  const counters = new Map();
  return (sectionNumber, kind, count) => {
    if (!numbered || !sectionNumber) return prose.paragraph(kind, count);
    const n = (counters.get(sectionNumber) || 0) + 1;
    counters.set(sectionNumber, n);
    return prose.paragraph(kind, count, `${sectionNumber}.${n} `);
  };
}

// The implications sections of a report, in template order, as section
// descriptors ({canonical, level, build(sectionNumber) => blocks}).
function implications(ctx, { level, withFinance = true, withLegal = true }) {
  const { random, prose, para, defects } = ctx;
  const out = [];
  const add = (canonical, blocks) => out.push({ canonical, level, build: () => blocks });
  if (withFinance) {
    add('Financial Implications', [
      para(0, 'finance'),
      random.chance(0.5) ? prose.budgetTable() : null,
      random.chance(0.3) ? para(0, 'finance', 2) : null,
    ]);
  }
  if (withLegal) add('Legal Implications', [para(0, 'legal'), random.chance(0.3) ? para(0, 'legal', 2) : null]);
  add('Risk Management Implications', [para(0, 'risk'), random.chance(0.3) ? prose.bulletList('risk', 3) : null]);
  add(
    'Equality Duty',
    defects.has('bare-none') ? [['None.']] : [para(0, 'equality'), random.chance(0.2) ? prose.comment() : null],
  );
  if (random.chance(0.5)) add('Social Value', [random.chance(0.5) ? ['Not applicable.'] : para(0, 'consultation', 2)]);
  add('Crime and Disorder Implications', [prose.wrap(`None: ${prose.sentence('reason')}.`)]);
  add('Human Rights Implications', [prose.wrap(`None: ${random.pick(words.sentences.reason)}.`)]);
  if (random.chance(0.4)) add('Climate Change and Sustainability', [para(0, 'background', 2)]);
  return out;
}

module.exports = { ALIASES, slug, createStyle, person, contactLines, divisionsLines, createParagraphs, implications };
