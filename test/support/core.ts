import * as path from 'node:path';
import type * as Core from '../../server/src/core';
import type * as WordExport from '../../server/src/core/export/docx';

/**
 * The analysis core for the tests, as the CLI and the server run it: its
 * built files (server/out/core, from `tsc -b`), reached by path. The package
 * exports no entry for the core, so nothing outside the server (the VS Code
 * client above all) can import it by the package's name.
 *
 * Types come straight from the sources. A value is listed here once, by name
 * (TypeScript cannot re-export the values of a module loaded by path): a test
 * that needs another one adds it to the list.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by path, as the package exports no core
const core = require(path.resolve(__dirname, '../../../server/out/core')) as typeof Core;

export type * from '../../server/src/core';
export type Workspace = Core.Workspace;
export const {
  CHECK_CODES,
  CONFIG_FILE_NAME,
  SEMANTIC_TOKEN_LEGEND,
  KNOWN_ACRONYMS,
  PLACEHOLDER_FORMS,
  STATUS_LABELS,
  Workspace,
  acronymHoverAt,
  addMonths,
  applyTextEdits,
  buildTraceability,
  checkRegistry,
  completionsAt,
  configJsonSchema,
  councilDate,
  createFileMatcher,
  defaultConfig,
  definitionsOf,
  describeTraceability,
  encodeSemanticTokenKind,
  documentSymbols,
  editorSettingsProperties,
  exemptNotice,
  exportHtml,
  findPlaceholders,
  findingLenses,
  foldingRanges,
  frontSheet,
  hoverAt,
  hoverFor,
  idAt,
  isMissing,
  loadConfig,
  previewHtml,
  readEditorSettings,
  referencesTo,
  renameId,
  renumberPlan,
  sectionHoverAt,
  selectTrace,
  shapeImportedMarkdown,
  semanticTokenMeaning,
  semanticTokens,
  traceChains,
  wellKnownAcronymsMarkdown,
  workspaceSymbols,
  writtenDate,
} = core;

// The Word export, which the core loads only to export to Word (server/src/core/export/index.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by path, as above
const docx = require(path.resolve(__dirname, '../../../server/out/core/export/docx')) as typeof WordExport;
export const { checkDocxTemplate, exportDocx } = docx;
