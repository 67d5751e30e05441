'use strict';
// Rounds of measurements, shared by the suites that compare a few steps.

/** The items starting at `by` (mod length): each round puts a different step first, so none always runs on a cold or a warm machine. */
const rotate = (items, by) => items.map((_, i) => items[(i + by) % items.length]);

/**
 * Runs every step once a round, in rotated order, for `options.rounds`
 * rounds, stopping early when another round would overrun the time budget.
 * Each step's `run(round)` returns the text logged for it. Records on
 * `result` how many rounds completed and why it stopped early, if it did.
 */
async function runRounds({ steps, options, startedAt, log, result }) {
  let lastRoundMs = 0;
  for (let round = 1; round <= options.rounds; round++) {
    if (overBudget({ completed: round - 1, nextRoundMs: lastRoundMs, options, startedAt, log, result })) break;
    const roundStart = Date.now();
    for (const step of rotate(steps, round - 1))
      log(`  round ${round}  ${step.name.padEnd(26)} ${await step.run(round)}`);
    lastRoundMs = Date.now() - roundStart;
    result.rounds.completed = round;
  }
}

/**
 * Whether a round taking `nextRoundMs` would end after the bench's budget,
 * once at least one round is done; if so, says why the rounds stop, in the
 * log and on `result.stoppedEarly`.
 */
function overBudget({ completed, nextRoundMs, options, startedAt, log, result }) {
  if (completed === 0 || Date.now() + nextRoundMs <= startedAt + options.budgetMs) return false;
  result.stoppedEarly = `stopped after ${completed} of ${options.rounds} rounds: the next round would exceed the ${options.budgetMs / 60000}-minute budget`;
  log(`  ${result.stoppedEarly}`);
  return true;
}

module.exports = { rotate, runRounds, overBudget };
