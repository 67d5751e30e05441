import { parseArgs } from 'node:util';
import { UsageError } from './errors';
import { isCalendarDate } from '../core/schema/dates';
import { closest } from '../core/suggest';
import { EXPORT_FORMATS, type ExportFormat } from '../protocol/export';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const TRACE_FORMATS = ['text', 'markdown', 'csv', 'json'] as const;
export type TraceFormat = (typeof TRACE_FORMATS)[number];

export const IMPORT_TYPES = ['report', 'scrutiny', 'minutes'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export const TEMPLATES_FORMATS = ['text', 'json', 'markdown'] as const;
export type TemplatesFormat = (typeof TEMPLATES_FORMATS)[number];

/** What the user asked for, once the command line has been understood. */
export type Invocation =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | {
      readonly command: 'check';
      /** As typed; resolved against the working directory later. Never empty. */
      readonly paths: readonly string[];
      readonly format: OutputFormat;
      readonly configPath?: string;
      /** `--cache` (or `--cache-location`): the cache file, as typed; absent means no cache. */
      readonly cacheLocation?: string;
    }
  | {
      readonly command: 'trace';
      /** As typed, as for check. Never empty. */
      readonly paths: readonly string[];
      readonly format: TraceFormat;
      readonly configPath?: string;
      /** `--today`: the date to work out overdue responses for; absent means the real date. */
      readonly today?: string;
    }
  | {
      readonly command: 'export';
      /** As typed, as for check. Never empty. */
      readonly paths: readonly string[];
      readonly to: ExportFormat;
      /** `--out`: the folder to write to, as typed; absent means `export/` at the workspace root. */
      readonly outDir?: string;
      /** `--force`: replace files already there, and export documents with errors. */
      readonly force: boolean;
      /** `--template`: the council's Word template, as typed; absent means the config's export.template, if any. */
      readonly template?: string;
      /** `--include-exempt`: export exempt reports too, for members and officers only. */
      readonly includeExempt: boolean;
      readonly configPath?: string;
    }
  | {
      readonly command: 'import';
      /** The Word files, as typed. Never empty. */
      readonly files: readonly string[];
      /** `--type`: what kind of paper they are; absent means worked out from each. */
      readonly type?: ImportType;
      /** `--out`: a folder, or for one file the document to write, as typed; absent means beside each Word file. */
      readonly out?: string;
      /** `--force`: replace files already there. */
      readonly force: boolean;
      readonly configPath?: string;
    }
  | {
      readonly command: 'renumber';
      /** The documents to renumber, or folders holding them, as typed. */
      readonly paths: readonly string[];
      /** `--kinds F,R`: the kinds to renumber; absent means every kind (none with --paragraphs alone). */
      readonly kinds?: readonly string[];
      /** `--paragraphs`: renumber numbered paragraphs within each section. */
      readonly paragraphs: boolean;
      /** `--start N`: the number each kind of ID starts from. */
      readonly start?: number;
      /** `--dry-run`: print the changes as a diff and write nothing. */
      readonly dryRun: boolean;
      /** `--force`: renumber locked IDs too. */
      readonly force: boolean;
      readonly configPath?: string;
    }
  | {
      readonly command: 'templates';
      /** One template to show; absent means every template. */
      readonly name?: string;
      readonly format: TemplatesFormat;
      readonly configPath?: string;
    };

const OPTIONS = {
  format: { type: 'string' },
  config: { type: 'string' },
  today: { type: 'string' },
  to: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'include-exempt': { type: 'boolean' },
  template: { type: 'string' },
  kinds: { type: 'string' },
  paragraphs: { type: 'boolean' },
  start: { type: 'string' },
  'dry-run': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  type: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const USAGE =
  'committee-reports check [PATH...] [--format text|json|sarif] [--cache] [--cache-location FILE] [--config FILE]';
const TRACE_USAGE =
  'committee-reports trace [PATH...] [--format text|markdown|csv|json] [--today YYYY-MM-DD] [--config FILE]';
const TEMPLATES_USAGE = 'committee-reports templates [NAME] [--format text|json|markdown] [--config FILE]';
const EXPORT_USAGE = `committee-reports export [PATH...] --to ${EXPORT_FORMATS.join('|')} [--out FOLDER] [--template FILE] [--force] [--include-exempt] [--config FILE]`;
const EXPORT_OPTIONS = ['to', 'out', 'template', 'force', 'include-exempt'] as const;
const RENUMBER_USAGE =
  'committee-reports renumber PATH... [--kinds F,R] [--paragraphs] [--start N] [--dry-run] [--force] [--config FILE]';
const RENUMBER_OPTIONS = ['kinds', 'paragraphs', 'start', 'dry-run'] as const;
const CHECK_OPTIONS = ['cache', 'cache-location'] as const;
/** Where `check --cache` keeps its cache unless `--cache-location` says, as ESLint's and Prettier's caches are kept. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/committee-reports/check.cache';
const IMPORT_USAGE =
  'committee-reports import FILE.docx... [--type report|scrutiny|minutes] [--out PATH] [--force] [--config FILE]';
const SEE_HELP = 'run committee-reports --help to see how to use it';

/** Parses the arguments after `node script`. Throws UsageError for anything not understood. */
export function parseInvocation(args: readonly string[]): Invocation {
  const { values, positionals } = parseStrictly(args);
  // --help and --version win over everything else, as in most tools.
  if (values.help === true) return { command: 'help' };
  if (values.version === true) return { command: 'version' };

  const [command, ...paths] = positionals;
  if (command === undefined) {
    throw new UsageError(`no command given; use ${USAGE} (committee-reports --help explains it)`);
  }
  const checkOption = CHECK_OPTIONS.find((option) => values[option] !== undefined);
  if (checkOption !== undefined && command !== 'check')
    throw new UsageError(`the option --${checkOption} is for the check command only, as in ${USAGE}`);
  if (command === 'import') return parseImport(paths, values);
  if (values.type !== undefined)
    throw new UsageError(`the option --type is for the import command only, as in ${IMPORT_USAGE}`);
  if (command === 'renumber') return parseRenumber(paths, values);
  const renumberOption = RENUMBER_OPTIONS.find((option) => values[option] !== undefined);
  if (renumberOption !== undefined)
    throw new UsageError(`the option --${renumberOption} is for the renumber command only, as in ${RENUMBER_USAGE}`);
  if (command === 'export') return parseExport(paths, values);
  const exportOption = EXPORT_OPTIONS.find((option) => values[option] !== undefined);
  if (exportOption !== undefined && ['check', 'trace', 'templates'].includes(command))
    throw new UsageError(`the option --${exportOption} is for the export command only, as in ${EXPORT_USAGE}`);
  if (command === 'trace') return parseTrace(paths, values);
  if (command === 'templates') return parseTemplates(paths, values);
  if (command !== 'check') throw unknownCommand(command);
  if (values.today !== undefined)
    throw new UsageError(`the option --today is for the trace command only, as in ${TRACE_USAGE}`);
  const format = parseFormat(values.format);
  const cacheLocation =
    typeof values['cache-location'] === 'string'
      ? values['cache-location']
      : values.cache === true
        ? DEFAULT_CACHE_LOCATION
        : undefined;
  return {
    command: 'check',
    paths: paths.length > 0 ? paths : ['.'],
    format,
    ...(values.config === undefined ? {} : { configPath: values.config }),
    ...(cacheLocation === undefined ? {} : { cacheLocation }),
  };
}

function parseTrace(
  paths: readonly string[],
  values: { format?: string | undefined; config?: string | undefined; today?: string | undefined },
): Invocation {
  const format = parseTraceFormat(values.format);
  const today = values.today;
  if (today !== undefined && !isCalendarDate(today)) {
    throw new UsageError(`--today must be a real date written YYYY-MM-DD, such as --today 2026-09-17, not '${today}'`);
  }
  return {
    command: 'trace',
    paths: paths.length > 0 ? paths : ['.'],
    format,
    ...(values.config === undefined ? {} : { configPath: values.config }),
    ...(today === undefined ? {} : { today }),
  };
}

function parseExport(
  paths: readonly string[],
  values: {
    format?: string | undefined;
    config?: string | undefined;
    today?: string | undefined;
    to?: string | undefined;
    out?: string | undefined;
    force?: boolean | undefined;
    'include-exempt'?: boolean | undefined;
    template?: string | undefined;
  },
): Invocation {
  if (values.format !== undefined)
    throw new UsageError(`export chooses what to write with --to, not --format; use ${EXPORT_USAGE}`);
  if (values.today !== undefined)
    throw new UsageError(`the option --today is for the trace command only; use ${EXPORT_USAGE}`);
  const available = EXPORT_FORMATS.join(', ');
  if (values.to === undefined)
    throw new UsageError(`say what to export to with --to; the formats available are: ${available}`);
  const to = EXPORT_FORMATS.find((format) => format === values.to);
  if (to === undefined)
    throw new UsageError(`cannot export to '${values.to}'; the formats available are: ${available}`);
  if (values.template !== undefined && to !== 'docx')
    throw new UsageError(`--template is a Word template, for --to docx only; ${to} exports do not use one`);
  return {
    command: 'export',
    paths: paths.length > 0 ? paths : ['.'],
    to,
    force: values.force === true,
    includeExempt: values['include-exempt'] === true,
    ...(values.out === undefined ? {} : { outDir: values.out }),
    ...(values.template === undefined ? {} : { template: values.template }),
    ...(values.config === undefined ? {} : { configPath: values.config }),
  };
}

function parseRenumber(
  paths: readonly string[],
  values: Partial<Record<keyof typeof OPTIONS, string | boolean | undefined>>,
): Invocation {
  const other = (['format', 'today', 'to', 'out', 'template', 'include-exempt', 'type'] as const).find(
    (option) => values[option] !== undefined,
  );
  if (other !== undefined) throw new UsageError(`renumber does not take --${other}; use ${RENUMBER_USAGE}`);
  if (paths.length === 0) throw new UsageError(`renumber needs the documents to renumber; use ${RENUMBER_USAGE}`);
  const kinds = typeof values.kinds === 'string' ? parseKinds(values.kinds) : undefined;
  const start = typeof values.start === 'string' ? parseStart(values.start) : undefined;
  return {
    command: 'renumber',
    paths,
    paragraphs: values.paragraphs === true,
    dryRun: values['dry-run'] === true,
    force: values.force === true,
    ...(kinds === undefined ? {} : { kinds }),
    ...(start === undefined ? {} : { start }),
    ...(typeof values.config === 'string' ? { configPath: values.config } : {}),
  };
}

/** `--start 5`: a whole number from 1, as IDs are numbered. */
function parseStart(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value.trim()))
    throw new UsageError(`--start takes the number to start from, such as --start 5, not '${value}'`);
  return Number(value.trim());
}

