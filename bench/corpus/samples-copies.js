'use strict';
// The export suite's small corpus: 20 copies of the samples (samples/), each
// with its own file name and document id, written to bench/.corpus/samples-copies/
// at every run (it takes milliseconds, and a change to a sample shows at once).
//
// Only the six samples that check without errors and are not exempt are
// copied, so the export refuses none of them. Copy n of a document is named
// `<name>-<n>`; a minutes' citations of a report (`[home-care-recommissioning:R1]`)
// are renamed to the same copy's report, so they still resolve. The reports
// come first in each set of six, so the 20th document is a report and no
// minutes cite a report left out.

const fs = require('node:fs');
const path = require('node:path');

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const DIR = path.join(__dirname, '..', '.corpus', 'samples-copies');
const COUNT = 20;

const SOURCES = [
  'adult-social-care/home-care-recommissioning.report.md',
  'highways/school-streets-camera-enforcement.report.md',
  'planning/local-plan-consultation.report.md',
  'scrutiny/school-exclusions-task-group.report.md',
  'minutes/cabinet-2026-07-21.minutes.md',
  'minutes/cyp-scrutiny-2026-06-18.minutes.md',
];

// Document ids other samples cite: the home care report's comes from its file
// name, the task group's from its front matter.
const CITED_IDS = ['home-care-recommissioning', 'school-exclusions-tg-2026'];

function copyName(source, copy) {
  return path.basename(source).replace(/^([^.]+)/, `$1-${copy}`);
}

function renameIds(text, copy) {
  return CITED_IDS.reduce(
    (renamed, id) => renamed.replace(new RegExp(`\\b${id}(?=[:\\s\\]]|$)`, 'gm'), `${id}-${copy}`),
    text,
  );
}

/** Writes the copies afresh; returns the corpus as the other suites see one: `{ dir, files, lines, bytes, names }`. */
function writeSampleCopies() {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  const names = [];
  let lines = 0;
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const source = SOURCES[i % SOURCES.length];
    const copy = Math.floor(i / SOURCES.length) + 1;
    const text = renameIds(fs.readFileSync(path.join(SAMPLES, source), 'utf8'), copy);
    const name = copyName(source, copy);
    fs.writeFileSync(path.join(DIR, name), text);
    names.push(name);
    lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    bytes += Buffer.byteLength(text);
  }
  return { dir: DIR, files: names.length, lines, bytes, names };
}

module.exports = { writeSampleCopies, COUNT };
