'use strict';
// Officer reports (`type: report`) and scrutiny reports (`type: scrutiny`).

const words = require('../words');
const { contactLines, divisionsLines, implications, slug } = require('./common');
const { findingIds, recommendationCitations } = require('./citations');
const { createGrowth } = require('./blocks');
const { assemble } = require('./assemble');

function frontMatter(ctx, spec) {
  const { random } = ctx;
  const lines = [];
  if (spec.kind === 'scrutiny' || spec.typeInFrontMatter) lines.push(`type: ${spec.kind}`);
  if (spec.writeId) lines.push(`id: ${spec.id}`);
  lines.push(`title: ${spec.title}`, `committee: ${spec.committee.name}`);
  lines.push(`meeting: ${spec.defects.has('front-matter-schema') ? `${spec.date.slice(0, 4)}-02-30` : spec.date}`);
  if (random.chance(0.2)) {
    lines.push('report_by:', ...random.sample(words.posts, 2).map((p) => `  - ${p}`));
  } else {
    lines.push(
      `report_by: ${spec.kind === 'scrutiny' ? `Chair of the ${spec.topic} Task and Finish Group` : random.pick(words.posts)}`,
    );
  }
  lines.push(...contactLines(random), ...divisionsLines(random));
  if (spec.kind === 'report') lines.push(`purpose: ${spec.purpose}`);
  lines.push(
    `${spec.defects.has('front-matter-unknown-key') ? 'key_decsion' : 'key_decision'}: ${random.pick(['yes', 'no', 'not-applicable'])}`,
  );
  if (spec.exempt) {
    lines.push(
      'exempt:',
      '  jurisdiction: england',
      `  paragraphs: [${random.pick(['3', '1, 2', '3, 5', '4'])}]`,
      '  reason: Information relating to the financial or business affairs of any particular person',
    );
  } else {
    lines.push('exempt: false');
  }
  if (spec.kind === 'scrutiny') lines.push(`addressee: ${random.pick(words.cabinetMembers)}`);
  if (spec.appendices.length) {
    lines.push('appendices:', ...spec.appendices.flatMap((a) => [`  - id: ${a.id}`, `    title: ${a.title}`]));
  }
  return lines;
}

function definitions(ctx, kind, ids, texts, citations, asList) {
  return ids.map((id, i) => {
    const cite = citations[i] ? ` ${citations[i]}` : '';
    const text = `**${kind}${id}** ${texts[i]}${cite}.`;
    return asList ? ctx.prose.wrap(`- ${text}`, '  ') : ctx.prose.wrap(text);
  });
}

function recommendationBlocks(ctx, spec, findings) {
  const { random, prose } = ctx;
  const ids = findingIds(
    spec.recommendations,
    new Set(spec.defects.has('id-duplicate') && !findings.length ? ['id-duplicate'] : []),
  );
  const citations = recommendationCitations(random, findings, ids.length, spec.defects);
  spec.cites.forEach((ref, i) => {
    const j = i % ids.length;
    citations[j] = `${citations[j] ? `${citations[j]} ` : ''}[${ref}]`;
  });
  const texts = ids.map(() => prose.fill(random.pick(words.sentences.recommendation)));
  const asList = random.chance(0.4);
  const defs = definitions(ctx, 'R', ids, texts, citations, asList);
  const intro = [
    spec.kind === 'scrutiny'
      ? 'That the Cabinet Member be asked to consider the following:'
      : `The ${spec.committee.name} is asked to agree the following recommendations:`,
  ];
  return asList ? [intro, defs.flat()] : [intro, ...defs];
}

function findingBlocks(ctx, findings) {
  const { random, prose } = ctx;
  const blocks = [];
  for (const id of findings) {
    blocks.push(
      prose.wrap(
        `**F${id}** ${prose.sentence('finding')} ${random.chance(0.5) ? prose.sentence('evidence') : ''}`.trim(),
      ),
    );
    if (random.chance(0.3)) blocks.push(prose.paragraph('evidence', 2));
  }
  return blocks;
}

function backgroundPapers(ctx, spec) {
  const { random } = ctx;
  if (!spec.links.length && random.chance(0.5)) return [['None.']];
  const items = spec.links.map((l) => `- [${l.title}](${l.href})`);
  items.push('- [Local Government Act 1972, Schedule 12A](https://www.legislation.gov.uk/ukpga/1972/70/schedule/12A)');
  if (spec.defects.has('broken-link')) {
    items.push(
      random.chance(0.5)
        ? '- [Equality impact assessment (draft)](../archive/equality-impact-assessment-draft.report.md)'
        : `- [Earlier section of this report](#${random.pick(['background-and-advice', 'appendix-z', 'options'])})`,
    );
  }
  return [items];
}