function parseImport(
  files: readonly string[],
  values: Partial<Record<keyof typeof OPTIONS, string | boolean | undefined>>,
): Invocation {
  const other = (
    ['format', 'today', 'to', 'template', 'include-exempt', 'kinds', 'paragraphs', 'start', 'dry-run'] as const
  ).find((option) => values[option] !== undefined);
  if (other !== undefined) throw new UsageError(`import does not take --${other}; use ${IMPORT_USAGE}`);
  if (files.length === 0) throw new UsageError(`name the Word documents to import; use ${IMPORT_USAGE}`);
  let type: ImportType | undefined;
  if (typeof values.type === 'string') {
    type = IMPORT_TYPES.find((known) => known === values.type);
    if (type === undefined) throw new UsageError(`--type must be report, scrutiny or minutes, not '${values.type}'`);
  }
  return {
    command: 'import',
    files,
    force: values.force === true,
    ...(type === undefined ? {} : { type }),
    ...(typeof values.out === 'string' ? { out: values.out } : {}),
    ...(typeof values.config === 'string' ? { configPath: values.config } : {}),
  };
}

/** `F,R` or `F, R`: kinds as the config names them (checked against it once it is read). */
function parseKinds(value: string): string[] {
  const kinds = value.split(',').map((kind) => kind.trim());
  if (kinds.some((kind) => !/^[A-Z]{1,3}$/.test(kind)))
    throw new UsageError(`--kinds lists ID kinds separated by commas, such as --kinds F,R, not '${value}'`);
  return kinds;
}

