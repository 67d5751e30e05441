'use strict';
// Minutes of a meeting: attendance, apologies, interests, then one numbered
// item per report presented, each ending in resolutions that cite the report
// by document id ([doc-id:R2]).

const words = require('../words');
const { person } = require('./common');
const { formatList } = require('./citations');
const { createGrowth } = require('./blocks');
const { assemble } = require('./assemble');

function longDate(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[m - 1]} ${y}`;
}

function frontMatter(ctx, spec) {
  const lines = [];
  if (spec.typeInFrontMatter) lines.push('type: minutes');
  if (spec.writeId) lines.push(`id: ${spec.id}`);
  lines.push(`title: ${spec.title}`, `committee: ${spec.committee.name}`);
  lines.push(`meeting: ${spec.defects.has('front-matter-schema') ? `${spec.date.slice(0, 4)}-02-30` : spec.date}`);
  if (spec.defects.has('front-matter-unknown-key')) lines.push('comittee: duplicate by mistake');
  return lines;
}

// The citation for one resolution on a report presented at the meeting.
function citation(ctx, spec, item) {
  const { random } = ctx;
  const recs = [];
  for (let i = 1; i <= item.recommendations; i++) if (random.chance(0.5)) recs.push(i);
  if (!recs.length) recs.push(random.int(1, item.recommendations));
  let list = formatList('R', recs);
  if (item.findings && random.chance(0.3)) list += `, F${random.int(1, item.findings)}`;
  return `[${item.id}:${list}]`;
}

function build(ctx, spec, builder) {
  const { random, prose, para, defects } = ctx;
  builder.setFrontMatter(frontMatter(ctx, spec));
  const members = random.sample(words.surnames, random.int(5, 11));
  const d = [];
  d.push({
    canonical: `${spec.committee.name}, ${longDate(spec.date, prose.MONTHS)}`,
    own: true,
    level: 1,
    headingOptions: { number: false, colon: 0 },
    build: () => [],
  });
  d.push({
    canonical: 'Present',
    level: 2,
    build: () => [
      prose.wrap(
        `Councillor ${members[0]} (Chair), Councillors ${members.slice(1, -1).join(', ')} and ${members[members.length - 1]}.`,
      ),
      prose.wrap(
        `Officers: ${person(random)} (${random.pick(words.posts)}) and ${person(random)} (Democratic Services Officer).`,
      ),
    ],
  });
  d.push({
    canonical: 'Apologies',
    level: 2,
    build: () => [
      random.chance(0.3)
        ? ['None.']
        : [`Councillor ${random.pick(words.surnames.filter((s) => !members.includes(s)))}.`],
    ],
  });
  d.push({
    canonical: 'Declarations of Interest',
    level: 2,
    build: () => [
      random.chance(0.6)
        ? ['None.']
        : prose.wrap(
            `Councillor ${members[1]} declared a personal interest in item ${random.int(4, 7)} as a school governor.`,
          ),
    ],
  });
  if (random.chance(0.7)) {
    d.push({
      canonical: 'Minutes of the Previous Meeting',
      level: 2,
      build: () => [prose.wrap(prose.fill(words.sentences.minutesFormal[0]))],
    });
  }
  let resolution = 0;
  const nextResolution = () => {
    resolution += 1;
    if (defects.has('id-gap') && resolution === 3) resolution += 1;
    if (defects.has('id-duplicate') && resolution === 4) return 3;
    return resolution;
  };
  const grow = createGrowth(ctx, 'discussion', 3);
  spec.items.forEach((item, index) => {
    d.push({
      canonical: item.title,
      own: true,
      level: 2,
      more: grow,
      build: (n) => {
        const blocks = [para(n, 'discussion', random.int(2, 4)), para(n, 'discussion', random.int(2, 3))];
        if (item.kind === 'scrutiny' && item.findings && random.chance(0.6)) {
          blocks.push(
            prose.wrap(
              `Members welcomed the evidence behind the group's findings [${item.id}:F${random.int(1, item.findings)}].`,
            ),
          );
        }
        blocks.push(para(n, 'discussion', 1));
        const tail = blocks.length;
        blocks.push(['Resolved that the Committee:']);
        const count = random.int(1, Math.min(3, item.recommendations));
        for (let i = 0; i < count; i++) {
          let cite = citation(ctx, spec, item);
          if (index === 0 && i === 0 && defects.has('ref-unknown-document'))
            cite = `[${item.id.replace(/-\d{4}-/, '-1999-')}-old:R1]`;
          if (index === 0 && i === 0 && defects.has('ref-unresolved'))
            cite = `[${item.id}:R${item.recommendations + 3}]`;
          blocks.push(
            prose.wrap(`**R${nextResolution()}** ${prose.fill(random.pick(words.sentences.resolution))} ${cite}.`),
          );
        }
        return { blocks, tail: blocks.length - tail };
      },
    });
  });
  d.push({
    canonical: 'Work Programme',
    own: true,
    level: 2,
    build: () => [prose.wrap(words.sentences.minutesFormal[2])],
  });
  if (random.chance(0.6)) {
    d.push({
      canonical: 'Date of Next Meeting',
      level: 2,
      build: () => [[`${spec.nextDate}, 10.00 am, County Hall.`]],
    });
  }
  assemble(ctx, builder, d, {
    missing: ['Apologies', 'Declarations of Interest', 'Present'],
    empty: ['Apologies', 'Present'],
    swap: ['Present', 'Apologies'],
  });
}

module.exports = { build, longDate };
