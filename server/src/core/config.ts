import type { Document } from 'yaml';
import type { z } from 'zod';
import { CHECK_CODES } from './check-codes';
import {
  DEFAULT_MAX_FILE_SIZE,
  KIND_LETTERS,
  CONFIG_KEYS,
  MAPPING_SETTINGS,
  RULE_SETTING,
  TEMPLATE_SECTION,
  TEMPLATE_SHAPE,
  WHOLE_VALUE_SETTINGS,
} from './schema/config';
import { isPlainMapping, readYamlQuickly } from './parse/read-yaml';
import { parseYamlWithPositions } from './parse/yaml-with-positions';
import { locate, type YamlPath } from './schema/yaml-locate';
import { closest } from './suggest';
import { applySectionEntry, copyTemplate, findSection } from './templates/customise';
import { DEFAULT_TEMPLATES } from './templates/defaults';
import type { Template } from './templates/template';
import { LineIndex } from './text/line-index';
import { yamlLibrary } from './yaml-library';
import type { Diagnostic, RuleSetting, Severity } from './types';

export const CONFIG_FILE_NAME = '.committee-reports.yaml';
/** The longest config file read: far above any real one (a council's templates take a few kilobytes). */
export const MAX_CONFIG_LENGTH = 262_144;

export interface ResolvedConfig {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly rules: ReadonlyMap<string, RuleSetting>;
  /** ID kind letters and what they name: F finding, R recommendation, … */
  readonly kinds: ReadonlyMap<string, string>;
  readonly acronyms: readonly string[];
  /** The most words a Summary may have before `summary-length` reports it. */
  readonly summaryMaxWords: number;
  /** Documents larger than this many bytes (in UTF-8) are not checked (`file-not-checked`). */
  readonly maxFileSize: number;
  readonly templates: ReadonlyMap<string, Template>;
  /** How documents are exported (the config file's `export`). */
  readonly export: ExportConfig;
  /** How Word papers are imported (the config file's `import`). */
  readonly import: ImportConfig;
  /**
   * The config file these settings come from, or where the editor would
   * create one; absent when there is neither (the command line has no use for
   * it). A quick fix edits or creates it (`acronym-undefined`'s "Add ABC to
   * the known acronyms").
   */
  readonly file?: ConfigFile;
}

/**
 * The config file's `export` settings. Paths are as written, relative to the
 * config file's folder: the layer that reads files resolves them.
 */
export interface ExportConfig {
  /** The council's Word template, a .docx holding {{body}}. */
  readonly template?: string;
  /** Word style names by heading level, such as { 1: 'Report Heading 1' }. */
  readonly headingStyles: Readonly<Partial<Record<1 | 2 | 3 | 4 | 5 | 6, string>>>;
  /** The browser that prints PDFs, when it is not found by itself. */
  readonly browser?: string;
}

/** The config file's `import` settings. */
export interface ImportConfig {
  /** mammoth style-map lines for the council's own Word style names, such as "p[style-name='Report Heading'] => h2:fresh". */
  readonly styleMap: readonly string[];
}

/** A config file as a fix that edits it needs it: its URI and its text, or no text when it does not exist yet. */
export interface ConfigFile {
  readonly uri: string;
  readonly text: string | undefined;
}

export interface ConfigResult {
  readonly config: ResolvedConfig;
  /** Problems in the config file itself (code `config-invalid`), positioned in it. */
  readonly diagnostics: Diagnostic[];
}

const DEFAULT_KINDS: readonly (readonly [string, string])[] = [
  ['F', 'finding'],
  ['R', 'recommendation'],
];

export function defaultConfig(): ResolvedConfig {
  return {
    include: ['**/*.report.md', '**/*.minutes.md'],
    exclude: [],
    rules: new Map(),
    kinds: new Map(DEFAULT_KINDS),
    acronyms: [],
    summaryMaxWords: 150,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    templates: new Map(DEFAULT_TEMPLATES.map((template) => [template.name, template])),
    export: { headingStyles: {} },
    import: { styleMap: [] },
  };
}

/**
 * Reads `.committee-reports.yaml`. Never throws: an entry that is wrong is
 * dropped (its default applies) and reported where it stands.
 */
export function loadConfig(text: string, uri: string): ConfigResult {
  const { config, diagnostics } = readConfig(text);
  return { config: { ...config, file: { uri, text } }, diagnostics };
}

function readConfig(text: string): ConfigResult {
  const lines = new LineIndex(text);
  const problems: Problem[] = [];
  const defaults = defaultConfig();
  if (text.length > MAX_CONFIG_LENGTH) {
    // Reading megabytes of YAML takes the YAML library seconds; no real config comes near this.
    problems.push({
      span: [0, Math.min(1, text.length)],
      message: `The config file is too long to read (${text.length.toLocaleString('en-GB')} characters; the most is ${MAX_CONFIG_LENGTH.toLocaleString('en-GB')}). Defaults are used.`,
    });
    return finish(defaults, problems, lines, defaults.rules);
  }
  let parsed: Document.Parsed | undefined;
  const yaml = () => (parsed ??= parseYamlWithPositions(text));
  const fast = readYamlQuickly(text);
  let data: Record<string, unknown>;
  if (fast.ok && isPlainMapping(fast.value)) {
    data = fast.value;
  } else if (fast.ok && (fast.value === null || fast.value === undefined)) {
    return finish(defaults, problems, lines, defaults.rules);
  } else {
    const careful = readCarefully(yaml(), problems);
    if (!careful) return finish(defaults, problems, lines, defaults.rules);
    data = careful;
  }
  const config = new ConfigReader(yaml, data, problems).read(defaults);
  return finish(config, problems, lines, config.rules);
}

