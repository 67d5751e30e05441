import { z } from 'zod';

/**
 * The editor settings (`committeeReports.*`), per document. The workspace's
 * `.committee-reports.yaml` says what is checked; these say how the editor
 * behaves. Defaults come from the schema; a wrong value falls back to its
 * default rather than failing.
 */
export const EDITOR_SETTINGS = z.object({
  checkOn: z
    .enum(['type', 'save'])
    .catch('type')
    .default('type')
    .meta({
      description:
        'When to re-check a document: as you type (once typing pauses), or when you save it (for slow machines or very large reports). What is checked, and how severely, is set in `.committee-reports.yaml`.',
      enumDescriptions: ['Re-check as you type, once typing pauses.', 'Re-check when the document is saved.'],
    }),
  codeLens: z
    .object({
      enable: z.boolean().catch(true).default(true).meta({
        description: 'Show over each finding which recommendations and resolutions cite it, or that none does.',
      }),
    })
    .catch({ enable: true })
    .default({ enable: true }),
});

export type EditorSettings = z.infer<typeof EDITOR_SETTINGS>;

export function readEditorSettings(value: unknown): EditorSettings {
  return EDITOR_SETTINGS.parse(typeof value === 'object' && value !== null ? value : {});
}

/** The prefix of every editor setting, and the section the server asks the client for. */
export const SETTINGS_SECTION = 'committeeReports';

/** One entry of `contributes.configuration.properties` in package.json. */
export interface SettingProperty {
  readonly type: string;
  readonly default: unknown;
  readonly enum?: readonly unknown[];
  readonly enumDescriptions?: readonly string[];
  readonly markdownDescription: string;
  /** Per document: a folder or workspace may set it differently. */
  readonly scope: 'resource';
}

interface JsonSchema {
  readonly type?: string;
  readonly default?: unknown;
  readonly enum?: readonly unknown[];
  readonly enumDescriptions?: readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
}

/**
 * `contributes.configuration.properties` for package.json, generated from
 * EDITOR_SETTINGS so the two cannot drift: one property per setting, dotted
 * as VS Code writes them (`committeeReports.codeLens.enable`), each with its
 * type, default, allowed values and description, scoped per resource.
 */
export function editorSettingsProperties(): Record<string, SettingProperty> {
  const schema = z.toJSONSchema(EDITOR_SETTINGS, { io: 'input' }) as JsonSchema;
  const properties: Record<string, SettingProperty> = {};
  const visit = (node: JsonSchema, key: string): void => {
    if (node.type === 'object' && node.properties) {
      for (const [name, child] of Object.entries(node.properties)) visit(child, `${key}.${name}`);
      return;
    }
    if (node.type === undefined || node.description === undefined)
      throw new Error(`The editor setting ${key} needs a type and a description.`);
    properties[key] = {
      type: node.type,
      default: node.default,
      ...(node.enum ? { enum: node.enum } : {}),
      ...(node.enumDescriptions ? { enumDescriptions: node.enumDescriptions } : {}),
      markdownDescription: node.description,
      scope: 'resource',
    };
  };
  visit(schema, SETTINGS_SECTION);
  return properties;
}
