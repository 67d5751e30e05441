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
    .describe('When to re-check a document: as you type, or when you save it (for slow machines or very large reports).'),
});

export type EditorSettings = z.infer<typeof EDITOR_SETTINGS>;

export function readEditorSettings(value: unknown): EditorSettings {
  return EDITOR_SETTINGS.parse(typeof value === 'object' && value !== null ? value : {});
}
