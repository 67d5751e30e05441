import {
  CodeActionKind,
  DiagnosticSeverity,
  SymbolKind,
  type CodeAction,
  type DocumentSymbol,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver';
import type { Diagnostic, OutlineSymbol, Severity } from '../core';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The core's diagnostic as LSP sends it. Positions are already LSP's (0-based, UTF-16). */
export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: 'committee-reports',
    message: diagnostic.message,
  };
}

/** The outline in LSP's shape: headings as strings (as VS Code's Markdown does), IDs as keys. */
export function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: symbol.kind === 'heading' ? SymbolKind.String : SymbolKind.Key,
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}

/** One quick fix per fix the core offers for a diagnostic; edits are applied exactly as given. */
export function toCodeActions(uri: string, diagnostic: Diagnostic): CodeAction[] {
  const fixes = diagnostic.fixes ?? [];
  return fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(diagnostic)],
    isPreferred: fixes.length === 1,
    edit: { changes: { [uri]: fix.edits.map((edit) => ({ range: edit.range, newText: edit.newText })) } },
  }));
}