/** The slow path, for YAML js-yaml refused: `yaml` says where the problem is. */
function readCarefully(yaml: Document.Parsed, problems: Problem[]): Record<string, unknown> | undefined {
  if (yaml.errors.length > 0) {
    for (const error of yaml.errors) {
      problems.push({
        span: [error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)],
        message: `The config file is not valid YAML: ${error.message.split('\n')[0]}. No settings from it are used until this is fixed.`,
      });
    }
    return undefined;
  }
  if (yaml.contents === null) return undefined;
  const span = yaml.contents.range.slice(0, 2) as [number, number];
  if (!yamlLibrary().isMap(yaml.contents)) {
    problems.push({
      span,
      message:
        'The config file must be a mapping of settings, such as rules: { section-order: off }. Defaults are used.',
    });
    return undefined;
  }
  try {
    return yaml.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    problems.push({
      span,
      message: `The config file could not be read (${error instanceof Error ? error.message : String(error)}): remove the YAML anchors and aliases (& and *). Defaults are used.`,
    });
    return undefined;
  }
}

interface Problem {
  readonly span: readonly [number, number];
  readonly message: string;
  /** A name close to the one written, to write over the span: the quick fix for a misspelt key or check. */
  readonly rename?: string;
}

function finish(
  config: ResolvedConfig,
  problems: Problem[],
  lines: LineIndex,
  rules: ReadonlyMap<string, RuleSetting>,
): ConfigResult {
  const setting = rules.get('config-invalid');
  if (setting === 'off') return { config, diagnostics: [] };
  const diagnostics = [...problems]
    .sort((a, b) => a.span[0] - b.span[0])
    .map((problem) => {
      const range = lines.range(problem.span[0], problem.span[1]);
      const rename = problem.rename;
      return {
        range,
        severity: setting ?? ('error' satisfies Severity),
        code: 'config-invalid',
        message: problem.message,
        ...(rename
          ? { fixes: [{ title: `Change to '${rename}'`, edits: [{ range, newText: rename }], safe: false }] }
          : {}),
      };
    });
  return { config, diagnostics };
}

/** Reads the settings from the parsed data; positions come from `yaml()` only for problems. */
class ConfigReader {
  constructor(
    private readonly yamlDocument: () => Document.Parsed,
    private readonly data: Record<string, unknown>,
    private readonly problems: Problem[],
  ) {}

  private get yaml(): Document.Parsed {
    return this.yamlDocument();
  }

  read(defaults: ResolvedConfig): ResolvedConfig {
    const data = this.data;
    for (const name of Object.keys(data)) {
      if (!CONFIG_KEYS.includes(name)) {
        const suggestion = closest(name, CONFIG_KEYS);
        this.reportAt(
          [name],
          `'${name}' is not a setting${suggestion ? `: did you mean '${suggestion}'?` : `. The settings are ${CONFIG_KEYS.join(', ')}.`}`,
          'key',
          suggestion,
        );
      }
    }
    return {
      include: this.whole('include', data) ?? defaults.include,
      exclude: this.whole('exclude', data) ?? defaults.exclude,
      acronyms: this.whole('acronyms', data) ?? defaults.acronyms,
      summaryMaxWords: this.whole('summary-max-words', data) ?? defaults.summaryMaxWords,
      maxFileSize: this.whole('max-file-size', data) ?? defaults.maxFileSize,
      rules: this.rules(data['rules']),
      kinds: this.kinds(data['kinds'], defaults.kinds),
      templates: this.templates(data['templates'], defaults.templates),
      export: exportConfig(this.whole('export', data)) ?? defaults.export,
      import: importConfig(this.whole('import', data)) ?? defaults.import,
    };
  }

  private whole<K extends keyof typeof WHOLE_VALUE_SETTINGS>(
    key: K,
    data: Record<string, unknown>,
  ): z.infer<(typeof WHOLE_VALUE_SETTINGS)[K]> | undefined {
    if (!(key in data)) return undefined;
    // Indexing the settings by a generic key loses the pairing of schema and output type; restore it.
    const schema: z.ZodType = WHOLE_VALUE_SETTINGS[key];
    return this.check(schema, data[key], [key]) as z.infer<(typeof WHOLE_VALUE_SETTINGS)[K]> | undefined;
  }

