import type { CheckInfo } from './check';

/** Reported by `loadConfig` on the config file itself; listed here so it can be documented and configured. */
export const configInvalid: CheckInfo = {
  code: 'config-invalid',
  defaultSeverity: 'error',
  description: 'An entry in .committee-reports.yaml is wrong; it is ignored and its default applies.',
};
