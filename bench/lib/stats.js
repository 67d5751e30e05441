'use strict';
// Summary statistics over repeated runs.

function median(values) {
  if (!values.length) return undefined;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarise(values) {
  const present = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!present.length) return undefined;
  return { median: median(present), min: Math.min(...present), max: Math.max(...present), count: present.length };
}

module.exports = { median, summarise };
