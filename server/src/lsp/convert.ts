import {
  CodeActionKind,
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type Range,
  DiagnosticSeverity,
  SymbolKind,
  type CodeAction,
  type CreateFile,
  type DocumentSymbol,
  type Diagnostic as LspDiagnostic,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { CompletionEntry, Diagnostic, Fix, OutlineSymbol, Severity } from '../core';

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

/**
 * What an ID is, as an outline icon, so findings, recommendations and resolutions are told apart
 * at a glance (every editor draws these kinds): a finding a field of evidence, a recommendation an
 * event (something to do), a resolution a constant (decided); a kind of the council's own a key.
 */
const DEFINITION_SYMBOL_KINDS: Readonly<Record<string, SymbolKind>> = {
  finding: SymbolKind.Field,
  recommendation: SymbolKind.Event,
  resolution: SymbolKind.Constant,
};

/** The outline in LSP's shape: headings as strings (as VS Code's Markdown does), IDs by what they are. */
export function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: symbol.kind === 'heading' ? SymbolKind.String : (DEFINITION_SYMBOL_KINDS[symbol.detail] ?? SymbolKind.Key),
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}

/**
 * One quick fix per fix the core offers for a diagnostic; edits are applied
 * exactly as given. A fix that changes another file (the config) changes it
 * in the same edit; one that creates a file is offered only to a client that
 * can create files (`canCreateFiles`: `documentChanges` with the `create`
 * resource operation), as it is the only way to make the file.
 */
export function toCodeActions(uri: string, diagnostic: Diagnostic, canCreateFiles: boolean): CodeAction[] {
  const fixes = diagnostic.fixes ?? [];
  return fixes.flatMap((fix) => {
    const creates = fix.otherFiles?.some((file) => file.create === true) ?? false;
    if (creates && !canCreateFiles) return [];
    return [
      {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toLspDiagnostic(diagnostic)],
        isPreferred: fixes.length === 1,
        edit: creates ? withCreatedFiles(uri, fix) : { changes: changesOf(uri, fix) },
      },
    ];
  });
}

/** Every file's edits by URI: the document's own (if any), then the other files'. */
function changesOf(uri: string, fix: Fix): Record<string, TextEdit[]> {
  const changes: Record<string, TextEdit[]> = {};
  const add = (target: string, edits: Fix['edits']) => {
    if (edits.length > 0)
      (changes[target] ??= []).push(...edits.map((edit) => ({ range: edit.range, newText: edit.newText })));
  };
  add(uri, fix.edits);
  for (const file of fix.otherFiles ?? []) add(file.uri, file.edits);
  return changes;
}

/** The edit as `documentChanges`: each new file created, then every file's edits (the new file's apply to it empty). */
function withCreatedFiles(uri: string, fix: Fix): WorkspaceEdit {
  const created: CreateFile[] = (fix.otherFiles ?? [])
    .filter((file) => file.create === true)
    .map((file) => ({ kind: 'create', uri: file.uri }));
  const edits: TextDocumentEdit[] = Object.entries(changesOf(uri, fix)).map(([target, targetEdits]) => ({
    textDocument: { uri: target, version: null },
    edits: targetEdits,
  }));
  return { documentChanges: [...created, ...edits] };
}

const COMPLETION_KINDS: Record<CompletionEntry['kind'], CompletionItemKind> = {
  id: CompletionItemKind.Reference,
  document: CompletionItemKind.File,
  section: CompletionItemKind.Module,
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
};

/** A completion that replaces the word being typed (`range`) with its text. */
export function toCompletionItem(entry: CompletionEntry, range: Range): CompletionItem {
  return {
    label: entry.label,
    kind: COMPLETION_KINDS[entry.kind],
    detail: entry.detail,
    ...(entry.documentation ? { documentation: { kind: MarkupKind.PlainText, value: entry.documentation } } : {}),
    ...(entry.sortText ? { sortText: entry.sortText } : {}),
    textEdit: { range, newText: entry.insertText ?? entry.label },
  };
}

/**
 * source.fixAll: every fix marked safe, in one edit. Where two fixes would
 * touch the same text, only the first is taken; running it again takes the next.
 */
export function toFixAllAction(uri: string, diagnostics: readonly Diagnostic[]): CodeAction | undefined {
  const edits: { range: Range; newText: string }[] = [];
  const after = (a: Range['start'], b: Range['start']) =>
    a.line > b.line || (a.line === b.line && a.character >= b.character);
  const free = (range: Range) =>
    edits.every((edit) => after(range.start, edit.range.end) || after(edit.range.start, range.end));
  for (const diagnostic of diagnostics) {
    // A safe fix changes the document alone; one that changes other files is never applied unseen.
    const fix = diagnostic.fixes?.find((candidate) => candidate.safe && candidate.otherFiles === undefined);
    if (fix && fix.edits.every((edit) => free(edit.range)))
      edits.push(...fix.edits.map((edit) => ({ range: edit.range, newText: edit.newText })));
  }
  if (edits.length === 0) return undefined;
  return {
    title: 'Fix all problems that have a safe fix',
    kind: CodeActionKind.SourceFixAll,
    edit: { changes: { [uri]: edits } },
  };
}