  /** Validates one value; on failure reports it at its place and returns undefined. */
  private check<T>(schema: z.ZodType<T>, value: unknown, path: YamlPath): T | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const at = locate(this.yaml, [...path, ...issue.path]);
    const span = at.found.value ?? at.found.key;
    if (span) this.problems.push({ span, message: `${issue.message} This entry is ignored.` });
    return undefined;
  }

  private entries(value: unknown, key: (typeof MAPPING_SETTINGS)[number]): [string, unknown][] {
    if (value === undefined || value === null) return [];
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.reportAt([key], `${key} must be a mapping of entries, one per line. It is ignored.`);
      return [];
    }
    return Object.entries(value);
  }

  /** `rename`: the name to write in place of the key or value, when one close to it is known. */
  private reportAt(path: YamlPath, message: string, part: 'key' | 'value' = 'value', rename?: string): void {
    const { found } = locate(this.yaml, path);
    const span = part === 'key' ? (found.key ?? found.value) : (found.value ?? found.key);
    // A fix only where the span is the name itself, not the entry around it.
    const exact = span && (part === 'key' ? found.key : found.value) === span;
    if (span) this.problems.push({ span, message, ...(rename && exact ? { rename } : {}) });
  }

  private rules(value: unknown): ReadonlyMap<string, RuleSetting> {
    const codes: readonly string[] = CHECK_CODES;
    const rules = new Map<string, RuleSetting>();
    for (const [code, setting] of this.entries(value, 'rules')) {
      if (!codes.includes(code)) {
        const suggestion = closest(code, codes);
        this.reportAt(
          ['rules', code],
          `'${code}' is not a check${suggestion ? `: did you mean '${suggestion}'?` : '. The README lists every check.'} This entry is ignored.`,
          'key',
          suggestion,
        );
        continue;
      }
      const parsed = this.check(RULE_SETTING, setting === false ? 'off' : setting, ['rules', code]);
      if (parsed) rules.set(code, parsed);
    }
    return rules;
  }

  private kinds(value: unknown, defaults: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
    const kinds = new Map(defaults);
    for (const [letters, name] of this.entries(value, 'kinds')) {
      if (!KIND_LETTERS.safeParse(letters).success) {
        this.reportAt(
          ['kinds', letters],
          `'${letters}' cannot be a kind of ID: use one to three capital letters, such as A. This entry is ignored.`,
          'key',
        );
        continue;
      }
      if (typeof name !== 'string' || name.trim() === '') {
        this.reportAt(
          ['kinds', letters],
          `Say what ${letters} IDs are, such as ${letters}: action. This entry is ignored.`,
        );
        continue;
      }
      kinds.set(letters, name.trim().toLowerCase());
    }
    return kinds;
  }

  private templates(value: unknown, defaults: ReadonlyMap<string, Template>): ReadonlyMap<string, Template> {
    const templates = new Map(defaults);
    for (const [name, raw] of this.entries(value, 'templates')) {
      const shape = this.check(TEMPLATE_SHAPE, raw, ['templates', name]);
      if (!shape) continue;
      const baseName = shape.extends ?? name;
      const base = templates.get(baseName);
      if (shape.extends !== undefined && !base) {
        const suggestion = closest(shape.extends, [...templates.keys()]);
        this.reportAt(
          ['templates', name, 'extends'],
          `There is no template '${shape.extends}' to extend${suggestion ? ` (did you mean '${suggestion}'?)` : ''}, so the template '${name}' is ignored.`,
          'value',
          suggestion,
        );
        continue;
      }
      const template = copyTemplate(name, base);
      for (const [index, title] of (shape.remove ?? []).entries()) {
        const at = findSection(template.sections, title);
        if (at === -1)
          this.reportAt(
            ['templates', name, 'remove', index],
            `There is no section '${title}' in this template to remove. This entry is ignored.`,
          );
        else template.sections.splice(at, 1);
      }
      for (const [index, entryValue] of (shape.sections ?? []).entries()) {
        const path = ['templates', name, 'sections', index];
        const entry = this.check(TEMPLATE_SECTION, entryValue, path);
        if (!entry) continue;
        const problem = applySectionEntry(template.sections, entry);
        if (problem)
          this.reportAt([...path, entry.after === undefined ? 'before' : 'after'], `${problem} This entry is ignored.`);
      }
      templates.set(name, template);
    }
    return templates;
  }
}

/** The `import` setting as the importer takes it. */
function importConfig(value: z.infer<typeof WHOLE_VALUE_SETTINGS.import> | undefined): ImportConfig | undefined {
  return value === undefined ? undefined : { styleMap: value['style-map'] ?? [] };
}

/** The `export` setting as the exporters take it: heading levels as numbers. */
function exportConfig(value: z.infer<typeof WHOLE_VALUE_SETTINGS.export> | undefined): ExportConfig | undefined {
  if (value === undefined) return undefined;
  const headingStyles: Partial<Record<1 | 2 | 3 | 4 | 5 | 6, string>> = {};
  for (const level of [1, 2, 3, 4, 5, 6] as const) {
    const style = value['heading-styles']?.[level];
    if (style !== undefined) headingStyles[level] = style;
  }
  return {
    headingStyles,
    ...(value.template === undefined ? {} : { template: value.template }),
    ...(value.browser === undefined ? {} : { browser: value.browser }),
  };
}
