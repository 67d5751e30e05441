'use strict';
// Number formatting for reports.

const seconds = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const mebibytes = (kib) => (kib === undefined ? '–' : `${Math.round(kib / 1024)} MiB`);
const ratio = (value) => (value === undefined ? '–' : `${value.toFixed(3)}×`);
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const count = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const plural = (n, word) => `${count(n)} ${word}${Number(n) === 1 ? '' : 's'}`;

module.exports = { seconds, mebibytes, ratio, megabytes, count, plural };
