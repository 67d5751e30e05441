/**
 * The analysis facade: everything the CLI, the language server and the tests
 * use. Pure: it never touches files, processes or the protocol; callers hand
 * it text and get data back.
 */
export * from './types';
export { Workspace } from './workspace';
export type { ConfigFor } from './workspace';
export { loadConfig, CONFIG_FILE_NAME, defaultConfig } from './config';
export type { ResolvedConfig, ConfigResult, ConfigFile, ExportConfig } from './config';
export { checkRegistry } from './checks';
export { CHECK_CODES } from './check-codes';
export type { CheckCode } from './check-codes';
export type { CheckInfo } from './checks/check';
export { createFileMatcher } from './files';
export { closest } from './suggest';
export { documentSymbols } from './features/document-symbols';
export type { OutlineSymbol } from './features/document-symbols';
export { definitionsOf, hoverFor, idAt, referencesTo } from './features/navigation';
export type { IdTarget, Location } from './features/navigation';
export { renameId } from './features/rename';
export type { RenameResult } from './features/rename';
export { completionsAt } from './features/completion';
export type { CompletionEntry, Completions } from './features/completion';
export { foldingRanges } from './features/folding';
export type { FoldingRange } from './features/folding';
export { previewHtml } from './render/preview-html';
export type { PreviewWorkspace } from './render/reference-notes';
export { previewMarks } from './render/preview-marks';
export type { PreviewMark } from './render/preview-marks';
export { workspaceSymbols } from './features/workspace-symbols';
export type { WorkspaceSymbol } from './features/workspace-symbols';
export { findingLenses } from './features/code-lenses';
export type { CodeLens } from './features/code-lenses';
export { EDITOR_SETTINGS, readEditorSettings } from './schema/settings';
export type { EditorSettings } from './schema/settings';
export * from './traceability';
export type { ParsedDocument } from './document';
export { sectionHoverAt } from './features/section-hover';
export type { SectionHover } from './features/section-hover';
export { SETTINGS_SECTION, editorSettingsProperties } from './schema/settings';
export type { SettingProperty } from './schema/settings';
export { DEFAULT_MAX_FILE_SIZE, MAX_FILE_SIZE_CEILING } from './schema/config';
export { configJsonSchema } from './schema/config-file';
export type { CheckEntry } from './schema/config-file';
export { MAX_DIAGNOSTICS_PER_CHECK, notCheckedDiagnostics } from './run-checks';
export { MAX_REFERENCES } from './parse/references';
export { MAX_FRONT_MATTER_LENGTH } from './parse/front-matter';
export { MAX_CONFIG_LENGTH } from './config';
export { acronymHoverAt } from './features/acronym-hover';
export { hoverAt } from './features/hover';
export type { Hover } from './features/hover';
export type { AcronymHover } from './features/acronym-hover';
export { KNOWN_ACRONYMS, wellKnownAcronymsMarkdown } from './parse/known-acronyms';
export { CONDITION_WORDS, describeTemplates, requirementWords } from './templates/describe';
export type { Condition, SectionDescription, TemplateDescription, TemplateSource } from './templates/describe';
export { PLACEHOLDER_FORMS, findPlaceholders } from './text/placeholders';
export type { PlaceholderFormInfo } from './text/placeholders';
export * from './export';
