/**
 * The analysis facade: everything the CLI, the language server and the tests
 * use. Pure: it never touches files, processes or the protocol; callers hand
 * it text and get data back.
 */
export * from './types';
export { Workspace } from './workspace';
export { loadConfig, CONFIG_FILE_NAME, defaultConfig } from './config';
export type { ResolvedConfig, ConfigResult } from './config';
export { checkRegistry } from './checks';
export type { CheckInfo } from './checks/check';
export { createFileMatcher } from './files';
export type { DocumentLinks } from './links';
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
export { previewMarks } from './features/preview-marks';
export type { PreviewMark } from './features/preview-marks';
export { workspaceSymbols } from './features/workspace-symbols';
export type { WorkspaceSymbol } from './features/workspace-symbols';
export { findingLenses } from './features/code-lenses';
export type { CodeLens } from './features/code-lenses';
export { EDITOR_SETTINGS, readEditorSettings } from './schema/settings';
export type { EditorSettings } from './schema/settings';
