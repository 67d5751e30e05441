'use strict';
// Plans a workspace: meetings of each committee in date order, the reports
// presented at each and the minutes that resolve on them, which documents
// cite or link to which, and where the deliberate defects go.

const path = require('node:path');
const words = require('./words');
const { slug } = require('./docs/common');
const { longDate } = require('./docs/minutes');
const { MONTHS } = require('./prose');

// Defect kinds and the share of eligible documents that get each.
const DEFECTS = {
  report: [
    ['section-missing', 0.03],
    ['section-empty', 0.012],
    ['bare-none', 0.02],
    ['section-order', 0.01],
    ['ref-unresolved', 0.03],
    ['ref-malformed', 0.01],
    ['id-gap', 0.01],
    ['id-duplicate', 0.01],
    ['finding-unaddressed', 0.015],
    ['front-matter-schema', 0.005],
    ['front-matter-unknown-key', 0.01],
    ['broken-link', 0.03],
  ],
  minutes: [
    ['section-missing', 0.03],
    ['section-empty', 0.012],
    ['section-order', 0.01],
    ['ref-unresolved', 0.03],
    ['ref-unknown-document', 0.02],
    ['id-gap', 0.01],
    ['id-duplicate', 0.01],
    ['front-matter-schema', 0.005],
    ['front-matter-unknown-key', 0.01],
  ],
};

const SUBTITLES = [
  '',
  ' – Annual Report',
  ' – Proposed Changes',
  ' – Outcome of Consultation',
  ' – Quarter 3 Update',
  ' – Options Appraisal',
  ' – Final Proposals',
];

const iso = (date) => date.toISOString().slice(0, 10);

function meetingDates(random, committeeIndex, until) {
  const dates = [];
  const date = new Date(Date.UTC(2019, 0, 7 + committeeIndex * 2));
  while (date < until) {
    const day = date.getUTCDay();
    if (day === 0) date.setUTCDate(date.getUTCDate() + 1);
    if (day === 6) date.setUTCDate(date.getUTCDate() + 2);
    dates.push(iso(date));
    date.setUTCDate(date.getUTCDate() + random.int(35, 63));
  }
  return dates;
}

function pickDefects(random, kind, force) {
  const defects = new Set(force || []);
  for (const [name, p] of DEFECTS[kind]) if (random.chance(p)) defects.add(name);
  return defects;
}

