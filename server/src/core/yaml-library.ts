import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` library, loaded the first time something needs node positions.
 * Only problems need them, and loading the library costs about 50 ms at every
 * start of the command line (and of each of its threads).
 */
export function yamlLibrary(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  return (loaded ??= require('yaml') as typeof Yaml);
}
