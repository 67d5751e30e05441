'use strict';
// Turns section descriptors into builder sections, applying the structural
// defects a plan asked for: a missing required section, an empty one, or two
// sections out of order.
//
// A descriptor: { canonical, level, build(n) => blocks | {blocks, tail},
//                 more?(n) => block,
//                 own?: true (the author's own heading, never dropped) }

function applyDefects(random, descriptors, defects, candidates) {
  let list = descriptors.slice();
  const present = (names) => names.filter((name) => list.some((d) => d.canonical === name));
  if (defects.has('section-missing')) {
    const names = present(candidates.missing);
    if (names.length) {
      const name = random.pick(names);
      list = list.filter((d) => d.canonical !== name);
    }
  }
  if (defects.has('section-empty')) {
    const names = present(candidates.empty);
    if (names.length) {
      const name = random.pick(names);
      list = list.map((d) => (d.canonical === name ? { ...d, build: () => [], more: undefined } : d));
    }
  }
  if (defects.has('section-order')) {
    const [a, b] = candidates.swap;
    const i = list.findIndex((d) => d.canonical === a);
    const j = list.findIndex((d) => d.canonical === b);
    if (i >= 0 && j >= 0) [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

function assemble(ctx, builder, descriptors, candidates) {
  const { random, style, defects } = ctx;
  for (const d of applyDefects(random, descriptors, defects, candidates)) {
    const options = { ...d.headingOptions };
    if (d.own) options.alias = 0;
    const heading = style.heading(d.level, d.canonical, options);
    const n = heading.number;
    const built = d.build(n, heading);
    const blocks = Array.isArray(built) ? built : built.blocks;
    builder.addSection(heading.lines, blocks, d.more ? () => d.more(n) : undefined, built.tail || 0);
  }
}

module.exports = { assemble };
