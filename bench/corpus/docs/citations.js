'use strict';
// Finding and recommendation IDs and the citations between them, with the
// defects a plan may ask for (gap, duplicate, unresolved, malformed, unaddressed).

function findingIds(count, defects) {
  const ids = [];
  for (let i = 1; i <= count; i++) ids.push(defects.has('id-gap') && i > 2 ? i + 1 : i);
  if (defects.has('id-duplicate') && count >= 3) ids[2] = ids[1];
  return ids;
}

function formatList(kind, ids) {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const consecutive = sorted.length >= 3 && sorted.every((v, i) => i === 0 || v === sorted[i - 1] + 1);
  if (consecutive) return `${kind}${sorted[0]}-${kind}${sorted[sorted.length - 1]}`;
  return sorted.map((id) => `${kind}${id}`).join(', ');
}

// For each of `recCount` recommendations, the bracketed citation text (or '').
function recommendationCitations(random, findings, recCount, defects) {
  const lists = Array.from({ length: recCount }, () => []);
  const cited = defects.has('finding-unaddressed') && findings.length >= 2 ? findings.slice(0, -1) : findings;
  cited.forEach((id, i) => lists[i % recCount].push(id));
  // Some recommendations rest on a further finding too.
  for (const list of lists)
    if (findings.length && random.chance(0.3)) list.push(random.pick(cited.length ? cited : findings));
  const texts = lists.map((list) => (list.length ? `[${formatList('F', list)}]` : ''));
  if (defects.has('ref-unresolved') && recCount) {
    const i = random.int(0, recCount - 1);
    texts[i] = `[F${Math.max(0, ...findings) + 2}]`;
  }
  if (defects.has('ref-malformed') && recCount && findings.length >= 3) {
    texts[random.int(0, recCount - 1)] = `[F${findings[2]}-F${findings[0]}]`;
  }
  return texts;
}

module.exports = { findingIds, formatList, recommendationCitations };
