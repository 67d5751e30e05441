import type { CheckOutcome } from './model';

export interface Summary {
  /** Documents checked; the config file is not a document and is not counted. */
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Counts diagnostics across every listed file, the config file's included. */
export function summarise(outcome: CheckOutcome): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of outcome.files) {
    for (const diagnostic of file.diagnostics) {
      if (diagnostic.severity === 'error') errors++;
      else if (diagnostic.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const files = outcome.files.filter((file) => file.kind === 'document').length;
  return { files, errors, warnings, infos };
}