function build(ctx, spec, builder) {
  const { random, prose, para } = ctx;
  const scrutiny = spec.kind === 'scrutiny';
  builder.setFrontMatter(frontMatter(ctx, spec));
  const findings = spec.findings ? findingIds(spec.findings, spec.defects) : [];
  const growBackground = createGrowth(ctx, 'background', 3);
  let recommendationsSlug = '';
  const d = [];
  d.push({
    canonical: spec.title,
    own: true,
    level: 1,
    headingOptions: { number: false, colon: 0 },
    build: () => [
      [scrutiny ? `Report of the ${spec.topic} Task and Finish Group` : `Report of the ${random.pick(words.posts)}`],
    ],
  });
  d.push({
    canonical: 'Summary',
    level: 2,
    build: (n) => [para(n, 'summary', random.int(2, 4)), random.chance(0.4) ? para(n, 'summary', 2) : null],
  });
  if (scrutiny) {
    d.push({
      canonical: 'Focus for Scrutiny',
      level: 2,
      build: () => [
        prose.bulletList('scope', random.int(2, 4)),
        spec.appendices.length ? [`The terms of reference are at Appendix ${spec.appendices[0].id}.`] : null,
      ],
    });
  } else {
    d.push({
      canonical: 'Recommendations',
      level: 2,
      build: (n, heading) => {
        recommendationsSlug = slug(heading.title);
        return recommendationBlocks(ctx, spec, findings);
      },
    });
  }
  d.push({
    canonical: 'Background',
    level: 2,
    more: growBackground,
    build: (n) => {
      const blocks = [para(n, 'background', random.int(3, 5)), para(n, 'background')];
      if (recommendationsSlug && random.chance(0.5)) {
        blocks.push(prose.wrap(`The options are summarised in [the recommendations](#${recommendationsSlug}) above.`));
      }
      if (!scrutiny && findings.length) {
        const tail = [['The review reached the following findings:'], ...findingBlocks(ctx, findings)];
        return { blocks: [...blocks, ...tail], tail: tail.length };
      }
      return blocks;
    },
  });
  if (scrutiny) {
    d.push({
      canonical: 'Evidence',
      level: 2,
      more: createGrowth(ctx, 'evidence', 3),
      build: (n) => [para(n, 'evidence', random.int(2, 4))],
    });
    d.push({ canonical: 'Findings', level: 2, build: () => findingBlocks(ctx, findings) });
    d.push({ canonical: 'Recommendations', level: 2, build: () => recommendationBlocks(ctx, spec, findings) });
  }
  const options = {
    canonical: 'Other Options Considered',
    level: 2,
    build: (n) => [para(n, 'background', 2), prose.orderedList('background', random.int(2, 3))],
  };
  if (!scrutiny && spec.purpose === 'decision') d.push(options);
  d.push({ canonical: 'Consultation', level: 2, build: (n) => [para(n, 'consultation')] });
  const grouped = !scrutiny && random.chance(0.4);
  if (grouped) d.push({ canonical: 'Implications', own: true, level: 2, build: () => [] });
  const impl = implications(ctx, { level: grouped ? 3 : 2, withFinance: !scrutiny, withLegal: !scrutiny });
  if (scrutiny) impl.splice(1, 0, options);
  d.push(...impl);
  d.push({ canonical: 'Background Papers', level: 2, build: () => backgroundPapers(ctx, spec) });
  if (spec.exempt) {
    d.push({
      canonical: 'Reason for Inclusion in Part II',
      level: 2,
      build: () => [
        prose.wrap(
          'Appendix B is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972 because it contains commercially sensitive pricing.',
        ),
      ],
    });
  }
  if (spec.appendices.length) {
    d.push({
      canonical: 'Appendices',
      level: 2,
      build: () => [spec.appendices.map((a) => `- Appendix ${a.id} – ${a.title}`)],
    });
  }
  assemble(ctx, builder, d, {
    missing: [
      'Consultation',
      'Legal Implications',
      'Risk Management Implications',
      'Human Rights Implications',
      'Background Papers',
      'Findings',
    ],
    empty: ['Consultation', 'Legal Implications', 'Background'],
    swap: scrutiny
      ? ['Consultation', 'Risk Management Implications']
      : ['Financial Implications', 'Legal Implications'],
  });
}

module.exports = { build };