function parseTemplates(
  names: readonly string[],
  values: { format?: string | undefined; config?: string | undefined; today?: string | undefined },
): Invocation {
  if (values.today !== undefined)
    throw new UsageError(`the option --today is for the trace command only; use ${TEMPLATES_USAGE}`);
  if (names.length > 1)
    throw new UsageError(
      `templates takes one template name at most, not ${names.length} (${names.join(', ')}); use ${TEMPLATES_USAGE}`,
    );
  const format = parseTemplatesFormat(values.format);
  const [name] = names;
  return {
    command: 'templates',
    format,
    ...(name === undefined ? {} : { name }),
    ...(values.config === undefined ? {} : { configPath: values.config }),
  };
}

function parseTemplatesFormat(value: string | undefined): TemplatesFormat {
  if (value === undefined) return 'text';
  const known = TEMPLATES_FORMATS.find((format) => format === value);
  if (known === undefined) {
    throw new UsageError(
      `unknown format '${value}' for templates; use --format text, --format json or --format markdown`,
    );
  }
  return known;
}

function parseTraceFormat(value: string | undefined): TraceFormat {
  if (value === undefined) return 'text';
  const known = TRACE_FORMATS.find((format) => format === value);
  if (known === undefined) {
    throw new UsageError(
      `unknown format '${value}' for trace; use --format text, --format markdown, --format csv or --format json`,
    );
  }
  return known;
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  const known = OUTPUT_FORMATS.find((format) => format === value);
  if (known === undefined) {
    throw new UsageError(`unknown format '${value}'; use --format text, --format json or --format sarif`);
  }
  return known;
}

