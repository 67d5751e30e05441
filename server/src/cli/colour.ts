import type { Severity } from '../core';

/**
 * Whether to colour text output. FORCE_COLOR decides when set ("0" or "false"
 * turn colour off); otherwise NO_COLOR (any non-empty value, see no-color.org)
 * turns it off; otherwise colour only on a terminal.
 */
export function shouldColour(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return isTerminal && env['TERM'] !== 'dumb';
}

const SEVERITY_COLOURS: Record<Severity, string> = {
  error: '\u001b[31m', // red
  warning: '\u001b[33m', // yellow
  info: '\u001b[36m', // cyan: blue is hard to read on dark terminals
};
const RESET = '\u001b[39m';

export function colourSeverity(severity: Severity): string {
  return `${SEVERITY_COLOURS[severity]}${severity}${RESET}`;
}