function uniqueId(used, id) {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

function planReport(random, ctx, committee, date) {
  const scrutiny = committee.scrutiny && random.chance(0.35);
  const respondTo =
    !scrutiny && committee.code === 'cab' && ctx.awaitingResponse.length && random.chance(0.5)
      ? ctx.awaitingResponse.shift()
      : null;
  const topic = respondTo ? respondTo.topic : random.pick(words.topics);
  const weight = random.logNormal(1, 0.75);
  const findings = scrutiny ? Math.min(30, 3 + Math.floor(weight * 5)) : random.chance(0.4) ? random.int(2, 6) : 0;
  const topicSlug = slug(topic).slice(0, 40).replace(/-+$/, '');
  const id = uniqueId(
    ctx.usedIds,
    scrutiny ? `${topicSlug}-tg-${date.slice(0, 4)}` : `${committee.code}-${date}-${topicSlug}`,
  );
  const fileName = scrutiny ? `${topicSlug}-task-group-${date}.report.md` : `${id}.report.md`;
  const spec = {
    kind: scrutiny ? 'scrutiny' : 'report',
    id,
    writeId: scrutiny || random.chance(0.5),
    typeInFrontMatter: random.chance(0.6),
    path: `${committee.code}/${date.slice(0, 4)}/${fileName}`,
    committee,
    date,
    topic,
    weight,
    title: respondTo
      ? `Response to the ${topic} Task and Finish Group`
      : scrutiny
        ? `${topic} – Report of the Task and Finish Group`
        : `${topic}${random.pick(SUBTITLES)}`,
    purpose: random.pick(['decision', 'decision', 'decision', 'noting', 'noting', 'discussion']),
    exempt: random.chance(0.04),
    findings,
    recommendations: scrutiny ? Math.max(2, Math.ceil(findings / 2)) : random.int(1, 5),
    appendices: random.chance(0.4)
      ? [
          { id: 'A', title: 'Terms of reference' },
          { id: 'B', title: 'Supporting data' },
        ].slice(0, random.int(1, 2))
      : [],
    cites: respondTo
      ? random.sample(
          Array.from({ length: respondTo.recommendations }, (_, i) => `${respondTo.id}:R${i + 1}`),
          2,
        )
      : [],
    links: [],
    defects: pickDefects(random, 'report'),
  };
  if (ctx.previous.length && random.chance(0.6)) {
    for (const target of random.sample(ctx.previous.slice(-200), random.int(1, 3))) {
      const href = path.posix.relative(path.posix.dirname(spec.path), target.path);
      spec.links.push({ title: `${target.committee.name}, ${longDate(target.date, MONTHS)}: ${target.title}`, href });
    }
  }
  if (scrutiny) ctx.awaitingResponse.push(spec);
  return spec;
}

function planMinutes(random, ctx, committee, date, nextDate, reports) {
  const id = uniqueId(ctx.usedIds, `${committee.code}-${date}`);
  return {
    kind: 'minutes',
    id,
    writeId: random.chance(0.3),
    typeInFrontMatter: random.chance(0.5),
    path: `${committee.code}/${date.slice(0, 4)}/${id}.minutes.md`,
    committee,
    date,
    weight: random.logNormal(0.8, 0.5),
    title: `${committee.name} – ${longDate(date, MONTHS)}`,
    nextDate: nextDate ? longDate(nextDate, MONTHS) : 'To be confirmed',
    items: reports.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      recommendations: r.recommendations,
      findings: r.findings,
    })),
    defects: pickDefects(random, 'minutes'),
  };
}

// The whole workspace: `documents` specs in date order.
function planWorkspace(random, documents) {
  const until = new Date(Date.UTC(2031, 0, 1));
  const meetings = [];
  words.committees.forEach((committee, i) => {
    const dates = meetingDates(random, i, until);
    dates.forEach((date, j) => meetings.push({ committee, date, nextDate: dates[j + 1] }));
  });
  meetings.sort((a, b) => a.date.localeCompare(b.date) || a.committee.code.localeCompare(b.committee.code));
  const ctx = { usedIds: new Set(), previous: [], awaitingResponse: [] };
  const specs = [];
  for (const meeting of meetings) {
    const room = documents - specs.length;
    if (room <= 0) break;
    const reports = [];
    const count = room === 1 ? 1 : Math.min(random.int(1, 4), room - 1);
    for (let i = 0; i < count; i++) reports.push(planReport(random, ctx, meeting.committee, meeting.date));
    specs.push(...reports);
    if (room > 1) specs.push(planMinutes(random, ctx, meeting.committee, meeting.date, meeting.nextDate, reports));
    ctx.previous.push(...reports);
  }
  return specs;
}

// Corpus B: one very long scrutiny inquiry report.
function planLargeReport() {
  const committee = words.committees[1];
  return {
    kind: 'scrutiny',
    id: 'childrens-social-care-inquiry-2026',
    writeId: true,
    typeInFrontMatter: true,
    path: 'childrens-social-care-inquiry.report.md',
    committee,
    date: '2026-03-12',
    topic: "Children's Social Care Sufficiency",
    weight: 1,
    title: "Children's Social Care Sufficiency – Report of the Select Committee Inquiry",
    purpose: 'decision',
    exempt: false,
    findings: 320,
    recommendations: 140,
    appendices: [
      { id: 'A', title: 'Terms of reference' },
      { id: 'B', title: 'Witnesses' },
      { id: 'C', title: 'Data tables' },
    ],
    cites: [],
    links: [],
    defects: new Set(['ref-unresolved', 'finding-unaddressed', 'id-gap']),
  };
}

module.exports = { planWorkspace, planLargeReport, DEFECTS };