function parseStrictly(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(explainParseError(args, error));
  }
}

/**
 * Node's own messages are long and mention its internals; find the offending
 * token with a lenient second pass and say what is wrong in our words.
 */
function explainParseError(args: readonly string[], error: unknown): string {
  const { tokens } = parseArgs({
    args: [...args],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const known = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name as keyof typeof OPTIONS] : undefined;
    if (known === undefined) {
      const suggestion = closest(token.name, Object.keys(OPTIONS));
      return `unknown option '${token.rawName}'${suggestion ? ` (did you mean --${suggestion}?)` : ''}; ${SEE_HELP}`;
    }
    if (known.type === 'string' && token.value === undefined) {
      return `the option ${token.rawName} needs a value, as in ${valueExample(token.name)}`;
    }
    if (known.type === 'boolean' && token.inlineValue === true) {
      return `the option ${token.rawName} does not take a value; ${SEE_HELP}`;
    }
  }
  const detail = error instanceof Error ? error.message.split('.')[0] : String(error);
  return `${detail ?? 'the arguments could not be understood'}; ${SEE_HELP}`;
}

function valueExample(option: string): string {
  if (option === 'today') return '--today 2026-09-17';
  if (option === 'to') return '--to html';
  if (option === 'kinds') return '--kinds F,R';
  if (option === 'out') return '--out published';
  if (option === 'type') return '--type minutes';
  return option === 'format' ? '--format json' : '--config path/to/.committee-reports.yaml';
}

const COMMANDS = ['check', 'trace', 'templates', 'export', 'import', 'renumber'] as const;

/** A typo gets the command it is nearest; anything else (often a folder, with the command left out) an example. */
function unknownCommand(command: string): UsageError {
  const nearest = closest(command, COMMANDS);
  const list = 'the commands are check, trace, templates, export, import and renumber';
  return new UsageError(
    nearest === undefined
      ? `unknown command '${command}'; ${list}, as in committee-reports check ${command}`
      : `unknown command '${command}': did you mean '${nearest}'? (${list})`,
  );
}
