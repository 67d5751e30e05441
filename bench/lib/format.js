'use strict';
// Number formatting for reports.

const seconds = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const mebibytes = (kib) => (kib === undefined ? '–' : `${Math.round(kib / 1024)} MiB`);
const ratio = (value) => (value === undefined ? '–' : `${value.toFixed(3)}×`);
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const count = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const plural = (n, word) => `${count(n)} ${word}${Number(n) === 1 ? '' : 's'}`;
/** The lowest and highest of the per-round ratios: `0.412×–0.424×`, or '–' when there are none. */
const ratioRange = (perRound) =>
  perRound && perRound.length ? `${ratio(Math.min(...perRound))}–${ratio(Math.max(...perRound))}` : '–';
/** A measured tool's cells in the whole-process tables: runs, wall time median, min and max, CPU and peak RSS. */
const measuredCells = (state) => [
  String(state.wall.count),
  seconds(state.wall.median),
  seconds(state.wall.min),
  seconds(state.wall.max),
  seconds(state.cpu?.median),
  mebibytes(state.rss?.median),
];

module.exports = { seconds, mebibytes, ratio, megabytes, count, plural, ratioRange, measuredCells };
